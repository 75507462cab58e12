"""Each side of a comparison of two things is the amount whose own phrase names it."""

from ingest.figures import parse_figures
from rag.extractive.cells import words
from rag.extractive.figure_owner import own_phrases
from rag.extractive.prose_pairs import _ASKED, side_amount


def _cands(*texts):
    out = []
    for n, text in enumerate(texts):
        figures = [f for f in parse_figures(text) if f.unit in ("money", "count", "number")]
        spans = own_phrases(text, figures)
        spans[0] = (0, spans[0][1])
        out.extend((n, text, f, set(words(text[a:b])), set(words(text))) for f, (a, b) in zip(figures, spans))
    return out


def test_each_side_is_the_amount_its_phrase_names():
    c = _cands("The Group sold the rail spur for cash consideration of A$74.0 million, recognising a net gain on "
               "disposal of A$31.8 million before tax.")
    a, b = set(words("cash consideration received for the rail spur")), set(words("net gain on disposal"))
    assert side_amount(c, a - b, b - a)[2].text == "A$74.0 million"
    assert side_amount(c, b - a, a - b)[2].text == "A$31.8 million"


def test_two_sentences_one_amount_each():
    c = _cands("Commercial auto results were affected by adverse development of $23.5 million.",
               "Workers' compensation benefited from favorable prior year reserve development of $31.2 million.")
    a = set(words("favorable prior year reserve development in workers' compensation"))
    b = set(words("adverse development in commercial auto"))
    assert side_amount(c, a - b, b - a)[2].text == "$31.2 million"
    assert side_amount(c, b - a, a - b)[2].text == "$23.5 million"


def test_a_side_no_sentence_names_has_no_amount():
    c = _cands("Revenue was $5 million.")
    assert side_amount(c, {"goodwill"}, {"revenue"}) is None


def test_only_an_amount_asked_is_read():
    asked = [rx for rx, _ in _ASKED]
    assert any(rx.search("What was the difference between the cash consideration and the net gain?") for rx in asked)
    assert any(rx.search("By how much did A exceed B?") for rx in asked)
    assert not any(rx.search("What is the difference between basic and diluted EPS?") for rx in asked)


def test_elliptical_side_contrasts_in_its_place():
    from rag.extractive.prose_pairs import elliptic_sides
    a, b, context = elliptic_sides("spent annually per dog", "per cat")
    assert a - b == {"dog"} and b - a == {"cat"} and {"spent", "annually"} <= context
    a, b, _ = elliptic_sides("China's prepared-dish penetration", "Japan's")
    assert a == {"china"} and b == {"japan"}


def test_context_breaks_a_tie_between_sentences():
    c = _cands("Cats numbered 71.5 million and dogs 52.6 million.",
               "Average annual spending per dog was RMB 2,961, compared with RMB 1,998 per cat.")
    ctx = {"spent", "annually"}
    assert side_amount(c, {"dog"}, {"cat"}, ctx)[2].text == "RMB 2,961"
    assert side_amount(c, {"cat"}, {"dog"}, ctx)[2].text == "RMB 1,998"
    assert side_amount(c, {"dog"}, {"cat"}) is None  # no context: two sentences tie


def test_trail_and_points_are_asked():
    from rag.extractive.prose_pairs import _asked
    a, b, _, absolute, trail = _asked("By how many percentage points does China's prepared-dish penetration trail Japan's?")
    assert a == {"china"} and b == {"japan"} and trail and not absolute
    assert not _asked("How much more was spent per dog than per cat?")[4]

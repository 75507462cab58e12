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

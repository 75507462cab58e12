"""Clause-scoped figure ownership: a figure owns the phrase around it, and a year written after it in that phrase."""

from ingest.figures import parse_figures
from rag.extractive.figure_owner import dated_by_phrase, head_terms, own_phrases, ownership
from rag.extractive.pick import pick_figures
from rag.extractive.slots import parse

LOSSES = ("As of December 31, 2018, we identified six restricted investments totaling $87.4 million that had been "
          "in a loss position with unrealized losses of $6.4 million.")
LEGACY = ("Expenses rose to $7.5 million for the year ended December 31, 2019 compared to $3.8 million for the year "
          "ended December 31, 2018 due to $1.1 million of expense of MOI and $2.7 million of expense of GP during "
          "the year ended December 31, 2019.")


def _money(text):
    return [f for f in parse_figures(text) if f.unit == "money"]


def test_each_figure_owns_the_phrase_up_to_the_connector():
    spans = own_phrases(LOSSES, _money(LOSSES))
    owned = [LOSSES[a:b] for a, b in spans]
    assert "restricted investments totaling $87.4 million" in owned[0]
    assert "unrealized losses of $6.4 million" in owned[1] and "restricted" not in owned[1]


def test_a_bracket_opened_by_the_figure_is_its_own():
    text = "deals such as xAI (USD 6.0B, May 2024), CoreWeave (USD 1.1B, May 2024)"
    owned = [text[a:b] for a, b in own_phrases(text, _money(text))]
    assert "CoreWeave" in owned[1] and "CoreWeave" not in owned[0]


def test_the_head_noun_stops_at_the_first_preposition():
    q = "What is the amount of unrealized losses from restricted investments at the end of 2018?"
    assert head_terms(q, parse(q).subject) == {"unrealiz", "losse"}


def test_the_figure_owning_the_head_leads():
    q = "What is the amount of unrealized losses from restricted investments at the end of 2018?"
    assert [f.text for f in pick_figures(LOSSES, parse_figures(LOSSES), parse(q))] == ["$6.4 million"]


def test_a_name_asked_singles_out_its_figure():
    q = "How much was expense associated with the legacy business of GP during the year ended December 31, 2019?"
    s = parse(q)
    scores = ownership(LEGACY, _money(LEGACY), s.subject, q, s.entities)
    assert scores[-1][0] == 1 and all(x[0] == 0 for x in scores[:-1])
    assert [f.text for f in pick_figures(LEGACY, parse_figures(LEGACY), s)] == ["$2.7 million"]


def test_a_year_after_the_figure_in_its_phrase_dates_it():
    figs = dated_by_phrase(LEGACY, _money(LEGACY))
    assert figs[-1].text == "$2.7 million" and figs[-1].year == 2019


def test_years_listed_before_respective_figures_date_nothing():
    text = "Amounts for the years ended December 31, 2019 and 2018 were $3,800 and $6,690, respectively."
    figs = _money(text)
    assert [f.year for f in dated_by_phrase(text, figs)] == [f.year for f in figs]


def test_a_question_joining_two_things_is_not_singled_out_by_its_words():
    q = "How many industries and vertical industry markets has the institute researched?"
    text = "in-depth research of 19 industries, 532 vertical industry market changes"
    figs = [f for f in parse_figures(text) if f.unit != "year"]
    assert ownership(text, figs, parse(q).subject, q) == [(0, 0, 0), (0, 0, 0)]


def test_years_paired_respectively_date_nothing():
    text = "net of $25 million and $29 million of dividends received during fiscal 2019 and fiscal 2018, respectively."
    figs = _money(text)
    assert [f.year for f in dated_by_phrase(text, figs)] == [f.year for f in figs]


def test_a_year_the_figure_is_compared_from_is_not_its_own():
    text = "In 2024, financing surged to over RMB 590 billion, more than doubling from 2023 with an increase of RMB 300 billion."
    assert dated_by_phrase(text, _money(text))[0].year == 2024


def test_the_head_noun_is_the_last_word_before_a_preposition_or_auxiliary():
    from ingest.keyword import tokenize
    from rag.extractive.figure_owner import head_noun
    q = "What cumulative storage capacity did China reach in 2024?"
    assert head_noun(q, parse(q).subject) == tokenize("capacity")[0]
    q = "What is the Group's minimum BIS total capital ratio requirement?"
    assert head_noun(q, parse(q).subject) == tokenize("requirement")[0]


def test_on_a_tie_the_figure_owning_the_head_noun_leads():
    text = ("As a domestic systemically important bank holding company, the Group is subject to an additional "
            "capital surcharge of 1.0%, bringing its minimum requirement to 11.5%.")
    q = "What is the Group's minimum BIS total capital ratio requirement?"
    assert [f.text for f in pick_figures(text, parse_figures(text), parse(q))] == ["11.5%"]


def test_within_the_clause_asked_the_figure_owning_the_words_leads():
    text = ("China's quota rose to 270,000 tonnes in 2024, giving it 68.4% of world mine output; its dominance is "
            "greater downstream, where Chinese plants account for about 90% of separated oxides and 94% of "
            "sintered NdFeB permanent magnets.")
    q = "What share of sintered NdFeB permanent magnets do Chinese plants account for?"
    assert [f.text for f in pick_figures(text, parse_figures(text), parse(q))] == ["94%"]

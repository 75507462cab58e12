"""How clearly a lead is ahead of a rival figure (rag/extractive/rivalry.py), on the smallest input:
evidence built by hand from a few strings, no embedding model."""

from __future__ import annotations

from dataclasses import replace

from ingest.figures import parse_figures
from rag.extractive import rivalry
from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.features import Evidence
from rag.extractive.slots import parse
from rag.extractive.weights import HAND
from tests.test_extractive import context


def sentence(text: str, passage: int, score: float, overlap: float = 0.5, year_ok: bool = True) -> Evidence:
    return Evidence(passage, 0, text, parse_figures(text), set(), set(), False, year_ok,
                    {"overlap": overlap}, score)


def test_the_clause_of_a_figure_ends_at_a_clause_break():
    text = "Revenue rose to $5 million, while costs fell to $2 million."
    costs = parse_figures(text)[1]
    assert rivalry.clause_of(text, costs).strip() == "costs fell to $2 million."
    slots = parse("How much did revenue rise?")
    assert rivalry.clause_terms(slots, text, parse_figures(text)[0]) > rivalry.clause_terms(slots, text, costs)


def test_a_rival_gives_another_figure_of_the_leads_unit():
    slots = parse("What share did Zeta hold?")
    best = sentence("Zeta held 30.1% of the market.", 0, 0.8)
    same = sentence("Zeta held 30.1% of sales.", 1, 0.79)  # the same figure: no rival
    other = sentence("Zeta held 0.3% of the market.", 1, 0.78)
    assert rivalry.rival_of(slots, [best, same, other], best, best.figures[0]) == (other, other.figures[0])
    assert rivalry.rival_of(slots, [best, same], best, best.figures[0]) is None
    undated = sentence("Zeta held 0.3% of the market.", 1, 0.78, year_ok=False)  # not dated as asked
    assert rivalry.rival_of(slots, [best, undated], best, best.figures[0]) is None
    off = sentence("Zeta held 0.3% of the market.", 1, 0.78, overlap=0.2)  # about other terms
    assert rivalry.rival_of(slots, [best, off], best, best.figures[0]) is None


def test_the_rival_features_say_how_far_ahead_the_lead_is():
    slots = parse("What share did Zeta hold?")
    best = sentence("Zeta held 30.1% of the market.", 0, 0.8)
    f = rivalry.features(slots, [best, sentence("Zeta held 0.3% of the market.", 1, 0.78)], best, best.figures)
    assert abs(f["rival_gap"] - 0.02) < 1e-9 and f["rival_other_passage"] == 1.0 and f["rival_close"] == 1.0
    alone = rivalry.features(slots, [best], best, best.figures)
    assert alone["rival_gap"] == rivalry.OPEN and alone["rival_other_passage"] == 0.0


def test_a_weak_lead_yields_to_a_close_rival_only_when_weak_close_and_elsewhere():
    slots = parse("What share did Zeta hold?")
    best = sentence("Zeta held 30.1% of the market.", 0, 0.8)
    rival = sentence("Zeta held 0.3% of the market.", 1, 0.7)
    ev = [best, rival]
    assert rivalry.weak_lead_rival(slots, ev, best, best.figures, 0.2, 0.35, 0.15) == (rival, [rival.figures[0]])
    assert rivalry.weak_lead_rival(slots, ev, best, best.figures, 0.5, 0.35, 0.15) is None  # the lead covers enough
    assert rivalry.weak_lead_rival(slots, ev, best, best.figures, 0.2, 0.35, 0.05) is None  # the rival is well behind
    same_passage = sentence("Zeta held 0.3% of the market.", 0, 0.79)
    assert rivalry.weak_lead_rival(slots, [best, same_passage], best, best.figures, 0.2, 0.35, 0.15) is None


def test_the_answerer_shows_both_figures_instead_of_bolding_a_weak_lead():
    question = "What share of the Zeta market did Omega hold in 2024?"
    texts = ("In 2024 Omega held 30.1% of the Zeta market.", "In 2024 Omega held 0.3% of the Zeta market.")
    # rival_margin 0: the older rule (a rival scoring within 0.03) is off, so only the weak-lead rule can fire
    shown = ExtractiveAnswerer(threshold=-5, weights=replace(HAND, rival_margin=0.0, rival_weak_coverage=1.01,
                                                             rival_weak_gap=1.0))
    answer = shown.answer(context(question, *texts))
    assert not answer.abstained and "**" not in answer.answer and answer.figure is None
    assert answer.answer.startswith("The passages differ: [1] gives") and answer.explanation["gate"] == "weak_lead_rival"
    bold = ExtractiveAnswerer(threshold=-5, weights=replace(HAND, rival_margin=0.0, rival_weak_coverage=0.0))
    assert "**" in bold.answer(context(question, *texts)).answer


def test_the_explanation_names_a_rival_figure_close_behind():
    from rag.explain import explanation_lines

    check = {"p": 0.8, "features": {"rival_gap": 0.02, "rival_other_passage": 1.0, "sentence_coverage": 0.3}}
    lines = explanation_lines({"slots": {}, "gate": "weak_lead_rival", "check": check})
    assert "rival figure: 0.020 behind the lead, in another passage; the lead's sentence covers 30%" in "\n".join(lines)
    check["features"]["rival_gap"] = 0.5  # no rival found: nothing said
    assert not any(line.startswith("rival figure") for line in explanation_lines({"slots": {}, "check": check}))


def test_a_weak_row_yields_to_a_rival_of_another_passage_only_when_weak_close_and_a_row():
    slots = parse("What fee does Zeta charge?")
    row = Evidence(0, 0, "Zeta pricing — Fee: $50", parse_figures("Zeta pricing — Fee: $50"), set(), set(), True, True,
                   {"overlap": 0.5}, 0.8)
    rival = Evidence(1, 0, "Zeta plans — Fee: $500", parse_figures("Zeta plans — Fee: $500"), set(), set(), True, True,
                     {"overlap": 0.5}, 0.7)
    ev = [row, rival]
    told = sentence("Zeta charges a fee of $500 per year.", 1, 0.7)  # a sentence of another passage rivals it too
    assert rivalry.weak_row_rival(slots, [row, told], row, row.figures, 0.5, 0.6, 0.2) == (told, [told.figures[0]])
    assert rivalry.weak_row_rival(slots, ev, row, row.figures, 0.5, 0.6, 0.2) == (rival, [rival.figures[0]])
    assert rivalry.weak_row_rival(slots, ev, row, row.figures, 0.7, 0.6, 0.2) is None  # the check is sure enough
    assert rivalry.weak_row_rival(slots, ev, row, row.figures, 0.5, 0.6, 0.05) is None  # the rival is well behind
    prose = sentence("Zeta charges $50 a month.", 0, 0.8)  # a sentence lead: the check's own hedge judges it
    assert rivalry.weak_row_rival(slots, [prose, rival], prose, prose.figures, 0.5, 0.6, 0.2) is None
    same = Evidence(0, 1, "Zeta pricing — Setup: $500", parse_figures("Zeta pricing — Setup: $500"), set(), set(), True,
                    True, {"overlap": 0.5}, 0.79)  # another row of the same table is no other passage
    assert rivalry.weak_row_rival(slots, [row, same], row, row.figures, 0.5, 0.6, 0.2) is None


def test_two_rows_of_a_table_are_items_not_rivals():
    row = lambda text, score: replace(sentence(text, 0, score), row=True)  # noqa: E731
    slots = parse("Who ranks sixteenth in the revenue ranking?")
    best = row("Rank: 2; Company name: Zeta; Market share, %: 4.7%", 0.58)
    other = row("Rank: 9; Company name: Kappa; Market share, %: 0.3%", 0.57)
    assert rivalry.row_item(best.text) == "Zeta"
    assert "no row" in (rivalry.rows_apart(slots, best, other, 0.3, 0.5) or "")
    # the check trusts the lead row, or a row's item is what the question names, or the rival is a
    # sentence: two sources that may disagree
    assert rivalry.rows_apart(slots, best, other, 0.7, 0.5) is None
    assert rivalry.rows_apart(parse("What share did Zeta hold?"), best, other, 0.3, 0.5) is None
    assert rivalry.rows_apart(slots, best, sentence("Zeta held 0.3% of the market.", 1, 0.57), 0.3, 0.5) is None
    cost = row("Cost of revenue › Products — 2019: $29,816", 0.6)
    assert rivalry.row_item(cost.text) == "Cost of revenue › Products"
    assert rivalry.rows_apart(parse("What is the main cost of revenue?"), cost,
                              row("Cost of revenue › Services — 2019: $19,065", 0.59), 0.3, 0.5) is None

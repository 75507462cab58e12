"""The bold call (rag/extractive/bold_call.py) on the smallest input: answers built by hand, no embedding model."""

from __future__ import annotations

from rag.extractive import bold_call
from rag.extractive.bold_call import BoldCall, called, evidence
from rag.extractive.slots import parse
from rag.types import Answer, Citation
from tests.test_extractive import context


def answer(ctx, text: str, quote: str, n: int = 0) -> Answer:
    return Answer(question=ctx.question, answer=text, figure=None, abstained=False,
                  citations=[Citation.from_passage(1, ctx.passages[n], quote=quote)], confidence=0.8)


def test_a_rival_passage_giving_another_figure_of_the_same_slots_is_named():
    ctx = context("What was statutory EBITDA in 2024?", "Statutory EBITDA was AUD 82.1 million in 2024.",
                  "On the restated basis, statutory EBITDA was AUD 79.4 million in 2024.")
    slots = parse(ctx.question)
    a = answer(ctx, "**AUD 82.1 million** (2024). Statutory EBITDA was AUD 82.1 million in 2024. [1]",
               "Statutory EBITDA was AUD 82.1 million in 2024.")
    ev = evidence(ctx, slots, a)
    assert ev["rival"] == 1.0 and ev["agreed"] == 0.0 and ev["rival_ahead"] <= 0.0 and ev["words"] == 0.0


def test_another_passage_giving_the_same_figure_agrees():
    ctx = context("What was statutory EBITDA in 2024?", "Statutory EBITDA was AUD 82.1 million in 2024.",
                  "In 2024 statutory EBITDA reached AUD 82.1 million.")
    a = answer(ctx, "**AUD 82.1 million** (2024). Statutory EBITDA was AUD 82.1 million in 2024. [1]",
               "Statutory EBITDA was AUD 82.1 million in 2024.")
    ev = evidence(ctx, parse(ctx.question), a)
    assert ev["agreed"] == 1.0 and ev["rival"] == 0.0 and ev["rival_ahead"] == 0.5


def test_no_bold_lead_no_evidence_and_nothing_changes():
    ctx = context("What was revenue in 2024?", "Revenue was $5 million in 2024.")
    a = answer(ctx, "Not certain: why. $5 million.", "Revenue was $5 million in 2024.")
    assert called(ctx, parse(ctx.question), a, BoldCall(cut=0.9)).answer == "Not certain: why. $5 million."
    assert a.bold_evidence is None


def test_a_lead_under_the_cut_is_hedged_saying_what_each_passage_gives():
    ctx = context("What was statutory EBITDA in 2024?", "Statutory EBITDA was AUD 82.1 million in 2024.",
                  "On the restated basis, statutory EBITDA was AUD 79.4 million in 2024.")
    text = "**AUD 82.1 million** (2024). Statutory EBITDA was AUD 82.1 million in 2024. [1]"
    quote = "Statutory EBITDA was AUD 82.1 million in 2024."
    strict = BoldCall(rival=-10.0, bias=1.0, cut=0.5)
    out = called(ctx, parse(ctx.question), answer(ctx, text, quote), strict)
    assert out.answer.startswith("Not certain: [1] gives AUD 82.1 million; another passage gives 79.4 million")
    assert "**" not in out.answer and out.bold_evidence["rival"] == 1.0
    kept = called(ctx, parse(ctx.question), answer(ctx, text, quote), BoldCall(bias=1.0, cut=0.5))
    assert kept.answer == text  # no weight against the rival: the lead stays bold


def test_a_rival_on_another_line_of_the_leads_own_passage_is_not_called_another_passage():
    ctx = context("What was statutory EBITDA in 2024?", "Statutory EBITDA was AUD 82.1 million in 2024.\n"
                  "On the restated basis, statutory EBITDA was AUD 79.4 million in 2024.")
    text = "**AUD 82.1 million** (2024). Statutory EBITDA was AUD 82.1 million in 2024. [1]"
    quote = "Statutory EBITDA was AUD 82.1 million in 2024."
    out = called(ctx, parse(ctx.question), answer(ctx, text, quote), BoldCall(rival_same_passage=-10.0, bias=1.0, cut=0.5))
    assert out.bold_evidence["rival_same_passage"] == 1.0 and out.bold_evidence["rival"] == 0.0
    assert out.answer.startswith("Not certain: [1] gives AUD 82.1 million; another line of the same passage gives 79.4")


def test_a_missing_fitted_file_loads_the_call_that_changes_nothing_and_a_saved_one_loads_back(tmp_path, caplog):
    assert bold_call.load(tmp_path / "missing.json") == BoldCall() and "missing" in caplog.text
    call = BoldCall(rival=-1.5, cut=0.3, bias=0.2)
    bold_call.save(call, tmp_path / "c.json")
    assert bold_call.load(tmp_path / "c.json") == call


def test_the_fit_hedges_only_where_wrong_leads_outweigh_twice_the_right_ones():
    from eval.fit_bold_call import best_cut
    from rag.extractive.bold_call import NAMES

    def row(conf: float, right: bool) -> dict:
        return {"x": [conf if n == "confidence" else 0.0 for n in NAMES], "right": right}

    call = BoldCall(confidence=10.0, bias=-5.0)  # p < 0.5 below confidence 0.5
    rows = [row(0.2, False)] * 3 + [row(0.2, True)] + [row(1.0, True)] * 20
    assert best_cut(call, rows) > 0.0  # 3 wrong against 1 right among the low ones
    even = [row(0.2, False)] * 2 + [row(0.2, True)] * 2 + [row(1.0, True)] * 20
    assert best_cut(call, even) == 0.0  # 2 wrong against 2 right: no gain
    assert best_cut(call, even, prior=0.5) > 0.0  # wrong leads weighted up to a higher unseen rate


def test_the_shipped_fitted_file_is_there_and_names_every_weight():
    """load() falls back to the default silently but for a log line: the package must ship the file (pyproject's
    package data 'extractive/*.json') with a weight for every named evidence, the bias and the cut."""
    import json

    raw = json.loads(bold_call.FITTED.read_text(encoding="utf-8"))
    assert set(raw) == set(NAMES_ALL) and bold_call.DEFAULT == bold_call.load()


NAMES_ALL = (*bold_call.NAMES, "bias", "cut")

"""The evaluation suite: metrics on hand-made answers, gold loading errors, the CLI, a matrix
smoke run, and the regression gate (the full gold set, default settings, eval/baseline.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.cli import gate, load_baseline, run_eval_cli
from eval.gold import GoldQuestion, load_gold, validate_gold
from eval.metrics import score_question, summarise, summary
from eval.runner import run_eval
from ingest.errors import UserError
from ingest.types import Chunk
from rag.types import Answer, Citation, Passage

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
CIC = "cic-foundation-model-market-2025"
FROST = "frost-leadleo-ai-empowerment-2025"

MARKET = "In 2024, the global AI market reached approximately USD 615.7 billion and is projected to surpass USD 2.6 trillion by 2030."
OTHER = "In 2024, global AI financing exceeded RMB 590 billion, with China and the United States together accounting for 92%."


def chunk(text: str, doc_id: str = FROST, n: int = 0) -> Chunk:
    return Chunk(chunk_id=f"{doc_id}-{n}", doc_id=doc_id, text=text, title="T", publisher="P", date="2025",
                 source="s.txt", page=3, page_end=3, section=None, char_start=0, char_end=len(text))


def passages(*chunks: Chunk) -> list[Passage]:
    return [Passage(chunk=c, score=1.0 / (i + 1), rank=i + 1) for i, c in enumerate(chunks)]


def answer(text: str, figure: str | None, cited: list[Passage], retrieved: list[Passage], abstained: bool = False,
           unsupported: list[str] | None = None) -> Answer:
    cites = [Citation.from_passage(i + 1, p, quote=p.chunk.text) for i, p in enumerate(cited)]
    return Answer(question="q", answer=text, figure=figure, abstained=abstained, citations=cites,
                  unsupported_figures=unsupported or [], timings_ms={"total": 12.0}, passages=retrieved)


MARKET_Q = GoldQuestion(id="m1", question="How big was the worldwide AI market in 2024?", answerable=True,
                        expected=("615.7",), unit="money", report=FROST, quote=MARKET, kind="figure", split="dev",
                        phrasing="analyst")
NONE_Q = GoldQuestion(id="u1", question="How big was the AI market in 2019?", answerable=False, expected=(),
                      unit="money", report=FROST, kind="unanswerable", split="heldout", phrasing="analyst")


# -- per-question scoring on hand-made answers ---------------------------------------------------
def test_right_answer_scores_everywhere():
    ret = passages(chunk(OTHER, n=1), chunk(MARKET, n=2))
    a = answer(f"**USD 615.7 billion** (2024). {MARKET} [1]", "USD 615.7 billion", [ret[1]], ret)
    s = score_question(MARKET_Q, a)
    assert s.correct and s.strict and s.citation_ok
    assert s.hit_rank == 2 and s.rr == 0.5 and s.hit(3) and not s.hit(1)
    assert s.why == "" and s.latency_ms == 12.0


def test_same_figure_at_another_scale_is_right():
    ret = passages(chunk("The market was $615.7B in 2024.", n=1))
    s = score_question(MARKET_Q, answer("**615,700 million** [1]", "USD 615,700 million", ret, ret))
    assert s.correct and s.strict and s.hit_rank == 1


def test_wrong_figure_is_a_miss_with_a_reason():
    ret = passages(chunk(MARKET, n=1))
    a = answer("**USD 2.6 trillion** (2030). The market is projected to surpass USD 2.6 trillion by 2030 [1]",
               "USD 2.6 trillion", ret, ret)
    s = score_question(MARKET_Q, a)
    assert not s.correct and not s.strict
    assert s.hit_rank == 1  # retrieval was fine: the answerer picked the wrong figure
    assert "missing 615.7" in s.why and "retrieval ok" in s.why


def test_right_text_wrong_figure_field_fails_strict_only():
    ret = passages(chunk(MARKET, n=1))
    s = score_question(MARKET_Q, answer(f"**USD 2.6 trillion** (2030). {MARKET} [1]", "USD 2.6 trillion", ret, ret))
    assert s.correct and s.strict is False
    assert "figure field" in s.why


def test_false_abstention():
    ret = passages(chunk(MARKET, n=1))
    s = score_question(MARKET_Q, answer("The reports don't state this. Closest passages: [1] T, page 3.", None, ret,
                                        ret, abstained=True))
    assert not s.correct and s.abstained and s.citation_ok is None
    assert s.why.startswith("false abstention")


def test_correct_abstention_and_answering_the_unanswerable():
    ret = passages(chunk(MARKET, n=1))
    ok = score_question(NONE_Q, answer("The reports don't state this.", None, ret, ret, abstained=True))
    assert ok.correct and ok.strict is None and ok.hit_rank is None
    bad = score_question(NONE_Q, answer("**USD 615.7 billion** [1]", "USD 615.7 billion", ret, ret))
    assert not bad.correct and "unanswerable" in bad.why


def test_wrong_report_is_no_hit_and_no_citation_support():
    ret = passages(chunk(MARKET, doc_id=CIC, n=1))
    s = score_question(MARKET_Q, answer(f"{MARKET} [1]", "USD 615.7 billion", ret, ret))
    assert s.correct  # the answer text holds the figure ...
    assert s.hit_rank is None and s.citation_ok is False  # ... but from the wrong report


def test_citation_markers_are_not_figures():
    q = GoldQuestion(id="r1", question="Which rank?", answerable=True, expected=("1",), unit="rank", report=FROST,
                     kind="figure")
    ret = passages(chunk("Rank: 3; Company name: Company C", n=1))
    s = score_question(q, answer("Rank: 3; Company name: Company C [1]", "3", ret, ret))
    assert not s.correct


def test_entity_strict_falls_back_to_answer_text():
    q = GoldQuestion(id="e1", question="Which company ranked tenth?", answerable=True, expected=("MiniMax",),
                     unit="text", report=CIC, kind="entity")
    ret = passages(chunk("Rank: 10; Company name: MiniMax; Market share, %: 0.3%", doc_id=CIC, n=1))
    s = score_question(q, answer("**0.3%**. Rank: 10; Company name: MiniMax [1]", "0.3%", ret, ret))
    assert s.correct and s.strict and s.hit_rank == 1 and s.citation_ok


def test_error_is_a_miss():
    s = score_question(MARKET_Q, None, error="the question is empty")
    assert not s.correct and s.why == "error: the question is empty"


# -- aggregates ------------------------------------------------------------------------------------
def test_aggregates_abstention_precision_recall_and_rates():
    ret = passages(chunk(MARKET, n=1))
    right = score_question(MARKET_Q, answer(f"{MARKET} [1]", "USD 615.7 billion", ret, ret))
    false_abs = score_question(MARKET_Q, answer("The reports don't state this.", None, ret, ret, abstained=True))
    good_abs = score_question(NONE_Q, answer("The reports don't state this.", None, ret, ret, abstained=True))
    answered_none = score_question(NONE_Q, answer("**USD 2.6 trillion** [1]", "USD 2.6 trillion", ret, ret,
                                                  unsupported=["USD 9 trillion"]))
    m = summarise([right, false_abs, good_abs, answered_none])
    assert m["n"] == 4 and m["answerable"] == 2 and m["unanswerable"] == 2
    assert m["answer_accuracy"] == 0.5
    assert m["abstention_precision"] == 0.5  # one of two abstentions was right
    assert m["abstention_recall"] == 0.5     # one of two unanswerable questions declined
    assert m["false_abstention_rate"] == 0.5
    assert m["citation_support"] == 1.0       # over answered answerable questions
    assert m["unsupported_figure_rate"] == 0.5
    # only the unanswerable question answered in bold is a confident error ('right' has no bold)
    assert m["confident_error_rate"] == 0.25 and answered_none.bold and not right.bold
    assert m["hit_at_1"] == 1.0 and m["mrr"] == 1.0
    assert m["accuracy"] == 0.5
    groups = summary([right, false_abs, good_abs, answered_none])
    assert set(groups["by_split"]) == {"dev", "heldout"}
    assert groups["by_kind"]["unanswerable"]["abstention_recall"] == 0.5


def test_gate_flags_floors_and_ceilings():
    baseline = {"answer_accuracy": 0.9, "max_false_abstention_rate": 0.05, "_note": "ignored"}
    assert gate({"answer_accuracy": 0.95, "false_abstention_rate": 0.0}, baseline) == []
    failures = gate({"answer_accuracy": 0.8, "false_abstention_rate": 0.1}, baseline)
    assert len(failures) == 2 and "answer_accuracy" in failures[0] and "false_abstention_rate" in failures[1]


# -- gold files ----------------------------------------------------------------------------------
GOOD = """questions:
  - id: g1
    question: How big was the worldwide AI market in 2024?
    answerable: true
    expected: ["615.7"]
    unit: money
    report: frost-leadleo-ai-empowerment-2025
    page: null
    section: Global AI Market Landscape
    quote: "In 2024, the global AI
      market reached approximately USD 615.7 billion"
    kind: figure
    split: dev
    phrasing: analyst
  - id: g2
    question: How big was the global AI market in 2019?
    answerable: false
    expected: []
    unit: money
    report: frost-leadleo-ai-empowerment-2025
    page: null
    section: null
    quote: null
    kind: unanswerable
    split: heldout
    phrasing: analyst
"""


def test_load_and_validate_a_user_file(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(GOOD)
    qs = load_gold(f)
    assert [q.id for q in qs] == ["g1", "g2"] and qs[0].expected == ("615.7",)
    assert validate_gold(qs, REPORTS) == []


@pytest.mark.parametrize("change, words", [
    (("kind: figure", "kind: number"), ["mine.yaml", "g1", "`kind`", "figure"]),
    (("answerable: true", "answerable: maybe"), ["mine.yaml", "g1", "`answerable`"]),
    (('expected: ["615.7"]', "expected: {a: 1}"), ["mine.yaml", "g1", "`expected`"]),
    (("    question: How big was the worldwide AI market in 2024?\n", ""), ["mine.yaml", "g1", "missing", "`question`"]),
    (("questions:", "question:"), ["mine.yaml", "`questions:`"]),
    (("page: null\n    section: Global", "page: three\n    section: Global"), ["mine.yaml", "g1", "`page`"]),
    (("    split: dev", "    split: dev\n    colour: red"), ["mine.yaml", "g1", "unknown field `colour`"]),
    (('expected: ["615.7"]', "expected: []"), ["mine.yaml", "g1", "`expected` is empty"]),
    (("  - id: g2", "  - id: g2\n  x: [\n"), ["mine.yaml", "invalid YAML"]),
])
def test_bad_gold_files_give_one_line_errors(tmp_path, change, words):
    f = tmp_path / "mine.yaml"
    f.write_text(GOOD.replace(*change, 1))
    with pytest.raises(UserError) as info:
        load_gold(f)
    message = str(info.value)
    assert "\n" not in message
    for w in words:
        assert w in message, message


def test_validate_finds_each_problem(tmp_path):
    text = (GOOD.replace('"In 2024, the global AI', '"In 2025, the global AI')
            .replace("id: g2", "id: g1")
            .replace("expected: []", 'expected: ["12"]'))
    f = tmp_path / "bad.yaml"
    f.write_text(text)
    problems = validate_gold(load_gold(f), REPORTS)
    joined = "\n".join(problems)
    assert "id used 2 times" in joined
    assert "quote is not in" in joined
    assert "unanswerable but `expected`" in joined
    f.write_text(GOOD.replace('expected: ["615.7"]', 'expected: ["615.8"]'))
    assert any("'615.8' is not in its quote" in p for p in validate_gold(load_gold(f), REPORTS))


def test_missing_gold_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="no such gold file"):
        load_gold(tmp_path / "nope.yaml")


# -- running -------------------------------------------------------------------------------------
def test_run_eval_and_write_outputs(bundled_app, tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(GOOD)
    result = run_eval(bundled_app, load_gold(f))
    assert [s.id for s in result.scores] == ["g1", "g2"]
    assert result.scores[0].hit_rank is not None  # (whether the answerer gets it right is the gate's business)
    assert result.overall["n"] == 2 and result.overall["latency_p50_ms"] > 0
    paths = result.write(tmp_path / "out")
    data = json.loads(paths["json"].read_text())
    assert data["summary"]["overall"]["n"] == 2 and len(data["rows"]) == 2
    report = paths["markdown"].read_text()
    assert "Summary" in report and "heldout" in report
    for s in result.misses:
        assert s.id in report and s.why in report
    for key in ("chart_accuracy_by_kind", "chart_accuracy_by_report", "chart_latency"):
        assert paths[key].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_runs_a_user_gold_file(bundled_app, tmp_path, capsys):
    f = tmp_path / "mine.yaml"
    f.write_text(GOOD)
    code = run_eval_cli(bundled_app.settings, ["--gold", str(f), "--json", "--out", str(tmp_path / "o")])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["overall"]["n"] == 2
    assert (tmp_path / "o" / "report.md").exists() and (tmp_path / "o" / "latency.png").exists()


@pytest.mark.parametrize("args, code, words", [
    (["--split", "sideways"], 2, ["--split"]),
    (["--gold", "/nonexistent/gold.yaml"], 2, ["no such gold file"]),
    (["--k", "0"], 2, ["--k"]),
    (["--help"], 0, []),
])
def test_cli_errors_are_one_line(bundled_app, capsys, args, code, words):
    assert run_eval_cli(bundled_app.settings, args) == code
    err = capsys.readouterr().err
    for w in words:
        assert w in err


def test_matrix_smoke(bundled_app, tmp_path):
    from eval.matrix import NAIVE, MatrixConfig, run_matrix

    f = tmp_path / "mine.yaml"
    f.write_text(GOOD)
    qs = load_gold(f)
    configs = [MatrixConfig("bm25", bundled_app.settings.chunk_tokens, "extractive"), MatrixConfig(answerer=NAIVE)]
    m = run_matrix(bundled_app.settings, qs, configs=configs, base_app=bundled_app, reports=[REPORTS],
                   workdir=tmp_path / "work")
    assert [r.config.answerer for r in m.rows] == ["extractive", NAIVE]
    naive = m.rows[1].result
    assert naive.scores[1].abstained is False  # the baseline never abstains
    assert naive.overall["abstention_recall"] == 0.0
    assert naive.scores[0].hit_rank is not None  # it retrieves the market passage in its top 4
    md = m.markdown()
    assert "bm25" in md and "naive LangChain" in md and "hit@5" in md


# -- the regression gate ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gold_result(bundled_app):
    return run_eval(bundled_app, load_gold())


def test_regression_gate(gold_result):
    """Default settings on the full gold set must not fall below eval/baseline.json."""
    failures = gate(gold_result.overall, load_baseline())
    # dev misses with their reasons; held-out misses only counted (they are never read to tune)
    dev = [s for s in gold_result.misses if s.split == "dev"]
    misses = "\n".join(f"{s.id}: {s.why}" for s in dev[:40])
    held = len(gold_result.misses) - len(dev)
    assert not failures, "; ".join(failures) + f"\n{held} held-out misses (not listed); dev misses:\n" + misses


def test_baseline_names_the_gated_metrics():
    baseline = load_baseline()
    for key in ("answer_accuracy", "hit_at_5", "citation_support", "abstention_recall", "max_false_abstention_rate"):
        assert 0.0 <= baseline[key] <= 1.0


def test_both_splits_reported(gold_result):
    assert set(gold_result.summary["by_split"]) == {"dev", "heldout"}
    assert gold_result.summary["by_split"]["heldout"]["n"] >= 30


# -- committed outcomes and flips (issue 12) ---------------------------------------------------------
def test_flips_are_listed_fixes_first_and_heldout_as_counts_only():
    from eval.outcomes import dump, flip_report, flips

    before = {"d1": "wrong", "d2": "right", "h1": "right", "old": "right"}
    after = {"d1": "right", "d2": "abstained", "h1": "wrong", "new": "wrong"}
    splits = {"d1": "dev", "d2": "dev", "h1": "heldout", "new": "dev"}
    changed = flips(before, after, splits)
    assert [(f.id, f.before, f.after) for f in changed] == [
        ("d1", "wrong", "right"), ("d2", "right", "abstained"), ("new", None, "wrong"), ("h1", "right", "wrong"),
        ("old", "right", None)]
    report = flip_report(changed, {"d1": "Q one?", "d2": "Q two?", "h1": "HELD-OUT TEXT"})
    assert "fixed d1 [dev] wrong -> right: Q one?" in report and "broke d2 [dev] right -> abstained: Q two?" in report
    assert "h1" not in report and "HELD-OUT TEXT" not in report and "held-out (ids not shown): 1 broke" in report
    assert dump({"b": "x", "a": "y"}) == '{\n "a": "y",\n "b": "x"\n}\n'


def test_flips_of_the_unseen_confirm_parts_are_counts_only():
    from eval.outcomes import flip_report, flips

    changed = flips({"c1": "wrong", "d1": "right"}, {"c1": "right", "d1": "wrong"}, {"c1": "confirm", "d1": "dev"})
    report = flip_report(changed, {"c1": "CONFIRM TEXT", "d1": "Q one?"})
    assert "c1" not in report and "CONFIRM TEXT" not in report
    assert "unseen confirm parts (ids not shown): 1 fixed" in report and "broke d1 [dev]" in report


def test_outcomes_match_the_committed_file(gold_result):
    """Prints every gold question whose outcome flipped against eval/outcomes.json (both
    directions, with its split; held-out ids without their text). A change that moves outcomes
    refreshes the file (`reportqa eval --write-outcomes`) in the same commit, so its diff shows
    exactly what the change fixed and broke."""
    from eval.outcomes import OUTCOMES, flip_report, flips, load_outcomes, outcomes_of

    committed = load_outcomes(OUTCOMES)
    assert committed, f"{OUTCOMES} is missing: write it with `reportqa eval --write-outcomes`"
    current = outcomes_of(gold_result.scores)
    from eval.gold import load_gold, tunable

    confirm = {q.id for q in load_gold() if q.split == "dev" and not tunable(q)}
    splits = {s.id: "confirm" if s.id in confirm else s.split for s in gold_result.scores}
    changed = flips(committed, current, splits)
    report = flip_report(changed, {s.id: s.question for s in gold_result.scores})
    print(f"\n{len(changed)} gold outcome(s) flipped against {OUTCOMES.name}\n{report}")
    if changed:  # pytest.fail, not `assert not changed`: the assertion's repr would list held-out ids
        pytest.fail(f"{len(changed)} outcome(s) differ from {OUTCOMES.name}; if intended, refresh it with "
                    f"`reportqa eval --write-outcomes` and commit it:\n{report}", pytrace=False)


def test_write_docs_keeps_the_hand_written_sections(tmp_path):
    from eval.docs_page import KEEP_MARK, write_docs
    from eval.runner import EvalResult

    ret = passages(chunk(MARKET, n=1))
    result = EvalResult([score_question(MARKET_Q, answer(f"{MARKET} [1]", "USD 615.7 billion", ret, ret)),
                         score_question(NONE_Q, answer("The reports don't state this.", None, ret, ret, abstained=True))],
                        {"finished_at": "2026-12-02"})
    doc = tmp_path / "eval.md"
    doc.write_text(f"# old results\n\n{KEEP_MARK}\n## TAT-QA: a public benchmark\n\nkept figures\n")
    write_docs(result, None, doc)
    text = doc.read_text()
    assert "old results" not in text and "## Results" in text
    assert text.count(KEEP_MARK) == 1 and text.rstrip().endswith("kept figures")
    write_docs(result, None, doc)  # idempotent: the kept part is not doubled
    assert doc.read_text().count("kept figures") == 1

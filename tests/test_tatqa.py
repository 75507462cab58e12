"""TAT-QA benchmark (`reportqa eval --tatqa`): the normaliser and the scoring on tiny inputs
(no model), the page written as HTML with a real table head, and one end-to-end run on two
contexts of the dev half through the real loaders, index and answerer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.cli import run_eval_cli
from eval.tatqa.data import Context, TatQuestion, header_rows, load_tatqa, page_html, parse_pages, split_of
from eval.tatqa.normalise import as_number, holds_gold, lead_exact, normalise_text, numbers
from eval.tatqa.score import score_answer, summarise_tatqa
from ingest.errors import UserError
from rag.types import Answer, lead_of

TATQA = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "tatqa" / "tatqa_dataset_dev.json"


# -- normaliser -----------------------------------------------------------------------------------
def test_numbers_read_signs_parentheses_commas_scale_and_percent():
    got = numbers("Sales $1,496.5 million, a loss of (12.6), a change of -22.22% over 2018-2019")
    assert [(n.value, n.scale, n.percent) for n in got] == [
        (1496.5, 1e6, False), (-12.6, 1.0, False), (-22.22, 1.0, True), (2018.0, 1.0, False), (2019.0, 1.0, False)]


def test_a_span_is_a_number_only_when_it_is_nothing_else():
    assert as_number("$1,496.5").value == 1496.5
    assert as_number("(3,012)").value == -3012
    assert as_number("12.5%").percent
    assert as_number("Level 3") is None and as_number("fixed-price type") is None


def test_text_normalisation_drops_case_punctuation_and_articles():
    assert normalise_text("The  Fixed-Price, type.") == "fixed price type"


@pytest.mark.parametrize("lead, gold, kind, scale, ok", [
    ("$1,496.5", ["$1,496.5"], "span", "million", True),
    ("USD 1,496.5 million", ["$1,496.5"], "span", "million", True),
    ("1.4965 billion", ["$1,496.5"], "span", "million", True),     # same amount in another scale word
    ("1,496.5 thousand", ["$1,496.5"], "span", "million", False),  # a wrong explicit scale
    ("(12.6)", ["-12.6"], "arithmetic", "million", True),
    ("12.6", ["-12.6"], "arithmetic", "million", False),           # the sign counts in the lead
    ("-22.22%", ["-22.22"], "arithmetic", "percent", True),
    ("-22.2%", ["-22.22"], "arithmetic", "percent", False),        # two decimals, as TAT-QA rounds
    ("two", ["2"], "count", "", True),
    ("The annual basis", ["Annual basis"], "span", "", True),
    ("fixed-price type, cost-plus type, and time-and-material type",
     ["time-and-material type", "fixed-price type", "cost-plus type"], "multi-span", "", True),
    ("fixed-price type and cost-plus type", ["fixed-price type", "cost-plus type", "time-and-material type"],
     "multi-span", "", False),
    ("73,260; 57,768", ["57,768", "73,260"], "multi-span", "thousand", True),
    # a gold span that holds 'and' or a comma is one item of the lead, not two
    ("Taxation; Interest received and paid", ["Interest received and paid", "Taxation"], "multi-span", "", True),
    ("Debtors and Cash and cash equivalents", ["Debtors", "Cash and cash equivalents"], "multi-span", "", True),
    ("Earnings before interest, tax, depreciation and amortisation; net debt",
     ["Earnings before interest, tax, depreciation and amortisation", "Net debt"], "multi-span", "", True),
    ("Interest received", ["Interest received and paid", "Taxation"], "multi-span", "", False),
    ("Taxation; Interest received and paid; Net debt", ["Interest received and paid", "Taxation"], "multi-span", "", False),
    ("Interest received; paid; Taxation", ["Interest received and paid", "Taxation"], "multi-span", "", False),
    (None, ["2019"], "span", "", False),
    ("$1.2 billion", ["$1.2 billion"], "span", "", True),          # the gold span writes its own scale
    ("$1,200 million", ["$1.2 billion"], "span", "", True),
    ("$1.2 million", ["$1.2 billion"], "span", "", False),
])
def test_lead_exact(lead, gold, kind, scale, ok):
    assert lead_exact(lead, gold, kind, scale) is ok


def test_holds_gold_finds_every_span_in_the_text():
    text = "Other fell from 56.7 to 44.1 in 2019, a decrease of 12.6 [1]; the types are fixed-price and cost-plus."
    assert holds_gold(text, ["-12.6"], "million")              # stated as a decrease
    assert holds_gold(text, ["44.1", "56.7"])
    assert not holds_gold(text, ["44.1", "70.8"])              # every span, not one
    assert holds_gold("a change of -22.2%", ["-22.22"], "percent")  # rounded in the text
    assert not holds_gold("see [1] and [2]", ["2"])            # citation markers are not numbers
    assert holds_gold("On a cost-plus type contract, we are paid our allowable incurred costs.",
                      ["our allowable incurred costs"])
    assert not holds_gold("paid allowable costs", ["our allowable incurred costs"])


def test_holds_gold_reads_a_gold_span_in_its_own_scale():
    # the gold writes its scale word ('$417 million') while the question's scale is empty
    assert holds_gold("**$417 million and $146 million** (2020 and 2018).", ["$417 million", "$146 million"])
    assert not holds_gold("**$417 thousand**.", ["$417 million"])
    assert holds_gold("417 and 146 [1]", ["$417 million"], "million")  # the table's own scale


def test_lead_is_the_figure_else_the_bold_lead():
    assert lead_of("$1,496.5", "**1,496.5** ...") == "$1,496.5"
    assert lead_of(None, "**2019**. Total sales ...") == "2019"
    assert lead_of(None, "Total sales were $1,496.5 [1]") is None


# -- pages ------------------------------------------------------------------------------------------
TABLE = (("", "", "Years Ended September 30,", ""), ("", "2019", "2018", "2017"),
         ("Fixed Price", "$  1,452.4", "$  1,146.2", "$  1,036.9"), ("Total sales", "$1,496.5", "$1,202.9", "$1,107.7"))
Q_SPAN = TatQuestion("u1", "What is the amount of total sales in 2019?", ("$1,496.5",), "span", "table", "million")
Q_MULTI = TatQuestion("u2", "What are the contract types?", ("fixed-price type", "cost-plus type"), "multi-span", "text", "")


def ctx(index: int = 0) -> Context:
    return Context(index, "t", TABLE, ("Sales by Contract Type: fixed-price & cost-plus type contracts.",),
                   (Q_SPAN, Q_MULTI))


def test_header_rows_are_labels_and_years_not_amounts():
    assert header_rows(TABLE) == 2
    assert header_rows((("Item", "Amount"), ("Rent", "1,200"))) == 1
    assert header_rows((("", "2019", "2018"), ("Fiscal", "FY2019", "2018"), ("Net", "12", "(3)"))) == 2


def test_page_is_html_with_a_table_head_then_the_paragraphs():
    page = page_html(ctx())
    head, body = page.split("<tbody>")
    assert head.count("<th>") == 8 and "<th>Years Ended September 30,</th>" in head and "<thead>" in head
    assert "<td>$1,496.5</td>" in body and "<th>" not in body
    assert body.index("</table>") < body.index("<p>Sales by Contract Type: fixed-price &amp; cost-plus")


def test_an_indented_sub_row_reaches_the_reader_indented():
    from bs4 import BeautifulSoup
    from ingest.table_sources import html_grid
    table = (("", "2024"), ("Pet food", "1,617"), ("  Dry food", "900"), ("Snacks", "300"))
    page = page_html(Context(0, "t", table, (), ()))
    assert "<td>&nbsp;&nbsp;Dry food</td>" in page
    grid = html_grid(BeautifulSoup(page, "html.parser").table, lambda c: c.get_text(strip=True))
    assert [r[0] for r in grid] == ["", "Pet food", "Pet food › Dry food", "Snacks"]


def test_pages_and_splits():
    assert list(parse_pages("0:3", 278)) == [0, 1, 2] and parse_pages(None, 5) == range(5)
    assert parse_pages("270:", 278) == range(270, 278)
    assert split_of(138) == "dev" and split_of(139) == "heldout"
    for bad in ("3", "a:b", "5:2"):
        with pytest.raises(UserError, match="--pages"):
            parse_pages(bad, 278)


def test_missing_or_broken_file_is_a_one_line_error(tmp_path):
    with pytest.raises(UserError, match="no such TAT-QA file"):
        load_tatqa(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(UserError) as info:
        load_tatqa(bad)
    assert "bad.json" in str(info.value) and "\n" not in str(info.value)
    bad.write_text(json.dumps([{"table": {"table": []}}]))
    with pytest.raises(UserError, match="context 0"):
        load_tatqa(bad)


# -- scoring ----------------------------------------------------------------------------------------
def answer(text: str, figure: str | None = None, abstained: bool = False) -> Answer:
    return Answer(question="q", answer=text, figure=figure, abstained=abstained, citations=[])


def test_scores_and_summary_per_split_and_type():
    dev, held = ctx(0), ctx(200)
    scores = [
        score_answer(dev, Q_SPAN, answer("**$1,496.5**. Total sales; $1,496.5 [1]", "$1,496.5")),
        score_answer(dev, Q_MULTI, answer("Types: fixed-price type and cost-plus type contracts [1]")),
        score_answer(held, Q_SPAN, answer("The reports don't state this.", abstained=True)),
        score_answer(held, Q_MULTI, None, error="the question is empty"),
        score_answer(held, Q_SPAN, answer("**$1,202.9**. Total sales; $1,202.9 [1]", "$1,202.9")),
    ]
    assert [s.outcome for s in scores] == ["right", "partial", "abstained", "abstained", "wrong"]
    assert scores[0].question and scores[0].answer  # dev rows keep their text ...
    assert all(s.question is None and s.answer is None and s.gold is None and s.error is None
               for s in scores[2:])                 # ... held-out rows only count
    summary = summarise_tatqa(scores)
    assert summary["dev"]["overall"] == {"n": 2, "holds": 1.0, "lead_exact": 0.5, "abstained": 0.0,
                                         "confident_error": 0.0}
    assert summary["dev"]["by_type"]["multi-span"]["lead_exact"] == 0.0
    # a wrong figure in bold is a confident error; an abstention is not
    assert summary["heldout"]["overall"]["abstained"] == 2 / 3
    assert summary["heldout"]["overall"]["confident_error"] == 1 / 3
    assert summary["all"]["by_from"]["table"]["n"] == 3 and summary["all"]["by_type"]["count"]["n"] == 0


# -- end to end -------------------------------------------------------------------------------------
@pytest.mark.skipif(not TATQA.is_file(), reason="TAT-QA dev set not present (../shared/benchmarks/tatqa)")
def test_cli_runs_two_dev_pages_end_to_end(make_settings, tmp_path, capsys):
    out = tmp_path / "out"
    code = run_eval_cli(make_settings(), ["--tatqa", str(TATQA), "--pages", "0:2", "--out", str(out), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    n_questions = sum(len(c.questions) for c in load_tatqa(TATQA)[:2])
    assert data["config"]["questions"] == n_questions and data["config"]["failed_pages"] == 0
    dev = data["summary"]["dev"]
    assert dev["overall"]["n"] == n_questions and dev["contexts"] == 2 and "heldout" not in data["summary"]
    assert dev["overall"]["holds"] > 0  # '$1,496.5' of page 0's total sales is found within its page
    assert {r["context"] for r in data["rows"]} == {0, 1}
    assert (out / "tatqa_by_type.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    md = (out / "tatqa.md").read_text()
    assert "holds the gold" in md and "TAGOP" in md


def test_each_half_is_indexed_alone_so_its_answers_do_not_depend_on_the_other(make_settings, tmp_path):
    """Keyword statistics are the index's: with both halves in one index, a full run answered some
    dev questions otherwise than a dev-half run. Each half now has its own index."""
    from eval.matrix import settings_for
    from eval.tatqa.data import DEV_END
    from eval.tatqa.run import run_tatqa
    from rag.factory import build_app

    other = Context(DEV_END, "t", (("", "2019"), ("Total sales", "$9.9"), ("Fixed Price", "$1.1")),
                    ("Total sales of fixed price contracts rose; total sales total sales.",), (Q_SPAN,))
    alone = run_tatqa(make_settings(), [ctx(0)], workdir=tmp_path / "alone")
    both = run_tatqa(make_settings(), [ctx(0), other], workdir=tmp_path / "both")
    assert [s.as_row()["answer"] for s in alone.scores] == [s.as_row()["answer"] for s in both.scores[:2]]
    assert [s.split for s in both.scores] == ["dev", "dev", "heldout"]
    for half, page in (("dev", "tatqa-000"), ("heldout", f"tatqa-{DEV_END:03d}")):
        app = build_app(settings_for(make_settings(), tmp_path / "both" / half / "index", 400))
        assert [d.title for d in app.library.docs()] != [] and all(page in d.source for d in app.library.docs())


@pytest.mark.parametrize("args, words", [
    (["--tatqa", "/nonexistent/tatqa_dataset_dev.json"], ["no such TAT-QA file"]),
    (["--pages", "0:3"], ["--pages needs --tatqa"]),
    (["--tatqa", "/nonexistent/t.json", "--limit", "3"], ["--tatqa runs on its own"]),
])
def test_cli_errors_are_one_line(make_settings, capsys, args, words):
    assert run_eval_cli(make_settings(), args) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and all(w in err for w in words), err


def test_a_multi_span_item_holding_and_or_a_comma_is_one_span():
    gold = ["Debtors", "Cash and cash equivalents"]
    assert lead_exact("Debtors and Cash and cash equivalents", gold, "multi-span")
    assert lead_exact("Selling, general and administrative and Research", ["Selling, general and administrative",
                                                                             "Research"], "multi-span")
    assert not lead_exact("Debtors, Cash and cash equivalents and Creditors", gold, "multi-span")  # one too many
    assert not lead_exact("Debtors and Cash", gold, "multi-span")


def test_a_labels_footnote_marks_count_on_neither_side_and_a_number_keeps_its_parentheses():
    gold = ["Pre-contract costs", "Other(2)(4)", "Current year1"]
    assert lead_exact("Pre-contract costs, Other and Current year", gold, "multi-span")
    assert lead_exact("Other (2)", ["Other"], "span")
    assert holds_gold("The items are Pre-contract costs, Other and Current year.", gold)
    assert not lead_exact("2", ["(2)"], "span")  # '(2)' is minus two, no mark


# -- page files the project writes (eval/fresh/): each page carries its split -------------------------
def _page(split: str | None) -> dict:
    page = {"table": {"uid": "p", "table": [["", "2019"], ["Revenue", "12"]]},
            "paragraphs": [{"uid": "t1", "order": 1, "text": "Revenue rose."}],
            "questions": [{"uid": "q1", "order": 1, "question": "What was the revenue in 2019?", "answer": ["12"],
                           "derivation": "", "answer_type": "span", "answer_from": "table", "scale": ""}]}
    return page if split is None else {**page, "split": split}


def test_a_page_s_own_split_field_overrides_the_index_halves(tmp_path):
    f = tmp_path / "pages.json"
    f.write_text(json.dumps([_page("heldout"), _page("dev"), _page(None)]), encoding="utf-8")
    assert [c.split for c in load_tatqa(f)] == ["heldout", "dev", "dev"]  # no field: TAT-QA's halves by index
    f.write_text(json.dumps([_page("test")]), encoding="utf-8")
    with pytest.raises(UserError, match=r"context 0 has split 'test'"):
        load_tatqa(f)


def test_split_chooses_a_page_file_s_pages_and_names_an_empty_choice(make_settings, capsys, tmp_path):
    f = tmp_path / "pages.json"
    f.write_text(json.dumps([_page("dev")]), encoding="utf-8")
    assert run_eval_cli(make_settings(), ["--tatqa", str(f), "--split", "heldout"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "no heldout contexts" in err and "pages.json" in err, err


def test_outcomes_of_a_shipped_page_file_sit_next_to_it_and_tat_qa_s_in_eval():
    from eval.outcomes import EVAL_DIR, TATQA_OUTCOMES
    from eval.tatqa.cli import outcomes_path

    assert outcomes_path(EVAL_DIR / "fresh" / "fresh_pages.json") == EVAL_DIR / "fresh" / "fresh_pages_outcomes.json"
    assert outcomes_path(TATQA) == TATQA_OUTCOMES

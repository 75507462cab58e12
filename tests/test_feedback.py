"""Feedback becomes gold (issue 14): a reviewed 👎 answer appended to `<data dir>/gold/user.yaml`
with question, report, quote and expected figure prefilled; `reportqa eval` scores that file
apart from the bundled set (whose figures and gate stay the same)."""

from __future__ import annotations

import json
import shutil

import pytest

from eval.cli import run_eval_cli
from eval.feedback import append_gold, gold_item, load_user_gold, parse_expected, user_gold_path
from eval.gold import load_gold
from ingest.errors import UserError
from ingest.settings import Settings

PASSAGE = {"doc_id": "acme-robotics-2025", "page": 4, "section": "Market size",
           "text": "Robots are everywhere. The global robotics market reached USD 48.2 billion in 2024, "
                   "up from USD 41.0 billion. Asia held 61% of installations."}
TURN = {"question": "and in 2024?",
        "answer": {"question": "and in 2024?", "understood": "How big was the global robotics market in 2024?",
                   "answer": "USD 41.0 billion [1]", "citations": [{"n": 1, "doc_id": "other-report"}]}}


def test_a_correction_becomes_a_gold_question_with_quote_and_figure(tmp_path):
    qid = append_gold(tmp_path, TURN, "The right answer is USD 48.2 billion.", PASSAGE)
    assert qid == "user-001"
    [q] = load_gold(user_gold_path(tmp_path))  # the file loads with the project's own gold loader
    assert q.id == "user-001" and q.split == "user" and q.answerable
    assert q.question == "How big was the global robotics market in 2024?"  # the follow-up in full
    assert q.expected == ("USD 48.2 billion",) and q.unit == "money" and q.kind == "figure"
    assert q.quote == "The global robotics market reached USD 48.2 billion in 2024, up from USD 41.0 billion."
    assert (q.report, q.page, q.section) == ("acme-robotics-2025", 4, "Market size")
    assert "USD 41.0 billion [1]" in q.notes


def test_ids_count_up_and_the_same_correction_is_not_added_twice(tmp_path):
    first = append_gold(tmp_path, TURN, "USD 48.2 billion", PASSAGE)
    assert append_gold(tmp_path, TURN, "the correct answer is usd 48.2 billion", PASSAGE) == first
    share = {"question": "What share of installations did Asia hold?", "answer": json.dumps({"answer": "22%"})}
    assert append_gold(tmp_path, share, "61%", PASSAGE) == "user-002"
    questions = load_user_gold(tmp_path)
    assert [q.id for q in questions] == ["user-001", "user-002"]
    assert questions[1].expected == ("61%",) and questions[1].unit == "percent"
    assert questions[1].quote == "Asia held 61% of installations." and "was: 22%" in questions[1].notes
    assert user_gold_path(tmp_path).read_text(encoding="utf-8").startswith("# Gold questions made from")


def test_not_in_the_reports_makes_an_unanswerable_question(tmp_path):
    append_gold(tmp_path, {"question": "What did Acme earn in 1990?", "answer": {"answer": "USD 3 billion"}},
                "It is not in the reports", None)
    [q] = load_user_gold(tmp_path)
    assert not q.answerable and q.expected == () and q.kind == "unanswerable" and q.quote is None


def test_a_name_or_a_figure_missing_from_the_passage():
    item = gold_item({"question": "Who leads the ranking?"}, "Orbital Arms", {"doc_id": "r", "text":
                     "Kobold Systems is second. Orbital Arms leads with 21.4%."})
    assert item["expected"] == ["Orbital Arms"] and item["unit"] == "text" and item["kind"] == "entity"
    assert item["quote"] == "Orbital Arms leads with 21.4%."
    # the passage does not hold the figure: no quote rather than a wrong one
    item = gold_item(TURN, "USD 99.9 billion", PASSAGE)
    assert item["quote"] is None and item["expected"] == ["USD 99.9 billion"]
    # the figure as the quote spells it
    assert parse_expected("48.2 billion dollars", "reached USD 48.2 billion in 2024") == "48.2 billion"
    assert parse_expected("it was 2,600", "over 2,600 units") == "2,600"


def test_nothing_to_learn_from_is_a_one_line_user_error(tmp_path):
    with pytest.raises(UserError, match="write the right answer"):
        append_gold(tmp_path, TURN, "  the right answer is  ", PASSAGE)
    with pytest.raises(UserError, match="no question"):
        append_gold(tmp_path, {"answer": {}}, "12%", None)
    assert not user_gold_path(tmp_path).exists()


def test_reportqa_eval_scores_the_user_gold_file_apart(bundled_app, tmp_path, capsys):
    """A real answer from the bundled index, marked wrong and corrected, becomes a gold question
    that the next `reportqa eval` counts in its own section; the bundled figures are unchanged."""
    data = tmp_path / "index"
    shutil.copytree(bundled_app.settings.data_dir, data)
    settings = Settings(data_dir=data)
    question = "How big was the worldwide AI market in 2024?"
    answer = bundled_app.assistant.ask(question).as_dict()
    passage = next(c for c in answer["citations"] if "615.7" in c["text"])
    qid = append_gold(data, {"question": question, "answer": answer}, "the right answer is USD 615.7 billion", passage)

    assert run_eval_cli(settings, ["--limit", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["overall"]["n"] == 2  # the bundled run: still only its own questions
    assert out["user_gold"]["summary"]["overall"]["n"] == 1
    [row] = out["user_gold"]["rows"]
    assert row["id"] == qid and row["split"] == "user" and row["correct"]
    # an explicit --gold file runs alone, without the user file
    assert run_eval_cli(settings, ["--gold", str(user_gold_path(data)), "--json"]) == 0
    assert "user_gold" not in json.loads(capsys.readouterr().out)


def test_a_broken_user_gold_file_fails_before_any_question_is_asked(tmp_path, capsys):
    path = user_gold_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("questions:\n  - id: user-001\n    question: [unclosed\n", encoding="utf-8")
    assert run_eval_cli(Settings(data_dir=tmp_path), ["--limit", "1"]) == 2
    assert "user.yaml: invalid YAML" in capsys.readouterr().err
    assert not (tmp_path / "chroma").exists()  # no index was opened


def test_the_user_gold_table_is_its_own_and_escapes_markup():
    import io

    from rich.console import Console

    from eval.feedback import print_user_result
    from eval.gold import GoldQuestion
    from eval.metrics import score_question
    from eval.runner import EvalResult

    q = GoldQuestion(id="user-001", question="What is [bold]x[/bold] in 2024?", answerable=True,
                     expected=("12%",), unit="percent", split="user")
    screen = io.StringIO()
    print_user_result(EvalResult([score_question(q, None, latency_ms=1.0, error="refused")]), Console(file=screen, width=140))
    shown = screen.getvalue()
    assert "user gold (from feedback): 0 of 1 right (0.0%)" in shown
    assert "[bold]x[/bold]" in shown and "12%" in shown and "no" in shown

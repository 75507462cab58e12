"""eval.misses lists only tunable misses: a held-out, unseen-confirm or since-moved question is counted, never shown."""

from __future__ import annotations

import json

from eval.gold import load_gold, tunable
from eval.misses import main, tunable_misses


def _row(id_, split, correct=False, kind="figure"):
    return {"id": id_, "split": split, "correct": correct, "kind": kind, "question": f"Q {id_}?", "answer": "A",
            "abstained": False, "bold": True}


def test_only_dev_rows_the_gold_set_still_calls_tunable_are_shown():
    rows = [_row("d1", "dev"), _row("d2", "dev", correct=True), _row("h1", "heldout"), _row("c1", "dev"),
            _row("m1", "dev", kind="list")]
    shown, held = tunable_misses(rows, frozenset({"d1", "d2", "m1"}))  # c1: a confirm part or moved, not tunable
    assert [r["id"] for r in shown] == ["d1", "m1"]
    assert held == 2
    assert [r["id"] for r in tunable_misses(rows, frozenset({"d1", "m1"}), kind="list")[0]] == ["m1"]
    assert [r["id"] for r in tunable_misses(rows, frozenset({"d1", "m1"}), prefix="d")[0]] == ["d1"]


def test_a_row_a_run_marked_dev_but_the_gold_set_now_holds_out_is_hidden():
    held_out = next(q.id for q in load_gold() if q.split == "heldout")
    shown, held = tunable_misses([_row(held_out, "dev")], frozenset(q.id for q in load_gold() if tunable(q)))
    assert shown == [] and held == 1


def test_the_command_prints_dev_misses_and_counts_the_rest(tmp_path, capsys):
    dev = next(q.id for q in load_gold() if tunable(q))
    held_out = next(q.id for q in load_gold() if q.split == "heldout")
    run = tmp_path / "run.json"
    run.write_text(json.dumps({"rows": [_row(dev, "dev"), _row(held_out, "heldout")]}))
    assert main([str(run)]) == 0
    out, err = capsys.readouterr()
    assert dev in out and held_out not in out and f"Q {held_out}?" not in out
    assert "1 dev misses shown; 1 held-out" in err


def test_a_file_that_is_not_an_eval_run_is_one_line_of_error(tmp_path, capsys):
    bad = tmp_path / "x.json"
    bad.write_text("[1, 2]")
    assert main([str(bad)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def _page_row(uid, split, lead_exact=False, answer_type="span"):
    return {"uid": uid, "split": split, "lead_exact": lead_exact, "holds": lead_exact, "abstained": False,
            "confident_error": not lead_exact, "answer_type": answer_type, "answer_from": "table",
            "question": f"Q {uid}?", "gold": ["1"], "lead": "2", "answer": "**2**"}


def test_a_page_run_shows_dev_pages_misses_and_only_counts_held_out_ones(tmp_path, capsys):
    rows = [_page_row("p-dev", "dev"), _page_row("p-ok", "dev", lead_exact=True), _page_row("p-held", "heldout"),
            _page_row("p-sum", "dev", answer_type="arithmetic")]
    run = tmp_path / "pages.json"
    run.write_text(json.dumps({"rows": rows}))
    assert main([str(run), "--kind", "span"]) == 0
    out, err = capsys.readouterr()
    assert "p-dev" in out and "wrong in bold" in out
    assert "p-held" not in out and "Q p-held?" not in out and "p-ok" not in out and "p-sum" not in out
    assert "1 dev misses shown; 1 held-out" in err

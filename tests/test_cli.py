"""The `reportqa` command line as users and scripts call it (a real subprocess, a real index):
ingest output, `docs --json`, the `ask --json` contract, batch mode `ask --json -`, and the
one-line errors with exit code 2 for bad questions and unknown reports."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLI = str(ROOT / ".venv" / "bin" / "reportqa")
CIC = "cic-foundation-model-market-2025"
FROST = "frost-leadleo-ai-empowerment-2025"

ANSWER_KEYS = {"question", "answer", "figure", "abstained", "citations", "unsupported_figures", "backend", "timings_ms", "understood"}
CITATION_KEYS = {"n", "doc_id", "title", "publisher", "source", "page", "section", "chunk_id", "text", "quote"}
CITATION_EXTRA = {"date"}  # beyond the issue's list: the report date, which every citation label shows
TIMING_KEYS = {"retrieve", "answer", "total"}
DOC_KEYS = {"doc_id", "title", "publisher", "date", "source", "pages", "chunks", "ingested_at", "current"}
TINY = "# Tiny Robots Brief\n\nService robots in Lapland grew by 17% in 2024.\n\nSnow drones flew 4,200 flights.\n"


def run(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("REPORTQA_DATA_DIR", None)
    return subprocess.run([CLI, "--data-dir", str(data), *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def index(bundled_app, tmp_path_factory):
    """A copy of the session's bundled index, plus one small report ingested through the CLI."""
    root = tmp_path_factory.mktemp("cli")
    data = root / "index"
    shutil.copytree(bundled_app.settings.data_dir, data)
    tiny = root / "tiny-robots.md"
    tiny.write_text(TINY, encoding="utf-8")
    proc = run(data, "ingest", str(tiny))
    snapshot = bundled_app.library.snapshot()
    return {"data": data, "ingest": proc, "tiny": tiny, "bundled_chunks": len(snapshot.chunks),
            "chunks": {c.chunk_id: c for c in snapshot.chunks}}


def one_line_error(proc: subprocess.CompletedProcess, code: int, *words: str) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    for w in words:
        assert w in lines[0], (w, lines[0])
    assert proc.stdout.strip() == ""
    return lines[0]


# -- ingest and docs ---------------------------------------------------------------------------
def test_ingest_prints_chunk_count_and_time(index):
    proc = index["ingest"]
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    status = re.fullmatch(r"\s*added\s+tiny-robots\s+\((\d+) chunks\)\s+(\S+)", lines[0])
    assert status and status.group(2) == str(index["tiny"]), lines
    added = int(status.group(1))
    summary = re.fullmatch(r"(\d+) chunks in the index; (\d+) embedded in (\d+\.\d) s \(index: (.+)\)", lines[-1])
    assert summary, lines[-1]
    assert int(summary.group(1)) == index["bundled_chunks"] + added
    assert int(summary.group(2)) == added >= 1
    assert 0 < float(summary.group(3)) < 300
    assert summary.group(4) == str(index["data"])


def test_docs_json_shape(index):
    proc = run(index["data"], "docs", "--json")
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert set(payload) == {"docs"}
    docs = {d["doc_id"]: d for d in payload["docs"]}
    assert set(docs) == {CIC, FROST, "tiny-robots"}
    for d in payload["docs"]:
        assert set(d) == DOC_KEYS
        for key in ("doc_id", "title", "publisher", "date", "source", "ingested_at"):
            assert isinstance(d[key], str)
        assert isinstance(d["pages"], int) and isinstance(d["chunks"], int) and d["chunks"] >= 1
        assert datetime.fromisoformat(d["ingested_at"]).tzinfo is not None
    assert docs[FROST]["pages"] >= 20 and docs[CIC]["pages"] == 0 == docs["tiny-robots"]["pages"]
    assert docs[FROST]["title"] == "AI Empowerment Across Industries White Paper"
    assert docs[CIC]["publisher"] == "China Insights Consultancy (CIC)"
    assert docs["tiny-robots"]["title"] == "Tiny Robots Brief" and docs["tiny-robots"]["source"] == "tiny-robots.md"
    assert docs[CIC]["chunks"] + docs[FROST]["chunks"] == index["bundled_chunks"]


# -- ask --json --------------------------------------------------------------------------------
def check_contract(obj: dict, question: str, chunks: dict) -> None:
    """The issue's JSON object: exact keys and types, citations that point into the index."""
    assert set(obj) == ANSWER_KEYS, set(obj) ^ ANSWER_KEYS
    assert obj["question"] == question and obj["understood"] == question
    assert isinstance(obj["answer"], str) and obj["answer"].strip()
    assert obj["figure"] is None or (isinstance(obj["figure"], str) and obj["figure"])
    assert isinstance(obj["abstained"], bool)
    assert isinstance(obj["backend"], str) and obj["backend"] == "extractive"
    assert isinstance(obj["unsupported_figures"], list) and all(isinstance(f, str) for f in obj["unsupported_figures"])
    timings = obj["timings_ms"]
    assert TIMING_KEYS <= set(timings)
    assert all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in timings.values())
    assert timings["total"] >= timings["retrieve"] and timings["total"] >= timings["answer"]
    assert isinstance(obj["citations"], list)
    for i, c in enumerate(obj["citations"], start=1):
        assert CITATION_KEYS <= set(c) <= CITATION_KEYS | CITATION_EXTRA, set(c) - CITATION_KEYS
        assert c["n"] == i and isinstance(c["n"], int)
        for key in ("doc_id", "title", "publisher", "source", "chunk_id", "text", "quote"):
            assert isinstance(c[key], str), key
        assert c["page"] is None or (isinstance(c["page"], int) and not isinstance(c["page"], bool))
        assert c["section"] is None or isinstance(c["section"], str)
        if c["doc_id"] in (CIC, FROST):
            chunk = chunks[c["chunk_id"]]
            assert (c["doc_id"], c["text"], c["page"], c["source"]) == (chunk.doc_id, chunk.text, chunk.page,
                                                                       chunk.source)
        assert c["quote"] in c["text"]
    if not obj["abstained"]:
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", obj["answer"])}
        assert markers and markers <= {c["n"] for c in obj["citations"]}
        assert obj["figure"] is None or any(c["quote"] for c in obj["citations"])


def test_ask_json_contract_and_flags(index):
    q = "What is MiniMax's market share among foundation model technology companies?"
    proc = run(index["data"], "ask", "--json", "--mode", "bm25", "--k", "3", "--doc", CIC, q)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    obj = json.loads(proc.stdout)
    check_contract(obj, q, index["chunks"])
    assert not obj["abstained"] and obj["figure"] == "0.3%"
    assert obj["citations"] and {c["doc_id"] for c in obj["citations"]} == {CIC}  # --doc
    assert any("MiniMax" in c["quote"] and "0.3%" in c["quote"] for c in obj["citations"])


def test_ask_batch_one_json_object_per_line_in_order(index):
    questions = [
        "How big was the global AI market in 2024?",
        "What was the global AI market in 2019?",
        "",
        "How many flights did snow drones fly?",
        "What is MiniMax's market share among foundation model technology companies?",
    ]
    proc = run(index["data"], "ask", "--json", "--mode", "hybrid", "--k", "5", "-", stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(questions), proc.stdout
    objs = [json.loads(l) for l in lines]
    assert [o["question"] for o in objs] == questions
    for o, q in zip(objs, questions):
        if q:
            check_contract(o, q, index["chunks"])
        else:  # an empty line is answered in place with an error, the batch goes on
            assert set(o) == {"question", "error"} and "empty" in o["error"]
    assert objs[0]["citations"], "an answer or an abstention cites the passages it looked at"
    assert objs[1]["abstained"] is True and objs[1]["figure"] is None
    assert not objs[3]["abstained"] and "4,200" in objs[3]["answer"]
    assert objs[3]["citations"][0]["doc_id"] == "tiny-robots" and objs[3]["citations"][0]["page"] is None
    assert objs[4]["figure"] == "0.3%"


def test_ask_batch_json_lines_with_history_and_explain(index):
    first = "How big was the global AI market in 2024?"
    lines = [json.dumps({"question": "and in 2030?", "history": [first]}), "and in 2030?"]
    proc = run(index["data"], "ask", "--json", "--explain", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    follow, alone = [json.loads(l) for l in proc.stdout.splitlines()]
    assert follow["question"] == "and in 2030?"  # as typed
    assert follow["understood"] == "How big was the global AI market in 2030?"
    assert "2.6 trillion" in follow["figure"] and follow["explanation"]["slots"]["years"] == [2030]
    assert set(alone) == {"question", "error"} and "only numbers" in alone["error"]  # no history to borrow from
    proc = run(index["data"], "ask", "--explain", first)
    assert proc.returncode == 0, proc.stderr
    assert "slots: " in proc.stdout and "gate: none fired" in proc.stdout and "candidate 1" in proc.stdout


# -- one-line errors ---------------------------------------------------------------------------
@pytest.mark.parametrize("args", [["ask", ""], ["ask", "   "], ["ask", "--json", ""]], ids=["empty", "blank", "json"])
def test_empty_question_exit_2(index, args):
    one_line_error(run(index["data"], *args), 2, "empty")


def test_over_long_question_exit_2(index):
    line = one_line_error(run(index["data"], "ask", "--json", "x" * 2001), 2, "2,001", "2,000")
    assert len(line) < 200


def test_question_length_limit_is_2000_characters():
    from ingest.errors import QuestionError
    from rag.assistant import validate_question

    assert validate_question("a" * 2000) == "a" * 2000
    with pytest.raises(QuestionError):
        validate_question("a" * 2001)


def test_remove_unknown_report_is_one_line(index):
    line = one_line_error(run(index["data"], "remove", "no-such-report"), 2, "no-such-report", CIC, FROST)
    assert "reportqa docs" in line


def test_issue_example_question_is_answered(bundled_app):
    """The exchange issue 3 opens with, through the same assistant `reportqa ask` uses."""
    answer = bundled_app.assistant.ask("How big was the worldwide AI market in 2024?")
    assert not answer.abstained and answer.figure == "approximately USD 615.7 billion"  # the hedge as the report writes it
    assert answer.citations[0].doc_id == FROST and "615.7 billion" in answer.citations[0].quote


def test_eval_and_bench_help_list_their_own_options(tmp_path):
    """`reportqa eval --help` is what the command's help points to: it must list the suite's options."""
    ev = run(tmp_path, "eval", "--help")
    assert ev.returncode == 0 and "--tatqa" in ev.stdout and "--split" in ev.stdout, ev.stdout + ev.stderr
    be = run(tmp_path, "bench", "--help")
    assert be.returncode == 0 and "--backends" in be.stdout, be.stdout + be.stderr


def test_leave_now_only_ends_the_program_itself_with_no_other_thread(monkeypatch):
    """After an answered `ask`, the program skips the interpreter's teardown (exit handlers still
    run); a caller of main() (no console script as __main__) or a live thread keeps the normal exit.
    The subprocess tests above run the console script through pipes, so they check that every
    answer is flushed before it leaves."""
    import atexit
    import sys
    import threading
    import types

    from ui import cli

    calls = []
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: calls.append("handlers"))
    monkeypatch.setattr(os, "_exit", lambda code: calls.append(("exit", code)))
    program = types.ModuleType("__main__")
    program.__file__ = "/somewhere/.venv/bin/reportqa"
    monkeypatch.setitem(sys.modules, "__main__", program)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # the test process has threads of its own
    cli.leave_now()
    assert calls == ["handlers", ("exit", 0)]

    calls.clear()
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # e.g. a write still under way
    cli.leave_now()
    assert calls == []

    monkeypatch.setattr(threading, "active_count", lambda: 1)

    program.__file__ = "/somewhere/my_script.py"  # a program that calls main() and goes on
    cli.leave_now()
    assert calls == []

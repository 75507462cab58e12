"""One input rule for every front end (issue 11 section 4): question at most 2,000 characters,
mode hybrid | dense | bm25, k within 1..50, the same in the CLI, the web UI and the API; `ask -`
reads stdin in bounded pieces; file names are printed with their control characters escaped."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rq_reliability import GOLD, ROOT, cli_command, cli_env, run_cli

from ingest.errors import QuestionError, printable
from rag.validate import MAX_K, MAX_QUESTION_CHARS, validate_k, validate_mode, validate_question


# -- the rule, on the smallest inputs ------------------------------------------------------------
@pytest.mark.parametrize("mode, expected", [(None, None), ("", None), ("hybrid", "hybrid"), ("BM25", "bm25"),
                                            (" dense ", "dense")])
def test_modes_accepted(mode, expected):
    assert validate_mode(mode) == expected


@pytest.mark.parametrize("mode", ["bogus", "hybrid;drop", 3, ["bm25"]])
def test_other_modes_are_one_line_errors(mode):
    with pytest.raises(QuestionError, match="hybrid | dense | bm25") as caught:
        validate_mode(mode)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("k, expected", [(None, None), (1, 1), (50, 50), (5.0, 5), ("7", 7)])
def test_k_accepted(k, expected):
    assert validate_k(k) == expected


@pytest.mark.parametrize("k", [0, -1, 51, 100000, 10**12, 2.5, float("nan"), float("inf"), "x", True, "9" * 400])
def test_k_out_of_range_is_one_short_line(k):
    with pytest.raises(QuestionError, match=f"1 to {MAX_K}") as caught:
        validate_k(k)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 120


def test_question_limit_is_the_same_2000_characters():
    assert validate_question("a" * MAX_QUESTION_CHARS) == "a" * MAX_QUESTION_CHARS
    with pytest.raises(QuestionError, match="2,001 characters"):
        validate_question("a" * (MAX_QUESTION_CHARS + 1))


def test_a_question_naming_the_row_other_is_not_only_numbers():
    assert validate_question("What was Other in 2019?") == "What was Other in 2019?"
    with pytest.raises(QuestionError, match="only numbers"):
        validate_question("What was it in 2019?")


def test_printable_escapes_every_control_character():
    assert printable("memo\nfinal\t\r\x1b[2J\x07\x85.md") == "memo\\nfinal\\t\\r\\x1b[2J\\x07\\x85.md"
    assert printable("市场报告 doklad доклад.md") == "市场报告 doklad доклад.md"


# -- the assistant (under every front end) ---------------------------------------------------------
@pytest.mark.parametrize("kwargs", [{"mode": "bogus"}, {"k": 100000}, {"k": 10**12}, {"k": 0}])
def test_assistant_refuses_bad_mode_and_k_instead_of_abstaining(bundled_app, kwargs):
    with pytest.raises(QuestionError):
        bundled_app.assistant.ask(GOLD[0][0], **kwargs)
    with pytest.raises(QuestionError):
        list(bundled_app.assistant.stream(GOLD[0][0], **kwargs))


# -- the web UI ----------------------------------------------------------------------------------------
def test_web_question_box_does_not_cut_a_long_question_silently(bundled_app):
    """The textbox had max_length=2000: a 5,000-character paste was cut to 2,000 in the browser
    and answered; now the server's rule answers it with its one line."""
    from ui.web import WebUI

    ui = WebUI(bundled_app)
    demo = ui.build()
    box = next(c for c in demo.config["components"] if c.get("props", {}).get("elem_id") == "rq-question")
    assert box["props"].get("max_length") is None, box["props"].get("max_length")
    history = list(ui.respond(("How big was the global AI market in 2024? " * 120)[:5000], [], "hybrid", 5,
                              "extractive", None, {}))[-1][0]
    bubble = history[-1]["content"]
    assert "rq-error" in bubble and "5,000 characters" in bubble and "2,000" in bubble, bubble


@pytest.mark.parametrize("mode, k, needle", [("bogus", 5, "not a retrieval mode"), ("hybrid", 10**12, "out of range")])
def test_web_chat_refuses_bad_mode_and_k(bundled_app, mode, k, needle):
    from ui.web import WebUI

    history = list(WebUI(bundled_app).respond(GOLD[0][0], [], mode, k, "extractive", None, {}))[-1][0]
    assert "rq-error" in history[-1]["content"] and needle in history[-1]["content"]


# -- the CLI ----------------------------------------------------------------------------------------------
MEASURE = r"""
import os, resource, subprocess, sys
with open(sys.argv[1], "rb") as stdin:
    proc = subprocess.Popen(sys.argv[3:], stdin=stdin, stdout=open(sys.argv[2], "wb"), stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
sys.stderr.buffer.write(err)
print(usage.ru_maxrss / 1024)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def ask_batch_measured(data, stdin_path, out_path) -> tuple[int, float, str]:
    """(exit code, peak MB of the CLI process, stderr) of `reportqa ask --json -` reading stdin_path."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(stdin_path), str(out_path), *cli_command(),
                           "--data-dir", str(data), "ask", "--json", "-"], cwd=ROOT, env=cli_env(),
                          capture_output=True, text=True, timeout=900)
    return done.returncode, float(done.stdout.strip().splitlines()[-1]), done.stderr


def test_ask_stdin_reads_a_huge_line_in_bounded_pieces_and_never_echoes_it(bundled_app, tmp_path):
    import json

    data = bundled_app.settings.data_dir
    small, huge = tmp_path / "small.txt", tmp_path / "huge.txt"
    small.write_text(GOLD[0][0] + "\n")
    with huge.open("w") as f:
        f.write(GOLD[0][0] + "\n")
        for _ in range(200):  # one 200 MB line
            f.write("market " * 149796)
        f.write("\n" + GOLD[0][0] + "\n")
    code, base_mb, err = ask_batch_measured(data, small, tmp_path / "small.out")
    assert code == 0, err[-2000:]
    code, peak_mb, err = ask_batch_measured(data, huge, tmp_path / "huge.out")
    assert code == 0 and "Traceback" not in err, err[-2000:]
    out = (tmp_path / "huge.out").read_bytes()
    assert len(out) < 200_000, f"{len(out):,} bytes on stdout: the line was echoed back"
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert len(lines) == 3 and "615.7" in lines[0]["answer"] and "615.7" in lines[2]["answer"]
    assert lines[1] == {"line": 2, "error": "line 2 is over 32,000 characters: keep each question under 2,000"}
    assert peak_mb - base_mb < 60, f"peak {peak_mb:.0f} MB against {base_mb:.0f} MB for one short question"


def test_a_newline_in_a_file_name_never_splits_the_one_line_per_file_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = folder / "memo\nfinal \x1b[31mred.md"
    odd.write_text("# Memo\n\n## Size\n\nThe memo market reached USD 3.1 billion in 2024.\n")
    (folder / "plain.md").write_text("# Plain\n\n## Size\n\nThe plain market reached USD 4.2 billion in 2024.\n")
    done = run_cli(["ingest", str(odd), str(folder / "plain.md")], tmp_path / "data", timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 3, lines  # one per file, then the summary
    assert "memo\\nfinal \\x1b[31mred.md" in lines[0] and "\x1b" not in done.stderr, lines
    missing = run_cli(["ingest", str(folder / "gone\nfile.md")], tmp_path / "data", timeout=300)
    assert missing.returncode == 2 and missing.stderr.strip().splitlines() == [
        f"error: {folder}/gone\\nfile.md: no such file or folder"], missing.stderr


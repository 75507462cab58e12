"""`reportqa bench --json` smoke: the promised keys come out (figures are printed, not asserted)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import CIC, REPORTS
from ui.cli import app

KEYS = ("ingest_overhead", "answer_p50_ms", "answer_p95_ms", "raw_retrieval_p50_ms", "cold_start_s")


def run_bench(tmp_path, *args: str) -> dict:
    small = tmp_path / "reports"
    small.mkdir()
    (small / "sample.txt").write_text((REPORTS / f"{CIC}.txt").read_text(encoding="utf-8")[:6000], encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", "--json", "--quick", "--reports", str(small), *args])
    assert result.exit_code == 0, result.output
    line = next(l for l in reversed(result.stdout.splitlines()) if l.startswith("{"))
    return json.loads(line)


def test_bench_json_has_the_headline_figures(tmp_path):
    data = run_bench(tmp_path)
    assert all(key in data for key in KEYS), sorted(data)
    assert data["ingest_overhead"] > 0 and data["answer_p50_ms"] > 0 and data["raw_retrieval_p50_ms"] > 0
    assert data["ingest"]["chunks"] > 0 and "embed" in data["answer"]["breakdown_p50_ms"]
    stages = data["ingest"]["stages_ms"]  # IngestReport.timings_ms, measured by the pipeline
    assert set(stages) == {"load", "chunk", "embed", "store", "index", "total"}, stages
    assert stages["embed"] > 0 and sum(v for k, v in stages.items() if k != "total") <= stages["total"] * 1.01
    assert data["backend"] == "onnx" and list(data["backends"]) == ["onnx"]  # --quick: the configured backend only
    assert "scale" not in data


@pytest.mark.slow
def test_bench_scale_adds_the_synthetic_corpus_figures(tmp_path):
    data = run_bench(tmp_path, "--scale", "400")
    summary = data["scale"]["400"]["summary"]
    assert summary["chunks"] == 400
    for key in ("chroma_add_per_s", "chroma_query_p50_ms", "bm25_build_s", "bm25_query_p50_ms", "answer_p50_ms",
                "rss_mib", "incremental_ingest_s", "incremental_index_s"):
        assert summary[key] > 0, key
    assert data["scale"]["400"]["incremental"]["chunks_after"] > 400


@pytest.mark.slow
def test_bench_web_case_times_the_first_answer_of_a_fresh_serve(bundled_app):
    """The web case starts `reportqa serve` on a free port, waits for it (it warms up first) and
    times the first /ask after the page loads; printed, never asserted against the target."""
    from eval.bench.cases import bench_web_first_answer

    web = bench_web_first_answer(bundled_app.settings.data_dir, "How big was the AI market in 2024?", "onnx")
    assert web["serve_up_s"] > 0 and web["page_load_s"] > 0 and web["first_answer_s"] > 0


def test_serve_warm_up_answers_once_and_never_fails_the_start(bundled_app):
    from ui.web.server import warm_answer_path

    assert warm_answer_path(bundled_app) > 0

    class Broken:
        class library:
            @staticmethod
            def docs():
                raise OSError("disk gone")

    assert warm_answer_path(Broken()) >= 0  # logged, not raised: the page reports library problems


def test_the_report_prints_the_web_figures_and_their_target():
    from eval.bench.report import check_targets

    backend = {"answer": {"answer_over_raw": 1.2}, "web": {"serve_up_s": 3.0, "page_load_s": 0.1, "first_answer_s": 0.2}}
    rows = check_targets({"backends": {"onnx": backend}})
    assert rows["onnx.web_first_answer_s"]["met"] and rows["onnx.web_first_answer_s"]["limit"] == 1.0

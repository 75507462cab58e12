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

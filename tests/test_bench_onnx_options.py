"""eval/bench/onnx_options.py: each variant changes only what it names in the question's session,
and a run reports every variant with its vectors compared to the shipped session's (no timing asserted)."""

from __future__ import annotations

import onnxruntime as ort

from eval.bench import onnx_options as oo


def test_a_variant_changes_only_what_it_names():
    shipped = oo.session_options(oo.VARIANTS["shipped"], 2)
    assert shipped.intra_op_num_threads == 2
    assert shipped.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert shipped.graph_optimization_level == ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    assert shipped.execution_mode == ort.ExecutionMode.ORT_SEQUENTIAL
    assert oo.session_options(oo.VARIANTS["threads1"], 2).intra_op_num_threads == 1
    spin = oo.session_options(oo.VARIANTS["spin10us"], 2)
    assert spin.get_session_config_entry("session.intra_op.allow_spinning") == "1"
    assert spin.get_session_config_entry("session.intra_op.spin_duration_us") == "10"
    assert spin.intra_op_num_threads == 2
    assert oo.session_options(oo.VARIANTS["all"], 2).graph_optimization_level == ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    assert oo.session_options(oo.VARIANTS["parallel"], 2).execution_mode == ort.ExecutionMode.ORT_PARALLEL


def test_spinning_variants_are_left_out_of_the_default_set():
    assert oo.DEFAULT[0] == "shipped"
    assert "spin" in oo.VARIANTS and not any(n.startswith("spin") for n in oo.DEFAULT)


def test_a_run_reports_every_variant_and_compares_its_vectors(embedder):
    names = ["shipped", "threads1", "all", "iobinding"]
    got = oo.compare(embedder.backend, names, ["What was the total revenue in 2023?", "Who leads?"], passes=1)
    assert list(got) == names
    assert got["shipped"]["wall_ratio"] == got["shipped"]["cpu_ratio"] == 1.0
    # one thread, the load-time fusions and a bound output give the shipped token vectors bit for bit
    assert all(v["bitwise_same"] for v in got.values())
    assert all(v["wall_p50_ms"] > 0 and v["cpu_p50_ms"] >= 0 for v in got.values())

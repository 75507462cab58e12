"""Benchmarks (`reportqa bench`): cases.py (ingest, answers, cold start, the naive LangChain
baseline), scale.py (stores and answers at size), synthetic.py (its synthetic corpus), report.py
(targets, text, chart), cli.py (the run)."""

from .cli import run_bench_cli
from .common import load_questions
from .servers import chroma_server

__all__ = ["chroma_server", "load_questions", "run_bench_cli"]

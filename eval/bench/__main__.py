"""`python -m eval.bench ...` runs `reportqa bench ...`."""

from ingest.settings import Settings

from .cli import run_bench_cli

if __name__ == "__main__":
    import sys

    raise SystemExit(run_bench_cli(Settings(), sys.argv[1:]))

"""A real `chroma run` on loopback for the server-mode figures (and the server-mode tests)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from eval.servers import answers, free_port, stop, wait_until_up


def chroma_executable() -> str:
    local = Path(sys.executable).parent / "chroma"
    found = str(local) if local.exists() else shutil.which("chroma")
    if not found:
        raise RuntimeError("the `chroma` command (from the chromadb package) is not installed")
    return found


@contextlib.contextmanager
def chroma_server(path: Path, port: int | None = None, timeout: float = 60.0) -> Iterator[tuple[str, int, subprocess.Popen]]:
    """A real `chroma run --path PATH` on loopback; yields (host, port, process) once its
    heartbeat answers, and stops that process (by its id) on exit."""
    port = port or free_port()
    path.mkdir(parents=True, exist_ok=True)
    log_path = path.parent / f"chroma-{port}.log"
    log = log_path.open("wb")
    proc = subprocess.Popen([chroma_executable(), "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_until_up(lambda: answers(f"http://127.0.0.1:{port}/api/v2/heartbeat"), proc, timeout, interval=0.1,
                      what=f"chroma run on port {port}", log=log_path)
        yield "127.0.0.1", port, proc
    finally:
        stop(proc)
        log.close()

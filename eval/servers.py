"""Servers started as child processes (the benchmark's `chroma run`, the tests' `reportqa serve`):
a free loopback port, waiting until one answers, and stopping one by its process id."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


class NotUp(RuntimeError):
    """A server's process ended, or the server did not answer in time."""


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_open(port: int) -> bool:
    """Something accepts connections on 127.0.0.1:`port`."""
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def answers(url: str, timeout: float = 1.0) -> bool:
    """A GET of `url` returns 200."""
    import httpx

    try:
        return httpx.get(url, timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def wait_until_up(ready: Callable[[], bool], proc: subprocess.Popen | None, timeout: float, interval: float,
                  what: str, log: Path | None = None, error: type[Exception] = NotUp) -> None:
    """Poll `ready()` every `interval` s until it is true; raise `error` (with the end of the
    process's `log`, when given) if `proc` exits first or `timeout` s pass."""
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise error(f"{what} exited with {proc.returncode} before it answered" + _tail(log))
        if ready():
            return
        if time.monotonic() > deadline:
            raise error(f"{what} did not answer within {timeout:.0f} s" + _tail(log))
        time.sleep(interval)


def _tail(log: Path | None, chars: int = 2000) -> str:
    if log is None:
        return ""
    try:
        return f"; the end of {log}:\n" + log.read_text(encoding="utf-8", errors="replace")[-chars:]
    except OSError:
        return f"; see {log}"


def stop(proc: subprocess.Popen, timeout: float = 15.0) -> None:
    """End a process this program started, by its pid: terminate, then kill it if it has not
    ended within `timeout` s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)

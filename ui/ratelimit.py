"""Failed logins slowed down per client address and per user name: after a few failures each
attempt waits twice as long as the last, then a lock-out window; while limited every attempt,
the right password too, is answered 429. The clock is injectable, so tests need no waiting."""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Policy:
    """Free failures, then back-off base * 2**(n - free) seconds, and a lock-out after `lockout_after`."""

    free_failures: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0
    lockout_after: int = 10
    lockout_seconds: float = 300.0
    max_keys: int = 10_000


@dataclass
class _Record:
    failures: int = 0
    blocked_until: float = 0.0
    last: float = 0.0


class LoginLimiter:
    """Counts failed logins per key ('ip:…', 'user:…'); `attempt` says how long a new one must wait."""

    def __init__(self, policy: Policy | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.policy = policy or Policy()
        self.clock = clock
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    @staticmethod
    def keys(ip: str, user: str) -> tuple[str, str]:
        return f"ip:{ip}", f"user:{user}"

    def wait(self, ip: str, user: str) -> float:
        """Seconds until an attempt from `ip` for `user` is allowed (0: now)."""
        now = self.clock()
        with self._lock:
            records = [self._records.get(key) for key in self.keys(ip, user)]
        return max([r.blocked_until - now for r in records if r is not None] + [0.0])

    def attempt(self, ip: str, user: str) -> float:
        """0 and the attempt counted as a failure until `succeeded` says otherwise (so parallel
        attempts cannot slip past the count), or the seconds to wait (the attempt refused)."""
        waiting = self.wait(ip, user)
        if waiting > 0:
            return waiting
        now = self.clock()
        with self._lock:
            for key in self.keys(ip, user):
                record = self._records.setdefault(key, _Record())
                record.failures += 1
                record.last = now
                record.blocked_until = now + self._delay(record.failures)
            self._prune(now)
        return 0.0

    def succeeded(self, ip: str, user: str) -> None:
        """The right password: forget the failures of this address and this user."""
        with self._lock:
            for key in self.keys(ip, user):
                self._records.pop(key, None)

    def _delay(self, failures: int) -> float:
        p = self.policy
        if failures >= p.lockout_after:
            return p.lockout_seconds
        if failures < p.free_failures:
            return 0.0
        return min(p.max_delay, p.base_delay * 2 ** (failures - p.free_failures))

    def _prune(self, now: float) -> None:
        """Bounded memory: forget records idle for a lock-out window, then the oldest."""
        if len(self._records) <= self.policy.max_keys:
            return
        idle = now - self.policy.lockout_seconds
        for key in [k for k, r in self._records.items() if r.last < idle and r.blocked_until <= now]:
            del self._records[key]
        while len(self._records) > self.policy.max_keys:
            del self._records[min(self._records, key=lambda k: self._records[k].last)]


_MAX_FORM = 64 * 1024


class LoginThrottle:
    """ASGI middleware in front of Gradio's POST /login: asks the limiter first (429 with
    Retry-After while limited), then counts the answer (200 success, anything else a failure)."""

    def __init__(self, app: Any, limiter: LoginLimiter | None = None) -> None:
        self.app = app
        self.limiter = limiter or LoginLimiter()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        path = path[len(root):] if root and path.startswith(root) else path
        if scope["type"] != "http" or scope.get("method") != "POST" or path.rstrip("/") != "/login":
            return await self.app(scope, receive, send)
        body = await _read_body(receive)
        if body is None:
            return await _reply(send, 413, "the login form is too large")
        user = await _form_user(scope, body)
        ip = (scope.get("client") or ("unknown",))[0]
        waiting = self.limiter.attempt(ip, user)
        if waiting > 0:
            log.warning("login refused for %r from %s: too many failures (%.0f s left)", user, ip, waiting)
            return await _reply(send, 429, f"too many failed logins: try again in {math.ceil(waiting)} s",
                                retry_after=math.ceil(waiting))
        status: list[int] = []

        async def watch(message: dict) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, _replay(body), watch)
        if status and status[0] == 200:
            self.limiter.succeeded(ip, user)


async def _read_body(receive: Any) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > _MAX_FORM:
            return None
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Callable:
    sent = False

    async def receive() -> dict:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return receive


async def _form_user(scope: dict, body: bytes) -> str:
    from starlette.requests import Request

    try:
        form = await Request(scope, _replay(body)).form()
        return str(form.get("username") or "").strip()[:256]
    except Exception:  # an unreadable form: keyed by address only
        return ""


async def _reply(send: Any, status: int, detail: str, retry_after: int | None = None) -> None:
    data = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})

"""A scripted local LLM server for tests (stdlib only): OpenAI-compatible POST /v1/chat/completions
(plain and SSE streaming) and Ollama's POST /api/chat (NDJSON), bound to 127.0.0.1 on a free port.

It replies from a list of scripted answers (the last one repeats), records every request it
receives, and can be told to answer with an HTTP error status or to stall."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.body.get("messages", [])

    def text(self) -> str:
        """All message contents joined, for substring assertions."""
        return "\n".join(str(m.get("content", "")) for m in self.messages)


@dataclass
class ScriptedLLMServer:
    """Use as a context manager: `with ScriptedLLMServer(["USD 615.7 billion [1]"]) as server:`."""

    replies: list[str]
    status: int = 200
    delay: float = 0.0
    raw: bytes | None = None  # answer these bytes (e.g. bad JSON) instead of a completion
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        """The OpenAI-style base URL (…/v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def ollama_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def next_reply(self, request: Received) -> str:
        with self._lock:
            self.received.append(request)
            index = min(len(self.received), len(self.replies)) - 1
            return self.replies[index]

    def __enter__(self) -> "ScriptedLLMServer":
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


def closed_port_url() -> str:
    """An OpenAI-style base URL on a loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def pieces(text: str) -> list[str]:
    """The reply split into word-sized deltas, spaces kept, so joining them gives `text` back."""
    out: list[str] = []
    for i, word in enumerate(text.split(" ")):
        out.append(word if i == 0 else " " + word)
    return [p for p in out if p]


class _Handler(BaseHTTPRequestHandler):
    owner: ScriptedLLMServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        request = Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        server = self.owner
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/api/chat"):
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        reply = server.next_reply(request)
        if server.delay:
            time.sleep(server.delay)
        try:
            if server.raw is not None:
                self._raw(body)
            elif server.status != 200:
                self._json(server.status, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error",
                                                     "code": "invalid_api_key"}})
            elif self.path.startswith("/api/"):
                self._ollama(body, reply)
            elif body.get("stream"):
                self._openai_stream(body, reply)
            else:
                self._json(200, _completion(body, reply))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout tests)

    def _raw(self, body: dict[str, Any]) -> None:
        """The owner's raw bytes as the body: plain, or as every SSE event when streaming."""
        raw = self.owner.raw or b""
        self.send_response(200)
        if body.get("stream"):
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            self.wfile.write(b"data: " + raw + b"\n\ndata: [DONE]\n\n")
        else:
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
        self.wfile.flush()

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _openai_stream(self, body: dict[str, Any], reply: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        chunks = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces(reply)]
        for delta in chunks:
            self._sse(_chunk(body, delta, None))
        self._sse(_chunk(body, {}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _sse(self, payload: dict[str, Any]) -> None:
        self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
        self.wfile.flush()

    def _ollama(self, body: dict[str, Any], reply: str) -> None:
        model = body.get("model", "test-model")
        lines = [{"model": model, "created_at": "2025-01-01T00:00:00Z", "message": {"role": "assistant", "content": p},
                  "done": False} for p in pieces(reply)]
        lines.append({"model": model, "created_at": "2025-01-01T00:00:00Z", "message": {"role": "assistant", "content": ""},
                      "done": True, "done_reason": "stop", "prompt_eval_count": 1, "eval_count": len(lines)})
        if not body.get("stream", True):
            lines = [{**lines[-1], "message": {"role": "assistant", "content": reply}}]
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.end_headers()
        for line in lines:
            self.wfile.write(json.dumps(line).encode() + b"\n")
            self.wfile.flush()


def _completion(body: dict[str, Any], reply: str) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "test-model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": body.get("model", "test-model"),
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

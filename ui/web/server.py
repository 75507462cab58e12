"""`reportqa serve`: warm the models up once, build the page, and serve it.

Queue on, loopback unless told otherwise, an optional login; never a public share link.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from ingest.settings import Settings, use_offline_env

from ..ratelimit import LoginThrottle
from .auth import LoginRequired, parse_auth
from .callbacks import WebUI
from .layout import asset, theme

CONCURRENCY = 2          # two cores: two answers at a time; ingest and evaluation one at a time
WARM_QUESTION = "What was the market size in 2024?"  # any question: it only has to run the answer path

log = logging.getLogger(__name__)


def build_ui(app: Any) -> gr.Blocks:
    """The Blocks for an already built (and warmed up) App."""
    return WebUI(app).build()



def warm_answer_path(app: Any) -> float:
    """Answer one throwaway question before the page is served, so the first real question does
    not pay for the first-use work: the local index snapshot, Chroma's vector index read into
    memory, ONNX Runtime's first run, BM25 and the answerer's lazily parsed figures. Seconds taken;
    an empty or broken library is logged, never fatal (the page says what is wrong)."""
    t = time.perf_counter()
    try:
        if app.library.docs():
            app.assistant.ask(WARM_QUESTION)
    except Exception as exc:  # noqa: BLE001 - the UI reports library problems itself
        log.warning("warm-up question failed (%s): the first answer will be slower", exc)
    return time.perf_counter() - t


def warm_http(host: str, port: int, auth: tuple[str, str] | None, timeout: float = 60.0) -> float:
    """The page, its config and one cheap API call (`/docs`) on the server just started, before
    its address is printed:
    Gradio's first event pays for its queue and event machinery (about 0.6 s for a trivial app,
    2 s for this one on a loaded machine), and otherwise the first visitor's first answer would.
    Seconds taken; a failure is logged, never fatal."""
    import httpx

    local = "127.0.0.1" if host in ("", "0.0.0.0", "::", "localhost") else host
    t = time.perf_counter()
    try:
        with httpx.Client(base_url=f"http://{'[' + local + ']' if ':' in local else local}:{port}", timeout=timeout) as client:
            client.get("/").raise_for_status()  # the page (the login page when a login is required)
            if auth:
                client.post("/login", data={"username": auth[0], "password": auth[1]}).raise_for_status()
            client.get("/config").raise_for_status()  # what the page loads next
            event = client.post("/gradio_api/call/docs", json={"data": []})
            event.raise_for_status()
            client.get(f"/gradio_api/call/docs/{event.json()['event_id']}").raise_for_status()
    except Exception as exc:  # noqa: BLE001 - only a warm-up
        log.warning("web warm-up call failed (%s): the first answer will be slower", exc)
    return time.perf_counter() - t


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Warm up once and serve the UI: queue on, loopback by default, optional login, never shared."""
    use_offline_env()
    from rag.factory import build_app

    auth = parse_auth(settings)
    app = build_app(settings).warm_up()
    warmed = warm_answer_path(app)
    demo = build_ui(app)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    demo.launch(
        server_name=host, server_port=port, share=False, auth=auth,
        auth_message="Sign in to ReportQA." if auth else None,
        max_file_size=int(settings.max_upload_mb * 2**20), show_error=False, ssr_mode=False, mcp_server=False,
        footer_links=["api"], theme=theme(), css=asset("web.css"), js=asset("page.js"),
        allowed_paths=[str(settings.uploads_dir), str(settings.reports_dir)], quiet=True, inbrowser=False,
        app_kwargs={"middleware": [Middleware(LoginThrottle), Middleware(LoginRequired)]} if auth else None,
        prevent_thread_lock=True,
    )
    warmed += warm_http(host, port, auth)
    log.info("warmed the answer path and the web server in %.2f s", warmed)
    print(f"ReportQA web UI on http://{host}:{port}" + (" (login required)" if auth else ""), flush=True)
    demo.block_thread()

"""`reportqa serve`: warm the models up once, build the page, and serve it.

Queue on, loopback unless told otherwise, an optional login; never a public share link.
"""

from __future__ import annotations

from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from ingest.settings import Settings, use_offline_env

from ..ratelimit import LoginThrottle
from .auth import LoginRequired, parse_auth
from .callbacks import WebUI
from .layout import asset, theme

CONCURRENCY = 2          # two cores: two answers at a time; ingest and evaluation one at a time


def build_ui(app: Any) -> gr.Blocks:
    """The Blocks for an already built (and warmed up) App."""
    return WebUI(app).build()



def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Warm up once and serve the UI: queue on, loopback by default, optional login, never shared."""
    use_offline_env()
    from rag.factory import build_app

    auth = parse_auth(settings)
    app = build_app(settings).warm_up()
    demo = build_ui(app)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    print(f"ReportQA web UI on http://{host}:{port}" + (" (login required)" if auth else ""), flush=True)
    demo.launch(
        server_name=host, server_port=port, share=False, auth=auth,
        auth_message="Sign in to ReportQA." if auth else None,
        max_file_size=int(settings.max_upload_mb * 2**20), show_error=False, ssr_mode=False, mcp_server=False,
        footer_links=["api"], theme=theme(), css=asset("web.css"), js=asset("page.js"),
        allowed_paths=[str(settings.uploads_dir), str(settings.reports_dir)], quiet=True, inbrowser=False,
        app_kwargs={"middleware": [Middleware(LoginThrottle), Middleware(LoginRequired)]} if auth else None,
    )

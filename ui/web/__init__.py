"""The web UI (Gradio Blocks): Chat, Library, Evaluation, Settings.

auth: the optional login; callbacks: WebUI's methods; layout: the page; server: `reportqa serve`;
static/: the page's CSS and JavaScript.
"""

from .auth import LoginRequired, app_routes, parse_auth
from .callbacks import WebUI
from .server import build_ui, serve

__all__ = ["LoginRequired", "WebUI", "app_routes", "build_ui", "parse_auth", "serve"]

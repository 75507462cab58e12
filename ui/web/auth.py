"""The optional login: REPORTQA_AUTH parsed, and middleware that puts every route behind it.

With a login, every route but the login page's own needs it (`LoginRequired`).
"""

from __future__ import annotations

from typing import Any

import fastapi.routing
from fastapi.exception_handlers import http_exception_handler
from gradio.route_utils import API_PREFIX
from starlette.routing import compile_path

from ingest.errors import SettingsError
from ingest.settings import Settings


def parse_auth(settings: Settings) -> tuple[str, str] | None:
    """('user', 'password') from REPORTQA_AUTH=user:password; None when unset."""
    if settings.auth is None:
        return None
    raw = settings.auth.get_secret_value()
    user, sep, password = raw.partition(":")
    if not raw.strip():
        return None
    if not sep or not user.strip() or not password:
        raise SettingsError("REPORTQA_AUTH must be 'user:password' (both parts non-empty)")
    return user.strip(), password


# What answers before the login: the login page, what it loads, and the call launch() itself makes
# (without a cookie) once the server is up.
PUBLIC_ROUTES = ("/", "/login", "/login/", "/logout", "/theme.css", f"{API_PREFIX}/theme.css", "/static/{path:path}",
                 "/assets/{path:path}", "/favicon.ico", "/robots.txt", "/manifest.json", "/pwa_icon",
                 "/pwa_icon/{size}", f"{API_PREFIX}/startup-events")


def app_routes(app: fastapi.FastAPI) -> list:
    """Every route of `app`, with the routes of included routers (which newer FastAPI nests) flattened."""
    flatten = getattr(fastapi.routing, "iter_route_contexts", None)
    return list(flatten(app.routes)) if flatten else list(app.routes)


class LoginRequired:
    """ASGI middleware: every route but PUBLIC_ROUTES needs the login, checked by Gradio's own
    `login_check` on its session cookie. Gradio leaves some routes without that check
    (/gradio_api/reset, /gradio_api/cancel, /gradio_api/stream/...); here none is left out, and
    neither is a route a newer Gradio adds."""

    public = [compile_path(route)[0] for route in PUBLIC_ROUTES]

    def __init__(self, app: Any) -> None:
        self.app = app
        self._check: Any = None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        path = path[len(root):] if root and path.startswith(root) else path
        if scope["type"] != "http" or any(p.fullmatch(path) for p in self.public):
            return await self.app(scope, receive, send)
        request = fastapi.Request(scope, receive)
        try:
            await self.login_check(scope["app"])(request)
        except fastapi.HTTPException as exc:  # Gradio's 401, answered as its own routes answer it
            return await (await http_exception_handler(request, exc))(scope, receive, send)
        await self.app(scope, receive, send)

    def login_check(self, gradio_app: fastapi.FastAPI) -> Any:
        """Gradio's `get_current_user` then `login_check` (the dependencies of its guarded routes)."""
        if self._check is None:
            endpoints = {route.path: route.endpoint for route in app_routes(gradio_app)}
            current_user, check = endpoints[f"{API_PREFIX}/user"], endpoints[f"{API_PREFIX}/login_check"]

            async def run(request: fastapi.Request) -> None:
                check(await current_user(request))

            self._check = run
        return self._check

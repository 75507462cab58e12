"""Access (issue 7): `reportqa serve` binds loopback unless told otherwise; with REPORTQA_AUTH every
route but the login page's own needs the login (checked route by route, over the app's own route
list); uploads never overwrite another user's file; secrets (the LLM API key,
the login password) never appear in the output or logs of ingest, ask, docs and serve."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rq_reliability import (API_KEY, AUTH_PASSWORD, AUTH_USER, FROST, GOLD, cli_env, clone_data_dir, free_port,
                            run_cli, secret_env, synthetic_report)

from ingest.settings import Settings

USER, PASSWORD = AUTH_USER, AUTH_PASSWORD
SECRETS = (API_KEY, PASSWORD)


def assert_no_secret(text: str, where: str) -> None:
    """Neither secret, nor a recognisable part of one (a masked 'sk-test-SEC...' counts)."""
    for part in SECRETS + ("SECRET", "7f3a"):
        assert part not in text, f"{where} shows a secret ({part!r})"


@pytest.fixture
def server(auth_server):
    """The session's `reportqa serve` with a login and an API key (tests/conftest.py)."""
    return auth_server


# -- binding ----------------------------------------------------------------------------------------
def listening_addresses(port: int) -> set[str]:
    """Local addresses in LISTEN state on `port`, from /proc/net/tcp and tcp6."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            addr, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":
                found.add(_ip(addr))
    return found


def _ip(hex_addr: str) -> str:
    raw = bytes.fromhex(hex_addr)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def other_addresses() -> list[str]:
    """This machine's non-loopback IPv4 addresses."""
    out = set()
    for line in Path("/proc/net/fib_trie").read_text().splitlines() if Path("/proc/net/fib_trie").exists() else []:
        m = re.search(r"\|-- (\d+\.\d+\.\d+\.\d+)", line)
        if m and not m.group(1).startswith(("127.", "0.", "255.")) and not m.group(1).endswith((".0", ".255")):
            out.add(m.group(1))
    return sorted(out)


@pytest.mark.slow
def test_server_binds_loopback_only_by_default(server):
    addresses = listening_addresses(server["port"])
    print(f"\nlistening on {addresses}; other addresses of this machine: {other_addresses()}")
    assert addresses == {"127.0.0.1"}, addresses
    for ip in other_addresses():
        with socket.socket() as s:
            s.settimeout(2)
            assert s.connect_ex((ip, server["port"])) != 0, f"reachable on {ip}"


# -- login ------------------------------------------------------------------------------------------
# Routes that answer before the login: the login page, what it loads, and the call Gradio's launch()
# makes without a cookie. They must not carry report content or secrets, which the test checks.
PUBLIC = {"/", "/login", "/login/", "/logout", "/favicon.ico", "/theme.css", "/gradio_api/theme.css", "/robots.txt",
          "/manifest.json", "/pwa_icon", "/pwa_icon/{size}", "/static/{path}", "/assets/{path}",
          "/gradio_api/startup-events"}
FILL = {"api_name": "ask", "path": "index.js", "path_or_url": "/etc/passwd", "session_hash": "s1", "event_id": "e1",
        "url_path": "http://127.0.0.1:9/", "size": "192", "key": "k", "endpoint": "ask", "record_id": "1",
        "asset_id": "1", "id": "1", "environment": "prod", "type": "js", "file_name": "index.js", "run": "1",
        "component_id": "1", "segment_id": "1", "ext": "ts"}
QUESTION = GOLD[0][0]
BODY = {"data": [QUESTION, "", 0], "fn_index": 0, "session_hash": "s1", "event_id": "e1", "prompt": "x", "hash": "x",
        "code": "x", "url": "http://127.0.0.1:9/", "username": USER, "password": "wrong"}


def gradio_routes() -> list[tuple[str, str]]:
    """(method, path) of every route of the app Gradio mounts, from the app's own route list (not
    the OpenAPI schema, which leaves routes out), path parameters written as in OpenAPI."""
    if importlib.util.find_spec("gradio") is None:
        return []
    import gradio as gr
    from gradio.routes import App

    from ui.web import app_routes

    app = App.create_app(gr.Blocks(), mcp_server=False)
    return sorted({(method, re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path))
                   for route in app_routes(app) for method in (route.methods or {"GET"})})


ROUTES = gradio_routes()


def request(url: str, method: str, path: str, client: httpx.Client | None = None) -> tuple[int, str]:
    """One request to `path` (parameters filled in; a well-formed body, so a route cannot refuse for
    a missing field before it checks the login); a stream is read up to 200 kB."""
    target = re.sub(r"\{(\w+)\}", lambda m: FILL[m.group(1)], path)
    kw = {"json": BODY} if method == "POST" else {}
    try:
        with (client or httpx).stream(method, url + target, timeout=5, **kw) as r:
            body = b""
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > 200_000:
                    break
            return r.status_code, body.decode("utf-8", "replace")
    except httpx.ReadTimeout:  # a stream that stays open (heartbeat) and has sent nothing
        return 0, ""


@contextlib.contextmanager
def logged_in(url: str) -> Iterator[httpx.Client]:
    """A client holding Gradio's session cookie, from the login form."""
    with httpx.Client(base_url=url, timeout=10) as client:
        assert client.post("/login", data={"username": USER, "password": PASSWORD}).status_code == 200
        yield client


@pytest.mark.slow
def test_the_route_list_is_the_servers_and_the_page_is_the_login_shell(server):
    url = server["url"]
    paths = {path for _, path in ROUTES}
    assert len(ROUTES) > 30 and {("POST", "/gradio_api/call/{api_name}"), ("POST", "/gradio_api/reset"),
                                 ("POST", "/gradio_api/cancel")} <= set(ROUTES)
    with logged_in(url) as session:  # the server's own schema, with the login: none of its routes is missed
        schema = session.get("/openapi.json")
        assert schema.status_code == 200
        assert set(schema.json()["paths"]) <= paths, set(schema.json()["paths"]) - paths
    assert PUBLIC <= paths, PUBLIC - paths
    page = httpx.get(url + "/", timeout=10).text
    assert "rq-question" not in page and "api_ask" not in page  # the login shell, not the app
    assert httpx.post(url + "/login", data={"username": USER, "password": "wrong"}, timeout=10).status_code in (400, 401)


@pytest.mark.slow
@pytest.mark.parametrize("method, path", ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
def test_every_route_needs_the_login(server, method, path):
    """Each route the app has, without the login: the login page's own show nothing of the
    reports, and every other one is refused (401) before it acts, Gradio's /gradio_api/reset,
    /gradio_api/cancel and /gradio_api/stream/... included (ui/web.py's LoginRequired)."""
    status, body = request(server["url"], method, path)
    assert "615.7" not in body and "Frost" not in body, f"{method} {path} shows report content"
    assert_no_secret(body, f"{method} {path}")
    if path not in PUBLIC:
        assert status == 401, (method, path, status, body[:80])


@pytest.mark.slow
@pytest.mark.parametrize("method, path, expected", [("POST", "/gradio_api/reset", {"success": True}),
                                                    ("POST", "/gradio_api/reset/", {"success": True}),
                                                    ("POST", "/gradio_api/cancel", {"success": True}),
                                                    ("GET", "/gradio_api/user", USER),
                                                    ("GET", "/gradio_api/app_id", None)])
def test_routes_gradio_leaves_open_work_with_the_login(server, method, path, expected):
    """The routes Gradio itself does not guard still answer a logged-in client (the same session
    cookie Gradio checks)."""
    with logged_in(server["url"]) as session:
        status, body = request("", method, path, session)
    assert status == 200, (path, status, body[:80])
    assert expected is None or json.loads(body) == expected, body[:80]


@pytest.mark.slow
def test_the_api_needs_the_login_and_works_with_it(server):
    from gradio_client import Client

    url = server["url"]
    call = httpx.post(url + "/gradio_api/call/ask", json={"data": [QUESTION, "", 0]}, timeout=10)
    assert call.status_code == 401
    with pytest.raises(Exception):
        Client(url + "/", verbose=False).predict(QUESTION, "", 0, api_name="/ask")
    with pytest.raises(Exception):
        Client(url + "/", auth=(USER, "wrong"), verbose=False)
    answer = Client(url + "/", auth=(USER, PASSWORD), verbose=False).predict(QUESTION, "", 0, api_name="/ask")
    assert "615.7" in answer["answer"] and answer["citations"][0]["doc_id"] == FROST
    with httpx.Client(base_url=url, timeout=10) as session:
        assert session.post("/login", data={"username": USER, "password": PASSWORD}).status_code == 200
        assert session.get("/config").status_code == 200
        assert "/ask" in session.get("/gradio_api/info").json()["named_endpoints"]


# -- uploads ----------------------------------------------------------------------------------------
def test_uploads_with_the_same_name_never_overwrite_each_other(tmp_path):
    from ui.uploads import store_upload

    uploads = tmp_path / "data" / "uploads"
    stored = []
    for user in ("alice", "bob", "carol"):
        src = tmp_path / user / "Q3 report.txt"  # the browser sends only the name: all three collide
        src.parent.mkdir()
        src.write_text(f"{user}'s figures: the {user} market reached USD 1.{len(user)} billion in 2024.", encoding="utf-8")
        path, reused = store_upload(src, src.name, uploads, 50)
        assert not reused
        stored.append((user, path))
    assert len({p for _, p in stored}) == 3
    for user, path in stored:
        assert path.parent == uploads.resolve() and user in path.read_text(encoding="utf-8")
    again, reused = store_upload(tmp_path / "alice" / "Q3 report.txt", "Q3 report.txt", uploads, 50)
    assert reused and again == stored[0][1]  # the same bytes again: the stored file is reused, not copied


@pytest.mark.slow
def test_a_second_upload_under_the_same_name_never_replaces_the_first_silently(tmp_path, bundled_app, embedder):
    """Through the web UI's own upload callback (issue 11: a report is its upload name): bob's
    robotics.md after alice's is not ingested but asked about; alice's report still answers; only
    an explicit 'update' replaces it, and a renamed file is a report of its own."""
    web = pytest.importorskip("ui.web")
    from rag.factory import build_app

    data = clone_data_dir(bundled_app.settings.data_dir, tmp_path / "data")
    app = build_app(Settings(data_dir=data), embedder=embedder).warm_up()
    ui = web.WebUI(app)
    quiet = {"progress": lambda *a, **k: None}
    srcs = {}
    for user, size in (("alice", 41.7), ("bob", 18.3)):
        srcs[user] = tmp_path / user / "robotics.md"
        srcs[user].parent.mkdir()
        srcs[user].write_text(synthetic_report(user, size, 5.0, sections=2), encoding="utf-8")
    ui.add_files([str(srcs["alice"])], **quiet)
    summary = ui.add_files([str(srcs["bob"])], **quiet)[0]
    assert "already uploaded under this name" in summary and "nothing was changed" in summary, summary
    assert [d.doc_id for d in app.library.docs()].count("robotics") == 1
    assert "41.7 billion" in app.assistant.ask("What was the global alice robotics market size in 2024?").answer
    renamed = tmp_path / "bob" / "robotics-bob.md"
    renamed.write_bytes(srcs["bob"].read_bytes())
    ui.add_files([str(renamed)], **quiet)
    for user, size in (("alice", 41.7), ("bob", 18.3)):
        answer = app.assistant.ask(f"What was the global {user} robotics market size in 2024?")
        assert f"{size} billion" in answer.answer, answer.answer
    ui.add_files([str(srcs["bob"])], True, **quiet)  # ticked: update the report uploaded as robotics.md
    record = next(d for d in app.library.docs() if d.doc_id == "robotics")
    assert record.content_hash == hashlib.sha256(srcs["bob"].read_bytes()).hexdigest()[:16]


# -- secrets ------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_no_secrets_in_output_or_logs(server, tmp_path):
    report = tmp_path / "corpus" / "secret-check.md"
    report.parent.mkdir()
    report.write_text(synthetic_report("gamma", 41.7, 12.5, sections=2), encoding="utf-8")
    data = tmp_path / "data"
    runs = {
        "ingest": run_cli(["--verbose", "ingest", str(report.parent)], data, env=secret_env()),
        "ask": run_cli(["--verbose", "ask", "What was the global gamma robotics market size in 2024?"], data,
                       env=secret_env()),
        "ask --json -": run_cli(["--verbose", "ask", "--json", "-"], data, input="What was the gamma market?\n\n",
                                env=secret_env()),
        # an LLM that cannot be reached: the error names the setting, never the key
        "ask --llm": run_cli(["--verbose", "ask", "--llm", "openai:gpt-test", "What was the gamma market?"], data,
                             env=secret_env(REPORTQA_LLM_BASE_URL="http://127.0.0.1:9/v1", REPORTQA_LLM_TIMEOUT="5")),
        "bad auth setting": run_cli(["serve", "--port", str(free_port())], data,
                                    env=cli_env(REPORTQA_AUTH=f"{PASSWORD}", REPORTQA_LLM_API_KEY=API_KEY)),
    }
    assert runs["ingest"].returncode == 0 and "41.7" in runs["ask"].stdout
    assert runs["ask --llm"].returncode != 0 and "Traceback" not in runs["ask --llm"].stderr
    assert runs["bad auth setting"].returncode == 2 and "REPORTQA_AUTH" in runs["bad auth setting"].stderr
    for name, done in runs.items():
        assert_no_secret(done.stdout + done.stderr, name)
    # the running server: use it (a login, a failed login, an answer), stop it, read its logs
    from gradio_client import Client

    Client(server["url"] + "/", auth=(USER, PASSWORD), verbose=False).predict(QUESTION, "", 0, api_name="/ask")
    httpx.post(server["url"] + "/login", data={"username": USER, "password": PASSWORD + "x"}, timeout=10)
    logs = server["out"].read_text() + server["err"].read_text()
    assert "ReportQA web UI on http://127.0.0.1" in logs
    assert_no_secret(logs, "serve")

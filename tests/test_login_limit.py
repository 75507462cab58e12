"""Access (issue 11 section 5): failed logins slowed down per client and per user (back-off after
5 failures, a lock-out window, 429 while limited, the right password refused too until the window
ends); `serve` on a non-loopback address without a login refused unless --allow-no-login; the
credentials inside REPORTQA_LLM_BASE_URL redacted wherever a URL is shown or logged."""

from __future__ import annotations

import json
import subprocess
import time

import httpx
import pytest
from llm_server import closed_port_url
from rq_reliability import (AUTH_PASSWORD, AUTH_USER, GOLD, cli_env, free_port, popen_cli, run_cli, stop,
                            wait_for_port)

from ingest.redact import redact_text, redact_url
from ui.ratelimit import LoginLimiter, Policy

SECRET_USER, SECRET_PASSWORD, SECRET_KEY = "bob", "s3cret-PW-91", "zz-KEY-42"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fail_times(limiter: LoginLimiter, n: int, ip: str = "10.0.0.1", user: str = "ana") -> None:
    for _ in range(n):
        assert limiter.attempt(ip, user) == 0


# -- the limiter, with an injected clock ---------------------------------------------------------------
def test_five_free_failures_then_exponential_back_off():
    clock = Clock()
    limiter = LoginLimiter(Policy(free_failures=5, base_delay=1, lockout_after=10, lockout_seconds=300), clock)
    fail_times(limiter, 4)
    assert limiter.attempt("10.0.0.1", "ana") == 0  # the 5th failure: still free, but now waits
    waits = []
    for _ in range(4):  # failures 6..9 wait 1, 2, 4, 8 s
        waits.append(limiter.wait("10.0.0.1", "ana"))
        assert limiter.attempt("10.0.0.1", "ana") > 0  # too soon: refused
        clock.now += waits[-1]
        assert limiter.attempt("10.0.0.1", "ana") == 0
    assert waits == [1, 2, 4, 8]


def test_lockout_refuses_the_right_password_until_the_window_ends():
    clock = Clock()
    limiter = LoginLimiter(Policy(free_failures=5, base_delay=0.001, lockout_after=10, lockout_seconds=300), clock)
    for _ in range(10):
        clock.now += 1
        assert limiter.attempt("10.0.0.1", "ana") == 0
    clock.now += 299
    assert limiter.attempt("10.0.0.1", "ana") == pytest.approx(1)  # the right password too: refused
    clock.now += 1
    assert limiter.attempt("10.0.0.1", "ana") == 0  # the window is over
    limiter.succeeded("10.0.0.1", "ana")
    assert limiter.wait("10.0.0.1", "ana") == 0


def test_limits_are_per_address_and_per_user():
    clock = Clock()
    limiter = LoginLimiter(Policy(free_failures=5, lockout_after=6, lockout_seconds=60), clock)
    fail_times(limiter, 5, ip="10.0.0.1", user="ana")
    clock.now += 1
    assert limiter.attempt("10.0.0.1", "ana") == 0  # the 6th failure: locked out for 60 s
    assert limiter.attempt("10.0.0.2", "ana") > 0  # the same user from another address
    assert limiter.attempt("10.0.0.1", "ben") > 0  # another user from the same address
    assert limiter.attempt("10.0.0.3", "ben") == 0  # neither
    clock.now += 61
    assert limiter.attempt("10.0.0.2", "ana") == 0


def test_limiter_memory_stays_bounded():
    clock = Clock()
    limiter = LoginLimiter(Policy(max_keys=100), clock)
    for i in range(1000):
        clock.now += 1
        limiter.attempt(f"10.0.{i // 256}.{i % 256}", f"user{i}")
    assert len(limiter._records) <= 100


# -- the real server ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def limited_server(tmp_path_factory):
    """`reportqa serve` with a login and an LLM URL holding credentials, over an empty data dir."""
    pytest.importorskip("ui.web")
    tmp = tmp_path_factory.mktemp("limited")
    port = free_port()
    url = closed_port_url().replace("http://", f"http://{SECRET_USER}:{SECRET_PASSWORD}@") + f"?api_key={SECRET_KEY}"
    env = cli_env(REPORTQA_AUTH=f"{AUTH_USER}:{AUTH_PASSWORD}", REPORTQA_LLM="openai:test-model",
                  REPORTQA_LLM_BASE_URL=url)
    log = (tmp / "serve.log").open("w")
    proc = popen_cli(["--verbose", "serve", "--port", str(port)], tmp / "data", env=env, stdout=log,
                     stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc, timeout=300)
        yield {"url": f"http://127.0.0.1:{port}", "log": tmp / "serve.log", "proc": proc}
    finally:
        stop(proc)
        log.close()


def assert_no_llm_secret(text: str, where: str) -> None:
    for secret in (SECRET_PASSWORD, SECRET_KEY, f"{SECRET_USER}:"):
        assert secret not in text, f"{where} shows {secret!r}"


def test_served_config_and_settings_never_show_url_credentials(limited_server):
    url = limited_server["url"]
    with httpx.Client(base_url=url, timeout=30) as client:
        assert client.post("/login", data={"username": AUTH_USER, "password": AUTH_PASSWORD}).status_code == 200
        config = client.get("/config")
        assert config.status_code == 200
        assert_no_llm_secret(config.text, "/config")
        assert "***@127.0.0.1" in config.text  # the answerer dropdown and the Settings tab name the server
    # an answer through the API: the configured LLM is unreachable, and its error names the server
    gradio_client = pytest.importorskip("gradio_client")
    client = gradio_client.Client(url, auth=(AUTH_USER, AUTH_PASSWORD), verbose=False,
                                   httpx_kwargs={"timeout": 60})  # its 5 s default times out on a loaded CI machine
    with pytest.raises(Exception) as caught:
        client.predict(GOLD[0][0], "", 0, api_name="/ask")
    assert "is unreachable" in str(caught.value) and "***@127.0.0.1" in str(caught.value), str(caught.value)
    assert_no_llm_secret(str(caught.value), "the API's error")


def test_failed_logins_are_slowed_then_answered_429_even_with_the_right_password(limited_server):
    url = limited_server["url"]
    codes = [httpx.post(url + "/login", data={"username": AUTH_USER, "password": f"wrong-{i}"}, timeout=30).status_code
             for i in range(5)]
    assert codes == [400] * 5
    refused = httpx.post(url + "/login", data={"username": AUTH_USER, "password": "wrong-6"}, timeout=30)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1, refused.text
    assert "too many failed logins" in refused.json()["detail"]
    right = httpx.post(url + "/login", data={"username": AUTH_USER, "password": AUTH_PASSWORD}, timeout=30)
    assert right.status_code == 429  # limited: the right password waits too
    time.sleep(int(refused.headers["retry-after"]) + 0.2)  # the back-off (1 s), not a lock-out
    assert httpx.post(url + "/login", data={"username": AUTH_USER, "password": AUTH_PASSWORD},
                      timeout=30).status_code == 200


def test_server_log_never_shows_url_credentials(limited_server):
    """After the API call above (its LLM error is logged) and the failed logins."""
    log = limited_server["log"].read_text(errors="replace")
    assert "ReportQA web UI on" in log and "LLM server at http://***@127.0.0.1" in log, log[-3000:]
    assert_no_llm_secret(log, "the server log")


# -- serve on a non-loopback address -------------------------------------------------------------------
def test_serve_on_all_interfaces_without_a_login_is_refused(tmp_path):
    done = run_cli(["serve", "--host", "0.0.0.0", "--port", str(free_port())], tmp_path / "data", timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "refusing to serve on 0.0.0.0 without a login" in lines[0], lines
    assert "REPORTQA_AUTH" in lines[0] and "--allow-no-login" in lines[0]


def test_serve_on_all_interfaces_with_the_flag_warns(tmp_path):
    proc = popen_cli(["serve", "--host", "0.0.0.0", "--port", str(free_port()), "--allow-no-login"], tmp_path / "data",
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = []
    try:
        while len(seen) < 20 and not any(line.startswith("warning: serving") for line in seen):
            line = proc.stderr.readline()  # printed before the model loads; EOF ends the loop
            if not line:
                break
            seen.append(line)
    finally:
        stop(proc)
    assert any(line.startswith("warning: serving on 0.0.0.0 without a login (--allow-no-login)") for line in seen), seen


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_loopback_and_login_need_no_flag(host):
    from ui.exposure import exposure_warning

    assert exposure_warning(host, has_login=False, allow_no_login=False) is None
    assert exposure_warning("0.0.0.0", has_login=True, allow_no_login=False) is None


# -- redaction ----------------------------------------------------------------------------------------------
def test_redact_url_hides_user_password_and_key_like_parameters():
    assert redact_url("http://bob:pw@10.0.0.5:8000/v1?api_key=abc&model=x&token=t") == \
        "http://***@10.0.0.5:8000/v1?api_key=***&model=x&token=***"
    assert redact_url("http://127.0.0.1:11434") == "http://127.0.0.1:11434"
    assert redact_text("POST http://bob:pw@h/v1/chat failed") == "POST http://***@h/v1/chat failed"


def test_cli_errors_and_logs_never_show_url_credentials(bundled_app):
    url = closed_port_url().replace("http://", f"http://{SECRET_USER}:{SECRET_PASSWORD}@") + f"?key={SECRET_KEY}"
    env = cli_env(REPORTQA_LLM="openai:test-model", REPORTQA_LLM_BASE_URL=url)
    done = run_cli(["--verbose", "ask", GOLD[0][0]], bundled_app.settings.data_dir, env=env, timeout=180)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "is unreachable" in done.stderr and "***@127.0.0.1" in done.stderr, done.stderr[-2000:]
    assert_no_llm_secret(done.stderr + done.stdout, "the CLI's error and log")


def test_web_settings_and_answerer_choices_never_show_url_credentials(bundled_app, embedder):
    from rag.factory import build_app
    from ui.web import WebUI

    url = f"http://{SECRET_USER}:{SECRET_PASSWORD}@127.0.0.1:9/v1?api_key={SECRET_KEY}"
    app = build_app(bundled_app.settings.with_overrides(llm="openai:test-model", llm_base_url=url, llm_api_key="k"),
                    embedder=embedder)
    ui = WebUI(app)
    shown = json.dumps(ui.answerer_choices()) + ui.status() + json.dumps(ui.build().config, default=str)
    assert_no_llm_secret(shown, "the web UI")
    assert "http://***@127.0.0.1:9/v1?api_key=***" in shown

"""The web UI: upload naming and HTML escaping (fast), then the real thing end to end.

The browser test starts `reportqa serve` in a subprocess over a freshly ingested copy of the bundled
reports, with a login (REPORTQA_AUTH), and drives Debian's chromium through Playwright: sign in,
ask, check the answer and its source card, copy it, upload a generated PDF, ask about it, and ask
an unanswerable question. Screenshots of each state go to test-artifacts/; the answer one is also
docs/screenshot.png (with REPORTQA_UPDATE_SCREENSHOT=1). The same server shows that requests without the login are refused.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from eval.servers import answers, free_port, stop, wait_until_up
from ingest.errors import UserError
from rag.types import Answer, Citation
from ui import render
from ui.uploads import sanitise_name, store_upload

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
REPORTQA = Path(sys.executable).parent / "reportqa"
USER, PASSWORD = "analyst", "correct horse battery"
WIDGET = "In 2025, the global widget market reached USD 42.5 billion."


# -- uploads: names, limits, no overwriting ----------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("report.pdf", "report.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\Windows\\evil.DOCX", "evil.docx"),
    ("/abs/path/Q3 results (final).PDF", "Q3 results _final.pdf"),
    (".hidden.md", "hidden.md"),
    ("..md", "upload.md"),
    ("rapport-é€™.html", "rapport-e_TM.html"),
    ("a\x00b.txt", "ab.txt"),
])
def test_upload_names_are_sanitised(name, expected):
    assert sanitise_name(name) == expected


@pytest.mark.parametrize("name", ["run.sh", "archive.tar.gz", "noextension", "image.png", ""])
def test_unsupported_uploads_are_refused(name):
    with pytest.raises(UserError, match="unsupported file type"):
        sanitise_name(name)


def test_uploads_never_overwrite_and_reuse_identical_files(tmp_path):
    uploads = tmp_path / "data" / "uploads"
    first, second, same = tmp_path / "a" / "notes.md", tmp_path / "b" / "notes.md", tmp_path / "c" / "notes.md"
    for path, text in ((first, "# One\nfirst"), (second, "# Two\nsecond"), (same, "# One\nfirst")):
        path.parent.mkdir()
        path.write_text(text)
    p1, reused1 = store_upload(first, "notes.md", uploads, max_mb=1)
    p2, reused2 = store_upload(second, "notes.md", uploads, max_mb=1)
    p3, reused3 = store_upload(same, "../notes.md", uploads, max_mb=1)
    assert (p1.name, p2.name, p3) == ("notes.md", "notes-2.md", p1)
    assert (reused1, reused2, reused3) == (False, False, True)
    assert p1.read_text() == "# One\nfirst" and p2.read_text() == "# Two\nsecond"
    assert all(p.parent == uploads.resolve() for p in (p1, p2))


def test_upload_size_limits(tmp_path):
    big, empty = tmp_path / "big.txt", tmp_path / "empty.txt"
    big.write_bytes(b"x" * (2 * 2**20))
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="over the 1 MB upload limit"):
        store_upload(big, "big.txt", tmp_path / "uploads", max_mb=1)
    with pytest.raises(UserError, match="empty"):
        store_upload(empty, "empty.txt", tmp_path / "uploads", max_mb=1)
    assert not list((tmp_path / "uploads").glob("*"))


# -- rendering: report text is escaped, the quote and figure highlighted -------------------------
def citation(n: int, text: str, quote: str, figure: str | None = None, page: int | None = 4) -> Citation:
    return Citation(n=n, doc_id="doc", title="<b>Evil</b> Report", publisher="Pub & Co", date="2025", source="x.pdf",
                    page=page, section="Market <Size>", chunk_id=f"c{n}", text=text, quote=quote, figure=figure)


def test_source_cards_escape_report_text_and_mark_the_figure():
    text = ("Intro <script>alert(1)</script> text. In 2024, the market reached USD 615.7 billion <img src=x "
            "onerror=alert(2)>. Later text.")
    card = render.source_card(citation(1, text, "In 2024, the market reached USD 615.7 billion <img src=x onerror=alert(2)>.",
                                       "USD 615.7 billion"))
    assert "<script>" not in card and "<img" not in card and "<b>Evil" not in card
    assert "&lt;script&gt;" in card and "&lt;b&gt;Evil&lt;/b&gt; Report" in card and "Pub &amp; Co" in card
    assert '<mark class="rq-quote">In 2024, the market reached <mark class="rq-fig">USD 615.7 billion</mark>' in card
    assert "page 4" in card and "section “Market &lt;Size&gt;”" in card


def test_figure_found_by_its_number_when_spelled_differently():
    html = render.highlight("Revenue was $615.7B in 2024, up 20%.", "Revenue was $615.7B in 2024, up 20%.",
                            "USD 615.7 billion")
    assert '<mark class="rq-fig">$615.7B</mark>' in html


def test_answer_messages_distinguish_answers_abstentions_and_warnings():
    c = citation(1, "The market reached USD 615.7 billion in 2024.", "The market reached USD 615.7 billion in 2024.")
    answered = Answer(question="q", answer="**USD 615.7 billion** (2024). The market <i>reached</i> it. [1]",
                      figure="USD 615.7 billion", abstained=False, citations=[c], unsupported_figures=["USD 9 billion"])
    html = render.answer_message(answered)
    assert '<strong class="rq-lead">USD 615.7 billion</strong>' in html and '<span class="rq-ref">1</span>' in html
    assert "&lt;i&gt;reached&lt;/i&gt;" in html and "Not found in the cited passages" in html and "USD 9 billion" in html
    assert "\n\n" not in html  # one HTML block: the chat's Markdown renderer leaves it alone
    abstained = Answer(question="q", answer="The reports don't state this.", figure=None, abstained=True, citations=[c])
    assert "rq-abstain" in render.answer_message(abstained) and "rq-abstain" not in html
    panel = render.sources_panel(abstained)
    assert "Not in the reports" in panel and "Nearest passages" in panel and "rq-card-nearest" in panel


# -- callbacks: streaming, errors, login settings (no server) ------------------------------------
class StubAssistant:
    def __init__(self, items):
        self.items = items

    def stream(self, question, **kw):
        for item in self.items:
            if isinstance(item, Exception):
                raise item
            yield item


class StubApp:
    def __init__(self, tmp_path, items, docs=("doc",)):
        from ingest.settings import Settings

        self.settings = Settings(data_dir=tmp_path)
        self.assistant = StubAssistant(items)
        self.library = type("Lib", (), {"docs": lambda _self: list(docs)})()


def run_chat(app, question="How big was the global AI market in 2024?"):
    from ui.web import WebUI

    steps = WebUI(app).respond(question, [], "hybrid", 5, "extractive", None, {})
    return [([dict(m) for m in history], *rest) for history, *rest in steps]  # as the page saw each step


def test_chat_streams_deltas_then_the_final_answer_and_its_sources(tmp_path):
    c = citation(1, "In 2024 the market reached USD 615.7 billion.", "In 2024 the market reached USD 615.7 billion.",
                 "USD 615.7 billion")
    final = Answer(question="q", answer="**USD 615.7 billion** (2024). In 2024 the market reached it. [1]",
                   figure="USD 615.7 billion", abstained=False, citations=[c])
    steps = run_chat(StubApp(tmp_path, ["The market ", "reached USD 615.7", " billion [1].", final]))
    bubbles = [history[-1]["content"] for history, *_ in steps]
    assert "Searching the reports" in bubbles[0]
    assert "rq-streaming" in bubbles[2] and "reached USD 615.7" in bubbles[2] and "billion" not in bubbles[2]
    assert "rq-streaming" not in bubbles[-1] and '<strong class="rq-lead">USD 615.7 billion</strong>' in bubbles[-1]
    history, box, panel, copy, panels = steps[-1]
    assert history[0] == {"role": "user", "content": "How big was the global AI market in 2024?"}
    assert 'class="rq-card"' in panel and '<mark class="rq-fig">USD 615.7 billion</mark>' in panel
    assert copy.startswith("**USD 615.7 billion**") and "[1] &lt;b&gt;" not in copy and "[1] <b>Evil</b> Report" in copy
    assert panels == {"1": (panel, copy)} and box == ""


@pytest.mark.parametrize("error, shown", [
    ("backend", "the LLM server at http://127.0.0.1:9 did not answer: check REPORTQA_LLM_BASE_URL"),
    ("bug", "something went wrong (KeyError); the details are in the server log"),
    ("empty", "the library is empty"),
])
def test_chat_errors_are_one_line_messages(tmp_path, error, shown):
    from ingest.errors import BackendUnavailable

    items = {"backend": [BackendUnavailable("the LLM server at http://127.0.0.1:9 did not answer: check "
                                            "REPORTQA_LLM_BASE_URL")], "bug": [KeyError("boom")], "empty": []}[error]
    app = StubApp(tmp_path, items, docs=() if error == "empty" else ("doc",))
    history, _, panel, copy, _ = run_chat(app)[-1]
    bubble = history[-1]["content"]
    assert "rq-error" in bubble and shown in bubble and "Traceback" not in bubble and "boom" not in bubble
    assert copy == "" and "rq-card" not in panel


def test_login_setting(tmp_path):
    from ingest.errors import SettingsError
    from ingest.settings import Settings
    from ui.web import parse_auth

    assert parse_auth(Settings(data_dir=tmp_path)) is None
    assert parse_auth(Settings(data_dir=tmp_path, auth="ana:pa:ss")) == ("ana", "pa:ss")
    for bad in ("ana", ":pw", "ana:"):
        with pytest.raises(SettingsError, match="REPORTQA_AUTH"):
            parse_auth(Settings(data_dir=tmp_path, auth=bad))


# -- the browser test ---------------------------------------------------------------------------
def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(REPORTQA_BLOCK_REMOTE_LLM="1", GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", PYTHONUNBUFFERED="1", **extra)
    return env


@contextmanager
def serving(tmp: Path, env: dict[str, str]) -> Iterator[dict]:
    """`reportqa serve` over the bundled reports ingested into `tmp`/data; stopped on exit."""
    data = tmp / "data"
    done = subprocess.run([str(REPORTQA), "--data-dir", str(data), "ingest"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    port = free_port()
    log = (tmp / "serve.log").open("w")
    proc = subprocess.Popen([str(REPORTQA), "--data-dir", str(data), "serve", "--port", str(port)], cwd=ROOT,
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(lambda: answers(url + "/", timeout=2), proc, timeout=180, interval=0.5, what="the server",
                      log=tmp / "serve.log", error=pytest.fail.Exception)
        yield {"url": url, "data": data, "tmp": tmp, "log": tmp / "serve.log"}
    finally:
        stop(proc)
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`reportqa serve` with a login, over the bundled reports ingested into a temp data dir."""
    with serving(tmp_path_factory.mktemp("web"), clean_env(REPORTQA_AUTH=f"{USER}:{PASSWORD}")) as running:
        yield running


def widget_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Global Widget Market Outlook 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Widgets are small mechanical parts used across consumer electronics and appliances. "
                         f"{WIDGET} Demand grew fastest in Southeast Asia, and the market is expected to keep "
                         "expanding as appliance makers move production closer to their customers.")
    pdf.output(str(path))
    return path


@pytest.mark.browser
def test_requests_without_the_login_are_refused(server):
    url = server["url"]
    page = httpx.get(url + "/", timeout=10)
    assert "615.7" not in page.text and "rq-question" not in page.text  # the login shell only
    for path in ("/config", "/gradio_api/info"):
        assert httpx.get(url + path, timeout=10).status_code == 401, path
    call = httpx.post(url + "/gradio_api/call/ask", json={"data": ["How big was the global AI market in 2024?"]},
                      timeout=10)
    assert call.status_code == 401
    wrong = httpx.post(url + "/login", data={"username": USER, "password": "nope"}, timeout=10)
    assert wrong.status_code in (400, 401)
    with httpx.Client(base_url=url, timeout=10) as client:
        assert client.post("/login", data={"username": USER, "password": PASSWORD}).status_code == 200
        assert client.get("/config").status_code == 200


@pytest.mark.browser
def test_gradio_api_answers_with_the_login(server):
    from gradio_client import Client

    client = Client(server["url"], auth=(USER, PASSWORD), verbose=False)
    result = client.predict("How big was the global AI market in 2024?", api_name="/ask")
    assert "615.7" in result["answer"] and result["citations"][0]["publisher"].startswith("Frost & Sullivan")


@pytest.mark.browser
def test_chat_library_and_abstention_in_a_real_browser(server):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    pdf = widget_pdf(server["tmp"] / "widget-market-2025.pdf")
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server["url"])
        page = context.new_page()
        page.set_default_timeout(90_000)  # generous: CI machines may be busy
        expect.set_options(timeout=90_000)
        try:
            # sign in
            page.goto(server["url"] + "/", wait_until="load")
            page.get_by_label("username").fill(USER)
            page.get_by_label("password").fill(PASSWORD)
            page.get_by_role("button", name="Login").click()
            page.wait_for_selector("#rq-question textarea")
            expect(page.locator("#rq-header")).to_contain_text("2 reports")

            # an answer with its source card
            page.locator("#rq-question textarea").fill("How big was the global AI market in 2024?")
            page.locator("#rq-ask").click()
            answer = page.locator("#rq-chat .rq-answer:not(.rq-streaming)").last
            expect(answer).to_contain_text("615.7")
            card = page.locator("#rq-sources .rq-card").first
            expect(card).to_contain_text("Frost & Sullivan")
            expect(card).to_contain_text("AI Empowerment Across Industries White Paper")
            expect(card.locator("mark.rq-fig")).to_contain_text("615.7")
            page.screenshot(path=str(ARTIFACTS / "web-answer.png"))
            if os.environ.get("REPORTQA_UPDATE_SCREENSHOT"):  # refresh the README picture on purpose only
                shutil.copyfile(ARTIFACTS / "web-answer.png", ROOT / "docs" / "screenshot.png")

            page.locator("#rq-copy").click()
            copied = page.evaluate("navigator.clipboard.readText()")
            assert "615.7" in copied and "[1] AI Empowerment Across Industries White Paper" in copied

            # upload a generated PDF through the Library tab
            page.get_by_role("tab", name="Library").click()
            page.locator("#rq-upload input[type=file]").set_input_files(str(pdf))
            expect(page.locator("#rq-ingest-status")).to_contain_text("Ready to add: widget-market-2025.pdf")
            page.locator("#rq-add").click()
            status = page.locator("#rq-ingest-status")
            expect(status).to_contain_text("added")
            expect(status).to_contain_text("widget-market-2025.pdf")
            expect(page.locator("#rq-library")).to_contain_text("widget-market-2025.pdf")
            expect(page.locator("#rq-header")).to_contain_text("3 reports")
            page.screenshot(path=str(ARTIFACTS / "web-library.png"))
            assert (server["data"] / "uploads" / "widget-market-2025.pdf").is_file()

            # ask about it
            page.get_by_role("tab", name="Chat").click()
            page.locator("#rq-question textarea").fill("How big was the global widget market in 2025?")
            page.locator("#rq-ask").click()
            answer = page.locator("#rq-chat .rq-msg:not(.rq-streaming)").nth(1)
            expect(answer).to_contain_text("42.5")
            expect(page.locator("#rq-sources .rq-card").first).to_contain_text("widget-market-2025.pdf")
            page.screenshot(path=str(ARTIFACTS / "web-upload-answer.png"))

            # not in the reports
            page.get_by_role("button", name="What was the global AI market in 2019?").click()
            abstained = page.locator("#rq-chat .rq-abstain")
            expect(abstained).to_be_visible()
            expect(abstained).to_contain_text("Not in the reports")
            expect(page.locator("#rq-sources .rq-banner-abstain")).to_contain_text("Not in the reports")
            expect(page.locator("#rq-sources .rq-card-nearest").first).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "web-not-in-reports.png"))

            # clicking the first answer brings its sources back
            page.locator("#rq-chat .rq-answer").first.click()
            expect(page.locator("#rq-sources .rq-card").first).to_contain_text("Frost & Sullivan")
            expect(page.locator("#rq-sources .rq-banner-abstain")).to_have_count(0)

            for tab in ("Settings", "Evaluation"):
                page.get_by_role("tab", name=tab).click()
                page.wait_for_timeout(300)
                page.screenshot(path=str(ARTIFACTS / f"web-{tab.lower()}.png"))
            body = page.locator("body").inner_text()
            assert "Traceback" not in body and "{'" not in body
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "web-failure.png"))
            print(server["log"].read_text()[-3000:])
            raise
        finally:
            browser.close()

"""The chat an analyst lives in, end to end in Debian's chromium (issue 14).

`reportqa serve` over the bundled reports plus a generated PDF uploaded through the Library tab
(its progress shown while it is added). The walk: ask, ask a follow-up, reload and find the
conversation, open the PDF source's page image, give 👎 with a correction, see it in the
Evaluation tab and add it to the gold set, re-run the evaluation and see the question counted.
Screenshots of the chat, the page view and the evaluation tab at 1366 px and 390 px go to
test-artifacts/ (and docs/img/ with REPORTQA_UPDATE_SCREENSHOT=1).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from test_web import CHROMIUM, ROOT, clean_env, serving, widget_pdf

ARTIFACTS = ROOT / "test-artifacts"
DOCS_IMG = ROOT / "docs" / "img"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
FIRST = "How big was the global AI market in 2024?"
FOLLOW_UP = "and what about 2030?"
WIDGET_Q = "How big was the global widget market in 2025?"


@pytest.fixture(scope="module")
def chat_server(tmp_path_factory):
    """`reportqa serve` (no login) over a fresh ingest of the bundled reports."""
    pytest.importorskip("ingest.pages", reason="page images come from ingest/pages.py (issue 14, chatback)")
    pytest.importorskip("eval.feedback", reason="gold questions from feedback come from eval/feedback.py")
    with serving(tmp_path_factory.mktemp("chat"), clean_env()) as running:
        yield running


def shot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)
    if os.environ.get("UPDATE_SCREENSHOTS"):  # refresh the README pictures on purpose (conftest drops REPORTQA_*)
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / name, DOCS_IMG / name)


def ask(page, question: str, expect, answers_before: int) -> None:
    page.locator("#rq-question textarea").fill(question)
    page.locator("#rq-ask").click()
    expect(page.locator("#rq-chat .rq-msg:not(.rq-streaming)")).to_have_count(answers_before + 1)


def fits(page, width: int) -> None:
    """Nothing runs off the screen sideways (the header included)."""
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    box = page.locator("#rq-header .rq-head").bounding_box()
    assert box is not None and box["x"] + box["width"] <= width + 1


@pytest.mark.browser
@pytest.mark.slow
def test_conversation_page_view_feedback_and_gold_in_a_real_browser(chat_server):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import expect, sync_playwright

    url, data = chat_server["url"], chat_server["data"]
    pdf = widget_pdf(chat_server["tmp"] / "widget-market-2025.pdf")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 1366, "height": 800}).new_page()
        page.set_default_timeout(90_000)
        expect.set_options(timeout=90_000)
        try:
            page.goto(url + "/", wait_until="load")
            page.wait_for_selector("#rq-question textarea")
            expect(page.locator("#rq-scope")).to_contain_text("all 2 reports")

            # a PDF through the Library tab: the status line moves off "Ready to add" to the result
            page.get_by_role("tab", name="Library").click()
            page.locator("#rq-upload input[type=file]").set_input_files(str(pdf))
            status = page.locator("#rq-ingest-status")
            expect(status).to_contain_text("Ready to add: widget-market-2025.pdf")
            page.locator("#rq-add").click()
            expect(status).not_to_contain_text("Ready to add")
            expect(status).to_contain_text("added")
            expect(page.locator("#rq-header")).to_contain_text("3 reports")
            expect(page.locator("#rq-scope")).to_contain_text("all 3 reports")

            # ask, then a follow-up: both saved in one conversation, the follow-up with its history
            page.get_by_role("tab", name="Chat").click()
            ask(page, FIRST, expect, 0)
            expect(page.locator("#rq-chat .rq-msg").nth(0)).to_contain_text("615.7")
            ask(page, FOLLOW_UP, expect, 1)
            follow = page.locator("#rq-chat .rq-msg").nth(1)
            expect(follow).to_contain_text("2.6 trillion")  # the follow-up carry-over (issue 12)
            expect(follow.locator(".rq-understood")).to_contain_text("2030")
            ask(page, WIDGET_Q, expect, 2)
            expect(page.locator("#rq-chat .rq-msg").nth(2)).to_contain_text("42.5")
            expect(page.locator("#rq-convs")).to_contain_text(FIRST)
            shot(page, "chat-1366.png")
            with sqlite3.connect(data / "conversations.sqlite3") as db:
                rows = db.execute("SELECT question FROM turns ORDER BY id").fetchall()
            assert [r[0] for r in rows] == [FIRST, FOLLOW_UP, WIDGET_Q]

            # reload: the conversation is reopened and listed
            page.reload(wait_until="load")
            page.wait_for_selector("#rq-question textarea")
            expect(page.locator("#rq-chat .rq-msg")).to_have_count(3)
            expect(page.locator("#rq-convs label.selected")).to_contain_text(FIRST[:20])
            page.locator("#rq-conv-search input, #rq-conv-search textarea").fill("widget")
            expect(page.locator("#rq-convs")).to_contain_text(FIRST[:20])

            # the PDF source's page image, the cited sentence highlighted, a link to the file at the page
            page.locator("#rq-chat .rq-msg").nth(2).click()
            card = page.locator("#rq-sources .rq-card").first
            expect(card).to_contain_text("widget-market-2025.pdf")
            card.locator(".rq-open-page").click()
            image = page.locator("#rq-page-view img.rq-page-img")
            expect(image).to_be_visible()
            assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) > 400
            link = page.locator("#rq-page-view a.rq-page-link")
            assert link.get_attribute("href").endswith("widget-market-2025.pdf#page=1")
            got = page.request.get(url + link.get_attribute("href").split("#")[0])
            assert got.ok and got.body()[:5] == b"%PDF-"
            shot(page, "page-view-1366.png")

            # 👎 with the right answer and its passage
            bot = page.locator("#rq-chat .bot, #rq-chat [data-testid=bot]").nth(2)
            dislike = page.locator("#rq-chat button[aria-label='Dislike'], #rq-chat button[title='Dislike']").nth(2)
            dislike.click()
            expect(page.locator("#rq-feedback")).to_be_visible()
            page.locator("#rq-correction textarea").fill("USD 42.5 billion")
            page.locator("#rq-save-feedback").click()
            expect(page.locator("#rq-feedback-note")).to_contain_text("Saved")
            del bot

            # the Evaluation tab lists it; added to the gold set; the evaluation counts it
            page.get_by_role("tab", name="Evaluation").click()
            page.locator("#rq-refresh-feedback").click()
            expect(page.locator("#rq-feedback-list")).to_contain_text(WIDGET_Q)
            expect(page.locator("#rq-feedback-list")).to_contain_text("USD 42.5 billion")
            page.locator("#rq-add-gold").click()
            expect(page.locator("#rq-gold-status")).to_contain_text("Added as gold question user-001")
            gold = (data / "gold" / "user.yaml").read_text(encoding="utf-8")
            assert WIDGET_Q in gold and "42.5" in gold
            page.get_by_role("radio", name="user").check()
            page.locator("#rq-run-eval").click()
            expect(page.locator("#rq-eval-head")).to_contain_text("1 of 1 answerable questions right")
            expect(page.locator("#rq-metrics")).to_contain_text("user (n=1)")
            expect(page.locator("#rq-charts img")).to_have_count(3)
            for i in range(3):  # shown at (nearly) their own size: 10 pt labels at 110 dpi stay >= 11 px
                ratio = page.locator("#rq-charts img").nth(i).evaluate("(img) => img.clientWidth / img.naturalWidth")
                assert ratio >= 0.75, ratio
            shot(page, "evaluation-1366.png", full_page=True)
            assert "Settings" not in page.locator("footer").inner_text()  # one control named Settings
            fits(page, 1366)

            # phone width: the same three views hold
            page.set_viewport_size({"width": 390, "height": 844})
            page.wait_for_timeout(500)
            fits(page, 390)
            shot(page, "evaluation-390.png", full_page=True)
            page.get_by_role("tab", name="Chat").click()
            page.wait_for_timeout(300)
            fits(page, 390)
            shot(page, "chat-390.png")
            page.locator("#rq-page-view").scroll_into_view_if_needed()
            shot(page, "page-view-390.png")
            body = page.locator("body").inner_text()
            assert "Traceback" not in body
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "chat-failure.png"))
            print(chat_server["log"].read_text()[-3000:])
            raise
        finally:
            browser.close()

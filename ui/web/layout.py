"""The web UI's page: header, the Chat, Library, Evaluation and Settings tabs (tabs.py), and
every event wired to WebUI's callbacks.

Only layout and wiring live here; the callbacks are in callbacks.py, chat.py, review.py and pageview.py.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

import gradio as gr

from ingest.errors import ReportQAError

from .. import render
from .callbacks import TAGLINE
from .tabs import EXAMPLES, chat_tab, evaluation_tab, library_tab, settings_tab

if TYPE_CHECKING:
    from .callbacks import WebUI

__all__ = ["EXAMPLES", "asset", "build", "theme"]
PRIVATE = {"api_visibility": "private"}


def asset(name: str) -> str:
    """The text of a file in ui/web/static/ (CSS and JavaScript shipped as package data)."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def build(ui: WebUI) -> gr.Blocks:
    """The Blocks for one WebUI: every component, and every event wired to its callbacks."""
    with gr.Blocks(title="ReportQA", analytics_enabled=False) as demo:
        try:
            header = ui.header_stats()
        except Exception:  # the page still opens; the status tab says what is wrong
            header = render.page_header(TAGLINE)
        stats = gr.HTML(header, elem_id="rq-header", padding=False, elem_classes="rq-html")
        panels = gr.State({})
        conv = gr.BrowserState(None, storage_key="reportqa-conversation")  # reopened after a reload
        turn_id = gr.State(None)
        with gr.Tabs():
            c = chat_tab(ui)
            lib = library_tab(ui)
            ev = evaluation_tab(ui)
            st = settings_tab(ui)
        wire_chat(demo, ui, c, st, conv, panels, turn_id)
        wire_library(demo, ui, lib, c, stats)
        wire_evaluation(demo, ui, ev, st)
        st.refresh.click(ui.status, None, [st.status], **PRIVATE)
        demo.load(ui.status, None, [st.status], show_progress="hidden", **PRIVATE)
        gr.api(ui.api_ask, api_name="ask")
        gr.api(ui.api_docs, api_name="docs")
    return demo


def wire_chat(demo: gr.Blocks, ui: WebUI, c, st, conv, panels, turn_id) -> None:
    """Asking within the open conversation, the conversation list, scope, feedback and page view."""
    conv_out = [conv, c.conv_list, c.chatbot, panels, c.sources, c.copy_text, c.only, c.scope_line, c.conv_name]
    chat_out = [c.chatbot, c.question, c.sources, c.copy_text, panels]

    for trigger, source in [(c.question.submit, c.question), (c.ask.click, c.question),
                            *[(b.click, b) for b in c.examples]]:
        trigger(ui.ensure_conversation, [conv, c.only], [conv], **PRIVATE).then(
            ui.respond, [source, c.chatbot, st.mode, st.k, st.answerer, c.only, panels, conv], chat_out,
            **PRIVATE).then(ui.conversation_list, [conv, c.search], [c.conv_list], show_progress="hidden", **PRIVATE)
    c.chatbot.select(ui.show_sources, [panels], [c.sources, c.copy_text], **PRIVATE)
    c.copy.click(None, [c.copy_text], None, js=asset("copy.js"), **PRIVATE)

    c.conv_list.input(ui.open_conversation, [c.conv_list, c.search], conv_out, show_progress="hidden", **PRIVATE)
    c.new_chat.click(ui.new_conversation, [c.search], conv_out, **PRIVATE)
    c.chatbot.clear(ui.new_conversation, [c.search], conv_out, **PRIVATE)
    c.search.change(ui.conversation_list, [conv, c.search], [c.conv_list], show_progress="hidden", **PRIVATE)
    c.rename.click(ui.rename_conversation, [conv, c.conv_name, c.search], [c.conv_list], **PRIVATE)
    c.delete.click(ui.delete_conversation, [conv, c.search], conv_out, js=asset("confirm_delete.js"), **PRIVATE)
    c.only.input(ui.set_scope, [conv, c.only], [c.scope_line], show_progress="hidden", **PRIVATE)

    feedback_out = [c.feedback_form, c.feedback_note, turn_id, c.passage, c.correction]
    c.chatbot.like(ui.on_like, [conv], feedback_out, **PRIVATE)
    c.save_feedback.click(ui.save_feedback, [turn_id, c.correction, c.passage], [c.feedback_form, c.feedback_note],
                          **PRIVATE)

    def shown(html: str) -> tuple:
        return html, gr.update(visible=bool(html))

    c.page_go.click(ui.open_page, [c.page_req], [c.page_view], **PRIVATE).then(
        shown, [c.page_view], [c.page_view, c.close_page], show_progress="hidden", **PRIVATE)
    c.close_page.click(lambda: ("", gr.update(visible=False)), None, [c.page_view, c.close_page], **PRIVATE)
    demo.load(ui.reopen, [conv, c.search], conv_out, show_progress="hidden", **PRIVATE)


def wire_library(demo: gr.Blocks, ui: WebUI, lib, c, stats) -> None:
    lib_out = [lib.table, lib.picked, c.only, stats]
    index_job = {"concurrency_limit": 1, "concurrency_id": "index", **PRIVATE}
    scope = (ui.scope_view, [c.only], [c.scope_line])  # "all N reports" follows the library
    lib.uploads.upload(ui.files_ready, [lib.uploads], [lib.ingest_status], show_progress="hidden", **PRIVATE)
    lib.add.click(ui.add_files_live, [lib.uploads, lib.replace_same], [lib.ingest_status, lib.uploads, *lib_out],
                  show_progress="hidden", **index_job).then(*scope, show_progress="hidden", **PRIVATE)
    lib.remove.click(ui.remove, [lib.picked], [lib.library_status, *lib_out], js=asset("confirm_remove.js"),
                     show_progress_on=[lib.table], **index_job).then(*scope, show_progress="hidden", **PRIVATE)
    lib.reingest.click(ui.reingest, [lib.picked], [lib.library_status, *lib_out], show_progress_on=[lib.table],
                       **index_job)
    demo.load(ui.library_view, None, lib_out, show_progress="hidden", **PRIVATE)


def wire_evaluation(demo: gr.Blocks, ui: WebUI, ev, st) -> None:
    feedback_out = [ev.feedback, ev.reviewed]
    ev.run.click(ui.run_evaluation, [ev.gold, ev.split, st.mode, st.k, st.answerer],
                 [ev.eval_head, ev.eval_results, ev.metrics, ev.misses, ev.charts, ev.results_json],
                 show_progress_on=[ev.eval_head], concurrency_limit=1, concurrency_id="eval", **PRIVATE)
    ev.to_gold.click(ui.add_to_gold, [ev.reviewed], [ev.gold_status, *feedback_out], **PRIVATE)
    ev.refresh_feedback.click(ui.feedback_view, None, feedback_out, **PRIVATE)
    demo.load(ui.feedback_view, None, feedback_out, show_progress="hidden", **PRIVATE)


def theme() -> gr.themes.Base:
    """The Default theme in indigo with system fonts."""
    # system fonts only: nothing is fetched, and no partial web font mixes glyphs
    font = ["-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "system-ui", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"]
    return gr.themes.Default(primary_hue="indigo", secondary_hue="slate", neutral_hue="slate",
                             radius_size="md", text_size="md", font=font, font_mono=mono)

"""The web UI's page: header, Chat, Library, Evaluation and Settings tabs, and their events.

Only layout and wiring live here; every callback is a method of WebUI (ui/web/callbacks.py).
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

import gradio as gr

from ingest.errors import ReportQAError
from ingest.loaders import SUPPORTED

from .. import render
from .callbacks import TAGLINE

if TYPE_CHECKING:
    from .callbacks import WebUI

EXAMPLES = [
    "How big was the global AI market in 2024?",
    "What market share does MiniMax hold among global foundation model companies?",
    "What was the global AI market in 2019?",
]


def asset(name: str) -> str:
    """The text of a file in ui/web/static/ (CSS and JavaScript shipped as package data)."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def build(ui: WebUI) -> gr.Blocks:
    """The Blocks for one WebUI: every component, and every event wired to its callbacks."""
    s = ui.settings
    private = {"api_visibility": "private"}
    with gr.Blocks(title="ReportQA", analytics_enabled=False) as demo:
        try:
            header = ui.header_stats()
        except ReportQAError:
            header = render.page_header(TAGLINE)
        stats = gr.HTML(header, elem_id="rq-header", padding=False, elem_classes="rq-html")
        panels = gr.State({})
        with gr.Tabs():
            with gr.Tab("Chat", id="chat", elem_id="rq-tab-chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=460):
                        chatbot = gr.Chatbot(
                            elem_id="rq-chat", show_label=False, height="calc(100vh - 300px)", min_height=300,
                            latex_delimiters=[], buttons=[], feedback_options=None, autoscroll=True,
                            placeholder="**Ask about the reports.** Answers cite their passages; "
                                        "the sources show at the right. Click an answer to see its sources again.",
                        )
                        with gr.Row(equal_height=True):
                            question = gr.Textbox(placeholder="Ask a question about the reports…", show_label=False,
                                                  container=False, scale=6, max_lines=4, elem_id="rq-question",
                                                  autofocus=True, max_length=2000)
                            ask = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="rq-ask")
                        with gr.Row(elem_id="rq-examples"):
                            examples = [gr.Button(q, size="sm", elem_classes="rq-example") for q in EXAMPLES]
                    with gr.Column(scale=2, min_width=360):
                        sources = gr.HTML(render.empty_panel(), elem_id="rq-sources", padding=False, elem_classes="rq-html")
                        with gr.Row():
                            copy = gr.Button("Copy answer with sources", size="sm", elem_id="rq-copy")
                            new_chat = gr.Button("New conversation", size="sm", elem_id="rq-new")
                        copy_text = gr.Textbox(visible=False)
            with gr.Tab("Library", id="library", elem_id="rq-tab-library"):
                with gr.Row(equal_height=False):
                    uploads = gr.File(file_count="multiple", file_types=list(SUPPORTED), type="filepath",
                                      label="Add reports: PDF, DOCX, HTML, Markdown or text", elem_id="rq-upload",
                                      height=118, scale=3)
                    with gr.Column(scale=2, min_width=300):
                        gr.Markdown(f"Up to {s.max_upload_mb:g} MB per file. Files are kept in the data "
                                    "directory's `uploads/` folder; a name already taken gets a number.",
                                    elem_classes="rq-hint")
                        add = gr.Button("Add to library", variant="primary", elem_id="rq-add")
                ingest_status = gr.HTML("", elem_id="rq-ingest-status", padding=False, elem_classes="rq-html")
                table = gr.Dataframe(headers=render.LIBRARY_HEADERS, interactive=False, wrap=True,
                                     label="Reports in the library", show_label=True, elem_id="rq-library",
                                     max_height=300, elem_classes="rq-table",
                                     column_widths=["30%", "21%", "9%", "6%", "7%", "12%", "15%"])
                with gr.Row(equal_height=False, elem_id="rq-lib-actions"):
                    picked = gr.Dropdown(label="Report to re-ingest or remove", choices=[], scale=4,
                                         elem_id="rq-pick")
                    reingest = gr.Button("Re-ingest", scale=1, min_width=110, elem_id="rq-reingest")
                    remove = gr.Button("Remove", variant="stop", scale=1, min_width=110, elem_id="rq-remove")
                library_status = gr.HTML("", padding=False, elem_id="rq-library-status", elem_classes="rq-html")
            with gr.Tab("Evaluation", id="evaluation", elem_id="rq-tab-eval"):
                gr.Markdown("Run the gold questions (questions with known figures) through the assistant with the "
                            "current settings, and score answers, retrieval, citations and abstentions.")
                with gr.Row(equal_height=False):
                    gold = gr.File(label="Gold file (optional YAML; default: the bundled gold set)",
                                   file_types=[".yaml", ".yml"], type="filepath", height=140, scale=3)
                    with gr.Column(scale=2, min_width=300):
                        split = gr.Radio(["all", "dev", "heldout"], value="all", label="Questions")
                        run = gr.Button("Run evaluation", variant="primary", elem_id="rq-run-eval")
                eval_head = gr.HTML(render.notice("No run yet: the results, the misses and the charts appear "
                                                  "here, with results.json to download."), padding=False,
                                    elem_classes="rq-html")
                with gr.Column(visible=False) as eval_results:
                    with gr.Row(equal_height=False):
                        metrics = gr.Dataframe(headers=["Metric", "all"], interactive=False, label="Metrics",
                                               max_height=460, elem_id="rq-metrics", elem_classes="rq-table",
                                               scale=3)
                        with gr.Column(scale=2, min_width=300):
                            charts = gr.Gallery(label="Charts", columns=1, height=380, object_fit="contain")
                            results_json = gr.File(label="results.json", interactive=False, height=60)
                    misses = gr.Dataframe(headers=["ID", "Question", "Expected", "Answer", "Why"],
                                          interactive=False, wrap=True, label="Misses", max_height=400,
                                          elem_id="rq-misses", elem_classes="rq-table",
                                          column_widths=["9%", "24%", "12%", "35%", "20%"])
            with gr.Tab("Settings", id="settings", elem_id="rq-tab-settings"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=1, min_width=320):
                        gr.Markdown("### Answering\nApplies to this browser session's chat and evaluation.")
                        mode = gr.Radio(["hybrid", "dense", "bm25"], value=s.mode, label="Retrieval mode",
                                        info="hybrid: meaning + keywords (fused); dense: meaning only; bm25: keywords only")
                        k = gr.Slider(1, 20, value=s.k, step=1, label="Passages retrieved (k)")
                        answerer = gr.Dropdown(ui.answerer_choices(), value=ui._configured_spec(),
                                               label="Answerer",
                                               info="An LLM is offered when REPORTQA_LLM names one.")
                        only = gr.Dropdown([], multiselect=True, label="Search only these reports",
                                           info="Empty: all reports.", allow_custom_value=True)
                    with gr.Column(scale=1, min_width=360):
                        gr.Markdown("### Model and index")
                        status = gr.HTML(ui.status(), padding=False, elem_id="rq-status", elem_classes="rq-html")
                        refresh = gr.Button("Refresh status", size="sm")

        # -- events -----------------------------------------------------------------------------
        chat_in = [chatbot, mode, k, answerer, only, panels]
        chat_out = [chatbot, question, sources, copy_text, panels]
        for trigger in (question.submit, ask.click):
            trigger(ui.respond, [question, *chat_in], chat_out, **private)
        for button in examples:
            button.click(ui.respond, [button, *chat_in], chat_out, **private)
        chatbot.select(ui.show_sources, [panels], [sources, copy_text], **private)
        copy.click(None, [copy_text], None, js=asset("copy.js"), **private)

        def reset() -> tuple:
            return [], render.empty_panel(), "", {}

        new_chat.click(reset, None, [chatbot, sources, copy_text, panels], **private)
        chatbot.clear(reset, None, [chatbot, sources, copy_text, panels], **private)

        lib_out = [table, picked, only, stats]
        index_job = {"concurrency_limit": 1, "concurrency_id": "index", **private}
        uploads.upload(ui.files_ready, [uploads], [ingest_status], show_progress="hidden", **private)
        add.click(ui.add_files, [uploads], [ingest_status, uploads, *lib_out], show_progress_on=[table],
                  **index_job)
        remove.click(ui.remove, [picked], [library_status, *lib_out], js=asset("confirm_remove.js"),
                     show_progress_on=[table], **index_job)
        reingest.click(ui.reingest, [picked], [library_status, *lib_out], show_progress_on=[table], **index_job)
        refresh.click(ui.status, None, [status], **private)
        run.click(ui.run_evaluation, [gold, split, mode, k, answerer],
                  [eval_head, eval_results, metrics, misses, charts, results_json], show_progress_on=[eval_head],
                  concurrency_limit=1,
                  concurrency_id="eval", **private)
        demo.load(ui.library_view, None, lib_out, show_progress="hidden", **private)
        demo.load(ui.status, None, [status], show_progress="hidden", **private)

        gr.api(ui.api_ask, api_name="ask")
        gr.api(ui.api_docs, api_name="docs")
    return demo



def theme() -> gr.themes.Base:
    """The Default theme in indigo with system fonts."""
    # system fonts only: nothing is fetched, and no partial web font mixes glyphs
    font = ["-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "system-ui", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"]
    return gr.themes.Default(primary_hue="indigo", secondary_hue="slate", neutral_hue="slate",
                             radius_size="md", text_size="md", font=font, font_mono=mono)

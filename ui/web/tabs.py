"""The four tabs of the page, each built into a namespace of its components (wired in layout.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

import gradio as gr

from ingest.loaders import SUPPORTED

from .. import render, render_turns
from ..uploads import REPLACE_LABEL

if TYPE_CHECKING:
    from .callbacks import WebUI

EXAMPLES = [
    "How big was the global AI market in 2024?",
    "What market share does MiniMax hold among global foundation model companies?",
    "What was the global AI market in 2019?",
]
HIDDEN = "hidden"  # in the page (scripts can reach it) but not shown


def chat_tab(ui: WebUI) -> SimpleNamespace:
    """Conversations at the left, the chat with its scope chips, sources and page view at the right."""
    with gr.Tab("Chat", id="chat", elem_id="rq-tab-chat"):
        with gr.Row(equal_height=False, elem_id="rq-chat-row"):
            with gr.Column(scale=1, min_width=220, elem_id="rq-sidebar"):
                new_chat = gr.Button("+ New conversation", size="sm", elem_id="rq-new")
                search = gr.Textbox(placeholder="Search conversations…", show_label=False, container=False,
                                    elem_id="rq-conv-search", max_lines=1)
                conv_list = gr.Radio([], show_label=False, container=False, elem_id="rq-convs")
                with gr.Accordion("Rename or delete", open=False, elem_id="rq-conv-edit"):
                    conv_name = gr.Textbox(label="Name", max_lines=1, elem_id="rq-conv-name")
                    with gr.Row():
                        rename = gr.Button("Rename", size="sm", elem_id="rq-rename")
                        delete = gr.Button("Delete", size="sm", variant="stop", elem_id="rq-delete")
            with gr.Column(scale=3, min_width=340):
                scope_line = gr.HTML(render_turns.scope_line([], []), elem_id="rq-scope", padding=False,
                                     elem_classes="rq-html")
                chatbot = gr.Chatbot(
                    elem_id="rq-chat", show_label=False, height="calc(100vh - 360px)", min_height=320,
                    latex_delimiters=[], buttons=[], feedback_options=("Like", "Dislike"), autoscroll=True,
                    placeholder="**Ask about the reports.** Answers cite their passages; the sources show "
                                "beside them. Rate an answer with the thumbs under it.",
                )
                only = gr.Dropdown([], multiselect=True, label="Search only these reports (empty: all; saved "
                                   "with the conversation)", allow_custom_value=True, elem_id="rq-only")
                with gr.Row(equal_height=True):
                    question = gr.Textbox(placeholder="Ask a question about the reports…", show_label=False,
                                          container=False, scale=6, max_lines=4, elem_id="rq-question",
                                          autofocus=True)  # no max_length: a longer paste gets the one-line rule (rag/validate.py)
                    ask = gr.Button("Ask", variant="primary", scale=1, min_width=70, elem_id="rq-ask")
                with gr.Row(elem_id="rq-examples"):
                    examples = [gr.Button(q, size="sm", elem_classes="rq-example") for q in EXAMPLES]
            with gr.Column(scale=2, min_width=320):
                feedback_note = gr.HTML("", padding=False, elem_id="rq-feedback-note", elem_classes="rq-html")
                with gr.Column(visible=False, elem_id="rq-feedback") as feedback_form:
                    correction = gr.Textbox(label="The right answer is…", max_lines=2, elem_id="rq-correction",
                                            placeholder="e.g. USD 48.2 billion, or: not in the reports")
                    passage = gr.Dropdown([], label="The passage that has it", elem_id="rq-passage")
                    save_feedback = gr.Button("Save feedback", size="sm", variant="primary", elem_id="rq-save-feedback")
                page_view = gr.HTML("", elem_id="rq-page-view", padding=False, elem_classes="rq-html")
                close_page = gr.Button("Close page", size="sm", visible=False, elem_id="rq-close-page")
                sources = gr.HTML(render.empty_panel(), elem_id="rq-sources", padding=False, elem_classes="rq-html")
                copy = gr.Button("Copy answer with sources", size="sm", elem_id="rq-copy")
                copy_text = gr.Textbox(visible=False)
                page_req = gr.Textbox(visible=HIDDEN, elem_id="rq-page-req")
                page_go = gr.Button("open page", visible=HIDDEN, elem_id="rq-page-go")
    return SimpleNamespace(**{k: v for k, v in locals().items() if k != "ui"})


def library_tab(ui: WebUI) -> SimpleNamespace:
    s = ui.settings
    with gr.Tab("Library", id="library", elem_id="rq-tab-library"):
        with gr.Row(equal_height=False):
            uploads = gr.File(file_count="multiple", file_types=list(SUPPORTED), type="filepath",
                              label="Add reports: PDF, DOCX, HTML, Markdown or text", elem_id="rq-upload",
                              height=118, scale=3)
            with gr.Column(scale=2, min_width=300):
                gr.Markdown(f"Up to {s.max_upload_mb:g} MB per file. Files are kept in the data "
                            "directory's `uploads/` folder; a name already taken gets a number.",
                            elem_classes="rq-hint")
                replace_same = gr.Checkbox(False, label=REPLACE_LABEL, elem_id="rq-replace")
                add = gr.Button("Add to library", variant="primary", elem_id="rq-add")
        ingest_status = gr.HTML("", elem_id="rq-ingest-status", padding=False, elem_classes="rq-html")
        table = gr.Dataframe(headers=render.LIBRARY_HEADERS, interactive=False, wrap=True,
                             label="Reports in the library", show_label=True, elem_id="rq-library",
                             max_height=300, elem_classes="rq-table",
                             column_widths=["30%", "21%", "9%", "6%", "7%", "12%", "15%"])
        with gr.Row(equal_height=False, elem_id="rq-lib-actions"):
            picked = gr.Dropdown(label="Report to re-ingest or remove", choices=[], scale=4, elem_id="rq-pick")
            reingest = gr.Button("Re-ingest", scale=1, min_width=110, elem_id="rq-reingest")
            remove = gr.Button("Remove", variant="stop", scale=1, min_width=110, elem_id="rq-remove")
        library_status = gr.HTML("", padding=False, elem_id="rq-library-status", elem_classes="rq-html")
    return SimpleNamespace(**{k: v for k, v in locals().items() if k not in ("ui", "s")})


def evaluation_tab(ui: WebUI) -> SimpleNamespace:
    with gr.Tab("Evaluation", id="evaluation", elem_id="rq-tab-eval"):
        gr.Markdown("Run the gold questions (questions with known figures) through the assistant with the "
                    "current settings, and score answers, retrieval, citations and abstentions. Answers rated "
                    "wrong (thumbs down) in the chat are listed below; a reviewed one becomes a gold question (split `user`).")
        with gr.Row(equal_height=False):
            gold = gr.File(label="Gold file (optional YAML; default: the bundled gold set and the user gold questions)",
                           file_types=[".yaml", ".yml"], type="filepath", height=140, scale=3)
            with gr.Column(scale=2, min_width=300):
                split = gr.Radio(["all", "dev", "heldout", "user"], value="all", label="Questions")
                run = gr.Button("Run evaluation", variant="primary", elem_id="rq-run-eval")
        eval_head = gr.HTML(render.notice("No run yet: the results, the misses and the charts appear "
                                          "here, with results.json to download."), padding=False,
                            elem_id="rq-eval-head", elem_classes="rq-html")
        with gr.Column(visible=False) as eval_results:
            metrics = gr.Dataframe(headers=["Metric", "all"], interactive=False, label="Metrics",
                                   max_height=520, elem_id="rq-metrics", elem_classes="rq-table")
            charts = gr.HTML("", elem_id="rq-charts", padding=False, elem_classes="rq-html")
            misses = gr.Dataframe(headers=["ID", "Question", "Expected", "Answer", "Why"], datatype="str",
                                  interactive=False, wrap=True, label="Misses", max_height=400,
                                  elem_id="rq-misses", elem_classes="rq-table",
                                  column_widths=["9%", "24%", "12%", "35%", "20%"])
            results_json = gr.File(label="results.json", interactive=False, height=60)
        gr.Markdown("### Feedback from the chat")
        feedback = gr.Dataframe(headers=render_turns.FEEDBACK_HEADERS, datatype="str", interactive=False, wrap=True,
                                max_height=300, elem_id="rq-feedback-list", elem_classes="rq-table",
                                column_widths=["8%", "7%", "22%", "27%", "14%", "15%", "7%"],
                                label="Rated answers (newest first)")
        with gr.Row(equal_height=False, elem_id="rq-gold-actions"):
            reviewed = gr.Dropdown([], label="Reviewed wrong answer to add to the gold set", scale=4,
                                   elem_id="rq-reviewed")
            to_gold = gr.Button("Add to gold set", scale=1, min_width=140, elem_id="rq-add-gold")
            refresh_feedback = gr.Button("Refresh", scale=1, min_width=90, size="sm", elem_id="rq-refresh-feedback")
        gold_status = gr.HTML("", padding=False, elem_id="rq-gold-status", elem_classes="rq-html")
    return SimpleNamespace(**{k: v for k, v in locals().items() if k != "ui"})


def settings_tab(ui: WebUI) -> SimpleNamespace:
    s = ui.settings
    with gr.Tab("Settings", id="settings", elem_id="rq-tab-settings"):
        with gr.Row(equal_height=False):
            with gr.Column(scale=1, min_width=300):
                gr.Markdown("### Answering\nApplies to this browser session's chat and evaluation.")
                mode = gr.Radio(["hybrid", "dense", "bm25"], value=s.mode, label="Retrieval mode",
                                info="hybrid: meaning + keywords (fused); dense: meaning only; bm25: keywords only")
                k = gr.Slider(1, 20, value=s.k, step=1, label="Passages retrieved (k)")
                answerer = gr.Dropdown(ui.answerer_choices(), value=ui._configured_spec(), label="Answerer",
                                       info="An LLM is offered when REPORTQA_LLM names one.")
            with gr.Column(scale=1, min_width=300):
                gr.Markdown("### Model and index")
                status = gr.HTML(ui.status(), padding=False, elem_id="rq-status", elem_classes="rq-html")
                refresh = gr.Button("Refresh status", size="sm")
    return SimpleNamespace(**{k: v for k, v in locals().items() if k not in ("ui", "s")})

"""Feedback and evaluation callbacks: 👍 / 👎 on an answer (with the right answer and the passage
that has it), the Evaluation tab's feedback list that turns a reviewed answer into a gold question
(eval/feedback.py), and the evaluation run that then counts it.
"""

from __future__ import annotations

import base64
import json
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from eval.feedback import append_gold, load_user_gold
from ingest.errors import ReportQAError, UserError

from .. import render, render_eval, render_turns
from ..conversations import ConversationStore
from ..turns import answer_from_record
from .chat import error_notice, unexpected

USER_SPLIT = "user"


def user_gold(data_dir: Path) -> list:
    """The data directory's gold questions made from feedback."""
    return load_user_gold(data_dir)


def charts_html(paths: dict[str, Path]) -> str:
    """Each chart its own image at its own size (readable labels), never squeezed into a gallery."""
    figures = []
    for key, path in paths.items():
        if not key.startswith("chart_"):
            continue
        data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
        caption = render.esc(render_eval.chart_caption(key))
        figures.append(f'<figure class="rq-chart"><img src="data:image/png;base64,{data}" alt="{caption}">'
                       f"<figcaption>{caption}</figcaption></figure>")
    return f'<div class="rq-charts">{"".join(figures)}</div>'


class ReviewCallbacks:
    """Mixed into WebUI: needs `app`, `settings`, `store` and `assistant_for(spec)`."""

    app: Any
    settings: Any
    store: ConversationStore

    def assistant_for(self, spec: str | None) -> Any:  # pragma: no cover - WebUI defines it
        raise NotImplementedError

    # -- feedback in the chat ---------------------------------------------------------------
    def _turn_at(self, conv_id: str | None, index: Any) -> Any:
        index = index[0] if isinstance(index, (list, tuple)) else index
        turns = self.store.turns(conv_id) if conv_id else []
        j = (int(index or 0) - 1) // 2
        if not 0 <= j < len(turns):
            raise UserError("that answer is not saved in a conversation: ask it again")
        return turns[j]

    def on_like(self, conv_id: str | None, evt: gr.LikeData) -> tuple:
        """👍 saves at once; 👎 saves and opens the form for the right answer and its passage.
        Returns (form visible, notice, turn id, passage choices, correction)."""
        hidden = gr.update(visible=False)
        try:
            turn = self._turn_at(conv_id, evt.index)
            if "error" in turn.answer:
                raise UserError("there is no answer to rate here, only an error")
            rating = None if evt.liked in ("", None) else (1 if evt.liked else -1)
            self.store.set_feedback(turn.id, rating)
        except ReportQAError as exc:
            return hidden, render.notice(str(exc), "error"), None, gr.skip(), gr.skip()
        if rating != -1:
            note = "Thanks: marked as right." if rating == 1 else ""
            return hidden, render.notice(note, "ok") if note else "", turn.id, gr.skip(), gr.skip()
        choices = render_turns.passage_choices(answer_from_record(turn.answer))
        return (gr.update(visible=True), "", turn.id,
                gr.update(choices=choices, value=choices[0][1] if choices else None), "")

    def save_feedback(self, turn_id: int | None, correction: str, passage_n: str | None) -> tuple:
        """Store the right answer and the passage the user points at with the 👎; (form, notice)."""
        if turn_id is None:
            return gr.update(visible=False), render.notice("Mark an answer as wrong (thumbs down) first.", "error")
        try:
            turn = self.store.turn(int(turn_id))
            cited = next((c for c in turn.answer.get("citations", []) if str(c.get("n")) == str(passage_n)), None)
            self.store.set_feedback(turn.id, -1, correction, json.dumps(cited, ensure_ascii=False) if cited else None)
        except ReportQAError as exc:
            return gr.skip(), render.notice(str(exc), "error")
        return (gr.update(visible=False),
                render.notice("Saved: the Evaluation tab lists it for review and the gold set.", "ok"))

    # -- the Evaluation tab -----------------------------------------------------------------
    def feedback_view(self) -> tuple:
        """(feedback rows, the 👎 answers that can become gold questions)."""
        turns = self.store.feedback()
        for t in turns:
            t.passage = _passage_label(t.passage)
        choices = render_turns.feedback_choices(turns)
        return render_turns.feedback_rows(turns), gr.update(choices=choices, value=choices[0][1] if choices else None)

    def add_to_gold(self, turn_id: int | None) -> tuple:
        """The reviewed answer as a gold question in the data directory's user gold file."""
        try:
            if turn_id is None:
                raise UserError("pick a reviewed wrong answer first")
            turn = self.store.turn(int(turn_id))
            passage = json.loads(turn.passage) if turn.passage else None
            gold_id = append_gold(self.settings.data_dir, {"question": turn.question, "answer": turn.answer},
                                  turn.correction, passage)
            self.store.mark_gold(turn.id, gold_id)
            message = render.notice(f"Added as gold question {gold_id}: run the evaluation to count it.", "ok")
        except Exception as exc:  # one line: a user error, an environment fault, or a logged bug
            message = error_notice(exc, self.settings)
        return (message, *self.feedback_view())

    def run_evaluation(self, gold_file: str | None, split: str, mode: str, k: float, answerer: str,
                       progress=gr.Progress()) -> tuple:
        """Run the gold questions (bundled plus the user's, or an uploaded file) and show the
        headline, metrics, misses and charts, all from one result."""
        empty = (gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip())
        try:
            from eval.gold import load_gold
            from eval.runner import run_eval
        except ImportError:
            return (render.notice("The evaluation suite is not installed in this build.", "error"), *empty)
        try:
            questions = load_gold(Path(gold_file) if gold_file else None)
            if not gold_file:
                questions += user_gold(self.settings.data_dir)
            if split and split != "all":
                questions = [q for q in questions if q.split == split]
            if not questions:
                raise UserError(f"no gold questions in split {split!r}")
            if not self.app.library.docs():
                raise UserError("the library is empty: add reports in the Library tab first")
            assistant = self.assistant_for(answerer)
            progress(0, desc="Warming up…")

            def step(done: int, total: int, q: Any) -> None:
                progress((done, total), desc=f"Question {done} of {total}", unit="questions")

            result = run_eval(self.app, questions, mode=mode or None, k=int(k) if k else None,
                              assistant=assistant, progress=step,
                              config={"gold": [Path(gold_file).name] if gold_file else ["bundled gold set", "user gold"]})
            paths = result.write(Path(tempfile.mkdtemp(prefix="reportqa-eval-")))
        except ReportQAError as exc:
            return (render.notice(str(exc), "error"), *empty)
        except Exception as exc:
            return (render.notice(unexpected(exc, self.settings), "error"), *empty)
        return (render_eval.eval_headline(result), gr.Column(visible=True), render_eval.metric_rows(result),
                render_eval.miss_rows(result), charts_html(paths), str(paths["json"]))


def _passage_label(raw: str | None) -> str:
    """'[n] title, page p: quote' for a stored passage (citation JSON)."""
    if not raw:
        return ""
    try:
        c = json.loads(raw)
    except ValueError:
        return raw
    where = f", page {c['page']}" if c.get("page") is not None else ""
    return f"[{c.get('n')}] {c.get('title', '')}{where}: {c.get('quote') or c.get('text') or ''}"

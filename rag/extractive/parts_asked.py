"""'What does X consist of?' / 'What is X made up of?' / 'What are the products under X?': a question asking X's
parts with a verb of composition, or as the things under X, is a list question when a table heads a group of rows
with X (every word of the heading named); the rows under it answer. Prose saying what X consists of answers instead."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext, bold_lead
from .cells import TOTAL_ROW, RowHit, words
from .ranked import row_groups, most_specific, label_topic, unmarked_label
from .shape_text import listed, shaped_answer
from .sides import figure_only

# the verb of composition, asked of a subject: 'what does X consist of / include', 'what is included in X', 'what makes up X'
# the rows a heading heads, asked by place: 'what are the products under Companies', 'which items are listed under X'
PARTS_VERB = re.compile(r"^\s*what\s+(?:(?:does|do|did)\s+.+\s+(?:consist|comprise|include)\b|"
                        r"(?:is|are|was|were)\s+(?:.+\s+(?:made\s+up|comprised|composed)\s+of|included\s+in)\b|"
                        r"makes?\s+up\b|(?:are|were)\s+the\s+[a-z][\w\s-]*?\s+(?:listed\s+|shown\s+|grouped\s+)?under\b)", re.I)
_SAYS_PARTS = re.compile(r"\b(?:consist|compris|made up of|composed of|includ)", re.I)
_NOT_NAME = frozenset(words("what does do did consist comprise is are was were made up comprised composed of makes the "
                             "under listed shown grouped"))


def asks_parts(question: str) -> bool:
    """The question asks what something consists of with a verb, not a list noun."""
    return PARTS_VERB.search(question) is not None


def prose_says_parts(ctx: AnswerContext, topic: set[str]) -> bool:
    """A retrieved prose line (not a table row) says what the subject consists of or includes."""
    for p in ctx.passages:
        for line in p.chunk.text.splitlines():
            if " | " in line or " › " in line or not _SAYS_PARTS.search(line):
                continue
            if topic <= set(words(line)):
                return True
    return False


def heading_parts(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """The row labels under the one table heading the question names in full (totals left out), when
    the question asks parts with a verb and no retrieved prose states them; None otherwise."""
    if not asks_parts(question):
        return None
    asked = set(words(question)) - _NOT_NAME
    for passage, table in tables:
        groups = row_groups(table)
        named = most_specific(table, [g for g in groups if g and set(label_topic(g)) and set(label_topic(g)) <= asked])
        if len(named) != 1:
            continue
        topic = set(label_topic(named[0]))
        if prose_says_parts(ctx, topic):
            return None
        labels = list(dict.fromkeys(unmarked_label(label) for label in groups[named[0]] if not TOTAL_ROW.match(label)))
        if len(labels) < 2:
            continue
        lead = listed(labels)
        heading = named[0][:1].upper() + named[0][1:]
        text = f"**{lead}**. {heading} lists: " + "; ".join(labels) + " [1]"
        return shaped_answer(ctx, [RowHit(passage, table, table.rows[0], 0.0)], text, lead, "list", backend)
    return None


def figure_for_parts(question: str, shown: str) -> str | None:
    """'What does X consist of?' asks parts, named: a bold lead that is only a figure names none; why, or None."""
    lead = bold_lead(shown)
    if lead is None or not asks_parts(question) or not figure_only(lead):
        return None
    return f"the question asks what it consists of; the lead {lead} is a figure that names no part"

"""A cell answer whose row says only part of the question, while a sentence says all of it: no bold.

A figure read from a table row answers when the row (with its column and table headings) names what
the question asks. When a word of the question is missing from everything the cell answer reads
('federal state income tax' read from the row 'State income tax'), another row of the table (not its
total) says it ('Statutory federal income tax'), and a retrieved sentence of prose
states a figure in a sentence naming every word of the question ('Federal and state income taxes of
$36.5 million were paid in fiscal year 2019'), the question may address that sentence's figure: the
cell figure is hedged, not bolded.
"""

from __future__ import annotations

import re

from ingest.figures import NUMBER
from ingest.sentences import split_sentences

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import OPERATION_WORDS, TOTAL_ROW, column_words, words
from .passage_tables import tables_of
from .cell_doubt import GENERIC_WORDS
from .rows import ROW_LINE

# a figure in prose: '$36.5 million', '2,164', '12%'
_FIGURE = re.compile(rf"(?<![\w.]){NUMBER.pattern}")


def asked_terms(question: str) -> set[str]:
    """The question's content words naming what it asks (not its operation, unit or generic words)."""
    return {w for w in words(question) if w not in OPERATION_WORDS and w not in GENERIC_WORDS and not w.isdigit()}


def says(said: set[str], word: str) -> bool:
    """`word` among `said`, also inflected ('tax' in 'taxes', which `words` reads 'taxe')."""
    return word in said or any(s.startswith(word) and len(s) <= len(word) + 2 for s in said if len(word) >= 3)


def _other_row_says(table: Table, answer: str, read: set[str], unsaid: set[str]) -> bool:
    """The table read (a row of it in the answer) heads no column with the unsaid words (nor titles them all), and another
    of its rows (not its total) names them all: the question's words part this row's, part another's."""
    rows = [r for r in table.rows if r.split(SEP)[-1] in answer]
    if not rows:
        return False
    headed = column_words(table)
    if any(says(headed | read, w) for w in unsaid):
        return False
    # a closing or total row names the table's topic ('Total operating revenues'), not another item
    others = [r for r in table.rows[:-1] if r not in rows and not TOTAL_ROW.match(r.split(SEP)[-1])]
    return any(all(says(set(words(r)), w) for w in unsaid) for r in others)


def _figures(text: str) -> set[float]:
    return {float(m.group(0).replace(",", "")) for m in _FIGURE.finditer(text)}


def sentence_names_more(ctx: AnswerContext, answer: Answer) -> str | None:
    """Why the bold cell answer is not certain (its row and columns leave a word of the question
    unsaid that a prose sentence with another figure says, with every other word asked), or None."""
    if answer.abstained or "**" not in answer.answer or not ROW_LINE.search(answer.answer):
        return None  # only a figure read from a table row
    asked = asked_terms(ctx.question)
    read = set(words(answer.answer))
    unsaid = {w for w in asked if not says(read, w)}
    if not unsaid or unsaid == asked:
        return None
    if not any(_other_row_says(t, answer.answer, read, unsaid) for _, t in tables_of(ctx)):
        return None
    led = _figures(answer.figure or "")
    for p in ctx.passages:
        text = p.chunk.text
        for start, end in split_sentences(text):
            sentence = text[start:end]
            if ROW_LINE.search(sentence):
                continue  # a table row, not prose
            figures = _figures(re.sub(r"\b(?:19|20)\d{2}\b", " ", sentence))
            said = set(words(sentence))
            if figures and not figures & led and all(says(said, w) for w in asked):
                return (f"the row read does not say '{', '.join(sorted(unsaid))}', which a sentence stating "
                        f"another figure says")
    return None

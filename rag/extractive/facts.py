"""What the answerer reads of a passage that does not depend on the question: its sentences' texts,
lower-case forms, terms, years and figures, whether each is a table row, the passage's heading,
topic and metadata text. Derived once per passage and index version and kept on the snapshot
(`Snapshot.derived`), so each question reads them instead of re-deriving them sentence by sentence.

The values are the exact ones `features.build` computed inline before (same sets built the same
way): keeping them changes no score. They are shared between questions: read them, never modify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ingest.figures import Figure
from ingest.keyword import tokenize

from ..snapshot_memo import kept
from .periods import fiscal_years
from .split_years import end_years, part_years
from .pick import is_numbering, is_version
from .chart_series import caption_money
from .rows import is_row, noted_money
from .unit_note import is_bracket_unit_note, is_unit_note

_ENDS = re.compile(r"[.!?)\]”\"]$")


@dataclass(frozen=True)
class SentenceFacts:
    """One sentence of a passage (`index` in the passage's sentence list)."""

    index: int
    text: str
    lowered: str
    terms: set[str]  # tokenize(text) as a set
    row: bool  # a labelled table row
    years: set[int]  # years its figures are dated, 'FY19', and for a table row its caption's years
    figures: list[Figure]  # every figure parsed, but version numbers
    amounts: list[Figure]  # the figures that are not numbering ('Rank: 1', 'Chapter 5')
    words: int
    ends: bool  # ends as a sentence does (., !, ?, a closing bracket or quote)


@dataclass(frozen=True)
class PassageFacts:
    """One retrieved chunk: the parts of it every question's features read."""

    vectors: np.ndarray  # its sentence vectors as float32
    about: str  # `where(chunk)`: text, title, publisher, section and file, lower-case
    heading_terms: set[str]  # terms of the section heading and the first line
    lowered: str  # text and section, lower-case
    meta: str  # publisher and title, lower-case
    years: set[int]  # every year its sentences are dated
    topic_terms: set[str]  # terms of the topic sentence (the first, or the second after a title line)
    frame: str  # section, title and topic sentence, lower-case
    sentences: tuple[SentenceFacts, ...]


def where(chunk) -> str:
    """Everything that says what a passage is about: its text, report title, publisher, section, file."""
    return " ".join((chunk.text, chunk.title, chunk.publisher, chunk.section or "", chunk.source)).lower()


def passage_facts(snap, pos: int) -> PassageFacts:
    """The facts of chunk `pos` of snapshot `snap`, derived on first use and kept on the snapshot."""
    return kept(snap, ("passage_facts", pos), lambda: derive(snap, pos))


def derive(snap, pos: int) -> PassageFacts:
    chunk = snap.chunks[pos]
    infos = snap.sentences[pos]
    text = chunk.text
    heading_terms = set(tokenize(chunk.section or "")) | set(tokenize(text[: text.find("\n")]))
    chunk_years = {f.year for si_ in infos for f in si_.figures if f.year} | {
        int(f.number) for si_ in infos for f in si_.figures if f.unit == "year"} | set(fiscal_years(text)) | set(end_years(text)) | set(part_years(text))
    topic_terms = set(tokenize(text[infos[0].start:infos[0].end])) if infos else set()
    topic_text = text[infos[0].start:infos[0].end].lower() if infos else ""
    if infos and len(infos) > 1 and infos[0].end - infos[0].start < 60:  # a title line: the next is the topic
        topic_terms |= set(tokenize(text[infos[1].start:infos[1].end]))
        topic_text += " " + text[infos[1].start:infos[1].end].lower()
    sentences = []
    caption_years: set[int] = set()
    tables = None  # the chunk's tables, parsed at its first row: its cells keep the unit a row line leaves unwritten
    for si, sent in enumerate(infos):
        s = text[sent.start:sent.end]
        row = is_row(s)
        years_in = ({f.year for f in sent.figures if f.year} | {int(f.number) for f in sent.figures if f.unit == "year"}
                    | set(fiscal_years(s)) | set(end_years(s)) | set(part_years(s)))  # 'FY19', 'Q4 19': 2019; '2017/18' ends in 2018
        if not row:
            caption_years |= years_in
        else:
            years_in |= caption_years  # a table row belongs to its caption's year
        # 'version 1.0' is a label, 'Unit: 100 million yuan' a scale: neither is an amount
        figures = [f for f in sent.figures if not is_version(s, f) and not is_unit_note(s, f)]
        if row:
            tables = tables if tables is not None else _tables(chunk)
            figures = noted_money(s, figures, tables)
        else:  # a chart series of bare numbers under a money caption ('market size, 2023-2029E: 147 in 2023')
            figures = caption_money(s, figures)
            if figures and chunk.tables_json:
                tables = tables if tables is not None else _tables(chunk)
                figures = [f for f in figures if not _title_unit(s, f, tables)]
        sentences.append(SentenceFacts(si, s, s.lower(), set(tokenize(s)), row, years_in, figures,
                                       [f for f in figures if not is_numbering(s, f)], len(s.split()),
                                       _ENDS.search(s) is not None))
    return PassageFacts(
        vectors=snap.vectors_of(pos).astype(np.float32), about=where(chunk), heading_terms=heading_terms,
        lowered=text.lower() + " " + (chunk.section or "").lower(), meta=f"{chunk.publisher} {chunk.title}".lower(),
        years=chunk_years, topic_terms=topic_terms,
        frame=f"{(chunk.section or '').lower()} {chunk.title.lower()} {topic_text}", sentences=tuple(sentences))


def _title_unit(sentence: str, figure: Figure, tables: list) -> bool:
    """`figure` is the bracketed unit of a table's own title line ('... market size by scenario (RMB 100 million)'):
    a title over a table's headings states what its cells measure, never an amount of its own."""
    return is_bracket_unit_note(sentence, figure) and any(sentence.strip() in (t.title or "").split("\n") for t in tables)


def _tables(chunk) -> list:
    """The tables a chunk carries; none when it carries none or they do not parse (a malformed snapshot)."""
    try:
        return chunk.tables if chunk.tables_json else []
    except (ValueError, KeyError, TypeError):
        return []


def sentence_before(ctx, ev) -> str:
    """The text of the sentence before evidence `ev` in its passage ('' for the first), read from the
    snapshot's sentence spans (`ctx` an AnswerContext)."""
    chunk = ctx.passages[ev.passage_index].chunk
    pos = ctx.snapshot.position.get(chunk.chunk_id)
    if pos is None or ev.sentence_index == 0:
        return ""
    info = ctx.snapshot.sentences[pos][ev.sentence_index - 1]
    return chunk.text[info.start:info.end]


def placed(ctx, ev) -> tuple[str, int] | None:
    """Where evidence `ev` starts in its report: (doc id, character offset, within a heading's length of exact), read
    from its chunk's start and the snapshot's sentence spans; None when the snapshot does not hold its chunk."""
    chunk = ctx.passages[ev.passage_index].chunk
    pos = ctx.snapshot.position.get(chunk.chunk_id) if ctx.snapshot is not None else None
    if pos is None or ev.sentence_index >= len(ctx.snapshot.sentences[pos]):
        return None
    return chunk.doc_id, chunk.char_start + ctx.snapshot.sentences[pos][ev.sentence_index].start

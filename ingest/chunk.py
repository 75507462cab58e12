"""Structure-aware chunking sized in model tokens: headings and pages are boundaries,
sentences and table rows are never cut, tables keep their caption and column names."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .clean import heading_of
from .sentences import split_sentences
from .table_blocks import split_row_line
from .tables import Table, read_block, tables_to_json
from .types import Chunk, DocInfo, Section

TokenCounter = Callable[[Sequence[str]], list[int]]


@dataclass
class Unit:
    """The smallest piece the chunker moves: a sentence, a table row, or a caption."""

    text: str
    start: int  # offset in the document's cleaned text
    end: int
    newline: bool  # starts a new line in the chunk (not a continuation of the previous sentence)
    tokens: int = 0
    row: bool = False
    cells: tuple[Table, int] | None = None  # the table and row index a row unit renders


def document_text(sections: Sequence[Section]) -> str:
    """The cleaned document as one string; chunk offsets point into it."""
    return "\n\n".join(s.text for s in sections)


def guess_title(section: Section) -> str | None:
    """The section's heading, or for a page without one its first short line (a slide title)."""
    if section.heading:
        return section.heading
    for line in section.text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 80 and not s.endswith((".", ",", ";")) and re.search(r"[A-Za-z]{3}", s) and "\t" not in s:
            return s
        return None
    return None


class Chunker:
    """Packs sentence and row units into chunks of at most `max_tokens` word pieces."""

    def __init__(self, count_tokens: TokenCounter, max_tokens: int = 200, overlap_tokens: int = 32) -> None:
        self.count_tokens = count_tokens
        self.max_tokens = max_tokens
        self.overlap_tokens = overlap_tokens
        self._counted: dict[str, int] = {}  # one text's token count, kept for this chunker's run

    def _count_one(self, text: str) -> int:
        """`count_tokens` of one text, tokenized once per chunker: a table's context lines are
        counted while fitting them, again as the fitted prefix, and again under the next table."""
        got = self._counted.get(text)
        if got is None:
            got = self._counted[text] = self.count_tokens([text])[0]
        return got

    def chunk(self, info: DocInfo, sections: Sequence[Section], content_hash: str) -> list[Chunk]:
        chunks: list[Chunk] = []
        seen: set[str] = set()
        offset = 0
        for section in sections:
            title = guess_title(section)
            for prefix, units in self._groups(section, offset, title):
                for text, spans, start, end, tables in self._pack(prefix, units):
                    # the version is part of the id: writing version 2 never relabels version 1
                    chunk_id = hashlib.sha1(f"{info.doc_id}\n{content_hash}\n{text}".encode()).hexdigest()[:20]
                    if chunk_id in seen:
                        continue
                    seen.add(chunk_id)
                    chunks.append(Chunk(
                        chunk_id=chunk_id, doc_id=info.doc_id, text=text, title=info.title,
                        publisher=info.publisher, date=info.date, source=info.source,
                        page=section.page, page_end=section.page, section=title,
                        char_start=start, char_end=end, content_hash=content_hash, sentences=spans,
                        tables_json=tables,
                    ))
            offset += len(section.text) + 2
        return chunks

    # -- structure ---------------------------------------------------------------------------
    def _groups(self, section: Section, base: int, title: str | None):
        """(prefix, units) groups: prose under the heading, and each table with its caption."""
        heading_prefix = title if section.heading else None
        prose: list[Unit] = []
        lines = section.text.split("\n")
        pos = base
        i = 0
        last_caption: Unit | None = None
        while i < len(lines):
            line = lines[i]
            if "\t" in line:
                j = i
                while j < len(lines) and "\t" in lines[j]:
                    j += 1
                start = pos
                end = pos + sum(len(l) + 1 for l in lines[i:j]) - 1
                caption = last_caption.text if last_caption else None
                read = read_block(lines[i:j], caption)
                prefix = "\n".join(p for p in (heading_prefix, caption, read[0].title, read[0].header_line) if p)
                if last_caption and prose and prose[-1] is last_caption:
                    prose.pop()  # the caption travels with its table
                yield from self._flush(heading_prefix, prose)
                prose = []
                yield prefix, [Unit(line, start, end, True, row=True, cells=(t.table, n))
                               for t in read for n, line in enumerate(t.lines)]
                pos = end + 1
                i = j
                last_caption = None
                continue
            stripped = line.strip()
            if stripped and not heading_of(line):
                first = True
                for s, e in split_sentences(line):
                    prose.append(Unit(line[s:e], pos + s, pos + e, first))
                    first = False
                last_caption = prose[-1] if prose and len(stripped) <= 200 else None
            elif heading_of(line) and not section.heading:
                prose.append(Unit(heading_of(line)[1], pos, pos + len(line), True))
            pos += len(line) + 1
            i += 1
        yield from self._flush(heading_prefix, prose)

    @staticmethod
    def _flush(prefix: str | None, units: list[Unit]):
        if units:
            yield prefix, list(units)

    # -- packing -----------------------------------------------------------------------------
    def _pack(self, prefix: str | None, units: list[Unit]):
        """Greedy packing under the token budget, with a one-sentence overlap between chunks."""
        prefix = self._fit_prefix(prefix)
        prefix_tokens = self._count_one(prefix) if prefix else 2
        budget = self.max_tokens - prefix_tokens
        units = self._fit(units, budget)
        current: list[Unit] = []
        used = 0
        for unit in units:
            if current and used + unit.tokens > budget:
                yield self._render(prefix, current)
                tail = current[-1]
                carry = [] if tail.row or tail.tokens > self.overlap_tokens or tail.tokens + unit.tokens > budget else [tail]
                current, used = list(carry), sum(u.tokens for u in carry)
            current.append(unit)
            used += unit.tokens
        if current:
            yield self._render(prefix, current)

    def _fit_prefix(self, prefix: str | None) -> str | None:
        """Keep the context lines (heading, caption, column names) within half the budget,
        dropping lines from the top, then cutting words, so rows always have room."""
        if not prefix:
            return prefix
        limit = self.max_tokens // 2
        lines = prefix.split("\n")
        while len(lines) > 1 and self._count_one("\n".join(lines)) > limit:
            lines.pop(0)
        text = "\n".join(lines)
        words = text.split(" ")
        while len(words) > 1 and self._count_one(" ".join(words)) > limit:
            words = words[: max(1, len(words) * 3 // 4)]
        return " ".join(words)

    def _fit(self, units: list[Unit], budget: int) -> list[Unit]:
        """Count tokens; split only a unit that alone exceeds the budget, at word boundaries,
        re-checking each piece (word-piece counts are not proportional to words)."""
        counts = self.count_tokens([u.text for u in units])
        out: list[Unit] = []
        pending = [(unit, n) for unit, n in zip(units, counts)]
        while pending:
            unit, n = pending.pop(0)
            unit.tokens = max(1, n - 2)  # without [CLS]/[SEP]
            words = unit.text.split(" ")
            if unit.tokens <= budget or len(words) == 1:
                out.append(unit)
                continue
            step = max(1, min(len(words) - 1, int(len(words) * budget / unit.tokens * 0.9)))
            # a table row is cut between its cells, each piece under its row label
            pieces = (split_row_line(unit.text, -(-unit.tokens * 10 // (budget * 9))) if unit.row else []) or \
                [" ".join(words[k:k + step]) for k in range(0, len(words), step)]
            piece_counts = self.count_tokens(pieces)
            split = [(Unit(p, unit.start, unit.end, unit.newline if i == 0 else False, 0, unit.row, unit.cells), c)
                     for i, (p, c) in enumerate(zip(pieces, piece_counts))]
            pending[:0] = split
        return out

    @staticmethod
    def _render(prefix: str | None, units: list[Unit]) -> tuple[str, list[tuple[int, int]], int, int, str]:
        text = prefix + "\n" if prefix else ""
        spans: list[tuple[int, int]] = []
        if prefix:
            spans.extend((s, e) for s, e in split_sentences(prefix))
        for idx, unit in enumerate(units):
            if idx > 0:
                text += "\n" if unit.newline else " "
            spans.append((len(text), len(text) + len(unit.text)))
            text += unit.text
        return text, spans, units[0].start, units[-1].end, _tables_of(units)


TABLE_JSON_LIMIT = 16_000  # a table longer than this as JSON is stored row by row with its chunks


def _tables_of(units: list[Unit]) -> str:
    """The tables whose rows are in this chunk, as JSON: whole when small, else only these rows."""
    picked: dict[int, tuple[Table, list[int]]] = {}
    for unit in units:
        if unit.cells is not None:
            table, n = unit.cells
            rows = picked.setdefault(id(table), (table, []))[1]
            if n not in rows:
                rows.append(n)
    out = []
    for table, rows in picked.values():
        whole = tables_to_json([table])
        if len(whole) <= TABLE_JSON_LIMIT:
            out.append(table)
            continue
        keep = {table.rows[n] for n in rows}
        out.append(Table(table.caption, table.columns, [r for r in table.rows if r in keep],
                         [c for c in table.cells if c.row in keep], table.unit, table.scale, table.title))
    return tables_to_json(out)

"""A period heading dates the prose under it: reports print 'Fiscal Year 2018 Compared with Fiscal
Year 2017' over the paragraphs comparing those years, and a sentence there ('LinkedIn operating loss
increased $63 million to $987 million') names no year itself. The nearest heading-like line before a
passage (a short line of words without final punctuation) gives its years, when it names any."""

from __future__ import annotations

import re

from ..snapshot_memo import kept

# a year named as a period: 'Fiscal Year 2018', 'Year Ended March 31, 2019', 'Fiscal 2019', 'FY2019'
_PERIOD_YEAR = re.compile(r"\b(?:fiscal(?:\s+years?)?|years?(?:\s+ended)?|quarters?(?:\s+ended)?|FY)\s*"
                          r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?((?:19|20)\d{2})(?![\d-])", re.I)
_LOOKBACK = 4000  # characters of the report read back from a passage for its heading


def heading_like(line: str) -> bool:
    """A line that reads as a heading: 2 to 14 words, no final full stop, colon or comma, and the
    words mostly capitalised or the line naming a year ('Fiscal Year 2019 Cash Flows')."""
    text = line.strip().strip("#*").strip()
    words = text.split()
    if not 2 <= len(words) <= 14 or re.search(r"[.:;,]$", text) or "|" in text or " — " in text:
        return False
    capital = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capital * 2 > len(words)


def _chunks_by_doc(snap) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for pos, c in enumerate(snap.chunks):
        out.setdefault(c.doc_id, []).append(pos)
    for positions in out.values():
        positions.sort(key=lambda p: snap.chunks[p].char_start)
    return out


def heading_years_before(snap, chunk) -> set[int]:
    """The years the nearest heading-like line before `chunk`'s text in its report names as periods
    ('Fiscal Year 2018', 'Year Ended March 31, 2019'; not a chart's '2020-2029E'): none when that
    heading names none or none is found near."""
    by_doc = kept(snap, ("chunks_by_doc",), lambda: _chunks_by_doc(snap))
    before = [snap.chunks[p] for p in by_doc.get(chunk.doc_id, [])
              if snap.chunks[p].char_start < chunk.char_start and snap.chunks[p].char_end > chunk.char_start - _LOOKBACK]
    lines = [ln for c in before for ln in c.text.split("\n")[1:]]  # a chunk's first line is its title prefix
    for line in reversed(lines):
        if heading_like(line):
            return {int(y) for y in _PERIOD_YEAR.findall(line)}
    return set()


def heading_years_at(snap, chunk, sentence: str) -> list[int]:
    """The years of the period heading in force at `sentence` in `chunk` (as the heading names them:
    'Fiscal Year 2018 Compared with Fiscal Year 2017' -> [2018, 2017]): the last heading-like line
    before the sentence in the chunk, else the nearest before the chunk (`heading_years_before`); empty when
    that heading names no period. A chunk may hold two sections, each under its own heading."""
    at = chunk.text.find(sentence[:60].lstrip("…").strip()) if sentence else -1
    if at > 0:
        for line in reversed(chunk.text[:at].split("\n")[1:]):  # a chunk's first line is its title prefix
            if heading_like(line):
                return [int(y) for y in _PERIOD_YEAR.findall(line)]
    if snap is None or not hasattr(snap, "chunks"):
        return []
    return sorted(heading_years_before(snap, chunk), reverse=True)


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def previous_years(snap, chunk) -> set[int]:
    """A chunk naming no year continues the one before it on its page (chunking cut a section: 'By May 2025,
    ... unicorns' then 'Europe: About 20 in the UK'): the last year that chunk names, the period in force where
    the cut falls; none without a snapshot, for a chunk naming a year itself, or for the first chunk of a page."""
    if snap is None or not hasattr(snap, "chunks") or _YEAR.search(chunk.text):
        return set()
    by_doc = kept(snap, ("chunks_by_doc",), lambda: _chunks_by_doc(snap))
    before = [snap.chunks[p] for p in by_doc.get(chunk.doc_id, []) if snap.chunks[p].char_start < chunk.char_start]
    if not before or before[-1].page != chunk.page:
        return set()
    named = _YEAR.findall(before[-1].text)
    return {int(named[-1])} if named else set()

"""A page's one introducing sentence for its one table, however far apart they are printed: some
pages give the table first and the sentence ('The following table sets forth ...') after the text
between, beyond cells.table_intro's reach; when the page holds no other table and no other such
sentence, that sentence still introduces the table."""

from __future__ import annotations

import re
from typing import Any

from ..snapshot_memo import kept


# a note's numbered title opening the introducing line ('8. Employees.', 'Note 12 Borrowings.'): it names what the
# table measures, so the introducing sentence keeps it
_NOTE_HEADING = re.compile(r"\s*(?:[Nn]ote\s+)?\d{1,3}[.)]?\s+[A-Z][\w&,'’ -]{0,40}\.\s*")


def intro_lines(text: str, intro: re.Pattern[str]) -> list[str]:
    """Each line of `text` that `intro` matches, from the start of the sentence holding the match ('Sales grew.
    The following table ...' gives 'The following table ...')."""
    out = []
    for line in text.splitlines():
        m = intro.search(line)
        if m:
            start = line.rfind(". ", 0, m.start()) + 2 if ". " in line[:m.start()] else 0
            start = 0 if _NOTE_HEADING.fullmatch(line[:start]) else start  # '8. Employees. The average ...'
            out.append(line[start:].strip())
    return out


def sole_intro(snapshot: Any, own: Any, intro: re.Pattern[str]) -> str | None:
    """The one line `intro` matches among the chunks of `own`'s document and page, when every table
    there has `own`'s columns (one table, perhaps split over chunks); None otherwise."""
    if snapshot is None or not hasattr(snapshot, "chunks") or not own.tables_json:
        return None

    def make() -> str | None:
        chunks = [c for c in snapshot.chunks if c.doc_id == own.doc_id and c.page == own.page]
        try:
            shapes = {tuple(t.columns) for c in chunks if c.tables_json for t in c.tables}
        except (ValueError, KeyError, TypeError):
            return None
        if len(shapes) != 1:
            return None
        found = {s for c in chunks for s in intro_lines(c.text, intro)}
        return found.pop() if len(found) == 1 else None

    return kept(snapshot, ("sole_table_intro", own.doc_id, own.page, intro.pattern, intro.flags), make)  # keyed by all it reads

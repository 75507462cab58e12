"""A table of contents read as entries with their pages: extracted text writes each entry as its
title, a leader rule ('-----' or '.....') and the page number on lines of their own; cleaning
would drop the rule and the bare number as residue. Each becomes one line, 'Title (page 36)'."""

from __future__ import annotations

import re

_LEADER = re.compile(r"^\s*[-=_.·•…]{3,}\s*$")
_PAGE = re.compile(r"^\s*(\d{1,4})\s*$")
_LEADER_INLINE = re.compile(r"^(?P<title>\S.*?\S)\s*[.·…]{4,}\s*(?P<page>\d{1,4})\s*$")
MIN_ENTRIES = 3  # fewer entries in a row are not a table of contents
MAX_TITLE_LINES = 3  # an entry's title wrapped over at most this many lines


def _entries(lines: list[str], start: int) -> list[tuple[int, int, str, str]]:
    """(first line, line after, title, page) of each leader-separated entry from `start` on, in a row."""
    found = []
    i = start
    while i < len(lines):
        # a title of 1-3 lines, a leader line, a page number line
        for n in range(1, MAX_TITLE_LINES + 1):
            if i + n + 1 < len(lines) and _LEADER.match(lines[i + n]) and _PAGE.match(lines[i + n + 1]) \
                    and all(l.strip() and not _LEADER.match(l) and not _PAGE.match(l) for l in lines[i:i + n]):
                title = re.sub(r"-\s+(?=[a-z])", "-", " ".join(l.strip() for l in lines[i:i + n]))
                found.append((i, i + n + 2, title, str(int(lines[i + n + 1]))))
                i += n + 2
                break
        else:
            break
    return found


def read_contents(text: str) -> str:
    """`text` with each run of at least MIN_ENTRIES contents entries written 'Title (page N)'."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        inline = _LEADER_INLINE.match(lines[i])
        if inline:  # 'Market overview ........ 12' on one line
            out.extend(["", f"{inline.group('title')} (page {int(inline.group('page'))})", ""])
            i += 1
            continue
        run = _entries(lines, i)
        # the first title starts as late as still gives the same entries (not at the page header above)
        while len(run) >= MIN_ENTRIES and (later := _entries(lines, i + 1)) and len(later) == len(run) \
                and later[-1][1] == run[-1][1]:
            out.append(lines[i])
            i += 1
            run = later
        if len(run) >= MIN_ENTRIES:
            for _, _, title, page in run:  # each its own paragraph: reflow must not run entries together
                out.extend(["", f"{title} (page {page})", ""])
            i = run[-1][1]
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)

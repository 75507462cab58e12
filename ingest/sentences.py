"""Sentence splitting with character spans: abbreviations, decimals and table rows kept whole."""

from __future__ import annotations

import re

# Tokens that end with a period but do not end a sentence.
ABBREVIATIONS = {
    "e.g", "i.e", "etc", "vs", "approx", "inc", "ltd", "co", "corp", "no", "nos", "fig", "figs", "mr", "mrs",
    "dr", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "e.u", "p.r.c", "al", "est", "avg", "min", "max", "dept", "govt", "yoy", "mn", "bn",
    "pte", "pty", "sdn",  # legal forms always followed by the rest of the name ('Pte. Ltd.', 'Pty. Ltd.', 'Sdn. Bhd.')
}

# a sentence end: punctuation before a space or the line's end; a full-width stop; or a period that
# lost its space in extraction, between a word and a capitalised one ('pricing.The core ...')
_BOUNDARY = re.compile(r"[.!?。！？]+[\"'”’)\]]*(?=\s+|$)|[。！？]|(?<=[a-z]{2})\.(?=[A-Z][a-z])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in `text`; every line break ends a unit too.

    Lines are the unit for tables, list items and headings, so a newline is always a boundary.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start_of_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        spans.extend((start_of_line + s, start_of_line + e) for s, e in _split_line(line))
    return spans


def _split_line(line: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if match.group().startswith(".") and _is_abbreviation(line, match.start()):
            continue
        nxt = line[end:].lstrip()
        if nxt and match.group()[0] in ".!?" and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"“'(["):
            continue  # "approx. the", "no. of": lower-case continuation is not a new sentence
        out.append((start, end))
        start = end
    if start < len(line):
        out.append((start, len(line)))
    return [_strip(line, s, e) for s, e in out if line[s:e].strip()]


_INITIALS = re.compile(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}")


def _is_abbreviation(line: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", line[:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    # dotted initials ('S.p.A.', 'S.L.', 'o.o.') glossed by a bracket ('Vanto Italia S.p.A. (Italy), ...'): a
    # company's legal form within its sentence, no sentence's end
    glossed = line[dot:].lstrip(".").lstrip().startswith("(")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or (glossed and bool(_INITIALS.fullmatch(token)))


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end

"""A source passage as HTML with its quoted sentence and figure marked: finding them in the passage
(case and white space aside, a figure also by its number) and cutting a long passage to a window around them.
"""

from __future__ import annotations

import re

from .html_text import esc, line_breaks

WINDOW = 320          # characters of context kept either side of the quoted sentence
FULL_UNDER = 900      # passages shorter than this are shown whole

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CURRENCY = r"(?:(?:USD|US\$|RMB|CNY|EUR|GBP|JPY|HK\$|\$|€|£|¥)\s?)?"
_SCALE = r"(?:\s?(?:%|per ?cent|percent|trillion|billion|million|thousand|bn|mn|tn|[BMKT]\b))?"


def find_span(text: str, needle: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where `needle` occurs in `text[start:end]`, ignoring case and differences in white space."""
    words = (needle or "").split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.I)
    m = pattern.search(text, start, len(text) if end is None else end)
    return m.span() if m else None


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The quoted sentence in its passage; a trimmed quote ('…') is found by its start."""
    quote = (quote or "").strip().rstrip("…").strip()
    if not quote:
        return None
    span = find_span(text, quote)
    if span is None and len(quote) > 80:
        head = find_span(text, quote[:80].rsplit(" ", 1)[0])
        if head is not None:
            stop = text.find(".", head[1])
            span = (head[0], len(text) if stop < 0 else stop + 1)
    return span


def find_figure(text: str, figure: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The figure as written ('USD 615.7 billion'), else its number with currency and scale."""
    end = len(text) if end is None else end
    span = find_span(text, figure, start, end)
    if span:
        return span
    number = _NUMBER.search(figure or "")
    if not number:
        return None
    pattern = re.compile(_CURRENCY + r"(?<![\d.,])" + re.escape(number.group()) + r"(?![\d])" + _SCALE, re.I)
    m = pattern.search(text, start, end)
    return m.span() if m else None


def highlight(text: str, quote: str | None = None, figure: str | None = None) -> str:
    """The passage as HTML: the quoted sentence in <mark class="rq-quote">, the figure in
    <mark class="rq-fig">; long passages are cut to a window around the quote."""
    text = text or ""
    q = find_quote(text, quote or "") if quote else None
    f = None
    if figure:
        f = find_figure(text, figure, *q) if q else None
        f = f or find_figure(text, figure)
    if q and f and not (q[0] <= f[0] and f[1] <= q[1]) and not (f[1] <= q[0] or f[0] >= q[1]):
        f = None  # overlaps the quote's edge: keep the quote only
    lo, hi = 0, len(text)
    anchor = q or f
    if len(text) > FULL_UNDER and anchor:
        lo = max(0, anchor[0] - WINDOW)
        hi = min(len(text), anchor[1] + WINDOW)
        if lo > 0:  # start at a word
            space = text.find(" ", lo)
            lo = space + 1 if 0 <= space < anchor[0] else lo
        if hi < len(text):
            space = text.rfind(" ", anchor[1], hi)
            hi = space if space > anchor[1] else hi
    elif len(text) > FULL_UNDER:
        hi = text.rfind(" ", 0, FULL_UNDER) if text.rfind(" ", 0, FULL_UNDER) > 0 else FULL_UNDER
    spans = [(span[0], span[1], cls) for span, cls in ((q, "rq-quote"), (f, "rq-fig"))
             if span is not None and lo <= span[0] and span[1] <= hi]
    marks: list[tuple[int, int, str]] = []  # (position, order: closes before opens, tag)
    for s, e, cls in spans:
        inner = cls == "rq-fig"
        marks += [(s, 2 if inner else 1, f'<mark class="{cls}">'), (e, -1 if inner else 0, "</mark>")]
    marks.sort(key=lambda m: (m[0], m[1]))
    out, pos = [], lo
    for at, _, tag in marks:
        out.append(esc(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(esc(text[pos:hi]))
    body = "".join(out)
    return ("… " if lo > 0 else "") + line_breaks(body) + (" …" if hi < len(text) else "")

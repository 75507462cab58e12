"""A bar chart's categories read with their data labels: extracted text writes a chart whose category
labels carry their values as one line per bar ('Data management tools 38.1%' / 'Model training tools
36.2%' / ...), a long label broken over lines and its value on the next line joined back by cleaning.
Three or more such lines in a row, each a name and one percentage, are one chart's bars: they become
one line, 'Caption: name 38.1%; name 36.2%; ...', so every bar keeps its name and the chart its caption."""

from __future__ import annotations

import re

from .pies import caption_above

MIN_BARS = 3
MAX_LABEL = 70  # a category label, however many lines it was broken over, is short
_BAR = re.compile(r"^(?P<name>[A-Za-z][^\d\t.,:;!?%]{1," + str(MAX_LABEL) + r"}?)\s+(?P<value>\d{1,3}(?:\.\d+)?%)$")


def bar_of(line: str) -> tuple[str, str] | None:
    """(name, value) of a line holding a category label and one percentage after it, else None."""
    m = _BAR.match(line.strip())
    if m is None or not re.search(r"[A-Za-z]{2}", m.group("name")) or m.group("name").lower().startswith(("note", "source")):
        return None
    return m.group("name").strip(), m.group("value")


def read_label_bars(text: str) -> str:
    """`text` with each run of three or more label-and-percentage lines written as one line under the
    caption just above it: 'Caption: name 38.1%; name 36.2%; ...'; other lines unchanged."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and bar_of(lines[j]) is not None:
            j += 1
        if j - i >= MIN_BARS:
            body = "; ".join(" ".join(bar_of(line)) for line in lines[i:j])
            caption = caption_above(out[-1:]) if out else None
            if caption and ":" not in caption:  # a 'Unit: ...' line is no caption
                out.pop()
            else:
                caption = None
            out.append(f"{caption}: {body}." if caption else f"{body}.")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)

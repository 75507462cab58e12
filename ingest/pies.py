"""A pie chart's slices read with its legend: extracted text writes a pie as a run of bare
percentages that add up to a whole (its data labels, largest first) followed by its legend, one
slice name a line, in the same order. Cleaning would drop the percentages as residue, so each pie
becomes one line, 'Industry applications 52%; AIGC 19%; ...', keeping each share by its name."""

from __future__ import annotations

import re

_PERCENT = re.compile(r"^\d{1,3}(?:\.\d+)?%$")
WHOLE = (98.0, 102.0)  # a pie's rounded shares add up to about 100
MIN_SLICES = 3
MAX_LABEL = 45  # a legend entry is short
_LABEL_END = (".", "!", "?", ";", ":", ",")
CAPTION_LINES = 8  # lines above a pie searched for its caption
MAX_CAPTION = 80


def _percents(line: str) -> list[str] | None:
    """The percentages of a line holding nothing else, or None."""
    tokens = line.split()
    return tokens if tokens and "\t" not in line and all(_PERCENT.match(t) for t in tokens) else None


def _is_legend_entry(line: str) -> bool:
    """A legend entry: a short name with letters and no figures, not a sentence or a note."""
    s = line.strip()
    return 2 <= len(s) <= MAX_LABEL and "\t" not in line and re.search(r"[A-Za-z]{2}", s) is not None \
        and not re.search(r"\d", s) and not s.endswith(_LABEL_END) and not s.lower().startswith(("note", "source"))


def pair_slices(values: list[str], labels: list[str]) -> list[str] | None:
    """Each slice with its legend name, in order, when the legend has one name per slice; None when
    it does not (a legend one name short may have lost any name, or run two onto one line: which
    share is whose is not known, so the names are kept beside the shares, never paired)."""
    if len(labels) == len(values):
        return [f"{l} {v}" for l, v in zip(labels, values)]
    return None


def caption_above(lines: list[str]) -> str | None:
    """The caption written just above a chart: the short lines (title words broken over lines, a
    year, 'By amount') after the last sentence or blank line, joined; None when there are none."""
    kept: list[str] = []
    for line in reversed(lines[-CAPTION_LINES:]):
        s = line.strip()
        if not s or "\t" in line or len(s) > MAX_CAPTION or s.endswith((".", "!", "?", ";")) or _percents(s):
            break
        kept.insert(0, s)
    return " ".join(kept) or None


def read_pies(text: str) -> str:
    """`text` with each pie whose percentages add up to a whole and whose legend follows them written
    as one line under its caption: 'Caption: name 52%; name 19%; ...' (side-by-side pies share the
    caption above the first). A legend that does not pair one name to a slice is kept beside the shares."""
    lines = text.split("\n")
    out: list[str] = []
    caption, ended = None, -1  # the caption of the pie that ended at line `ended`
    i = 0
    while i < len(lines):
        j, values = i, []
        while j < len(lines) and (found := _percents(lines[j])) is not None:
            values += found
            j += 1
        total = sum(float(v.rstrip("%")) for v in values)
        if len(values) >= MIN_SLICES and WHOLE[0] <= total <= WHOLE[1]:
            k = j
            while k < len(lines) and k - j < len(values) and _is_legend_entry(lines[k]):
                k += 1
            legend = [line.strip() for line in lines[j:k]]
            if legend:
                if ended != i:
                    caption = caption_above(out)
                pairs = pair_slices(values, legend)
                body = "; ".join(pairs) if pairs else f"{'; '.join(legend)}: {', '.join(values)}"
                out.extend(["", f"{caption}: {body}." if caption else f"{body}.", ""])  # a sentence of its own
                i = ended = k
                continue
        out.extend(lines[i:max(j, i + 1)])  # a run that is not a pie stays as it was
        i = max(j, i + 1)
    return "\n".join(out)

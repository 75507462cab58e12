"""A list of figures and a list of as many names in one sentence pair in order: 'outperformed them by 17.5%,
13.5%, 24.3%, and 31.6% on benchmarks such as MMLU, MMMU, MATH, and HumanEval' gives MMLU 17.5% and
HumanEval 31.6%, with or without 'respectively'."""

from __future__ import annotations

import re

from ingest.figures import Figure

# what joins the items of a list: ', ', ' and ', ', and ', ' or '
_SEP = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
_JOINED = re.compile(rf"^(?:{_SEP})$", re.I)
_ITEM = r"[^\s,;:()]+(?:\s+(?!(?:and|or)\b)[^\s,;:()]+){0,3}"  # an item of up to four words
_LIST = re.compile(rf"{_ITEM}(?:(?:{_SEP}){_ITEM})+", re.I)
_SEPS = re.compile(_SEP, re.I)


def _runs(low: str, measures: list[Figure]) -> list[list[Figure]]:
    """The runs of two or more figures joined only by list separators ('17.5%, 13.5%, and 31.6%')."""
    runs: list[list[Figure]] = []
    for f in measures:
        if runs and _JOINED.match(low[runs[-1][-1].end:f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return [r for r in runs if len(r) > 1]


def parallel(low: str, spots: list[tuple[int, str]], measures: list[Figure]) -> dict[str, Figure]:
    """Each name named in lower-case `low` (`spots`: position, name) with the figure at its place in the one
    run of as many figures as its list has items; {} unless every name named is in one such list."""
    if len({n for _, n in spots}) < 2:
        return {}
    runs = _runs(low, measures)
    masked = low
    for f in measures:  # a figure is no item of a list of names: it ends one
        masked = masked[:f.start] + ";" * (f.end - f.start) + masked[f.end:]
    for m in _LIST.finditer(masked):
        inside = [(p, n) for p, n in spots if m.start() <= p < m.end()]
        if len(inside) != len(spots):
            continue
        items = len(_SEPS.findall(m.group(0))) + 1
        # the run of as many figures, with no other figure between it and the list ('A and B grew 5%, while C
        # grew 2% and 3%': the run is C's)
        fitting = [r for r in runs if len(r) == items and not any(
            f not in r and min(r[0].start, m.end()) <= f.start < max(r[0].start, m.start()) for f in measures)]
        if len(fitting) != 1:
            return {}
        out = {n: fitting[0][len(_SEPS.findall(low[m.start():p]))] for p, n in inside}
        return out if len(set(map(id, out.values()))) == len(out) else {}
    return {}

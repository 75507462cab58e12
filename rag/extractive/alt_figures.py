"""Each alternative's figure where the name does not come first: years compared ('which year had more
projects, 2023 or 2024?': the figure the sentence dates each year) and figures written before their names
('About 20 in the UK and 6-8 in Israel'); alternatives each naming its own measure ('A's downloads or B's
developers'); and where a sentence names an alternative, in any of its forms."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.figures import Figure
from ingest.keyword import tokenize

from .features import Evidence
from .names import whole_word
from .period_cells import YEAR
from .shared_modifier import shared_modifier_spots
from .superlative import paired  # the lists 'which is the largest' reads

_SLASHED = re.compile(r"[\w&.+-]+(?:/[\w&.+-]+)+")


def slashed(low: str, spots: list[tuple[int, str]], measures: list[Figure]) -> dict[str, Figure]:
    """Names joined by '/' ('language/vision/multimodal models accounted for 78%, 12%, and 10%') take
    the figures that follow the list, in its order; {} unless every name named is in one such list."""
    for m in _SLASHED.finditer(low):
        items = m.group(0).count("/") + 1
        after = [f for f in measures if f.start >= m.end()][:items]
        inside = [(p, n) for p, n in spots if m.start() <= p < m.end()]
        if len(after) < items or not inside or {n for _, n in inside} != {n for _, n in spots}:
            continue
        return {n: after[low[m.start():p].count("/")] for p, n in inside}
    return {}


# what may stand between a figure and the name it belongs to: 'About 20 in the UK', '6-8 for Israel'
_TO_NAME = re.compile(r"^\s*(?:[\w-]+\s+)?(?:in|for|at|from|of|by)\s+(?:the\s+)?$", re.I)


def are_years(names: tuple[str, ...]) -> bool:
    """Every alternative is a year ('2023 or 2024')."""
    return all(YEAR.fullmatch(n.strip()) for n in names)


def by_year(names: tuple[str, ...], evidence: list[Evidence], measures: Callable[[Evidence], list[Figure]],
            on_topic: Callable[[Evidence], bool], depth: int = 12) -> list[tuple[Figure, Evidence]] | None:
    """For years compared: one sentence on topic dating a figure to each year, all in one unit (the first unit
    of the figures it dates to the first year that every year has); [(figure, sentence)] in the order asked, or None."""
    years = [int(n) for n in names]
    for e in evidence[:depth]:
        if not on_topic(e):
            continue
        figs = measures(e)
        for first in [f for f in figs if f.year == years[0]]:
            each = [next((f for f in figs if f.year == y and f.unit == first.unit), None) for y in years]
            if all(f is not None for f in each):
                return [(f, e) for f in each]
    return apart_by_year(years, evidence[:depth], measures, on_topic)


def apart_by_year(years: list[int], evidence: list[Evidence], measures: Callable[[Evidence], list[Figure]],
                  on_topic: Callable[[Evidence], bool]) -> list[tuple[Figure, Evidence]] | None:
    """No one sentence dates every year: each year's figure from the best sentence on topic dating one to it alone
    ('a peak of 1,024 in 2018' ... 'rebounded to 1,076 in 2021'), in one unit; None unless every year has one."""
    got: dict[int, tuple[Figure, Evidence]] = {}

    def take(e: Evidence) -> None:
        figs = measures(e)
        for y in years:
            dated = [f for f in figs if f.year == y]
            if y not in got and len(dated) == 1 and len({f.unit for f in figs}) == 1:
                got[y] = (dated[0], e)

    for e in evidence:
        if not e.row and on_topic(e):
            take(e)
    # 'Activity rebounded to 1,076 in 2021': a sentence of the same passage as another year's carries its measure
    for e in evidence:
        if not e.row and got and len(got) < len(years) and e.passage_index in {x.passage_index for _, x in got.values()}:
            take(e)
    if len(got) < len(years) or len({got[y][0].unit for y in years}) != 1:
        return None
    return [got[y] for y in years]


def before_names(text: str, spots: list[tuple[int, str]], measures: list[Figure],
                 forms: dict[str, tuple[str, ...]] | None = None) -> dict[str, Figure]:
    """'About 20 in the UK and 6-8 in Israel': each name takes the figure right before it (only a preposition
    between), after the name before it as written (one of its `forms`); {} unless every name named gets one."""
    out: dict[str, Figure] = {}
    start = 0
    low = text.lower()
    for p, n in spots:
        fig = next((f for f in reversed(measures) if start <= f.start and f.end <= p and _TO_NAME.match(text[f.end:p])),
                   None)
        if fig is not None and n not in out:
            out[n] = _range_of(text, fig, measures)
        start = p + next((len(f) for f in name_forms(n, (forms or {}).get(n, ())) if low.startswith(f.lower(), p)), len(n))
    return out if len(out) == len({n for _, n in spots}) else {}


def _range_of(text: str, fig: Figure, measures: list[Figure]) -> Figure:
    """'6-8': the upper end read as a figure of its own shows the whole range it closes."""
    low = next((f for f in measures if f.end < fig.start and re.fullmatch(r"\s*[-–]\s*", text[f.end:fig.start])), None)
    return replace(fig, text=text[low.start:fig.end], start=low.start) if low is not None else fig


def longest_mentions(spots: list[tuple[int, str]], low: str | None = None,
                     forms: dict[str, tuple[str, ...]] | None = None) -> list[tuple[int, str]]:
    """The mentions (place, name) without those inside a longer alternative's mention: where 'Grok 4 Fast'
    is named, 'Grok 4' (also asked) is not. Given the lower-case text, a mention is as long as the form written
    there ('OpenAI's TTS-1' written 'TTS-1' is shorter than 'TTS-1 HD')."""
    def length(p: int, n: str) -> int:
        if low is None:
            return len(n)
        return next((len(f) for f in name_forms(n, (forms or {}).get(n, ())) if low.startswith(f.lower(), p)), len(n))
    sized = [(p, n, length(p, n)) for p, n in spots]
    return [(p, n) for p, n, k in sized
            if not any(m != n and j > k and q <= p and p + k <= q + j for q, m, j in sized)]


# 'Tongyi Lingma's downloads or PaddlePaddle + ERNIE's joint developers': a name, its possessive, then one to
# three lower-case words (after an acronym: 'AI unicorn count') naming what is counted of it
_OWNED = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<measure>(?:[A-Z]{2,5}\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})$")


def owned_measures(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Alternatives each naming an owner and its own measure ('A's downloads or B's developers'; a bare name
    after the first takes the first's measure): the owners and the measures, in order; None unless the first
    is so written."""
    found = [_OWNED.match(n.strip()) for n in names]
    if not found[0] or not all(m or (len(n.split()) <= 3 and not re.search(r"['’]", n)) for m, n in zip(found, names)):
        return None
    # 'China's unicorn count compared with India's': a bare name takes the measure before it
    owners = tuple(m.group("owner") if m else n.strip() for m, n in zip(found, names))
    measures = tuple((m or found[0]).group("measure") for m in found)
    return owners, measures


# words naming any measure ('count', 'number'): a sentence counting unicorns need not say 'count'
_GENERIC = frozenset(tokenize("count number amount total value figure size level score"))


def measure_said(text: str, measure: str) -> bool:
    """The sentence names every word of the alternative's own measure but a generic one, in any form
    ('developers', 'developer'; 'AI unicorn count' as 'AI unicorns')."""
    return set(tokenize(measure)) - _GENERIC <= set(tokenize(text))


def name_forms(name: str, aliases: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The name, without a leading owner ('OpenAI's TTS-1' -> 'TTS-1'), with '&' for 'and' and 'and'
    for '&' ('digital human and customer service' ~ 'digital human & customer service'), and its other forms."""
    bare = re.sub(r"^[\w.&-]+['’]s?\s+", "", name)
    swapped = re.sub(r"\s+and\s+", " & ", name) if re.search(r"\sand\s", name) else re.sub(r"\s*&\s*", " and ", name)
    # 'general-purpose' written 'general' ('general/vertical models'): a lower-case compound's first part, tried last
    head = (m.group(1),) if (m := re.fullmatch(r"([a-z]{4,})-[a-z]+", name.strip())) else ()
    return tuple(dict.fromkeys((name, bare, swapped) + aliases + head))


def cell_is(row: str, name: str, aliases: tuple[str, ...] = ()) -> bool:
    """A cell of the row ('Model: TTS-1; ...') is exactly the name, in one of its forms."""
    cells = {c.split(":", 1)[-1].strip().lower() for c in row.split(";")}
    return any(f.lower() in cells for f in name_forms(name, aliases))


def positions(low: str, name: str, aliases: tuple[str, ...] = ()) -> list[int]:
    """Where lower-case `low` names `name` as whole words ('OpenAI's TTS-1 HD' also as 'TTS-1 HD'),
    or else one of its other forms ('American' for 'U.S.')."""
    for form in name_forms(name, aliases):
        spots = [m.start() for m in whole_word(form.lower()).finditer(low)]
        if spots:
            return spots
    # 'intelligent analysis and decision-making' names 'intelligent decision-making'
    return across_cells(low, name) or shared_modifier_spots(low, name)


_CELL_VALUE = re.compile(r"(?:^|;\s*)[^;:]{1,40}:\s*([^;]+)")


def across_cells(low: str, name: str) -> list[int]:
    """A name a table row splits over two cells side by side, owner then product ('Company name: Microsoft;
    Model: Azure Neutral' names 'Microsoft Azure Neutral'): where the first cell's value starts, else []."""
    cells = [(m.start(1), m.group(1).strip()) for m in _CELL_VALUE.finditer(low)]
    wanted = " ".join(name.lower().split())
    return [start for (start, a), (_, b) in zip(cells, cells[1:]) if f"{a} {b}" == wanted][:1]


def unlike(found: list[tuple[Figure, Evidence]]) -> str | None:
    """Why the alternatives' figures cannot be ranked one against another, or None: amounts in different
    currencies, or figures dated different years (a figure's own year, else its sentence's only year)."""
    currencies = {f.currency for f, _ in found if f.unit == "money"}
    if len(currencies) > 1 and None not in currencies:
        return f"the figures are in different currencies ({', '.join(sorted(currencies))})"
    years = [f.year or (next(iter(e.years)) if len(e.years) == 1 else None) for f, e in found]
    if None not in years and len(set(years)) > 1:
        return f"the figures are of different years ({', '.join(str(y) for y in years)})"
    return None


def other_named(between: str, name: str, names: tuple[str, ...]) -> bool:
    """Lower-case `between` (a name's mention to a figure) names another alternative by its first word
    ('urban' of 'urban residents'): the figure is that one's, not `name`'s."""
    return any(whole_word(o.split()[0].lower()).search(between) for o in names
               if o != name and o.split() and len(o.split()[0]) > 2 and o.split()[0].lower() not in name.lower())


def listed_in_parallel(text: str, figures: list[Figure], spots: list[tuple[int, str]],
                       measures: list[Figure]) -> dict[str, Figure]:
    """'by 17.5%, 13.5%, 24.3%, and 31.6% on MMLU, MMMU, MATH, and HumanEval': each name named takes the figure
    the sentence lists in parallel with it (superlative.paired), one of `measures`; {} unless every name gets one."""
    starts = {f.start for f in measures}
    pairs = [(label.lower(), f) for label, f in paired(text, figures) if f.start in starts]
    out: dict[str, Figure] = {}
    for _, n in spots:
        hit = [f for label, f in pairs if label == n.lower() or positions(label, n)]
        if len(hit) == 1:
            out[n] = hit[0]
    return out if len(out) == len({n for _, n in spots}) > 1 else {}

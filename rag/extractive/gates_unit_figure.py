"""The gates asking whether the lead gives a figure of the unit asked, dated the year asked, for the
thing the question names (gates.py lists them in order)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.figures import ISO_CODES, Figure

from .caption_period import caption_year
from .claim import without_figures
from .facts import sentence_before
from .features import Evidence
from .gates_amount import row_amount
from .gates_passage import listed_years
from .names import mentions_entity, new_names, subject_of
from .nil import nil_stated
from .operations import asked_operation
from .pick import pick_figures, unit_figures

if TYPE_CHECKING:
    from .gates import Decision


def unit_figure_for_period(d: Decision) -> str | None:
    """A money/percent/count question with a year needs a figure of that unit dated that year. A
    percent asked as the ratio of two amounts is computed from them: a table row giving amounts
    for that year near the top does (`_ratio_of_amounts`)."""
    s = d.slots
    if s.shape == "which":
        return None  # 'who is the largest by 2024 revenues': the unit ranks the answer, it is not the answer
    if trend_in_words(d):
        return None

    years = s.period_years  # 'the 2024 Notes' asks no period
    if years and s.unit in ("money", "percent", "count") and not any(
            _dated(e, unit_figures(e.figures, s), years) for e in d.evidence[:3]):
        if any(caption_year(d.ctx, e) in years and unit_figures(e.figures, s) for e in d.evidence[:3]):
            return None  # a row of a table introduced 'as of December 31, 2019' gives figures of that period
        if _ratio_of_amounts(d) or measure_row(s.text, d.evidence[:3], years) or d.best.year_ok and nil_stated(s, d.best.text) \
                or s.unit == "money" and counted_row(d, years):
            return None
        if row_amount(s, bool(d.best.row), _dated(d.best, [f for f in d.best.figures if f.unit != "year"], years)):
            return None  # 'the amount of affordable housing credit in 2019': the row's rate is its amount
        return f"no {s.unit} figure for {listed_years(years)} in the passages"
    return None


def trend_in_words(d: Decision) -> bool:
    """A trend asked, and the best sentence states its direction for the period in words ('declined
    sharply in 2020', 'is expected to decline'): it answers with no figure of the unit asked."""
    return bool(d.best.features.get("trend_direction")) and d.best.year_ok


def _dated(e: Evidence, figures: list[Figure], years) -> bool:
    """Whether one of `figures` (of `e`) is dated one of `years` (by itself, or by its sentence or passage)."""
    return any(f.year in years or (f.year is None and (e.years | e.passage_years) & set(years)) for f in figures)


_CELLS = re.compile(r"[^;:]{1,60}: \(?[\d$€£¥-]")
_MEASURE_NOUN = re.compile(r"\b(ratio|rate|margin|yield)s?\b", re.I)


def measure_row(question: str, evidence: list[Evidence], years) -> bool:
    """A percent asked by its measure noun ('the loss ratio', 'the intensity ratio', 'the margin') is
    held by a table row whose label, or the heading owning it, names that noun: its bare cells dated
    the year asked are the measure (a table of ratios gives its unit once, in the heading or not at all)."""
    nouns = {m.group(1).lower() for m in _MEASURE_NOUN.finditer(question)}
    for e in evidence:
        label, dash, cells = e.text.partition(" — ")
        label = label.lower() if dash and (e.row or _CELLS.match(cells)) else ""  # a row passage: 'Label — 2021: 1.2; ...'
        if label and any(re.search(rf"\b{n}s?\b", label) for n in nouns) and \
                _dated(e, [f for f in e.figures if f.unit != "year"], years):
            return True
    return False


# a table heading or caption stating its figures count things: '(thousand units)', '(units)', 'million units'
_COUNT_UNIT = re.compile(r"\((?:in\s+)?(?:(?:thousands?|millions?|billions?|'?000s?|mn|bn|k|m)\s+)?units\)"
                         r"|\b(?:thousand|million|billion)\s+units\b", re.I)


# a heading or title row stating its figures as money per unit of a thing: '(US cents per lb)', '(USD/t)',
# '(EUR per MWh)', '(pence per therm)': the bare figures under it are prices, money of that unit
_PRICE_UNIT = re.compile(r"\((?:[^()]*?\s)?(?:US\s?cents?|cents?|pence|US\$|[A-Z]{3}|[$€£¥])\s*(?:per\s+|/\s*)[A-Za-z]", re.I)
_PRICE_CODE = re.compile(rf"\b(?:{ISO_CODES})\b")


def price_note(head: str) -> bool:
    """Whether a table's heading text states its figures as money per unit of a thing (a price note)."""
    m = _PRICE_UNIT.search(head)
    return bool(m) and (re.search(r"cents?|pence|\$|[€£¥]", m.group(0), re.I) is not None or
                        _PRICE_CODE.search(m.group(0)) is not None)


def counted_row(d: Decision, years) -> bool:
    """A money word asked ('sales') of a table whose heading states its figures in units ('Heat pump sales (thousand
    units)'): the measure is counted, so a table row near the top with a bare figure dated the year asked answers.
    So does one under a price note ('(US cents per lb)'): its bare figures are money per unit, the note's."""
    for e in d.evidence[:3]:
        if not e.row or not _dated(e, [f for f in e.figures if f.unit in ("count", "number")], years):
            continue
        text = d.ctx.passages[e.passage_index].chunk.text
        at = text.find(e.text)
        head = text[:at] if at > 0 else text
        if _COUNT_UNIT.search(head) or price_note(head):
            return True
    return False


def _ratio_of_amounts(d: Decision) -> bool:
    """A percent asked as the ratio of two amounts, or as a part of a whole ('what percentage of options
    outstanding were exercisable': the part's row over the whole's, counts or amounts alike), with a
    table row of amounts (of the year asked, if any) near the top to compute it from."""
    s = d.slots
    return s.unit == "percent" and (s.ratio or asked_operation(s, s.text) == "share") and any(
        e.row and ((_dated(e, [f for f in e.figures if f.unit != "year"], s.years) or caption_year(d.ctx, e) in s.years)
                   if s.years
                   else any(f.unit != "year" for f in e.figures)) for e in d.evidence[:3])


def unit_figure(d: Decision) -> str | None:
    """A money/percent question needs a figure of that unit near the top, unless the score is high
    (or it asks the ratio of two amounts a table row near the top gives, see unit_figure_for_period)."""
    s = d.slots
    if s.shape == "which" or trend_in_words(d):
        return None  # see unit_figure_for_period
    if s.unit in ("money", "percent") and not d.figures and d.best.score < d.threshold + 0.1 and \
            not any(pick_figures(e.text, e.figures, s) for e in d.evidence[:3]) and not _ratio_of_amounts(d) \
            and not nil_stated(s, d.best.text):
        return f"no {s.unit} figure in the best passages"
    return None


def figure_for_named(d: Decision) -> str | None:
    """An amount asked about something the question names (a company, product or place): the
    sentence that leads gives no figure of the unit asked, and no passage sentence near the top
    that names it (in itself or the sentence before) gives one. The reports name it, but give no
    figure for it ('Meituan investing in 30 robotics-related enterprises' is no amount invested)."""
    s = d.slots
    if s.asks != "amount" or s.unit not in ("money", "percent", "count") or s.shape != "figure" or d.figures \
            or trend_in_words(d):
        return None
    named = [e for e in s.entities if not subject_of(d.ctx.snapshot, e.name, d.ctx.passages[d.best.passage_index].chunk.doc_id)]
    if not named:
        return None
    for e in d.evidence[:5]:
        if not unit_figures(e.figures, s):
            continue
        before = sentence_before(d.ctx, e)
        if all(mentions_entity(f"{e.text} {before}".lower(), n) for n in named):
            return None
    return f"the reports name {', '.join(n.name for n in named)} but give no {s.unit} figure for it"


def named_subject(d: Decision) -> str | None:
    """A figure asked of something the question names (a company, product) is not answered by a
    sentence that names none of it but names another ('Alibaba's Tongyi Lingma plug-in has exceeded
    15M downloads' for Baidu's Comate): the sentence is about that other one. The figures' own
    words ('RMB 8.5B', 'USD') name a currency, not another subject (`claim.without_figures`)."""
    s = d.slots
    if s.asks != "amount" or not d.figures or d.best.row:
        return None
    doc = d.ctx.passages[d.best.passage_index].chunk.doc_id
    named = [e for e in s.entities if not e.place and not subject_of(d.ctx.snapshot, e.name, doc)]
    text = d.best.text.lower()
    if not named or any(mentions_entity(text, e) for e in named) or new_names(without_figures(d.best.text, d.best.figures), s) < 1:
        return None
    return f"the closest sentence is about something other than {' or '.join(e.name for e in named)}"

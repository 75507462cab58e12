"""A figure per thing no row states ('revenue per store', 'ancillary revenue per passenger'): the amount
divided by the count of the thing, both read from one table at one address (the year asked, or the
entity's row when the table's columns are the measures), each cited; else None."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.figures import SCALE_NAMES
from ingest.row_lines import short_columns
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, year_of
from .kept_patterns import compiled
from .. import compute
from .asked_scale import scale_asked
from .derivation import calculate, computed_answer, operand, tidy
from .passage_tables import tables_of
from .per_other import NOT_THING
from .period_cells import located, period_cell
from .shape_text import citation_n
from .slots import Slots
from .word_stems import plural_dropped

# 'the (average) ancillary revenue per passenger': the amount's words, then the thing counted
_PER = re.compile(r"\b(?:what|how much)\s+(?:was|were|is|are)\s+(?:the\s+)?(?P<num>[a-z][\w&' -]*?)\s+per\s+"
                  r"(?:each\s+|an?\s+)?(?P<den>[a-z][a-z-]{2,}|(?-i:k?[A-Z][A-Za-z]{1,2}))\b", re.I)  # or a unit: 'per MW'

_SKIP = frozenset({"average", "total", "the", "of", "and", "mean", "annual", "annualized", "in", "for"})
# a count's label names the thing first: 'Passengers carried', 'Number of stores', 'Average number of employees'
_COUNT_HEAD = re.compile(r"^(?:(?:average|total)\s+)?(?:number\s+of\s+|no\.\s+of\s+)?(?P<thing>[a-z]+)", re.I)
_RATE = re.compile(r"\bper\b|%|\bratio\b|\bmargin\b|\brate\b", re.I)


def stem(word: str) -> str:
    """A word's singular stem: 'properties' -> 'property', 'stores' -> 'store'."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    return plural_dropped(w)


# 'per Office property': a name before the thing counted says which item's row (the question names it), not the thing
_NAMED_THING = re.compile(r"\s+(?P<thing>[a-z][a-z-]{2,})\b")
_NOT_NOUN = frozenset("and the for from during over with was were are has had".split())
# a per phrase of several words names the item, then ends with the thing counted: 'per surgical robotics and
# instruments deal (in 2024)'
_PHRASE_END = re.compile(r"[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*)*?\s+(?P<thing>[a-z][a-z-]{2,})"
                         r"(?=\s+(?:in|for|during|at|on|over|from|between|across|by|under|versus|vs)\b|\s*[,?.]|\s*$)")


def asked_per(question: str) -> tuple[list[str], str] | None:
    """The amount's content words and the thing counted of a 'X per Y' question, or None; of 'per Office property'
    the thing is 'property', the capitalised name before it the item whose row holds both."""
    m = _PER.search(question)
    if m is None or stem(m.group("den")) in NOT_THING:
        return None
    named = _NAMED_THING.match(question, m.end("den")) if m.group("den")[0].isupper() else None
    if named is not None and named.group("thing") not in _NOT_NOUN:
        words = [stem(w) for w in re.findall(r"[a-z]+", m.group("num").lower()) if w not in _SKIP]
        return (words, stem(named.group("thing"))) if words else None
    words = [stem(w) for w in re.findall(r"[a-z]+", m.group("num").lower()) if w not in _SKIP]
    return (words, stem(m.group("den"))) if words else None


def phrase_thing(question: str) -> str | None:
    """The last word of a per phrase of several words ('per surgical robotics and instruments deal in 2024': deal),
    the thing counted when its first word counts nothing; None for a one-word phrase."""
    m = _PER.search(question)
    last = _PHRASE_END.match(question, m.start("den")) if m is not None else None
    if last is None or stem(last.group("thing")) in NOT_THING | _NOT_NOUN:
        return None
    return stem(last.group("thing"))


def _words(label: str) -> list[str]:
    return [stem(w) for w in re.findall(r"[a-z]+", label.lower())]


def _amount(labels: list[str], words: list[str], thing: str, year: int | None = None, path: bool = False) -> str | None:
    """The one label naming the amount best: its head noun (the last word asked) and most other words asked (of its
    last part, or its whole `path`: a column 'Book value › Jun 2024 $m'); of labels as good, the one of the `year`."""
    scored = {}
    for label in labels:
        own = _words(label if path else label.split(SEP)[-1])
        if words[-1] not in own or thing in own or _RATE.search(label):
            continue
        scored[label] = sum(w in own for w in words)
    if not scored:
        return None
    best = max(scored.values())
    top = [label for label, s in scored.items() if s == best]
    if len(top) > 1 and year is not None:
        top = [label for label in top if year_of(label) == year]
    return top[0] if len(top) == 1 else None


# a column group's unit naming the thing it counts: 'Sales volume › (thousand tonnes)' counts tonnes
_UNIT_THING = re.compile(r"^\(\s*(?:(?:thousands?|millions?|billions?|'000)\s+(?:of\s+)?)?(?P<thing>[a-z]+)\s*\)$", re.I)


# a label naming the thing last, before its unit in brackets: 'Audit clients (number)', 'Electrolyser (MW)' (the unit
# itself the thing counted)
_LAST_NOUN = re.compile(r"(?P<thing>[a-z]+)\s*\((?P<unit>[^()]*)\)\s*$", re.I)


def _counts(label: str, thing: str) -> bool:
    """Whether a label (a row's, or a column path's) counts the thing: its head ('Number of stores'), or a part
    of its path that is the unit of its figures ('(thousand tonnes)'), or names the thing last before a bracketed
    count or unit ('Audit clients (number)', 'Electrolyser (MW)')."""
    parts = label.split(SEP)
    m = _COUNT_HEAD.match(parts[-1].strip())
    return bool(m and stem(m.group("thing")) == thing) or any(
        (u := _UNIT_THING.match(p.strip())) and stem(u.group("thing")) == thing for p in parts[:-1]) or any(
        (n := _LAST_NOUN.search(p.strip())) and (
            stem(n.group("thing")) == thing and n.group("unit").strip().lower() in ("number", "no.", "#", "count")
            or stem_all(n.group("unit")) == thing or _unit_counts(n.group("unit"), thing)) for p in parts)


def _unit_counts(unit: str, thing: str) -> bool:
    """A bracketed unit counting the thing in a scale: '(million 70cl bottles)', '(thousand units)'."""
    *rest, last = unit.split() or [""]
    return bool(rest) and stem(re.sub(r"[^a-z]", "", last.lower())) == thing and all(
        w.lower() in SCALE_NAMES or w.lower() in ("'000", "000s", "m", "k", "bn", "mn") or re.search(r"\d", w)
        for w in rest)


def _count(labels: list[str], thing: str, head: str, year: int | None = None) -> str | None:
    """The one label counting the thing ('Number of stores', 'Passengers carried (million)', a column group
    in '(thousand tonnes)'), not one of the amount's measure ('Passenger revenue' is revenue); of labels as
    good, the one of the `year`."""
    found = [label for label in labels if _counts(label, thing) and not _RATE.search(label)
             and head not in _words(label.split(SEP)[-1])]
    if len(found) > 1 and year is not None:
        found = [label for label in found if year_of(label) == year]
    return found[0] if len(found) == 1 else None


def _stated(table: Table, thing: str) -> bool:
    """The table states a rate per the thing itself (a row or column 'per store')."""
    return any(re.search(rf"\bper\s+{re.escape(thing)}", stem_all(x)) for x in [*table.rows, *table.columns])


def stem_all(text: str) -> str:
    return " ".join(stem(w) for w in re.findall(r"[a-z]+", text.lower()))


def _cells(table: Table, slots: Slots, question: str, words: list[str], thing: str) -> tuple[Cell, Cell] | None:
    """The amount's and the count's cells at one address: rows at the year asked, or columns at the
    entity's row the question names."""
    num, den = _amount(table.rows, words, thing), _count(table.rows, thing, words[-1])
    years = sorted(set(slots.years))
    if num and den and len(years) == 1:
        a = period_cell(RowHit(0, table, num, 1.0), years[0], question)
        b = period_cell(RowHit(0, table, den, 1.0), years[0], question)
        return (a, b) if a is not None and b is not None and a.column == b.column else None
    short = short_columns(table.columns)
    names = {short.get(c, c): c for c in table.columns}
    num = _amount(list(names), words, thing, years[0] if len(years) == 1 else None, path=True)
    den = _count(list(names), thing, words[-1], years[0] if len(years) == 1 else None)
    low = question.lower()
    rows = [r for r in table.rows if (label := r.split(SEP)[-1].strip().lower()) and len(label) > 2
            and compiled(rf"\b{re.escape(label)}\b").search(low)]
    if not (num and den) or len(rows) != 1:
        return None
    a = next((c for c in table.cells if c.row == rows[0] and c.column == names[num]), None)
    b = next((c for c in table.cells if c.row == rows[0] and c.column == names[den]), None)
    return (a, b) if a is not None and b is not None else None


def _found(ctx: AnswerContext, slots: Slots, words: list[str], thing: str) -> list | None:
    """(passage, table, (amount, count)) of each table giving both; None when a table states the rate itself."""
    found = []
    for i, table in tables_of(ctx):
        if _stated(table, thing):
            return None  # the report states a rate per the thing: read, not computed
        pair = _cells(table, slots, ctx.question, words, thing)
        if pair is not None and None not in (pair[0].value, pair[1].value) and pair[1].value:
            found.append((i, table, pair))
    return found


def per_thing(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The amount per thing a question asks, computed from the one table giving both; else None."""
    asked = asked_per(ctx.question)
    if asked is None:
        return None
    words, thing = asked
    found = _found(ctx, slots, words, thing)
    if not found and (other := phrase_thing(ctx.question)) is not None and other != thing:
        found = _found(ctx, slots, words, other)  # 'per surgical robotics deal': the item's row, deals counted
    if found is None or len({(f[2][0].text, f[2][1].text) for f in found}) != 1:
        return None  # no table, or two giving different operands
    i, table, (a, b) = found[0]
    hits = []
    for cell in (a, b):
        hit = located(ctx, RowHit(i, table, cell.row, 1.0), [cell])
        if hit is None:
            return None
        hits.append(hit)
    result = calculate("ratio", [operand(c, citation_n(ctx, hits, h)) for c, h in zip((a, b), hits)])
    if result is None:
        return None
    asked = scale_asked(ctx.question)
    if asked is None or not a.scale or asked[0] == a.scale:
        return computed_answer(ctx, hits, result, backend)
    return _rescaled(ctx, hits, result, a.scale, asked[0], backend)


_SCALES = SCALE_NAMES


def _rescaled(ctx: AnswerContext, hits: list[RowHit], c: compute.Computed, own: str, asked: str,
              backend: str) -> Answer | None:
    """An amount per thing asked in another scale than the amount's ('in USD million' of USD billion): the result
    converted exactly, the amount written with its own scale word in the derivation ('8.7 billion / 34 =
    255.88 million'), which the checker re-computes at full size; None for a scale it cannot write."""
    if own not in _SCALES or asked not in _SCALES:
        return None
    factor = compute.scale_factor(f"1 {own}") / compute.scale_factor(f"1 {asked}")
    t = tidy(replace(c, exact=c.exact * factor, scale=asked))
    answer = computed_answer(ctx, hits, t, backend)
    d = answer.derivation
    if d is None or len(d["operands"]) != 2:
        return None
    d["operands"][0]["value"] = f"{d['operands'][0]['value']} {own}"
    d["result"] = f"{t.text} {asked}"
    formula = f"{d['operands'][0]['value']} / {d['operands'][1]['value']} = {d['result']}"
    answer.answer = answer.answer.replace(t.derivation, formula, 1)
    d["derivation"], d["scale"] = formula, None
    return answer


# a label stating a rate or a mean itself ('Revenue per seat', 'A$/dmt', 'Average fare', 'Yield'; '2023/24' is a year)
_RATE_LABEL = re.compile(r"\bper\b|(?<!\d)/(?!\d)|\brate\b|\bratio\b|\baverage\b|\byield\b|\bmargin\b|%", re.I)


def _labels(answer: Answer) -> tuple[list[str], list[str]]:
    """The rows the lead reads and their columns: a derivation's operands', else the first citation's row label and
    the lead's own line before its quote ('$0.75 (Cash dividend per share › 2019)')."""
    if answer.derivation is not None:
        if answer.derivation.get("op") in ("ratio", "share"):
            return [], []  # an amount over a count: the figure per thing computed (per_thing), not one row's
        ops = answer.derivation.get("operands", [])
        return [str(o.get("row", "")) for o in ops], [str(o.get("column") or "") for o in ops]
    return ([answer.citations[0].quote.split(" — ")[0]], [answer.answer.split(" — ")[0]]) if answer.citations else ([], [])


def count_for_rate(question: str, answer: Answer) -> str | None:
    """Why a lead for a figure per thing is not bolded: every row it reads states no rate and either counts the thing
    and names none of the amount's words ('Staff numbers' for 'revenue per staff member': the count), or names the
    amount and not the thing ('Total revenue' for 'revenue per employee': the whole amount, no figure per one)."""
    asked = asked_per(question)
    labels, columns = _labels(answer)
    if asked is None or not labels or answer.abstained:
        return None
    words, thing = asked
    things = {thing} | ({t} if (t := phrase_thing(question)) else set())
    owns = [set(_words(label.split(SEP)[-1])) for label in labels]
    if any(_RATE_LABEL.search(text) for text in labels + columns):  # the row or the lead's column states a rate
        return None
    if all(own & things and not own & set(words) for own in owns):
        counted = sorted(set.union(*owns) & things, key=lambda t: t != thing)[-1]  # the phrase's last word first
        return f"the question asks a figure per {counted}; the lead's row counts the {counted}s themselves, no figure per one"
    if thing not in _SCALES and all(words[-1] in own and not own & things for own in owns):  # the amount's head
        return f"the question asks a figure per {thing}; the lead's row is the whole amount, no figure per one"
    return None

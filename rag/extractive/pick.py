"""Which figure of a sentence answers the question: the unit and year asked for, the table cell the
question names, the figure its words point at, never one it states as a condition."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.figures import Figure, parse_figures
from ingest.keyword import tokenize

from .kept_patterns import compiled
from .names import ENUMERATION, enumeration_items, mentions
from .named_average import average_figures
from .name_versions import is_name_version
from .rows import best_cell, span_cell, year_cells
from .gates_changed import changed_measure
from .group_label import group_figures
from .dated_figures import movement_years
from .direction_words import APPROXIMATELY, CHANGE_NOUNS, CHANGE_VERB_FORMS, UP_DOWN
from .figure_owner import RESPECTIVELY, dated_by_phrase, own_phrases, ownership
from .slots import QUESTION_FILLER, Slots
from .respective_named import named_respectively
from .item_figures import item_figures
from .value_for import paired_figures


_UNIT_OF_FIGURE = {"money": {"money"}, "percent": {"percent"}, "count": {"count", "number"}, "multiple": {"multiple"},
                   "score": {"count", "number"}, "rank": {"count", "number"}}


def unit_figures(figures: list[Figure], info: Slots) -> list[Figure]:
    """The figures of the unit(s) asked for (any but years when none is); a bare cell of a row noted
    in a currency (`rows.noted_money`: a count with a currency) is money too."""
    wanted = set()
    for unit in info.units:
        wanted |= _UNIT_OF_FIGURE.get(unit, set())
    if not wanted:
        return [f for f in figures if f.unit != "year"]
    noted = "money" in wanted
    return [f for f in figures if f.unit in wanted or (noted and f.currency is not None and f.unit in ("count", "number"))]


def pick_figures(text: str, figures: list[Figure], info: Slots) -> list[Figure]:
    """The figure(s) that answer: right unit, right year (one per year asked when several);
    in a table row, the figure of the column the question names."""
    spanned = span_cell(text, info)  # 'CAGR 2024-2030E' for the CAGR over 2024-2030: one cell for the span
    if spanned is not None:
        figs = [f for f in figures if spanned[0] <= f.start < spanned[1]]
        if figs:
            return [as_written(text, figs[0], spanned)]
    if len(info.years) > 1:  # one cell per year asked, from a row that has a column for each
        spans = year_cells(text, info.years)
        picked = [next((f for f in figures if a <= f.start < b), None) for a, b in spans or []]
        if spans and all(picked):
            return [as_written(text, f, span) for f, span in zip(picked, spans)]
    cell = best_cell(text, info)
    if cell is not None:
        figs = [f for f in figures if cell[0] <= f.start < cell[1]]
        if figs:
            return [as_written(text, figs[0], cell)]
    figs = merge_ranges(text, movement_years(text, respective_years(text, unit_figures(figures, info), info)))
    figs = [f for f in figs if not is_label(text, f)]  # 'ASC 606', 'Note 7', a footnote mark '(1)'
    if not figs and CHANGE_ASKED.search(info.text):
        # 'how much did sales increase by': a sentence that gives the change only as a percent answers with it
        figs = [f for f in figures if f.unit == "percent" and is_change(text, f)][:1]
    if _DURATION_Q.search(info.text):  # 'how long', 'over what duration': a figure of time answers
        timed = [with_time(text, f) for f in figures if _TIME_AFTER.match(text, f.end) and f.unit in ("count", "number")]
        figs = timed or figs
    # a figure the question itself states is its condition ('when tasks exceed 5 steps'), not the answer
    figs = [f for f in figs if not stated_in(f, info.text)] or figs
    # 'aged 65 and above' asked of 'aged 60 and above ... 310 million, and aged 65 and above ... 220 million'
    figs = group_figures(text, figures, figs, [f for f in figures if f.unit != "year" and stated_in(f, info.text)]) or figs
    figs = [f for f in figs if not is_name_version(text, f, info.text)]  # 'DALL-E 3' asked: its 3 is the name
    if not figs:
        return []
    # 'reduced the call duration by 10% and improved the efficiency of seats by 18%': each figure is the
    # change of its own measure; the one whose measure the question names answers
    changed = [f for f in figs if changed_measure(text[:f.start])]
    named = [f for f in changed if _changes_asked(text, f, info)]
    if len(changed) > 1 and len(named) == 1:
        return named
    stated_mean = average_figures(info.text, text, figs)
    if len(stated_mean) == 1 and len(figs) > 1:  # 'averaging at 70.07' among the range's ends: the mean asked
        return stated_mean
    if CHANGE_ASKED.search(info.text):  # 'by how much did X rise': the figure the sentence gives as the change
        changes = [f for f in figs if is_change(text, f)]
        # none of the unit 'how much' suggests is a change ('fell to RMB 0.62/Wh', a level reached): the size of
        # the change is the percent the sentence gives as one ('..., down about 45%')
        changes = changes or [f for f in figures if f.unit == "percent" and is_change(text, f)
                              and not stated_in(f, info.text)]
        if changes:
            return changes[:1]
    if len(info.units) > 1 and info.lead_unit:  # 'what is the growth rate of income': the unit asked first
        figs = [f for f in figs if f.unit in _UNIT_OF_FIGURE.get(info.lead_unit, set())] or figs  # answers
    placed = respective(text, figs, info) or named_respectively(text, figs, info.text)
    if placed is None and info.shape in ("figure", "list"):
        placed = item_figures(text, figs, info.text)  # 'the shares of A and B': each one's own figure
    if placed is not None:
        return placed
    figs = paired_figures(text, figs, info.text)  # '7.2 years for A and 5.8 years for B': the named item's
    mine = clause_asked(text, figs, info)
    if mine:  # 'urban ... RMB 54.2 thousand in 2024, while rural ... RMB 23.1 thousand': the clause of the one asked
        dated = [f for f in mine if not info.years or f.year in info.years or f.year is None]
        # the clause's own figures ranked as a sentence's are: 'about 90% of oxides and 94% of magnets'
        return owned_first(text, dated or mine, info)[:1]
    if len(figs) > 1:
        figs = owned_first(text, figs, info, dated=True)
    if info.years:
        by_year = [next((f for f in figs if f.year == y), None) for y in info.years]
        picked = [f for f in by_year if f is not None]
        if picked:
            return picked if len(info.years) > 1 else picked[:1]
    if info.forecast:
        dated = [f for f in figs if f.year]
        if dated:
            return [max(dated, key=lambda f: f.year)]
    return figs[:1]


# A question asking the size of a change ('by how much did X rise', 'how many points did X gain',
# 'how far has X fallen since', 'how much did X change'), not the level reached.
CHANGE_ASKED = re.compile(r"\b(how much|how far|by how (much|many( percentage)? points)|how many( percentage)? points)\b[^?,;]*?"
                          r"\b(change[sd]?|rise|rose|risen|increase[sd]?|grow|grew|grown|gain(ed)?|fall|fell|fallen|"
                          r"drop(ped)?|decline[sd]?|decrease[sd]?|narrow(ed)?|widen(ed)?|shr[iau]nk)\b", re.I)
# A figure a sentence gives as a change: 'up 5 pct', 'rose by 4.6%', 'dropping by over 99%', 'an increase of RMB 300 billion'
_CHANGE_BEFORE = re.compile(rf"\b(?:{UP_DOWN}|{CHANGE_VERB_FORMS}|an? (?:{CHANGE_NOUNS}|gain) of)"
                            rf"(?:\s+\w+ly)?\s+(?:by\s+)?(?:(?:{APPROXIMATELY})\s+)?$", re.I)


def is_change(text: str, figure: Figure) -> bool:
    """The sentence gives `figure` as a change ('up 5 pct from 2023'), not as a level."""
    return _CHANGE_BEFORE.search(text[max(0, figure.start - 40):figure.start]) is not None


_DURATION_Q = re.compile(r"\bhow long\b|\bwhat (?:duration|period|term)\b|\bhow many (?:days|weeks|months|years)\b|"
                         r"\bover (?:what|which) (?:duration|period)\b|\bwhat (?:is|was|are|were) the (?:\w+\s+)?duration\b",
                         re.I)
_TIME_AFTER = re.compile(r"\s+(days?|weeks?|months?|years?)\b", re.I)


def with_time(text: str, figure: Figure) -> Figure:
    """'2.5' followed by 'years' is a duration: shown as '2.5 years'."""
    m = _TIME_AFTER.match(text, figure.end)
    return replace(figure, text=f"{figure.text} {m.group(1)}", end=m.end()) if m else figure


def as_written(text: str, figure: Figure, cell: tuple[int, int]) -> Figure:
    """A table cell's figure shown as the table writes it: '(114)' and '-72.5' are negatives, not 114
    and 72.5 (a unit in brackets after the cell, '(3,912) (USD)', is no part of it)."""
    raw = text[cell[0]:cell[1]].strip()
    num = re.escape(figure.text.lstrip("$ "))
    m = compiled(r"\$?\s*\(\s*\$?\s*" + num + r"\s*\)(?=\s*(?:\(|$))|\$?\s*[-−]\s*\$?\s*" + num + r"(?=\s*(?:\(|$))").match(raw)
    if m:
        return replace(figure, text=m.group(0))
    return figure


_NUMBERING = re.compile(r"\b(rank|chapter|part|section|no\.?)\s*:?\s*$", re.I)


def is_numbering(text: str, figure: Figure) -> bool:
    """'Rank: 1', 'Chapter 5': a number that orders or labels, not an amount."""
    if figure.unit not in ("count", "number"):
        return False
    # a section number: '3.10 Analysis of AI in the Transportation Industry'
    return _NUMBERING.search(text[:figure.start]) is not None or (
        figure.start == 0 and re.match(r"\d+(?:\.\d+)*\s+[A-Z][a-z]", text) is not None)


_VERSION = re.compile(r"\b(version|ver\.|v\.?)\s*$", re.I)


def is_version(text: str, figure: Figure) -> bool:
    """A number that names a version ('version 1.0 of its framework', 'v2') is a label, not an amount."""
    return _VERSION.search(text[:figure.start]) is not None


def merge_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """'6-8', '15-30%': a range parsed as two figures is one answer, shown whole."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == f.unit and re.fullmatch(r"\s?[-–~]\s?", text[prev.end:f.start]):
            out[-1] = replace(prev, text=text[prev.start:f.end], end=f.end)
        else:
            out.append(f)
    return out


def stated_in(figure: Figure, question: str) -> bool:
    """Whether the question holds this figure's number (not a year)."""
    number = f"{figure.number:g}"
    return bool(compiled(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)").search(question))


def owned_first(text: str, figs: list[Figure], info: Slots, dated: bool = False) -> list[Figure]:
    """Several figures ordered by whose own phrase carries the question's names, words and head noun
    (figure_owner.ownership), then its words around the figure (`word_fit`); kept in order on a tie.
    `dated`: a year inside a figure's own phrase dates it first (dated_by_phrase)."""
    if len(figs) < 2:
        return figs
    spans = figure_spans(text)  # parsed once for all the figures compared
    phrases = own_phrases(text, figs)  # each figure's own phrase, read by both (dating keeps positions)
    if dated:
        figs = dated_by_phrase(text, figs, phrases)
    owned = ownership(text, figs, info.subject, info.text, info.entities, phrases)
    fits = [word_fit(text, f, info, spans) for f in figs]
    if max(fits) > min(fits) or max(owned) > min(owned):
        figs = [f for _, _, f in sorted(zip(owned, fits, figs), key=lambda x: (-x[0][0], -x[0][1], -x[0][2], -x[1]))]
    return figs


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Where each figure of `text` (years left out) starts and ends."""
    return [(f.start, f.end) for f in parse_figures(text, with_years=False)]


def word_fit(text: str, figure: Figure, info: Slots, spans: list[tuple[int, int]] | None = None) -> float:
    """How well a figure matches the question's words around it: '97 languages' for 'how many
    languages', the U.S. figure in a sentence naming several countries (`spans`: `figure_spans(text)`)."""
    wanted = set(info.terms)
    tail = text[figure.end:figure.end + 30]  # the words right after it, up to the next item ('97 languages')
    tail = tail[:m.start()] if (m := re.search(r"[,;]|\b(and|or|while|whereas)\b", tail)) else tail
    after = tokenize(tail)[:2]
    score = 2.0 if set(after) & wanted else 0.0
    start = max(text.rfind(",", 0, figure.start), text.rfind(";", 0, figure.start)) + 1
    # a name between the figure before and this one is whose figure it is ('the large model market RMB
    # 24.6T and the AI Agent market RMB 1.1T'); one named only after it, before the next figure, half so
    spans = figure_spans(text) if spans is None else spans
    start = max([start] + [b for a, b in spans if b <= figure.start])
    end = min([figure.end + 40] + [a for a, b in spans if a >= figure.end])
    before, later = text[start:figure.end].lower(), text[figure.end:end].lower()
    return score + sum(1.0 if mentions(before, n) else 0.5 if mentions(later, n) else 0.0 for n in info.names)


# where a sentence contrasts two subjects: 'X rose 4.6% to RMB 54.2 thousand, while Y saw a 6.6% increase'
_CONTRAST = re.compile(r",\s+(?:while|whereas|but|compared with|versus)\b|;\s+")


def clause_asked(text: str, figures: list[Figure], info: Slots) -> list[Figure]:
    """In a sentence contrasting subjects clause by clause, the figures of the one later clause holding a
    question word the first clause lacks ('rural' of 'urban ..., while rural ...'); [] when no one later
    clause is singled out so (the first clause's figures then answer as usual), or it holds no figure."""
    if info.shape != "figure" or len(info.years) > 1:
        return []  # a comparison or several years asked take each clause's figure, not one
    cuts = [0] + [m.start() for m in _CONTRAST.finditer(text)] + [len(text)]
    if len(cuts) < 3:
        return []
    clauses = [set(tokenize(text[a:b])) for a, b in zip(cuts, cuts[1:])]
    asked = set(info.terms)
    # a later clause leaves the first one's measure words out ('while rural residents saw a 6.6% increase'):
    # it is singled out by a question word the first clause lacks; the first clause is the default
    singled = [k for k, c in enumerate(clauses) if k and (c & asked) - clauses[0]]
    if len(singled) != 1 or _counterpart_asked(text[cuts[0]:cuts[1]], text[cuts[singled[0]]:cuts[singled[0] + 1]],
                                               asked - clauses[0], asked):
        return []
    a, b = cuts[singled[0]], cuts[singled[0] + 1]
    return [f for f in figures if a <= f.start < b]


def _counterpart_asked(first: str, later: str, words: set[str], asked: set[str]) -> bool:
    """Parallel subjects share a head noun ('urban residents' / 'rural residents'): the word before that head
    in the first clause is the counterpart of the later clause's word; a question asking it too ('urban and
    rural') asks both clauses."""
    one, two = tokenize(first), tokenize(later)
    for k, w in enumerate(two[:-1]):
        if w in words and two[k + 1] in one:
            at = one.index(two[k + 1])
            if at and one[at - 1] in asked:
                return True
    return False


def respective(text: str, figures: list[Figure], info: Slots) -> list[Figure] | None:
    """'... by 17.5%, 13.5%, 24.3%, and 31.6% on MMLU, MMMU, MATH, and HumanEval': the figure in the
    place of each listed item the question names, in the order the question names them."""
    if len(figures) < 2:
        return None
    asked = info.text.lower()
    for m in ENUMERATION.finditer(text):
        items = enumeration_items(m.group(1))
        if len(items) != len(figures) or any(re.search(r"\d", i) for i in items):
            continue
        items[0] = _LEAD_IN.sub("", items[0])  # 'such as MMLU': the words introducing the list are no part of it
        named = [(where, k) for k, item in enumerate(items) if (where := _named_at(asked, item)) is not None]
        if named:
            return [figures[k] for _, k in sorted(named)]
    return None


_LEAD_IN = re.compile(r"^.*\b(?:such as|including|like|namely)\s+", re.I)


def _named_at(asked: str, item: str) -> int | None:
    """Where lower-case `asked` names `item` (its first word's place), or None when it does not."""
    if not mentions(asked, item):
        return None
    at = asked.find(item.lower().split()[0])
    return at if at >= 0 else len(asked)


_LABEL_BEFORE = re.compile(r"\b(?:ASC|ASU|IFRS|IAS|SFAS|FAS|Note|Notes|note|notes|Section|section|Item|item|Rule|"
                           r"Topic|Chapter|Schedule|Exhibit|Level|Tier|Phase|Form|Article|Regulation)\s*$")

_NAMED_IN_PARENS = re.compile(r"\(\s*[A-Z][a-z]+\s+$")


def is_label(text: str, figure: Figure) -> bool:
    """A number that names or marks rather than measures: a standard or note ('ASC 606', 'Note 7'),
    a footnote mark ('(1) Working capital ...', 'Other items(1)'), '401(k)', an item number of a
    numbered list ('(1) identify ..., (2) determine ...')."""
    if figure.unit not in ("count", "number"):
        return False
    before, after = text[:figure.start], text[figure.end:]
    if _LABEL_BEFORE.search(before):
        return True
    if _NAMED_IN_PARENS.search(before) and re.match(r"\s*\)", after) and figure.text.isdigit() and len(figure.text) <= 2:
        return True  # '(Scope 2)', '(Class 3)': a small number closing a parenthesis a name word opens numbers that name
    if re.search(r"\($", before) and re.match(r"\)", after) and len(figure.text.strip("()")) <= 2:
        if numbered_item(text, figure.text.strip("()")):
            return True
        return (not before[:-1].strip() or before[-2:-1].isalpha()
                or (before[-2:-1] == " " and re.match(r"\)\s+[A-Z]", after) is not None))
    return re.match(r"\(k\)", after) is not None


def numbered_item(text: str, n: str) -> bool:
    """'(n)' numbers an item of a list the sentence numbers: it also writes '(n+1)' or '(n-1)'."""
    if not n.isdigit():
        return False
    return any(f"({k})" in text for k in (int(n) - 1, int(n) + 1) if k >= 1)


_YEAR_IN = re.compile(r"(?<![\d,.$])((?:19|20)\d{2})(?![\d%])")


def respective_years(text: str, figures: list[Figure], info: Slots | None = None) -> list[Figure]:
    """'$2.5 million, $2.6 million and $2.4 million during fiscal 2019, 2018 and 2017, respectively':
    in a clause ending with 'respectively', the k-th figure of a unit belongs to the k-th year the
    clause lists; a clause listing no year ('of which $9 and $8, respectively, related to software')
    keeps the years of the clause before it. When two clauses give the same years, the one whose
    words the question shares more answers (`info`); the other's figures are left out."""
    if not RESPECTIVELY.search(text):
        return figures
    years_of: dict[int, int] = {}
    groups: list[tuple[set[str], list[Figure], tuple[int, ...]]] = []
    start, years = 0, []
    for m in RESPECTIVELY.finditer(text):
        clause = text[start:m.start()]
        listed = list(dict.fromkeys(int(y) for y in _YEAR_IN.findall(clause)))
        # a clause without years speaks of what follows it ('..., respectively, related to software')
        about = clause if len(listed) >= 2 else text[m.end():m.end() + 80].split(".")[0]
        years = listed if len(listed) >= 2 else years
        for unit in {f.unit for f in figures}:
            own = [f for f in figures if start <= f.start < m.start() and f.unit == unit and f.unit != "year"]
            if len(own) == len(years) >= 2:
                years_of.update({id(f): y for f, y in zip(own, years)})
                groups.append((set(tokenize(about)), own, tuple(years)))
        start = m.end()
    if not years_of:
        return figures
    dropped: set[int] = set()
    if info is not None:
        wanted = {t for t in info.terms if not t.isdigit()}  # the rival clauses give the same years: no year tells them apart
        for same in {(g[2], g[1][0].unit) for g in groups}:
            rivals = [g for g in groups if (g[2], g[1][0].unit) == same]
            if len(rivals) > 1:
                best = max(rivals, key=lambda g: len(g[0] & wanted))  # ties: the first clause
                dropped |= {id(f) for g in rivals if g is not best for f in g[1]}
    return [replace(f, year=years_of[id(f)]) if id(f) in years_of else f for f in figures if id(f) not in dropped]


def _changes_asked(text: str, f: Figure, info: Slots) -> bool:
    """Whether the sentence writes `f` as the change of a measure whose words the question uses."""
    terms = {t for w in changed_measure(text[:f.start]) for t in tokenize(w)} - QUESTION_FILLER
    return bool(terms) and terms <= set(tokenize(info.text))

"""A count's condition written in words, read into the bound form the count machinery reads ('at least one' -> 'at
least 1'; 'an operating loss' -> 'Operating income (loss) below 0'; 'reduced the tax expense' -> 'were below 0'),
and a bound-like phrase that is a column's own name ('in less than 1 year') read as that bucket, no condition."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..number_words import cardinals
from .cells import TOTAL_ROW, words
from .row_sets import CURRENCY, THRESHOLD

_ITEMS_ASKED = re.compile(r"^\s*(?:in\s+|for\s+)?(?:how many|which)\b", re.I)
_NUMBERS = {w: str(n) for w, n in cardinals(0, 12).items()}  # the number words, from their one home
_WORD_BOUND = re.compile(r"\b(than|over|under|above|below|exceed\w*|at least|at most)\s+(" + "|".join(_NUMBERS) + r")\b", re.I)
# 'a net loss', 'an operating loss': the row '<words> income (loss)' written with its loss in brackets
_LOSS = re.compile(r"\bloss(?:es)?\b", re.I)
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$", re.I)
_BRACKET_LOSS = re.compile(r"^(?P<what>.+?)\s+(?:income|profit|earnings|gain)\s*\((?:loss|losses)\)", re.I)
# 'items reduced the tax expense': an item lowering the figure it reconciles to is written below zero
_MOVED_TOTAL = re.compile(r"\b(?P<verb>reduced|lowered|decreased)\s+(?:the\s+)?(?P<what>[a-z][a-z\s]*?)"
                          r"(?=\s+(?:in|for|during|at|as of)\b|\s*\??\s*$)", re.I)
_PERIOD = re.compile(r"(?:^|\s+)(?:(?:at|in|for|during|as of|as at|on)\s+(?:\d|(?:[a-z]+\s+)?\d{4}\b|(?:fiscal|financial)\b)|"
                     r"(?:over|between|from)\s+(?:the\s+)?(?:19|20)\d{2}[EF]?\s*(?:-|–|to\b|and\b))", re.I)  # 'over 2024-2030E': a span
_HAVE = re.compile(r"^(?P<head>\s*(?:in\s+)?how many\s+[a-z][\w\s-]*?\s+(?:had|have|has))\s+(?!an?\s+non|non)", re.I)


def _labels(tables: list[tuple[int, Table]], axis: str) -> list[str]:
    return [label.split(SEP)[-1] for _, t in tables for label in (t.rows if axis == "row" else t.columns)]


# 'more than half of adults', 'under a quarter of respondents': a fraction of a whole is that percent of it
_FRACTIONS = {"half": "50", "a half": "50", "one half": "50", "a third": "33.33", "one third": "33.33",
              "two thirds": "66.67", "two-thirds": "66.67", "a quarter": "25", "one quarter": "25",
              "three quarters": "75", "three-quarters": "75", "a fifth": "20", "one fifth": "20", "a tenth": "10",
              "one tenth": "10"}
_FRACTION_WORDS = "|".join(sorted(_FRACTIONS, key=len, reverse=True))  # longest first: 'two thirds' before 'a third'
_FRACTION_BOUND = re.compile(r"\b(than|over|under|above|below|exceed\w*|at least|at most)\s+(" +
                             _FRACTION_WORDS + r")\s+of\b", re.I)


def number_words(question: str) -> str:
    """A bound written as a word is its number ('at least one programme' -> 'at least 1 programme'), a fraction of a
    whole its percent ('more than half of adults' -> 'more than 50% of adults')."""
    question = _FRACTION_BOUND.sub(lambda m: f"{m.group(1)} {_FRACTIONS[m.group(2).lower()]}% of", question)
    return _WORD_BOUND.sub(lambda m: f"{m.group(1)} {_NUMBERS[m.group(2).lower()]}", question)


_RANKED_BEFORE = re.compile(r"\b(?:largest|biggest|deepest|widest|greatest|highest|smallest|narrowest|least|lowest)\s+$",
                            re.I)


def bracketed_loss(question: str, tables: list[tuple[int, Table]]) -> str:
    """'a(n) X loss' of a table whose row is 'X income (loss)' is that row below zero: the bracketed word names the
    row's negative figures; a superlative's loss is left to sign_words (a rank, not a condition)."""
    for m in _LOSS.finditer(question):
        start = m.start()
        for _ in range(3):  # the one to three words before 'loss' naming the row's own words
            if (w := _WORD_BEFORE.search(question[:start])) is None:
                break
            start = w.start()
            said = set(words(question[start:m.start()]))
            for label in _labels(tables, "row"):
                own = _BRACKET_LOSS.match(label)
                if own and said and set(words(own.group("what"))) == said:
                    if _RANKED_BEFORE.search(question[:start]):
                        return question  # 'the largest net loss': a rank of the signed row (sign_words), no condition
                    lead = re.sub(r"\b(?:an?|the)\s+$", "", question[:start], flags=re.I)
                    return f"{lead}{label} below 0{question[m.end():]}"
    return question


def moved_total(question: str, tables: list[tuple[int, Table]]) -> str:
    """Items asked that 'reduced' a figure a table row names are those written below zero: a reconciliation's
    items add to the figure it ends on (the ones that raise it are no such reading: its opening lines are positive too)."""
    m = _MOVED_TOTAL.search(question)
    if m is None or not (said := set(words(m.group("what")))) \
            or not any(said <= set(words(label)) for label in _labels(tables, "row")):
        return question
    return f"{question[:m.start()]}were below 0{question[m.end():]}"


def bucket_named(question: str, tables: list[tuple[int, Table]]) -> str:
    """A bound-like phrase that is a column's whole name ('due in less than 1 year' of a 'Less than 1 Year' column)
    is that bucket, no condition: the items counted are those with a figure there ('have non-nil ...')."""
    have = _HAVE.match(question)
    if have is None:
        return question
    said = set(words(question[have.end():]))
    named = [c for c in _labels(tables, "column") if re.search(r"\b(?:than|over|under|within|after)\b", c, re.I)
             and re.search(r"\d", c) and (own := set(words(c))) and own <= said]
    if not named:
        return question
    return f"{have.group('head')} non-nil {question[have.end():]}"


# 'rounds of USD 25 million or more': a bound closed by 'or more' with no comparison word before it
_OR_MORE_BOUND = re.compile(rf"(?P<bound>(?:{CURRENCY}\s*)?\d[\d,]*(?:\.\d+)?\s*%?(?:\s*(?:thousands?|millions?|billions?|m|bn)\b)?)"
                            r"\s+or\s+(?:(?P<up>more|above|higher|greater)|less|fewer|below|lower)\b", re.I)


def trailing_bound(question: str) -> str:
    """A figure closed by 'or more' ('of USD 25 million or more') is an inclusive bound: 'at least USD 25 million'
    ('or less': 'at most'), read only when no comparison word leads a bound already."""
    m = _OR_MORE_BOUND.search(question)
    if m is None or THRESHOLD.search(question):
        return question
    word = "at least" if m.group("up") else "at most"
    return f"{question[:m.start()]}{word} {m.group('bound')}{question[m.end():]}"


# 'above the industry average', 'below that of the Europe region': a bound that is another row's figure
_ROW_BOUND = re.compile(r"\b(?P<cmp>above|below|over|under|(?:higher|lower|more|less|greater)\s+than|exceed(?:ed|ing|s)?)\s+"
                        r"(?:that\s+of\s+)?the\s+(?P<what>[a-z][a-z\s-]*?)(?=\s+(?:in|for|during|at|as of)\b|\s*\??\s*$)", re.I)
_AVERAGE = frozenset(("average", "mean"))


def row_bound(question: str, tables: list[tuple[int, Table]]) -> str:
    """A bound naming another row ('a load factor above the industry average') is that row's figure of the measure
    named before it ('above 46.2%'); 'the X average' is X's total row only where the measure is a rate (a total row's
    rate is the whole's average, its amount is no average). Read only when one row of one table so answers."""
    from .measure_meeting import measure_line
    from .residual_rows import residual

    m = _ROW_BOUND.search(question)
    if m is None or THRESHOLD.search(question):
        return question
    said = set(words(m.group("what")))
    average = bool(said & _AVERAGE)
    said -= _AVERAGE
    found = set()
    for _, table in tables:
        line = measure_line(table, question[:m.start()])
        if not said or line is None or line[0] != "column":
            continue
        for row in table.rows:
            own = set(words(row.split(SEP)[-1]))
            if not said <= own or (average and not residual(row.split(SEP)[-1])):
                continue
            cell = next((c for c in table.cells if c.row == row and c.column == line[1]), None)
            if cell is not None and cell.value is not None and (not average or cell.unit == "%" or own & _AVERAGE):
                found.add(f"{cell.value:g}" + ("%" if cell.unit == "%" else ""))
    if len(found) != 1:
        return question
    return f"{question[:m.start()]}{m.group('cmp')} {found.pop()}{question[m.end():]}"


# a clause setting rows aside closing the question ('..., excluding Others')
_ASIDE_LAST = re.compile(r",\s*(?:excluding|except(?:\s+for)?|other than|apart from|not counting|leaving out)\b[^,]*$", re.I)


def measure_after(question: str, tables: list[tuple[int, Table]]) -> str:
    """A measure named after its bound ('had at least 1 programme in Phase 3') is read before it ('had programme in
    Phase 3 at least 1'), a period clause and a clause setting rows aside kept last: only when those words name a column or row of a table (or a
    column group's header, its bracketed note aside)."""
    from .measure_meeting import group_named, own_words

    m = THRESHOLD.search(question)
    if m is None:
        return question
    after = question[m.end():].rstrip(" ?")
    aside = _ASIDE_LAST.search(after)  # ', excluding Others' (set_aside_rows.aside_last put it last): kept last
    after, kept = (after[:aside.start()], after[aside.start():]) if aside else (after, "")
    period = _PERIOD.search(after)
    named, rest = (after[:period.start()], after[period.start():]) if period else (after, "")
    rest += kept
    said = set(words(named))
    if not said or not any((own := own_words(label)) and own <= said and not TOTAL_ROW.match(label)
                           for axis in ("row", "column") for label in _labels(tables, axis)) \
            and not any(group_named(c, said) for _, t in tables for c in t.columns):
        return question
    return f"{question[:m.start()].rstrip()} {named.strip()} {m.group(0).strip()}{rest}?"


# a condition written as a word: the bound it sets on the measure named after it ('double-digit revenue growth' ->
# 'revenue growth at least 10%'; 'a majority of units' -> 'more than 50% of units'; 'fell by more than a tenth' -> 'by
# more than 10%'); the measure runs up to a period clause or the question's end
_DOUBLE_DIGIT = re.compile(r"\b(?:an?\s+)?double[- ]digits?\s+(?P<what>[a-z][a-z\s-]*?)"
                           r"(?=\s+(?:in|for|during|between|from|over|at|as of|on)\b|\s*\??\s*$)", re.I)
_MAJORITY = re.compile(r"\b(?:a|the)\s+majority\s+of\b", re.I)
_BY_FRACTION = re.compile(r"\bby\s+(than|more than|over|less than|under|at least|at most)\s+(" +
                          _FRACTION_WORDS + r")\b(?!\s+of\b)", re.I)
# the condition words no single bound reads: two bounds ('single-digit': 0 to 10), a ratio of two periods ('more
# than doubled'), a sign with no line named ('in the red'), a condition on every period ('grew in every year')
_UNREAD = re.compile(r"\bsingle[- ]digits?\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b|\bin\s+the\s+(?:red|black)\b", re.I)
# 'in the red' / 'in the black': a loss / a profit, read as a signed line below / above 0 (sign_words) where one is
_RED = re.compile(r"\bin\s+the\s+(?P<side>red|black)\b", re.I)
_SIGN_BOUND = re.compile(r"\b(?:below|above)\s+0\b")
# a movement held in every period asked: only after a word of movement ('grew in every year'; 'reported in both years' is no condition)
_EVERY_PERIOD = re.compile(r"\b(?:grew|grown|grow|rose|risen|rise|increased?|increasing|declined?|declining|fell|fallen|fall|"
                           r"decreased?|decreasing|dropped|improved?|expanded|shrank|contracted|gained?|gaining|lost|los(?:e|ing))\b.*?"
                           r"\b(?P<every>(?:in\s+)?(?:every|each)\s+(?:single\s+)?(?:of\s+the\s+)?(?:years?|quarters?|periods?)|"
                           r"(?:in\s+)?(?:both|all)\s+(?:the\s+)?(?:two\s+|three\s+|four\s+)?(?:years|quarters|periods)|"
                           r"in\s+both\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2})\b", re.I)


# a level held in every period asked ('positive LFL growth in every quarter', 'above 10% in both 2023 and 2024'): a
# bound or a sign checked period by period, which no one column's reading is
EVERY_LEVEL = re.compile(r"\b(?:positive|negative|profitable|loss-making|above|below|over|under|(?:more|less|fewer|higher|lower)"
                          r"\s+than|exceed\w*|at\s+least|at\s+most)\b.*?\b(?P<every>(?:in\s+)?(?:every|each)\s+(?:single\s+)?"
                          r"(?:of\s+the\s+)?(?:(?:two|three|four|five)\s+)?(?:years?|quarters?|periods?)|"
                          r"in\s+both\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2})\b", re.I)


def word_bound(question: str) -> str:
    """A condition written as a word read as the bound it sets ('double-digit revenue growth in 2024' -> 'revenue
    growth at least 10% in 2024'; 'a majority of' -> 'more than 50% of'; 'by more than a tenth' -> 'by more than 10%')."""
    question = _RED.sub(lambda m: "a loss" if m.group("side").lower() == "red" else "a profit", question)
    question = _MAJORITY.sub("more than 50% of", question)
    question = _BY_FRACTION.sub(lambda m: f"by {m.group(1)} {_FRACTIONS[m.group(2).lower()]}%", question)
    return _DOUBLE_DIGIT.sub(lambda m: f"{m.group('what').strip()} at least 10%", question)


def unread_condition(question: str, read: str | None = None) -> str | None:
    """The condition word of a count or list question that no bound reads ('single-digit', 'more than doubled', 'in
    the red' unless `read`, the question as the cells were read, has its signed line below 0, 'grew in every year'),
    or None: counting or naming every row would ignore it."""
    if not _ITEMS_ASKED.match(question):
        return None
    if read and _RED.search(question) and _SIGN_BOUND.search(read) and not _SIGN_BOUND.search(question):
        question = _RED.sub(" ", question)  # 'in the red' read as its line below 0
    if (m := _UNREAD.search(question)) is not None:
        return f"the condition '{m.group(0).strip()}' is not read as a bound on the figures"
    if (m := _EVERY_PERIOD.search(question) or EVERY_LEVEL.search(question)) is not None:
        return f"the condition '{m.group('every').strip()}' is not read as a bound on the figures"
    return None


def condition_read(question: str, tables: list[tuple[int, Table]]) -> str:
    """The question with its count or choice condition in bound form (the question as asked when it asks no items)."""
    if not _ITEMS_ASKED.match(question):
        return question
    asked = trailing_bound(word_bound(number_words(question)))
    for read in (row_bound, bracketed_loss, moved_total, bucket_named, measure_after):
        asked = read(asked, tables)
    return asked

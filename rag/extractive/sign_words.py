"""Sign words read as a condition on a signed line ('how many seasons were in deficit' -> 'Surplus/(deficit) below 0',
'which regions were net importers of LNG in 2030E' -> 'Net LNG trade below 0', 'the largest deficit' -> 'the lowest
Surplus/(deficit)'): a word of a sign pair names the sign of the table line that balances the two (its label carries
the pair, or it is a balance / net line printed with both signs), whatever convention prints the negatives."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table

from .cells import TOTAL_ROW, words
from .row_sets import THRESHOLD

# each sign word and its partner: the negative side first
_PAIRS = (("deficit", "surplus"), ("outflow", "inflow"), ("import", "export"), ("seller", "buyer"),
          ("discount", "premium"), ("loss", "profit"))
_NEGATIVE = {n for n, _ in _PAIRS}
_PARTNER = {a: b for p in _PAIRS for a, b in (p, p[::-1])}
# a balance's own sides need no word of the pair in the line's label: a balance or net line printed with both signs
_BALANCE_SIDES = frozenset(("deficit", "surplus", "outflow", "inflow", "import", "export", "seller", "buyer"))
_NET_ONLY = frozenset(("import", "export", "seller", "buyer"))  # 'the largest importer' is a rank by size: a net side only
_BALANCE_LABEL = re.compile(r"^\s*net\b|\bbalance\b", re.I)
_ITEMS_ASKED = re.compile(r"^\s*(?:in\s+|for\s+)?(?:how many|which|number of|list|name)\b", re.I)
_WORD = r"(?P<word>deficit|surplus|outflow|inflow|import|export|seller|buyer|discount|premium|loss|profit)(?:ers?|e?s)?"
# the sign phrase: its verb and article ('was in deficit', 'ran a surplus', 'were net importers', 'trades at a premium')
_PHRASE = re.compile(r"(?:\b(?:was|were|is|are|be|been|ran|run|running|recorded|posted|saw|see|showed|show|had|has|have|"
                     r"carried|carries|carry|reported|traded?|trades|stood|remained|moved)\s+)?"
                     r"(?:\b(?:in|into|at)\s+)?(?:\b(?:a|an|the)\s+)?(?P<sup>(?:largest|biggest|deepest|widest|greatest|highest|"
                     r"(?P<small>smallest|narrowest|least|lowest))\s+)?"
                     r"(?P<between>\b(?:[a-z-]+\s+){0,2}?)(?P<net>net\s+)?" + _WORD + r"\b", re.I)
_ZERO = re.compile(r"\b(?P<side>below|above)\s+0\b")
# kept apart from ingest.cell_values.unmarked_label: this also takes any one letter '(m)', '(B)' and no '¹', '†', 'Deficit2'
_MARK = re.compile(r"(?:\s*\((?:\d{1,2}|[a-z])\)|\*+)+\s*$", re.I)  # a footnote mark closing a label: '(2)', '(b)', '*'


def _bare_name(part: str) -> str:
    """A label part as the name of its line: footnote marks and bracketed asides off, spaces single ('Net LNG trade
    (Mt)(1)' -> 'Net LNG trade')."""
    return " ".join(re.sub(r"\([^)]*\)", " ", _MARK.sub("", part)).split())


def _label_words(part: str) -> set[str]:
    """A label part's words, a plural or agent ending read off ('Exporters' -> 'export')."""
    return {re.sub(r"(?:ers?|e?s)$", "", w) if re.sub(r"(?:ers?|e?s)$", "", w) in _PARTNER else w
            for w in words(part.replace("/", " "))}


def _named_part(label: str, word: str, signed: bool) -> str | None:
    """The header part of a line label carrying both words of the pair ('Surplus/(deficit)(2)'), or one of them on
    a line printed with both signs ('Net inflows'); None when none does ('Asia-Pacific exporters': a name)."""
    pair = {word, _PARTNER[word]}
    for part in label.split(SEP):
        own = _label_words(part)
        if pair <= own or (own & pair and signed):
            return part
    return None


def _signed(table: Table, axis: str, label: str) -> bool:
    """Whether a line's figures carry both signs (a balance printed with its negatives)."""
    values = [c.value for c in table.cells if (c.row if axis == "row" else c.column) == label and c.value is not None]
    return any(v < 0 for v in values) and any(v > 0 for v in values)


def signed_line(tables: list[tuple[int, Table]], word: str, question: str) -> str | None:
    """The name of the one signed line the sign word addresses: a line whose label carries the word of the pair, else
    (a balance's side asked) the one balance / net line printed with both signs whose other words the question says."""
    found: set[str] = set()
    for _, table in tables:
        for axis, labels in (("row", table.rows), ("column", table.columns)):
            for label in labels:
                if axis == "row" and TOTAL_ROW.match(label.split(SEP)[-1]):
                    continue
                if (part := _named_part(label, word, _signed(table, axis, label))) is not None:
                    found.add(_MARK.sub("", part).strip())
    if not found and word in _BALANCE_SIDES:
        said = set(words(question))
        for _, table in tables:
            for axis, labels in (("row", table.rows), ("column", table.columns)):
                for label in labels:
                    parts = [p for p in label.split(SEP) if _BALANCE_LABEL.search(p)]
                    if len(parts) == 1 and _signed(table, axis, label) and not TOTAL_ROW.match(label.split(SEP)[-1]):
                        name = _bare_name(parts[0])
                        own = set(words(name)) - {"net", "balance"}
                        if own and own & said:
                            found.add(name)
    return found.pop() if len(found) == 1 else None


def _line_signed(tables: list[tuple[int, Table]], line: str) -> bool:
    """Whether a line so named is printed with both signs somewhere (its losses are its negatives, not sizes)."""
    return any(_signed(table, axis, label) for _, table in tables for axis, labels in
               (("row", table.rows), ("column", table.columns)) for label in labels
               if line in (_MARK.sub("", p).strip() for p in label.split(SEP)) or line in map(_bare_name, label.split(SEP)))


def sign_side(question: str) -> int:
    """The side of zero a read superlative keeps ('the highest Surplus/(deficit) below 0': -1), 0 when none."""
    m = _ZERO.search(question)
    return 0 if m is None else (-1 if m.group("side").lower() == "below" else 1)


def signed_side(cells: list[Cell], question: str, fell: bool = False) -> list[Cell]:
    """The cells (with a figure) on the side of zero the question keeps: below 0 when it asks the smallest deficit
    ('... below 0') or ranks a fall of signed rates (a rise is no decline: 'the smallest decline' is the negative
    nearest zero), above 0 when it says so (maybe none); all the cells when no side is kept."""
    side = sign_side(question) or (-1 if fell and any(c.value is not None and c.value < 0 for c in cells) else 0)
    return [c for c in cells if c.value is not None and c.value * side > 0] if side else cells


def _in_named_label(question: str, tables: list[tuple[int, Table]], start: int, end: int) -> bool:
    """Whether the sign word at question[start:end] sits inside a line label of two or more words the question writes
    whole ('how many items make up profit from continuing operations'): there the word is part of a name, no sign."""
    low = question.lower()
    for _, table in tables:
        for label in (*table.rows, *table.columns):
            for part in label.split(SEP):
                name = _bare_name(part).lower()
                if len(name.split()) < 2:
                    continue
                for m in re.finditer(re.escape(name), low):
                    if m.start() <= start and end <= m.end():
                        return True
    return False


def sign_word_read(question: str, tables: list[tuple[int, Table]]) -> str:
    """A count's, a list's or a choice's sign word written as its signed line's bound of zero ('were in deficit' ->
    'had Surplus/(deficit) below 0'), or its superlative as the line's ('the largest deficit' -> 'the lowest
    Surplus/(deficit)': the largest deficit is the most negative balance); the question as asked when no one line
    so reads."""
    if not _ITEMS_ASKED.match(question) or _ZERO.search(question) or THRESHOLD.search(question):
        return question  # (a bound set already: 'a deficit of more than 100' asks a size, read elsewhere)
    for m in _PHRASE.finditer(question):
        word = m.group("word").lower()
        if _in_named_label(question, tables, m.start("word"), m.end("word")):
            continue  # (a word of a row's name: 'profit from continuing operations' is a line, not a sign)
        between = m.group("between") or ""
        if word in _NET_ONLY and "net" not in f"{between}{m.group('net') or ''}".lower().split():
            continue  # 'the largest importer': a rank by size, no sign
        line = signed_line(tables, word, question)
        if line is None:
            continue
        negative = word in _NEGATIVE
        between = re.sub(r"^\s*net\s+|\s+net\s*$", " ", between, flags=re.I).lstrip()
        if m.group("sup"):
            if word in ("loss", "profit", "discount", "premium") and not _line_signed(tables, line):
                return question  # (a loss or a discount may be printed as its size: no superlative read)
            head = f"{question[:m.start()]}{m.group(0)[:m.start('sup') - m.start()]}"
            if m.group("small"):  # 'the smallest deficit': the side's figure nearest zero, the other side not in it
                return f"{head}{'highest' if negative else 'lowest'} {between}{line} " \
                       f"{'below' if negative else 'above'} 0{question[m.end():]}"
            return f"{head}{'lowest' if negative else 'highest'} {between}{line}{question[m.end():]}"
        return f"{question[:m.start()]}{between}{line} {'below' if negative else 'above'} 0{question[m.end():]}"
    return question

"""A set of a table's item rows a question names without naming each one. General property: a plural kind noun
('the eight countries', 'all segments', 'each region', 'the listed producers') names the table's item rows (no total,
subtotal of them, Others or Rest-of row unless its count needs it); words before the noun narrow them to the rows
under the parent row they name ('the molecular diagnostics sub-segments'), the rows whose label shares them ('the
European regions', 'the membrane technologies') or whose text cell holds them ('the Chinese ports'); a count must equal
the rows found; an exclusion ('except X', 'other than X and Y', 'outside X') takes the rows it names out of the set."""

from __future__ import annotations

import re

from ingest.tables import OF_WHICH, SEP, Table

from ..number_words import cardinals
from .place_words import place_of
from .row_lookup import said_words
from .subtotal_rows import closes_block, parts_under
from .whole_rows import total_or_whole
from .word_stems import plural_dropped

_NUMBERS = cardinals(2, 12)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:FY|H[12]|Q[1-4])\b", re.I)
# what a set is opened by: a determiner, a count, or a distributive word
_OPEN = re.compile(r"\b(?P<det>the|all(?:\s+the)?|each(?:\s+of\s+the)?|every|across(?:\s+the)?|among(?:\s+the)?)"
                   r"\s+(?:(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+)?", re.I)
# words that close the noun phrase of the set
_STOP = frozenset("""in of for at on during between across among per each every except excluding outside apart besides aside but combined together
altogether account accounted accounts have had has hold held handle handled represent represented produce produced
bring brought did do does was were is are with from by to that which who whose as over under""".split())
# words that mark a set read whole, not a part of it
_SET_WORDS = frozenset("listed named ranked featured surveyed covered individual shown remaining other major".split())
EXCLUDED = re.compile(r"\b(?:except(?:\s+for)?|excluding|other\s+than|outside(?:\s+of)?|apart\s+from|besides|aside\s+from"
                      r"|but)\s+(?:the\s+)?(?P<x>.+?)(?=\s+(?:in|at|for|during|combined|together|altogether|accounted|account"
                      r"|handle|handled|hold|have|had|produce|bring|represent)\b|[?,;]|$)", re.I)
# kept apart from residual_rows.OTHERS_LED: also 'Rest of ...' and any 'All other...' (an item set's Others rows, set aside)
_OTHERS = re.compile(r"^\s*(?:others?\b.*|other\b.*|rest of .*|all other.*)\s*$", re.I)
_NOT_ITEM = re.compile(r"^\s*(?:n|sample size.*|number of .*|average.*|unweighted average.*|weighted average.*|mean.*)\s*$",
                       re.I)


def _last(row: str) -> str:
    return row.split(SEP)[-1]


def _items(table: Table, periods: bool = False) -> tuple[list[str], list[str]]:
    """(the item rows with a figure, the Others rows among them): no total, whole, 'of which' part, subtotal closing
    a block, or (unless `periods`) period row."""
    valued = [r for r in table.rows if any(c.row == r and c.value is not None for c in table.cells)]
    items = [r for i, r in enumerate(table.rows) if r in valued and not total_or_whole(_last(r))
             and (periods or not _YEAR.search(_last(r))) and not _NOT_ITEM.match(_last(r))
             and not OF_WHICH.match(_last(r)) and not any(total_or_whole(p) for p in r.split(SEP)[:-1])
             and not closes_block(table, i)]
    return items, [r for r in items if _OTHERS.match(_last(r))]


def _headed(items: list[str]) -> list[list[str]]:
    """The item rows grouped by the heading over them ('Loss and LAE ratio › Personal auto', ...), two or more a group."""
    groups: dict[str, list[str]] = {}
    for r in items:
        if SEP in r:
            groups.setdefault(r.rsplit(SEP, 1)[0], []).append(r)
    return [g for g in groups.values() if len(g) >= 2]


def _levels(table: Table, items: list[str]) -> dict[str, list[str]]:
    """Each item row over rows directly below it that add up to it (a parent over its indented parts): its parts."""
    out: dict[str, list[str]] = {}
    for r in items:
        under = parts_under(table, table.rows.index(r))
        if len(under) >= 2 and all(u in items for u in under):
            out[r] = under
    return out


def _words(text: str) -> list[str]:
    return said_words(text).split()


def _form(word: str) -> str:
    """A word as compared with a label's: the place it names ('european' -> 'europe'), singular, lower case."""
    place = place_of(word)
    return plural_dropped((place or word).lower())


def _label_has(label: str, words: list[str]) -> bool:
    forms = {_form(w) for w in _words(label)} | {f for w in _words(label) for f in [plural_dropped(w)]}
    return all(any(_form(w) == f or _form(w).split()[0] == f for f in forms) for w in words)


def phrases(question: str) -> list[tuple[int | None, list[str], str, str]]:
    """The set phrases of a question: (its count, the words before its kind noun, the kind noun, its opener)."""
    out = []
    for m in _OPEN.finditer(question):
        rest = re.sub(r"\bother\s+than\b", "except", re.split(r"[(,;?]", question[m.end():m.end() + 120])[0], flags=re.I)
        tail = re.findall(r"[A-Za-z][A-Za-z&/'-]*", rest)
        if not rest[:1].isalpha():
            continue  # '2024 market size': a period follows, no set
        words: list[str] = []
        for w in tail:
            if w.lower() in _STOP:
                break
            words.append(w)
        words = [w for w in words if w != "&"]
        if not words:
            continue
        det, n = m.group("det").lower(), m.group("n")
        kind = words[-1]
        if kind[:1].isupper():
            continue  # 'the United States': a name, no kind of rows
        distributive = det.split()[0] in ("each", "every")
        if not (kind.lower().endswith("s") or distributive):
            continue
        count = (int(n) if n.isdigit() else _NUMBERS[n.lower()]) if n else None
        out.append((count, words[:-1], kind, det))
    return out


def _attribute_rows(table: Table, items: list[str], mod: list[str]) -> list[str]:
    """The item rows whose text cell (a column of names, not figures) holds the place or words `mod` says."""
    texts = {(c.row, c.column): c.text for c in table.cells if c.value is None and c.text.strip()}
    columns = {col for _, col in texts}
    for col in columns:
        own = [w for w in mod if plural_dropped(w.lower()) not in {plural_dropped(h) for h in _words(col)}]
        rows = [r for r in items if (r, col) in texts and own and _label_has(texts[(r, col)], own)
                and len(_words(texts[(r, col)])) <= 4]
        if len(rows) >= 2:
            return rows
    return []


def _excluded(table: Table, items: list[str], question: str) -> list[str] | None:
    """The item rows an exclusion clause names by label or by a text cell; [] when there is no clause, None when its
    words name no row."""
    m = EXCLUDED.search(question)
    if m is None:
        return []
    said = said_words(re.sub(r"\b(?:and|or)\b", " , ", m.group("x")))
    parts = [said_words(p) for p in re.split(r",|\band\b|\bor\b", m.group("x")) if p.strip()]
    named = [r for r in items if (f := said_words(re.sub(r"\([^)]*\)", " ", _last(r)))).strip()
             and (f in said or any(p.strip() and p in f for p in parts))]
    if named:
        return named
    places = [w for w in _words(m.group("x")) if place_of(w)]
    return _attribute_rows(table, _items(table, periods=True)[0], places) or None


def set_rows(table: Table, question: str) -> list[str] | None:
    """The item rows of `table` the question names as a set (at least two), or None when it names none so."""
    items, others = _items(table)
    dated = _items(table, periods=True)[0]  # rows labelled by date ('Jan 2024') are items a text column names
    if len(dated) < 2:
        return None
    parents = _levels(table, items)
    parts = {u for under in parents.values() for u in under}
    top = [r for r in items if r not in parts]
    excluded = _excluded(table, items, question)
    if excluded is None:
        return None
    forms = [said_words(re.sub(r"\([^)]*\)", " ", _last(r))) for r in dated]
    for count, mod, kind, det in phrases(question):
        phrase = said_words(" ".join([*mod, kind]))
        if any(f.strip() and phrase in f for f in forms):
            continue  # the phrase is a row's own label ('the Nordic countries' row): that row, not a set
        content = [w for w in mod if w.lower() not in _SET_WORDS]
        words = [w for w in _words(" ".join(content)) if w not in ("sub", "the", "and")]
        chosen: list[list[str]] = []
        if words:
            said = said_words(" ".join(content))
            named = [p for p in parents if (f := said_words(re.sub(r"\([^)]*\)", " ", _last(p)))).strip() and f in said]
            if len(named) == 1:
                chosen = [parents[named[0]]]
            else:
                shared = [r for r in items if r not in parents and r not in others and _label_has(_last(r), words)]
                chosen = [shared] if len(shared) >= 2 else [_attribute_rows(table, dated, words)]
            chosen = [c for c in chosen if len(c) >= 2]
        elif count is not None or excluded or det.split()[0] in ("all", "each", "every", "across", "among") \
                or any(w.lower() in _SET_WORDS for w in mod):
            plain = [r for r in top if r not in others]
            leaves = [r for r in items if r not in parents and r not in others]
            chosen = [plain, top, leaves, *_headed(items)] if count is not None else [plain, top] if excluded else [plain]
        for rows in chosen:
            if excluded:
                if not set(excluded) & set(rows):
                    continue
                rows = [r for r in rows if r not in excluded]
            if len(rows) >= 2 and (count is None or count == len(rows) + (0 if not excluded else 0)):
                return rows
    return None

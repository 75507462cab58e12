"""A count or choice of rows that sets some aside ('Excluding inventory movements, how many cost components
increased ...?', 'how many adjustment items, excluding the tax effect, had ...?') counts the rest: the clause is
read last (so the question reads as its plain form does) and the rows it names leave the item rows."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from .cells import words

# a clause between commas, fronted, or closing the question: ', excluding the tax effect,'
_ASIDE = re.compile(r"(?:^\s*|,\s*)(?P<clause>(?:excluding|except(?:\s+for)?|other than|apart from|not counting|leaving out)"
                    r"\s+(?:the\s+)?(?P<x>[^,?]+?))\s*(?:,\s*|(?=\?)|$)", re.I)
_ROWS_ASKED = re.compile(r"^\s*(?:in\s+|for\s+)?(?:how many|which)\b", re.I)
# a noun naming table lines as such, no word of their labels ("the 'Other' rows", 'the subtotal lines')
_CONTAINERS = frozenset({"row", "line", "entry", "item"})
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)


def aside_last(question: str) -> str:
    """The question with a setting-aside clause moved to its end ('Excluding X, how many A rose?' -> 'How many A
    rose, excluding X?'); the question as asked unless it then asks rows ('how many', 'which')."""
    m = _ASIDE.search(question)
    if m is None:
        return question
    rest = (question[:m.start()] + (" " if m.start() and m.end() < len(question) else "") + question[m.end():]).strip()
    if not _ROWS_ASKED.match(rest) or not rest.rstrip("? ").strip():
        return question
    body = rest.rstrip().rstrip("?").rstrip()
    return f"{body[:1].upper()}{body[1:]}, {m.group('clause')[:1].lower()}{m.group('clause')[1:]}?"


def without_aside(question: str) -> str:
    """The question with its setting-aside clause taken out."""
    return _ASIDE.sub(" ", question) if _ROWS_ASKED.match(aside_last(question)) else question


def aside_rows(table: Table, question: str) -> set[str]:
    """The rows of `table` the question sets aside: each a row whose label holds every word of the thing named
    (or, when no label holds them all, of each part a list of things names); none unless every part names one."""
    m = _ASIDE.search(question)
    if m is None or not _ROWS_ASKED.match(aside_last(question)):
        return set()
    labels = {r: set(words(r.split(SEP)[-1])) for r in table.rows}

    def named(text: str) -> set[str]:
        own = set(words(text)) - _CONTAINERS  # "the 'Other' rows": the rows whose label says 'other'
        return {r for r, have in labels.items() if own and own <= have}

    whole = named(m.group("x"))
    if whole:
        return whole
    parts = [named(p) for p in _PARTS.split(m.group("x")) if p.strip()]
    return set().union(*parts) if len(parts) >= 2 and all(parts) else set()

"""A capitalised word no passage writes, in any case, built as an English abstract noun or adjective
('Recognition', 'Equity', 'Financial'): a heading word the question borrowed from another page, not a
proper name (names seldom end so), so no gate asks a passage to write it."""

from __future__ import annotations

import re

from .written_whole import writes_whole

# derivational endings of common nouns and adjectives ('-tion', '-ment', '-ity', '-ial', '-ance')
_DERIVED = re.compile(r"(?:[st]ion|ment|ity|ial|ance|ence|ness|ship|ive|ical|ture)$")


def derived_word(word: str) -> bool:
    """Whether `word` (6 letters or more) ends as a derived common noun or adjective does."""
    return len(word) >= 6 and bool(_DERIVED.search(word.lower()))


def unwritten(word: str, texts: list[str]) -> bool:
    """Whether no text writes `word` whole in any case."""
    return not writes_whole(word, texts, ignore_case=True)


def unwritten_derived(word: str, texts: list[str]) -> bool:
    """A derived common word ('Recognition') that no text writes: read as an ordinary word, not a name."""
    return derived_word(word) and unwritten(word, texts)

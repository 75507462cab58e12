"""A capitalised ordinary word is no name: 'the Net Revenue', 'Provision for Income Taxes' capitalise
a line item's words, which the page itself writes in lower case ('net revenue'). Such a word is read
as an ordinary word of the question, so no gate asks a passage to name it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Passage
from .question_readings import READINGS
from .slots import Slots, parse_unframed
from .title_case import initial_capital
from .derived_words import unwritten_derived
from .written_whole import writes_whole


def lowercase_in(word: str, texts: list[str]) -> bool:
    """Whether `texts` write capitalised `word` whole in lower case ('revenue' for 'Revenue'): a common word,
    not a name (a name written in lower case, 'o3-pro', is a name wherever it stands)."""
    return word.lower() != word and writes_whole(word.lower(), texts)


def capitalised_within(word: str, texts: list[str]) -> bool:
    """Whether `texts` write `word` capitalised after a lower-case word ('the Company's Variable Rate
    Loans'): the page itself uses it as a name or defined term, not only to open a sentence or a row."""
    pattern = re.compile(rf"[a-z’',]\s+{re.escape(word)}(?![\w-])")
    return any(pattern.search(t) for t in texts)


def defined_item(word: str, question: str) -> bool:
    """'the Revenue', 'the Orders': one capitalised word after 'the' refers to an item as the page labels
    it (as 'the Company' refers to the filer), unlike a run of title-cased words ('the Net Revenues')."""
    return bool(re.search(rf"\bthe {re.escape(word)}(?![\w-])(?!\s+[A-Z])", question)) and \
        not re.search(rf"[A-Z][\w-]*\s+{re.escape(word)}(?![\w-])", question)


def owner_in(word: str, question: str) -> bool:
    """Whether `question` writes `word` possessively ("Accenture's revenue"): an owner, so a name even
    when it ends as a derived common word does."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?:'s|’s|s'|s’)(?!\w)", question) is not None


def ordinary_names(info: Slots, passages: list[Passage]) -> list[str]:
    """The question's one-word names with an initial capital only (no acronym, no inner capital, no
    place, no lone 'the Revenue') that a retrieved passage writes in lower case, and none capitalised
    within a sentence, or a derived common word no passage writes ('Recognition') and the question does not
    write as an owner ("Accenture's"): ordinary words the question capitalised."""
    places = {f for e in info.entities if e.place for f in e.forms}
    texts = [p.chunk.text for p in passages]
    return [n for n in info.names
            if " " not in n and n not in places and initial_capital(n)
            and (lowercase_in(n, texts) and not capitalised_within(n, texts) and not defined_item(n, info.text)
                 or unwritten_derived(n, texts) and not owner_in(n, info.text))]


def without_ordinary_names(info: Slots, passages: list[Passage]) -> Slots:
    """`info` parsed again with its ordinary capitalised words in lower case, so they count as the
    question's subject and measure words, not as names a passage must write; the slots its `text` no
    longer holds (the set-aside items, the sources moved out of the names) are carried over."""
    words = ordinary_names(info, passages)
    if not words:
        return info
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    return replace(parse_unframed(pattern.sub(lambda m: m.group(1).lower(), info.text), aside=info.aside), sources=info.sources,
                   **{name: getattr(info, name) for name in READINGS})  # read from the question as first written

"""Words of a question that only say which report to read ('does CIC say', 'per Frost & Sullivan'):
retrieval searches that publisher's reports for the rest of the question. As keywords they would
favour boilerplate naming the publisher (a disclaimer, a page footer) over the passage asked about."""

from __future__ import annotations

import re
from collections.abc import Iterable

# words of organisation names that are also ordinary words a question may use about its topic
_GENERIC = frozenset("with and of the for research institute insights consultancy consulting group company "
                     "china global international partners associates limited ltd inc co".split())


def publisher_names(publishers: Iterable[tuple[str, str | None]]) -> dict[str, set[str]]:
    """Each name that identifies a publisher (an acronym, a later word of its name) -> its doc ids.
    `publishers` holds (doc_id, publisher) pairs."""
    out: dict[str, set[str]] = {}
    for doc_id, pub in publishers:
        if not pub:
            continue
        words = re.findall(r"[A-Za-z][A-Za-z&]*", pub)
        names = {w for w in words[1:] if w.lower() not in _GENERIC and w[0].isupper()}
        names |= set(re.findall(r"\b[A-Z]{2,}\b", pub))
        pair = re.match(r"\s*([A-Z]\w+)\s*&\s*([A-Z]\w+)", pub)  # 'Frost & Sullivan' as written
        if pair:
            names.add(f"{pair.group(1)} & {pair.group(2)}")
        for n in sorted(names):  # sorted: the same order in every process (a set's follows the hash seed)
            out.setdefault(n, set()).add(doc_id)
    return out


def named_sources(question: str, names: dict[str, set[str]]) -> tuple[list[str], set[str]]:
    """(the publisher names the question writes, as written; the doc ids of those publishers)."""
    said = [n for n in names if re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", question)]
    docs = set().union(*(names[n] for n in said)) if said else set()
    return said, docs


# verbs a question uses for what a report states ('Frost says', 'Frost gives', 'Frost projects')
_REPORTING = ("says?|said|gives?|gave|estimates?|estimated|expects?|projects?|projected|forecasts?|predicts?|"
              "reports?|notes?|shows?|puts?|lists?|describes?|defines?|sees?|counts?|finds?|ranks?|cites?|names?")


def attributed(question: str, word: str) -> bool:
    """Whether `question` writes `word` as the source of a claim: possessive ('Frost's chart'), after
    'per', 'according to', 'by' or 'from', before a reporting verb ('does Frost say'), or set apart at either
    end of the question ('..., Frost', 'Frost - ...'): a name there labels the report, not a subject."""
    w = re.escape(word)
    return bool(re.search(rf"(?<![A-Za-z]){w}['’]s\b|\b(?:per|according to|by|from)\s+{w}(?![A-Za-z&])|"
                          rf"(?<![A-Za-z]){w}\s+(?:{_REPORTING})\b|,\s*{w}\s*[?.!]?\s*$|^\s*{w}\s*[-–—:]",
                          question, re.I))


def first_word(publisher: str | None) -> str | None:
    """The capitalised first word of a publisher's name of several words ('Frost' of 'Frost & Sullivan')."""
    words = re.findall(r"[A-Za-z][A-Za-z]*", publisher or "")
    return words[0] if len(words) >= 2 and words[0][0].isupper() else None


def first_names(publishers: Iterable[tuple[str, str | None]]) -> dict[str, set[str]]:
    """The first word of each publisher's name of several words ('Frost' of 'Frost & Sullivan') -> its
    doc ids, unless an ordinary or place word ('China' of China Insights Consultancy)."""
    out: dict[str, set[str]] = {}
    for doc_id, pub in publishers:
        word = first_word(pub)
        if word and word.lower() not in _GENERIC:
            out.setdefault(word, set()).add(doc_id)
    return out


def attributed_sources(question: str, firsts: dict[str, set[str]]) -> tuple[list[str], set[str]]:
    """(the first words of publishers' names the question writes alone as its source, 'per Frost';
    their doc ids). A first word written with the rest of the name is `named_sources`' business."""
    said = [n for n in firsts if attributed(question, n)]
    docs = set().union(*(firsts[n] for n in said)) if said else set()
    return said, docs


def without_names(question: str, said: list[str]) -> str:
    """The question with the publisher names it writes taken out (for the keyword search), longest
    first: 'Frost & Sullivan' goes whole, not as 'Sullivan' leaving 'Frost &' behind."""
    for n in sorted(said, key=lambda n: (-len(n), n)):
        question = re.sub(rf"(?<![A-Za-z]){re.escape(n)}(?:['’]s)?(?![A-Za-z])", " ", question)
    return question


# kinds of document a title names: 'the white paper' in a question means the report titled so
DOC_KINDS = ("white paper", "whitepaper", "industry report", "annual report", "prospectus", "yearbook")


def title_kinds(titles: Iterable[tuple[str, str | None]]) -> dict[str, set[str]]:
    """Each kind of document (`DOC_KINDS`) a report's title names -> the doc ids titled so."""
    out: dict[str, set[str]] = {}
    for doc_id, title in titles:
        for kind in DOC_KINDS:
            if title and kind in title.lower():
                out.setdefault(kind, set()).add(doc_id)
    return out


def named_kinds(question: str, kinds: dict[str, set[str]]) -> tuple[list[str], set[str]]:
    """(the kinds of document the question names, in lower case; the doc ids titled so)."""
    lowered = question.lower()
    said = [k for k in kinds if re.search(rf"\b{re.escape(k)}s?\b", lowered)]
    docs = set().union(*(kinds[k] for k in said)) if said else set()
    return said, docs


def without_kinds(question: str, said: list[str]) -> str:
    """The question with the kinds of document it names taken out (for the keyword search)."""
    for k in said:
        question = re.sub(rf"\b{re.escape(k)}s?\b", " ", question, flags=re.I)
    return question

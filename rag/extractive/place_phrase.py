"""A phrase pointing at a place in a report ('per Frost's RL page', '(penetration page)', 'in CIC's business-model
table', ', in the chapter on AI agents') says where to look, not what the answer must cover: its words are no slot."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

# a division or exhibit of a report (a closed class of part nouns)
_PART = (r"(?:pages?|chapters?|sections?|diagrams?|appendix|appendices|paragraphs?|"
         r"glossary)")
# in brackets: a part noun heading the phrase, after its modifiers and before only what it is on or a comma's
# addition ('(penetration page)', '(CIC appendix, text)'); '(data centres)' is headed by another noun, no place;
# '(IDC data)' names a source's figures, not a division of a report: it stays in the question
_BRACKETED = re.compile(r"\s*\((?P<phrase>[^()\d]{0,60}?\b" + _PART +
                        r"\b(?:\s+(?:on|about)\s+[^()\d]{1,40}|\s*[,;][^()\d]{0,20})?)\)")
# last in the question, after a comma or a space: a preposition of place, an owner or 'the', up to four modifiers, the
# part noun, and what that part is on ('per Frost's RL page', ', in the chapter on AI agents')
_TRAILING = re.compile(r"(?:\s*,\s*|\s+)(?P<phrase>(?:per|according\s+to|as\s+(?:shown|given)\s+(?:in|on)|in|on|from)\s+"
                       r"(?:the\s+)?(?:[\w&.+-]+['’]s?\s+)?(?:[\w&.+/-]+\s+){0,4}?" + _PART +
                       r"(?:\s+(?:on|about)\s+[^,;:?!\d]{1,40}?)?)\s*(?P<end>[?.!:]?\s*)$", re.I)

# a trailing phrase names a place only with an owner, a modifier or a topic: a bare 'in the table' is left as written
_NAMES_PLACE = re.compile(r"^(?:per|according\s+to|as\s+\w+\s+\w+|in|on|from)\s+(?!(?:the\s+)?" + _PART + r"$)", re.I)


def without_place(question: str) -> tuple[str, tuple[str, ...]]:
    """(the question without its place phrases, the place phrases); the question itself and () when it points at no
    place, or when taking the phrase off would leave no word to ask about. A phrase holding a figure is kept (a year
    dates the question)."""
    places: list[str] = []

    def taken(m: re.Match) -> str:
        places.append(m.group("phrase").strip())
        return ""

    rest = _BRACKETED.sub(taken, question)
    m = _TRAILING.search(rest)
    if m and not re.search(r"\d", m.group("phrase")) and _NAMES_PLACE.search(m.group("phrase")):
        places.append(m.group("phrase").strip())
        rest = rest[:m.start()] + m.group("end")
    if not places or len(tokenize(rest)) < 2:
        return question, ()
    return rest, tuple(places)


def place_terms(places: tuple[str, ...]) -> frozenset[str]:
    """The word stems of the place phrases (they may rank a passage whose heading or caption writes them)."""
    return frozenset(t for p in places for t in tokenize(p))


_OWNER = re.compile(r"\b([A-Z][\w&.-]*)['’]s?(?=\s)|^([A-Z]{2,})\b")


def place_owners(places: tuple[str, ...]) -> list[str]:
    """Whose the place is ('Frost' in "per Frost's RL page", 'CIC' in 'CIC appendix'): still a name of the question,
    so a publisher named there still says which report to read (names.without_source_names)."""
    return list(dict.fromkeys(m.group(1) or m.group(2) for p in places for m in _OWNER.finditer(p)))

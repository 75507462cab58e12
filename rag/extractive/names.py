"""Which names a text mentions: whole multi-word names, acronyms by initials, a report's subject,
names a sentence adds to the question's, and enumerations of names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ingest.keyword import tokenize

from ..types import Passage
from .attribution import attributed_first_words
from .kept_patterns import compiled
from .slots import Slots


def without_source_names(info: Slots, passages: list[Passage]) -> Slots:
    """Drop names that only say which report to read ('according to CIC'): they are in the
    citation metadata, not in the sentences, and must not favour boilerplate naming the publisher."""
    publishers = {p.chunk.publisher for p in passages if p.chunk.publisher}
    # acronyms ('CIC') and the later words of a publisher's name ('Sullivan', 'LeadLeo'); a first
    # word like 'China' (China Insights Consultancy) is too often the topic itself
    source_words = {w.lower() for pub in publishers for w in re.findall(r"[A-Za-z&]+", pub)[1:]}
    source_words |= {a.lower() for pub in publishers for a in re.findall(r"\b[A-Z]{2,}\b", pub)}
    # the first word too when the question writes it only as part of the publisher's name ('Frost &
    # Sullivan', 'China Insights Consultancy')
    asked = info.text.lower()
    for pub in publishers:
        ws = re.findall(r"[A-Za-z&]+", pub)
        if len(ws) >= 2:
            phrase = re.sub(r"\s*&\s*", " & ", f"{ws[0]} {ws[1]}").lower()
            said = re.sub(r"\s*&\s*", " & ", asked)
            if phrase in said and said.count(ws[0].lower()) == said.count(phrase):
                source_words.add(ws[0].lower())
    source_words |= attributed_first_words(info.text, publishers, info.entities)  # 'Frost's chart', 'per Frost'
    kept = tuple(n for n in info.names if n.lower() not in source_words)
    if len(kept) == len(info.names):
        return info
    return replace(info, names=kept, sources=tuple(n for n in info.names if n not in kept),
                   entities=tuple(e for e in info.entities if e.name in kept))


@lru_cache(maxsize=4096)
def whole_word(form: str) -> re.Pattern:
    """`form` as it is written, found only as whole words of lower-case text ('us' not in 'business')."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])")


def mentions_entity(text: str, entity) -> bool:
    """Whether `text` (lower-case) names the entity in any of its forms ('American' for 'U.S.');
    the other forms are matched as whole words ('US' is not in 'business')."""
    return mentions(text, entity.name) or any(
        whole_word(form.lower()).search(text) for form in entity.aliases)


# a name ending in a version number ('GPT-4', 'Gen 4'): followed by a letter, digit or decimal it names another version
VERSIONED = re.compile(r"[a-z][-‑ ]?\d+(?:\.\d+)?$")
NOT_LATER = r"(?![a-z0-9]|\.\d)"


def mentions(text: str, name: str) -> bool:
    """Whether `text` (lower-case) names `name`: 'China's' and 'Chinese' find 'china', 'Oct' 'October',
    'ICBC' 'Industrial and Commercial Bank of China'."""
    n = re.sub(r"['’]s$", "", name.lower())
    if " " in n:  # 'Company A' is not 'Company E': a name of several words is matched whole, a hyphen
        # as a space or a hyphen ('angel-to-Series A' is 'angel to Series A')
        pattern = r"[-‑\s]+".join(re.escape(p) for p in re.split(r"[-‑\s]+", n) if p)
        return compiled(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])").search(text) is not None
    if len(n) <= 3 and name.isupper():  # a short acronym is a whole word, or its plural ('US' is not in 'measures')
        return re.search(rf"(?<![a-z0-9]){re.escape(n)}s?(?![a-z0-9])", text) is not None or (
            len(n) == 3 and name.isalpha() and spelled_out(n, text))
    if n in text and (not VERSIONED.search(n) or re.search(rf"{re.escape(n)}{NOT_LATER}", text)):
        return True  # ('GPT-4' is not named by 'GPT-4o' or 'GPT-4.5', a later version)
    if re.search(r"[-‑]", n):  # 'B-before-C' is written 'B before C' too: a hyphen as a hyphen or a space
        pattern = r"[-‑\s]+".join(re.escape(p) for p in re.split(r"[-‑]+", n) if p)
        if compiled(rf"(?<![a-z0-9]){pattern}" + (NOT_LATER if VERSIONED.search(n) else r"(?![a-z0-9])")).search(text):
            return True
    if len(name) >= 3 and name.isupper() and name.isalpha() and spelled_out(n, text):
        return True
    parts = [p for p in re.split(r"[-‑/]", n) if len(p) >= 2]
    if len(parts) > 1:
        return all(mentions(text, p) for p in parts)
    stem = n[:3] if n in MONTHS else n[:4]  # 'October' -> 'oct', 'Chinese' -> 'chin'
    return len(n) >= 5 and not VERSIONED.search(n) and compiled(rf"\b{re.escape(stem)}").search(text) is not None


_MINOR_WORDS = {"and", "of", "the", "for", "&", "in"}


# words that never carry a letter of a short acronym: articles, pronouns, auxiliaries, conjunctions ('a pioneer in
# intelligent' is not 'API', 'there are more' not 'TAM')
_NO_INITIAL = frozenset("a an is are was were be been being it its this that these those there they their them we our us "
                        "can could may might will would should shall must has have had do does did not or but as such "
                        "which who whose whom than so if".split())
# a clause of a text: a short acronym's words stand together, never across punctuation ('growth, projected to' is not 'GPT')
_CLAUSE = re.compile(r"[^.,;:!?()\[\]\"“”‘’'/|]+")
# three words listed ('maintenance, repair and overhaul': MRO; 'property, plant and equipment': PPE)
_LISTED = re.compile(r"(?<![a-z0-9])([a-z])[a-z0-9-]*, ([a-z])[a-z0-9-]*,? (?:and|&) ([a-z])[a-z0-9-]*")


def _short_spelled(acronym: str, text: str) -> bool:
    """Whether three-letter `acronym` is the initials of consecutive words of one clause of `text` (joining words
    all left out or all kept inside), no pronoun, article or auxiliary among them, 'to' never first ('text-to-speech')."""
    for clause in _CLAUSE.findall(text):
        run: list[str] = []
        for w in re.findall(r"[a-z][a-z0-9]*", clause) + ["a"]:  # a word of _NO_INITIAL ends a run
            if w not in _NO_INITIAL:
                run.append(w)
                continue
            content = [x for x in run if x not in _MINOR_WORDS]
            if any(content[i] != "to" and "".join(x[0] for x in content[i:i + 3]) == acronym for i in range(len(content))):
                return True
            if any(run[i] not in _MINOR_WORDS and run[i] != "to" and run[i + 2] not in _MINOR_WORDS
                   and "".join(x[0] for x in run[i:i + 3]) == acronym for i in range(len(run) - 2)):
                return True
            run = []
    return False


def spelled_out(acronym: str, text: str) -> bool:
    """Whether lower-case `acronym` stands in `text` as its words' initials, the joining words' letters
    left out ('ICBC': Industrial and Commercial Bank of China) or kept inside ('COGS': Cost Of Goods Sold;
    a joining word never starts or ends it: 'the average market' is not 'TAM'); a three-letter one
    within one clause, by content words, or by three words listed (_short_spelled, _LISTED)."""
    if len(acronym) <= 3:
        return _short_spelled(acronym, text) or any("".join(m.groups()) == acronym for m in _LISTED.finditer(text))
    words = re.findall(r"[a-z][a-z0-9]*", text)
    if acronym in "".join(w[0] for w in words if w not in _MINOR_WORDS):
        return True
    initials, n = "".join(w[0] for w in words), len(acronym)
    start = initials.find(acronym)
    while start >= 0:
        if words[start] not in _MINOR_WORDS and words[start + n - 1] not in _MINOR_WORDS:
            return True
        start = initials.find(acronym, start + 1)
    return False


def subject_of(snapshot, name: str, doc_id: str, share: float = 1 / 3) -> bool:
    """Whether `name` is in a third or more of a report's passages ('China' in a China report): the subject of
    the whole report, so a passage that leaves it out is still about it."""
    terms = tokenize(name)
    return len(terms) == 1 and snapshot is not None and snapshot.report_share(terms[0], doc_id) >= share


def place_subject_of(snapshot, forms: tuple[str, ...], doc_id: str) -> bool:
    """Whether a place is its report's subject under any of its forms: 'Chinese' asked of a report
    whose passages keep naming China is that report's own place, though few passages write 'Chinese'."""
    return any(subject_of(snapshot, f, doc_id) for f in forms)


MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
           "december"}


NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)*")


COMMON_CAPITALS = {"AI", "The", "In", "This", "These", "It", "Its", "As", "By", "For", "From", "With", "And"}


def new_names(text: str, info: Slots) -> int:
    """How many capitalised names `text` has that the question does not (the first word aside)."""
    asked = info.text.lower()
    names = {m.group(0) for m in NAME.finditer(text) if m.start() > 0}
    return sum(1 for n in names if n not in COMMON_CAPITALS and n.lower() not in asked)


_ITEM = r"[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,2}"


ENUMERATION = re.compile(rf"({_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM})")


def enumeration_items(enumeration: str) -> list[str]:
    """'OpenAI, MiniMax, and ElevenLabs' -> ['OpenAI', 'MiniMax', 'ElevenLabs']."""
    return [i.strip() for i in re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", enumeration) if i.strip()]


def lists_names(text: str) -> bool:
    """Whether `text` enumerates names: 'OpenAI, MiniMax, and ElevenLabs', 'Character AI and Talkie'."""
    return any(sum(1 for i in enumeration_items(m.group(1)) if i[:1].isupper()) >= 2
               for m in ENUMERATION.finditer(text)) or bool(re.search(r"\b[A-Z]\w+(?: [A-Z]\w+)* and [A-Z]\w+", text))


# a plural noun as a question asks it ('which producers', 'what restraints'): three letters or more before its 's', not a
# word ending '-ss', '-us' or '-is' ('business', 'status', 'analysis'); the readers of a plural asked share it
PLURAL_NOUN = r"[a-z]{3,}(?<![sui])s"


def singular(word: str) -> str:
    """'parameters' -> 'parameter', 'industries' -> 'industr', so either form is found."""
    w = word.lower()
    return w[:-3] if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w

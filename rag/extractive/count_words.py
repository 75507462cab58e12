"""A count written in words ('over the past three years', 'three or more models') answers a 'how
many' question as a figure does: the figure parser reads digits only."""

from __future__ import annotations

import re

from ..number_words import cardinals
from .lead_items import closed_list

# the counts written as words, two to twelve (one reads as 'a', not a count)
_COUNT_WORDS = "|".join(cardinals(2, 12))
_WORD_COUNT = re.compile(rf"\b(?:{_COUNT_WORDS}|a dozen|dozens of)"
                         r"(?:\s+or\s+(?:more|fewer|less))?\s+(?!of\b|and\b|or\b|to\b)[a-z][a-z-]+", re.I)


def counts_in_words(text: str) -> bool:
    """Whether the sentence states a count in words followed by what it counts."""
    return _WORD_COUNT.search(text) is not None


_HOW_MANY = re.compile(r"\bhow many\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)
# an auxiliary or modal verb: where the thing counted ends and the question's verb begins ('how many stores were ...')
_VERB = re.compile(r"(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|be|been)",
                   re.I)
_NUMBER_WORD = re.compile(rf"\b({_COUNT_WORDS})\s+([a-z][\w-]*)", re.I)


def count_word_asked(question: str, sentence: str) -> str | None:
    """For 'how many X', the number word the sentence counts X with ('declared four cash dividends' ->
    'four'): the count it states in words, which no digit figure gives; None when it counts something else."""
    m = _HOW_MANY.search(question)
    if not m:
        return None
    words = m.group(1).split()
    verb = next((i for i, w in enumerate(words) if _VERB.fullmatch(w)), len(words))
    counted = {w.lower()[:5] for w in words[:verb]}
    found = [n.group(1) for n in _NUMBER_WORD.finditer(sentence) if n.group(2).lower()[:5] in counted]
    return found[0] if len(set(w.lower() for w in found)) == 1 else None


# what introduces the items a sentence lists right after naming them: a verb ('are', 'include', 'comprise'), a colon,
# or a place's preposition ('sites in A, B and C')
_LIST_VERB = re.compile(r"^[^,;:.()]{0,60}?\b(?:are|were|is|include[sd]?|including|comprise[sd]?|comprising|consist(?:s|ing)?\s+of|"
                        r"such\s+as|namely)\s+|^\s*(?:\([^()]*\))?\s*:\s+", re.I)
# ... or an 'of' naming them when a listing verb stands before the noun ('includes the states of A, B and C')
_OF_NAMES = re.compile(r"^\s+of\s+(?=[A-Z])")
_BEFORE_NOUN = re.compile(r"\b(?:include[sd]?|including|comprise[sd]?|comprising|cover(?:s|ed|ing)?|span(?:s|ned)?|"
                          r"consist(?:s|ed)?\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_LIST_PLACE = re.compile(r"^\s+(?:(?:are\s+)?(?:located|based|situated)\s+)?(?:in|at|across)\s+(?=[A-Z])")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_LIST_TAIL = re.compile(r",\s+(?:(?:partially|partly)\s+)?offset\s+by\b|,\s+(?:which|while|whereas|but|although|where|each|all)\b",
                        re.I)
_ITEM_JOINS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
_LEAD_CONJ = re.compile(r"^\s*(?:and|or)\s+", re.I)
_LIST_ITEM_WORDS = 6  # an item named, not a clause
_CLAUSE_ITEM_WORDS = 12  # an item a colon or a listing verb introduces may be a short clause ('rising fraud losses on X')
_YEAR = re.compile(r"\b(?:19|20)\d{2}s?\b")
# where the thing counted ends in 'how many X': a preposition or relative word after its plural
_AFTER_HEAD = re.compile(r"(?:of|on|in|to|for|from|with|at|by|about|behind|that|which|who|affecting|facing|against)", re.I)


def _list_items(text: str) -> list[str]:
    """The items of the enumeration opening `text`: parted by semicolons when it has any (its items hold commas:
    'Brno, Czech Republic; Penang, Malaysia'), else by commas and its last conjunction; it ends at the part that
    opens with its conjunction ('A, B and C, and a base in D': A, B, C); `text` runs to its sentence's end. A list
    with no conjunction is cut short: no items."""
    text = _LIST_TAIL.split(_ASIDE.sub("", text).strip().rstrip("."))[0]  # (one sentence: 'Pte. Ltd.' ends none)
    if not re.search(r"(?:^|[\s,;])(?:and|or)\s", text, re.I):
        return []  # no conjunction before a last item: a list cut short (a sentence split inside it) counts nothing
    if ";" in text:
        parts = [p.strip() for p in text.split(";")]
        end = next((i for i, p in enumerate(parts) if i and _LEAD_CONJ.match(p)), len(parts) - 1)
        return [_LEAD_CONJ.sub("", p).strip() for p in parts[:end + 1] if p.strip()]
    return [p.strip() for p in _ITEM_JOINS.split(closed_list(text)) if p.strip()]


def counted_head(question: str) -> str | None:
    """The plural 'how many X' counts ('risks' in 'how many upside risks to the price deck are listed'): the last word
    before the question's verb or the first preposition after it; None unless it is a plural."""
    m = _HOW_MANY.search(question)
    if not m:
        return None
    asked = m.group(1).split()
    end = next((i for i, w in enumerate(asked) if _VERB.fullmatch(w) or (i and _AFTER_HEAD.fullmatch(w))), len(asked))
    if end == 0 or not asked[end - 1].lower().endswith("s"):
        return None
    return asked[end - 1].lower()


def enumeration_count(question: str, sentence: str) -> int | None:
    """For 'how many X', the number of items of the enumeration the sentence gives right after naming X ('operates
    manufacturing sites in A; B; and C', 'our principal subsidiaries are A, B and C', 'key risks ... include A, B and
    C', 'includes the states of A, B and C'); None unless it names X once so, two items at least, each a short name
    with no figure, or a short clause (no figure but a year) when a colon or a listing verb introduces them."""
    head = counted_head(question)
    if head is None:
        return None
    found = [n for n in re.finditer(r"\b([A-Za-z][\w-]*)\b", sentence) if n.group(1).lower()[:5] == head[:5]
             and n.group(1).lower().endswith("s")]
    if len(found) != 1:
        return None
    rest = sentence[found[0].end():]
    intro = _LIST_VERB.match(rest) or _LIST_PLACE.match(rest)
    if intro is None and _OF_NAMES.match(rest) and _BEFORE_NOUN.search(sentence[:found[0].start()]):
        intro = _OF_NAMES.match(rest)
    if intro is None:
        return None
    items = _list_items(rest[intro.end():])
    if len(items) < 2:
        return None
    if all(len(i.split()) <= _LIST_ITEM_WORDS and not re.search(r"\d", i) for i in items):
        return len(items)
    listing = _LIST_PLACE.match(rest) is None
    if listing and all(len(i.split()) <= _CLAUSE_ITEM_WORDS and not re.search(r"\d", _YEAR.sub("", i)) for i in items):
        return len(items)
    return None


def stated_count(question: str, sentence: str) -> str | None:
    """For 'how many X', the count the sentence states of X in words or by listing X ('cites three pressures on Y:',
    'restraints include A and B'), when no digit figure of it counts X ('29.0 million bags' measures something else,
    '12 stores' counts stores itself); else None."""
    count = count_word_asked(question, sentence) or enumeration_count(question, sentence)
    head = counted_head(question)
    if count is None or head is None:
        return None
    if re.search(rf"\d\s+(?:[a-z][\w-]*\s+)?{re.escape(head[:5])}", sentence, re.I):
        return None
    return str(count)


_CARDINALS = cardinals(2, 12)


def digits(count: int | str) -> str:
    """A count written in digits ('three' -> '3'), the form a count answer takes; other words as they are."""
    return str(_CARDINALS.get(str(count).lower(), count))

"""The ranks a question names and what it does with their figures ('the two largest', 'the first and
tenth', 'ranks third', 'the last of the top ten'), read from its words once for ranking.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..number_words import cardinals, ordinals
from .kept_patterns import compiled

# the ranks read in words or digits, one range for every rank phrase ('top twelve', 'the twelfth', 'last of the top 12')
_MOST = 12
_NUMBER = {**cardinals(2, _MOST), **{str(n): n for n in range(2, _MOST + 1)}}
_ORDINAL = ordinals(1, _MOST)
_COUNT = r"(\d{1,3}|" + "|".join(cardinals(2, _MOST)) + r")"
# 'last in the top ten', 'at the bottom of the top 5', 'the tenth and last of the top 10'
_LAST_OF_TOP = re.compile(rf"\b(last|bottom|lowest[- ]ranked)\b.{{0,30}}?\btop[- ]{_COUNT}\b", re.I)


def last_of_top(question: str) -> int | None:
    """N when the question asks for the last entry of a top-N list, else None."""
    m = _LAST_OF_TOP.search(question)
    if m is None:
        return None
    word = m.group(2).lower()
    n = int(word) if word.isdigit() else _NUMBER[word]
    return n if n > 0 else None


_BEST = r"(?:largest|biggest|highest|greatest|leading|top|best|strongest|top[- ]ranked|top[- ]placed)"
_WORST = r"(?:smallest|lowest|least|weakest|last|bottom|lowest[- ]ranked)"
# a count of periods after a rank word ('the first 11 months', 'first two years') is a span of time, no ranks
_SPAN_AFTER = r"(?![- ][\w-]+\s+(?:days?|weeks?|months?|quarters?|years?|halves)\b)"
# 'the two largest companies', 'the top three models', 'the first two'
_TOP_N = re.compile(rf"\b(?:the\s+)?(?:(?P<n1>{'|'.join(_NUMBER)})\s+{_BEST}|(?:top|first{_SPAN_AFTER}|leading)[- ]"
                    rf"(?P<n2>{'|'.join(_NUMBER)}))\b", re.I)
# 'the second largest', 'third-biggest'
_NTH_BEST = re.compile(rf"\b(?P<nth>{'|'.join(_ORDINAL)}|\d{{1,2}}(?:st|nd|rd|th))[- ]{_BEST}\b", re.I)
# an ordinal standing alone ('who comes second') or a rank number ('No. 3', 'rank 4', '#2'); not 'first half'
_ANY_ORDINAL = re.compile(rf"\b(?P<word>{'|'.join(_ORDINAL)}|\d{{1,2}}(?:st|nd|rd|th))\b(?!\s+(?:half|quarter|time|year)){_SPAN_AFTER}|"
                          r"(?:\brank(?:ed)?|\bno\.|\bnumber|#)\s*(?P<n>\d{1,2})\b", re.I)
_SUPERLATIVE = re.compile(rf"\b{_BEST}\b|\b(?:leads?|tops?|topped|number one|no\. ?1|#1)\b", re.I)
_LAST = re.compile(rf"\b{_WORST}\b", re.I)
_SUM = re.compile(r"\b(combined|together|jointly|altogether|in total|sum|add up)\b|\btotal (share|market share)\b", re.I)
_GAP = re.compile(r"\b(far apart|gap|difference|differ|how much (larger|bigger|higher|more|greater)|ahead|margin)\b", re.I)
# two ranks named ('the first and tenth models', 'between No. 1 and No. 10', 'the top and last'): with an
# operation asked, their figures; 'top' is the first rank, 'last' / 'bottom' the last (-1)
_RANK = rf"(?:{'|'.join(_ORDINAL)}|top|last|bottom|\d{{1,2}}(?:st|nd|rd|th)|(?:no\.|number|#)\s*\d{{1,2}})"
_TWO_RANKS = re.compile(rf"\b(?P<a>{_RANK})(?:[- ](?:ranked|placed))?\s+(?P<c>and|to|vs\.?|versus)\s+(?:the\s+)?"
                        rf"(?P<b>{_RANK})(?:[- ](?:ranked|placed))?\b(?!\s+(?:half|quarter|time|year))", re.I)
# 'how many times larger is the first-ranked company's share than the fifth-ranked one's': two ranks compared
_NTH = rf"(?:{'|'.join(_ORDINAL)}|\d{{1,2}}(?:st|nd|rd|th))"
_RANKS_THAN = re.compile(rf"\b(?P<a>{_NTH})(?:[- ](?:ranked|placed|largest|biggest|highest))?\b(?!\s+(?:half|quarter|time|year))"
                         rf".*?\bthan\s+(?:that\s+of\s+)?(?:the\s+)?(?P<b>{_NTH})\b(?!\s+(?:half|quarter|time|year))", re.I)
# a rank named anywhere: an ordinal, a rank number, the first ('top', 'highest', 'leader') or the last
_MENTION = re.compile(rf"\b(?:(?P<ord>{_NTH})(?![- ](?:half|quarter|time|year))|(?:no\.|number|#|rank(?:ed)?)\s*(?P<n>\d{{1,2}})|"
                      rf"(?P<top>top|leading|leader|highest|largest|biggest|best)(?!\s+(?:{'|'.join(_NUMBER)})\b)(?:[- ]ranked)?|"
                      rf"(?P<last>last|bottom|lowest|smallest|weakest)(?:[- ]ranked)?)\b", re.I)
# words saying how far two ranked rows lie apart ('how many points separate', 'the spread between')
_SPREAD = re.compile(r"\b(separat(?:e|es|ed|ing)|spread|apart)\b", re.I)
# 'how many times larger is the first than the fifth': a multiple; 'the average share of the top five': a mean
_TIMES = re.compile(r"\bhow many times\b|\bwhat multiple\b|\bby what factor\b", re.I)
_MEAN = re.compile(r"\b(?:average|mean)\b", re.I)
# 'what share of world capacity do the top three hold': the ranked rows' figures together, of the table's whole
_SHARE_OF = re.compile(r"\bwhat\s+(?:share|proportion|fraction|portion|percentage)\s+of\b", re.I)
# the rows after the first N: 'outside the top three', 'beyond the top 5', 'other than the five largest', 'not in the top two'
_REST_OF_TOP = re.compile(rf"\b(?:outside|beyond|below|besides|excluding|except|other than|apart from|not (?:in|among))\s+"
                          rf"(?:of\s+)?(?:the\s+)?(?:(?:top|leading|first)[- ](?P<n1>{'|'.join(_NUMBER)})|"
                          rf"(?P<n2>{'|'.join(_NUMBER)})\s+{_BEST})\b", re.I)
# 'the two smallest regions', 'the bottom three': the last N rows by the figure named
_BOTTOM_N = re.compile(rf"\b(?:(?P<n1>{'|'.join(_NUMBER)})\s+(?:smallest|lowest|least|weakest)|bottom[- ](?P<n2>{'|'.join(_NUMBER)}))\b",
                       re.I)


def top_rest(question: str) -> int | None:
    """N when the question asks for what lies outside the first N rows ('the share held by vendors outside the top
    three'): the whole less the first N together."""
    m = _REST_OF_TOP.search(question)
    return _NUMBER[(m.group("n1") or m.group("n2")).lower()] if m else None


def bottom_n(question: str) -> int | None:
    """N when the question addresses the last N rows by a figure ('the two smallest regions', 'the bottom three')."""
    m = _BOTTOM_N.search(question)
    return _NUMBER[(m.group("n1") or m.group("n2")).lower()] if m else None


@dataclass(frozen=True)
class Asked:
    ranks: tuple[int, ...] | None  # the ranks asked, None for the last
    op: str | None  # 'sum' | 'change' | 'average' | 'multiple' | 'share' (of the table's whole) | None
    top: bool = False  # 'the top three': the first rows however their ranks tie


def asked(question: str, rank: int | None) -> Asked | None:
    """The ranks a question addresses: 'the two largest' (1, 2), 'ranks third' (3), 'the second
    largest' (2), 'leads' / 'the largest' (1), 'the smallest' (the last); and what is done with their
    figures (added, or the gap between two). None when it asks no rank."""
    op = rank_operation(question)
    if top_rest(question) is not None:
        return None  # 'outside the top three': the rest of the whole (column_total.top_total), no ranked row
    if (m := _TWO_RANKS.search(question)) and op:
        a, b = _rank_number(m.group("a")), _rank_number(m.group("b"))
        if a == b:
            return None
        if op in ("sum", "average") and m.group("c").lower() == "to":  # 'the first to fifth': every rank between
            return Asked(tuple(range(a, b + 1)), op) if 0 < a < b else None
        return Asked((a, b), op)
    if op in ("change", "multiple") and (m := _RANKS_THAN.search(question)):  # 'the first-ranked ... than the fifth'
        a, b = _rank_number(m.group("a")), _rank_number(m.group("b"))
        return Asked((a, b), op) if a != b else None
    if op in ("change", "multiple") and len(two := rank_mentions(question)) == 2:  # 'the top model and the tenth'
        return Asked(tuple(two), op)
    if m := _TOP_N.search(question):
        n = _NUMBER[(m.group("n1") or m.group("n2")).lower()]
        if op in ("change", "multiple") and n != 2:
            return None
        return Asked(tuple(range(1, n + 1)), op, top=True)
    if _SUM.search(question) or _GAP.search(question):
        return None  # one rank: nothing to add up or take apart
    if m := _NTH_BEST.search(question):
        word = m.group("nth").lower()
        return Asked((_ORDINAL.get(word) or int(re.match(r"\d+", word).group()),), None)
    if rank is not None:
        return Asked((rank,), None)
    if m := _ANY_ORDINAL.search(question):  # 'who comes second', 'which model is No. 3'
        word = (m.group("word") or m.group("n")).lower()
        return Asked((_ORDINAL.get(word) or int(re.match(r"\d+", word).group()),), None)
    if _LAST.search(question):
        return Asked(None, None)
    if _SUPERLATIVE.search(question):
        return Asked((1,), None)
    return None


def extreme_word(question: str, rank: int | None) -> str | None:
    """'best' or 'last' when the rank asked is read from a superlative word alone ('ranks highest', 'is lowest'),
    no ordinal, rank number or count named: it holds within any subset the question filters the rows to."""
    if rank is not None or any(p.search(question) for p in (_TOP_N, _NTH_BEST, _ANY_ORDINAL, _TWO_RANKS)):
        return None
    return "last" if _LAST.search(question) else "best" if _SUPERLATIVE.search(question) else None


def share_of_words() -> re.Pattern:
    """The words asking a share of the whole ('what share of'), which name no ranking."""
    return _SHARE_OF


def rank_operation(question: str) -> str | None:
    """What is done with ranked rows' figures: 'multiple' (how many times), 'average', 'sum' (combined) or
    'change' (the gap, how far apart, how many points separate); None when only rows are asked."""
    if _TIMES.search(question):
        return "multiple"
    if _SHARE_OF.search(question):
        return "share"
    if _MEAN.search(question):
        return "average"
    if _SUM.search(question):
        return "sum"
    return "change" if _GAP.search(question) or _SPREAD.search(question) else None


def rank_mentions(text: str) -> list[int]:
    """The distinct ranks a text names, in order: ordinals ('tenth', '10th', 'No. 10'), the first ('top',
    'highest', 'the leader'; not 'the top three') and the last ('lowest', 'bottom'; -1)."""
    out: list[int] = []
    for m in _MENTION.finditer(text):
        k = 1 if m.group("top") else -1 if m.group("last") else _rank_number(m.group("ord") or m.group("n"))
        if k not in out:
            out.append(k)
    return out


def _rank_number(word: str) -> int:
    """'tenth' -> 10, '10th' -> 10, 'No. 10' -> 10, 'top' -> 1, 'last' -> -1 (the last rank)."""
    word = word.lower()
    if word == "top":
        return 1
    if word in ("last", "bottom"):
        return -1
    return _ORDINAL.get(word) or int(re.search(r"\d+", word).group())


def named_in_question(name: str, question: str) -> bool:
    """Whether the question writes the ranked row's name itself ('... with Speech-02-HD first'): a row
    the question names is what it gives, so it is not the row a 'which' asks for."""
    return bool(name_mentions(name.strip(), question))


def name_mentions(name: str, question: str, shortest: int = 0) -> list[re.Match]:
    """Where the question writes `name` whole ('TTS-1' not inside 'TTS-1-HD'); none when `name` is shorter
    than `shortest`."""
    if len(name) < shortest:
        return []
    return list(compiled(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I).finditer(question))

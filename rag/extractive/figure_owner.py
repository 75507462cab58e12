"""Clause-scoped figure ownership: in a sentence holding several figures, each figure owns the phrase
around it ('unrealized losses of $6.4 million', '$2.7 million of ... expense of GP during 2019'), cut
from its neighbours at the connector between them; a year written inside that phrase dates it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ingest.figures import YEAR_RE, Figure, split_years
from ingest.keyword import tokenize

from .names import mentions_entity

# what joins two figures' phrases: 'and', 'or', 'that', 'with', 'while', 'compared to', ', ', '; '
_CONNECTOR = re.compile(r"\s(?:and|or|that|which|with|while|whereas|compared (?:to|with)|versus|as well as)\s|[,;]\s(?!(?:19|20)\d\d)|\s\(")
# the words that end a question's head noun phrase ('unrealized losses | from restricted investments')
_PREPOSITION = {"from", "of", "in", "for", "at", "during", "by", "on", "with", "to", "as", "between", "under", "over"}
# the auxiliaries that end a question's noun phrase before its verb ('what capacity | did China reach')
_AUXILIARY = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_COORDINATED = re.compile(r"\band\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def own_phrases(text: str, figures: list[Figure]) -> list[tuple[int, int]]:
    """Each figure's own phrase (start, end) in `text`: back to the last connector after the figure before
    it, on to the first connector after it (the last figure to the end; a comma before a year is a date's)."""
    figs = sorted(figures, key=lambda f: f.start)
    ends: list[int] = []  # where the phrase of figs[k] ends
    cuts: list[int] = []  # where the phrase of figs[k + 1] starts (words between the two are neither's)
    for a, b in zip(figs, figs[1:]):
        # a connector right before a figure ('xAI (USD 6.0B, ...), CoreWeave (USD 1.1B') opens its own bracket
        between = [m for m in _CONNECTOR.finditer(text, a.end, b.start) if m.group().strip() != "(" or re.search(r"\w", text[m.end():b.start])]
        cuts.append(between[-1].start() if between else a.end)
        ends.append(between[0].start() if between else a.end)
    ends.append(len(text))  # the last figure's phrase runs on to the end ('$2.7 million of research, development
    # and engineering expense of GP during 2019'): no later figure's words to share
    # the words before a clause's first figure, back to a connector, are its own ('long-term notes of $10.0
    # billion'); a sentence's opening words with no connector are its subject, shared by every figure
    opening = [m for m in _CONNECTOR.finditer(text, 0, figs[0].start) if m.group().strip() != "("] if figs else []
    starts = [opening[-1].start() if opening else figs[0].start if figs else 0] + cuts
    spans = {id(f): (s, e) for f, s, e in zip(figs, starts, ends)}
    return [spans[id(f)] for f in figures]


@lru_cache(maxsize=256)
def head_terms(question: str, subject: tuple[str, ...]) -> frozenset[str]:
    """The question's head noun phrase as stems: its first content words, up to the first preposition after
    them ('the amount of unrealized losses from restricted investments' -> unrealiz, losse)."""
    head: set[str] = set()
    for w in _WORD.findall(question):
        low = w.lower()
        if head and low in _PREPOSITION:
            break
        stems = [t for t in tokenize(w) if t in subject]
        head.update(stems)
    return frozenset(head)  # cached per question: the same for every sentence it is matched against


@lru_cache(maxsize=256)
def head_noun(question: str, subject: tuple[str, ...]) -> str | None:
    """The head phrase's last content word as a stem: English puts a noun phrase's head after its modifiers
    ('the minimum BIS total capital ratio requirement' -> requirement; 'cumulative storage capacity' -> capacity)."""
    last = None
    for w in _WORD.findall(question):
        low = w.lower()
        if last is not None and (low in _PREPOSITION or low in _AUXILIARY):  # 'what storage capacity | did China reach'
            break
        stems = [t for t in tokenize(w) if t in subject]
        last = stems[-1] if stems else last
    return last


def ownership(text: str, figures: list[Figure], subject: tuple[str, ...], question: str,
              entities: tuple = (), spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """How well each figure's own phrase carries the question: the names it asks of first ('... of GP'),
    then its content words (head words count twice), then, on a tie, the head phrase's own noun (`head_noun`:
    'its minimum requirement to 11.5%' over 'an additional capital surcharge of 1.0%' for the minimum capital
    ratio requirement). `spans`: `own_phrases(text, figures)` when known."""
    noun = None
    if _COORDINATED.search(question):  # 'industries and vertical markets', 'between urban and rural': a question
        head, wanted = frozenset(), frozenset()  # joining two things may ask a figure of each; only the names asked single one out
    else:
        head, wanted, noun = head_terms(question, subject), frozenset(subject), head_noun(question, subject)
    spans = own_phrases(text, figures) if spans is None else spans
    shared = set(tokenize(text[:min((s for s, _ in spans), default=0)]))  # the sentence's subject, every figure's
    out = []
    for s, e in spans:
        said = set(tokenize(text[s:e])) - shared
        named = sum(1 for n in entities if mentions_entity(text[s:e].lower(), n))
        out.append((named, len(said & wanted) + len(said & head), int(noun in said)))
    return out


def dated_by_phrase(text: str, figures: list[Figure], spans: list[tuple[int, int]] | None = None) -> list[Figure]:
    """A figure whose own phrase writes exactly one year after it ('$2.7 million ... during the year ended
    December 31, 2019') belongs to that year, not to the nearest year before it in another figure's phrase.
    `spans`: `own_phrases(text, figures)` when known."""
    if RESPECTIVELY.search(text):  # '$25 million and $29 million ... during fiscal 2019 and 2018, respectively'
        return figures  # pairs its years with its figures in order (pick.respective_years)
    out = []
    all_split = split_years(text)
    for f, (_, e) in zip(figures, own_phrases(text, figures) if spans is None else spans):
        s = f.end  # only a year written after the figure: one before it may list the years of several figures
        split = [(a, b, y) for a, b, y in all_split if s <= a < e]  # '2017/18' is the year 2018
        years = {int(m.group(1)) for m in YEAR_RE.finditer(text, s, e)
                 if not any(a <= m.start() < b for a, b, _ in split)}
        years |= {y for _, _, y in split}
        out.append(replace(f, year=years.pop()) if len(years) == 1 else f)
    return out

"""A list asked by the kind of its items ('what are the three stages of X', 'what three conditions must
X meet'). A report names such items in one of two general ways: a sentence announces them by that kind
('Its growth path can be divided into three stages:') and the sentences after it name them, or ordinal
sentences name them one by one ('First, ...', 'Second, ...', 'Finally, ...'). Either is quoted whole."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.keyword import tokenize

from ..number_words import cardinals
from ..types import Answer, AnswerContext, Citation
from .explaining import enumerates
from .features import Evidence, neighbour
from .shape_cues import kinds_of
from .stated_list import stated_list

_COUNTS = "|".join(cardinals(2, 10)) + r"|several|multiple|various|numerous|a few|the following"
# the plural the question asks items of: 'what are the three stages', 'what three conditions', 'which key risks'
_KIND_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:are|were)\s+)?(?:the\s+)?(?:(?:" + _COUNTS +
                         r"|main|key|major|primary|core)\s+){0,2}(?:[a-z-]+\s+)?([a-z]{3,}s)\b", re.I)
_KIND_ASKED_BARE = re.compile(r"^\s*(?:what|which)\s+(?:(?:are|were)\s+)?(?:the\s+)?(?:(?:" + _COUNTS +
                              r"|main|key|major|primary|core)\s+){0,2}([a-z]{3,}s)\b", re.I)
_NOT_KINDS = frozenset("does was has this its thus plus less unless across was is".split())
# an ordinal sentence names one item of a run: 'First, ...', 'Secondly, ...', 'Finally, ...'
_ORDINAL = re.compile(r"^\s*(first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)\s*,",
                      re.I)
_FIRST = re.compile(r"^\s*first(?:ly)?\s*,", re.I)
# a sentence that sums up the items before it: 'In summary, ... these three elements ...'
_SUMS_UP = re.compile(r"^\s*(in summary|in short|in conclusion|overall|together|to sum up)\b|\bthese (" + _COUNTS +
                      r")\b", re.I)
FOLLOWING = 3  # at most this many sentences after an announcement are read as its items
RUN = 6  # at most this many ordinal sentences make one run
ITEM_WORDS = 6  # a sentence naming an item has at least this many words


# ... or ordered: 'list the Chinese AI frameworks', 'name the key players in X'
_KIND_ORDERED = re.compile(r"^\s*(?:list|name|identify)\s+(?:the\s+)?(?:(?:" + _COUNTS + r"|main|key|major|primary|core)\s+)?"
                           r"(?:[\w.-]+\s+){0,2}?([a-z]{3,}s)\b", re.I)


def kind_asked(question: str) -> str | None:
    """The stem of the plural the question asks items of ('stage' for 'what are the three stages of X',
    'framework' for 'list the Chinese AI frameworks'), or None."""
    thing = kinds_of(question)  # 'what kinds of services': services are the kind
    if thing is not None:
        stems = tokenize(thing)
        return stems[0] if stems else None
    m = _KIND_ASKED.match(question) or _KIND_ORDERED.match(question)
    if m is not None and m.group(1).lower() in _NOT_KINDS:  # 'what services does X': the plural before the verb
        m = _KIND_ASKED_BARE.match(question)
    if m is None or m.group(1).lower() in _NOT_KINDS:
        return None
    stems = tokenize(m.group(1))
    return stems[0] if stems else None


def announces_kind(text: str, kind: str) -> bool:
    """The sentence announces items of the `kind` asked ('can be divided into three stages:', 'faces
    several challenges') without naming them after a colon in the same sentence."""
    for m in re.finditer(rf"\b(?:{_COUNTS})((?:\s+[\w-]+){{1,3}})", text, re.I):
        words = list(re.finditer(r"[\w-]+", m.group(1)))
        for w in words:
            if tokenize(w.group(0))[:1] == [kind]:
                rest = text[m.start(1) + w.end():].strip()
                return not rest or rest == ":" or (not rest.startswith(":") and len(rest.split()) <= 6)
    return False


def names_after_colon(text: str) -> bool:
    """The sentence names its items after a colon ('depends on three key factors: A, B, and C.'): two or
    more short items joined by commas or 'and'."""
    _, colon, rest = text.partition(":")
    items = [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+", rest.strip().rstrip(".;")) if i.strip()]
    return bool(colon) and len(items) >= 2 and all(0 < len(i.split()) <= ITEM_WORDS for i in items)


_NUMBERS = cardinals(2, 5)
_THESE = re.compile(r"\b(?:these|the above|all)\s+(?:(two|three|four|five)\s+)?(?:[\w-]+\s+)?([a-z]{3,}s)\b", re.I)


def summed_up(evidence: list[Evidence], e: Evidence, kind: str, question: str) -> list[Evidence]:
    """A sentence referring back to the items of the kind asked ('These characteristics mark ...') sums up
    the sentences right before it, one item each: as many as the question or the sentence counts ('what
    three characteristics'), each a sentence of its passage; [] when no count is given or they are not there."""
    m = _THESE.search(e.text)
    if e.row or m is None or tokenize(m.group(2))[:1] != [kind]:
        return []
    said = re.search(r"\b(two|three|four|five)\b", question, re.I)
    count = _NUMBERS.get((m.group(1) or (said.group(1) if said else "")).lower())
    if count is None:
        return []
    before = [neighbour(evidence, e, -k) for k in range(count, 0, -1)]
    if any(b is None or b.row or not _sentence_like(b.text) or _THESE.search(b.text) for b in before):
        return []
    return before


def _items_after(evidence: list[Evidence], start: Evidence) -> list[Evidence]:
    items: list[Evidence] = []
    for k in range(1, FOLLOWING + 1):
        nxt = neighbour(evidence, start, k)
        if nxt is None or nxt.row or (items and _SUMS_UP.match(nxt.text)) or not _sentence_like(nxt.text):
            break
        items.append(nxt)
    return items


def _sentence_like(text: str) -> bool:
    """A sentence naming an item: some words, not a chart's unit or label line ('Unit: 100 million yuan')."""
    return len(text.split()) >= ITEM_WORDS and not re.match(r"\s*(unit|source|note)s?\b", text, re.I)


def ordinal_run(evidence: list[Evidence], e: Evidence) -> list[Evidence]:
    """The run of ordinal sentences ('First, ...' to 'Finally, ...') `e` belongs to, or sums up (it
    follows the run's last one); [] when there is none starting with 'First'."""
    last = e if _ORDINAL.match(e.text) else neighbour(evidence, e, -1)
    if last is None or not _ORDINAL.match(last.text) or (last is not e and not _SUMS_UP.match(e.text)):
        return []
    run = [last]
    while not _FIRST.match(run[0].text) and len(run) < RUN:
        before = neighbour(evidence, run[0], -1)
        if before is None or not _ORDINAL.match(before.text):
            return []
        run.insert(0, before)
    if not _FIRST.match(run[0].text):
        return []
    while len(run) < RUN:
        after = neighbour(evidence, run[-1], 1)
        if after is None or not _ORDINAL.match(after.text) or _FIRST.match(after.text):
            break
        run.append(after)
    return run if len(run) >= 2 else []


def _joined(parts: list[Evidence], score: float) -> tuple[Evidence, list[str]]:
    head = parts[0]
    return replace(head, text=" ".join(p.text for p in parts), figures=[f for p in parts for f in p.figures],
                   score=max(score, head.score)), [p.text for p in parts]


def enumerated(evidence: list[Evidence], best: Evidence, question: str, usable, margin: float,
               look: int = 8) -> tuple[Evidence, list[str]] | None:
    """The items of the kind the question asks, quoted whole: the best-ranked on-topic (`usable`) sentence
    scoring at least `margin` of the best that announces that kind, joined by the sentences after it; else
    unless the best names items itself, the ordinal run it (or a sentence ranked near it) belongs to, with the
    sentence announcing it.
    (the joined sentence, its parts), or None when the passages name no such items."""
    top = max(e.score for e in evidence) if evidence else best.score
    pool = [best] + [e for e in evidence[:look] if e is not best and e.score >= margin * top and usable(e)]
    kind = kind_asked(question)
    if kind is not None:
        for e in pool:
            if not e.row and announces_kind(e.text, kind):
                items = _items_after(evidence, e)
                if items:
                    return _joined([e] + items, best.score)
        for e in pool[:3]:
            before = summed_up(evidence, e, kind, question)
            if before:
                return _joined(before + [e], best.score)
    if enumerates(best.text):
        return None  # the best names items itself ('three key factors: fit, return and data'): it is the list
    for e in pool[:3]:
        run = ordinal_run(evidence, e)
        if run:
            before = neighbour(evidence, run[0], -1)
            lead = [before] if before is not None and not before.row and re.search(
                rf"\b(?:{_COUNTS})\b", before.text, re.I) else []
            return _joined(lead + run, best.score)
    return None


def kind_listed(evidence: list[Evidence], best: Evidence, question: str, usable, margin: float,
                look: int = 8) -> Evidence | None:
    """A best sentence that names the kind of items asked but lists none ('offers broad downstream use
    cases') introduces them: the sentence of its own passage that names that kind and lists items ('Top
    use cases include A, B and C'), on topic (`usable`), scoring at least `margin` of the best, the
    higher ranked first, scored as the best (the introduction vouches for its passage); else None."""
    kind = kind_asked(question)
    if kind is None or best.row or enumerates(best.text) or kind not in tokenize(best.text):
        return None
    top = max(e.score for e in evidence) if evidence else best.score
    found = next((e for e in evidence[:look] if e is not best and e.passage_index == best.passage_index
                  and not e.row and e.score >= margin * top and enumerates(e.text)
                  and kind in tokenize(e.text) and usable(e)), None)
    return replace(found, score=max(found.score, best.score)) if found is not None else None


def kind_named(evidence: list[Evidence], best: Evidence, question: str, usable, margin: float,
               look: int = 8) -> Evidence | None:
    """A best sentence listing items without naming the kind asked ('alternatives, including A, B and C'
    for 'list the frameworks') lists other things: the higher-ranked sentence that lists items and names
    that kind ('frameworks like A and B'), on topic (`usable`), scoring at least `margin` of the best; else None."""
    kind = kind_asked(question)
    if kind is None or best.row or not enumerates(best.text) or kind in tokenize(best.text):
        return None
    top = max(e.score for e in evidence) if evidence else best.score
    return next((e for e in evidence[:look] if e is not best and not e.row and e.score >= margin * top
                 and enumerates(e.text) and names_kind_listed(e.text, kind) and usable(e)), None)


def kind_in_passage(evidence: list[Evidence], best: Evidence, question: str, usable, margin: float) -> Evidence | None:
    """A best sentence that is not already a list of the kind asked gives way to the sentence of its own
    passage naming that kind right before its items ('Application scenarios include A, B and C', 'Its
    services include ...'), however far down the ranking, on topic (`usable`), scoring at least `margin`
    of the best, scored as the best (the passage is the best's); else None."""
    kind = kind_asked(question)
    if kind is None or best.row or (enumerates(best.text) and kind in tokenize(best.text)) \
            or states_kind(question, best.text):
        return None
    top = max(e.score for e in evidence) if evidence else best.score
    found = next((e for e in evidence if e is not best and e.passage_index == best.passage_index and not e.row
                  and e.score >= margin * top and lists_kind(question, e.text, kind) and usable(e)), None)
    return replace(found, score=max(found.score, best.score)) if found is not None else None


def states_kind(question: str, text: str) -> bool:
    """A clause of `text` states a list of the kind asked after a subject naming it ('Restraints include A and B'),
    its items noun phrases of any length ('power availability constraints at data-centre campuses')."""
    return stated_list(question, text) is not None


def lists_kind(question: str, text: str, kind: str) -> bool:
    """`text` lists items of the `kind` asked: it names the kind right before the short items it enumerates, or a
    clause states a list of that kind (`states_kind`: an annual report's items run past four words)."""
    return enumerates(text) and names_kind_listed(text, kind) or states_kind(question, text)


_LISTS_AFTER = re.compile(r"^(?:\s+[\w-]+){0,1}?\s*(?:,\s*)?(?:includ(?:e|es|ed|ing)|such as|like|namely|:)", re.I)


def names_kind_listed(text: str, kind: str) -> bool:
    """The sentence names the `kind` right before the items it lists ('frameworks like A and B', 'use
    cases include A, B and C'), not only somewhere else ('a video model, can generate text or image')."""
    return any(tokenize(m.group(0))[:1] == [kind] and _LISTS_AFTER.match(text[m.end():])
               for m in re.finditer(r"[\w-]+", text))


def absorbing(evidence: list[Evidence], new: Evidence) -> list[Evidence]:
    """`evidence` with `new` first and the sentences it quotes left out, so none is quoted twice."""
    return [new] + [e for e in evidence if not (e.passage_index == new.passage_index and e.text in new.text)]


def compose_items(ctx: AnswerContext, parts: list[str], best: Evidence, backend: str, max_chars: int) -> Answer:
    """The items quoted in order, each cut to its share of `max_chars` (an item is named at its sentence's
    start), cited; no bold lead: a list of sentences has no one phrase that is the answer."""
    budget = max_chars - 5 - 2 * len(parts)  # " [1]", a space and "…" each
    # a sentence naming the items after a colon ('three key factors: A, B and C.') is the list: kept whole
    whole = {p for p in parts if names_after_colon(p) and len(p) <= budget // 2}
    budget -= sum(len(p) for p in whole)
    short = sorted((p for p in parts if p not in whole), key=len)
    share = max_chars  # every item fits whole unless a longer one meets less than its share
    for k, p in enumerate(short):  # the short items keep their length, the rest share what is left
        if len(p) > budget // (len(short) - k):
            share = max(40, budget // (len(short) - k))
            break
        budget -= len(p)
    shown = [p if len(p) <= share or p in whole else p[:share].rsplit(" ", 1)[0].rstrip(",;:") + "…" for p in parts]
    passage = ctx.passages[best.passage_index]
    text = (" ".join(shown) + " [1]")[:max_chars]
    return Answer(question=ctx.question, answer=text, figure=None, abstained=False,
                  citations=[Citation.from_passage(1, passage, quote=best.text)], backend=backend,
                  passages=list(ctx.passages), confidence=best.score, shape="list")

"""An answer must cover every measure and every name the question asks, whichever path (cells, comparison, choice,
sentence) composed it: a measure (capital expenditure, headcount) no cited passage, its section nor another chunk of
its page writes, or a company/place/model the cited reports never write, is one the reports do not answer for."""

from __future__ import annotations

import re

from rag.acronym_table import snapshot_table
from rag.types import Answer, AnswerContext

from .capital_initials import spelled_or_defined
from .cited_pages import cited_intros, cited_texts, report_texts
from .features import metric_covered
from .gates_owner import given_owner
from .measures import METRICS
from .names import mentions_entity
from .question_names import QUESTION_WORDS, entities_of
from .slots import Slots
from .units_covered import currency_uncovered, granularity_uncovered


def cited_reports(ctx: AnswerContext, answer: Answer) -> list[str]:
    """Lower-case texts of the reports the answer cites: every chunk of them, and their titles and publishers
    (a renamed owner, 'xAI' in prose and 'X' in a table, is still the report's name for it)."""
    return report_texts(ctx, answer)


def measure_uncovered(slots: Slots, texts: list[str]) -> str | None:
    """The reason when a measure the question asks is written in none of `texts` while another measure is (the
    figures cited are that sibling's: 'share by revenue' for 'share of capital expenditure'), or None. A table that
    names no measure at all may be the one asked; an explanation is exempt: a sibling measure may answer in meaning
    ('upfront investments' for 'upfront capital spending')."""
    if slots.shape == "explanation" or not texts:
        return None
    joined = "\n".join(texts)  # one search per measure: its words hold no line break, so none spans two texts
    missing = [m for m in slots.metrics if not metric_covered(joined, m)]
    if not missing:
        return None
    others = [m for m in METRICS if m not in slots.metrics and metric_covered(joined, m)]
    if not others:
        return None
    return f"the passages cited name {', '.join(others)}, not the measure asked ({', '.join(missing)})"


# a question's capitalised first word owning what follows ('Sony's application areas'): a name, though slots leave a
# first word out (capitalised anyway); only a report that never writes it at all is taken to miss it
_FIRST_OWNER = re.compile(r"\s*([A-Z][A-Za-z0-9.&-]+)['’]s?\s")
# a capitalised first word opening a run of capitalised words or version numbers that owns what follows ('Mistral
# Large 2.5 Pro's score'): the run is one name, so its first word is a name the slots leave out as the first word
_FIRST_RUN_OWNER = re.compile(r"\s*([A-Z][A-Za-z0-9.&-]*[A-Za-z0-9])(?:\s+(?:[A-Z][A-Za-z0-9.&-]*|\d[\d.]*))+['’]s?\s")
# a capitalised word opening a question as one side of 'X vs Y': a name the slots leave out as the first word, held
# to the same test as a first-word owner
_FIRST_NAMED = re.compile(r"\s*([A-Z][A-Za-z0-9.&-]*[A-Za-z0-9])\s+(?:vs\.?|versus)\s")
# contractions of a question word or pronoun ("What's", "It's") own nothing; a day or year owning what follows
# ("Today's market size") names a time, not a company
_NOT_OWNERS = frozenset("what who where when why how which that it there here let this one everyone "
                        "today tomorrow yesterday year".split())
# a request verb opening a question ('Name China's hubs', 'List Baidu's models'): how it asks, never the name's first
# word; the verbs a question opens its request with, closed as the imperative forms of asking
_REQUEST_VERBS = frozenset("name list identify enumerate give cite mention outline describe explain compare tell show "
                           "state provide summarise summarize find rank confirm".split())


def names_unwritten(slots: Slots, texts: list[str]) -> list[str]:
    """The companies, places and models the question names that none of `texts` writes."""
    if not texts:
        return []
    # a name set aside ('Besides Toyota, which company ...') is one the answer presumes the reports write too
    # (a single capitalised word: 'public data', 'CIC's own research' are things, not names)
    names = [a for a in slots.aside if re.fullmatch(r"[A-Z][A-Za-z0-9.&-]*[A-Za-z0-9]", a)]
    entities = list(slots.entities) + [e for e in entities_of(names) if e not in slots.entities]
    for m in (_FIRST_OWNER.match(slots.text), _FIRST_NAMED.match(slots.text), _FIRST_RUN_OWNER.match(slots.text)):
        name = m.group(1) if m else None
        if name and name.lower() not in _NOT_OWNERS | QUESTION_WORDS | _REQUEST_VERBS \
                and not any(e.name == name for e in entities):
            entities += entities_of([name])
    return [e.name for e in entities if not any(mentions_entity(t, e) for t in texts)]


def name_uncovered(slots: Slots, texts: list[str], unsaid: frozenset[str] = frozenset()) -> str | None:
    """The reason when a company, place or model the question names is written in none of `texts` (the cited
    reports whole: a report that never writes a name cannot answer for it), or None."""
    return unwritten_reason([n for n in names_unwritten(slots, texts) if n not in unsaid])


def unwritten_reason(missing: list[str]) -> str | None:
    """The reason naming the question's names the cited reports never write, or None when there are none."""
    return f"the passages cited never name {', '.join(missing)}" if missing else None


def owner_unsaid(slots: Slots, answer: Answer) -> frozenset[str]:
    """Owners the question gives a product to ('xAI's Grok 4') where a cited row gives that product to a one-letter
    owner ('Company name: X'): too short a name to tell owners apart (as gates_owner), so it leaves the owner unsaid."""
    rows = [t for c in answer.citations for t in (c.quote, c.text)]
    out = set()
    for e in slots.entities:
        m = re.search(rf"(?<![\w-]){re.escape(e.name)}['’]s?\s+([^,?;:]+)", slots.text)
        words = m.group(1).split()[:4] if m else []
        products = [" ".join(words[:k]) for k in range(len(words), 0, -1)]
        if any((o := given_owner(t, p)) is not None and len(o) < 2 for p in products for t in rows):
            out.add(e.name)
    return frozenset(out)


def written_out_cited(name: str, answer: Answer, table: dict | None = None) -> bool:
    """Whether a passage cited writes acronym `name` out in capitalised words ('AA': Artificial Analysis),
    or in the other form the reports define for it (`table`: 'CAGR' as compound annual growth rate)."""
    return any(spelled_or_defined(name, f"{c.section or ''}\n{c.text}", table or {}) for c in answer.citations)


def slot_uncovered(ctx: AnswerContext, answer: Answer, slots: Slots) -> tuple[str, str] | None:
    """(gate name, reason) when an answer leaves a measure or a name of the question uncovered, or None."""
    if answer.abstained or not answer.citations:
        return None
    cited = cited_texts(ctx, answer)
    if (why := measure_uncovered(slots, cited + cited_intros(ctx, answer))) is not None:
        return "measure_uncovered", why
    counted = bool(answer.derivation) and answer.derivation.get("op") == "count"
    if (why := currency_uncovered(slots.text, cited, counted)) is not None:
        return "currency_uncovered", why
    if (why := granularity_uncovered(slots.text, cited)) is not None:
        return "granularity_uncovered", why
    # the owners left unsaid are looked for only when a name is unwritten (they can only excuse one)
    if (missing := names_unwritten(slots, cited_reports(ctx, answer))) and \
            (why := unwritten_reason([n for n in missing if n not in owner_unsaid(slots, answer)
                                      and not written_out_cited(n, answer, snapshot_table(ctx.snapshot))])) is not None:
        return "name_uncovered", why
    return None

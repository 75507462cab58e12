"""'Which benchmark shows the widest gap?', 'which model type made up the biggest share?': a superlative
asked over the alternatives one sentence lists with their figures, in parallel ('by 17.5%, 13.5%, 24.3%
and 31.6% on MMLU, MMMU, MATH and HumanEval'; 'language/vision/multimodal models accounted for 78%, 12%
and 10%'; 'the U.S. and China accounting for 34% and 15%, respectively'). The answer is the label
whose figure is the largest (the smallest when that is asked), then every label's figure, cited."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.figures import Figure

from ..types import Answer, AnswerContext, Citation
from .features import Evidence, metric_covered, near_top, neighbour
from .gates import off_topic
from .pick import is_label, is_numbering
from .slots import Slots

_HIGH = re.compile(r"\b(largest|highest|biggest|greatest|most|widest|fastest|strongest|top|leading|hottest|"
                   r"most popular|dominant)\b", re.I)
_LOW = re.compile(r"\b(smallest|lowest|least|fewest|narrowest|slowest|weakest)\b", re.I)
_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$", re.I)  # between two figures of an enumeration
_SPLIT = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+|\s*&\s*")
# what introduces the names after the figures ('on benchmarks such as ...', 'in A, B and C') or before them
_LEAD_IN = re.compile(r"^.*\b(?:such as|including|like|namely|on|in|for|from|with|among|by|of)\s+(?:the\s+)?", re.I)
# the verb between the names and their figures ('China accounting for', 'C were at')
_VERB = re.compile(r"\s+(?:\w+ing|\w+ed|were|was|are|is|had|have|has|at|with|took|made up|make up|held|hold)"
                   r"(?:\s+(?:for|at|to|of|up|about|around|roughly|nearly))*\s*$", re.I)
# names after the figures come after a word introducing them: 'on benchmarks such as A, B and C', 'in A and B'
_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:such as|including|like|namely|on|in|for|among|across)\s", re.I)
_SLASHED = re.compile(r"([\w&.+-]+(?:/[\w&.+-]+)+)(\s+[a-z][\w-]*)?")
NAME = re.compile(r"^[\w.&'’+()-]+(?:\s+[\w.&'’+()-]+){0,4}$")


def runs(text: str, figures: list[Figure]) -> list[list[Figure]]:
    """Runs of two or more measuring figures of one unit written as an enumeration ('17.5%, 13.5%, and 31.6%')."""
    measures = [f for f in figures if f.unit != "year" and not is_numbering(text, f) and not is_label(text, f)]
    runs: list[list[Figure]] = []
    for f in measures:
        if runs and runs[-1][-1].unit == f.unit and _JOIN.match(text[runs[-1][-1].end:f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return [r for r in runs if len(r) >= 2]


def _names(part: str, n: int, after: bool) -> list[str] | None:
    """`n` names enumerated in `part` (the words after the figures, or before them), or None."""
    for m in _SLASHED.finditer(part):  # 'language/vision/multimodal models'
        items = m.group(1).split("/")
        if len(items) == n:
            return items
    part = re.split(r"[;:()]|\.\s+(?=[A-Z])", part)[0 if after else -1].strip(" ,")
    if after:  # 'in 2019 and 2018, respectively'; not 'of AI companies, respectively' (what is measured)
        part = re.sub(r",?\s*respectively\b.*$", "", part, flags=re.I)
        if not _AFTER.match(part):
            return None
    if not after:
        part = _VERB.sub("", part)
    items = [i.strip(" ,") for i in _SPLIT.split(part) if i.strip(" ,")]
    if len(items) < n:
        return None
    items = items[:n] if after else items[-n:]
    items[0] = _LEAD_IN.sub("", items[0]) if _LEAD_IN.search(items[0]) else items[0]
    items[0] = re.sub(r"^(?:the|a|an)\s+", "", items[0], flags=re.I)
    if not all(NAME.match(i) and not re.search(r"\d%|\d\s*(?:million|billion)", i) for i in items):
        return None
    return items


def chart_items(text: str, figures: list[Figure]) -> list[tuple[str, Figure]]:
    """A chart written as one line ('Caption: name 38.1%; name 36.2%; ...', ingest's bars and pies): each
    name with the one figure that ends its item; [] unless every item after the colon is a name and a figure."""
    head, colon, body = text.partition(": ")
    if not colon or ";" not in body:
        return []
    offset = len(head) + 2
    pairs: list[tuple[str, Figure]] = []
    for item in re.finditer(r"[^;]+", body):
        m = re.fullmatch(r"\s*(?P<name>[A-Za-z][^\d;:]{0,70}?)\s+(?P<fig>\d[\d,.]*%?)\.?\s*", item.group(0))
        fig = m and next((f for f in figures if f.start == offset + item.start() + m.start("fig")), None)
        if fig is None or fig.unit == "year":
            return []
        pairs.append((m.group("name"), fig))
    return pairs if len(pairs) >= 2 and len({n.lower() for n, _ in pairs}) == len(pairs) else []


def paired(text: str, figures: list[Figure]) -> list[tuple[str, Figure]]:
    """The (label, figure) pairs a sentence lists in parallel: figures then as many names after them,
    or names then as many figures with 'respectively', or a chart's 'name figure' items; [] when it lists none."""
    if items := chart_items(text, figures):
        return items
    for run in runs(text, figures):
        after = text[run[-1].end:]
        names = _names(re.split(r"[.;](?:\s|$)", after)[0], len(run), True)
        clause = re.split(r"[;:]", text[:run[0].start])[-1]
        if names is None and re.search(r"\brespectively\b", after[:40], re.I):
            names = _names(clause, len(run), False)
        elif names is None:  # 'language/vision/multimodal models accounted for 78%, 12%, and 10%': slashed names say it
            names = next((m.group(1).split("/") for m in _SLASHED.finditer(clause)
                          if m.group(1).count("/") + 1 == len(run)), None)
        if names is not None and len(set(n.lower() for n in names)) == len(names):
            return list(zip(names, run))
    return []


def largest_listed(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str, share: float,
                   gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The label a sentence on topic (scoring at least `share` of the best) lists with the largest figure
    (smallest when asked) among the labels it lists in parallel; None on a tie, or without such a sentence."""
    q = ctx.question
    high, low = _HIGH.search(q), _LOW.search(q)
    if slots.shape != "which" or not (high or low) or not evidence:
        return None
    lowest = bool(low) and (not high or low.start() < high.start())
    for e in near_top(evidence, share):
        if e.row:
            continue
        pairs = paired(e.text, e.figures)
        if len(pairs) < 2:
            continue
        quoted = e.text
        if slots.years and e.years and not e.year_ok:  # another year's list: the next sentence may give the year asked's
            later = _carried(evidence, e, len(pairs))
            if later is None:
                continue
            e, quoted = later[0], f"{e.text} {later[0].text}"
            pairs = [(n, f) for (n, _), f in zip(pairs, later[1])]
        # the figures compared must measure what is asked: the measure named in the sentence itself
        if off_topic(ctx, slots, e) or not all(metric_covered(e.text.lower(), m) for m in slots.metrics):
            continue
        values = [f.value for _, f in pairs]
        best = min(values) if lowest else max(values)
        if values.count(best) > 1:
            return None  # a tie names no one
        name, fig = pairs[values.index(best)]
        if gate is not None and gate(slots, e, [fig]):
            continue
        each = "; ".join(f"{n}: {f.display}" for n, f in pairs)
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=quoted, figure=name)
        return Answer(question=q, answer=f"**{name}** ({fig.display}). {each} [1]. {quoted} [1]", figure=name,
                      abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="which")
    return None


_REFERS_BACK = re.compile(r"\b(?:these|those|the same|both)\b", re.I)


def _carried(evidence: list[Evidence], e: Evidence, n: int) -> tuple[Evidence, list[Figure]] | None:
    """'In 2023 ... by 17.5%, 13.5% and 24.3% on A, B and C.' then 'By 2024 these gaps had narrowed to 0.3%, 8.1% and
    1.6%, respectively': the next sentence, dated a year asked and referring back, lists as many figures in the same
    order; (it, its figures) or None."""
    later = neighbour(evidence, e, 1)
    if later is None or not later.year_ok or not later.years or not _REFERS_BACK.search(later.text[:80]):
        return None
    return next(((later, run) for run in runs(later.text, later.figures) if len(run) == n), None)


# 'AIGC remained the hottest track, accounting for 56% of total AI financing': a sentence calling its subject
# the superlative of the kind of thing asked ('which track ...')
_CALLED = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?P<name>[A-Z][\w&.'’/-]*(?:\s+[\w&.'’/-]+){0,5}?)\s+(?:is|was|remained|remains|"
                     r"became|becomes|has become|has remained|stands as|stood as|emerged as|ranks as|ranked as)\s+the\s+"
                     r"(?P<sup>most\s+[\w-]+|[\w-]+est|top|leading|dominant)\s+(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\b")
_WHICH_NOUN = re.compile(r"^\s*(?:in\s+|on\s+|for\s+)?(?:which|what)\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
                         r"(?:is|was|are|were|has|had|have|did|does|do|drew|draws|took|takes|made|makes|attracted|attracts|"
                         r"got|gets|received|receives|saw|sees|holds|held|accounted|accounts|led|leads|ranks|ranked|grew)\b",
                         re.I)
_LOW_CALLED = re.compile(r"\b(smallest|lowest|least|weakest|slowest|fewest|worst)\b", re.I)


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def called_superlative(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str, share: float,
                       gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """'Which track drew the largest share of AI financing?': a sentence on topic (scoring at least `share`
    of the best, naming the measure asked) that calls its subject the superlative of the thing asked
    ('AIGC remained the hottest track') answers with that subject; not an ordinal ('the second-largest')
    nor the opposite end ('the smallest' for 'the largest')."""
    q = ctx.question
    high, low = _HIGH.search(q), _LOW.search(q)
    m = _WHICH_NOUN.search(q)
    if slots.shape != "which" or m is None or not (high or low) or not evidence:
        return None
    head = _stem(m.group("np").split()[-1])
    for e in near_top(evidence, share):
        if e.row or not (c := _CALLED.search(e.text)):
            continue
        sup = c.group("sup")
        if _stem(c.group("noun").split()[-1]) != head or re.search(r"\b(?:second|third|fourth|fifth)|\d", sup, re.I) \
                or bool(_LOW_CALLED.search(sup)) != bool(low and not high):
            continue
        if off_topic(ctx, slots, e) or not all(metric_covered(e.text.lower(), mt) for mt in slots.metrics):
            continue
        name = re.sub(r"^(?:the|a|an)\s+", "", c.group("name").strip(), flags=re.I)
        figs = [f for f in e.figures if f.start >= c.end() and f.unit != "year"][:1]
        if gate is not None and gate(slots, e, figs):
            continue
        shown = f" ({figs[0].display})" if figs else ""
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=name)
        return Answer(question=q, answer=f"**{name}**{shown}. {e.text} [1]", figure=name, abstained=False,
                      citations=[citation], backend=backend, passages=list(ctx.passages), confidence=e.score,
                      shape="which")
    return None

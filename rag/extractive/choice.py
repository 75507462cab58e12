"""Questions that name their alternatives: 'which ranks higher, A or B?', 'between A and B, which
is bigger?', 'did A or B grow faster?' (a choice) and 'A versus B', 'how do A and B compare' (a
comparison). Each alternative gets its own figure from the evidence: the measure of a table row
naming it and no other alternative, or in a sentence naming several, the first figure after its
name (in a clause ending 'respectively', the figures in the order the names come). A choice leads
with the name whose figure is larger (smaller when 'lower', 'less' ... is asked), then each
alternative's figure, cited; a comparison leads with both figures. When any alternative has no
figure, or the figures differ in unit, nothing is composed here (None) and the sentence path answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ingest.figures import Figure
from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation
from .alt_figures import (are_years, before_names, by_year, cell_is, listed_in_parallel, longest_mentions, measure_said,
                          other_named, owned_measures, positions, slashed, unlike)
from .carried import carried_named
from .carried_measure import measure_carried
from .features import Evidence, metric_covered
from .gates import TOPIC_CHECKS, off_topic, place_named
from .period_heading import previous_years
from .pick import is_label, is_numbering
from .shape_cues import both_named
from .slots import Slots
from .tied import rank_cell, tied

_END = r"\s*[?.]?\s*$"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# the tail names the alternatives: 'Which ranks higher on the index, A or B?', 'Which grew faster: A or B?'
_TAIL_OR = re.compile(r"[,:]\s*(?:the\s+)?([^,:?]+?)\s+or\s+(?:the\s+)?([^,:?]+?)" + _END, re.I)
# 'Which of the two, A or B, has the higher score?': the alternatives set off by commas mid-question
_MID_OR = re.compile(r"^\s*(?:which|whose|who)\b[^,?]*,\s*(?:the\s+)?([^,:?]+?)\s+or\s+(?:the\s+)?([^,:?]+?),\s*(?=\w)", re.I)
# 'In 2024, did A or B grow faster?', 'According to CIC, which ...': a leading clause before the question proper
_LEADING = re.compile(r"^\s*(?:in|on|at|by|for|according to|among|across|per|as of|since|during|from|of)\b[^,?]{1,60},\s*"
                      r"(?P<rest>(?:which|whose|who|did|does|do|is|are|was|were|has|have|how|between)\b.+)$", re.I)
# 'What is larger, A or B?': 'what' asking a comparative is 'which'
_WHAT_MORE = re.compile(r"^\s*what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:larger|bigger|higher|greater|more|"
                        r"smaller|lower|less|fewer)\b", re.I)
# 'A or B: which scores higher?'
_LEAD_OR = re.compile(r"^\s*(?:the\s+)?([^,:?]+?)\s+or\s+(?:the\s+)?([^,:?]+?)\s*[:,]\s*(?:which|who)\b", re.I)
# 'A and B: how far apart were their shares?': the two names set off by a colon before the question proper
_LEAD_AND = re.compile(r"^\s*(?:the\s+)?([^,:?]+?)\s+(?:and|&)\s+(?:the\s+)?([^,:?]+?)\s*:\s*"
                       r"(?:how|what|which|who|where|when)\b", re.I)
# 'How did X differ between A and B (in 2024)?': each side asked ('the difference between A and B' asks one figure)
_DIFFER_BETWEEN = re.compile(r"\b(?:differ|differs|differed)\s+between\s+(?:the\s+)?"
                             r"([^,?]+?)\s+and\s+(?:the\s+)?([^,?]+?)(?=\s*[?,.]|\s+(?:in|on|at|for|by|as of|according)\b|\s*$)",
                             re.I)
# 'How much does A drop and how much does B rise?': the same amount asked twice, of two subjects, each before its verb
_AUX = r"(?:does|did|do|is|was|were|are|has|have|had|will)"
_HOW_MUCH_TWICE = re.compile(rf"\bhow (?:much|many)\s+{_AUX}\s+(?:the\s+|its\s+|their\s+)?(?P<a>[^,?]+?)\s+[a-z]+,?\s+"
                             rf"and\s+how (?:much|many)\s+{_AUX}\s+(?:the\s+|its\s+|their\s+)?(?P<b>[^,?]+?)\s+[a-z]+"
                             r"\s*[?.]?\s*$", re.I)
# 'by how much did X lead on A and on B?': the preposition said again before the second side delimits both
_SAME_PREP = re.compile(r"\b(?P<prep>on|in|for|at|from|among|across)\s+(?:the\s+)?(?P<a>[^,?]+?)\s+and\s+(?P=prep)\s+"
                        r"(?:the\s+)?(?P<b>[^,?]+?)(?=\s*[?,.]|\s+(?:in|on|at|for|by|as of|according)\b|\s*$)", re.I)
# 'Between A and B, which ...'
_BETWEEN = re.compile(r"^\s*between\s+(.+?)\s+and\s+(.+?),\s*(?:which|who)\b", re.I)
# 'Did urban or rural consumption grow faster?': one word each side of 'or' after the verb
_DID_OR = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?(\w[\w.'’-]*)\s+or\s+(?:the\s+)?(\w[\w.'’-]*)", re.I)
# 'Does Kling 1.6 (Pro) or Runway Gen 4 rank higher', 'Is Acme Robotics or Beta Systems more profitable': names of
# several words each side of 'or', B ending where a verb of measuring or the comparative word follows
_DID_OR_LONG = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?(.+?)\s+or\s+(?:the\s+)?(.+?)\s+"
                          r"(?:(?:rank|score|grow|grew|hold|held|have|has|had|get|got|attract|draw|drew|receive|perform|come|"
                          r"came|sit|place|earn|post|show|record|take|took|capture|command|raise|raised)\w*\s+)?"
                          r"(?:an?\s+|the\s+)?(?:higher|lower|larger|smaller|bigger|greater|more|less|fewer|faster|slower|"
                          r"better|worse|stronger|weaker|ahead|first)\b", re.I)
# 'Was Company G's or Company H's share larger?': each name ends at its possessive
_DID_OR_OWN = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?([^,:?]+?)['’]s?\s+or\s+(?:the\s+)?"
                         r"([^,:?]+?)['’]s?\s", re.I)
# 'Does Grok 4 Fast score better than Claude 4.1 Opus on ...', 'Does A beat B ...': a yes or no between two names
_BEATS = (r"beat|beats|outperform|outperforms|outperformed|outrank|outranks|outranked|exceed|exceeds|exceeded|surpass|"
          r"surpasses|surpassed|lead|leads|led")
_DID_THAN = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?(.+?)\s+(?:(?:(?:rank|score|grow|grew|hold|held|"
                       r"have|has|had|get|got|attract|draw|drew|receive|perform|come|came|sit|place|earn|post|show|record|"
                       r"take|took|capture|command|raise|raised)\w*\s+)?(?:an?\s+)?(?:higher|lower|"
                       r"larger|smaller|bigger|greater|more|less|fewer|faster|slower|better|worse|stronger|weaker)\s+than|"
                       rf"(?:{_BEATS}))\s+(?:the\s+)?(.+?)(?=\s+(?:on|in|at|by|for|as|across|among|according)\b|\s*[?,.]?\s*$)", re.I)
# 'A vs B on ...', 'A versus B: ...'
_VERSUS = re.compile(r"^\s*(?:the\s+)?([A-Z][^,:?]*?)\s+(?:vs\.?|versus)\s+([^,:?]+?)(?=\s*[:?]|\s+(?:on|in|at|for)\b)")
# 'How do A and B compare (on ...)?'
_COMPARE = re.compile(r"^\s*how (?:do|does|did)\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)\s+compare\b", re.I)
# 'How does A stack up against B (on ...)?', 'How does A fare against B?', 'How does A compare with B?'
_STACKS_UP = re.compile(r"^(?:.*?,\s*)?how (?:does|do|did)\s+(?:the\s+)?(.+?)\s+(?:stack|stacks|stacked|measure|fare|compare)"
                        r"(?:\s+up)?\s+(?:against|with|to)\s+(?:the\s+)?(.+?)(?=\s*[?,]|\.(?:\s|$)|\s+(?:on|in|at|for|by)\b|\s*$)", re.I)
# 'Put A and B side by side: ...', 'Compare A with B on ...', 'Set A against B: ...'
_SIDE_BY_SIDE = re.compile(r"^\s*(?:put|place|set|line up|compare|contrast)\s+(?:the\s+)?(.+?)\s+(?:and|with|to|against)\s+"
                           r"(?:the\s+)?(.+?)(?:\s+side[- ]by[- ]side)?(?=\s*[:,?.]|\s+(?:on|in|at|for|by)\b|\s*$)", re.I)
# 'A compared with B', 'A compare to B' (no year in either: periods are compared by their year slots)
_COMPARED_WITH = re.compile(r"(?P<a>[^,?]{2,80}?)\s+compared?\s+(?:with|to|against)\s+(?:that of\s+|those of\s+)?"
                            r"(?:the\s+)?(?P<b>[^,?]{2,60}?)(?=\s*[?,.]|\s+(?:among|in|on|for|at|during|by|within)\b|\s*$)", re.I)
# the second side naming the first's measure by a pronoun: 'A's lead on MMLU compared with its lead on HumanEval'
_BACK_REFERRED = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){1,3}?(?:on|in|for|at|from|among)\s+(?:the\s+)?(?P<b>[^,?]+?)"
                            r"(?=\s*[?,.]|\s*$)", re.I)
_LOW = re.compile(r"\b(lower|lowest|less|least|smaller|smallest|fewer|fewest|slower|slowest|worse|weaker)\b", re.I)
# ('which scenario led in investment': the past 'led' or 'topped' asks the leader too; 'led to' is a cause, 'led by' an agent)
_HIGH = re.compile(r"\b(higher|highest|more|most|larger|largest|bigger|biggest|greater|greatest|faster|fastest|"
                   r"better|best|stronger|ahead|leads?|tops?|(?:led|topped)(?!\s+(?:to|by)\b))\b", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_FUNCTION_END = re.compile(r"\b(?:of|in|for|to|on|at|by|and|or|the|a|an)$", re.I)  # 'risk of' names no side
_OWNER = re.compile(r"^[A-Z][\w.&-]*['’]s?\s+(?=\S)")


@dataclass(frozen=True)
class Alternatives:
    names: tuple[str, ...]
    kind: str  # 'choice' (which is larger) | 'comparison' (both figures)


def alternatives(question: str) -> Alternatives | None:
    """The alternatives a question names and whether it asks which is larger or how they compare."""
    named = _named(question.strip())
    return None if named is None else _checked(question.strip(), named[0], named[1])


def coordinated(question: str) -> Alternatives | None:
    """'How did urban and rural per capita consumption compare?', 'the shares of language and vision models':
    modifiers coordinated before the noun they share name the alternatives ('urban', 'rural'); each side
    is as many words as the shorter ('urban income growth or rural': 'urban'), the first after its last
    preposition; sides ending in the same noun ('vision models or multimodal models') drop it. None when
    that changes nothing."""
    named = _named(question.strip())
    if named is None:
        return None
    (a, b), kind = named
    a = re.split(r"\b(?:of|in|for|on|at|from|between|among)\s+", a.strip(), flags=re.I)[-1]
    a = _ARTICLE.sub("", a.strip())
    if not _OWNER.match(b.strip()):
        a = _OWNER.sub("", a)  # "China's urban and rural residents": the owner before the first side owns both
    b = re.sub(r"^(?:in|for|of|at|on|among)\s+", "", b.strip(), flags=re.I)  # 'X in India or in the UK': 'UK'
    b_words = _ARTICLE.sub("", b.strip()).split()
    a_words = a.split()
    short, long_ = sorted((a_words, b_words), key=len)
    if 1 < len(a_words) == len(b_words) and a_words[-1].lower() == b_words[-1].lower() and a_words[-1][:1].islower():
        # 'vision models or multimodal models': the noun both end in is shared, the words before it name them
        return _checked(question.strip(), (" ".join(a_words[:-1]), " ".join(b_words[:-1])), kind)
    if short and len(long_) == len(short) and (a, " ".join(b_words)) != named[0]:
        return _checked(question.strip(), (a, " ".join(b_words)), kind)  # 'X in India or in the UK': India, UK
    if not short or len(long_) == len(short) or not re.match(r"[a-z]", long_[len(short)]):
        return None  # ('Kling or Runway Gen 4': a name goes on capitalised, no shared noun follows)
    head = " ".join(long_[:len(short)])
    return _checked(question.strip(), (a, head) if short is a_words else (head, b.strip()), kind)


def _named(q: str) -> tuple[tuple[str, str], str] | None:
    """The two alternatives as the wording delimits them, and the kind asked; None when none is named."""
    found: tuple[str, str] | None = None
    kind = "choice"
    if (re.match(r"\s*(which|whose|who)\b", q, re.I) or _WHAT_MORE.match(q)) and (m := _TAIL_OR.search(q) or _MID_OR.match(q)):
        found = (m.group(1), m.group(2))
    elif m := _BETWEEN.match(q):
        found = (m.group(1), m.group(2))
    elif m := _LEAD_OR.match(q):
        found = (m.group(1), m.group(2))
    elif (m := _DID_OR.match(q)) and (_HIGH.search(q) or _LOW.search(q)):
        found = (m.group(1), m.group(2))
    elif m := _DID_OR_OWN.match(q):
        found = (m.group(1), m.group(2))
    elif (m := _DID_THAN.match(q)) and not re.match(r"[\d$€¥£]|(?:a|an|one|expected|planned|forecast)\b", m.group(2), re.I):
        found = (m.group(1), m.group(2))  # (a figure or an expectation after 'than' is a threshold, no second name)
    elif m := _DID_OR_LONG.match(q):
        found = (m.group(1), m.group(2))
    elif m := _VERSUS.match(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    # ('compare' in the question first: the search tries up to 80 characters from every position, ~0.1 ms)
    elif "compare" in q.lower() and (m := _COMPARED_WITH.search(q)) and not re.search(r"\b(19|20)\d\d\b", m.group(0)):
        # 'how did investment in A compare with B among ...': A after the last preposition or verb before it
        head = re.split(r"\b(?:to|in|of|for|on|at|did|does|do|was|were|is|are|how|what|much|many|went)\s+", m.group("a"), flags=re.I)[-1]
        other = _BACK_REFERRED.match(q[m.start("b"):])  # 'its lead on HumanEval': the measure is A's, the name after it
        found, kind = (head, other.group("b") if other else m.group("b")), "comparison"
    elif m := _COMPARE.match(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    elif (m := _STACKS_UP.match(q)) and not re.match(r"(?:its|their|it|they|this|that)\b", m.group(1), re.I):
        found, kind = (m.group(1), m.group(2)), "comparison"  # ('how does its score compare': no first name)
    elif m := _SIDE_BY_SIDE.match(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    elif m := _LEAD_AND.match(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    elif m := _HOW_MUCH_TWICE.search(q):
        found, kind = (m.group("a"), m.group("b")), "comparison"
    elif m := _DIFFER_BETWEEN.search(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    elif (m := _SAME_PREP.search(q)) and not are_years((m.group("a"), m.group("b"))):
        found, kind = (m.group("a"), m.group("b")), "comparison"
    elif two := both_named(q):  # 'what are the scores of A and B?': a figure of each
        found, kind = two, "comparison"
    elif m := _LEADING.match(q):
        return _named(m.group("rest"))
    return None if found is None else (found, kind)


def _checked(q: str, found: tuple[str, str], kind: str) -> Alternatives | None:
    """The alternatives, when each is a short name and a choice asks a comparative."""
    names = tuple(_POSSESSIVE.sub("", _ARTICLE.sub("", n.strip())) for n in found)
    if any(not n or len(n) > 40 or len(n.split()) > 5 for n in names) or names[0].lower() == names[1].lower():
        return None
    if kind == "choice" and not (_HIGH.search(q) or _LOW.search(q) or re.search(rf"\b(?:{_BEATS})\b", q, re.I)):
        return None  # 'which, A or B, was launched first' asks no amount to compare
    return Alternatives(names, kind)


def _measures(text: str, figures: list[Figure], units: set[str]) -> list[Figure]:
    """The figures of `text` that measure: no years, ranks, labels or numbering; of the unit asked if any is."""
    out = [f for f in figures if f.unit != "year" and not is_numbering(text, f) and not is_label(text, f)]
    return [f for f in out if f.unit in units] if units else out


# 'did A or B grow faster', 'which rose more slowly': a rate of change is compared, whatever X is measured in
_RATE_ASKED = re.compile(r"\b(?:grow|grew|grown|rise|rose|risen|increase[sd]?|expand(?:ed)?|decline[sd]?|fall|fell|fallen|"
                         r"drop(?:ped)?|shr[iau]nk)\s+(?:faster|slower|more (?:quickly|rapidly|slowly)|less (?:quickly|rapidly))\b",
                         re.I)
_UNITS = {"percent": {"percent"}, "money": {"money"}, "count": {"count", "number"}, "score": {"count", "number"},
          "multiple": {"multiple"}}


def figures_for(names: tuple[str, ...], evidence: list[Evidence], slots: Slots, depth: int = 12,
                on_topic: Callable[[Evidence], bool] = lambda e: True, forms: dict[str, tuple[str, ...]] | None = None,
                earlier: Callable[[Evidence], set[int]] = lambda e: set()):
    """For each alternative, (its figure, the evidence it comes from), or None when one has none.
    Only evidence of the period asked (dated so, or undated in a passage dated so) and `on_topic` counts."""
    units: set[str] = set()
    for u in slots.units:
        if u in _UNITS:
            units = _UNITS[u]
            break  # the first unit asked is the one compared
    if _RATE_ASKED.search(slots.text):
        units = {"percent", "multiple"}  # 'did A or B grow faster': the rates of growth are compared, not the levels
    if are_years(names):  # 'which year had more projects, 2023 or 2024?': the figure the sentence dates each year
        return by_year(names, evidence, lambda e: _measures(e.text, e.figures, units), on_topic, depth)
    got: dict[str, tuple[Figure, Evidence]] = {}
    # a row whose cell is exactly the name ('Model: TTS-1') is the one meant, not a longer name's ('TTS-1 HD')
    exact = {n for n in names for e in evidence[:depth] if e.row and cell_is(e.text, n, (forms or {}).get(n, ()))}
    for e in evidence[:depth]:
        # dated a year asked, or undated in a passage that gives every year asked (the gates check the rest)
        dated = e.year_ok or (not e.years and all(y in (e.passage_years or earlier(e)) for y in slots.years))
        if not dated or not on_topic(e):
            continue
        low = e.text.lower()
        spots = longest_mentions(sorted((p, n) for n in names for p in positions(low, n, (forms or {}).get(n, ()))))
        if not spots and not e.row:
            # 'By the end of 2024, these gaps had narrowed to 0.3%, 8.1%, 1.6% and 3.7%': each name's figure at
            # the place it holds in the list of the sentence before
            carried = carried_named(tuple(n for n in names if n not in got), evidence, e,
                                    lambda label, n: bool(positions(label.lower(), n, (forms or {}).get(n, ()))))
            for n, f in carried.items():
                if f.unit in units or not units:
                    got.setdefault(n, (f, e))
            if len(got) == len(names):
                break
            continue
        if not spots or all(n in got for _, n in spots):
            continue
        measures = _measures(e.text, e.figures, units)
        if not measures:
            continue
        named = {n for _, n in spots}
        if e.row and len(named) == 1:  # a row naming one alternative: its measure
            n = spots[0][1]
            if n not in exact or cell_is(e.text, n, (forms or {}).get(n, ())):
                got.setdefault(n, (measures[-1], e))
            continue
        ends = [p for p, _ in spots[1:]] + [len(e.text)]
        # 'by 17.5% and 31.6% on MMLU and HumanEval': a list of names and a run of as many figures pair in order;
        # 'About 20 in the UK and 6-8 in Israel': each figure before its name
        mine: dict[str, Figure] = (listed_in_parallel(e.text, e.figures, spots, measures)
                                   or before_names(e.text, spots, measures, forms))
        if mine:
            for n, f in mine.items():
                got.setdefault(n, (f, e))
            if len(got) == len(names):
                break
            continue
        for (p, n), end in zip(spots, ends):  # the first figure after a mention, before the next mention,
            # in its clause: 'scenarios: knowledge Q&A, digital humans, ..., with a total of 700 million' gives
            # the figure of the whole list, not of its first item
            fig = next((f for f in measures if p <= f.start < end and e.text.count(",", p, f.start) <= 1), None)
            if fig is not None and other_named(low[p + len(n):fig.start], n, names):
                fig = None  # 'rural areas grew, with urban spending up 4.7%': the figure is the other one's
            if fig is not None and n not in mine:
                mine[n] = fig
        if len(mine) < len(named):  # 'language/vision/multimodal models accounted for 78%, 12%, and 10%'
            mine = slashed(low, spots, measures) or mine
        if len(mine) < len(named) and _RESPECTIVELY.search(e.text):
            # 'A and B ... at 158 million and 170 million respectively': figures in the order of the names
            order = list(dict.fromkeys(n for _, n in spots))
            tail = [f for f in measures if f.start >= spots[-1][0]]
            mine = dict(zip(order, tail)) if len(tail) == len(order) else {}
        if len(mine) == len(named):
            for n, f in mine.items():
                got.setdefault(n, (f, e))
        if len(got) == len(names):
            break
    if len(got) < len(names):
        return None
    if len({got[n][0].unit for n in names}) != 1:
        return None
    return [got[n] for n in names]


def shared_noun_first(alt: Alternatives | None, shared: Alternatives | None) -> Alternatives | None:
    """'rural or urban residents': one noun after the last alternative is both's, so each is named by its modifier
    ('rural', 'urban'; coordinated) when the first is so named already; else the names as delimited."""
    if alt is None or shared is None:
        return alt or shared
    (a, b), (sa, sb) = alt.names, shared.names
    rest = b[len(sb):].split() if b.lower().startswith(sb.lower() + " ") else []
    noun = len(rest) == 1 and rest[0].isalpha() and rest[0].islower() and not _FUNCTION_END.search(sb)
    return shared if noun and a.lower() == sa.lower() and alt.kind == shared.kind else alt


def answer_choice(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                  gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The choice or comparison answer composed from each alternative's figure, or None. `gate`
    (the answerer's gates for a sentence and its figure) must pass for each alternative's evidence."""
    alt = shared_noun_first(alternatives(ctx.question), coordinated(ctx.question))
    forms: dict[str, tuple[str, ...]] = {}
    if alt is None and slots.shape == "comparison" and len(slots.entities) == 2:
        # 'how did the deal size in the U.S. stack up against China's': the two entities named are compared
        alt = Alternatives(tuple(e.name for e in slots.entities), "comparison")
        # a short form ('US') would be found in a common word ('us') of a lower-case sentence
        forms = {e.name: tuple(a for a in e.aliases if len(a) > 2 or "." in a) for e in slots.entities}
    if alt is None or slots.shape == "explanation":
        return None
    # each passage need name only its own alternative, so the alternatives are no entities the topic checks ask for
    own = [n.lower() for n in alt.names]
    # 'A's downloads or B's developers': each owner is sought, its sentence naming its own measure, not the other's
    owned = owned_measures(alt.names)
    own_measures = {t for m in owned[1] for t in tokenize(m)} if owned else set()
    metrics = tuple(m for m in slots.metrics if not set(tokenize(m)) & own_measures)
    searched = owned[0] if owned else alt.names
    if not forms:  # an alternative naming an entity is found in the entity's other forms too ('United States' as 'U.S.')
        forms = {n: tuple(a for a in e.aliases if len(a) > 2 or "." in a) for n in searched for e in slots.entities
                 if n.lower() in {x.lower() for x in (e.name, *e.aliases)}}
    rest = replace(slots, entities=tuple(x for x in slots.entities if not any(x.name.lower() in n for n in own)),
                   names=tuple(x for x in slots.names if not any(x.lower() in n for n in own)), metrics=metrics)

    def on_topic(e: Evidence) -> bool:
        """The passage passes the topic checks and the sentence (a row: its passage) names the measure asked."""
        where = (ctx.passages[e.passage_index].chunk.text if e.row else e.text).lower()
        return off_topic(ctx, rest, e) is None and all(metric_covered(where, m) or carried(e, m) for m in metrics)

    def carried(e: Evidence, metric: str) -> bool:
        """An amount asked, the sentence's measure the one its passage named last ('A led with 272 million yuan')."""
        return slots.unit == "money" and not e.row and measure_carried(ctx.passages, e, metric)

    def earlier(e: Evidence) -> set[int]:
        """The years of the chunk a passage naming none continues (period_heading.previous_years)."""
        return previous_years(ctx.snapshot, ctx.passages[e.passage_index].chunk)

    found = figures_for(searched, evidence, slots, on_topic=on_topic, forms=forms, earlier=earlier)
    if found and owned and not all(measure_said(e.text, m) for (_, e), m in zip(found, owned[1])):
        found = None
    if found is None and (shared := coordinated(ctx.question)) is not None and shared != alt:
        alt, found = shared, figures_for(shared.names, evidence, slots, on_topic=on_topic, earlier=earlier)
    if found is None:
        return None
    if owned:  # the measures asked are each alternative's own, checked above, not one every passage must name
        found = [(f, replace(e, features={**e.features, "metric_missing": 0.0})) for f, e in found]
    # a sentence whose measure its passage carries names it as well as one saying it
    found = [(f, replace(e, features={**e.features, "metric_missing": 0.0})
              if metrics and all(carried(e, m) for m in metrics) else e) for f, e in found]
    if gate is not None and any(gate(rest, e, [f]) for f, e in found):
        return None  # an alternative's sentence would not answer alone (another period, too little evidence ...)
    # figures of different years or currencies are each shown, none leads (no year asked: none was required)
    doubt = None if slots.years or are_years(alt.names) else unlike(found)
    order: list[int] = []
    for _, e in found:
        if e.passage_index not in order:
            order.append(e.passage_index)
    quotes: list[str] = []
    for _, e in found:
        if e.text not in quotes:
            quotes.append(e.text)
    each = " vs ".join(f"{n}: {f.display} [{order.index(e.passage_index) + 1}]"
                       for n, (f, e) in zip(alt.names, found))
    if alt.kind == "choice":
        values = [f.value for f, _ in found]
        high, low = _HIGH.search(ctx.question), _LOW.search(ctx.question)
        low = bool(low) and (not high or low.start() < high.start())  # the first comparative word asked
        pick = values.index(min(values) if low else max(values))
        # a tie: when the ranking itself is asked, its own order (rank 8 above rank 9) decides; else no one leads
        if values.count(values[pick]) > 1:
            ranks = [rank_cell(e.text) for _, e in found]
            if "rank" not in slots.units or len(found) != 2 or None in ranks or ranks[0] == ranks[1]:
                return tied(ctx, alt.names, found, backend, each, order, quotes)
            pick = ranks.index(min(ranks))
            each = f"ranked {ranks[pick]} vs {ranks[1 - pick]}; " + each
        lead, figure, shape = f"**{alt.names[pick]}**", alt.names[pick], "which"
    else:
        lead = "**" + " vs ".join(f.display for f, _ in found) + "**"
        figure, shape = " and ".join(f.display for f, _ in found), "comparison"
    body = " ".join(f"{q} [{order.index(next(e for _, e in found if e.text == q).passage_index) + 1}]" for q in quotes)
    citations = [Citation.from_passage(i + 1, ctx.passages[p], quote=next(e.text for _, e in found if e.passage_index == p),
                                       figure=next(f.text for f, e in found if e.passage_index == p))
                 for i, p in enumerate(order)]
    if doubt:
        return Answer(question=ctx.question, answer=f"Not certain: {doubt}. {each}. {body}", figure=None,
                      abstained=False, citations=citations, backend=backend, passages=list(ctx.passages),
                      confidence=1.0, shape=shape, warnings=[f"not certain: {doubt}"])
    return Answer(question=ctx.question, answer=f"{lead} ({each}). {body}", figure=figure, abstained=False,
                  citations=citations, backend=backend, passages=list(ctx.passages), confidence=1.0, shape=shape)


# 'Structurally, intelligent analysis and decision-making led with 272 million yuan', 'By geography, the U.S. led
# with 34%': a sentence saying which one leads, with its figure (the name is the clause before the verb)
_LED = re.compile(r"(?:^|[,;:(]\s*|\.\s+)(?:the\s+)?(?P<name>[A-Za-z][^,;:()]{1,70}?)\s+(?:led|leads|topped|tops|ranked first|"
                  r"came first|took the lead)\s+(?:with|at|by|on)\s+(?:(?:about|around|approximately|over|nearly|roughly)\s+)?"
                  r"(?P<figure>[$€¥£]?\s?\d)", re.I)


def leader(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str, share: float,
           gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """'Which scenario attracted the most investment?', 'Who has more AI unicorns, the U.S. or China?': a
    sentence on topic, scoring at least `share` of the best, that says which one leads with its figure
    ('X led with 272 million yuan') answers with that name (one of the alternatives, when the question
    names them), then the figure and the sentence. None when the question asks the lowest, or no such sentence."""
    q = ctx.question
    high, low = _HIGH.search(q), _LOW.search(q)
    if slots.shape != "which" or not high or (low and low.start() < high.start()) or not evidence:
        return None
    alt = alternatives(q)
    if alt is not None:  # the sentence need name only the one that leads: no alternative is asked of it
        own = [n.lower() for n in alt.names]
        slots = replace(slots, entities=tuple(x for x in slots.entities if not any(x.name.lower() in n for n in own)),
                        names=tuple(x for x in slots.names if not any(x.lower() in n for n in own)))
    top = evidence[0].score
    for e in evidence[:10]:
        if e.score < share * top:
            break
        if e.row or not (m := _LED.search(e.text)):
            continue
        name = m.group("name").strip()
        if re.match(r"(?i)(it|they|this|these|which|that)$", name) or len(name.split()) > 8:
            continue
        if alt is not None and not any(positions(name.lower(), n) or positions(n.lower(), name) for n in alt.names):
            continue
        # the topic checks of the passage (not the place one, precomputed with the alternatives asked)
        if (off_topic(ctx, slots, e) if alt is None else
                any(check(ctx, slots, e) for check in TOPIC_CHECKS if check is not place_named)) \
                or not all(metric_covered(ctx.passages[e.passage_index].chunk.text.lower(), mt) for mt in slots.metrics):
            continue
        figs = [f for f in e.figures if f.start >= m.start("figure") and f.unit != "year"][:1]
        if figs and slots.unit in _UNITS and figs[0].unit not in _UNITS[slots.unit]:
            continue  # 'the largest share' is not led by '1,509 models': the lead is measured in the unit asked
        if gate is not None and gate(slots, e, figs):
            continue
        shown = f" ({figs[0].display})" if figs else ""
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=name)
        return Answer(question=q, answer=f"**{name}**{shown}. {e.text} [1]", figure=name, abstained=False,
                      citations=[citation], backend=backend, passages=list(ctx.passages), confidence=e.score, shape="which")
    return None

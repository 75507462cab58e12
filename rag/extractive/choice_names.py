"""The alternatives a question names and how it delimits them: 'which ranks higher, A or B?', 'between A and
B, which ...' (a choice); 'A versus B', 'how do A and B compare', 'A and B: how far apart ...', 'how did X differ
between A and B' (a comparison); modifiers sharing a noun ('urban and rural residents': urban, rural)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .alt_figures import are_years
from .claim_frame import as_question
from .shape_cues import both_named

_END = r"\s*[?.]?\s*$"
# a spaced dash sets off names fronted before the question proper as a colon does ('A and B - what X?')
DASH = r"\s+[-–—]\s"
_JOINED = re.compile(r"\b(?:together|combined|altogether|jointly)\s*$", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# the tail names the alternatives: 'Which ranks higher on the index, A or B?', 'Which grew faster: A or B?'
_TAIL_OR = re.compile(r"[,:]\s*(?:the\s+)?([^,:?]+?),?\s+or\s+(?:the\s+)?([^,:?]+?)" + _END, re.I)
# 'Which of the two, A or B, has the higher score?': the alternatives set off by commas mid-question
_MID_OR = re.compile(r"^\s*(?:which|whose|who)\b[^,?]*,\s*(?:the\s+)?([^,:?]+?)\s+or\s+(?:the\s+)?([^,:?]+?),\s*(?=\w)", re.I)
# 'In 2024, did A or B grow faster?', 'According to CIC, which ...': a leading clause before the question proper
_LEADING = re.compile(r"^\s*(?:in|on|at|by|for|according to|among|across|per|as of|since|during|from|of)\b[^,?]{1,60},\s*"
                      r"(?P<rest>(?:which|whose|who|did|does|do|is|are|was|were|has|have|how|between)\b.+)$", re.I)
# 'What is larger, A or B?', "What's ranked higher, A or B?": 'what' asking a comparative is 'which'; typed
# quickly the contraction loses its apostrophe ('Whats')
_WHAT_MORE = re.compile(r"^\s*what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?"
                        r"(?:(?:ranked|rated|placed|scored|positioned)\s+)?(?:larger|bigger|higher|greater|more|"
                        r"smaller|lower|less|fewer)\b", re.I)
# 'A or B: which scores higher?'
_LEAD_OR = re.compile(r"^\s*(?:the\s+)?([^,:?]+?)\s+or\s+(?:the\s+)?([^,:?]+?)(?:\s*[:,]|" + DASH + r")\s*(?:which|who)\b", re.I)
# 'A and B: how far apart were their shares?': the two names set off by a colon before the question proper
_LEAD_AND = re.compile(r"^\s*(?:the\s+)?([^,:?]+?)\s+(?:and|&)\s+(?:the\s+)?([^,:?]+?)(?:\s*:|" + DASH + r")\s*"
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
# 'Did China record more deals in 2018 or in 2021?', 'Were sales higher in fiscal 2019 or 2018?': two years set against
# each other by 'or' in a question asking which is more (the years are the alternatives)
_YEARS_OR = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have|had|which|when|in which)\b[^?]*?\b(?:in\s+|during\s+)?"
                       r"(?:(?:fiscal|FY)\s*)?((?:19|20)\d\d)\s+or\s+(?:in\s+|during\s+)?(?:(?:fiscal|FY)\s*)?((?:19|20)\d\d)\b", re.I)
# 'How were the models filed split between language, vision and multimodal?': the shares of each side asked
_SPLIT_AMONG = re.compile(r"\b(?:split|divided|distributed|broken down)\s+(?:between|among|across|into)\s+(?:the\s+)?([^?]+?)"
                          r"\s+and\s+(?:the\s+)?([^,?]+?)(?=\s*[?.]?\s*$)", re.I)
# 'Between A and B, which ...'
BETWEEN = re.compile(r"^\s*between\s+(.+?)\s+and\s+(.+?),\s*(?:which|who|when|(?:in\s+)?what\s+year)\b", re.I)
# 'Did urban or rural consumption grow faster?': one word each side of 'or' after the verb
_DID_OR = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?(\w[\w.'’-]*)\s+or\s+(?:the\s+)?(\w[\w.'’-]*)", re.I)
# 'Does Kling 1.6 (Pro) or Runway Gen 4 rank higher', 'Is Acme Robotics or Beta Systems more profitable': names of
# several words each side of 'or', B ending where a verb of measuring or the comparative word follows
_DID_OR_LONG = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?(.+?)\s+or\s+(?:the\s+)?(.+?)\s+"
                          r"(?:(?:rank|score|grow|grew|hold|held|have|has|had|get|got|attract|draw|drew|receive|perform|come|"
                          r"came|sit|place|earn|post|show|record|take|took|capture|command|raise|raised)\w*\s+)?"
                          r"(?:an?\s+|the\s+)?(?:higher|lower|larger|smaller|bigger|greater|more|less|fewer|faster|slower|"
                          r"better|worse|stronger|weaker|wider|narrower|ahead|first)\b", re.I)
# 'Was Company G's or Company H's share larger?': each name ends at its possessive
_DID_OR_OWN = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?([^,:?]+?)['’]s?\s+or\s+(?:the\s+)?"
                         r"([^,:?]+?)['’]s?\s", re.I)
# 'Does Grok 4 Fast score better than Claude 4.1 Opus on ...', 'Does A beat B ...', 'did A outpace B', 'is A ahead of B',
# 'does A trail B': a yes or no between two names (trailing, lagging, behind ask which is the lower)
# ('is A rated above B', 'does A rank below B': a position in a rating or ranking set against another's)
_PLACED = r"(?:(?:fall|fell|fallen|falls|lag|lags|lagged|stay|stayed|stays|sit|sits|come|came|finish|finished|rated|ranked|placed|" \
          r"scored|rate|rates|rank|ranks|score|scores)\s+)?"
_BEHIND = _PLACED + r"(?:behind|below)|trail|trails|trailed|lag|lags|lagged"
_BEATS = (r"beat|beats|outperform|outperforms|outperformed|outrank|outranks|outranked|exceed|exceeds|exceeded|surpass|"
          r"surpasses|surpassed|lead|leads|led|outpace[sd]?|outgr[eo]w|outgrows|outgrown|outstrip(?:s|ped)?|outsold|"
          r"outsell|outsells|outscore[sd]?|overt(?:ake|akes|ook|aken)|ahead\s+of|" + _PLACED + "above|" + _BEHIND)
_DID_THAN = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have)\s+(?:the\s+)?(.+?)\s+(?:(?:(?:rank|rate|score|grow|grew|hold|held|"
                       r"have|has|had|get|got|attract|draw|drew|receive|perform|come|came|sit|place|earn|post|show|record|"
                       r"take|took|capture|command|raise|raised)\w*\s+)?(?:an?\s+)?(?:higher|lower|"
                       r"larger|smaller|bigger|greater|more|less|fewer|faster|slower|better|worse|stronger|weaker|wider|narrower)\s+than|"
                       rf"(?:{_BEATS}))\s+(?:the\s+)?(.+?)(?=\s+(?:on|in|at|by|for|as|across|among|according)\b|\s*[?,.]?\s*$)", re.I)
# 'A vs B on ...', 'A versus B: ...'
_VERSUS = re.compile(r"^\s*(?:the\s+)?([A-Z][^,:?]*?)\s+(?:vs\.?|versus)\s+([^,:?]+?)(?=\s*[:?]|" + DASH + r"|\s+(?:on|in|at|for)\b)")
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
LOW = re.compile(r"\b(lower|lowest|less|least|smaller|smallest|fewer|fewest|slower|slowest|worse|weaker|narrower|narrowest|behind|below|"
                 r"trail(?:s|ed)?|lag(?:s|ged)?)\b", re.I)
# ('which scenario led in investment': the past 'led' or 'topped' asks the leader too; 'led to' is a cause, 'led by' an agent)
HIGH = re.compile(r"\b(higher|highest|more|most|larger|largest|bigger|biggest|greater|greatest|faster|fastest|"
                   r"better|best|stronger|wider|widest|ahead|leads?|tops?|(?:led|topped)(?!\s+(?:to|by)\b))\b", re.I)
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
    if len(named[0]) > 2:
        return _coordinated_list(question.strip(), named[0], named[1])
    (a, b), kind = named
    if re.search(r"['’]s?$", b.strip()) and _OWNER.match(_ARTICLE.sub("", a.strip())):
        return None  # "the UK's unicorn count or Israel's": the owners are the sides (alt_figures.owned_measures)
    a = re.split(r"\b(?:of|in|for|on|at|from|between|among)\s+", a.strip(), flags=re.I)[-1]
    a = _ARTICLE.sub("", a.strip())
    if not _OWNER.match(b.strip()):
        a = _OWNER.sub("", a)  # "China's urban and rural residents": the owner before the first side owns both
    b = re.sub(r"^(?:in|for|of|at|on|among)\s+", "", b.strip(), flags=re.I)  # 'X in India or in the UK': 'UK'
    b_words = _ARTICLE.sub("", b.strip()).split()
    a_words = a.split()
    short, long_ = sorted((a_words, b_words), key=len)
    if 1 < len(a_words) == len(b_words) and (same := _shared_tail(a_words, b_words)):
        # 'vision models or multimodal models', 'rural consumption growth ... urban consumption growth': the lower-case
        # words both end in are shared, the words before them name the sides
        return _checked(question.strip(), (" ".join(a_words[:-same]), " ".join(b_words[:-same])), kind)
    if short and len(long_) == len(short) and (a, " ".join(b_words)) != named[0]:
        return _checked(question.strip(), (a, " ".join(b_words)), kind)  # 'X in India or in the UK': India, UK
    if not short or len(long_) == len(short) or not re.match(r"[a-z]", long_[len(short)]):
        return None  # ('Kling or Runway Gen 4': a name goes on capitalised, no shared noun follows)
    head = " ".join(long_[:len(short)])
    return _checked(question.strip(), (a, head) if short is a_words else (head, b.strip()), kind)


def _coordinated_list(q: str, names: tuple[str, ...], kind: str) -> Alternatives | None:
    """'language, vision or multimodal models': the last side's lower-case words past the length every other side
    has are the noun all share ('multimodal'); the first side after its last preposition. None when nothing changes."""
    first = _ARTICLE.sub("", re.split(r"\b(?:of|in|for|on|at|from|between|among)\s+", names[0].strip(), flags=re.I)[-1])
    lengths = {len(n.split()) for n in (first, *names[1:-1])}
    last = _ARTICLE.sub("", names[-1].strip()).split()
    if len(lengths) == 1 and len(last) > (n := lengths.pop()) and all(w[:1].islower() for w in last[n:]):
        last = last[:n]
    out = (first, *names[1:-1], " ".join(last))
    return None if out == names else _checked(q, out, kind)


def _shared_tail(a_words: list[str], b_words: list[str]) -> int:
    """How many lower-case words two equally long sides end in alike, leaving each at least its first word."""
    n = 0
    while n < len(a_words) - 1 and a_words[-1 - n].lower() == b_words[-1 - n].lower() and a_words[-1 - n][:1].islower():
        n += 1
    return n


def _named(q: str) -> tuple[tuple[str, ...], str] | None:
    """The alternatives as the wording delimits them (two, or more listed: 'A, B or C'), and the kind asked."""
    named = _paired(q)
    if named is None:
        return None
    (a, b), kind = named
    return (*_listed(q, a), b), kind


# a list item names a side, not a clause of the question ('which grew faster, A or B': 'which grew faster' is none)
_CLAUSE = re.compile(r"^(?:which|what|who|whose|how|did|does|do|is|are|was|were|has|have|had|in|on|at|by|for|according)\b",
                     re.I)


def _listed(q: str, a: str) -> tuple[str, ...]:
    """The first side and those listed before it with commas ('A, B or C', 'how do A, B and C compare'): a first side
    holding commas is split at them; else the comma-set items right before it in the question ('Which is largest: A,
    B or C?'), the question's own opening clause left out (an item after its colon kept)."""
    if "," in a:
        items = [x.strip() for x in a.split(",")]
        items = [re.sub(r"^(?:and|or)\s+", "", x) for x in items if x]
        if len(items) > 1 and all(len(x.split()) <= 5 for x in items[1:]):
            return tuple(items)
        return (a,)
    at = q.find(a)
    before = q[:at].rstrip() if at > 0 else ""
    if not before.endswith(","):
        return (a,)
    pieces = before[:-1].split(",")
    items: list[str] = []
    for i in range(len(pieces) - 1, -1, -1):
        piece = pieces[i].strip()
        if ":" in piece:
            items.insert(0, piece.rsplit(":", 1)[1].strip())
            break
        if i == 0 or not piece or len(piece.split()) > 5 or _CLAUSE.match(piece):
            break
        items.insert(0, piece)
    return (*[x for x in items if x], a)


def _paired(q: str) -> tuple[tuple[str, str], str] | None:
    """The two alternatives as the wording delimits them, and the kind asked; None when none is named."""
    if (claimed := as_question(q)) is not None:
        return _paired(claimed)  # 'is it true that A is rated above B': 'is A rated above B'
    found: tuple[str, str] | None = None
    kind = "choice"
    if (re.match(r"\s*(which|whose|who|when|(?:in\s+)?(?:which|what)\s+year)\b", q, re.I) or _WHAT_MORE.match(q)) \
            and (m := _TAIL_OR.search(q) or _MID_OR.match(q)):
        found = (m.group(1), m.group(2))
    elif m := BETWEEN.match(q):
        found = (m.group(1), m.group(2))
    elif m := _LEAD_OR.match(q):
        found = (m.group(1), m.group(2))
    elif (m := _DID_OR.match(q)) and (HIGH.search(q) or LOW.search(q)):
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
    elif (m := _LEAD_AND.match(q)) and not _JOINED.search(m.group(2)):
        found, kind = (m.group(1), m.group(2)), "comparison"  # ('A and B together: what share': one sum, no sides)
    elif m := _HOW_MUCH_TWICE.search(q):
        found, kind = (m.group("a"), m.group("b")), "comparison"
    elif m := _DIFFER_BETWEEN.search(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    elif (m := _SAME_PREP.search(q)) and not are_years((m.group("a"), m.group("b"))):
        found, kind = (m.group("a"), m.group("b")), "comparison"
    elif (m := _YEARS_OR.match(q)) and (HIGH.search(q) or LOW.search(q)):
        found = (m.group(1), m.group(2))
    elif two := both_named(q):  # 'what are the scores of A and B?': a figure of each
        found, kind = two, "comparison"
    elif m := _SPLIT_AMONG.search(q):
        found, kind = (m.group(1), m.group(2)), "comparison"
    elif m := _LEADING.match(q):
        return _paired(m.group("rest"))
    return None if found is None else (found, kind)


def _checked(q: str, found: tuple[str, ...], kind: str) -> Alternatives | None:
    """The alternatives, when each is a short name (two to five, all different) and a choice asks a comparative."""
    names = tuple(_POSSESSIVE.sub("", _ARTICLE.sub("", n.strip())) for n in found)
    # ('Google's Veo 3 Preview (No Audio)': a parenthesis qualifies the name, its words are not counted)
    if any(not n or len(n) > 40 or len(re.sub(r"\([^)]*\)", "", n).split()) > 5 for n in names) or len({n.lower() for n in names}) < len(names) \
            or len(names) > 5:
        return None
    if kind == "choice" and not (HIGH.search(q) or LOW.search(q) or re.search(rf"\b(?:{_BEATS})\b", q, re.I)):
        return None  # 'which, A or B, was launched first' asks no amount to compare
    return Alternatives(names, kind)


def shared_noun_first(alt: Alternatives | None, shared: Alternatives | None) -> Alternatives | None:
    """'rural or urban residents': one noun after the last alternative is both's, so each is named by its modifier
    ('rural', 'urban'; coordinated) when the first is so named already; else the names as delimited."""
    if alt is None or shared is None:
        return alt or shared
    (a, b), (sa, sb) = (alt.names[0], alt.names[-1]), (shared.names[0], shared.names[-1])
    if alt.names[1:-1] != shared.names[1:-1]:
        return alt
    rest = b[len(sb):].split() if b.lower().startswith(sb.lower() + " ") else []
    noun = len(rest) == 1 and rest[0].isalpha() and rest[0].islower() and not _FUNCTION_END.search(sb)
    return shared if noun and a.lower() == sa.lower() and alt.kind == shared.kind else alt

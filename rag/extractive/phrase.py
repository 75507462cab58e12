"""What a question asking for words (not a figure) leads with: the phrase of its best sentence
that answers, not the whole sentence.

General properties used, each of questions and sentences, none of one question:
- a sentence that answers a question repeats the question's words and then says what was asked:
  the answer is what follows the point where the sentence has said all of the question it says
  ('Purchase obligations consist of | significant contractual obligations ...');
- the answer ends where the sentence turns to something else: a ';', ', while', a contrast (', as distinct
  from ...', ', unlike ...'), or a new clause
  that names the question's subject again ('... in Germany, Ghana | and the Group operates ...');
- a question asking why is answered by the clause after a causal connective ('due to ...'), or after the
  event the fact followed ('restated following the transfer of ...'): the reason starts at its connective, or after
  a bare 'because' or 'reflecting', which only join a clause;
- a question asking when is answered by the date the sentence gives (of several, the date of the clause saying
  what the question asks), else by its condition clause ('when ...', 'if ...', 'where ...'); a regular time with
  a conditional alternative ('annually, or more frequently if ...') by both;
- a question asking who is answered by the agent after 'by' ('approved by | the Board of Directors'); one asking
  what acted on a figure through a verb of effect by that verb's agent ('is affected by | X');
- a question asking a date ('what was the maturity date') is answered by the date, one asking how long a period
  is ('what is the warranty period') only by a phrase stating a duration; 'how often' by the
  frequency ('annual basis'); 'what is excluded ...' (a passive verb) by the sentence's subject; the
  implication of something by the clause after the condition ('if X, | Y');
- a lead ends where the sentence adds an aside: a which-clause saying what is done with the answer, the
  sentence's own predicate putting a figure on it, or the rule it conforms to (', in compliance with ...');
- a phrase that only points elsewhere ('as follows'), or opens with 'and'/'or' (the tail of a list
  the question's words end in), answers nothing; a scale note '(in thousands)' or an aside putting a
  figure on the last words (', which was approximately 16 years') is no part of the answer.
"""

from __future__ import annotations

import re

from .dated_clause import when_dates
from .defined_term import definition_phrase
from .definition_end import definition_end
from .driver_asked import DEGREE, as_driver, drivers_asked
from .effect_agent import effect_agent
from .kind_phrase import kind_phrase
from .phrase_edges import answers_nothing, asked_stems, says_half, subject_cut, trim_end, trim_start
from .question_readings import asked_term, words_asked
from .reason_clause import clause_reason
from .stranded import stranded_object
from .value_for import clause_for, value_for
from .verb_gap import before_second_predicate, gap_object
from .verb_joint import object_complement, past_joint
from .when_frequency import frequency_alternation
from .word_stems import TOKEN as _TOKEN, stem

# 'primarily due to', 'as a result of', 'driven by', 'attributable to'
CAUSE = re.compile(rf"\b(?:(?:{DEGREE})\s+)?(?:due to|as a result of|because of|because|driven by|attributable to|"
                   r"attributed to|resulting from|result of|owing to|caused by|reflecting|thanks to)\b", re.I)
# a connective that only joins the reason to the fact, no phrase of its own: the conjunction 'because' opening a clause
# ('because certain issuers have the right to call'), the participle 'reflecting'; the reason starts after it (a
# prepositional one, 'due to', 'because of', 'primarily due to', stays with its reason as writers keep it)
_JOIN_ONLY = re.compile(r"because|reflecting", re.I)
# after a full verb ('increased in 2019 primarily due to X', 'rose mainly because of X') a degree-qualified 'due to' /
# 'because of' is an adverbial that joins the reason to the fact, and the reason is X; after a copula ('The increase
# was primarily due to X') the connective is the predicate and stays with its reason. A bare 'because of' stays after
# either: writers keep it with the reason ('ARPU declined | because of the depreciation of ...'; fresh dev 9, 13, 14)
_ADVERBIAL = re.compile(rf"(?:{DEGREE})\s+(?:due to|because of)", re.I)
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$", re.I)
# an event a fact is said to follow gives its reason ('restated following the transfer of ...'): the
# connective opens the reason, whose noun phrase may repeat the question's words; not 'the following', nor a pointer ':'
_FOLLOWING = re.compile(r"(?<!\bthe )\bfollowing\b(?!\s*[:,.])", re.I)
# the conjunction 'as' opening a clause right after the fact ('PET prices fell | as virgin resin prices declined'):
# it only joins the reason, which runs to its clause's end (past a 'following' inside it); not 'as of', 'as well',
# 'as a percentage of', 'as expected', 'such as', nor the complement of a verb that takes one ('classified as')
_AS_JOIN = re.compile(r"(?<!\bsuch )(?<!\bso )(?<!\bsame )(?<!\bjust )(?<!\bas )\bas\s+(?!(?:of|at|per|well|such|part|"
                      r"in|from|to|with|for|much|many|long|far|soon|follows|if|though|an?\s+(?:result|percentage|"
                      r"share|proportion|whole|part|component|measure|consequence)|[a-z]+ed|[a-z]+ly|\d)\b)(?=[a-z])",
                      re.I)
_AS_TAKER = re.compile(r"\b(?:classifi|record|treat|present|report|recogni[sz]|designat|account|describ|defin|regard|"
                       r"consider|us|serv|qualifi|identifi|measur|calculat|express|list|includ|categori[sz]|characteri[sz]|"
                       r"view|referr|nam|titl|restat|known|shown|seen|act|rank|rate|count)\w*\s*$", re.I)
# a condition's connective, with the 'only' that narrows it ('only upon ...') and the extent it holds to
# ('to the extent that it is probable ...')
_CONDITION = re.compile(r"\b(?:only\s+)?(?:when|whenever|if|where|upon|once|unless|to the extent(?:\s+that)?)\b", re.I)
# a sentence opening with its condition: 'If the service period is not met, (then) the expense is reversed'
_FRONTED_CONDITION = re.compile(r"^\s*((?:if|when|whenever|once|unless)\b[^,;]+),\s*(?:then\s+)?(.+)$", re.I)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d{{2}}|"
                  rf"{_MONTH}\s+(?:19|20)\d{{2}}|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of\s+"
                  rf"(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d{{2}}|(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d{{2}})\b")
# 'What is X?' / 'What are X?': a question that only names what it asks about
_BARE = re.compile(r"^\s*what (?:is|are) (?:the )?(?:term )?[“\"]?([^?“”\"]+?)[”\"]?\s*\?*\s*$", re.I)
_DEFINES = re.compile(r"^\s*(?:also\s+)?(?:consists?|comprises?|includes?)\b", re.I)
_COPULA = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:is|are|was|were)\b", re.I)
_WHICH_NOUN = re.compile(r"^\s*(?:in\s+)?which\s+([a-z]+)\b", re.I)
# 'What losses does X include?': things asked (a plural; a singular, 'what accuracy does X reach', asks a measure) are
# named by their noun, which the answer's phrase keeps
_WHAT_NOUN = re.compile(r"^\s*what\s+([a-z]{2,}[^s\W]s)\s+(?=(?:do|does|did)\b)", re.I)
_NOT_BARE = frozenset("used for by to with from in on at of did does do has have can will".split()) - {"of"}
_PURPOSE = re.compile(r"\b(?:in order to|so as to|to)\s+(?!(?:the|a|an|over|under|about|approximately|around|"
                      r"nearly|more|less|its|their|our|us|usd|rmb)\b)(?=[a-z])", re.I)




# 'What is excluded from ...?': a question asking what a passive verb is said of
# 'What time is treated as ...?' / 'Which fees are excluded ...?': the same of a kind the question names (a kind, not a
# figure's noun)
_PASSIVE_Q = re.compile(r"^\s*(?:what|which(?=\s+(?!(?:is|are|was|were)\b)[a-z]))\s+(?:(?!(?:amount|figure|percentage|number|"
                        r"value|rate|share|year|date|period|price|cost|sum|level|total|proportion|ratio)s?\b)[a-z-]+\s+){0,2}?"
                        r"(?:is|are|was|were|has been|have been|had been) (?!(?:expected|projected|forecasted|scheduled|planned|estimated|anticipated|"
                        r"required|needed|predicted|seen|believed|thought|said|set|due)\s+to\b)(\w+(?:ed|en))\b", re.I)


# 'What is the implication of X?': a sentence 'if X, Y' answers with Y, what follows from its condition
_EFFECT_Q = re.compile(r"\b(?:implications?|consequences?|effects?|what happens)\b", re.I)
_IF_THEN = re.compile(r"^(?:(?:However|Further|Furthermore|Moreover|In addition),\s*)?(?:if|when|where|once|upon|should)\b"
                      r"([^,]+),\s*(?:then\s+)?(.+)$", re.I)
# 'How often ...?': the frequency the sentence states ('on an annual basis' -> 'annual basis')
_FREQUENCY = re.compile(r"\b(?:(?:semi-|bi-)?(?:annual|quarterly|monthly|weekly|daily|yearly)\s+basis|"
                        r"(?:semi-|bi-)?(?:annually|quarterly|monthly|weekly|daily)|(?:each|every|once a)\s+"
                        r"(?:year|quarter|month|week|day))\b", re.I)


def _as_joined(sentence: str, cut: int | None) -> int | None:
    """Where the reason starts after an 'as' joining a clause to the fact said up to `cut` in the same clause (no ',' or
    ';' between: an aside's 'as' is clause_reason's), or None."""
    if cut is None:
        return None
    m = _AS_JOIN.search(sentence, max(cut - 1, 0))  # only the first 'as' from the cut is read
    if m is None or re.search(r"[,;]", sentence[cut:m.start()]) or _AS_TAKER.search(sentence[:m.start()]):
        return None
    return m.end()


def _fact_cut(sentence: str, cut: int | None, asked: set[str]) -> int | None:
    """The cut at the fact a why-question asks, not past the reason: when a causal connective stands before `cut`
    and the sentence has said the question's subject before it ('fee per client rose, driven by A and | fee
    increases ...'), the question's words recurring inside the reason are the reason's, and the fact ends earlier."""
    if cut is None:
        return None
    early = min((m.start() for p in (CAUSE, _FOLLOWING, _AS_JOIN) for m in p.finditer(sentence[:cut])), default=None)
    if early is None:
        return cut
    before = subject_cut(sentence[:early], asked)
    return before if before is not None else cut


def _joins_adverbially(m: re.Match[str], sentence: str) -> bool:
    """Whether the causal connective `m` follows a full verb as an adverbial (not a copula's predicate)."""
    return bool(_ADVERBIAL.fullmatch(m.group(0))) and not _COPULA_END.search(sentence[:m.start()])


def frequency(question: str, sentence: str) -> str | None:
    """For 'how often ...', the frequency the sentence gives, without its 'on an'."""
    if not re.match(r"^\s*how often\b", question, re.I):
        return None
    m = _FREQUENCY.search(sentence)
    return m.group(0) if m else None


def _passive_subject(question: str, sentence: str) -> str | None:
    """'What is excluded from revenue?' -> the subject of '<subject> are excluded from revenue'."""
    m = _PASSIVE_Q.match(question)
    if not m:
        return None
    v = re.search(r",?\s+(?:is|are|was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:\w+ed(?:\s+\w+)?\s+and\s+)?"
                  + re.escape(m.group(1)) + r"\b", sentence, re.I)  # '... are reported separately and excluded
    subject = sentence[:v.start()].strip(" ,") if v else ""
    return subject if len(_TOKEN.findall(subject)) >= 2 else None


def answer_phrase(question: str, sentence: str, asked_kind: str | None = None) -> str | None:
    """The phrase of `sentence` that answers `question`, or None when the sentence does not say it
    in a form this can cut (the whole sentence then answers); what drove something is the driver alone."""
    phrase = definition_end(question, _answer_phrase(question, sentence, asked_kind))
    return as_driver(phrase, sentence) or None if phrase and drivers_asked(question) else phrase


def _answer_phrase(question: str, sentence: str, asked_kind: str | None = None) -> str | None:
    sentence = re.sub(r"^\(\w{1,3}\)\s*", "", sentence.strip())  # a footnote mark '(1)'
    sentence = re.sub(r"\s*\[\d+\]$", "", sentence)
    asked = asked_stems(question)
    k = asked_kind if asked_kind is not None else words_asked(question)  # (slots.words_asked: read once)
    if k == "words" and (kind := kind_phrase(question, sentence)):
        return kind  # 'what method is used for X': the method the sentence names for X ('the if-converted method')
    which = _WHICH_NOUN.match(question) or _WHAT_NOUN.match(question)
    if which and k == "words":  # 'which market ...': the answer is a market's name, not past the word
        noun = stem(which.group(1))
        head = which.group(1)[:5]
        named = re.search(rf"((?:[A-Z][\w&.-]*\s+)+{re.escape(head[:1].upper() + head[1:].lower())}\w*)", sentence)
        if named and stem(named.group(1).split()[-1]) == noun and len(named.group(1).split()) > 1:
            return named.group(1)
        asked = asked - {noun}
    if k == "words" and (paired := value_for(question, sentence)):
        return paired  # '5 to 10 years for customer relationships, 4 to 8 years for ...': the named item's value
    if k == "words" and (said := clause_for(question, sentence)):
        return said  # 'for advertising revenue is X and for payments revenue is Y': the named item's clause
    if k == "words" and (defined := definition_phrase(asked_term(question), sentence)) is not None:
        return trim_end(defined, asked) or defined  # 'how does S define X': what X's clause says X is
    cut = subject_cut(sentence, asked)
    if k in ("reason", "words") and (agent := effect_agent(question, sentence)) is not None:
        return trim_end(sentence[agent:], asked) or None  # 'is affected by | X': what acted on the figure asked
    if k == "reason":
        cut = _fact_cut(sentence, cut, asked)
        m = min((m for p in (CAUSE, _FOLLOWING) for m in p.finditer(sentence) if cut is None or m.start() >= cut - 1),
                key=lambda m: m.start(), default=None)
        if (joined := _as_joined(sentence, cut)) is not None and (m is None or joined < m.start()):
            return trim_end(sentence[joined:], asked) or None
        if m is None and (said := clause_reason(sentence, cut)) is not None:
            return trim_end(said, asked) or None  # 'R, so F' / 'F, where R': the clause joined to the fact asked
        if m is None:  # no cause given: a purpose ('to reduce concentration risk', 'To assess X, we ...')
            lead = re.match(r"(?:In order to|To)\s+[^,]+", sentence)
            if lead:
                return lead.group(0)
            m = _PURPOSE.search(sentence, cut or 0) if cut is not None else None
            return trim_end(sentence[m.start():], asked) or None if m else None
        start = m.end() if _JOIN_ONLY.fullmatch(m.group(0)) or _joins_adverbially(m, sentence) else m.start()
        return trim_end(sentence[start:], asked) or None
    if k == "when":
        if (regular := frequency_alternation(sentence[cut:] if cut is not None else sentence)) is not None:
            return trim_end(regular, asked) or None  # 'annually ..., or more frequently if X': both, not X alone
        if (dated := when_dates(question, sentence, asked, cut or 0, DATE)) is not None:
            return dated  # several dated clauses or parallel items: the date(s) of what is asked
        tail = sentence[cut:] if cut is not None else sentence
        d = DATE.search(tail) or DATE.search(sentence)
        if d is not None:
            return d.group(0)
        m = _CONDITION.search(tail)
        if m is None and (fronted := _FRONTED_CONDITION.match(sentence)) and \
                says_half(asked, fronted.group(2)):
            return fronted.group(1)  # 'If X, then Y' and Y says what the question asks: its condition X
        return trim_end(tail[m.start():], asked) or None if m else None
    if k == "who":
        tail = sentence[cut:] if cut is not None else sentence
        m = re.search(r"\bby\s+((?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:of|and|&|for|the)?\s*[A-Z][\w&.-]*)*)", tail)
        return m.group(1) if m else None
    if (obj := stranded_object(question, sentence)) is not None:
        return obj  # 'combine A with in 2020 on the balance sheets?': what the sentence combines A with
    if _EFFECT_Q.search(question):
        m = _IF_THEN.match(sentence)
        if m and says_half(asked, m.group(1)):
            return trim_end(m.group(2), set()) or None
    if (gap := gap_object(question, sentence)) is not None:
        return gap  # 'excludes | X | from shareholders' equity': the object the question's verb leaves empty
    passive = _passive_subject(question, sentence)
    if passive:
        return passive
    if (start := object_complement(question, sentence)) is not None:
        return trim_end(sentence[start:], asked) or None  # 'We define X, or ARR, as | Y': the definition is Y
    if cut is None:
        return None
    bare = _BARE.match(question)
    if bare and (len(_TOKEN.findall(bare.group(1))) > 5 or set(_TOKEN.findall(bare.group(1).lower())) & _NOT_BARE):
        bare = None
    if bare and re.search(r"\b(?:as|called)\s+(?:an?\s+|the\s+)?" + re.escape(bare.group(1).strip()) + r"\W*$",
                          sentence, re.I):  # '... was recorded as goodwill.': the subject is what it is
        subject = re.split(r"\s+(?:is|are|was|were|has been|have been)\s+", sentence, maxsplit=1)[0]
        return subject.rstrip(" ,") if subject != sentence else None
    term = bare.group(1).strip() if bare else ""
    if term and cut < len(sentence) * 0.5 and not _COPULA.match(sentence[cut:]) and \
            subject_cut(sentence[:cut], asked) == cut and _DEFINES.match(sentence[cut:]) and \
            re.sub(r"^the\s+", "", sentence[:cut].lower()).startswith(_TOKEN.findall(term)[0].lower()):
        # 'What is Tax Fees?' answered by 'Tax Fees include ...; ...': the sentence that lists what
        # the term covers is its definition, whole (past a ';' too)
        return sentence.rstrip(" .")
    start = past_joint(sentence, cut, question)
    phrase = before_second_predicate(trim_end(trim_start(sentence[start:], question), asked), sentence[:start],
                                    question)
    if answers_nothing(phrase):
        return None
    return phrase


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

from .anaphora import pronoun_cut
from .kind_phrase import kind_phrase
from .reason_clause import clause_reason
from .lead_items import cause_items, listed_items, listed_reasons, named_list, ranked_items_asked
from .stated_list import stated_list
from .asked_verb import past_asked_verb
from .dated_clause import when_dates
from .driver_asked import DEGREE, as_driver, drivers_asked
from .duration_asked import no_duration
from .rows import ROW_LINE, is_row
from .table_meta import table_asked, table_subject
from .term_members import bracket_members, past_term_rest
from .stranded import stranded_object
from .value_for import clause_for, value_for
from .verb_gap import before_second_predicate, gap_object
from .verb_joint import object_complement, past_joint, without_aside
from .when_frequency import frequency_alternation
from .effect_agent import effect_agent, effect_asked
from .word_stems import TOKEN as _TOKEN, said_through, stem
from .question_readings import relation_asked, words_asked

# Words that say how a question is asked, or join its words: a sentence need not repeat them.
_FUNCTION = frozenset("""a an the of in on at to for and or by is was were are be been being what which who whom
whose how why when where does do did has have had its it their his her our as from with than that this these those
there any much many s""".split())
_WH = re.compile(r"^\s*(?:in\s+)?(what|which|who|whom|why|when|where|how)\b", re.I)
# 'primarily due to', 'as a result of', 'driven by', 'attributable to'
CAUSE = re.compile(rf"\b(?:(?:{DEGREE})\s+)?(?:due to|as a result of|because of|because|driven by|attributable to|"
                   r"attributed to|resulting from|result of|owing to|caused by|reflecting|thanks to)\b", re.I)
# a connective that only joins the reason to the fact, no phrase of its own: the conjunction 'because' opening a clause
# ('because certain issuers have the right to call'), the participle 'reflecting'; the reason starts after it (a
# prepositional one, 'due to', 'because of', 'primarily due to', stays with its reason as writers keep it)
_JOIN_ONLY = re.compile(r"because|reflecting", re.I)
# an event a fact is said to follow gives its reason ('restated following the transfer of ...'): the
# connective opens the reason, whose noun phrase may repeat the question's words; not 'the following', nor a pointer ':'
_FOLLOWING = re.compile(r"(?<!\bthe )\bfollowing\b(?!\s*[:,.])", re.I)
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
# where an answer stops: a new clause or an aside
_STOP = re.compile(r";|,\s+(?:while|whereas|but|however|although|unlike|(?:as\s+)?(?:distinct|distinguished)\s+from|"
                   r"as\s+opposed\s+to|in\s+contrast\s+(?:to|with))\b|\s+\(see\b|:\s|"
                   r",\s+(?:is|are|was|were|has|have|had|will|would)\s+(?!\d)|"
                   # an aside that only puts a figure on the last words (', which was approximately 16 years')
                   r",\s+which\s+(?:is|was|were|are)\s+(?:(?:approximately|about|around|nearly)\s+)?(?=[$€£\d])|"
                   # the sentence's own predicate putting a figure on its subject, after an apposition the lead is
                   # taken from ('Sales of WP products, which are X, | reached 10,254 thousand tons')
                   r",\s+(?:reached|totall?ed|amounted\s+to|stood\s+at|rose|fell|grew|increased|decreased|declined|"
                   r"climbed|dropped)\s+(?:(?:to|by)\s+)?(?:(?:approximately|about|around|nearly)\s+)?"
                   r"(?=[$€£]?\d)(?!(?:19|20)\d\d\b)|"
                   # a rule the answer is done in conformity with (', in compliance with Rule 10b5-1'): a condition on
                   # it, not what it is
                   r",\s+(?:in\s+(?:compliance|accordance|conformity)\s+with|pursuant\s+to)\b", re.I)
_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+", re.I)
_PREPOSITIONS = frozenset("of as in to for by on at with from into".split())
# verbs that link a subject to what it is: skipped at the start of the answer
_LINK = re.compile(r"^(?:which\s+|that\s+)?(?:(?:is|are|was|were|has been|have been|had been|will be|can be|may be)\s+)?"
                   r"(?:(?:also|generally|primarily|mainly|currently)\s+)?"
                   r"(?:(?:comprised|composed|made up) of\s+|consist(?:s|ed|ing)? of\s+|includ(?:es?|ed|ing)\s+|"
                   r"represent(?:s|ed)?\s+|refer(?:s|red)? to\s+|means\s+)?", re.I)
# 'What is X?' / 'What are X?': a question that only names what it asks about
_BARE = re.compile(r"^\s*what (?:is|are) (?:the )?(?:term )?[“\"]?([^?“”\"]+?)[”\"]?\s*\?*\s*$", re.I)
_DEFINES = re.compile(r"^\s*(?:also\s+)?(?:consists?|comprises?|includes?)\b", re.I)
_COPULA = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:is|are|was|were)\b", re.I)
_WHICH_NOUN = re.compile(r"^\s*(?:in\s+)?which\s+([a-z]+)\b", re.I)
_NOT_BARE = frozenset("used for by to with from in on at of did does do has have can will".split()) - {"of"}
_PURPOSE = re.compile(r"\b(?:in order to|so as to|to)\s+(?!(?:the|a|an|over|under|about|approximately|around|"
                      r"nearly|more|less|its|their|our|us|usd|rmb)\b)(?=[a-z])", re.I)


def _says_half(asked: set[str], text: str) -> bool:
    """`text` says at least half of the question's stems `asked`."""
    return len(asked & {stem(w) for w in _TOKEN.findall(text)}) * 2 >= len(asked)


def asked_stems(question: str) -> set[str]:
    """The question's content words as stems (no question or joining words)."""
    return {stem(w) for w in _TOKEN.findall(question) if w.lower() not in _FUNCTION}


def _cut(sentence: str, asked: set[str]) -> int | None:
    """Where the sentence has said all of the question it says: the end of the first word at which
    the question words it covers reach their most. None when it repeats fewer than one in two."""
    if (pronoun := pronoun_cut(sentence, asked)) is not None:
        return pronoun  # 'They are estimated | at ...': the pronoun says the question's subject
    best_end, best_n = said_through(sentence, asked)
    if not asked or best_n * 2 < len(asked):
        return None
    return best_end


# a cut at a possessive ('Ship management creditors | ’ liability is comprised of cash ...') has not reached
# the end of the subject: the noun it owns, up to the linking verb, is the subject's too
_SUBJECT_TAIL = re.compile(r"^[’']s?\s+(?:[A-Za-z-]+\s+){1,3}?(?=(?:is|are|was|were)\s|(?:consist|compris|includ|"
                           r"represent|refer|mean)\w*\s)", re.I)


# the short name a definition gives its subject, in brackets after it: '(“OEM”)', '("the Act")', '(OEM)'
_ALIAS = re.compile(r"^\((?:the\s+)?(?:[“\"‘'][^()“”\"]{1,40}[”\"’']|[A-Z][A-Za-z&.-]{1,11})\)\s*")


def _trim_start(text: str, question: str) -> str:
    """Drop what joins the subject to the answer: the subject's bracketed short name, a linking verb,
    and words the question itself ends with ('consist of', 'classified as', 'in')."""
    text = _ALIAS.sub("", text.lstrip(" ,:-–—"), count=1)  # a lead never starts inside the subject's alias
    text = _SUBJECT_TAIL.sub("", text, count=1)
    text = past_term_rest(text, question)  # 'fees are payments ...': the cut left the term's last word
    asked = {w.lower() for w in _TOKEN.findall(question)}
    while True:
        m = re.match(r"([A-Za-z]+)\s+", text)
        if not m or m.group(1).lower() not in asked & _PREPOSITIONS:
            break
        text = text[m.end():]
    m = _LINK.match(text)
    rest = text[m.end():] if m else text
    return past_asked_verb(rest, question) if rest.strip() else text


def _trim_end(text: str, asked: set[str]) -> str:
    """Stop at a new clause: ';', ', while', or 'and'/',' followed by a clause naming the subject again."""
    m = _STOP.search(text)
    if m:
        text = text[:m.start()]
    text = without_aside(text)
    for j in _JOIN.finditer(text):
        after = _TOKEN.findall(text[j.end():j.end() + 60])[:4]
        if len([w for w in after if stem(w) in asked and w.lower() not in _FUNCTION]) >= 1 and \
                re.match(r"(?!IT\b|WE\b)(?:the|our|its|their|we|it|this|these)\b", text[j.end():], re.I):  # 'IT': an acronym
            text = text[:j.start()]
            break
    text = _SCALE_NOTE.sub("", text.strip().rstrip(".,;: ")).rstrip(".,;: ")
    quoted = re.fullmatch(r"[“\"‘']([^“”\"]+?)[.,]?[”\"’']", text)  # a quoted term: '“LWAY.”'
    return quoted.group(1) if quoted else text


# a phrase that only points elsewhere ('as follows', 'as set out below') names nothing asked
_POINTER = re.compile(r"^(?:(?:as|is|are|in|the|set|out|shown|described|presented|summari[sz]ed|detailed|"
                      r"table|tables|following|below|follows)\b\s*)+$", re.I)
# a phrase opening with a conjunction is the tail of a list the question's words end in, not an answer
_FRAGMENT = re.compile(r"^(?:and|or|but|nor)\b", re.I)
# a note of the scale the sentence's table is in ('(in thousands)') is no part of what it says
_SCALE_NOTE = re.compile(r"\s*\((?:amounts\s+|dollars\s+|\$\s*)?in\s+(?:thousands|millions|billions)\b[^)]*\)$", re.I)
# 'What is excluded from ...?': a question asking what a passive verb is said of
_PASSIVE_Q = re.compile(r"^\s*what (?:is|are|was|were|has been|have been|had been) (\w+(?:ed|en))\b", re.I)


# 'What is the implication of X?': a sentence 'if X, Y' answers with Y, what follows from its condition
_EFFECT_Q = re.compile(r"\b(?:implications?|consequences?|effects?|what happens)\b", re.I)
_IF_THEN = re.compile(r"^(?:(?:However|Further|Furthermore|Moreover|In addition),\s*)?(?:if|when|where|once|upon|should)\b"
                      r"([^,]+),\s*(?:then\s+)?(.+)$", re.I)
# 'How often ...?': the frequency the sentence states ('on an annual basis' -> 'annual basis')
_FREQUENCY = re.compile(r"\b(?:(?:semi-|bi-)?(?:annual|quarterly|monthly|weekly|daily|yearly)\s+basis|"
                        r"(?:semi-|bi-)?(?:annually|quarterly|monthly|weekly|daily)|(?:each|every|once a)\s+"
                        r"(?:year|quarter|month|week|day))\b", re.I)


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
    v = re.search(r",?\s+(?:is|are|was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
                  + re.escape(m.group(1)) + r"\b", sentence, re.I)
    subject = sentence[:v.start()].strip(" ,") if v else ""
    return subject if len(_TOKEN.findall(subject)) >= 2 else None


def _span(sentence: str, start: int) -> str:
    return sentence[start:].strip()


def answer_phrase(question: str, sentence: str, asked_kind: str | None = None) -> str | None:
    """The phrase of `sentence` that answers `question`, or None when the sentence does not say it
    in a form this can cut (the whole sentence then answers); what drove something is the driver alone."""
    phrase = _answer_phrase(question, sentence, asked_kind)
    return as_driver(phrase, sentence) or None if phrase and drivers_asked(question) else phrase


def _answer_phrase(question: str, sentence: str, asked_kind: str | None = None) -> str | None:
    sentence = re.sub(r"^\(\w{1,3}\)\s*", "", sentence.strip())  # a footnote mark '(1)'
    sentence = re.sub(r"\s*\[\d+\]$", "", sentence)
    asked = asked_stems(question)
    k = asked_kind if asked_kind is not None else words_asked(question)  # (slots.words_asked: read once)
    if k == "words" and (kind := kind_phrase(question, sentence)):
        return kind  # 'what method is used for X': the method the sentence names for X ('the if-converted method')
    which = _WHICH_NOUN.match(question)
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
    cut = _cut(sentence, asked)
    if k in ("reason", "words") and (agent := effect_agent(question, sentence)) is not None:
        return _trim_end(sentence[agent:], asked) or None  # 'is affected by | X': what acted on the figure asked
    if k == "reason":
        m = min((m for p in (CAUSE, _FOLLOWING) for m in p.finditer(sentence) if cut is None or m.start() >= cut - 1),
                key=lambda m: m.start(), default=None)
        if m is None and (said := clause_reason(sentence, cut)) is not None:
            return _trim_end(said, asked) or None  # 'R, so F' / 'F, where R': the clause joined to the fact asked
        if m is None:  # no cause given: a purpose ('to reduce concentration risk', 'To assess X, we ...')
            lead = re.match(r"(?:In order to|To)\s+[^,]+", sentence)
            if lead:
                return lead.group(0)
            m = _PURPOSE.search(sentence, cut or 0) if cut is not None else None
            return _trim_end(sentence[m.start():], asked) or None if m else None
        start = m.end() if _JOIN_ONLY.fullmatch(m.group(0)) else m.start()
        return _trim_end(sentence[start:], asked) or None
    if k == "when":
        if (regular := frequency_alternation(sentence[cut:] if cut is not None else sentence)) is not None:
            return _trim_end(regular, asked) or None  # 'annually ..., or more frequently if X': both, not X alone
        if (dated := when_dates(question, sentence, asked, cut or 0, DATE)) is not None:
            return dated  # several dated clauses or parallel items: the date(s) of what is asked
        tail = sentence[cut:] if cut is not None else sentence
        d = DATE.search(tail) or DATE.search(sentence)
        if d is not None:
            return d.group(0)
        m = _CONDITION.search(tail)
        if m is None and (fronted := _FRONTED_CONDITION.match(sentence)) and \
                _says_half(asked, fronted.group(2)):
            return fronted.group(1)  # 'If X, then Y' and Y says what the question asks: its condition X
        return _trim_end(tail[m.start():], asked) or None if m else None
    if k == "who":
        tail = sentence[cut:] if cut is not None else sentence
        m = re.search(r"\bby\s+((?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:of|and|&|for|the)?\s*[A-Z][\w&.-]*)*)", tail)
        return m.group(1) if m else None
    if (obj := stranded_object(question, sentence)) is not None:
        return obj  # 'combine A with in 2020 on the balance sheets?': what the sentence combines A with
    if _EFFECT_Q.search(question):
        m = _IF_THEN.match(sentence)
        if m and _says_half(asked, m.group(1)):
            return _trim_end(m.group(2), set()) or None
    if (gap := gap_object(question, sentence)) is not None:
        return gap  # 'excludes | X | from shareholders' equity': the object the question's verb leaves empty
    passive = _passive_subject(question, sentence)
    if passive:
        return passive
    if (start := object_complement(question, sentence)) is not None:
        return _trim_end(sentence[start:], asked) or None  # 'We define X, or ARR, as | Y': the definition is Y
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
            _cut(sentence[:cut], asked) == cut and _DEFINES.match(sentence[cut:]) and \
            re.sub(r"^the\s+", "", sentence[:cut].lower()).startswith(_TOKEN.findall(term)[0].lower()):
        # 'What is Tax Fees?' answered by 'Tax Fees include ...; ...': the sentence that lists what
        # the term covers is its definition, whole (past a ';' too)
        return sentence.rstrip(" .")
    start = past_joint(sentence, cut, question)
    phrase = before_second_predicate(_trim_end(_trim_start(sentence[start:], question), asked), sentence[:start],
                                    question)
    if len(_TOKEN.findall(phrase)) < 1 or _POINTER.match(phrase) or _FRAGMENT.match(phrase) or _years_tail(phrase):
        return None
    return phrase


_YEARS_ONLY = re.compile(r"^(?:(?:fiscal\s+)?(?:19|20)\d{2}\b|and\b|or\b|respectively\b|[,;\s])+$", re.I)


def _years_tail(phrase: str) -> bool:
    """'2018, and 2017, respectively': only years a sentence pairs with the figures it gives before them,
    the tail cut from that list and not an answer ('2018 and 2019' alone may answer 'in which years')."""
    return bool(_YEARS_ONLY.match(phrase)) and "respectively" in phrase.lower()


# (a change or an average asked is a quantity: 'what was the change in X from 2018 to 2019'; not what the
# change 'was recognized as' / 'related to' / 'was (primarily) due to' / 'driven primarily by', which a phrase answers)
_QUANTITY_Q = re.compile(r"\bhow (?:much|many|long|often|old|far|big|large)\b|\bwhat (?:is|was|were|are) the "
                         r"(?:amount|number|value|total|percentage|rate)\b|\bwhat (?:is|was|were|are) the "
                         r"(?:(?:net|total|percentage|average|annual)\s+)?(?:change|increase|decrease|difference|"
                         r"average|sum|ratio|growth)\b(?![^?]*\b(?:\w+(?:ed|en)|due|owing|attributable)(?:\s+\w+ly)?\s+"
                         r"(?:as|to|by|for|with|from)\s*\?*\s*$)",
                         re.I)
# 'which year was X higher': a ranking of figures, answered from the table, not by a phrase
_RANKING = re.compile(r"\b(?:higher|lower|larger|smaller|greater|bigger|highest|lowest|largest|smallest|greatest|"
                      r"biggest|most|least|more|less|fewer)\b", re.I)


def lead_phrase(question: str, units: tuple[str, ...], years: tuple[int, ...], sentence: str,
                asked_kind: str | None = None) -> str | None:
    """The bold lead for a question that asks for words, from its best sentence; None when the
    question asks a quantity (a unit, 'how much', or what something was in a year asked: the figure
    leads; not what the subject of that year reflects or relates to), or the sentence is a table row or header line, or no phrase is cut."""
    k = asked_kind if asked_kind is not None else words_asked(question)  # (slots.words_asked: read once)
    if ROW_LINE.search(sentence):
        return None
    often = frequency(question, sentence)
    if often:
        return often
    if table_asked(question) and (subject := table_subject(sentence)):
        return subject  # 'what does the table show': what the sentence introducing it says it holds
    related = relation_asked(question) or effect_asked(question)  # 'what do salaries in FY21 reflect': the year scopes
    members = bracket_members(question, sentence)  # 'what does X cover': the items in the bracket after X
    if members:
        return members
    reasons = listed_reasons(question, sentence) or named_list(question, sentence) or stated_list(question, sentence)  # 'the main reasons for X in 2024': the causes listed, the year scopes X
    if reasons:
        return reasons
    ranking = _RANKING.search(question) and not ranked_items_asked(question)  # 'the most cited barriers' asks items
    if k == "words" and ((units or years) and not related or _QUANTITY_Q.search(question) or ranking):
        return None
    if k == "words" and _HEADER_LINE.search(sentence):
        return None  # a table's line of column names ('Useful Lives (in years) | Fair Value') holds no phrase
    phrase = answer_phrase(question, sentence, k)
    phrase = listed_items(question, sentence, phrase) or phrase  # several things asked: the enumeration's items
    phrase = cause_items(sentence, phrase)  # 'driven by A, and by B': the repeated 'by' joins the causes
    return None if phrase and no_duration(question, phrase) else phrase  # a period asked: a duration answers


_HEADER_LINE = re.compile(r"\S \| \S")


def answering_sentence(question: str, sentence: str) -> str | None:
    """For a question asking for words that no phrase answers, the sentence itself is the answer:
    without a footnote mark or a heading before it ('Cash flows: The changes ...'); None for a
    quantity or ranking question, a table row (also one written as header paths, 'As of 2018 › Losses:
    $6,671; ...', or a piece of one), a sentence introducing a table (':'), or a long one."""
    if _QUANTITY_Q.search(question) or _RANKING.search(question) or ROW_LINE.search(sentence) or is_row(sentence):
        return None
    text = re.sub(r"^(?:\(\w{1,3}\)|[-–•*])\s*", "", sentence.strip())  # a footnote mark, a bullet
    text = re.sub(r"^[A-Z][\w ,’'()-]{0,60}:\s+(?=[A-Z])", "", text)  # a heading run into the sentence
    text = past_asked_verb(text, question)  # a fragment opening with the question's own verb ('Calculated based on')
    if text.endswith(":") or len(text) > 380 or len(_TOKEN.findall(text)) < 4 or no_duration(question, text):
        return None
    return text


def names_like(phrase: str) -> bool:
    """Whether a phrase reads as names ('Greece and Turkey', 'Germany, Ghana, the UK'): what a
    'which'/'who' question asks for; every item capitalised, a dozen words at most."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", phrase) if i.strip()]
    return bool(items) and len(phrase.split()) <= 12 and all(
        re.match(r"(?:the\s+)?[A-Z0-9]", i) for i in items)

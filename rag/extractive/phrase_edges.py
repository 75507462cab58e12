"""Where the phrase answering a question starts and ends in its sentence (past the question's words it repeats, up
to a new clause or an aside), and the phrases that answer nothing. Split from phrase.py, which cuts by what is asked."""

from __future__ import annotations

import re

from .anaphora import pronoun_cut
from .asked_verb import past_asked_verb
from .term_members import past_term_rest
from .verb_joint import without_aside
from .word_stems import TOKEN as _TOKEN, said_through, stem


# Words that say how a question is asked, or join its words: a sentence need not repeat them.
_FUNCTION = frozenset("""a an the of in on at to for and or by is was were are be been being what which who whom
whose how why when where does do did has have had its it their his her our as from with than that this these those
there any much many s""".split())
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
                   # a comment on the whole answer, not part of it: its consequence (', which would push the index
                   # back to ...'), a participle restating it (', covering both ...', ', representing a payout of ...')
                   # or an absolute clause on what follows from it (', with retained earnings used to fund ...')
                   r",\s+which\s+(?:would|will|could|might|may)\s|,\s+(?:covering|representing)\s|"
                   r",\s+with\s+(?:[\w'’-]+\s+){1,3}?(?:used|expected|supported|driven|helped|offset)\b|"
                   # a rule the answer is done in conformity with (', in compliance with Rule 10b5-1'): a condition on
                   # it, not what it is
                   r",\s+(?:in\s+(?:compliance|accordance|conformity)\s+with|pursuant\s+to)\b|"
                   # an aside putting a figure on the whole answer (', estimated at USD 70-90/t', ', which together
                   # amount to a further £6.2 billion'), or the subject's second predicate after its answer ('(,) and is
                   # the main indicator of ...'; ' - accounted for ...' closing a dashed apposition)
                   r",\s+(?:estimated|valued)\s+at\b|,\s+which\s+(?:together\s+)?(?:amount(?:s|ed)?\s+to|total(?:s|l?ed)?)\b|"
                   r",?\s+and\s+(?:is|are|was|were)\s+(?:the|a|an)\s|\s[-–—]\s+(?=[a-z]+ed\b)|"
                   # a non-restrictive relative clause closing the sentence that comments on the answer's last noun
                   # rather than saying it: its owner's change (', whose value has risen ...'), a figure or date put on
                   # it (', which alone contributed 2 minutes', ', which was received in April 2024'), or where it is
                   # reported (', which are shown in the separate statistics'); one closed by a comma before the
                   # clause's own verb (', which pay lower rates, grew faster') is inside the answer
                   r",\s+whose\s[^,;]*$|,\s+which\b(?=[^,;]*\d)(?![^,;]*\boffset\b)[^,;]*$|"
                   r",\s+which\s+(?:is|are|was|were)\s+(?:(?:also|separately)\s+)?(?:shown|reported|disclosed|presented)\b[^,;]*$",
                   re.I)
_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+", re.I)
_PREPOSITIONS = frozenset("of as in to for by on at with from into".split())
# verbs that link a subject to what it is: skipped at the start of the answer
_LINK = re.compile(r"^(?:which\s+|that\s+)?(?:(?:is|are|was|were|has been|have been|had been|will be|can be|may be)\s+)?"
                   r"(?:(?:also|generally|primarily|mainly|currently)\s+)?"
                   r"(?:(?:comprised|composed|made up) of\s+|consist(?:s|ed|ing)? of\s+|includ(?:es?|ed|ing)\s+|"
                   r"represent(?:s|ed)?\s+|refer(?:s|red)? to\s+|means\s+|equals\s+)?", re.I)


def says_half(asked: set[str], text: str) -> bool:
    """`text` says at least half of the question's stems `asked`."""
    return len(asked & {stem(w) for w in _TOKEN.findall(text)}) * 2 >= len(asked)


def asked_stems(question: str) -> set[str]:
    """The question's content words as stems (no question or joining words)."""
    return {stem(w) for w in _TOKEN.findall(question) if w.lower() not in _FUNCTION}


def subject_cut(sentence: str, asked: set[str]) -> int | None:
    """Where the sentence has said all of the question it says: the end of the first word at which
    the question words it covers reach their most. None when it repeats fewer than one in two."""
    if (pronoun := pronoun_cut(sentence, asked)) is not None:
        return pronoun  # 'They are estimated | at ...': the pronoun says the question's subject
    best_end, best_n = said_through(sentence, asked)
    if not asked or best_n * 2 < len(asked):
        return None
    return _through_run(sentence, best_end, asked)


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w’'-]*)")


_RUN_BEFORE = re.compile(r"(?:[A-Za-z][\w’'-]*[ \t]+)*[A-Za-z][\w’'-]*$")


def _through_run(sentence: str, end: int, asked: set[str]) -> int:
    """`end` moved over the question's words that directly follow it and that the run of them it ends has not said
    yet: the subject a sentence names is one run ('the conservative | case assumes', said after an earlier 'case
    assumes', ends after 'assumes'); a word repeated ('revenue includes | revenue from ...') starts the answer."""
    words = _RUN_BEFORE.search(sentence[:end])
    run: set[str] = set()
    for w in reversed(words.group(0).split() if words else []):
        if stem(w) not in asked:
            break
        run.add(stem(w))
    while (m := _NEXT_WORD.match(sentence, end)) and stem(m.group(1)) in asked - run:
        run.add(stem(m.group(1)))
        end = m.end()
    return end


# a cut at a possessive ('Ship management creditors | ’ liability is comprised of cash ...') has not reached
# the end of the subject: the noun it owns, up to the linking verb, is the subject's too
_SUBJECT_TAIL = re.compile(r"^[’']s?\s+(?:[A-Za-z-]+\s+){1,3}?(?=(?:is|are|was|were)\s|(?:consist|compris|includ|"
                           r"represent|refer|mean)\w*\s)", re.I)


# the short name a definition gives its subject, in brackets after it: '(“OEM”)', '("the Act")', '(OEM)'
_ALIAS = re.compile(r"^\((?:the\s+)?(?:[“\"‘'][^()“”\"]{1,40}[”\"’']|[A-Z][A-Za-z&.-]{1,11})\)\s*")


def trim_start(text: str, question: str) -> str:
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


def trim_end(text: str, asked: set[str]) -> str:
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


_YEARS_ONLY = re.compile(r"^(?:(?:fiscal\s+)?(?:19|20)\d{2}\b|and\b|or\b|respectively\b|[,;\s])+$", re.I)


def _years_tail(phrase: str) -> bool:
    """'2018, and 2017, respectively': only years a sentence pairs with the figures it gives before them,
    the tail cut from that list and not an answer ('2018 and 2019' alone may answer 'in which years')."""
    return bool(_YEARS_ONLY.match(phrase)) and "respectively" in phrase.lower()


def answers_nothing(phrase: str) -> bool:
    """The cut phrase names nothing asked: no word, a pointer elsewhere ('as follows'), a list's tail ('and X'), or
    the years of a 'respectively' list."""
    return len(_TOKEN.findall(phrase)) < 1 or bool(_POINTER.match(phrase)) or bool(_FRAGMENT.match(phrase)) \
        or _years_tail(phrase)

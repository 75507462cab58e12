"""Whether a question asks a cause, a statement or a law ('what is pushing X', 'what was X due to?') rather than
an amount, and the verbs of causing that say how it is asked: the explanation cue of shape_cues, kept on its own."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

# A cause asked: 'what' is the subject of a verb of causing ('what is pushing X', 'what has made X a
# hub', 'what is expected to slow X', 'what keeps X from Y', 'what factors contributed to X'), or a
# statement asked of a named law or claim ('what does the scaling law say').
_CAUSING = (r"driv(?:e|es|ing)|drove|driven|push(?:es|ed|ing)?|caus(?:e|es|ed|ing)|fuel(?:s|led|ed|ling|ing)?|"
            r"spur(?:s|red|ring)?|prompt(?:s|ed|ing)?|le(?:d|ads?|ading) to|mak(?:e|es|ing)|made|explain(?:s|ed|ing)?|"
            r"accounts? for|accounted for|hold(?:s|ing)? back|held back|limit(?:s|ed|ing)?|slow(?:s|ed|ing)?(?! down\b)|"
            r"slow(?:s|ed|ing)? down|hinder(?:s|ed|ing)?|restrict(?:s|ed|ing)?|constrain(?:s|ed|ing)?|"
            r"prevent(?:s|ed|ing)?|keep(?:s|ing)?|kept|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|"
            r"allow(?:s|ed|ing)?|trigger(?:s|ed|ing)?|underp[ii]n(?:s|ned|ning)?|motivat(?:e|es|ed|ing)|"
            r"hamper(?:s|ed|ing)?|contribut(?:e|es|ed|ing) to|behind|shap(?:e|es|ed|ing)|determin(?:e|es|ed|ing)")
_CAUSE_ASKED = re.compile(
    r"^\s*what(?:\s+(?:factors?|reasons?|forces?|developments?|conditions?|trends?))?"
    r"(?:'s|’s|\s+(?:is|are|was|were|has|have|had|will|would|could|might|may|can|does|do|did)(?:\s+been|\s+be)?)?"
    r"(?:\s+(?:expected|likely|set|projected|predicted|forecast|poised|going|said|believed|thought|seen)\s+to)?"
    rf"\s+(?:{_CAUSING})\b(?!\s+up\b)", re.I)
# what the cause words are followed by when an amount or a name is asked ('what made revenue grow
# so much', 'what accounts for the largest share')
_CAUSE_NOT = re.compile(r"\b(much|many)\b|\bmakes? up\b|\b(accounts?|accounted) for\s+(the\s+)?(largest|biggest|"
                        r"most|majority|bulk|highest|\d)|\d+(\.\d+)?\s*%", re.I)
_STATEMENT_ASKED = re.compile(r"^\s*what (?:does|do|did) [^?]*\b(?:say|says|state|states|claim|claims|hold|holds|"
                              r"posit|posits|predict|predicts|suggest|suggests|describe|describes)\s*\??\s*$", re.I)


_CAUSE_VERB = re.compile(rf"(?:{_CAUSING})", re.I)


def is_cause_verb(word: str) -> bool:
    """'pushing', 'made', 'drives': a verb of causing (a question's cue, never the part of a report it names)."""
    return bool(_CAUSE_VERB.fullmatch(word))


# 'What is the scaling law on ...', 'what is the principle behind ...': a law or a principle is stated, not a figure
_LAW_ASKED = re.compile(r"^\s*what (?:is|are|was|were) (?:the|a|an) (?:[\w-]+ ){0,4}?(?:laws?|principles?|mechanisms?|logic|"
                        r"rationale|idea|concept)\b", re.I)
# 'What are the core pain points holding back X', 'what are the main factors driving X': the things causing
# (a participle: 'the combustion of fuel' names a thing, 'the factors fuelling X' a cause)
_CAUSING_PARTICIPLE = (r"driving|pushing|causing|fuel(?:l)?ing|spurring|prompting|leading to|holding back|limiting|slowing|"
                       r"hindering|restricting|constraining|preventing|keeping|stopping|blocking|enabling|triggering|"
                       r"underpinning|motivating|hampering|contributing to|behind|shaping|determining")
_CAUSES_NAMED = re.compile(rf"^\s*what (?:is|are|was|were) (?:the )?(?:[\w-]+ ){{1,3}}?(?:{_CAUSING_PARTICIPLE})\b", re.I)


# 'what does CIC say will keep X growing': a reporting clause between 'what' and its verb asks the same
_REPORTED = re.compile(r"^\s*what\s+(?:does|do|did)\s+(?:[\w&.'’-]+\s+){1,5}?(?:say|think|expect|believe|claim|suggest|"
                       r"argue|see)\s+(?=(?:will|would|could|might|may|can|is|are|was|were|has|have|had)\b)", re.I)


# 'what' the object of a closing cause or relation: 'what was the increase in X primarily due to?', 'what was
# growth driven by?', 'what did the costs relate to?' ask the cause or the thing related, in words, whatever
# figure X has ('the increase in total production': no sum asked)
_CLOSING_CAUSE = re.compile(r"^\s*what (?:is|was|were|are|does|do|did) (?!.*\b(?:much|many)\b)[^?]*\b(?:due|"
                            r"attributable|attributed|owing|relate[sd]?|driven|caused)(?:\s+\w+ly)?\s+(?:to|by)"
                            r"\s*\?*\s*$", re.I)


def cause_asked(question: str) -> bool:
    """'What is pushing X', 'what has made X Y', 'what keeps X from Y', 'what does the law say', 'what is the
    scaling law', 'what are the pain points holding back X': a cause, a statement or a law is asked, not an
    amount (no 'how much', no figure, no 'makes up', no 'accounts for the largest'). 'What does the report
    say will keep X' asks as 'what will keep X'. 'What was X due to / driven by / related to?' asks X's cause."""
    question = _REPORTED.sub("what ", question, count=1)
    return bool((_CAUSE_ASKED.search(question) or _STATEMENT_ASKED.search(question) or _LAW_ASKED.search(question)
                 or _CAUSES_NAMED.search(question)) and not _CAUSE_NOT.search(question)) \
        or bool(_CLOSING_CAUSE.search(question))


def cause_terms(question: str) -> set[str]:
    """The stems of the verb asking a cause ('what is pushing X', 'what has made X'): it says how the question
    is asked, not what it is about."""
    return {t for w in re.findall(r"[A-Za-z]+", question) if is_cause_verb(w) for t in tokenize(w)}

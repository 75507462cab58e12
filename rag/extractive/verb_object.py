"""A question opening with a preposition and 'what' ('Toward what is X evolving?', 'On what does X depend?')
asks the object of its own verb and that preposition: a sentence of the lead's passage writing the verb with
the preposition right after it ('is evolving toward A, B and C') answers it, so a lead writing no form of the
verb while such a sentence scores close behind it is not bolded."""

from __future__ import annotations

import re

from .features import Evidence
from .shown_doubt import ShownDoubt
from .word_stems import TOKEN, stem

WHY = "another sentence of the passage writes the question's verb with what it asks after it"
SHARE = 0.8  # the rival scores at least this share of the lead
_AUX = r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|might|may)"
_ASKED = re.compile(rf"^\s*(toward|towards|into|onto|on|upon|to|from|with|for|by|in|at)\s+(?:what|which)\s+{_AUX}\s+"
                    r"([^?,;]+)", re.I)
_PREPOSITIONS = {"toward": {"toward", "towards"}, "towards": {"toward", "towards"}}


def asked_verb(question: str) -> tuple[str, set[str]] | None:
    """(the stem of the question's verb, the prepositions that may follow it) when the question opens with a
    preposition, 'what' and an auxiliary ('Toward what is X evolving' -> 'evolv', {toward, towards}); the verb
    is the first -ing word of the clause, else its last word ('embodied' is an adjective as often). None for any other question."""
    m = _ASKED.match(question)
    if m is None:
        return None
    words = [t.group(0) for t in TOKEN.finditer(m.group(2))]
    if len(words) < 2:
        return None
    verb = next((w for w in words[1:] if re.search(r"[a-z]{3}ing$", w)), words[-1])
    prep = m.group(1).lower()
    return stem(verb), _PREPOSITIONS.get(prep, {prep})


def writes_verb_then(text: str, verb: str, prepositions: set[str]) -> bool:
    """Whether `text` writes a form of `verb` (a stem) with one of `prepositions` as the next word."""
    words = [t.group(0).lower() for t in TOKEN.finditer(text)]
    return any(stem(w) == verb and nxt in prepositions for w, nxt in zip(words, words[1:]))


def verb_object_rival(question: str, evidence: list[Evidence], best: Evidence) -> Evidence | None:
    """The sentence of the lead's passage scoring at least `SHARE` of it that writes the question's verb with
    the question's preposition after it, when the question asks its verb's object and the lead writes no form
    of the verb; None otherwise."""
    asked = asked_verb(question)
    if asked is None:
        return None
    verb, prepositions = asked
    if any(stem(t.group(0)) == verb for t in TOKEN.finditer(best.text)):
        return None
    return next((e for e in evidence if e is not best and e.passage_index == best.passage_index
                 and e.score >= SHARE * best.score and writes_verb_then(e.text, verb, prepositions)), None)


def verb_object_elsewhere(question: str, evidence: list[Evidence], best: Evidence) -> str | None:
    """Why the lead is not certain (`WHY`, carrying the sentence to show beside the lead) when `verb_object_rival`
    finds one; None otherwise."""
    rival = verb_object_rival(question, evidence, best)
    return ShownDoubt(WHY, rival) if rival is not None else None

"""A phrase put before the question word that points at a division of the report ('In the chapter on X, why ...',
'According to CIC's appendix, what ...') only places what is asked: moved after the question so the question word leads."""

from __future__ import annotations

import re

# a division of a report (a closed class): the place a fronted phrase points at
_DIVISION = r"(?:chapters?|sections?|parts?|appendix|appendices|pages?|glossary|preface|introduction|conclusions?|summary)"
# a prepositional phrase naming a division, no comma inside, then a comma and a question word; a fronted source ('in
# CIC's view') or a table or chart ('in Frost's chart, which year ...') is left as written: its words pick the evidence
_FRONTED = re.compile(r"^\s*(?P<phrase>(?:in|within|according\s+to|per|from|based\s+on)\s+"
                      r"[^,;:?!]{0,60}?\b" + _DIVISION + r"\b[^,;:?!]{0,60}?)\s*,\s+(?P<question>(?:what|which|who|whom|whose|how|why|when|where|"
                      r"by\s+how\s+much|in\s+(?:what|which)|to\s+what|at\s+what)\b[^?]*)\??\s*$", re.I)


def as_question_first(question: str) -> str | None:
    """'In the energy chapter, by how much does AI cut losses?' -> 'By how much does AI cut losses, in the energy
    chapter?'; None when no phrase is put before the question word."""
    m = _FRONTED.match(question)
    if not m:
        return None
    phrase, asked = m.group("phrase"), m.group("question").rstrip()
    phrase = phrase if re.match(r"[A-Z]{2,}|[A-Z]\w*[A-Z]", phrase) else phrase[0].lower() + phrase[1:]
    return f"{asked[0].upper()}{asked[1:]}, {phrase}?"

"""A yes-or-no question framed as a claim to check ('Is it true that A is rated above B?', 'Does the report back
the claim that A has more than B?') asks what the claim's own question asks ('Is A rated above B?')."""

from __future__ import annotations

import re

_CLAIM = re.compile(r"^\s*(?:is it (?:true|the case|correct|right|so)|would it be (?:true|fair|right|correct) to say|"
                    r"can (?:we|one|you) say|(?:does|do) (?:the|this|its|their) (?:reports?|paper|study|data|table|chart) "
                    r"(?:back|support|bear out|confirm)(?: the (?:claim|idea|view|statement))?)\s+that\s+(?P<clause>\S.*)$",
                    re.I)
# the clause's first auxiliary, after its subject: 'A is rated above B' -> 'is'
_AUX = re.compile(r"\s(is|are|was|were|has|have|had|does|do|did|will|can)\s", re.I)


def as_question(question: str) -> str | None:
    """The claim of a claim-framed question turned into the question it states ('Is it true that A is rated above
    B?' -> 'Is A rated above B?'); None when the question is not so framed or its claim has no auxiliary verb."""
    m = _CLAIM.match(question)
    if m is None:
        return None
    clause = m.group("clause")
    aux = _AUX.search(clause)
    if aux is None:
        return None
    return f"{aux.group(1).capitalize()} {clause[:aux.start()]} {clause[aux.end():]}"

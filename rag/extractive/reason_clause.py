"""The reason a sentence gives for its fact without a causal connective: 'R, so F' states R as the reason for F,
and 'F, where R' / 'F, as R' add R as the circumstance explaining F. Read for a why-question once the sentence
has said the fact asked (F, where the question's words are) and gives no 'because' or 'due to'."""

from __future__ import annotations

import re

# ', so F' / ', and so F' / ', therefore F': the consequence after, its reason before
_SO = re.compile(r",\s+(?:and\s+)?(?:so(?:\s+that)?|therefore|hence|thus)\s+(?!(?:far|much|many|long|as)\b)", re.I)
# ', where R' / ', as R' after the fact: a clause with its own subject (not 'as of', 'as expected', 'as well')
_AFTER = re.compile(r",\s+(?:where|as)\s+(?!(?:of|at|per|well|such|part|in|from|to|with|for|a\s+result|"
                    r"compared|opposed|[a-z]+ed|[a-z]+ly|\d)\b)(?=\w)", re.I)


def clause_reason(sentence: str, cut: int | None) -> str | None:
    """The reason clause of `sentence` whose fact the question's words end in at `cut`: the part before ', so'
    when the fact follows it, or the clause after ', where' / ', as' when the fact comes before it; None when the
    sentence joins no such clause to the fact."""
    if cut is None:
        return None
    so = _SO.search(sentence)
    if so is not None and cut > so.end() and sentence[:so.start()].strip():
        return sentence[:so.start()].strip()
    after = next((m for m in _AFTER.finditer(sentence) if m.start() >= cut - 1), None)
    if after is not None and not re.search(r"[;.]\s", sentence[cut:after.start()]):
        return sentence[after.end():].rstrip(" .")
    return None

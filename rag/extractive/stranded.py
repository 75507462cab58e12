"""A question whose preposition is left without its object ('What did the company combine A with in
2020 on the balance sheets?') asks for that object: the answer is what the answering sentence puts
after the same preposition, up to where it goes back to the question's trailing scope ('on the
balance sheets'), which the sentence may say after the answer."""

from __future__ import annotations

import re
from functools import lru_cache

from .word_stems import TOKEN as _TOKEN, said_through, stem as _stem

_PREP = r"(?:with|to|for|from|into|by|as|about)"
# the stranded preposition: followed by the question's scope (another preposition), not by its object
_STRANDED = re.compile(rf"\b({_PREP})\s+(?=(?:in|on|at|during|within|for|from|of|as of|under)\s+[^?]*\?*\s*$)", re.I)
# a preposition that ends a quantity phrase ('amount to', 'increase to', 'compared to') asks a figure
_QUANTITY_VERB = re.compile(r"\b(?:amount|amounted|increase|increased|decrease|decreased|rise|rose|fall|fell|grow|"
                            r"grew|decline|declined|compare|compared|total|totaled|totalled|equal|equaled|change|"
                            r"changed|up|down)\s+$", re.I)
_FUNCTION = frozenset("""a an the of in on at to for and or by is was were are be been what which who how did does do
has have had its it their our as from with than that this these those""".split())
_NEXT_WORD = re.compile(r"[\s”\"’'(),]*([A-Za-z0-9][A-Za-z0-9'’.-]*)")


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(text) if w.lower() not in _FUNCTION and not w.isdigit()}


@lru_cache(maxsize=256)
def _strand(question: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(the stranded preposition, the stems asked before it, the stems of the scope after it), read
    once per question; None when the question strands none."""
    m = _STRANDED.search(question)
    if m is None or _QUANTITY_VERB.search(question[:m.start()]):
        return None
    before = frozenset(_stems(question[:m.start()]))
    return (m.group(1), before, frozenset(_stems(question[m.end():]))) if len(before) >= 2 else None


def stranded_object(question: str, sentence: str) -> str | None:
    """The object of the question's stranded preposition as `sentence` gives it, or None when the
    question strands none, or the sentence does not repeat the question's words before the same
    preposition."""
    strand = _strand(question)
    if strand is None:
        return None
    preposition, before, scope = strand
    end, seen = said_through(sentence, before, enough=len(before & _stems(sentence)))
    if end is None or seen * 2 < len(before):
        return None
    # the rest of the question's words may follow ('Income taxes payable'): the preposition comes after them
    while (more := _NEXT_WORD.match(sentence, end)) and \
            _stem(more.group(1)) in before:
        end = more.end()
    prep = re.compile(rf"[\s”\"’']*\b{re.escape(preposition)}\s+", re.I).match(sentence, end)
    if prep is None:
        return None
    rest = sentence[prep.end():]
    stop = len(rest)
    for t in _TOKEN.finditer(rest):
        if _stem(t.group(0)) in scope:  # back to the question's scope: the object ended before it
            back = re.search(r"(?:\s+(?:in|on|at|during|within|for|from|of|under|the|its|our|their))*\s*$",
                             rest[:t.start()], re.I)
            stop = back.start() if back else t.start()
            break
    obj = re.split(r";|,\s+(?:which|while|and|but)\b", rest[:stop])[0].strip().rstrip(".,;: ")
    return obj if _TOKEN.search(obj) else None

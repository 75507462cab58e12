"""The owner slot over the whole bold lead: a lead quoting a sentence or row that gives a product the question
gives to one owner ('IBM's TTS-1') to another ('Company name: OpenAI; Model: TTS-1') is not that owner's figure.
The owner gate reads the best sentence only; a lead joining figures of several rows must own every one of them."""

from __future__ import annotations

from .gates_owner import _same, given_owner, owned_products
from .slots import parse


def quoted_owner_other(question: str, said: str) -> str | None:
    """Why a lead (`said`: the answer with its quotes) is not bold: a product of `question` ('Owner's Product') is
    given to another owner in what it quotes; None when every quoted owner is the one asked (or none is given).
    A place is no owner ('China's Qwen' is Alibaba's)."""
    owned = owned_products(question)
    if not owned:
        return None
    text = said.replace("**", "")
    places = {f.lower() for e in parse(question).entities if e.place for f in e.forms}
    for owner, product in owned:
        if owner.lower() in places:
            continue
        other = given_owner(text, product)
        if other is None or len(other) < 2 or other.lower() in places or _same(other, owner):
            continue
        return f"the quoted passage gives {product} as {other}'s, not {owner}'s"
    return None

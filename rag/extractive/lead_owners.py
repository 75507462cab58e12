"""The owner slot over the whole bold lead: a lead quoting a sentence or row that gives a product the question
gives to one owner ('IBM's TTS-1') to another ('Company name: OpenAI; Model: TTS-1') is not that owner's figure.
The owner gate reads the best sentence only; a lead joining figures of several rows must own every one of them."""

from __future__ import annotations

from .gates_owner import other_owner, owned_products
from .slots import parse


def quoted_owner_other(question: str, said: str) -> str | None:
    """Why a lead (`said`: the answer with its quotes) is not bold: a product of `question` ('Owner's Product') is
    given to another owner in what it quotes; None when every quoted owner is the one asked (or none is given).
    A place is no owner ('China's Qwen' is Alibaba's)."""
    if not owned_products(question):
        return None
    places = {f.lower() for e in parse(question).entities if e.place for f in e.forms}
    given = other_owner(question, places, said.replace("**", ""))
    return f"the quoted passage gives {given[0]} as {given[1]}'s, not {given[2]}'s" if given else None

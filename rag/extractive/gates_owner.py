"""The owner slot: a product the question gives to one owner ('Baidu's Comate') is not answered by a
sentence or table row that gives that product to another ('Alibaba's Tongyi Lingma'). gates.py
lists the gate with the others; it returns the reason (naming the owner asked) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import mentions
from .kept_patterns import compiled

if TYPE_CHECKING:
    from .gates import Decision

_WORD = r"[A-Z][\w.&+-]*"
_OWNER = rf"{_WORD}(?:\s+{_WORD})*"
# a product named after its owner's possessive: capitalised words or words with a digit ('Veo 2', 'GPT-4o', 'TTS-1 HD')
_PRODUCT_WORD = r"(?:[A-Z][\w.+-]*|[a-z]*\d[\w.+-]*)"
_OWNED = re.compile(rf"(?<![\w'’])({_OWNER})['’]s\s+({_PRODUCT_WORD}(?:\s+{_PRODUCT_WORD})*)")
# a table row's column of whose a product is, and its column naming the product (any cell later in the row)
_OWNER_COLUMN = r"(?:company(?: name)?|developer|vendor|provider|maker|owner|organi[sz]ation)"
_PRODUCT_COLUMN = r"(?:model|product|tool|app|application|platform)(?: name)?"
_NOT_OWNERS = {"AI", "The", "This", "Its", "Their", "What", "Which", "How", "Why", "When", "Where", "Who"}


def owned_products(text: str) -> list[tuple[str, str]]:
    """(owner, product) for each 'Owner's Product' of `text` ('Baidu's Comate AI IDE' -> ('Baidu',
    'Comate AI IDE')); a product needs a letter (a year after a possessive, 'MiniMax's 2024 revenue',
    is no product)."""
    out = []
    for m in _OWNED.finditer(text):
        owner, product = m.group(1), m.group(2)
        if m.start() == 0 or owner.split()[0] in _NOT_OWNERS:
            owner = owner.split()[-1]  # 'Put Zhipu's Veo 2': the first word of a sentence is capitalised anyway
        if owner in _NOT_OWNERS or not re.search(r"[A-Za-z]", product):
            continue
        out.append((owner, product))
    return out


def _first_words(product: str) -> str:
    """The product's name without generic trailing words ('Comate AI IDE' is found as 'Comate')."""
    words = product.split()
    kept = [words[0]]
    for w in words[1:]:
        if w.isupper() and len(w) <= 3 and not any(c.isdigit() for c in w):
            break  # 'AI', 'IDE': a kind, not the name
        kept.append(w)
    return " ".join(kept)


def given_owner(text: str, product: str) -> str | None:
    """The owner `text` gives `product` to: the possessive right before it ('Alibaba's Tongyi
    Lingma', quotes allowed) or a table row's owner column ('Company name: Google; Model: Veo 2',
    'Developer: Google; Type: video; Product: Veo 2')."""
    name = re.escape(_first_words(product))
    m = compiled(rf"({_OWNER})['’]s\s+[\"“']?(?i:{name})(?![\w-])").search(text)
    if m:
        return m.group(1).split()[-1] if m.group(1).split()[0] in _NOT_OWNERS else m.group(1)
    # the cells between are of the same row: neither another owner nor another product ('...; Model: Veo 2;
    # Company: OpenAI; Model: Sora' gives Sora to OpenAI)
    m = compiled(rf"(?<![\w-]){_OWNER_COLUMN}:\s*([^;\n]+?);(?:(?!\s*(?:{_OWNER_COLUMN}|{_PRODUCT_COLUMN}):)\s*[^;:\n]+:[^;:\n]*;)*?"
                  rf"\s*{_PRODUCT_COLUMN}:\s*{name}(?![\w-])", re.I).search(text)
    return m.group(1).strip() if m else None


def _same(a: str, b: str) -> bool:
    """Whether two owner names are the same owner ('MiniMax' and 'Minimax', 'JD' and 'JD.com')."""
    return mentions(a.lower(), b) or mentions(b.lower(), a)


def product_owner(d: Decision) -> str | None:
    """A product the question gives to an owner ('Mistral's Whisper') is not answered by a sentence
    or row that gives the same product to another owner ('OpenAI's Whisper ... 1.6 billion
    parameters'): the reports give the other owner's. One-letter company names ('X') are too short
    to tell owners apart and say nothing."""
    places = {f.lower() for e in d.slots.entities if e.place for f in e.forms}
    given = other_owner(d.slots.text, places, d.best.text)
    return f"the reports give {given[0]} as {given[1]}'s, not {given[2]}'s" if given else None


def other_owner(question: str, places: set[str], text: str) -> tuple[str, str, str] | None:
    """(product, other owner, owner asked) for the first product `question` gives an owner that `text` gives
    another owner of two letters or more; None when none. A place (in `places`, lowered) is no owner."""
    for owner, product in owned_products(question):
        if owner.lower() in places:
            continue
        other = given_owner(text, product)
        if other is None or len(other) < 2 or other.lower() in places or _same(other, owner):
            continue
        return product, other, owner
    return None

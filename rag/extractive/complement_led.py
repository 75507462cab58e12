"""A question asking a 'non-X' figure ('revenue from non-online sales') is not answered by the row of X
('Online sales'): that row holds the complement of what is asked, so its figure is shown without bold."""

from __future__ import annotations

from collections.abc import Iterable

from .question_readings import non_asked, plainly_said

COMPLEMENT_WHY = "the question asks of 'non-{word}', and the row read holds '{word}' itself"


def computed_complement(answer) -> bool:
    """The answer computes the complement itself (the total less X): X's row is read as the part set aside."""
    return bool(answer.derivation and str(answer.derivation.get("op", "")).startswith("complement"))


def complement_led(question: str, quotes: Iterable[str], computed: bool = False) -> str | None:
    """Why a lead read from a row labelled with X answers no question asking 'non-X', or None."""
    if computed:
        return None
    for word in non_asked(question):  # 'the ratio of current to non-current deferred revenue': X asked too, none
        plain = plainly_said(word)
        for quote in quotes:
            label = quote.split(" — ", 1)[0].lower()
            if plain.search(label):
                return COMPLEMENT_WHY.format(word=word)
    return None

"""How a figure the report hedges leads: an amount or a share keeps its hedge ('approximately 30.6%'), since the
report states no more than that; a period leads bare."""

from __future__ import annotations

from ingest.figures import Figure

_HEDGES = frozenset(("approximately", "about", "around"))


def hedged_display(figure: Figure) -> str:
    """An amount or a share the report hedges leads with its hedge ('approximately 30.6%', 'approximately
    USD500 million'): the report states no more than that. A period ('approximately 2.5 years') leads bare: a
    remaining term is an estimate by its nature, and its hedge adds nothing to it."""
    hedged = (figure.qualifier or "").lower() in _HEDGES and figure.unit in ("percent", "money")
    return f"{figure.qualifier.lower()} {figure.display}" if hedged else figure.display

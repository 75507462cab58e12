"""Figures written in different scales ('USD 615.7 billion' in 2024, 'over USD 2.6 trillion' by 2030)
taken into one computation: each at the smallest scale written, and the derivation written with each
figure's own scale word ('2.6 trillion / 615.7 billion = 4.22x'), which the figure checker re-computes
at full size (rag.compute.recompute)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ingest.figures import NUMBER, Figure

from .. import compute
from .derivation import formula_of
from .slots import SCALE_WORD



def _scale(f: Figure) -> str | None:
    m = SCALE_WORD.search(f.text)
    return m.group(1).lower() if m else None


def in_one_scale(figures: list[Figure], labels: list[str], citation: int) -> list[compute.Operand] | None:
    """The figures as operands in the smallest scale any is written in ('2.6 trillion' is 2,600 billion);
    None when one is scaled and another not, or a figure cannot be read."""
    scales = [_scale(f) for f in figures]
    if len(set(scales)) > 1 and None in scales:
        return None  # '1,800' beside '2.6 trillion': no one scale to compute in
    factors = [compute.scale_factor(f"1 {s}") if s else Decimal(1) for s in scales]
    smallest = min(factors)
    out = []
    for f, label, factor in zip(figures, labels, factors):
        try:
            o = compute.Operand.of(SCALE_WORD.sub("", f.text).strip(), label=label, citation=citation,
                                   unit="%" if f.unit == "percent" else None)
        except compute.ComputeError:
            return None
        if factor != smallest:
            value = (o.value * factor / smallest).normalize()
            value = value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value
            o = replace(o, value=value, places=max(0, -value.as_tuple().exponent), grouped=o.grouped or value >= 1000)
        out.append(o)
    return out


def written_scales(c: compute.Computed, figures: list[Figure], scale: str | None = None) -> tuple[compute.Computed, dict]:
    """The result and its derivation JSON; when the figures' scales differ, each operand written with its
    own scale word (as the passage writes it) in both, so the checker reads figures the passage holds,
    and a result in the figures' unit (a change, a total) written in `scale`, the smaller."""
    d = c.as_dict()
    scales = [_scale(f) for f in figures]
    if len(set(scales)) < 2:
        return c, d
    written = []
    for f, s in zip(figures, scales):
        m = NUMBER.search(SCALE_WORD.sub("", f.text))
        if m is None:
            return c, d
        written.append(f"{m.group(0)} {s}")
    result = f"{c.text} {scale}" if scale and c.op in ("change", "sum", "average") else c.text
    derivation = f"{formula_of(c.op, written, c.years)} = {result}"
    for o, w in zip(d["operands"], written):
        o["value"] = w
    d["derivation"], d["scale"], d["result"] = derivation, None, result
    return replace(c, derivation=derivation, scale=None), d

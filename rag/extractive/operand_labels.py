"""Operands of one row whose columns end in the same label ('2019' for the columns 'July 7 › 2019' and
'September 29 › 2019') are labelled by the column's last two levels (the heading above the label), so the derivation
tells them apart ('July 7, 2019', not 'High (2019)' twice)."""

from __future__ import annotations

from dataclasses import replace

from ingest.tables import SEP, Cell

from .. import compute


def distinct_labels(cells: list[Cell], operands: list[compute.Operand]) -> list[compute.Operand]:
    """`operands` (of `cells`, in order) with each repeated label written with the column level above it."""
    labels = [o.label for o in operands]
    if len(set(labels)) == len(labels):
        return operands
    paths = [c.column.split(SEP) for c in cells]
    return [replace(o, label=", ".join(p[-2:])) if labels.count(o.label) > 1 else o for o, p in zip(operands, paths)]

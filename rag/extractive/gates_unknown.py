"""A name the reports never write: the question names a company, product or model ('Kimi K2') none
of whose words any indexed passage holds, so no passage speaks of it. gates.py lists the gate."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from ..acronym_table import defined_forms, snapshot_table

from .question_names import Entity

if TYPE_CHECKING:
    from .gates import Decision

# an acronym of letters only ('ICBC', 'AA') may stand for a name the reports spell out
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def known(entity: Entity, vocab: Mapping[str, int], table: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether the index holds a word of any of the entity's forms (an acronym counts as known), or the
    reports define it (`table`: 'LLMs', 'maas' as the reports' 'LLM', 'MaaS')."""
    if _ACRONYM.fullmatch(entity.name) or defined_forms(table or {}, entity.name):
        return True
    return any(not toks or any(t in vocab for t in toks) for toks in (tokenize(f) for f in entity.forms))


def name_unknown(d: Decision) -> str | None:
    """The question names something (no place) whose words appear in no indexed passage."""
    vocab, table = d.ctx.snapshot.keyword.vocab, snapshot_table(d.ctx.snapshot)
    for e in d.slots.entities:
        if not e.place and not known(e, vocab, table):
            return f"the reports never mention {e.name}"
    return None

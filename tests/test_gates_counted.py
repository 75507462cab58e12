"""gates_counted.item_row_counted: a row that is one of the things counted gives no count of them (no embedding model)."""

from __future__ import annotations

from types import SimpleNamespace

from rag.extractive.gates_counted import item_row_counted, label_head
from rag.extractive.slots import parse


def test_a_label_head_noun_is_its_last_word_before_years_and_marks():
    assert label_head("EUR 1,000 million bond 2018/2028") == "bond"
    assert label_head("Gas distribution segment (1)") == "segment"
    assert label_head("Number of stores") == "stores"


def _decision(question: str, best: str, lines: list[str]):
    chunk = SimpleNamespace(text="\n".join(lines))
    ctx = SimpleNamespace(passages=[SimpleNamespace(chunk=chunk)])
    ev = SimpleNamespace(row=True, text=best, passage_index=0)
    return SimpleNamespace(ctx=ctx, slots=parse(question), best=ev, figures=[object()])


def test_a_figure_of_a_table_of_the_things_counted_is_no_count():
    lines = ["EUR 500 million bond 2015/2021 — 2020: 500; 2019: 500", "EUR 750 million bond 2016/2024 — 2020: 750",
             "Total bonds — 2020: 1,250; 2019: 1,250"]
    q = "How many bonds were outstanding at the end of 2019?"
    assert item_row_counted(_decision(q, lines[0], lines)) is not None
    assert item_row_counted(_decision(q, lines[2], lines)) is not None  # a total sums their amounts
    stores = ["Number of stores — 2020: 120; 2019: 110", "Stores opened — 2020: 12"]
    assert item_row_counted(_decision("How many stores were open in 2020?", stores[0], stores)) is None

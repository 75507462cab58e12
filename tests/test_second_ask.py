"""Two things asked by joined asking words ('since when and for how many developers'): the next sentence of
the lead's passage counting the thing asked is quoted with the lead. Smallest inputs, no model."""

from rag.extractive.second_ask import counted_second, with_second
from rag.types import Answer, Citation
from tests.test_extractive import evidence

TEXT = ("Since the second half of 2024, AI coding grew fast, fueled by Model M. "
        "Its capabilities have powered over 30 million developers worldwide. Notable products include Cursor.")


def _lead(q: str, text: str = TEXT):
    ctx, slots, ev = evidence(q, text)
    best = ev[0] if ev[0].sentence_index == 0 else next(e for e in ev if e.sentence_index == 0)
    a = Answer(question=q, answer=f"{best.text} [1]", figure=None, abstained=False,
               citations=[Citation.from_passage(1, ctx.passages[0], quote=best.text)], backend="x")
    return ctx, a, best, ev


def test_the_count_asked_second_is_read_off_the_next_sentence():
    assert counted_second("Since when and for how many developers has Model M powered AI coding?") == "developers"
    assert counted_second("When did Model M launch?") is None
    ctx, a, best, ev = _lead("Since when and for how many developers has Model M powered AI coding?")
    got = with_second(ctx, a, best, ev)
    assert got is not None and got.answer.endswith("over 30 million developers worldwide. [1]")


def test_nothing_added_when_the_next_sentence_counts_something_else():
    text = TEXT.replace("developers worldwide", "lines of code")
    ctx, a, best, ev = _lead("Since when and for how many developers has Model M powered AI coding?", text)
    assert with_second(ctx, a, best, ev) is None

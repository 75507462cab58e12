"""Two lists asked in one question ('the top concerns ..., and the secondary ones'): the neighbouring sentence
giving the part the lead does not is quoted with it. Smallest inputs, no model."""

from rag.extractive.other_ones import other_kind, with_other_part
from rag.types import Answer, Citation
from tests.test_extractive import evidence

Q = "What are the top concerns of buyers of cloud services, and the secondary ones?"
TEXT = ("Price and uptime are the top concerns of buyers of cloud services. "
        "Secondary considerations include support and compliance. The market grew in 2024.")


def _lead(q: str, text: str, index: int):
    ctx, slots, ev = evidence(q, text)
    best = next(e for e in ev if e.sentence_index == index)
    a = Answer(question=q, answer=f"**{best.text}** [1]", figure=None, abstained=False,
               citations=[Citation.from_passage(1, ctx.passages[0], quote=best.text)], backend="x")
    return ctx, a, best, ev


def test_the_kind_of_the_second_list_is_read():
    assert other_kind(Q) == "secondary"
    assert other_kind("What are the top concerns of buyers?") is None


def test_the_other_part_is_quoted_from_the_neighbour():
    ctx, a, best, ev = _lead(Q, TEXT, 1)
    got = with_other_part(ctx, a, best, ev)
    assert got is not None and got.answer.endswith("the top concerns of buyers of cloud services. [1]")


def test_nothing_added_when_no_neighbour_gives_the_other_part():
    text = TEXT.replace("Price and uptime are the top concerns of buyers of cloud services.", "Secondary ones vary.")
    ctx, a, best, ev = _lead(Q, text, 1)
    assert with_other_part(ctx, a, best, ev) is None

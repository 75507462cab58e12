"""A sentence ending in a colon announces the items after it: an explanation or list quoting it quotes
them too, and the answer cites each passage it quotes once, whatever was cut to fit."""

from rag.extractive.announced import introduced_items
from rag.extractive.compose import compose
from tests.test_extractive import evidence

TEXT = ("The cartoon is funny because it joins two ideas:\n- Anthropomorphism: the squirrel acts like a person.\n"
        "- Role reversal: it takes photos instead of gathering nuts.\nTogether these make it absurd.")


def _best(ev, start: str):
    return next(e for e in ev if e.text.startswith(start))


def test_the_items_after_a_colon_follow_the_sentence_announcing_them():
    ctx, slots, ev = evidence("Why is the cartoon funny?", TEXT)
    items = introduced_items(ev, _best(ev, "The cartoon"))
    assert [e.text.split(":")[0] for e in items] == ["- Anthropomorphism", "- Role reversal"]
    assert introduced_items(ev, _best(ev, "Together")) == []  # no colon, nothing announced


def test_an_explanation_quotes_the_announced_items_under_one_citation():
    ctx, slots, ev = evidence("Why is the cartoon funny?", TEXT)
    answer = compose(ctx, slots, ev, _best(ev, "The cartoon"), [], 1.0, "extractive", 600)
    assert "Anthropomorphism" in answer.answer and "Role reversal" in answer.answer
    assert [c.n for c in answer.citations] == [1]

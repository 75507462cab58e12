"""'place'/'position' as a verb with an object asks no rank (placed_verb.py)."""

from rag.extractive.placed_verb import without_placing
from rag.extractive.slots import parse


def test_verb_with_object_is_no_rank():
    q = "Where does Frost place China's three AI hubs?"
    assert without_placing(q) == "Where does Frost put China's three AI hubs?"
    assert "rank" not in parse(q).units
    assert parse(q).asks == "place"


def test_intransitive_place_still_asks_rank():
    for q in ("Where does Kling place in the video ranking?", "Where did Acme place?", "What place does Acme hold?",
              "Where does Acme place first?"):
        assert without_placing(q) == q
        assert "rank" in parse(q).units


def test_rewrite_keeps_the_rest():
    assert without_placing("How does CIC position its models?") == "How does CIC put its models?"

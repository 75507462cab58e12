"""A question naming two sides asked of each ('how does X contrast A with B') reaches the side readings whatever its shape."""

from rag.extractive.question_names import entities_of
from rag.extractive.side_subject import named_pair
from rag.extractive.slots import parse


def test_a_contrast_of_two_named_sides_read_as_an_explanation_still_has_its_pair():
    q = "How does Frost contrast the US AI enterprise cluster with China's path?"
    slots = parse(q)
    assert slots.shape != "comparison" and not slots.units
    assert named_pair(q, slots.entities) is not None

from rag.extractive.measures import opposite_qualifiers
from rag.extractive.slots import parse


def test_a_population_counted_by_registration_is_not_the_resident_one():
    assert "registered" in parse("What was the urbanization rate of China's registered (hukou) population?").qualifiers
    assert "permanent" in parse("What was the urbanization rate of the permanent population?").qualifiers
    assert "registered" not in parse("How many registered users does the app have?").qualifiers
    text = "its urbanization rate of permanent population standing at 67.0% in 2024"
    assert "permanent" in opposite_qualifiers("registered", text)
    assert "registered" in opposite_qualifiers("permanent", text)

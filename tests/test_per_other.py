"""per_other: a rate asked per one thing is not led in bold by a figure stated per another."""

from rag.extractive.per_other import per_other_led


def test_a_rate_per_another_thing_is_doubted():
    said = "**62.40** (2019). Total revenue per seat (€) — FY2019: 62.40; FY2018: 60.85"
    assert per_other_led("What was ancillary revenue per passenger in FY2019?", said)


def test_the_same_thing_or_no_per_passes():
    assert per_other_led("What was earnings per share?", "**2.41**. Net income per diluted share — 2020: 2.41") is None
    assert per_other_led("What was revenue per passenger?", "**28.57** revenue per passenger") is None
    assert per_other_led("What was revenue per passenger?", "**6,842** Passenger revenue — 2019: 6,842") is None
    assert per_other_led("What was the growth per cent?", "**5** per seat") is None


def test_one_person_however_written_is_one_rate():
    said = "**RMB 34.5 thousand** (2024). Per capita consumption of urban residents reached RMB 34.5 thousand"
    assert per_other_led("What did urban residents spend per head in 2024?", said) is None
    assert per_other_led("What was spending per person?", "**12** spending per capita") is None
    assert per_other_led("What was spending per person?", "**12** spending per household")

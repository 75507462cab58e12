"""One sentence writing both ends of a change: the later figure and the earlier."""

from rag.extractive.prose_change import _ASKED, _NOUN_ASKED, change_pair


def _pair(text):
    p = change_pair(text)
    return p and (p[0].text, p[1].text)


def test_to_a_from_b_is_later_then_earlier():
    assert _pair("The share rose to 66.3% from about 63.6% in the previous quarter.") == ("66.3%", "about 63.6%")


def test_down_from_and_from_to():
    assert _pair("Developers raised USD 4.6 billion, although this was down from USD 6.8 billion in Q1.") == \
        ("USD 4.6 billion", "USD 6.8 billion")
    assert _pair("Revenue grew from $5.0 million in 2023 to $6.0 million.") == ("$6.0 million", "$5.0 million")


def test_two_amounts_of_two_things_are_no_change():
    assert _pair("Revenue was $5 million and costs were $3 million.") is None
    assert _pair("Sales rose to $5 million from 40%.") is None  # two units: no one thing


def test_a_change_asked_by_how_much():
    m = _ASKED.search("By how many percentage points did Halvard's share rise from the previous quarter?")
    assert m and m.group("dir") == "rise" and "percentage" in m.group("how")
    assert not _ASKED.search("What was revenue in 2024?")


def test_every_bold_of_the_composed_lead_gives_way():
    from rag.extractive.prose_change import _LEADS
    assert _LEADS.sub("", "**63.6%**, **60%**. Halvard's share rose.") == "Halvard's share rose."
    assert _LEADS.sub("", "**USD 6.8 billion** (2025), **USD 6.8 billion** (2025). Text.") == "Text."


def test_unit_words_or_a_clause_may_follow_the_later_figure():
    assert _pair("Sublease space fell to 3.1 million sq ft, down from a peak of 5.8 million sq ft in Q2 2023.") == \
        ("3.1 million", "5.8 million")
    assert _pair("Overall, 39% of adults said they used it in the previous 12 months, up from 34% in 2023.") == \
        ("39%", "34%")


def test_the_frame_takes_any_inflection_and_a_percentage():
    m = _ASKED.search("By how much has sublease availability fallen from its Q2 2023 peak?")
    assert m and m.group("dir") == "fallen" and m.group("s") == "sublease availability"
    m = _ASKED.search("By how much did Kanto Bank narrow its net loss from 2023 to 2024?")
    assert m and m.group("dir") == "narrow"
    m = _ASKED.search("By what percentage did the urea price fall between 2022 and 2024?")
    assert m and m.group("pct") and m.group("dir") == "fall"


def test_a_percentage_between_up_and_from_and_a_period_after_the_later_figure():
    assert _pair("Box office reached US$1,444.3 million, up 9.6% from US$1,317.8 million in 2023.") == \
        ("US$1,444.3 million", "US$1,317.8 million")
    assert _pair("Royalties rose to ZMK 14.6 billion in 2024 from ZMK 12.9 billion.") == ("14.6 billion", "12.9 billion")
    assert _pair("Net interest income rose to ZMK 14.6bn from 12.9bn.") == ("14.6bn", "12.9bn")


def test_the_change_asked_as_a_noun():
    m = _NOUN_ASKED.search("What was the change in the leverage ratio from end-Q3 24 to end-Q4 24?")
    assert m and m.group("s") == "leverage ratio" and m.group("pct") is None
    m = _NOUN_ASKED.search("What was the percentage increase in mineral royalties collected in 2024?")
    assert m and m.group("pct") and m.group("s") == "mineral royalties collected"


def test_the_earlier_period_in_brackets_after_the_later_figure():
    assert _pair("Exports amounted to 1,045 thousand tonnes in 2023 (2022: 780 thousand tonnes).") == \
        ("1,045 thousand", "780 thousand")
    assert _pair("Recurring EBITDA was €402.7 million (2022: €351.9 million).") == ("€402.7 million", "€351.9 million")
    assert _pair("Revenue was $5 million (2022: 40%).") is None


def test_a_move_by_its_worth_or_a_transitive_verb_and_how_many_bare():
    m = _ASKED.search("By how many percentage points did US employee turnover improve?")
    assert m and m.group("dir") == "improve" and "point" in m.group("how")
    m = _ASKED.search("By how many did the group reduce its authorised wholesale doors?")
    assert m and m.group("dir") == "reduce" and m.group("how") == "many"
    assert _pair("Employee turnover in the US improved to 61% from 68% a year earlier.") == ("61%", "68%")
    assert _pair("The group reduced the number of doors from 1,940 to 1,615 and opened 12 boutiques.") == ("1,615", "1,940")
    assert not _ASKED.search("By how many basis points did the margin rise?")


def test_a_participle_in_the_subject_is_no_move():
    m = _ASKED.search("By how much did funding raised by foundation model developers decline from Q1 2025 to Q2 2025?")
    assert m and m.group("dir") == "decline" and m.group("s") == "funding raised by foundation model developers"

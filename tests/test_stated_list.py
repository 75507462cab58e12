"""A list stated after a subject naming the kind asked: its items, to the end of their clause."""

from rag.extractive.stated_list import stated_list


def test_list_after_are_runs_to_the_clause_end():
    s = "Demand drivers are A rising, B falling and C steady; risks include D and E."
    assert stated_list("What demand drivers does the report identify?", s) == "A rising, B falling and C steady"


def test_list_after_include_stops_at_while():
    s = "Restraints include long lead times, low use and fragmented payment, while drivers include X and Y."
    assert stated_list("What restraints does the report cite?", s) == "long lead times, low use and fragmented payment"


def test_namely_list_stops_at_which():
    s = "Upstream are the core components, namely gears, screws and motors, which make up 70% of cost."
    assert stated_list("Which core components sit upstream?", s) == "gears, screws and motors"


def test_sibling_modifier_lists_another_kind():
    s = "Upside risks include A and B; downside risks include C and D."
    assert stated_list("Which downside risks does the report list?", s) == "C and D"


def test_apposition_of_names():
    s = "Two providers, Northwind AI and Halcyon Labs, now sell both a flagship and an efficient model."
    assert stated_list("Which providers sell both a flagship and an efficient model?", s) == "Northwind AI and Halcyon Labs"


def test_no_list_of_the_kind_asked():
    assert stated_list("What mitigants does the report mention?", "Revenue rose 5%, 6% and 7%.") is None
    assert stated_list("What was revenue in 2024?", "Drivers are A and B.") is None


def test_auxiliary_or_bracketed_colon_introduces_no_list():
    assert stated_list("What were new leases mainly entered into for?",
                       "New leases of £211m were entered into, mainly for network sites and retail stores.") is None
    assert stated_list("What was the adjustments to the prior period in 2017/18?", "The adjustments to prior periods "
                       "of £1.7m (2017/18: £(8.1m)) relate mainly to prior losses and capital allowances.") is None


def test_list_ends_at_an_aside_and_a_description_is_no_list():
    s = "Leading chatbot players include ChatGPT and DeepSeek R1, with X and Y driving agents."
    assert stated_list("Which chatbot players lead the segment?", s) == "ChatGPT and DeepSeek R1"
    s = "The use cases are highly diverse, spanning role-play, companionship, and Q&A."
    assert stated_list("What use cases does the segment span?", s) is None
    s = "Cloud service providers such as Microsoft, Amazon, and Alibaba also provide models."
    assert stated_list("Which cloud service providers also offer models?", s) is None

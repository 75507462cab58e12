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


def test_subject_list_ends_at_the_predicate_asked():
    s = ("Funding should recover, but Ironbark warns that slow industrialisation, high cost per part compared with "
         "machining and casting, and a backlog of listed peers will continue to restrain valuations.")
    assert stated_list("What factors does the report expect to continue restraining valuations?", s) == \
        "slow industrialisation, high cost per part compared with machining and casting, and a backlog of listed peers"
    assert stated_list("Which provinces together added more than one-third of new capacity?",
                       "Xinjiang and Inner Mongolia together added more than one-third of new capacity, and both "
                       "favour long-duration projects.") == "Xinjiang and Inner Mongolia"


def test_subject_list_before_a_copula_and_the_kind():
    s = "Capacity constraints in cells, delays in licences and competition for spectrum are the main restraints."
    assert stated_list("What are the main restraints on growth?", s) == \
        "Capacity constraints in cells, delays in licences and competition for spectrum"
    assert stated_list("According to the report, what supports the upper end of the outlook?",
                       "Lower rates, a pipeline of plants and active venture arms support the upper end; restraints "
                       "include X and Y.") == "Lower rates, a pipeline of plants and active venture arms"


def test_subject_list_after_including_in_the_subject():
    s = "Extreme weather, including early frosts, heavy rainfall and drought in the south, reduced yields."
    assert stated_list("Which extreme weather events reduced yields in 2024?", s) == \
        "early frosts, heavy rainfall and drought in the south"


def test_no_subject_list_without_a_predicate_or_of_clauses():
    assert stated_list("What were the reasons for the improvement in the loss and LAE ratio?",
                       "The loss and LAE ratio improved 4.8 points.") is None
    assert stated_list("What were the brokered deposits included in time deposits at December 31, 2020 and 2019?",
                       "Time deposits included brokered deposits of $45.0 million and $98.5 million at December 31, "
                       "2020 and 2019, respectively.") is None
    assert stated_list("Which programmes were advanced into Phase 3?",
                       "Research and development expenses were €286.4 million, reflecting Phase 3 trials.") is None

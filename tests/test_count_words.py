"""count_words.enumeration_count: 'how many X' answered by the items a sentence lists right after naming X."""

from __future__ import annotations

from rag.extractive.count_words import enumeration_count


def test_the_items_listed_after_the_noun_counted():
    assert enumeration_count("How many manufacturing sites does the Company operate?",
                             "The Company operates manufacturing sites in Monterrey, Mexico; Brno, Czech Republic; "
                             "Penang, Malaysia; and Greenville, South Carolina.") == 4
    assert enumeration_count("How many principal subsidiaries does the Company have?",
                             "Our principal subsidiaries are Alder Components Ltd, Alder Precision GmbH, Alder Asia Pte. "
                             "Ltd., Alder Tooling S.A. de C.V. and Alder Finance B.V.") == 5
    assert enumeration_count("How many key risks did the Board identify?", "Key risks identified by the Board include "
                             "supply chain disruption, currency volatility and cyber security.") == 3


def test_the_list_ends_at_its_last_conjunction_and_brackets_are_asides():
    assert enumeration_count("How many hubs does the airline operate?", "The airline operates hubs in Denver, Chicago, "
                             "Houston and Newark, and a maintenance base in Tulsa.") == 4
    assert enumeration_count("How many operating subsidiaries does the Group have?", "Its operating subsidiaries are "
                             "Vanto SAS (France), Vanto S.p.A. (Italy) and Vanto S.L. (Spain).") == 3


def test_no_count_from_a_list_cut_short_a_clause_or_figures():
    assert enumeration_count("How many subsidiaries does it have?", "Its subsidiaries are Vanto SAS, Vanto S.p.A.") is None
    assert enumeration_count("How many stores did it open?", "It opened stores in Texas and Ohio in 2019 and 2020.") is None
    assert enumeration_count("How many stores did it open?", "Stores opened increased as the company expanded.") is None

"""A serial-semicolon list ('A; B; and C') read as one enumeration, each item cut at its own aside."""

from rag.extractive.semicolon_list import semicolon_list


def test_colon_announced_items_cut_at_their_relative_clauses():
    s = ("Two policy drivers shape the outlook: the revised waste directive, which covers 40,000 sites; the packaging "
         "levy that took effect in 2025; and extended producer responsibility schemes.")
    assert semicolon_list("What are the policy drivers that shape the outlook?", s) == \
        "the revised waste directive; the packaging levy; and extended producer responsibility schemes"


def test_causes_after_due_to_with_an_aside_in_the_middle_item():
    s = "Margin fell 1.2 points due to higher freight rates; a weaker euro, which raised input costs; and one-off charges."
    assert semicolon_list("What were the reasons for the fall in margin?", s) == \
        "higher freight rates; a weaker euro; and one-off charges"


def test_a_bracketed_figure_is_no_part_of_an_item():
    s = "Clinics face challenges including staff shortages; rising drug prices (up 7% in 2024); and old buildings."
    assert semicolon_list("What challenges do clinics face?", s) == "staff shortages; rising drug prices; and old buildings"


def test_semicolons_between_clauses_make_no_list():
    s = "The Board monitored risks closely; it met six times; and it reported to shareholders."
    assert semicolon_list("What are the key risks?", s) is None


def test_a_question_asking_one_thing_reads_no_list():
    s = "Costs include fuel; labour; and rent."
    assert semicolon_list("What was revenue in 2024?", s) is None

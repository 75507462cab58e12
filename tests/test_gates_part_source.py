"""gates_part_source: a part asked by the owner it came from is not given by a sentence that never
names that owner."""

from rag.extractive.gates_part_source import owner_unnamed, owner_words

ASKED = "What fraction of the 451 filed services came from state-owned enterprises?"


def test_the_owner_after_came_from_is_read():
    assert owner_words(ASKED) == ["state-owned", "enterprises"]
    assert owner_words("What share of financing in 2024 came from billion-scale deals in 2024?") == ["billion-scale", "deals"]


def test_no_part_or_an_owner_asked_reads_nothing():
    assert owner_words("Why do leading products come from companies with strong R&D?") == []
    assert owner_words("What share of output came from which lab?") == []
    assert owner_words("What share of models came from China alone?") == []  # names are the name gates' slot


def test_a_lead_without_the_owner_refuses():
    lead = "Over 80% were vertical customized solutions, while only 19% were general-purpose models."
    assert owner_unnamed(ASKED, lead) == "the evidence does not say what came from state-owned enterprises"


def test_a_lead_naming_the_owner_answers():
    assert owner_unnamed(ASKED, "State-owned enterprises filed 12% of the services.") is None


def test_a_verb_of_change_ends_the_owner():
    # 'moved from 2022 to 2024' asks how the part moved; the verb is not part of who it came from
    moved = "How has the share of new foundation models coming from China and the U.S. moved from 2022 to 2024?"
    assert owner_words(moved) == []
    assert owner_words("What share of deals came from state-owned funds rising since 2020?") == ["state-owned", "funds"]
    assert owner_words("What share of revenue came from risk management services?") == ["risk", "management", "services"]

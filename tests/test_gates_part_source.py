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


def test_the_part_is_read_in_the_general_grammar_of_a_part_of_a_whole():
    from rag.extractive.gates_part_source import part_words
    assert part_words("What share of AIGC financing went to video generation in 2024?") == ["video", "generation"]
    assert part_words("How many of the incidents involved data privacy leaks?") == ["data", "privacy", "leaks"]
    assert part_words("What percentage of revenue was spent on research and development?") == ["research", "development"]
    assert part_words("What share of deals did early-stage rounds account for?") == ["early-stage", "rounds"]
    # the part first: its words the whole shares are dropped, a capital of the question's start read as a word
    assert part_words("Audio models made up what share of the generative AI models filed?") == ["audio"]
    # a name as the part, or no part asked: the name gates' slot
    assert part_words("What share of 2024 model-based revenues did OpenAI hold?") == []
    assert part_words("How much did the company spend on marketing?") == []


def test_a_lead_without_the_part_refuses_and_one_naming_it_answers():
    lead = "Of the 309 models filed, language/vision/multimodal models accounted for 78%, 12%, and 10%."
    assert owner_unnamed("Audio models made up what share of the models filed?", lead) \
        == "the evidence gives no figure for the part asked (audio)"
    assert owner_unnamed("Vision models made up what share of the models filed?", lead) is None


def test_a_named_or_negated_part_reads_nothing():
    from rag.extractive.gates_part_source import part_words
    assert part_words("What share of total AI financing did the AIGC segment capture in 2024?") == []
    assert part_words("What share of financing did not go to the application layer?") == []


def test_a_part_picked_by_its_place_in_a_ranking_reads_nothing():
    from rag.extractive.gates_part_source import part_words
    assert part_words("What combined share of revenues did the two largest companies hold?") == []
    assert part_words("What share of revenues do the companies ranked 11th to 15th hold?") == []

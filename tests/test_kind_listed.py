"""A best sentence naming the kind of items asked without items gives way to its passage's listing sentence."""


def _ev(passage: int, index: int, text: str, score: float):
    from rag.extractive.features import Evidence
    return Evidence(passage, index, text, [], set(), set(), False, True, {}, score)


def test_a_best_naming_the_kind_without_items_gives_way_to_its_passage_s_listing_sentence():
    from rag.extractive.enumeration import kind_listed
    intro = _ev(0, 0, "The productivity segment offers broad downstream use cases.", 0.56)
    other = _ev(1, 0, "Coding tools include A, B and C across many firms.", 0.45)
    listing = _ev(0, 2, "Top use cases include search, writing and coding.", 0.39)
    evidence = [intro, other, listing]
    got = kind_listed(evidence, intro, "Which use cases dominate the productivity segment?", lambda e: True, 0.6)
    assert got.text == listing.text and got.score == intro.score
    # a listing sentence in another passage, or one not naming the kind asked, is no answer to the introduction
    assert kind_listed([intro, other], intro, "Which use cases dominate it?", lambda e: True, 0.6) is None
    assert kind_listed(evidence, listing, "Which use cases dominate it?", lambda e: True, 0.6) is None


def test_an_ordered_list_asks_the_kind_its_plural_names():
    from rag.extractive.enumeration import kind_asked
    assert kind_asked("List the Chinese AI frameworks offered as alternatives.") == "framework"
    assert kind_asked("Name the key players in the audio segment.") == "player"


def test_a_best_listing_other_things_gives_way_to_a_listing_that_names_the_kind_asked():
    from rag.extractive.enumeration import kind_named
    models = _ev(0, 0, "Firms offer self-reliant alternatives, including Qwen3, V3 and M1.", 0.86)
    frameworks = _ev(1, 3, "Domestic frameworks like MindSpore and PaddlePaddle provide alternatives.", 0.71)
    question = "List the Chinese AI frameworks offered as self-reliant alternatives."
    assert kind_named([models, frameworks], models, question, lambda e: True, 0.8).text == frameworks.text
    assert kind_named([models, frameworks], models, question, lambda e: True, 0.9) is None  # too far behind
    assert kind_named([frameworks, models], frameworks, question, lambda e: True, 0.8) is None  # names the kind


def test_the_kind_named_right_before_the_items_listed():
    from rag.extractive.enumeration import names_kind_listed
    assert names_kind_listed("Domestic frameworks like MindSpore and PaddlePaddle lead.", "framework")
    assert names_kind_listed("Top use cases include search, writing and coding.", "case")
    assert not names_kind_listed("Sora, a video model, can generate text, image, or video.", "model")


def test_a_sentence_of_the_best_s_passage_naming_the_kind_before_its_items_is_the_list_however_far_down():
    from rag.extractive.enumeration import kind_in_passage
    best = _ev(1, 0, "End-cloud collaboration combines the strengths of both cloud and device.", 0.58)
    other = _ev(0, 0, "It delivers gains in efficiency and privacy.", 0.50)
    listing = _ev(1, 4, "Application scenarios include recommendation systems, voice assistants and smart terminals.", 0.39)
    elsewhere = _ev(0, 3, "Application scenarios include A, B and C.", 0.45)
    question = "What application scenarios of end-cloud collaboration does the white paper give?"
    got = kind_in_passage([best, other, listing], best, question, lambda e: True, 0.6)
    assert got.text == listing.text and got.score == best.score
    # too far behind the best, or in another passage, or the best already lists that kind
    assert kind_in_passage([best, other, listing], best, question, lambda e: True, 0.7) is None
    assert kind_in_passage([best, other, elsewhere], best, question, lambda e: True, 0.6) is None
    lists = _ev(1, 0, "Its scenarios span search, voice and terminals.", 0.58)
    assert kind_in_passage([lists, listing], lists, question, lambda e: True, 0.6) is None


def test_the_kind_asked_is_the_plural_before_the_question_s_verb():
    from rag.extractive.enumeration import kind_asked
    assert kind_asked("What services does China Insights Consultancy provide?") == "service"
    assert kind_asked("What application scenarios does it give?") == "scenario"


def test_a_clause_stating_a_list_of_the_kind_asked_is_the_list_however_long_its_items():
    from rag.extractive.enumeration import kind_in_passage, lists_kind
    question = "What restraints does the report identify?"
    heading = _ev(0, 0, "Drivers and restraints.", 0.56)
    stated = _ev(0, 3, "Restraints include power availability constraints at data-centre campuses and enterprise "
                       "efforts to optimise cloud bills.", 0.44)
    assert lists_kind(question, stated.text, "restraint")
    assert not lists_kind(question, heading.text, "restraint")  # names the kind, lists nothing
    got = kind_in_passage([heading, stated], heading, question, lambda e: True, 0.6)
    assert got.text == stated.text and got.score == heading.score
    # a best already stating the list of that kind is kept
    assert kind_in_passage([stated, heading], stated, question, lambda e: True, 0.6) is None
    # a clause stating a sibling kind ('Drivers include ...') lists no restraints
    drivers = _ev(0, 2, "Drivers include the migration of legacy enterprise workloads and sovereign data rules.", 0.44)
    assert kind_in_passage([heading, drivers], heading, question, lambda e: True, 0.6) is None

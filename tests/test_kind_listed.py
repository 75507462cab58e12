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

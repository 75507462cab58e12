"""Words naming a report's publisher pick the report to search and are no keywords."""

from rag.sources import named_sources, publisher_names, without_names

PUBS = [("cic", "China Insights Consultancy (CIC)"), ("fro", "Frost & Sullivan with LeadLeo Research Institute")]


def test_a_publisher_named_in_the_question_picks_its_reports():
    names = publisher_names(PUBS)
    said, docs = named_sources("Over how many years does CIC say the field evolved?", names)
    assert said == ["CIC"] and docs == {"cic"}
    assert "CIC" not in without_names("In CIC's view, what is it?", said)
    assert named_sources("Per Frost & Sullivan, how big is it?", names)[1] == {"fro"}


def test_ordinary_words_of_a_publisher_name_are_not_its_name():
    names = publisher_names(PUBS)
    assert named_sources("What does research by the institute in China say?", names) == ([], set())


def test_a_kind_of_document_the_question_names_picks_the_report_titled_so():
    from rag.sources import named_kinds, title_kinds, without_kinds
    kinds = title_kinds([("fro", "AI Empowerment Across Industries White Paper"), ("cic", "Industry Report on the Market")])
    said, docs = named_kinds("What does the white paper's chart show?", kinds)
    assert said == ["white paper"] and docs == {"fro"}
    assert "paper" not in without_kinds("What does the white paper's chart show?", said).lower()
    assert named_kinds("What does the chart show?", kinds) == ([], set())


def test_a_publisher_named_with_a_word_of_its_name_is_taken_out_whole():
    """'Frost & Sullivan' and 'Sullivan' both name the publisher: whichever order the names come in,
    the whole name goes (taking 'Sullivan' first left 'Frost &', a keyword, behind)."""
    said = named_sources("Per Frost & Sullivan, how big is it?", publisher_names(PUBS))[0]
    assert {"Frost & Sullivan", "Sullivan"} <= set(said)
    for order in (said, list(reversed(said))):
        assert "Frost" not in without_names("Per Frost & Sullivan, how big is it?", order)

"""A passage repeating an earlier one's text (a contents page reprinted before each chapter) takes no place
among the few best passages a list is looked for in."""

from rag.extractive.listing import listed_under_heading, same_text
from rag.extractive.slots import parse
from tests.test_extractive import evidence

TOC = "Table of Content\n- I. Overview of the Industry\n- II. Competitive Landscape of the Industry"
BARRIERS = ("Competitive barriers\nR&D capabilities of models\n- Performance gains come from the models more than "
            "from the products built on them, so leaders invest heavily.\nCommercialization capabilities\n"
            "- Strong commercialization turns research into products faster than rivals can manage to do it.")


def test_emphasis_marks_and_spacing_do_not_make_another_text():
    assert same_text("- II. Landscape**\n- III. Appendix") == same_text("- II.  Landscape\n- III. Appendix")
    assert same_text("- II. Landscape") != same_text("- III. Landscape")


def test_a_heading_listing_behind_reprints_of_one_page_is_read():
    q = "What are the competitive barriers in the industry?"
    ctx, _, ev = evidence(q, TOC, TOC.replace("Industry", "Industry**", 1), TOC + "**", TOC, BARRIERS)
    ev = sorted(ev, key=lambda e: e.passage_index)  # the reprints rank first
    listed = listed_under_heading(ctx, parse(q).terms, ev, lambda e: True, "extractive")
    assert listed is not None
    assert listed.answer.startswith("**R&D capabilities of models; Commercialization capabilities**")


def test_distinct_passages_still_count_to_the_depth():
    q = "What are the competitive barriers in the industry?"
    others = [TOC.replace("Overview", word) for word in ("Outlook", "Summary", "History")]
    ctx, _, ev = evidence(q, *others, BARRIERS)
    ev = sorted(ev, key=lambda e: e.passage_index)
    assert listed_under_heading(ctx, parse(q).terms, ev, lambda e: True, "extractive", row_depth=3) is None

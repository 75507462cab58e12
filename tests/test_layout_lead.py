"""A bold lead that points at where the page gives something ('Below this, an analysis is provided') is
doubted, unless the question asks what the page or a graphic shows. Smallest inputs, no model."""

from rag.extractive.layout_lead import layout_led

POINTER = "**Below this, a detailed analysis of the joke is provided, mentioning visual cues.** [1]"


def test_a_lead_pointing_at_the_page_is_doubted():
    assert layout_led("What visual cue about the camera adds to the joke?", POINTER) is not None


def test_a_lead_saying_something_or_a_question_about_the_layout_is_not():
    assert layout_led("What visual cue adds to the joke?", "**The oversized camera held by a tiny squirrel.** [1]") is None
    assert layout_led("What does the diagram show below the title?", POINTER) is None
    assert layout_led("What visual cue adds to the joke?", "Not certain: x") is None


def test_a_figure_asked_as_a_number_is_no_graphic():
    # 'what figure is given for X' asks a number; only a numbered figure ('Figure 3') names a graphic
    assert layout_led("What figure is given for the visual cue?", POINTER) is not None
    assert layout_led("What visual cue does Figure 3 point out?", POINTER) is None


def test_present_as_a_time_or_a_value_asks_no_layout():
    # 'the present value', 'at present': no verb of showing
    assert layout_led("What is the present value of the visual cue?", POINTER) is not None
    assert layout_led("What visual cue is used at present?", POINTER) is not None
    assert layout_led("What does the report present about the visual cue?", POINTER) is None

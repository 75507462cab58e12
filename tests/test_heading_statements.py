"""A slide states its list as a run of short unbulleted clause lines under a heading naming the plural asked."""

from rag.extractive.listing import heading_statements
from rag.extractive.slots import parse

LEAPS = ("1 Technological leaps\n- Each new generation of models widens the scope of what applications can do.\n"
         "GPT-3 enabled casual chatbots to reach fit\nGPT-3.5 brought chatbots to a usable level\n"
         "GPT-4 tapped into professional domains such as law\n- Technology is the strongest driver of the wave.")


def test_clause_lines_under_a_numbered_heading_are_its_items():
    got = heading_statements(LEAPS, parse("Which model generations are listed as technological leaps?").terms)
    assert got is not None and got[0] == "Technological leaps"
    assert [line.split()[0] for line in got[1]] == ["GPT-3", "GPT-3.5", "GPT-4"]


def test_a_heading_naming_no_plural_or_not_asked_or_too_few_lines_lists_nothing():
    singular = ("C end\nMembership subscription Pay as you go\nPay once Currently free\n"
                "Large models are oriented to users")
    assert heading_statements(singular, parse("What share of C end apps is left?").terms) is None
    assert heading_statements(LEAPS, parse("Which model generations drive costs?").terms) is None
    two = "\n".join(LEAPS.splitlines()[:4])
    assert heading_statements(two, parse("Which model generations are listed as technological leaps?").terms) is None


def test_a_heading_ending_in_a_singular_s_names_no_plural():
    # 'analysis', 'focus' end in -s but are singular: a run of lines under them is no list the heading names
    for head in ("1 Market analysis", "1 Market focus"):
        text = "\n".join([head, *LEAPS.splitlines()[1:]])
        assert heading_statements(text, parse(f"Which model generations are listed in the {head[2:].lower()}?").terms) is None

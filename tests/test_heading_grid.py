"""A grid of categories and items extracted as headings: the items are dealt to the empty sibling
headings before them, in order, an equal number each; anything else is left as it was."""

from __future__ import annotations

from ingest.loaders import split_by_headings


def _grid(categories: list[str], items: list[str], title: str | None = "Scenarios") -> str:
    head = ["# Homes and travel"] + ([f"## {title}"] if title else [])
    return "\n\n".join(head + [f"## {c}" for c in categories] + ["## Cases"]
                       + [f"### {item}\n\n- What {item.lower()} does for its users." for item in items])


def test_items_dealt_to_categories_in_order_under_the_grids_names():
    sections = split_by_headings(_grid(["Home", "Travel"], ["Lights", "Heating", "Routes", "Tickets"]))
    by = {s.heading: s.text for s in sections}
    assert by["Home"] == ("## Home\n\nHomes and travel\n\nScenarios\n\nCases\n\nHome: Lights; Heating\n\nLights\n\n- What lights does for its users.\n\n"
                          "Heating\n\n- What heating does for its users.")
    assert "Routes" in by["Travel"] and "Tickets" in by["Travel"] and "Lights" not in by["Travel"]
    assert "Lights" not in by and "Routes" not in by  # the items live in their category's section


def test_first_empty_heading_names_the_grid_only_when_the_rest_deal_evenly():
    # three empty headings before 'Cases' and six items: all three are categories (two each)
    sections = split_by_headings(_grid(["Home", "Travel"], ["A1", "A2", "B1", "B2", "C1", "C2"]))
    by = {s.heading: s.text for s in sections}
    assert "A1" in by["Scenarios"] and "B1" in by["Home"] and "C2" in by["Travel"]


def test_uneven_items_or_a_single_category_left_alone():
    uneven = split_by_headings(_grid(["Home", "Travel"], ["Lights", "Heating", "Routes"]))
    assert {s.heading for s in uneven} >= {"Lights", "Heating", "Routes"}
    single = split_by_headings(_grid(["Home"], ["Lights", "Heating"], title=None))
    assert {s.heading for s in single} >= {"Lights", "Heating"}

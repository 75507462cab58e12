"""A slide's grid read back as headings: extraction writes a table of categories and their items
as a run of empty sibling headings (the categories) followed by the items as deeper headings with
their text, so each item has lost its category. The items are dealt to the categories in order,
an equal number each, and each category becomes one section: the names the grid sits under (the
heading above it, the grid's own name, the items' column), which its cells alone would lose, its row
as one line ('Finance: Fraud detection; Credit scoring'), then each item with its text."""

from __future__ import annotations

import logging

from .clean import heading_of
from .types import Section

log = logging.getLogger(__name__)

MIN_CATEGORIES = 2


def _shape(section: Section) -> tuple[int, str, bool] | None:
    """(heading level, heading, has a body) of a section that starts with its heading line."""
    lines = section.text.split("\n")
    found = heading_of(lines[0]) if lines else None
    if not found:
        return None
    return found[0], found[1], any(l.strip() for l in lines[1:])


def _categories(run: list[str], items: int) -> tuple[list[str], list[str]] | None:
    """(categories, names over them) in a run of empty sibling headings: the categories are all but
    the last (the items' column, under which they nest), or also without the first (the grid's
    name), whichever deals out two or more items each evenly (one each is as likely a label and its value)."""
    for cats, names in ((run[:-1], run[-1:]), (run[1:-1], [run[0], run[-1]])):
        if len(cats) >= MIN_CATEGORIES and items >= 2 * len(cats) and items % len(cats) == 0:
            return cats, names
    return None


def _above(shapes: list, at: int) -> list[str]:
    """The nearest heading above section `at` at a shallower level (the slide or chapter it is on)."""
    level = shapes[at][0]
    return next(([s[1]] for s in reversed(shapes[:at]) if s and s[0] < level), [])


def _item_text(section: Section) -> str:
    """An item's section as a title line and its text (its heading marks dropped: a chunk keeps only
    its section's own heading)."""
    lines = section.text.split("\n")
    return "\n".join([heading_of(lines[0])[1], *lines[1:]]).strip("\n")


def group_grid_items(sections: list[Section]) -> list[Section]:
    """Sections with each grid's items gathered under their category, in order (see module doc)."""
    shapes = [_shape(s) for s in sections]
    out: list[Section] = []
    i = 0
    while i < len(sections):
        j = i
        while j < len(sections) and shapes[j] and not shapes[j][2] and shapes[j][0] == shapes[i][0]:
            j += 1  # sections[i:j]: a run of empty sibling headings
        k = j
        while k < len(sections) and shapes[k] and shapes[k][2] and shapes[k][0] == (shapes[j][0] if shapes[j] else -1):
            k += 1  # sections[j:k]: items at one level
        grid = _categories([shapes[n][1] for n in range(i, j)], k - j) if j - i >= 2 and k > j \
            and shapes[j][0] > shapes[i][0] else None
        if not grid:
            out.append(sections[i])
            i += 1
            continue
        cats, names = grid
        per = (k - j) // len(cats)
        out.extend(sections[i:j])
        level = shapes[i][0]
        for n, cat in enumerate(cats):
            items = sections[j + n * per:j + (n + 1) * per]
            row = f"{cat}: " + "; ".join(_shape(s)[1] for s in items)  # the grid's row, as one line
            body = "\n\n".join([*_above(shapes, i), *names, row, *(_item_text(s) for s in items)])
            out.append(Section(f"{'#' * level} {cat}\n\n{body}", items[0].page, cat))
        log.debug("grid of %d categories, %d items each, under %r", len(cats), per, shapes[i][1])
        i = k
    return out

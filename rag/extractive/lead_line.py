"""The lead of an answer: its figure(s) in bold with their year(s) ('**$12,548 and $12,643** (2019 and 2018).') and
the answer's figure field; the figures of several years, or of one listing, lead together. Split out of compose."""

from __future__ import annotations

from ingest.figures import Figure

from .lead_hedge import hedged_display
from .item_figures import item_figures
from .respective_named import one_list


def lead_text(figures: list[Figure], asked: tuple[int, ...] = ()) -> str:
    """'**USD 615.7 billion** (2024).' for the figure that answers; the figures of several years
    asked (one each, one unit) lead together, in the order asked: '**$12,548 and $12,643** (2019 and 2018).'"""
    if not figures:
        return ""
    if len(figures) > 1 and _together(figures, asked):
        figures = _in_order_asked(figures, asked)
        return f"**{lead_figure(figures, asked)}** (" + " and ".join(str(f.year) for f in figures) + ")."
    if len(figures) == 1:
        return f"**{hedged_display(figures[0])}**" + (f" ({figures[0].year})" if figures[0].year else "") + "."
    return ", ".join(f"**{f.display}**" + (f" ({f.year})" if f.year else "") for f in figures) + "."


def listed_lead(figures: list[Figure], asked: tuple[int, ...], text: str, question: str = "") -> list[Figure]:
    """The figures picked for several things asked at once, one list of the sentence `text` or each the own figure of
    one of two items the question joins (item_figures; not the years asked, `lead_text` joins those): every one
    leads, in the order picked; [] otherwise."""
    if len(figures) < 2 or _together(figures, asked):
        return []
    if not one_list(text, figures) and item_figures(text, figures, question) != list(figures):
        return []
    return list(figures)


def listed_text(figures: list[Figure]) -> str:
    """'**$1,462 million and $1,318 million** (2021).': the figures of a listed lead, their one year after them."""
    years = {f.year for f in figures}
    year = f" ({years.pop()})" if len(years) == 1 and None not in years else ""
    return "**" + " and ".join(hedged_display(f) for f in figures) + f"**{year}."


def _together(figures: list[Figure], asked: tuple[int, ...]) -> bool:
    years = [f.year for f in figures]
    return (len(asked) > 1 and all(years) and len(set(years)) == len(years) and set(years) <= set(asked)
            and len({f.unit for f in figures}) == 1)


def _in_order_asked(figures: list[Figure], asked: tuple[int, ...]) -> list[Figure]:
    """The figures of the years asked in the question's order ('in 2018 and 2019 respectively')."""
    return sorted(figures, key=lambda f: asked.index(f.year))


def lead_figure(figures: list[Figure], asked: tuple[int, ...] = ()) -> str | None:
    """The answer's figure field: the figure, or the figures of the years asked joined by 'and'."""
    if not figures:
        return None
    if len(figures) > 1 and _together(figures, asked):
        return " and ".join(f.display for f in _in_order_asked(figures, asked))
    return hedged_display(figures[0]) if len(figures) == 1 else figures[0].display

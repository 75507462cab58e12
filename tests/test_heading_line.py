"""A lead that only repeats its passage's heading says nothing: the sentence under it answers."""

from __future__ import annotations

from rag.extractive.heading_line import is_column_names, is_heading_line, past_heading
from tests.test_extractive import evidence

TEXT = "Home automation systems\n- Managing lighting, temperature, and appliances for energy efficiency."


def test_a_sentence_repeating_the_heading_gives_way_to_the_one_under_it():
    ctx, _, ev = evidence("What do home automation systems manage?", TEXT, section="Home automation systems")
    title = next(e for e in ev if e.text == "Home automation systems")
    assert is_heading_line(ctx, title)
    assert past_heading(ctx, ev, title, lambda e: True).text.startswith("- Managing lighting")
    assert past_heading(ctx, ev, title, lambda e: False) is title  # the one under it is off topic: kept


def test_a_sentence_saying_more_than_the_heading_is_no_heading_line():
    text = "Home automation systems manage your lighting and appliances\n- Managing lighting."
    ctx, _, ev = evidence("What do home automation systems manage?", text, section="Smart home")
    title = next(e for e in ev if e.text.startswith("Home automation systems"))
    assert not is_heading_line(ctx, title)
    assert past_heading(ctx, ev, title, lambda e: True) is title


def test_a_short_title_line_over_a_bullet_is_a_heading_line():
    text = "Smart home: Voice assistants; Home automation systems\nHome automation systems\n- Managing lighting and appliances."
    ctx, _, ev = evidence("What do home automation systems manage?", text, section="Smart home")
    title = next(e for e in ev if e.text == "Home automation systems")
    assert is_heading_line(ctx, title)
    assert past_heading(ctx, ev, title, lambda e: True).text.startswith("- Managing")
    # a title line with no bullet under it, or a sentence ending in a period, is no heading line
    ctx, _, ev = evidence("What do home automation systems manage?", "Home automation systems\nThey manage lights.")
    assert not is_heading_line(ctx, next(e for e in ev if e.text == "Home automation systems"))


def test_a_line_of_column_names_gives_way_to_the_sentence_saying_what_is_asked():
    header = "(in thousands) | Operating Leases | Finance Leases | Total"
    prose = "We lease our stores under operating leases, and certain transportation equipment under finance leases."
    ctx, _, ev = evidence("What assets does the company lease under finance leases?", header, prose)
    names = next(e for e in ev if e.text == header)
    assert is_column_names(names) and not is_column_names(next(e for e in ev if e.text == prose))
    assert past_heading(ctx, ev, names, lambda e: True, words=True).text == prose
    assert past_heading(ctx, ev, names, lambda e: False, words=True) is names  # nothing else on topic: kept

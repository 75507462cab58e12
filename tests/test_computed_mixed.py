"""Operands from a table and the prose of its page: the whole a row, the part a sentence's figure."""

from ingest.figures import parse_figures
from ingest.tables import read_grid
from rag.extractive.cells import words
from rag.extractive.computed_complement import without_complement
from rag.extractive.computed_mixed import _respective_of, part_figure, whole_row
from rag.extractive.slots import parse

GRID = [["", "2021", "2020"], ["United States and Canada", "$ 12,408", "$ 9,851"], ["Europe (1)", "5,217", "3,960"],
        ["Asia-Pacific", "2,911", "2,025"], ["Total revenue", "$ 21,624", "$ 16,648"]]
VOLUME = [["", "2019", "2018"], ["Hot-rolled", "10,712", "10,958"], ["Other (1)", "4,814", "4,689"],
          ["Total", "35,612", "36,139"]]


def test_the_whole_is_the_row_its_words_name():
    tables = [(0, read_grid(GRID).table)]
    assert whole_row(tables, set(words("Europe revenue")))[2] == "Europe (1)"
    assert whole_row(tables, set(words("total revenue")))[2] == "Total revenue"
    assert whole_row(tables, set(words("revenue customer")) | {"total"})[2] == "Total revenue"
    assert whole_row(tables, set(words("Latin America revenue"))) is None
    assert whole_row([(0, read_grid(VOLUME).table)], set(words("total sales volume")))[2] == "Total"


def test_a_respectively_list_gives_the_named_part_its_figure():
    text = ("Revenue from Germany and the United Kingdom represented $1,462 million and $1,318 million, "
            "respectively, in 2021.")
    figures = [f for f in parse_figures(text) if f.unit != "year"]
    assert [f.text for f in _respective_of(text, figures, {"germany"})] == ["$1,462 million"]
    assert [f.text for f in _respective_of(text, figures, set(words("United Kingdom")))] == ["$1,318 million"]
    assert _respective_of(text, figures, {"france"}) is None


def test_the_part_is_the_one_figure_of_the_year_the_naming_sentence_gives():
    q = "What proportion of total sales volume in 2019 were WP products?"
    sentences = [(0, "Total sales volume of the steel segment decreased in 2019."),
                 (0, "Sales of world premium (WP) products reached 10,254 thousand tons in 2019.")]
    got = part_figure(sentences, set(words("WP products")), 2019, parse(q), ("count", "number"))
    assert got is not None and got[2].text == "10,254 thousand"
    assert part_figure(sentences, set(words("WP products")), 2018, parse(q), ("count", "number")) is None
    # an undated sentence is of the year the sentence before it writes; a number inside a name measures nothing
    week = [(0, "Fiscal 2020 was a 53-week year."), (0, "Sales for the 53rd week amounted to $487 million.")]
    got = part_figure(week, {"53rd", "week"}, 2020, parse("What were 2020 sales excluding the 53rd week?"), ("money",))
    assert got is not None and got[2].text == "$487 million"
    assert part_figure(week, {"53rd", "week"}, 2019, parse("What were 2019 sales excluding the 53rd week?"), ("money",)) is None


def test_a_percent_from_a_sentence_naming_no_word_of_the_part_is_another_parts_share():
    from rag.extractive.computed_mixed import share_part_unnamed
    q = "What proportion of total sales volume in 2019 were WP products?"
    other = "Exports accounted for 42.6% of sales volume."
    assert share_part_unnamed(q, other, [f for f in parse_figures(other)]) is not None
    own = "WP products accounted for 28.8% of sales volume."
    assert share_part_unnamed(q, own, parse_figures(own)) is None
    assert share_part_unnamed("What was total sales volume in 2019?", other, parse_figures(other)) is None


def test_a_remainder_asked_is_no_named_part():
    from rag.extractive.computed_mixed import share_part_unnamed
    text = "Nearly 50% of applications operate on free models, with 29% adopting subscriptions."
    q = "After free and subscription models, what share of applications is left?"
    assert share_part_unnamed(q, text, parse_figures(text)) is None


def test_of_several_figures_the_one_whose_phrase_names_the_part():
    from ingest.figures import parse_figures
    from rag.extractive.computed_mixed import _owned
    text = ("The impairment of assets in 2022 consisted of a $104.2 million impairment of our legacy copper network "
            "assets in rural Ohio and Kentucky and a $14.4 million write-down of certain spectrum licenses.")
    figures = [f for f in parse_figures(text) if f.unit == "money"]
    assert [f.text for f in _owned(text, figures, {"legacy", "copper", "network", "asset"})] == ["$104.2 million"]
    assert len(_owned(text, figures, {"impairment"})) in (1, 2)


PRODUCTS = [["", "2023", "2022"], ["Broadband", "$ 1,847.2", "$ 1,762.5"], ["Advertising", "176.9", "214.6"],
            ["Other", "58.2", "61.3"], ["Total revenues", "$ 4,024.5", "$ 3,990.6"]]


def test_the_whole_of_a_part_set_aside_is_named_before_the_clause():
    q = "What was Advertising revenue in 2022 excluding political advertising revenue?"
    assert "political" not in without_complement(q) and "Advertising revenue" in without_complement(q)
    order = words(without_complement(q))
    tables = [(0, read_grid(PRODUCTS).table)]
    # the modifier 'Advertising' names the row; the head 'revenue' alone would name the total
    assert whole_row(tables, set(order) | {"total"}, order)[2] == "Advertising"
    assert whole_row(tables, set(words("revenue")) | {"total"}, words("revenue"))[2] == "Total revenues"

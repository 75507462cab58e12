"""Answer shapes read from table cells: a figure, two periods side by side, which year is largest,
and computed figures (change, % change, average, sum, ratio, share) with their derivation. Each
answers only when every figure it shows is a cell addressed by the question's row and period;
otherwise `answer_by_cells` returns None and the sentence path answers."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Answer, AnswerContext, Passage
from .cells import tables_with_year_columns, page_tables, percent_row, words, best_row, tables_of, year_of
from .column_choice import column_for
from .headers import by_headers, operation_in_header
from .printed_measure import printed_measure
from .computed import TOTAL_WORDS, one_row, spans_years
from .period_rows import grouped_period_rows, period_rows
from .quarter_cells import half_quarters, year_quarters
from .computed_per import asked_per, per_thing
from .balance_rows import balance_change
from .operations import NO_PERIOD_CHANGE, asked_operation, operation  # noqa: F401 (operation: tests)
from .column_total import column_total, ranks_asked, rows_asked, top_total
from .computed_parts import average_change, share_of_total, share_of_total_column
from .column_share import column_share
from .row_operation import row_operation, without_label as _without_label  # noqa: F401 (re-exported: tests)
from .row_figures import row_figures
from .ranking_owned import owned_count, owned_rows
from .column_list import column_listed
from .text_selected import text_selected
from .ranking import ranked_rows
from .ranking_gap import named_ranked
from .ranking_picked import picked_ranked
from .ranking_each import named_each
from .ranking_choice import described_choice
from .ranking_across import owned_across
from .ranking_owners import owners_holding, tied_rows
from .each_row import each_asked, each_row
from .count_listed import count_by_listing, fronted, number_asked, rows_shown
from .signed_bound import sign_as_bound
from .condition_words import condition_read
from .sign_words import sign_side, sign_word_read
from .set_aside_rows import aside_last
from .computed_pairs import item_cell, items, rows_by_year
from .said_items import said_items
from .pair_questions import asks_items, compared, operation_in_sides
from .row_count import COUNT_ROWS, count_rows
from .parts_total import parts_total
from .heading_total import all_under_heading
from .row_year_pairs import paired_cells
from .row_columns import row_columns
from .parts_asked import heading_parts
from .rows_in_column import rows_in_column
from .level_bound import level_meeting
from .walk_moves import walk_moves
from .plan_meeting import plan_meeting
from .yes_no_rows import status_list, yes_no_count
from .value_rows import value_count
from .dated_rows import dated_count
from .measure_meeting import WHICH_ITEMS, columns_meeting, measure_meeting
from .periods_meeting import periods_meeting
from .nil_rows import nil_rows
from .rows_extreme import rows_extreme
from .period_rank import fastest_year, percent_line
from .items_maturing import items_maturing
from .rows_changed import changed_answer
from .moved_items import moved_items
from .row_sets import HOW_MANY_ROWS, THRESHOLD, WHICH_ROW, percent_bound, group_total, rows_meeting, two_rows, which_row
from .years_offered import asks_choice_of_years
from .ranked import YEARS_COUNTED, period_row, table_years, years_count, HIGH_WORDS, HOW_MANY, LOW_WORDS, WHICH, components_answer, meeting_answer, moved_years, which_answer, years_answer
from .slots import Slots
from .row_group_years import years_named_by_heading
from .after_last import after_last
from .plan_actual import plan_answer
from .walk_periods import every_asked
from .period_choice import period_choice
from .level_every import level_every

# A question asking why or how (not how much): the explaining sentence answers, not a cell.
_EXPLAIN = re.compile(r"^\s*(why\b|how (is|are|was|were|does|do|did|has|have)\b(?!.*\b(much|many)\b)|"
                      r"what (is|was|were|are) the (reasons?|causes?|purpose|basis|effect|impact)\b)", re.I)
# 'What are the components of X?', 'What financial items are listed in the table?'
_LIST = re.compile(r"^\s*(what|which)(\s+(are|were|is|was))?(\s+the)?(\s+(?!has\b|have\b|had\b|do\b|did\b|does\b)[\w-]+){0,2}?\s+(components?|items|types|"
                   r"categories|elements|segments|countries|regions|assumptions|metrics)\b", re.I)
# 'What is the average X?': over every year the table gives
_AVERAGE_ALL = re.compile(r"^\s*what (is|was|were) (?:the )?average\b", re.I)
_SHORT_YEAR = re.compile(r"\bFY?(\d{2})\b")
_FY_YEAR = re.compile(r"\bFY((?:19|20)\d{2})\b(?!\s?[-–/]\s?\d)", re.I)  # ('FY2022-23' is 2023: slots read it)
_EVERY_YEAR = re.compile(r"\b(?:in|for|of|over|during|between|across)\s+(?:each|every|both|all)(?:\s+(?:of\s+)?the)?\s+(?:(?P<n>two|three|2|3)\s+)?"
                         r"(?:fiscal\s+|financial\s+)?(?:years?|periods?|fys)\b|\b(?:in|for|over|during)\s+the\s+(?:last|past)\s+"
                         r"(?P<m>two|three|2|3)\s+(?:fiscal\s+|financial\s+)?years\b|"
                         r"\b(?:in|for|over|during|across)\s+the\s+(?P<k>two|three|2|3)\s+(?:fiscal\s+|financial\s+)?(?:years|periods)\b",
                         re.I)
_COUNT_WORDS = {"two": 2, "2": 2, "three": 3, "3": 3}
_YEAR_IN = re.compile(r"\b(19|20)\d{2}\b")
_BOTH = re.compile(r"\b(both|altogether|combined)\b|\ball (?:the )?(?:two |three |2 |3 )?(?:fiscal |financial )?years\b", re.I)
# 'In which years was X calculated?': the table's years, not a ranking
# ('what are the years included', 'which year is shown in the table': the years it gives, however many)
_YEARS_LISTED = re.compile(r"\b(which|what) (fiscal |financial )?years\b|\bwhat (are|were) the (fiscal |financial )?years\b|"
                           r"\bwhich (fiscal |financial )?year\b(?=.*\b(shown|provided|present(ed)?|given|included|covered|"
                           r"reported|disclosed|calculated|in the table)\b)", re.I)

# 'the highest Surplus/(deficit) below 0' (sign_words' smallest deficit): a rank on one side of zero, no list of that side
_SIDE_RANKED = re.compile(r"\b(?:highest|lowest)\b[^?]*\b(?:below|above)\s+0\b", re.I)


def answer_by_cells(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The shaped answer when the question's slots address cells of a retrieved table, else None
    (and then no passage a shape added to cite a row of a split table stays: the sentence path reads
    the passages retrieved)."""
    retrieved, said = len(ctx.passages), ctx.question  # (said: as asked, its bound before its every-period clause)
    # 'In 2018, how many ...': the period clause last, and so a clause setting rows aside ('excluding X');
    # 'how many years was X negative': X below 0
    # 'at least one', 'an operating loss', 'reduced the tax expense', 'due in less than 1 year': the condition read
    asked = condition_read(sign_as_bound(aside_last(fronted(number_asked(ctx.question)))), tables_of(ctx))
    asked = sign_word_read(asked, tables_of(ctx))  # 'were in deficit': the balance line below 0
    ctx.memo["condition_read"] = asked  # (answer_covered: a condition word read as a bound is no hedge)
    if asked != ctx.question:
        ctx = replace(ctx, question=asked)  # (the same passages list: what a shape adds is dropped below)
    if (bucket := after_last(ctx.question, tables_of(ctx))) is not None:
        # 'due after 2029' of a schedule ending '2029 | Thereafter': the bucket closing it, no year's column
        ctx = replace(ctx, question=bucket[0])
        slots = replace(slots, years=tuple(y for y in slots.years if y != bucket[1]),
                        periods=tuple(p for p in slots.periods if bucket[1] not in p.years))
    answer = moved_items(ctx, ctx.question, tables_of(ctx), backend) if every_asked(ctx.question) else None
    answer = answer or level_every(ctx, said, tables_of(ctx), backend)  # 'positive in every quarter'
    # ('grew in each year from 2021 to 2024': every step read first; a shape reading the two years named ignores it)
    answer = answer or _by_cells(ctx, slots, backend)
    if answer is None:  # 'how many formats saw volumes decline': each item's change, no shape above read it
        del ctx.passages[retrieved:]
        answer = moved_items(ctx, ctx.question, tables_of(ctx), backend)
    if answer is None:
        del ctx.passages[retrieved:]
        # only prose retrieved for a computed figure (prose seldom states the change or the average
        # asked, the page's table gives its operands): the tables of its page are read too
        unread = page_tables(ctx) if asked_operation(slots, ctx.question) not in (None, "compound") \
            or _period_figure(slots, ctx.question) else []
        if unread and not any(p.chunk.tables_json for p in ctx.passages):
            ctx.passages.extend(Passage(c, 0.0) for c in unread)
            answer = _by_cells(ctx, slots, backend)
            if answer is None:
                del ctx.passages[retrieved:]
    return answer


def _period_figure(slots: Slots, question: str) -> bool:
    """A figure asked for a period ('the total liabilities in 2018'): a table cell states it more
    often than prose does, so the page's tables are read when only prose was retrieved."""
    return bool(slots.years) and slots.shape == "figure" and not _EXPLAIN.search(question)


def _by_cells(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    question = ctx.question
    if (got := columns_meeting(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'which operator has more DC than AC charge points': each row's two named columns compared
    if (got := walk_moves(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many items in the walk reduced the CET1 ratio': the movements between two balance rows
    if (got := plan_meeting(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many revenue items came in below plan': each item's actual column against its plan column
    if (got := yes_no_count(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many commitments were met' of a 'Met?' column of Yes / No: the rows marked yes
    if (got := status_list(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'which commitments were met' of a Status column of Met / Not met: the items so marked
    # 'which Google models are on the leaderboard': the rows a named owner holds
    # 'by how many points does A trail B': named rows of a ranking computed; 'which company ranks third': its rows
    ranked = described_choice(ctx, question, backend) or named_ranked(ctx, question, backend) \
        or picked_ranked(ctx, question, backend) \
        or named_each(ctx, question, backend) \
        or owned_across(ctx, slots, backend) or owners_holding(ctx, question, backend) or tied_rows(ctx, question, backend) \
        or owned_rows(ctx, slots, backend) or owned_count(ctx, slots, backend) \
        or text_selected(ctx, question, backend) \
        or ranked_rows(ctx, question, slots.rank, backend, figure_asked=not slots.entity and bool(slots.units)) \
        or column_listed(ctx, slots, backend)  # 'which models are on the leaderboard': a column's names
    if ranked is not None:
        return ranked
    if len(set(slots.years)) <= 1 and (got := top_total(ctx, question, tables_of(ctx), slots.years[0] if slots.years else None,
                                                        backend)) is not None:
        return got  # 'the combined 2024 share of the three largest regions': the N leading rows by the column named
    short = [2000 + int(y) for y in _SHORT_YEAR.findall(question) if 2000 + int(y) not in slots.years]
    short += [int(y) for y in _FY_YEAR.findall(question) if int(y) not in slots.years]  # 'FY2019'
    if short:  # 'F19 and F18': the fiscal years the table heads its columns with
        slots = replace(slots, years=slots.years + tuple(dict.fromkeys(short)))
    if not slots.years and (every := _EVERY_YEAR.search(question)):  # 'in each year', 'both FYs', 'the last two years'
        given = {tuple(table_years(t)) for _, t in tables_of(ctx)}
        years = sorted(next(iter(given)), reverse=True) if len(given) == 1 else []
        n = _COUNT_WORDS.get((every.group("n") or every.group("m") or every.group("k") or "").lower())
        shown = every.group("k") is None or n == len(years)  # 'over the two years': the table shows just two
        if len(years) >= 2 and (n is None or n <= len(years)) and shown:
            slots = replace(slots, years=tuple(years[:n] if n else years))
            if every.group("k"):  # 'over the two years' names the periods, no row: its words are no label's
                question = f"{question[:every.start()]} {question[every.end():]}"
    if (got := periods_meeting(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'in how many years from 2021 to 2024 did X exceed 400': the period columns meeting it
    if (got := period_choice(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'was revenue higher in Q1 2024 or Q2 2024': the offered part of a year ranking as asked
    if (got := items_maturing(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many bonds mature after 2025': the instruments counted by their maturity
    if (got := dated_count(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many satellites were launched before 2018': the rows a 'Launch' column dates so
    if (got := grouped_period_rows(ctx, slots, tables_of(ctx), asked_operation(slots, question), backend)) is not None:
        return got  # 'the average X across the four quarters of 2024': each quarter row's cell of X's column
    if (got := rows_extreme(ctx, question, tables_of(ctx), slots.years, backend)) is not None:
        return got  # 'in which quarter were the most shares repurchased': the row holding a named column's extreme
    if (got := level_meeting(ctx, question, tables_of(ctx), slots.years, backend)) is not None:
        return got  # 'how many regions were above the national rate': items met against the level a line sets
    if THRESHOLD.search(question) and (got := measure_meeting(ctx, question, tables_of(ctx), backend, slots.years)):
        return got  # 'which regions closed more than 50 stores': items meeting a bound (in the period of its measure)
    if (got := value_count(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many projects are rated Green' of a RAG column: the rows holding the value said
    if (got := nil_rows(ctx, question, tables_of(ctx), slots.years, backend)) is not None:
        return got  # 'how many adjustment items had a non-nil amount in 2023': the items with a figure (or without)
    if _LIST.search(question) and (not slots.years or years_named_by_heading(question, slots.years, tables_of(ctx))):
        return components_answer(ctx, question, tables_of(ctx), backend)
    if not slots.years and (parts := heading_parts(ctx, question, tables_of(ctx), backend)) is not None:
        return parts  # 'what does X consist of': the rows under the heading X
    which = bool(WHICH.search(question)) or asks_choice_of_years(question)
    if _EXPLAIN.search(question) or slots.shape == "explanation":
        return None
    if (got := printed_measure(ctx, question, tables_of(ctx), asked_operation(slots, question), backend)) is not None:
        return got  # 'X's share of total in 2024' of a '% of total' column: the report's own figure, not recomputed
    if (got := balance_change(ctx, slots, tables_of(ctx), asked_operation(slots, question) or "", backend)) is not None:
        return got  # 'the net change in stores during 2021': a roll-forward's opening and closing balance rows
    if asked_per(question) and (got := per_thing(ctx, slots, backend)) is not None:
        return got  # 'the average book value per Office property': the amount over the count of the thing, one row
    if (got := all_under_heading(ctx, question, tables_of(ctx), slots.years, backend)) is not None:
        return got  # 'the sum of all tax credit carryforwards': the rows under that heading
    if not which and len(set(slots.years)) <= 1 and asked_operation(slots, question) is None:
        year = slots.years[0] if slots.years else None  # 'the total deferred revenue' of its two parts' rows
        got = parts_total(ctx, question, tables_of(ctx), lambda h: item_cell(h, year, question), backend)
        if got is not None:
            return got
    if not which and len(set(slots.years)) <= 1 and not compared(question) and (
            not asked_operation(slots, question) or operation_in_header(tables_of(ctx), question)):
        got = row_columns(ctx, question, tables_of(ctx), backend)  # 'the Q4 2019 and % CHANGE of X'
        if got is not None:
            return got
        got = rows_in_column(ctx, question, tables_of(ctx), backend)  # 'the net carrying amounts of A and B'
        if got is not None:
            return got
    if not slots.years and (got := rows_shown(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many regions are shown in the table': its item rows counted
    if not slots.years and (got := measure_meeting(ctx, question, tables_of(ctx), backend)) is not None:
        return got  # 'how many markets had occupancy above 93%': the items whose measure meets the bound
    if not (slots.years or which or compared(question) or (asked_operation(slots, question)
                                                          and not operation_in_header(tables_of(ctx), question))):
        # no period: a row and the columns named (not two things compared: 'how much higher A than B')
        got = by_headers(ctx, tables_of(ctx), question, backend)
        if got is not None:
            return got
    if (len(set(slots.years)) == 1 and not which and not compared(question)
            and (not asked_operation(slots, question) or operation_in_header(tables_of(ctx), question))
            and _year_in_rows(tables_of(ctx), slots.years[0])):
        # periods as rows ('Outstanding at September 30, 2018'): the row stating the year, the column named
        got = by_headers(ctx, tables_of(ctx), question, backend, year=slots.years[0])
        if got is not None:
            return got
    if not (slots.years or which or _AVERAGE_ALL.search(question)
            or re.match(r"\s*how many (years|periods)\b", question, re.I)
            or HOW_MANY.search(question) and THRESHOLD.search(question)
            or asks_items(question) or NO_PERIOD_CHANGE.search(question) or COUNT_ROWS.search(question)
            or rows_asked(question) or ranks_asked(question)):
        return None
    tables = tables_with_year_columns(tables_of(ctx), slots.years)
    if not tables:
        return None
    if len(set(slots.years)) == 2 and (got := paired_cells(ctx, question, tables, backend)) is not None:
        return got  # 'A in 2019 and B in 2018': each row in its own year
    if (got := changed_answer(ctx, question, tables, slots.years, backend)) is not None:
        return got  # 'how many X decreased from 2019 to 2020': the rows that moved that way
    if COUNT_ROWS.search(question) and not THRESHOLD.search(question):  # (rows above a bound: rows_meeting)
        return count_rows(ctx, tables, backend) or count_by_listing(ctx, question, tables, backend)
    if YEARS_COUNTED.search(question) and not THRESHOLD.search(question):
        return years_count(ctx, tables, backend)
    if not which and len(set(slots.years)) == 1 and WHICH_ROW.search(question):
        return which_row(ctx, question, tables, slots.years[0], backend)  # 'which region had the highest X in 2019
    if HOW_MANY_ROWS.search(question) and THRESHOLD.search(question) and len(set(slots.years)) == 1:
        return rows_meeting(ctx, tables, question, slots.years[0], backend)  # rows meeting a condition in a year
    if WHICH_ITEMS.match(question) and THRESHOLD.search(question) and len(set(slots.years)) == 1 \
            and (got := rows_meeting(ctx, tables, question, slots.years[0], backend, counted=False)) is not None:
        return got  # 'which regions had more than 300 in 2024': the same rows, named
    if len(set(slots.years)) == 1 and not which and each_asked(question) and asked_operation(slots, question) is None \
            and (got := each_row(ctx, question, tables, slots.years[0], backend)) is not None:
        return got  # 'the low price for each quarter in 2018': every row's figure in that year
    hit = best_row(tables, question)
    if hit is not None and (got := moved_years(ctx, hit, question, slots.years, backend)) is not None:
        return got  # 'in how many years did the market decline': each year against the one before
    if (m := THRESHOLD.search(question)) and (which or HOW_MANY.search(question)) \
            and not (which and sign_side(question) and _SIDE_RANKED.search(question)):  # a condition ('more than 5 million'):
        hit = best_row(tables, question[:m.start()] + question[m.end():]) or hit \
            or period_row(tables, question[:m.start()] + question[m.end():]) \
            or (percent_line(tables, question[:m.start()]) if percent_bound(question, m) else None)  # its number names no row
        return meeting_answer(ctx, hit, question, backend) if hit is not None else None
    hit, op, summed = row_operation(question, slots, tables, hit, which)  # the operation asked of the row (row_operation.py)
    if not which and hit is not None and (got := plan_answer(ctx, slots, hit, op, backend)) is not None:
        return got  # 'by how much did X exceed its budget in 2023/24': the row's actual against its plan (plan_actual)
    if not which and len(set(slots.years)) <= 1 and (op in ("sum", "share", "average") or summed and op is None) \
            and (got := said_items(ctx, slots.years[0] if slots.years else None, tables, op or "sum", backend,
                                   grouped=True)) is not None:
        return got  # 'the average across the eight countries', 'all regions except China': rows named as a set (row_set)
    if op == "compound":  # 'the change between 2018 and 2019 average X': the change of an average
        return average_change(ctx, slots, tables, backend) or period_rows(ctx, slots, tables, op, backend) \
            if not which else None  # ('the % increase in the average grade B rent': a measure named 'Avg ...')
    # (a ratio of two rates, 'the ratio of volatility to dividend yield', divides them: no cell states it)
    if hit is not None and op is None and not which and len(set(slots.years)) == 1:
        year = slots.years[0]  # 'the total deductions from gross revenue': the heading's rows, not 'Total gross revenue'
        got = group_total(ctx, question, tables, lambda t: column_for(t, year, question), backend, over=hit.row)
        if got is not None:
            return got
    if which and _YEARS_LISTED.search(question) and not (HIGH_WORDS.search(question) or LOW_WORDS.search(question)):
        return years_answer(ctx, hit, tables, backend)
    if op is not None and not which and slots.years and (got := two_rows(
            ctx, question, tables, list(dict.fromkeys(slots.years)), backend, measured=True)) is not None:
        return got  # 'the average selling prices of A and B in 2023': a column's measure of each row, not a mean
    if op is not None and not which and (asked := compared(question)) is not None and operation_in_sides(question, op):
        got = items(ctx, slots, tables, asked, backend)  # 'how many times higher was average spend in A than in B'
        if got is not None:
            return got
    if op == "average" and not which and len(set(slots.years)) <= 1:  # 'the average of A and B in 2019': two rows
        got = items(ctx, slots, tables, op, backend)
        if got is not None:
            return got
    if op is None and not which and len(set(slots.years)) <= 1 and (rows_asked(question) or ranks_asked(question)):
        got = column_total(ctx, question, tables, backend)  # 'the total share of the five companies in the ranking'
        if got is not None:
            return got
    one_year = slots.years[0] if len(set(slots.years)) == 1 else None
    if op is None and not which and (asked := compared(question)) is not None:
        got = said_items(ctx, one_year, tables, asked, backend) if len(set(slots.years)) <= 1 else None
        got = got or items(ctx, slots, tables, asked, backend)  # 'how many times larger A than B', 'how much higher A than B'
        if got is not None:
            return got
    if op in ("change", "sum", "ratio", "share") and not which:  # two rows or columns in one period
        got = said_items(ctx, one_year, tables, op, backend) if len(set(slots.years)) <= 1 and op != "share" else None
        if got is None:  # (a share's whole may be a row named too: the share readings first, then its items)
            got = items(ctx, slots, tables, op, backend) if len(set(slots.years)) <= 1 or op == "ratio" else None
        if got is None and op == "share":  # 'what percentage of the total X is Y': Y over the total row
            got = share_of_total(ctx, slots, tables, backend) or share_of_total_column(ctx, slots, tables, backend) \
                or column_share(ctx, slots, tables, backend)  # 'what proportion of respondents were from Europe'
        if got is None and op == "sum" and len(set(slots.years)) <= 1:  # 'the combined share of the five companies'
            got = column_total(ctx, question, tables, backend)
        if got is None and len(set(slots.years)) <= 1:  # one named part's share of the whole, read last
            got = said_items(ctx, one_year, tables, op, backend, one=True)
        if got is not None or op in ("ratio", "share"):
            return got
    if op is None and not which and not summed and slots.years:
        got = two_rows(ctx, question, tables, list(dict.fromkeys(slots.years)), backend)  # 'A and B in 2019'
        if got is not None:
            return got
    if hit is None or ((op is not None or summed) and not which and _YEAR_IN.search(hit.row)):
        # periods as rows ('December 31, 2019 › Total'): a row per year asked
        got = rows_by_year(ctx, slots, tables, op or ("sum" if summed else ""), backend) if not which else None
        if got is None and not which:  # periods printed as rows only ('2022', 'Q3 2024'): the measure's column
            got = period_rows(ctx, slots, tables, op or ("sum" if summed else None), backend)
        if got is None and hit is None and op is None and not which and len(set(slots.years)) == 1:
            year = slots.years[0]  # 'the total assets in 2019' of a heading that closes with no total row
            got = group_total(ctx, question, tables, lambda t: column_for(t, year, question), backend)
        if got is not None or hit is None:
            return got
    if which and (got := fastest_year(ctx, hit, question, slots.years, backend)) is not None:
        return got  # 'in which year between 2020 and 2024 did the total grow fastest': consecutive changes ranked
    if which:
        return which_answer(ctx, hit, question, backend)
    if summed and op is None and (not TOTAL_WORDS & set(words(hit.row)) or _BOTH.search(question) or spans_years(slots)):
        op = "sum"  # 'the total X in 2018 and 2019' of a row that is not itself a total, or 'in both', or 'from 2017 to 2019'
    if op is None and len(set(slots.years)) == 1 and half_quarters(hit, slots.years[0], question):
        op = "sum"  # 'X in the second half of 2024' of a table giving that year's quarters: the half's two quarters
    if op is None and len(set(slots.years)) == 1 and "total" in words(question) and year_quarters(hit, slots.years[0]):
        op = "sum"  # 'the total X for fiscal 2023' of a table giving that year's four quarters: their sum
    if op is not None:  # (periods one_row does not address, 'the four quarters of 2024': period_rows)
        return one_row(ctx, slots, hit, op, backend) or period_rows(ctx, slots, tables, op, backend)
    return row_figures(ctx, slots, hit, backend)  # one figure or several side by side (row_figures.py)


def _year_in_rows(tables: list, year: int) -> bool:
    """Whether a table gives periods as rows: no column is headed by a year, a row label states `year`."""
    return any(not any(year_of(c) for c in t.columns) and any(str(year) in r.split(" › ")[-1] for r in t.rows)
               for _, t in tables)

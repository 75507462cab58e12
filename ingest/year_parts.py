"""The words that name a part of a year (a quarter, a half, some months or weeks), as regex pieces: each user
composes its own pattern (its anchoring, flags and groups) from these, so the vocabulary lives in one place."""

from __future__ import annotations

# a quarter or half by its code, letter first ('Q4', 'H1') or digit first ('4Q', '1H', as in '4Q24', '1H25')
QUARTER_CODE = r"Q[1-4]"
QUARTER_CODE_DIGIT_FIRST = r"[1-4]Q"
HALF_CODE = r"H[12]"
HALF_CODE_DIGIT_FIRST = r"[12]H"
PART_CODE = rf"(?:{QUARTER_CODE}|{QUARTER_CODE_DIGIT_FIRST}|{HALF_CODE}|{HALF_CODE_DIGIT_FIRST})"
# a quarter or half dated with two digits ('Q4 24', '1H25', "Q3 '23"): the lead before the year's digits
SHORT_PART_LEAD = rf"\b{PART_CODE}\s?['’]?"
# the ordinals of a half ('first half', '2nd half') and of a quarter ('third quarter', '4th quarter')
HALF_ORDINAL = r"(?:first|second)"
HALF_ORDINAL_ANY = r"(?:first|second|1st|2nd)"
QUARTER_ORDINAL_WORD = r"(?:first|second|third|fourth)"
QUARTER_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# a month by its first three letters ('Jan', 'sep'), as the patterns of dates and period words read it (each adds its
# own ending: '[a-z]*', the full name, a dot)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_ABBREVIATION = "|".join(MONTH_ABBREVIATIONS)
# a month by its full name, lower case (the patterns that read it are case-blind)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_NAME = "|".join(MONTH_NAMES)
# a part of a year as a span of months or weeks ('three months', '6-month', '26 weeks')
PART_MONTHS = r"(?:three|six|nine|3|6|9)[- ]months?"
HALF_MONTHS = r"(?:six|6)[- ]months?"
PART_WEEKS = r"(?:13|26|39)[- ]weeks?"
# a half-year in words ('half-year', 'half year'; users add the plural or suffix they take) and 'semi-annual'
HALF_YEAR = r"half[- ]year"
SEMI_ANNUAL = r"semi[- ]?annual"

"""A question asking for a label ('which sector leads X') is answered by words it does not use, most often just
before the words it does ('the financial sector has become a pioneer in X'): a window cut right at the first
matched word leaves the label out, so it is moved back to the start of that clause."""

from __future__ import annotations

_BACK = 6  # words a window may move back to reach the start of its clause


def clause_start(words: list[str], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The window [start, end) of `words` moved back (up to `_BACK` words) to the start of its clause, giving up only
    unscored words at its end; unchanged when the window already opens a clause or cannot move without a loss."""
    back = start
    while back > 0 and start - back < _BACK and not words[back - 1].endswith((".", ",", ";", ":", "(", ")", "!", "?")):
        back -= 1
    if back == start or (back > 0 and not words[back - 1].endswith((".", ",", ";", ":", "(", ")", "!", "?"))):
        return start, end  # already at a clause start, or its start is too far back
    shift = start - back
    if any(scores[k] for k in range(end - shift, end)):
        return start, end  # the words it would give up carry the question's terms or figures
    return back, end - shift

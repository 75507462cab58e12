"""The hedge threshold rule of eval/fit_bold.py on the smallest dumps (no model, no index)."""

from eval.fit_bold import hedge_trade, largest_hedge, prebold


def lead(p: float, right: bool, bold: bool = True, hedged: bool = False, row: bool = False) -> dict:
    return {"features": {"row": float(row)}, "abstained": False, "p": p, "right": right, "lead": right,
            "bold": bold, "hedged": hedged}


def test_a_lead_the_old_hedge_unbolded_counts_as_bold_before_it():
    assert prebold(lead(0.35, False, bold=False, hedged=True), hedge_was=0.4)
    assert not prebold(lead(0.45, False, bold=False, hedged=True), hedge_was=0.4)  # hedged by another rule
    assert not prebold(lead(0.2, False, row=True), hedge_was=0.4)  # rows are exempt from the check


def test_the_largest_threshold_hedging_at_least_as_many_wrong_leads_as_right():
    rows = [lead(0.32, False), lead(0.42, False), lead(0.47, True), lead(0.51, True), lead(0.52, True), lead(0.9, True)]
    assert hedge_trade(rows, 0.5, 0.4) == {"hedge_wrong": 2, "hedge_right": 1, "lead_lost": 1}
    assert largest_hedge(rows, 0.4, (0.3, 0.4, 0.5, 0.55, 0.6)) == 0.5
    assert largest_hedge([lead(0.9, True)], 0.4) == 0.0

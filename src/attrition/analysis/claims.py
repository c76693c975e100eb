"""The claims ledger: the figures sources give for the same thing, side by side, never averaged.

Claims are grouped by (subject, quantity, period) — the period is the stated one, else the
year of the claim's date. Each group lists every source's figure with its wording and
evidence and says whether the figures disagree (their ranges do not overlap).

    >>> rows = ledger([
    ...   {"doc_id": "a", "subject": {"id": "iskp", "name": "ISKP"}, "quantity": "fighters", "value": 2000,
    ...    "low": 2000, "high": 2000, "qualifier": None, "unit": "people", "date": "2021", "period": None,
    ...    "evidence": {"text": "..."}},
    ...   {"doc_id": "b", "subject": {"id": "iskp", "name": "ISKP"}, "quantity": "fighters", "value": 4000,
    ...    "low": 4000, "high": 5000, "qualifier": None, "unit": "people", "date": "2021", "period": None,
    ...    "evidence": {"text": "..."}}])
    >>> rows[0]["figures_text"], rows[0]["disagree"]
    ('2,000 (a) vs 4,000–5,000 (b)', True)
"""
from __future__ import annotations

from typing import Any

ABOUT = 0.1  # "about 1,400" is read as ±10 % when comparing figures


def _num(v: float | None) -> str:
    if v is None:
        return "?"
    if abs(v) >= 1_000_000 and v % 100_000 == 0:
        m = v / 1_000_000
        return (f"{m:,.1f}".rstrip("0").rstrip(".")) + " million"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"


def figure_text(c: dict) -> str:
    """'4,000–5,000', 'over 100', 'about 1,400', 'up to $100 million'."""
    lo, val, hi, q = c.get("low"), c.get("value"), c.get("high"), c.get("qualifier")
    money = c.get("unit") not in (None, "people", "attacks") and c.get("quantity") == "funding"
    sign = {"USD": "$", "EUR": "€", "GBP": "£"}.get(c.get("unit") or "", "")

    def fmt(v):
        s = _num(v)
        return f"{sign}{s}" if money and sign else (f"{s} {c.get('unit')}" if money else s)
    if hi is not None and lo is not None and hi != lo and q not in ("up to", "under"):
        return f"{fmt(lo)}–{fmt(hi)}"
    text = fmt(val)
    return f"{q} {text}" if q else text


def _interval(c: dict) -> tuple[float, float]:
    v = float(c.get("value") or 0)
    lo = float(c["low"]) if c.get("low") is not None else v
    hi = float(c["high"]) if c.get("high") is not None else float("inf")
    if c.get("qualifier") == "about":
        lo, hi = min(lo, v * (1 - ABOUT)), max(hi if hi != float("inf") else v, v * (1 + ABOUT))
    if c.get("qualifier") in ("up to", "under"):
        lo = 0.0
    return lo, hi


def _disagree(figs: list[dict]) -> bool:
    ivs = [_interval(f) for f in figs]
    for i, (a0, a1) in enumerate(ivs):
        for b0, b1 in ivs[i + 1:]:
            if a1 < b0 or b1 < a0:
                return True
    return False


def _key(c: dict) -> tuple[str, str, str | None]:
    subj = c.get("subject") or {}
    sid = subj.get("id") or ("name:" + (subj.get("name") or "unspecified").lower())
    period = c.get("period") or ((c.get("date") or "")[:4] or None)
    return sid, c.get("quantity") or "other", period


def ledger(claims: list[dict]) -> list[dict[str, Any]]:
    """Group ``Claim.to_dict()`` rows by (subject, quantity, period); each group lists every figure."""
    groups: dict[tuple, list[dict]] = {}
    for c in claims:
        groups.setdefault(_key(c), []).append(c)
    out = []
    for (sid, quantity, period), cs in groups.items():
        subj = cs[0].get("subject") or {}
        figures = []
        for c in sorted(cs, key=lambda c: (c.get("date") or "", c.get("doc_id") or "", c.get("value") or 0)):
            ev = c.get("evidence") or {}
            figures.append({"doc_id": c.get("doc_id") or ev.get("doc_id"), "value": c.get("value"), "low": c.get("low"),
                            "high": c.get("high"), "qualifier": c.get("qualifier"), "unit": c.get("unit"),
                            "date": c.get("date"), "period": c.get("period"), "text": figure_text(c),
                            "evidence": ev.get("text"), "start": ev.get("start"), "end": ev.get("end")})
        distinct = {(f["low"], f["value"], f["high"], f["qualifier"]) for f in figures}
        out.append({
            "subject": subj.get("name") or "unspecified", "subject_id": subj.get("id"), "quantity": quantity,
            "unit": cs[0].get("unit"), "period": period, "n_figures": len(figures),
            "n_sources": len({f["doc_id"] for f in figures}),
            "disagree": len(distinct) > 1 and _disagree(figures),
            "figures_text": " vs ".join(f"{f['text']} ({f['doc_id']})" for f in figures),
            "figures": figures,
        })
    out.sort(key=lambda r: (not r["disagree"], r["subject"].lower(), r["quantity"], r["period"] or ""))
    return out


__all__ = ["ledger", "figure_text"]

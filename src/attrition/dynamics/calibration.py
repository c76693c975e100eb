"""Published figures to calibrate the dynamics models against: a cited table.

The shipped table (``knowledge/data/calibration.csv``) holds figures for the founding case —
ISIS-K strength estimates from UN Security Council Monitoring Team reports, UNAMA civilian
casualties, UN-recorded ISIS-K attack counts — one row per figure, each with its source and
publication date; ranges stay ranges. Users add rows in their own CSV files with the same columns:

    quantity          fighters | members | surrendered | casualties | killed | injured | attacks |
                      arrested | displaced | funding | other
    subject           who the figure is about (catalog id such as ``iskp``, or a plain name)
    period_start      YYYY, YYYY-MM or YYYY-MM-DD; the period the figure covers (for a strength,
    period_end        the time it describes); period_end defaults to the end of period_start
    value, low, high  a figure, a range, or both; "at least" has only low, "at most" only high
    unit              people, attacks, USD...
    source            who published it (required)
    published         when (YYYY[-MM[-DD]]), empty if unknown
    url_or_reference  where to find it; note: anything a reader needs (qualifiers, caveats)

>>> t = load_calibration()
>>> row = t[(t.quantity == "casualties") & (t.period_start.dt.year == 2019)].iloc[0]
>>> int(row.value), row.source.startswith("UNAMA")
(10392, True)
"""
from __future__ import annotations

import csv
import io
import os
from importlib import resources
from typing import Iterable

import numpy as np
import pandas as pd

from ..errors import KnowledgeError
from ..numbers import parse_number

__all__ = ["COLUMNS", "QUANTITIES", "load_calibration", "strength_observations", "read_calibration_file"]

COLUMNS = ("quantity", "subject", "period_start", "period_end", "value", "low", "high", "unit", "source",
           "published", "url_or_reference", "note")
REQUIRED = ("quantity", "subject", "period_start", "source")
QUANTITIES = ("fighters", "members", "surrendered", "casualties", "killed", "injured", "attacks",
              "arrested", "displaced", "funding", "other")
_SHIPPED = "calibration.csv"


def _period(text: str, end: bool) -> pd.Timestamp:
    """Start (or end) of the period a YYYY / YYYY-MM / YYYY-MM-DD string names."""
    s = text.strip()
    if len(s) == 4 and s.isdigit():
        return pd.Timestamp(f"{s}-12-31") if end else pd.Timestamp(f"{s}-01-01")
    if len(s) == 7 and s[4] == "-":
        p = pd.Period(s, "M")
        return p.end_time.normalize() if end else p.start_time
    ts = pd.Timestamp(s)
    if len(s) != 10 or pd.isna(ts):
        raise ValueError(s)
    return ts


def read_calibration_file(path: str | os.PathLike, text: str | None = None) -> pd.DataFrame:
    """Read and validate one calibration CSV; errors name the file, row and column."""
    name = str(path)
    if text is None:
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
        except FileNotFoundError:
            raise KnowledgeError(name, None, "file not found") from None
        except UnicodeDecodeError:
            raise KnowledgeError(name, None, "not UTF-8 text; save the CSV as UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise KnowledgeError(name, "header", f"missing column(s) {', '.join(missing)}; "
                                             f"the columns are {','.join(COLUMNS)}")
    if not any(c in header for c in ("value", "low", "high")):
        raise KnowledgeError(name, "header", "needs at least one of the columns value, low, high")
    rows = []
    for i, raw in enumerate(reader, start=1):
        rec = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in raw.items()}
        if not any(rec.values()):
            continue
        where = f"row {i} (line {reader.line_num})"

        def fail(col, problem):
            raise KnowledgeError(name, f"{where}, column {col}", problem)

        for c in REQUIRED:
            if not rec.get(c):
                fail(c, f"{c} is empty; every figure needs a {c}")
        q = rec["quantity"].lower()
        if q not in QUANTITIES:
            fail("quantity", f"unknown quantity {rec['quantity']!r}; use one of {', '.join(QUANTITIES)}")
        try:
            start = _period(rec["period_start"], end=False)
        except (ValueError, TypeError):
            fail("period_start", f"cannot read date {rec['period_start']!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
        pe = rec.get("period_end") or rec["period_start"]
        try:
            stop = _period(pe, end=True)
        except (ValueError, TypeError):
            fail("period_end", f"cannot read date {pe!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
        if stop < start:
            fail("period_end", f"period_end {pe} is before period_start {rec['period_start']}")
        nums = {}
        for c in ("value", "low", "high"):
            s = rec.get(c, "")
            if s == "":
                nums[c] = np.nan
                continue
            v = parse_number(s)
            if v is None:
                fail(c, f"{c} {s!r} is not a number")
            if v < 0:
                fail(c, f"{c} {s!r} is negative; figures are counts")
            nums[c] = float(v)
        if all(np.isnan(v) for v in nums.values()):
            fail("value", "no figure: give value, or low and/or high")
        lo, val, hi = nums["low"], nums["value"], nums["high"]
        if not np.isnan(lo) and not np.isnan(hi) and lo > hi:
            fail("low", f"low {lo:g} is above high {hi:g}")
        if not np.isnan(val) and ((not np.isnan(lo) and val < lo) or (not np.isnan(hi) and val > hi)):
            fail("value", f"value {val:g} lies outside [low, high]")
        pub = rec.get("published", "")
        if pub:
            try:
                _period(pub, end=False)
            except (ValueError, TypeError):
                fail("published", f"cannot read date {pub!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
        row = {c: rec.get(c, "") for c in COLUMNS}
        row.update(quantity=q, period_start=start, period_end=stop, **nums)
        row.update({k: v for k, v in rec.items() if k not in COLUMNS and k})
        row["file"] = name
        row["row"] = i
        rows.append(row)
    cols = list(COLUMNS) + ["file", "row"]
    df = pd.DataFrame(rows, columns=cols + [c for c in (rows[0] if rows else {}) if c not in cols])
    df["period_start"] = pd.to_datetime(df["period_start"])
    df["period_end"] = pd.to_datetime(df["period_end"])
    for c in ("value", "low", "high"):
        df[c] = df[c].astype(float)
    return df


def load_calibration(extra_files: Iterable[str | os.PathLike] = (), shipped: bool = True) -> pd.DataFrame:
    """The shipped calibration table plus the user's own files, validated, one row per figure.

    Dates become ``period_start``/``period_end`` timestamps (start and end of the period named);
    ``file`` and ``row`` say where each figure came from. A malformed file raises
    :class:`~attrition.errors.KnowledgeError` naming the file, the row and the column.
    """
    frames = []
    if shipped:
        ref = resources.files("attrition.knowledge").joinpath("data", _SHIPPED)
        frames.append(read_calibration_file(f"attrition/knowledge/data/{_SHIPPED}", ref.read_text("utf-8")))
    for f in extra_files:
        frames.append(read_calibration_file(f))
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=list(COLUMNS) + ["file", "row"])
    return pd.concat(frames, ignore_index=True)


def strength_observations(table: pd.DataFrame, subject: str = "iskp",
                          quantities: Iterable[str] = ("fighters",), side: str = "A") -> pd.DataFrame:
    """Strength figures for ``subject`` as model observations: ``date`` (the end of the period
    the figure describes), ``value``, ``low``, ``high``, ``side``, ``source``.

    ``members`` figures (fighters plus families) are left out by default: they measure something
    else than fighting strength; pass ``quantities=("fighters", "members")`` to use them.
    """
    q = set(quantities)
    t = table[(table["subject"].str.lower() == subject.lower()) & table["quantity"].isin(q)]
    out = pd.DataFrame({"date": t["period_end"].dt.strftime("%Y-%m-%d"), "value": t["value"],
                        "low": t["low"], "high": t["high"], "side": side, "source": t["source"]})
    return out.sort_values("date", kind="stable").reset_index(drop=True)

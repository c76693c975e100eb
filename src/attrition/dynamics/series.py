"""Event series: the input side of the dynamics models.

Every model here needs only dated events. They come from the store
(:func:`from_store`) or from a user's CSV / JSONL file (:func:`load_events`), and
leave as one normalised frame with the columns

    date            datetime64, midnight of the event day (first day of the month/year when coarser)
    date_precision  "day" | "week" | "month" | "quarter" | "year"
    count           events the row stands for (>= 1; a file may give daily totals)
    fatalities      deaths, 0 when unknown

plus any other columns the source had (actor ids and names, country...).

>>> import io, pandas as pd
>>> df = load_events(io.StringIO("date,count\\n2021-08-26,1\\n2021-10\\n"), format="csv")
>>> list(df["date_precision"])
['day', 'month']
>>> monthly_counts(df).tolist()
[1, 0, 1]
"""
from __future__ import annotations

import json
import os
from typing import IO, Iterable

import numpy as np
import pandas as pd

from ..errors import InputError, UsageError

PRECISIONS = ("day", "week", "month", "quarter", "year")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}

__all__ = [
    "PRECISIONS", "load_events", "from_store", "select", "split_precision",
    "event_times", "monthly_counts", "to_days",
]


def _infer_precision(raw: str) -> str:
    s = str(raw).strip()
    if len(s) == 4 and s.isdigit():
        return "year"
    if len(s) == 7 and s[4] in "-/" and s[:4].isdigit() and s[5:].isdigit():
        return "month"
    return "day"


def _normalise(df: pd.DataFrame, source: str) -> pd.DataFrame:
    if "date" not in df.columns:
        raise InputError(source, f"no 'date' column (columns: {', '.join(map(str, df.columns))}); "
                                 "add one with ISO dates like 2021-08-26")
    df = df.copy()
    raw = df["date"].astype(str)
    if "date_precision" in df.columns:
        prec = df["date_precision"].fillna("").astype(str).str.lower().str.strip()
        prec = prec.where(prec != "", raw.map(_infer_precision))
    else:
        prec = raw.map(_infer_precision)
    bad_prec = sorted(set(prec) - set(PRECISIONS))
    if bad_prec:
        raise InputError(source, f"unknown date_precision {bad_prec[0]!r}; use one of {', '.join(PRECISIONS)}")
    # year-only strings parse to Jan 1, year-month to the 1st: what a coarse date means here
    dates = pd.to_datetime(raw.where(prec != "year", raw.str.strip() + "-01-01"), errors="coerce",
                           format="mixed")
    if dates.isna().any():
        i = int(np.flatnonzero(dates.isna().to_numpy())[0])
        raise InputError(source, f"row {i + 1}: cannot read date {raw.iloc[i]!r}; use YYYY-MM-DD, YYYY-MM or YYYY")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert(None)
    df["date"] = dates.dt.normalize()
    df["date_precision"] = prec.to_numpy()
    if "count" in df.columns:
        cnt = pd.to_numeric(df["count"], errors="coerce").fillna(1)
        if (cnt < 0).any() or (cnt != np.round(cnt)).any():
            raise InputError(source, "'count' must be a whole number >= 0")
        df["count"] = cnt.astype(int)
    else:
        df["count"] = 1
    fat_col = "fatalities" if "fatalities" in df.columns else (
        "fatalities_best" if "fatalities_best" in df.columns else None)
    df["fatalities"] = (pd.to_numeric(df[fat_col], errors="coerce").fillna(0).clip(lower=0)
                        if fat_col else 0.0)
    return df.sort_values("date", kind="stable").reset_index(drop=True)


def load_events(path: str | os.PathLike | IO[str], format: str | None = None) -> pd.DataFrame:
    """Read dated events from a CSV/TSV or JSONL file into the normalised frame.

    ``format`` is ``"csv"``, ``"tsv"`` or ``"jsonl"``; by default it follows the file suffix.
    Dates may be ``YYYY-MM-DD``, ``YYYY-MM`` (month precision) or ``YYYY`` (year precision).
    """
    name = getattr(path, "name", None) or str(path)
    if format is None:
        low = str(name).lower()
        format = "jsonl" if low.endswith((".jsonl", ".ndjson", ".json")) else (
            "tsv" if low.endswith(".tsv") else "csv")
    try:
        if format == "jsonl":
            fh = open(path, encoding="utf-8") if isinstance(path, (str, os.PathLike)) else path
            try:
                rows = []
                for k, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            rows.append(json.loads(line))
                        except json.JSONDecodeError as e:
                            raise InputError(name, f"line {k}: not JSON ({e.msg})") from None
            finally:
                if fh is not path:
                    fh.close()
            df = pd.DataFrame(rows)
        elif format in ("csv", "tsv"):
            df = pd.read_csv(path, sep="\t" if format == "tsv" else ",", dtype={"date": str},
                             comment=None, skipinitialspace=True)
        else:
            raise UsageError(f"unknown events format {format!r}: use csv, tsv or jsonl")
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise InputError(name, f"cannot parse as {format}: {e}") from None
    if df.empty:
        raise InputError(name, "no events in file")
    return _normalise(df, name)


def from_store(store_df: pd.DataFrame) -> pd.DataFrame:
    """Normalise a frame from ``Store.events()`` (columns ``date``, ``date_precision``,
    ``fatalities_best``, ``modality``...) to the event-series frame; one row is one event.

    Undated events and events reported as not having happened (``modality == "negated"``)
    are left out; ``df.attrs["n_undated"]`` and ``df.attrs["n_negated"]`` say how many.
    """
    df = store_df.drop(columns=[c for c in ("count",) if c in store_df.columns])
    negated = df["modality"].eq("negated") if "modality" in df.columns else pd.Series(False, index=df.index)
    undated = df["date"].isna() | df["date"].astype(str).str.strip().isin(["", "None", "nan"]) \
        if "date" in df.columns else pd.Series(True, index=df.index)
    keep = ~negated & ~undated
    n_undated, n_negated = int((undated & ~negated).sum()), int(negated.sum())
    if not keep.any():
        out = pd.DataFrame({"date": pd.to_datetime(pd.Series([], dtype=str)),
                            "date_precision": pd.Series([], dtype=str),
                            "count": pd.Series([], dtype=int), "fatalities": pd.Series([], dtype=float)})
    else:
        out = _normalise(df[keep].reset_index(drop=True), "store")
    out.attrs.update(n_undated=n_undated, n_negated=n_negated)
    return out


def select(df: pd.DataFrame, actor: str | None = None, since=None, until=None) -> pd.DataFrame:
    """Keep events by ``actor`` (perpetrator: ``actor1_id`` or ``actor1_name``, or an ``actor``
    column, case-insensitive) and dates in ``[since, until]``."""
    out = df
    if actor:
        cols = [c for c in ("actor1_id", "actor1_name", "actor") if c in out.columns]
        if not cols:
            raise UsageError("--actor given but the events have no actor1_id/actor1_name/actor column")
        want = actor.strip().lower()
        mask = np.zeros(len(out), dtype=bool)
        for c in cols:
            mask |= out[c].fillna("").astype(str).str.strip().str.lower().eq(want).to_numpy()
        out = out[mask]
    if since is not None:
        out = out[out["date"] >= pd.Timestamp(since)]
    if until is not None:
        out = out[out["date"] <= pd.Timestamp(until)]
    return out.reset_index(drop=True)


def split_precision(df: pd.DataFrame, finest: str = "day") -> tuple[pd.DataFrame, int]:
    """Rows dated at least as precisely as ``finest``, and how many events (sum of ``count``) were dropped."""
    if finest not in _RANK:
        raise UsageError(f"unknown precision {finest!r}; use one of {', '.join(PRECISIONS)}")
    ok = df["date_precision"].map(_RANK).fillna(len(PRECISIONS)) <= _RANK[finest]
    return df[ok].reset_index(drop=True), int(df.loc[~ok, "count"].sum())


def to_days(values: Iterable, origin) -> np.ndarray:
    """Days since ``origin`` (a date) for dates or numbers (numbers pass through)."""
    arr = np.asarray(values if not isinstance(values, (pd.Series, pd.Index)) else values.to_numpy())
    if arr.dtype.kind in "iuf":
        return arr.astype(float)
    ts = pd.to_datetime(pd.Series(arr.ravel()))
    return ((ts - pd.Timestamp(origin)) / pd.Timedelta(days=1)).to_numpy(dtype=float)


def event_times(df: pd.DataFrame, origin=None) -> np.ndarray:
    """Event times in days since ``origin`` (default: the first event's day), one per counted event.

    Only day-precise rows are used (see :func:`split_precision`); a row with ``count`` k gives
    k equal times, which the Hawkes model then treats as same-day ties.
    """
    day, _ = split_precision(df, "day")
    if day.empty:
        return np.zeros(0)
    origin = pd.Timestamp(origin) if origin is not None else day["date"].min()
    t = to_days(day["date"], origin)
    return np.sort(np.repeat(t, day["count"].to_numpy(dtype=int)))


def monthly_counts(df: pd.DataFrame, value: str = "events", start=None, end=None) -> pd.Series:
    """Monthly totals (``value`` = ``"events"`` or ``"fatalities"``) on a zero-filled monthly
    :class:`pandas.PeriodIndex` from ``start`` (default: first event) to ``end`` (default: last).

    Month- and day-precise rows count; coarser rows (quarter, year) are left out.
    """
    if value not in ("events", "fatalities"):
        raise UsageError(f"value must be 'events' or 'fatalities', not {value!r}")
    kept, _ = split_precision(df, "month")
    col = "count" if value == "events" else "fatalities"
    if kept.empty and (start is None or end is None):
        return pd.Series([], dtype=float if value == "fatalities" else int,
                         index=pd.PeriodIndex([], freq="M"), name=value)
    months = kept["date"].dt.to_period("M")
    lo = pd.Period(start, "M") if start is not None else months.min()
    hi = pd.Period(end, "M") if end is not None else months.max()
    idx = pd.period_range(lo, hi, freq="M")
    s = kept.groupby(months)[col].sum().reindex(idx, fill_value=0)
    s = s.astype(int) if value == "events" or (s == np.round(s)).all() else s
    s.index.name = "month"
    s.name = value
    return s

"""One way to print rows from every command: a readable table, CSV, JSON or JSONL."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Callable, Iterable, Mapping

import click

FORMATS = ("table", "csv", "json", "jsonl")


def output_option(default: str = "table") -> Callable:
    """Give a command the shared ``--format`` option (table, csv, json, jsonl)."""
    def deco(fn: Callable) -> Callable:
        return click.option("--format", "fmt", type=click.Choice(FORMATS), default=default, show_default=True,
                            help="Output format.")(fn)
    return deco


def records(df, counts: bool = True) -> list[dict[str, Any]]:
    """A DataFrame's rows as plain Python values for output: missing values are None (not NaN, which is no JSON
    and prints as "nan"); with ``counts``, a float column holding only whole numbers (counts, which pandas widens
    to float when some are missing) gives ints. Estimates (forecasts, fits) keep their floats: ``counts=False``."""
    import pandas as pd

    whole = {c for c in df.columns if counts and pd.api.types.is_float_dtype(df[c]) and
             (df[c].dropna() % 1 == 0).all() and df[c].notna().any()}
    out = []
    for row in df.astype(object).where(df.notna(), None).to_dict("records"):
        for k, v in row.items():
            if v is None:
                continue
            if k in whole:
                row[k] = int(v)
            elif hasattr(v, "item"):  # numpy scalars
                row[k] = v.item()
        out.append(row)
    return out


def _cell(v: Any, exact: bool = False) -> str:
    """A value as text: floats to three figures for reading (a table), in full for data (``exact``: CSV)."""
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v) if exact else f"{v:.3g}"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def emit(rows: Iterable[Mapping[str, Any]], fmt: str, columns: list[str] | None = None, out=None,
         max_width: int = 60) -> int:
    """Write ``rows`` to ``out`` (stdout) in ``fmt``; returns the number of rows written."""
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return len(rows)
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k), exact=True) for k in columns})
        return len(rows)
    # table
    cells = [[_cell(r.get(c)).replace("\n", " ") for c in columns] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    out.write(line.rstrip() + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
    return len(rows)

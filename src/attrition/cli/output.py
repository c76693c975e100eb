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


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3g}"
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
            w.writerow({k: _cell(r.get(k)) for k in columns})
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

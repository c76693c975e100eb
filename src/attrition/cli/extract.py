"""`attrition extract`: the stateless contract (CONTRACT.md) — reports in, JSON records out."""
from __future__ import annotations

import json
import sys

import click

from . import main
from .output import emit

EVENT_COLUMNS = ["doc_id", "date", "acled_sub_event_type", "plover_type", "actor1", "actor2", "location",
                 "fatalities", "modality", "confidence", "evidence"]


def _event_row(r: dict) -> dict:
    f = r.get("fatalities")
    return {
        "doc_id": r["doc_id"], "date": r["date"], "acled_sub_event_type": r["acled_sub_event_type"],
        "plover_type": r["plover_type"] + (f"/{r['plover_mode']}" if r.get("plover_mode") else ""),
        "actor1": (r["actor1"] or {}).get("name"), "actor2": (r["actor2"] or {}).get("name"),
        "location": (r["location"] or {}).get("name"),
        "fatalities": None if not f else (f"{f['best']}" + ("+" if f["high"] is None else (f"-{f['high']}" if f["high"] != f["best"] else ""))),
        "modality": r["modality"], "confidence": r["confidence"], "evidence": r["evidence"]["text"],
    }


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@click.option("--catalog", "catalogs", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra actor catalog (YAML); may be given several times.")
@click.option("--corpus", is_flag=True, help="Add corpus-level relations over all the input.")
@click.option("--max-bytes", type=int, default=None, help="Largest document accepted (default 5,000,000 bytes).")
def extract(paths, fmt, catalogs, corpus, max_bytes):
    """Extract actors, events, relations and claims from reports (files, folders, or - for stdin)."""
    from ..ingest import DEFAULT_MAX_BYTES, read_documents
    from ..nlp import Extractor, to_records
    from ..records import ErrorRecord

    ex = Extractor(catalog_files=catalogs)
    stdin = sys.stdin.buffer if (not paths or "-" in paths) else None
    docs = read_documents(list(paths) if paths else None, stdin=stdin, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    processed = failed = 0
    collected: list[dict] = []
    statements, events = [], []
    out = sys.stdout
    for d in docs:
        if isinstance(d, ErrorRecord):
            recs = [d.to_dict()]
        else:
            a = ex.analyse(d)
            recs = to_records(a)
            if corpus:
                statements += [s.to_dict() for s in a.statements]
        if recs and recs[0]["type"] == "error":
            failed += 1
            click.echo(f"error: {recs[0]['doc_id']}: {recs[0]['error']}", err=True)
        else:
            processed += 1
        if corpus:
            events += [r for r in recs if r["type"] == "event"]
        if fmt == "jsonl":
            for r in recs:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            collected.extend(recs)
    if corpus:
        from ..analysis.relations import aggregate
        corpus_recs = [r.to_dict() for r in aggregate(statements, events)]
        if fmt == "jsonl":
            for r in corpus_recs:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            collected.extend(corpus_recs)
    if fmt == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "table":
        evs = [_event_row(r) for r in collected if r["type"] == "event"]
        emit(evs, "table", EVENT_COLUMNS)
        errs = [r for r in collected if r["type"] == "error"]
        if errs:
            out.write("\n")
            emit(errs, "table", ["doc_id", "error"])
    if processed == 0:
        sys.exit(1)

"""Store commands: `ingest`, `events`, `actors`, `demo`."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from . import main
from .output import emit, output_option, records

db_option = click.option("--db", "db", default=None, metavar="PATH|URL",
                         help="The store: a SQLite path or SQLAlchemy URL (default: $ATTRITION_DB or "
                              "~/.local/share/attrition/attrition.db).")


def _progress():
    """A rich progress bar on a terminal; nothing when stderr is piped."""
    if not sys.stderr.isatty():
        return None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"),
                    TimeElapsedColumn(), transient=True, console=__import__("rich.console").console.Console(stderr=True))


def run_ingest(store, paths, catalogs=(), max_bytes=None):
    from ..ingest import DEFAULT_MAX_BYTES, read_documents
    from ..nlp import Extractor
    ex = Extractor(catalog_files=catalogs)
    stdin = sys.stdin.buffer if (not paths or "-" in paths) else None
    docs = read_documents(list(paths) if paths else None, stdin=stdin, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    prog = _progress()
    if prog is None:
        return store.ingest(docs, ex)
    with prog:
        task = prog.add_task("ingesting", total=None)
        return store.ingest(docs, ex, on_document=lambda d, r: prog.update(task, advance=1,
                                                                            description=f"ingesting {getattr(d, 'id', getattr(d, 'doc_id', ''))[:40]}"))


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--catalog", "catalogs", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--max-bytes", type=int, default=None)
def ingest(paths, db, catalogs, max_bytes):
    """Read reports into the store (re-ingesting a document changes nothing)."""
    from ..store import Store
    store = Store.open(db)
    rep = run_ingest(store, paths, catalogs, max_bytes)
    click.echo(f"{rep.documents} documents read: {rep.added} added, {rep.replaced} replaced, "
               f"{rep.unchanged} unchanged, {rep.errors} errors; {rep.events} events; "
               f"store: {store.engine.url.render_as_string(hide_password=True)}", err=True)
    if rep.documents and rep.errors == rep.documents:
        sys.exit(1)


def event_rows(df):
    df = df.astype(object).where(df.notna(), None)
    for r in df.to_dict("records"):
        f = r["fatalities_best"]
        yield {
            "id": r["id"], "date": r["date"], "type": r["acled_sub_event_type"] or r["plover_type"],
            "plover": r["plover_type"] + (f"/{r['plover_mode']}" if r.get("plover_mode") else ""),
            "actor1": r["actor1_name"], "actor2": r["actor2_name"], "location": r["location"],
            "admin1": r["admin1"], "country": r["country"],
            "fatalities": None if f is None else int(f), "modality": r["modality"],
            "confidence": r["confidence"], "evidence": r["evidence_text"],
        }


@main.command()
@db_option
@click.option("--actor", help="Actor id, name or alias (either side).")
@click.option("--type", "type_", help="PLOVER type, ACLED event type or sub-type.")
@click.option("--since", help="First date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Last date (YYYY[-MM[-DD]]).")
@click.option("--country", help="ISO alpha-2 country code.")
@click.option("--dedupe", is_flag=True, help="One row per event reported by several documents.")
@output_option()
def events(db, actor, type_, since, until, country, dedupe, fmt):
    """List events from the store."""
    from ..store import Store
    df = Store.open(db).events(actor=actor, type=type_, since=since, until=until, country=country, dedupe=dedupe)
    if fmt == "table":
        emit(event_rows(df), fmt, ["date", "type", "actor1", "actor2", "location", "fatalities", "modality", "evidence"])
    else:
        emit(records(df), fmt)


@main.command()
@db_option
@click.option("--kind", help="state, armed_group, political, civilian_group, organisation, person, unknown")
@click.option("--country", help="ISO alpha-2 country code.")
@output_option()
def actors(db, kind, country, fmt):
    """List actors from the store with their mention and event counts."""
    from ..store import Store
    df = Store.open(db).actors(kind=kind, country=country)
    emit(records(df), fmt)


@main.command()
@click.option("--db", "db", default=None, metavar="PATH", help="Keep the demo store here (default: a temporary file).")
def demo(db):
    """Ingest the shipped demo corpus into a fresh store and summarise what it holds."""
    from .. import demo_path
    from ..store import Store
    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="attrition-demo-")) / "demo.db")
    elif Path(db).exists():
        raise click.UsageError(f"{db} exists; the demo wants a fresh store. Remove it or choose another --db.")
    store = Store.open(db)
    rep = run_ingest(store, [str(demo_path())])
    out = sys.stdout
    out.write(f"attrition demo: {rep.documents} reports, {rep.events} events, {rep.errors} errors\n")
    out.write(f"store: {db}  (try: attrition events --db {db})\n\n")
    acts = store.actors()
    out.write("ACTORS\n")
    for kind, grp in acts.groupby("kind"):
        names = ", ".join(f"{n} ({m})" for n, m in zip(grp["name"], grp["mentions"]))
        out.write(f"  {kind}: {names}\n")
    out.write("\nEVENTS\n")
    df = store.events(dedupe=True)
    emit(event_rows(df), "table", ["date", "type", "actor1", "actor2", "location", "fatalities", "modality", "evidence"],
         out=out, max_width=48)
    try:
        rels = store.relations()
    except Exception:  # noqa: BLE001 - relations are an optional layer in the demo summary
        rels = None
    if rels is not None and len(rels):
        out.write("\nRELATIONS\n")
        rels = rels.reindex(rels["score"].abs().sort_values(ascending=False).index).head(10)
        for r in rels.to_dict("records"):
            out.write(f"  {r['a']} – {r['b']}: {r['polarity']} ({r['score']:+.2f}), {r['n_evidence']} statements\n")

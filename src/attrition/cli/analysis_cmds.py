"""Analysis commands: `relations`, `claims`, `brief`."""
from __future__ import annotations

import click

from . import main
from .output import emit, output_option, records

db_option = click.option("--db", "db", default=None, metavar="PATH|URL",
                         help="The store: a SQLite path or SQLAlchemy URL (default: $ATTRITION_DB or "
                              "~/.local/share/attrition/attrition.db).")


def _open(db):
    from ..store import Store, default_path
    return Store.open(db or default_path())


@main.command()
@click.argument("actors", nargs=-1)
@db_option
@click.option("--limit", type=int, default=20, show_default=True, help="Pairs to list without a pair given.")
@output_option()
def relations(actors, db, limit, fmt):
    """How actors stand to each other: for a pair, the verdict and the evidence; else the strongest pairs.

    \b
    attrition relations Taliban ISIS-K
    attrition relations Taliban            # every pair with the Taliban
    attrition relations                    # the strongest relations in the store
    """
    from ..analysis.relations import aggregate, verdict_line
    from ..errors import UsageError
    if len(actors) > 2:
        raise UsageError("give at most two actors")
    store = _open(db)
    ids = []
    known = set(store.actors()["id"]) if actors else set()
    for name in actors:
        found = set(store.resolve_actor(name)) & known
        if not found:
            raise UsageError(f"no actor in the store matches {name!r}; see `attrition actors`")
        ids.append(found)
    rels = aggregate(store.statement_records(), store.event_records())
    if ids:
        rels = [r for r in rels if any({r.a.id, r.b.id} & s for s in ids[:1])
                and (len(ids) < 2 or (r.a.id in ids[0] and r.b.id in ids[1]) or (r.b.id in ids[0] and r.a.id in ids[1]))]
    if len(actors) == 2 and fmt == "table":
        if not rels:
            click.echo(f"{actors[0]} – {actors[1]}: no stated relation in the store")
            return
        docs = {}
        try:
            docs = {r["id"]: r for r in store.documents().to_dict("records")}
        except Exception:  # pragma: no cover - a store without documents()
            pass
        for r in rels:
            click.echo(verdict_line(r))
            for ev in r.evidence:
                d = docs.get(ev.doc_id, {})
                when = d.get("published")
                when = when if isinstance(when, str) else ""
                click.echo(f"  - [{ev.cue}] {ev.text.strip()}  ({ev.doc_id}{', ' + str(when)[:10] if when else ''})")
        return
    if not ids:
        rels = rels[:limit]
    rows = [{"a": r.a.name, "b": r.b.name, "polarity": r.polarity, "score": round(r.score, 2),
             "evidence": len(r.evidence), "first_seen": r.first_seen, "last_seen": r.last_seen,
             "verdict": verdict_line(r)} for r in rels]
    if fmt in ("json", "jsonl"):
        rows = [dict(r.to_dict(), verdict=verdict_line(r)) for r in rels]
    emit(rows, fmt, columns=["a", "b", "polarity", "score", "evidence", "first_seen", "last_seen"])


@main.command()
@db_option
@click.option("--subject", default=None, help="An actor name or alias (or part of a subject name).")
@click.option("--quantity", default=None, help="fighters, killed, injured, casualties, attacks, funding, ...")
@click.option("--ledger/--all", "as_ledger", default=True, show_default=True,
              help="Group figures for the same subject, quantity and period side by side, or list every claim.")
@output_option()
def claims(db, subject, quantity, as_ledger, fmt):
    """Quantitative claims (fighters, funding, attacks, casualties ...) with disagreements side by side."""
    store = _open(db)
    if as_ledger:
        rows = store.ledger(subject=subject, quantity=quantity)
        if fmt in ("table", "csv"):
            rows = [{k: v for k, v in r.items() if k != "figures"} for r in rows]
        emit(rows, fmt, columns=["subject", "quantity", "period", "figures_text", "n_sources", "disagree"]
             if fmt in ("table", "csv") else None, max_width=90)
        return
    df = store.claims(subject=subject, quantity=quantity)
    emit(records(df), fmt)


@main.command()
@db_option
@click.option("--out", "out_dir", default="brief", show_default=True, type=click.Path(file_okay=False),
              help="Folder for brief.md, brief.html and the pictures.")
@click.option("--title", default=None, help="The brief's title.")
def brief(db, out_dir, title):
    """Write a conflict brief as Markdown and as one self-contained HTML file (opens offline)."""
    from ..analysis.brief import write_brief
    md, html_path = write_brief(_open(db), out_dir, title=title)
    click.echo(str(md))
    click.echo(str(html_path))

"""The conflict brief: one Markdown file and one self-contained HTML file from a store.

Sections: the actors by kind; the relation network (a picture: hostile edges red and solid,
cooperative green, mixed orange dashed); a timeline of events; fatalities by month and actor
(a chart); the claims ledger; every relation statement footnoted to its source sentence.
Pictures are PNGs embedded as ``data:`` URIs, so the HTML opens with the network disconnected.

    >>> import attrition                                   # doctest: +SKIP
    >>> write_brief(attrition.open("conflict.db"), "out")  # doctest: +SKIP
    (PosixPath('out/brief.md'), PosixPath('out/brief.html'))
"""
from __future__ import annotations

import base64
import html
import io
import math
from collections import defaultdict
from datetime import date
from pathlib import Path

from .claims import ledger
from .relations import aggregate, strength, verdict_line

EDGE_STYLE = {"hostile": ("#c0392b", "solid"), "cooperative": ("#1e8449", "solid"),
              "mixed": ("#d68910", "dashed"), "neutral": ("#7f8c8d", "dotted")}
MAX_EDGES = 25
MAX_TIMELINE = 200
MAX_EVIDENCE = 6


def _figure(w: float, h: float):
    # Figure without pyplot: no GUI backend, no global state, and a much lighter import
    from matplotlib.figure import Figure
    fig = Figure(figsize=(w, h))
    return fig, fig.subplots()


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    return buf.getvalue()


def network_png(relations) -> bytes | None:
    """The relation network as a PNG: nodes on a circle, edges coloured by polarity, width by strength."""
    if not relations:
        return None
    from matplotlib.lines import Line2D
    rels = relations[:MAX_EDGES]
    names: dict[str, str] = {}
    deg: dict[str, float] = defaultdict(float)
    for r in rels:
        names[r.a.id], names[r.b.id] = r.a.name, r.b.name
        deg[r.a.id] += 1
        deg[r.b.id] += 1
    ids = sorted(names, key=lambda i: (-deg[i], i))
    # the two busiest actors in the middle, the others on a circle around them
    hubs = ids[:2] if len(ids) > 4 else []
    pos = {h: (-0.38 + 0.76 * k, 0.05 * (-1) ** k) for k, h in enumerate(hubs)}
    ring = ids[len(hubs):]
    n = max(1, len(ring))
    pos.update({i: (math.cos(2 * math.pi * k / n + math.pi / 2), math.sin(2 * math.pi * k / n + math.pi / 2))
                for k, i in enumerate(ring)})
    fig, ax = _figure(8, 7)
    for r in rels:
        color, style = EDGE_STYLE.get(r.polarity, EDGE_STYLE["neutral"])
        (x0, y0), (x1, y1) = pos[r.a.id], pos[r.b.id]
        ax.plot([x0, x1], [y0, y1], color=color, linestyle=style, linewidth=1 + 2.5 * min(1.0, strength(r) / 3), alpha=0.85,
                zorder=1)
    for i in ids:
        x, y = pos[i]
        ax.scatter([x], [y], s=200 + 60 * deg[i], color="#2c3e50", zorder=2)
        ax.annotate(names[i], (x, y), xytext=(0, 11), textcoords="offset points", ha="center", fontsize=8, zorder=3,
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.7))
    ax.legend(handles=[Line2D([0], [0], color=c, linestyle=s, lw=2, label=p) for p, (c, s) in EDGE_STYLE.items()],
              loc="lower right", fontsize=8, frameon=False)
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title("Stated relations between actors")
    return _png(fig)


def fatalities_png(events: list[dict]) -> bytes | None:
    """Fatalities (best estimate) by month and perpetrator as stacked bars."""
    by: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in events:
        f = (e.get("fatalities") or {}).get("best")
        d = e.get("date")
        if not f or not d or len(d) < 7:
            continue
        who = (e.get("actor1") or {}).get("name") or "Unknown"
        by[d[:7]][who] += int(f)
    if not by:
        return None
    months = sorted(by)
    totals: dict[str, int] = defaultdict(int)
    for m in months:
        for a, v in by[m].items():
            totals[a] += v
    actors = sorted(totals, key=lambda a: -totals[a])
    if len(actors) > 8:
        keep = set(actors[:7])
        for m in months:
            other = sum(v for a, v in by[m].items() if a not in keep)
            by[m] = defaultdict(int, {a: v for a, v in by[m].items() if a in keep})
            if other:
                by[m]["Other"] += other
        actors = actors[:7] + ["Other"]
    fig, ax = _figure(max(6, 0.45 * len(months) + 3), 4.5)
    fig.subplots_adjust(bottom=0.25)
    bottom = [0] * len(months)
    for a in actors:
        vals = [by[m].get(a, 0) for m in months]
        ax.bar(months, vals, bottom=bottom, label=a)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel("fatalities (best estimate)")
    ax.set_title("Fatalities by month and perpetrator")
    ax.tick_params(axis="x", rotation=60, labelsize=8)
    ax.legend(fontsize=7, frameon=False)
    return _png(fig)


class _Notes:
    """Footnotes: one per distinct source sentence."""

    def __init__(self, doc_titles: dict[str, str]):
        self.items: list[tuple[str, str]] = []
        self._index: dict[tuple, int] = {}
        self.titles = doc_titles

    def ref(self, doc_id: str, text: str, start=None) -> int:
        key = (doc_id, start if start is not None else text)
        if key not in self._index:
            self.items.append((doc_id, text))
            self._index[key] = len(self.items)
        return self._index[key]


def _md_escape(s: str) -> str:
    return (s or "").replace("|", "\\|").replace("\n", " ")


def write_brief(store, out_dir, title: str | None = None) -> tuple[Path, Path]:
    """Write ``brief.md`` (with PNGs beside it) and a self-contained ``brief.html`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    title = title or "Conflict brief"
    docs = store.documents()
    titles = {}
    if len(docs):
        for r in docs.to_dict("records"):
            titles[r.get("id")] = " · ".join(str(x) for x in (r.get("title") or r.get("id"), r.get("published") or "") if x)
    actors = store.actors()
    events = store.event_records()
    rels = aggregate(store.statement_records(), events)
    claims = ledger(store.claim_records())
    notes = _Notes(titles)

    net = network_png(rels)
    fat = fatalities_png(events)
    for name, png in (("brief-network.png", net), ("brief-fatalities.png", fat)):
        if png:
            (out / name).write_bytes(png)
        elif (out / name).exists():
            (out / name).unlink()  # a picture from an earlier brief would not match this one

    # ---- sections as (markdown, html) pairs ------------------------------------------
    md: list[str] = [f"# {title}", "", f"Generated {date.today().isoformat()} from {len(docs)} documents, "
                     f"{len(events)} events, {len(rels)} actor pairs, {sum(r['n_figures'] for r in claims)} claims.", ""]
    h: list[str] = [f"<h1>{html.escape(title)}</h1>",
                    f"<p class=meta>Generated {date.today().isoformat()} from {len(docs)} documents, {len(events)} events, "
                    f"{len(rels)} actor pairs, {sum(r['n_figures'] for r in claims)} claims.</p>"]

    # actors by kind
    md += ["## Actors", ""]
    h.append("<h2>Actors</h2>")
    if len(actors):
        for kind, grp in actors.groupby("kind", sort=True):
            items = [f"{r['name']} ({r['mentions']} mentions, {r['events']} events)" for r in grp.to_dict("records")]
            md.append(f"- **{kind}**: " + "; ".join(items))
            h.append(f"<p><b>{html.escape(str(kind))}</b>: " + "; ".join(html.escape(i) for i in items) + "</p>")
    md.append("")

    # relations
    md += ["## Who is fighting whom", ""]
    h.append("<h2>Who is fighting whom</h2>")
    if net:
        md += ["![Relation network](brief-network.png)", ""]
        h.append(f"<img alt='relation network' src='data:image/png;base64,{base64.b64encode(net).decode()}'>")
    for r in rels[:MAX_EDGES]:
        refs = [notes.ref(e.doc_id, e.text, e.start) for e in r.evidence[:MAX_EVIDENCE]]
        line = verdict_line(r)
        md.append(f"- {line} " + "".join(f"[^{n}]" for n in refs))
        cues = ", ".join(sorted({e.cue or "" for e in r.evidence[:MAX_EVIDENCE]}))
        h.append(f"<p class='rel {r.polarity}'>{html.escape(line)} <span class=cues>({html.escape(cues)})</span>"
                 + "".join(f"<sup><a href='#fn{n}'>{n}</a></sup>" for n in refs) + "</p>")
    md.append("")

    # timeline
    md += ["## Timeline of events", "", "| date | event | actors | place | killed | source |", "|---|---|---|---|---|---|"]
    h.append("<h2>Timeline of events</h2><table><tr><th>date</th><th>event</th><th>actors</th><th>place</th>"
             "<th>killed</th><th>source</th></tr>")
    dated = sorted((e for e in events if e.get("date")), key=lambda e: (e["date"], e.get("id") or ""))
    for e in dated[:MAX_TIMELINE]:
        kind = e.get("acled_sub_event_type") or e.get("plover_type")
        who = " → ".join(x["name"] for x in (e.get("actor1"), e.get("actor2")) if x)
        place = (e.get("location") or {}).get("name") or ""
        killed = (e.get("fatalities") or {}).get("best")
        ev = e.get("evidence") or {}
        n = notes.ref(e.get("doc_id") or ev.get("doc_id"), ev.get("text", ""), ev.get("start"))
        md.append(f"| {e['date']} | {_md_escape(kind)} | {_md_escape(who)} | {_md_escape(place)} | "
                  f"{'' if killed is None else killed} | [^{n}] |")
        h.append(f"<tr><td>{e['date']}</td><td>{html.escape(str(kind))}</td><td>{html.escape(who)}</td>"
                 f"<td>{html.escape(place)}</td><td>{'' if killed is None else killed}</td>"
                 f"<td><a href='#fn{n}'>[{n}]</a></td></tr>")
    h.append("</table>")
    md.append("")

    # fatalities chart
    md += ["## Fatalities by month", ""]
    h.append("<h2>Fatalities by month</h2>")
    if fat:
        md += ["![Fatalities by month and actor](brief-fatalities.png)", ""]
        h.append(f"<img alt='fatalities by month' src='data:image/png;base64,{base64.b64encode(fat).decode()}'>")
    else:
        md += ["No dated events with fatalities.", ""]
        h.append("<p>No dated events with fatalities.</p>")

    # claims ledger
    md += ["## Claims ledger", "", "| subject | quantity | period | figures | disagree |", "|---|---|---|---|---|"]
    h.append("<h2>Claims ledger</h2><table><tr><th>subject</th><th>quantity</th><th>period</th><th>figures</th>"
             "<th>disagree</th></tr>")
    for row in claims:
        parts_md, parts_h = [], []
        for f in row["figures"]:
            n = notes.ref(f["doc_id"], f.get("evidence") or "", f.get("start"))
            parts_md.append(f"{f['text']} [^{n}]")
            parts_h.append(f"{html.escape(f['text'])}<sup><a href='#fn{n}'>{n}</a></sup>")
        flag = "**yes**" if row["disagree"] else ""
        md.append(f"| {_md_escape(row['subject'])} | {row['quantity']} | {row['period'] or ''} | "
                  f"{' vs '.join(parts_md)} | {flag} |")
        h.append(f"<tr class='{'disagree' if row['disagree'] else ''}'><td>{html.escape(row['subject'])}</td>"
                 f"<td>{row['quantity']}</td><td>{html.escape(row['period'] or '')}</td><td>{' vs '.join(parts_h)}</td>"
                 f"<td>{'yes' if row['disagree'] else ''}</td></tr>")
    h.append("</table>")
    md.append("")

    # footnotes
    md += ["## Sources", ""]
    h.append("<h2>Sources</h2><ol class=notes>")
    for i, (doc_id, text) in enumerate(notes.items, 1):
        src = titles.get(doc_id, doc_id)
        md.append(f"[^{i}]: “{_md_escape(text)}” — {src}")
        h.append(f"<li id='fn{i}'>“{html.escape(text or '')}” — <i>{html.escape(str(src))}</i></li>")
    h.append("</ol>")

    md_path, html_path = out / "brief.md", out / "brief.html"
    md_path.write_text("\n".join(md) + "\n", encoding="utf-8")
    style = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
             "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}"
             "img{max-width:100%}.rel.hostile{border-left:4px solid #c0392b;padding-left:.5rem}"
             ".rel.cooperative{border-left:4px solid #1e8449;padding-left:.5rem}.rel.mixed{border-left:4px dashed #d68910;"
             "padding-left:.5rem}.rel.neutral{border-left:4px dotted #7f8c8d;padding-left:.5rem}.cues{color:#777;font-size:.85em}"
             "tr.disagree{background:#fff4e5}.meta{color:#666}.notes{font-size:.85em}")
    page = (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(title)}</title>"
            f"<style>{style}</style></head><body>" + "\n".join(h) + "</body></html>\n")
    html_path.write_text(page, encoding="utf-8")
    return md_path, html_path


__all__ = ["write_brief", "network_png", "fatalities_png"]

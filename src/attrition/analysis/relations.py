"""Relations between actor pairs from stated relations and events, per document or over a corpus.

The score is the weighted mean of the evidence: each statement counts with its cue weight
(lowered when hedged), each event with its PLOVER score / 10; hostile evidence counts −1,
cooperative +1, neutral 0. A pair with substantial evidence both ways is ``mixed`` and its
``periods`` show when each side of the record holds (fought for 20 years, then cooperated).

    >>> from attrition.nlp.relations import Statement
    >>> from attrition.records import ActorRef, Evidence
    >>> t, i = ActorRef("taliban", "Taliban", "armed_group"), ActorRef("iskp", "ISIS-K", "armed_group")
    >>> s = Statement(i, t, "hostile", -0.9, "rivals", Evidence("d", "...", 0, 3, "rivals"), "2019", None, None)
    >>> verdict_line(combine(None, [s]))
    'ISIS-K – Taliban: hostile (−1.0), 1 statement, 2019'
"""
from __future__ import annotations

from typing import Iterable

from ..records import Evidence, Relation
from ..nlp.relations import Statement, event_statement, statement_from_dict

MIXED_RATIO = 0.3        # the weaker side holds at least this share of the stronger one
MIXED_RATIO_TIMED = 0.12  # ... or this much when the two sides hold in different periods
POLAR = 0.2              # |score| at which a one-sided record is hostile/cooperative


def _span(s: Statement) -> tuple[str | None, str | None]:
    lo = s.period_start or s.date or s.period_end
    hi = s.period_end or s.date or s.period_start
    return lo, hi


def _periods(sts: list[Statement]) -> list[dict]:
    out = []
    for pol in ("hostile", "cooperative", "neutral"):
        xs = [s for s in sts if s.polarity == pol]
        if not xs:
            continue
        los = [lo for lo, _ in map(_span, xs) if lo]
        his = [hi for _, hi in map(_span, xs) if hi]
        out.append({"polarity": pol, "start": min(los) if los else None, "end": max(his) if his else None,
                    "statements": sum(1 for s in xs if s.source != "event"),
                    "events": sum(1 for s in xs if s.source == "event"),
                    "weight": round(sum(s.weight for s in xs), 3)})
    out.sort(key=lambda p: (p["start"] or "9999", p["polarity"]))
    return out


def _separated(periods: list[dict]) -> bool:
    """Hostile and cooperative evidence hold in different, dated periods."""
    h = next((p for p in periods if p["polarity"] == "hostile"), None)
    c = next((p for p in periods if p["polarity"] == "cooperative"), None)
    if not h or not c or not (h["start"] and h["end"] and c["start"] and c["end"]):
        return False
    return h["end"] <= c["start"] or c["end"] <= h["start"]


def combine(doc_id: str | None, statements: Iterable[Statement]) -> Relation:
    """One Relation from the statements (and event statements) about one pair."""
    sts = list(statements)
    if not sts:
        raise ValueError("combine() needs at least one statement")
    a, b = sts[0].a, sts[0].b
    if a.id > b.id:
        a, b = b, a
    H = sum(s.weight for s in sts if s.polarity == "hostile")
    C = sum(s.weight for s in sts if s.polarity == "cooperative")
    N = sum(s.weight for s in sts if s.polarity == "neutral")
    total = H + C + N
    score = (C - H) / total if total > 0 else 0.0
    periods = _periods(sts)
    lo_w, hi_w = min(H, C), max(H, C)
    if lo_w > 0 and (lo_w >= MIXED_RATIO * hi_w or (_separated(periods) and lo_w >= MIXED_RATIO_TIMED * hi_w)):
        polarity = "mixed"
    elif score >= POLAR:
        polarity = "cooperative"
    elif score <= -POLAR:
        polarity = "hostile"
    elif H > 0 and C > 0:
        polarity = "mixed"
    else:
        polarity = "neutral"
    seen, evidence = set(), []
    for s in sorted(sts, key=lambda s: (_span(s)[0] or "9999", s.evidence.doc_id, s.evidence.start)):
        key = (s.evidence.doc_id, s.evidence.start, s.cue)
        if key in seen:
            continue
        seen.add(key)
        ev = s.evidence
        evidence.append(Evidence(ev.doc_id, ev.text, ev.start, ev.end, s.cue))
    days = [d for s in sts for d in (s.date, s.period_start, s.period_end) if d]
    return Relation(doc_id, a, b, polarity, max(-1.0, min(1.0, score)), tuple(evidence),
                    min(days) if days else None, max(days) if days else None, tuple(periods))


def aggregate(statements: list[dict], events: list[dict]) -> list[Relation]:
    """Corpus-level relations (``doc_id`` None), one per pair, strongest first.

    ``statements`` are ``Statement.to_dict()`` rows, ``events`` ``Event.to_dict()`` rows."""
    groups: dict[tuple[str, str], list[Statement]] = {}
    for d in statements:
        try:
            s = statement_from_dict(d)
        except (KeyError, TypeError):
            continue
        groups.setdefault(tuple(sorted((s.a.id, s.b.id))), []).append(s)
    for e in events:
        s = event_statement(e)
        if s is not None:
            groups.setdefault(tuple(sorted((s.a.id, s.b.id))), []).append(s)
    rels = [combine(None, sts) for sts in groups.values() if sts]
    rels.sort(key=lambda r: (-strength(r), r.a.id, r.b.id))
    return rels


def strength(rel: Relation) -> float:
    """How much a relation rests on: |score| times the amount of evidence (for ranking)."""
    n = sum(p.get("statements", 0) + p.get("events", 0) for p in rel.periods) or len(rel.evidence)
    return (abs(rel.score) + (0.5 if rel.polarity == "mixed" else 0.0)) * (1 + n) ** 0.5


def _years(rel: Relation) -> str:
    a = rel.first_seen[:4] if rel.first_seen else None
    b = rel.last_seen[:4] if rel.last_seen else None
    if a and b and a != b:
        return f"{a}–{b}"
    return a or b or "undated"


def verdict_line(rel: Relation) -> str:
    """'Taliban – ISIS-K: hostile (−0.9), 7 statements, 2015–2023' (mixed: the periods follow)."""
    n_st = sum(p.get("statements", 0) for p in rel.periods)
    n_ev = sum(p.get("events", 0) for p in rel.periods)
    if not rel.periods:
        n_st = len(rel.evidence)
    score = f"{rel.score:+.1f}".replace("-", "−").replace("+", "") if round(rel.score, 1) != 0 else "0.0"
    parts = [f"{n_st} statement{'s' if n_st != 1 else ''}"]
    if n_ev:
        parts.append(f"{n_ev} event{'s' if n_ev != 1 else ''}")
    line = f"{rel.a.name} – {rel.b.name}: {rel.polarity} ({score}), {', '.join(parts)}, {_years(rel)}"
    if rel.polarity == "mixed":
        ps = [f"{p['polarity']} {_period_text(p)}" for p in rel.periods if p["polarity"] != "neutral"]
        line += " [" + "; ".join(ps) + "]"
    return line


def _period_text(p: dict) -> str:
    s, e = p.get("start"), p.get("end")
    if s and e and s != e:
        return f"{s}–{e}"
    return s or e or "undated"


__all__ = ["aggregate", "combine", "verdict_line", "strength"]

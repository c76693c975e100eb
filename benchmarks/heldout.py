"""Score attrition on a held-out set: a folder of reports and the events a person wrote down for them.

    python benchmarks/heldout.py [-v] DIR [DIR ...]

DIR holds ``docs/`` (the reports: .txt, .md, .html, read as ``attrition ingest`` reads them) and
``gold.jsonl``, one object per event::

    {"doc": "<file name in docs/>", "event_type": "<ACLED type>", "sub_event_type": "<ACLED sub-type>",
     "date": "YYYY-MM-DD" (or "YYYY-MM"), "place": "<most specific place>", "country": "<ISO2>",
     "actor1": "<doer>", "actor2": "<target or null>", "fatalities": <int or null>,
     "evidence": "<a short exact quote of the report>"}

The sets are written by people who have not run the extractor, and are kept out of the repository so
that they stay held out. Each gold event is paired with at most one predicted event of its report,
greedily by a score: the share of the gold quote's words found in the event's evidence (x3), the same
day (x2), the same place (x2), the same toll, the same ACLED type. A pair needs half of the quote's words
or the same day and place. Printed per set: matched / missed / spurious, and for matched pairs how many
agree on type, sub-type, date, place, country, actor1 and fatalities. An unmatched prediction dated 60
days or more before its report counts apart as "background": gold sets leave events recalled from the
past out, while attrition keeps them (dated) on purpose. Of the spurious records, those whose modality
says they were not done (negated, planned, hypothetical) are counted again apart ("not told as done").
Only events with an ACLED type are scored: PLOVER's acts that ACLED does not code ("accused", "met") are
not what an ACLED-coded set holds.

Matching rules: a date agrees when equal (a month-only gold date: the same month); a place when the
names are equal after folding, or one holds the other ("Kabul" in "Dasht-e-Barchi, Kabul"), or the gold
place is the predicted district; actor1 when the gold name is the catalog's ACLED name for the predicted
actor on the event's day, or an alias of it (a state's forces: any force of that state), else when the
names share a word ("Unidentified gunmen" ~ any unidentified armed group).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_STOP = {"the", "of", "a", "an", "and", "in", "forces", "force", "group", "fighters", "militants", "armed", "s"}
_DEMONYM = {
    "malian": "mali", "nigerian": "nigeria", "burkinabe": "burkina", "nigerien": "niger", "chadian": "chad",
    "afghan": "afghanistan", "pakistani": "pakistan", "burmese": "myanmar", "philippine": "philippines",
    "filipino": "philippines", "thai": "thailand", "congolese": "congo", "sudanese": "sudan", "ethiopian": "ethiopia",
    "somali": "somalia", "mozambican": "mozambique", "russian": "russia", "ukrainian": "ukraine", "israeli": "israel",
    "indian": "india", "american": "united", "us": "united",
}
_UNIT_WORDS = re.compile(r"(?i)\b(?:district|province|town|village|township|territory|region|state|county)\b")
BACKGROUND_DAYS = 60
# the modalities of a record the report does not tell as done: counted as spurious like any other unmatched record (a
# gold set leaves them out), and shown apart, since a reader who keeps only deeds told as done drops them
UNDONE = ("negated", "planned", "hypothetical")


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", " ", s).strip()


def _words(s: str | None) -> set[str]:
    return {_DEMONYM.get(t, t) for t in _norm(s).split() if t not in _STOP}


def place_ok(gold: dict, pred: dict) -> bool:
    loc = pred.get("location") or {}
    gp = _norm(_UNIT_WORDS.sub("", gold.get("place") or ""))
    for name in (loc.get("name"), loc.get("admin2")):
        n = _norm(_UNIT_WORDS.sub("", name or ""))
        if n and gp and (n == gp or n in gp or gp in n):
            return True
    return False


def date_ok(gold: dict, pred: dict) -> bool:
    gd, pd = gold.get("date") or "", pred.get("date") or ""
    return bool(gd) and (pd == gd or (len(gd) == 7 and pd.startswith(gd)))


def fatalities(pred: dict) -> int | None:
    f = pred.get("fatalities")
    return f.get("best") if isinstance(f, dict) else None


class ActorMatcher:
    """Whether a gold actor name names the predicted actor, through the catalog's aliases."""

    def __init__(self, catalog=None):
        if catalog is None:
            from attrition.knowledge.catalog import Catalog
            catalog = Catalog.default()
        self.catalog = catalog

    def __call__(self, name: str | None, actor: dict | None, date: str | None = None) -> bool:
        if not name:
            return actor is None
        if not actor:
            return False
        # (the name ACLED gives the actor on the event's day: the Taliban after August 2021 are "Military Forces of
        # Afghanistan (2021-)")
        acled = self.catalog.acled_name(actor.get("id") or "", date=date, country=actor.get("country"))
        if acled and _norm(acled) == _norm(name):
            return True
        # (every actor the name may stand for: a country-bound alias's own, its other countries', its fallback)
        aliases = self.catalog.lookup(name) or self.catalog.lookup(re.sub(r"\s*\(.*\)$", "", name))
        ids = {i for a in aliases for i in (a.actor_id, a.fallback_id, *(aid for _, aid in getattr(a, "elsewhere", ()))) if i}
        pid = actor.get("id")
        if pid in ids:
            return True
        if ids and pid and self.catalog.get(pid) is not None:
            family = self.catalog.family(pid)
            return family.endswith("_government") and family in {self.catalog.family(i) for i in ids}
        gw, pw = _words(name), _words(actor.get("name")) | _words((pid or "").replace("_", " "))
        if gw & {"unidentified", "gunmen", "unknown"}:
            return actor.get("sector") == "UAF" or "unidentified" in pw
        return bool(gw & pw)


def background(pred: dict, published: str | None) -> bool:
    """A prediction dated BACKGROUND_DAYS or more before its report."""
    d, pub = pred.get("date") or "", (published or "")[:10]
    if not d or len(pub) < 10:
        return False
    d = (d + "-12-28")[:10] if len(d) == 4 else (d + "-28")[:10] if len(d) == 7 else d[:10]
    try:
        return (dt.date.fromisoformat(pub) - dt.date.fromisoformat(d)).days >= BACKGROUND_DAYS
    except ValueError:
        return False


def _evidence_text(pred: dict) -> str:
    return " ".join([(pred.get("evidence") or {}).get("text") or ""] +
                    [(e or {}).get("text") or "" for e in pred.get("more_evidence") or []])


def pair_score(gold: dict, pred: dict) -> float | None:
    gw = set(_norm(gold.get("evidence")).split())
    overlap = len(gw & set(_norm(_evidence_text(pred)).split())) / max(1, len(gw))
    if overlap < 0.5 and not (date_ok(gold, pred) and place_ok(gold, pred)):
        return None
    return 3 * overlap + 2 * date_ok(gold, pred) + 2 * place_ok(gold, pred) + \
        (fatalities(pred) == gold.get("fatalities")) + (pred.get("acled_event_type") == gold.get("event_type"))


FIELDS = ("type", "sub", "date", "place", "country", "actor1", "fatalities")


def score_doc(golds: list[dict], preds: list[dict], published: str | None, actor_ok) -> dict:
    """Pairs, misses and spurious predictions of one report, and the fields each pair agrees on."""
    cands = sorted(((s, i, j) for i, g in enumerate(golds) for j, p in enumerate(preds)
                    if (s := pair_score(g, p)) is not None), reverse=True)
    gi, pj, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in gi and j not in pj:
            gi.add(i)
            pj.add(j)
            pairs.append((golds[i], preds[j]))
    agree = []
    for g, p in pairs:
        agree.append({
            "type": p.get("acled_event_type") == g.get("event_type"),
            "sub": p.get("acled_sub_event_type") == g.get("sub_event_type"),
            "date": date_ok(g, p), "place": place_ok(g, p),
            "country": (p.get("location") or {}).get("country") == g.get("country"),
            "actor1": actor_ok(g.get("actor1"), p.get("actor1"), p.get("date")),
            "fatalities": fatalities(p) == g.get("fatalities"),
        })
    extra = [p for j, p in enumerate(preds) if j not in pj]
    back = [p for p in extra if background(p, published)]
    return {"pairs": pairs, "agree": agree, "missed": [g for i, g in enumerate(golds) if i not in gi],
            "spurious": [p for p in extra if not background(p, published)], "background": back}


def score_set(folder: Path, verbose: bool = False, extractor=None, actor_ok=None) -> dict:
    import attrition
    if extractor is None:
        from attrition.nlp import Extractor
        extractor = Extractor()
    actor_ok = actor_ok or ActorMatcher(extractor.catalog)
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    preds, published = {}, {}
    for doc in attrition.read_documents([str(folder / "docs")]):
        if not hasattr(doc, "text"):
            print(f"unreadable: {doc}", file=sys.stderr)
            continue
        name = Path(str(doc.id)).name
        # (PLOVER's verbal and material acts with no ACLED type, "accused", "met", are not what an ACLED set codes)
        preds[name] = [r for r in extractor.extract(doc) if r.get("type") == "event" and r.get("acled_event_type")]
        published[name] = doc.published
    total = {"matched": 0, "missed": 0, "spurious": 0, "undone": 0, "background": 0, **{f: 0 for f in FIELDS}}
    for name in sorted(set(preds) | {g["doc"] for g in gold}):
        r = score_doc([g for g in gold if g["doc"] == name], preds.get(name, []), published.get(name), actor_ok)
        total["matched"] += len(r["pairs"])
        total["missed"] += len(r["missed"])
        total["spurious"] += len(r["spurious"])
        total["undone"] += sum(p.get("modality") in UNDONE for p in r["spurious"])
        total["background"] += len(r["background"])
        for a in r["agree"]:
            for f in FIELDS:
                total[f] += a[f]
        if verbose and (r["missed"] or r["spurious"] or any(not all(a.values()) for a in r["agree"])):
            print(f"== {name}")
            for (g, p), a in zip(r["pairs"], r["agree"]):
                if not all(a.values()):
                    loc = p.get("location") or {}
                    print(f"  ~ {g['evidence'][:80]!r}: wrong {[f for f in FIELDS if not a[f]]}\n"
                          f"      gold {g.get('sub_event_type')} {g.get('date')} {g.get('place')} a1={g.get('actor1')} "
                          f"f={g.get('fatalities')}\n      pred {p.get('acled_sub_event_type')} {p.get('date')} "
                          f"{loc.get('name')} a1={(p.get('actor1') or {}).get('name')} f={fatalities(p)}")
            for g in r["missed"]:
                print(f"  - missed {g.get('sub_event_type')} {g.get('date')} {g.get('place')}: {g['evidence'][:100]!r}")
            for p in r["spurious"]:
                print(f"  + spurious {p.get('acled_sub_event_type')} {p.get('date')} [{p.get('modality')}]: "
                      f"{(p.get('evidence') or {}).get('text', '')[:120]!r}")
    return total


def line(name: str, t: dict) -> str:
    m = t["matched"]
    return (f"{name}: matched {m} missed {t['missed']} spurious {t['spurious']} ({t['undone']} not told as done) "
            f"(+{t['background']} background) | "
            + " ".join(f"{f} {t[f]}/{m}" for f in FIELDS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="held-out folders (docs/ and gold.jsonl)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss, spurious event and wrong field")
    args = ap.parse_args(argv)
    from attrition.nlp import Extractor
    extractor = Extractor()
    for d in args.dirs:
        if not (d / "gold.jsonl").is_file() or not (d / "docs").is_dir():
            print(f"{d}: needs docs/ and gold.jsonl", file=sys.stderr)
            return 2
        print(line(d.name, score_set(d, args.verbose, extractor)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

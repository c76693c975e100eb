"""Extraction accuracy on the development gold sets.

    python benchmarks/accuracy.py [--data ../shared/dev-data] [--only case,muc4,plover,petrarch,cameo,agnews] [--limit N] [--cli]

Writes benchmarks/results/accuracy.md (metric, value, target, pass/fail, n),
accuracy.json (the same plus details) and errors_<set>.jsonl (misclassified items, with
dev-data text: git-ignored, never commit them). See benchmarks/README.md for every metric's
definition.

Scoring functions are pure (records in, numbers out) and tested on synthetic input in
tests/test_benchmarks_gold.py; extraction happens in one place, ``run_extract``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gold  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)

try:  # run from a checkout without `pip install -e .`: use the source tree
    import attrition  # noqa: F401
except ImportError:
    sys.path.insert(0, str(gold.REPO_ROOT / "src"))

RESULTS = Path(__file__).resolve().parent / "results"

# --------------------------------------------------------------------------- extraction

_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from attrition.nlp import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extractor_available() -> bool:
    try:
        from attrition.nlp import Extractor  # noqa: F401
    except ImportError:
        return False
    return True


def make_documents(items: Iterable[tuple[str, str, str | None]]):
    """(id, text, published) triples -> attrition Documents."""
    from attrition.records import Document

    return [Document(id=i, text=t, published=p) for i, t, p in items]


def _run_cli(docs) -> list[list[dict]]:
    """Fallback: `attrition extract --format jsonl` on a temporary JSONL file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                row = {"id": d.id, "text": d.text}
                if d.published:
                    row["published"] = d.published
                fh.write(json.dumps(row) + "\n")
        cmd = [sys.executable, "-c", "from attrition.cli import main; main()", "extract", "--format", "jsonl", str(path)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode not in (0,) and not proc.stdout:
            raise SystemExit(f"`attrition extract` failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    by_doc: dict[str, list[dict]] = {d.id: [] for d in docs}
    for line in proc.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            by_doc.setdefault(rec.get("doc_id") or rec.get("id"), []).append(rec)
    return [by_doc.get(d.id, []) for d in docs]


USE_CLI = False
CRASHES: list[dict] = []  # documents the extractor raised on: reported, not fatal to the run


def run_extract(docs) -> list[list[dict]]:
    """The one place the benchmarks call the extractor: Documents -> contract records per doc.

    Same records as ``Extractor.extract_many``; one document per call so that an exception
    in one document is recorded (as an error record and in CRASHES) instead of ending the run.
    """
    if USE_CLI or not extractor_available():
        return _run_cli(docs)
    ex = _extractor()
    out = []
    for d in docs:
        try:
            out.append(list(ex.extract(d)))
        except Exception as e:  # noqa: BLE001 - a benchmark reports extractor bugs, it does not stop on them
            CRASHES.append({"doc_id": d.id, "error": f"{type(e).__name__}: {e}"})
            out.append([{"type": "error", "doc_id": d.id, "error": f"extractor raised {type(e).__name__}: {e}"}])
    return out


# --------------------------------------------------------------------------- record helpers

VIOLENT_ACLED = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def events_of(recs: list[dict]) -> list[dict]:
    return [r for r in recs if r.get("type") == "event"]


def _rank(e: dict) -> tuple[float, float]:
    return (e.get("salience") or 0, e.get("confidence") or 0)


def top_event(events: list[dict], keep: Callable[[dict], bool] = lambda e: True) -> dict | None:
    """The event a report is about, of those passing ``keep``: the most salient, then the most confident;
    ties go to the earlier event.

    Salience (the extractor's per-event ``salience``: told in the lead, told again, with a named
    perpetrator and a toll, not a background event) is what a reader of the report would call its
    main event; confidence only says how sure the extractor is that an event happened. An
    extractor without salience ranks by confidence alone."""
    best = None
    for e in events:
        if keep(e) and (best is None or _rank(e) > _rank(best)):
            best = e
    return best


def has_acled(e: dict) -> bool:
    return bool(e.get("acled_event_type"))


def is_violent(e: dict) -> bool:
    """ASSAULT, or an ACLED political-violence type (Battles, Explosions/Remote violence, VAC)."""
    return e.get("plover_type") == "ASSAULT" or gold.acled_key(e.get("acled_event_type")) in {
        gold.acled_key(t) for t in VIOLENT_ACLED
    }


def actor_strings(recs: list[dict], ref: dict | None) -> list[str]:
    """An event's actor as text: its canonical name and every mention of it in the document."""
    if not ref:
        return []
    out = [ref.get("name") or ""]
    for r in recs:
        if r.get("type") == "actor" and r.get("id") == ref.get("id"):
            out.append(r.get("name") or "")
            out.extend(m.get("text", "") for m in r.get("mentions") or [])
    return [s for s in dict.fromkeys(out) if s]


def fatalities_best(e: dict) -> int:
    f = e.get("fatalities") or {}
    return int(f.get("best") or 0)


def target_deaths(e: dict) -> int:
    """An event's dead less the fighters of a non-state armed group among its actors, as the record's
    ``fatalities_by_side`` tells them: the dead MUC-4 keys as human targets (a template's HUM TGT effects name the
    people an incident was done to; guerrillas killed by troops or in their own attack are no human target)."""
    n = fatalities_best(e)
    by = e.get("fatalities_by_side") or {}
    for slot in ("actor1", "actor2"):
        if (e.get(slot) or {}).get("kind") == "armed_group":
            n -= int(by.get(slot) or 0)
    return n


# --------------------------------------------------------------------------- generic scorers


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def prf(matched_pred: int, n_pred: int, matched_gold: int, n_gold: int) -> dict:
    """Precision, recall and F1 from match counts (micro-averaged when counts are summed)."""
    p = ratio(matched_pred, n_pred)
    r = ratio(matched_gold, n_gold)
    f = 2 * p * r / (p + r) if p is not None and r is not None and (p + r) else 0.0
    return {"precision": p, "recall": r, "f1": f}


def top_confusions(pairs: Iterable[tuple[str, str]], k: int = 10) -> list[tuple[str, str, int]]:
    """The k most frequent (gold, predicted) pairs where they differ."""
    c = Counter((g, p) for g, p in pairs if g != p)
    return [(g, p, n) for (g, p), n in c.most_common(k)]


_STOP = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "s", "its", "his", "her", "their"}


def content_tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in _STOP}


def tokens_overlap(predicted: Iterable[str], gold_texts: Iterable[str]) -> bool:
    """True if any predicted actor string shares a content word with any gold actor string."""
    pred = set().union(*[content_tokens(p) for p in predicted]) if predicted else set()
    return any(pred & content_tokens(g) for g in gold_texts)


# head nouns any state's or group's actor shares: an overlap on these alone says nothing of which actor it is
_HEAD_NOUNS = {"forces", "force", "armed", "military", "army", "troops", "soldiers", "security", "police", "government",
               "officials", "official", "authorities", "rebels", "guerrillas", "militants", "fighters"}


def role_match(predicted: list[str], pred_country: str | None, gold_texts: Iterable[str],
               nation_of: Callable[[str], str | None] | None = None) -> bool:
    """Whether a predicted actor (its strings and ISO country) is one of the gold actors.

    Without ``nation_of`` (word -> ISO2 of the nation it names, or None): ``tokens_overlap``. With it, two
    corrections for nations, which token overlap reads wrongly both ways:
    - a gold text that is only a nation's word ("Palestinian", "Bosnian") matches an actor of that nation
      ("Civilians (Palestine)" with the mention "youths"): the demonym shares no token with the country's name;
    - a shared head noun alone ("forces") is no match when the gold names another nation than the actor's
      ("Vietnamese-led forces" is not "Military Forces of Cambodia")."""
    if nation_of is None:
        return tokens_overlap(predicted, gold_texts)
    pred = set().union(*[content_tokens(p) for p in predicted]) if predicted else set()
    for g in gold_texts:
        words = content_tokens(g)
        nations = {w: c for w in words if (c := nation_of(w))}
        shared = pred & words
        if shared and not (pred_country and nations and pred_country not in nations.values() and shared <= _HEAD_NOUNS):
            return True
        if nations and words <= set(nations) and pred_country in nations.values():
            return True
    return False


_GAZETTEER = None


def nation_of_word(word: str) -> str | None:
    """ISO2 of the nation a lower-case word names ("palestinian", "bosnian", "syria"), by the project's gazetteer;
    None without it."""
    global _GAZETTEER
    if _GAZETTEER is None:
        try:
            from attrition.knowledge.gazetteer import Gazetteer
            _GAZETTEER = Gazetteer.default()
        except ImportError:
            _GAZETTEER = False
    if not _GAZETTEER or not word:
        return None
    cap = word[:1].upper() + word[1:]
    return _GAZETTEER.demonym(cap) or _GAZETTEER.country_by_name(cap)


# --------------------------------------------------------------------------- CASE 2021


def score_case(pairs: list[tuple[str, dict | None]]) -> dict:
    """``pairs``: (CASE code, predicted event or None). Returns the CASE metrics.

    Event-type and sub-event accuracy over snippets whose label is one of ACLED's 25 sub-event
    types (no event = wrong); false-event rate over ORG_CRIME / NATURAL_DISASTER /
    MAN_MADE_DISASTER snippets (an ACLED-typed event on them is false).
    """
    n = type_ok = sub_ok = 0
    type_pairs, sub_pairs = [], []
    neg = neg_fp = 0
    for label, ev in pairs:
        pred_type = gold.acled_key(ev.get("acled_event_type")) if ev else None
        pred_sub = gold.acled_key(ev.get("acled_sub_event_type")) if ev else None
        if label in gold.CASE_TO_ACLED:
            g_type, g_sub = gold.CASE_TO_ACLED[label]
            n += 1
            type_ok += pred_type == gold.acled_key(g_type)
            sub_ok += pred_sub == gold.acled_key(g_sub)
            type_pairs.append((g_type, (ev or {}).get("acled_event_type") or "(none)"))
            sub_pairs.append((g_sub, (ev or {}).get("acled_sub_event_type") or "(none)"))
        elif label in gold.CASE_NON_ACLED:
            neg += 1
            neg_fp += ev is not None
    return {
        "event_type_accuracy": ratio(type_ok, n), "sub_event_accuracy": ratio(sub_ok, n), "n": n,
        "false_event_rate": ratio(neg_fp, neg), "n_non_acled": neg,
        "top_type_confusions": top_confusions(type_pairs, 10),
        "top_sub_confusions": top_confusions(sub_pairs, 15),
    }


def evaluate_case(data: Path, limit: int | None) -> tuple[dict, list[dict]]:
    items = gold.load_case(data)[:limit]
    outs = run_extract(make_documents((it.id, it.text, None) for it in items))
    pairs, errors = [], []
    for it, recs in zip(items, outs):
        ev = top_event(events_of(recs), has_acled)
        pairs.append((it.label, ev))
        if it.label in gold.CASE_UNSCORED:
            continue
        gold_pair = gold.CASE_TO_ACLED.get(it.label)
        pred_pair = (ev.get("acled_event_type"), ev.get("acled_sub_event_type")) if ev else None
        wrong = (gold_pair is None and ev is not None) or (
            gold_pair is not None and (pred_pair is None or gold.acled_key(pred_pair[1]) != gold.acled_key(gold_pair[1]))
        )
        if wrong:
            errors.append({
                "id": it.id, "gold": it.label, "gold_acled": gold_pair, "pred_acled": pred_pair,
                "pred_plover": ev.get("plover_type") if ev else None,
                "evidence": (ev.get("evidence") or {}).get("text") if ev else None,
                "all_events": [(e.get("plover_type"), e.get("acled_sub_event_type"), e.get("confidence")) for e in events_of(recs)],
                "text": it.text,
            })
    return score_case(pairs), errors


# --------------------------------------------------------------------------- MUC-4

# Our event -> MUC-4 incident type. ACLED sub-event first (more specific), then PLOVER.
#  * BOMBING in MUC-4 is the detonation of an explosive device (incl. car bombs, dynamite, and
#    grenades thrown at buildings); so ACLED's IED, suicide bomb and grenade sub-types.
#  * ATTACK is MUC-4's catch-all for violent incidents not otherwise typed (shootings,
#    murders, massacres, armed assaults; shelling and air strikes were also keyed as ATTACK),
#    so clashes, air/drone strikes, shelling, chemical weapons, VAC attack and sexual violence.
#  * KIDNAPPING = ACLED abduction/forced disappearance, PLOVER ASSAULT/abduct.
#  * ARSON = setting property on fire: ACLED's nearest sub-type is looting/property destruction
#    (PLOVER ASSAULT/destroy) when its trigger tells of fire ("set fire", "burned", "torched"); other
#    destruction of property is ATTACK (muc_incident_type); ROBBERY = PLOVER COERCE/seize (taking property by force).
#  * FORCED WORK STOPPAGE = the guerrillas' "armed strike" imposed on transport and business:
#    PLOVER PROTEST/strike and COERCE/restrict are the closest.
MUC_FROM_ACLED_SUB = {
    "armed clash": "ATTACK",
    "government regains territory": "ATTACK",
    "non-state actor overtakes territory": "ATTACK",
    "chemical weapon": "ATTACK",
    "air/drone strike": "ATTACK",
    "shelling/artillery/missile attack": "ATTACK",
    "suicide bomb": "BOMBING",
    "remote explosive/landmine/ied": "BOMBING",
    "grenade": "BOMBING",
    "attack": "ATTACK",
    "sexual violence": "ATTACK",
    "abduction/forced disappearance": "KIDNAPPING",
    "looting/property destruction": "ARSON",
}
MUC_FROM_PLOVER_MODE = {
    ("ASSAULT", "explosives"): "BOMBING",
    ("ASSAULT", "suicide-attack"): "BOMBING",
    ("ASSAULT", "abduct"): "KIDNAPPING",
    ("ASSAULT", "destroy"): "ARSON",
    ("COERCE", "seize"): "ROBBERY",
    ("PROTEST", "strike"): "FORCED WORK STOPPAGE",
    ("COERCE", "restrict"): "FORCED WORK STOPPAGE",
}
MUC_FROM_PLOVER = {"ASSAULT": "ATTACK"}


# MUC-4's ARSON is setting fire; property destroyed by other means (poles felled, windows shot out) is ATTACK
_FIRE = re.compile(r"(?i)\b(?:fire|fires|burn\w*|burnt|torch\w*|ablaze|blaze|arson\w*|flames|incendiar\w*)\b")


def muc_incident_type(e: dict) -> str | None:
    """The MUC-4 incident type of one of our events, or None when it is not a MUC incident."""
    sub = gold.acled_key(e.get("acled_sub_event_type"))
    if sub in MUC_FROM_ACLED_SUB:
        typ = MUC_FROM_ACLED_SUB[sub]
        return "ATTACK" if typ == "ARSON" and not _FIRE.search(e.get("trigger") or "") else typ
    key = (e.get("plover_type"), e.get("plover_mode"))
    if key in MUC_FROM_PLOVER_MODE:
        typ = MUC_FROM_PLOVER_MODE[key]
        return "ATTACK" if typ == "ARSON" and not _FIRE.search(e.get("trigger") or "") else typ
    return MUC_FROM_PLOVER.get(e.get("plover_type"))


def is_unidentified(actor: dict) -> bool:
    """An 'unknown gunmen' actor (PLOVER sector UAF, ACLED 'Unidentified Armed Group') names no
    organisation; MUC-4 leaves PERP: ORGANIZATION empty in that case, so it is not a prediction."""
    return actor.get("sector") == "UAF" or str(actor.get("id") or "").startswith("unidentified")


def normalise_name(s: str) -> str:
    s = re.sub(r"[^A-Z0-9]+", " ", s.upper()).strip()
    return re.sub(r"^THE ", "", s)


def names_match(a: str, b: str) -> bool:
    """Equal after normalisation, or one a whole-word run inside the other ("ARMED FORCES" in
    "SALVADORAN ARMED FORCES")."""
    x, y = normalise_name(a), normalise_name(b)
    if not x or not y:
        return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def match_entities(gold_entities: list[gold.MucEntity], predicted: list[list[str]]) -> dict:
    """Match predicted actors (each a list of strings) to gold entities (alternative strings).

    A pair matches if any string matches any alternative. Each side is counted once. Optional
    gold entities ('?' in the key) add to the matched counts when found and are not required
    (no recall penalty when missed); a predicted actor matching an optional entity is correct.
    """
    matched_gold = set()
    matched_pred = set()
    for gi, ent in enumerate(gold_entities):
        for pi, strings in enumerate(predicted):
            if pi in matched_pred:
                continue
            if any(names_match(s, alt) for s in strings for alt in ent.alternatives):
                matched_gold.add(gi)
                matched_pred.add(pi)
                break
    n_gold = sum(1 for gi, e in enumerate(gold_entities) if not e.optional or gi in matched_gold)
    return {"matched_gold": len(matched_gold), "n_gold": n_gold,
            "matched_pred": len(matched_pred), "n_pred": len(predicted)}


def score_muc(rows: list[dict]) -> dict:
    """``rows``: one per document with keys relevant, gold_types (main template alternatives),
    pred_type, gold_orgs (MucEntity list), pred_orgs (list of string lists), gold_deaths,
    pred_deaths_sum, pred_deaths_max, any_incident (bool)."""
    rel = [r for r in rows if r["relevant"]]
    irr = [r for r in rows if not r["relevant"]]
    type_ok = sum(1 for r in rel if r["pred_type"] in r["gold_types"])
    counts = Counter()
    for r in rel:
        m = match_entities(r["gold_orgs"], r["pred_orgs"])
        counts.update(m)
    perp = prf(counts["matched_pred"], counts["n_pred"], counts["matched_gold"], counts["n_gold"])
    with_deaths = [r for r in rel if r["gold_deaths"] is not None]
    return {
        "incident_type_accuracy": ratio(type_ok, len(rel)), "n_relevant": len(rel),
        "perp_org": perp | dict(counts),
        "deaths_exact_sum": ratio(sum(r["pred_deaths_sum"] == r["gold_deaths"] for r in with_deaths), len(with_deaths)),
        "deaths_exact_max": ratio(sum(r["pred_deaths_max"] == r["gold_deaths"] for r in with_deaths), len(with_deaths)),
        "deaths_exact_targets": ratio(sum(r["pred_deaths_targets"] == r["gold_deaths"] for r in with_deaths),
                                      len(with_deaths)),
        "n_deaths": len(with_deaths),
        "irrelevant_false_event_rate": ratio(sum(r["any_incident"] for r in irr), len(irr)), "n_irrelevant": len(irr),
        "type_confusions": top_confusions(((r["gold_types"][0] if r["gold_types"] else "-", r["pred_type"] or "(none)") for r in rel), 10),
    }


def evaluate_muc(data: Path, limit: int | None) -> tuple[dict, list[dict]]:
    docs = gold.load_muc4(data)[:limit]
    outs = run_extract(make_documents((d.id, d.text, None) for d in docs))
    rows, errors = [], []
    for d, recs in zip(docs, outs):
        evs = events_of(recs)
        incidents = [e for e in evs if muc_incident_type(e)]
        main = top_event(incidents)
        pred_orgs, seen = [], set()
        for e in incidents:
            a1 = e.get("actor1")
            if a1 and not is_unidentified(a1) and a1.get("id") not in seen:
                seen.add(a1.get("id"))
                pred_orgs.append(actor_strings(recs, a1))
        deaths = [fatalities_best(e) for e in evs]
        row = {
            "id": d.id, "relevant": d.relevant, "gold_types": d.incident_types,
            "pred_type": muc_incident_type(main) if main else None,
            "gold_orgs": d.perp_orgs, "pred_orgs": pred_orgs, "gold_deaths": d.deaths,
            "pred_deaths_sum": sum(deaths), "pred_deaths_max": max(deaths, default=0),
            "pred_deaths_targets": sum(target_deaths(e) for e in evs),
            "any_incident": bool(incidents),
        }
        rows.append(row)
        problems = []
        if d.relevant:
            if row["pred_type"] not in d.incident_types:
                problems.append("incident_type")
            m = match_entities(d.perp_orgs, pred_orgs)
            if m["matched_gold"] < m["n_gold"]:
                problems.append("perp_missed")
            if m["matched_pred"] < m["n_pred"]:
                problems.append("perp_spurious")
            if d.deaths is not None and row["pred_deaths_targets"] != d.deaths:
                problems.append("deaths")
        elif incidents:
            problems.append("false_event")
        if problems:
            errors.append({
                "id": d.id, "problems": problems, "gold_types": d.incident_types,
                "pred_type": row["pred_type"],
                "gold_orgs": [list(e.alternatives) + (["?"] if e.optional else []) for e in d.perp_orgs],
                "pred_orgs": pred_orgs, "gold_deaths": d.deaths, "deaths_note": d.deaths_note,
                "pred_deaths": [(e.get("plover_type"), e.get("fatalities"), e.get("fatalities_by_side"),
                                 (e.get("evidence") or {}).get("text")) for e in evs if e.get("fatalities")],
                "pred_events": [(e.get("plover_type"), e.get("plover_mode"), e.get("acled_sub_event_type"),
                                 (e.get("actor1") or {}).get("name"), e.get("confidence"),
                                 (e.get("evidence") or {}).get("text")) for e in evs],
                "text": d.text[:1500],
            })
    return score_muc(rows), errors


# --------------------------------------------------------------------------- PLOVER GSR


def score_plover(rows: list[dict]) -> dict:
    """``rows``: gold_type, pred_type (None: no event), and for role scoring gold_sources,
    gold_targets (texts), pred_source, pred_target (lists of strings, [] when missing)."""
    with_ev = [r for r in rows if r["pred_type"]]
    src = [r for r in with_ev if r["gold_sources"]]
    tgt = [r for r in with_ev if r["gold_targets"]]
    return {
        "type_accuracy": ratio(sum(r["pred_type"] == r["gold_type"] for r in with_ev), len(with_ev)),
        "coverage": ratio(len(with_ev), len(rows)), "n": len(rows), "n_with_event": len(with_ev),
        "source_accuracy": ratio(sum(r["source_ok"] if "source_ok" in r else tokens_overlap(r["pred_source"], r["gold_sources"])
                                     for r in src), len(src)),
        "n_source": len(src),
        "target_accuracy": ratio(sum(r["target_ok"] if "target_ok" in r else tokens_overlap(r["pred_target"], r["gold_targets"])
                                     for r in tgt), len(tgt)),
        "n_target": len(tgt),
        "type_confusions": top_confusions(((r["gold_type"], r["pred_type"]) for r in with_ev), 10),
    }


def evaluate_plover(data: Path, limit: int | None) -> tuple[dict, list[dict]]:
    items = gold.load_plover(data)[:limit]
    outs = run_extract(make_documents((it.id, it.text, None) for it in items))
    rows, errors = [], []
    for it, recs in zip(items, outs):
        ev = top_event(events_of(recs))
        row = {
            "gold_type": it.gold_type, "pred_type": ev.get("plover_type") if ev else None,
            "gold_sources": it.sources, "gold_targets": it.targets,
            "pred_source": actor_strings(recs, ev.get("actor1")) if ev else [],
            "pred_target": actor_strings(recs, ev.get("actor2")) if ev else [],
        }
        row["source_ok"] = role_match(row["pred_source"], ((ev or {}).get("actor1") or {}).get("country"), it.sources, nation_of_word)
        row["target_ok"] = role_match(row["pred_target"], ((ev or {}).get("actor2") or {}).get("country"), it.targets, nation_of_word)
        rows.append(row)
        problems = []
        if ev and row["pred_type"] != it.gold_type:
            problems.append("type")
        if ev and it.sources and not row["source_ok"]:
            problems.append("source")
        if ev and it.targets and not row["target_ok"]:
            problems.append("target")
        if not ev:
            problems.append("no_event")
        if problems:
            errors.append({"id": it.id, "problems": problems, "gold_type": it.gold_type, "gold_old": it.old_type,
                           "gold_mode": it.mode, "pred_type": row["pred_type"], "pred_mode": ev.get("plover_mode") if ev else None,
                           "gold_sources": it.sources, "pred_source": row["pred_source"],
                           "gold_targets": it.targets, "pred_target": row["pred_target"], "text": it.text})
    return score_plover(rows), errors


# --------------------------------------------------------------------------- PETRARCH


def _alpha3(country: str | None) -> str | None:
    if not country:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=country.upper())
        return c.alpha_3 if c else None
    except ImportError:
        return None


def score_petrarch(rows: list[dict]) -> dict:
    """``rows``: gold_types (set of PLOVER types), pred_type, and for the real-news file gold
    source/target country prefixes (sets of CAMEO 3-letter codes) vs our actors' alpha-3."""
    with_gold = [r for r in rows if r["gold_types"]]
    with_ev = [r for r in with_gold if r["pred_type"]]
    src = [r for r in with_ev if r.get("gold_src") and r.get("score_actors")]
    tgt = [r for r in with_ev if r.get("gold_tgt") and r.get("score_actors")]
    return {
        "type_agreement": ratio(sum(r["pred_type"] in r["gold_types"] for r in with_ev), len(with_ev)),
        "coverage": ratio(len(with_ev), len(with_gold)), "n": len(with_gold), "n_with_event": len(with_ev),
        "source_agreement": ratio(sum(r["pred_src"] in r["gold_src"] for r in src), len(src)), "n_source": len(src),
        "target_agreement": ratio(sum(r["pred_tgt"] in r["gold_tgt"] for r in tgt), len(tgt)), "n_target": len(tgt),
    }


def evaluate_petrarch(data: Path, limit: int | None) -> tuple[dict, list[dict]]:
    items = gold.load_petrarch(data)[:limit]
    outs = run_extract(make_documents((it.id, it.text, None) for it in items))
    rows, errors = [], []
    for it, recs in zip(items, outs):
        ev = top_event(events_of(recs))
        # Only the real-news file (PETR2_GSR) codes real countries; the unit-test sentences use
        # an invented world (Arnor, Gondor...) with its own dictionary, so only types are scored there.
        real = it.file.startswith("PETR2")
        row = {
            "gold_types": it.plover_types, "pred_type": ev.get("plover_type") if ev else None,
            "score_actors": real,
            "gold_src": {(e["sourcecode"] or "")[:3] for e in it.events if e.get("sourcecode")},
            "gold_tgt": {(e["targetcode"] or "")[:3] for e in it.events if e.get("targetcode")},
            "pred_src": _alpha3(((ev or {}).get("actor1") or {}).get("country")),
            "pred_tgt": _alpha3(((ev or {}).get("actor2") or {}).get("country")),
        }
        rows.append(row)
        if it.plover_types and (not ev or row["pred_type"] not in it.plover_types):
            errors.append({"id": it.id, "file": it.file, "gold": [dict(e) for e in it.events],
                           "pred_type": row["pred_type"], "text": it.text})
    return score_petrarch(rows), errors


# --------------------------------------------------------------------------- ConfliBERT CAMEO


def evaluate_cameo(data: Path, limit: int | None) -> tuple[dict, list[dict]]:
    """Roles on ConfliBERT's CAMEO sentences, scored as PLOVER GSR's: the top event's actor1
    (actor2) shares a content word with a gold source (target) span. The CAMEO classes are not
    mapped to our types, so only coverage and roles are reported."""
    items = gold.load_cameo(data)[:limit]
    outs = run_extract(make_documents((it.id, it.text, None) for it in items))
    rows, errors = [], []
    for it, recs in zip(items, outs):
        ev = top_event(events_of(recs))
        row = {
            "gold_type": None, "pred_type": ev.get("plover_type") if ev else None,
            "gold_sources": it.sources, "gold_targets": it.targets,
            "pred_source": actor_strings(recs, ev.get("actor1")) if ev else [],
            "pred_target": actor_strings(recs, ev.get("actor2")) if ev else [],
        }
        row["source_ok"] = role_match(row["pred_source"], ((ev or {}).get("actor1") or {}).get("country"), it.sources, nation_of_word)
        row["target_ok"] = role_match(row["pred_target"], ((ev or {}).get("actor2") or {}).get("country"), it.targets, nation_of_word)
        rows.append(row)
        problems = []
        if ev and it.sources and not row["source_ok"]:
            problems.append("source")
        if ev and it.targets and not row["target_ok"]:
            problems.append("target")
        if problems:
            errors.append({"id": it.id, "problems": problems, "label": it.label, "pred_type": row["pred_type"],
                           "pred_mode": ev.get("plover_mode"), "trigger": ev.get("trigger"),
                           "gold_sources": it.sources, "pred_source": row["pred_source"],
                           "gold_targets": it.targets, "pred_target": row["pred_target"], "text": it.text})
    m = score_plover(rows)
    return {k: m[k] for k in ("coverage", "n", "n_with_event", "source_accuracy", "n_source",
                              "target_accuracy", "n_target")}, errors


# --------------------------------------------------------------------------- AG News


def score_false_violence(rows: list[tuple[str, int]]) -> dict:
    """``rows``: (label, number of violent events) per AG News item of a non-World class."""
    n = len(rows)
    events = sum(k for _, k in rows)
    return {
        "violent_per_1000": 1000 * events / n if n else None, "n": n, "violent_events": events,
        "items_with_violent_event": sum(1 for _, k in rows if k),
        "by_class": {lab: sum(k for l2, k in rows if l2 == lab) for lab in sorted({l for l, _ in rows})},
    }


def evaluate_agnews(data: Path, limit: int | None) -> tuple[dict, list[dict]]:
    items = [it for it in gold.load_ag_news(data) if it.label != "World"][:limit]
    outs = run_extract(make_documents((it.id, it.text, None) for it in items))
    rows, errors = [], []
    for it, recs in zip(items, outs):
        violent = [e for e in events_of(recs) if is_violent(e)]
        rows.append((it.label, len(violent)))
        for e in violent:
            errors.append({"id": it.id, "label": it.label, "plover_type": e.get("plover_type"),
                           "plover_mode": e.get("plover_mode"), "acled_sub_event_type": e.get("acled_sub_event_type"),
                           "confidence": e.get("confidence"), "evidence": (e.get("evidence") or {}).get("text"),
                           "text": it.text})
    return score_false_violence(rows), errors


# --------------------------------------------------------------------------- report

EVALUATIONS = {
    "case": evaluate_case, "muc4": evaluate_muc, "plover": evaluate_plover,
    "petrarch": evaluate_petrarch, "cameo": evaluate_cameo, "agnews": evaluate_agnews,
}


def table_rows(m: dict) -> list[dict]:
    """The headline table: (metric, value, target, comparison, n)."""
    rows = []

    def add(name, value, target, cmp, n):
        passed = None if value is None or target is None else (value >= target if cmp == ">=" else value < target)
        rows.append({"metric": name, "value": value, "target": f"{cmp} {target}" if target is not None else "",
                     "pass": passed, "n": n})

    if "case" in m:
        c = m["case"]
        add("CASE 2021: ACLED event-type accuracy", c["event_type_accuracy"], 0.85, ">=", c["n"])
        add("CASE 2021: ACLED sub-event accuracy", c["sub_event_accuracy"], 0.75, ">=", c["n"])
        add("CASE 2021: false-event rate on non-ACLED snippets", c["false_event_rate"], None, "", c["n_non_acled"])
    if "muc4" in m:
        u = m["muc4"]
        add("MUC-4: incident-type accuracy (relevant docs)", u["incident_type_accuracy"], 0.80, ">=", u["n_relevant"])
        add("MUC-4: perpetrator-organisation micro-F1", u["perp_org"]["f1"], 0.60, ">=", u["perp_org"].get("n_gold", 0))
        add("MUC-4: deaths exact (human targets: armed groups' own dead left out)", u["deaths_exact_targets"], 0.70, ">=",
            u["n_deaths"])
        add("MUC-4: deaths exact (all dead, sum of events)", u["deaths_exact_sum"], None, "", u["n_deaths"])
        add("MUC-4: deaths exact (largest event)", u["deaths_exact_max"], None, "", u["n_deaths"])
        add("MUC-4: false-event rate on irrelevant docs", u["irrelevant_false_event_rate"], None, "", u["n_irrelevant"])
    if "plover" in m:
        p = m["plover"]
        add("PLOVER GSR: type accuracy (sentences with an event)", p["type_accuracy"], None, "", p["n_with_event"])
        add("PLOVER GSR: coverage (sentences with an event)", p["coverage"], None, "", p["n"])
        add("PLOVER GSR: source role accuracy", p["source_accuracy"], None, "", p["n_source"])
        add("PLOVER GSR: target role accuracy", p["target_accuracy"], None, "", p["n_target"])
    if "petrarch" in m:
        q = m["petrarch"]
        add("PETRARCH: CAMEO root -> PLOVER type agreement", q["type_agreement"], None, "", q["n_with_event"])
        add("PETRARCH: coverage", q["coverage"], None, "", q["n"])
        add("PETRARCH GSR: source country agreement", q["source_agreement"], None, "", q["n_source"])
        add("PETRARCH GSR: target country agreement", q["target_agreement"], None, "", q["n_target"])
    if "cameo" in m:
        k = m["cameo"]
        add("ConfliBERT CAMEO: coverage (sentences with an event)", k["coverage"], None, "", k["n"])
        add("ConfliBERT CAMEO: source role accuracy (sentences with an event)", k["source_accuracy"], None, "", k["n_source"])
        add("ConfliBERT CAMEO: target role accuracy (sentences with an event)", k["target_accuracy"], None, "", k["n_target"])
    if "agnews" in m:
        a = m["agnews"]
        add("AG News (Sports/Business/Sci-Tech): violent events per 1,000", a["violent_per_1000"], 2, "<", a["n"])
    return rows


def _fmt(v) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}" if v < 10 else f"{v:.1f}"
    return str(v)


def render_markdown(metrics: dict, meta: dict) -> str:
    lines = ["# Extraction accuracy", "",
             f"Run {meta['when']} · commit {meta['commit']} · via {meta['via']} · data `{meta['data']}`"
             + (f" · limit {meta['limit']}" if meta.get("limit") else "")
             + (f" · **extractor raised on {meta['extractor_crashes']} documents**" if meta.get("extractor_crashes") else ""), "",
             "| metric | value | target | pass | n |", "|---|---|---|---|---|"]
    for r in table_rows(metrics):
        mark = "" if r["pass"] is None else ("pass" if r["pass"] else "FAIL")
        lines.append(f"| {r['metric']} | {_fmt(r['value'])} | {r['target']} | {mark} | {r['n']} |")
    for key, title, field in (("case", "CASE 2021: top sub-event confusions (gold → predicted)", "top_sub_confusions"),
                              ("case", "CASE 2021: top event-type confusions", "top_type_confusions"),
                              ("muc4", "MUC-4: incident-type confusions (main template)", "type_confusions"),
                              ("plover", "PLOVER GSR: type confusions", "type_confusions")):
        if key in metrics and metrics[key].get(field):
            lines += ["", f"## {title}", "", "| gold | predicted | n |", "|---|---|---|"]
            lines += [f"| {g} | {p} | {n} |" for g, p, n in metrics[key][field]]
    if "muc4" in metrics:
        po = metrics["muc4"]["perp_org"]
        lines += ["", f"MUC-4 perpetrator organisations: precision {_fmt(po['precision'])}, recall {_fmt(po['recall'])} "
                  f"({po.get('matched_pred', 0)}/{po.get('n_pred', 0)} predicted, {po.get('matched_gold', 0)}/{po.get('n_gold', 0)} gold)."]
    if "agnews" in metrics:
        a = metrics["agnews"]
        lines += ["", f"AG News: {a['violent_events']} violent events on {a['items_with_violent_event']} of {a['n']} items; by class {a['by_class']}."]
    lines += ["", "Definitions: benchmarks/README.md. Error files (git-ignored): benchmarks/results/errors_*.jsonl.", ""]
    return "\n".join(lines)


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=gold.REPO_ROOT).stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    global USE_CLI
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=gold.DEFAULT_DATA, help="dev-data folder (default ../shared/dev-data)")
    ap.add_argument("--only", default=",".join(EVALUATIONS), help="comma-separated subset of " + ",".join(EVALUATIONS))
    ap.add_argument("--limit", type=int, default=None, help="at most N items per gold set (quick runs)")
    ap.add_argument("--cli", action="store_true", help="run `attrition extract` instead of the Python API")
    ap.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    args = ap.parse_args(argv)
    USE_CLI = args.cli
    gold.require(args.data)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in EVALUATIONS]
    if unknown:
        ap.error(f"unknown gold set(s) {unknown}; choose from {list(EVALUATIONS)}")
    if not USE_CLI and not extractor_available():
        print("attrition.nlp.Extractor not importable; falling back to `attrition extract`", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    metrics, timings = {}, {}
    for name in chosen:
        t0 = time.perf_counter()
        metrics[name], errors = EVALUATIONS[name](args.data, args.limit)
        timings[name] = round(time.perf_counter() - t0, 2)
        with (args.out / f"errors_{name}.jsonl").open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False, default=list) + "\n")
        print(f"{name}: done in {timings[name]}s, {len(errors)} error items", file=sys.stderr)
    meta = {"when": time.strftime("%Y-%m-%d %H:%M"), "commit": _commit(), "data": str(args.data),
            "via": "CLI" if USE_CLI or not extractor_available() else "Extractor API", "limit": args.limit,
            "seconds": timings, "extractor_crashes": len(CRASHES)}
    crash_file = args.out / "errors_crashes.jsonl"
    crash_file.unlink(missing_ok=True)  # no stale crash list from an earlier run
    if CRASHES:
        crash_file.write_text("".join(json.dumps(c) + "\n" for c in CRASHES))
        print(f"extractor raised on {len(CRASHES)} documents: see {args.out / 'errors_crashes.jsonl'}", file=sys.stderr)
    report = {"meta": meta, "table": table_rows(metrics), "metrics": metrics}
    (args.out / "accuracy.json").write_text(json.dumps(report, indent=2, default=lambda o: o.__dict__ if hasattr(o, "__dict__") else list(o)) + "\n")
    (args.out / "accuracy.md").write_text(render_markdown(metrics, meta))
    print(render_markdown(metrics, meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())

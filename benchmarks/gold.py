"""Loaders for the development gold sets, and the label mappings they need.

The gold data lives outside the repository (``../shared/dev-data`` relative to the
repo root; see that folder's README) and must never be copied in. Every loader takes
the data folder and returns plain dataclasses; mapping tables from the gold sets'
label schemes to ours (ACLED names, PLOVER v2 types) live here, next to the parsers
that need them, so a reader can check a label against its source in one file.

Nothing here imports ``attrition``: the loaders and scorers are tested on synthetic
input without the extraction pipeline.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "dev-data"


class MissingData(SystemExit):
    """Raised (as a clean exit) when the dev-data folder or a file in it is absent."""


def require(path: Path) -> Path:
    """Return ``path`` or exit with a message saying what is missing and why."""
    if not path.exists():
        raise MissingData(
            f"gold data not found: {path}\n"
            "The benchmarks read the development gold sets from ../shared/dev-data "
            "(relative to the repository root); pass --data DIR to point elsewhere."
        )
    return path


# --------------------------------------------------------------------------- ACLED / CASE 2021

ACLED_EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# CASE 2021 task 2 codes -> (ACLED event type, ACLED sub-event type), names as ACLED writes them.
CASE_TO_ACLED: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}
# Types outside ACLED's scope: any ACLED-typed event we produce on them is a false event.
CASE_NON_ACLED = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER")
# Sub-task 3 types (diplomacy, attribution): outside the brief's scoring, loaded but unscored.
CASE_UNSCORED = ("DIPLO", "ATTRIB")


def acled_key(name: str | None) -> str | None:
    """Compare ACLED names case- and spacing-insensitively ("Air/drone strike" == "air/drone  strike")."""
    if name is None:
        return None
    return re.sub(r"\s+", " ", name.strip().lower()) or None


@dataclass(frozen=True)
class CaseItem:
    id: str
    text: str
    label: str  # the CASE code, e.g. "AIR_STRIKE"

    @property
    def acled(self) -> tuple[str, str] | None:
        return CASE_TO_ACLED.get(self.label)


def load_case(data: Path) -> list[CaseItem]:
    path = require(data / "case2021_task2" / "test_set_final_release_with_labels.tsv")
    items: list[CaseItem] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if [h.strip() for h in header[:3]] != ["id", "EventSnippet", "SubType"]:
            raise ValueError(f"{path}: unexpected header {header!r}")
        for row in reader:
            if not row:
                continue
            label = row[2].strip()
            if label not in CASE_TO_ACLED and label not in CASE_NON_ACLED + CASE_UNSCORED:
                raise ValueError(f"{path}: unknown CASE label {label!r} for id {row[0]}")
            items.append(CaseItem(id=f"case-{row[0].strip()}", text=row[1], label=label))
    return items


# --------------------------------------------------------------------------- MUC-4

_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _entries(value) -> list[str]:
    """A template slot as a list of its fills ('-' = empty)."""
    values = value if isinstance(value, list) else [value]
    return [v.strip() for v in values if v and v.strip() != "-"]


def parse_fill(entry: str) -> tuple[list[str], bool]:
    """A string fill like ``? "FMLN" / "FARABUNDO MARTI ..."`` -> (alternatives, optional).

    A leading ``?`` marks a fill the key's authors were unsure of: MUC scoring treats it as
    optional (credit if found, no penalty if missed).
    """
    optional = entry.startswith("?")
    alts = [a.replace('\\"', '"') for a in _QUOTED.findall(entry)]
    return alts, optional


@dataclass(frozen=True)
class MucEntity:
    alternatives: tuple[str, ...]
    optional: bool = False


@dataclass
class MucDoc:
    id: str
    text: str
    relevant: bool
    templates: list[dict] = field(repr=False)
    incident_types: tuple[str, ...] = ()  # the main (first) template's type and its alternatives
    all_incident_types: tuple[str, ...] = ()  # over every template
    perp_orgs: list[MucEntity] = field(default_factory=list)
    deaths: int | None = None  # None: the key gives no certain, numbered death
    deaths_note: str = ""


def _number_value(spec: str) -> int | None:
    """A MUC NUMBER fill's count: '6' -> 6, '2 -' (two or more) -> 2, '3 / 5' -> 3 (first
    alternative, the conservative ACLED reading), 'PLURAL', '- 139' (up to 139) -> None."""
    first = spec.split("/")[0].strip()
    m = re.fullmatch(r"(\d+)(\s*-)?", first)
    return int(m.group(1)) if m else None


def template_deaths(template: dict) -> tuple[int | None, str]:
    """The certain, numbered deaths a template records, with a note when undefined.

    Definition (documented in benchmarks/README.md): each HUM TGT: EFFECT OF INCIDENT fill whose
    effect is exactly DEATH (not '? DEATH', not 'INJURY / DEATH') is paired with the
    HUM TGT: NUMBER fill for the same target (same first quoted string). The template's deaths
    are the sum of those numbers. If any such target has no numeric count ('PLURAL', '- 139'),
    the template's deaths are undefined. A template without a certain DEATH effect gives 0.
    """
    # Keyed by the target's whole list of alternative strings; the first string alone is the
    # fallback, since two targets can share a first string ("CIVILIANS" / "CIVILIANS" / "MORE").
    numbers: dict[tuple[str, ...], int | None] = {}
    first: dict[str, int | None] = {}
    for entry in _entries(template.get("HUM TGT: NUMBER")):
        if entry.startswith("?"):
            continue
        spec, _, rest = entry.partition(":")
        alts, _ = parse_fill(rest)
        if alts:
            numbers.setdefault(tuple(alts), _number_value(spec))
            first.setdefault(alts[0], _number_value(spec))
    total = 0
    for entry in _entries(template.get("HUM TGT: EFFECT OF INCIDENT")):
        if entry.startswith("?"):
            continue
        effect, _, rest = entry.partition(":")
        if [e.strip() for e in effect.split("/")] != ["DEATH"]:
            continue
        alts, _ = parse_fill(rest)
        key = alts[0] if alts else ""
        n = numbers[tuple(alts)] if tuple(alts) in numbers else first.get(key)
        if n is None:
            return None, f"DEATH of {key!r} without a numeric count"
        total += n
    return total, ""


def parse_muc_template_types(template: dict) -> tuple[str, ...]:
    value = (template.get("INCIDENT: TYPE") or "").strip()
    return tuple(t.strip() for t in value.split("/") if t.strip())


def muc_doc_from_row(row: dict) -> MucDoc:
    templates = row.get("templates") or []
    doc = MucDoc(id=row["docid"], text=row["text"], relevant=bool(row.get("relevant", templates)), templates=templates)
    if templates:
        doc.incident_types = parse_muc_template_types(templates[0])
        seen: list[str] = []
        for t in templates:
            for it in parse_muc_template_types(t):
                if it not in seen:
                    seen.append(it)
        doc.all_incident_types = tuple(seen)
        orgs: list[MucEntity] = []
        for t in templates:
            for entry in _entries(t.get("PERP: ORGANIZATION ID")):
                alts, optional = parse_fill(entry)
                if not alts:
                    continue
                ent = MucEntity(tuple(alts), optional)
                # One organisation named in several templates is one gold entity; a certain
                # mention wins over an optional one.
                for i, other in enumerate(orgs):
                    if set(other.alternatives) & set(ent.alternatives):
                        if other.optional and not ent.optional:
                            orgs[i] = MucEntity(other.alternatives, False)
                        break
                else:
                    orgs.append(ent)
        doc.perp_orgs = orgs
        total, notes, any_death = 0, [], False
        for t in templates:
            n, note = template_deaths(t)
            if n is None:
                total = None
                notes.append(note)
                break
            total += n
            any_death = any_death or n > 0
        if total is not None and any_death:
            doc.deaths = total
        doc.deaths_note = "; ".join(notes) if notes else ("" if any_death else "no certain DEATH effect")
    return doc


def load_muc4(data: Path) -> list[MucDoc]:
    path = require(data / "muc4" / "muc4_tst3_tst4_full_keys.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [muc_doc_from_row(json.loads(line)) for line in fh if line.strip()]


# --------------------------------------------------------------------------- PLOVER GSR

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)
# The GSR (PLOVER 0.5, 2016) uses pre-v2 names. v2 folded FIGHT (military combat) into ASSAULT,
# renamed DEMAND to REQUEST and DISAPPROVE to ACCUSE, and made INVESTIGATE an ACCUSE mode.
# YIELD and ENGAGE (older drafts) are listed so a differently versioned file still maps.
PLOVER_OLD_TO_V2: dict[str, str] = {t: t for t in PLOVER_TYPES} | {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
    "ENGAGE": "COOPERATE",
}


@dataclass(frozen=True)
class PloverItem:
    id: str
    text: str
    gold_type: str  # PLOVER v2
    old_type: str
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def _actor_texts(value) -> tuple[str, ...]:
    if not value or isinstance(value, str):
        return ()
    return tuple(a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText"))


def load_plover(data: Path) -> list[PloverItem]:
    path = require(data / "plover_gsr" / "PLOVER_GSR_CAMEO.json")
    items: list[PloverItem] = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        old = rec.get("event")
        if old == "DOCUMENT":
            continue
        if old not in PLOVER_OLD_TO_V2:
            raise ValueError(f"{path}: unmapped PLOVER category {old!r} in {rec.get('id')}")
        items.append(PloverItem(
            id=rec["id"], text=rec["text"], gold_type=PLOVER_OLD_TO_V2[old], old_type=old,
            mode=rec.get("mode") or None,
            sources=_actor_texts(rec.get("source")), targets=_actor_texts(rec.get("target")),
        ))
    return items


# --------------------------------------------------------------------------- PETRARCH validation

# CAMEO root code -> PLOVER v2 type, following the PLOVER manual's CAMEO crosswalk at root level.
# 01 (public statement) has no PLOVER counterpart: PLOVER drops "make statement" as a non-event.
CAMEO_ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}


@dataclass(frozen=True)
class PetrarchItem:
    id: str
    text: str
    file: str
    events: tuple[dict, ...]  # {"eventcode", "sourcecode", "targetcode", "plover"}; () = no event

    @property
    def plover_types(self) -> set[str]:
        return {e["plover"] for e in self.events if e.get("plover")}


def load_petrarch(data: Path) -> list[PetrarchItem]:
    folder = require(data / "petrarch_validation")
    items: list[PetrarchItem] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            events = []
            for e in rec.get("gold_events", []):
                code = str(e.get("eventcode") or "")
                if not code:
                    continue  # 'noevents' / 'error' markers
                events.append({
                    "eventcode": code, "sourcecode": e.get("sourcecode"),
                    "targetcode": e.get("targetcode"), "plover": CAMEO_ROOT_TO_PLOVER.get(code[:2]),
                })
            items.append(PetrarchItem(id=rec["id"], text=rec["text"], file=path.stem, events=tuple(events)))
    return items


# --------------------------------------------------------------------------- ConfliBERT CAMEO

@dataclass(frozen=True)
class CameoItem:
    id: str
    text: str
    label: str  # the file's class column as written ("0".."4"); not mapped, not scored
    sources: tuple[str, ...]  # the source spans (B-S/I-S) and the reciprocal ones (B-R/I-R)
    targets: tuple[str, ...]  # the target spans (B-T/I-T) and the reciprocal ones


def bio_spans(tokens: list[tuple[str, str]]) -> dict[str, list[str]]:
    """BIO-tagged (word, tag) pairs -> {role letter: [span text, ...]}, words joined by spaces.

    >>> bio_spans([("Iraqi", "B-S"), ("troops", "I-S"), ("hit", "O"), ("Kurds", "B-T")])
    {'S': ['Iraqi troops'], 'T': ['Kurds']}
    """
    spans: dict[str, list[str]] = {}
    role, words = None, []
    for word, tag in tokens + [("", "O")]:
        kind, _, letter = tag.partition("-")
        if role and (kind != "I" or letter != role):
            spans.setdefault(role, []).append(" ".join(words))
            role, words = None, []
        if kind == "B" or (kind == "I" and role is None):
            role, words = letter, [word]
        elif kind == "I":
            words.append(word)
    return spans


def load_cameo(data: Path) -> list[CameoItem]:
    """ConfliBERT's CAMEO test split: ``cameo_class_test.tsv`` (sentence TAB class) and, line
    for line, ``cameo_ner_test.txt`` (one "word TAG" per line, a blank line after each sentence).
    Tags: S source, T target, R an actor on both sides of a reciprocal event ("Jordan and
    Britain agreed"), which counts as gold for both roles. The sentence text is the TSV's."""
    folder = require(data / "cameo_conflibert")
    rows = [line.rstrip("\r\n").split("\t") for line in
            require(folder / "cameo_class_test.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in require(folder / "cameo_ner_test.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            sentences[-1].append((parts[0], parts[1]))
        elif not parts and sentences[-1]:
            sentences.append([])
    sentences = [s for s in sentences if s]
    if len(sentences) != len(rows):
        raise ValueError(f"{folder}: {len(rows)} classed sentences but {len(sentences)} tagged ones")
    items: list[CameoItem] = []
    for i, (row, tokens) in enumerate(zip(rows, sentences)):
        if "".join(w for w, _ in tokens) != row[0].replace(" ", ""):
            raise ValueError(f"{folder}: sentence {i + 1} differs between the class and the tag file")
        spans = bio_spans(tokens)
        items.append(CameoItem(id=f"cameo-{i + 1}", text=row[0], label=row[1].strip() if len(row) > 1 else "",
                               sources=tuple(spans.get("S", []) + spans.get("R", [])),
                               targets=tuple(spans.get("T", []) + spans.get("R", []))))
    return items


# --------------------------------------------------------------------------- news corpora

AG_CLASSES = {1: "World", 2: "Sports", 3: "Business", 4: "Sci/Tech"}


@dataclass(frozen=True)
class NewsItem:
    id: str
    text: str
    label: str
    title: str | None = None


def load_ag_news(data: Path) -> list[NewsItem]:
    """AG News test set. The text is title and description as one short report: the
    headline, a blank line, the lead (descriptions escape newlines as a backslash)."""
    path = require(data / "news_corpora" / "ag_news_test.csv")
    items: list[NewsItem] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.reader(fh)):
            if len(row) < 3:
                continue
            label = AG_CLASSES[int(row[0])]
            title, desc = row[1].strip(), row[2].replace("\\", " ").strip()
            items.append(NewsItem(id=f"ag-{i}", text=f"{title}\n\n{desc}", label=label, title=title))
    return items


def load_bbc(data: Path) -> list[NewsItem]:
    """BBC News test articles: one per line, text TAB numeric topic label, no header."""
    path = require(data / "news_corpora" / "bbc_news_test.tsv")
    items: list[NewsItem] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
            if len(row) >= 2 and row[0].strip():
                items.append(NewsItem(id=f"bbc-{i}", text=row[0], label=row[1].strip()))
    return items

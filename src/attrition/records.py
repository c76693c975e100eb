"""The records that flow between stages: plain frozen dataclasses.

Every datum the NLP layer produces is one of these, and each carries the
evidence it rests on. ``to_dict`` gives the shape fixed by the extraction
contract (docs: ../shared/design/CONTRACT.md); fields may be added, never
renamed or dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One report: its text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    url: str | None = None
    source: str | None = None
    language: str = "en"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def date(self) -> str | None:
        """The publication date as YYYY-MM-DD, or None."""
        return self.published[:10] if self.published else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a datum rests on: offsets index into ``Document.text``."""

    doc_id: str
    text: str
    start: int
    end: int
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"doc_id": self.doc_id, "text": self.text, "start": self.start, "end": self.end}
        if self.cue is not None:
            d["cue"] = self.cue
        return d


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in a record: catalog id, canonical name, kind."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None  # PLOVER-style sector code: GOV, MIL, COP, REB, UAF, CVL, ...

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country, "sector": self.sector}


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """A distinct actor of one document with all its mentions."""

    doc_id: str
    ref: ActorRef
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "actor", "doc_id": self.doc_id, "id": self.ref.id, "name": self.ref.name,
            "kind": self.ref.kind, "country": self.ref.country, "sector": self.ref.sector,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Count:
    """A count under the conservative rules of ``attrition.numbers``: low <= best <= high; high None when open-ended."""

    best: int
    low: int
    high: int | None
    qualifier: str | None = None
    # (the toll told, the number of events it is divided among): a toll a report gives of one deed done in several
    # places at once ("strikes hit Kharkiv, Odesa and Dnipro, killing nine"), divided evenly among them as ACLED does
    divided: tuple[int, int] | None = field(default=None, repr=False)
    # the dead by side, as the report tells them ((side, n), ...; nlp/sides.py): "five terrorists and an Army corporal"
    by: tuple | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"best": self.best, "low": self.low, "high": self.high}
        if self.divided is not None:
            out["divided"] = {"told": self.divided[0], "among": self.divided[1]}
        return out


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    admin1: str | None
    admin2: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str  # point | admin2 | admin1 | country

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "admin1": self.admin1, "admin2": self.admin2, "country": self.country,
                "lat": self.lat, "lon": self.lon, "precision": self.precision}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    date: str | None
    date_precision: str | None
    location: Location | None
    fatalities: Count | None
    injured: Count | None
    modality: str
    evidence: Evidence
    confidence: float
    trigger: str | None = None
    more_evidence: tuple[Evidence, ...] = ()  # further sentences of the same event in this document
    salience: float = 0.0  # how much the report is about this event (nlp/salience.py), not how sure we are
    # the dead by side as the report tells them: {"actor1", "actor2", "civilians", "unknown"} (UCDP's deaths_a,
    # deaths_b, deaths_civilians, deaths_unknown; nlp/losses.py); None when the report does not tell them apart
    fatalities_by_side: dict[str, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "event", "doc_id": self.doc_id, "id": self.id,
            "plover_type": self.plover_type, "plover_mode": self.plover_mode,
            "acled_event_type": self.acled_event_type, "acled_sub_event_type": self.acled_sub_event_type,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "date": self.date, "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities.to_dict() if self.fatalities else None,
            "fatalities_by_side": dict(self.fatalities_by_side) if self.fatalities_by_side else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "modality": self.modality,
            "evidence": self.evidence.to_dict(),
            "more_evidence": [e.to_dict() for e in self.more_evidence],
            "confidence": round(self.confidence, 3),
            "salience": round(self.salience, 3),
            "trigger": self.trigger,
        }


@dataclass(frozen=True, slots=True)
class Relation:
    """A stated relation between two actors (a, b ordered by id)."""

    doc_id: str | None  # None for corpus-level relations
    a: ActorRef
    b: ActorRef
    polarity: str  # hostile | cooperative | mixed | neutral
    score: float
    evidence: tuple[Evidence, ...]
    first_seen: str | None
    last_seen: str | None
    periods: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "relation", "doc_id": self.doc_id, "a": self.a.to_dict(), "b": self.b.to_dict(),
            "polarity": self.polarity, "score": round(self.score, 3),
            "evidence": [e.to_dict() for e in self.evidence],
            "first_seen": self.first_seen, "last_seen": self.last_seen,
            "periods": list(self.periods),
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantitative statement: who/what, which quantity, how much, when."""

    doc_id: str
    subject: ActorRef | None
    subject_name: str
    quantity: str
    value: float
    low: float
    high: float | None
    qualifier: str | None
    unit: str
    date: str | None
    period: str | None
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        subj = self.subject.to_dict() if self.subject else {"name": self.subject_name}
        return {
            "type": "claim", "doc_id": self.doc_id, "subject": subj, "quantity": self.quantity,
            "value": self.value, "low": self.low, "high": self.high, "qualifier": self.qualifier,
            "unit": self.unit, "date": self.date, "period": self.period, "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    doc_id: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": "error", "doc_id": self.doc_id, "error": self.error}


def document_record(doc: Document, sentences: int) -> dict[str, Any]:
    """The contract's ``document`` line."""
    return {
        "type": "document", "doc_id": doc.id, "id": doc.id, "title": doc.title, "published": doc.published,
        "chars": len(doc.text), "sentences": sentences, "language": doc.language,
        "url": doc.url, "source": doc.source,
    }


__all__ = [
    "Document", "Evidence", "ActorRef", "Mention", "Actor", "Count", "Location", "Event",
    "Relation", "Claim", "ErrorRecord", "document_record", "asdict",
]

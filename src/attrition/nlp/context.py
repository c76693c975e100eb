"""What the extraction components see of a sentence: its text, span, and the mentions in it.

Every component (events, relations, claims) takes a ``SentenceContext`` and returns records;
offsets are always character offsets into the document text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import ActorRef, Document, Evidence

if TYPE_CHECKING:  # pragma: no cover
    from ..knowledge.gazetteer import Place
    from .times import TimeSpan


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor mention: a catalog alias, a generic noun resolved by context, or an unknown organisation."""

    start: int
    end: int
    text: str
    ref: ActorRef
    generic: bool = False   # "gunmen", "soldiers", "civilians"
    count: Any = None       # attrition.records.Count when a number qualifies the mention ("13 soldiers")
    metonym: bool = False   # a country name standing for its state ("China fears..."): not evidence of armed force


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    start: int
    end: int
    text: str
    place: "Place"


@dataclass(slots=True)
class SentenceContext:
    doc: Document
    index: int
    start: int
    end: int
    text: str
    actors: list[ActorSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    times: list["TimeSpan"] = field(default_factory=list)  # looked for only where read (see pipeline)
    country: str | None = None      # the country in context (sentence places, else the document's)
    date: str | None = None         # the date in context (sentence's own point date, else None)
    paragraph: int = 0
    # (offset, spaCy Doc) of the parts of the sentence where a trigger can match (whole runs of
    # non-space characters), set for gated sentences with any such part
    tokens: Any = None

    def evidence(self, cue: str | None = None) -> Evidence:
        return Evidence(self.doc.id, self.text, self.start, self.end, cue)

    def local(self, offset: int) -> int:
        """Document offset -> offset inside the sentence text."""
        return offset - self.start

"""What the extraction components see of a sentence: its text, span, and the mentions in it.

Every component (events, relations, claims) takes a ``SentenceContext`` and returns records;
offsets are always character offsets into the document text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import textre
from ..records import ActorRef, Document, Evidence
# (imported with the context, not when a sentence's times are first read: its regexes are compiled with the model,
# not inside the first document that names a time)
from .times import TimeSpan, find_times

if TYPE_CHECKING:  # pragma: no cover
    from ..knowledge.gazetteer import Place


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
    qualified: bool = False  # a generic state noun with its nation's adjective ("Kenyan officials"): names the state


_APPOSITIVE_OPEN = textre.compile(r"(?i),\s*(?:a|an|the)\s+[^,;.]*")
_RELATIVE_TO_VERB = textre.compile(r"(?i)[^,;.]*,\s*(?:who|which)\b[^,;.]*")


def in_appositive(text: str, head_end: int, start: int, end: int, verb_start: int) -> bool:
    """Whether the name at ``start:end`` sits in an appositive of the name ending at ``head_end`` that a relative
    clause holding the verb follows: "Hafiz Saeed Khan, a former commander of the TTP, who pledged allegiance to
    ..." (Khan pledged, not the TTP). Offsets index ``text``."""
    return head_end <= start and _APPOSITIVE_OPEN.fullmatch(text, head_end, start) is not None and \
        _RELATIVE_TO_VERB.fullmatch(text, end, verb_start) is not None


_ASIDE_OPEN = textre.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?,\s*[^,;.()]{0,40}")
_ASIDE_CLOSE = textre.compile(r"[^,;.()]{0,25},\s*(?:(?:has|have|had|also|later|quickly|swiftly|\w+ly)\s+){0,2}")


def in_aside(text: str, head_end: int, start: int, end: int, verb_start: int) -> bool:
    """Whether the name at ``start:end`` sits in an aside between commas after the name ending at ``head_end``,
    which the verb at ``verb_start`` follows: "JNIM, linked to al-Qaeda, claimed the attack" (JNIM claimed)."""
    return head_end <= start and _ASIDE_OPEN.fullmatch(text, head_end, start) is not None and \
        _ASIDE_CLOSE.fullmatch(text, end, verb_start) is not None


_NOT_LOOKED = object()  # a sentence whose times were never looked for


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    start: int
    end: int
    text: str
    place: "Place"


class SentenceContext:
    """One sentence as the components see it: document offsets, the actors, places and times in it.

    Times are looked for only where read: the pipeline calls :meth:`times_from` with the date they
    are resolved against, and the first read of ``times`` or ``date`` finds them (``date`` is then
    the sentence's first point time). Given to the constructor, they are taken as they are."""

    __slots__ = ("doc", "index", "start", "end", "text", "actors", "places", "country", "paragraph", "tokens",
                 "_times", "_date", "_role_date", "_time_ref")

    def __init__(self, doc: Document, index: int, start: int, end: int, text: str,
                 actors: list[ActorSpan] | None = None, places: list[PlaceSpan] | None = None,
                 times: list["TimeSpan"] | None = None, country: str | None = None, date: str | None = None,
                 paragraph: int = 0, tokens: Any = None):
        self.doc, self.index, self.start, self.end, self.text = doc, index, start, end, text
        self.actors: list[ActorSpan] = [] if actors is None else actors
        self.places: list[PlaceSpan] = [] if places is None else places
        self.country = country      # the country in context (sentence places, else the document's)
        self.paragraph = paragraph
        # (offset, spaCy Doc) of the parts of the sentence where a trigger can match (whole runs of
        # non-space characters), set for gated sentences with any such part
        self.tokens = tokens
        self._times: list["TimeSpan"] | None = [] if times is None else times
        self._date = date           # the date in context (sentence's own point date, else None)
        self._role_date = date      # the first day that date covers ("late August 2021": 2021-08-21)
        self._time_ref: str | None | object = _NOT_LOOKED if times is None else None

    def times_from(self, ref: str | None) -> None:
        """Find the sentence's times, resolved against ``ref`` (the document date), when first read."""
        self._times, self._time_ref = None, ref

    def days_from(self, ref: str | None) -> list["TimeSpan"]:
        """The days the sentence names (points of a day's precision), its times looked for first (against ``ref``)
        if nobody had asked for them."""
        self.role_date_from(ref)
        return [t for t in self.times if t.kind == "point" and t.precision == "day"]

    def role_date_from(self, ref: str | None) -> str | None:
        """``role_date``, the sentence's times looked for first (against ``ref``) if nobody had asked for them."""
        if self._time_ref is _NOT_LOOKED:
            self.times_from(ref)
        return self.role_date

    @property
    def times(self) -> list["TimeSpan"]:
        if self._times is None:
            self._times = find_times(self.text, self._time_ref, offset=self.start)
            pts = [t for t in self._times if t.kind == "point"]
            self._date = pts[0].value if pts else None
            self._role_date = (pts[0].period[0] if pts[0].period else pts[0].value) if pts else None
        return self._times

    @times.setter
    def times(self, value: list["TimeSpan"]) -> None:
        self._times = value

    @property
    def date(self) -> str | None:
        if self._times is None:
            self.times  # noqa: B018 - finds the times, and so the date
        return self._date

    @date.setter
    def date(self, value: str | None) -> None:
        self._date = self._role_date = value

    @property
    def role_date(self) -> str | None:
        """The date to resolve actors' roles on: the first day the sentence's date covers, so that "in late August
        2021" finds the Taliban in government (the date itself, "2021-08", would be read as its first day)."""
        if self._times is None:
            self.times  # noqa: B018 - finds the times, and so the date
        return self._role_date

    def evidence(self, cue: str | None = None) -> Evidence:
        return Evidence(self.doc.id, self.text, self.start, self.end, cue)

    def local(self, offset: int) -> int:
        """Document offset -> offset inside the sentence text."""
        return offset - self.start

    def __repr__(self) -> str:
        return f"SentenceContext({self.doc.id!r}, {self.index}, {self.start}, {self.end}, {self.text[:40]!r})"

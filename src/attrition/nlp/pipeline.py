"""The extraction pipeline: Document in, contract records out.

    >>> from attrition.nlp import Extractor
    >>> from attrition.records import Document
    >>> ex = Extractor()
    >>> recs = ex.extract(Document(id="d1", text="Gunmen killed 3 policemen in Peshawar on 2 May 2023."))
    >>> [r["type"] for r in recs]
    ['document', 'actor', 'actor', 'event', 'claim']

How it stays fast: the whole document is split into sentences and scanned once for actor aliases,
trigger words and generic nouns (one pass for all, PhraseGroups) and once for place names; only sentences that contain a trigger or cue are
handed to the components, and of those only the words around places where an event trigger can
match are tokenised by spaCy (blank English), for the one component that reads tokens. Work whose result
nobody reads is skipped: times are found when first read (by a component, or to resolve an actor),
generic actors only where events or claims read them (or an event may use them). Nothing is
tokenised twice, and nothing per token runs in Python outside those sentences.

Most documents (three news items in five) yield no record but their own, and each pays for the document
scans that find that out; those scans are made to cost little. A scan that usually finds nothing is not
run when a test in C shows it cannot (a substring; the text's runs of word characters, from bytes.translate
and split, met with a set of the words its matches open with). A regex is given a literal or a character
set to start with, so that the engine skips in C to the few offsets where it can match, instead of a
leading look-behind tried at every offset; one anchored at the end of a window ("in the " before a country)
is matched at the start of the reversed window, or the word before is found by stepping back; and
possessive quantifiers keep it from trying every split of a phrase that has one reading.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator

import spacy

from .. import textre
from ..datelines import find_published, is_dateline_head, period_end
from ..knowledge.catalog import Catalog
from ..knowledge.gazetteer import Gazetteer, distance_km, fold
from ..knowledge.lexicon import Lexicon, person_nouns
from ..records import Actor, ActorRef, Document, ErrorRecord, Event, Mention, document_record
from .context import ActorSpan, PlaceSpan, SentenceContext
from .claims import ClaimFinder
from .events import EventDraft, EventExtractor, KillReference
from .merge import DISPUTE, DISPUTE_WORDS, merge_drafts
from .mentions import MentionFinder, across_border, drop_overlapping, is_caps
from .orgs import OrgDetector
from .phrases import PhraseGroups, PhraseIndex
from .relations import RelationFinder
from .roles import MEMBER_OF
from .segment import opens_entry, split_sentences
from .typing import is_civilian


# a country name after these is a place, not an actor (a space: any white space)
_LOCATIVE_WORDS = (
    "in", "at", "from", "to", "into", "across", "near", "inside", "outside", "throughout", "within", "of", "around", "via",
    "towards", "toward", "through", "over", "entered", "entering", "visited", "visiting", "visit", "left", "leaving",
    "reached", "border", "borders", "bordering", "northern", "southern", "eastern", "western", "central", "north", "south",
    "east", "west", "north-east", "northeast", "north-west", "northwest", "south-east", "southeast", "south-west",
    "southwest", "north-eastern", "northeastern", "north-western", "northwestern", "south-eastern", "southeastern",
    "south-western", "southwestern", "border with", "borders with", "frontier with", "war-torn", "neighbouring",
    "neighboring")
# The words before a country name are matched backwards, at the start of the reversed text before it
# ("eht ni" for "... in the "): a regex anchored at the end ("(?i)\b(?:in|at|...)\s+(?:the\s+)?$") is tried
# at every offset of the text before it, each time with every word.
_LOCATIVE_BEFORE_REVERSED = textre.compile(r"(?i)\s+(?:eht\s+)?(?:" + "|".join(
    sorted((r"\s+".join(re.escape(w[::-1]) for w in phrase.split()[::-1]) for phrase in _LOCATIVE_WORDS), key=len, reverse=True))
    + r")\b")


_SPLIT_FROM = textre.compile(r"(?i)\b(?:independence|secession|autonomy|separation|break(?:ing)?\s+away|split)\s+from\s+(?:the\s+)?$")


# "ISIS-K fighters", "National Liberation Army (ELN) guerrillas", "Shining Path Maoist extremists",
# "terrorists of the Maoist Shining Path": the named group's own people (one qualifier may sit between)
_QUALIFIER = r"(?:(?!(?:and|or|with|against|by|to|from|on|in|at|the|a|an|of|for|as|than|killed|attacked)\b)[A-Za-z-]+\s+)?"
_SAME_GROUP = textre.compile(r"(?i)\bthe\s+same\s+(?:armed\s+)?(?:group|militia|faction|militants|rebels|insurgents|jihadists)\b")
_LABEL_AFTER = textre.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[*_]*:(?!\d)")
_LINKED_BEFORE = textre.compile(r"\b((?:[A-Z][\w']*\s+){0,3}[A-Z][\w']*)-(?:linked|affiliated|aligned)\s+(?:[A-Za-z]+\s+)?$")
_NEXT_WORD = textre.compile(r"[\s-]+([A-Za-z]+)")
_NAME_GOES_ON = textre.compile(r"\s+[A-Z][a-z]")
_MODIFIED_EXTRA = frozenset({
    "agents", "agent", "team", "teams", "players", "company", "companies", "firm", "firms", "market", "markets",
    "economy", "shares", "stocks", "officials", "embassy", "consulate", "envoy", "envoys", "delegation", "navy",
    "intelligence", "nationals", "citizens", "border", "side", "league", "squad", "coach", "fans", "media",
    "state", "authorities", "troops", "forces", "army", "military", "police", "government"})
_INSURGENTS = textre.compile(r"(?i)(?:guerrill(?:a|as|ero|eros)|rebels?|insurgents?|rebel\s+fighters)")
_OWN_PEOPLE_AFTER = textre.compile(r"['’]?s?[)\]]?\s+" + _QUALIFIER, re.I)
# a pronoun that opens a sentence as the subject of a deed or a claim: "In April it claimed a suicide bombing"
_PRONOUN_DEED = textre.compile(r"(?:(?:In|On|Later|Earlier|Last)\b[^,.;]{0,30}?,?\s+)?(?P<p>[Ii]t|[Tt]hey)\s+(?:later\s+|also\s+|then\s+)?"
                               r"(?:claimed|carried\s+out|attacked|killed|bombed|stormed|ambushed|launched|kidnapped|abducted)\b")
# a force's machines, named by its owner's pronoun: "its jets", "their drones"
_ITS_MACHINES = textre.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:fighter\s+)?(?:jets|aircraft|warplanes|planes|drones|helicopters|"
                               r"gunships|artillery|warships)\b")
_ITS_BEFORE = textre.compile(r"(?i)\b(?:its|their)\s+(?:own\s+)?$")
_OWN_PEOPLE_BEFORE = textre.compile(r"(?:\s+(?:groups?|units?|cells?|squads?|members|elements|columns?))?\s+(?:of|from)\s+"
                                    r"(?:the\s+)?" + _QUALIFIER, re.I)
# an armed group's men by what ties them to it: "a suicide bomber affiliated with Jamaat-ul-Ahrar", "gunmen belonging to
# the TTP" (not a state's: "a militia loyal to the government" is no army)
_MEMBERS_BEFORE = textre.compile(r"\s+" + MEMBER_OF + r"\s+(?:the\s+)?" + _QUALIFIER, re.I)
# "Pakistan's", "Pakistan-based", and the apostrophe of feeds whose entities lost their ampersand ("Britain #39;s")
_POSSESSIVE_AFTER = textre.compile(r"['’]s?\b|\s*-\s*\w|\s?&?#(?:39|x27|8217);s?\b")


def build_nlp():
    """spaCy's blank English pipeline: tokenizer only; our components run on its Docs."""
    return spacy.blank("en")


class Extractor:
    """Stateless extraction over documents. Heavy knowledge loads once, in the constructor."""

    def __init__(self, catalog_files: Iterable[str] = (), gazetteer_files: Iterable[str] = (),
                 lexicon_file: str | None = None, components: Iterable[str] = ("events", "relations", "claims"),
                 min_confidence: float = 0.5):
        catalog_files, gazetteer_files = tuple(catalog_files), tuple(gazetteer_files)
        self.catalog = Catalog.load(catalog_files) if catalog_files else Catalog.default()
        self.gazetteer = Gazetteer.load(gazetteer_files) if gazetteer_files else Gazetteer.default()
        self.lexicon = Lexicon.load(lexicon_file) if lexicon_file else Lexicon.default()
        self.nlp = build_nlp()
        # The parts of sentences that are tokenised (token_windows) are mostly a trigger word with its
        # punctuation ("killed", "attack,"), the same in many documents, and tokenising even one word
        # costs tens of microseconds: the Docs of the last few thousand parts are kept (the matchers
        # only read them)
        self._tokenise = lru_cache(maxsize=4096)(self.nlp.make_doc)
        self.mentions = MentionFinder(self.catalog, self.gazetteer)
        self.orgs = OrgDetector(is_country_word=lambda w: bool(self.gazetteer.demonym(w) or self.gazetteer.country_by_name(w)))
        # nouns a country name modifies ("US agents", "Chinese teachers"): then the country is no actor itself
        self._modified_nouns = frozenset(self.catalog.generic_nouns()) | person_nouns() | _MODIFIED_EXTRA
        self.components = set(components)
        self.min_confidence = min_confidence  # precision before recall: weaker events are not reported
        self.events = EventExtractor(self.nlp, self.lexicon, self.catalog.country_actor)
        gate = list(self.events.gate_words)
        self.relations = self.claims = None
        if "relations" in self.components:
            self.relations = RelationFinder(self.nlp, self.catalog, mentions=self.mentions)
            gate += list(self.relations.gate_words)
        if "claims" in self.components:
            self.claims = ClaimFinder(self.nlp, self.catalog, mentions=self.mentions)
            gate += list(self.claims.gate_words)
        # one scan of each document for the aliases matched in any case, the gate's words and the generic nouns
        self._scan = PhraseGroups({"actors": self.mentions.case_insensitive_aliases(), "gate": gate,
                                   "generic": self.mentions.generic_noun_list()}, articles_yield=("actors",))

    def _taken_by(self, e: Event) -> Event:
        """A town taken by an actor who became the government that very day is taken by who it was before:
        the Taliban took Kabul on 2021-08-15 as insurgents, and became the government by taking it."""
        a = e.actor1
        if e.acled_sub_event_type != "Government regains territory" or a is None or e.date_precision != "day" or \
                self.catalog.get(a.id) is None:
            return e
        try:
            before = (_dt.date.fromisoformat(e.date[:10]) - _dt.timedelta(days=1)).isoformat()
        except ValueError:
            return e
        was = self.catalog.ref(a.id, date=before)
        if was.kind == "state":
            return e
        return replace(e, actor1=was, acled_sub_event_type="Non-state actor overtakes territory")

    def _group_of_person(self, e: Event) -> Event:
        """A deed of political violence a person is the doer of (a battle, a blast, violence against civilians, ground
        taken) is done by the group the person belongs to ("The Taliban spokesman Zabihullah Mujahid claimed that
        their fighters had killed 60 soldiers", "... said the group's fighters overran the base": the Taliban), as
        ACLED names groups, never people; the group as it was on the event's day. (A person's own acts and words stay
        theirs: "Hafiz Saeed Khan pledged allegiance", "Mujahid accused Pakistan".)"""
        a = e.actor1
        if a is None or a.kind != "person" or not (e.plover_type == "ASSAULT" or e.acled_event_type in _GROUPS_DEEDS or
                                                   e.acled_sub_event_type in _GROUPS_DEEDS) or \
                (entry := self.catalog.get(a.id)) is None or entry.parent is None or self.catalog.get(entry.parent) is None:
            return e
        group = self.catalog.ref(entry.parent, date=e.date)
        return replace(e, actor1=group, actor2=None if e.actor2 is not None and e.actor2.id == group.id else e.actor2)

    def _operation_doer(self, e: Event, ctxs: list[SentenceContext], starts: list[int]) -> Event:
        """An armed group's men killed or taken with no one named as the doer, told within two sentences after a
        state's forces are told to have conducted an operation, are the operation's deed ("Security forces conducted
        an intelligence based operation in Spinwam. ... Four terrorists were killed"): those forces did it."""
        # (or told as a fight the armed group opens: "own troops effectively engaged the khwarij location ... six
        # khwarij were sent to hell" after the operation is told: the operation's forces are its doers)
        fought = e.actor1 is not None and e.actor1.kind == "armed_group" and e.acled_sub_event_type == "Armed clash" and (
            e.actor2 is not None and e.actor2.kind == "state" and e.actor2.sector in ("MIL", "COP") or
            e.actor2 is None and e.fatalities is not None and _THEIR_DEAD.search(e.evidence.text) is not None)
        if not fought and (e.actor1 is not None or e.actor2 is None or e.actor2.kind != "armed_group"):
            return e
        # (from the first sentence of the body that tells it: a headline that joined it comes before the operation)
        first = bisect.bisect_right(starts, e.evidence.start) - 1
        for ctx in reversed(ctxs[max(0, first - 2): first + 1]):
            m = _CONDUCTED_OPERATION.search(ctx.text)
            if m is None:
                continue
            # (the sentence's generic actors may not have been looked for: no event was told in it)
            nouns = self.mentions.generic_nouns(ctx.text[:m.start()])
            generic = self.mentions.generic_actors(ctx.text, ctx.start, country=ctx.country, date=ctx.doc.date,
                                                   nouns=nouns) if nouns else []
            forces = [a for a in (*ctx.actors, *generic) if a.start - ctx.start < m.start() and a.ref.kind == "state" and
                      a.ref.sector in ("MIL", "COP")]
            if forces:
                doer = max(forces, key=lambda a: a.start).ref
                return replace(e, actor1=doer, actor2=e.actor1) if fought else replace(e, actor1=doer)
            return e
        return e

    def _resolve(self, surface: str, country: str | None, unit: bool):
        """The place a found name names (a stop-listed one only where the text tells its kind: ``unit``)."""
        if unit:
            return self.gazetteer.named_unit(surface, country=country)
        return self.gazetteer.best(surface, country=country)

    def _disputed(self, e: Event, ctxs: list[SentenceContext], starts: list[int]) -> Event:
        """A deed one side tells and the other denies in the next sentence is one side's word ("Azerbaijan said
        Armenian forces fired at its positions in Tovuz. Armenia denied the claim."): claimed, not asserted."""
        if e.modality != "asserted" or e.actor1 is None:
            return e
        i = _last_sentence(e, starts) + 1
        if i >= len(ctxs) or (m := DISPUTE.match(ctxs[i].text)) is None:
            return e
        parties = {self._side(a) for a in (e.actor1, e.actor2) if a is not None}
        deniers = [a for a in ctxs[i].actors if a.start - ctxs[i].start < m.start("verb")]
        if any(self._side(a.ref) in parties for a in deniers):
            return replace(e, modality="claimed")
        return e

    def _side(self, actor: ActorRef) -> str:
        """The side an actor is on: a state's forces and police are the state's (armed groups' parents are their
        affiliations, and affiliates do fight each other: only a state's organs are one side)."""
        return self.catalog.family(actor.id) if actor.kind == "state" else actor.id

    def _two_sides(self, e: Event) -> Event:
        """A state and its own forces are one side ("the Taliban killing their commandos", "America pulled out its
        troops"): the other side is not known, rather than the state's own men."""
        a1, a2 = e.actor1, e.actor2
        if a1 is None or a2 is None or self._side(a1) != self._side(a2):
            return e
        return replace(e, actor2=None)

    def _country_as_actor(self, ctx: SentenceContext, p: PlaceSpan) -> ActorSpan | None:
        """A country named as a doer, not a place ("China fears...", "countries like Pakistan and Iran"):
        its government. "in Iran", "from Pakistan", "Pakistan's army" stay places."""
        text, actors = ctx.doc.text, ctx.actors
        if any(a.start < p.end and p.start < a.end for a in actors):
            return None
        if _FEATURE_BEFORE.search(text, max(0, p.start - 12), p.start):
            return None  # "Lake Chad", "the Gulf of Aden": a lake's or a sea's name, no state
        if _LOCATIVE_BEFORE_REVERSED.match(text[max(0, p.start - 30): p.start][::-1]) and \
                not _SPLIT_FROM.search(text, max(0, p.start - 40), p.start) or _POSSESSIVE_AFTER.match(text, p.end, p.end + 8):
            return None  # ("independence from Iraq": the state a people would leave is a side, not a place)
        line = text.rfind("\n", 0, p.start) + 1  # (a dateline opens the report or the paragraph after its headline)
        if p.start - line < 60 and is_dateline_head(text, line, p.start, country=False):
            return None  # "ASADABAD, Afghanistan (Reuters) —": the dateline's country
        if _LABEL_AFTER.match(text, p.end):
            # "Afghanistan: Explosion at Kabul madrasa kills 16": a headline's label of where (so "Mon 8 July — Mali
            # (Mopti region): Three soldiers were killed", a roundup item's)
            return None
        if _NAME_GOES_ON.match(text[p.end: p.end + 3]):
            return None  # part of a longer name: "Iran Air", "China Daily"
        nxt = _NEXT_WORD.match(text, p.end)
        if nxt and nxt.group(1).lower() in self._modified_nouns:
            return None  # "US agents", "Pakistan army": the noun after the country is the actor
        ref = self.catalog.country_actor("gov", country=p.place.country, date=ctx.role_date or ctx.doc.date)
        return ActorSpan(p.start, p.end, p.text, ref, metonym=True)

    # ------------------------------------------------------------------------------------
    def extract_many(self, docs: Iterable[Document | ErrorRecord]) -> Iterator[list[dict]]:
        for d in docs:
            if isinstance(d, ErrorRecord):
                yield [d.to_dict()]
            else:
                yield self.extract(d)

    def extract(self, doc: Document) -> list[dict]:
        """Contract records (dicts) for one document, in order: document, actors, events, relations, claims."""
        return to_records(self.analyse(doc))

    def _settlements(self, unknown: list[tuple[int, int, str]], places: list[PlaceSpan], sents, starts: list[int],
                     country: str | None) -> list[PlaceSpan]:
        """``places`` with the settlements the gazetteer does not hold (``Mentions.unknown_units``), each in the unit
        its sentence puts it in: the place told just after it ("the village of Buq Aqable in the Hiiraan region",
        "Ntoma, about 12 km north of Oicha"), else the nearest one before it in the sentence, else the report's
        country (not for a name told only after "near": "near Nizi, in Djugu territory" needs its unit). A settlement
        with none of them is left out."""
        out = list(places)
        for a, b, name, near in unknown:
            i = bisect.bisect_right(starts, a) - 1
            lo, hi = sents[i][0], sents[i][1]
            after = [p for p in places if b <= p.start < min(hi, b + 80)]
            before = [p for p in places if lo <= p.start and p.end <= a]
            pick = (min(after, key=lambda p: (p.place.kind == "country", p.start)) if after else
                    max(before, key=lambda p: (p.place.kind != "country", p.start)) if before else None)
            if near and (pick is None or pick.place.kind == "country"):
                continue  # a name told only as where a deed was near ("near Mamove") needs the unit it lies in
            unit = pick.place if pick is not None else (self.gazetteer.country(country) if country else None)
            if unit is None or unit.kind == "country" and pick is not None and country and unit.country != country:
                continue
            out.append(PlaceSpan(a, b, name, unit.within_unit(name)))
        return sorted(out, key=lambda p: p.start)

    def _qualified(self, places: list[PlaceSpan], text: str) -> list[PlaceSpan]:
        """A town told with the unit or country it is in ("El Tambo, Cauca", "near Boni in central Mali") is the
        town of that name there; when the gazetteer knows none there, not the one it knows elsewhere (Bonn). A place
        named to say where another is ("Kabul's Dasht-e-Barchi") is not the event's place: the other one is."""
        by_start = {p.start: p for p in places}
        # "Andar district of Ghazni": the district's province, not the city of that name (nor a district of another)
        for p in places:
            if p.place.kind in ("admin2", "town", "city", "site") and (m := _DISTRICT_OF.match(text, p.end)) and \
                    (m.group(1) or p.text.lower().endswith("district")) and \
                    (q := by_start.get(m.end())) is not None and q.place.kind != "admin1":
                senses = self.gazetteer.candidates(p.text)
                unit = next((c for c in self.gazetteer.candidates(q.text) if c.kind == "admin1" and
                             any(_within(x, c) for x in senses)), None)
                if unit is not None:
                    by_start[q.start] = PlaceSpan(q.start, q.end, q.text, unit)
        places = [by_start.get(p.start, p) for p in places]
        out = []
        for p in places:
            if text.startswith(("'s ", "’s "), p.end) and (q := by_start.get(p.end + 3)) is not None and \
                    q.place.kind != "country" and q.place.country == p.place.country:
                continue  # "Kabul's Dasht-e-Barchi neighbourhood": the place is the one in it
            if p.place.kind in ("town", "city", "site", "admin2") and (m := _QUALIFIER_GAP.match(text, p.end)) and \
                    (q := by_start.get(m.end())) is not None and q.place.kind in ("country", "admin1") and \
                    not _within(p.place, q.place) and not _LIST_GOES_ON.match(text, q.end):
                there = [c for c in self.gazetteer.candidates(p.text) if _within(c, q.place)]
                if not there:
                    continue
                p = PlaceSpan(p.start, p.end, p.text, max(there, key=lambda c: c.population))
            out.append(p)
        return out

    def analyse(self, doc: Document) -> "Analysis":
        """Typed records for one document (the library-level result)."""
        if not doc.published:
            # a report without a publication date is dated by its dateline ("LIMA, 2 Oct 88 (AFP) --"), as
            # the readers date the files they ingest: relative dates ("yesterday") then have a reference
            dateline = find_published(doc.text)
            if dateline:
                doc = replace(doc, published=dateline)
        time_ref = _time_reference(doc)
        text = doc.text
        para_starts: list[int] = []
        sents = split_sentences(text, para_starts)
        starts = [s[0] for s in sents]
        caps = is_caps(text)
        found = self._scan.finditer(text)
        raw_actors = self.mentions.raw_actors(text, caps, ci_found=found["actors"])
        # an actor name and a place name over the same words: the longer wins
        # ("Islamic State Khorasan" is an actor, "Hamid Karzai International Airport" a place)
        all_places = self.mentions.raw_places(text, caps)
        low_text = textre.ascii_lower(text)
        # (and the names the stop list keeps out, where the text says they are places: "the town of Tame")
        unit_spans = {(u[0], u[1]) for u in self.mentions.unit_places(text, low_text)
                      if not any(p[0] < u[1] and u[0] < p[1] for p in all_places)}
        if unit_spans:
            all_places = sorted(all_places + [(a, b, text[a:b]) for a, b in unit_spans])
        raw_places = drop_overlapping(all_places, [(r.start, r.end) for r in raw_actors], shorter_only=True)
        raw_actors = [r for r in raw_actors if not any(p[0] <= r.start and r.end <= p[1] and (p[1] - p[0]) > (r.end - r.start)
                                                       for p in raw_places)]
        first = [PlaceSpan(s, e, t, p) for s, e, t in raw_places if (p := self._resolve(t, None, (s, e) in unit_spans))]
        doc_country = self.mentions.document_country(first, raw_actors, text)
        # organisations outside the catalog ("the Popular Liberation Army (EPL)"); a place inside one is part of its name
        orgs = self.orgs.find(text, taken=[(r.start, r.end) for r in raw_actors], country=doc_country, caps=caps)
        if orgs:
            spans = [(o.start, o.end) for o in orgs]
            raw_places = drop_overlapping(raw_places, spans)
            first = [p for p in first if not any(a < p.end and p.start < b for a, b in spans)]
        places = first if doc_country is None else [  # without a country the same places again
            PlaceSpan(s, e, t, p) for s, e, t in raw_places if (p := self._resolve(t, doc_country, (s, e) in unit_spans))]
        places = _one_sense(places)
        if len(places) > 1:
            places = self._qualified(places, text)
        # (and the settlements the gazetteer does not hold, where the text names one: "the village of Buq Aqable")
        unknown = self.mentions.unknown_units(text, [(p[0], p[1]) for p in all_places] +
                                              [(r.start, r.end) for r in raw_actors] +
                                              [(o.start, o.end) for o in orgs], low_text)
        if unknown:
            places = self._settlements(unknown, places, sents, starts, doc_country)
        if textre.may_hold(low_text, _TAKEN_TO_WORDS):
            # "were evacuated to the hospital in Kandi", "a doctor at a hospital in Dasht-e-Barchi": where the hurt were
            # taken, not where it happened
            places = [p for p in places if not _TAKEN_TO_BEFORE.search(text, max(0, p.start - 140), p.start)]
        if textre.may_hold(low_text, _ROUTE_WORDS):
            places = [p for p in places if not _ROUTE_BEFORE.search(text, max(0, p.start - 60), p.start)]
        if textre.may_hold(low_text, ("resident", "native", "inhabitant", "hail")):
            # "Naik Muhammad Asif (age 29 years, resident of District Chakwal)": where a person is from, not where it happened
            # (but "hundreds of residents of Faskari staged a sit-in": where a crowd lives, with no other place told after
            # it in the sentence, is where it gathered)
            places = [p for p in places if not _home_of(text, p, places)]
        if doc_country is not None:
            places = _not_far_abroad(places, doc_country)
        insurgency = self._insurgency(raw_actors, orgs, doc_country, doc.date)
        gated = set()
        for g, _, _ in found["gate"]:
            i = bisect.bisect_right(starts, g) - 1
            if i >= 0:
                gated.add(i)
        generic_in = _by_sentence(found["generic"], sents, starts)

        ctxs: list[SentenceContext] = []
        work: list[SentenceContext] = []  # the gated sentences, which the components read
        events_on = "events" in self.components
        ai = pi = oi = 0
        abbrs: dict[str, ActorRef] = {}  # a short name the report gives an actor ("... Change (CPC)")
        for i, (s, e, st) in enumerate(sents):
            ctx = SentenceContext(doc, i, s, e, st, paragraph=bisect.bisect_right(para_starts, s) - 1)
            while pi < len(places) and places[pi].start < s:
                pi += 1
            j = pi
            while j < len(places) and places[j].start < e:
                ctx.places.append(places[j])
                j += 1
            pi = j
            if ctx.places:
                # (not the country across a border: "detained near the border with Ukraine")
                cs = [p.place.country for p in ctx.places if p.place.country and
                      not (p.place.kind == "country" and across_border(text, p.start))]
                # the most named country; a tie goes to the document's country, then to the first named
                ctx.country = max(dict.fromkeys(cs), key=lambda c: (cs.count(c), c == doc_country)) if cs else doc_country
            else:
                ctx.country = doc_country
            while ai < len(raw_actors) and raw_actors[ai].start < s:
                ai += 1
            # times may be read by the components (gated sentences) and by actor resolution: there
            # they are found when first read; other sentences have none (and the document's date)
            if i in gated or (ai < len(raw_actors) and raw_actors[ai].start < e):
                ctx.times_from(time_ref)
            j = ai
            while j < len(raw_actors) and raw_actors[j].start < e:
                # the sentence's own date is found only for an alias whose meaning it can change
                raw = raw_actors[j]
                span = self.mentions.resolve(raw, country=ctx.country,
                                             date=ctx.role_date or _narrative_date(ctxs, ctx, doc.date) or doc.date
                                             if self.mentions.date_matters(raw) else doc.date)
                if span is not None:
                    if abbrs and raw.text in abbrs and abbrs[raw.text].id != span.ref.id:
                        # "the Coalition of Patriots for Change (CPC)": the report's own short name, not the catalog's
                        # other meaning of it (the Communist Party of China)
                        span = replace(span, ref=abbrs[raw.text])
                    elif (m := _ABBR_AFTER.match(text, raw.end)) and m.group(1) != raw.text:
                        abbrs[m.group(1)] = span.ref
                    ctx.actors.append(span)
                j += 1
            ai = j
            # (only after a sentence that names an actor: the group is one of its actors)
            if ctx.index and ctxs[-1].actors and (m := _PRONOUN_DEED.match(st)) is not None and \
                    not any(a.start < s + m.end() for a in ctx.actors) and \
                    (group := self._group_before(ctxs, ctx, one=m.group("p").lower() == "it")):
                # "In April it claimed a suicide bombing": the one armed group the sentence before names
                ctx.actors.insert(0, ActorSpan(s + m.start("p"), s + m.end("p"), m.group("p"), group[0]))
            for p in ctx.places:
                if p.place.kind == "country" and p.place.country:
                    state = self._country_as_actor(ctx, p)
                    if state is not None:
                        ctx.actors.append(state)
                        ctx.actors.sort(key=lambda x: x.start)
            while oi < len(orgs) and orgs[oi].start < s:
                oi += 1
            if oi < len(orgs) and orgs[oi].start < e:
                while oi < len(orgs) and orgs[oi].start < e:
                    ctx.actors.append(orgs[oi])
                    oi += 1
                ctx.actors.sort(key=lambda x: x.start)
            if i in gated:
                work.append(ctx)
                if events_on and (windows := self.events.token_windows(st)):
                    ctx.tokens = [(offset, self._tokenise(part)) for offset, part in windows]
            ctxs.append(ctx)

        drafts: list[tuple[SentenceContext, EventDraft]] = []
        refs: list[KillReference] = []
        statements, claims = [], []
        pending: list[SentenceContext] = []  # gated sentences without generic actors yet
        for ctx in work:
            # tokenised only where a trigger may match. Triggers and claims' counts are found before the
            # generic actors ("gunmen", "13 soldiers"), which the event filters and claims' subjects read
            # (with the dates the generic actors resolve by); elsewhere only the actor records read them,
            # and only when an event uses them: those wait. Generic nouns that name the report's one
            # insurgent group are named mentions, which relations and actor records read in any case:
            # with such a group, sentences that may hold a trigger or a claim take them as before.
            heading = _section_heading(ctx, para_starts)  # a heading inside the report tells no event
            found = self.events.triggers(ctx) if ctx.tokens is not None and not heading else None
            counts = self.claims.counts(ctx) if self.claims is not None else None
            if found or counts or insurgency is not None and (
                    ctx.tokens is not None or self.claims is not None and self.claims.may_claim(ctx.text)):
                self._add_generic(ctx, ctxs, insurgency, generic_in.get(ctx.index, []))
            else:
                pending.append(ctx)
            if found:
                for d in self.events.extract(ctx, refs, found):
                    if d.confidence >= self.min_confidence - 0.1:  # merging may still lift it
                        drafts.append((ctx, d))
            if self.claims is not None:
                claims.extend(self.claims.find(ctx, counts))
        merged = merge_drafts(doc, drafts, ctxs, self.events.protest_conduct, refs, self._side, time_ref)
        events = [self._two_sides(self._taken_by(self._group_of_person(e))) for e in merged
                  if e.confidence >= self.min_confidence]
        if events and textre.may_hold(low_text, DISPUTE_WORDS):
            events = [self._disputed(e, ctxs, starts) for e in events]
        if events and textre.may_hold(low_text, _WHEN_WORDS):
            events = _told_when(events, ctxs, starts, time_ref)
        if events and textre.may_hold(low_text, _OPERATION_WORDS):
            events = [self._operation_doer(e, ctxs, starts) for e in events]
        if events and sports_report(text):
            # "launched a relentless assault on the Besiktas goal", "a three-wicket burst killed the momentum": in a
            # game's report the words of war tell the game; only what tells real violence is kept ("fans clashed with
            # police, who fired tear gas")
            events = [e for e in events if any(_REAL_VIOLENCE.search(ev.text) for ev in (e.evidence, *e.more_evidence))]
        if events:
            for ctx in pending:
                self._add_generic(ctx, ctxs, insurgency, generic_in.get(ctx.index, []))
        if self.relations is not None:
            for ctx in work:
                statements.extend(self.relations.find(ctx))
        relations = []
        if self.relations is not None:
            relations = self.relations.relations_for_document(doc, statements, events)
        actors = _actor_records(doc, ctxs, events)
        return Analysis(doc, len(sents), actors, events, relations, claims, statements, doc_country)

    def _insurgency(self, raw_actors, orgs, country: str | None, date: str | None) -> ActorRef | None:
        """The one insurgent group a report names, if it names exactly one."""
        groups = {}
        for r in raw_actors:
            span = self.mentions.resolve(r, country=country, date=date)
            if span is not None and span.ref.kind == "armed_group" and span.ref.sector == "REB":
                groups[span.ref.id] = span.ref
        for o in orgs:
            if o.ref.kind == "armed_group":
                groups[o.ref.id] = o.ref
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _group_before(self, ctxs: list[SentenceContext], ctx: SentenceContext, one: bool = False) -> list[ActorRef]:
        """The one armed group the sentence before names (in the same paragraph), as a list of none or one. For
        ``one`` group ("it"), a group named beside its own branch is not counted ("The Islamic State's regional
        branch, ... the Khorasan Province": the branch; "they" may be both)."""
        prev = ctxs[ctx.index - 1] if ctx.index > 0 else None
        if prev is None or prev.paragraph != ctx.paragraph:
            return []
        groups = _groups_named(prev)
        if len(groups) > 1 and one:
            parents = {e.parent for i in groups if (e := self.catalog.get(i)) is not None}
            groups = {i: r for i, r in groups.items() if i not in parents}
        return list(groups.values()) if len(groups) == 1 else []

    @staticmethod
    def _group_named_last(ctxs: list[SentenceContext], ctx: SentenceContext) -> ActorRef | None:
        """The one armed group named by the nearest sentence before (within eight) that names any."""
        for back in range(ctx.index - 1, max(-1, ctx.index - 9), -1):
            groups = {i: r for i, r in _groups_named(ctxs[back]).items() if r.sector != "UAF"}
            if groups:
                return next(iter(groups.values())) if len(groups) == 1 else None
        return None

    def _add_generic(self, ctx: SentenceContext, ctxs: list[SentenceContext], insurgency: ActorRef | None = None,
                     nouns: list[tuple[int, int, str]] | None = None) -> None:
        """Add the sentence's generic actors that no named actor covers, keeping actors in text order.
        "The guerrillas", "the rebels" in a report that names one insurgent group are that group.
        ``nouns``: the sentence's generic nouns (``MentionFinder.generic_nouns``), when found already; ``ctxs``: the
        document's sentences (a sentence without a date of its own is told at its narrative's).
        (A sentence without a generic noun needs no date: its times are not looked for.)"""
        if "same " in ctx.text and (m := _SAME_GROUP.search(ctx.text)) is not None and \
                not any(a.start - ctx.start < m.end() and m.start() < a.end - ctx.start for a in ctx.actors):
            # "the same group was blamed for the kidnapping": the armed group the report named last
            owner = self._group_named_last(ctxs, ctx)
            if owner is not None:
                ctx.actors.append(ActorSpan(ctx.start + m.start(), ctx.start + m.end(), m.group(0), owner))
                ctx.actors.sort(key=lambda x: x.start)
        if ("its " in ctx.text or "their " in ctx.text) and (m := _ITS_MACHINES.search(ctx.text)) is not None and \
                not any(a.start - ctx.start < m.end() and m.start() < a.end - ctx.start for a in ctx.actors):
            # "The Nigerian Air Force said its jets struck bandit hideouts": the aircraft of the force named before
            owners = [a.ref for a in ctx.actors if a.end - ctx.start <= m.start() and not a.generic and not a.metonym and
                      (a.ref.kind == "armed_group" or a.ref.kind == "state" and a.ref.sector in ("MIL", "COP"))]
            if owners:
                ctx.actors.append(ActorSpan(ctx.start + m.start(), ctx.start + m.end(), m.group(0), owners[-1]))
                ctx.actors.sort(key=lambda x: x.start)
        if nouns is None:
            nouns = self.mentions.generic_nouns(ctx.text)
        if not nouns:
            return
        date = ctx.role_date or _narrative_date(ctxs, ctx, ctx.doc.date) or ctx.doc.date
        generic = self.mentions.generic_actors(ctx.text, ctx.start, country=ctx.country, date=date, nouns=nouns)
        if insurgency is not None:
            generic = [ActorSpan(g.start, g.end, g.text, insurgency, False, g.count)
                       if g.ref.sector == "UAF" and _INSURGENTS.fullmatch(g.text) else g for g in generic]
        if generic:
            text = ctx.doc.text
            taken = [(x.start, x.end) for x in ctx.actors]
            named = [x for x in ctx.actors if not x.generic and not x.metonym and x.ref.kind in ("armed_group", "state")
                     and not is_civilian(x.ref)]
            for g in generic:
                if any(a < g.end and g.start < b for a, b in taken):
                    continue
                # "ISIS-K militants", "Taliban fighters", "fighters of ISIS-K": the named group's own people
                if any(x.end <= g.start and _OWN_PEOPLE_AFTER.fullmatch(text, x.end, g.start) or
                       g.end <= x.start and (_OWN_PEOPLE_BEFORE.fullmatch(text, g.end, x.start) or
                                             x.ref.kind == "armed_group" and _MEMBERS_BEFORE.fullmatch(text, g.end, x.start))
                       for x in named):
                    continue
                # "Islamic State-linked insurgents", "al Qaeda-affiliated militants": the group's men, as ACLED codes them
                if g.ref.sector == "UAF" and "-" in text[max(0, g.start - 30): g.start] and \
                        (m := _LINKED_BEFORE.search(text, max(0, g.start - 60), g.start)) is not None:
                    refs = [r for a in self.catalog.lookup(m.group(1))
                            if (r := self.catalog.resolve_alias(a, country=ctx.country, date=date)) is not None]
                    if refs and refs[0].kind == "armed_group":
                        g = ActorSpan(g.start, g.end, g.text, refs[0], False, g.count)
                # "the BLA said its fighters had killed": the group's own men (or those of the one armed group the
                # sentence before names: "... defeated ISIS-K in late 2019. Almost 1400 of their fighters surrendered")
                if g.ref.sector == "UAF" and _ITS_BEFORE.search(text, max(0, g.start - 12), g.start):
                    owner = [x.ref for x in named if x.end <= g.start and x.ref.kind == "armed_group"] or \
                        self._group_before(ctxs, ctx)
                    if owner:
                        g = ActorSpan(g.start, g.end, g.text, owner[-1], False, g.count)
                ctx.actors.append(g)
            ctx.actors.sort(key=lambda x: x.start)


def _groups_named(ctx: SentenceContext) -> dict[str, ActorRef]:
    """The armed groups a sentence names (not by a generic noun), by id."""
    return {a.ref.id: a.ref for a in ctx.actors if a.ref.kind == "armed_group" and not a.generic and not is_civilian(a.ref)}


# between a town and the unit or country that says where it is: "El Tambo, Cauca", "near Boni in central Mali"
# (after the place's own unit word: "Hays District, Al Hodeidah Governorate")
_QUALIFIER_GAP = textre.compile(r"\s+(?:[Dd]istrict|[Ss]ub-?district)\s+of\s+(?:the\s+)?|"
                                r"(?:\s+(?:[Dd]istrict|[Tt]own|[Cc]ity|[Vv]illage|[Cc]ounty|[Ss]ub-?district))?"
                                r"(?:\s*,\s*(?:in\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north-?eastern|"
                                r"north-?western|south-?eastern|south-?western|far-?\w+|neighbou?ring)\s+)?)")
_DISTRICT_OF = textre.compile(r"(\s+district)?\s+(?:of|in)\s+(?:the\s+)?")
# a list of places goes on after the second ("Kabul, Nangarhar and Kunar"): the second is no qualifier of the first
_LIST_GOES_ON = textre.compile(r"\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z]")


# "The incident happened on Saturday evening in Tsafe": when and where the deed just told was done
_WHEN_WHERE = textre.compile(r"(?i)^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:incident|attack|raid|abduction|kidnapping|"
                             r"ambush|assault|bombing|blast|explosion|shooting|killings?|clash(?:es)?)\s+"
                             r"(?:happened|took\s+place|occurred|was\s+carried\s+out)\b")
_WHEN_WORDS = ("happened", "took place", "occurred", "carried out")
_PRECISION_RANK = {"point": 0, "admin2": 1, "admin1": 2, "country": 3}
_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# where the hurt or the dead were taken or treated, and who speaks for a hospital: "rushed to a hospital in Kandi",
# "died in a hospital in X", "a doctor at a hospital in Dasht-e-Barchi", "shifted to Teaching Hospital Turbat" (the town
# a hospital is named by); not a hospital attacked ("a suicide bomber struck a hospital in Dera Ismail Khan")
_HOSPITAL = r"(?:hospitals?|clinic|morgue|medical\s+(?:centre|center|facility))"
_TAKEN_TO_BEFORE = textre.compile(r"(?i)\b(?:taken|brought|rushed|evacuated|transferred|airlifted|flown|moved|shifted|referred|"
                                  r"admitted|treated|treatment|died|succumbed|pronounced|recovering|doctors?|nurses?|surgeons?|"
                                  r"staff|officials?|spokes(?:man|woman|person)|director)\b"
                                  r"[^.;:]{0,45}?\b" + _HOSPITAL + r"\s+(?:(?:in|at|of)\s+(?:the\s+)?|\([A-Z]{2,6}\)\s+)?$|"
                                  r"\b(?:taken|brought|rushed|evacuated|transferred|airlifted|flown|moved|shifted|referred|admitted)"
                                  r"\s+(?:[\w'-]+\s+){0,3}?"
                                  r"to\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}?(?:hospitals?\s+in\s+|clinic\s+in\s+)?$|"
                                  # ("shifted to the district hospital in Ghallanai and later to Peshawar")
                                  r"\b(?:taken|brought|rushed|evacuated|transferred|airlifted|flown|moved|shifted|referred)\b"
                                  r"[^.;:]{0,120}?\b(?:later|then|subsequently)\s+(?:on\s+)?to\s+$|"
                                  # (the second place of a list: "taken to hospitals in Kunduz city and Kabul")
                                  r"\b(?:taken|brought|rushed|evacuated|transferred|airlifted|flown|moved|shifted|referred|"
                                  r"admitted|treated|died|succumbed)\b[^.;:]{0,60}?\b" + _HOSPITAL + r"\s+in\s+[A-Z][\w'-]+"
                                  r"(?:\s+(?:city|town))?(?:\s*,\s*|\s+and\s+|\s+or\s+)$")
# (the first alternative needs a hospital's word, the second a verb of taking, the third both and a second stage)
_TAKEN_TO_WORDS = ("hospital", "clinic", "morgue", "medical", "taken", "brought", "rushed", "evacuated", "transferred",
                   "airlifted", "flown", "moved", "shifted", "referred", "admitted")
# A report of a game: three of its words, or a section label ("Sport | Published ...", "Sports Desk")
_SPORTS_WORDS = PhraseIndex([
    "goal", "goals", "wicket", "wickets", "innings", "half-time", "halftime", "striker", "midfielder", "goalkeeper",
    "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "semi-final", "semi-finals", "semifinal", "semifinals",
    "world cup", "champions league", "premier league", "tournament", "fixture", "touchdown", "batter", "batters", "batsmen",
    "bowler", "bowlers", "spinner", "spinners", "second leg", "first leg", "stoppage time", "final whistle", "referee",
    "stadium", "match", "league", "championship", "unbeaten", "scored"])  # (matched in the text lower-cased)
_SPORTS_LABEL = textre.compile(r"(?i)^\s*sports?(?:\s+desk)?\s*(?:\||:|-|\n)")
# what tells real violence in a game's report: weapons, wounds, a riot, the police's force
_REAL_VIOLENCE = textre.compile(r"(?i)\b(?:bomb\w*|blasts?|explosions?|explosives?|gunm[ae]n|gunfire|guns?|shot\s+dead|stabb\w+|"
                                r"tear\s+gas|rubber\s+bullets|stampede|militants?|terror\w*|suicide|grenades?|hostages?|"
                                r"kidnapp\w+|abduct\w+|riot\w*|hooligan\w*|looted|looting|torched|set\s+fire|injured|wounded)\b")


_GROUPS_DEEDS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                           "Non-state actor overtakes territory", "Government regains territory"})
_OPERATION_WORDS = ("operation", "ibo", "raid", "sweep", "offensive")
_CONDUCTED_OPERATION = textre.compile(r"(?i)\b(?:conducted|launched|carried\s+out|undertook|mounted|initiated|began)\s+"
                                      r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:operations?|IBO|raids?|sweep|offensive)\b")


def _last_sentence(e: Event, starts: list[int]) -> int:
    """The index of the last sentence that tells event ``e``."""
    return bisect.bisect_right(starts, max(ev.start for ev in (e.evidence, *e.more_evidence))) - 1


def _told_when(events: list[Event], ctxs: list[SentenceContext], starts: list[int], ref: str | None) -> list[Event]:
    """"The incident happened on Saturday evening near Kucheri village in Tsafe": a sentence that tells no deed of
    its own but when and where the one just told happened (within two sentences after it) gives that event its day,
    when it had none of its own, and its place, when finer than the one it had."""
    out = list(events)
    for ctx in ctxs:
        if not _WHEN_WHERE.match(ctx.text):
            continue
        near = [i for i, e in enumerate(out) if 0 < ctx.index - _last_sentence(e, starts) <= 2 and
                e.acled_event_type in _VIOLENT_TYPES]
        if not near or any(ev.start == ctx.start for e in out for ev in (e.evidence, *e.more_evidence)):
            continue
        i = near[-1]
        e = out[i]
        days = ctx.days_from(ref)
        if days and e.date_precision != "day":
            e = replace(e, date=days[0].value, date_precision="day")
        finer = [p for p in ctx.places if p.place.kind not in ("country",)]
        if finer and (e.location is None or _PRECISION_RANK[finer[0].place.to_location().precision] <
                      _PRECISION_RANK[e.location.precision]):
            e = replace(e, location=finer[0].place.to_location())
        out[i] = e
    return out


def sports_report(text: str) -> bool:
    """Whether ``text`` reports a game: it opens with a sports section's label, or names three of a game's words."""
    if _SPORTS_LABEL.match(text):
        return True
    found = set()
    for m in _SPORTS_WORDS.finditer(text.lower()):
        found.add(m.group(0).rstrip("s").replace("-", ""))
        if len(found) >= 3:
            return True
    return False


# "a bus travelling from Quetta to Karachi", "a convoy bound for Kabul": the ends of a journey, not where it was stopped
_ROUTE_BEFORE = textre.compile(r"(?i)\b(?:travell?ing|heading|headed|bound|going|driving|en\s+route|on\s+(?:its|their|his|her)\s+way|"
                               r"plying|running)\s+(?:from\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s+)?(?:from|to|for|towards?)\s+$")
_ROUTE_WORDS = ("travel", "heading", "headed", "bound", "going", "driving", "en route", "way", "plying", "running")
_FEATURE_BEFORE = textre.compile(r"\b(?:Lake|Gulf\s+of|Sea\s+of|Bay\s+of|Strait\s+of|Gulf)\s+$")
_ABBR_AFTER = textre.compile(r" ?\(([A-Z][A-Za-z&-]{1,9})\)")


def _within(place, unit) -> bool:
    """Whether ``place`` lies in ``unit`` (a country or a first-level unit)."""
    return place.country == unit.country and (unit.kind == "country" or place.admin1 == unit.admin1)


def _one_sense(places: list[PlaceSpan]) -> list[PlaceSpan]:
    """A name a report gives once with its unit word ("Sagaing region", "Niger State") means that unit wherever the
    report gives it bare ("airstrike kills dozens in Sagaing"): not the town of the same name. (Not a city: "Kabul"
    is the city in a report that also names "Kabul province", as readers take it.)"""
    units = {p.place.name: p.place for p in places if p.place.kind == "admin1" and p.text != p.place.name}
    if not units:
        return places
    return [PlaceSpan(p.start, p.end, p.text, units[p.text]) if p.text in units and p.place.kind == "town" and
            p.place.country == units[p.text].country else p for p in places]


_HOME_OF_BEFORE = textre.compile(r"(?i)\b(?:(?:a\s+)?(?:resident|native|inhabitant)(s)?\s+of|hail(?:ed|ing|s)\s+from)\s+(?:the\s+)?"
                                 r"(?:district|village|town|city|tehsil|province)?\s*$")
_SENTENCE_END = textre.compile(r"[.!?](?:\s|$)")


def _home_of(text: str, p: PlaceSpan, places: list[PlaceSpan]) -> bool:
    """Whether ``p`` is where a person is from ("Naik Muhammad Asif, resident of District Chakwal"); where a crowd
    lives is where it gathered when the sentence names no other place after it ("hundreds of residents of Faskari
    staged a sit-in")."""
    m = _HOME_OF_BEFORE.search(text, max(0, p.start - 40), p.start)
    if m is None:
        return False
    if not m.group(1):
        return True
    end = (e.start() if (e := _SENTENCE_END.search(text, p.end)) else len(text))
    return any(p.end <= q.start < end for q in places)


_ABROAD_KM = 500.0         # a town abroad this far from every place of the report's country is another of its name
_ABROAD_NOTED_POP = 150_000  # ... unless a city of note


def _not_far_abroad(places: list[PlaceSpan], country: str) -> list[PlaceSpan]:
    """Places of a report about ``country``, without the small towns of countries it does not name that lie far from
    every place of its own it names: the only town the gazetteer knows by that name is not where the report is
    ("Merawi town, West Gojjam zone of the Amhara region" is not Merowe in Sudan; "near Kani township" in Sagaing is not
    Kani in Japan), nor the cities known abroad by a short other name ("Kuki and Meitei groups" in Manipur, "Bwa Kale" in
    Haiti). Towns across a border stay ("refugees crossed to Adre", in Chad, from El Geneina)."""
    named = {p.place.country for p in places if p.place.kind in ("country", "admin1")}
    home = [p.place for p in places if p.place.country == country and p.place.lat is not None]
    out = []
    for p in places:
        pl = p.place
        if pl.country != country and pl.country not in named and pl.kind in ("town", "city", "site") and \
                (pl.population < _ABROAD_NOTED_POP or len(p.text) <= 6 and fold(p.text) != fold(pl.name)):
            ds = [d for h in home if (d := distance_km(pl, h)) is not None]
            if not ds or min(ds) > _ABROAD_KM:
                continue
        out.append(p)
    return out


def _time_reference(doc: Document) -> str | None:
    """The day relative dates are counted back from: the publication date, or the last day of the week a roundup
    covers when its head states one that ended days before it was posted ("Week 47: Monday 18 – Sunday 24 November
    2024 · Posted 25 November 2024": its "on Monday" is the 18th, not the day it was posted)."""
    end = period_end(doc.text) if doc.date else None
    if end is None or not 0 < (_dt.date.fromisoformat(doc.date) - _dt.date.fromisoformat(end)).days <= 10:
        return doc.date
    return end


def _narrative_date(ctxs: list[SentenceContext], ctx: SentenceContext, ref: str | None) -> str | None:
    """The date a sentence without one of its own is told at: that of one of the two sentences before it in its
    paragraph ("... defeated ISIS-K in late 2019. Almost 1400 of their fighters surrendered to the government":
    the government of late 2019)."""
    for i in (ctx.index - 1, ctx.index - 2):
        prev = ctxs[i] if i >= 0 else None
        if prev is None or prev.paragraph != ctx.paragraph:
            break
        if (d := prev.role_date_from(ref)) is not None:
            return d
    return None


def _by_sentence(found: list[tuple[int, int, str]], sents: list[tuple[int, int, str]],
                 starts: list[int]) -> dict[int, list[tuple[int, int, str]] | None]:
    """A document scan's phrases (start, end, phrase) by sentence index, in sentence offsets: what a scan
    of each sentence alone finds, since sentences are cut at white space, which no phrase starts or ends
    next to. A phrase that runs over a sentence's end (none in prose) is not one the sentences' own scans
    would find: its sentences map to None, to be scanned on their own."""
    out: dict[int, list[tuple[int, int, str]] | None] = {}
    for a, b, phrase in found:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0:
            continue  # (before the first sentence: white space)
        if b > sents[i][1]:
            for j in range(i, bisect.bisect_left(starts, b)):
                out[j] = None
        elif out.get(i, []) is not None:
            out.setdefault(i, []).append((a - starts[i], b - starts[i], phrase))
    return out


# a list of the stories a bulletin or a page holds, under its heading line ("HEADLINES", "In this bulletin:", "Related
# stories")
_CONTENTS_HEAD = textre.compile(r"(?i)[ \t]*(?:today'?s\s+|the\s+|top\s+|main\s+)?(?:headlines|top\s+stories|"
                                r"in\s+this\s+(?:bulletin|edition|issue|update|programme|program)|also\s+in\s+the\s+news|"
                                r"related\s+(?:stories|articles|coverage|news)|read\s+more|more\s+stories|most\s+read)[ \t]*:?[ \t]*\n")


def _section_heading(ctx: SentenceContext, para_starts: list[int]) -> bool:
    """A heading inside a report ("Clashes between the Taliban and ISIS-K"): a short paragraph of its own
    without a full stop, after the first paragraph. It names what a section is about, not an event (the
    events are told below it); the headline that opens a report is its news and is kept. A line of a list of
    headlines under its heading is one too ("HEADLINES / - Mortar shells fired at Halane"): the stories are told
    below it, or elsewhere."""
    if ctx.paragraph >= 0 and _CONTENTS_HEAD.match(ctx.doc.text, para_starts[ctx.paragraph], ctx.start):
        return True
    text = ctx.text.rstrip()
    if ctx.paragraph <= 0 or not text or text[-1] in ".!?\"'”’:;)" or text.count(" ") > 11:
        return False
    doc, nxt = ctx.doc.text, ctx.paragraph + 1
    # (a live page's entry opens with its time stamp, perhaps under a rule: "------\n13:15\nTwo policemen killed in
    # Turbat")
    alone_before = not doc[para_starts[ctx.paragraph]: ctx.start].strip() or \
        opens_entry(doc, para_starts[ctx.paragraph], ctx.start)
    alone_after = not doc[ctx.end: para_starts[nxt] if nxt < len(para_starts) else len(doc)].strip()
    return alone_before and alone_after


def to_records(a: "Analysis") -> list[dict]:
    """The one way out of the NLP layer: contract records for an analysed document."""
    out = [document_record(a.doc, a.n_sentences)]
    out += [x.to_dict() for x in a.actors]
    out += [e.to_dict() for e in a.events]
    out += [r.to_dict() for r in a.relations]
    out += [c.to_dict() for c in a.claims]
    return out


class Analysis:
    """What one document yields, as typed records."""

    __slots__ = ("doc", "n_sentences", "actors", "events", "relations", "claims", "statements", "country")

    def __init__(self, doc, n_sentences, actors, events, relations, claims, statements, country):
        self.doc, self.n_sentences, self.actors, self.events = doc, n_sentences, actors, events
        self.relations, self.claims, self.statements, self.country = relations, claims, statements, country


# the dead of the armed men an operation fought, as security forces' releases tell them
_THEIR_DEAD = textre.compile(r"(?i)\b(?:khwarij|kharjis?|terrorists|militants|insurgents|miscreants|fighters)\s+(?:were|was)\s+"
                             r"(?:sent\s+to\s+hell|killed|neutrali[sz]ed|eliminated)\b")
_BARE_DEED_ENDS = (" strike", " strikes", " raid", " raids")


def _actor_records(doc: Document, ctxs: list[SentenceContext], events: list[Event]) -> list[Actor]:
    """Named actors with all their mentions; generic ones only when an event uses them, and so a nation's forces
    named by a bare "strike" or "raid" of theirs ("French strikes disrupted rail traffic": a stoppage of work)."""
    used = {r.id for e in events for r in (e.actor1, e.actor2) if r is not None}
    by_id: dict[str, tuple[ActorRef, list[Mention]]] = {}
    for ctx in ctxs:
        for a in ctx.actors:
            if (a.generic or a.text.lower().endswith(_BARE_DEED_ENDS)) and a.ref.id not in used:
                continue
            ref, ms = by_id.setdefault(a.ref.id, (a.ref, []))
            ms.append(Mention(a.text, a.start, a.end))
    return [Actor(doc.id, ref, tuple(ms)) for ref, ms in by_id.values()]

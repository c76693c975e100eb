"""Stated relations between actors: who a sentence says is hostile to, or works with, whom.

A cue from the lexicon (``knowledge/data/relations.yaml``: "rivals", "expelled", "works in
collaboration with", "pledged allegiance to", "a common enemy" ...) is paired with the actors
named around it in the same clause. Only what a sentence states counts: a relation is never
inferred through a third party. Negation ("are not allies"), hedges ("reportedly", "to a
certain extent") and time ("previously", "since 2015", "after the takeover", "for more than
20 years") are kept on each :class:`Statement`.

    >>> from attrition.records import ActorRef, Document
    >>> from attrition.nlp.context import ActorSpan, SentenceContext
    >>> t = "The Taliban and ISIS-K are sworn enemies."
    >>> tal, isk = ActorRef("taliban", "Taliban", "armed_group"), ActorRef("iskp", "ISKP", "armed_group")
    >>> ctx = SentenceContext(Document("d", t), 0, 0, len(t), t,
    ...                       actors=[ActorSpan(4, 11, "Taliban", tal), ActorSpan(16, 22, "ISIS-K", isk)])
    >>> [(s.a.id, s.b.id, s.polarity) for s in RelationFinder(None, None).find(ctx)]
    [('iskp', 'taliban', 'hostile')]

Pronoun subjects at the start of a sentence ("They even took in commanders from the TTP") are
carried from the previous sentence (its own carried subject, else its last named armed group).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


from .. import textre
from ..errors import KnowledgeError
from ..knowledge.lexicon import read_knowledge_yaml
from ..records import ActorRef, Document, Event, Evidence, Relation
from .context import ActorSpan, SentenceContext, in_appositive
from .phrases import PhraseIndex, longest_first
from .mentions import across_border
from .typing import PLOVER_QUAD, PLOVER_SCORE

POLARITIES = ("hostile", "cooperative", "neutral")
KINDS = ("link", "mutual", "common_enemy")
_LEXICON = "attrition/knowledge/data/relations.yaml"


# ------------------------------------------------------------------------------------------
# records
@dataclass(frozen=True, slots=True)
class Statement:
    """One stated relation in one sentence (or one event between two actors, ``source="event"``)."""

    a: ActorRef
    b: ActorRef
    polarity: str  # hostile | cooperative | neutral
    score: float   # -1..1: sign of the polarity times the statement's weight
    cue: str
    evidence: Evidence
    date: str | None
    period_start: str | None
    period_end: str | None
    hedged: bool = False
    negated: bool = False
    source: str = "statement"
    weight: float = 1.0
    family: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "statement", "doc_id": self.evidence.doc_id, "a": self.a.to_dict(), "b": self.b.to_dict(),
            "polarity": self.polarity, "score": round(self.score, 3), "weight": round(self.weight, 3),
            "cue": self.cue, "family": self.family, "evidence": self.evidence.to_dict(), "date": self.date,
            "period_start": self.period_start, "period_end": self.period_end, "hedged": self.hedged,
            "negated": self.negated, "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Cue:
    phrase: str     # the pattern as written in the lexicon, after brace expansion
    polarity: str
    weight: float
    kind: str
    family: str


@dataclass(frozen=True, slots=True)
class RelationLexicon:
    cues: dict[str, Cue]                  # gap-free phrase (lower case) -> cue
    gapped: tuple[tuple[textre.Regex, Cue], ...]
    negations: tuple[str, ...]
    not_negations: tuple[str, ...]
    hedges_sentence: tuple[str, ...]
    hedges_near: tuple[str, ...]
    past: tuple[str, ...]
    present: tuple[str, ...]
    anchors: dict[str, str | None]

    @property
    def gate_words(self) -> list[str]:
        words = set(self.cues)
        for _, c in self.gapped:
            words.add(c.phrase.split("...")[0].strip())
        return sorted(w for w in words if w)


def _expand(pattern: str) -> list[str]:
    """'work{s,ed,} with' -> ['works with', 'worked with', 'work with']."""
    m = re.search(r"\{([^{}]*)\}", pattern)
    if not m:
        return [" ".join(pattern.split())]
    out = []
    for alt in m.group(1).split(","):
        out.extend(_expand(pattern[: m.start()] + alt + pattern[m.end():]))
    return out


def _gap_regex(phrase: str) -> textre.Regex:
    parts = [p.strip() for p in phrase.split("...")]
    words = [r"\s+".join(re.escape(w) for w in p.split()) for p in parts]
    body = r"(?:\s+[^\s.;:!?]+){0,6}?\s+".join(words)
    return textre.compile(r"(?<![\w\-])" + body + r"(?![\w])")


def _strings(data: dict, key: str, where: str) -> tuple[str, ...]:
    v = data.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise KnowledgeError(where, key, "expected a list of phrases")
    out: list[str] = []
    for x in v:
        out.extend(p.lower() for p in _expand(x))
    return tuple(out)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> RelationLexicon:
    """Read and validate the relation cue lexicon (the packaged one unless ``path`` is given)."""
    data, where = read_knowledge_yaml("relations.yaml", path, "relation lexicon")
    if not isinstance(data, dict) or not isinstance(data.get("cues"), list):
        raise KnowledgeError(where, "cues", "expected a mapping with a 'cues' list")
    cues: dict[str, Cue] = {}
    gapped: list[tuple[textre.Regex, Cue]] = []
    for i, spec in enumerate(data["cues"]):
        key = f"cues[{i}]"
        if not isinstance(spec, dict):
            raise KnowledgeError(where, key, "expected a mapping")
        pol, kind, w = spec.get("polarity"), spec.get("kind", "link"), spec.get("weight", 0.8)
        if pol not in POLARITIES:
            raise KnowledgeError(where, f"{key}.polarity", f"{pol!r} is not one of {POLARITIES}")
        if kind not in KINDS:
            raise KnowledgeError(where, f"{key}.kind", f"{kind!r} is not one of {KINDS}")
        if not isinstance(w, (int, float)) or not 0 < w <= 1:
            raise KnowledgeError(where, f"{key}.weight", f"{w!r} must be a number in (0, 1]")
        pats = spec.get("patterns")
        if not isinstance(pats, list) or not pats or not all(isinstance(p, str) for p in pats):
            raise KnowledgeError(where, f"{key}.patterns", "expected a non-empty list of phrases")
        fam = str(spec.get("family") or pol)
        for p in pats:
            for phrase in _expand(p.lower()):
                cue = Cue(phrase, pol, float(w), kind, fam)
                if "..." in phrase:
                    gapped.append((_gap_regex(phrase), cue))
                else:
                    cues.setdefault(phrase, cue)
    anchors: dict[str, str | None] = {}
    for i, a in enumerate(data.get("anchors", []) or []):
        if not isinstance(a, dict) or not isinstance(a.get("phrase"), str):
            raise KnowledgeError(where, f"anchors[{i}]", "expected {phrase, date}")
        anchors[a["phrase"].lower()] = str(a["date"]) if a.get("date") else None
    return RelationLexicon(
        cues, tuple(gapped), _strings(data, "negations", where), _strings(data, "not_negations", where),
        _strings(data, "hedges_sentence", where), _strings(data, "hedges_near", where),
        _strings(data, "past", where), _strings(data, "present", where), anchors)


# ------------------------------------------------------------------------------------------
# clause geometry
_LEFT_STOP = textre.compile(r"(?i)(?:;|—|\bbut\s+(?:the|a|an|they|it|he|she|we|this|that|these|those|none|neither|its|their|i)\b|\bso that\b|\bin order to\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|\byet\b|"
                            r"\bnone of\b|\bneither of\b|\bthen\b|\bbecause\b|\bunless\b|\bif\b|,\s*(?:they|it|he|she|we|this|that)\b|"
                            r"\bwhom\b|\bas\s+(?:all|they|it|he|she|we|these|those|there)\b)")
# ("the Taliban, whom it accused": the name is the object; "America would be insecure as all its officials are
# recruited from X": a clause of its own)
_RIGHT_STOP = textre.compile(r"(?i)(?:^\s*(?:them|it|him|her|us|each other|one another|themselves|itself)\b|,\s*and\s+(?:this|that|it|they|he|she|we)\b|;|—|\bbut\b(?!\s+also)|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|"
                             r"\bthen\b|\bbecause\b|\bso that\b|,\s*(?:which|who|whose|and then|but)\b|\bafter\b|\bbefore\b|\bwhen\b|"
                             r"^\s*of\s+\w+ing\b)")  # "accused of being ready to expel militants to please China": what was said
_COORD = textre.compile(r"(?i)^\s*(?:,|,?\s*and|,?\s*or|,?\s*as well as|&|,?\s*and also|,?\s*and even|,?\s*but also|nor|"
                        r",?\s*and even with|,?\s*and with|,?\s*and against|,?\s*and on|,?\s*but)\s*(?:both\s+|also\s+|even\s+)?"
                        r"(?:the\s+)?$")
_VERBISH = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
            "should", "must", "does", "do", "did", "continues", "continue", "continued", "remains", "remain",
            "remained", "says", "said", "claims", "claimed", "also", "still", "later", "then", "now", "became",
            "becomes", "seeks", "sought", "wants", "wanted", "began", "started", "insisted", "insists"}
_MUTUAL_INTRO = textre.compile(r"(?i)^\s*(?:with|of|against|to|towards|toward|in|on|from|between|among|,)?\s*(?:the\s+|both\s+)?$")
# (an opening phrase of up to six words before a comma, "In April 2015, they ...", has one reading, up to the first
# comma: possessive quantifiers keep the engine from trying every other split of it, as lazy ones made it do)
_PRONOUN_START = textre.compile(
    r"(?i)^\s*(?:[\"“‘']?\s*)?(?:(?:[A-Za-z0-9’'-]++\s++){0,5}+[A-Za-z0-9’'-]++,\s+)?"
    r"(?P<p>they|it|its|their|the group|the organi[sz]ation|the militants|the militant group|the movement|the outfit)\b")
_EXPLETIVE = textre.compile(r"(?i)it\s+(?:seems|seemed|appears|appeared|remains|goes|is\s+(?:likely|unlikely|clear|unclear|possible|"
                            r"worth|said|believed|reported|thought|expected|important|true|not|no|hard|difficult|rather|also)|"
                            r"was\s+(?:reported|said|believed|clear|unclear|not|also)|would\s+be|will\s+be)\b")
_DURATION = textre.compile(
    r"(?i)\bfor\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|at least\s+)?"
    r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a couple of|several)\s+"
    r"(?P<u>years?|decades?)\b|\bfor\s+(?P<n2>two|three|four|a|several)?\s*decades?\b")
_NUMW = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "several": 3}
_NEG_CUT = textre.compile(r"(?i)(?:;|—|,|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|\byet\b|\bthen\b|\bbecause\b)")
_SOURCE = textre.compile(r"(?i)\s*(?:says?|said|claims?|claimed|reports?|reported|alleges?|alleged|told|added|believes?)\b")
_THEN = textre.compile(r"(?i)(?:,\s*|\band\s+|\bbut\s+)?\b(?:then|later|afterwards|subsequently)\b")
_RELATIVE = textre.compile(r"(?i),\s*(?:which|who|whose)\b[^,;]*,")
_LOCATIVE_END = textre.compile(r"(?i)\b(?:in|into|inside|within|throughout|across|from|at|near)\s+(?:the\s+)?$")
_AGAINST_END = textre.compile(r"\b(with|against|toward|towards|vs\.?|versus)\s+(?:both\s+)?(?:the\s+)?$")
_ADVERBIAL = textre.compile(r"(?i)\b(?:after|before|despite|while|since|following|besides)\s+$")
_SKIP_KINDS = {"civilian_group"}
_SKIP_IDS = {"civilians", "protesters", "unidentified_armed_group"}


@dataclass(slots=True)
class _Arg:
    start: int   # sentence-local offsets
    end: int
    ref: ActorRef


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    cue: Cue
    text: str
    arg_end: int = -1   # where the object may start: inside the gap of "warned X of dire consequences"

    @property
    def obj(self) -> int:
        return self.arg_end if self.arg_end >= 0 else self.end


def _usable(a: ActorSpan) -> bool:
    return not a.generic and a.ref.kind not in _SKIP_KINDS and a.ref.id not in _SKIP_IDS


def _years_before(day: str | None, n: int) -> str | None:
    if not day:
        return None
    y = int(day[:4]) - n
    return f"{y:04d}" + day[4:] if len(day) > 4 else f"{y:04d}"


class RelationFinder:
    """Finds stated relations in gated sentences. Construct once; ``find`` per sentence."""

    def __init__(self, nlp=None, catalog=None, lexicon_file: str | None = None, mentions=None):
        """``mentions``: a MentionFinder over ``catalog`` (the pipeline passes its own) to find the
        actors of sentences the pipeline did not hand over; built on first use when not given,
        which takes seconds."""
        self.nlp = nlp
        self.catalog = catalog
        self.lexicon = load_lexicon(lexicon_file)
        self._index = PhraseIndex(self.lexicon.cues, case_sensitive=False)
        self.gate_words: list[str] = self.lexicon.gate_words
        # gapped cues with a word every match holds (the first written one) and the length of their first part
        self._gapped = [(rx, cue, cue.phrase.replace("...", " ").split()[0], len(cue.phrase.split("...")[0].strip()))
                        for rx, cue in self.lexicon.gapped]
        self._neg = PhraseIndex(self.lexicon.negations, case_sensitive=False)
        self._notneg = PhraseIndex(self.lexicon.not_negations, case_sensitive=False)
        self._hedge_s = PhraseIndex(self.lexicon.hedges_sentence, case_sensitive=False)
        self._hedge_n = PhraseIndex(self.lexicon.hedges_near, case_sensitive=False)
        self._past = PhraseIndex(self.lexicon.past, case_sensitive=False)
        self._present = PhraseIndex(self.lexicon.present, case_sensitive=False)
        self._anchor = textre.compile(r"(?i)\b(since|after|following|before|until|prior to)\s+(" + "|".join(
            re.escape(a) for a in sorted(self.lexicon.anchors, key=len, reverse=True)) + r")\b") \
            if self.lexicon.anchors else None
        # per-document memory for carried subjects: doc id -> {sentence index: subject ref or None}
        self._doc_id: str | None = None
        self._subjects: dict[int, ActorRef | None] = {}
        self._sentences: list[tuple[int, int, str]] | None = None
        self._mentions = mentions

    # -- public ------------------------------------------------------------------------
    def find(self, ctx: SentenceContext) -> list[Statement]:
        """Statements in one sentence. ``ctx.actors`` are document-offset spans; generic ones are skipped."""
        self._enter(ctx.doc)
        text = ctx.text
        args = [_Arg(a.start - ctx.start, a.end - ctx.start, a.ref) for a in ctx.actors if _usable(a)]
        hits = None
        if self._may_have_country_args(ctx):  # which country names are arguments depends on the cues
            hits = self._cues(text)
            args += self._country_args(ctx, args, hits)
        pron = self._pronoun_subject(ctx, args)
        if pron is not None:
            args.append(pron)
        args.sort(key=lambda x: x.start)
        self._subjects[ctx.index] = self._subject_of(ctx, args, pron)
        if len({a.ref.id for a in args}) < 2:
            return []
        if hits is None:  # most sentences name fewer than two actors and never get here
            hits = self._cues(text)
        self._hits = hits
        if not hits:
            return []
        low = text.lower()
        out: list[Statement] = []
        seen: set[tuple[str, str, str]] = set()
        for h in hits:
            for a, b, pol, cue in self._pairs(h, hits, args, low):
                if a.id == b.id:
                    continue
                st = self._statement(ctx, h, a, b, pol, cue, low)
                key = (min(a.id, b.id), max(a.id, b.id), st.polarity)
                if key in seen:
                    continue
                seen.add(key)
                out.append(st)
        return out

    def relations_for_document(self, doc: Document, statements: list[Statement], events: list[Event]) -> list[Relation]:
        """One Relation per actor pair of ``doc`` from its statements and the events between the pair."""
        if not statements and not events:
            return []
        from ..analysis.relations import combine
        groups: dict[tuple[str, str], list[Statement]] = {}
        for s in statements:
            groups.setdefault(_pair_key(s.a, s.b), []).append(s)
        for e in events:
            st = event_statement(e)
            if st is not None:
                groups.setdefault(_pair_key(st.a, st.b), []).append(st)
        rels = [combine(doc.id, sts) for sts in groups.values()]
        return sorted(rels, key=lambda r: (r.a.id, r.b.id))

    def note(self, ctx: SentenceContext) -> None:
        """Remember the sentence's subject for the sentences after it (without looking for statements)."""
        self._enter(ctx.doc)
        if ctx.index in self._subjects:
            return
        args = [_Arg(a.start - ctx.start, a.end - ctx.start, a.ref) for a in ctx.actors if _usable(a)]
        if not args and not _PRONOUN_START.match(ctx.text):
            self._subjects[ctx.index] = None
            return
        self._subjects[ctx.index] = self._subject_of(ctx, args, self._pronoun_subject(ctx, args))

    def carried_subject(self, ctx: SentenceContext) -> ActorRef | None:
        """The armed actor a sentence without one of its own is about: the referent of a leading
        pronoun ("Their fighters ..."), else the subject carried from the previous sentences."""
        self._enter(ctx.doc)
        args = [_Arg(a.start - ctx.start, a.end - ctx.start, a.ref) for a in ctx.actors if _usable(a)]
        pron = self._pronoun_subject(ctx, args)
        subj = self._subject_of(ctx, args, pron)
        self._subjects[ctx.index] = subj
        if pron is not None:
            return pron.ref
        # the most recent of the last few sentences that has a subject of its own
        probe = ctx
        for _ in range(4):
            subj = self._previous_subject(probe)
            if subj is not None or probe.index <= 0:
                return subj
            probe = SentenceContext(ctx.doc, probe.index - 1, 0, 0, "", country=ctx.country, date=ctx.date)
        return None

    # -- document memory ---------------------------------------------------------------
    def _enter(self, doc: Document) -> None:
        if doc.id != self._doc_id:
            self._doc_id, self._subjects, self._sentences = doc.id, {}, None

    def _subject_of(self, ctx, args: list[_Arg], pron: _Arg | None) -> ActorRef | None:
        if pron is not None:
            return pron.ref
        armed = [a for a in args if a.ref.kind == "armed_group"]
        return armed[-1].ref if armed else None

    def _previous_subject(self, ctx: SentenceContext, depth: int = 0) -> ActorRef | None:
        i = ctx.index - 1
        if i < 0 or depth > 5:
            return None
        if i in self._subjects:
            return self._subjects[i]
        sents = self._doc_sentences(ctx.doc)
        if sents is None or i >= len(sents):
            return None
        s, e, st = sents[i]
        prev = SentenceContext(ctx.doc, i, s, e, st, country=ctx.country, date=ctx.date)
        prev.actors = self._scan_actors(prev)
        args = [_Arg(a.start - s, a.end - s, a.ref) for a in prev.actors if _usable(a)]
        pron = self._pronoun_subject(prev, args, depth + 1)
        subj = self._subject_of(prev, args, pron)
        self._subjects[i] = subj
        return subj

    def _doc_sentences(self, doc: Document):
        if self._sentences is None:
            from .segment import split_sentences
            self._sentences = split_sentences(doc.text)
        return self._sentences

    def _scan_actors(self, ctx: SentenceContext) -> list[ActorSpan]:
        """Actors of a sentence the pipeline did not hand us (no trigger in it)."""
        if self.catalog is None:
            return []
        if self._mentions is None:
            try:
                from .mentions import MentionFinder

                class _NoPlaces:
                    def names(self):
                        return []
                self._mentions = MentionFinder(self.catalog, _NoPlaces())
            except Exception:  # pragma: no cover - a catalog without the matcher's API
                self._mentions = False
        if not self._mentions:
            return []
        out = []
        for r in self._mentions.raw_actors(ctx.text):
            span = self._mentions.resolve(r, country=ctx.country, date=ctx.role_date or ctx.doc.date)
            if span is not None:  # an alias that does not resolve in this country or year
                out.append(ActorSpan(span.start + ctx.start, span.end + ctx.start, span.text, span.ref))
        return out

    def _pronoun_subject(self, ctx: SentenceContext, args: list[_Arg], depth: int = 0) -> _Arg | None:
        m = _PRONOUN_START.match(ctx.text)
        if not m:
            return None
        s, e = m.start("p"), m.end("p")
        if _EXPLETIVE.match(ctx.text[s:]):
            return None
        if any(a.start < s for a in args):  # a named actor comes first: it is the subject
            return None
        ref = self._previous_subject(ctx, depth)
        return _Arg(s, e, ref) if ref is not None else None

    def _may_have_country_args(self, ctx: SentenceContext) -> bool:
        """Whether ``_country_args`` can find any: the sentence names a country."""
        return self.catalog is not None and any(
            getattr(p.place, "kind", None) == "country" and p.place.country for p in ctx.places)

    def _country_args(self, ctx: SentenceContext, args: list[_Arg], hits: list[_Hit]) -> list[_Arg]:
        """Country names in an argument slot ("working with Pakistan", "a war in Iran") as their governments."""
        if self.catalog is None or not ctx.places:
            return []
        out = []
        place_end = None  # the end of the last country told as a place
        for p in ctx.places:
            if getattr(p.place, "kind", None) != "country" or not p.place.country:
                continue
            s, e = p.start - ctx.start, p.end - ctx.start
            if any(a.start < e and s < a.end for a in args):
                continue
            before = ctx.text[max(0, s - 30): s].lower()
            if across_border(ctx.text, s):
                continue  # "detained near the border with Ukraine": where, not who
            cue_before = any(0 <= s - h.end <= 6 for h in hits)  # "a war in Iran": the cue's own argument
            if not cue_before and (_LOCATIVE_END.search(before) or
                                   place_end is not None and _COORD.match(ctx.text[place_end: s].lower())):
                place_end = e  # "bases were operated in Syria and Iraq": places, not governments
                continue
            slot = s <= 3 or _AGAINST_END.search(before) \
                or cue_before or any(0 <= h.start - e <= 12 for h in hits) \
                or any(_COORD.match(ctx.text[x.end: s].lower()) for x in args if x.end <= s) \
                or any(_COORD.match(ctx.text[e: x.start].lower()) for x in args if x.start >= e)
            if not slot:
                continue
            try:
                ref = self.catalog.country_actor("gov", country=p.place.country, date=ctx.role_date or ctx.doc.date)
            except Exception:
                continue
            out.append(_Arg(s, e, ref))
        return out

    # -- cues and pairing --------------------------------------------------------------
    def _cues(self, text: str) -> list[_Hit]:
        found = [_Hit(m.start(), m.end(), self.lexicon.cues[m.group(0)], m.group(0)) for m in self._index.finditer(text)]
        low = text.lower()
        for rx, cue, word, first in self._gapped:
            if word not in low:  # most sentences hold none of the gapped cues: skip the regex
                continue
            for m in rx.finditer(low):
                found.append(_Hit(m.start(), m.end(), cue, m.group(0), m.start() + first))
        return longest_first(found)

    def _left(self, h: _Hit, args: list[_Arg], low: str) -> list[_Arg]:
        """The nearest actor before the cue in its clause, with the actors coordinated with it."""
        cands = [a for a in args if a.end <= h.start]
        if not cands:
            return []
        # "The Taliban, which fights ISIS-K, signed a deal with ...": the antecedent, not the relative clause
        for m in _RELATIVE.finditer(low, 0, h.start):
            if not any(m.end() <= a.start for a in cands):
                inner = [a for a in cands if m.start() <= a.start < m.end()]
                if inner and len(inner) < len(cands):
                    cands = [a for a in cands if a not in inner]
        a = cands[-1]
        clause_end = a.end  # where the words between the subject and its verb begin
        for k in range(len(cands) - 2, -1, -1):
            if in_appositive(low, cands[k].end, cands[k + 1].start, a.end, h.start):
                # "Hafiz Saeed Khan, a former commander of the TTP, who pledged allegiance": Khan pledged (the
                # appositive and its relative pronoun stand between him and his verb)
                a, cands = cands[k], cands[:k + 1]
                clause_end = low.rindex(",", 0, h.start) + 1
                break
        between = low[clause_end: h.start]
        stop = _LEFT_STOP.search(between)
        if stop and _THEN.fullmatch(stop.group(0).strip()) and not re.search(r"[;—]", between):
            # "A fought B for years, then cooperated with C": the clause's subject did both
            return [cands[0]] if cands[0] is not a or len(cands) == 1 else []
        if stop or len(between.split()) > 12:
            return []
        group = [a]
        hit_ends = [x.end for x in self._hits]
        for prev in reversed(cands[:-1]):
            if not _COORD.match(low[prev.end: group[-1].start]):
                break
            if any(0 <= prev.start - e <= 6 for e in hit_ends):
                break  # the object of an earlier cue ("expelled B and C continues ..."), not a co-subject
            group.append(prev)
        return group

    def _clause_before(self, h: _Hit, args: list[_Arg], low: str) -> list[_Arg]:
        out: list[_Arg] = []
        for a in reversed([a for a in args if a.end <= h.start]):
            between = low[a.end: h.start]
            if re.search(r"[;—]|\bwhile\b|\bwhereas\b|\bhowever\b", between) or len(between.split()) > 25:
                break
            if a.ref.id not in {x.ref.id for x in out}:
                out.append(a)
        return out

    def _right(self, h: _Hit, args: list[_Arg], hits: list[_Hit], low: str, subjects: bool = False) -> tuple[list[_Arg], str]:
        cands = [a for a in args if a.start >= h.obj]
        if not cands:
            return [], ""
        a = cands[0]
        between = low[h.obj: a.start]
        if _RIGHT_STOP.search(between) or len(between.split()) > 10:
            return [], between
        if _SOURCE.match(low[a.end: a.end + 20]) and between.rstrip().endswith(","):
            return [], between  # "..., Pakistan says": the source of the sentence, not the object
        group = [a]
        hit_starts = [x.start for x in hits]
        for nxt in cands[1:]:
            if not _COORD.match(low[group[-1].end: nxt.start]):
                break
            if subjects:
                group.append(nxt)
                continue
            after = low[nxt.end: nxt.end + 40].split()
            nxt_word = after[0].strip(",.") if after else ""
            if nxt_word in _VERBISH or nxt_word.endswith("ed") or any(nxt.end <= s <= nxt.end + 25 for s in hit_starts):
                break  # the subject of a new clause, not a second object
            group.append(nxt)
        return group, between

    def _pairs(self, h: _Hit, hits: list[_Hit], args: list[_Arg], low: str):
        cue = h.cue
        left = self._left(h, args, low)
        right, intro = self._right(h, args, hits, low)
        pol = cue.polarity
        if cue.kind == "common_enemy":
            friends = left if len(left) >= 2 else left + [a for a in args if a.end <= h.start and
                                                          re.search(r"\bwith\s+(?:the\s+)?$", low[max(0, a.start - 12): a.start])]
            friends = _dedupe(friends)
            enemy = right[:1]
            if not enemy:  # "ISIS, the common enemy of the Taliban and the US"
                before = [a for a in args if a.end <= h.start]
                if before and len(right) == 0:
                    pass
            for i, x in enumerate(friends):
                for y in friends[i + 1:]:
                    yield x.ref, y.ref, "cooperative", cue
            for x in friends:
                for y in enemy:
                    yield x.ref, y.ref, "hostile", cue
            return
        if not left and _ADVERBIAL.search(low[max(0, h.start - 12): h.start]):
            # "after fighting for 20 years, A and B ...": the main clause's subjects did it
            subj, _ = self._right(h, args, hits, low, subjects=True)
            for i, x in enumerate(subj):
                for y in subj[i + 1:]:
                    yield x.ref, y.ref, pol, cue
            return
        tail = low[h.end: h.end + 12]
        if cue.phrase.endswith("between") or tail.lstrip().startswith("between"):
            right, _ = self._right(h, args, hits, low, subjects=True)  # "between A and B" is closed by its own form
            if len(right) >= 2:
                yield right[0].ref, right[1].ref, pol, cue
            return
        if cue.kind == "mutual":
            if right and _MUTUAL_INTRO.match(intro) and left:
                for x in left:
                    for y in right:
                        yield x.ref, y.ref, pol, cue
            elif len(left) >= 2:
                for i, x in enumerate(left):
                    for y in left[i + 1:]:
                        yield x.ref, y.ref, pol, cue
            elif left and right and len(intro.split()) <= 3:
                yield left[0].ref, right[0].ref, pol, cue
            elif len(right) >= 2 and not left:
                yield right[0].ref, right[1].ref, pol, cue
            elif left and not right:
                # "they were expelled by Al-Qaeda and have since become rivals": the clause's two actors
                clause = self._clause_before(h, args, low)
                # ("ISKP remains the Taliban's bitter rival": the subject and the possessor)
                if len(clause) == 2 and re.search(r"\b(?:become|became|becomes|becoming|are|were|is|was|remain|remains|remained|been|"
                                                  r"turned|as)\s+(?:[\w'’]+\s+){0,3}$", low[max(0, h.start - 50): h.start]):
                    yield clause[0].ref, clause[1].ref, pol, cue
            return
        # link
        if left and right:
            for x in left:
                for y in right:
                    yield x.ref, y.ref, pol, cue
            # "cooperated with B against C": both hostile to C
            if pol == "cooperative":
                for a in args:
                    if a.start >= right[-1].end and re.search(r"\bagainst\s+(?:the\s+)?$", low[max(0, a.start - 12): a.start]) \
                            and not _RIGHT_STOP.search(low[right[-1].end: a.start]):
                        for x in left + right:
                            yield x.ref, a.ref, "hostile", cue
                        break
        elif len(left) >= 2 and not right:
            for i, x in enumerate(left):
                for y in left[i + 1:]:
                    yield x.ref, y.ref, pol, cue
            if pol == "cooperative":
                for a in args:
                    if a.start >= h.end and re.search(r"\bagainst\s+(?:the\s+)?$", low[max(0, a.start - 12): a.start]) \
                            and not _RIGHT_STOP.search(low[h.end: a.start]):
                        for x in left:
                            yield x.ref, a.ref, "hostile", cue
                        break

    # -- modality and time -------------------------------------------------------------
    def _statement(self, ctx: SentenceContext, h: _Hit, a: ActorRef, b: ActorRef, pol: str, cue: Cue, low: str) -> Statement:
        negated = self._negated(low, h)
        hedged = self._hedged(low, h)
        weight = cue.weight
        if negated:
            if pol == "cooperative":
                pol, weight = "hostile", weight * 0.5   # "are not allies", "dismissed any alliance"
            elif pol == "hostile":
                pol, weight = "neutral", weight * 0.5   # "denied fighting", "none of them would fight"
        if hedged:
            weight *= 0.6
        sign = {"hostile": -1.0, "cooperative": 1.0, "neutral": 0.0}[pol]
        day, p_start, p_end = self._when(ctx, h, low)
        if a.id > b.id:
            a, b = b, a
        return Statement(a, b, pol, sign * weight, h.text, ctx.evidence(h.text), day, p_start, p_end,
                         hedged, negated, "statement", weight, cue.family)

    def _negated(self, low: str, h: _Hit) -> bool:
        window_start = h.start
        words = 0
        while window_start > 0 and words < 6:
            window_start = low.rfind(" ", 0, window_start - 1) + 1 if window_start > 1 else 0
            words += 1
            if window_start == 0:
                break
        window = low[window_start: h.start]
        for stop in _NEG_CUT.finditer(window):
            window = window[stop.end():]
        masked = window
        for m in self._notneg.finditer(window):
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
        if self._neg.search(masked) or re.search(r"n['’]t\b", masked):
            return True
        # a denial framing the whole clause: "dismissed any possibility of an alliance between"
        pre = low[max(0, h.start - 60): h.start]
        return bool(re.search(r"\b(?:dismiss\w*|rul\w* out|den\w*|reject\w*)\b[^,;]*\b(?:any|possibility|notion|idea|reports?|claims?)\b[^,;]*$", pre))

    def _hedged(self, low: str, h: _Hit) -> bool:
        if self._hedge_s.search(low[max(0, h.start - 60): h.end + 40]):
            return True
        pre = low[max(0, h.start - 30): h.start]
        return self._hedge_n.search(pre)

    def _when(self, ctx: SentenceContext, h: _Hit, low: str) -> tuple[str | None, str | None, str | None]:
        ref = ctx.date or ctx.doc.date
        day, p_start, p_end = ref, None, None
        times = sorted(ctx.times, key=lambda t: abs((t.start - ctx.start) - h.start))
        if times:
            t = times[0]
            if t.kind == "since":
                p_start = t.period[0]
            elif t.kind == "until":
                p_end = t.period[1]
            elif t.kind == "range":
                p_start, p_end = t.period
            else:
                day = t.value
        if self._anchor is not None:
            for m in self._anchor.finditer(low):
                d = self.lexicon.anchors.get(m.group(2))
                if d and m.group(1) in ("since", "after", "following"):
                    p_start = p_start or d
                elif d:
                    p_end = p_end or d
        dur = _DURATION.search(low)
        base = ctx.doc.date or ctx.date
        if dur and dur.start() < h.end + 40:
            n = dur.group("n") or dur.group("n2") or "a"
            years = int(n) if n.isdigit() else _NUMW.get(n, 1)
            if (dur.group("u") or "decade").startswith("decade") or dur.group("n2") is not None or "decade" in dur.group(0):
                years *= 10
            # "after fighting for 20 years, they found a common enemy": the duration belongs to
            # the clause it is in; the cue in the main clause starts where it ends
            clause_has_cue = abs(dur.start() - h.start) < 45
            if clause_has_cue and base:
                p_start, p_end = p_start or _years_before(base, years), p_end or base
            elif base and dur.start() < h.start:
                p_start = p_start or base
        past = self._past.search(low[max(0, h.start - 60): h.end + 30])
        present = self._present.search(low[max(0, h.start - 40): h.end + 30])
        if past and not present and p_end is None:
            p_end = base
            if day == base:
                day = None
        elif present and not past and p_start is None and base:
            p_start = base
        return day, p_start, p_end


def _dedupe(xs: list[_Arg]) -> list[_Arg]:
    out, ids = [], set()
    for x in xs:
        if x.ref.id not in ids:
            ids.add(x.ref.id)
            out.append(x)
    return out


def _pair_key(a: ActorRef, b: ActorRef) -> tuple[str, str]:
    return (a.id, b.id) if a.id <= b.id else (b.id, a.id)


def event_polarity(plover_type: str) -> tuple[str, float] | None:
    """(polarity, weight) an event of ``plover_type`` lends to its pair: quad 1-2 cooperative, 3-4 hostile.
    A request tells neither: it may be an appeal between friends or a demand between enemies ("China urged
    the Taliban to protect its nationals").

    >>> event_polarity("ASSAULT"), event_polarity("AGREE"), event_polarity("REQUEST")
    (('hostile', 0.9), ('cooperative', 0.4), None)
    """
    q, s = PLOVER_QUAD.get(plover_type), PLOVER_SCORE.get(plover_type)
    if q is None or s is None or plover_type == "REQUEST":
        return None
    return ("cooperative" if q <= 2 else "hostile"), abs(s) / 10.0


_SURRENDER = textre.compile(r"(?i)\bsurrender|\blaid\s+down|\bgave\s+themselves\s+up|\bhanded\s+themselves\s+over")


def event_statement(e: Event | dict) -> Statement | None:
    """The relation evidence an event gives its two actors, as a ``source="event"`` statement."""
    d = e.to_dict() if hasattr(e, "to_dict") else e
    a1, a2 = d.get("actor1"), d.get("actor2")
    if not a1 or not a2 or a1.get("id") == a2.get("id"):
        return None
    if d.get("modality") in ("negated", "hypothetical", "planned"):
        return None
    for x in (a1, a2):
        if x.get("kind") in _SKIP_KINDS or x.get("id") in _SKIP_IDS:
            return None
    if _SURRENDER.search(d.get("trigger") or ""):
        return None  # fighters who surrender to their enemy make no cooperation with it (ACLED's "agreement")
    pw = event_polarity(d.get("plover_type", ""))
    if pw is None:
        return None
    pol, w = pw
    if d.get("modality") in ("reported", "claimed"):
        w *= 0.7
    ra, rb = ref_from_dict(a1), ref_from_dict(a2)
    if ra.id > rb.id:
        ra, rb = rb, ra
    ev = d.get("evidence") or {}
    cue = f"event:{d.get('plover_type')}"
    evidence = Evidence(d.get("doc_id") or ev.get("doc_id") or "", ev.get("text", ""), ev.get("start", 0), ev.get("end", 0), cue)
    sign = 1.0 if pol == "cooperative" else -1.0
    return Statement(ra, rb, pol, sign * w, cue, evidence, d.get("date"), None, None, d.get("modality") == "reported",
                     False, "event", w, "event")


def ref_from_dict(d: dict) -> ActorRef:
    return ActorRef(d.get("id") or d.get("name", "?"), d.get("name") or d.get("id", "?"), d.get("kind") or "unknown",
                    d.get("country"), d.get("sector"))


def statement_from_dict(d: dict) -> Statement:
    """A stored statement row (``Statement.to_dict()``) back as a Statement."""
    ev = d.get("evidence") or {}
    w = d.get("weight")
    if w is None:
        w = abs(d.get("score") or 0.0) or 0.5
    return Statement(ref_from_dict(d["a"]), ref_from_dict(d["b"]), d["polarity"], float(d.get("score") or 0.0),
                     d.get("cue") or "", Evidence(d.get("doc_id") or ev.get("doc_id") or "", ev.get("text", ""),
                                                  ev.get("start", 0), ev.get("end", 0), d.get("cue")),
                     d.get("date"), d.get("period_start"), d.get("period_end"), bool(d.get("hedged")),
                     bool(d.get("negated")), d.get("source") or "statement", float(w), d.get("family"))


__all__ = ["Statement", "RelationFinder", "load_lexicon", "event_statement", "event_polarity",
           "statement_from_dict", "ref_from_dict"]

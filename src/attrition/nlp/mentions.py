"""Finding actors and places in raw text, and the country a document is about.

Aliases and place names are matched with trie regexes over the whole document (one pass each);
overlaps are resolved longest-first with actors winning over places ("Islamic State Khorasan"
is an actor, not the region). Generic nouns ("gunmen", "13 American soldiers") are found per
sentence and resolved through the catalog by the country and date in context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import textre
from ..datelines import CAPS_HEAD, HEAD_CHARS
from ..knowledge.catalog import Alias, Catalog
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicon import given_names
from ..numbers import COUNT_RE, _count_from_match
from .context import ActorSpan, PlaceSpan
from .phrases import NameIndex, PhraseIndex, longest_first

# Upper-case aliases that are ordinary words in all-caps text ("IT IS", "LET US", "THE MAN WHO", "IN FACT").
_CAPS_UNSAFE = {"IS", "US", "IT", "AN", "ON", "IN", "AT", "NO", "OR", "AS", "BE", "UN", "ISK", "IEA",
                "WHO", "LET", "FACT", "RAW", "TIP", "MEND"}


_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def is_caps(text: str) -> bool:
    """All-caps wire copy (MUC-style)? ASCII letters counted over the first 2,000 characters, in C:
    the head as ASCII bytes (any other character one '?'), less its letters of each case."""
    head = text[:2000].encode("ascii", "replace")
    n = len(head)
    low = n - len(head.translate(None, _LOWER))
    if 4 * low >= n:  # then upper <= len - low <= 3 * low: prose answers without the second count
        return False
    up = n - len(head.translate(None, _UPPER))
    return up + low > 40 and up / (up + low) > 0.8


# a line that opens with a name in capitals before a comma, a bracket, a dash or a colon: a dateline's place
# a village or ward named by words around a known name ("Tha Pyay Kan village" is not Pyay): the name is another place's
_SMALL_PLACE_WORD = r"\s+(?:village|villages|township|hamlet|ward|quarter|neighbou?rhood|village\s+tract)\b"
_CAPS_RUN_THEN_PLACE = textre.compile(r"(?:[ -][A-Z][\w'-]*){1,3}" + _SMALL_PLACE_WORD)
_CAPS_WORD_BEFORE = textre.compile(r"(?<![.!?:;]\s)\b[A-Z][\w-]*(?<!'s)[ -]$")  # (not a possessive: "Kabul's Dasht-e-Barchi")
_PLACE_WORD_AFTER = textre.compile(_SMALL_PLACE_WORD)


# ... or an airport named after someone ("Aden Adde International Airport" is Mogadishu's, not in Aden)
_NAMED_AIRPORT_AFTER = textre.compile(r"(?:\s+[A-Z][\w'-]*){1,3}\s+(?:International\s+)?Airport\b")


# a name that speaks is someone's, not a place ("Safi said gunmen killed three"; a capital that speaks for its
# government is an actor, named apart as a metonym)
_PREPOSITION_BEFORE = textre.compile(r"(?i)\b(?:in|at|from|of|near|for)\s+$")  # ("police in Baidoa said")
_SPEAKS_AFTER = textre.compile(r"\s+(?:said|says|told|added|stated|tweeted|wrote)\b")
# an Arabic article in lower case before a capitalised name ("al-Mughayyir", "el-Fasher", "ash-Shifa")
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az"})
_ARTICLES = tuple(f"{w}-" for w in _ARTICLE_WORDS)
_HYPHEN_CAPITAL = textre.compile(r"-(?=[A-Z])")


# a country's abbreviation, and a common word after it (not one a place name is followed by: "in the U.S. on Monday")
_ABBREVIATION = textre.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
_COMMON_WORD_AFTER = textre.compile(r"\s+(?!(?:on|in|at|and|or|for|to|from|with|after|before|during|since|until|by|as|"
                                    r"is|was|were|are|has|had|have|said|says|over|but|last|this|that|the|a|an|of|who|which|"
                                    r"where|when|while|if|because|earlier|later|yesterday|today|tonight|under|into|against|"
                                    r"near|across|through|amid|via|than|will|would|could|should|can|may|must|did|does|do|"
                                    r"not|also|too|itself|alone|only|now|then|so)\b)[a-z]")


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is a country's abbreviation before a common noun, which it modifies as an
    adjective would ("a U.S. official said", "US drones", "a U.S. request"): the country is the actor it names, if
    any, not where a deed was done."""
    return _ABBREVIATION.fullmatch(text, start, end) is not None and _COMMON_WORD_AFTER.match(text, end) is not None


def _inside_unknown_name(text: str, start: int, end: int) -> bool:
    return bool(_CAPS_RUN_THEN_PLACE.match(text, end) or _NAMED_AIRPORT_AFTER.match(text, end) or
                _PLACE_WORD_AFTER.match(text, end) and start and _CAPS_WORD_BEFORE.search(text, max(0, start - 30), start))


_NAME_BEFORE = textre.compile(r"([A-Z][\w'’.-]*)\s+$")
_STATE_QUALIFIERS = frozenset({"national", "federal", "royal", "state", "border", "security", "special", "republican",
                               "presidential", "government", "military", "armed", "regular", "local", "provincial"})
# a person's title right before a name: the name is a person's, even when a place bears it ("Gen Medina")
# (not "major" or "general", adjectives too: "a major Kandahar market")
_PERSON_TITLES = ("mr", "mrs", "ms", "dr", "gen", "col", "colonel", "maj", "capt", "captain", "lt", "sgt", "msgr", "monsignor",
                  "fr", "rev", "sen", "senator", "gov", "judge", "mayor", "minister", "commander", "cmdr", "adm", "admiral",
                  "secretary", "president", "chairman", "spokesman", "spokeswoman", "spokesperson", "prof", "professor",
                  "sheikh", "mullah", "mawlawi", "maulana", "maulvi", "imam", "haji", "hajji", "qari")
_PERSON_TITLE_SET = frozenset(_PERSON_TITLES)
_PERSON_TITLE_BEFORE = textre.compile(r"(?i)\b(?:" + "|".join(_PERSON_TITLES) + r")\.?\s+$")


_FIGURES_AFTER = textre.compile(r"(?i)\s+(?:death\s+)?(?:toll|tolls|figures?|count|counts|tally|data|statistics|estimates?)\b")


def _title_before(text: str, start: int) -> bool:
    """Whether a person's title ends right before ``start`` ("Gen ", "Mayor ", "Dr. "), within the 14 characters
    before it: ``_PERSON_TITLE_BEFORE.search(text, max(0, start - 14), start)``, found by stepping back over the
    white space, a full stop and the word before ``start`` (the regex is tried at each of the 14 offsets). Only in
    ASCII text: elsewhere case folding matches letters that lower() does not ("ſ"), and the regex answers."""
    lo = max(0, start - 14)
    if not text.isascii():
        return _PERSON_TITLE_BEFORE.search(text, lo, start) is not None
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == start or j == lo:
        return False
    if text[j - 1] == ".":
        j -= 1
    i = j  # the title is the whole word before: a word boundary opens it
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return i >= lo and text[i:j].lower() in _PERSON_TITLE_SET
def _given_name_before(text: str, start: int) -> bool:
    """Whether a common given name stands right before ``start``, one space away ("Saleem Orakzai", "Abdifatah Aden
    Hassan"): the place name there is a person's family name."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    i = start - 2
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i].isupper() and text[i:start - 1].lower() in given_names() and not (i and text[i - 1].isalnum())


_TITLE_WORD = textre.compile(r"\b[A-Za-z][\w'’-]*")
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs"})


def is_title_case(text: str) -> bool:
    """A headline in title case ("Taliban Fighters Kill 5 Afghan Soldiers"): most content words capitalised."""
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# an administrative part of a city named after a force: "the 17th police district"
_NOUN_AFTER = textre.compile(r"\s+(?!(?:was|were|is|are|has|had|have|said|says|told|who|and|or|in|at|on)\b)[a-z]")
_AREA_AFTER = textre.compile(r"(?i)\s+areas?\b")
_ZONE_AFTER = textre.compile(r"(?i)\s+(?:district|precinct)s?\b")
_AIRCRAFT_AFTER = textre.compile(r"(?i)[\s-]+(?:jets?|planes?|aircraft|bombers?)\b")
_RAPE_AFTER = textre.compile(r"(?i)[\s-]+rap(?:e|es|ed|ing)\b")


@dataclass(frozen=True, slots=True)
class RawActor:
    start: int
    end: int
    text: str
    aliases: tuple[Alias, ...]


class MentionFinder:
    """Finds actor aliases, places and generic actor nouns."""

    def __init__(self, catalog: Catalog, gazetteer: Gazetteer):
        self.catalog = catalog
        self.gazetteer = gazetteer
        self._cs: dict[str, list[Alias]] = {}
        self._ci: dict[str, list[Alias]] = {}
        for a in catalog.aliases():
            if a.case_sensitive:
                self._cs.setdefault(a.text, []).append(a)
            else:
                self._ci.setdefault(a.text.lower(), []).append(a)
        self._cs_index = PhraseIndex(self._cs, case_sensitive=True)
        self._ci_index = PhraseIndex(self._ci, case_sensitive=False)
        # all-caps text: match case-sensitive aliases in any case too, except unsafe short words
        self._caps: dict[str, list[Alias]] = {}
        for k, v in self._cs.items():
            if k.upper() not in _CAPS_UNSAFE and len(k) > 2:
                self._caps.setdefault(k.lower(), []).extend(v)
        self._caps_index = PhraseIndex(self._caps, case_sensitive=False)
        names = [n for n in gazetteer.names() if n]
        self._place_index = NameIndex(names)
        self._place_caps_index = NameIndex([n for n in gazetteer.wire_names() if len(n) > 3], fold_case=True)
        nouns = catalog.generic_nouns()
        self._generic_index = PhraseIndex(nouns, case_sensitive=False)

    # -- actors ---------------------------------------------------------------------------
    def case_insensitive_aliases(self) -> list[str]:
        """The aliases matched in any case, lower-cased: a caller that scans the text for other
        phrases too finds them in the same pass (``PhraseGroups``) and passes them to ``raw_actors``."""
        return list(self._ci)

    def raw_actors(self, text: str, caps: bool | None = None,
                   ci_found: list[tuple[int, int, str]] | None = None) -> list[RawActor]:
        """Catalog aliases in ``text``; ``caps``: whether it is all-caps copy (found when not given);
        ``ci_found``: the case-insensitive aliases' (start, end, lower-cased alias), when found already."""
        if caps is None:
            caps = is_caps(text)
        found: list[RawActor] = []
        for m in self._cs_index.finditer(text):
            if caps and (len(m.group(0)) <= 3 or m.group(0) in _CAPS_UNSAFE):
                continue  # "THE COUNTRY IS NOW": in all-caps copy short acronyms are ordinary words
            found.append(RawActor(m.start(), m.end(), m.group(0), tuple(self._cs[m.group(0)])))
        if ci_found is None:
            ci_found = [(m.start(), m.end(), m.group(0)) for m in self._ci_index.finditer(text)]
        for s, e, key in ci_found:
            found.append(RawActor(s, e, text[s:e], tuple(self._ci[key])))
        if caps:
            for m in self._caps_index.finditer(text):
                s = text[m.start(): m.end()]
                found.append(RawActor(m.start(), m.end(), s, tuple(self._caps[m.group(0)])))
        return longest_first(found)

    def date_matters(self, raw: RawActor) -> bool:
        """Whether the date can change what ``raw`` resolves to (see Catalog.date_matters)."""
        return any(self.catalog.date_matters(a) for a in raw.aliases)

    def resolve(self, raw: RawActor, *, country: str | None, date: str | None) -> ActorSpan | None:
        """The actor a matched alias means here, or None (a country-bound alias used elsewhere)."""
        for alias in raw.aliases:
            ref = self.catalog.resolve_alias(alias, country=country, date=date)
            if ref is not None:
                return ActorSpan(raw.start, raw.end, raw.text, ref)
        return None

    # -- places ---------------------------------------------------------------------------
    def raw_places(self, text: str, caps: bool | None = None) -> list[tuple[int, int, str]]:
        """Place names in ``text``; not a name right after a person's title ("Gen Medina", "Mayor Mosquera"), which
        names a person, nor a people's adjective ("Somali and AU troops"; but "the Somali region")."""
        if caps is None:
            caps = is_caps(text)
        idx = self._place_caps_index if caps else self._place_index
        found = list(idx.finditer(text))
        if not caps and textre.holds_any(text, _ARTICLES):
            found = self._with_article(text, found)
        if not caps:
            # the dateline of a report in mixed case is in capitals ("QUETTA, March 6, 2025 -"): read as wire copy
            for m in CAPS_HEAD.finditer(text, 0, HEAD_CHARS):
                head = [(s + m.start(1), e + m.start(1), t) for s, e, t in self._place_caps_index.finditer(m.group(1))]
                if head and not any(s < head[-1][1] and head[0][0] < e for s, e, _ in found):
                    found = sorted(found + head)
        return [p for p in found if not _title_before(text, p[0]) and not _given_name_before(text, p[0]) and
                not _inside_unknown_name(text, p[0], p[1]) and
                not (_SPEAKS_AFTER.match(text, p[1]) and not _PREPOSITION_BEFORE.search(text, max(0, p[0] - 8), p[0])) and
                not (self.gazetteer.demonym(p[2]) and not _REGION_AFTER.match(text, p[1]) and
                     self.gazetteer.country_by_name(p[2]) is None)]

    def _with_article(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``found`` and the names an Arabic article in lower case opens ("the village of al-Mughayyir", "el-Fasher"):
        the gazetteer writes the article capitalised ("Al-Mughayyir")."""
        out = list(found)
        for m in _HYPHEN_CAPITAL.finditer(text):
            # (the hyphen is found first, by a regex that opens with it: the engine skips in C to the next one)
            a = m.start()
            while a > 0 and text[a - 1].isalpha() and m.start() - a < 4:
                a -= 1
            if text[a: m.start()] not in _ARTICLE_WORDS or a and (text[a - 1].isalnum() or text[a - 1] in "-_") or \
                    any(s <= a < e for s, e, _ in found):
                continue
            window = text[a: a + 60]
            k = m.start() - a  # the hyphen: "El-Fasher" or "El Fasher", as the gazetteer writes it
            for w in (window[0].upper() + window[1:], window[0].upper() + window[1:k] + " " + window[k + 1:]):
                hit = next(iter(self._place_index.finditer(w)), None)
                if hit is not None and hit[0] == 0:
                    out.append((a, a + hit[1], hit[2]))
                    break
        return sorted(out) if len(out) > len(found) else found

    def unit_places(self, text: str, low: str | None = None) -> list[tuple[int, int, str]]:
        """Stop-listed names of places (see ``Gazetteer.unit_names``) where the text says what kind of place they
        are: "the town of Tame", "the municipality of Morales", "Isa town" (the caller resolves them with
        ``Gazetteer.named_unit``; ``low``: ``textre.ascii_lower(text)``, when the caller has it)."""
        names = self.gazetteer.unit_names()
        if not names or not textre.may_hold(textre.ascii_lower(text) if low is None else low, _UNIT_WORDS):
            return []
        out = []
        for m in _UNIT_NAMED.finditer(text):
            g = "of" if m.group("of") else "own"
            if m.group(g) in names:
                out.append((m.start(g), m.end(g), m.group(g)))
        return out

    def unknown_units(self, text: str, taken: list[tuple[int, int]], low: str | None = None) -> list[tuple[int, int, str, bool]]:
        """Names the gazetteer does not hold where the text says they name a settlement: "the village of Buq Aqable",
        "Kadisau village", "the hamlet of Furcy", or where a deed was near ("attacked farmers near Mamove"), as
        (start, end, name, near); the caller places each in the unit the sentence puts it in. Not a name over
        ``taken`` spans (places and actors found), nor a word that is no name ("The village", "Afghan town"), nor after
        "near" a person's given name, a day, or a building or feature ("near Parliament", "near La Arana Hill").
        ``low``: as for ``unit_places``."""
        if not textre.may_hold(textre.ascii_lower(text) if low is None else low, _SETTLEMENT_WORDS):
            return []
        out = []
        for m in _SETTLEMENT_NAMED.finditer(text):
            g = "of" if m.group("of") else "own" if m.group("own") else "near" if m.group("near") else "app"
            a, b, name = m.start(g), m.end(g), m.group(g)
            while " " in name and name.split(" ", 1)[0].lower() in _LEADING_WORDS:
                # ("In Paucarbambilla, a locality in Huanuco": the preposition that opens the sentence is no part of it)
                cut = name.index(" ") + 1
                a, name = a + cut, name[cut:]
            if any(x < b and a < y for x, y in taken) or name.split()[0].lower() in _NOT_SETTLEMENT_NAMES or \
                    g not in ("of", "near") and (not a or _SENTENCE_START.search(text, max(0, a - 3), a)) or \
                    g == "near" and (name.split()[0].lower() in given_names() or name.lower() in _NOT_PLACE_WORDS or
                                     name.split()[-1].lower() in _LANDMARK_WORDS or any(c.isdigit() for c in name)) or \
                    self.gazetteer.demonym(name.split()[0]) or self.gazetteer.candidates(name):
                continue
            out.append((a, b, name, g == "near"))
        return out

    # -- generic nouns ----------------------------------------------------------------------
    def _qualifies_generic(self, word: str) -> bool:
        """A capitalised word that may stand before a generic noun: "Afghan Army", "National Police"."""
        w = word.strip(".,'’")
        return w.lower() in _STATE_QUALIFIERS or self.gazetteer.demonym(w) is not None or \
            self.gazetteer.country_by_name(w) is not None

    def generic_nouns(self, text: str) -> list[tuple[int, int, str]]:
        """The generic nouns of ``text`` as (start, end, lower-cased noun), for ``generic_actors`` (which
        needs a date only when there are some). A caller that scans a whole document for other phrases
        too finds them in the same pass (``PhraseGroups`` with ``generic_noun_list``)."""
        return [(m.start(), m.end(), m.group(0)) for m in self._generic_index.finditer(text)]

    def generic_noun_list(self) -> list[str]:
        """The nouns ``generic_nouns`` looks for."""
        return self.catalog.generic_nouns()

    def generic_actors(self, text: str, offset: int, *, country: str | None, date: str | None,
                       nouns: list[tuple[int, int, str]] | None = None) -> list[ActorSpan]:
        """Generic nouns resolved by the country and date in context (``nouns``: found already)."""
        out = []
        headline = None
        for start, end, noun in self.generic_nouns(text) if nouns is None else nouns:
            ctry = country
            left = text[max(0, start - 60): start]
            prev = _NAME_BEFORE.search(left) if text[start].isupper() else None
            if prev and not self._qualifies_generic(prev.group(1)):
                if headline is None:
                    headline = is_title_case(text)
                if not headline:
                    continue  # "the Runnin' Rebels": part of a name, not a generic noun ("Afghan Army" is one)
            words = left.split()[-2:]
            qualified = bare = False
            for i, w in enumerate(reversed(words)):
                c = self.gazetteer.demonym(w.strip(",.;:")) or (self.gazetteer.country_by_name(w.strip(",.;:")) if w[:1].isupper() else None)
                if c:
                    ctry = c
                    qualified = i == 0 and left[-1:].isspace()  # right before the noun: "Kenyan officials"
                    break
            else:
                bare = True  # (no nation's word before it: the report's country's, or the one its forces mean)
            if _ZONE_AFTER.match(text, end):
                continue  # "Kabul's 17th police district": a part of a city, no one in it
            if noun.lower() == "government" and _AREA_AFTER.match(text, end):
                continue  # "Chikun local government area": Nigeria's second-level division, no one in it
            if noun.lower() in ("fighter", "fighters") and _AIRCRAFT_AFTER.match(text, end):
                continue  # "a fighter jet": an aircraft, no one
            if noun.lower() == "gang" and _RAPE_AFTER.match(text, end):
                continue  # "a gang rape": the crime, no gang
            if noun.lower() == "local" and _NOUN_AFTER.match(text, end):
                continue  # "its local group", "local elders": an adjective ("a local was shot" is a person)
            if noun.lower() in ("official", "government") and _FIGURES_AFTER.match(text, end):
                continue  # "Official toll: 9 killed", "government figures put the toll at 9": a count, no one in it
            ref = self.catalog.generic(noun, country=ctry, date=date, bare=bare)
            if ref is None:
                continue
            count = _count_before(left)
            if qualified:
                # "Hungarian and Romanian officials", "Israeli and Palestinian negotiators": each nation's adjective
                # names its own side (the first, over its own word)
                both = _TWO_NATIONS_BEFORE.search(left)
                c1 = self.gazetteer.demonym(both.group(1)) if both else None
                ref1 = self.catalog.generic(noun, country=c1, date=date) if c1 and c1 != ctry else None
                if ref1 is not None:
                    at = start - len(left) + both.start(1)
                    out.append(ActorSpan(at + offset, at + len(both.group(1)) + offset, both.group(1), ref1, True, None,
                                         qualified=ref1.kind == "state"))
            out.append(ActorSpan(start + offset, end + offset, text[start: end], ref, True, count,
                                 qualified=qualified and ref.kind == "state"))
        return out

    # -- context ----------------------------------------------------------------------------
    def document_country(self, places: list[PlaceSpan], actors: list[RawActor], text: str) -> str | None:
        """The country with the most votes (the first to get that many when tied): two for each place in it (a town
        of a country the report names is that country's: "the town of Palma in northern Mozambique" is not Spain's),
        one for a country's name, an actor of it, or a demonym ("Afghan"), two for the city of a dateline in capitals
        ("MAPUTO, March 29 (Reuters) -"). (A dict and max() are what Counter.most_common(1) does, without its
        Python-level steps.)"""
        votes: dict[str, int] = {}
        named = {p.place.country for p in places if p.place.kind == "country" and p.place.country}
        for p in places:
            if p.place.country and not (p.place.kind == "country" and across_border(text, p.start)):
                country = p.place.country
                if p.place.kind != "country" and named and country not in named:
                    country = next((c.country for c in self.gazetteer.candidates(p.text) if c.country in named), country)
                votes[country] = votes.get(country, 0) + (2 if p.place.kind != "country" else 1)
        if (m := _CAPS_DATELINE.match(text)) is not None and (p := self.gazetteer.best(m.group(1).title())) is not None \
                and p.country:
            votes[p.country] = votes.get(p.country, 0) + 2
        for a in actors:
            if a.aliases[0].countries:
                continue  # an alias that means something only in some countries cannot vote for one ("KIA", "PDF")
            e = self.catalog.get(a.aliases[0].actor_id)
            if e is not None and e.country:
                votes[e.country] = votes.get(e.country, 0) + 1
        for w in _DEMONYM_WORD.findall(text[:20000]):
            c = self.gazetteer.demonym(w)
            if c:
                votes[c] = votes.get(c, 0) + 1
        if not votes:
            return None
        return max(votes, key=votes.__getitem__)


# a dateline's city in capitals, at the start of the report or of the line after its headline
_CAPS_DATELINE = textre.compile(r"(?:[^\n]*\n\s*)??([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}),")
_ACROSS_BORDER = textre.compile(r"(?i)\b(?:border|frontier)\s+(?:with|of)\s+(?:the\s+)?$")


def across_border(text: str, start: int) -> bool:
    """Whether the country name at ``start`` is named across a border ("detained near the border with Ukraine"):
    where a deed was not, and no party to it."""
    before = text[max(0, start - 30): start]
    return ("order" in before or "rontier" in before) and _ACROSS_BORDER.search(before) is not None
# a place's name told with its kind: "the town of Tame", "municipality of Morales", "Isa town"
_UNIT_WORDS = ("town", "village", "city", "municipal", "district", "tehsil", "township", "locality", "hamlet", "settlement")
_UNIT_NAMED = textre.compile(r"\b(?:town|village|city|municipality|district|tehsil|township|locality|hamlet|settlement)\s+of\s+"
                             r"(?P<of>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\b|"
                             r"\b(?P<own>[A-Z][\w'-]+)\s+(?:town|village|township|tehsil)\b")
# a settlement's name the gazetteer does not hold, told as one: "the village of Buq Aqable", "Kadisau village" (a name of
# up to three words, with the particles names take: "Beit Ana", "Novaya Tavolzhanka", "Al-Mukhtariya", "Campo Dos")
_SETTLEMENT_WORDS = ("village", "hamlet", "town", "locality", "localities", "settlement", "community", "near", "outside",
                     "outskirts")
_SETTLEMENT_NAME = r"[A-Z][\w'’-]+(?:[ -](?:(?:al|el|de|da|do|du|la|le|del|di)[ -])?[A-Z][\w'’-]+){0,2}"
# (or told in an aside: "Kirawa, a border community in Gwoza")
_SETTLEMENT_NAMED = textre.compile(r"\b(?:villages?|hamlets?|towns?|localit(?:y|ies)|settlements?)\s+of\s+(?P<of>" + _SETTLEMENT_NAME +
                                   r")\b|\b(?P<own>" + _SETTLEMENT_NAME + r")\s+(?:village|hamlet|town(?!\s+of\b))\b|"
                                   # ("attacked farmers near Mamove", "outside Nizi,": a name no one else bears, where
                                   # a deed was done)
                                   r"\b(?:near|outside|on\s+the\s+outskirts\s+of)\s+(?P<near>" + _SETTLEMENT_NAME +
                                   r")(?=\s*[,.;]|\s+(?:in|on|at|during|late|early|last|this|yesterday|overnight)\b)|"
                                   r"\b(?P<app>" + _SETTLEMENT_NAME + r"),\s+an?\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet|town|community|"
                                   r"settlement|locality)\s+(?:in|of|near)\b")
_NOT_SETTLEMENT_NAMES = frozenset({"the", "a", "an", "this", "that", "each", "every", "their", "his", "her", "its", "our",
                                   "one", "another", "model", "olympic", "global", "home", "border", "frontline", "front",
                                   "nearby", "neighbouring", "neighboring", "same", "whole", "entire", "remote", "small",
                                   "large", "christian", "muslim", "alawite", "druze", "sunni", "shia", "shiite", "kurdish",
                                   "hindu", "tribal", "fishing", "farming", "mountain", "coastal"})
# capitalised words after "near" that name no place ("near Sunday's market" aside: days, months, titles)
_NOT_PLACE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                              "february", "march", "april", "may", "june", "july", "august", "september", "october",
                              "november", "december", "mr", "mrs", "ms", "dr", "president", "minister", "god", "allah"})
# what a name after "near" is when it ends with one of these: a building or a feature, no settlement ("near Parliament",
# "near the Central Market" aside)
_LANDMARK_WORDS = frozenset({"parliament", "embassy", "consulate", "palace", "ministry", "airport", "mosque", "church",
                             "temple", "shrine", "hospital", "university", "school", "college", "market", "bazaar", "bridge",
                             "base", "stadium", "square", "road", "street", "avenue", "highway", "border", "river", "lake",
                             "dam", "mountain", "mountains", "hills", "forest", "checkpoint", "prison", "jail", "headquarters",
                             "office", "building", "hotel", "compound", "station", "port", "gate", "park", "zone",
                             "complex", "center", "centre", "hill", "beach", "valley", "district", "region", "province",
                             "county", "state", "department", "division", "area", "plant", "field", "pass", "island"})
_LEADING_WORDS = frozenset({"in", "at", "near", "on", "from", "to", "outside", "inside", "around", "the", "and", "of", "by",
                            "meanwhile", "elsewhere", "separately", "later", "earlier"})
_SENTENCE_START = textre.compile(r"(?:^|[.!?:;\n]\s*)$")
_REGION_AFTER = textre.compile(r"(?i)\s+(?:region|regional\s+state|state|province|zone)\b")
# A capitalised word whose lower-case rest ends in -i, -n, -ese, -ish, -ian, -an, -ic or -ti ("Afghan", "Pakistani",
# "Chinese") beyond its first letter. (The word boundary is looked for behind the capital: the engine skips in C to the
# next capital. The ending is looked for behind the end of the word, which a possessive quantifier takes at once: a
# regex that tries each ending at each of the word's letters, backwards, spent most of its time on the words that
# have none.)
_DEMONYM_WORD = textre.compile(r"[A-Z](?<!\w[A-Z])[a-z]++\b(?:(?<=[a-z][in])|(?<=[a-z]ese|[a-z]ish)|(?<=[a-z]ic))")
_COUNT_AT_END = textre.compile(r"(?:" + COUNT_RE.pattern[len("(?ix)"):] + r")\s+(?:[A-Za-z][\w'-]*\s+){0,2}$", re.I | re.X)


_TWO_NATIONS_BEFORE = textre.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+and\s+[A-Z][\w'’.-]*\s+$")


def _count_before(left: str):
    m = _COUNT_AT_END.search(left[-60:])
    if not m:
        return None
    inner = COUNT_RE.search(m.group(0))
    return _count_from_match(inner) if inner else None


def drop_overlapping(places: list[tuple[int, int, str]], taken: list[tuple[int, int]],
                     shorter_only: bool = False) -> list[tuple[int, int, str]]:
    """Places that do not overlap any taken (actor) span; with ``shorter_only`` a place longer
    than every span it overlaps is kept."""
    if not taken:
        return places
    taken = sorted(taken)
    out, j = [], 0
    for p in places:
        while j < len(taken) and taken[j][1] <= p[0]:
            j += 1
        k, clash = j, False
        while k < len(taken) and taken[k][0] < p[1]:
            if not shorter_only or (taken[k][1] - taken[k][0]) >= (p[1] - p[0]):
                clash = True
                break
            k += 1
        if not clash:
            out.append(p)
    return out

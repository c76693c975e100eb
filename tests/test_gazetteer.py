"""The gazetteer: places of the founding theatre, the world, countries, demonyms, user files."""
from __future__ import annotations

import pycountry
import pytest

from attrition.errors import KnowledgeError
from attrition.knowledge.gazetteer import COLUMNS, Gazetteer, Place, read_place_file
from attrition.records import Location

AF_BOX = (29.3, 38.6, 60.4, 75.0)  # lat min, lat max, lon min, lon max
PK_BOX = (23.6, 37.1, 60.8, 77.9)

AF_PROVINCES = [
    "Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni",
    "Ghor", "Helmand", "Herat", "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz",
    "Laghman", "Logar", "Nangarhar", "Nimruz", "Nuristan", "Paktia", "Paktika", "Panjshir", "Parwan",
    "Samangan", "Sar-e Pol", "Takhar", "Uruzgan", "Wardak", "Zabul",
]


@pytest.fixture(scope="module", autouse=True)
def _cache_dir(tmp_path_factory):
    """Build into a private cache so the tests neither depend on nor disturb the user's."""
    mp = pytest.MonkeyPatch()
    mp.setenv("ATTRITION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    mp.undo()


@pytest.fixture(scope="module")
def gaz(_cache_dir) -> Gazetteer:
    return Gazetteer.load()


def _inside(p: Place, box) -> bool:
    return p.lat is not None and box[0] <= p.lat <= box[1] and box[2] <= p.lon <= box[3]


def _province(g: Gazetteer, name: str) -> Place:
    for p in g.candidates(name):
        if p.kind == "admin1" and p.country == "AF":
            return p
    raise AssertionError(f"no Afghan province called {name!r}")


# --- Afghanistan and Pakistan

def test_every_afghan_province_has_admin1_and_coordinates_inside_afghanistan(gaz):
    assert len(AF_PROVINCES) == 34
    for name in AF_PROVINCES:
        p = _province(gaz, name)
        assert p.admin1 == name
        assert _inside(p, AF_BOX), (name, p.lat, p.lon)
        assert p.to_location().precision == "admin1"


def test_afghan_provinces_agree_with_iso_3166_2(gaz):
    assert len(pycountry.subdivisions.get(country_code="AF")) == len(AF_PROVINCES)
    provinces = {p.name for s in gaz.names() for p in gaz.candidates(s) if p.kind == "admin1" and p.country == "AF"}
    assert provinces == set(AF_PROVINCES)


@pytest.mark.parametrize("variant,canonical", [
    ("Konar", "Kunar"), ("Ningarhar", "Nangarhar"), ("Hilmand", "Helmand"), ("Paktiya", "Paktia"),
    ("Hirat", "Herat"), ("Qandahar", "Kandahar"), ("Kondoz", "Kunduz"), ("Panjsher", "Panjshir"),
    ("Oruzgan", "Uruzgan"), ("Maidan Wardak", "Wardak"), ("Kunar province", "Kunar"),
])
def test_spelling_variants_are_the_same_place(gaz, variant, canonical):
    p = gaz.best(variant)
    assert (p.name, p.country) == (canonical, "AF")


def test_kunar_and_konar_are_one_place(gaz):
    assert gaz.best("Kunar") == gaz.best("Konar")
    assert gaz.best("Konar").kind == "admin1"


@pytest.mark.parametrize("form", ["KP", "KPK", "NWFP", "Khyber Pakhtunkhwa", "North-West Frontier Province"])
def test_khyber_pakhtunkhwa_forms(gaz, form):
    p = gaz.best(form)
    assert (p.name, p.kind, p.country) == ("Khyber Pakhtunkhwa", "admin1", "PK")


def test_kp_is_matched_only_in_capitals(gaz):
    assert gaz.candidates("Kp") == [] and gaz.candidates("kp") == []


@pytest.mark.parametrize("form", ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif", "Mazar",
                                  "Mazār-e Sharīf", "MAZAR-I-SHARIF"])
def test_mazar_i_sharif_variants(gaz, form):
    p = gaz.best(form)
    assert p.id == "af.balkh.mazar-i-sharif" and p.admin1 == "Balkh" and _inside(p, AF_BOX)


def test_kabul_is_a_point_in_afghanistan(gaz):
    loc = gaz.best("Kabul").to_location()
    assert isinstance(loc, Location)
    assert (loc.name, loc.country, loc.admin1, loc.precision) == ("Kabul", "AF", "Kabul", "point")
    assert 34.4 < loc.lat < 34.7 and 69.0 < loc.lon < 69.3


def test_a_province_named_like_a_town_elsewhere_in_it_is_the_province(gaz):
    assert gaz.best("Uruzgan").kind == "admin1"
    assert gaz.best("Balkh").kind == "admin1"
    assert gaz.best("Kandahar").kind == "city"


def test_kabul_sites_are_points_in_kabul(gaz):
    city = gaz.best("Kabul")
    for name in ["Hamid Karzai International Airport", "Kabul airport", "HKIA", "Abbey Gate",
                 "Dasht-e-Barchi", "Dasht-e Barchi", "Pul-e-Charkhi"]:
        p = gaz.best(name)
        assert p.country == "AF" and p.admin1 == "Kabul" and p.to_location().precision == "point", name
        assert abs(p.lat - city.lat) < 0.1 and abs(p.lon - city.lon) < 0.2, name


@pytest.mark.parametrize("name,admin1", [
    ("Achin", "Nangarhar"), ("Deh Bala", "Nangarhar"), ("Tora Bora", "Nangarhar"), ("Spin Ghar", "Nangarhar"),
    ("Jalalabad", "Nangarhar"), ("Jalalabad prison", "Nangarhar"), ("Asadabad", "Kunar"),
    ("Spin Boldak", "Kandahar"), ("Lashkar Gah", "Helmand"), ("Tarinkot", "Uruzgan"), ("Sheberghan", "Jowzjan"),
    ("Bagram", "Parwan"), ("Imam Sahib", "Kunduz"), ("Shindand", "Herat"), ("Surobi", "Kabul"),
])
def test_conflict_places_in_afghanistan(gaz, name, admin1):
    p = gaz.best(name, country="AF")
    assert p.country == "AF" and p.admin1 == admin1 and _inside(p, AF_BOX), p


@pytest.mark.parametrize("name,admin1", [
    ("Peshawar", "Khyber Pakhtunkhwa"), ("Quetta", "Balochistan"), ("Karachi", "Sindh"), ("Lahore", "Punjab"),
    ("Islamabad", "Islamabad Capital Territory"), ("Bannu", "Khyber Pakhtunkhwa"), ("D.I. Khan", "Khyber Pakhtunkhwa"),
    ("Mastung", "Balochistan"), ("Parachinar", "Khyber Pakhtunkhwa"), ("Miram Shah", "Khyber Pakhtunkhwa"),
    ("Mir Ali", "Khyber Pakhtunkhwa"), ("Wana", "Khyber Pakhtunkhwa"), ("Chaman", "Balochistan"),
    ("Gwadar", "Balochistan"), ("North Waziristan", "Khyber Pakhtunkhwa"), ("Bajaur", "Khyber Pakhtunkhwa"),
    ("Gilgit-Baltistan", "Gilgit-Baltistan"), ("Azad Kashmir", "Azad Kashmir"), ("Baluchistan", "Balochistan"),
])
def test_pakistani_places(gaz, name, admin1):
    p = gaz.best(name, country="PK")
    assert p.country == "PK" and p.admin1 == admin1 and _inside(p, PK_BOX), p


def test_former_fata_agencies_are_districts_of_kp(gaz):
    for name in ["North Waziristan", "South Waziristan", "Khyber", "Kurram", "Orakzai", "Bajaur", "Mohmand"]:
        p = gaz.best(name, country="PK")
        assert (p.kind, p.admin1, p.admin2) == ("admin2", "Khyber Pakhtunkhwa", name)
        assert gaz.best(f"{name} Agency").id == p.id
    assert gaz.best("FATA").country == "PK"


def test_geonames_towns_of_the_theatre_carry_their_province(gaz):
    p = gaz.best("Khanabad", country="AF")
    assert p.admin1 == "Kunduz"
    assert gaz.best("Mingora").admin2 == "Swat"


def test_document_country_decides_between_same_named_places(gaz):
    assert gaz.best("Hyderabad").country == "IN"
    assert gaz.best("Hyderabad", country="PK").country == "PK"
    assert gaz.best("Punjab", country="AF").country == "PK"
    assert gaz.best("Punjab", country="IN").country == "IN"
    # a GeoNames hamlet of the home country does not shadow a foreign city
    assert gaz.best("Mashhad", country="AF").country == "IR"


# --- the world

def test_world_city(gaz):
    p = gaz.best("Mosul")
    assert p.country == "IQ" and p.kind == "city" and p.to_location().precision == "point"
    assert gaz.best("Paris").country == "FR"
    assert gaz.best("Raqqa").country == "SY"  # GeoNames "Ar Raqqah" without its article


def test_foreign_first_level_subdivisions(gaz):
    assert gaz.best("Anbar").country == "IQ"
    assert gaz.best("Borno").to_location().precision == "admin1"


@pytest.mark.parametrize("text,iso", [
    ("Afghanistan", "AF"), ("Pakistan", "PK"), ("US", "US"), ("U.S.", "US"), ("USA", "US"),
    ("United States", "US"), ("the United States", "US"), ("America", "US"), ("UK", "GB"),
    ("Britain", "GB"), ("Russia", "RU"), ("Iran", "IR"), ("Syria", "SY"), ("South Korea", "KR"),
    ("afghanistan", "AF"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Ivory Coast", "CI"),
])
def test_country_forms(gaz, text, iso):
    assert gaz.country_by_name(text) == iso


def test_country_abbreviations_and_non_countries(gaz):
    assert gaz.country_by_name("us") is None
    assert gaz.country_by_name("Kabul") is None
    assert gaz.country("af").name == "Afghanistan"
    assert gaz.best("U.S.").kind == "country"
    assert gaz.country("PK").to_location().precision == "country"


def test_every_iso_country_is_present(gaz):
    missing = [c.alpha_2 for c in pycountry.countries if gaz.country(c.alpha_2) is None]
    assert missing == []


@pytest.mark.parametrize("word,iso", [
    ("Afghan", "AF"), ("Afghans", "AF"), ("Pakistani", "PK"), ("Pakistanis", "PK"), ("Iranian", "IR"),
    ("American", "US"), ("Chinese", "CN"), ("Russian", "RU"), ("Indian", "IN"), ("Tajik", "TJ"),
    ("Uzbek", "UZ"), ("Syrian", "SY"), ("Iraqi", "IQ"), ("British", "GB"), ("AFGHAN", "AF"),
])
def test_demonyms(gaz, word, iso):
    assert gaz.demonym(word) == iso


def test_words_that_are_not_demonyms(gaz):
    assert gaz.demonym("polish") is None
    assert gaz.demonym("Kabul") is None
    assert gaz.demonym("Taliban") is None


# --- ambiguity

@pytest.mark.parametrize("word", ["Of", "Mobile", "Reading", "Bath", "Nice", "Split", "Ali", "Khan", "Police",
                                  "Victoria", "Shah", "Time", "Most"])
def test_stop_listed_words_are_never_places(gaz, word):
    assert gaz.candidates(word) == []
    assert gaz.best(word) is None
    assert word not in set(gaz.names())


def test_names_are_capitalised_and_include_the_theatre(gaz):
    names = gaz.names()
    assert all(n[0].isupper() for n in names)
    assert {"Kabul", "Konar", "KPK", "Mazar-e-Sharif", "Torkham", "Jalalabad"} <= set(names)
    assert gaz.candidates("kabul") == []


def test_aden_and_gaza_stay_places(gaz):
    assert gaz.best("Aden").country == "YE"
    assert gaz.best("Gaza").country == "PS"


# --- users' files and errors

HEADER = "\t".join(COLUMNS) + "\n"


def test_user_extension_adds_and_overrides_places(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("# my villages\n" + HEADER
                 + "my.shadal\tShadal Bazaar\ttown\tAF\tNangarhar\tAchin\t34.07\t70.69\t0\tShadal|Shadal bazaar\tfield notes\n"
                 + "af.kunar\tKunar\tadmin1\tAF\tKunar\t\t34.9\t71.0\t1\tKonar|Kunarh\t\n", encoding="utf-8")
    g = Gazetteer.load([f])
    p = g.best("Shadal")
    assert (p.name, p.admin2, p.country) == ("Shadal Bazaar", "Achin", "AF")
    assert "Shadal Bazaar" in g.names()
    assert g.best("Kunarh").lat == 34.9 and g.best("Kunar").lat == 34.9
    # the default gazetteer is untouched
    assert Gazetteer.default().best("Shadal") is None


@pytest.mark.parametrize("row,needle", [
    ("x\tSomewhere\tvillage\tAF\t\t\t34\t70\t0\t\t", "kind"),
    ("x\tSomewhere\ttown\tAfghanistan\t\t\t34\t70\t0\t\t", "country"),
    ("x\tSomewhere\ttown\tAF\t\t\t34,5\t70\t0\t\t", "'34,5'"),
    ("x\tSomewhere\ttown\tAF\t\t\t134\t70\t0\t\t", "outside"),
    ("x\tSomewhere\ttown\tAF\t\t\t34\t\t0\t\t", "both"),
    ("x\tsomewhere\ttown\tAF\t\t\t34\t70\t0\t\t", "uppercase"),
    ("x\tSomewhere\ttown\tAF\t\t\t34\t70\tmany\t\t", "population"),
    ("x\tSomewhere\ttown", "columns"),
])
def test_malformed_user_file_names_file_row_and_value(tmp_path, row, needle):
    f = tmp_path / "bad.tsv"
    f.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as e:
        Gazetteer.load([f])
    assert e.value.path == str(f)
    assert e.value.key.startswith("line 2")
    assert needle in e.value.problem


def test_bad_header_and_duplicate_ids_are_reported(tmp_path):
    f = tmp_path / "bad.tsv"
    f.write_text("name\tlat\tlon\nKabul\t1\t2\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="header"):
        read_place_file(f)
    f.write_text(HEADER + "a\tOne\ttown\tAF\t\t\t\t\t\t\t\n" + "a\tTwo\ttown\tAF\t\t\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="duplicate id") as e:
        read_place_file(f)
    assert e.value.key == "line 3: a"
    with pytest.raises(KnowledgeError, match="not found"):
        read_place_file(tmp_path / "missing.tsv")


def test_the_merged_index_is_cached_once(gaz):
    import os
    from pathlib import Path
    cached = list(Path(os.environ["ATTRITION_CACHE_DIR"]).glob("gazetteer-*.pickle"))
    assert len(cached) == 1
    again = Gazetteer.load()  # read back from the pickle
    assert len(again) == len(gaz) > 30_000 and again.best("Kabul") == gaz.best("Kabul")


@pytest.mark.parametrize("town,admin1,country", [
    ("Marte", "Borno", "NG"), ("Gusau", "Zamfara", "NG"), ("Kanbalu", "Sagaing", "MM"), ("Mogadishu", "Banadir", "SO"),
    ("Medellin", "Antioquia", "CO")])
def test_towns_outside_the_founding_theatre_have_their_first_level_unit(gaz, town, admin1, country):
    p = gaz.best(town)
    assert (p.country, p.admin1) == (country, admin1)


def test_a_towns_unit_is_spelt_as_the_unit_itself_so_the_two_compare_equal(gaz):
    # every admin1 a world town names is either a subdivision pycountry names (and the gazetteer holds) or GeoNames' own
    towns = [t for t in (gaz.best(n) for n in ("Kanbalu", "Marte", "Mosul", "Aleppo", "Djibo", "Timbuktu"))
             if t is not None and t.admin1]
    assert len(towns) >= 5
    for t in towns:
        u = gaz.best(t.admin1, country=t.country)
        assert u is not None and u.admin1 == t.admin1, (t.name, t.admin1, u)


@pytest.mark.parametrize("surface", ["Niger State", "Niger state", "Borno State", "Sagaing Region", "Sagaing region"])
def test_a_unit_named_with_its_unit_word_is_the_unit(gaz, surface):
    p = gaz.best(surface)
    assert p is not None and p.kind == "admin1" and p.name == surface.split()[0]


@pytest.mark.parametrize("name,town,country", [
    ("Lower Juba", "Kismayo", "SO"), ("Nineveh", "Mosul", "IQ"), ("Donetsk region", "Kramatorsk", "UA"),
    ("North Kivu", "Goma", "CD"), ("Amhara", "Bahir Dar", "ET"), ("Salahuddin", "Tikrit", "IQ")])
def test_units_iso_names_locally_are_found_and_named_in_english_as_their_towns_name_them(gaz, name, town, country):
    unit = gaz.best(name)
    assert unit is not None and (unit.kind, unit.country) == ("admin1", country)
    t = gaz.best(town)
    assert t.admin1 == unit.admin1 == unit.name


# --- the theatres' own table (places_theatres.tsv) and the 2026 additions to places_af_pk.tsv

@pytest.mark.parametrize("name,country,admin1", [
    ("Minova", "CD", "South Kivu"), ("Rubaya", "CD", "North Kivu"), ("Zamzam camp", "SD", "North Darfur"),
    ("Abu Shouk", "SD", "North Darfur"), ("Um Rawaba", "SD", "Shamal Kurdufan"), ("Boulkessi", "ML", "Mopti"),
    ("Barsalogho", "BF", "Centre-Nord"), ("Chinégodar", "NE", "Tillaberi"), ("Baga", "NG", "Borno"),
    ("Harardhere", "SO", "Mudug"), ("Pont-Sondé", "HT", "Artibonite"), ("Paletwa", "MM", "Chin"),
    ("Ancuabe", "MZ", "Cabo Delgado"), ("Deir al-Balah", "PS", "Gaza Strip"), ("Mpeketoni", "KE", "Lamu"),
    ("Sudzha", "RU", "Kursk region"), ("Bint Jbeil", "LB", "Nabatiye"),
    ("Besham", "PK", "Khyber Pakhtunkhwa"), ("Nokkundi", "PK", "Balochistan"), ("Barmal", "AF", "Paktika")])
def test_places_of_the_theatres_resolve_with_country_and_first_level_unit(gaz, name, country, admin1):
    p = gaz.best(name)
    assert p is not None and (p.country, p.admin1) == (country, admin1), (name, p)


def test_a_spelling_of_a_known_town_becomes_our_row_in_the_founding_theatre(gaz):
    # "Nok Kundi" was a GeoNames town; our row spells it as reports do and takes its place
    assert gaz.best("Nok Kundi") == gaz.best("Nokkundi")
    assert gaz.best("Nokkundi").id == "pk.nokkundi"
    assert gaz.best("Shangla District").kind == "admin2"


@pytest.mark.parametrize("word", ["Cabaret", "Tank", "Mission", "Bagan", "Shire", "Korma"])
def test_towns_named_like_english_words_are_left_out(gaz, word):
    assert gaz.best(word) is None


@pytest.mark.parametrize("name,country,admin1", [("Lanao del Sur", "PH", "Autonomous Region in Muslim Mindanao"),
                                                 ("Soum", "BF", "Sahel"), ("Soum province", "BF", "Sahel"),
                                                 ("Sanmatenga", "BF", "Centre-Nord")])
def test_second_level_units_under_regions_are_districts(gaz, name, country, admin1):
    # (ISO lists Burkina Faso's provinces and the Philippines' under their regions: ACLED's admin2)
    p = gaz.best(name)
    assert p is not None and (p.kind, p.country, p.admin1, p.admin2) == ("admin2", country, admin1, p.name)


def test_a_towns_unit_is_the_units_own_row_whatever_geonames_calls_it(gaz):
    # GeoNames says "Kharkiv", ISO "Kharkivska oblast", reports "the Kharkiv region" or "Kharkiv Oblast": one unit
    assert gaz.best("Kupiansk").admin1 == gaz.best("Kharkiv Oblast").name == gaz.best("Kharkiv region").name
    assert gaz.best("Antique") is None  # (a Philippine province, and a word)


def test_a_town_told_with_its_district_word_and_province_is_the_one_there(extractor):
    from attrition.records import Document
    for text in ("An airstrike on a market in Hays District, Al Hodeidah Governorate killed seven civilians on Monday.",
                 "An airstrike on a market in Hays district of Hodeidah killed seven civilians on Monday."):
        evs = extractor.analyse(Document(id="t", text=text, published="2024-04-22")).events
        assert len(evs) == 1 and (evs[0].location.name, evs[0].location.country) == ("Hays", "YE"), text


@pytest.mark.parametrize("surface,name,country", [
    ("Maarat al-Numan", "Ma'arrat an Nu'man", "SY"),   # apostrophes left out, the article as "al-", one r
    ("Jisr al-Shughur", "Jisr ash Shughur", "SY"),     # the assimilated article written "al-"
    ("Tal Tamr", "Tall Tamr", "SY"),                   # a doubled consonant written once
])
def test_arabic_towns_are_found_as_english_reports_spell_them(gaz, surface, name, country):
    p = gaz.best(surface)
    assert p is not None and p.name == name and p.country == country


def test_arabic_spellings_leave_short_names_alone():
    from attrition.knowledge.gazetteer import _arabic_spellings
    assert _arabic_spellings(["Sa'dah"]) == []          # "Sadah": five letters, too short to be safe
    assert "Jisr al-Shughur" in _arabic_spellings(["Jisr ash Shughur"])


def test_israel_and_lebanon_are_listed_to_their_small_towns_but_not_their_people(gaz):
    assert gaz.best("Metula").country == "IL"
    assert gaz.best("Kiryat Shmona").admin1 == "Northern District"
    assert gaz.best("Bint Jbeil").country == "LB"
    assert gaz.best("Lapid") is None                    # a town in Israel, and the name of its politician


@pytest.mark.parametrize("name,district", [("Salarzai", "Bajaur"), ("Safi", "Mohmand"), ("Ghallanai", "Mohmand")])
def test_the_tehsils_of_bajaur_and_mohmand_are_places_of_pakistan(gaz, name, district):
    p = gaz.best(name, country="PK")
    assert p.country == "PK" and p.admin2 == district


_BALOCHISTAN_DISTRICTS = ("Awaran Barkhan Chagai Chaman Dera_Bugti Duki Gwadar Harnai Hub Jaffarabad Jhal_Magsi Kachhi Kalat "
                          "Kech Kharan Khuzdar Killa_Abdullah Killa_Saifullah Kohlu Lasbela Loralai Mastung Musakhel "
                          "Naseerabad Nushki Panjgur Pishin Quetta Sherani Sibi Sohbatpur Surab Usta_Muhammad Washuk Zhob "
                          "Ziarat").split()
_KP_DISTRICTS = ("Abbottabad Bajaur Bannu Battagram Buner Charsadda Dera_Ismail_Khan Hangu Haripur Karak Khyber Kohat "
                 "Kurram Lakki_Marwat Lower_Dir Upper_Dir Malakand Mansehra Mardan Mohmand North_Waziristan "
                 "South_Waziristan Nowshera Orakzai Peshawar Shangla Swabi Swat Tank Torghar Chitral").split()


@pytest.mark.parametrize("name, admin1", [(n.replace("_", " "), "Balochistan") for n in _BALOCHISTAN_DISTRICTS] +
                         [(n.replace("_", " "), "Khyber Pakhtunkhwa") for n in _KP_DISTRICTS])
def test_every_district_of_balochistan_and_khyber_pakhtunkhwa(gaz, name, admin1):
    p = gaz.best(f"{name} district")
    assert p is not None and (p.kind, p.admin1, p.country) == ("admin2", admin1, "PK")


def test_a_districts_seat_keeps_its_town(gaz):
    # a district named for its seat: the bare name is the town, "X district" the district
    assert gaz.best("Kalat").kind in ("town", "city") and gaz.best("Kalat district").kind == "admin2"


def test_a_stop_listed_name_is_a_place_where_the_text_says_what_kind(gaz, extractor):
    assert gaz.best("Tame") is None and "Tame" in gaz.unit_names()
    assert gaz.named_unit("Tame", country="CO").admin1 == "Arauca"
    from attrition.records import Document
    evs = extractor.analyse(Document(id="t", text="A community leader was shot dead in the town of Tame on Friday.",
                                     published="2024-09-18")).events
    assert [e.location.name for e in evs] == ["Tame"]
    # the word alone stays a word
    evs = extractor.analyse(Document(id="t", text="Police said the protest in Bogota on Friday was tame.",
                                     published="2024-09-18")).events
    assert all(e.location is None or e.location.name != "Tame" for e in evs)


def test_a_theatre_town_beats_a_big_citys_other_spelling_in_a_report_about_its_country(gaz):
    # GeoNames gives Mombasa the spelling "Mambasa"; Mambasa is also a town and territory of Ituri
    assert (gaz.best("Mambasa", country="CD").country, gaz.best("Mambasa", country="CD").admin1) == ("CD", "Ituri")
    assert gaz.best("Mombasa").country == "KE"


def test_thailand_the_philippines_and_mexico_have_their_small_towns_in_reports_about_a_theatre(gaz):
    assert (gaz.best("Nong Chik", country="TH").admin1, gaz.best("Aguililla", country="MX").country) == ("Pattani", "MX")
    # (down to 5,000 people: below that the names are more often words than towns)
    assert gaz.best("Las Navas", country="PH") is None
    # but their names are words and surnames in a report about anywhere else, or about nowhere known
    assert gaz.best("Jones") is None and gaz.best("Real") is None and gaz.best("Labor", country="US") is None


def test_with_no_country_a_first_level_unit_beats_a_hamlet_elsewhere(gaz):
    assert gaz.best("California").country == "US"


@pytest.mark.parametrize("variant, name", [("Sarkano", "Sirkanay"), ("Moqur", "Muqur")])
def test_afghan_district_spellings_of_reports(gaz, variant, name):
    assert gaz.best(variant).name == name


def _locations(extractor, text: str, published: str = "2024-03-20"):
    from attrition.records import Document
    return [e.location for e in extractor.analyse(Document(id="t", text=text, published=published)).events]


def test_a_settlement_the_gazetteer_does_not_hold_is_named_and_placed_in_the_unit_its_sentence_gives(gaz, extractor):
    assert gaz.candidates("Buq Aqable") == []
    [loc] = _locations(extractor, "Soldiers this morning liberated the village of Buq Aqable in the Hiiraan region from "
                                  "al-Shabaab.", "2023-03-12")
    # (the name the text gives; the coordinates and admin names of the unit it is in, and their precision)
    assert (loc.name, loc.admin1, loc.country, loc.precision) == ("Buq Aqable", "Hiraan", "SO", "admin1")
    [loc] = _locations(extractor, "ADF rebels killed 11 civilians in the village of Ntoma, about 12 km north of Oicha, "
                                  "on Thursday.")
    oicha = gaz.best("Oicha")
    assert (loc.name, loc.country, loc.lat, loc.precision) == ("Ntoma", "CD", oicha.lat, "admin2")
    # (a village told with no unit takes the report's country)
    [loc] = _locations(extractor, "Gunmen stormed Kadisau village in Katsina State's north on Saturday, abducting 35 "
                                  "people. Nigerian police said the attackers fled.")
    assert loc.name == "Kadisau" and loc.country == "NG"


def test_a_word_before_village_is_no_settlement_name(extractor):
    for text in ("The village was attacked by gunmen in Kunar on Monday.",
                 "Gunmen attacked an Afghan village in Kunar on Monday.",
                 "Gunmen attacked the Olympic village in Kunar on Monday."):
        assert [loc.name for loc in _locations(extractor, text) if loc] == ["Kunar"], text


def test_a_village_placed_only_in_its_country_takes_the_province_the_event_was_placed_in(extractor):
    [loc] = _locations(extractor, "YANGON: Myanmar military aircraft bombed a village in the northwestern Sagaing Region "
                                  "on Wednesday, killing 11 civilians.\n\nTwo jets dropped bombs on Kyauk Ye village in "
                                  "Kani Township shortly after 2 pm.", "2024-03-14")
    assert (loc.name, loc.admin1, loc.country) == ("Kyauk Ye", "Sagaing", "MM")


def test_a_settlement_told_in_an_aside_is_named_and_a_leading_preposition_is_no_part_of_it(extractor):
    [loc] = _locations(extractor, "Suspected Boko Haram insurgents on Sunday abducted at least 12 women on the outskirts "
                                  "of Kirawa, a border community in Gwoza Local Government Area of Borno State.",
                       "2022-08-16")
    assert (loc.name, loc.country) == ("Kirawa", "NG")
    [loc] = _locations(extractor, "In Paucarbambilla, a locality in Huanuco, two Shining Path members killed a civil "
                                  "guard and a pedestrian on Sunday.", "1988-10-03")
    assert (loc.name, loc.country) == ("Paucarbambilla", "PE")

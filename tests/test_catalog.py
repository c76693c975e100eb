"""The actor catalog: aliases, context, dates, generic nouns, user files, validation."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from attrition.errors import KnowledgeError
from attrition.knowledge.catalog import KINDS, SECTORS, Alias, Catalog, _fold

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "taliban-vs-isis-k.txt"

ISKP_SPELLINGS = [
    "ISIS-K", "isis-k", "Isis-K", "ISIS-Khorasan", "ISIS Khorasan", "ISKP", "IS-K", "IS-KP", "ISK",
    "Islamic State Khorasan", "Islamic State Khorasan Province", "Islamic State in Khorasan Province",
    "Islamic State-Khorasan", "Islamic State Khurasan Province", "ISIL-K", "Daesh-K", "Daesh Khorasan",
    "Wilayat Khurasan", "Wilayat Khorasan", "Khorasan Province", "ولایت خراسان",
]
CONTEXT_FORMS = ["IS", "ISIS", "ISIL", "Islamic State", "the Islamic State", "Daesh", "Islamic State group", "داعش"]
CORE_FORMS = [
    "ISIS (Islamic State of Iraq and Syria)", "Islamic State of Iraq and Syria",
    "Islamic State of Iraq and the Levant", "ISIS core", "Islamic State core",
]


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return Catalog.default()


def resolve(cat: Catalog, text: str, *, country=None, date=None) -> set[str | None]:
    """Every id ``text`` can mean in this context (a set, so ambiguity shows)."""
    found = cat.lookup(text)
    assert found, f"no alias {text!r}"
    return {getattr(cat.resolve_alias(a, country=country, date=date), "id", None) for a in found}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- ISIS-K and the Islamic State -------------------------------------------------------

@pytest.mark.parametrize("text", ISKP_SPELLINGS)
def test_every_iskp_spelling_means_iskp_whatever_the_country(cat, text):
    for country in ("AF", "PK", "IQ", None):
        assert resolve(cat, text, country=country) == {"iskp"}


@pytest.mark.parametrize("text", CONTEXT_FORMS)
def test_bare_islamic_state_names_mean_iskp_in_afghanistan_and_pakistan_and_the_core_elsewhere(cat, text):
    assert resolve(cat, text, country="AF", date="2022-01-01") == {"iskp"}
    assert resolve(cat, text, country="pk") == {"iskp"}
    assert resolve(cat, text, country="SY") == {"isis"}
    assert resolve(cat, text, country=None) == {"isis"}


@pytest.mark.parametrize("text", CORE_FORMS)
def test_explicit_core_names_always_mean_the_core(cat, text):
    for country in ("AF", "PK", "IQ", None):
        assert resolve(cat, text, country=country) == {"isis"}


def test_iskp_and_the_core_are_distinct_actors_linked_as_branch(cat):
    iskp, core = cat.get("iskp"), cat.get("isis")
    assert iskp.id != core.id and iskp.name != core.name
    assert iskp.parent == "isis"
    assert any(a.id == "isis" and a.relation == "branch_of" for a in iskp.affiliations)
    assert cat.acled_name("iskp") == "Islamic State (Afghanistan)"


def test_short_acronyms_match_only_in_capitals(cat):
    assert cat.lookup("is") == [] and cat.lookup("Is") == []
    assert cat.lookup("let") == [] and [a.actor_id for a in cat.lookup("LeT")] == ["let"]
    assert cat.lookup("us") == [] and cat.lookup("Us") == []
    assert all(a.case_sensitive for a in cat.lookup("IS"))


# --- the Taliban and Afghanistan across 2021-08-15 -------------------------------------------

def test_taliban_are_an_insurgency_before_the_fall_of_kabul_and_the_government_after(cat):
    before = cat.ref("taliban", date="2021-08-14")
    after = cat.ref("taliban", date="2021-08-15")
    assert (before.kind, before.sector) == ("armed_group", "REB")
    assert (after.kind, after.sector) == ("state", "GOV")
    assert cat.ref("taliban", date="1999-01-01").kind == "state"  # first Emirate
    assert cat.acled_name("taliban", date="2019-06-01") == "Taliban"
    assert cat.acled_name("taliban", date="2023-06-01") == "Military Forces of Afghanistan (2021-)"
    assert cat.ref("taliban").kind == "state"  # no date: the current role


@pytest.mark.parametrize("text", ["Taliban", "Taleban", "Afghan Taliban", "Islamic Emirate of Afghanistan",
                                  "Islamic Emirate", "IEA", "طالبان"])
def test_taliban_aliases(cat, text):
    assert resolve(cat, text, country="AF") == {"taliban"}


def test_afghan_forces_switch_from_the_republic_to_the_taliban(cat):
    assert resolve(cat, "Afghan forces", date="2019-03-01") == {"af_andsf"}
    assert resolve(cat, "Afghan forces", date="2022-03-01") == {"af_taliban_forces"}
    assert resolve(cat, "Afghan security forces", date="2021-08-14") == {"af_andsf"}
    assert resolve(cat, "Afghan government", date="2018") == {"af_republic"}
    assert resolve(cat, "Afghan government", date="2023-01-05T10:00:00") == {"taliban"}
    assert resolve(cat, "Afghan police", date="2020-05") == {"af_police"}
    assert cat.ref("af_taliban_forces").kind == "state"
    assert cat.get("af_taliban_forces").parent == "taliban"


def test_context_alias_without_fallback_is_not_an_actor_elsewhere(cat):
    assert resolve(cat, "de facto authorities", country="AF") == {"taliban"}
    assert resolve(cat, "de facto authorities", country="SY") == {None}
    assert resolve(cat, "ANP", country="AF") == {"af_police"}
    assert resolve(cat, "ANP", country="PK") == {"pk_anp"}


# --- generic nouns -------------------------------------------------------------------------

@pytest.mark.parametrize("noun", ["gunmen", "Gunman", "unknown gunmen", "militants", "suicide bomber",
                                  "assailants", "terrorists"])
def test_armed_strangers_are_an_unidentified_armed_group(cat, noun):
    ref = cat.generic(noun, country="PK", date="2023-01-01")
    assert (ref.id, ref.kind, ref.sector) == ("unidentified_armed_group", "armed_group", "UAF")


def test_generic_state_nouns_follow_country_and_date(cat):
    assert cat.generic("police", country="AF", date="2022-03-01").id == "af_taliban_police"
    assert cat.generic("policemen", country="AF", date="2019-03-01").id == "af_police"
    assert cat.generic("soldiers", country="AF", date="2019-03-01").id == "af_andsf"
    assert cat.generic("security forces", country="AF", date="2021-09-01").id == "af_taliban_forces"
    assert cat.generic("troops", country="PK", date=None).id == "pk_military"
    assert cat.generic("police officers", country="PK", date=None).id == "pk_police"
    assert cat.generic("soldiers", country="US", date=None).id == "us_military"
    mil_tj = cat.generic("soldiers", country="TJ", date="2022-01-01")
    assert (mil_tj.id, mil_tj.kind, mil_tj.sector, mil_tj.country) == ("mil_tj", "state", "MIL", "TJ")
    assert cat.generic("soldiers", country=None, date=None).id == "state_forces"


def test_generic_civilian_nouns_give_the_civilians_of_the_country(cat):
    ref = cat.generic("civilians", country="PK", date=None)
    assert (ref.id, ref.kind, ref.country) == ("civ_pk", "civilian_group", "PK")
    assert cat.generic("worshippers", country="AF", date="2022-01-01").id == "civ_af"
    assert cat.generic("protesters", country="PK", date=None).id == "prot_pk"
    assert cat.generic("civilians", country=None, date=None).id == "civilians"
    assert cat.acled_name("civ_pk") == "Civilians (Pakistan)"
    assert cat.acled_name("unidentified_armed_group", country="AF") == "Unidentified Armed Group (Afghanistan)"


def test_unknown_nouns_are_not_actors(cat):
    assert cat.generic("weather", country="AF", date=None) is None


def test_generic_nouns_are_lower_case_with_singular_and_plural_and_never_aliases(cat):
    nouns = cat.generic_nouns()
    assert all(n == n.lower() for n in nouns)
    assert {"gunman", "gunmen", "soldier", "soldiers", "policeman", "policemen", "civilian", "civilians"} <= set(nouns)
    folded = {_fold(a.text) for a in cat.aliases(include_metonyms=True)}
    assert not [n for n in nouns if n in folded]


# --- the packaged data ---------------------------------------------------------------------

def test_no_surface_form_has_two_meanings_in_the_packaged_data(cat):
    meanings = defaultdict(set)
    for alias in cat.aliases(include_metonyms=True):
        meanings[_fold(alias.text)].add(alias.meaning)
    assert {text: m for text, m in meanings.items() if len(m) > 1} == {}


def test_every_entry_is_well_formed(cat):
    for entry in cat.entries():
        assert entry.kind in KINDS and (entry.sector is None or entry.sector in SECTORS), entry.id
        assert entry.parent is None or entry.parent in cat, entry.id
        assert entry.acled_inter is None or 1 <= entry.acled_inter <= 8
        if not entry.generated:
            assert entry.source, f"{entry.id} has no source"
        for role in entry.roles:
            assert role.start is None or role.end is None or role.start <= role.end


def test_required_actors_are_present(cat):
    required = """taliban iskp isis ispp aq aqis ttp jua hua hgb lei haqqani nrf aff bla blf bras tlp jem let lej
        etim imu hezb_e_islami af_republic af_andsf af_ana af_police af_nds af_taliban_forces af_taliban_police af_gdi
        pk_government pk_army pk_ispr pk_fc pk_police pk_ctd pk_isi us_government us_military us_cia us_state_dept
        ir_irgc nato isaf resolute_support un unsc unama un_monitoring_team unhcr unicef who wfp icrc msf
        hazara sikh hindu shia sufi journalists aid_workers polio_workers teachers
        hibatullah_akhundzada akhtar_mansoor mullah_omar sirajuddin_haqqani abdul_ghani_baradar zabihullah_mujahid
        shahab_al_muhajir hafiz_saeed_khan aslam_farooqi abu_bakr_al_baghdadi ayman_al_zawahiri osama_bin_laden
        noor_wali_mehsud ashraf_ghani hamid_karzai ahmad_massoud amrullah_saleh joe_biden donald_trump imran_khan
        shehbaz_sharif asim_munir zalmay_khalilzad cn_government ru_military in_military ir_government gov_tj gov_uz gov_tm gov_kg gov_kz gov_gb gov_qa
        gov_sa gov_tr gov_de civ_cn""".split()
    assert [i for i in required if i not in cat] == []


@pytest.mark.parametrize("text", ["TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban", "Pakistani Taliban",
                                  "Tehrik-i-Taliban Pakistan"])
def test_pakistani_taliban_are_not_the_afghan_taliban(cat, text):
    assert resolve(cat, text, country="PK") == {"ttp"}


def test_ttp_factions_point_to_the_ttp(cat):
    for faction, alias in (("jua", "Jamaat-ul-Ahrar"), ("hua", "Hizb-ul-Ahrar"), ("lei", "Lashkar-e-Islam"),
                           ("hgb", "Hafiz Gul Bahadur group")):
        assert resolve(cat, alias) == {faction}
        entry = cat.get(faction)
        assert entry.parent == "ttp" or any(a.id == "ttp" for a in entry.affiliations)


def test_people_are_linked_to_their_group(cat):
    assert cat.get("shahab_al_muhajir").parent == "iskp"
    assert resolve(cat, "Sanaullah Ghafari") == {"shahab_al_muhajir"}
    assert resolve(cat, "Hafiz Saeed Khan") == {"hafiz_saeed_khan"}
    assert resolve(cat, "Hafiz Saeed") == {"hafiz_muhammad_saeed"}
    assert cat.ref("sirajuddin_haqqani", date="2019-01-01").sector == "REB"
    assert cat.ref("sirajuddin_haqqani", date="2022-01-01").sector == "GOV"
    assert cat.lookup("biden") == []  # single-word person names are case-sensitive


def test_country_names_are_metonyms_kept_out_of_the_default_alias_list(cat):
    assert all(not a.metonym for a in cat.aliases())
    metonyms = {a.text: a for a in cat.aliases(include_metonyms=True) if a.metonym}
    assert metonyms["Pakistan"].actor_id == "pk_government"
    assert cat.resolve_alias(metonyms["Afghanistan"], country="AF", date="2020-01-01").id == "af_republic"
    assert "Kabul" not in metonyms


def test_chinese_nationals_are_civilians_of_china(cat):
    assert resolve(cat, "Chinese nationals", country="PK") == {"civ_cn"}


def test_get_returns_none_for_unknown_ids_and_ref_raises(cat):
    assert cat.get("no_such_actor") is None and "no_such_actor" not in cat
    assert cat.acled_name("no_such_actor") is None
    with pytest.raises(KnowledgeError):
        cat.ref("no_such_actor")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed document not available")
def test_the_founding_article_names_resolve(cat):
    text = SEED.read_text(encoding="utf-8")
    expect = {
        "ISIS-K": "iskp", "Taliban": "taliban", "Al-Qaeda": "aq", "Haqqani network": "haqqani",
        "Tehreek-e-Taliban Pakistan": "ttp", "Abu Bakr Al Baghdadi": "abu_bakr_al_baghdadi",
        "Mullah Akhtar Muhammad Mansoor": "akhtar_mansoor", "Joe Biden": "joe_biden",
        "United Nations Assistance Mission": "unama", "Hazara": "hazara", "Sikh": "sikh",
        "ISIS (Islamic State of Iraq and Syria)": "isis",
    }
    for surface, actor_id in expect.items():
        assert surface in text
        assert resolve(cat, surface, country="AF", date="2023-01-01") == {actor_id}
    assert resolve(cat, "ISIS", country="AF") == {"iskp"}


def test_default_catalog_round_trips_through_its_disk_cache(tmp_path, monkeypatch):
    import attrition.knowledge.catalog as module

    monkeypatch.setenv("ATTRITION_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ATTRITION_NO_CACHE", raising=False)
    monkeypatch.setattr(module, "_DEFAULT", None)
    built = Catalog.default()
    assert list(tmp_path.glob("catalog-*.pickle"))
    monkeypatch.setattr(module, "_DEFAULT", None)
    cached = Catalog.default()
    assert cached is not built
    assert cached.get("iskp") == built.get("iskp")
    assert sorted(map(repr, cached.aliases())) == sorted(map(repr, built.aliases()))
    assert cached.generic("police", country="AF", date="2022-01-01") == built.generic("police", country="AF",
                                                                                      date="2022-01-01")


# --- user files ------------------------------------------------------------------------------

def test_user_file_adds_aliases_to_known_actors_and_new_actors(tmp_path):
    path = write(tmp_path, "mine.yaml", """
actors:
  - id: taliban
    aliases: [Talibs, "Mullahs' army"]
  - id: khorasan_diaspora_cell
    name: Khorasan Diaspora Cell
    kind: armed_group
    sector: REB
    country: TJ
    parent: iskp
    aliases: [KDC, Khorasan diaspora cell]
    acled_name: "Islamic State (Tajikistan)"
    acled_inter: 2
    source: my notes
""")
    cat = Catalog.load([path])
    assert resolve(cat, "Talibs") == {"taliban"}
    assert resolve(cat, "Taleban") == {"taliban"}  # packaged aliases kept
    assert cat.get("taliban").kind == "armed_group" and cat.ref("taliban", date="2022-01-01").kind == "state"
    assert resolve(cat, "KDC") == {"khorasan_diaspora_cell"}
    assert cat.lookup("kdc") == []
    assert cat.ref("khorasan_diaspora_cell").country == "TJ"
    assert "khorasan_diaspora_cell" not in Catalog.default()


def test_user_file_may_remap_a_packaged_alias(tmp_path):
    path = write(tmp_path, "pk.yaml", """
actors:
  - id: ttp
    aliases: [{text: Taliban, countries: [PK], fallback: taliban}]
""")
    cat = Catalog.load([path])
    assert resolve(cat, "Taliban", country="PK") == {"ttp"}
    assert resolve(cat, "Taliban", country="AF") == {"taliban"}


@pytest.mark.parametrize("body, key, words", [
    ("actors:\n  - {id: x1, name: X, kind: warlord}\n", "x1", "kind 'warlord'"),
    ("actors:\n  - {id: x2, name: X, kind: armed_group, country: Afghanistan}\n", "x2", "'Afghanistan'"),
    ("actors:\n  - {id: x3, name: X, kind: armed_group, country: ZZ}\n", "x3", "'ZZ'"),
    ("actors:\n  - {id: x4, name: X, kind: armed_group, sector: WARLORD}\n", "x4", "sector 'WARLORD'"),
    ("actors:\n  - {id: x5, name: X, kind: armed_group}\n  - {id: x5, name: Y, kind: armed_group}\n", "x5",
     "duplicate id"),
    ("actors:\n  - {id: x6, name: X, kind: armed_group, aliases: [Foo Front]}\n"
     "  - {id: x7, name: Y, kind: armed_group, aliases: [foo front]}\n", "x7", "already means 'x6'"),
    ("actors:\n  - {id: x8, name: X, kind: armed_group, roles: [{from: 2021-13-40, kind: state}]}\n", "x8",
     "2021-13-40"),
    ("actors:\n  - {id: x9, name: X, kind: armed_group, roles: [{from: 2022-01-01, until: 2021-01-01}]}\n", "x9",
     "after"),
    ("actors:\n  - {id: Bad-Id, name: X, kind: armed_group}\n", "actors[0]", "Bad-Id"),
    ("actors:\n  - {id: x10, name: X, kind: armed_group, parent: nobody}\n", "x10", "'nobody'"),
    ("actors:\n  - {id: x11, name: X, kind: armed_group, acled_inter: 9}\n", "x11", "acled_inter 9"),
    ("actors:\n  - {id: x12, name: X, kind: armed_group, colour: red}\n", "x12", "colour"),
    ("actors:\n  - {id: x13, kind: armed_group}\n", "x13", "missing 'name'"),
    ("countries:\n  - {code: KE, name: Kenya, forces: {navy: [KN]}}\n", "KE", "role 'navy'"),
    ("countries:\n  - {code: KE, name: Kenya, forces: {mil: KDF}}\n", "KE", "must be a list of names"),
    ("countries:\n  - {code: PS, name: Palestine, unqualified: {navy: IL}}\n", "PS", "role 'navy'"),
    ("countries:\n  - {code: PS, name: Palestine, unqualified: {mil: Israel}}\n", "PS", "Israel"),
    ("countries:\n  - {code: UA, name: Ukraine, occupied_by: Russia}\n", "UA", "Russia"),
])
def test_malformed_user_file_errors_name_the_file_the_key_and_the_value(tmp_path, body, key, words):
    path = write(tmp_path, "bad.yaml", body)
    with pytest.raises(KnowledgeError) as info:
        Catalog.load([path])
    err = info.value
    assert err.path == str(path) and err.key == key
    assert words in str(err) and str(path) in str(err)


def test_a_user_alias_cannot_take_a_packaged_id_twice_in_one_file(tmp_path):
    path = write(tmp_path, "dup.yaml", """
actors:
  - {id: y1, name: Y1, kind: armed_group, aliases: [Red Hand]}
  - {id: y2, name: Y2, kind: armed_group, aliases: [red hand]}
""")
    with pytest.raises(KnowledgeError, match="Red Hand|red hand"):
        Catalog.load([path])


def test_broken_yaml_and_missing_files_are_knowledge_errors(tmp_path):
    with pytest.raises(KnowledgeError, match="not valid YAML"):
        Catalog.load([write(tmp_path, "broken.yaml", "actors: [\n")])
    with pytest.raises(KnowledgeError, match="cannot read"):
        Catalog.load([tmp_path / "absent.yaml"])


def test_alias_target_logic_is_plain_data():
    alias = Alias("X", "a", countries=("AF",), fallback_id="b")
    assert alias.target(country="af", date=None) == "a"
    assert alias.target(country="DE", date=None) == "b"
    assert alias.target(country=None, date=None) == "b"


def test_family_is_the_top_of_the_parent_chain():
    from attrition.knowledge.catalog import Catalog
    cat = Catalog.default()
    assert cat.family("af_taliban_forces") == "taliban"
    assert cat.family("taliban") == "taliban"
    assert cat.family("af_andsf") == cat.family("af_republic")
    assert cat.family("af_andsf") != cat.family("af_taliban_forces")
    assert cat.family("no_such_actor") == "no_such_actor"


def test_a_country_file_names_its_forces(tmp_path):
    path = write(tmp_path, "ke.yaml", "countries:\n  - {code: KE, name: Kenya, names: [Kenya], forces: {mil: [KDF, Kenya Defence Forces]}}\n")
    cat = Catalog.load([path])
    assert [cat.resolve_alias(a, country=None, date=None).id for a in cat.lookup("KDF")] == ["mil_ke"]
    assert [cat.resolve_alias(a, country=None, date=None).id for a in cat.lookup("Kenya Defence Forces")] == ["mil_ke"]


def test_the_occupiers_are_the_forces_of_the_country_that_occupies_the_reports_country():
    cat = Catalog.default()
    assert cat.generic("occupiers", country="UA", date="2023-11-06").id == cat.country_actor("mil", country="RU", date="2023-11-06").id
    assert cat.generic("occupation forces", country="PS", date="2024-08-27").id == "mil_il"
    # a country no entry says is occupied: the word names no one (not that country's own army)
    assert cat.generic("occupiers", country="FR", date="1943-05-01") is None
    assert cat.generic("occupiers", country=None, date=None) is None

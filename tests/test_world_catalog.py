"""The world armed-groups catalog (knowledge/data/actors/world_armed_groups.yaml) at work in the extractor.

Sentences written for these tests: well-known groups outside Afghanistan / Pakistan are found as actors
with their country, context-bound acronyms follow the document's country, and acronyms or names that are
ordinary English (or other organisations) do not turn into armed groups.
"""
from __future__ import annotations

import pytest

from attrition.knowledge.catalog import Catalog
from attrition.records import Document


def actors(extractor, text: str) -> dict[str, str | None]:
    """actor id -> the actor's country, for every actor the extractor reports."""
    a = extractor.analyse(Document(id="world", text=text))
    return {x.ref.id: x.ref.country for x in a.actors}


@pytest.mark.parametrize("text,actor,country", [
    ("FARC rebels attacked a police station in Cauca, Colombia, on 3 May 2019, killing two officers.", "farc", "CO"),
    ("SAN SALVADOR, 12 NOV 89 -- FMLN GUERRILLAS ATTACKED THE ARMY GARRISON IN SAN MIGUEL, KILLING FIVE SOLDIERS.",
     "fmln", "SV"),
    ("Shining Path guerrillas killed three villagers in Ayacucho, Peru, on 4 June 1988.", "sendero_luminoso", "PE"),
    ("The Manuel Rodriguez Patriotic Front bombed a power pylon near Santiago, Chile, in 1986.", "fpmr", "CL"),
    ("Al-Shabaab militants stormed a hotel in Mogadishu, Somalia, on 19 August 2022.", "al_shabaab", "SO"),
    ("The RSF shelled El Fasher in North Darfur, Sudan, on 10 May 2024.", "rsf", "SD"),
    ("Hamas fighters attacked Israeli soldiers near Gaza on 7 October 2023.", "hamas", "PS"),
    ("PKK militants attacked a Turkish army post in Hakkari on 3 June 2016.", "pkk", "TR"),
    ("ETA set off a car bomb in Madrid, Spain, on 30 December 2006.", "eta", "ES"),
    ("The Arakan Army captured a military base in Rakhine State, Myanmar, in 2024.", "arakan_army", "MM"),
    ("M23 rebels seized Goma in the Democratic Republic of the Congo in January 2025.", "m23", "CD"),
])
def test_world_groups_are_found_with_their_country(extractor, text, actor, country):
    found = actors(extractor, text)
    assert actor in found, f"{actor} not found in {text!r}: {found}"
    assert found[actor] == country


def test_al_shabaab_means_the_mozambican_insurgents_in_mozambique(extractor):
    text = "Insurgents known locally as al-Shabaab attacked Palma in Cabo Delgado, Mozambique, on 24 March 2021."
    found = actors(extractor, text)
    assert "is_mozambique" in found and "al_shabaab" not in found


@pytest.mark.parametrize("text,not_actor", [
    # file formats, the Australian military and Reporters Without Borders are not Myanmar / DRC / Sudan rebels
    ("He emailed the report as a PDF from London, England, on Monday.", "pdf_mm"),
    ("The Australian Defence Force (ADF) deployed troops to Darwin, Australia, on 3 March 2020.", "adf"),
    ("Reporters Without Borders (RSF) condemned the arrest of a journalist in Paris, France, on 2 May 2021.", "rsf"),
    # "killed in action" is not the Kachin Independence Army
    ("Two American soldiers were listed as KIA after a firefight in Helmand, Afghanistan, on 5 May 2010.", "kia"),
    # lower-case "eta" (estimated time of arrival) is not ETA
    ("The convoy left Columbus, Ohio, at dawn; our eta was noon.", "eta"),
    # bare "Maoists" means India's CPI (Maoist) only in documents about India
    ("Maoists clashed with police in Lima, Peru, on 5 May 1990.", "cpi_maoist"),
])
def test_risky_aliases_do_not_fire_on_ordinary_text(extractor, text, not_actor):
    assert not_actor not in actors(extractor, text)


def test_context_aliases_resolve_by_country():
    cat = Catalog.default()

    def ids(text, country):
        return {getattr(cat.resolve_alias(a, country=country, date=None), "id", None) for a in cat.lookup(text)}

    assert ids("ERP", "SV") == {"erp_sv"} and ids("ERP", "AR") == {"erp_ar"}
    assert ids("National Liberation Army", "CO") == {"eln"}
    assert ids("Islamic Jihad", "PS") == {"pij"} and ids("Islamic Jihad", "EG") == {None}
    assert cat.lookup("eta") == [] and cat.lookup("farc") == []
    assert cat.ref("fsln", date="1978-06-01").kind == "armed_group"
    assert cat.ref("fsln", date="1985-06-01").kind == "state"

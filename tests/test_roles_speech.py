"""Who did what to whom in non-violent PLOVER events, on invented sentences: accusations, threats, and the
states named by their nation's adjective."""
from __future__ import annotations

import pytest

from attrition.records import Document


def events(extractor, text: str):
    return extractor.analyse(Document(id="t", text=text)).events


def only_event(extractor, text: str):
    evs = events(extractor, text)
    assert len(evs) == 1, [(e.plover_type, e.evidence.text) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text", [
    "The Zambian government accused Malawi on Monday of hoarding maize.",
    "Zambian officials condemned Malawi for closing the border.",
])
def test_a_state_named_by_its_adjective_is_a_named_side(extractor, text):
    ev = only_event(extractor, text)
    assert ev.plover_type == "ACCUSE"
    assert ev.actor1 is not None and ev.actor1.id == "gov_zm"
    assert ev.actor2 is not None and ev.actor2.id == "gov_mw"


@pytest.mark.parametrize("text, kind", [
    ("Zambia accused Malawi of violating the border agreement.", "ACCUSE"),
    ("Zambia denounced the trade pact signed by Malawi and Mozambique.", "ACCUSE"),
    ("Zambia threatened Malawi over the talks with Mozambique.", "THREATEN"),
])
def test_an_agreement_or_talks_told_in_an_accusation_are_what_was_said(extractor, text, kind):
    ev = only_event(extractor, text)
    assert ev.plover_type == kind
    assert ev.actor1 is not None and ev.actor1.id == "gov_zm"


def test_an_arrest_told_in_a_condemnation_stays_the_event(extractor):
    # ACLED records the arrest, whoever condemns it
    evs = events(extractor, "Zambia condemned the arrest of three Malawian journalists by Malawian police in Lilongwe.")
    assert evs and all(e.plover_type != "ACCUSE" for e in evs)


def test_an_agreement_told_plainly_stays_an_agreement(extractor):
    ev = only_event(extractor, "Zambia and Malawi signed a border agreement on Monday.")
    assert ev.plover_type == "AGREE"


@pytest.mark.parametrize("text", [
    "Russian warplanes killed twelve villagers in an air raid near Idlib on Sunday.",
    "Israeli tanks shelled Hamas positions near Khan Younis on Monday.",
])
def test_a_nations_war_machines_act_for_its_forces(extractor, text):
    ev = only_event(extractor, text)
    assert ev.actor1 is not None and ev.actor1.sector == "MIL"


@pytest.mark.parametrize("text", [
    "Rebels wounded two Spanish soldiers in a bomb attack near Bilbao on Thursday.",
    "Separatist guerrillas wounded two Spanish soldiers in a bomb attack near Bilbao on Thursday, police said.",
])
def test_the_object_of_another_verb_of_the_deed_is_its_target(extractor, text):
    ev = only_event(extractor, text)
    assert ev.actor2 is not None and ev.actor2.id == "mil_es"


@pytest.mark.parametrize("text, kind", [
    ("Zambia demanded the withdrawal of Malawian forces from the border on Monday.", "REQUEST"),
    ("The Zambian government urged Malawi to sign the trade agreement.", "REQUEST"),
    ("Zambia refused to allow United Nations planes to land.", "REJECT"),
])
def test_what_is_demanded_or_refused_has_not_happened(extractor, text, kind):
    ev = only_event(extractor, text)
    assert ev.plover_type == kind
    assert ev.actor1 is not None and ev.actor1.id == "gov_zm"
    assert ev.actor2 is not None


def test_a_refusal_in_business_makes_no_event(extractor):
    assert not events(extractor, "Shareholders rejected the takeover bid by Oracle on Monday.")

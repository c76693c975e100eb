"""A thing blown up in the passive, or dynamited, is a bombing; an explosion told as an accident is not.
Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from attrition.records import Document


def subs(extractor, text: str) -> list[str]:
    return [e.acled_sub_event_type for e in extractor.analyse(Document(id="t", text=text)).events]


@pytest.mark.parametrize("text", [
    "The oil pipeline was blown up again today near Tumaco.",
    "The power pylon was dynamited early on Sunday near Tumaco.",
    "Rebels carried out a dynamite attack on the town hall of Tumaco on Sunday.",
])
def test_a_thing_blown_up_or_dynamited_is_a_bombing(extractor, text):
    assert subs(extractor, text) == ["Remote explosive/landmine/IED"]


def test_an_explosion_told_as_an_accident_is_no_bombing(extractor):
    assert subs(extractor, "A gas tank exploded in a factory in Tumaco after a leak, fire officials said.") == []


def test_a_thing_destroyed_with_a_weapon_was_attacked_not_disarmed(extractor):
    assert subs(extractor, "An armoured truck was destroyed with an RPG-7 rocket near Tumaco on Sunday.") == \
        ["Shelling/artillery/missile attack"]
    # weapons destroyed by the army are taken out of use
    assert subs(extractor, "The army destroyed 40 rifles and two mortars seized from rebels near Tumaco.") == \
        ["Disrupted weapons use"]


def test_a_bomb_planted_is_a_deed_and_one_defused_is_disarmed(extractor):
    assert subs(extractor, "Rebels planted a bomb in the town hall of Tumaco on Sunday.") == ["Remote explosive/landmine/IED"]
    assert subs(extractor, "The army defused a bomb planted in the market of Tumaco on Sunday.") == ["Disrupted weapons use"]
    # fans who throw "missiles" at a match throw objects, not rockets
    assert subs(extractor, "Fans threw missiles and shouted abuse at the players in the stadium on Sunday.") == []


def test_an_aircraft_hit_is_a_target_not_an_air_strike(extractor):
    assert subs(extractor, "Gunmen attacked the Air Force installations in Tumaco on Friday.") == ["Attack"]
    assert subs(extractor, "The village was hit by army helicopters near Tumaco on Friday.") == ["Air/drone strike"]
    assert subs(extractor, "Drones struck a compound near Tumaco on Friday.") == ["Air/drone strike"]

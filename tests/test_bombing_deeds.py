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

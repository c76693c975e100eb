"""The dead of an event by side (nlp/losses.py): actor1, actor2, civilians, unknown, as UCDP codes them."""
from __future__ import annotations

import pytest

from attrition.demo import corpus_path
from attrition.ingest import read_documents
from attrition.nlp import Extractor
from attrition.nlp.losses import ARMED, CIVILIANS, STATE, UNKNOWN, by_side, victim_sides
from attrition.numbers import parse_count
from attrition.records import ActorRef, Count, Document


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _events(extractor, text, published="2024-03-12"):
    return [r for r in extractor.extract(Document(id="t", text=text, published=published)) if r["type"] == "event"]


def _only(extractor, text, published="2024-03-12"):
    evs = [e for e in _events(extractor, text, published) if e["fatalities"]]
    assert len(evs) == 1, evs
    return evs[0]


def test_a_clash_divides_its_dead_between_the_two_sides(extractor):
    e = _only(extractor, "Moreover, five terrorists and an Army corporal were killed in a clash between terrorists "
                         "and an Army patrol near Ayacucho, Peru.", "1988-12-10")
    assert e["actor1"]["kind"] == "armed_group" and e["actor2"]["id"] == "mil_pe"
    assert e["fatalities"]["best"] == 6
    assert e["fatalities_by_side"] == {"actor1": 5, "actor2": 1, "civilians": 0, "unknown": 0}


def test_each_person_of_a_list_takes_the_side_of_its_noun(extractor):
    e = _only(extractor, "Gunmen killed a professor, a policeman and a pedestrian in Lima, Peru.", "1989-05-02")
    assert e["actor2"]["id"] == "pol_pe"
    assert e["fatalities_by_side"] == {"actor1": 0, "actor2": 1, "civilians": 2, "unknown": 0}


def test_a_named_group_is_its_own_side(extractor):
    e = _only(extractor, "Taliban fighters killed 30 ISIS-K militants in a gunfight in Nangarhar on Monday.")
    assert e["actor2"]["name"].startswith("Islamic State Khorasan")
    assert e["fatalities_by_side"]["actor2"] == 30


def test_a_catalog_noun_names_civilians(extractor):
    # "Palestinians" is no word of the civilian noun list: the catalog's demonym makes them civilians
    e = _only(extractor, "Israeli troops stormed the Jenin refugee camp in the West Bank on Tuesday, killing two "
                         "Palestinians.")
    assert e["fatalities_by_side"] == {"actor1": 0, "actor2": 0, "civilians": 2, "unknown": 0}


def test_dead_of_no_actor_of_the_event_and_people_are_unknown(extractor):
    # the police are not one of the event's two actors (the bomber's group and the civilians): their side is unknown
    e = _only(extractor, "A suicide bomber killed 12 civilians and two policemen at a market in Quetta, Pakistan.")
    assert e["fatalities_by_side"] == {"actor1": 0, "actor2": 0, "civilians": 12, "unknown": 2}
    e = _only(extractor, "Eighteen people were killed near Canasgordas in Antioquia Department.", "1988-10-25")
    assert e["fatalities_by_side"] == {"actor1": 0, "actor2": 0, "civilians": 0, "unknown": 18}


def test_the_sides_follow_the_toll_across_sentences(extractor):
    # the attackers' dead, told in a sentence after the deed, are added to the toll with their side
    e = _only(extractor, "Gunmen killed three soldiers at a checkpoint in Bannu, Pakistan, on Monday. Two of the "
                         "attackers were also killed in the exchange of fire, police said.")
    assert e["fatalities"]["best"] == 5
    assert e["fatalities_by_side"] == {"actor1": 2, "actor2": 3, "civilians": 0, "unknown": 0}
    # a toll that rose is a new figure: its dead are not told by side, and the first figure's sides are not kept
    e = _only(extractor, "A roadside bomb killed four policemen in Quetta, Pakistan, on Monday. The death toll later "
                         "rose to six.")
    assert e["fatalities"]["best"] == 6
    assert e["fatalities_by_side"] == {"actor1": 0, "actor2": 0, "civilians": 0, "unknown": 6}


def test_every_side_breakdown_adds_up_to_its_toll(extractor):
    n = 0
    for doc in read_documents([corpus_path()]):
        for e in extractor.extract(doc):
            if e["type"] == "event" and e["fatalities_by_side"]:
                n += 1
                assert sum(e["fatalities_by_side"].values()) == e["fatalities"]["best"], e["evidence"]["text"]
    assert n >= 5


def test_victim_sides_by_words_alone():
    text = "five rebels and an army corporal were killed"
    assert victim_sides(text, 0, 4, parse_count("five"), []) == ((ARMED, 5),)
    whole = text.index(" were")
    assert victim_sides(text, 0, whole, Count(1, 1, 1), []) == ((STATE, 1),)
    text = "killed a professor, a policeman and two men"
    assert victim_sides(text, 7, len(text) - 8, Count(2, 2, 2), []) == ((CIVILIANS, 1), (STATE, 1))
    assert victim_sides("killing two men", 8, 11, parse_count("two"), []) == ((UNKNOWN, 2),)


def test_a_side_goes_to_the_one_actor_of_its_kind():
    army = ActorRef("mil_pk", "Military Forces of Pakistan", "state", "PK", "MIL")
    ttp = ActorRef("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "PK", "REB")
    bla = ActorRef("bla", "Baloch Liberation Army", "armed_group", "PK", "REB")
    toll = Count(9, 9, 9, by=((STATE, 2), (ARMED, 6), (CIVILIANS, 1)))
    assert by_side(toll, ttp, army) == {"actor1": 6, "actor2": 2, "civilians": 1, "unknown": 0}
    # two armed groups: whose fighters the words do not say
    assert by_side(toll, ttp, bla) == {"actor1": 0, "actor2": 0, "civilians": 1, "unknown": 8}
    # a named group's dead are its own, whichever slot it holds
    assert by_side(Count(4, 4, 4, by=((bla, 4),)), ttp, bla)["actor2"] == 4
    # parts that do not make up the toll kept (a toll put in place of another) tell nothing
    assert by_side(Count(5, 5, 5, by=((STATE, 3),)), ttp, army) is None
    assert by_side(Count(5, 5, 5), ttp, army) is None

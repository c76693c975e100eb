"""Who is the perpetrator (actor1) of a violent event, on invented sentences: victims, investigators, the
source of a report and the object of another deed are not; the accused and the one said to have done it are."""
from __future__ import annotations

import pytest

from attrition.records import Document


def only_event(extractor, text: str, published: str | None = None):
    evs = extractor.analyse(Document(id="t", text=text, published=published)).events
    assert len(evs) == 1, [(e.acled_sub_event_type, e.evidence.text) for e in evs]
    return evs[0]


def perpetrator(extractor, text: str) -> str | None:
    a1 = only_event(extractor, text).actor1
    return None if a1 is None or a1.sector == "UAF" else a1.sector


@pytest.mark.parametrize("text", [
    # a part of the victims, told in a relative clause
    "Thirty people, six of whom were policemen, were wounded in a bomb explosion in Quito on Friday.",
    # those who respond to a deed
    "Police are investigating the bombing of a bank in Quito on Friday that wounded three guards.",
    "Troops went to the scene of the attack in Quito on Friday, where three guards were wounded.",
    # a noun phrase that refers back: the subject of 'attributed' did not do the attack
    "The police attributed the attack in Quito on Friday, which wounded three guards, to extremists.",
])
def test_state_forces_that_suffer_or_respond_are_not_perpetrators(extractor, text):
    assert perpetrator(extractor, text) not in ("COP", "MIL")


def test_a_thing_of_the_army_is_not_the_army_acting(extractor):
    # "military actions" names what was done, not who did it
    ev = only_event(extractor, "In other military actions, a rebel was killed and two soldiers were wounded in "
                               "clashes near Cuenca on Friday.")
    assert ev.actor1 is None or ev.actor1.sector != "MIL"


def test_the_object_of_a_deed_is_not_the_subject_of_the_next(extractor):
    ev = only_event(extractor, "The rebels attacked military positions in Cuenca on Friday, blew up a store and "
                               "burned a bus.")
    assert ev.actor1 is not None and ev.actor1.sector != "MIL"
    ev = only_event(extractor, "Rebels entered Cuenca on Friday and, after disarming the police guards, they "
                               "dynamited the town hall.")
    assert ev.actor1 is None or ev.actor1.sector != "COP"
    # a time word in -ing is no verb: the rebels are the subject
    ev = only_event(extractor, "This morning the Red Dawn Front attacked a police post in Cuenca, killing two agents.")
    assert ev.actor1 is not None and "Red Dawn" in ev.actor1.name


@pytest.mark.parametrize("text", [
    "He spoke of the murder of three peasants in Cuenca on Friday, of which the army is being accused.",
    "Some soldiers were reportedly involved in the killing of six students in Cuenca on Friday.",
    "Soldiers carried out the attack on the village near Cuenca on Friday, killing three farmers.",
])
def test_the_accused_and_the_doers_are_perpetrators(extractor, text):
    assert perpetrator(extractor, text) == "MIL"


def test_coordinated_and_named_victims_are_not_perpetrators(extractor):
    ev = only_event(extractor, "Two soldiers and a rebel were killed in skirmishes near Cuenca on Friday.")
    assert ev.actor1 is None or ev.actor1.sector not in ("MIL", "COP")
    ev = only_event(extractor, "Officials identified the body of policeman Juan Vera, who was killed at dawn on Friday "
                               "in a skirmish by rebels near Cuenca.")
    assert ev.actor1 is not None and ev.actor1.sector != "COP"


@pytest.mark.parametrize("text, group", [
    ("A bomb destroyed the court house in Cuenca on Friday. The attack was attributed to the Red Dawn Front.",
     "Red Dawn Front"),
    ("Gunmen killed two judges in Cuenca on Friday. Police hunted the killers, who are presumably members of "
     "the Red Dawn Front.", "Red Dawn Front"),
    ("The minister said the attack in Cuenca on Friday, in which two judges died, was carried out on 3 May by "
     "the Red Dawn Front.", "Red Dawn Front"),
])
def test_attribution_names_the_perpetrator(extractor, text, group):
    evs = extractor.analyse(Document(id="t", text=text)).events
    assert any(e.actor1 is not None and group in e.actor1.name for e in evs), \
        [(e.acled_sub_event_type, e.actor1) for e in evs]


def test_a_word_for_a_deed_takes_its_agent_after_by(extractor):
    ev = only_event(extractor, "As a result of the savage action by the Red Dawn Front, two girls were killed in "
                               "Cuenca on Friday.")
    assert ev.actor1 is not None and "Red Dawn" in ev.actor1.name


@pytest.mark.parametrize("text", [
    "A supply convoy was ambushed by heavily armed rebels near Cuenca on Friday.",
    "Four farmers were shot dead by suspected Maoist insurgents near Cuenca on Friday.",
    "The airliner was brought down by a missile thought to have been fired by well-armed rebels.",
])
def test_the_agent_after_by_may_have_modifiers(extractor, text):
    # "by heavily armed rebels", "by suspected Maoist insurgents": the words before the noun do not hide the agent
    ev = only_event(extractor, text)
    assert ev.actor1 is not None and ev.actor1.sector == "UAF", (ev.actor1, ev.actor2)
    assert ev.actor2 is None or ev.actor2.sector != "UAF"


def test_the_agent_after_by_of_another_deed_is_not_the_agent(extractor):
    # "retook the hill two days after it was seized by X": X took it first, the subject retook it
    ev = only_event(extractor, "Rebel fighters retook a hilltop near Cuenca on Friday, two days after it was seized "
                               "by army troops.")
    assert ev.actor1 is not None and ev.actor1.sector == "UAF", (ev.actor1, ev.actor2)


def test_a_protest_is_against_the_agent_of_what_it_protests(extractor):
    # "marched against abuses by the police": the police are what the march is against, not its marchers
    ev = only_event(extractor, "Thousands of students marched in Quito on Friday against abuses by Ecuadorian police.")
    assert ev.plover_type == "PROTEST"
    assert ev.actor1 is None or ev.actor1.sector != "COP", (ev.actor1, ev.actor2)
    assert ev.actor2 is not None and ev.actor2.sector == "COP", (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text", [
    "A camp for displaced families was attacked by tribal militiamen near Bunia on Friday, killing nine people.",
    "Guerillas blew up two power pylons near Cuenca on Friday.",
    "Rival militias shelled the port of Cuenca on Friday, killing four civilians.",
])
def test_militias_and_guerillas_are_armed_groups(extractor, text):
    # "militia(s)", "militiamen" and the common spelling "guerillas" name an armed group as "rebels" does
    ev = only_event(extractor, text)
    assert ev.actor1 is not None and ev.actor1.sector == "UAF", (ev.actor1, ev.actor2)


def test_the_first_of_allies_leads_past_a_name_that_qualifies_the_second(extractor):
    # "Syrian troops and allied Shiite fighters captured": "Shiite" qualifies the fighters, the troops lead
    ev = only_event(extractor, "Syrian troops and allied Shiite fighters captured the town of Qusayr on Friday.")
    assert ev.actor1 is not None and ev.actor1.sector == "MIL", ev.actor1


@pytest.mark.parametrize("text", [
    "Four children were killed in Turkish shelling near Afrin on Friday.",
    "Saudi air strikes killed nine people in Saada on Friday.",
])
def test_a_nations_strikes_are_its_forces_deed(extractor, text):
    # "Turkish shelling", "Saudi air strikes": the nation's adjective before the deed names who did it
    ev = only_event(extractor, text)
    assert ev.actor1 is not None and ev.actor1.sector == "MIL", (ev.actor1, ev.actor2)


def test_a_nations_strikes_of_work_are_no_deed_of_its_forces(extractor):
    evs = extractor.analyse(Document(id="t", text="French strikes disrupted rail traffic across the country on Friday.")).events
    assert not any(e.actor1 is not None and e.actor1.sector == "MIL" for e in evs)


@pytest.mark.parametrize("text", [
    "A suicide bomber killed eleven worshippers at a mosque in Quetta on Friday.",
    "Two suicide bombers struck a police station in Quetta on Friday, killing four officers.",
])
def test_an_actor_that_is_the_trigger_is_its_agent(extractor, text):
    # "a suicide bomber killed": the word names both the deed and who did it
    ev = only_event(extractor, text)
    assert ev.actor1 is not None and ev.actor1.sector == "UAF", (ev.actor1, ev.actor2)


def test_an_alliances_troops_act_and_the_uns_troops_are_the_uns(extractor):
    # "NATO troops killed": the alliance's forces in the field are a military, not a political body
    ev = only_event(extractor, "NATO troops killed three civilians in a night raid in Helmand on Monday.")
    assert ev.actor1 is not None and ev.actor1.id == "nato_forces", ev.actor1
    # "UN troops were attacked": the UN's peacekeepers, not the army of the country they are in
    ev = only_event(extractor, "UN troops were attacked by rebels near Goma on Monday.")
    assert ev.actor2 is not None and ev.actor2.id == "un_peacekeepers", ev.actor2


@pytest.mark.parametrize("text", [
    "Five soldiers were killed when rebels attacked their convoy near Cuenca on Friday.",
    "Two guards were wounded as insurgents stormed the prison in Cuenca on Friday.",
])
def test_a_name_after_a_clause_opening_word_is_no_object(extractor, text):
    # "were killed when rebels attacked": "when" opens a clause, so the rebels are its subject, not an object
    evs = extractor.analyse(Document(id="t", text=text)).events
    assert any(e.actor1 is not None and e.actor1.sector == "UAF" for e in evs), [(e.actor1, e.actor2) for e in evs]


@pytest.mark.parametrize("text, first, second", [
    # the force that breaks a demonstration up is its other side, however the sentence puts it
    ("Police fired tear gas to disperse protesters in Quito on Friday.", "prot_ec", "pol_ec"),
    ("Hundreds of demonstrators marched in Quito on Friday; police fired tear gas to disperse them.", "prot_ec", "pol_ec"),
    ("Rioters torched a police station in Quito on Friday.", "riot_ec", "pol_ec"),
    ("Police killed two rioters in Quito on Friday.", "riot_ec", "pol_ec"),
])
def test_a_demonstration_is_the_demonstrators_event(extractor, text, first, second):
    ev = only_event(extractor, text)
    assert ev.acled_event_type in ("Protests", "Riots"), ev.acled_sub_event_type
    assert (ev.actor1 and ev.actor1.id, ev.actor2 and ev.actor2.id) == (first, second)


def test_force_against_protesters_keeps_the_force_first(extractor):
    ev = only_event(extractor, "Police shot dead four protesters in Quito on Friday.")
    assert ev.acled_sub_event_type == "Excessive force against protesters"
    assert (ev.actor1.id, ev.actor2.id) == ("pol_ec", "prot_ec")


@pytest.mark.parametrize("text, sub", [
    ("A mob lynched a man accused of theft in Quito on Friday.", "Mob violence"),
    ("Looters ransacked shops in Quito on Friday.", "Looting/property destruction"),
])
def test_a_crowd_named_by_the_trigger_is_the_doer(extractor, text, sub):
    # the noun that names the crowd is often the trigger itself: the crowd are rioters, not the victim named after
    ev = only_event(extractor, text)
    assert ev.acled_sub_event_type == sub
    assert ev.actor1 is not None and ev.actor1.id == "riot_ec", (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text", [
    "Ecuadorian jets bombed a rebel camp near Cuenca on Friday, killing eight fighters.",
    "Ecuadorian aircraft struck a rebel camp near Cuenca on Friday, killing eight fighters.",
    "An Ecuadorian drone struck a car near Cuenca on Friday, killing two rebels.",
])
def test_a_nations_aircraft_strike_from_the_air_for_its_forces(extractor, text):
    ev = only_event(extractor, text)
    assert ev.acled_sub_event_type == "Air/drone strike"
    assert ev.actor1 is not None and ev.actor1.id == "mil_ec", (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text", [
    "Peru attacked a camp near Cuenca with Ecuadorian drones on Friday, killing three people.",
    "Peruvian troops fired Ecuadorian missiles at a camp near Cuenca on Friday, killing three people.",
    "Peruvian troops attacked a camp near Cuenca using a swarm of Ecuadorian drones on Friday, killing three people.",
])
def test_a_weapon_another_side_fires_is_no_side(extractor, text):
    # the nation that made the weapon is neither the doer nor the target
    ev = only_event(extractor, text)
    ids = {ev.actor1 and ev.actor1.id, ev.actor2 and ev.actor2.id}
    assert "mil_ec" not in ids, (ev.actor1, ev.actor2)
    assert ev.actor1 is not None and ev.actor1.country == "PE", (ev.actor1, ev.actor2)


def test_a_fighter_jet_is_no_fighter_and_a_junta_is_its_forces(extractor):
    ev = only_event(extractor, "A fighter jet bombed a village near Cuenca on Friday, killing nine people.")
    assert ev.acled_sub_event_type == "Air/drone strike"
    assert ev.actor1 is None or ev.actor1.sector != "UAF", (ev.actor1, ev.actor2)
    ev = only_event(extractor, "The junta carried out an air strike on a village near Cuenca on Friday, killing nine people.")
    assert ev.actor1 is not None and ev.actor1.id == "mil_ec", (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text, name", [
    # a nation's drone, whatever kind of drone
    ("A Russian attack drone hit a private car near Zatoka on Saturday, injuring two people.", "Russia"),
    # a combatant command is the nation's military
    ("US Africa Command said it carried out an airstrike against al-Shabaab on Thursday near Jilib, killing one "
     "militant.", "United States"),
    # the aircraft of the force the sentence names: "its jets"
    ("The Nigerian Air Force said its jets on Sunday struck bandit hideouts on the outskirts of Dansadau, killing 12.",
     "Nigeria"),
    # army units that allies back lead the fight, not their allies
    ("In Omdurman, army units backed by allied militias clashed with RSF fighters on Saturday.", "Sudan"),
])
def test_the_forces_a_report_names_by_their_weapons_units_or_command(extractor, text, name):
    e = only_event(extractor, text, "2024-11-25")
    assert e.actor1 is not None and e.actor1.kind == "state" and name in e.actor1.name


def test_the_group_counted_before_is_not_counted_again_by_all(extractor):
    e = only_event(extractor, "Troops surrounded a house in Jalalabad where three militants were hiding; all three were "
                          "killed.", "2022-10-16")
    assert e.fatalities.best == 3


def test_bare_troops_in_a_report_about_gaza_are_israels_and_palestinian_ones_are_palestines(extractor):
    e = only_event(extractor, "GAZA CITY, Oct 23 (Reuters) - Troops killed three gunmen in Jabalia in northern Gaza on "
                          "Tuesday, the military said.", "2024-10-23")
    assert e.actor1.country == "IL"
    e = only_event(extractor, "JENIN, West Bank - Palestinian troops arrested two men in Jenin on Tuesday.", "2024-10-23")
    assert e.actor1.country == "PS"
    # (elsewhere bare troops stay the report's country's)
    e = only_event(extractor, "KABUL - Troops killed three gunmen in Kunar on Tuesday.", "2024-10-23")
    assert e.actor1.country == "AF"

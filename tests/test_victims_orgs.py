"""Single victims, killers' numbers, tallies, speakers and organisations outside the catalog."""
from __future__ import annotations

import pytest

from attrition.nlp.orgs import OrgDetector
from attrition.nlp.victims import is_tally, numbers_killers, single_victims, victim_name
from attrition.records import Document


def _events(extractor, text):
    return extractor.analyse(Document(id="t", text=text)).events


def _deaths(extractor, text):
    return sum(e.fatalities.best for e in _events(extractor, text) if e.fatalities)


@pytest.mark.parametrize("text,want", [
    ("A policeman was shot dead in Jalalabad on 3 May 2021.", 1),
    ("Gunmen killed Mayor Alfredo Chamorro in Kandahar on 3 May 2021.", 1),
    ("Gunmen killed Dolores Hinostroza, the mayor of the district, in Kandahar on 3 May 2021.", 1),
    ("Militants killed a teacher, a policeman and a shopkeeper in Khost on 3 May 2021.", 3),
    ("Five militants and an army corporal were killed in a clash near Khost on 3 May 2021.", 6),
    ("The Taliban were blamed for the assassination of Judge Karim Nazari in Herat on 3 May 2021.", 1),
    ("Four masked gunmen murdered the district governor in Kunar on 3 May 2021.", 1),
    ("ISIS-K militants killed 7 people in Kunar on 5 June 2020.", 7),
    ("The Taliban denied any role in Ahmad Rahimi's murder in Herat on 3 May 2021.", 1),
])
def test_deaths_told_without_a_number_count_one_per_person(extractor, text, want):
    assert _deaths(extractor, text) == want


def test_a_period_tally_is_not_an_incident(extractor):
    assert _events(extractor, "Nearly 13,000 people have been killed by the insurgents since 1980.") == []
    assert _events(extractor, "The army said 1,775 people have been killed over the past 12 months.") == []
    assert _events(extractor, "Nearly 9,000 people have been killed since the insurgency began in 2004.") == []
    assert _events(extractor, "The senator said 630 people were killed in political violence in November.") == []


def test_a_breakdown_is_not_added_to_the_total(extractor):
    text = "Officials said 40 people were killed in the attack in Kunduz on 3 May 2021, including 12 children and 9 women."
    assert _deaths(extractor, text) == 40


def test_casualties_are_not_deaths(extractor):
    text = "The bombing in Kabul on 3 May 2021 caused nearly 300 casualties, with 27 dead."
    assert _deaths(extractor, text) == 27


def test_killers_number_and_tally_helpers():
    t = "Four alleged terrorists, all wearing masks, murdered Mayor Ali in the town."
    assert numbers_killers(t, len("Four"))
    t2 = "Four people murdered in the town were buried today."
    assert not numbers_killers(t2, len("Four"))
    assert is_tally("killed since the start of the war")
    assert not is_tally("killed in Kabul on Monday")


@pytest.mark.parametrize("text,trigger", [
    ("The bill was killed in committee.", "killed"),
    ("Human rights groups condemned the Islamic State's killing of prisoners.", "killing"),
])
def test_single_victims_skips_non_people(text, trigger):
    i = text.index(trigger)
    assert single_victims(text, [(i, i + len(trigger))], []) == []


def test_a_speaker_is_not_the_perpetrator(extractor):
    evs = _events(extractor, "Pakistani police said that a bomb exploded in a market in Peshawar on 3 May 2021, killing 4 people.")
    assert evs and all(e.actor1 is None or e.actor1.sector != "COP" for e in evs)
    evs = _events(extractor, "According to the Afghan police, gunmen killed 3 people in Khost on 3 May 2021.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.sector == "UAF"


@pytest.mark.parametrize("text,name,kind", [
    ("The Popular Liberation Army (EPL) attacked two towns on Monday.", "Popular Liberation Army", "armed_group"),
    ("Fighters of the Karen Freedom Front ambushed a convoy.", "Karen Freedom Front", "armed_group"),
    ("The Army of National Redemption claimed the attack.", "Army of National Redemption", "armed_group"),
    ("Leaders of the People's Unity Movement called a strike.", "People's Unity Movement", "political"),
])
def test_unknown_organisations_are_found_by_the_shape_of_their_names(text, name, kind):
    spans = OrgDetector().find(text, taken=[], country=None)
    assert [s.ref.name for s in spans][:1] == [name]
    assert spans[0].ref.kind == kind
    assert spans[0].ref.id == "org_" + name.lower().replace("'", "_").replace(" ", "_").replace("__", "_")


def test_an_acronym_defined_after_a_name_is_an_alias_for_the_document():
    text = "THE PATRIOTIC LIBERATION FRONT [PLF] ATTACKED A POST. LATER THE PLF WITHDREW."
    spans = OrgDetector().find(text, taken=[], country="SV")
    assert {s.ref.id for s in spans} == {"org_patriotic_liberation_front"}
    assert [s.text for s in spans].count("PLF") == 2


@pytest.mark.parametrize("text", [
    "Troops of the 4th Infantry Brigade patrolled the area.",
    "The National Guard and the Armed Forces were deployed.",
    "The Ministry of Defence issued a statement.",
    "ISIS-K and the Haqqani Network were mentioned.",
])
def test_state_organs_units_and_lists_are_not_organisations(text):
    taken = [(text.index("ISIS-K"), text.index("ISIS-K") + 6)] if "ISIS-K" in text else []
    names = [s.ref.name for s in OrgDetector().find(text, taken=taken, country=None)]
    assert all(n not in ("Infantry Brigade", "National Guard", "Armed Forces", "Ministry of Defence") for n in names)
    assert not any("ISIS-K" in n for n in names)


def test_unknown_group_becomes_the_perpetrator(extractor):
    evs = _events(extractor, "The Karen Freedom Front attacked an army post in Myawaddy on 3 May 2021, killing 5 soldiers.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.id == "org_karen_freedom_front"


@pytest.mark.parametrize("text", [
    "Military spokesmen told reporters that two soldiers were killed during a clash with rebels in Kunar on 3 May 2021.",
    "Six Afghan soldiers were killed on 3 May 2021 as a result of clashes with the Taliban in Kunar.",
])
def test_victims_and_speakers_are_not_the_side_that_attacked(extractor, text):
    evs = _events(extractor, text)
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.sector in ("UAF", "REB", "GOV") and evs[0].actor1.id != "af_andsf"
    assert evs[0].actor2 is not None and evs[0].actor2.sector == "MIL"


def test_the_rebels_of_a_report_naming_one_insurgent_group_are_that_group(extractor):
    one = ("The Karen Freedom Front announced a new offensive on Monday. "
           "On 3 May 2021 the rebels attacked an army post near Myawaddy, killing 5 soldiers.")
    evs = _events(extractor, one)
    assert evs and evs[-1].actor1 is not None and evs[-1].actor1.id == "org_karen_freedom_front"
    two = ("The Karen Freedom Front and the Shan Liberation Army announced a new offensive on Monday. "
           "On 3 May 2021 the rebels attacked an army post near Myawaddy, killing 5 soldiers.")
    evs = _events(extractor, two)
    assert evs and (evs[-1].actor1 is None or evs[-1].actor1.id == "unidentified_armed_group")


def test_near_misses_and_names_are_not_violence(extractor):
    assert _deaths(extractor, "The coach sued the doctors whose surgery in Boston in 2002 almost killed him.") == 0
    assert _events(extractor, "Mike Sanford took over as coach of the Runnin' Rebels on Monday in Las Vegas.") == []


def test_headlines_and_facility_names_are_not_organisations():
    assert OrgDetector().find("Group Cites Video Games for Violence, Sex", taken=[], country=None) == []
    text = "The satellite launched from Cape Canaveral Air Force Station in Florida on Monday."
    assert OrgDetector().find(text, taken=[], country=None) == []
    assert OrgDetector().find("Fans of the Runnin' Rebels cheered.", taken=[], country=None) == []


def test_a_country_that_modifies_a_noun_is_no_actor(extractor):
    a = extractor.analyse(Document(id="t", text="US agents raided the homes of five people in Ohio on Tuesday."))
    assert "us_government" not in {x.ref.id for x in a.actors}
    a = extractor.analyse(Document(id="t", text="China, on the other hand, fears the spread of militancy."))
    assert "cn_government" in {x.ref.id for x in a.actors}


def test_a_killing_only_named_in_a_reference_is_not_reported(extractor):
    assert _events(extractor, "Advocacy groups criticised video games that recreate the assassination of President Kennedy.") == []
    evs = _events(extractor, "Gunmen claimed the assassination of Judge Karim Nazari in Herat on 3 May 2021.")
    assert evs and evs[0].fatalities is not None and evs[0].fatalities.best == 1


def test_a_states_named_army_is_the_state(extractor):
    evs = _events(extractor, "The Somali National Army seized control of Toratorow town in southern Somalia on 3 May 2021.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.kind == "state" and evs[0].actor1.country == "SO"
    assert evs[0].acled_sub_event_type == "Government regains territory"


def test_the_first_of_allies_leads_and_recent_days_are_no_tally(extractor):
    evs = _events(extractor, "The Syrian army and allied fighters captured a key neighbourhood of Deir al-Zour on 3 May 2021.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.id == "mil_sy"
    evs = _events(extractor, "Government troops killed 12 rebels in Kachin over the last two days, the army said on 3 May 2021.")
    assert evs and evs[0].fatalities is not None and evs[0].fatalities.best == 12


def test_a_years_toll_for_a_country_is_no_incident(extractor):
    text = "UNAMA attributed 3,804 civilian deaths in Afghanistan in 2018 to the conflict."
    assert [e for e in _events(extractor, text) if e.fatalities] == []


def test_a_date_in_another_clause_is_not_the_events_date(extractor):
    text = ("The Taliban and ISIS-K have been enemies since the Islamic State set up its branch in 2015, "
            "and the bombing in Kabul was a challenge to the Taliban.")
    evs = _events(extractor, text)
    assert evs and all(e.date != "2015" for e in evs)


def test_a_country_acting_is_not_the_place_and_no_side_is_both(extractor):
    a = extractor.analyse(Document(id="t", text="The bombing came as the United States and its allies left, killing 12 people."))
    assert a.events and all(e.location is None or e.location.country != "US" for e in a.events)
    text = ("The Taliban said their fighters had captured the bases the Islamic State left behind in Nangarhar "
            "and that dozens of ISIS-K militants had been killed in the fighting.")
    evs = _events(extractor, text)
    assert evs and not any(e.actor1 and e.actor2 and e.actor1.id == e.actor2.id for e in evs)


@pytest.mark.parametrize("text", [
    "Gunmen killed a district governor in Khost on 3 May 2021. Officials blamed the attack on ISIS-K.",
    "Gunmen killed a district governor in Khost on 3 May 2021. ISIS-K was blamed for the killing.",
    "A district governor was killed this week by suspected fighters of the Islamic State Khorasan Province in Khost.",
])
def test_the_perpetrator_a_report_names_after_the_deed(extractor, text):
    evs = [e for e in _events(extractor, text) if e.fatalities]
    assert evs and evs[0].actor1 is not None and evs[0].actor1.id == "iskp"


def test_the_source_of_a_report_takes_no_part(extractor):
    text = ("Boko Haram militants attacked three villages in Borno on 3 May 2021, leaving 30 people dead, "
            "according to vigilantes.")
    evs = _events(extractor, text)
    assert evs and evs[0].actor1 is not None and evs[0].actor1.id == "boko_haram"
    assert evs[0].acled_sub_event_type == "Attack"


def test_a_fight_between_two_named_sides_needs_no_date(extractor):
    evs = _events(extractor, "Hezbollah fighters engaged in heavy clashes with ISIS-K near the mountain.")
    assert evs and {evs[0].actor1.id, evs[0].actor2.id} == {"hezbollah", "iskp"}
    assert _events(extractor, "Clashes between armed groups are common in the region.") == []


def test_one_bombing_told_by_headline_lead_and_later_lines_is_one_event(extractor):
    text = ("Suicide bomber kills dozens at Shia mosque in Kunduz\n\n"
            "KUNDUZ, Oct 8, 2021 - A suicide bomber struck a Shia mosque in Kunduz during Friday prayers, "
            "killing at least 46 people. ISIS-K claimed the attack. Officials said more than 100 people were wounded. "
            "Police said the bomber detonated his explosives among the worshippers.")
    evs = [e for e in extractor.analyse(Document(id="t", text=text, published="2021-10-08")).events
           if e.acled_event_type == "Explosions/Remote violence"]
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.id == "iskp"
    assert evs[0].fatalities is not None and evs[0].fatalities.best == 46


def test_a_month_and_a_day_in_it_can_be_one_event(extractor):
    text = ("A suicide bombing in Jalalabad in April 2015 killed 33 people. "
            "The bombing outside a bank in Jalalabad on 18 April 2015 was claimed by ISIS-K.")
    evs = extractor.analyse(Document(id="t", text=text)).events
    assert len(evs) == 1 and evs[0].date == "2015-04-18"


def test_an_attack_told_as_news_needs_no_armed_actor(extractor):
    text = "RANCAGUA, 31 Jul 88 -- The National Vanguard offices in Rancagua were attacked on 29 July 1988."
    evs = _events(extractor, text)
    assert evs and evs[0].plover_type == "ASSAULT" and evs[0].date == "1988-07-29"
    assert _events(extractor, "When the attacks came on 11 September 2001 in New York, the coach was at home.") == []


def test_to_death_after_a_violent_verb_kills(extractor):
    text = "Four masked men stabbed the deputy prefect to death in Pisco on 23 November 1988."
    assert _deaths(extractor, text) == 1
    assert _deaths(extractor, "A mob beat two men to death in Kabul on 3 May 2021.") == 2
    assert _events(extractor, "The court sentenced him to death on Monday.") == []


@pytest.mark.parametrize("text,want", [
    # a count after "the murder of" numbers people named by any plural noun, modifiers and all
    ("Police in Oruro investigate the murder of two young Dutch tourists on 3 May 2021.", 2),
    ("The bishop condemned the massacre of five Franciscan priests and three Bolivian citizens in Oruro on 3 May 2021.", 8),
    # an aside between dashes does not turn the people after it into a breakdown
    ("Marchers denounced the killing of four nuns -- two of whom were Irish -- and two maids in Oruro on 3 May 2021.", 6),
])
def test_people_named_by_a_plural_noun_are_counted(extractor, text, want):
    assert _deaths(extractor, text) == want


def test_counts_that_number_no_victims(extractor):
    # the number after "by" numbers the killers
    assert _deaths(extractor, "A shopkeeper was killed by two men on motorcycles in Oruro on 3 May 2021.") == 1
    # money is not people, even with people named after it
    assert _events(extractor, "Oil prices closed up 76 cents as traders said storms had hurt output.") == []
    # "his two murdered colleagues" names people, it tells no killing
    assert _events(extractor, "The engineer and his two murdered colleagues have raised concerns about video sites.") == []


def test_an_unknown_acronym_before_its_men_names_their_group(extractor):
    from attrition.records import Document
    text = "On Friday, QRV guerrillas kidnapped two engineers near Cuenca. The QRV later freed one of them."
    a = extractor.analyse(Document(id="t", text=text))
    assert any(e.actor1 is not None and e.actor1.name == "QRV" and e.actor1.kind == "armed_group" for e in a.events)
    qrv = [x for x in a.actors if x.ref.name == "QRV"]
    assert qrv and len(qrv[0].mentions) == 2  # the later bare "QRV" is the same group
    us = extractor.analyse(Document(id="u", text="US troops killed two gunmen in Kandahar on Friday.")).events
    assert all(e.actor1 is None or e.actor1.name != "US" for e in us)  # a country is no unknown group


def test_a_toll_over_many_places_or_acts_is_no_incident(extractor):
    assert [e for e in _events(extractor, "Officials said 11 people were killed in clashes in various parts of the country "
                                          "over the weekend.") if e.fatalities] == []
    assert [e for e in _events(extractor, "The senator said 212 people were killed in October as a result of violent acts.")
            if e.fatalities] == []
    # told as the sum of separate attacks, the toll is theirs: the attack told next keeps its own
    evs = _events(extractor, "Officials said three policemen were killed in separate attacks in the north on 2 May 2021. "
                             "A policeman was killed in a grenade attack on a checkpoint in Kunduz on 2 May 2021.")
    assert [e.fatalities.best for e in evs if e.fatalities] == [1]
    # the attacks happened: their event stays, without the sum as its toll
    evs = _events(extractor, "Gunmen killed seven villagers in separate attacks on three villages in Kunduz on 2 May 2021.")
    assert evs and all(e.fatalities is None for e in evs)
    # without a count, fighting across the country is still told
    assert _events(extractor, "Rebels attacked army posts across the country on 3 May 2021.")


def test_each_subject_after_that_is_a_victim(extractor):
    text = "Police said that a farmer was killed in the crossfire and that a policeman was also killed in Oruro on 3 May 2021."
    assert _deaths(extractor, text) == 2


def test_a_to_before_a_noun_is_no_infinitive(extractor):
    text = "The market in Oruro was subjected to artillery fire on 3 May 2021, resulting in the deaths of at least 9 people."
    assert _deaths(extractor, text) == 9


def test_dead_told_as_also_killed_add_to_the_event(extractor):
    text = ("Two soldiers were killed when rebels ambushed a convoy near Oruro on 3 May 2021. "
            "A driver was also killed in the ambush.")
    assert _deaths(extractor, text) == 3
    # a later report of the same dead does not add
    text = ("Two soldiers were killed when rebels ambushed a convoy near Oruro on 3 May 2021. "
            "The army said the two soldiers were killed in the ambush.")
    assert _deaths(extractor, text) == 2


def test_deaths_named_beside_the_act(extractor):
    # "the death of" a person in the sentence of an attack numbers its dead; a death that dates the attack does not
    assert _deaths(extractor, "The rebels claimed the bombing in Oruro on 3 May 2021 and said they regret the death "
                              "of a civilian.") == 1
    assert _deaths(extractor, "The attack in Oruro on 3 May 2021 came two years after the death of his father.") == 0
    assert _deaths(extractor, "A judge who was shot in the head and killed in Oruro on 3 May 2021 was buried today.") == 1
    # "the first leader killed since X took power" looks back over a period
    assert _events(extractor, "He is the first party leader killed since President Cerezo took power.") == []


def test_english_words_in_all_caps_copy_are_no_actors(extractor):
    from attrition.records import Document
    text = ("LIMA, 3 MAY 90 (EFE) -- [TEXT] THE COMMANDER, WHO LED THE RAID, SAID: LET US BE CLEAR. IN FACT, "
            "THE ELN KILLED TWO GUARDS IN TUMACO YESTERDAY.")
    a = extractor.analyse(Document(id="t", text=text))
    names = {x.ref.name for x in a.actors}
    assert not any("Health" in n or "Lashkar" in n for n in names)
    assert any("ELN" in n for n in names)  # a real three-letter acronym still counts


def test_the_same_named_dead_are_one_event(extractor):
    text = ("Rebels claimed responsibility for the murder of Ana Lucia Quispe Mamani, a teacher in Oruro, on 3 May 2021. "
            "The rebels said she was an informer. Police said the weather was cold. The market reopened. "
            "Quispe Mamani was killed on the night of 1 May as she walked home from a meeting.")
    evs = [e for e in _events(extractor, text) if e.fatalities]
    assert len(evs) == 1 and evs[0].fatalities.best == 1
    # two people with one surname are two dead
    text = ("Gunmen killed Juan Lopez in Oruro on 3 May 2021. The market reopened. Schools stayed shut. "
            "Trade was slow. Gunmen killed Maria Lopez in Potosi on 5 May 2021.")
    assert _deaths(extractor, text) == 2


def test_a_name_and_its_titles_are_one_person(extractor):
    assert _deaths(extractor, "Gunmen killed Juan Perez, senator and party leader, in Oruro on 3 May 2021.") == 1
    assert _deaths(extractor, "Gunmen killed Mayor Juan Perez, judge Ana Gomez and policeman Luis Ruiz in Oruro "
                              "on 3 May 2021.") == 3
    assert _deaths(extractor, "ORURO, 3 MAY 21 -- GUNMEN KILLED MR. JUAN PEREZ, A LOCAL LAWYER, IN ORURO TODAY.") == 1


def test_a_killing_told_without_its_toll_takes_the_dead_a_reference_names(extractor):
    told = "The police said gunmen carried out the murder in Oruro on 3 May 2021."
    evs = _events(extractor, "We condemn the vile murder of Ana Quispe Mamani. The market reopened. Schools stayed shut. " + told)
    assert len(evs) == 1 and evs[0].fatalities is not None and evs[0].fatalities.best == 1
    # a reference far from the killing numbers nothing, unless the killing's sentences name the dead
    # nor a killing told with another word: "the massacre at the mine" is not "the murder of Ana Quispe Mamani"
    assert _deaths(extractor, "We condemn the vile murder of Ana Quispe Mamani. The market reopened. "
                              "The massacre at the mine in Oruro on 3 May 2021 shocked the country.") == 0
    far = "We condemn the vile murder of Ana Quispe Mamani. The market reopened. Schools stayed shut. Trade was slow. Prices rose. "
    assert _deaths(extractor, far + told) == 0
    assert _deaths(extractor, far + "The police said gunmen who had threatened Quispe Mamani carried out the murder "
                                    "in Oruro on 3 May 2021.") == 1


def test_a_disasters_toll_is_no_attack(extractor):
    text = ("The president spoke of the damage the cyclone caused in the east. "
            "He said there were 84 dead, 120 injured and 3,000 houses destroyed.")
    assert _deaths(extractor, text) == 0


def test_suspects_are_not_victims_but_their_case_numbers_the_dead(extractor):
    text = ("Gunmen carried out the murder in a convent in Oruro on 3 May 2021. "
            "The minister promised to punish the three soldiers accused of murdering the four nuns.")
    assert _deaths(extractor, text) == 4
    # "the murdered nuns" names them; it is not "murdered" with an object
    assert _deaths(extractor, "The ghosts of the murdered nuns followed the minister on his tour of Oruro on 3 May 2021.") == 0


def test_a_list_of_names_that_were_killed(extractor):
    text = ("The committee paid homage to Ana Quispe and Luis Mamani, members of the miners' union who were killed "
            "by gunmen in Oruro on 3 May 2021.")
    assert _deaths(extractor, text) == 2
    assert _deaths(extractor, "Ana Quispe, Juan Perez and Luis Mamani were killed by gunmen in Oruro on 3 May 2021.") == 3


def test_a_list_after_include_is_a_breakdown(extractor):
    text = "The people killed in the attack in Oruro on 3 May 2021 include around 30 deputies and many mayors."
    assert _deaths(extractor, text) == 0


def test_people_held_before_they_were_killed_are_victims(extractor):
    assert _deaths(extractor, "Three men detained in a raid in Oruro on 3 May 2021 were killed in custody.") == 3


@pytest.mark.parametrize("text", [
    "Gunmen assasinated Mayor Karim Nazari in Herat on 3 May 2021.",
    "THE DISTRICT JUDGE WAS ASSASINATED BY GUNMEN IN HERAT ON 3 MAY 2021.",
    "Police blamed the militants for the assasination of Judge Karim Nazari in Herat on 3 May 2021.",
    "Police blamed the militants for the assassinations of Judge Karim Nazari and his driver in Herat on 3 May 2021.",
])
def test_the_common_misspelling_and_the_plural_of_assassination_are_killings(extractor, text):
    assert _deaths(extractor, text) >= 1


@pytest.mark.parametrize("text,want", [
    ("KABUL, 3 MAY 21 -- GUNMEN KILLED HAMID NAZARI AND ANA LOPEZ IN HERAT TODAY.", 2),
    ("KABUL, 3 MAY 21 -- THE UNION SAID THAT MARIA LUISA RAMOS' DEATH IN THE BOMB ATTACK ON ITS OFFICES HAD ANGERED WORKERS.", 1),
])
def test_a_name_in_capitals_that_starts_with_a_given_name_is_a_person(extractor, text, want):
    assert _deaths(extractor, text) == want


def test_caps_name_needs_a_given_name_and_no_place_head():
    from attrition.nlp.victims import caps_name
    assert caps_name("HAMID NAZARI")
    assert not caps_name("JOSE MARIA CORDOBA AIRPORT")
    assert not caps_name("NATIONAL ARMY")
    assert not caps_name("HAMID")


def test_events_of_the_same_named_dead_fold_into_one():
    from types import SimpleNamespace as NS
    from attrition.nlp.merge import _fold_named
    from attrition.records import Count
    violent = NS(violent=True)

    def acc(victims, fat):
        return NS(victims=set(victims), typing=violent, modality="asserted", evidence=[object()], sents=[0],
                  fat=Count(best=fat, low=fat, high=fat) if fat else None)
    first, again, other = acc({"hamid nazari"}, 1), acc({"nazari"}, 1), acc({"ana lopez"}, 1)
    kept = _fold_named([first, again, other])
    assert kept == [first, other] and first.fat.best == 1 and len(first.evidence) == 2
    assert len(_fold_named([acc({"hamid nazari"}, 1), acc({"karim nazari"}, 1)])) == 2


def test_a_list_of_names_in_capitals_that_were_killed(extractor):
    text = ("KABUL, 3 MAY 21 -- HAMID NAZARI, THE SCHOOL'S HEADMASTER, AND ANA LOPEZ, THE OFFICE ADMINISTRATOR, WERE "
            "KILLED TODAY IN SEPARATE ATTACKS CARRIED OUT BY GUNMEN IN HERAT.")
    assert _deaths(extractor, text) == 2


def test_the_same_toll_told_again_of_the_attack_is_one_event(extractor):
    text = ("Kabul, 25 Oct 2021 -- In another act of violence, 18 people were killed near Khost. The attack killed nine "
            "policemen and nine civilians, including four clerks who had been in Gardez on Sunday for the election.")
    assert _deaths(extractor, text) == 18


def test_the_toll_of_an_offensive_is_a_sum_of_attacks(extractor):
    assert [e for e in _events(extractor, "In its first two days, the rebel offensive has caused 210 casualties, 84 dead and "
                                          "126 wounded, the army said in Oruro on 3 May 2021.") if e.fatalities] == []
    assert [e for e in _events(extractor, "Oruro, 3 May 2021 -- A rebel offensive today left 31 insurgents and 4 policemen "
                                          "dead, officials said.") if e.fatalities] == []
    # one attack called an offensive keeps its toll, and so does a deed told within an offensive
    assert _deaths(extractor, "The offensive on the garrison at Oruro on 3 May 2021 left six soldiers dead.") == 6
    assert _deaths(extractor, "During their offensive, rebels ambushed a convoy near Oruro on 3 May 2021, "
                              "killing four policemen.") == 4


def test_a_running_total_of_the_week_keeps_its_perpetrator_not_its_toll(extractor):
    text = ("Oruro, 9 May 2021 -- Police said nine farmers have been murdered this week by members of the Shining Path. "
            "Three brothers were shot dead in Caracollo on Friday.")
    events = _events(extractor, text)
    assert _deaths(extractor, text) == 3
    assert any(e.actor1 is not None and e.actor1.name == "Shining Path" for e in events)


@pytest.mark.parametrize("text,want", [
    ("Miners struck in memory of a union leader killed 13 days ago along with six other workers in a blast in Oruro.", 7),
    ("A nurse murdered near Oruro on 3 May 2021 together with two other women was buried today.", 3),
    # an active verb's subject is the killer: "the gunman" is not one of the dead
    ("The gunman killed a farmer along with two other men near Oruro on 3 May 2021.", 3),
])
def test_the_one_told_beside_others_is_counted_with_them(extractor, text, want):
    assert _deaths(extractor, text) == want


@pytest.mark.parametrize("text,want", [
    # a wire report's dateline is not part of the first sentence's subject or count
    ("Kunduz, 3 May 21 -- A soldier and a rebel have been killed in a clash near the city.", 2),
    ("Kunduz, 3 May 21 -- Two soldiers were killed in an ambush near the city.", 2),
    # people whose own verb tells another fate are not dead
    ("Two soldiers were killed and two others were taken hostage by rebels near Kunduz on 3 May 2021.", 2),
    ("Three policemen were killed and four were kidnapped in Kunduz on 3 May 2021.", 3),
])
def test_dateline_and_other_fates_do_not_change_the_count(extractor, text, want):
    assert _deaths(extractor, text) == want


def test_a_lead_that_sums_the_deeds_told_after_it_adds_no_dead(extractor):
    lead = "Kabul, 3 May 21 -- A soldier and a rebel have been killed in the latest clashes between the army and the rebels. "
    parts = ("According to military reports, Corporal Ahmad Wali was killed as he was trying to defuse a mine placed by "
             "the rebels on a bridge in Jalalabad.\n\nMeanwhile, army troops killed a rebel in a skirmish on the slopes of "
             "a hill in Kunduz Province.")
    assert _deaths(extractor, lead + parts) == 2
    # a lead about one deed of its own keeps its toll, whatever the later ones add up to
    one = "Kabul, 3 May 21 -- Two soldiers were killed when rebels stormed a checkpoint in Kabul. "
    assert _deaths(extractor, one + parts.replace("Corporal Ahmad Wali", "a policeman")) == 4


def test_one_toll_told_by_two_sources_is_one_toll(extractor):
    evs = _events(extractor, "Police said 10 people were killed in the bombing in Kunduz on 3 May 2021, but hospital "
                             "officials said 12 were killed.")
    assert [(e.fatalities.low, e.fatalities.best, e.fatalities.high) for e in evs if e.fatalities] == [(10, 10, 12)]
    # two sources telling of two places are two deeds
    evs = _events(extractor, "Police said two soldiers were killed in Kunduz on 3 May 2021, but the army said three "
                             "rebels were killed in Herat.")
    assert sorted(e.fatalities.best for e in evs if e.fatalities) == [2, 3]


def test_a_name_after_a_title_is_a_person_not_a_place(extractor):
    text = ("Gunmen killed 15 farmers in Kunduz on the night of 3 May 2021. The first report gave 10 killed, but Gen Medina "
            "gives 12 killed and 9 injured.")
    evs = _events(extractor, text)
    assert all(e.location is None or e.location.country == "AF" for e in evs)
    assert _deaths(extractor, text) == 15


def test_the_one_victim_of_a_list_is_named_by_its_own_item():
    assert victim_name("Judge Ana Quispe and those found to be members of the death squads", False) == "ana quispe"
    assert victim_name("JUDGE ANA QUISPE AND THOSE FOUND TO BE MEMBERS OF THE DEATH SQUADS", True) == "ana quispe"
    assert victim_name("the mayor and Juan Mamani", False) == "juan mamani"
    assert victim_name("a policeman and a soldier", False) is None


def test_those_killed_include_is_no_killing_of_its_own(extractor):
    # the members of a toll told as a whole (here a year's tally): no incident of their own
    text = ("Officials said 900 people were killed in political violence in 2020. The people killed include Juan Mamani, "
            "a union leader, around 30 councillors and many mayors.")
    assert _deaths(extractor, text) == 0


@pytest.mark.parametrize("text", [
    "Thousands of students marched in Kunduz on 3 May 2021 against the killing of two teachers.",
    "Hundreds protested in Kunduz on 3 May 2021 over the murder of journalist Ahmad Wali.",
    "The government sent a protest note to Pakistan on 3 May 2021 for the murder of two Afghan traders.",
])
def test_the_killing_a_protest_is_about_is_not_its_toll(extractor, text):
    evs = _events(extractor, text)
    assert evs and all(e.plover_type == "PROTEST" and e.fatalities is None for e in evs)


def test_a_killing_at_a_protest_is_its_toll(extractor):
    assert _deaths(extractor, "Police fired on protesters in Kunduz on 3 May 2021, killing three.") == 3


def test_an_adjective_before_a_place_is_no_title(extractor):
    evs = _events(extractor, "A bomb exploded in a major Kandahar market on 3 May 2021, killing four people.")
    assert evs and evs[0].location is not None and evs[0].location.name == "Kandahar"


@pytest.mark.parametrize("text,want", [
    ("Kunduz, 3 May 21 -- Gunmen killed Ahmad Wali and Karim Nazari near the border on 29 April. They were killed "
     "along with 12 other traders.", [14]),
    # the dead named as what a protest is about are known again when the next sentence tells their killing
    ("Kunduz, 3 May 21 -- The government sent a protest note to Pakistan for the murder of Ahmad Wali and Karim Nazari "
     "on 29 April. They were shot dead along with 12 other traders near the border.", [14]),
    # without the others, "they" adds no one
    ("Kunduz, 3 May 21 -- Gunmen killed two policemen at a checkpoint in Kunduz on Sunday. They were killed near the "
     "gate.", [2]),
])
def test_they_killed_along_with_others_adds_those_named_before(extractor, text, want):
    # one killing, told whole in the second sentence: one event with every dead
    assert [e.fatalities.best for e in _events(extractor, text) if e.fatalities] == want


@pytest.mark.parametrize("text,want", [
    # the marks of violence in the sentence or in the one after it make a find a killing
    ("Police found the bodies of three farmers in a ditch outside Kandahar on 3 May 2021; their hands were tied.", 3),
    ("The bullet-riddled body of a shopkeeper was found in Khost on 3 May 2021.", 1),
    ("The body of a man was found on the road to Khost on 3 May 2021. He had been shot in the head.", 1),
    ("Police in Herat identified on 3 May 2021 the body of a shopkeeper found last week near the river. "
     "He had been tortured.", 1),
    ("JALALABAD, 3 MAY 90 -- THE BODIES OF AHMAD KARIMI, A TEACHER, AND HAMID NOORI, A DRIVER, WERE FOUND NEAR "
     "THE BRIDGE, POLICE REPORTED. BOTH HAD BEEN SHOT.", 2),
])
def test_bodies_found_with_marks_of_violence_are_a_killing(extractor, text, want):
    assert _deaths(extractor, text) == want


@pytest.mark.parametrize("text", [
    "The body of a climber was found near the summit on 3 May 2021, rescuers said. He had fallen in a storm.",
    "The body of a hiker was found in Khost on 3 May 2021. It showed no signs of violence, though a shot glass lay nearby.",
    "Astronomers found the bodies of water on the moon were shot through with ice, NASA said on 3 May 2021.",
    # a bulletin is no bullet
    "The body of a fisherman was found on the shore near Karachi on 3 May 2021, the police bulletin said.",
])
def test_a_body_found_without_marks_of_violence_is_no_killing(extractor, text):
    assert [e for e in _events(extractor, text) if e.fatalities] == []


def test_bodies_found_of_people_abducted_end_the_abduction(extractor):
    text = ("Herat, 3 May 21 -- The bodies of Ahmad Karimi, a union leader, and Hamid Noori were found near the river on "
            "Wednesday, police said. Both had been shot in the head. Relatives said armed men had abducted Karimi and "
            "Noori in Herat on Monday.")
    evs = [e for e in _events(extractor, text) if e.plover_type == "ASSAULT"]
    assert len(evs) == 1
    assert evs[0].acled_sub_event_type == "Abduction/forced disappearance"
    assert evs[0].fatalities is not None and evs[0].fatalities.best == 2


def test_bodies_found_far_from_where_they_were_abducted_end_the_abduction(extractor):
    # another town more than 50 km away keeps drafts apart; the named dead bring the find to the abduction
    text = ("Kandahar, 3 May 21 -- The bodies of Ahmad Karimi, a union leader, and Hamid Noori were found near Kandahar on "
            "Wednesday, police said. Both had been shot in the head. Relatives said armed men had abducted Karimi and "
            "Noori in Herat on Monday.")
    evs = [e for e in _events(extractor, text) if e.plover_type == "ASSAULT"]
    assert [(e.acled_sub_event_type, e.fatalities and e.fatalities.best) for e in evs] == \
        [("Abduction/forced disappearance", 2)]


def test_a_place_between_a_killing_word_and_its_victim():
    text = "The leaflet referred to the murder in Mazar, Balkh, of Deputy Governor Karim Nazari."
    found = single_victims(text, [], [])
    assert [(c.best, kind) for _, _, c, kind in found] == [(1, "kill_ref")]
    assert victim_name(text[found[0][0]: found[0][1]], False) == "karim nazari"
    # "of" after a common noun belongs to it, not to the killing
    assert single_victims("He recalled the murder in the city of Herat.", [], []) == []


@pytest.mark.parametrize("deed", ["killing", "assassination", "murder"])
def test_a_reference_numbers_a_claimed_killing_told_with_another_murder_word(extractor, deed):
    text = ("Kabul, 3 May 21 -- The leaflet referred to the murder in Mazar, Balkh, of Deputy Governor Karim Nazari. "
            f"The self-styled Balkh Liberation Front claimed responsibility for the {deed}.")
    evs = _events(extractor, text)
    assert [e.fatalities and e.fatalities.best for e in evs] == [1]


def test_a_reference_does_not_number_another_kind_of_death(extractor):
    # a massacre is not the murder the reference names
    text = ("Kabul, 3 May 21 -- The leaflet referred to the murder in Mazar, Balkh, of Deputy Governor Karim Nazari. "
            "The self-styled Balkh Liberation Front claimed responsibility for the massacre.")
    assert all(e.fatalities is None for e in _events(extractor, text))


@pytest.mark.parametrize("text", [
    "A lawyer was shot at the market in Kandahar on 3 May 2021 and was pronounced dead at a clinic.",
    # the shooting told in the sentence before
    "A gunman fired on a lawyer at the market in Kandahar on 3 May 2021. The lawyer was taken to a clinic, where he "
    "was pronounced dead on arrival.",
])
def test_pronounced_dead_after_a_shooting_is_its_toll(extractor, text):
    assert _deaths(extractor, text) == 1


@pytest.mark.parametrize("text", [
    "The striker collapsed on the pitch in Kandahar on 3 May 2021 and was pronounced dead at a clinic.",
    # an accident is no shooting, whatever the bus carried
    "A bus carrying a rifle club overturned in an accident near Kandahar on 3 May 2021. The driver was taken to a "
    "clinic, where he was pronounced dead.",
])
def test_pronounced_dead_without_a_shooting_is_no_killing(extractor, text):
    assert _events(extractor, text) == []


def test_a_war_s_toll_is_a_tally_not_a_deed_s():
    from attrition.nlp.victims import is_tally
    assert is_tally("The United Nations estimates that the war had killed 377,000 people by the end of 2021.")
    assert is_tally("The conflict has killed more than 10,000 people, according to monitors.")
    # a deed's toll is none
    assert not is_tally("A drone attack killed three people near a fuel depot on Monday.")

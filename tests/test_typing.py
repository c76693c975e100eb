"""Event typing rules (nlp/typing.py, the trigger lexicon and EventExtractor._draft), on sentences written for
these tests: ACLED sub-event types for plainly told non-violent acts, protest sub-types, and the words of
violence that tell of no conflict event (accidents, court cases, metaphors)."""
from __future__ import annotations

import pytest

from attrition.records import Document

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _events(extractor, text: str) -> list[dict]:
    return [r for r in extractor.extract(Document(id="t", text=text)) if r["type"] == "event"]


def _subs(extractor, text: str) -> list[str | None]:
    return [e["acled_sub_event_type"] for e in _events(extractor, text)]


def _top(extractor, text: str) -> str | None:
    evs = [e for e in _events(extractor, text) if e["acled_event_type"]]
    return max(evs, key=lambda e: e["confidence"])["acled_sub_event_type"] if evs else None


# --- non-violent acts told with generic actors ------------------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    # a specific arrest verb and people: no named actor needed
    ("Police arrested eleven opposition activists in the capital on Monday.", "Arrests"),
    ("Dozens of students were detained in the northern city overnight.", "Arrests"),
    # seizure verb + weapon noun makes a disrupted weapons use; the seized grenade is no grenade attack
    ("Soldiers seized four rifles, two grenades and 300 rounds of ammunition at a checkpoint in the east.",
     "Disrupted weapons use"),
    ("Two explosive devices were found near the bus station on Friday.", "Disrupted weapons use"),
    ("The army defused a roadside bomb on the main highway.", "Disrupted weapons use"),
    ("Security forces foiled a suicide attack on a police station in the south.", "Disrupted weapons use"),
    # an arrest raid with no one hurt is a security operation, not an assault
    ("Troops arrested 14 suspected militants during overnight raids across the province.", "Arrests"),
    # setting up a military post or base
    ("Foreign troops have set up a new military post near the border town.", "Headquarters or base established"),
    ("The army established two new bases in the mountain district last week.", "Headquarters or base established"),
    # ceasefires and surrenders between armed parties
    ("Rebel fighters and government forces agreed a three-day ceasefire in the eastern towns.", "Agreement"),
    ("More than forty militants surrendered to the army in the northern province on Sunday.", "Agreement"),
    # troop movements of an armed actor
    ("The army has deployed hundreds of troops to the northern border region.", "Change to group/activity"),
    ("Around 300 soldiers defected to the rebel side in the eastern province.", "Change to group/activity"),
    # looting told in the passive, with no one named
    ("Several shops were looted in the market district on Tuesday night.", "Looting/property destruction"),
    # territory: a capture verb needs a territorial object or a place name
    ("Government forces recaptured the town after a week-long offensive.", "Government regains territory"),
    ("Soldiers withdrew from the border crossing on Sunday, local officials said.", "Non-violent transfer of territory"),
])
def test_plain_non_violent_acts_are_typed(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text", [
    "Arms makers show a new videogame for soldiers.\n\nThe player is driving through a desert town when gunmen open fire.",
    "Critics say the simulation is too real: the player shoots and kills three bystanders.",
])
def test_violence_in_a_game_or_a_simulation_is_no_event(extractor, text):
    assert _events(extractor, text) == []


@pytest.mark.parametrize("text", [
    # business and sports senses of the same words: no ACLED event
    "The two companies signed an agreement to share their mobile networks.",
    "The union and the carmaker reached a deal after talks on Monday.",
    "The champions captured the title with a late goal on Saturday.",
    "The software company deployed a new version of its search engine.",
    "The firm opened a new office in the city centre.",
    "Investors found the stock attractive after the company set up a new fund.",
    # signing a letter or a statement is no agreement, whoever signs it
    "The letter, signed by the Taliban's deputy leader, was posted on the movement's website.",
    "The statement was signed by twelve militia commanders in Tripoli.",
    # a country before a possessive is a place, however the feed spelled the apostrophe
    "Britain #39;s biggest cable company agreed to sell its broadcasting arm to Australia #39;s largest bank.",
])
def test_everyday_senses_are_not_acled_events(extractor, text):
    assert _top(extractor, text) is None


def test_arrests_for_ordinary_crime_are_not_acled_arrests(extractor):
    assert _top(extractor, "Police arrested three men suspected of smuggling cocaine through the port.") is None


# --- protests ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    ("Thousands of protesters marched through the capital on Saturday to demand new elections.", "Peaceful protest"),
    ("Protesters threw rocks and bottles at police outside the parliament on Sunday.", "Violent demonstration"),
    ("Demonstrators clashed with police in the city centre during the rally.", "Violent demonstration"),
    ("Police fired tear gas to disperse hundreds of protesters outside the ministry.", "Protest with intervention"),
    ("Police used stun grenades to break up a sit-in by students.", "Protest with intervention"),
    ("Security forces opened fire on demonstrators in the southern city, killing four.",
     "Excessive force against protesters"),
])
def test_protest_sub_types(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_riot_police_alone_make_no_riot(extractor):
    assert _top(extractor, "Riot police stood by as the students held a silent vigil.") == "Peaceful protest"


# --- words of violence that tell of no conflict event ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "A strong earthquake killed at least twelve people in the mountain villages, officials said.",
    "A gas cylinder exploded in a restaurant kitchen, injuring five workers.",
    "Four people were killed when a fuel tanker exploded on the highway after a collision.",
    "Nine people have died in the floods that hit the coastal province this week.",
    "A small plane crashed shortly after take-off, killing all six people aboard.",
    # court cases and charges about a crime
    "The footballer's sexual assault trial opened on Monday with jury selection.",
    "The former coach was charged with murder on Tuesday, prosecutors said.",
])
def test_accidents_and_court_cases_are_not_violent_events(extractor, text):
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text", [
    # an accident word does not cancel a deliberate attack
    "Militants detonated a bomb at a gas plant in the north, killing three guards.",
    "Gunmen attacked a factory in the industrial zone, killing two workers.",
])
def test_attacks_near_accident_words_stay_violent(extractor, text):
    assert [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


# --- which act a clause tells ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    # the agreement is the event; the fighting is its background
    ("The two armed groups agreed a truce in the valley after weeks of heavy fighting.", "Agreement"),
    ("Hundreds of rebel fighters surrendered to the army amid continuing air strikes in the north.", "Agreement"),
    # a seizure list of weapons is not an attack with them
    ("Soldiers captured 40 rifles, six mortars and a rocket launcher in the forest.", "Disrupted weapons use"),
    # territory changing hands after the other side left, with no fighting
    ("Rebel fighters took control of the town after government troops pulled out on Sunday.",
     "Non-violent transfer of territory"),
])
def test_first_act_of_the_clause_is_the_event(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_counted_dead_keep_the_violence(extractor):
    # the frame counts its dead: the fighting is the event, not context
    assert _top(extractor, "Rebels agreed to talks after clashes with soldiers killed 12 people in the town.") != "Agreement"


def test_weapon_before_an_active_verb_is_not_seized(extractor):
    # "a rocket destroyed": the weapon is the subject, not an object seized
    assert _top(extractor, "A rocket fired by militants hit a house and wounded three children in the village.") \
        != "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    # contests, not combat
    "The two drug makers ended their legal battle over the patent on Friday.",
    "The software maker won a tough battle over its rival for the city's computers.",
    "The home side battled to a 2-1 league win over the visitors on Sunday.",
    # a sports report naming a player after a nerve agent
    "Tom Sarin ran for 150 yards as the college team earned a 28-7 victory over the Army Black Knights.",
    # a crime told as the subject of a court case
    "The singer goes on trial next month on charges he assaulted a photographer.",
    "A woman accused the team's coach of rape in a civil suit filed on Monday.",
    # a past event named by its year
    "Tourism has recovered since the 2001 terrorist attacks, the travel board said.",
    # held hostage by something that is no captor
    "The city budget is held hostage by the dispute between the two parties.",
])
def test_figurative_and_legal_violence_words_are_not_violent_events(extractor, text):
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    ("Syrian government troops battled rebels for control of the highway near Aleppo on Tuesday.", "Armed clash"),
    ("Inspectors said chlorine gas was likely dropped on a rebel-held town near Idlib in Syria in June.", "Chemical weapon"),
])
def test_real_fighting_and_chemical_use_stay_violent(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text, sub", [
    # road blockades and burning tyres are a violent demonstration in ACLED's terms
    ("Hundreds of protesters blocked roads and burned tyres in the capital on Monday.", "Violent demonstration"),
    # what a protest is about is not how it went
    ("Thousands of students marched in the capital on Friday to protest against gun violence.", "Peaceful protest"),
    ("Hundreds of demonstrators rallied outside the court to decry the arrests of journalists.", "Peaceful protest"),
    # protesters hurt by the forces that dispersed them
    ("Police fired tear gas and live rounds at protesters in the capital, wounding twelve.",
     "Excessive force against protesters"),
    ("Soldiers violently suppressed a peaceful protest by farmers in the town on Sunday.",
     "Excessive force against protesters"),
    # a crowd without a demonstration behind it
    ("An angry mob lynched a man accused of theft in the village on Tuesday.", "Mob violence"),
    ("A mob set ablaze two houses in the district after a dispute over land.", "Mob violence"),
])
def test_protest_and_mob_sub_types(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text, sub", [
    # clashes stay clashes when people die in them; "people" says nothing about who they were
    ("Army troops and rebel fighters clashed near the northern town of Kunduz in Afghanistan, killing nine people.",
     "Armed clash"),
    ("A shoot-out between police and gunmen in Karachi, Pakistan left two officers wounded.", "Armed clash"),
    # weapon lexicon: plural and descriptive forms
    ("Two suicide bombings at a market in Baghdad, Iraq killed 14 people on Sunday.", "Suicide bomb"),
    ("Landmines planted by insurgents killed three soldiers on a road in Kunar, Afghanistan.",
     "Remote explosive/landmine/IED"),
    ("Government forces fired shells filled with poisonous gas at the town of Douma in Syria, witnesses said.",
     "Chemical weapon"),
    # aircraft that strike
    ("Syrian warplanes pounded rebel positions near Idlib on Monday, killing six fighters.", "Air/drone strike"),
    # a grenade thrown at soldiers is a grenade attack even beside a protest
    ("Men hurled two grenades at soldiers guarding the protest camp in Bangkok, Thailand, wounding four.", "Grenade"),
])
def test_weapon_and_battle_typing(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text, sub", [
    ("Police threw stun grenades to disperse the protesters outside the ministry.", "Protest with intervention"),
    ("Protesters threw petrol bombs at police during the march in the capital.", "Violent demonstration"),
])
def test_crowd_control_and_riot_tools_are_not_explosions(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_football_air_attack_is_not_an_air_strike(extractor):
    text = "The quarterback's four touchdown passes led an efficient air attack as the Broncos beat the Raiders."
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    ("Iraqi security forces freed several villages from the militants in the north on Wednesday.",
     "Government regains territory"),
    ("The army drove the insurgents out of key areas of the province after a week of operations.",
     "Government regains territory"),
    ("Turkish troops continue to deploy reinforcements to their observation posts in the province.",
     "Change to group/activity"),
    ("Shops and houses were burned in the township after the unrest spread on Tuesday.", "Looting/property destruction"),
])
def test_more_plain_acts(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text", [
    # business and economics senses of capture and loot verbs
    "Surging energy costs drove US consumer prices up by 0.6 percent last month.",
    "The regulator has cleared the bank's takeover of its British rival.",
    "Hackers reopened an online store selling stolen code.",
    # soldiers helping after a disaster make no change to an armed group's activity
    "After torrential rains, the military mobilised to help people trapped in the flooded villages.",
])
def test_no_acled_event_in_these(extractor, text):
    assert _top(extractor, text) is None


def test_an_explosion_after_an_accident_is_the_accident(extractor):
    text = ("A gas tank exploded in a warehouse in the port on Monday. "
            "The explosion shattered windows across the district, the fire brigade said.")
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    ("Security forces destroyed 40 mines and 12 improvised explosive devices during an operation in the south.",
     "Disrupted weapons use"),
    ("Thirty pistols and 5,000 bullets were captured in the capital on Friday.", "Disrupted weapons use"),
    ("The army has captured a senior rebel commander in the eastern province.", "Arrests"),
])
def test_seized_weapons_and_captured_commanders(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_aircraft_alone_make_no_air_strike(extractor):
    text = "Two military planes entered the air defence zone, prompting the air force to scramble fighter jets."
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    # the protest noun is the trigger and the actor at once
    ("Hundreds of protesters rallied in several cities on Saturday, with clashes in the capital.", "Violent demonstration"),
    ("Farmers blocked roads and railways across the state to protest the new farm laws.", "Violent demonstration"),
    ("Demonstrators threw rocks and projectiles at the police line outside the ministry.", "Violent demonstration"),
])
def test_more_violent_demonstrations(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_a_violent_protest_outranks_its_peaceful_mention(extractor):
    text = ("Stone-throwing protesters clashed with police in the capital of Chile on Friday. "
            "Demonstrators returned to the streets of Santiago on Saturday for a peaceful rally against the government.")
    assert _top(extractor, text) == "Violent demonstration"


def test_vigilantes_as_a_source_do_not_make_mob_violence(extractor):
    text = "Militants attacked three villages in north-eastern Nigeria, leaving 30 people dead, according to vigilantes."
    assert _top(extractor, text) != "Mob violence"


def test_a_specific_act_outranks_a_loose_word_of_another(extractor):
    text = "The army has set up a sixth observation post in the province as part of a deal it agreed with its neighbours."
    assert _top(extractor, text) == "Headquarters or base established"


def test_in_the_past_few_days_is_not_generic(extractor):
    text = "The Syrian army has deployed troops in areas near the border in the past few days."
    assert _top(extractor, text) == "Change to group/activity"


@pytest.mark.parametrize("text, sub", [
    # soldiers marching are no protest
    ("Syrian government forces captured a central town and marched deeper into a rebel-held neighbourhood of Damascus.",
     "Government regains territory"),
    # territory recovered after the other side withdrew under bombardment is no peaceful handover
    ("Government forces recovered control of two villages in Syria from rebel fighters who withdrew following "
     "intensive artillery bombardment.", "Government regains territory"),
    # raids flown by helicopters are air strikes
    ("The militants in Hama province suffered heavy losses in raids by the Syrian army's helicopters.", "Air/drone strike"),
    # missiles launched before "destroyed" are the means, not seized weapons
    ("Azerbaijani forces launched missiles and destroyed several Armenian artillery batteries near the border.",
     "Shelling/artillery/missile attack"),
])
def test_territory_aircraft_and_means(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text, sub", [
    # arson without a demonstration is property destruction
    ("Three men torched two police patrol cars outside the station on Wednesday morning.", "Looting/property destruction"),
    # the protest as the reason of an arrest or a deployment
    ("Security forces detained dozens of activists who organised the protests in the capital.", "Arrests"),
    ("The army has deployed forces to the old city in anticipation of more demonstrations after Friday prayers.",
     "Change to group/activity"),
])
def test_protest_as_reason_and_arson(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_mobilising_people_to_protest_is_not_yet_a_protest(extractor):
    text = "The president said on Thursday that the opposition is mobilising two thousand people to protest against the chiefs."
    assert _top(extractor, text) != "Peaceful protest"


@pytest.mark.parametrize("text, sub", [
    ("Three bombs destroyed a police checkpoint in the northern town of Cucuta in Colombia, killing two officers.",
     "Remote explosive/landmine/IED"),
    ("Syrian warplanes destroyed an arms depot of the militants in Homs province.", "Air/drone strike"),
])
def test_weapon_subjects_are_not_seized(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_verbal_attacks_are_not_violence(extractor):
    text = "The demonstrators verbally attacked the president during the march."
    assert _top(extractor, text) == "Peaceful protest"


def test_a_crime_the_weapon_is_linked_to_is_background(extractor):
    text = "Two rifles, one of which is linked to a murder, and 40 rounds of ammunition were seized in the port city."
    assert _top(extractor, text) == "Disrupted weapons use"


@pytest.mark.parametrize("text, sub", [
    ("Police attacked the peaceful march of teachers in the city centre without warning.", "Protest with intervention"),
    ("Soldiers attacked the peaceful protesters at the border fence, killing two and wounding dozens.",
     "Excessive force against protesters"),
])
def test_attacks_on_protesters(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_the_source_of_a_report_is_no_victim(extractor):
    text = ("Gunmen attacked a college campus in the town of Garissa in Kenya, shooting students in their dormitories "
            "and killing at least 12 people, police said.")
    assert _top(extractor, text) == "Attack"


@pytest.mark.parametrize("text", [
    # a past event that tells the time of another
    "The two countries will restore diplomatic ties almost five years after crowds burned down an embassy.",
    # a lone walker is no protest
    "The explorer has marched close to the border with the northern province.",
    # the month
    "Investigators said the report on the killings would be published in March 2024.",
    # share prices recover, no town is recaptured
    "US blue-chips recovered from an early fall to end higher on Tuesday.",
])
def test_no_event_in_past_references_lone_marches_and_months(extractor, text):
    assert _top(extractor, text) is None


def test_a_year_and_month_before_an_attack_do_not_make_a_march(extractor):
    text = "Syrian government forces used sulfur mustard in a March 2018 attack on the town, investigators found."
    assert _top(extractor, text) == "Chemical weapon"


def test_months_ago_still_tells_an_event(extractor):
    text = "A 14-year-old girl was gang-raped about five months ago by three men in the village, her father said."
    assert _top(extractor, text) == "Sexual violence"


def test_an_assassination_told_as_news_is_an_attack(extractor):
    text = "The judge was assassinated in Medellin on 18 August, the police said."
    assert _top(extractor, text) == "Attack"


@pytest.mark.parametrize("text", [
    "The Yankees hold the Curse of the Bambino and the Boston Massacre over their rivals.",
    "The anniversary of the president's assassination passed quietly on 22 November.",
    "Critics said the campaign amounted to a character assassination of the senator in Washington on Monday.",
])
def test_names_anniversaries_and_figures_of_speech_are_no_assassinations(extractor, text):
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    ("A councilwoman was seriously wounded on 5 November during an attack in Villavicencio in which her husband was killed.", "Attack"),
    ("Urban guerrillas have claimed responsibility for the murder of a university professor in the city.", "Attack"),
])
def test_attacks_without_a_named_attacker(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_bombs_that_destroyed_are_a_deed(extractor):
    assert _top(extractor, "Three bombs destroyed a police checkpoint near the town on Sunday morning.") \
        == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "The coach died of a heart attack on Sunday, and two fans were injured in the crush outside the stadium.",
    "A cyber attack on the bank's servers was reported, and the site was killed off by the provider.",
])
def test_non_human_attacks_are_not_violent_events(extractor, text):
    assert not [e for e in _events(extractor, text) if e["acled_event_type"] in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    # the crowd turns violent in a later sentence: the report's one protest is a riot
    ("Thousands of teachers marched on the education ministry in the capital on Monday. "
     "Later in the afternoon some of them turned violent and hurled stones at the police lines.", "Violent demonstration"),
    # dispersal told after the march: a protest with intervention
    ("Several hundred students rallied outside the university on Thursday. "
     "Police fired tear gas to disperse the crowd.", "Protest with intervention"),
])
def test_a_protest_is_typed_by_the_most_violent_conduct_its_report_tells(extractor, text, sub):
    assert _top(extractor, text) == sub
    assert len([e for e in _events(extractor, text) if e["plover_type"] == "PROTEST"]) == 1


def test_protests_in_two_provinces_stay_two(extractor):
    text = ("Farmers held a peaceful march in Lahore on Monday. "
            "In Peshawar, protesters torched tyres and threw stones at police on Monday.")
    subs = sorted(e["acled_sub_event_type"] for e in _events(extractor, text) if e["plover_type"] == "PROTEST")
    assert subs == ["Peaceful protest", "Violent demonstration"]


def test_a_non_violent_demonstration_is_no_riot(extractor):
    text = "Hundreds of workers held a non-violent demonstration outside the factory gates on Friday."
    assert _top(extractor, text) == "Peaceful protest"


@pytest.mark.parametrize("text, sub", [
    # fighting that did not happen is no battle: territory changed hands without it
    ("Rebel fighters took control of three villages in the valley on Sunday without any armed clashes.",
     "Non-violent transfer of territory"),
    # the role of an actor ("tasked with fighting") is no deed
    ("The multinational coalition tasked with fighting the insurgents withdrew from the desert air base on Monday.",
     "Non-violent transfer of territory"),
    # a capture told with the other side's withdrawal or handover
    ("The militia seized the border town following the withdrawal of army units on Friday.",
     "Non-violent transfer of territory"),
    ("Government troops regained control of the district when the peacekeeping mission handed authority over it to them.",
     "Non-violent transfer of territory"),
    # ... but a capture after fighting stays a battle
    ("After two days of heavy fighting, the militants seized the town of Tal Abyad from government troops.",
     "Non-state actor overtakes territory"),
])
def test_territory_taken_without_fighting(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_without_does_not_cancel_violence_told_after_it(extractor):
    text = "The journalist was released without charge after soldiers assaulted him in Kano on Monday."
    assert _top(extractor, text) is not None


@pytest.mark.parametrize("text, sub", [
    ("The governor said he had reached an agreement with mutinous soldiers to end the uprising in the north.", "Agreement"),
    ("The warring sides carried out another exchange of prisoners on Tuesday under the truce.", "Agreement"),
    ("The army freed 12 captured militants in exchange for the release of four soldiers held by the group.", "Agreement"),
])
def test_deals_with_armed_men_and_prisoner_swaps_are_agreements(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text", [
    "The wireless carrier reached an agreement yesterday with a Canadian telecoms group to share its network.",
    "The Navy and its contractor have reached an agreement to revise performance targets on the intranet contract.",
])
def test_business_agreements_are_no_acled_agreements(extractor, text):
    assert _top(extractor, text) is None


@pytest.mark.parametrize("text, sub", [
    ("Hundreds of militia fighters have been dispatched to the western province during the past week.",
     "Change to group/activity"),
    ("Border troops have been reinforced ahead of the military drills in the south.", "Change to group/activity"),
])
def test_armed_men_moved_are_a_change_to_the_group(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text", [
    "US broadband deployment is accelerating as rural areas gain access to new services, a government report said.",
    "House prices rose in November, reinforcing expectations that the government will keep rates low.",
])
def test_deployments_of_things_move_no_troops(extractor, text):
    assert _top(extractor, text) is None


def test_a_capture_and_the_withdrawal_told_next_are_one_non_violent_transfer(extractor):
    text = ("Armed militants have taken control of the village of Daru, 40 km south of the port. "
            "The militants seized the village following the withdrawal of army units on Friday.")
    evs = [e for e in _events(extractor, text) if e["acled_event_type"]]
    assert [e["acled_sub_event_type"] for e in evs] == ["Non-violent transfer of territory"]


def test_a_capture_fought_for_stays_a_battle_beside_a_withdrawal(extractor):
    text = ("Armed militants have taken control of the village of Daru after heavy fighting with the army. "
            "The militants seized the village following the withdrawal of army units on Friday.")
    assert _top(extractor, text) == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "No arrests have been made after the attacks in which about thirty immigrant-owned shops were looted on Sunday night.",
    "Dozens of cars and twelve shops were burned down following clashes in the market district.",
])
def test_property_looted_or_burned_in_unanchored_violence_is_looting(extractor, text):
    assert _top(extractor, text) == "Looting/property destruction"


def test_houses_burned_down_in_a_wildfire_are_not_looting(extractor):
    text = "Forty houses were burned down after the wildfire clashed with strong winds near the town on Sunday."
    assert _top(extractor, text) is None


@pytest.mark.parametrize("text, sub", [
    # the crowd fought first: a riot, though the police then hurt many of them
    ("Dozens of protesters were wounded as riot police fired rubber bullets at stone-throwing demonstrators near the palace.",
     "Violent demonstration"),
    # peaceful demonstrators fired on: excessive force
    ("Security forces opened fire on protesters in the southern city on Friday, killing three of them.",
     "Excessive force against protesters"),
])
def test_the_crowds_own_violence_makes_a_riot_even_under_fire(extractor, text, sub):
    assert _top(extractor, text) == sub


@pytest.mark.parametrize("text, sub", [
    ("Rights groups condemned the house arrest of the opposition leader, whose home was surrounded by police.", "Arrests"),
    ("Police intercepted 12 suspected members of the armed group near the capital on Tuesday.", "Arrests"),
])
def test_house_arrests_and_intercepted_suspects(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_a_withdrawal_told_after_a_capture_joins_it_whoever_withdrew(extractor):
    text = ("Islamic State fighters seized control of the border crossing on Thursday, a monitoring group said. "
            "The Syrian army had withdrawn from the crossing a day earlier.")
    evs = [e for e in _events(extractor, text) if e["acled_event_type"]]
    assert [e["acled_sub_event_type"] for e in evs] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text, sub", [
    # "since 2012" tells when the road was last open, not a tally of the capture
    ("Rebel fighters retook a strategic town from government forces on Thursday, cutting the highway that the army "
     "had reopened for the first time since 2012.", "Non-state actor overtakes territory"),
    # the year of a since-clause is not the strike's date (no year-long toll for a country)
    ("An air strike killed 17 soldiers in northern Syria, the ministry said, the worst loss since it first sent "
     "troops into Syria in 2016.", "Air/drone strike"),
    # "would-be bombers" is a noun, not a conditional
    ("Two would-be suicide bombers blew themselves up before reaching their target in the eastern province.",
     "Suicide bomb"),
])
def test_since_clauses_and_would_be_do_not_undo_an_event(extractor, text, sub):
    assert _top(extractor, text) == sub


def test_a_toll_since_a_year_is_still_a_tally(extractor):
    text = "More than 13,000 people have been killed in the conflict since 2012, the monitoring group said."
    assert _top(extractor, text) is None


def test_a_capture_keeps_its_fighting_and_drops_the_offensives_past(extractor):
    text = ("Government troops pushed into the enclave on Wednesday, clashing with insurgents and capturing a village "
            "at its edge, widening an offensive that had previously involved mainly air raids and shelling.")
    ev = max((e for e in _events(extractor, text) if e["acled_event_type"]), key=lambda e: e["confidence"])
    assert ev["acled_event_type"] == "Battles"


def test_a_dateline_month_after_an_ordinal_is_no_march(extractor):
    text = "Tripoli, Wednesday 4th March, 2015. Militants seized two oil fields on Tuesday, a security official said."
    assert _top(extractor, text) == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village in northeast Kenya on Tuesday, killing 12 people, police said.",
    "Gunmen attacked two villages near the border with Niger on Tuesday, killing 20 people.",
])
def test_a_country_named_as_a_place_is_no_side_of_the_attack(extractor, text):
    ev = max((e for e in _events(extractor, text) if e["acled_event_type"]), key=lambda e: e["confidence"])
    assert ev["acled_sub_event_type"] == "Attack"
    assert not (ev.get("actor2") or {}).get("id", "").startswith("gov_")


def test_an_intention_beside_a_deed_does_not_undo_the_deed(extractor):
    text = "Angry residents and vigilantes killed four men they said had tried to kidnap a teacher in the village."
    assert _top(extractor, text) == "Mob violence"


def test_an_intention_alone_is_no_event(extractor):
    text = "The group had tried to kidnap a teacher in the village, officials said."
    assert _top(extractor, text) is None


def test_towns_recaptured_in_a_series_of_battles_are_one_capture(extractor):
    text = ("Government forces have dealt a major blow to the rebels in a series of battles, recapturing a number of "
            "towns and districts over the past few weeks.")
    assert _top(extractor, text) in ("Government regains territory", "Non-state actor overtakes territory")


def test_a_legal_word_after_one_trigger_does_not_undo_the_deed_told_by_another(extractor):
    text = ("A chemical weapons investigation team took samples near the town on Monday after rescue workers said the "
            "army had launched an attack with poisonous gas last week.")
    assert _top(extractor, text) == "Chemical weapon"


def test_a_legal_word_after_the_only_trigger_still_tells_no_deed(extractor):
    text = "The chemical weapons investigation in the capital was extended by the government on Monday."
    assert _top(extractor, text) is None


def test_peaceful_marches_are_a_protest_but_a_player_marching_on_is_not(extractor):
    assert _top(extractor, "Thousands of schoolchildren across the region took part in peaceful marches on Friday "
                           "to call for action against climate change.") == "Peaceful protest"
    assert _top(extractor, "Federer marches on into the semi-finals in Melbourne.") is None

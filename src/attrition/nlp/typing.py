"""From trigger classes, weapon and target cues to PLOVER type/mode and ACLED type/sub-type.

One function, ``classify``, holds the decision list so that the order of precedence is
readable in one place: weapon beats target, specific beats general.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import ActorRef

VIOLENT = {"kill", "injure", "attack", "clash", "explode", "suicide", "airstrike", "shell", "grenade", "chemical",
           "abduct", "sexual", "torture", "mob", "loot"}
ARMED_SECTORS = {"MIL", "COP", "REB", "UAF", "GOV", "SPY", "INS"}

# PLOVER score (Goldstein-like) and quad class per type, for exports.
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3, "PROTEST": 4, "MOBILIZE": 4,
               "COERCE": 4, "ASSAULT": 4}
PLOVER_SCORE = {"AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.0, "CONCEDE": 5.0, "COOPERATE": 9.5, "AID": 10.0,
                "RETREAT": 3.0, "REQUEST": -1.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0, "SANCTION": -6.5,
                "PROTEST": -6.5, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0}


@dataclass(frozen=True, slots=True)
class Typing:
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    violent: bool


# a demonstration by its conduct, from the peaceful march to the crowd's own violence
PROTEST_TYPINGS = {
    "Peaceful protest": Typing("PROTEST", "demo", "Protests", "Peaceful protest", False),
    "Protest with intervention": Typing("PROTEST", "demo", "Protests", "Protest with intervention", False),
    "Excessive force against protesters": Typing("PROTEST", "demo", "Protests", "Excessive force against protesters", True),
    "Violent demonstration": Typing("PROTEST", "riot", "Riots", "Violent demonstration", True),
}


def is_armed(ref: ActorRef | None) -> bool:
    if ref is None:
        return False
    return ref.kind in ("armed_group", "state") and (ref.sector in ARMED_SECTORS or ref.kind == "armed_group") \
        or ref.sector in ARMED_SECTORS


def is_rioters(ref: ActorRef | None) -> bool:
    """Rioters, looters or a mob (the catalog's generic ``riot`` role, by country or without one)."""
    return ref is not None and (ref.id == "rioters" or ref.id.startswith("riot_"))


def is_demonstrators(ref: ActorRef | None) -> bool:
    """Protesters or rioters (the catalog's generic ``prot`` and ``riot`` roles)."""
    return ref is not None and (ref.id == "protesters" or ref.id.startswith("prot_") or is_rioters(ref))


def is_civilian(ref: ActorRef | None) -> bool:
    return ref is not None and (ref.kind == "civilian_group" or ref.sector in ("CVL", "JRN", "MED", "EDU", "REL", "NGO"))


def classify(classes: set[str], cues: set[str], actor1: ActorRef | None, actor2: ActorRef | None,
             victims_civilian: bool, victims_armed: bool) -> Typing | None:
    """The event's types from what the sentence says. None when nothing event-like remains."""
    if ("mob" in classes or is_rioters(actor1) and classes & {"clash", "attack", "injure", "kill"} and
            not classes & {"explode", "suicide", "airstrike", "shell", "grenade", "chemical", "riot"}) and \
            "protest" not in classes and not is_armed(actor1):
        # a crowd that lynches, burns or beats without a demonstration behind it ("Fans clashed with police outside
        # the stadium", "hooligans attacked rival supporters")
        return Typing("ASSAULT", "beat", "Riots", "Mob violence", True)
    protest = "protest" in classes or "riot" in classes
    if protest and not classes & {"suicide", "airstrike", "shell", "grenade", "chemical"} and \
            not (classes & {"explode", "grenade"} and classes & {"kill", "injure"} and "force_on_protest" not in cues):
        # a bottle, a stone or a petrol bomb thrown at a demonstration makes a riot, not an explosion; tear gas and
        # stun grenades are the police's intervention
        rioting = "riot" in classes or "violent_protest" in cues or "clash" in classes
        hurt = "kill" in classes or "injure" in classes
        on_protest = "attack_on_protest" in cues
        if ("riot" in classes or "clash" in classes) and not on_protest:
            # the crowd's own violence (stones thrown, clashes with the police) makes a riot, even when the police
            # then fired on it: ACLED keeps excessive force for demonstrators who were peaceful
            return PROTEST_TYPINGS["Violent demonstration"]
        if "force_on_protest" in cues or (hurt and actor1 is not None and is_armed(actor1)) or (hurt and on_protest) or \
                (hurt and not rioting and ("intervention" in cues or "firearms" in cues or is_armed(actor2))):
            # protesters killed or hurt by the forces that came to stop them
            return PROTEST_TYPINGS["Excessive force against protesters"]
        if on_protest and "riot" not in classes and "clash" not in classes and "violent_protest" not in cues:
            return PROTEST_TYPINGS["Protest with intervention"]
        if "riot" in classes or "violent_protest" in cues or "clash" in classes or "loot" in classes or \
                ("attack" in classes and not is_armed(actor1)):
            return PROTEST_TYPINGS["Violent demonstration"]
        if "intervention" in cues or "arrest" in classes or "attack" in classes:
            return PROTEST_TYPINGS["Protest with intervention"]
        return PROTEST_TYPINGS["Peaceful protest"]
    weapon = None
    for c, mode in (("chemical", "unconventional"), ("suicide", "suicide-attack"), ("airstrike", "aerial"),
                    ("shell", "heavy-weapons"), ("grenade", "explosives"), ("explode", "explosives")):
        if c in classes:
            weapon = c
            break
    drone = "drone" in cues
    if weapon:
        sub = {"chemical": "Chemical weapon", "suicide": "Suicide bomb", "airstrike": "Air/drone strike",
               "shell": "Shelling/artillery/missile attack", "grenade": "Grenade",
               "explode": "Remote explosive/landmine/IED"}[weapon]
        mode = {"chemical": "unconventional", "suicide": "suicide-attack", "airstrike": "drone" if drone else "aerial",
                "shell": "heavy-weapons", "grenade": "explosives", "explode": "explosives"}[weapon]
        return Typing("ASSAULT", mode, "Explosions/Remote violence", sub, True)
    if "mob" in classes:
        return Typing("ASSAULT", "beat", "Riots", "Mob violence", True)
    if "abduct" in classes:
        return Typing("ASSAULT", "abduct", "Violence against civilians", "Abduction/forced disappearance", True)
    if "sexual" in classes:
        return Typing("ASSAULT", "sexual", "Violence against civilians", "Sexual violence", True)
    if "capture" in classes and ("no_resistance" in cues or ("withdraw" in classes and "violence_context" not in cues)) and \
            not classes & {"kill", "injure", "attack", "clash"}:
        # "took the town after the army pulled out", "entered without a fight": territory changed hands, no battle
        return Typing("COERCE", "seize", "Strategic developments", "Non-violent transfer of territory", False)
    if "capture" in classes:
        # territory taken after fighting: ACLED records the outcome, the clash is how it came about
        if actor1 is not None and (actor1.kind == "state" or actor1.kind == "organisation" and actor1.sector == "MIL"):
            # (a multinational force fights beside the government it supports: "AU troops retook the town")
            return Typing("COERCE", "seize", "Battles", "Government regains territory", True)
        return Typing("COERCE", "seize", "Battles", "Non-state actor overtakes territory", True)
    fighting = classes & {"kill", "injure", "attack", "clash", "torture"}
    if fighting:
        mode = "firearms" if "firearms" in cues else ("torture" if "torture" in classes else None)
        if "targeted" in cues and "clash" not in classes:
            mode = "targeted"
        two_sided = "clash" in classes or (is_armed(actor1) and is_armed(actor2)) or \
            (victims_armed and not victims_civilian) or (is_armed(actor2) and not victims_civilian)
        if is_civilian(actor2) or (victims_civilian and not (is_armed(actor2))):
            # clashes stay clashes when civilians die in them; only clashes with civilians alone are not
            two_sided = "clash" in classes and not (is_civilian(actor2) and not victims_armed)
        if two_sided:
            return Typing("ASSAULT", mode, "Battles", "Armed clash", True)
        if "attack" in classes and not victims_civilian and not is_civilian(actor2) and "armed_target" in cues:
            return Typing("ASSAULT", mode, "Battles", "Armed clash", True)
        return Typing("ASSAULT", mode, "Violence against civilians", "Attack", True)
    if "loot" in classes:
        return Typing("ASSAULT", "destroy", "Strategic developments", "Looting/property destruction", False)
    if "arrest" in classes:
        if actor1 is not None and actor1.sector in ("UAF", "REB", "INS") and actor1.kind == "armed_group":
            # "gunmen rounded up 17 farmers": men taken by an armed group are abducted, not arrested
            return Typing("ASSAULT", "abduct", "Violence against civilians", "Abduction/forced disappearance", True)
        return Typing("COERCE", "arrest", "Strategic developments", "Arrests", False)
    if "disrupt" in classes:
        return Typing("COERCE", "seize", "Strategic developments", "Disrupted weapons use", False)
    if "agree" in classes:
        return Typing("AGREE", None, "Strategic developments", "Agreement", False)
    if "base" in classes:
        return Typing("MOBILIZE", "troops", "Strategic developments", "Headquarters or base established", False)
    if "withdraw" in classes:
        return Typing("RETREAT", "withdraw", "Strategic developments", "Non-violent transfer of territory", False)
    if "group_change" in classes:
        return Typing("SUPPORT", None, "Strategic developments", "Change to group/activity", False)
    if "mobilize" in classes and (is_armed(actor1) or is_armed(actor2)):
        # troops deployed, reinforced, sent: ACLED records the movement as a change to the group's activity
        return Typing("MOBILIZE", "troops", "Strategic developments", "Change to group/activity", False)
    for c, t, mode in (("threaten", "THREATEN", "violence"), ("sanction", "SANCTION", None), ("accuse", "ACCUSE", None),
                       ("reject", "REJECT", None), ("request", "REQUEST", None),
                       ("mobilize", "MOBILIZE", "troops"), ("aid", "AID", None), ("release", "RETREAT", "release"),
                       ("consult", "CONSULT", None)):
        if c in classes:
            return Typing(t, mode, None, None, False)
    return None

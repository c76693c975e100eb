"""Events from one sentence: triggers, frames, roles, counts, modality, confidence.

A sentence can hold more than one event ("a siege where dozens were killed, and the attack on
Kabul that killed 13 soldiers and more than 100 Afghans"): each killing trigger with its own
victims opens a frame, and the sentence is cut between frames at a clause boundary. Within a
frame, roles come from the surface (roles.py); deaths told without numbers from victims.py.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from itertools import product

from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH

from .. import textre
from ..knowledge.lexicon import Lexicon
from ..datelines import is_dateline_head
from ..numbers import conflicting, divided, find_counts
from ..records import ActorRef, Count
from .context import ActorSpan, PlaceSpan, SentenceContext
from .mentions import across_border, is_caps, modifies_noun
from .phrases import PhraseIndex, PhraseSets, longest_first, trie_regex
from .typing import VIOLENT, Typing, classify, is_armed, is_civilian, is_demonstrators, is_rioters
from .roles import SUPPORT_BEFORE, sides
from .times import WEEKDAYS
from .sources import is_source, source_before, tells_a_source, tells_after, tells_own_deed, told_to
from .losses import joined, victim_sides, with_sides
from .victims import BREAKDOWN, ONE_OF_SERIES, TO_DEATH, dates_tally, found_bodies, is_period_toll, is_spread_toll, is_summed_toll, is_tally, killed_with_them, numbers_killers, plural_people, ranked_since, single_victims, victim_name

# Trigger-class precedence when a frame must name one main trigger.
_PRIORITY = ["suicide", "chemical", "airstrike", "shell", "grenade", "explode", "abduct", "sexual", "mob", "riot",
             "protest", "capture", "clash", "attack", "kill", "injure", "torture", "loot", "arrest", "disrupt", "agree",
             "base", "withdraw", "group_change", "threaten", "sanction", "accuse", "reject", "request", "mobilize", "aid", "release", "consult"]
_RANK = {c: i for i, c in enumerate(_PRIORITY)}
_SUBSET = textre.compile(r"(?i)\b(?:including|includes?|included|among them|among whom|of whom|of them|incl\.)\s*$")
# a list the verb "include" opens, up to the count: the members of a toll told elsewhere
_INCLUDE_LIST = textre.compile(r"(?i)\binclude[sd]?\s+[^;:.]*$")
# an aside between dashes or brackets ("six priests -- five of whom were Spanish -- and two women")
_ASIDE = textre.compile(r"\s--[^-]{1,120}--|\([^()]{1,120}\)")
# "his two murdered colleagues": a killing participle before the people names them, it does not tell the killing
_PARTICIPLE_AFTER = textre.compile(r"(?i)\s*(?:murdered|slain|as?sas?sinated|massacred|killed|executed|dead)\s+"
                                   r"(?!(?:and|or|in|on|at|by|during|when|after|as|with|from|to|near|while|since|were|was|"
                                   r"have|had|has|including)\b)[a-z]")
# an appositive or a relative clause between commas ("32 members of the VDP, a civilian militia that backs the army,
# were killed"): it describes a noun, and puts no distance between a count and its verb
_APPOSITIVE = textre.compile(r",\s+(?:a|an|the|which|who|whose)\s[^,;:()]{1,100},")
_CLAUSE = textre.compile(r"[;:]|,\s+(?:and|while|but|whereas)\b|,|\band\b")
_VICTIM_AFTER = textre.compile(r"(?i)^\s*(?:(?:more|other|others|people|persons|individuals|civilians|civilian|soldier|policeman|"
                               r"person|child|woman|man|of\s+them|were|was|have|had|been|are|is|reported|confirmed|feared|believed)\s+){0,3}(?:(?:seriously|critically|severely|slightly|lightly|badly|gravely|fatally|mortally)\s+)?(?:killed|dead|died|slain|wounded|injured|hurt|lost\s+their\s+lives|perished|martyred)")
_ONE_MORE_HURT = textre.compile(r"(?i)\b(?:wounded|injured|hurt|wounding|injuring)\s+(?P<one>a\s+(?:third|fourth|fifth|sixth))\b(?!\s+of\b)|"
                                r"\b(?P<one2>another|a\s+(?:third|fourth|fifth|sixth))\s+(?:[a-z]+\s+)?(?:was|were)\s+(?:also\s+)?"
                                r"(?:wounded|injured|hurt)\b")
# (or the simple past: "as around 400 party workers gathered in a marquee"; not the participle of a passive's subject:
# "12 people gathered outside were killed")
_PRESENT_AFTER = textre.compile(r"(?i)\s*(?:[\w'-]+\s+){0,3}?(?:(?:had|have|were|was|are|is)\s+(?:\w+ly\s+)?(?:gathered|assembled|"
                                r"attending|present|inside|waiting|queuing|queueing|praying|sheltering|staying|living|working|"
                                r"studying|enrolled|registered|on\s+board|aboard|expected)|(?:gathered|assembled|attended|"
                                r"congregated|queued|waited)\b(?![^,.;]{0,40}\b(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)))\b")
_POWER_CLAUSE = textre.compile(r"(?i)\b(?:before|after|since|until|when|once)\s+(?:the\s+)?[^,;.]{2,60}?\s+(?:seized|took|came\s+to|"
                               r"returned\s+to|rose\s+to|swept\s+(?:back\s+)?(?:in)?to|took\s+back)\s+(?:power|over|control\s+of\s+"
                               r"(?:the\s+country|Kabul|Afghanistan))\b")
_CLAUSE_VERB = textre.compile(r"(?i)\b(?:and|while)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed|wounding|injuring|killing)\b")
# a toll of the deed of a day ("the death toll from Monday's bombing", "Sunday's death toll"): that day is the deed's
_TOLL_OF_DAY = textre.compile(r"(?i)\b(?:from|of|in)\s+(?:the\s+)?\w+day's\b|\b\w+day's\s+(?:[\w-]+\s+)?$")
# (or a clause that raises it: "..., raising the toll from this incident to nine", "bringing the death toll to 11")
_RAISING_TOLL = r"\b(?:raising|bringing|taking|pushing)\s+the\s+(?:[\w-]+\s+)?toll\s+(?:[^.;,]{0,30}?\s+)?to\s+"
_RAISING_TOLL_END = textre.compile(r"(?i)" + _RAISING_TOLL + r"(?:at\s+least\s+)?$")
_RAISES_TOLL = textre.compile(r"(?i)" + _RAISING_TOLL)


def raises_toll(text: str) -> bool:
    """Whether a sentence raises the toll of a deed ("..., raising the toll from this incident to nine")."""
    return _RAISES_TOLL.search(text) is not None
_ROSE_TO_END = textre.compile(r"(?i)\b(?:(?:rose|climbed|jumped|increased|risen|reached|climbing|rising|raised|"
                              r"revised(?:\s+(?:up|down)(?:wards?)?)?|lowered|corrected|reduced|fell|dropped)"
                              r"\s+to|(?:has|have|had)\s+(?:now\s+)?reached|(?:now\s+)?(?:stands|stood)\s+at)\s+(?:at\s+least\s+)?$")
_VICTIM_BEFORE = textre.compile(r"(?i)(?:shot\s+dead|gunned\s+down|shot\s+and\s+killed|killed|killing|kills|kill|neutrali[sz](?:ed|ing|e)|wounding|wounded|injuring|injured|death\s+toll\s+(?:rose\s+|climbed\s+|reached\s+|stood\s+at\s+|of\s+|to\s+)*|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|left|leaving|toll\s+to|toll\s+at|at\s+least|more\s+than|over)\s+$")
_TELLERS_AFTER = textre.compile(r"(?i)\s+(?:[\w'-]+\s+){0,2}?(?:residents|witnesses|officials|sources|villagers|relatives|"
                                r"people|men|women|elders|doctors|officers)\s+(?:\w+ly\s+)?(?:told|said|say|says|reported|"
                                r"confirmed|described)\b")
_ACCORDING_TO_END = textre.compile(r"(?i)\baccording\s+to\s+(?:the\s+|at\s+least\s+)?$")
_OF_THEM_AFTER = textre.compile(r"(?i)\s+of\s+(?:them|those|whom)\b")
_SUSPECTED = textre.compile(r"(?i)\bsuspected\b")
# "suspected" said of the doers: "suspected al-Shabaab militants abducted", "suspected bandits shot dead"
_SUSPECTED_DOER = textre.compile(r"(?i)\bsuspected(?=\s+(?:[\w'-]+\s+){0,3}?(?:militants?|insurgents?|rebels?|fighters?|gunm[ae]n|"
                                 r"bandits?|members?|terrorists?|jihadists?|attackers?|assailants?|kidnappers?|islamists?|"
                                 r"separatists?|extremists?|guerrillas?|herders?|cultists?|cadres?|bombers?|insurgents?)\b)")
_NO_BEFORE = textre.compile(r"(?i)\bno\s*$")
_COMMA_BEFORE = textre.compile(r",\s*$")
_PERSON_AFTER = textre.compile(r"(?i)^\s*(?:\(\d{1,4}\)\s+)?(?:[\w'-]+\s+){0,2}?(?:\([A-Za-z.]{1,10}\)\s+)?(?:people|persons|individuals|men|women|children|civilians|soldiers|policemen|police|officers|troops|militants|fighters|insurgents|members|guards|workers|students|worshippers|villagers|passengers|others|personnel|member|soldier|fighter|militant|civilian|officer|policeman|guard|person|servicemen|service\s+members|marines|staff|afghans|pakistanis|americans|iraqis|syrians|nationals|victims|bodies|dead|killed|wounded|injured|of\s+them|attackers|terrorists|rebels|guerrillas|gunmen|bandits|kidnappers|jihadists|extremists|farmers|herders|fishermen|patrolmen|commandos|family\s+members|tourists|pilgrims|teachers|journalists|shia|shiites|hazaras|sikhs|hindus|christians)\b")


# "died", "dead", "deaths" tell of death, not of killing: they need a weapon or an armed actor beside them
_WEAK_KILL = {"died", "dead", "deaths", "death toll", "lost their lives", "lost his life", "lost her life", "bodies of",
              "bodies were found", "pronounced dead"}
_WEAPON_VERBS = {"exploded", "detonated", "blew up", "blown up", "bombed", "shelled", "bombing", "suicide bombing",
                 "dynamited", "dynamite attack", "dynamite attacks", "bomb attack", "bomb attacks",
                 "projectiles were fired", "projectile was fired", "projectiles fired", "fired projectiles",
                 "launched projectiles", "projectiles were launched", "projectile was launched"}
# explosion verbs whose passive names a deed ("was blown up"), where the active may be an accident ("a boiler blew up")
_PASSIVE_DEED = {"blown up", "bombed", "dynamited", "detonated"}
_PASSIVE_END_AGAIN = textre.compile(r"(?i)\b(?:was|were|been|being|be|is|are)\s+(?:(?:\w+ly|again|also|then|later)\s+)?$")


def _placed_armed(ref: ActorRef | None) -> bool:
    """An armed actor we can place: a generic 'army' with no country in context does not count."""
    return is_armed(ref) and not (ref.id.endswith("_xx") or ref.country is None and ref.kind == "state")


# "six peasants were murdered", "the murder of six Jesuits": victims named by any plural noun
# one figure for the dead and the hurt together: it numbers neither
_KILLED_OR_HURT = textre.compile(r"(?i)\s*(?:[\w'-]+\s+){0,4}?(?:killed|dead)\s+(?:or|and/or|and)\s+(?:wounded|injured|hurt)\b")
_PASSIVE_VICTIMS = textre.compile(r"(?i)^\s*(?:[a-z][\w'-]*\s+){1,3}(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|murdered|massacred|slain|shot\s+dead|executed|as?sas?sinated|martyred|wounded|injured)\b")
_KILL_OF = textre.compile(r"(?i)(?:killed|killing|murdered|murder\s+of|massacre\s+of|as?sas?sination\s+of|killing\s+of|deaths\s+of|"
                          r"bodies\s+of|executed|slaughtered|massacred|as?sas?sinating|murdering)\s+(?:the\s+)?$")
# what a count after "the murder of" numbers: a plural noun after at most three modifiers ("six Jesuit priests",
# "two young U.S. citizens", "14 fishermen")
_PLURAL_AFTER = textre.compile(r"(?i)\s*(?:[\w.'-]+\s+){0,3}?(?:[a-z][\w'-]*s|[a-z]*men|people|children)\b")
# "two others were taken hostage", "three were kidnapped": people whose own verb tells another fate than death
_OTHER_FATE_AFTER = textre.compile(r"(?i)\s*(?:[\w'-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                                   r"(?:taken|kidnapped|abducted|seized|arrested|detained|captured|held|released|freed|rescued|"
                                   r"evacuated|missing|displaced)\b|"
                                   # ("... were shot dead and about 30 others kidnapped": the auxiliary left out)
                                   r"\s+others\s+(?:\w+ly\s+)?(?:taken\s+hostage|kidnapped|abducted|arrested|detained|captured|"
                                   r"rescued|missing|displaced)\b")
# "eight soldiers accused of killing the priests", "three men arrested for the murder": suspects, not victims
_SUSPECTS_AFTER = textre.compile(r"(?i)\s*(?:[\w'-]+\s+){0,3}?(?:who\s+(?:are|were|was|is)\s+)?(?:accused|suspected|charged|"
                                 r"convicted|sentenced|arrested|detained|jailed|tried|indicted)\s+(?:of|with|for|over)\b")
# "ended a ceasefire", "broke the truce": the end of an agreement
_ENDED_BEFORE = textre.compile(r"(?i)\b(?:ended|ending|ends|end\s+to|broke|broken|breaking|breaks|violated|violating|violates|"
                               r"suspended|suspending|suspends|halted|halting|froze|frozen|broke\s+off|breaking\s+off|"
                               r"abandoned|abandoning|called\s+off|calling\s+off|scrapped|scrapping|collapse\s+of|"
                               r"withdrew\s+from|withdrawn\s+from|pulled\s+out\s+of|quit|tore\s+up|breach\s+of|breaching)\s+"
                               r"(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w'-]+\s+){0,2}$")
# "Peace talks between the government and the faction have been stalled for months": talks that stand still
_ENDED_AFTER = textre.compile(r"(?i)[^.;]{0,80}?\b(?:(?:have|has|had)\s+(?:long\s+)?been|(?:are|is|were|was|remain|remained)"
                              r"(?:\s+still)?)\s+(?:stalled|frozen|suspended|deadlocked|on\s+hold)\b|"
                              r"[^.;]{0,80}?\b(?:stalled|collapsed|broke\s+down)\b")
# "arrested three of his men": people whose own verb, before them, tells another fate than death
_TAKEN_ALIVE_BEFORE = textre.compile(r"(?i)\b(?:arrested|arresting|detained|detaining|captured|capturing|rescued|rescuing|"
                                     r"freed|freeing|released|releasing|evacuated|evacuating|abducted|abducting|kidnapped|"
                                     r"kidnapping|held)\s+(?:at\s+least\s+|about\s+|some\s+|another\s+)?$")
# "killed by two men on motorcycles": the number after "by" numbers the agents of the act
_AGENT_BY = textre.compile(r"(?i)\bby\s+(?:the\s+|some\s+|about\s+|at\s+least\s+)?$")


# "subjected to artillery fire", "due to shelling": a "to" that is a preposition, not the mark of an infinitive
_PREPOSITION_TO = textre.compile(r"(?i)\b(?:subjected|exposed|due|owing|thanks|prior|led|leading|contributed|response|reaction|"
                                 r"addition|subject|victim|victims|prey|resorted|resort)\s+to\s+$")
# an infinitive's "to" before the trigger ("the proposition of ISIS-K to attack"): no deed; unless what goes
# before tells a deed that goes on ("continued to attack", "began to shell")
_TO_BEFORE = textre.compile(r"(?i)\bto\s+(?:\w+ly\s+)?$")
# (as is a gerund that names an aim: "its operation aimed at murdering Military Judge Fernando Torres Silva", "with the
# intention of killing the governor", "gunmen bent on kidnapping foreigners"), or one kept from happening ("to prevent
# attacks that could cause blackouts")
_AIM_BEFORE = textre.compile(r"(?i)\b(?:aim(?:ed|ing|s)?\s+at|with\s+the\s+(?:aim|intention|intent|goal|purpose|object)\s+of|"
                             r"(?:bent|intent)\s+on|(?:prevent|avert|deter|forestall)(?:s|ed|ing)?\s+(?:further\s+|future\s+|new\s+|more\s+|"
                             r"any\s+|such\s+)?)\s*$")
_AIM_WORDS = ("aim", "inten", "goal", "purpose", "object", "bent", "vent", "vert", "deter", "stall")
# (or that it was done: "managed to kill", "the operation made it possible to neutralise 60 terrorists", "enabled troops
# to retake", "were able to repel")
_GOES_ON_TO_BEFORE = textre.compile(r"(?i)\b(?:continu\w*|began|begun|begin\w*|start\w*|went\s+on|kept\s+on|used|managed|"
                                    r"made\s+it\s+possible|(?:enabled|allowed)\s+(?:[\w-]+\s+){1,3}?|"
                                    r"(?:was|were)\s+able|succeeded)"
                                    r"\s+to\s+(?:\w+ly\s+)?$")
# explosives taken, not set off: "weapons, ammunition and explosives were also recovered", "recovered ... an improvised
# explosive device" (see extract)
_TAKEN_WORDS = ("recovered", "seized", "confiscated", "impounded", "found", "recover", "seize")
_EXPLOSIVE_GOODS = frozenset({"explosives", "explosive material", "explosive materials", "ieds", "ied", "suicide vests", "grenades",
                              "mortar shells", "bombs", "detonators", "improvised explosive device", "improvised explosive devices",
                              "explosive device", "explosive devices"})
_GOODS_TAKEN_AFTER = textre.compile(r"(?i)[^.;:]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:recovered|seized|"
                                    r"confiscated|impounded|found)\b")
_GOODS_TAKEN_BEFORE = textre.compile(r"(?i)\b(?:recovered|seized|confiscated|impounded|recovering|seizing|confiscating)\b[^.;:]{0,80}$")
# what the dead "remained involved in": their past activities, no deed told (see _not_a_deed)
_INVOLVED_IN_BEFORE = textre.compile(r"(?i)\b(?:involved|involvement|complicit|implicated)\s+in\b[^.;:]*\bactivities\b[^.;:]*$")
# a claim nobody made ("No group claimed responsibility for the killing"), and a deed told false (see _modality)
_NO_CLAIM = textre.compile(r"(?i)\b(?:no|none\s+of\s+the)\s+(?:\w+\s+)?(?:group|one|organi[sz]ation|faction|militant\s+group)s?\s+"
                           r"(?:has\s+|had\s+|have\s+)?(?:yet\s+|so\s+far\s+|immediately\s+)*claimed\b")
_TOLD_FALSE = textre.compile(r"(?i)[^.;]{0,80}?\b(?:were|was|are|is|proved|turned\s+out\s+to\s+be)\s+(?:completely\s+|entirely\s+)?"
                             r"(?:false|untrue|baseless|fake|unfounded)\b")
# an attack tried is an attack made, whether or not it was repulsed ("khwarij attempted to attack a post ... the attempt
# was thwarted"; ACLED codes the fight it made)
_ATTEMPTED_TO_BEFORE = textre.compile(r"(?i)\b(?:attempted|tried)\s+to\s+$")
_ATTEMPTED_DEEDS = frozenset({"attack", "clash", "capture"})
_CONDITIONAL = textre.compile(r"(?i)\b(?:if|unless|whether|would|could|might)\b(?!-)|"
                              # "refusing to bury them until the killers were arrested": what is awaited has not happened
                              # (the deed inside the clause of "until": "will not be pumped until 30 May, because it was
                              # blown up" tells a blast)
                              r"\b(?:refus\w*|vow\w*|demand\w*|will\s+not|won't|would\s+not)\b[^.;]{0,60}\buntil\b[^,.;]{0,60}$|"
                              # "will continue operations until the last insurgent is expelled": an end still to come
                              r"\b(?:will|shall|would|vow\w*|pledg\w*)\s+(?:\w+\s+){0,2}(?:continu\w*|fight\w*|press\w*|"
                              r"keep\w*|go\s+on|persist\w*)\b[^.;]{0,60}\buntil\b[^,.;]{0,60}\b(?:is|are|has\s+been|have\s+been)\s+$")
_VERBAL_BEFORE = textre.compile(r"(?i)\b(?:verbally|rhetorically)\s+$")
_KILL_IDIOM_AFTER = textre.compile(r"(?i)\s+(?:off|time|the\s+(?:bill|deal|idea|mood|proposal))\b")
# a count of what are not people: "three hours", "5 km", "10 million"
_MEASURE_AFTER = textre.compile(r"(?i)\s*(?:-|–)?\s*(?:hour|day|week|month|year|km|kilomet|mile|percent|%|per\s+cent|times|"
                                r"am\b|pm\b|a\.m|p\.m|o'clock|dollars|\$|million|billion|metre|meter|kg|tons|rounds|bullets|"
                                r"shells|rockets|vehicles|cars|houses|homes|buildings)")
# a count that is part of a longer number, going on after it or before it: "2-3", "3/5", "10:30"; the second
# number of a range (a figure after a figure and a dash)
_NUMBER_GOES_ON = textre.compile(r"\s*(?:-|–|/|:)\s*\d")
_NUMBER_BEFORE = textre.compile(r"[\d/]\s*$|\d[:.]$")  # ("16:50": the minutes of a clock time)
_RANGE_DASH_BEFORE = textre.compile(r"\d\s?(?<!-)[-–]\s?$")
_DENIAL = textre.compile(r"(?i)\b(?:denied|denies|deny|no\s+involvement|not\s+involved|distanced|disowned|"
                         r"(?:had|has|have)\s+(?:nothing|no\s+(?:role|hand|part|link))\s+(?:to\s+do\s+with|in|to)|"
                         r"(?:was|were|is|are)\s+not\s+(?:behind|responsible\s+for)|"
                         r"(?:rejected|rejects|disclaimed)\s+(?:any\s+|all\s+)?responsibility)\b")
_ANAPHORIC = textre.compile(r"(?i)\b(?:the|this|that|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)"
                            r"\s+(?:\w+\s+)?(?P<noun>attack|blast|bombing|bomb|device|explosion|assault|raid|siege|ambush|incident|strike|bomber|"
                            r"attackers?|assailants?|gunm[ae]n|operation|clash(?:es)?|fighting|gunfight|firefight|shootout|battle|"
                            r"exchange\s+of\s+fire|jets|warplanes|aircraft|drones?)\b")
# the words of such a reference that name no kind of deed
_GENERIC_REFERENCE = frozenset({"attack", "assault", "incident", "attackers", "attacker", "assailants", "assailant",
                                "operation"})
_FIGHT_REFERENCE = frozenset({"clash", "clashes", "fighting", "gunfight", "firefight", "shootout", "battle", "exchange of fire"})
_WORDS = textre.compile(r"[\w'-]+")
_YEAR_NOUN_BEFORE = textre.compile(r"(?i)\bthe\s+(?:[\w-]+\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}$")
# where the clause of a legal word begins (not _CLAUSE_BREAK below, which parts a date's clause from the deed's)
_LEGAL_CLAUSE_BREAK = textre.compile(r"[;:]|,\s+(?:and|but|while)\b")
# "accused of", "accuse Taliban fighters of (extrajudicial) killings"
_ACCUSED = r"(?i)\baccus\w*\b[^.;]{0,60}\bof\s+"
_ACCUSED_OF_BEFORE = textre.compile(_ACCUSED + r"$")
_ACCUSED_OF = textre.compile(_ACCUSED + r"(?:[\w-]+\s+)?$")
# a deed a running count is counted from ("since the protests began")
_SINCE_BEFORE = textre.compile(r"(?i)\bsince\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$")
_BEGAN_AFTER = textre.compile(r"(?i)\s+(?:first\s+)?(?:began|begun|started|erupted|broke\s+out|flared)\b")
# a bomber named as the object of another deed ("carrying a suspected suicide bomber", "arrested a would-be suicide bomber",
# "shot dead two suicide attackers before they could reach the gate")
_BOMBER = textre.compile(r"(?i)suicide\s+(?:car\s+)?(?:bombers?|attackers?)")
_TAKES_THE_BOMBER_BEFORE = textre.compile(
    r"(?i)\b(?:carrying|carried|arrested|arresting|detained|detaining|captured|capturing|caught|nabbed|apprehended|"
    r"intercepted|killed|killing|shot(?:\s+dead)?|gunned\s+down|neutrali[sz]ed|neutrali[sz]ing|foiled|stopped|"
    r"hunting\s+for|tracked\s+down|identified|hit)\s+(?:(?:a|an|the|two|three|four|\d+)\s+)?"
    r"(?:(?:suspected|would-be|alleged|potential|teenage|young|female|male|failed|another)\s+){0,2}$")


@dataclass
class Frame:
    start: int                 # sentence-local offsets
    end: int
    triggers: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, form, class)
    kill: list[Count] = field(default_factory=list)
    injured: list[Count] = field(default_factory=list)
    told_kills: int = 0        # deaths told as news, not only named in a reference ("recreate the assassination of X")
    names: list[str] = field(default_factory=list)  # the named dead ("gonzalez medrano"), to know them again


@dataclass(frozen=True, slots=True)
class EventDraft:
    """An event before ids, dates fallbacks and merging: what one sentence says."""

    typing: Typing
    actor1: ActorRef | None
    actor2: ActorRef | None
    fatalities: Count | None
    injured: Count | None
    modality: str
    confidence: float
    trigger: str
    place: PlaceSpan | None
    time: object | None   # TimeSpan
    start: int            # document offsets of the frame
    end: int
    anaphoric: bool       # "the attack", "the blast": refers back to an event already told
    fought: bool = False  # violence told with the act, or as how it came about ("seized the town after shelling")
    another: bool = False  # told as another event than the one the sentence refers to ("the raid came hours after a bomb")
    victims: tuple[str, ...] = ()  # the named dead, by surname words (victims.victim_name)
    fights_back: bool = False  # the deed is done to the attackers of an event told before ("fought the attackers")
    with_them: bool = False  # "They were killed along with 12 others": the toll leaves out those "they" names
    sums: bool = False  # "nine were killed in three separate attacks": a summary of deeds, each maybe told after it
    summed: Count | None = None  # the toll such a summary gives all its deeds together
    ranked: bool = False  # "the third killing of a reporter this year": the deed told beside it, ranked among its kind
    toll_only: bool = False  # "The death toll was later raised to 20": a toll with nothing of its deed; it only joins one
    told_on: str | None = None  # the day its teller spoke ("police said on Tuesday that ..."), when it has no date of its own
    # anaphoric by a word that names no kind ("the attack", "the incident": "any" deed told before) or only fighting
    # ("the exchange of fire", "the clashes": the "fight" of an armed attack, whatever weapons opened it)
    refers: str = ""


@dataclass(frozen=True, slots=True)
class KillReference:
    """Deaths a sentence only names in a reference that makes no event by itself ("we condemn the murder of
    Mr. Carlos Pizarro"): they may number the killing a nearby sentence tells ("those responsible for this murder")."""

    sentence: int                  # SentenceContext.index
    fatalities: Count
    victims: tuple[str, ...]       # the named dead (victims.victim_name)
    words: tuple[str, ...] = ()    # the killing words of the reference ("murder", "assassinating")


@dataclass(frozen=True, slots=True)
class Triggers:
    """What the trigger search found in a sentence (sentence-local offsets), before the filters that
    read its actors and context. Found first and apart (``EventExtractor.triggers``) so that the
    pipeline looks for what only events read (generic actors, dates) only in sentences that hold one."""

    matched: list[tuple[int, int, str, str]]  # (start, end, form, class) of the lexicon's trigger words
    composite: list[tuple[int, int, str, str, list[tuple[int, int]], frozenset]]  # see _composite_triggers

    def __bool__(self) -> bool:
        return bool(self.matched or self.composite)


# "..., but hospital officials said 12 were killed", "..., while the rebels put the toll at 30": a clause that gives
# the toll again by another source, told as a contrast
_CONTRAST_START = textre.compile(r"(?i)\s*,?\s*(?:but|while|whereas|although|though)\b")


_NUMBER_OF_BEFORE = textre.compile(r"(?i)\bnumber\s+of\s+(?:(?:people|persons|those|civilians|soldiers|[\w-]+)\s+)?$")


def _tolls(text: str, t) -> bool:
    """Whether trigger ``t`` names a toll that a later figure may give: "the death toll", "the number of people killed"."""
    return t[2] == "death toll" or t[3] == "kill" and _NUMBER_OF_BEFORE.search(text, max(0, t[0] - 40), t[0]) is not None


def _one_toll_two_sources(text: str, offset: int, drafts: list[EventDraft]) -> list[EventDraft]:
    """Two tolls a sentence gives of one killing by two sources ("the initial report mentions 10 killed, but the
    governor mentions 12 killed") are one toll told twice, not two events: the first draft takes the second's
    figure as a conflicting count (numbers.conflicting) and its wounded if it told none."""
    out: list[EventDraft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.typing.violent and d.typing.violent and prev.fatalities and d.fatalities and \
                _CONTRAST_START.match(text, d.start - offset) and \
                tells_a_source(text, prev.start - offset, prev.end - offset) and \
                tells_a_source(text, d.start - offset, d.end - offset) and \
                not (prev.place and d.place and prev.place.place.id != d.place.place.id) and \
                not (prev.time and d.time and prev.time.value != d.time.value):  # another place or day: another deed
            out[-1] = replace(prev, fatalities=conflicting(prev.fatalities, d.fatalities), injured=prev.injured or d.injured,
                              victims=prev.victims + d.victims)
            continue
        out.append(d)
    return out


def _objects(objs: textre.Regex, text: str) -> list[tuple[int, int, int]]:
    """The (start, end, 0) of the objects a composite's ``objs`` finds in ``text``, as a finditer with a look-behind
    for the character before would: the search runs on " " + text (m.start() is the object's offset in text), and
    the next one begins at the last character of a match, which may be the one before the next object."""
    out, padded, pos = [], " " + text, 0
    while (m := objs.search(padded, pos)) is not None:
        out.append((m.start(), m.end() - 1, 0))
        pos = m.end() - 1
    return out


# the words the patterns of the same name need one of (see textre.may_hold)
_CONDITIONAL_WORDS = ("if", "unless", "whether", "would", "could", "might", "until")
_SUCH_WORDS = ("such", "any", "similar")
_DENIAL_WORDS = ("denied", "denies", "deny", "involve", "distanced", "disowned", "nothing to do", "no role", "no hand",
                 "no part", "no link", "not behind", "not responsible", "responsibility")
_ANOTHER_EVENT_WORDS = ("came", "comes", "happened", "occurred", "took", "follow")
_ATTACKERS_WORDS = ("attackers", "assailants", "gunm", "bomber", "raiders", "hostage-takers", "militants", "terrorists",
                    "insurgents", "repelled", "repulsed", "beat back", "fended off")
_YEARS_WORDS = ("year", "month", "decade", "weeks")
_TAKEN_ALIVE_WORDS = ("arrest", "detain", "captur", "rescu", "free", "releas", "evacuat", "abduct", "kidnap", "held")
_SUPPORT_WORDS = ("backed", "support", "aided", "assisted", "cover", "help", "backing")  # (roles.SUPPORT_BEFORE)


def _sum_counts(cs: list[Count]) -> Count | None:
    if not cs:
        return None
    low = sum(c.low for c in cs)
    best = sum(c.best for c in cs)
    high = None if any(c.high is None for c in cs) else sum(c.high for c in cs)
    qualifiers = {c.qualifier for c in cs}
    return Count(best=best, low=low, high=high, qualifier=qualifiers.pop() if len(qualifiers) == 1 else None,
                 by=joined(cs))


def _matcher_forms(patterns) -> list[str]:
    """The texts where a LOWER PhraseMatcher over ``patterns`` (token sequences) could match, lower-cased. A match
    is a run of consecutive tokens whose lower-cased texts are the pattern's, and consecutive tokens are separated
    by nothing or by one space (any other whitespace is a token of its own), so the text holds the pattern's
    tokens joined by '' or ' '."""
    forms = set()
    for doc in patterns:
        toks = [t.lower_ for t in doc]
        for seps in product(("", " "), repeat=len(toks) - 1):
            forms.add(toks[0] + "".join(sep + tok for sep, tok in zip(seps, toks[1:])))
    return sorted(forms)


def _matcher_prefilter(forms: list[str]) -> textre.Regex:
    """A regex that finds, in lower-cased text, every place where one of ``forms`` (_matcher_forms) occurs, even
    inside a word: no word boundaries, spaCy splits "IS-killed" into three tokens. The regex matches empty at
    every such offset, its group 1 being the longest form there (a trie is greedy), so that overlapping
    candidates are all found."""
    return textre.compile(r"(?=(" + trie_regex(forms) + "))" if forms else r"(?!x)x")


def _token_start_guard(tokenizer, forms: list[str]) -> str | None:
    """The characters before which a match of a matcher over ``forms`` may start, as a regex character set; None
    if that may be any character.

    A spaCy token starts at the text's start, after white space, or where the tokenizer splits a run of non-space
    characters: after a prefix it takes off ('(', '"', '$', '_'), at a suffix or an infix ('.', "'s", '-', '/',
    a unit after a number: "5km"), after an infix, or between the pieces of a special case ("c'mon" is "c'm" and
    "on", "don't" "do" and "n't"). No prefix or infix ends with a letter or a digit, so a token that follows one
    inside a run is a suffix, an infix or a later piece of a special case. A form that begins with a letter or a
    digit is neither punctuation nor an infix: it follows a letter or a digit only as a suffix ("in" of "5in",
    the suffix rules' look-behinds read "[0-9]" and letter classes: tried with "0", "a" and "A" in front) or as a
    piece of a special case (the tokenizer's rules, read here). Those few characters (today "0-9" and the "m" of
    "c'mon") join the ones that are no letter or digit ("_" too: it is a prefix)."""
    firsts = {f.split(" ")[0] for f in forms}
    if any(not f[0].isalnum() for f in forms):
        return None  # a form that begins with punctuation ("'s") may follow a letter
    extra = set()
    for probe in ("0", "a", "A"):
        for w in firsts:
            if [t.text for t in tokenizer(probe + w)][:1] == [probe]:
                if probe != "0":
                    return None
                extra.add("0-9")
    for string, pieces in tokenizer.rules.items():
        at = 0
        for i, piece in enumerate(pieces):
            orth = piece.get(ORTH, piece.get("ORTH", ""))
            if i and string[at - 1].isalnum() and orth.lower() in firsts:
                extra.add(re.escape(string[at - 1].lower()))
            at += len(orth)
    return r"[\W_" + "".join(sorted(extra)) + "]"


def _distance(text: str, a: int, b: int) -> int:
    """How far apart ``a`` and ``b`` are for binding a count to its trigger: the characters between, less asides
    (parentheses, dashes) and appositives, which describe a noun and do not lengthen the clause."""
    gap = text[a:b]
    if "(" not in gap and "," not in gap and "--" not in gap:
        return len(gap)
    return len(_APPOSITIVE.sub(" ", _ASIDE.sub(" ", gap)))


# a nation's weapon ("Iranian drones") and the words that make it the instrument of a deed: "with", "using", "fired" ...
_WEAPON_END = textre.compile(r"(?i)\b(?:drones?|missiles?|rockets?|aircraft|jets?|warplanes?|helicopters?|gunships|tanks|artillery|"
                             r"warships|bombs?|weapons|arms)$")
_INSTRUMENT_BEFORE = textre.compile(r"(?i)\b(?:with|using|used|uses|fired|fires|firing|launched|launches|launching|deployed|deploying|"
                                    r"flew|flying|supplied\s+with|armed\s+with)\s+(?:(?:a|an|the|its|their|\d+|\w+\s+of)\s+){0,3}$")


def _fired_weapon(text: str, start: int, end: int) -> bool:
    """Whether the actor mention at ``start:end`` is a nation's weapon that the sentence tells someone fired or used."""
    return _WEAPON_END.search(text, start, end) is not None and _INSTRUMENT_BEFORE.search(text, max(0, start - 40), start) is not None


def _in_breakdown(text: str, before: list, s: int) -> bool:
    """Whether the count at ``s`` is a part of the last of the counts ``before`` it, told after "including", "among
    them" ...: "403 killed, including 147 civilians", "killing six people, including the imam and a child"."""
    if not before:
        return False
    between = text[before[-1][1]: s]
    m = BREAKDOWN.search(clean := _ASIDE.sub(" ", between))
    return m is not None and ";" not in between and not _CLAUSE_VERB.search(clean, m.end())


_DEMONSTRATIONS = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})
_FORCES = frozenset({"MIL", "COP"})  # a state's armed and police forces (a government is what protesters protest against)


def _demonstrators_first(a1: ActorRef | None, a2: ActorRef | None, actors: list[ActorSpan],
                         speakers: set[str]) -> tuple[ActorRef | None, ActorRef | None]:
    """The sides of a demonstration as ACLED codes them: the demonstrators first, the force that intervenes second.
    "Police fired tear gas to disperse the protesters" is the protesters' event with the police as the other side;
    "Protesters marched; police fired tear gas to disperse them" has the police as that side too. (Force against
    protesters is another type, with the force first; a mob's violence has its victims second. A government named in
    a protest is what it protests against, and stays where it is.)"""
    if a1 is not None and a1.kind == "state" and a1.sector in _FORCES:
        # the demonstrators: those named so, else people named by a common noun ("students"), not a named group the
        # sentence tells of ("set fire to the offices of the public prosecutor")
        crowd = [a for a in actors if a.ref.id != a1.id and is_civilian(a.ref) and a.generic]
        demo = next((a.ref for a in crowd if is_demonstrators(a.ref)), None) or \
            (a2 if is_civilian(a2) and any(a.ref.id == a2.id for a in crowd) else next((a.ref for a in crowd), None))
        return (demo, a1) if demo is not None else (a1, a2)
    if is_civilian(a1) and a2 is None:
        force = next((a.ref for a in actors if a.ref.kind == "state" and a.ref.sector in _FORCES and a.ref.id not in speakers), None)
        return a1, force
    return a1, a2


class EventExtractor:
    def __init__(self, nlp, lexicon: Lexicon, country_actor=None):
        self.lexicon = lexicon
        # (role, country=, date=) -> ActorRef: a country's protesters or rioters (Catalog.country_actor)
        self.country_actor = country_actor
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.form_class: dict[str, str] = {}
        for name, tc in lexicon.classes.items():
            for f in tc.forms:
                self.form_class.setdefault(f, name)
        patterns = []
        for name in lexicon.classes:
            forms = [f for f, c in self.form_class.items() if c == name]
            docs = list(nlp.tokenizer.pipe(forms))
            self.matcher.add(name, docs)
            patterns += docs
        cues = {**lexicon.cues, "drone": ["drone", "drones", "uav", "unmanned aerial vehicle"]}
        self._cue_index = {k: PhraseIndex(v, case_sensitive=False) for k, v in cues.items()}
        self._cues = PhraseSets(cues)  # which cue lists a sentence holds, in one pass over it
        self._mod_index = {k: PhraseIndex(v, case_sensitive=False) for k, v in lexicon.modality.items()}
        # whether a text holds a phrase of one list: what PhraseIndex.search answers, by PhraseSets, whose regex
        # matches the character before a phrase where PhraseIndex looks behind at every offset (see phrases.py)
        self._has_mod = {k: PhraseSets({k: v}) for k, v in lexicon.modality.items()}
        self._has_cue = {k: PhraseSets({k: cues[k]}) for k in ("fiction", "accident", "firearms") if k in cues}
        # the cues a frame is searched for, in one pass over it
        self._frame_mods = PhraseSets({k: lexicon.modality[k] for k in ("claimed", "reported")})
        self._has_generic = PhraseSets({"generic": lexicon.generic})
        self._composites = []
        self._comp_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")  # one pass for the verbs of every composite
        for i, comp in enumerate(lexicon.composites):
            self._comp_matcher.add(f"c{i}", list(nlp.tokenizer.pipe(comp.verbs)))
            # a trie, lower-cased so that the variants of a word share a branch: the longest object first,
            # as the flat list sorted by length did, without trying every object at every offset; it matches
            # the character before an object (not a word character or '-'), on the text with a space in front
            # (see _objects), where a look-behind was tried at every offset
            objs = textre.compile(r"(?i)[^\w-](?:" + trie_regex(sorted({o.lower() for o in comp.objects}))
                                  + r")(?![\w-])") if comp.objects else None
            self._composites.append((comp, objs))
            patterns += list(nlp.tokenizer.pipe(comp.verbs))
        # every form either matcher can match: a sentence with none of them needs no tokenising
        forms = _matcher_forms(patterns)
        self._may_match = _matcher_prefilter(forms)
        # (whether any form occurs at all: the same forms without the look-ahead, which the regex engine finds by
        # skipping in C to the characters they begin with, where a pattern that opens with a look-ahead is tried at
        # every offset)
        self._any_form = textre.compile(trie_regex(forms)) if forms else self._may_match
        # ... and where a match may start: the places the matchers are run at (see token_windows)
        guard = _token_start_guard(nlp.tokenizer, forms)
        self._may_start = None if guard is None or not forms else \
            textre.compile(guard + r"(?=(" + trie_regex(forms) + "))")
        self._legal_after = set(lexicon.cues.get("legal_after", ()))
        lb = lexicon.cues.get("legal_before", ())
        self._legal_before = textre.compile(r"(?i)\b(?:" + "|".join(re.escape(x) for x in lb) + r")\b") if lb else textre.compile(r"(?!)")
        self.gate_words = sorted(set(self.form_class) | {v for c in lexicon.composites for v in c.verbs})

    def _composite_triggers(self, ctx: SentenceContext) -> list[tuple[int, int, str, str, list[tuple[int, int]], frozenset]]:
        """Verbs that make a trigger only with an object near them: (start, end, form, class, objects, absorb)."""
        text = ctx.text
        strings = self._comp_matcher.vocab.strings
        best: dict[tuple[int, int], tuple] = {}
        places = [(p.start - ctx.start, p.end - ctx.start) for p in ctx.places]
        by_comp: dict[int, list[tuple[int, int]]] = {}  # composite -> its verbs' (start, end) in the sentence
        for offset, doc in ctx.tokens:
            for mid, s, e in self._comp_matcher(doc):
                span = doc[s:e]
                by_comp.setdefault(int(strings[mid][1:]), []).append((offset + span.start_char, offset + span.end_char))
        for ci, verbs in by_comp.items():
            comp, objs = self._composites[ci]
            cands = _objects(objs, text) if objs is not None else []
            if comp.places:
                cands += [(a, b, 2) for a, b in places]  # a place name binds less than a noun of the object list
            if not cands:
                continue
            for vs, ve in verbs:
                if comp.cls == "disrupt" and _MEANS_AFTER.match(text, ve):
                    continue  # "the carrier was destroyed with a rocket": an attack, not a weapon taken out of use
                near, dist = [], 10 ** 9
                for a, b, extra in cands:
                    if a < ve and vs < b:
                        continue
                    gap = text[ve:a] if a >= ve else text[b:vs]
                    if a < vs and ", " in gap and _ASIDE_GAP.fullmatch(gap):
                        gap = " "  # ("warplanes, backed by Australia, Bahrain and Canada, carried out": the aside aside)
                    n = len(gap.split())
                    if n > comp.window or _COMPOSITE_BREAK.search(gap):
                        continue
                    if a < vs and not comp.subject and (n > 0 or text[vs:ve].lower() in _ACTIVE_VERBS) and \
                            not _PASSIVE_END.search(gap) and text[vs:ve].lower() not in _PATIENT_SUBJECT:
                        continue  # an object before the verb only in the passive ("rifles were seized"), right before it
                        # ("an arms cache", "explosive devices found"), or a territory that "fell to" someone
                    if a < vs and comp.cls == "arrest" and not _PASSIVE_END.search(gap):
                        continue  # "the release of two aid workers seized in Baghdad": people taken before, named
                    if a >= ve and comp.cls == "disrupt" and re.match(r"(?i)\s*by\b", gap):
                        continue  # "destroyed by rockets": the object is the means, not what was taken
                    if a >= ve and comp.cls == "airstrike" and text[vs:ve].lower() in _HIT_VERBS and \
                            not re.search(r"(?i)\b(?:by|from|with|using)\b", gap):
                        continue  # "attacked the Air Force installations", "destroyed three helicopters": the target
                    near.append((a, b))
                    dist = min(dist, n + extra)
                if near and ((vs, ve) not in best or dist < best[(vs, ve)][0]):
                    best[(vs, ve)] = (dist, (vs, ve, text[vs:ve].lower(), comp.cls, near, comp.absorb))
        return [v[1] for v in best.values()]

    def protest_conduct(self, text: str) -> set[str]:
        """How a demonstration went, as told by a sentence that names no protest of its own ("Police fired tear
        gas to disperse the crowd", "Some threw stones at officers"): the conduct cues it holds, less those that
        name what a protest was about ("marched against violence") or are negated ("not violent")."""
        out = set()
        for k in _CONDUCT_CUES & self._cues.present(text):
            if any(not (_TOPIC_BEFORE.search(text[max(0, m.start() - 40): m.start()]) or
                        _NEGATED_BEFORE.search(text[max(0, m.start() - 5): m.start()]))
                   for m in self._cue_index[k].finditer(text)):
                out.add(k)
        return out

    # ------------------------------------------------------------------------------------
    def token_windows(self, text: str) -> list[tuple[int, str]]:
        """The parts of ``text`` that a trigger may match in, as (offset, part) to tokenise; none when
        no trigger can match, and the sentence needs no tokenising for events.

        spaCy tokenises each run of non-space characters on its own (a single space between runs
        leaves no token), so a part made of whole runs gets the tokens the whole text has there.
        A match of either matcher starts where a form starts after a character a token may follow
        (_token_start_guard) and lies within the runs around that hit: the matchers find in the parts
        what they find in the whole sentence, which in long sentences (BBC articles in lower case can
        be one 'sentence') costs a fraction of the tokenising. (The guard character is matched, not
        looked behind at: a regex that starts with a character set lets the regex engine skip in C to
        the next place that holds one, where a look-ahead alone was tried at every offset.)"""
        low = text.lower()
        if len(low) != len(text):  # case folding changed the length: prefilter offsets are not the text's
            return [(0, text)] if self._any_form.search(low) else []
        if self._may_start is None:
            hits = [(m.start(), m.end(1)) for m in self._may_match.finditer(low)]
        else:
            # (run on the text with a space in front, which stands for its start: m.start() is the form's offset)
            hits = [(m.start(), m.end(1) - 1) for m in self._may_start.finditer(" " + low)]
            if not hits and self._any_form.search(low):
                # forms inside words only ("ied" in "denied", "hit" in "white"): no trigger matches there, but the
                # pipeline takes a tokenised sentence for one that may hold a trigger (it looks for its generic
                # actors at once, and for bodies found), as it was tokenised before the guard: it stays so
                hits = [(m.start(), m.end(1)) for m in self._may_match.finditer(low)]
        parts: list[list[int]] = []
        for a, b in hits:
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            while b < len(text) and not text[b].isspace():
                b += 1
            if parts and a <= parts[-1][1]:  # hits in the same runs make one part
                parts[-1][1] = max(parts[-1][1], b)
            else:
                parts.append([a, b])
        return [(a, text[a:b]) for a, b in parts]

    def triggers(self, ctx: SentenceContext) -> Triggers:
        """The trigger words and composite triggers of a sentence with ``ctx.tokens`` (see token_windows).
        Reads the tokens, the text and the places only: a sentence's actors need not be complete yet."""
        strings = self.matcher.vocab.strings
        trig = []
        for offset, doc in ctx.tokens:
            for mid, s, e in self.matcher(doc):
                span = doc[s:e]
                trig.append((offset + span.start_char, offset + span.end_char, span.text.lower(), strings[mid]))
        if trig and ("armed" in ctx.text or "equipped" in ctx.text):
            # "militants armed with rifles and hand grenades stormed a police station": the attackers' weapons, not a
            # grenade attack (the deed is the storming)
            trig = [t for t in trig if not (t[3] in _CARRIED and _ARMED_WITH.search(ctx.text, max(0, t[0] - 50), t[0]))]
        if "trike" in ctx.text:
            trig += self._state_strikes(ctx, trig)
            # "Pakistani warplanes bombed several villages ... The strikes hit Barmal district": the raid told again
            for m in _THE_STRIKES.finditer(ctx.text):
                if not any(t[0] < m.end(1) and m.start(1) < t[1] for t in trig) and \
                        _FROM_THE_AIR.search(ctx.doc.text, max(0, ctx.start - 400), ctx.start):
                    trig.append((m.start(1), m.end(1), m.group(1).lower(), "airstrike"))
        # "the bodies of X and Y were found ... they had been shot": a find with the marks of violence is a killing
        # (the lexicon's "bodies of" alone is a death of unknown cause)
        if "bod" in ctx.text.lower():
            for s, e, _, _ in found_bodies(ctx.text, _next_sentence(ctx)):
                trig = [t for t in trig if not (t[0] < e and s < t[1])] + [(s, e, "bodies found", "kill")]
        return Triggers(trig, self._composite_triggers(ctx) if self._composites else [])

    @staticmethod
    def _state_strikes(ctx: SentenceContext, trig: list) -> list[tuple[int, int, str, str]]:
        """A nation's bare "strike", named as its forces' (the catalog's "{adj} strike"), is an air strike in a sentence
        of violence: "A Turkish strike on a car near Sinjar killed two people", "killed in an Israeli strike" (not
        "French strikes disrupted rail traffic", "British strikes hit airports": stoppages of work). Sentence-local
        (start, end, form, class)."""
        out = []
        text = ctx.text
        for a in ctx.actors:
            if a.ref.sector != "MIL":
                continue
            s, e = a.start - ctx.start, a.end - ctx.start
            if not a.text.lower().endswith(("strike", "strikes")):
                # "an Afghan Air Force strike on a gathering of insurgents", "a coalition strike": the forces' word,
                # then theirs
                m = _STRIKE_AFTER.match(text, e)
                if m is None:
                    continue
                s, e = m.start(1), m.end(1)
            if any(t[0] < e and s < t[1] for t in trig):
                continue  # ("Israeli air strikes": a trigger already)
            if _STRIKE_KILLS.match(text, e) or any(t[3] in VIOLENT for t in trig) or \
                    _STRIKE_ON_TARGET.match(text, e):
                w = text.rfind(" ", s, e) + 1 or s  # (the word "strike" of "Israeli strike", or of "... Air Force strike")
                out.append((w, e, text[w:e].lower(), "airstrike"))
        return out

    def extract(self, ctx: SentenceContext, refs: list[KillReference] | None = None,
                found: Triggers | None = None) -> list[EventDraft]:
        """The sentence's event drafts; deaths named only in a reference that makes no event go to ``refs``.
        ``found``: the sentence's ``triggers``, when the caller has looked for them already."""
        if found is None:
            found = self.triggers(ctx)
        if not found:
            return []
        text = ctx.text
        trig, composite = found.matched, found.composite
        kept = longest_first(trig, bounds=lambda t: (t[0], t[1]))
        # "troops marched into the town", "the army rallied": a protest verb with an armed subject is no protest
        prot = [t for t in kept if t[3] == "protest"]
        if prot and all(t[2] in _PROTEST_VERBS and not _DETERMINER_END.search(text[max(0, t[0] - 12): t[0]]) for t in prot):
            arm = [a for a in ctx.actors if is_armed(a.ref) and a.start - ctx.start < prot[0][0]]
            civ = [a for a in ctx.actors if is_civilian(a.ref) and a.start - ctx.start < prot[0][0]]
            if arm and not civ:
                kept = [t for t in kept if t[3] != "protest"]
        # "warplanes", "fighter jets" name aircraft, not a strike: alone they make no event ("jets scrambled")
        if all(t[2] in _AIRCRAFT for t in kept if t[3] == "airstrike") and \
                not any(t[3] in ("kill", "injure", "attack", "explode", "shell") for t in kept):
            kept = [t for t in kept if t[3] != "airstrike"]
        # "stun grenades", "tear gas grenades" or "shells", "petrol bombs", "paint bombs": crowd-control and riot tools, not
        # explosive attacks
        kept = [t for t in kept if not (t[3] in ("explode", "grenade", "shell") and
                                        _NONLETHAL.search(text[max(0, t[0] - 20): t[0]]))]
        low = textre.ascii_lower(text)  # (see textre.may_hold)
        # "in March 2018", "on 3 March", "In March, gunmen killed five": the month
        kept = [t for t in kept if not (t[2] == "march" and text[t[0]] == "M" and
                                        (re.match(r"[\s,]+\d", text[t[1]:]) or
                                         re.search(r"\d(?:st|nd|rd|th)?(?:\s+of)?\s+$", text[:t[0]]) or
                                         _MONTH_BEFORE.search(text, max(0, t[0] - 10), t[0])))]
        # "Protest organisers called for a shutdown", "rally leaders were arrested": a protest word that names who
        # organises one, or what it is done with, tells no protest
        if any(t[3] == "protest" for t in kept):
            kept = [t for t in kept if not (t[3] == "protest" and _PROTEST_MODIFIES.match(text, t[1]))]
        # "Sam Gamgee marched to the border": a march or rally needs a crowd
        prot = [t for t in kept if t[3] == "protest"]
        if prot and all(t[2] in _PROTEST_VERBS and not _DETERMINER_END.search(text[max(0, t[0] - 12): t[0]]) for t in prot) \
                and not _CROWD.search(text) and \
                not any(a.generic and (is_civilian(a.ref) or a.count) for a in ctx.actors):
            kept = [t for t in kept if t[3] != "protest"]
        # "After about an hour, the attackers withdrew": leaving the scene of a deed hands over no territory (a
        # withdrawal names a place, or where from, or who took over: "entered Afrin after the YPG pulled out", "withdrew
        # today from the Walid crossing", "the town from which the army withdrew", "took control of the town after
        # government troops pulled out")
        if not ctx.places and any(t[3] == "withdraw" and t[2] in _BARE_WITHDRAW for t in kept) and \
                not any(t[3] == "capture" for t in kept) and \
                not (textre.may_hold(low, ("from", "out of")) and _FROM_WHERE.search(text)):
            kept = [t for t in kept if not (t[3] == "withdraw" and t[2] in _BARE_WITHDRAW)]
        # "The attack came a week after gunmen shot dead a Taliban official": the deed told after is the sentence's own
        # (another event than the one its subject refers back to); the subject's word goes
        if textre.may_hold(low, ("after", "before")) and textre.may_hold(low, _ANOTHER_EVENT_WORDS) and \
                (m := _CAME_AFTER.search(text)) is not None and any(t[0] >= m.end() for t in kept) and \
                all(t[0] >= m.end() or _ANAPHORIC.search(text[max(0, t[0] - 12): t[1]]) for t in kept):
            kept = [t for t in kept if t[0] >= m.end()]
        # "At the same time that this attack was taking place, the FMLN staged attacks on the bridge": the opening
        # clause refers back to the deed told before, and the sentence tells another one after it
        if textre.may_hold(low, ("same time", "while", "as ")) and (m := _SIMULTANEOUS_OPENING.match(text)) and \
                any(t[0] >= m.end() for t in kept):
            kept = [t for t in kept if t[0] >= m.end()]
        # "Two days after the bombing, gunmen killed three traders": the opening names the deed told before, the
        # sentence tells another
        if textre.may_hold(low, ("after the", "before the", "after this", "after that")) and \
                (m := _AFTER_THE_DEED_OPENING.match(text)) and any(t[0] >= m.end() for t in kept):
            kept = [t for t in kept if t[0] >= m.end()]
        # "signed an agreement with a small ELN splinter group": the group is named, not formed
        if any(t[3] == "group_change" and "splinter" in t[2] for t in kept) and any(t[3] != "group_change" for t in kept):
            kept = [t for t in kept if not (t[3] == "group_change" and "splinter" in t[2] and
                                            _NAMED_AS_OBJECT.search(text, max(0, t[0] - 40), t[0]))]
        # "Born in Zabul, he joined the Taliban as a young man in the 1990s": a life told, no change to a group
        if any(t[3] == "group_change" for t in kept) and textre.may_hold(low, _BIOGRAPHY_WORDS) and _BIOGRAPHY.search(text):
            kept = [t for t in kept if t[3] != "group_change"]
        # "The surrendered fighters were flown to Sheberghan": a surrender told before, named by its men
        if any(t[2] == "surrendered" for t in kept):
            kept = [t for t in kept if not (t[2] == "surrendered" and _DETERMINER_END.search(text[max(0, t[0] - 12): t[0]]))]
        # "Stocks staged a rally", "the dollar rallied": a market's rise, not a protest
        if any(t[3] == "protest" and "rall" in t[2] for t in kept) and _MARKET.search(text) and not _PROTEST_WORDS.search(text):
            kept = [t for t in kept if not (t[3] == "protest" and "rall" in t[2])]
        # "Mujahid did not give details about the identities of those killed": the dead of a deed told, named again
        if textre.may_hold(low, ("those", "the dead")):
            kept = [t for t in kept if not (t[3] == "kill" and _THOSE_BEFORE.search(text, max(0, t[0] - 20), t[0]))]
        # "We asked for reinforcements for two days and nobody came": troops asked for are not troops sent
        if textre.may_hold(low, ("for ", "request", "need", "sought")):
            kept = [t for t in kept if not (t[3] == "mobilize" and _ASKED_FOR_BEFORE.search(text, max(0, t[0] - 40), t[0]))]
        # "the victims of the Maguindanao massacre", "the Army Public School massacre": a past deed named by its place
        if textre.may_hold(low, ("massacre",)):
            kept = [t for t in kept if not (t[2] in ("massacre", "massacres") and _NAMED_DEED_BEFORE.search(text, max(0, t[0] - 50), t[0])
                                            and not _OF_VICTIMS_AFTER.match(text, t[1]) and not _DAY_WORD.search(text))]
        # "a heart attack", "a shark attack", "a cyber attack": no violence between people
        kept = [t for t in kept if not (t[3] == "attack" and _NOT_HUMAN_ATTACK.search(text[max(0, t[0] - 20): t[0]]))]
        # "weapons, ammunition and explosives were also recovered": explosives taken, not set off
        if textre.may_hold(low, _TAKEN_WORDS):
            kept = [(a, b, f, "disrupt") if c == "explode" and f.lower() in _EXPLOSIVE_GOODS and (
                _GOODS_TAKEN_AFTER.match(text, b) or _GOODS_TAKEN_BEFORE.search(text, max(0, a - 90), a)) else (a, b, f, c)
                for a, b, f, c in kept]
        # "verbally attacked the president": words, not violence
        if textre.may_hold(low, ("verbally", "rhetorically")):
            kept = [t for t in kept if not (t[3] in ("attack", "clash") and
                                            _VERBAL_BEFORE.search(text[max(0, t[0] - 20): t[0]]))]
        # "a non-violent demonstration" is a demonstration, "did not turn violent" no riot
        kept = [(a, b, f, "protest" if f.startswith("violent ") else None)
                if c == "riot" and _NEGATED_BEFORE.search(text[max(0, a - 5): a]) else (a, b, f, c) for a, b, f, c in kept]
        kept = [t for t in kept if t[3] is not None]
        # "took the towns without any armed clashes", "entered without a fight": violence that did not happen
        unfought = [t for t in kept if t[3] in VIOLENT and _WITHOUT_BEFORE.search(text[max(0, t[0] - 50): t[0]])] \
            if textre.may_hold(low, ("without",)) else []
        # "the coalition tasked with fighting the rebels": the role of an actor, not a deed
        role = textre.may_hold(low, ("tasked", "charged", "mandated", "entrusted"))
        kept = [t for t in kept if t not in unfought and not (role and t[3] in ("clash", "attack") and
                                                            _ROLE_BEFORE.search(text[max(0, t[0] - 30): t[0]]))]
        # "ended a ceasefire", "broke the truce": the end of an agreement is no agreement
        kept = [t for t in kept if not (t[3] == "agree" and (_ENDED_BEFORE.search(text, max(0, t[0] - 40), t[0]) or
                                                            _ENDED_AFTER.match(text, t[1])))]
        # "riot police", "riot gear" are the state's, not a riot
        kept = [t for t in kept if not (t[2] == "riot" and re.match(r"(?i)[\s-]+(?:police|policemen|gear|squad|units?|officers|control|act)\b", text[t[1]:]))]
        specific_at = set()
        for s, e, form, cls, objs, absorb in composite:
            cover = [t for t in kept if t[0] < e and s < t[1]]
            if any(t[3] != cls and t[3] not in _WEAK_CLASSES and t[3] not in absorb for t in cover):
                continue  # another trigger covers the verb ("seized control")
            if any(t[3] != cls for t in cover):  # "freed several villages" is no release; "raids by helicopters" an air strike
                kept = [t for t in kept if t not in cover]
                cover = []
            kept = [t for t in kept if not (t[3] in absorb and any(a < t[1] and t[0] < b for a, b in objs))]
            if cover:  # "defused" is a trigger already: it only takes its object ("a bomb") off the violence
                specific_at.update(t[0] for t in cover)
                continue
            kept.append((s, e, form, cls))
            specific_at.add(s)
        kept.sort(key=lambda t: t[0])
        # a past event used to tell the time of another: "five years after crowds burned down its embassy",
        # "the mayor, jailed over a year ago", "more than a year after the Taliban seized Kabul" (a composite too)
        years_after = textre.may_hold(low, _YEARS_WORDS) and textre.may_hold(low, ("after", "since"))
        ago = textre.may_hold(low, ("ago",))
        if years_after or ago:
            kept = [t for t in kept if not (years_after and _YEARS_AFTER.search(text[max(0, t[0] - 100): t[0]]) or
                                            ago and _AGO_AFTER.match(text[t[1]: t[1] + 40]))]
        # "regained control of the prison after a siege by militants": a building retaken ends the attack the sentence
        # tells, it is no territory changing hands
        if any(t[3] in _FIGHT for t in kept):
            kept = [t for t in kept if not (t[3] == "capture" and _BUILDING_CONTROLLED.match(text, t[1]))]
        # "..., according to vigilantes": the source of the report is no trigger (nor "a vigilante leader said")
        kept = [t for t in kept if not source_before(text, t[0]) and
                not (t[3] == "mob" and _TELLER_NOUN_AFTER.match(text, t[1]))]
        # phrasal idioms that are not violence: "killed off", "killed time", "killed the bill"; a body named after
        # sanctions ("the UN sanctions monitoring team") imposes none; what a demand asks for
        # ("demanding that the killers be arrested") has not happened
        # "The arrested men are wanted under the law", "the kidnapped students' parents": a participle before its noun
        # tells of people a deed was done to, not the deed (told before, or not told as news)
        if textre.may_hold(low, ("the ", "these ", "those ")):
            kept = [t for t in kept if not (t[2].endswith("ed") and " " not in t[2] and
                                            _DEFINITE_BEFORE.search(text, max(0, t[0] - 20), t[0]) and
                                            _PEOPLE_AFTER.match(text, t[1]))]
        # "the hosts ran riot after the break", "inflation ran riot": the idiom tells no riot, unless a crowd ran it
        if textre.may_hold(low, ("ran riot", "run riot", "running riot", "runs riot")):
            kept = [t for t in kept if not (t[3] == "riot" and _RUN_RIOT_BEFORE.search(text, max(0, t[0] - 50), t[0]) and
                                            not _CROWD_RAN_BEFORE.search(text, max(0, t[0] - 50), t[0]))]
        # "More than 350 people have been killed since the protests began on October 1": what a running count is counted
        # from is no deed of the sentence
        if " since " in text:
            kept = [t for t in kept if not (_SINCE_BEFORE.search(text, max(0, t[0] - 30), t[0]) and
                                            _BEGAN_AFTER.match(text, t[1]))]
        # "hit a vehicle carrying a suspected suicide bomber", "police arrested a would-be suicide bomber": the bomber is
        # what another deed was done to, no bombing (one he did has its own words: "blew himself up")
        if textre.may_hold(low, ("suicide", "bomber")):
            kept = [t for t in kept if not (t[3] == "suicide" and _BOMBER.fullmatch(t[2]) and
                                            _TAKES_THE_BOMBER_BEFORE.search(text, max(0, t[0] - 60), t[0]))]
        # "Pakistan lodged a strong protest with the Afghan government": a state's complaint, no demonstration
        if textre.may_hold(low, ("lodge", "register", "filed", "convey")):
            lodged = [t for t in kept if t[3] == "protest" and _LODGED_BEFORE.search(text, max(0, t[0] - 50), t[0])]
            # (and what it complains of is no deed of the sentence: "... over the shelling", "against the killing of")
            kept = [t for t in kept if t not in lodged and not (
                lodged and t[0] > lodged[0][1] and _COMPLAINED_OF_BEFORE.search(text, max(0, t[0] - 40), t[0]))]
        trig = [t for t in kept if not (t[3] == "kill" and _KILL_IDIOM_AFTER.match(text[t[1]:])) and
                not (t[3] == "sanction" and (_SANCTIONS_BODY_AFTER.match(text, t[1]) or
                                             _BANNED_GROUP.match(text, t[1]) and _ARTICLE_BEFORE.search(text, 0, t[0]))) and
                not ("that" in text and _DEMANDED_BEFORE.search(text, max(0, t[0] - 80), t[0]))]
        # "stabbed the prefect to death": the words "to death" after a violent verb kill
        if not text.isascii() or "death" in text.lower():  # (in ASCII text TO_DEATH needs the word)
            trig += [(m.start("td"), m.end("td"), "to death", "kill") for m in TO_DEATH.finditer(text)
                     if not any(a < m.end("td") and m.start("td") < b for a, b, _, _ in trig)]
        trig.sort(key=lambda t: t[0])
        if not trig:
            return []
        dates = [(t.start - ctx.start, t.end - ctx.start) for t in ctx.times]
        # (where a named group's name starts: "30 Taliban and 15 Islamic State militants had been killed" counts its men)
        groups = frozenset(a.start - ctx.start for a in ctx.actors if not a.generic and a.ref.kind == "armed_group")
        counts = self._victim_counts(text, trig, dates, groups)
        # "the deadliest attack since December 16, 2014, when TTP gunmen stormed the Army Public School": the clause after
        # such a date tells the deed of that day, another than the one the sentence is about
        # (or after a date in a since-phrase: "since the two countries fought a war in September 2022, in which nearly
        # 300 troops were killed")
        breaks = [m.start() for t in ctx.times if t.kind == "point" and
                  (_SINCE.search(text, max(0, t.start - ctx.start - 12), t.start - ctx.start) or
                   _IN_SINCE_PHRASE.search(text, max(0, t.start - ctx.start - 90), t.start - ctx.start)) and
                  (m := _WHEN_CLAUSE.match(text, t.end - ctx.start))] if "when" in text or "which" in text else []
        # "Thousands marched in Mingora on Monday, a week after gunmen killed a van driver": the deed after the phrase is
        # another, told to date the first (its toll and its kind are its own)
        if " after " in text and (m := _SPELL_AFTER.search(text)) and any(t[0] < m.start() for t in trig) and \
                any(t[0] >= m.end() for t in trig):
            breaks.append(m.start())
        frames = self._frames(text, trig, counts, breaks, ctx.actors, ctx.start)
        cues_all = self._cues.present(text)
        if "armed_target" in cues_all and not self._armed_target_told(text):
            cues_all.discard("armed_target")  # ("an aid convoy", "..., police said": no armed target told)
        if unfought:
            cues_all.add("no_resistance")
        # "a march against gun violence", "rallied to decry the arrests": what a protest is about is not how it went
        # (nor what it demands: "demanding that the killers be arrested")
        for k in _CONDUCT_CUES & cues_all:
            # (a verb in the past after the topic is the crowd's deed: "protesters angry over power cuts stormed the
            # council building")
            if all(_TOPIC_BEFORE.search(text[max(0, m.start() - 40): m.start()]) and
                   not (_PAST_VERB.match(m.group(0)) and not _ADJECTIVE_SLOT_END.search(text, max(0, m.start() - 12), m.start())) or
                   _NEGATED_BEFORE.search(text[max(0, m.start() - 5): m.start()]) or
                   _DEMANDED_BEFORE.search(text, max(0, m.start() - 80), m.start()) or
                   k == "intervention" and _self_dispersed(text, m) for m in self._cue_index[k].finditer(text)):
                cues_all.discard(k)
        out = []
        for fr in frames:
            d = self._draft(ctx, fr, cues_all, specific_at)
            if d is None:
                if refs is not None and fr.kill and not is_tally(text[fr.start: fr.end]) and \
                        self._modality(text, fr, min(fr.triggers, key=lambda t: _RANK.get(t[3], 99))) in ("asserted", "reported"):
                    # ("accused of assassinating the six priests": a court's case, and the priests' toll)
                    refs.append(KillReference(ctx.index, _sum_counts(fr.kill), tuple(fr.names),
                                              tuple(t[2] for t in fr.triggers if t[3] == "kill")))
                continue
            if refs is not None and fr.kill and d.fatalities is None and d.typing.plover_type == "PROTEST" and \
                    not is_tally(text[fr.start: fr.end]):
                # "a protest for the murder of X and Y": the dead a protest is about are named only in a reference
                refs.append(KillReference(ctx.index, _sum_counts(fr.kill), tuple(fr.names),
                                          tuple(t[2] for t in fr.triggers if t[3] == "kill")))
            if d.modality == "negated" and _NO_ONE.search(text, fr.start, fr.end):
                if d.injured is None and d.actor1 is None and d.actor2 is None:
                    continue  # "No one else was killed": what a deed told did not do, no deed of its own
                if d.injured is not None and not any(t[3] in VIOLENT and t[3] not in ("kill", "injure") for t in fr.triggers):
                    # "Two FC soldiers were wounded; no one was killed": the hurt of the deed told before, and none dead
                    d = replace(d, modality="asserted", fatalities=Count(0, 0, 0), anaphoric=True, actor1=None, actor2=None)
            span = text[fr.start: fr.end]
            # (the day a since-phrase gives starts the tally's period: "30 people have been killed since fighting
            # erupted between cartel factions on Monday 9 September")
            day_dated = d.time is not None and d.time.precision == "day"
            if d.typing.violent and (d.fatalities or d.injured) and (is_tally(span) or is_period_toll(span)) and \
                    not (day_dated and not (fr.start <= d.time.start - ctx.start < fr.end and
                                            dates_tally(span, d.time.start - ctx.start - fr.start))) and \
                    not ranked_since(span, min(t[1] for t in fr.triggers) - fr.start):
                # "13,000 people have been killed since 1980": a tally, not an incident (not a deed ranked against those
                # since a time, whether or not the report's date resolves its day: "killed the governor on Thursday, the
                # most senior official killed since the group took power")
                continue
            viol = [t for t in fr.triggers if t[3] in VIOLENT]
            if d.typing.violent and not d.fatalities and viol and all(_PLURAL_DEED.search(t[2]) for t in viol) and \
                    is_tally(text):
                continue  # "recorded 1,095 civilian deaths since August 2021, most caused by IEDs in attacks": no one deed
            if d.typing.violent and not d.fatalities and viol and all(_PLURAL_DEED.search(t[2]) for t in viol) and \
                    all(_MANY_REFERRED.search(text, max(0, t[0] - 30), t[0]) for t in viol):
                continue  # "Most of these attacks were claimed by ISKP": deeds told before, many at once
            if all(_PLURAL_DEED.search(t[2]) or _PLURAL_OTHER_DEED.search(t[2]) or
                   _INSTANCES_OF.search(text, max(0, t[0] - 40), t[0]) for t in fr.triggers) and \
                    textre.may_hold(low, _MONITOR_WORDS) and \
                    all(_MONITOR_COUNT.search(text, max(0, t[0] - 60), t[0]) for t in fr.triggers):
                continue  # "UNAMA recorded at least 14 arbitrary arrests of journalists": a monitor's count of deeds
            if d.typing.violent and d.fatalities and is_spread_toll(span):
                continue  # "eight were killed in clashes in various parts of the country": a sum of incidents
            if d.typing.violent and (is_summed_toll(span) or
                                     textre.may_hold(low, ("across",)) and _ACROSS_SPREAD.search(text, fr.start, fr.end)):
                # "six engineers have been murdered this week by the Shining Path", "bandits killed seven people in
                # separate attacks on three villages", "attacks leave nine dead across Khyber Pakhtunkhwa": who did
                # what stays, the sum is no one deed's toll, and the deeds it sums may be told one by one after it
                d = replace(d, fatalities=None, injured=None, sums=True, summed=d.fatalities)
            if d.typing.violent and d.fatalities and d.time is not None and d.time.precision == "year" and \
                    (d.place is None or d.place.place.kind == "country") and \
                    not (d.fatalities.best == 1 and d.fatalities.high == 1):
                # "3,804 civilian deaths in 2018 in Afghanistan": a year's toll for a country, no incident (one man's
                # death is one: "since the 2021 assassination of President Jovenel Moise")
                continue
            if d.typing.violent and d.time is not None and d.time.precision in ("year", "month") and \
                    (d.place is None or d.place.place.kind in ("admin1", "country")) and \
                    textre.may_hold(low, ("across", "throughout")) and _ACROSS_UNIT.search(text, fr.start, fr.end):
                continue  # "More than 1,200 people were abducted across Katsina State in 2023": a year's count, no deed
            if d.typing.violent and d.fatalities and d.time is not None and d.time.precision in ("year", "month") and \
                    textre.may_hold(low, (" in ", "during")) and _IN_MANY_DEEDS.search(text, fr.start, fr.end):
                continue  # "219 Maoists were killed in encounters in Chhattisgarh in 2024": a period's toll of many deeds
            out.extend(_each_place(ctx, fr, d))
        if len(out) > 1 and any(d.ranked for d in out):
            # "... shot dead a local journalist, ..., the third killing of a reporter this year": one deed, told and ranked
            out = [d for d in out if not d.ranked] or out
        return _one_toll_two_sources(text, ctx.start, out)

    # ------------------------------------------------------------------------------------
    def _victim_counts(self, text: str, trig, dates: list[tuple[int, int]] = (),
                       groups: frozenset[int] = frozenset()) -> list[tuple[int, int, Count, str]]:
        """Counts that number victims, with 'kill' or 'injure' by the nearest such trigger; numbers
        inside a date are not counts ("on 5 June 2020 killed 7": 5 and 2020 are a date). ``groups``: where the names
        of armed groups start (a count right before one numbers its men: "30 Taliban")."""
        kt = [t for t in trig if t[3] in ("kill", "injure")]
        if not kt:
            # "the bombing ... they regret the death of a civilian": the dead a violent act's sentence names
            return single_victims(text, [], []) if any(t[3] in VIOLENT for t in trig) else []
        out = []
        # the words some patterns below need, looked for once in the sentence (see textre.may_hold)
        low = textre.ascii_lower(text)
        subset = textre.may_hold(low, ("includ", "incl.", "among them", "among whom", "of whom", "of them"))
        breakdown = textre.may_hold(low, ("including", "among", "whom", "them"))
        include = textre.may_hold(low, ("include",))
        agent_by = textre.may_hold(low, ("by",))
        taken_alive = textre.may_hold(low, _TAKEN_ALIVE_WORDS)
        rose_to = textre.may_hold(low, ("rose", "climb", "jump", "increas", "risen", "reach", "rising", "raised", "revised",
                                        "lowered", "corrected", "reduced", "fell", "dropped", "stands", "stood", "raising",
                                        "bringing", "taking", "pushing"))
        put_words = textre.may_hold(low, ("toll", "figure"))
        for s, e, c in find_counts(text):
            if any(a < e and s < b for a, b in dates):
                continue
            tok = text[s:e].lower()
            if tok in ("a", "an", "some", "few", "a few", "many", "several", "numerous") and not _VICTIM_AFTER.match(text[e:]):
                continue
            before = text[max(0, s - 40): s]
            if subset and _SUBSET.search(before):
                continue
            if out and s and text[s - 1] == "(" and out[-1][2].best == c.best:
                continue  # "six (06) soldiers": the figure again, in digits
            if out and _ALL_OF_BEFORE.search(before) and any(o[2].best == c.best for o in out):
                continue  # "three militants were hiding; all three were killed": the group counted before
            if tok == "one" and _NO_BEFORE.search(before):
                continue  # "but no one was killed"
            if out and breakdown and _OF_THEM_AFTER.match(after := text[e: e + 50]) and _COMMA_BEFORE.search(before):
                continue  # "six soldiers were killed, four of them officers": a part of the count before
            if out and breakdown and _in_breakdown(text, out, s):
                # "403 killed, including 147 civilians, 165 rebels and 65 soldiers": a breakdown (not "killed more than 170,
                # including 13 US service members, and wounded at least 150 others": a clause of its own)
                continue
            if include and _INCLUDE_LIST.search(text, max(0, s - 150), s):
                continue  # "the people killed include Jaime Pardo, around 30 deputies and many mayors": a breakdown
            after = text[e: e + 50]
            if _MEASURE_AFTER.match(after):
                continue
            # "2-3", "3/5", "10:30" (not a dateline's dash: "Oruro, 3 May 21 -- Two soldiers were killed")
            # (the second number of a range is a figure after a figure: "QUETTA, March 20, 2024 (AFP) - Eight militants")
            if _NUMBER_GOES_ON.match(after) or _NUMBER_BEFORE.search(before[-3:]) or \
                    text[s].isdigit() and _RANGE_DASH_BEFORE.search(before[-4:]):
                continue
            if agent_by and _AGENT_BY.search(before) or _SUSPECTS_AFTER.match(after) and \
                    not any(t[1] <= s and not text[t[1]: s].strip() for t in kt):
                # "killed by two men", "eight soldiers accused of killing the priests": the killers (not those a killing
                # verb right before takes: "executed two men convicted of murder")
                continue
            if _OTHER_FATE_AFTER.match(after):
                continue  # "two were killed and two others were taken hostage": the hostages are alive
            if _PRESENT_AFTER.match(after):
                continue  # "a marquee where some 400 party workers had gathered": those there, not those hurt
            if _TELLERS_AFTER.match(after) or _ACCORDING_TO_END.search(before):
                # "..., two residents told Reuters", "three witnesses said", "according to two relatives": those who
                # tell, not the dead
                continue
            if taken_alive and _TAKEN_ALIVE_BEFORE.search(before):
                continue  # "killed a commander and arrested three of his men": the three were taken, not killed
            if _KILLED_OR_HURT.match(text, e, min(len(text), e + 70)):
                continue  # "more than 100 people were killed or wounded": dead and hurt in one figure, neither
            # "the death toll from a suicide bombing at a mosque in Peshawar rose to 100": the toll, however far its word
            # (or "the number of people killed in the gun battle has risen to nine")
            raised = rose_to and bool(_RAISING_TOLL_END.search(before))
            toll_rose = rose_to and (bool(_ROSE_TO_END.search(before)) and any(_tolls(text, t) and t[1] <= s for t in kt) or
                                     raised and any(t[3] == "kill" and t[1] <= s for t in kt))
            # a figure given in place of a first one: "first said 40 were killed; ... later put the verified toll at 19"
            put_at = put_words and bool(_TOLL_PUT_AT_END.search(before)) and _FIRST_FIGURE.search(text, 0, s) is not None
            is_victim = bool(_VICTIM_AFTER.match(after) or _PERSON_AFTER.match(after) or _VICTIM_BEFORE.search(before)
                             or groups and e + len(after) - len(after.lstrip()) in groups
                             or toll_rose
                             or put_at and any(t[1] <= s for t in kt)
                             or _PASSIVE_VICTIMS.match(after) or plural_people().match(after)
                             or (_KILL_OF.search(before) and _PLURAL_AFTER.match(after)))
            if not is_victim or (numbers_killers(text, e) and not _VICTIM_BEFORE.search(before)):
                continue
            # nearest kill/injure trigger decides what the count counts
            best, dist = None, 10 ** 9
            for t in kt:
                d = _distance(text, e, t[0]) if t[0] >= e else _distance(text, t[1], s)
                d = d if t[0] >= e else d * 0.8  # "killing 6" (trigger before) binds a bit tighter
                if d < dist:
                    best, dist = t, d
            if toll_rose:
                best, dist = next(t for t in reversed(kt) if (_tolls(text, t) or t[3] == "kill") and t[1] <= s), 0
            if best is None or dist > 80:
                continue
            kind = best[3]
            # the count's own predicate decides, not the nearer trigger of the clause before: "all three
            # attackers were killed, and that two guests were injured" (two injured)
            m_after = _VICTIM_AFTER.match(after) or _PASSIVE_VICTIMS.match(text[e: e + 80]) or _HURT_WHO_DIED.match(after)
            if m_after:
                w = m_after.group(0).lower()
                # ("three of the wounded died in hospital": dead now)
                kind = "injure" if any(x in w for x in ("wounded", "injured", "hurt")) and \
                    not any(x in w for x in ("died", "succumbed")) else "kill"
            if kind == "kill" and _PARTICIPLE_AFTER.match(after):
                kind = "kill_ref"
            if out and kind == "kill" and _OF_THEM_AFTER.match(after) and best[1] <= s and \
                    not text[best[1]: s].strip() and out[-1][1] <= best[0]:
                # "opened fire on two policemen guarding the mosque, killing one of them": the two were shot at, the
                # one of them killed is the toll
                out.pop()
            if kind == "kill" and out and (put_at or raised):
                # "Civil defence first said 40 people were killed; the health ministry later put the verified toll at
                # 19": the figure that replaces the first, not more dead ("Three of the wounded died ..., raising the
                # toll from this incident to nine": the new toll holds them)
                out = [o for o in out if o[3] not in ("kill", "kill_ref")]
            out.append((s, e, c, kind))
        kills = [(t[0], t[1]) for t in kt if t[3] == "kill"]
        if kills:
            out += single_victims(text, kills, [(s, e) for s, e, _, _ in out])
            out.sort(key=lambda x: x[0])
        if any(t[3] == "injure" for t in kt) and textre.may_hold(low, ("third", "fourth", "fifth", "another")):
            # "shot dead two polio workers and wounded a third", "killed two soldiers and another was injured": one more hurt
            for m in _ONE_MORE_HURT.finditer(text):
                g = "one" if m.group("one") else "one2"
                if not any(a < m.end() and m.start() < b for a, b, _, _ in out):
                    out.append((m.start(g), m.end(g), Count(1, 1, 1), "injure"))
            out.sort(key=lambda x: x[0])
        return out

    def _frames(self, text: str, trig, counts, breaks=(), spans=(), off: int = 0) -> list[Frame]:
        """The sentence cut into the frames of its kill triggers, each with the counts it owns. ``spans``: the
        sentence's actor spans (document offsets; the sentence starts at ``off``), which name the side of each count
        of the dead."""
        # kill triggers that own counts open frames; the others join the frame they fall in
        owners = []
        for s, e, c, kind in counts:
            owner = min((t for t in trig if t[3] in ("kill", "injure")), key=lambda t: abs((t[0] + t[1]) / 2 - (s + e) / 2),
                        default=(s, e, "", "kill_ref"))  # a death named beside another violent act owns no frame
            owners.append(owner)
        kill_owners = sorted({o for o, (_, _, _, k) in zip(owners, counts) if o[3] == "kill"}, key=lambda t: t[0])
        cuts = [0]
        for a, b in zip(kill_owners, kill_owners[1:]):
            a_end = max([a[1]] + [s2 for (s1, s2, _, _), o in zip(counts, owners) if o == a])
            b_start = min([b[0]] + [s1 for (s1, _, _, _), o in zip(counts, owners) if o == b])
            if _WHILE_COUNT.fullmatch(text, a_end, max(a_end, b_start)):
                continue  # "four attackers were killed ..., while one sailor was martyred": the other side's dead of it
            cut = None
            for m in _CLAUSE.finditer(text, a_end, max(a_end, b_start)):
                cut = m.start()
            if cut is None:
                continue
            cuts.append(cut)
        # (what follows a break tells one other deed, whole: "..., when TTP gunmen stormed the school, killing 140")
        first_break = min(breaks, default=len(text))
        cuts = sorted({c for c in cuts if c <= first_break}.union(breaks))
        cuts.append(len(text))
        frames = [Frame(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
        for t in trig:
            for fr in frames:
                if fr.start <= t[0] < fr.end:
                    fr.triggers.append(t)
                    break
        caps = None
        for s, e, c, kind in counts:
            for fr in frames:
                if fr.start <= s < fr.end:
                    if kind in ("kill", "kill_ref"):
                        fr.kill.append(with_sides(c, victim_sides(text, s, e, c, spans, off)))
                    else:
                        fr.injured.append(c)
                    fr.told_kills += kind == "kill"
                    if kind in ("kill", "kill_ref") and c.best == 1:
                        caps = is_caps(text) if caps is None else caps
                        name = victim_name(text[s:e], caps)
                        if name:
                            fr.names.append(name)
                    break
        return [f for f in frames if f.triggers]

    # ------------------------------------------------------------------------------------
    def _modality(self, text: str, fr: Frame, main) -> str | None:
        """None = no record ("intended to overthrow"); else the contract's modality."""
        # the clause of the trigger starts after the frame's last ';' or ':' before it
        clause_start = max(fr.start, text.rfind(";", fr.start, main[0]) + 1, text.rfind(":", fr.start, main[0]) + 1)
        pre = text[clause_start: main[0]]
        # (the words the patterns below need, looked for first in ASCII text: see textre.may_hold)
        low = textre.ascii_lower(pre)
        near = " ".join(pre.split()[-5:])
        if self._has_mod["drop"].present(pre):
            return None
        if textre.may_hold(low, _AIM_WORDS) and _AIM_BEFORE.search(pre):
            return None  # the deed aimed at is not done by the telling
        if (low is None or "to" in low) and _TO_BEFORE.search(pre) and not _PREPOSITION_TO.search(pre) and not self._has_mod["planned"].present(near) and \
                not _GOES_ON_TO_BEFORE.search(pre) and \
                not (main[3] in _ATTEMPTED_DEEDS and _ATTEMPTED_TO_BEFORE.search(pre)) and \
                not (main[3] == "protest" and
                     re.search(r"(?i)\b(?:\w+ed|took|went|came|gathered|held|rallied|marched)\b", " ".join(pre.split()[-9:]))):
            # ("blocked roads to protest the bill": the purpose of a deed already told is no intention)
            return None  # "the proposition of ISIS-K to attack the US": an infinitive, not a deed
        frame = text[fr.start: fr.end]
        if ("claim" in frame and _NO_CLAIM.search(frame)) or ("false" in text or "untrue" in text) and \
                _TOLD_FALSE.match(text, main[1]):
            # "No group claimed responsibility for the killing": of a deed told before, no new one; "reports ... of a
            # second explosion were false, police said": a deed that did not happen
            return None
        in_frame = self._frame_mods.present(frame)
        # (a frame that is the whole sentence is searched once)
        claimed = bool("claimed" in in_frame or (len(frame) != len(text) and self._has_mod["claimed"].present(text)))
        if self._has_mod["negated"].present(" ".join(pre.split()[-3:])) or \
                textre.may_hold(low, ("denied", "denies", "deny", "rejected", "rejects", "dismissed", "refuted")) and \
                _DENIED_THAT.search(pre):
            return "negated"  # (or denied in a clause before: "the SDF denied reports that its fighters had clashed")
        if textre.may_hold(textre.ascii_lower(text[main[1]:]), ("denied", "rejected", "dismissed", "refuted")) and \
                _REPORTS_OF_END.search(pre) and \
                _DENIED_LATER.match(text, main[1]):
            return "negated"  # "Reports on social media of a CJNG attack on a convoy were denied by the Defense Ministry"
        if self._has_mod["planned"].present(near) or _PLANNED_AFTER.match(text, main[1]) or \
                main[3] == "protest" and (low is None or "call" in low or "urg" in low or "appeal" in low) and \
                _CALLED_TO_PROTEST.search(pre) and not any(t[0] > main[0] and t[3] == "protest" for t in fr.triggers):
            # (or after it: "more raids on the group's cells were planned"; a protest called for is still to come:
            # "leaders called for nationwide protests on Friday", "urged supporters to march on parliament")
            return "planned"
        if textre.may_hold(low, _CONDITIONAL_WORDS) and _CONDITIONAL.search(pre) or \
                self._has_mod["hypothetical"].present(_MONTH_MAY.sub(" ", _not_made_possible(" ".join(pre.split()[-4:])))) or \
                textre.may_hold(low, ("will also", "will then", "will again")) and _WILL_ALSO_BEFORE.search(pre) or \
                textre.may_hold(low, _SUCH_WORDS) and _SUCH_BEFORE.search(pre) or _MODAL_AFTER.match(text, main[1]) or \
                textre.may_hold(low, ("scenario", "worst case", "worst-case")) and _SCENARIO_OPENING.match(text) or \
                _MODAL_LATER.match(text, _before_preposition(main)) and _INDEFINITE_END.search(pre):
            # (also "such an attack would embarrass the Taliban": a kind of deed, not one; "an all-out assault on
            # El Fasher would have catastrophic consequences", "a new offensive against ISWAP positions around Lake
            # Chad will begin next month": one that may come)
            return "hypothetical"
        if ("claim" in text or "assertion" in text or "figure" in text or "report" in text or "account" in text) and \
                _CLAIM_DENIED_AFTER.match(text, main[1]):
            return "claimed"  # "The NPA said its fighters killed five soldiers, a claim the army denied": one side's word
        frame_low = frame.lower() if "reported" in in_frame else ""
        if "reported" in in_frame and not (main[3] == "arrest" and "suspect" in frame_low and
                                           not self._has_mod["reported"].present(_SUSPECTED.sub(" ", frame))) and \
                not ("suspected" in frame_low and not self._has_mod["reported"].present(_SUSPECTED_DOER.sub(" ", frame))):
            # ("arrested two suspected al-Shabaab members": those held are suspected, the arrest is told as fact; so is
            # what "suspected al-Shabaab militants" did: the doer is suspected, not the deed)
            return "reported"
        return "claimed" if claimed else "asserted"

    def _draft(self, ctx: SentenceContext, fr: Frame, cues_all: set[str], specific_at=frozenset()) -> EventDraft | None:
        text = ctx.text
        low = textre.ascii_lower(text)  # (see textre.may_hold)
        names = tuple(fr.names)
        classes = {t[3] for t in fr.triggers}
        # "arrested 12 people in overnight raids", "raided two homes and seized rifles": a raid that arrests or
        # seizes, with no one hurt, is a security operation, not an assault
        if classes & {"arrest", "disrupt"} and not classes & {"kill", "injure", "clash"} and \
                all(t[2] in _RAID_FORMS for t in fr.triggers if t[3] == "attack"):
            fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t[3] != "attack"], fr.kill, fr.injured)
            classes.discard("attack")
        # the act a clause tells first is its event: violence named after it ("captured the town after heavy shelling",
        # "seized rifles, rockets and IEDs", "agreed a ceasefire following weeks of fighting") or as its background
        # ("amid clashes", "despite air strikes") is context, unless the frame counts its dead or wounded
        acts = [t for t in fr.triggers if t[3] in _ACTS and (t[3] == "capture" or t[0] in specific_at or
                                                             t[2] in self.lexicon.classes[t[3]].specific)]
        if acts:
            # "set up a post as part of a deal it agreed": an unspecific word of another act is context too
            loose = [t for t in fr.triggers if t[3] in _ACTS and t[3] not in {a[3] for a in acts} and t not in acts]
            if loose:
                fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in loose], fr.kill, fr.injured)
                classes = {t[3] for t in fr.triggers}
        viol = [t for t in fr.triggers if t[3] in _MEANS or t[3] in ("kill", "injure", "torture")]
        if acts and viol and not fr.kill and not fr.injured:
            first = min(t[0] for t in acts)
            if all(_BACKGROUND.search(text[max(0, t[0] - 45): t[0]]) or
                   (t[0] > first and any(a[0] == first and a[3] not in ("mobilize", "group_change") for a in acts))
                   for t in viol):
                fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in viol], fr.kill, fr.injured)
                classes = {t[3] for t in fr.triggers}
                cues_all = cues_all | {"violence_context"}  # the fighting still tells how the act came about
            elif "capture" in classes:
                # "clashing with insurgents and capturing a village, widening an offensive that had previously
                # involved air strikes and shelling": the fighting of the capture stays, its background goes
                past = [t for t in viol if _BACKGROUND.search(text[max(0, t[0] - 60): t[0]])]
                if past:
                    fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in past], fr.kill, fr.injured)
                    classes = {t[3] for t in fr.triggers}
        if classes & {"protest", "riot"} and "clash" in classes and \
                all(t[2] in _CONTEST_FORMS for t in fr.triggers if t[3] == "clash"):
            # "protesters fighting deportation": a struggle, not a clash
            fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t[3] != "clash"], fr.kill, fr.injured)
            classes.discard("clash")
        if "riot" in classes and "protest" not in classes and \
                all(t[2] in _PROPERTY_RIOT for t in fr.triggers if t[3] == "riot"):
            # "torched two patrol cars", "shops were ransacked": arson without a demonstration is property destruction
            fr = Frame(fr.start, fr.end, [(a, b, f, "loot" if c == "riot" else c) for a, b, f, c in fr.triggers],
                       fr.kill, fr.injured)
            classes = {t[3] for t in fr.triggers}
        if "protest" in classes and classes & {"arrest", "mobilize", "group_change"}:
            # "detained activists who organised the protests", "deployed forces in anticipation of demonstrations":
            # the protest is the reason of the act, not the event
            prot = [t for t in fr.triggers if t[3] in ("protest", "riot")]
            if all(_PROTEST_AS_REASON.search(text[max(0, t[0] - 45): t[0]]) for t in prot):
                fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in prot], fr.kill, fr.injured)
                classes = {t[3] for t in fr.triggers}
        if "protest" in classes and "attack" in classes and any(
                t[3] == "attack" and _ON_PROTEST.match(text[t[1]: t[1] + 60]) for t in fr.triggers):
            cues_all = cues_all | {"attack_on_protest"}  # "police attacked the peaceful march": the protesters are the target
        if classes & {"protest", "riot"}:
            # "rallied to decry the arrests", "marched against the killings": the protest's cause, told elsewhere
            topic = [t for t in fr.triggers if t[3] not in ("protest", "riot") and
                     (_TOPIC_BEFORE.search(text[max(0, t[0] - 40): t[0]]) or
                      t[3] == "kill" and _FOR_BEFORE.search(text[max(0, t[0] - 30): t[0]]))]
            if topic:
                kept = [t for t in fr.triggers if t not in topic]
                # "thousands marched against the killing of two teachers": the dead are the cause's, told elsewhere,
                # not the protest's toll (a killing told of the protest itself keeps its trigger and its dead)
                if not any(t[3] == "kill" for t in kept):
                    fr = Frame(fr.start, fr.end, kept, [], fr.injured)
                    names = ()
                else:
                    fr = Frame(fr.start, fr.end, kept, fr.kill, fr.injured)
                classes = {t[3] for t in fr.triggers}
        # "the latest in a series of ISIS-K attacks on the Taliban government": the series it is the latest of is no
        # deed of its own, and whom it struck is not the deed's target (see below)
        series = [t for t in fr.triggers if _SERIES_OF_BEFORE.search(text, max(0, t[0] - 70), t[0])] \
            if " in a " in text else []
        series_targets = [(t[1], t[1] + 60) for t in series] if series and len(series) < len(fr.triggers) else []
        # "the deadliest incident on the border since the two countries fought a two-day war in September 2022, in which
        # nearly 300 troops were killed": the deeds a ranking measures against are past, told to rank the news
        # (a deed in a clause of its own after the since-phrase's date is told as its own event: see extract)
        if "since" in text and (past := [t for t in fr.triggers if _RANKED_SINCE.search(text, max(0, t[0] - 160), t[0])
                                         and not _OWN_CLAUSE_SINCE.search(text, max(0, t[0] - 160), t[0])]):
            if len(past) == len(fr.triggers):
                return None
            fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in past], fr.kill, fr.injured)
            classes = {t[3] for t in fr.triggers}
        # "raided a house where suspects linked to the bombing were hiding": a deed named as what someone is linked to is
        # another deed, told before, not this one's kind
        # (when the sentence tells a deed of another kind: "the Chileans involved in the abduction ... the kidnapping was
        # planned outside Chile" still tells the abduction)
        if textre.may_hold(low, _LINKED_WORDS) and \
                (linked := [t for t in fr.triggers if _LINKED_TO_BEFORE.search(text, max(0, t[0] - 50), t[0])]) and \
                any(t not in linked and t[3] not in {u[3] for u in linked} and (t[3] in VIOLENT or t[3] == "arrest")
                    for t in fr.triggers):
            fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in linked], fr.kill, fr.injured)
            classes = {t[3] for t in fr.triggers}
        # "In the deadliest attack, militants ambushed a police patrol": the opening phrase refers to the deed the
        # clause then tells; its verb is the deed's
        opening = [t for t in fr.triggers if _OPENING_PP.fullmatch(text, 0, t[0]) and text.startswith(",", t[1])]
        # (so does a ranked appositive after it: "Gunmen killed five people, the deadliest attack since January")
        if "," in text and textre.may_hold(low, _RANKED_WORDS):
            opening += [t for t in fr.triggers if _RANKED_APPOSITIVE.search(text, max(0, t[0] - 50), t[0])]
        # (and the series it is the latest of, found above)
        if series:
            opening += [t for t in series if t not in opening and t in fr.triggers]
        if opening and len(opening) < len(fr.triggers):
            fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in opening], fr.kill, fr.injured)
            classes = {t[3] for t in fr.triggers}
        backing = [(m.start(), t[0]) for t in fr.triggers if (m := SUPPORT_BEFORE.search(text, max(0, t[0] - 45), t[0]))] \
            if textre.may_hold(low, _SUPPORT_WORDS) else []
        support = [t for t in fr.triggers if any(b == t[0] for _, b in backing)]
        if support and len(support) < len(fr.triggers):
            # "Afghan forces backed by US air strikes pushed back a Taliban assault": the support is how the deed was
            # done, not the deed (nor its kind)
            fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t not in support], fr.kill, fr.injured)
            classes = {t[3] for t in fr.triggers}
        main = min(fr.triggers, key=lambda t: _RANK.get(t[3], 99))
        if main[3] in _ASKED_ACTS or main[3] in _SPEECH_CLASSES:
            # "X accused Y of violating the truce", "X denounced the deal": an agreement, talks, aid or sanctions told
            # as the content of an accusation or a threat are what was said, not the event; the saying is (deeds
            # that change the world, "condemned the arrest of Y", stay the event: ACLED records them). What is
            # demanded or refused ("demanded the withdrawal of", "rejected a call for troops to be deployed") has
            # not happened at all
            said = [t for t in fr.triggers if t[2].lower() in _SPEECH_VERBS and t[3] in _SPEECH_CLASSES and
                    any(u[0] >= t[1] and u[3] in (_SAID_ACTS if t[3] in ("accuse", "threaten") else _ASKED_ACTS) and
                        not _SAID_CLAUSE_BREAK.search(text, t[1], u[0]) for u in fr.triggers)]
            if said:
                main = said[0]
                fr = Frame(fr.start, fr.end, [t for t in fr.triggers if t[0] <= main[0]], fr.kill, fr.injured)
                classes = {t[3] for t in fr.triggers}
        modality = self._modality(text, fr, main)
        if modality is None:
            # "vigilantes killed six men who tried to kidnap a teacher": the intention is not the deed, but the
            # deed told beside it still is
            told = [t for t in fr.triggers if t[3] != main[3] and self._modality(text, fr, t) is not None]
            if not told:
                return None
            fr = Frame(fr.start, fr.end, told, fr.kill, fr.injured)
            classes = {t[3] for t in fr.triggers}
            main = min(fr.triggers, key=lambda t: _RANK.get(t[3], 99))
            modality = self._modality(text, fr, main)
        if modality == "negated" and classes <= {"agree"}:
            return None  # "as long as no ceasefire was in force", "the sides did not agree": no agreement, nothing done
        off = ctx.start
        actors = [a for a in ctx.actors if fr.start <= a.start - off < fr.end and
                  not any(x <= a.start - off < y for x, y in series_targets)]
        if not actors and len(ctx.actors) and fr.start == 0 and fr.end == len(text):
            actors = list(ctx.actors)
        # "..., according to vigilantes": the source of the report takes no part in the event
        actors = [a for a in actors if not source_before(text, a.start - off) and not told_to(text, a.start - off, a.end - off)]
        if len(actors) > 1 and (", a" in text or " by " in text):
            # "Jamaat-ul-Ahrar, a faction that rejoined the Pakistani Taliban in 2020, said ...": a group named in an aside
            # that describes the actor before it takes no part in the deed; nor do those who back it ("American and
            # British warplanes, backed by Australia, Bahrain and Canada, carried out strikes")
            asides = [m.span() for m in _WHAT_IT_IS.finditer(text) if any(a.end - off <= m.start() for a in actors)]
            if asides:
                actors = [a for a in actors if not any(x < a.start - off < y for x, y in asides)] or actors
        if len(actors) > 1 and (weapons := [a for a in actors if _fired_weapon(text, a.start - off, a.end - off)]) and \
                len(weapons) < len(actors):
            # "Russia attacked Kyiv with Iranian drones", "Houthi rebels fired Iranian missiles": a nation's weapon that
            # another side fires is neither side (a Russian missile that struck a city is Russia's deed)
            actors = [a for a in actors if a not in weapons]
        # "In May 2021, before the Taliban seized power, a triple bombing ...": who took power tells the time, not the deed
        if actors and textre.may_hold(low, ("power", "took over", "control of")):
            spans = [m.span() for m in _POWER_CLAUSE.finditer(text) if not m.start() <= main[0] < m.end()]
            if spans:
                actors = [a for a in actors if not any(x <= a.start - off < y for x, y in spans)]
        if backing and not any(any(b == t[0] for _, b in backing) for t in fr.triggers) and \
                (behind := [a for a in actors if any(x <= a.start - off < y for x, y in backing)]) and len(behind) < len(actors):
            # "Afghan forces backed by US air strikes pushed back a Taliban assault": who backs a side is neither side
            actors = [a for a in actors if a not in behind]
        named = [a for a in actors if not a.generic]
        a1, a2 = sides(text, off, fr, main, actors, self._mod_index["claimed"])
        if modality == "asserted" and a1 is not None and \
                any(a.ref.id == a1.id and a.end - off <= main[0] and tells_own_deed(text, a.end - off) for a in actors):
            modality = "claimed"  # "the BLA said its fighters had killed nine soldiers": the group's own word
        elif modality == "asserted" and a1 is None and (teller := next(
                (a for a in actors if not a.generic and a.ref.kind == "armed_group" and a.end - off <= main[0] and
                 tells_own_deed(text, a.end - off)), None)) is not None:
            # "JNIM said in a statement relayed by its media arm that it had taken control of the town": its own word,
            # and its own deed
            modality, a1 = "claimed", teller.ref
            if a2 is not None and a2.id == a1.id:
                a2 = None
        # "..., police said": the source of the report is not the other side
        speakers = {a.ref.id for a in actors if tells_after(text, a.end - off)}
        if main[3] in VIOLENT and a2 is not None and a2.id in speakers and not any(
                a.ref.id == a2.id and not tells_after(text, a.end - off) for a in actors):
            a2 = None
        if main[3] in ("protest", "riot") and a1 is None:
            # the protesters are the ones who act ("protesters rallied": the noun is often the trigger itself)
            if a2 is not None and is_civilian(a2):
                a1, a2 = a2, None
            else:
                a1 = next((a.ref for a in actors if is_civilian(a.ref) and (a2 is None or a.ref.id != a2.id)), None)
        elif main[3] in ("mob", "loot") and a1 is None:
            # "looters ransacked shops", "a mob lynched a man": the noun that names the crowd names the doer
            a1 = next((a.ref for a in actors if is_rioters(a.ref) and (a2 is None or a.ref.id != a2.id)), None)
        elif main[3] in ("attack", "clash", "injure", "kill") and a1 is None and \
                (crowd := next((a for a in actors if is_rioters(a.ref) and a.end - off <= main[0] and
                                (a2 is None or a.ref.id != a2.id)), None)) is not None:
            # "Fans clashed with police", "looters attacked shops": a crowd that does violence does it as a mob
            a1 = crowd.ref
        # "the Taliban condemned the bombing", "X denied involvement in the attack": the speaker is not the
        # perpetrator; the sentence refers back to an event told elsewhere
        referring = False
        speech = [t for t in fr.triggers if t[3] in ("accuse", "threaten") and t[0] < main[0]]
        if main[3] in VIOLENT and (speech or textre.may_hold(low, _DENIAL_WORDS) and _DENIAL.search(text[fr.start: main[0]])):
            if speech:
                classes.discard("accuse")
                classes.discard("threaten")
            a1, referring = None, True
        victims = [a for a in actors if a.generic and a.count is not None]
        # "people", "persons" say nothing of who the victims were: not evidence of civilians
        neutral = {a.ref.id for a in actors if a.generic and a.text.lower() in _NEUTRAL_NOUNS} - \
            {a.ref.id for a in actors if a.generic and a.text.lower() not in _NEUTRAL_NOUNS}
        # "..., police said": the source of the report is no party to the event
        told = [v for v in actors if not is_source(text, v.start - off, v.end - off)]
        # named civilian groups ("a judge", "journalists") are victims as much as generic ones
        victims_civ = any(is_civilian(v.ref) for v in told if (v.generic or v.ref.kind == "civilian_group") and
                          v.ref.id not in neutral and (a1 is None or v.ref.id != a1.id)) or "civilian_target" in cues_all
        victims_arm = any(is_armed(v.ref) for v in told if v.generic and (a1 is None or v.ref.id != a1.id)) \
            or ("armed_target" in cues_all and not victims_civ and
                self._armed_target_told(text, [(a.start - off, a.end - off) for a in actors if a1 is not None and a.ref.id == a1.id]))
        typ = classify(classes, cues_all, a1, None if a2 is not None and a2.id in neutral else a2, victims_civ, victims_arm)
        if typ is None:
            return None
        if typ.acled_sub_event_type in _DEMONSTRATIONS:
            a1, a2 = _demonstrators_first(a1, a2, actors, speakers)
        elif typ.acled_sub_event_type == "Excessive force against protesters" and is_civilian(a1) and \
                a2 is not None and a2.kind == "state" and a2.sector in _FORCES:
            a1, a2 = a2, a1  # "a march ... ended in bloodshed when soldiers opened fire on demonstrators": the force did it
        fat = _sum_counts(fr.kill)
        if fat and typ.plover_type == "PROTEST" and not any(t[3] == "kill" for t in fr.triggers):
            fat = None  # "Fifteen years after 58 people were gunned down, families gathered": the dead it remembers
        if fat and typ.acled_sub_event_type == "Abduction/forced disappearance" and _KILLED_THE_TAKEN.search(text):
            # "abducted 11 coal miners ... and shot them dead": the killing of those taken is the event (ACLED's attack;
            # "two were killed and two others taken hostage" stays an abduction)
            typ = classify(classes - {"abduct"}, cues_all, a1, None if a2 is not None and a2.id in neutral else a2,
                           victims_civ, victims_arm) or typ
        inj = _sum_counts(fr.injured)
        # confidence: the trigger's own, plus what anchors the event in the world
        conf = self.lexicon.classes[main[3]].confidence
        anchors = 0
        if a1 is not None:
            conf += 0.1
            anchors += 1
        if a2 is not None:
            conf += 0.05
        if fat or inj:
            conf += 0.1
            anchors += 1
        place = _pick_place(ctx, fr)
        # (a dateline in capitals over a report in mixed case, "WASHINGTON -", says where it was filed: what is
        # told there may be far from it, and anything may be told there)
        where = None if place is not None and _caps_dateline(ctx, place) else place
        if where is not None and where.place.kind != "country":
            conf += 0.05
            anchors += 1
        time = _pick_time(ctx, fr, main)
        if modality == "planned" and time is not None:
            time = _ahead(time, ctx.doc.date)
        if time is not None and time.precision in ("day", "week", "month"):
            conf += 0.05
            anchors += 1
        violent_trig = [t for t in fr.triggers if t[3] in VIOLENT]
        plural_generic = bool(violent_trig) and typ.plover_type != "PROTEST" and all(t[2] in self.lexicon.classes[t[3]].plural_generic for t in violent_trig)
        if "under which" in text and _UNDER_WHICH.search(text, max(0, main[0] - 60), main[0]):
            return None  # "the 2020 Doha agreement under which the United States withdrew its forces": its terms, no deed
        if typ.violent and typ.plover_type != "PROTEST" and self._not_a_deed(ctx, fr, main, cues_all, actors):
            return None

        def anchored() -> bool:
            """Violence needs a deed (not just a weapon word: "rocket", "blast" are everyday words) and something that
            ties it to armed conflict: an armed actor we can place, a weapon, or victims."""
            forms = {t[2] for t in fr.triggers}
            # a chemical's name ("sarin", "chlorine gas") is no deed by itself: "chemical attack" is
            deed = bool(classes & {"injure", "abduct", "sexual", "suicide", "airstrike", "clash", "attack",
                                   "mob", "torture", "capture", "arrest"}) or \
                ("chemical" in classes and bool(_CHEMICAL_USE.search(text))) or \
                any(t[3] == "kill" and t[2] not in _WEAK_KILL for t in fr.triggers) or bool(forms & _WEAPON_VERBS) or \
                any(t[3] in ("explode", "grenade", "shell") and (_WEAPON_DID.match(text[t[1]: t[1] + 40]) or
                                                                 _DONE_WITH.search(text, max(0, t[0] - 50), t[0]) or
                                                                 t[3] != "shell" and _SET_BOMB.search(text, max(0, t[0] - 40), t[0]))
                    for t in fr.triggers)
            # a country name ("Germany and Brazil fought out a draw") is not evidence of armed force
            real = {a.ref.id for a in actors if not a.metonym}
            armed = any(_placed_armed(r) and r.id in real for r in (a1, a2) if r is not None) or \
                any(_placed_armed(a.ref) for a in actors if not a.metonym) or \
                ("capture" in classes and any(is_armed(a.ref) for a in actors if not a.metonym))  # only armed men take a town
            weapon = bool(classes & {"explode", "suicide", "airstrike", "shell", "grenade", "chemical"}) or "firearms" in cues_all
            if not weapon and fat is not None and fr.told_kills and any(t[2] == "pronounced dead" for t in fr.triggers):
                # "a man took out a pistol and began firing ... Escobar was taken to a clinic, where he was pronounced
                # dead": a death the hospital tells right after a shooting is the shooting's (not after an accident)
                before = _text_before(ctx, 600)
                weapon = bool(self._has_cue["firearms"].present(before)) and not self._has_cue["accident"].present(before)
            if not deed and not (weapon and armed):
                if not (fat and (weapon or armed)):
                    return False
            mob_deed = "mob" in classes and bool(classes & {"kill", "injure", "attack", "torture", "riot", "loot"} or
                                                 re.search(r"(?i)\blynch", text))
            # an assassination or a massacre is political violence by its very word ("character assassination" is not)
            # ... when told as news: placed or dated, not a name ("the Boston Massacre") nor an anniversary
            political = any(t[2] in _POLITICAL_KILL and
                            not re.search(r"(?i)\b(?:character|anniversary\s+of\s+(?:[\w'-]+\s+){0,4})\s*$",
                                          text[max(0, t[0] - 50): t[0]]) and
                            not (text[t[0]: t[1]].istitle() and not text.isupper())
                            for t in fr.triggers) and \
                ((time is not None and time.precision in ("day", "week", "month")) or
                 (where is not None and where.place.kind != "country"))
            # an attack in which people were killed or wounded needs no named attacker ("a bomb that destroyed" is a
            # deed above); a claim of responsibility makes it political
            told_harm = "attack" in classes and bool(classes & {"kill", "injure"})
            told_fat = fat is not None and fr.told_kills > 0
            # "the party's offices in Rancagua were attacked on 29 July": an attack told as news, on a day and in a place
            news = "attack" in classes and not plural_generic and time is not None and time.precision == "day" and \
                where is not None and where.place.kind not in ("country", "admin1") and \
                not (not actors and all(t[2].startswith("storm") for t in fr.triggers if t[3] == "attack"))
            # ("Real Madrid stormed the Camp Nou on Sunday", "investors stormed the stock exchange": a storming by no one
            # the report names as armed, or at all, is a figure of speech)
            if deed and not (armed or weapon or told_fat or inj or victims or mob_deed or political or told_harm or news or
                             modality == "claimed" or classes & {"abduct", "sexual", "suicide"}):
                return False
            named_ids = {a.ref.id for a in named}
            two_named_sides = a1 is not None and a2 is not None and a1.id in named_ids and a2.id in named_ids
            deeds = [t for t in violent_trig if t[3] not in ("kill", "injure")]
            plural_deeds = bool(deeds) and all(t[2] in self.lexicon.classes[t[3]].plural_generic for t in deeds)
            untold = (time is None or time.precision == "year") and (where is None or where.place.kind == "country") \
                and not two_named_sides and "capture" not in classes
            # ("the Islamic State group claimed the killings": deeds told before, claimed)
            claimed_back = plural_generic and all(_CLAIMED_BACK.search(text, max(0, t[0] - 40), t[0]) for t in violent_trig)
            if untold and not claimed_back and (plural_generic and not (fat or inj) or
                           plural_deeds and all(c is None or c.qualifier == "vague" for c in (fat, inj)) and
                           _HAVE_KILLED.search(text, fr.start, fr.end) is not None):
                # (towns taken "in a series of battles" are one act, however general the fighting)
                # "clashes" in general; "Hezbollah engaged in heavy clashes with ISIL" names a fight; "attacks on
                # schools and markets had killed hundreds": a tally, told with a vague toll and no time or town
                return False
            return True
        toll_only = False
        if typ.violent and typ.plover_type != "PROTEST" and not anchored() and fr.kill and \
                all(t[3] == "kill" and t[2] in _TOLL_WORDS for t in fr.triggers):
            # "The death toll was later raised to 20": the toll of the deed told before, kept to join it (merge_drafts
            # drops an event made of such tolls alone)
            toll_only = True
        elif typ.violent and typ.plover_type != "PROTEST" and not anchored():
            # "shops were looted during xenophobic attacks", "houses burned down after the clash": violence told with
            # nothing that ties it to armed conflict, but the property looted or burned is told plainly
            if not any(t[3] == "loot" and (t[2] in self.lexicon.classes["loot"].specific or t[0] in specific_at)
                       for t in fr.triggers) or "accident" in cues_all:
                return None
            typ = classify({"loot"}, cues_all, a1, a2, False, False)
            main = next(t for t in fr.triggers if t[3] == "loot")
        role = "riot" if typ.acled_sub_event_type in _RIOTING else "prot"
        if a1 is not None and typ.acled_event_type in ("Protests", "Riots") and self.country_actor is not None and \
                _crowd_role(a1) not in (None, role):
            # "hundreds of people marched": the people who protest are protesters, and those who riot rioters (as
            # ACLED names them: "Protesters (Myanmar)", "Rioters (Pakistan)"), the words that name them mentions of them
            crowd = self.country_actor(role, country=a1.country, date=ctx.role_date or ctx.doc.date)
            ctx.actors[:] = [replace(a, ref=crowd) if a.ref.id == a1.id and a.generic else a for a in ctx.actors]
            a1 = crowd
        if not typ.violent and typ.acled_event_type not in ("Protests", "Riots"):
            # a non-violent act needs its actors named: one for arrests and changes in a group, two for the rest
            need = 1 if typ.acled_sub_event_type in ("Arrests", "Change to group/activity", "Disrupted weapons use",
                                                      "Looting/property destruction", "Headquarters or base established") else 2
            # ("the Sudanese government", "Kenyan officials": a state named by its nation's adjective is named)
            sides_named = {a.ref.id for a in actors if not a.generic or a.qualified}
            if len(sides_named) < need or (need == 2 and (a1 is None or a2 is None)):
                if not self._specific_enough(text, fr, typ, actors, cues_all, specific_at):
                    return None
                conf += 0.1  # the trigger alone tells the act ("defused", "looted", "seized ... rifles")
        if main[3] == "mobilize" and typ.acled_sub_event_type == "Change to group/activity":
            # troops deployed, forces reinforced: a movement of armed men, told with them ("broadband deployment",
            # "reinforcing expectations", "amassed $105 million" move no one, even beside a government)
            if not (_MILITARY.search(text[fr.start: fr.end]) or
                    any(a.ref.sector in _FIGHTING_SECTORS or a.ref.kind == "armed_group" for a in actors)):
                return None
            conf += 0.1
        if typ.plover_type == "PROTEST" and typ.acled_sub_event_type != "Peaceful protest":
            conf += 0.1  # a protest told with its violence or its dispersal says more than "protesters rallied"
        if self._has_generic.present(text):
            conf -= 0.2
        if textre.may_hold(low, _TREND_WORDS) and (
                (time is None or time.precision != "day") and _TREND.search(text) or
                all(c is None or c.qualifier == "vague" for c in (fat, inj)) and _RISEN_AFTER.match(text, main[1]) and
                (time is None or time.precision != "day" or _SINCE_LONG.search(text))):
            # "civilian casualties remain high, with most deaths caused by bomb attacks", "attacks using homemade bombs
            # have risen sharply", "women face heightened risks of sexual violence": how things stand, no one deed
            # ("fighting has spread to half the provinces since foreign forces began their withdrawal on 1 May": the
            # day is the growth's start)
            return None
        if (time is None or time.precision != "day") and (fat is None or fat.qualifier in ("vague", "over")) and \
                _TALLY_PERFECT_BEFORE.search(text, max(0, main[0] - 30), main[0]) and (
                    _SINCE_LONG.search(text) or main[3] == "capture" and _MANY_OBJECTS.match(text, main[1])):
            # "since Chibok, more than 1,500 students have been kidnapped", "the M23 has seized large swathes of North
            # Kivu since it resumed its rebellion", "the offensive has recaptured dozens of towns": a tally of deeds
            return None
        if not fat and not inj and (time is None or time.precision != "day") and textre.may_hold(low, ("become", "occurrence")) \
                and _HABIT.search(text):
            return None  # "Air strikes, arson and shelling have become routine across Sagaing": a habit, no one deed
        if plural_generic:
            conf -= 0.1
        if modality in ("hypothetical", "planned"):
            conf -= 0.25
        elif modality == "negated":
            conf -= 0.2
        elif modality == "reported":
            conf -= 0.05
        if anchors == 0:
            conf -= 0.1
        conf = round(max(0.05, min(0.99, conf)), 3)  # 0.6 - 0.1 is 0.4999...: keep the threshold exact
        if toll_only:
            conf = min(conf, _TOLL_ONLY_CONFIDENCE)
        earlier = _EARLIER_DEED.search(text, max(fr.start, main[0] - 45), main[0]) is not None or \
            "past" in text and _IN_THE_PAST_AFTER.match(text, main[1]) is not None
        if earlier and time is None:
            return None  # "IS-K had earlier attacked JUI-F leaders in the region": a deed recalled, told with no day
        other = bool(textre.may_hold(low, _ANOTHER_EVENT_WORDS) and _ANOTHER_EVENT.search(text, fr.start, main[0]) or
                     _LATER_OPENING.match(text) or earlier or _AFTER_THE_DEED_OPENING.match(text) or
                     fr.start > 0 and _SPELL_AFTER.match(text, fr.start) is not None or _SEPARATE_BEFORE.search(text, fr.start, main[0]) or
                     textre.may_hold(low, ("another", "separately")) and (
                         _ANOTHER_BEFORE.search(text, max(fr.start, main[0] - 30), main[0]) or _ANOTHER_OPENING.match(text, fr.start)) or
                     fr.start == 0 and textre.may_hold(low, ("meanwhile", "elsewhere", "away", "nearby")) and
                     _ELSEWHERE_OPENING.match(text) or
                     textre.may_hold(low, _SECOND_WORDS) and _SECOND_FIGHT.search(text, fr.start, fr.end))
        # "the third killing of a reporter in the northwest this year": the event told, ranked among its kind
        ranked = bool(_RANKED_BEFORE.search(text, max(fr.start, main[0] - 30), main[0]))
        if not ranked and main[3] == "kill" and textre.may_hold(low, ("most ", "highest", "est ")) and \
                (sup := _SUPERLATIVE_VICTIM.search(text, max(fr.start, main[0] - 60), main[0])) is not None:
            # "He is the most senior Taliban official killed since the group took power": the one killed in the deed
            # told, ranked among the dead of its kind; the name in it is the victim's side
            ranked = True
            if a1 is not None and any(a.ref.id == a1.id and sup.start() <= a.start - off < sup.end() for a in actors):
                a1, a2 = None, a1 if a2 is None else a2
        ana = None if other else _ANAPHORIC.search(text, fr.start, fr.end)
        if ana is not None and ana.start() > main[1] and _ABOUT_ANOTHER_BEFORE.search(text, max(0, ana.start() - 30), ana.start()):
            # "mobs set fire to shops ... near the site of the attack", "a sit-in to condemn the attack": the deed told
            # before is where or why, after this one's own
            ana = None
        anaphoric = not other and (referring or ranked or ana is not None)
        # "The attack on the camp began when militants fired rockets": a generic word refers to any deed told before,
        # whatever kind the details make this sentence; "seven soldiers were killed in the exchange of fire": the
        # fighting of an attack, whatever weapons opened it
        noun = ana.group("noun").lower() if ana is not None else ""
        refers = "any" if noun in _GENERIC_REFERENCE else "fight" if noun in _FIGHT_REFERENCE else ""
        if not other and _GOES_ON_AFTER.match(text, main[1]):
            # "Gunfire continues.", "fighting was still going on": the deed told before goes on, whatever it was
            anaphoric, refers = True, "any"
        if toll_only and time is not None and time.precision == "day" and not _TOLL_OF_DAY.search(text, fr.start, main[0]):
            time = None  # "On Wednesday the death toll rose to 51": the day of the count, not of the deed
        return EventDraft(typ, a1, a2, fat, inj, modality, conf, main[2], place, time,
                          off + fr.start, off + fr.end, anaphoric, another=other, ranked=ranked,
                          fought=bool(classes & _FIGHT) or bool(fr.kill or fr.injured) or "violence_context" in cues_all,
                          victims=names, fights_back=textre.may_hold(low, _ATTACKERS_WORDS) and _fights_back(text, fr, main),
                          with_them=fat is not None and fr.start == 0 and killed_with_them(text), toll_only=toll_only,
                          told_on=_said_day(ctx) if time is None else None, refers=refers)

    def _armed_target_told(self, text: str, doer: list[tuple[int, int]] = ()) -> bool:
        """Whether an armed-target word of the sentence is not only the source of the report ("police said
        gunmen killed 12 people": the police tell of the killing, they are not its target), nor the doer's own name
        (``doer``: its spans; "Police killed four people")."""
        return any(not is_source(text, m.start(), m.end()) and not any(a < m.end() and m.start() < b for a, b in doer)
                   and not _CIVIL_BEFORE.search(text, max(0, m.start() - 25), m.start())
                   for m in self._cue_index["armed_target"].finditer(text))

    @staticmethod
    def _war_toll(ctx: SentenceContext, t) -> bool:
        """A killing whose subject is a whole war, so far ("The war has killed", "It has killed" after a sentence about
        the war): its toll, not one act."""
        m = _WAR_TOLL_BEFORE.search(ctx.text, max(0, t[0] - 60), t[0])
        if m is None:
            return False
        return m.group("war") is not None or _WAR_WORD.search(_text_before(ctx, 300)) is not None

    def _not_a_deed(self, ctx: SentenceContext, fr: Frame, main, cues_all: set[str], actors: list[ActorSpan]) -> bool:
        """Violence words that tell of no act of conflict: an accident or disaster ("a gas tank exploded", "the
        earthquake killed eight"), a court case ("the rape trial", "charged with murder"), a contest ("legal battle",
        "battled to a 1-0 win"), or a past event named by its year ("since the 2001 attacks")."""
        text, off = ctx.text, ctx.start
        classes = {t[3] for t in fr.triggers}
        fighters = any(a.ref.sector in _FIGHTING_SECTORS or a.ref.kind == "armed_group" for a in actors)

        def figurative(t) -> bool:
            if t[3] == "clash" and t[2] in _CONTEST_FORMS:
                prev = _WORDS.findall(text[max(0, t[0] - 30): t[0]])[-1:]
                return bool(prev and prev[0].lower() in _CONTEST_BEFORE) or not (fighters or fr.kill or fr.injured)
            if t[3] == "abduct" and t[2] in ("held hostage", "taken hostage") and re.match(r"(?i)\s+by\b", text[t[1]:]):
                # "held hostage by gunmen" names captors; "held hostage by the weather" does not
                return not any(0 <= (a.start - off) - t[1] <= 30 for a in actors)
            return False
        viol = [t for t in fr.triggers if t[3] in VIOLENT]
        if viol and all(figurative(t) for t in viol):
            return True
        if "-" in text and _SCORE.search(text) and not fr.kill and not fr.injured:
            return True  # a match report: "battled to a 1-0 win", "a 21-0 victory"
        if viol and not fr.kill and not fr.injured and not ctx.times and \
                all(_INVOLVED_IN_BEFORE.search(text, max(0, t[0] - 90), t[0]) for t in viol):
            return True  # "the killed khwarij, who remained involved in numerous terrorist activities and target killing"
        if viol and not fr.kill and not fr.injured and _COUNTED_MUNITIONS.search(text) and _MUNITIONS_TALLY.search(text):
            # "In total, over the past day the enemy fired 63 drones and 29 shells at the territory of the region", "Russia
            # launched more than 1,100 drones during the week": a count of weapons over a period or a land, no one attack
            return True
        if viol and not fr.kill and not fr.injured and "capture" not in classes and \
                all(_SPELL_OF.search(text, max(0, t[0] - 40), t[0]) or
                    t[2] in _COUNTED_DEEDS and _REPEATED_BEFORE.search(text, max(0, t[0] - 30), t[0]) or
                    t[2] in _COUNTED_DEEDS and _MANY_OF.search(text, max(0, t[0] - 40), t[0]) for t in viol):
            # "weeks of fighting", "years of war": a spell of violence, no one act in it (towns taken "in a series of
            # battles" are taken: the capture is the act)
            return True
        if viol and not fr.kill and not fr.injured and all(
                _FOR_YEARS.match(text, t[1], t[1] + 50) or _OBJECT_RELATIVE.search(text, max(0, t[0] - 40), t[0]) or
                t[2] in _STRUCK_FORMS and _MANY_TARGETS.match(text, t[1]) and _PERFECT_BEFORE.search(text, max(0, t[0] - 25), t[0]) or
                t[2] in _COUNTED_DEEDS and _ACCUSED_OF.search(text, max(0, t[0] - 80), t[0]) or
                t[2] in _BARE_PRESENT and _HABIT_BEFORE.search(text, max(0, t[0] - 25), t[0]) or
                _PERFECT_BEFORE.search(text, max(0, t[0] - 25), t[0]) and (_SINCE_AFTER.match(text, t[1], t[1] + 60) or
                                                                     t[2] in _FOUGHT and not ctx.times)
                for t in viol):
            # "the Taliban fought ISIS-K for years", "have fought each other since 2015", "the group they fought as
            # insurgents": a long struggle, or a
            # deed that only describes a noun, not an act told as news ("militants who attack across the border": a
            # habit, in the present; "has raided dozens of ISIS-K hideouts": many deeds summed in the perfect;
            # "accuse Taliban fighters of extrajudicial killings": a practice, not one deed)
            return True
        if _YEAR_NOUN_BEFORE.search(text[max(0, main[0] - 45): main[0]]) \
                and not fr.kill and not fr.injured:
            return True
        if viol and textre.may_hold(textre.ascii_lower(text), ("has", "have")) and \
                all(t[3] in ("kill", "injure") for t in viol) and any(self._war_toll(ctx, t) for t in viol):
            return True  # "The war has killed tens of thousands", "It has killed ...": a war's toll so far, no one act
        if viol and _SINCE_OPENING.match(text) and \
                all(_PERFECT_BEFORE.search(text, max(0, t[0] - 25), t[0]) for t in viol):
            return True  # "Since the Taliban took over in 2021, ISIS-K has killed hundreds of Hazaras": a tally so far
        if "fiction" in cues_all or self._has_cue["fiction"].present(_text_before(ctx, 600)):
            return True  # violence in a game or a simulation
        # "the pipeline was blown up", "the office was bombed": a thing blown up in the passive had someone who did it
        intent = bool(classes & _INTENT) or "intent" in cues_all or \
            any(t[3] == "explode" and (t[2] not in _BARE_EXPLOSION or t[2] in _PASSIVE_DEED and
                                       _PASSIVE_END_AGAIN.search(text, max(0, t[0] - 30), t[0])) for t in fr.triggers)
        if not intent and ("accident" in cues_all or
                           (self._has_cue["accident"].present(_text_before(ctx, 600)) and not fr.kill and
                            classes <= {"explode", "kill", "injure"})):
            return True  # "the explosion" after "a gas tank exploded" is the same accident
        if not intent and fr.kill and classes <= {"kill", "injure", "loot", "disrupt"} and \
                all(t[2] in _WEAK_KILL for t in fr.triggers if t[3] == "kill") and \
                _NATURAL_DISASTER.search(_text_before(ctx, 600) + text):
            return True  # "there were 116 dead, 178 injured and 110 missing" after the hurricane: its toll

        def legal(t) -> bool:  # "the rape trial", "a chemical weapons investigation team"
            return any(w.lower() in self._legal_after for w in _WORDS.findall(text[t[1]: t[1] + 30])[:2])
        # ... unless another word of violence in the frame tells the deed ("launched an attack with poison gas")
        if legal(main) and all(legal(t) for t in viol):
            return True
        clause = text[fr.start: main[0]]
        clause = clause[max([0] + [c.end() for c in _LEGAL_CLAUSE_BREAK.finditer(clause)]):]
        near = " ".join(clause.split()[-8:])
        if not (self._legal_before.search(near) or _ACCUSED_OF_BEFORE.search(clause)):
            return False
        # ... a court's case, unless an armed group is who is suspected of it ("Police said the Islamic State was
        # suspected of carrying out the bombing": the bombing happened, and who did it is told)
        return not any(a.ref.kind == "armed_group" and not a.generic and off + fr.start <= a.start < off + main[0]
                       for a in actors)

    def _specific_enough(self, text: str, fr: Frame, typ: Typing, actors: list[ActorSpan], cues_all: set[str],
                         specific_at) -> bool:
        """A non-violent act whose actors are not named may still be told plainly enough: "police arrested five
        people", "the army defused a bomb", "rebels agreed a ceasefire". The trigger itself must be specific, and
        the participants it needs must be there, if only as generic nouns."""
        if "accident" in cues_all and "intent" not in cues_all:
            return False  # the army mobilised to help flood victims, shops destroyed by a storm
        cls = _SUB_CLASS.get(typ.acled_sub_event_type)
        if cls == "group_change" and not any(t[3] == cls for t in fr.triggers):
            cls = "mobilize"  # troops deployed, reinforced
        if cls == "withdraw" and any(t[3] == "capture" for t in fr.triggers):
            # "rebels took control of three villages without a fight": armed men took it
            return any(is_armed(a.ref) for a in actors) or bool(_MILITARY.search(text))
        if cls is None:
            return False
        tc = self.lexicon.classes[cls]
        armed = any(is_armed(a.ref) for a in actors) or bool(_MILITARY.search(text))
        if cls == "loot" and armed and "accident" not in cues_all and any(t[2] in _PROPERTY_RIOT for t in fr.triggers):
            return True  # "militants set ablaze at least 35 vehicles": armed men burning property destroy it
        if not any(t[3] == cls and (t[2] in tc.specific or t[0] in specific_at) for t in fr.triggers):
            return False
        if cls == "arrest":
            return (bool(actors) or bool(_PERSONS.search(text))) and "crime" not in cues_all
        if cls == "disrupt":
            return True
        if cls == "loot":
            return "accident" not in cues_all  # houses destroyed by a flood were not looted
        return armed


_NATURAL_DISASTER = textre.compile(r"(?i)\b(?:hurricanes?|earthquakes?|quakes?|floods?|flooding|cyclones?|typhoons?|tornado(?:es)?|"
                                   r"tsunamis?|landslides?|mudslides?|avalanches?|volcan\w*|droughts?|epidemic|famine)\b")


def _next_sentence(ctx: SentenceContext) -> str:
    """The report's sentence after this one (up to 300 characters): what a report tells next of what it just told."""
    if ctx.doc is None:
        return ""
    m = re.match(r"[^.!?]{0,300}[.!?]?", ctx.doc.text[ctx.end: ctx.end + 300])
    return m.group(0) if m else ""


# the subject of a toll so far that is a whole war: "The conflict has killed", "It has now killed" (after the war's name)
_WAR_TOLL_BEFORE = textre.compile(r"(?i)\b(?:(?P<war>(?:the|this|a)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|fighting|insurgency|"
                                  r"violence|crisis|uprising|civil\s+war))|(?P<it>[Ii]t))\s+(?:has|have)\s+(?:so\s+far\s+|now\s+|"
                                  r"already\s+|since\s+(?:\w+\s+){1,3}?)?$")
_FOUGHT = frozenset({"fought", "battled"})  # "where it has fought both the Taliban and government forces": with no day, a long struggle
_SINCE_OPENING = textre.compile(r"(?i)\s*(?:ever\s+)?since\b")
_WAR_WORD = textre.compile(r"(?i)\b(?:war|conflict|fighting|insurgency|uprising)\b")


# protesters who went home: "staged a brief flash mob protest before dispersing", "the crowd dispersed peacefully"
_DISPERSED_BY_THEMSELVES_BEFORE = textre.compile(r"(?i)\b(?:before|after|then|later|and|eventually|quickly)\s+$")
_DISPERSED_BY_THEMSELVES_AFTER = textre.compile(r"(?i)\s+(?:peacefully|quietly|without\s+(?:any\s+)?incident|on\s+their\s+own|"
                                                r"of\s+their\s+own\s+accord|voluntarily)\b")


def _self_dispersed(text: str, m) -> bool:
    """A dispersal the protesters made themselves, not one forced on them."""
    if not m.group(0).lower().startswith("dispers"):
        return False
    return bool(_DISPERSED_BY_THEMSELVES_BEFORE.search(text, max(0, m.start() - 12), m.start()) or
                _DISPERSED_BY_THEMSELVES_AFTER.match(text, m.end()))


def _text_before(ctx: SentenceContext, n: int) -> str:
    """The document's last ``n`` characters before the sentence (what the report said just before)."""
    return ctx.doc.text[max(0, ctx.start - n): ctx.start] if ctx.doc is not None else ""


# verbs whose object is what was hit: an aircraft after them is a target, not the striker
_HIT_VERBS = {"attacked", "destroyed", "struck", "hit", "targeted", "shelled", "bombarded", "pounded", "bombed"}
# the weapon a thing was destroyed with: "destroyed with an RPG-7 rocket", "blown apart by a mortar round"
_MEANS_AFTER = textre.compile(r"(?i)\s+(?:with|by)\s+(?:a|an|the|two|three|several)?\s*(?:[\w-]+\s+){0,2}?"
                              r"(?:rockets?|mortars?|missiles?|bombs?|grenades?|explosives?|dynamite|mines?|shells?|rpg[\w-]*)\b"
                              # (not those who take bombs apart: "defused by the bomb disposal squad")
                              r"(?!\s+(?:disposal|squad|experts?|technicians?|unit))")
# "destroyed with an RPG-7 rocket", "hit by a mortar round": the weapon was used; "planted a bomb": it was set
_DONE_WITH = textre.compile(r"(?i)\b(?:(?:destroyed|damaged|hit|struck|attacked|wrecked|blown\s+apart)\s+(?:with|by)\s+"
                            r"(?:(?:a|an|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}|"
                            # ("the village of Kozinka came under artillery fire from the AFU")
                            r"(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|intense\s+|sustained\s+)?)$")
_SET_BOMB = textre.compile(r"(?i)\b(?:planted|placed|hurled|threw|thrown|carried\s+out|carrying\s+out|carry\s+out|conducted|"
                           r"staged|perpetrated)\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}$")
# "ran riot" said of those who are no crowd; a crowd that ran it
_RUN_RIOT_BEFORE = textre.compile(r"(?i)\b(?:ran|run|running|runs)\s+$")
_CROWD_RAN_BEFORE = textre.compile(r"(?i)\b(?:fans|supporters|hooligans|mobs?|crowds?|protesters|protestors|demonstrators|"
                                   r"rioters|prisoners|inmates|youths|students|residents|villagers|looters)\s+(?:\w+\s+)?"
                                   r"(?:ran|run|running|runs)\s+$")
# a state's complaint ("lodged a strong protest with"), and what it complains of ("over the shelling")
_LODGED_BEFORE = textre.compile(r"(?i)\b(?:lodg\w*|register\w*|filed|fil(?:e|es|ing)|convey\w*)\s+(?:a|an|its|their|the)\s+"
                                r"(?:[\w-]+\s+){0,2}$")
_COMPLAINED_OF_BEFORE = textre.compile(r"(?i)\b(?:over|about|against|regarding|concerning)\s+(?:the|its|their|a|an|recent|"
                                       r"continued|repeated|cross-border|unprovoked|\s)*(?:[\w-]+\s+)?$")
# a participle between a definite article and the people it tells of: "the (two) arrested men", "those kidnapped students"
_DEFINITE_BEFORE = textre.compile(r"(?i)\b(?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?$")
_PEOPLE_AFTER = textre.compile(r"(?i)\s+(?:men|man|women|woman|suspects?|militants?|people|persons?|individuals?|journalists?|"
                               r"activists?|fighters?|soldiers?|boys?|girls?|children|students?|leaders?|members?|officers?|"
                               r"policem[ae]n|civilians?|victims?|workers?|villagers?|teachers?|pupils|hostages|passengers|"
                               r"commanders?|cleric|priests?|nuns?|engineers?|traders?|terrorists?|insurgents?|rebels?|attackers?|"
                               r"gunmen|assailants?|bombers?|jihadists?|guerrillas?|troops|militiamen|khwarij|kharjis?)\b")
# what a strike that is a deed of violence does: "strike killed two", "strikes destroyed a house" (a stoppage of work
# also "hits airports" and is "on the railways": with no other word of violence in the sentence, those tell no strike)
# (or strikes on a target: "Israeli strikes on a tent encampment for displaced families", "Israeli strikes pounded a
# school"; not a day, nor what a stoppage of work is about or where it bites: "strikes on Monday", "strikes on pension
# reform", "strikes hit the port")
_STRIKE_ON_TARGET = textre.compile(r"(?i)\s+(?:on|targeted|pounded|struck)\s+(?:an?|the|\w+'s?)\s+(?:[\w-]+\s+){0,2}?(?:tents?|encampments?|camps?|houses?|homes?|"
                                   r"buildings?|schools?|hospitals?|cars?|vehicles?|convoys?|positions?|targets?|sites?|bases?|"
                                   r"depots?|villages?|towns?|neighbou?rhoods?|gatherings?|hideouts?|compounds?|shelters?|"
                                   r"mosques?|markets?|port|airport|airbase|air\s+base|facilit(?:y|ies)|infrastructure|"
                                   r"headquarters|command\s+cent(?:re|er)|launch\w*|weapons?|arms|stores?|warehouses?)\b")
_STRIKE_KILLS = textre.compile(r"(?i)\s+(?:kill\w*|wound\w*|injur\w*|destroy\w*|level\w*|flatten\w*)\b")
_ARMED_WITH = textre.compile(r"(?i)\b(?:armed|equipped)\s+with\s+(?:[\w'-]+,?\s+){0,5}$")
_CARRIED = frozenset({"grenade", "explode", "shell"})  # weapon classes that may name what attackers carry
# (or the teller after a comma: "drove the assailants back, said district police chief X": no district was taken)
_COMPOSITE_BREAK = textre.compile(r"(?i)[;:.!?]|\b(?:but|while|whereas|which|who)\b|,\s*(?:\w+\s+)?(?:said|says|told|added)\b")
_RAID_FORMS = {"raid", "raids", "raided", "stormed", "storming", "carried out a clearing operation",
               "conducted a clearing operation", "carried out a clearance operation", "conducted a clearance operation",
               "carried out an operation against", "conducted an operation against", "launched an operation against"}
_MEANS = {"attack", "clash", "explode", "shell", "airstrike", "grenade", "chemical"}
_CHEMICAL_USE = textre.compile(r"(?i)\b(?:attack|attacks|used|use\s+of|dropped|unleashed|fired|launched|deployed|gassed|exposed|"
                               r"suffocat\w*|symptoms|poisoned)\b")
_SCORE = textre.compile(r"(?i)\b\d{1,3}-\d{1,3}\s+(?:[A-Za-z-]+\s+){0,4}(?:win|victory|defeat|loss|draw|lead|triumph|rout)\b")
_CONTEST_FORMS = {"battle", "battles", "battled", "fight", "fought", "fighting", "combat", "offensive against"}
_CONTEST_BEFORE = {"legal", "court", "courtroom", "political", "price", "bidding", "takeover", "custody", "patent", "tax",
                   "uphill", "ratings", "marketing", "antitrust", "regulatory", "budget", "electoral", "election", "proxy",
                   "boardroom", "bankruptcy", "trade", "ideological", "verbal", "diplomatic", "pr", "licensing", "copyright"}
_FIGHTING_SECTORS = {"MIL", "REB", "UAF", "INS", "COP", "SPY"}
_CONDUCT_CUES = {"violent_protest", "intervention", "force_on_protest"}
_PAST_VERB = textre.compile(r"(?i)[a-z]+ed\b")
_ADJECTIVE_SLOT_END = textre.compile(r"(?i)\b(?:the|a|an|its|their|his|her|of|and|these|those)\s+$")  # ("the torched houses")
_TOPIC_BEFORE = textre.compile(r"(?i)\b(?:against|denounce\w*|decr(?:y|ied|ying)|condemn\w*|reject(?:s|ed|ing)?|over|about|"
                               r"protest\w*\s+(?:at|over)|"
                               r"mourn\w*|end\s+to|stop|halt|victims\s+of|in\s+protest\s+at|"
                               # ("Angered by the attack, hundreds of residents staged a sit-in")
                               r"(?:angered|enraged|incensed|outraged|infuriated|provoked)\s+by|angry\s+(?:at|over|about)|"
                               # ("carrying pictures of the children killed in the strikes")
                               r"(?:pictures|photos|photographs|portraits|images|posters)\s+of)\s+(?:[\w'-]+\s+){0,3}$")
# "a protest note for the murder of", "demanding justice for the killing of": the killing a protest is for is its cause
# (not other deeds: "set the stage for Friday's violence")
_FOR_BEFORE = textre.compile(r"(?i)\bfor\s+(?:[\w'-]+\s+){0,3}$")
_WITHOUT_BEFORE = textre.compile(r"(?i)\bwithout\s+(?:(?!after|before|and|but|when|while|as|being)[\w'-]+\s+){0,4}$")
_ROLE_BEFORE = textre.compile(r"(?i)\b(?:tasked|charged|mandated|entrusted)\s+with\s+$")
_NEGATED_BEFORE = textre.compile(r"(?i)\b(?:non|not)[\s-]*$")  # "non-violent", "not violent"
# "the raid came hours after a bomb exploded", "the attack followed a week after clashes": the deed after these
# words is another event than the one the sentence's subject refers back to
# (the verbs also date the deed after them, in merge: "came a week after")
CAME_VERBS = r"(?:came|comes|happened|occurred|took\s+place|followed|follows)"
_CAME_AFTER_SRC = (r"(?i)\b" + CAME_VERBS + r"\s+(?:just\s+|only\s+)?(?:(?:hours|days|weeks|months|a\s+day|a\s+week|a\s+month|"
                   r"shortly|soon|two\s+days|three\s+days|a\s+few\s+\w+)\s+)?(?:after|before)\s+")
# ", a week after", ", two days after", ", weeks after": a time told by another deed, after the deed of the sentence
SPELL_AFTER_SRC = (r",\s+(?:just\s+|only\s+|exactly\s+|barely\s+)?(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)|"
                   r"days|weeks)\s+after\s+")
_SPELL_AFTER = textre.compile(r"(?i)" + SPELL_AFTER_SRC)
_ANOTHER_EVENT = textre.compile(_CAME_AFTER_SRC + r"(?:[\w'-]+\s+){0,4}$")
_NAMED_AS_OBJECT = textre.compile(r"(?i)\b(?:with|against|by|on|to|from)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}$")
_THOSE_BEFORE = textre.compile(r"(?i)\b(?:those|the\s+ones)\s+(?:who\s+(?:were|had\s+been)\s+)?$")
_CAME_AFTER = textre.compile(_CAME_AFTER_SRC)  # (the phrase itself, where _ANOTHER_EVENT ends a text before a deed)
_NO_ONE = textre.compile(r"(?i)\b(?:no\s+one|nobody|none|no\s+(?:other\s+)?(?:casualties|people|person|civilians))\b")
# "the banned Tehreek-e-Taliban Pakistan", "a banned outfit": a group's standing, no sanction done
_BANNED_GROUP = textre.compile(r"\s+(?:[A-Z]|(?:militant\s+|terrorist\s+|armed\s+|separatist\s+|extremist\s+)?"
                               r"(?:outfit|group|organi[sz]ation|movement|network|party)s?\b)")
_ARTICLE_BEFORE = textre.compile(r"(?i)\b(?:the|a|an|of|by)\s+(?:now-|now\s+)?$")
_SANCTIONS_BODY_AFTER = textre.compile(r"(?i)\s+(?:monitoring\s+)?(?:team|committee|panel|regime|list|monitors|experts)\b")
_DEMANDED_BEFORE = textre.compile(r"(?i)\b(?:demand\w*|call\w*\s+for|urg\w*|insist\w*|ask\w*)\b[^.;]{0,40}?\bthat\s+"
                                  r"(?:[\w'-]+\s+){1,4}be\s+$")
_SUPERLATIVE_VICTIM = textre.compile(r"(?i)\bthe\s+(?:most\s+(?:senior|prominent|important|high-profile)|highest[\s-]ranking|"
                                     r"(?:most\s+)?senior|first|latest|\w+est)\s+(?:[\w'’-]+\s+){0,3}$")
_RANKED_BEFORE = textre.compile(r"(?i)\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))"
                                r"\s+(?:such\s+)?(?:[\w-]+\s+)?$")
# a deed told as another of its kind: "A separate strike on a telecommunications building killed three children"
# "Another FMLN missile was fired against another airplane", "another bombing": a deed told as one more of its kind
_ANOTHER_BEFORE = textre.compile(r"(?i)\banother\s+(?:[\w-]+\s+){0,2}(?:(?:was|were|has\s+been|had\s+been)\s+)?$")
# "Another strike hit a residential area ..., wounding 18": a clause that opens with another deed tells another event
# ("Separately, a magnetic bomb exploded ...", "In another engagement in Lakki Marwat, ...")
_ANOTHER_OPENING = textre.compile(r"(?i)\s*(?:\d{1,2}[:.]\d\d\s*(?:[-–—:]\s*)?)?(?:separately\b|(?:(?:later|meanwhile|separately|elsewhere)\s*,?\s*)?(?:in\s+)?"
                                  r"another\s+(?:[\w-]+\s+)?"
                                  r"(?:strike|attack|missile|drone|bomb|blast|explosion|shell|rocket|raid|clash|ambush|assault|"
                                  r"shooting|incident|engagement|encounter|operation)s?\b)")
# "Meanwhile, in Kalat, attackers stormed a Levies station", "Elsewhere in the province, ...": the report turns to
# another place, and so to another deed
_ELSEWHERE_OPENING = textre.compile(r"\s*(?:(?i:elsewhere)\b|(?i:meanwhile)\s*,?\s*(?:(?i:on|late\s+on|early\s+on)\s+\w+\s*,?\s*)?"
                                    r"(?i:in)\s+(?:the\s+)?[A-Z]|"
                                    # ("A few hundred metres away, thousands of demonstrators continued their sit-in")
                                    r"(?i:(?:a\s+few|some|several|a\s+couple\s+of|\d+|a)\s+(?:hundred\s+)?(?:metres|meters|km|"
                                    r"kilometres|kilometers|miles|blocks|streets)\s+away|not\s+far\s+away|nearby|"
                                    r"a\s+short\s+distance\s+away)\s*,)")
# "Four more militants were killed in a second encounter": another fight than the one told before
_SECOND_WORDS = ("second", "third", "fourth", "fresh", "further", "separate")
_SECOND_FIGHT = textre.compile(r"(?i)\b(?:a|another)\s+(?:" + "|".join(_SECOND_WORDS) + r")\s+(?:[\w-]+\s+)?"
                               r"(?:encounter|engagement|gunfight|firefight|shootout|clash|raid|ambush|incident|operation)\b")
_SEPARATE_BEFORE = textre.compile(r"(?i)\b(?:a|another)\s+(?:second\s+|further\s+)?separate\b")
# a deed told as before the one reported: "IS-K had earlier attacked JUI-F leaders", "had previously targeted"
# (or before now, in the present perfect or bare: "the group has previously planted roadside bombs", "the militants
# previously attacked aid convoys"; not "has already killed 12 soldiers this week", which is news)
_EARLIER_DEED = textre.compile(r"(?i)\bhad\s+(?:also\s+)?(?:earlier|previously|already|before)\s+(?:\w+ly\s+)?$|"
                               r"\b(?:(?:has|have)\s+(?:also\s+)?)?previously\s+(?:[\w-]+\s+){0,3}$")
# "convoys have been attacked in the past": a deed told of the past, not of any one day (not "in the past 24 hours")
_IN_THE_PAST_AFTER = textre.compile(r"(?i)[^.;:]{0,40}?\bin\s+the\s+past\s*(?:[.,;:]|$)")
# a spell of violence named by its length: "weeks of fighting", "after months of heavy clashes"
# (or many acts told as one: "a string of attacks on Taliban fighters", "has repeatedly attacked foreign targets", or
# their rate: "has stepped up attacks")
_SPELL_OF = textre.compile(r"(?i)\b(?:days|weeks|months|years|decades)\s+of\s+(?:(?:heavy|fierce|intense|bloody|sporadic|renewed|"
                           r"deadly|brutal)\s+)?$|"
                           r"\b(?:string|series|wave|spate|rash|succession|spree|flurry|chain|campaign)\s+of\s+(?:[\w'-]+\s+){0,2}$|"
                           # ("has seen a surge of attacks on police", "a rise in killings")
                           r"\b(?:surge|upsurge|rise|spike|uptick|increase|escalation)\s+(?:of|in)\s+(?:[\w'-]+\s+){0,2}$|"
                           r"\b(?:repeatedly|frequently|regularly|routinely|often|constantly)\s+$|"
                           # (or their rate: "has stepped up attacks on security forces", "intensified its raids")
                           r"\b(?:stepp?(?:ed|ing|s)?|ramp(?:ed|ing|s)?)\s+up\s+(?:its\s+|their\s+)?(?:[\w'-]+\s+)?$|"
                           r"\b(?:intensif\w+|escalat\w+|increas\w+)\s+(?:its\s+|their\s+)(?:[\w'-]+\s+)?$")
# the deed told before, going on while another is told: "(at the same time that) this attack was (taking place)"
_THE_DEED_SRC = (r"\s+(?:this|the|that)\s+(?:[\w'-]+\s+){0,2}(?:attack|assault|raid|ambush|bombing|fighting|clash|operation|"
                 r"siege|blast|explosion)")
_WHILE_THE_DEED_SRC = _THE_DEED_SRC + r"\s+(?:was|were)"
# a sentence that opens with another time than the one told before: "Two days later, a bomb exploded", "Earlier this
# month, eight soldiers were killed in an ambush"
_LATER_OPENING = textre.compile(r"(?i)\s*(?:(?:(?:\w+|\d+)\s+)?(?:days?|weeks?|months?|hours?|minutes?)\s+(?:later|earlier)|"
                                r"(?:the\s+)?(?:next|following|previous)\s+(?:day|week|morning|night|evening)|"
                                r"(?:a\s+)?(?:day|week)\s+(?:later|earlier)|"
                                r"earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|last\s+(?:week|month|year)|"
                                r"in\s+(?:a|another)\s+separate\s+(?:incident|attack|development)|"
                                # "Earlier, on 10 October 2024, khwarij attempted to attack ...": a deed before the one told
                                r"earlier(?=\s*,)|"
                                r"earlier\s+(?:on|in)\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\w*\b)|"
                                # "At the same time that this attack was taking place, the FMLN staged ..."
                                r"at\s+the\s+same\s+time\s+(?:that|as)" + _WHILE_THE_DEED_SRC + r")\b")
# the month, not the modal: "Kunduz, 3 May 21 -- Gunmen killed"
# the month ("12 May", "May 2024", "In May,"): "may" is no modal there
_MONTH_TIME_WORDS = r"(?:in|since|until|till|by|early|late|mid|last|next|this|of|during|through|from|between|before|after)"
_MONTH_MAY = textre.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+May|May\s+\d{1,4}|(?i:" + _MONTH_TIME_WORDS + r")[\s-]+May)\b")
_MONTH_BEFORE = textre.compile(r"\b(?i:" + _MONTH_TIME_WORDS + r")[\s-]+$")
_SUCH_BEFORE = textre.compile(r"(?i)\b(?:such|any|similar)\s+(?:an?\s+)?(?:[\w-]+\s+)?$")
_DENIED_THAT = textre.compile(r"(?i)\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
                              # ("rejected the claim of the NPA that", "dismissed as propaganda a JNIM claim that")
                              r"(?:(?:as\s+(?:false|propaganda|baseless|fabricated|untrue)\s+)?(?:the\s+|a\s+|an\s+)?"
                              r"(?:[\w'-]+\s+){0,2}?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?|versions?|news|"
                              r"stories|information|messages?|posts?|videos?|footage)\s+"
                              r"(?:(?:of|by|from)\s+(?:[\w'-]+\s+){1,7}?(?:\([^()]{1,15}\)\s+)?)?"
                              # ("the allegations circulating on social networks that")
                              r"(?:(?:circulating|circulated|spread|made|published|posted|carried|aired|relayed|shared)\s+"
                              r"(?:[\w'-]+\s+){0,5}?)?)?"
                              # ("a claim by the West Papua National Liberation Army (TPNPB) that"; the deed is the
                              # denied clause's: not one in an aside of its subject)
                              # ("a message that circulated widely on social media claiming gunmen had attacked")
                              r"(?:that\b[^.;,]*|(?:that\s+(?:[\w'-]+\s+){1,7}?)?(?:claiming|saying|alleging)\b[^.;,]*|"
                              # ("denies the versions spread on social networks about alleged aerial bombardments")
                              r"(?<=\s)(?:about|of|regarding|concerning)\s+(?:an?\s+|the\s+)?(?:alleged\s+|supposed\s+|purported\s+)"
                              r"?(?:[\w'-]+\s+){0,2})$")
# what reports, claims or rumours tell, then denied in the passive after it
# ("Social media reports on Monday that insurgents had overrun a base ... were dismissed as fake news")
_REPORTS_OF_END = textre.compile(r"(?i)\b(?:reports?|claims?|allegations?|rumou?rs?|accounts?|messages?|posts?|videos?)\s+"
                                 r"(?:[\w'-]+\s+){0,4}?(?:of|about|that|claiming|saying|alleging)\s+[^.;,]*$")
_DENIED = r"(?:denied|rejected|dismissed|disputed|refuted)"  # (a telling denied, in the past or the passive)
_DENIED_LATER = textre.compile(r"(?i)[^.;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?" + _DENIED + r"\b")
# (or ", but this report was denied by the Armed Forces", ", but the army rejected the reports")
_CLAIM_DENIED_AFTER = textre.compile(r"(?i)[^.;]*?,\s+(?:(?:a\s+claims?|claims?|an\s+assertion|a\s+figure)\s+(?:that\s+)?(?:the\s+)?"
                                     r"(?:[\w'-]+\s+){0,4}?(?:denied|rejected|dismissed|disputed|refuted|denies|rejects|"
                                     r"could\s+not\s+(?:be\s+)?(?:independently\s+)?verif(?:y|ied))|"
                                     r"but\s+(?:the|this|that|these|those|such)\s+(?:reports?|claims?|accounts?|figures?)\s+"
                                     r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?" + _DENIED + r"|"
                                     r"but\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:denied|rejected|dismissed|disputed|refuted|denies|"
                                     r"rejects|disputes)\s+(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?"
                                     r"(?:reports?|claims?|accounts?|figures?))\b")
# a convoy, a post or a station that is not armed: "an aid convoy", "a humanitarian convoy", "a fuel station"
_CIVIL_BEFORE = textre.compile(r"(?i)\b(?:aid|humanitarian|relief|food|UN|WFP|medical|civilian|fuel|petrol|gas|bus|radio|"
                               r"television|TV|trading|commercial|wedding|funeral)\s+$")
# "In this scenario, a single large-scale attack on a town could kill dozens": what is imagined, not what happened
_SCENARIO_OPENING = textre.compile(r"(?i)\s*(?:in|under)\s+(?:this|that|such\s+a|such|a|the|one|another)\s+(?:[\w-]+\s+)?"
                                   r"scenario\b|\s*in\s+the\s+worst[\s-]case\b")
_PLANNED_AFTER = textre.compile(r"(?i)(?:\s+[\w'’-]+){0,5}?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:being\s+)?"
                                r"(?:planned|expected|envisaged|being\s+prepared|in\s+the\s+works)\b")
_PROTEST_MODIFIES = textre.compile(r"(?i)\s+(?:organi[sz]ers?|organi[sz]ing\s+committee|leaders?|leadership|songs?|slogans?|"
                                   r"votes?|banners?|placards?|letters?|petitions?|art|music|poetry)\b")
_RANKED_SINCE = textre.compile(r"(?i)\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+\w+|first|highest)\b[^.;]{0,50}?"
                               r"\bsince\s+[^.;]{0,110}$")
_OWN_CLAUSE_SINCE = textre.compile(r"(?i)\bsince\b[^.;]*,\s+(?:when|in\s+which|during\s+which)\b[^.;]*$")
_SERIES_OF_BEFORE = textre.compile(r"(?i)" + ONE_OF_SERIES + r"\s+(?:[\w'-]+\s+){0,3}$")
_HABIT = textre.compile(r"(?i)\b(?:ha(?:ve|s)\s+become\s+(?:routine|common|commonplace|everyday|the\s+norm|(?:more|increasingly)\s+"
                        r"(?:frequent|common|deadly|intense|widespread)|"
                        r"a\s+(?:daily|regular|weekly|common)\s+\w+)|(?:regular|daily|everyday|common)\s+occurrences?)\b")
_TREND_WORDS = ("remain", "risen", "surged", "increased", "grown", "doubled", "tripled", "soared", "spiked", "risk", "rising",
                "growing", "spread", "seen")
_TREND = textre.compile(r"(?i)\b(?:(?:has|have)\s+seen\s+(?:some\s+of\s+)?(?:the\s+)?(?:heaviest|worst|fiercest|bloodiest|most)\b|"
                        r"remain(?:s|ed)?\s+(?:\w+ly\s+)?(?:high|very\s+high|elevated|at\s+(?:record|high|alarming|unprecedented)\s+levels?|"
                        r"widespread|common|rampant|frequent)|(?:face|faces|facing|at)\s+(?:\w+\s+){0,2}risks?\s+of|"
                        r"(?:rising|growing|increasing)\s+(?:risks?|threats?|numbers?)\s+of)\b")
# deeds whose number grows: "attacks using homemade bombs have risen sharply" (told of the deeds, right after them)
_RISEN_AFTER = textre.compile(r"(?i)[^,;:]{0,50}?\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:risen|surged|increased|grown|doubled|"
                              r"tripled|soared|spiked|spread)\b")
# a deed told in the perfect ("have been kidnapped", "has seized", "has recaptured"), and what makes it a tally: a "since"
# clause or many objects
_TALLY_PERFECT_BEFORE = textre.compile(r"(?i)\b(?:have|has)\s+(?:since\s+)?(?:been\s+)?(?:\w+ly\s+)?$")
# deeds told as what keeps happening: "has suffered repeated attacks by armed gangs", "frequent raids"
_REPEATED_BEFORE = textre.compile(r"(?i)\b(?:repeated|frequent|regular|numerous|countless|persistent|recurring|recurrent|"
                                  r"periodic|constant|incessant|relentless|near-daily|daily|nightly)\s+(?:[\w'-]+\s+)?$")
# (from a time long past: not "since Wednesday evening", "since dawn", days of one operation)
_SINCE_LONG = textre.compile(r"(?i)\bsince\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|"
                             r"early|this|morning|midnight|noon|last\s+(?:night|week|weekend)|the\s+(?:attack|blast|weekend|"
                             r"morning|evening|night|start\s+of\s+the\s+week))\b)")
_MANY_OBJECTS = textre.compile(r"(?i)\s+(?:(?:dozens|scores|hundreds|thousands|large\s+swathes|swathes|a\s+string|a\s+series|"
                               r"several|many|numerous|a\s+number)\s+of|more\s+than\s+(?:a\s+)?(?:dozen|\d+)\s+(?:towns|villages|"
                               r"districts|positions|bases|areas|localities))\b")
_MADE_POSSIBLE = textre.compile(r"(?i)\bmade\s+it\s+possible\b")  # (what was made possible was done)


def _not_made_possible(words: str) -> str:
    """``words`` without "made it possible", which tells a deed done, not one that may be."""
    return _MADE_POSSIBLE.sub(" ", words) if "possible" in words else words
_RANKED_WORDS = ("est ", "worst", "first", "second", "third", "fourth", "fifth", "most ")  # (what _RANKED_APPOSITIVE needs)
# (a superlative or an ordinal: not any word in "-est", which "protest", "arrest" and "unrest" are too)
_RANK_WORD = r"(?:\w+iest|worst|latest|biggest|largest|greatest|highest|fiercest|heaviest|first|second|third|fourth|fifth|" \
    r"most\s+\w+)"
# (not "first" as the adverb of a deed: "The M23 first captured Goma in November 2012")
_RANKED_IN_BEFORE = textre.compile(r"(?i)\b(?!first\s+(?:\w+ed|took|seized|overran|struck|hit|began|came|won|fought)\b)" +
                                   _RANK_WORD + r"\b[^.;:]{0,70}$")
_RANKED_APPOSITIVE = textre.compile(r",\s+(?:the|its|their)\s+" + _RANK_WORD + r"\s+(?:such\s+)?(?:[\w-]+\s+){0,2}$")
_CALLED_TO_PROTEST = textre.compile(r"(?i)\b(?:call(?:ed|s|ing)?\s+(?:for|on)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+(?:for|to))"
                                    r"\s+[^.;:]{0,40}$")
def _before_preposition(trigger) -> int:
    """Where a trigger ends, or where the preposition it ends with starts ("offensive against")."""
    head, _, last = trigger[2].rpartition(" ")
    return trigger[0] + len(head) if head and last.lower() in ("on", "against", "in", "into", "by") else trigger[1]


# "The coalition will also hold a candlelight vigil": what is still to come, an adverb between
_WILL_ALSO_BEFORE = textre.compile(r"(?i)\b(?:will|shall)\s+(?:also|then|again)\s+(?:[\w'-]+\s+){1,3}$")
_MODAL_AFTER = textre.compile(r"(?i)\s+(?:would|could|might|will|shall)\b")  # ("vowed that the hostages will be freed")
_MODAL_LATER = textre.compile(r"(?i)\s+(?:on|against|in|into|by)\s+(?:[\w'-]+\s+){1,6}?(?:would|could|might|will|shall)\b")
_INDEFINITE_END = textre.compile(r"(?i)\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}$")
# a deed done to the attackers of an event told before: "fought the attackers", "killed all three gunmen"
_FIGHTS_BACK = textre.compile(r"(?i)\b(?:fought|fighting|killed|killing|repelled|repulsed|engaged|shot|pursued|chased|captured|"
                              r"arrested|neutrali[sz]ed|overpowered|cornered|surrounded)\s+(?:all\s+|two\s+|three\s+|four\s+|"
                              r"five\s+|six\s+)?(?:of\s+)?(?:the|those)\s+(?:\w+\s+)?(?:attackers|assailants|gunmen|gunman|"
                              r"bombers?|raiders|hostage-takers|militants|terrorists|insurgents)\b|"
                              # "The RSF said it had repelled an army attack": the other side's word of the same fight
                              r"\b(?:repelled|repulsed|beat\s+back|fended\s+off)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:attack|assault|offensive|advance|incursion|raid)s?\b")
def _fights_back(text: str, fr: Frame, main) -> bool:
    """Whether the frame's deed is done to the attackers of an event told before ("troops fought the attackers and
    killed all three"): the deed of the frame's main trigger, or of a frame that tells no other deed ("... stormed
    the university, killing 22 people, in an assault that ended when security forces killed the three attackers"
    tells the attack, whose end is a part of it)."""
    m = _FIGHTS_BACK.search(text, fr.start, fr.end)
    if m is None:
        return False
    return m.start() <= main[0] < m.end() or not any(t[3] in VIOLENT and not (m.start() <= t[0] < m.end())
                                                      for t in fr.triggers if t[0] < m.start())


# a toll told in the perfect, which sums up: "attacks on mosques had killed hundreds"
_HAVE_KILLED = textre.compile(r"(?i)\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:killed|claimed\s+the\s+lives\s+of|left)\b")
# deeds counted by the dozen: "has carried out dozens of attacks" (not "hundreds of shells", one shelling)
# (or some of a kind: "has carried out some of the deadliest attacks in Afghanistan", "several of its bombings")
# (or counted outright: "witnessed more than 440 militant attacks in 2024", "more than 30 attacks on ships since November")
_MANY_OF = textre.compile(r"(?i)\b(?:dozens|scores|hundreds|number|handful)\s+of\s+(?:[\w'-]+\s+)?$|"
                          r"(?<![\d,.])[1-9]\d{0,2}(?:,\d{3})*\d\s+(?:[\w'-]+\s+)?$|"
                          r"\b(?:some|many|several|most)\s+of\s+(?:the|its|their)\s+(?:[\w'-]+\s+)?$")
_COUNTED_MUNITIONS = textre.compile(r"(?i)(?<![\d,.])[1-9]\d{0,2}(?:,\d{3})*\d\s+(?:[\w-]+\s+)?(?:drones|missiles|shells|rockets|"
                                    r"projectiles|rounds|bombs|munitions)\b")
_MUNITIONS_TALLY = textre.compile(r"(?i)\b(?:in\s+total|over\s+the\s+(?:past|last)\s+(?:day|24\s+hours|week|month)|"
                                  r"(?:during|in|over)\s+the\s+(?:week|month)|in\s+the\s+(?:past|last)\s+24\s+hours|"
                                  r"at\s+(?:the\s+)?(?:[\w-]+\s+)?territory|across\s+the\s+(?:country|region))\b")
_OPENING_PP = textre.compile(r"\s*(?:In|During|After)\s+(?:the|a|an|another|one|this|that)\s+(?:[\w-]+\s+){0,2}")
_IN_MANY_DEEDS = textre.compile(r"(?i)\b(?:killed|died|dead)\s+(?:in|during)\s+(?:[\w-]+\s+)?(?:encounters|clashes|attacks|operations|"
                                r"incidents|strikes|airstrikes|air\s+strikes|raids|bombings|ambushes)\b")
_ACROSS_UNIT = textre.compile(r"\b(?:[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:[A-Z][\w'-]+\s*){1,3}")
_ACROSS_SPREAD = textre.compile(r"(?i)\b(?:attacks|blasts|bombings|clashes|explosions|raids|shootings)\b[^.;]{0,60}?\bacross\s+"
                                r"(?!the\s+(?:border|frontier|river|line)\b)")
_STRUCK_FORMS = frozenset({"raided", "attacked", "bombed", "struck", "targeted", "hit", "stormed", "shelled"})
_MANY_TARGETS = textre.compile(r"(?i)\s+(?:dozens|scores|hundreds|thousands|numerous|countless)\s+of\b")
_PERFECT_BEFORE = textre.compile(r"(?i)\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|since\s+)?$")
_COUNTED_DEEDS = frozenset({"attacks", "raids", "bombings", "ambushes", "assaults", "clashes", "operations", "airstrikes",
                            "air strikes", "strikes", "killings", "kidnappings", "abductions", "assassinations"})
# a deed told in the perfect from a time on: "have fought each other in eastern Afghanistan since 2015"
_SINCE_AFTER = textre.compile(r"(?i)\s+(?:[\w'-]+\s+){0,6}?since\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|the\s+\w+|its\s+\w+|then)\b")
# a deed told over years: "fought ISIS-K for years", "have battled the army for decades"
_FOR_YEARS = textre.compile(r"(?i)\s+(?:[\w'-]+\s+){0,3}?for\s+(?:many\s+|several\s+|two\s+|three\s+)?(?:years|decades)\b")
# a deed in a clause that describes its object: "the group they fought", "the men whom he had attacked"
_OBJECT_RELATIVE = textre.compile(r"(?i)\b(?:the|a|an|its|their)\s+(?:[\w'-]+\s+)?(?:group|groups|enemy|enemies|rivals?|men|movement|"
                                  r"forces?|army|people)\s+(?:that\s+|whom\s+|which\s+)?(?:they|he|she|it|we)\s+(?:had\s+|have\s+|has\s+)?$")
_UNDER_WHICH = textre.compile(r"(?i)\b(?:agreement|accord|deal|treaty|plan|pact)\s+under\s+which\s+(?:[\w'.-]+\s+){1,4}$")
_PLURAL_DEED = textre.compile(r"(?i)(?:attacks|bombings|devices|deaths|casualties|blasts|explosions|raids|ambushes|clashes|killings|"
                              r"assassinations|shootings|airstrikes|air\s+strikes|drone\s+strikes|kidnappings|abductions)$")
_PLURAL_OTHER_DEED = textre.compile(r"(?i)(?:arrests|detentions|detention|executions|incidents|cases|violations|protests|demonstrations|"
                                    r"lootings|seizures)$")
# a monitor's count of deeds: "recorded at least 14 arbitrary arrests", "documented 230 incidents of ..."
_MONITOR_WORDS = ("recorded", "documented", "verified", "registered", "counted", "logged", "tallied")
# (or without a number: "UNAMA recorded arbitrary arrests and detention of women")
# ("recorded 23 instances of arbitrary arrest": a count of deeds named in the singular)
_INSTANCES_OF = textre.compile(r"(?i)\b(?:instances|cases|incidents|counts|acts)\s+of\s+(?:[\w-]+\s+){0,4}$")
_MONITOR_COUNT = textre.compile(r"(?i)\b(?:" + "|".join(_MONITOR_WORDS) + r")\s+(?:a\s+total\s+of\s+)?"
                                r"(?:(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|almost\s+|about\s+)?"
                                r"[\d,]+\s+)?(?:[\w-]+\s+){0,3}(?:of\s+(?:[\w-]+\s+){0,3})?$")
_MANY_REFERRED = textre.compile(r"(?i)\b(?:these|those|such|(?:most|many|some|all|several|none|each|one)\s+of\s+(?:the|these|those|"
                                r"its|their))\s+(?:[\w-]+\s+)?$")
_KILLED_THE_TAKEN = textre.compile(r"(?i)\b(?:abducted|kidnapped|seized|took)\b[^.;]{0,160}?\b(?:shot|killed|executed|beheaded|"
                                   r"murdered|hanged|slit)\s+(?:them|him|her)\b")
_CLAIMED_BACK = textre.compile(r"(?i)\bclaim(?:ed|s)?\s+(?:responsibility\s+for\s+)?(?:the|these|those)\s+(?:[\w-]+\s+)?$")
_BIOGRAPHY = textre.compile(r"(?i)\bas\s+a\s+(?:young\s+(?:man|woman|boy|girl)|teenager|youth|boy|girl|student|child|schoolboy|"
                           r"seminary\s+student)\b|^born\s+(?:in|on)\b|\bin\s+(?:his|her)\s+(?:youth|teens|early\s+twenties|twenties)\b")
_BIOGRAPHY_WORDS = ("as a ", "born", "in his ", "in her ")
_HABIT_BEFORE = textre.compile(r"(?i)\b(?:who|which|that)\s+(?:often\s+|regularly\s+|routinely\s+|frequently\s+|still\s+)?$")
_BARE_PRESENT = frozenset({"attack", "kill", "target", "raid", "ambush", "bomb", "fight", "strike", "abduct", "kidnap",
                           "shoot", "shell", "loot", "threaten", "torture"})
_NEUTRAL_NOUNS = {"people", "persons", "person", "individuals", "others"}
_NONLETHAL = textre.compile(r"(?i)\b(?:stun|smoke|tear[- ]?gas|teargas|flash|sound|flash-bang|pepper|petrol|molotov|paint|stink|"
                            r"fire|gasoline|water)\s*$")
# the finite verbs of accusing and threatening, whose object clause holds what was said ("accused X of ...")
_SPEECH_VERBS = frozenset({"accused", "accuses", "blamed", "blames", "condemned", "condemns", "denounced", "criticised",
                           "criticized", "threatened", "threatens", "demanded", "demands", "urged", "urges",
                           "called for", "calls for", "appealed for", "rejected", "rejects", "refused", "refuses"})
_SPEECH_CLASSES = frozenset({"accuse", "threaten", "request", "reject"})
# acts that a demand or a refusal tells as not done ("demanded the release of", "refused to sign the accord")
_ASKED_ACTS = frozenset({"agree", "consult", "aid", "sanction", "withdraw", "release", "mobilize", "base"})
# a break between a verb of saying and a later act that ends its reach: "; ", ". ", or a new clause's subject said
_SAID_ACTS = frozenset({"agree", "consult", "aid", "sanction"})
_SAID_CLAUSE_BREAK = textre.compile(r"[;:]|\b(?:and|but|while|whereas|as|after|before|when|since)\s+(?:the\s+)?[A-Z]")
_WEAK_CLASSES = {"release", "consult", "aid", "mobilize", "threaten", "accuse", "reject", "request", "sanction", "loot"}
# verbs whose object never stands right before them ("three bombs destroyed a checkpoint": the bombs are the subject)
_DETERMINER_END = textre.compile(r"(?i)\b(?:the|a|an|their|its|his|her|peaceful|this|that)\s+$")  # "the peaceful march": a noun
# "assasinated": the misspelling is common enough in wire copy to be a form of the word
_POLITICAL_KILL = {"assassinated", "assassination", "assassinations", "assasinated", "assasination", "assasinations",
                   "massacred", "massacre", "massacres"}
# (or where shells came down, or that they were fired: "two shells landed in the Mugunga camp", "several mortar shells
# were fired towards the Halane area")
_WEAPON_DID = textre.compile(r"(?i)^\s+(?:[\w'-]+\s+){0,2}?(?:destroyed|damaged|ripped|tore|exploded|went\s+off|blew|hit|struck|"
                             r"killed|wounded|injured|detonated|shattered|landed|slammed|crashed\s+into|rained\s+down|"
                             r"fell\s+(?:on|in|into|near|inside)|(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                             r"(?:planted|placed|hidden|left|thrown|hurled|fired|launched|lobbed))\b")
_NOT_HUMAN_ATTACK = textre.compile(r"(?i)\b(?:heart|panic|asthma|anxiety|shark|dog|bear|animal|cyber|cyber-|denial-of-service|"
                                   r"virus|malware|hacker|hackers|ransomware)[\s-]*$")
_PATIENT_SUBJECT = {"fell to", "falls to", "fallen to"}  # "the town fell to the rebels": what was taken stands before the verb
# between the place that fell and its verb: an appositive, an auxiliary ("Ghazni, a city of 270,000, has fallen to")
_FELL_SUBJECT_GAP = textre.compile(r"(?:\s*,[^,;:]{1,90},)?\s*(?:(?:has|had|have)\s+)?(?:(?:also|finally|now)\s+)?")
_ACTIVE_VERBS = {"destroyed", "destroying", "captured", "capturing", "cleared", "retrieved", "neutralised", "neutralized"}
_ON_PROTEST = textre.compile(r"(?i)\s+(?:against|on)?\s*(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}(?:protesters|protestors|"
                             r"demonstrators|protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|human\s+chain|crowds?)\b")
_YEARS_AFTER = textre.compile(r"(?i)\b(?:years?|months?|decades?|(?:\d+|few|several|two|three|four|five|six|many)\s+weeks|(?<=,\s)weeks)\s+(?:after|since)\s+(?:[\w'-]+\s+){0,6}?"
                              r"(?:[\w'-]+,[^,.;]{1,60},\s+(?:[\w'-]+\s+){0,3})?$")  # (an aside: "58 people, 32 of them journalists, were")
_AGO_AFTER = textre.compile(r"(?i)^\s+(?:(?:over|more\s+than|about|nearly|almost|some)\s+)?(?:a|an|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|\d+|several|many)\s+(?:years?|decades?)\s+ago\b")
_CROWD = textre.compile(r"(?i)\b(?:thousands|hundreds|dozens|scores|crowds?|tens\s+of\s+thousands|people|supporters|activists|"
                        r"students|workers|residents|women|farmers|protesters|demonstrators|members|\d[\d,]*)\b")
_AFTER_THE_DEED_OPENING = textre.compile(r"(?i)\s*(?:(?:a|one|two|three|four|five|six|seven|\d+|a\s+few|several)\s+"
                                        r"(?:days?|hours?|weeks?)|hours|days|shortly|soon|minutes|moments)\s+(?:after|before)"
                                        + _THE_DEED_SRC + r"\s*,")
_SIMULTANEOUS_OPENING = textre.compile(r"(?i)\s*(?:at\s+the\s+same\s+time\s+(?:that|as)|while|as)" + _WHILE_THE_DEED_SRC +
                                       r"\s+[^,;]{0,40},")
_TOLL_WORDS = frozenset({"death toll"})
# the confidence of a toll told with nothing of its own deed (what it adds to the event it joins)
_TOLL_ONLY_CONFIDENCE = 0.42
_LINKED_WORDS = ("linked", "connected", "tied", "involved", "responsible", "behind", "suspected", "accused", "connection",
                 "wanted", "facilitator", "mastermind", "planner", "organiser", "organizer", "perpetrator")
_LINKED_TO = (r"(?:(?:linked|connected|tied)\s+to|involved\s+in|responsible\s+for|behind|suspected\s+(?:of|in)|accused\s+of|"
              r"in\s+connection\s+with|wanted\s+for|"
              # ("arrested a key facilitator of the suicide attack on the Police Lines mosque")
              r"(?:facilitators?|masterminds?|planners?|organi[sz]ers?|perpetrators?)\s+of)")
_LINKED_TO_BEFORE = textre.compile(r"(?i)\b" + _LINKED_TO + r"\s+(?:the|this|that|last\s+\w+'s|\w+day's)\s+(?:[\w-]+\s+)?$")
_ABOUT_ANOTHER_BEFORE = textre.compile(r"(?i)\b(?:(?:site|scene|aftermath|wake|anniversary|victims|news)\s+of|after|following|since|"
                                       r"in\s+(?:response|reaction|retaliation)\s+(?:to|for)|revenge\s+for|to\s+(?:condemn|protest|mourn|"
                                       r"denounce)|against|over|condemning|protesting|mourning|"
                                       # ("raided a house where suspects linked to the bombing were hiding")
                                       + _LINKED_TO + r")\s+$")
_NAMED_DEED_BEFORE = textre.compile(r"\b[Tt]he\s+(?:\d{4}\s+)?(?:[A-Z][\w'-]+\s+){1,4}$")
# (a day told in the sentence makes it news: "the Taliban massacre in Bamiyan on Monday")
_DAY_WORD = textre.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight|last\s+night|this\s+morning)\b")
_OF_VICTIMS_AFTER = textre.compile(r"\s+of\s+(?:at\s+least\s+|more\s+than\s+)?\d")  # ("the Ampatuan massacre of 58": told)
_ASKED_FOR_BEFORE = textre.compile(r"(?i)\b(?:(?:asked|called|appealed|pleaded|begged|waited|waiting|calls|asks|appeal)\s+"
                                   r"(?:\w+\s+){0,2}?for|requested|request|needed|need|needs|sought|without)\s+(?:more\s+|any\s+)?$")
_STRIKE_AFTER = textre.compile(r"(?:['\u2019]s)?\s+(strikes?)\b")
_THE_STRIKES = textre.compile(r"\b(?:[Tt]he|[Ff]urther|[Mm]ore|[Nn]ew|[Ff]resh|[Ll]ater)\s+(strikes?)\s+(?:also\s+)?(?:hit|struck|targeted|killed|destroyed|flattened|"
                              r"damaged|came|were\s+carried\s+out|was\s+carried\s+out)\b")
_FROM_THE_AIR = textre.compile(r"(?i)\b(?:air\s*-?strikes?|air\s+raids?|warplanes?|fighter\s+jets|jets|drones?|aircraft|"
                               r"helicopter\s+gunships?|bombed|bombing\s+raids?)\b")
_RIOTING = frozenset({"Violent demonstration", "Mob violence"})
_BARE_WITHDRAW = frozenset({"withdrew", "pulled out"})
_FROM_WHERE = textre.compile(r"(?i)\b(?:from|out\s+of)\b")
_MARKET = textre.compile(r"(?i)\b(?:stocks?|shares|markets?|prices|dollar|euro|yen|sterling|pound|index|indices|investors|"
                         r"bonds?|treasuries|nasdaq|dow|ftse|nikkei|wall\s+street|traders|equities|futures|currenc(?:y|ies)|"
                         r"rupee|earnings|crude|oil\s+prices)\b")
_PROTEST_WORDS = textre.compile(r"(?i)\b(?:protest\w*|demonstrat\w*|supporters|activists|opposition|slogans|placards|banners|"
                                r"marchers|crowds?|chant\w*|police|farmers|workers|students|teachers|unions?|residents|villagers|"
                                r"thousands|hundreds)\b")
_PROPERTY_RIOT = {"torched", "set ablaze", "set on fire", "vandalised", "vandalized", "ransacked"}
_PROTEST_AS_REASON = textre.compile(r"(?i)\b(?:organi[sz]\w*|participat\w*|related\s+to|ahead\s+of|before|in\s+anticipation\s+of|"
                                    r"to\s+prevent|to\s+stop|to\s+contain|to\s+quell|against|for|over|during|at)\s+"
                                    r"(?:[\w'-]+\s+){0,4}$")
_PROTEST_VERBS = {"marched", "march", "marches", "rallied", "rally", "demonstrated", "took to the streets"}
_AIRCRAFT = {"warplanes", "warplane", "fighter jets", "helicopter gunships", "gunship"}
_FIGHT = {"kill", "injure", "attack", "clash", "explode", "shell", "airstrike", "grenade", "suicide", "chemical"}
_ACTS = {"capture", "agree", "disrupt", "withdraw", "base", "arrest", "mobilize", "group_change"}
_BACKGROUND = textre.compile(r"(?i)\b(?:after|following|previously|ending|end\s+to|despite|amid|amidst|since|in\s+the\s+face\s+of|scene\s+of|"
                             r"halt|stop|prevent|to\s+counter|ready\s+to|for|against\s+a\s+possible|possible|related\s+to|linked\s+to|"
                             r"connected\s+to|in\s+connection\s+with|used\s+in|involved\s+in)\b[^.;:]*$")
# a toll given in place of a first figure of the same sentence
_TOLL_PUT_AT_END = textre.compile(r"(?i)\b(?:(?:put|puts|putting|placed|places|set|sets|gave|gives|revised|corrected|lowered|raised)"
                                  r"\s+the\s+(?:[\w-]+\s+){0,2}?toll\s+(?:at|to)|"
                                  r"a\s+figure\s+(?:[\w-]+\s+){0,3}?(?:raised|revised|increased|lowered|corrected|updated)"
                                  r"(?:\s+(?:up|down)(?:wards?)?)?\s+to)\s+(?:at\s+least\s+)?$")
_FIRST_FIGURE = textre.compile(r"(?i)\b(?:first|initially|earlier|initial|at\s+first|originally)\b")
# a word for a deed's doers that names a teller: "residents and a vigilante leader said"
_TELLER_NOUN_AFTER = textre.compile(r"(?i)\s+(?:group\s+)?(?:leaders?|commanders?|chiefs?|spokes(?:man|woman|person)|officials?|"
                                    r"sources?|members?|coordinators?)\b[^.;]{0,30}?\b(?:said|says|told|added|confirmed)\b")
# "three of the wounded died in hospital": the hurt who died are dead
_HURT_WHO_DIED = textre.compile(r"(?i)\s+of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:wounded|injured)\s+(?:later\s+|also\s+|had\s+|have\s+)?"
                                r"(?:died|succumbed)\b")
# "all three", "all of the 12": a group counted before, counted again
_ALL_OF_BEFORE = textre.compile(r"(?i)\ball\s+(?:of\s+(?:the\s+)?)?$")
# (with a participle joined before the verb: "was detected and defused", "were found and seized")
_PASSIVE_END = textre.compile(r"(?i)\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:\w+ed\s+and\s+)?$")
# classes that tell of a deliberate act even beside an accident word
_INTENT = {"attack", "suicide", "airstrike", "shell", "grenade", "abduct", "sexual", "mob", "torture"}
_BARE_EXPLOSION = {"explosion", "explosions", "exploded", "explodes", "blast", "blasts", "blew up", "blown up",
                   "detonation", "explosives", "bombed"}
_SUB_CLASS = {"Arrests": "arrest", "Disrupted weapons use": "disrupt", "Agreement": "agree",
              "Headquarters or base established": "base", "Non-violent transfer of territory": "withdraw",
              "Change to group/activity": "group_change", "Looting/property destruction": "loot"}
_MILITARY = textre.compile(r"(?i)\b(?:military|army|troops|warring|soldiers|forces|militants|rebels|fighters|insurgents|militia|militias|armed\s+groups?|factions?|"
                           r"jihadists|guerrillas|paramilitar\w*)\b")
_PERSONS = textre.compile(r"(?i)\b(?:people|persons|individuals|suspects|activists|members|leaders|supporters|militants|"
                          r"terrorists|insurgents|rebels|protesters|protestors|demonstrators|students|journalists|opposition|"
                          r"men|women|youths|civilians|\d+\s+\w+)\b")


_GOES_ON_AFTER = textre.compile(r"(?i)\s+(?:continues|continued|is\s+continuing|was\s+continuing|(?:is|was|were|are)\s+still\s+"
                                r"(?:going\s+on|under\s*way|raging|continuing)|raged\s+on|went\s+on|goes\s+on|persists|persisted)\b")
# what joins the dead of one side to the other's in one deed: "... were killed, while one soldier embraced shahadat"
_WHILE_COUNT = textre.compile(r"(?i)[^,;:]{0,60}?,?\s*(?:while|whereas)\s+")
_PLACE_PREP = textre.compile(r"(?i)\b(?:in|at|near|outside|inside|across|from|of|on|around|into|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
_POSSESSIVE_AFTER = textre.compile(r"['\u2019]s\b")
PLACE_RANK = {"site": 0, "town": 0, "city": 0, "admin2": 1, "admin1": 2, "country": 3}


def _frame_places(ctx: SentenceContext, fr: Frame) -> list[PlaceSpan]:
    """The places where the frame's deed may be: those named in the frame, else in the sentence."""
    off = ctx.start
    # a country named as a doer ("as the United States and its allies...") is an actor there, not the place
    actors = {(a.start, a.end) for a in ctx.actors if a.metonym}
    # "the Taliban government in Kabul condemned the bombing": the seat of those who speak, not the place of the deed
    # "detained near the border with Ukraine": the country across the border is not where it happened
    places = [p for p in ctx.places if (p.start, p.end) not in actors and
              not _SEAT_BEFORE.search(ctx.text, max(0, p.start - off - 30), p.start - off) and
              not _CLUB_AFTER.match(ctx.text, p.end - off) and
              not (p.place.kind == "country" and (across_border(ctx.text, p.start - off) or
                                                  modifies_noun(ctx.text, p.start - off, p.end - off)))]
    # (a frame that holds only the dateline, "MAPUTO, Aug. 9 — troops have recaptured the port town of Mocimboa da
    # Praia", leaves the place of its deed to the sentence)
    return [p for p in places if fr.start <= p.start - off < fr.end and not opens_report(ctx, p)] or places


def opens_report(ctx: SentenceContext, p: PlaceSpan) -> bool:
    """The place the report opens with, where it was filed ("Zamboanga City — Troops engaged ..."), or the dateline
    that opens the story's first line under its headline and byline ("BOGOTA, Colombia (AP) — Two soldiers ...")."""
    text = ctx.doc.text
    if ctx.index == 0:
        return not text[:p.start].strip()
    return ctx.index < 3 and not text[text.rfind("\n", 0, p.start) + 1: p.start].strip() and \
        _DATELINE_TAIL.match(text, p.end) is not None


# what follows a dateline's place: its country, its agency, then a dash or a colon or its date ("BOGOTA, Colombia
# (AP) —", "Kabul, Afghanistan —", "PESHAWAR:", "QUETTA, March 20 (Reuters) -")
_DATELINE_TAIL = textre.compile(r"(?:,[ \t]*[A-Z][\w.'-]+(?:[ \t][A-Z][\w.'-]+){0,2})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*"
                                r"(?:[-\u2013\u2014:](?:[ \t]|$)|,[ \t]*(?:\d|[A-Z][a-z]{2,8}\.?[ \t]+\d))")


def _crowd_role(ref: ActorRef) -> str | None:
    """The catalog's generic role of a crowd actor: civilians (civ), protesters of a country (prot), rioters (riot)."""
    if ref.id == "civilians" or ref.id.startswith("civ_"):
        return "civ"
    if ref.id.startswith("prot_"):
        return "prot"
    if ref.id == "rioters" or ref.id.startswith("riot_"):
        return "riot"
    return None


def _caps_dateline(ctx: SentenceContext, p: PlaceSpan) -> bool:
    """Whether the place is the dateline in capitals that opens a line of a report's head, in a report in mixed case
    ("Title\nDERA ISMAIL KHAN (Reuters) - ...")."""
    text = ctx.doc.text
    return ctx.index < 3 and text[p.start: p.end].isupper() and not text[text.rfind("\n", 0, p.start) + 1: p.start].strip() \
        and not is_caps(text)


def _pick_place(ctx: SentenceContext, fr: Frame) -> PlaceSpan | None:
    off = ctx.start
    cands = _frame_places(ctx, fr)
    if not cands:
        return None

    def dateline(p: PlaceSpan) -> bool:
        return opens_report(ctx, p)

    def holds_another(p: PlaceSpan) -> bool:
        """A province or country that holds another place of the frame, not the dateline's ("attacked Shindand
        district in Herat", "Andar district of Ghazni", "in Barangay Kabbon Takas, Patikul, Sulu")."""
        if any(q.place.id.startswith("near:") and q.place.id.startswith(p.place.id, 5) and
               q.place.id.startswith(":", 5 + len(p.place.id)) for q in cands):
            return True  # ("the village of Ntoma, about 12 km north of Oicha": the unit a settlement is placed in)
        if p.place.kind not in ("admin1", "country"):
            return False
        return any(q.place.kind not in ("admin1", "country") and q.place.country == p.place.country and
                   (p.place.kind == "country" or q.place.admin1 == p.place.admin1) and not dateline(q) for q in cands)

    # "Mazar-i-Sharif, the biggest city in the north, fell to the Taliban ... after insurgents broke through at
    # Dehdadi": the place that fell is the subject of the verb
    fell = [t for t in fr.triggers if t[2] in _PATIENT_SUBJECT]
    if fell:
        for p in cands:
            if any(p.end - off <= t[0] and _FELL_SUBJECT_GAP.fullmatch(ctx.text, p.end - off, t[0]) for t in fell):
                return p

    def key(p: PlaceSpan):
        # "two employees of Kabul's Tolo TV ... carried out in Jalalabad": a possessive names whose, not where
        prep = (bool(_PLACE_PREP.search(ctx.text[max(0, p.start - off - 30): p.start - off])) and
                not _POSSESSIVE_AFTER.match(ctx.text, p.end - off))
        return (holds_another(p), dateline(p), 0 if prep else 1, PLACE_RANK.get(p.place.kind, 2), p.start)
    return min(cands, key=key)


# what joins the places of a list ("Kharkiv, Odesa and Dnipro", "in Eldoret and in Nakuru"), and what opens one as where
# a deed was done ("hit", "in the towns of")
_PLACE_LIST_GAP = textre.compile(r"(?i)\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s*&\s*|\s+as\s+well\s+as\s+)"
                                 r"(?:(?:in|at|near|outside|on)\s+)?(?:the\s+)?")
_PLACE_LIST_OPENING = textre.compile(
    r"(?i)\b(?:in|at|near|around|outside|across|inside|on|hit|hitting|struck|striking|targeted|targeting|pounded|pounding|"
    r"shelled|shelling|bombed|bombing|attacked|attacking|raided|raiding|stormed|storming)\s+(?:the\s+)?"
    r"(?:(?:towns?|cities|city|villages?|districts?|provinces?|areas?|regions?|camps?|states?|counties|county)\s+of\s+)?$")
_LIST_CONJUNCTION = textre.compile(r"\band\b|&|\bas\s+well\s+as\b")
_KIND_GROUP = {"site": "point", "town": "point", "city": "point", "admin2": "admin2", "admin1": "admin1"}


def _place_list(ctx: SentenceContext, fr: Frame, place: PlaceSpan) -> list[PlaceSpan]:
    """The places of the list ``place`` stands in, where the frame's deed was done ("missiles hit Kharkiv, Odesa and
    Dnipro", "marched in Eldoret and Nakuru", "clashes in Kunar and Nangarhar provinces"): places of one kind (towns,
    districts or provinces; countries tell no place of a deed), each another, opened as where the deed was. [place]
    when it stands in none."""
    group = _KIND_GROUP.get(place.place.kind)
    if group is None:
        return [place]
    text, off = ctx.text, ctx.start
    cands = sorted(_frame_places(ctx, fr), key=lambda p: p.start)
    i = next((k for k, p in enumerate(cands) if p is place or (p.start, p.end) == (place.start, place.end)), None)
    if i is None:
        return [place]

    def joined(a: PlaceSpan, b: PlaceSpan) -> bool:
        return _KIND_GROUP.get(b.place.kind) == group and b.place.id != a.place.id and \
            _PLACE_LIST_GAP.fullmatch(text, a.end - off, b.start - off) is not None
    lo = i
    while lo > 0 and joined(cands[lo - 1], cands[lo]):
        lo -= 1
    hi = i
    while hi + 1 < len(cands) and joined(cands[hi], cands[hi + 1]):
        hi += 1
    chain = cands[lo: hi + 1]
    # a list ends with its conjunction: "Dasht-e-Barchi, Kabul" and "near Diafarabé, in Tenenkou cercle" name one place,
    # the unit it is in after it
    last_gap = text[chain[-2].end - off: chain[-1].start - off].lower() if len(chain) >= 2 else ""
    if len(chain) < 2 or len({p.place.id for p in chain}) < len(chain) or \
            not _LIST_CONJUNCTION.search(last_gap) or \
            not _PLACE_LIST_OPENING.search(text, max(0, chain[0].start - off - 40), chain[0].start - off):
        return [place]
    return chain


def _each_place(ctx: SentenceContext, fr: Frame, d: EventDraft) -> list[EventDraft]:
    """One event per place of a list the deed was done in (ACLED codes each place), the toll divided among them;
    ``[d]`` when its place stands in no list, or the frame gives several tolls (which place each is of is not told)."""
    if d.place is None or len(fr.kill) > 1 or len(fr.injured) > 1:
        return [d]
    if d.time is None or d.time.precision != "day":
        # "clashes continued, particularly in Chin, Kayah and Sagaing", "150 civilians were killed in attacks in the Beni
        # and Lubero territories during June": violence across places over a while is no one deed in each (on a day it
        # is: "clashes in Kunar and Nangarhar provinces on Sunday", "strikes hit Kharkiv and Odesa on Monday")
        return [d]
    chain = _place_list(ctx, fr, d.place)
    if len(chain) < 2:
        return [d]
    n = len(chain)
    fat = divided(d.fatalities, n) if d.fatalities is not None else [None] * n
    inj = divided(d.injured, n) if d.injured is not None else [None] * n
    return [replace(d, place=p, fatalities=f, injured=j) for p, f, j in zip(chain, fat, inj)]


_CLAUSE_BREAK = textre.compile(r"(?i);|,\s+(?:and|but|while|whereas)\s+(?!\d)")
# a verb of a list of deeds one subject did, after a comma: "blocked the highway ..., checked the identity cards ..., and
# shot dead 23 people"
_LISTED_VERB = textre.compile(r",\s+(?:then\s+)?[a-z]+ed\b")


def _parts_clauses(text: str, a: int, b: int, listed: bool = True) -> bool:
    """Whether a clause break stands between ``a`` and ``b``: not the ", and" that ends a list of one subject's deeds
    (when ``listed``: a day's deeds; "founded in 2015, trained in Syria, and killed 23" tells deeds of many times)."""
    m = _CLAUSE_BREAK.search(text, a, b)
    if m is None:
        return False
    if listed and m.group(0).startswith(",") and m.group(0).lower().split()[-1] == "and" and _LISTED_VERB.search(text, a, m.start()) and \
            not _CLAUSE_BREAK.search(text, m.end(), b):
        return False
    return True
# (a national government's seat; local "authorities in Istanbul" are where the deed was)
# "the father of Liverpool striker Luis Diaz": a club's name, not where anything happened
_CLUB_AFTER = textre.compile(r"(?i)\s+(?:striker|midfielder|defender|goalkeeper|winger|forward|coach|manager|captain|"
                             r"fans?|supporters|players?|footballers?|club|team|squad)\b")
_SEAT_BEFORE = textre.compile(r"(?i)\b(?:government|administration|regime|leadership|rulers)\s+in\s+$|"
                              # "A military source in Sévaré said": where the teller is
                              r"\b(?:source|sources|spokesman|spokesperson|correspondent)\s+in\s+$")
_BUILDING_CONTROLLED = textre.compile(r"(?i)(?:\s+control)?\s+(?:back\s+)?of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:prison|jail|hotel|hospital|compound|"
                                      r"building|mosque|school|university|embassy|office|offices|mall|shrine|ministry|"
                                      r"headquarters|complex|guesthouse|bank|church|temple)\b")
_DATELINE_AFTER = textre.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:-|–|—|:)")
_OPENING_DATE = textre.compile(r"(?i)\s*(?:(?:in|on|during|by|early|late|later)\s+)?(?:the\s+)?")
_WHEN_CLAUSE = textre.compile(r",?\s+(?:when|in\s+which|during\s+which)\b")  # (where a since-date's own clause starts: see extract)
_IN_SINCE_PHRASE = textre.compile(r"(?i)\bsince\s+[^.;,]{0,80}$")
_SINCE = textre.compile(r"(?i)\b(?:since|ever\s+since)\s+(?:the\s+|early\s+|late\s+|mid-?)?$")
# an aside after a name that says what it is (", a faction that rejoined the Pakistani Taliban in 2020 but frequently
# claims attacks under its own name,") or who backs it (", backed by Australia, Bahrain and Canada,"), up to the comma that
# closes it: _WHAT_IT_IS finds it in a sentence, _ASIDE_GAP is it as all that stands between a subject and its verb
_WHAT_IT_OPENS = r",\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}"
_BACKED_BY = r"(?:backed|supported|aided|assisted|helped|joined|accompanied)\s+by"
_ASIDE_GAP = textre.compile(r"\s*,\s+(?:" + _BACKED_BY + r"|(?:a|an)\s+(?:[\w'-]+\s+){0,3}(?:that|which|who|of))\s+[^;.]{3,120}?,\s*")
_WHAT_IT_IS = textre.compile(_WHAT_IT_OPENS + r"(?:that|which|who|of|linked|allied|affiliated|loyal)\b[^,;]{3,140},|"
                             r",\s+" + _BACKED_BY + r"\s+[^;.]{3,120}?,(?=\s+[a-z])")
# the same aside, still open where a date is told: its date tells of whom it describes, not of the deed
# ("Jamaat-ul-Ahrar, a faction that rejoined the Pakistani Taliban in 2020 but ...")
_ASIDE_CLAUSE = textre.compile(r"(?i)^[A-Z][^,;]*" + _WHAT_IT_OPENS + r"(?:that|which|who)\s+[^,;]{0,60}$|"
                               r"[\w)]" + _WHAT_IT_OPENS + r"(?:that|which|who)\s+[^,;]{0,60}$")
# "since it first intervened in Syria in 2016", "since the group was founded in 2014": a date in a since-clause
# (the words between a since-phrase's year and the deed it names: "since the 2021 [Kabul airport] bombing")
_DEED_AFTER_DATE = textre.compile(r"\s+(?:[\w'-]+\s+){0,3}")
_SINCE_CLAUSE = textre.compile(r"(?i)\bsince\s+(?:(?:it|they|he|she|the|its|their|his|her)\b[^,;.:]{0,50}\s+in|"
                               r"(?:fighting|clashes|violence|hostilities|the\s+war|war)\s+(?:erupted|broke\s+out|began|started|"
                               r"flared)\b[^,;.:]{0,50}?(?:\s+on)?)\s+$")


_SAID_ON = textre.compile(r"(?i)\b(?:said|says|told\s+(?:reporters|journalists|[A-Z]\w+)|announced|added|confirmed|stated|"
                          r"(?:report|statement|study|survey)\s+(?:was\s+)?(?:released|published|issued)|"
                          r"claimed|declared|tweeted|wrote|posted|"
                          # "claimed the attack on Saturday", "claimed responsibility for the bombing late on Friday"
                          r"claim(?:ed|s)\s+(?:responsibility\s+(?:for\s+)?)?(?:(?:the|this|that|\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|bombing|"
                          r"bombings|blast|blasts|assault|raid|ambush|killing|killings|explosion|strike|abduction|kidnapping))?)"
                          r"(?:\s+(?:in\s+a\s+(?:statement|tweet|post|video)|"
                          r"at\s+a\s+(?:news|press)\s+conference))?\s+(?:late\s+|early\s+)?(?:on\s+)?$|"
                          # "claimed responsibility in a message circulated on Wednesday by its media arm"
                          r"\b(?:message|statement|video|audio|post)\s+(?:was\s+)?(?:circulated|posted|published|released|issued|"
                          r"shared|broadcast)\s+(?:late\s+|early\s+)?(?:on\s+)?$")


_THEN_SAID = textre.compile(r"(?i)\s+(?:said|says|denied|denies|condemned|condemns|announced|confirmed|rejected|told|claimed)\b")


_TOLL_ROSE_ON = textre.compile(r"(?i)\b(?:rose|climbed|jumped|increased|risen|reached|stood)\s+(?:to|at)\s+(?:at\s+least\s+|more\s+than\s+)?"
                               r"[\d,]+\s+(?:(?:on|by|late|early)\s+)?$")


_WEEKDAY_ONLY = textre.compile(r"(?i)(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


def _ahead(time, published: str | None):
    """A plan's weekday is the next one ("Activists plan to march on Thursday"): the times are read as past, which a
    deed told is; a plan is not yet done."""
    if not published or time.precision != "day" or not _WEEKDAY_ONLY.fullmatch(time.text.strip()) or \
            time.value >= published[:10]:
        return time
    day = (_dt.date.fromisoformat(time.value) + _dt.timedelta(days=7)).isoformat()
    return replace(time, value=day, period=(day, day))


def _said_day(ctx: SentenceContext) -> str | None:
    """The day the sentence's teller spoke ("The army said on Sunday that its troops had killed ..."): the deed was
    done by then, within days."""
    off = ctx.start
    days = [t for t in ctx.times if t.kind == "point" and t.precision == "day" and
            _SAID_ON.search(ctx.text, max(0, t.start - off - 60), t.start - off)]
    return days[0].value if len(days) == 1 else None


def _pick_time(ctx: SentenceContext, fr: Frame, main):
    off = ctx.start
    # "enemies since 2015", "in power since August": when a state began, not when the event happened
    # (but the date a since-phrase gives is the time of the clause after it: "since December 16, 2014, when TTP gunmen
    # stormed", "since the two countries fought a war in September 2022, in which 300 troops were killed")
    # (unless the since-phrase names the deed itself: "grown stronger since the 2021 assassination of President Jovenel
    # Moise", "since the killing of a judge in 2021")
    pts = [t for t in ctx.times if (t.kind == "point" or t.kind == "since" and t.text.startswith("the ") and
                                    main[0] > t.end - off and _DEED_AFTER_DATE.fullmatch(ctx.text, t.end - off, main[0])) and (
        fr.start > 0 and fr.start == t.end - off and _WHEN_CLAUSE.match(ctx.text, fr.start) or
        not (_SINCE.search(ctx.text[max(0, t.start - off - 12): t.start - off]) and
             not _DEED_AFTER_DATE.fullmatch(ctx.text, t.end - off, main[0])) and
        not ((m := _SINCE_CLAUSE.search(ctx.text, max(0, t.start - off - 70), t.start - off)) and
             not m.start() < main[0] < t.start - off) and
        not _ASIDE_CLAUSE.search(ctx.text[max(0, t.start - off - 90): t.start - off]))]
    if not pts:
        return None
    # "OUAGADOUGOU, Sept 5, 2023 (Wire) - ... ambushed a convoy on Monday": the dateline dates the report
    told = [t for t in pts if not (is_dateline_head(ctx.text, 0, t.start - off) and
                                   _DATELINE_AFTER.match(ctx.text, t.end - off))]
    pts = told or pts
    # "..., President Biden said on Monday", "the TTP on Monday denied involvement in": the day of the telling
    # (and "the death toll ... rose to 170 on Saturday": the day of the count)
    pts = [t for t in pts if not _SAID_ON.search(ctx.text, max(0, t.start - off - 60), t.start - off) and
           not _THEN_SAID.match(ctx.text, t.end - off) and
           not _TOLL_ROSE_ON.search(ctx.text, max(0, t.start - off - 40), t.start - off)]
    # "one of the deadliest operations in the West Bank this year": the period a deed is ranked in, not its time
    # (but "the deadliest since October 2022, when two car bombs exploded": the time of the deed the clause after tells)
    pts = [t for t in pts if t.precision not in ("year", "month") or
           not _RANKED_IN_BEFORE.search(ctx.text, max(0, t.start - off - 80), t.start - off) or
           _WHEN_CLAUSE.match(ctx.text, t.end - off)]
    if not pts:
        return None
    inside = [t for t in pts if fr.start <= t.start - off < fr.end] or \
        ([] if fr.start > 0 and _SPELL_AFTER.match(ctx.text, fr.start) else pts)  # (", a week after ...": dated from it)
    # a date in another clause tells of something else ("enemies since ... 2015, and the bombing was seen as...")
    # (a date that opens the sentence, "In August 2018, ...", tells the time of all its clauses)
    inside = [t for t in inside if _OPENING_DATE.fullmatch(ctx.text, 0, t.start - off) and
              ctx.text.startswith(",", t.end - off) or
              not _parts_clauses(ctx.text, min(t.end - off, main[0]), max(t.start - off, main[1]), t.precision == "day")]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.start - off - main[0]))

"""Who did it to whom: actor1 and actor2 of an event frame, from the surface of the sentence.

"X killed Y", "Y were killed by X", "an attack by X", "attack on Y", "clashes between X and Y",
"X claimed responsibility", "six soldiers were killed in clashes with X". The source that tells of
the event ("police said", "according to the army") and its victims are not the side that attacked;
civilians, the UN or a news agency do not perpetrate violence in a report's grammar.
"""
from __future__ import annotations

import re

from .. import textre
from ..records import ActorRef
from .context import ActorSpan, in_appositive, in_aside
from .phrases import PhraseIndex
from .sources import own_deed_verb, source_before, speaks_between, teller_after_its_verb, tells_after, tells_own_deed_to
from .typing import VIOLENT, is_armed, is_civilian

_PASSIVE_AUX = textre.compile(r"(?i)\b(?:was|were|been|being|be|got|get|is|are)\s+(?:\w+ly\s+)?$")
_AUX = textre.compile(r"(?i)(?:was|were|been|being|is|are)\s")
_PERP_PARTICIPLE = textre.compile(r"(?i)\b(?:killed|attacked|carried\s+out|perpetrated|claimed|launched|conducted|staged|"
                                  r"committed|ambushed|targeted|shot|bombed|fired|planted|detonated|kidnapped|abducted|seized|"
                                  r"captured|wounded|injured|murdered|as?sas?sinated|executed|shelled|struck|hit|raided|stormed|"
                                  r"orchestrated|masterminded|organi[sz]ed|triggered|set\s+off|gunned\s+down|slain|beheaded|"
                                  r"tortured|burned|torched|destroyed|looted|overrun|taken|held|besieged|surrounded|"
                                  r"arrested|detained|hanged|lynched|raped|planted|placed|machine-?gunned|paid|financed|sponsored|"
                                  r"backed|armed|trained|used|made|blamed|whisked\s+away|taken\s+away|picked\s+up|dragged\s+away|bundled\s+into\s+\w+\s+\w+)\s+"
                                  r"(?:\w+ly\s+|(?:this|last|early|late|on|in)\s+\w+\s+|on\s+\d{1,2}\s+\w+\s+|today\s+|yesterday\s+|"
                                  # (where: "planted on the road by X", "placed under a car by X")
                                  r"tonight\s+|(?:on|in|at|along|near|under|beside|outside|inside)\s+(?:the|a|an)\s+[\w-]+\s+){0,2}$")
# "killed by (suspected) X", "by alleged commando groups of the Maoist X": X is the agent; so is a generic noun after
# its modifiers: "ambushed by heavily armed rebels", "fired by pro-Russia rebels", "by some 50 Islamist militants"
# (words that end a phrase or start a clause are no modifiers: "by the time rebels", "by air and ground troops")
_BY_BEFORE = textre.compile(r"(?i)\bby\s+(?:the\s+|a\s+|an\s+|suspected\s+|alleged\s+|presumed\s+|unidentified\s+|unknown\s+)*"
                            r"(?:(?:[\w-]+\s+){0,2}(?:members|groups?|units?|cells?|elements|fighters|militants|guerrillas|"
                            r"gunmen|commandos?|squads?|men|terrorists|rebels|insurgents|militiamen)\s+(?:of|from)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+)?|"
                            r"(?:(?!(?:the|a|an|and|or|but|of|in|on|at|to|for|with|from|by|as|than|then|time|way|which|who|whom|"
                            r"that|this|these|those|its|their|his|her|our|my|your|means|far|now|air|land|sea|ground|road)\b)[\w'-]+\s+){1,2})?$")
# a clause of its own that tells another deed, before or after the event: "hours after it was seized by X"
_OTHER_DEED_CLAUSE = textre.compile(r"(?i)\b(?:after|before|since|until)\s+(?:(?:[\w'-]+\s+){1,3}?"
                                    r"(?:was|were|had\s+been|has\s+been|have\s+been)|being|having\s+been)\s")
# a protest's own agent after "by": "a march organised by X", "rallies staged by X"
_PROTEST_ORGANISED = textre.compile(r"(?i)\b(?:organi[sz]ed|staged|led|called|held|mounted)$")
# "the savage action by X", "an operation by X": a word for a deed, whose agent follows "by"
_DEED_NOUN_END = textre.compile(r"(?i)\b(?:actions?|operations?|offensive|aggression|incursions?|raids?|ambush(?:es)?)$")
_DURATION_END = textre.compile(r"(?i)\s+(?:of|lasting)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
                               r"[\w-]+\s+(?:hours?|days?|weeks?|months?)$")
# (after the unit word a noun may take: "army units backed by allied militias")
_FIRE_FROM = textre.compile(r"(?i)(?:\s+fire)?\s+from\s+(?:the\s+)?(?:positions\s+of\s+(?:the\s+)?)?")
_ALLY_WORD = textre.compile(r"(?i)\b(?:allied|pro-government|backed|supported|along\s+with|together\s+with)\b")
# the word for a force's units after its name ("army units", "police detachments"), which its deeds and allies follow
_UNIT_NOUN = r"(?:\s+(?:units?|detachments?|battalions?|brigades?|elements))?"
_ALLIED = textre.compile(r"(?i)" + _UNIT_NOUN + r"\s*(?:,\s*)?"
                         r"(?:and|along\s+with|together\s+with|backed\s+by|supported\s+by)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:allied\s+|pro-government\s+|other\s+|local\s+)?")
# "soldiers were killed", "soldiers and a rebel were killed", "policeman John Smith, who was killed", "the leader of the
# Islamic State group in Afghanistan, was killed", "Havildar Ali Khan and Sepoy Zahid, embraced shahadat" (the first of two
# named in an aside)
_VICTIM_PASSIVE = textre.compile(r"(?i)^(?-i:(?:\s+[A-Z][\w'.-]+){0,4})(?:\s*\([^()]{1,12}\))?(?:\s+group)?(?:\s+(?:in|of)(?-i:(?:\s+[A-Z][\w'.-]+){1,2}))?"
                                 r"(?:\s+(?:security|special|local|border|police|army|military|senior|former|top))?"
                                 r"(?:\s+(?:militants|fighters|soldiers|troops|members|"
                                 r"policemen|officers|commanders|men|guards|personnel|insurgents|rebels|gunmen|attackers|"
                                 r"governor|commander|official|leader|chief|spokesman|member|fighter|soldier|policeman|officer|"
                                 r"minister|cleric|mayor|deputy)"
                                 r"(?:\s+(?:of|in|for)\s+(?:the\s+)?(?-i:[A-Z][\w'.-]+)(?:\s+(?:province|district|city))?)?)?\s*"
                                 r"(?:(?:,[^,]{0,40}){1,2},\s*|,\s*|\s+and\s+(?:[\w'-]+\s+){1,3}|\s+and\s+(?:[\w'-]+\s+){0,3}[\w'-]+,\s*)?(?:who\s+)?"
                                 r"(?:(?:was|were|have\s+been|has\s+been|had\s+been)\s+"
                                 r"(?:\w+ly\s+)?(?:killed|wounded|injured|murdered|martyred|shot|kidnapped|abducted|hurt|slain|executed|"
                                 r"arrested|detained|captured|taken)\b|(?:has\s+|have\s+|had\s+)?embraced\s+(?:martyrdom|shahadat)\b|"
                                 # "Several Taliban guards were also among the wounded"
                                 r"(?:was|were|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|wounded|injured|killed|victims|casualties))"
                                 r"|^\s*(?:died|dead)\b")
# a name inside an aside of the name before it: "The Taliban, who are still at war with the Afghan government, said"
_REL_ASIDE_OPEN = textre.compile(r"\s*,\s*(?:who|which)\b[^,;.]*")
_REL_ASIDE_CLOSE = textre.compile(r"[^,;.]*,")
# a relative clause: "a house where they said the bomber had stayed"
_RELATIVE = textre.compile(r"(?i)\b(?:where|who|whom|which|whose)\b")
# support told of a side: "Afghan forces backed by US air strikes", "with the help of Russian aircraft"
_BACKED = r"(?:(?:backed|supported|aided|assisted|covered|helped)\s+by|with\s+(?:the\s+)?(?:help|support|backing|cover)\s+(?:of|from)|" \
    r"with\s+(?:air|artillery|aerial|logistical|naval)\s+support\s+from)"
SUPPORT_BEFORE = textre.compile(r"(?i)\b" + _BACKED + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_BACKED_BY = textre.compile(r"(?i)" + _UNIT_NOUN + r"\s+" + _BACKED +
                            r"\s+(?:the\s+)?(?:allied\s+|pro-government\s+|local\s+)?")
_REPELLED = textre.compile(r"(?i)(?:\s+(?:[\w-]+\s+){0,6}?(?:backed|supported)\s+by(?:\s+[\w-]+){1,3}?)?\s+"
                           r"(?:have\s+|has\s+|had\s+)?(?:repel\w*|repuls\w*|fought\s+off|fight\s+off|beat\s+back|beats\s+back|"
                           r"pushed\s+back|push\s+back|thwart\w*|foil\w*)\s+(?:[\w'-]+\s+){0,4}$")
_WHEN_SUBJECT_BEFORE = textre.compile(r"(?i)\b(?:when|as|after)\s+(?:(?:the|some|several|a\s+group\s+of|unknown|unidentified|"
                                      r"armed|suspected|masked|heavily\s+armed|\d+|two|three|four|five|dozens\s+of)\s+)*$")
_PAST_VERB_AFTER = textre.compile(r"(?i)\s+(?:\w+ly\s+)?(?:\w+ed|opened\s+fire|struck|shot|overran|set|blew|threw|"
                                  r"broke|swept|rode|came|went)\b")
_AGENT_NOUN = textre.compile(r"(?i)(?:bombers?|attackers?|assailants?|gunm[ae]n|raiders?)$")
_OF_GROUP = textre.compile(r"(?i)\s+(?:of|from)\s+(?:the\s+)?")
_SIDE_BACKED_BY = textre.compile(r"(?i)\b(?:forces|troops|operations?|offensives?|army|militias?|fighters|soldiers|units|"
                                 r"government|regime)\s+" + _BACKED + r"\s+(?:the\s+)?$")
_SUPPORTING_BEFORE = textre.compile(r"(?i)\b(?:to\s+(?:support|help|back|assist|aid)|in\s+support\s+of|supporting|backing|"
                                     r"alongside|together\s+with|on\s+behalf\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_THROUGH_BEFORE = textre.compile(r"(?i)\b(?:through|via)\s+(?:its\s+|their\s+|the\s+)?$")
# a subordinate clause with a subject of its own, before the deed: the main clause's subject did not do it
_OWN_SUBJECT_CLAUSE = textre.compile(r"(?i)\b(?:when|while|as|until|because|whereas)\s+(?:a|an|the|two|three|four|five|"
                                     r"several|some|\d+)\s")
# the dead who did the deed themselves: "eight militants were killed after they attacked the port"
_THEY_DID_IT = textre.compile(r"(?i)\b(?:after|when|as|while|before)\s+(?:they|he|she)\s+(?:had\s+)?(?:\w+ly\s+)?$")
# what ties armed men to a group ("affiliated with Jamaat-ul-Ahrar", "belonging to the TTP"), and an attacker told with it
MEMBER_OF = r"(?:\w+ly\s+)?(?:affiliated\s+with|associated\s+with|linked\s+(?:to|with)|belonging\s+to|loyal\s+to)"
_MEMBER_WORDS = ("affiliated", "associated", "linked", "belonging", "loyal")
_MEMBER_OF_BEFORE = textre.compile(r"(?i)\b(?:bombers?|attackers?|gunm[ae]n|assailants?|militants?|fighters?|men|insurgents?|"
                                   r"terrorists?)\s+" + MEMBER_OF + r"\s+(?:the\s+)?$")
# the weapon's own agent before "by": "a drone launched by", "explosives planted by", "depots used by"
_WEAPON_OWNER_END = textre.compile(r"(?i)\b(?:launched|fired|planted|placed|laid|used|sent|flown|operated|owned|hidden|stored)"
                                   r"(?:\s+[\w-]+){0,4}$")
_FELL_TO = frozenset({"fell to", "falls to", "fallen to"})
_FELL_TO_GAP = textre.compile(r"\s*(?:the\s+)?")
# a headline's passive drops its auxiliary: "25 Taliban insurgents killed in Helmand", "Four soldiers martyred"
# (a number right before the name: a few words, not numbers.COUNT_RE, which is costly to search back from every
# subject of an active verb; "1988," with its comma is a year, not a count)
_COUNTED_BEFORE = textre.compile(r"(?i)\b(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                 r"dozens\s+of|scores\s+of|hundreds\s+of)\s+$")
# ... or its participle has no object: "Taliban commander shot dead in Mazar-i-Sharif" (not "by": the agent follows;
# nor "at least"/"at most", which count an object: "ISWAP fighters killed at least 10 soldiers")
_NO_OBJECT_AFTER = textre.compile(r"(?i)\s*(?:$|[,:;.]|(?:in|at(?!\s+(?:least|most)\b)|on|near|during|after|as|outside|inside|while|when)\b)")
# (the name's noun may take a place: "Taliban governor of Afghanistan's Balkh province killed in suicide blast")
_HEADLINE_PASSIVE = textre.compile(r"(?i)(?:\s+[\w-]+){0,2}(?:\s+(?:of|in|from)(?:\s+[\w'’-]+){1,3})?\s+(?:killed|dead|wounded|injured|martyred|slain|abducted|kidnapped|"
                                   r"arrested|detained)")
# a counted group's passive without its auxiliary, not an active verb with its object: "10 soldiers killed in the
# fighting", not "10 soldiers killed two rebels" nor "two gunmen who killed"
_REDUCED_PASSIVE = textre.compile(r"(?i)(?:\s+(?!(?:who|that|which|had|have|has|and)\b)[\w-]+){0,2}\s+(?:killed|dead|wounded|injured|"
                                  r"slain|abducted|kidnapped|arrested|detained)(?=\s*(?:[,.;]|$|(?:in|at(?!\s+(?:least|most)\b)|on|by|during|near|as|"
                                  r"after|when|while|overnight|today|yesterday)\b))")
# an object right after a verb in the past: "12 soldiers killed two rebels" is active, "12 soldiers killed in" is not
_OBJECT_AFTER = textre.compile(r"(?i)\s+(?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
                               r"several|some|many|his|her|their|its|at\s+least|more\s+than)\b")
# what follows a participle that modifies the noun before it ("athletes killed at the Games", "men abducted in 2019")
# (not "on", "last": "captured on Monday the port" is active)
_REDUCED_AFTER = textre.compile(r"(?i)\s*(?:[,.;]|$|(?:in|at(?!\s+(?:least|most)\b)|by|during|near|as|after|when|while|overnight|earlier)\b)")
# a common noun in the plural right before it (not a name, a pronoun or a word of the verb phrase)
_COMMON_NOUN_BEFORE = textre.compile(r"(?<![\w'-])(?!(?:they|these|those|others|was|has|is|as|us|its|this|thus|yes|less|"
                                     r"unless|always|perhaps|towards|afterwards|besides)\b)[a-z][a-z'-]*[a-z]s\s+$")
_RELATIVE_WORD = textre.compile(r"(?i)\b(?:who|whom|which|that)\b")
_BY_END = textre.compile(r"(?i)\bby\s+(?:the\s+)?$")
_AND_BETWEEN = textre.compile(r"(?i)\s*,?\s*and\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*\s+)?")
_WITH_BEFORE = textre.compile(r"(?i)\b(?:with|against|between)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
_ON_TARGET = textre.compile(r"(?i)\s+(?:on|against|targeting)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?")
_CLAUSE_BETWEEN = textre.compile(r"(?i)[;:]|,\s*(?:but|while|whereas|although|though|yet)\b")
_TWO_PARTY = frozenset({"clash", "agree", "consult"})
_BETWEEN = textre.compile(r"(?i)\b(?:between|among)\s+(?:the\s+)?$")
# those who respond to a deed: "police are investigating the bombing", "troops went to the scene of the attack"
_AND_THEN_VERB = textre.compile(r"(?i)\band\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?$")
_RESPONSE_BETWEEN = textre.compile(r"(?i)\b(?:investigat\w*|in\s+charge\s+of|to\s+(?:find|arrest|identify|capture|locate|catch)|"
                                   r"search(?:ing|ed)?\s+for|looking\s+for|hunt(?:ing|ed)?\s+(?:for|down)|informed|attribut\w*|"
                                   r"defus\w*|deactivat\w*|dismantl\w*|cordon\w*|responded\s+to|arrived|went\s+to|rushed\s+to|"
                                   r"repelled|repulsed|thwarted|foiled|prevented|condemn\w*|repudiat\w*|denounc\w*|deplor\w*)\b")
# the accused of a deed: "X is being blamed for", "X were reportedly involved in", "X was responsible for"
_ACCUSED_BETWEEN = textre.compile(r"(?i)^[^.;:]{0,30}?\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|being\s+|also\s+)*"
                                  r"(?:blamed|accused|held\s+responsible|responsible|involved|implicated|guilty|suspected)\b[^.;:]{0,40}$")
_ACCUSED_AFTER = textre.compile(r"(?i)^\s*(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|being\s+|also\s+)*"
                                r"(?:blamed|accused|held\s+responsible|suspected)\b")
# a deed named by a noun phrase that refers back ("the attack", "this bombing", "yesterday's attack")
_REFERRING_BEFORE = textre.compile(r"(?i)\b(?:the|this|that|these|those|its|their|yesterday's|today's|last\s+night's|such)\s+"
                                   r"(?:(?!(?:of|in|on|at|to|for|from|with|by|and|or)\b)[\w'-]+\s+){0,2}$")
# the verbs that make the subject of such a phrase its agent ("X carried out the attack", "X planted the bomb")
_DEED_BETWEEN = textre.compile(r"(?i)\b(?:carried\s+out|carry\s+out|carrying\s+out|perpetrat\w*|launch\w*|stag\w*|plant\w*|plac\w*|"
                               r"set\s+off|sets\s+off|detonat\w*|threw|throw\w*|hurl\w*|claim\w*|commit\w*|mount\w*|conduct\w*|"
                               r"responsible|behind|masterminded|organi[sz]ed|led|lead|leads|used|fired|dropped|left|"
                               r"took\s+part|take\s+part|participat\w*|involved|joined)\b")
# "twenty people, four of whom were policemen, ...", "including two soldiers": a part of the victims
_VICTIM_SUBSET_BEFORE = textre.compile(r"(?i)\b(?:of\s+whom|of\s+them|including|among\s+them|among\s+whom)\s+(?:(?:are|were|was|is)\s+)?"
                                       r"(?:[\w'-]+\s+){0,2}$")
# "military actions", "a police club", "army headquarters": the word names the actor's things, not the actor
_AIRCRAFT_AFTER = textre.compile(r"(?i)^[\s-]+(?:helicopters?|aircraft|planes?|jets?|drones?|warplanes?|gunships?)\b")
_AIR_VERBS = frozenset({"struck", "bombed", "pounded", "targeted", "fired", "hit", "strafed", "attacked"})
_THING_AFTER = textre.compile(r"(?i)^[\s-]+(?:actions?|operations?|sources?|spokesm[ae]n|bulletins?|reports?|communiques?|"
                              r"club|station|stations|posts?|positions?|installations?|headquarters|bases?|barracks|garrisons?|"
                              r"convoys?|vehicles?|trucks?|jeeps?|patrols?\s+cars?|helicopters?|aircraft|planes?|courts?|"
                              r"hospitals?|academy|school|offices?|buildings?|compound|checkpoints?|sector|zone|area|"
                              r"targets?|facilities|facility|equipment|uniforms?)\b")
# an institution a force runs, whose people are no force: "the Army Public School", "a police hospital"
_INSTITUTION_AFTER = textre.compile(r"(?i)[\s-]+(?:public\s+)?(?:schools?|colleges?|universit(?:y|ies)|hospitals?|"
                                    r"clinics?|kindergartens?)\b")
# the object of a verb in -ing ("after subduing the military guards, they dynamited"): not the next verb's subject
# (the verb opens its clause: "after", "while", "by" or a comma before it, so "this morning the guerrillas" is no object)
_ING_OBJECT = textre.compile(r"(?i)(?:\b(?:after|before|while|when|by|without|upon)\s+|,\s*)[a-z]{2,}ing\s+"
                             r"(?:the|a|an|two|three|four|several|some|its|their)\s+(?:[\w'-]+\s+)?$")
# the object of a deed told just before ("attacked military positions, blew up a store"): not the next verb's subject
# (not after a preposition: "was killed in a US air strike" makes the US no object of "killed"); the object's head
# may take an "of" ("killed a senior commander of the Islamic State group in a raid": the group is no raider)
# (nor after a word that opens a clause: "five soldiers were killed when rebels attacked" makes the rebels no object)
_OBJECT_GAP = textre.compile(r"(?i)^\s+(?!(?:in|at(?!\s+(?:least|most)\b)|on|by|with|during|after|before|near|from|for|into|under|when|while|as|"
                             r"because|since|until|if|where|whereas|though|although|and|but|or|then)\s)"
                             r"(?:(?:nearly|about|around|almost|over|some|at\s+least|more\s+than|up\s+to)\s+)?"
                             r"(?:(?:the|a|an|its|their|his|her|two|three|four|five|several|some)\s+)?(?:[\w'-]+\s+){0,3}"
                             r"(?:(?<=\w\s)of\s+(?:the\s+|a\s+|an\s+)?)?$")
# the target of a deed named by a noun: "attacks on Taliban officials", "a crackdown against the TTP"
_TARGET_OF_BEFORE = textre.compile(r"(?i)\b(?:attacks?|assaults?|raids?|strikes?|bombings?|offensives?|operations?|crackdowns?|"
                                   r"campaigns?)\s+(?:on|against|targeting)\s+(?:the\s+)?(?:[\w'-]+\s+)?$")
# ... or the target of shots fired before: "opened fire on two policemen guarding the mosque, ... detonating his vest"
_FIRE_VERBS = frozenset({"opened fire", "open fire", "opens fire", "fired", "shot"})
_FIRED_ON_GAP = textre.compile(r"(?i)^\s+(?:on|at|upon)\s+(?:(?:the|a|an|two|three|four|five|several|some|\d+)\s+)?(?:[\w'-]+\s+){0,2}$")
# after the deed, a name that is not its recipient: the agent of a deed of its own ("US air strikes, and a
# Taliban offensive"), or the kin of a person ("a memorial service for Mujahid's mother": the mother)
_NOT_RECIPIENT_AFTER = textre.compile(r"(?i)^(?:\s*(?:'s|\u2019s))?\s*(?:(?:own|new|major|fresh|spring|joint|ground|military)\s+)?"
                                      r"(?:offensives?|operations?|attacks?|raids?|assaults?|campaign|advances?|onslaught|"
                                      r"counter-?offensive|airstrikes?|air\s+strikes?|bombings?|ambush(?:es)?)\b|"
                                      r"^\s*(?:'s|\u2019s)\s+(?:late\s+|own\s+)?(?:mother|father|brother|sister|son|daughter|"
                                      r"wife|husband|family|relatives?|cousin|uncle|nephew|niece|children|parents)\b")


_PAST_IRREGULAR = frozenset({"blew up", "shot", "hit", "struck", "threw", "set fire to", "set off", "took", "fought", "stole",
                             "burnt", "shot dead", "gunned down", "beat", "tore"})


# a headline's verbs are in the present: "Taliban forces kill ISIS-K commander in Nangarhar raid"
_PRESENT_VERBS = frozenset({"kill", "kills", "attack", "attacks", "strike", "strikes", "bomb", "bombs", "ambush",
                            "ambushes", "shoot", "shoots", "behead", "beheads", "abduct", "abducts", "kidnap", "kidnaps",
                            "storm", "storms", "hit", "hits", "raid", "raids", "capture", "captures", "seize", "seizes"})
_ARTICLE_BEFORE = textre.compile(r"(?i)\b(?:a|an|the|this|that|its|their|his|her|our|another)\s+(?:[\w'-]+\s+)?$")


def _is_verb(form: str, text: str = "", start: int = 0) -> bool:
    """A trigger said as a verb in the past ("attacked", "blew up"), or in a headline's present ("kill" after its
    subject, no article before it), which takes an object after it; a noun ("an attack") does not: "after an
    attack the army recovered the town"."""
    if form.endswith("ed") or form in _PAST_IRREGULAR:
        return True
    return form in _PRESENT_VERBS and start > 0 and not _ARTICLE_BEFORE.search(text, max(0, start - 25), start)


def sides(text: str, off: int, fr, main, actors: list[ActorSpan], claimed: PhraseIndex) -> tuple[ActorRef | None, ActorRef | None]:
    """actor1 and actor2 of a frame (sentence-local offsets; ``off`` = the sentence's start in the document,
    ``main`` = the frame's main trigger, ``claimed`` = the claim-of-responsibility cues). One side is never both."""
    a1, a2 = _sides(text, off, fr, main, actors, claimed)
    if a1 is None and a2 is not None and main[3] in ("shell", "airstrike", "attack", "explode") and \
            any(a.ref.id == a2.id and a.start - off >= main[1] and _FIRE_FROM.fullmatch(text, main[1], a.start - off)
                for a in actors):
        # "came under artillery fire from the AFU", "shelling from Russian positions": who fired it
        a1, a2 = a2, None
    if main[3] == "protest" and main[2].endswith("to disperse") and a1 is not None and a1.kind == "state":
        # "Police fired tear gas to disperse dozens of relatives ...": the crowd protested, the police intervened
        a1, a2 = None, a1
    if a1 is not None and a2 is not None and a1.id != a2.id and "by" in text:
        # "an air strike by US and Somali forces killed 12 al-Shabaab fighters": the agents named together after
        # "by" are one side; the other is who the deed struck
        s1 = next((a for a in actors if a.ref.id == a1.id), None)
        s2 = next((a for a in actors if a.ref.id == a2.id and s1 is not None and a.start >= s1.end), None)
        if s1 is not None and s2 is not None and _BY_END.search(text, max(0, s1.start - off - 12), s1.start - off) and \
                _AND_BETWEEN.fullmatch(text, s1.end - off, s2.start - off):
            a2 = next((a.ref for a in actors if a.start >= s2.end and a.start - off >= main[1] and
                       a.ref.id not in (a1.id, a2.id)), None)
    return (a1, None) if a1 is not None and a2 is not None and a1.id == a2.id else (a1, a2)


def _sides(text: str, off: int, fr, main, actors: list[ActorSpan], claimed: PhraseIndex):
    if not actors:
        return None, None
    loc = [(a.start - off, a.end - off, a) for a in actors]
    t0, t1 = main[0], main[1]
    a1 = a2 = None
    # an agent after "by" needs the word: ASCII text without it (a substring test in C) is not searched for one
    # before each name (other text is: case folding matches letters beyond ASCII)
    by_in = not text.isascii() or "by" in text.lower()

    others = [t for t in fr.triggers if t[0] != t0]
    # "Afghan Air Force aircraft struck a gathering": the force's aircraft do its strike (they are no thing of it hit)
    air_deed = main[3] == "airstrike" or main[2] in _AIR_VERBS

    def headline_victim(s: int, e: int, to: int | None = None) -> bool:
        """A name a headline's passive tells the fate of: "25 Taliban insurgents killed in Helmand", "Taliban
        commander shot dead in Mazar". ``to``: where the words before the deed end (the trigger's start)."""
        # (a counted subject of a verb with its object acts: "Four soldiers killed two rebels")
        return e <= (t0 if to is None else to) and any(e <= t[0] and _HEADLINE_PASSIVE.fullmatch(text, e, t[1]) and
                               (_COUNTED_BEFORE.search(text, max(0, s - 25), s) and not _OBJECT_AFTER.match(text, t[1])
                                or _NO_OBJECT_AFTER.match(text, t[1]))
                               for t in fr.triggers)

    def agent_ok(x, to: int | None = None) -> bool:
        """Not the source that tells of the event, nor a victim of it ("six soldiers were killed in clashes",
        "four of whom were policemen", a headline's "25 Taliban insurgents killed in Helmand", "Taliban commander
        shot dead in Mazar"), nor a thing of the actor's ("military actions", "a police club"), nor
        the object of another deed told before ("attacked military positions, blew up a store"). ``to``: where the
        words between the name and the deed end (the trigger's start, or a relative clause's before it)."""
        s, e, _ = x
        to = t0 if to is None else to
        if text.startswith(":", e) and (s == 0 or text[s - 1] == "\n"):
            return False  # a headline's label: "ISPR: six terrorists killed in North Waziristan" (who tells of it)
        if _TARGET_OF_BEFORE.search(text, max(0, s - 45), s):
            return False  # "a string of attacks on Taliban officials, including ... a suicide bombing": the target
        return not (e <= to and speaks_between(text, e, to)) and not source_before(text, s) and \
            not headline_victim(s, e, to) and \
            not _VICTIM_PASSIVE.match(text[e: e + 90]) and \
            not _VICTIM_SUBSET_BEFORE.search(text[max(0, s - 40): s]) and \
            not (_THING_AFTER.match(text[e: e + 25]) and not (air_deed and _AIRCRAFT_AFTER.match(text[e: e + 25]))) and \
            not _ING_OBJECT.search(text, max(0, s - 40), s) and \
            not (e <= to and any(t[1] <= s and (_is_verb(t[2], text, t[0]) and _OBJECT_GAP.match(text[t[1]: s]) or
                                                 t[2] in _FIRE_VERBS and _FIRED_ON_GAP.match(text[t[1]: s])) for t in others))

    # "... killed by X", "an attack by X": the agent of the deed (not "a fight taken up by X")
    trig_ends = {t[1] for t in fr.triggers}
    protest = main[3] in ("protest", "riot")
    by_passive = False
    for s, e, a in loc:
        m = _BY_BEFORE.search(text[max(0, s - 90): s]) if by_in else None
        if not m or is_civilian(a.ref):
            continue
        by_at = max(0, s - 90) + m.start()
        head = text[:by_at].rstrip()
        if source_before(text, s):
            continue  # "confirmed dead by the police": who tells of the dead, not who killed them
        if any(_BACKED_BY.fullmatch(text, y1, s) for _, y1, _ in loc if y1 <= s) or _SIDE_BACKED_BY.search(text, max(0, s - 60), s):
            # "Afghan forces backed by US air strikes", "army operations backed by US air strikes": the support of a
            # side, not the agent of the deed
            continue
        lasting = _DURATION_END.search(head)  # "a siege of about 20 hours by X"
        if by_at > t1 and _OTHER_DEED_CLAUSE.search(text, t1, by_at):
            # "recaptured the town hours after it was seized by X", "killing 25 worshippers before being killed by
            # security forces": the agent of the deed before or after
            continue
        if protest and len(head) not in trig_ends and not _PROTEST_ORGANISED.search(head):
            continue  # "a hunger strike to demand the return of property seized by X": X is what the protest is against
        if main[3] == "disrupt" and len(head) not in trig_ends and _WEAPON_OWNER_END.search(head):
            continue  # "intercepted a drone launched by the Houthis": who launched what was stopped did not stop it
        if len(head) in trig_ends or _PERP_PARTICIPLE.search(head + " ") or _DEED_NOUN_END.search(head) or \
                lasting is not None and lasting.start() in trig_ends:
            a1 = a.ref
            # "Afghan army base attacked by Taliban": a verb in the past right before its agent is a passive, whose
            # subject is what was done to (a headline drops the auxiliary)
            by_passive = len(head) == t1 and main[2].endswith("ed")
            break
    if a1 is None and textre.holds_any(text, _MEMBER_WORDS):
        # "a suicide bomber affiliated with Jamaat-ul-Ahrar blew himself up": the group the attacker belongs to
        member = next((x for x in loc if x[2].ref.kind == "armed_group" and not x[2].generic and
                       _MEMBER_OF_BEFORE.search(text, max(0, x[0] - 70), x[0])), None)
        if member is not None:
            a1 = member[2].ref
    if a1 is None and main[2] in _FELL_TO:
        # "Mazar-i-Sharif, the biggest city in the north, fell to the Taliban": the side it fell to took it
        taker = next((x for x in loc if x[0] >= t1 and _FELL_TO_GAP.fullmatch(text, t1, x[0])), None)
        if taker is not None and not is_civilian(taker[2].ref):
            a1 = taker[2].ref
    # "clashes between X and Y", "X clashed with Y" (unless the agent was named: "killed in a skirmish by rebels");
    # acts of two parties alike: "a truce between X and Y", "X and Y signed a peace agreement", "X met Y"
    if a1 is None and (main[3] in _TWO_PARTY or any(t[3] == "clash" for t in fr.triggers)):
        # (not the teller after it: "... during the exchange of fire, the ISPR added")
        after = [x for x in loc if x[0] >= t1 and not tells_after(text, x[1])]
        before = [x for x in loc if x[1] <= t0 and agent_ok(x) and not is_civilian(x[2].ref)]
        hit = [x for x in loc if x[1] <= t0 and _VICTIM_PASSIVE.match(text[x[1]: x[1] + 90])]
        if len(after) >= 2 and _BETWEEN.search(text[max(0, after[0][0] - 12): after[0][0]]):
            # (before those killed in them: "80 people were killed in clashes between the ELN and FARC dissidents")
            return after[0][2].ref, after[1][2].ref
        if not before and hit and after and after[0][2].ref.id != hit[-1][2].ref.id:
            # "six soldiers were killed in clashes with the Taliban": the other side attacked them
            return after[0][2].ref, hit[-1][2].ref
        if len(before) >= 2 and _AND_BETWEEN.fullmatch(text, before[-2][1], before[-1][0]) and \
                before[-2][2].ref.id != before[-1][2].ref.id and \
                not (after and _WITH_BEFORE.search(text, max(0, after[0][0] - 30), after[0][0])):
            # "Hungarian and Romanian officials agreed to help refugees": the two subjects are the parties, what
            # follows is what they agreed on (unless the other party is named as such: "X and Y clashed with Z")
            return before[-2][2].ref, before[-1][2].ref
        if before and after:
            lead = before[-1]
            if len(before) >= 2 and lead[2].generic and not is_civilian(before[-2][2].ref) and \
                    _ALLIED.fullmatch(text, before[-2][1], lead[0]) and \
                    _ALLY_WORD.search(text, before[-2][1], lead[0]):
                lead = before[-2]  # "army units backed by allied militias clashed with RSF fighters": the army leads
            return lead[2].ref, after[0][2].ref
        if len(before) >= 2 and re.search(r"(?i)\band\b", text[before[-2][1]: before[-1][0]]):
            return before[-2][2].ref, before[-1][2].ref
    # "the murder of three peasants, of which the army is accused": the accused named after the deed
    if a1 is None:
        for s, e, a in loc:
            if s >= t1 and not is_civilian(a.ref) and _ACCUSED_AFTER.match(text[e: e + 50]) and \
                    re.search(r"(?i)\b(?:of\s+which|for\s+which|of\s+whose)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", text[max(0, s - 30): s]):
                a1 = a.ref
                break
    # "X claimed responsibility"
    if a1 is None:
        m = claimed
        for cm in m.finditer(text):
            pre = [x for x in loc if x[1] <= cm.start() and not is_civilian(x[2].ref)]
            if pre:
                a1 = pre[-1][2].ref
                if len(pre) > 1 and in_aside(text, pre[-2][1], pre[-1][0], pre[-1][1], cm.start()):
                    a1 = pre[-2][2].ref  # "JNIM, linked to al-Qaeda, claimed the attack": JNIM
            break
    # "were killed" is itself a trigger form: the auxiliary may be inside the trigger
    passive = bool(_PASSIVE_AUX.search(text[max(0, t0 - 25): t0]) or _PASSIVE_AUX.search(main[2] + " ")
                   or _AUX.match(main[2]))
    # "compensation to the families of 11 athletes killed at the Games": a participle right after a common noun and
    # before a preposition modifies that noun (a passive without its auxiliary); an earlier name is not its subject
    reduced = not passive and (main[2].endswith("ed") or main[2] in _PAST_IRREGULAR) and \
        _REDUCED_AFTER.match(text, t1) is not None and _COMMON_NOUN_BEFORE.search(text, max(0, t0 - 30), t0) is not None and \
        not any(x[1] <= t0 and len(text[x[1]: t0].split()) <= 1 for x in loc)  # ("Yemeni government forces captured")
    passive = passive or reduced or by_passive

    def passive_subject(e: int) -> bool:
        """Whether a name ending at ``e`` may be the subject of the passive trigger: not one before a relative clause
        that holds the passive ("released the reporter, who was detained"), nor one before a reduced passive's noun."""
        if reduced:
            return t0 - e <= 2
        rel = _RELATIVE_WORD.search(text, e, t0)
        return rel is None or not text[e: rel.start()].strip(" ,")
    # (an actor whose name holds the trigger, "Russian warplanes", "Israeli helicopter gunships", is its subject)
    # (or one whose name runs into the trigger: "US drone" in "US drone strike kills ...")
    # (or one that is the trigger: "a suicide bomber killed 12 people")
    before = [x for x in loc if x[1] <= t0 or x[0] < t0 or x[0] == t0 and x[1] == t1]
    after = [x for x in loc if x[0] >= t1]
    # "the police have attributed the attack to...": a deed named by a noun phrase that refers back has as agent
    # only the one said to have done it ("rebels carried out the attack"), not the subject of any verb before it
    ref_np = _REFERRING_BEFORE.search(text, max(0, t0 - 40), t0)
    referring = ref_np is not None and main[3] in VIOLENT and not main[2].endswith("ed") and \
        not any(ref_np.start() < x[1] <= t0 for x in loc)  # "the army units drove...": the phrase is the actor
    if a1 is None and before and not passive:
        # the nearest non-civilian actor before the trigger is the subject, unless it is the source that tells
        # of the event ("police said that a bomb...", "according to the army, rebels attacked")
        cands, tb = before, t0  # (tb: where the words between a name and the deed end)
        if main[2].endswith("ing") and text[max(0, t0 - 3): t0].rstrip().endswith(","):
            # "Taliban fighters raided a house where they said the bomber had stayed, arresting three men": the
            # participle's subject is the main clause's, not a name inside a relative clause before it
            rel = _RELATIVE.search(text, text.rfind(",", 0, t0 - 3) + 1, t0)
            if rel is not None:
                cands, tb = [x for x in before if x[1] <= rel.start()], rel.start()
        for k in range(len(cands) - 1, -1, -1):
            s, e, a = cands[k]
            if k and _REL_ASIDE_OPEN.fullmatch(text, cands[k - 1][1], s):
                continue  # a name inside the aside of the name before it
            aside = _REL_ASIDE_OPEN.match(text, e, tb)
            own = own_deed_verb(text, aside.end() if aside and text.startswith(",", aside.end()) else e)
            if own is not None and own <= tb and not is_civilian(a.ref):
                # "The Taliban, who are at war with the government, said their own fighters had captured the bases
                # and that dozens of ISIS-K militants had been killed in the fighting": the teller's own deed
                a1 = a.ref
                cands = []
                break
        for k in range(len(cands) - 1, -1, -1):
            s, e, a = cands[k]
            if k and _REL_ASIDE_OPEN.fullmatch(text, cands[k - 1][1], s) and _REL_ASIDE_CLOSE.match(text, e, tb):
                continue  # "The Taliban, who are at war with the Afghan government, said their fighters had ...": the aside's
            if _ACCUSED_BETWEEN.match(text[e:tb]) and not is_civilian(a.ref):
                a1 = a.ref  # "the army is being blamed for the murder", "some soldiers were involved in the killing"
                break
            if any(tells_own_deed_to(text, e, t[0]) for t in fr.triggers if e <= t[0] <= tb) and not is_civilian(a.ref):
                # "the Taliban say they destroyed", "Taliban say they killed ISIS commander in raid": the speaker
                # tells of its own deed (its verb may be another trigger of the frame than the main one)
                a1 = a.ref
                break
            if speaks_between(text, e, tb) or source_before(text, s) or \
                    _RESPONSE_BETWEEN.search(text[e:tb]) and not _AND_THEN_VERB.search(text, e, tb):
                # (those who responded to a deed did not do it, but what they did next is theirs: "Troops cordoned
                # off the village and killed three militants", "soldiers arrived in the town and detained three")
                break
            if referring and not _DEED_BETWEEN.search(text[e:tb]):
                break
            if SUPPORT_BEFORE.search(text, max(0, s - 45), s):
                continue  # "Afghan forces backed by US air strikes pushed back": the support is not the agent
            if _OWN_SUBJECT_CLAUSE.search(text, e, tb):
                break  # "Zawahiri was standing on a balcony when two missiles struck": the clause has its own subject
            head = next((cands[j] for j in range(k - 1, -1, -1)
                         if in_appositive(text, cands[j][1], cands[j + 1][0], e, tb)
                         or j == k - 1 and in_aside(text, cands[j][1], s, e, tb)), None)
            if head is not None and not is_civilian(head[2].ref):
                # "Hafiz Saeed Khan, a former commander of the TTP, who pledged allegiance": Khan; "JNIM, linked to
                # al-Qaeda, claimed the attack": JNIM; but not the dead the aside names: "two soldiers, Havildar Ali
                # Khan and Sepoy Zahid, embraced shahadat"
                if _VICTIM_PASSIVE.match(text[head[1]: head[1] + 90]):
                    break
                a1 = head[2].ref
                break
            if not is_civilian(a.ref) and agent_ok((s, e, a), tb):
                # "the Syrian army and allied fighters captured": the first of the allies leads
                # ("the Iraqi military and pro-government Shiite militias": a name that qualifies the noun is no ally)
                j, at = k - 1, s
                if j and a.generic and not text[cands[j][1]: s].strip():
                    j, at = j - 1, cands[j][0]
                if k and a.generic and _ALLIED.fullmatch(text, cands[j][1], at) and not is_civilian(cands[j][2].ref):
                    a = cands[j][2]
                a1 = a.ref
                break
    # recipient: a passive's subject ("a camp for refugees was attacked by militiamen, killing 30 people": the
    # refugees), else after the trigger ("attacked X", "attack on X"), else the victims
    if passive:
        for s, e, a in reversed(before):
            if e > t0 or speaks_between(text, e, t0) or source_before(text, s) or _CLAUSE_BETWEEN.search(text, e, t0) \
                    or not passive_subject(e):
                break  # "police said (that) ...": the teller is no subject of the deed
            if a1 is None or a.ref.id != a1.id:
                a2 = a.ref
                break
    for s, e, a in after if a2 is None else ():
        if _CLAUSE_BETWEEN.search(text, t1, s):
            break  # "nobody claimed the blast, but ISIS-K has killed ...": the subject of another clause
        if _INSTITUTION_AFTER.match(text, e):
            continue  # "stormed the Army Public School": a school the army runs; its pupils were hit, not the army
        if any(t1 <= t[0] and t[1] <= s and t[3] != main[3] and _ON_TARGET.fullmatch(text, t[1], s) for t in others):
            # "the bombing ... and the latest of ISIS-K's attacks on the Taliban": the other deed's target ("artillery,
            # mortar and rocket fire against the camps" is one deed told three ways)
            break
        if a.ref != a1 and a.ref.id != (a1.id if a1 else None):
            by = _BY_BEFORE.search(text[max(0, s - 40): s]) if by_in else None
            if by and not (protest and len(text[:max(0, s - 40) + by.start()].rstrip()) not in trig_ends) or \
                    tells_after(text, e):
                # "..., police said": the source of the report is no side of the deed; nor is the agent of the
                # deed ("attacked by X") unless a protest is against it ("protested against abuses by the police")
                continue
            if _THROUGH_BEFORE.search(text, max(0, s - 20), s):
                continue  # "claimed the attack through its Amaq news agency": the channel, not the target
            if teller_after_its_verb(text, s):
                continue  # "handed themselves over in Darzab, said provincial police chief X": the teller
            if _SUPPORTING_BEFORE.search(text, max(0, s - 30), s):
                continue  # "carried out air strikes to support Afghan troops": the side supported, not the target
            if _AGENT_NOUN.search(main[2]) and _OF_GROUP.fullmatch(text, t1, s) and not is_civilian(a.ref):
                a1 = a1 or a.ref  # "a suicide bomber of the Pakistani Taliban": the bomber's own group
                continue
            if _NOT_RECIPIENT_AFTER.match(text[e: e + 40]):
                continue
            a2 = a.ref
            break
    if a2 is None and passive and before:
        for s, e, a in reversed(before):
            if e <= t0 and not passive_subject(e):
                break
            if a1 is None or a.ref.id != a1.id:
                a2 = a.ref
                break
    if a2 is None:
        # "dozens of ISIS-K militants had been killed in the fighting": the dead are the side the deed was done to;
        # so are the counted dead of a passive without its auxiliary ("there were 10 Russian soldiers killed in")
        for s, e, a in reversed(before):
            if (a1 is None or a.ref.id != a1.id) and (_VICTIM_PASSIVE.match(text[e: e + 90]) or
                                                      _REDUCED_PASSIVE.match(text, e, e + 40) and
                                                      _COUNTED_BEFORE.search(text, max(0, s - 25), s)) and \
                    not _THEY_DID_IT.search(text, e, t0):
                a2 = a.ref
                break
    if a2 is None and a1 is not None:
        for s, e, a in reversed(before):
            if a.ref.id != a1.id and not is_civilian(a.ref) and _REPELLED.match(text, e, t0):
                a2 = a.ref  # "Afghan forces repel Taliban attack": those who repelled it were attacked
                break
    if a2 is None:
        for s, e, a in reversed(before):
            if (a1 is None or a.ref.id != a1.id) and headline_victim(s, e) and not _THEY_DID_IT.search(text, e, t0):
                a2 = a.ref  # "Taliban commander shot dead in Mazar-i-Sharif"
                break
    if a2 is None:
        # "guerrillas wounded two British soldiers in a bomb attack": the object of another verb of the deed
        for s, e, a in loc:
            if (a1 is None or a.ref.id != a1.id) and \
                    any(t[1] <= s and _is_verb(t[2], text, t[0]) and _OBJECT_GAP.match(text[t[1]: s]) for t in fr.triggers):
                a2 = a.ref
                break
    if a2 is None:
        for s, e, a in loc:
            if a.generic and a.count is not None and (a1 is None or a.ref.id != a1.id) and \
                    not (e <= t0 and _THEY_DID_IT.search(text, e, t0)):
                a2 = a.ref
                break
    if a1 is None and main[3] in VIOLENT and textre.may_hold(textre.ascii_lower(text), ("when ", "as ", "after ")):
        # "Four worshippers were shot dead when gunmen attacked a mosque": the subject of the clause that tells how
        # the deed was done did it
        for s, e, a in loc:
            if s >= t1 and is_armed(a.ref) and \
                    _WHEN_SUBJECT_BEFORE.search(text, max(0, s - 30), s) and _PAST_VERB_AFTER.match(text, e):
                a1 = a.ref
                if a2 is not None and a2.id == a1.id:  # (taken for the object of the deed before: the victims are)
                    a2 = next((x.ref for x in actors if x.generic and x.count is not None and x.ref.id != a1.id and
                               x.start - off < t0), None)
                break
    if a1 is not None and main[3] in VIOLENT and main[3] != "mob" and \
            (is_civilian(a1) or a1.kind == "civilian_group" or a1.kind == "organisation" and a1.sector != "MIL" or
             a1.kind == "political" and a1.id.startswith("org_")):
        # civilians, the UN or a news agency do not perpetrate violence in a report's grammar (a multinational force
        # does: ISAF, AU troops, UN peacekeepers)
        a1, a2 = None, a2 or (a1 if is_civilian(a1) else None)
    return a1, a2

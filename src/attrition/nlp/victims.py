"""Victims a report names without a number, perpetrators that look like victims, and tallies.

A report often tells a killing without a number: "a policeman was shot dead", "gunmen killed
Mayor Alfredo Chamorro", "the assassination of Judge Carlos Valencia", "killed a professor, a
policeman and a pedestrian". Each named or singular person is one death (ACLED codes what is
told, conservatively). Guards keep this precise:

- a number before an active killing verb with an object numbers the killers, not the dead
  ("four gunmen murdered the mayor");
- an appositive is the same person ("Dolores Hinostroza, the mayor of Mulqui": one), and so are a
  name's bare titles ("Luis Galan, senator and presidential candidate": one);
- a participle before a noun names the dead but tells no killing ("the murdered nuns followed him");
- a tally over a period or over many places is not an event ("1,775 have been killed over the past 12
  months", "13,000 have been killed since 1980", "eight were killed in clashes in various parts of the country").
- a toll that sums deeds told as news keeps the deeds but is none of theirs ("the offensive has caused 300
  casualties", "six engineers have been murdered this week by X", "two were killed in separate attacks").

victim_name() keeps the name of a one-person victim so that merge.py can know the person again.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import textre
from ..knowledge.lexicon import given_names, person_nouns
from ..numbers import find_counts
from ..records import Count
from .mentions import is_caps

_LETHAL_PASSIVE = (r"(?:shot\s+and\s+killed|shot\s+dead|gunned\s+down|stabbed\s+to\s+death|hacked\s+to\s+death|"
                   r"beaten\s+to\s+death|burned\s+to\s+death|killed|murdered|as?sas?sinated|slain|beheaded|lynched|strangled|"
                   r"pronounced\s+dead|martyred)")
_LETHAL_ACTIVE = r"(?:shot\s+and\s+killed|shot\s+dead|shot(?=\s+(?:him|her|them)\s+dead\b)|(?:slit|cut)(?=\s+(?:his|her|their)\s+throats?\b)|gunned\s+down|killed|murdered|as?sas?sinated|slew|beheaded|lynched|executed|hanged)"
_LETHAL_NOUN = r"(?:as?sas?sinations?|murders?|killings?|slayings?|beheading|lynching|death)"
_LETHAL_NOUN_STEMS = ("sinat", "murder", "killing", "slaying", "beheading", "lynching", "death")  # one is in each
_ADV = r"(?:(?:also|reportedly|allegedly|apparently|brutally|fatally|later|then|subsequently|finally|\w+ly)\s+)?"

# "<subject> was killed": a singular subject
# ("embraced martyrdom", "embraced shahadat": the Pakistani military's words for one of its own killed; "a shepherd lost
# his life")
_PASSIVE_SG = textre.compile(rf"(?i)\b(?:was|has\s+been|had\s+been)\s+{_ADV}(?:{_LETHAL_PASSIVE}|shot\s+(?:[\w'-]+\s+){{1,4}}?and\s+killed)\b|"
                             r"\b(?:has\s+|had\s+)?(?:embraced\s+(?:martyrdom|shahadat|shahadah)|lost\s+(?:his|her)\s+life)\b")
# "<subjects> were killed": a plural subject that may list singular people ("a corporal and a guerrilla")
_PASSIVE_PL = textre.compile(rf"(?i)\b(?:were|have\s+been|had\s+been)\s+{_ADV}{_LETHAL_PASSIVE}\b")
# (and its participle after the deed: "attacked a checkpoint, killing a soldier"; not "the killing of", a noun)
_ACTIVE = textre.compile(rf"(?i)\b(?:{_LETHAL_ACTIVE}|(?:killing|murdering|assassinating)(?!\s+of\b))\s+")
_KILLERS_VERB = rf"(?:{_LETHAL_ACTIVE}|stabbed|beat|hacked|clubbed|stoned|bludgeoned|strangled|tortured)"
# "stabbed Pisco Deputy Prefect Carlos Soto to death", "beat two men to death"
TO_DEATH = textre.compile(r"(?i)\b(?:stabbed|beat|beaten|hacked|clubbed|stoned|bludgeoned|burned|burnt|strangled|tortured|"
                          r"kicked|shot|starved)\s+(?P<obj>[^.;:]{1,80}?)\s+(?P<td>to\s+death)\b")
# the place told between the deed and its victim: "the murder in La Paz, Bolivia, of Naval Attache X" (a proper name
# only: in "the murder in the city of X" the city is what "of" belongs to)
_WHERE_BETWEEN = r"(?:in\s+(?!THE\b|[Tt]he\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,?\s+)?"
# not "character assassination of"; not a death that only dates something else ("two years after the death of")
# (the word boundary first: the look-behinds are tried only where a word starts, not at every offset)
_NOMINAL = textre.compile(rf"(?i)\b(?<!character )(?<!after the )(?<!since the )(?<!following the )(?<!before the )"
                          rf"(?<!anniversary of the ){_LETHAL_NOUN}\s+{_WHERE_BETWEEN}of\s+")
# "Carlos Pizarro's murder": a person's first and last name (an organisation's name has a head noun)
_POSSESSIVE = textre.compile(rf"\b(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){{1,2}})(?:'s|’s|')\s+(?:\w+\s+)?{_LETHAL_NOUN}\b")
# the same in capitals, from up to four words before the possessive ("CARLOS PIZARRO'S MURDER")
_POSSESSIVE_CAPS = textre.compile(r"\b(?P<name>[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+){1,3})(?:'S|’S|')\s+(?:[A-Z]+\s+)?"
                                  r"(?:AS?SAS?SINATIONS?|MURDERS?|KILLINGS?|SLAYINGS?|BEHEADING|LYNCHING|DEATH)\b")
# a body found is a death of unknown cause, but a body found with the marks of violence on it is a killing (ACLED
# codes it): "the bodies of X and Y were found ...; they had been shot in the head", "police identified the body of a
# man found on the highway. He had been shot"
_FOUND_BODY = textre.compile(
    r"(?i)\b(?P<b>bod(?:y|ies))\s+of\s+(?P<obj>[^.;:!?]{1,200}?)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?)?(?:found|discovered|recovered|dumped)\b"
    r"|\b(?:found|discovered|recovered|identified)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<b2>bod(?:y|ies))\s+of\s+(?P<obj2>[^.;:!?]{1,200})")
# the marks of a violent death on a body (not "showed no signs of violence")
_VIOLENT_MARKS = textre.compile(
    r"(?i)\b(?<!no )(?<!no signs of )(?:shot|bullets?|bullet-\w+|gunshots?|tortured|signs\s+of\s+torture|stabbed|stab\s+wounds|"
    r"strangled|mutilated|hacked|beheaded|decapitated|blindfolded|execution-style|(?:hands|feet)\s+(?:tied|bound)|"
    r"throats?\s+(?:slit|cut))\b")
_NO_VIOLENCE = textre.compile(r"(?i)\bno\s+(?:signs?|marks?|traces?)\s+of\s+(?:violence|torture|injur)")
_NOT_PERSON_NAME = textre.compile(r"(?i)\b(?:state|states|army|front|forces?|government|party|movement|group|police|republic|"
                                  r"kingdom|union|nations|council|ministry|brigade|command|network|taliban|emirate)\b")

# where a victim list ends: a preposition, a subordinate clause, a verb of the next clause
_LIST_END = textre.compile(r"(?i)[;:!?()\[\]\"]|(?<!\bmr)(?<!\bmrs)(?<!\bdr)(?<!\bmsgr)(?<!\bgen)(?<!\bcol)(?<!\bcapt)(?<!\bfr)\.|,\s*(?:who|which|that|while|when|as|after|before|but|according|police|officials?)\b"
                           r"|\s(?:in|on|at|near|during|when|while|as|after|before|because|since|outside|inside|"
                           r"by|with|from|for|who|which|that|whose|was|were|is|are|has|have|had|said|says|yesterday|today|"
                           r"tonight|last|this|early|late|earlier|overnight)\b")
# (or a conjunction that opens a clause of its own: "four terrorists were killed while one soldier ... embraced shahadat")
_THAT = textre.compile(r"(?i)\b(?:that|while|whereas)\s+")
_TOLD_AFTER = textre.compile(r"(?i)\s*(?:said|says|told|reported|added|confirmed|stated)\b")
_PREP_FIRST = textre.compile(r"(?i)(?:in|on|at|near|during|after|before|by|with|from|for|outside|inside|when|while|as)\b")
_NEAR_MISS = textre.compile(r"(?i)\b(?:almost|nearly|narrowly|barely|could\s+have|would\s+have|might\s+have|tried\s+to|attempted\s+to|aim(?:ed|ing)\s+at|"
                          r"with\s+the\s+(?:aim|intention|intent)\s+of)\s+$")
# the end of a plural subject: a relative "who" and an apposition ("..., members of the front who")
_APPOSITION_END = textre.compile(r"(?:\s*,?\s*(?:who|whom)\s*)?(?:,\s*(?:both\s+|all\s+)?(?:[\w'-]+\s+){0,3}?"
                                 r"(?:members|leaders|activists|officials|students|employees|workers|journalists)\b[^,]*)?"
                                 r"\s*,?\s*$")
_ONE_NAME = r"[A-Z][a-z][\w'-]*(?:\s+(?:de|del|la|y|[A-Z][a-z][\w'-]*))+"
# a list of two or more names that ends the subject: "Raul Pellegrin and Cecilia Magni"
_NAME_LIST_END = textre.compile(rf"{_ONE_NAME}(?:\s*,\s*{_ONE_NAME})*\s*,?\s+and\s+{_ONE_NAME}$")
_DET_BEFORE = textre.compile(r"(?i)\b(?:the|a|an|his|her|their|its|our|these|those)\s+$")
_SPLIT = textre.compile(r"(?i),\s*(?:and\s+)?|\s+and\s+")
_DET = textre.compile(r"(?i)^(?:a|an|one|the|his|her|their|its|another|former|local)\b")
_PRONOUN_SG = textre.compile(r"(?i)(?:^|[\s,])(?:he|she)\s*$")
_HEADLESS = textre.compile(r"(?i)^(?:it|this|that|which|there|nobody|no\s+one|none)\b")
_HONORIFIC = textre.compile(r"(?i)^(?:mr|mrs|ms|dr|msgr|monsignor)\.?\s+[a-z][\w'-]+")
# a wire report's dateline before its first sentence: "Oruro, 3 May 21 -- ", "San Salvador, 25 Aug 88 (Canal Doce) -- [Text] "
_DATELINE = textre.compile(r"^[^.;:\n]{0,80}?\b\d{1,4}\s*(?:\([^()]{0,60}\)\s*)?(?:--|—|–)\s*(?:\[[^\]]{0,60}\]\s*)*")
# "a union leader killed 13 days ago along with nine other workers": a participle whose dead are counted only as
# the others; the person it follows is one more
_ALONG_WITH_OTHERS = textre.compile(rf"(?i)\b{_LETHAL_PASSIVE}\b(?=[^.;:]{{0,60}}?\b(?:along|together)\s+with\s+(?:[\w-]+\s+){{1,2}}?others?\b)")
# a verb right after "killed": the word was a participle ("the people killed include ...", "those killed were ...")
_VERB_AFTER_PARTICIPLE = textre.compile(r"(?i)\s*(?:include[sd]?|including|were|are|was|is|numbered|number|totalled|totaled)\b")
# what follows a participle, not an active verb's object ("the gunman killed a farmer along with two other men")
_NO_OBJECT = textre.compile(r"(?i)\s+(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:hours?|days?|weeks?|months?|years?)\s+ago|"
                            r"on|in|at|last|yesterday|today|along|together|when|while|during|near|by|outside|inside)\b")
_ONE_BEFORE = textre.compile(r"(?i)\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)\s*,?\s*$")
_PASSIVE_END = textre.compile(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_NAME = textre.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Msgr|Fr|Rev|Sheikh|Mullah|Maulvi|Maulana|Haji|Qari)\.?\s+)?"
                       r"[A-Z][a-z][\w'-]*(?:\s+(?:de|del|la|los|bin|ibn|al-|van|von|[A-Z][a-z][\w'-]*))+")

# a tally over a period, not an incident
_HARMED = r"(?:killed|wounded|injured|murdered|slain|abducted|kidnapped)\b"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TALLY = textre.compile(
    r"(?i)\b(?:since\s+(?:the\s+(?:beginning|start|outbreak)|(?:early\s+|late\s+|mid-?)?\d{4}|its\s+(?:creation|founding|beginning))"
    r"|(?:over|in|during|throughout)\s+the\s+(?:past|last|previous|first)\s+(?:\w+\s+){0,2}(?:months|years|decades?|quarter|half)"
    r"|(?:so\s+far|to\s+date)\s+(?:this|in)\s+\w+|so\s+far\s+this\s+year|this\s+year\s+alone"

    r"|(?:during|in|over|for)\s+the\s+(?:same\s+period|(?:entire\s+|whole\s+)?(?:month|year)\s+of)"
    r"|since\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:began|begun|started|erupted|broke\s+out)"
    r"|\b(?:between|from)\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\s+(?:and|to|until|through)\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b"
    # "Between 1 July and 30 September 2022, UNAMA recorded 1,015 civilian casualties": a quarter's count
    r"|\b(?:between|from)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?,?\s+(?:(?:19|20)\d\d\s+)?(?:and|to|until|through)\s+(?:\d{1,2}\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b(?=[^.;]{0,80}\b(?:recorded|documented|verified|"
    r"registered|counted)\b)"
    r"|since\s+(?:[\w-]+\s+){1,4}(?:assumed|took|came\s+to)\s+(?:power|office)"
    # a running total since a month: "Since January, more than 3,600 people have been killed", "have been killed since March"
    r"|\bsince\s+(?:early\s+|late\s+|mid-?)?" + _MONTHS + r"\b(?=[^.;]{0,80}\b(?:have|has)\s+been\s+" + _HARMED + r")"
    r"|\b(?:have|has)\s+been\s+" + _HARMED + r"[^.;]{0,80}\bsince\s+(?:(?:early\s+|late\s+|mid-?)?" + _MONTHS + r"|then)\b"
    r"|since\s+the\s+(?:[\w-]+\s+){0,2}(?:takeover|invasion|withdrawal|coup|war|conflict|ceasefire|truce|revolution|"
    r"uprising|insurgency|fall\s+of)\b"
    r"|since\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d\b(?=[^.;]{0,80}\b(?:recorded|documented|verified|registered|counted|have|has)\b)"
    r"|since\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b"
    r"|(?:killed|died|dead)\s+in\s+(?:violent\s+acts|acts\s+of\s+violence|(?:political\s+|the\s+)?violence)\b"
    # a year's count: "Airstrikes caused 353 civilian casualties in 2018"
    r"|\b(?:casualties|deaths|fatalities)\s+(?:in|during|throughout|for)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b"
    r"|(?:have|has|had)\s+(?:\w+\s+)?(?:been\s+)?killed\s+[^.;]{0,80}?\bsince\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
    r"|cumulative|(?:every|each|per)\s+(?:year|month|week|day)|annually"
    # a war's toll: "the war had killed 377,000 people by the end of 2021", "the conflict has killed more than 10,000"
    r"|\bby\s+the\s+end\s+of\s+(?:(?:19|20)\d\d|last\s+year|the\s+year|" + _MONTHS + r")\b"
    r"|\b(?:the|this|a)\s+(?:(?:civil|\d+-year(?:-old)?|long-running|decade-long|years-long)\s+)?"
    r"(?:war|conflict|insurgency|violence|uprising)\s+(?:has|had|have)\s+(?:\w+ly\s+)?(?:killed|claimed)\b)")
# a toll summed over many places or many acts: "in various parts of the country", "as a result of violent acts"
_SPREAD = textre.compile(
    r"(?i)\b(?:(?:as\s+a\s+result\s+of|because\s+of|in|from)\s+(?:the\s+)?(?:political\s+|urban\s+|terrorist\s+)?"
    r"(?:violent\s+acts|acts\s+of\s+violence)"
    r"|in\s+(?:various|several|different|many|all)\s+(?:points|parts|places|areas|regions|provinces|departments|towns)\s+of)")
# a toll that sums deeds the sentence still tells as news (who did them, where, when): the deeds stay, the toll is none
# of theirs.
_SUMMED = textre.compile(
    # the toll of an offensive or a campaign, many attacks in many places: "the offensive has caused 300 casualties",
    # "a guerrilla offensive today left 35 rebels dead" (not "the offensive on the town left five dead", one attack;
    # a deed told within an offensive keeps its own toll)
    r"(?i)\b(?:(?:offensive|campaign)\s+(?:(?:today|yesterday|so\s+far|alone|\w+ly)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:already\s+)?(?:caused|left|claimed|cost)\b"
    # a running total of the days just past: "six engineers have been murdered this week", "killed so far this month"
    r"|(?:have|has)\s+(?:now\s+)?been\s+(?:killed|murdered|slain|as?sas?sinated)\s+(?:[\w-]+\s+){0,4}?(?:so\s+far\s+)?"
    r"this\s+(?:week|month)\b"
    # a number of dead over separate attacks: "two civilians were killed in separate attacks", "killed 37 farmers in two
    # attacks" (not people told by name,
    # "X and Y were killed in separate attacks": each is known again wherever the report tells them)
    r"|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores)\s+[^.;:]{0,80}?"
    r"\bin\s+(?:[\w-]+\s+)?(?:separate|different|various|multiple|several|two|three|four|five|six|2|3|4|5|6|fresh|twin|"
    r"a\s+(?:series|spate|wave|string)\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|incidents|clashes|shootings|bombings|explosions|blasts|ambushes|raids|strikes)\b)")


# "the latest in a series of attacks": one of a series (events.py reads the deeds after it the same way)
ONE_OF_SERIES = r"\b(?:latest|last|newest|most\s+recent|\w+iest|biggest|largest|worst|first|second|third|fourth|fifth)\s+in\s+a\s+" \
    r"(?:series|spate|wave|string)\s+of\b"
_ONE_OF_SERIES = textre.compile(r"(?i)" + ONE_OF_SERIES)
# the words _SPREAD and _SUMMED need one of (see textre.may_hold)
_SPREAD_WORDS = ("violen", "points", "parts", "places", "areas", "regions", "provinces", "departments", "towns")
_SUMMED_WORDS = ("offensive", "campaign", "this", "attacks", "incidents", "clashes", "shootings", "bombings", "explosions",
                 "blasts", "ambushes", "raids", "strikes")


@lru_cache(maxsize=1)
def _person() -> re.Pattern:
    """One singular person noun (data/persons.yaml), built on first use."""
    words = sorted(person_nouns(), key=len, reverse=True)
    return textre.compile(r"(?i)\b(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words))


def plural(noun: str) -> str:
    """The plural of a person noun: "policeman" -> "policemen", "deputy" -> "deputies", "witness" -> "witnesses",
    "passer-by" -> "passers-by"."""
    if noun.endswith("er-by") or noun.endswith("erby"):
        return noun[:-3] + "s" + noun[-3:] if noun.endswith("-by") else noun[:-2] + "s" + noun[-2:]
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


# a word that cannot modify the noun after a number ("76 cents as traders", "3 of the workers")
_NOT_MODIFIER = (r"(?!(?:as|of|in|and|or|to|at|on|for|by|with|from|the|a|an|were|was|are|is|be|been|have|had|has|"
                 r"who|that|which|than|per|cents?|dollars?|percent)\b)")


@lru_cache(maxsize=1)
def plural_people() -> re.Pattern:
    """What a count of people looks like after its number: a plural person noun (data/persons.yaml) after at
    most two modifiers ("14 fishermen", "six Jesuit priests"), or after a killing participle ("14 murdered
    fishermen", "two slain priests"), or a part of a group of them ("two of his associates"). Match it at the
    end of the number."""
    words = sorted({plural(w) for w in person_nouns()} | {"people", "persons"}, key=len, reverse=True)
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return textre.compile(r"(?i)\s*(?:of\s+(?:his|her|their|its|the)\s+)?(?:(?:murdered|slain|as?sas?sinated|massacred|killed|executed|dead)\s+)?"
                          r"(?:%s[\w.'-]+\s+){0,2}?(?:%s)\b" % (_NOT_MODIFIER, nouns))


def is_tally(text: str) -> bool:
    """A count over a period ("since 1980", "over the past 12 months", "annually")."""
    return bool(_TALLY.search(text))


def dates_tally(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` in ``text`` is the start of a tally's period: it stands in a since-phrase's clause
    ("30 people have been killed since fighting erupted between cartel factions on Monday 9 September")."""
    for m in _TALLY.finditer(text, 0, pos):
        if m.group(0).lower().startswith("since") and not _CLAUSE_BREAK.search(text, m.end(), pos):
            return True
    return False


_CLAUSE_BREAK = textre.compile(r"[,;:.]")
_PERIOD = textre.compile(r"(?i)\b(?:during|in|over|throughout)\s+the\s+(?:reporting\s+)?(?:period|quarter)\b")


def is_period_toll(text: str) -> bool:
    """A toll a monitor counts over its reporting period ("61 civilian casualties (23 killed, 38 injured) during the
    period"); the fighting it says went on in the period may still be told as one event."""
    return bool(_PERIOD.search(text))


# "the most senior Taliban official killed since", "the deadliest attack since": a deed ranked among those of a period
_RANKED_END = textre.compile(r"(?i)\b(?:most|deadliest|worst|bloodiest|biggest|largest|highest|first|only)\b[^.;:]{0,60}$")


def ranked_since(text: str, deed: int) -> bool:
    """Whether every period a tally names in ``text`` is one that the deed told before it (at ``deed``) is ranked
    against, not one a count sums ("killed the governor on Thursday, the most senior official killed since the group
    took power"; not "the deadliest attack since 2015, which killed 40 people")."""
    found = False
    for m in _TALLY.finditer(text):
        if m.start() < deed or not _RANKED_END.search(text, max(deed, m.start() - 70), m.start()):
            return False
        found = True
    return found


# "They were assassinated along with 12 citizens": a plural pronoun opens the sentence; its dead were told before
_THEY_ALONG_WITH = textre.compile(rf"(?i)^\W*(?:they|both|the\s+two|the\s+three)\s+(?:were|have\s+been|had\s+been)\s+{_ADV}"
                                  rf"{_LETHAL_PASSIVE}\b[^.;:]{{0,60}}?\b(?:along|together)\s+with\b")


def killed_with_them(text: str) -> bool:
    """A sentence that counts the dead killed along with people it names by a pronoun ("They were assassinated
    along with 12 Venezuelan citizens"): its toll leaves out those the sentence before named."""
    return bool(_THEY_ALONG_WITH.match(text))


def is_spread_toll(text: str) -> bool:
    """A toll over many places or acts ("in various parts of the country", "as a result of violent acts"):
    with a count, a sum of events, not one (without one, "clashes across the country" may still be news)."""
    return textre.may_hold(textre.ascii_lower(text), _SPREAD_WORDS) and bool(_SPREAD.search(text))


def is_summed_toll(text: str) -> bool:
    """A toll that sums deeds the sentence tells as news: an offensive's ("the offensive has caused 300
    casualties"), the week's so far ("six engineers have been murdered this week by X"), separate attacks' ("two
    civilians were killed in separate attacks"). The deeds happened; the toll is no one deed's."""
    if not textre.may_hold(textre.ascii_lower(text), _SUMMED_WORDS) or (m := _SUMMED.search(text)) is None:
        return False
    # "killed five people, the latest in a string of attacks": the deed is one of the series, its toll its own
    return _ONE_OF_SERIES.search(text, m.start(), m.end()) is None


def found_bodies(text: str, after: str = "") -> list[tuple[int, int, int, int]]:
    """Bodies found with the marks of violence told in the sentence or in ``after`` (the sentence that follows):
    (start, end) of the word "body"/"bodies" and of the people whose bodies they are, for each such find. A body
    found and no more ("the body of a climber was found") tells no killing; nor do bodies of no one ("the body of
    work was found")."""
    if not _VIOLENT_MARKS.search(text + " " + after) or _NO_VIOLENCE.search(text + " " + after):
        return []
    caps = is_caps(text)
    out = []
    for m in _FOUND_BODY.finditer(text):
        b, obj = ("b", "obj") if m.group("b") else ("b2", "obj2")
        phrase = _list_after(text, m.start(obj)) if obj == "obj2" else m.group(obj)
        if _count_bodies(phrase, caps) or plural_people().match(" " + phrase) or \
                re.match(r"(?i)(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s", phrase):
            out.append((m.start(b), m.end(b), m.start(obj), m.start(obj) + len(phrase.rstrip())))
    return out


def body_names(text: str) -> list[str]:
    """The names of the people whose bodies a sentence tells were found, by their name words (see victim_name):
    "the bodies of Arturo Mendez, a union leader, and Rosa Paredes were found" -> ["arturo mendez", "rosa paredes"]."""
    caps = is_caps(text)
    out = []
    for m in _FOUND_BODY.finditer(text):
        obj = "obj" if m.group("b") else "obj2"
        phrase = _list_after(text, m.start(obj)) if obj == "obj2" else m.group(obj)
        for x in _items(phrase):
            if caps_name(x) if caps else _NAME.match(x) and not _person().match(x):
                name = victim_name(x, caps)
                if name:
                    out.append(name)
    return out


def _count_bodies(phrase: str, caps: bool) -> int:
    """People named in the list after "the bodies of": names, each with its appositive ("HECTOR OQUELI, A LEADER OF
    THE MNR, AND GILDA FLORES, A MEMBER OF ..."), else singular people ("a man", "a policeman and a driver")."""
    items = _items(phrase)
    names = [x for x in items if (caps_name(x) if caps else _NAME.match(x) and not _person().match(x))]
    return len(names) if names else _count_list(phrase, caps)


_ATTACKERS_VERB = r"(?:stormed|attacked|raided|ambushed|overran|assaulted|besieged|opened\s+fire)"
# (the words between the number and the verb are its noun's: not a clause of their own, "three others injured when
# militants attacked": the three are hurt, the militants attack)
_NOT_SUBJECT_WORD = r"(?!(?:when|while|as|after|before|and|but|because|killed|injured|wounded|hurt|dead|died|martyred)\b)"
_KILLERS_AFTER = textre.compile(r"(?i)\s+(?:" + _NOT_SUBJECT_WORD + r"[\w'-]+\s+){0,3}?" + _NOT_SUBJECT_WORD +
                                r"(?:[\w'-]+)(?:\s*,[^,;]{1,50},)?\s+(?:" + _KILLERS_VERB + "|" +
                            _ATTACKERS_VERB + r")\s+(?P<obj>\S+)")
_PASSIVE_KILLERS = textre.compile(r"(?i)\b(?:was|were|been|being|be|is|are|has|have|had)\s+(?:\w+ly\s+)?(?:" + _KILLERS_VERB + "|" +
                              _ATTACKERS_VERB + r")\s+\S+$")


def numbers_killers(text: str, end: int) -> bool:
    """The number ending at ``end`` heads the subject of an active killing or attack: "four gunmen murdered the mayor",
    "hundreds of Taliban fighters stormed the city, killing 70"."""
    after = text[end: end + 90]
    m = _KILLERS_AFTER.match(after)
    if not m or _PASSIVE_KILLERS.search(m.group(0)):
        return False
    obj = m.group("obj").lower().strip(",.;")
    return obj not in {"in", "on", "at", "near", "during", "when", "while", "as", "after", "before", "by", "and",
                       "yesterday", "today", "last", "this", "early", "late", "outright", "instantly", "immediately", "over",
                       "since", "across", "throughout", "so", "for", "from", "with", "inside", "outside"}


def _items(phrase: str) -> list[str]:
    return [x.strip() for x in _SPLIT.split(phrase) if x.strip()]


def _person_item(item: str, caps: bool) -> bool:
    """One person named by this list item: "a policeman", "the mayor of X", "Hector Oqueli"."""
    if re.match(r"(?i)^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|many|some|other|others|both)\b", item):
        return False  # a number: counted elsewhere
    head = " ".join(item.split()[:5])
    if _person().search(head) and (_DET.match(item) or not re.search(r"(?i)\b\w+(?:men|ers|ists|ians|ants|ents|les|ps)\b", head)):
        if re.search(r"(?i)\b(?:men|women|people|persons|children|soldiers|policemen|civilians|members|workers)\b", head):
            return False  # a plural head noun
        return True
    # a name: capitalised words in mixed case; in capitals after a title ("MR. CARLOS PIZARRO") or as a run that
    # starts with a common given name ("HECTOR OQUELI")
    return bool(_NAME.match(item)) if not caps else bool(_HONORIFIC.match(item)) or caps_name(item)


# words that end the name of a place or a body, not of a person ("JOSE MARIA CORDOBA AIRPORT")
_NOT_PERSON_HEAD = textre.compile(r"(?i)\b(?:airport|street|avenue|square|park|school|college|university|hospital|clinic|"
                                  r"bridge|stadium|plaza|district|department|municipality|province|neighbou?rhood|barracks|"
                                  r"base|battalion|company|foundation|institute|station|church|cathedral|highway|road)\b")
_CAPS_RUN = textre.compile(r"[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){1,4}")


def caps_name(item: str) -> bool:
    """In copy set in capitals, ``item`` is a person's name: two to five words, the first a common given name
    (data/given_names.yaml), none of them the head of a place or a body ("JOSE MARIA CORDOBA AIRPORT" is not)."""
    item = item.strip()
    m = _CAPS_RUN.fullmatch(item)
    if not m:
        return False
    words = item.split()
    return words[0].lower() in given_names() and not _NOT_PERSON_NAME.search(item) and not _NOT_PERSON_HEAD.search(item) \
        and not any(w.lower() in _NAME_STOP or w.lower() in person_nouns() for w in words[1:])


def _bare_title(item: str) -> bool:
    """A title with no determiner and no name after it ("senator", "Liberal party presidential candidate"):
    in a list after a name, it describes the person before it."""
    words = item.split()
    return bool(words) and not _DET.match(item) and \
        any(_person().fullmatch(" ".join(words[-k:])) for k in (1, 2) if len(words) >= k)


_TITLE_THEN_NAME = textre.compile(r"(?i)\bthe\s+[^,;]{1,80},\s+(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)\s*,")


def _count_list(phrase: str, caps: bool) -> int:
    """People in a victim list; appositives ("X, the mayor of Y") are the person before them."""
    phrase = phrase.strip()
    items = _items(phrase)
    if not items:
        return 0
    if not re.search(r"(?i)\band\b", phrase):
        return 1 if any(_person_item(x, caps) for x in items[:2]) else 0
    if len(items) > 1 and all(_bare_title(x) for x in items[1:]) and \
            (_person_item(items[0], caps) or re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+$", items[0])):
        return 1  # "Luis Galan, senator and presidential candidate": one person and his titles
    n, prev_name = 0, False
    for x in items:
        ok = _person_item(x, caps)
        appositive = prev_name and re.match(r"(?i)^the\b", x) is not None
        if ok and not appositive:
            n += 1
        prev_name = ok and not _DET.match(x)
    if n > 1 and not caps:
        # "the acting deputy governor of Badakhshan province, Nisar Ahmad Ahmadi, and his driver": the name between
        # commas after a title is the titled person (in a list a name comes after "and": "a policeman and Juan Perez")
        n -= min(n - 1, len(_TITLE_THEN_NAME.findall(phrase)))
    return n


_SELF_KILLED = textre.compile(r"(?i)\b(?:killing|killed)\s+(?P<self>himself|herself)\s+and\s")
_CLAUSE_JOIN = textre.compile(r"(?i),\s+(?:and|while|but|whereas)\s+(?=(?:a|an|one|another)\s)")


def _subject_start(text: str, verb: int) -> int:
    """Where the subject of the verb at ``verb`` starts: after the last ';' or ':' before it, and after a
    complementiser ("it reported that a civilian was killed and that a soldier was killed": each subject
    starts after its "that")."""
    start = max(text.rfind(";", 0, verb), text.rfind(":", 0, verb), -1) + 1
    # (and after a clause joined by a comma and a conjunction: "four militants were killed, and a soldier was also
    # killed", "two terrorists were killed, while one of our soldiers was martyred")
    for m in _CLAUSE_JOIN.finditer(text, start, verb):
        start = m.end()
    that = None
    for m in _THAT.finditer(text, start, verb):
        if text[m.end(): verb].strip():  # "a man that was killed": a relative "that" has no subject after it
            that = m
    return that.end() if that is not None else start


_TITLE = textre.compile(r"(?i)^(?:mr|mrs|ms|dr|gen|col|maj|capt|lt|sgt|msgr|fr|rev|sen|gov|prof|monsignor|father|sister)\.?$")
_NAME_STOP = frozenset({"the", "a", "an", "of", "and", "or", "his", "her", "their", "its", "former", "local", "late",
                        "who", "which", "that", "was", "were", "is", "in", "on", "at", "de", "del", "la", "y"})


def victim_name(phrase: str, caps: bool) -> str | None:
    """The name words of the one victim of ``phrase``, to know the person again in another sentence:
    "Rosa Imelda Gonzalez Medrano, a professor" -> "rosa imelda gonzalez medrano", "Msgr Romero" -> "romero",
    "Mayor Alfredo Chamorro" -> "alfredo chamorro". None when the phrase names no one ("a policeman")."""
    head = re.split(r",|--|\s-\s|\(", phrase, maxsplit=1)[0]
    # the one person of a list is in one of its items: "Msgr Romero and those found to be members of the death
    # squads" names Romero, not "death squads"
    for item in re.split(r"(?i)\s+and\s+", head):
        name = _item_name(item, caps)
        if name:
            return name
    return None


def _item_name(item: str, caps: bool) -> str | None:
    """The name words at the end of one item of a victim phrase (see victim_name)."""
    words = re.findall(r"[A-Za-z][\w'-]*\.?", item)
    run: list[str] = []
    titled = False
    for w in words:
        bare = w.rstrip(".")
        low = bare.lower()
        name_like = (bare.isupper() if caps else bare[:1].isupper() and not bare.isupper()) and low not in _NAME_STOP
        if _TITLE.match(w) or low in person_nouns():
            titled, run = True, []
        elif name_like and len(bare) > 1:
            run.append(low)
        else:
            titled, run = False, []  # "the governor of Antioquia": a place after "of" names no one
    if len(run) >= 2:
        return " ".join(run[-4:])
    if len(run) == 1 and titled and len(run[0]) >= 4:
        return run[0]
    return None


def _list_after(text: str, start: int) -> str:
    m = _LIST_END.search(text, start)
    return text[start: m.start() if m else len(text)]


# what stands between a count and the names of those it counts: "two soldiers, " (Naik Ali Khan and Sepoy Zahid)
_COUNTED_NOUN_THEN = textre.compile(r"(?:\s+[\w'-]+){1,4}\s*,\s*")
# the word that opens a part of a toll told whole: "403 killed, including 147 civilians", "six people, among them the imam"
BREAKDOWN = textre.compile(r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b")


def single_victims(text: str, kill_spans: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int, Count, str]]:
    """Deaths the sentence tells without numbers, as (start, end, Count, kind) over the victim phrase; kind is
    'kill', or 'kill_ref' when the deaths are only named in a reference ("the assassination of X"), which
    numbers the dead of an event but does not by itself tell that one happened.

    ``kill_spans`` are the sentence's killing triggers; ``taken`` the spans of counts already found
    (a list that mixes numbers and single people: "five rebels and an army corporal")."""
    caps = is_caps(text)
    out: list[tuple[int, int, Count, str]] = []
    # ASCII text (nearly all) is scanned for a pattern only when it holds a word the pattern needs: a substring
    # test runs in C at a fraction of what the regex engine spends trying a pattern at every offset (other text
    # is scanned: case folding may match letters beyond ASCII)
    low = textre.ascii_lower(text)

    def near_kill(a: int, b: int) -> bool:
        return any(s < b + 2 and a - 2 < e for s, e in kill_spans)

    def add(a: int, b: int, n: int, kind: str = "kill"):
        if n <= 0 or b <= a:
            return
        # a phrase over a number already counted adds only the singular people a list joins to it
        # ("five rebels and an army corporal"), never the number's own people again
        if any(x < b and a < y for x, y in taken) and n == 1 and not re.search(r"(?i)\band\b", text[a:b]):
            return
        out.append((a, b, Count(best=n, low=n, high=n), kind))
        taken.append((a, b))

    # The passive, active and "to death" readings name victims only next to a killing trigger: a sentence
    # without one (a violent act's "... the death of a civilian") is not scanned for them
    # "<subject> was killed": the clause before the verb names one person
    for m in _PASSIVE_SG.finditer(text) if kill_spans and textre.may_hold(low, ("was", "been", "embraced", "lost")) else ():
        if not near_kill(m.start(), m.end()):
            continue
        clause_start = _subject_start(text, m.start())
        subj = text[clause_start: m.start()]
        if _HEADLESS.match(subj.strip()) or any(x < m.start() and clause_start <= y <= m.start() for x, y in taken):
            continue
        rel = re.search(r"(?i),?\s*(?:who|whom)\s*$", subj)
        tail = subj[: rel.start()] if rel else subj
        if _PRONOUN_SG.search(subj) or _person().search(tail[-80:]) or (not caps and re.search(r"[A-Z][a-z][\w'-]+\s*,?\s*$", tail)):
            add(clause_start + len(subj) - len(subj.lstrip()), m.start(), 1)
    # "<a corporal and a guerrilla> were killed"
    for m in _PASSIVE_PL.finditer(text) if kill_spans and textre.may_hold(low, ("were", "been")) else ():
        if not near_kill(m.start(), m.end()):
            continue
        clause_start = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start()), -1) + 1
        if clause_start == 0 and (dl := _DATELINE.match(text)) and dl.end() <= m.start():
            clause_start = dl.end()  # "Oruro, 3 May 21 -- A soldier and a rebel were killed": the list starts after it
        subj = text[clause_start: m.start()]
        # only the singular items of the list: numbers were counted already; not an appositive between commas
        # that ends it ("32 members of the VDP, a civilian militia that backs the army, were killed": the members)
        items = _items(subj[-160:])
        if len(items) >= 2 and subj.rstrip().endswith(",") and \
                not re.search(r"(?i)\b(?:and|or)\s+" + re.escape(items[-1]) + r"\s*,\s*$", subj):
            items = items[:-1]
        n = sum(1 for x in items if re.match(r"(?i)^(?:a|an|one)\s", x) and _person_item(x, caps))
        if n:
            add(m.start() - len(subj[-160:]), m.start(), n)
        elif not caps:
            names = _NAME_LIST_END.search(_APPOSITION_END.sub("", subj[-200:]))
            at = m.start() - len(subj[-200:]) + names.start() if names else 0
            # (not the names of those a count before them gave: "two soldiers, Naik Ali Khan and Sepoy Zahid, were
            # martyred")
            if names and not any(y <= at and _COUNTED_NOUN_THEN.fullmatch(text, y, at) for _, y in taken):
                # "Raul Pellegrin and Cecilia Magni, members of the front, were killed"
                add(at, m.start(), len(_items(names.group(0))))
        else:  # "HECTOR RAMIREZ, A TEACHER, AND ANA FLORES, A NURSE, WERE KILLED": the names in the list
            tail = text[max(_subject_start(text, m.start()), m.start() - 200): m.start()]
            tail = re.split(r"--|—|\[TEXT\]", tail)[-1]  # not the dateline before the list
            n = sum(1 for x in _items(tail) if caps_name(x))
            if n >= 2 and re.search(r"\bAND\b", tail):
                add(m.start() - len(tail), m.start(), n)
    # "blew herself up ..., killing herself and four worshippers": the bomber is one of the dead
    for m in _SELF_KILLED.finditer(text) if low is None or "self and" in low else ():
        add(m.start("self"), m.end("self"), 1)
    # "a union leader killed ... along with nine other workers": the leader, beside the others counted already
    for m in _ALONG_WITH_OTHERS.finditer(text) if low is None or "other" in low and ("along" in low or "together" in low) else ():
        before = text[max(0, m.start() - 60): m.start()]
        one = _ONE_BEFORE.search(before)
        if near_kill(m.start(), m.end()) and one and _person().fullmatch(one.group("noun")) and \
                _NO_OBJECT.match(text, m.end()) and \
                not _PASSIVE_END.search(before):
            add(m.start() - len(before) + one.start(), m.start(), 1)
    # "killed Mayor Alfredo Chamorro", "killed a professor, a policeman and a pedestrian"
    for m in _ACTIVE.finditer(text) if kill_spans else ():
        if not near_kill(m.start(), m.end()) or re.search(r"(?i)\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", text[max(0, m.start() - 20): m.start()]):
            continue
        if _NEAR_MISS.search(text[max(0, m.start() - 25): m.start()]):
            continue  # "the surgery almost killed him"
        if _DET_BEFORE.search(text[max(0, m.start() - 12): m.start()]):
            continue  # "the murdered nuns followed him": a participle before a noun, not a verb with its object
        phrase = _list_after(text, m.end())
        if _PREP_FIRST.match(phrase):
            continue  # "dozens of soldiers killed in jihadist attack": a headline's passive has no object
        if _VERB_AFTER_PARTICIPLE.match(phrase):
            continue  # "the people killed include X, 30 deputies and many mayors": the members of a toll told as a whole
        if not phrase.strip() or re.match(r"(?i)\s*(?:him|her|himself|herself)\b", phrase):
            if re.match(r"(?i)\s*(?:him|her)\b", phrase):
                add(m.end(), m.end() + len(phrase), 1)
            continue
        if re.match(r"(?i)\s*his\s+throat|\s*her\s+throat", phrase):
            add(m.end(), m.end() + len(phrase), 1)
            continue
        if re.match(r"(?i)\s*(?:them|their\s+throats)\b", phrase):
            # "gunmen abducted 11 coal miners ... and shot them dead", "rounded up 17 farmers and slit their
            # throats": the people counted before in the sentence
            before = [(a, b, c) for a, b, c in find_counts(text[: m.start()])
                      if c.best and c.best > 1 and plural_people().match(text, b)]
            if before and not any(x < before[-1][1] and before[-1][0] < y for x, y in taken):
                a, b, c = before[-1]
                out.append((a, b, c, "kill"))
                taken.append((a, b))
            continue
        if (br := BREAKDOWN.search(phrase)) is not None:
            # "killing six people, including the imam and a child": the imam is one of the six
            phrase = phrase[: br.start()].rstrip(", \t\n")
        if _TOLD_AFTER.match(text, m.end() + len(phrase)) and "," in phrase:
            phrase = phrase[: phrase.rindex(",")]  # "killing eight people, ..., Taliban spokesman X said": X told it
        add(m.end(), m.end() + len(phrase.rstrip()), _count_list(phrase, caps))
    # "stabbed the deputy prefect to death": the people between the verb and "to death"
    for m in TO_DEATH.finditer(text) if kill_spans and textre.may_hold(low, ("death",)) else ():
        if near_kill(m.start("td"), m.end("td")) and not re.match(r"(?i)\s*(?:himself|herself|themselves)\b", m.group("obj")):
            obj = m.group("obj")
            n = 1 if re.fullmatch(r"(?i)\s*(?:him|her)\s*", obj) else _count_list(obj, caps)
            add(m.start("obj"), m.end("obj"), n)
    # "the bodies of Hector Oqueli and Gilda Flores were found" with the marks of violence: a kill trigger the
    # extractor made of the find (events.py), whose people are those the bodies were
    for m in _FOUND_BODY.finditer(text) if textre.may_hold(low, ("bod",)) else ():
        b, obj = ("b", "obj") if m.group("b") else ("b2", "obj2")
        if near_kill(m.start(b), m.end(b)):
            phrase = _list_after(text, m.start(obj)) if obj == "obj2" else m.group(obj)
            add(m.start(obj), m.start(obj) + len(phrase.rstrip()), _count_bodies(phrase, caps))
    # "the assassination of Judge Carlos Valencia", "the murder of two engineers and a driver"
    if low is not None and not textre.holds_any(low, _LETHAL_NOUN_STEMS):
        return out  # (_NOMINAL, _POSSESSIVE and _POSSESSIVE_CAPS need a lethal noun)
    for m in _NOMINAL.finditer(text):
        phrase = _list_after(text, m.end())
        add(m.end(), m.end() + len(phrase.rstrip()), _count_list(phrase, caps), "kill_ref")
    if not caps:
        for m in _POSSESSIVE.finditer(text):
            if not _NOT_PERSON_NAME.search(m.group("name")):
                add(m.start(), m.end(), 1, "kill_ref")
    else:  # "FEBE ELIZABETH VELAZQUEZ' DEATH": a name known by a given name in it
        for m in _POSSESSIVE_CAPS.finditer(text):
            words = m.group("name").split()
            if any(caps_name(" ".join(words[i:])) for i in range(len(words) - 1)):
                add(m.start(), m.end(), 1, "kill_ref")
    return out

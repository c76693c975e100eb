"""One event is one event: fold the sentences that tell the same event into one record.

A later sentence joins an earlier event when it names the same dead ("the murder of Rosa Gonzalez
Medrano" ... "Gonzalez Medrano was killed"), refers back to it ("the blast killed 20") or shares
its date and place, and nothing conflicts (a different day, province or perpetrator keeps them
apart). Dead a sentence adds ("a soldier was also killed") add to the toll; a killing told without
its toll takes the dead a reference near it names ("we condemn the murder of Mr. X"). The merged record keeps every sentence as evidence, the highest death toll
told (later sentences usually update the toll) and the most specific type.
Dates and places missing from a sentence fall back to the paragraph, then the dateline.
"""
from __future__ import annotations

from dataclasses import replace
import re
from datetime import date as _date, timedelta as _timedelta
from functools import lru_cache

from .. import textre
from ..knowledge.gazetteer import distance_km
from ..numbers import find_counts
from ..records import Count, Document, Event, Evidence, Location
from .context import SentenceContext
from .losses import by_side, dead_apart, joined
from .events import CAME_VERBS, PLACE_RANK, EventDraft, KillReference, opens_report, raises_toll
from .salience import LEAD_SENTENCES, is_background, salience
from .segment import live_page
from .typing import PROTEST_TYPINGS, Typing
from .victims import body_names

_WEAPON_SUBS = {"Suicide bomb": 0, "Chemical weapon": 0, "Air/drone strike": 1, "Shelling/artillery/missile attack": 1,
                "Grenade": 2, "Remote explosive/landmine/IED": 3}
# a report tells one protest's course over several sentences: the most violent conduct it supports types it
# (a crowd that turns violent makes a riot even if the police fired on it; dispersal beats a peaceful march)
_PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
                 "Violent demonstration": 3}
# a protest's conduct told in a sentence of its own, as cue lists of events.EventExtractor.protest_conduct
_CONDUCT_SUB = {"violent_protest": "Violent demonstration", "force_on_protest": "Excessive force against protesters",
                "intervention": "Protest with intervention"}
_MODALITY_RANK = {"asserted": 0, "claimed": 1, "reported": 2, "planned": 3, "hypothetical": 4, "negated": 5}
_DATELINE_END = 80
# a later part of a report that adds dead to an event ("a soldier was also killed", "two more were killed")
# a killing's own word as an event's trigger ("the murder", "this crime" is too vague)
_KILLING_TRIGGER = textre.compile(r"(?i)murder|kill|assassinat|massacre|slay|slain|execut|dead|death|died")
# the deed told before, told from its start: "The attack began on Sunday evening when a bomber blew up a car"
_DEED_BEGAN = textre.compile(r"(?i)\bthe\s+(?:[\w-]+\s+)?(?:attack|assault|siege|raid|operation|incident|fighting|violence|"
                             r"offensive)\s+(?:had\s+)?(?:began|begun|started|was\s+launched|erupted|broke\s+out)\b")
_BOTH_SIDES_FOUGHT = frozenset({"fighting", "fight", "clashes", "clash", "clashed", "fought", "battle", "battles", "gunfight",
                                "firefight", "exchange of fire", "gun battle", "skirmish", "skirmishes"})
_ONE_SIDE_ATTACKED = frozenset({"attacked", "ambushed", "stormed", "raided", "assaulted", "overran", "launched an attack"})
_MARTYRED = textre.compile(r"(?i)\b(?:martyred|embraced\s+(?:martyrdom|shahadat)|martyring)\b")
_ALSO = textre.compile(r"(?i)\b(?:also|too)\s+(?:been\s+)?(?:killed|murdered|died|slain|as?sas?sinated|executed|shot|lost)\b"
                       r"|\b(?:killed|murdered|died|slain)\s+(?:as\s+well|too)\b"
                       # "Two other militants were killed in the operation", "another soldier was killed"
                       r"|\b(?:other|another)\s+(?:[\w'-]+\s+){0,2}(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                       r"(?:killed|murdered|slain|shot\s+dead)\b")


# a sentence that opens with where it happened: "In the Kolpur area of Bolan, ...", "In Kalat, ..."
# (a "Meanwhile, in Kalat," draft is another deed already: events._ELSEWHERE_OPENING)
_PLACE_OPENING = textre.compile(r"\s*(?:In|At|Near)\s+(?:the\s+)?[A-Z][\w'-]+[^,;.]{0,50},")
_ATTACKERS_KILLED = textre.compile(r"(?i)\b(?:attackers|assailants|raiders)\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?"
                                   r"(?:killed|shot\s+dead)\b")


def _raised_high(toll: Count, claim: Count) -> Count:
    """A toll told as fact whose high figure a side's greater claim raises."""
    return Count(toll.best, toll.low, max(toll.high or toll.best, claim.high or claim.best), toll.qualifier, by=toll.by)


def _own_side(actor) -> str:
    """Without a catalog, every actor is a side of its own."""
    return actor.id


# the words that tell deaths and no deed: "Two soldiers embraced shahadat", "a sailor was martyred"
_DEATHS_ONLY = frozenset({"killed", "were killed", "was killed", "died", "dead", "martyred", "embraced shahadat",
                          "embraced martyrdom", "lost their lives", "lost his life", "lost her life", "laid down their lives",
                          "laid down his life", "paid the ultimate price", "paid the supreme price"})


def _attackers_dead(d: EventDraft, perpetrator, side, text: str = "", next_sentence: bool = False) -> bool:
    """The draft's dead are the event's attackers, told with no place or day of their own: its unnamed attackers
    ("terrorists opened fire on a post ... Troops responded and two terrorists were killed"), or a named one's
    men lost in the deed the draft refers back to ("Taliban forces killed three ISIS men in a raid ... A Taliban
    fighter was killed in the operation"; "the TTP attacked a post ... Six militants were killed in the ensuing
    clashes"): dead of their own, added to the toll, not a new perpetrator. So are a named side's deaths told in
    the very next sentence (``next_sentence``) with no deed, doer, place or day of their own: "Security forces killed
    three terrorists in an operation in Tank. Two soldiers embraced shahadat." (A named group's dead told apart
    otherwise, without referring back, may be another clash with it.)"""
    # ("Two attackers were killed": the word names the event's attackers whoever they were, as "the attackers" does)
    refers = d.anaphoric or _ATTACKERS_KILLED.search(text, d.start, d.end) is not None or \
        next_sentence and d.actor1 is None and d.trigger.lower() in _DEATHS_ONLY
    return d.actor2 is not None and perpetrator is not None and (perpetrator.sector == "UAF" or refers) and \
        d.fatalities is not None and d.place is None and d.time is None and \
        (side(d.actor2) == side(perpetrator) or refers and d.actor2.sector == "UAF" and perpetrator.kind == "armed_group") \
        and (d.actor1 is None or side(d.actor1) != side(perpetrator))


_REVISED_DOWN = textre.compile(r"(?i)\b(?:revised\s+down(?:wards?)?|lowered|corrected|reduced|fell|dropped)\s+to\b")
_BOMBERS_DEEDS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
_FIRED = textre.compile(r"(?i)\b(?:opened\s+fire|open\s+fire|opening\s+fire|fired|returned\s+fire|shot\s+at)\b")
_RECOVERED = textre.compile(r"(?i)\b(?:recover|seiz|confiscat)")
# a store of arms named by its noun, the verb elsewhere in the sentence: "A cache of arms ... was recovered"
_CACHE = textre.compile(r"(?i)(?:weapons\s+|arms\s+)?(?:cache|caches|stash|stashes|haul|depot)\b")


class _Acc:
    def __init__(self, ctx: SentenceContext, d: EventDraft):
        self.ctx, self.d = ctx, d
        self.typing = d.typing
        self.actor1, self.actor2 = d.actor1, d.actor2
        self.fat, self.inj = d.fatalities, d.injured
        self.modality, self.conf = d.modality, d.confidence
        self.place = d.place.place if d.place else None
        self.dateline = _opens_report(ctx, d)  # the place is where the report was filed, maybe not where it happened
        self.time = d.time
        self.told_on = d.told_on
        self.evidence = [Evidence(ctx.doc.id, ctx.text, ctx.start, ctx.end, d.trigger)]
        self.sent = ctx.index
        self.trigger = d.trigger
        self.fought = d.fought
        self.victims = set(d.victims)
        self.sents = [ctx.index]
        self.sums = d.sums  # a summary of several deeds (see EventDraft.sums)
        self.claimed_fat: Count | None = None  # a side's own toll, told before any toll told as fact
        self.toll_only = d.toll_only  # made of tolls alone ("The death toll rose to 20"), no deed: no event
        # the place and doer a headline gives an event the body tells without them: taken only when the body's paragraph
        # and attributions give none either (see absorb)
        self.head_place = None
        self.head_actor1 = None

    def finished_toll(self) -> Count | None:
        """The toll: the one told as fact, its high raised by a side's greater claim; else the claim."""
        if self.claimed_fat is None:
            return self.fat
        if self.fat is None:
            return self.claimed_fat
        return self.fat if self.claimed_fat.best <= self.fat.best else _raised_high(self.fat, self.claimed_fat)

    def knows(self, d: "EventDraft | KillReference") -> bool:
        """The draft's named dead are this event's: one person is killed once ("the murder of Rosa Gonzalez
        Medrano" ... "Gonzalez Medrano was killed on the night of 16 December"). A name is known when the event's
        sentences hold it, or when it is the surname of a victim of the event ("Msgr Romero")."""
        if not d.victims or not self.typing.violent or "negated" in (getattr(d, "modality", None), self.modality):
            return False
        for v in d.victims:
            if any(_same_person(v, u) for u in self.victims):
                return True
            pat = _name_pattern(v)
            if any(pat.search(e.text) for e in self.evidence):
                return True
        return False

    def compatible(self, ctx: SentenceContext, d: EventDraft, side=_own_side, headline_near: bool = False) -> bool:
        """Whether draft ``d`` tells this event. ``side(actor)`` names the side an actor fights on (a state's
        forces are the state's side: "the Taliban say they destroyed a cell" ... "Taliban special forces raided").
        ``headline_near``: ``d`` is the report's headline, taken as near to this event wherever the body tells it."""
        # sentences from the event's last one to the draft's; from the draft to the event's first for a headline, which
        # joins after the body
        gap = ctx.index - self.sent if ctx.index >= self.sents[0] else self.sents[0] - ctx.index
        if headline_near and gap > 1 and ctx.index < self.sents[0]:
            gap = 1  # (a headline sums up the whole report: as near to a deed told in its fifth paragraph as to the lead's)
        if d.sums != self.sums:
            return False  # a summary of several deeds is none of them ("nine killed in three attacks" ... "In Bannu, ...")
        bare = d.actor1 is None and d.place is None and d.time is None
        # ("... small shops were looted before the assailants withdrew", told with no doer among the raid's details)
        if (d.anaphoric and 0 < gap <= (5 if bare else 3) or gap == 1 and bare) and \
                self.typing.violent and d.typing.acled_sub_event_type == "Looting/property destruction" and \
                not {d.modality, self.modality} & {"negated", "hypothetical"}:
            # "The attackers ... burned several houses": what the attackers told of destroyed is of their deed; so is
            # what the next sentence tells destroyed by no one, nowhere and on no day of its own ("A car bomb exploded
            # near a checkpoint ... Several minibuses and shops nearby were destroyed.")
            return True
        if 0 < gap <= 2 and self.typing.violent and self.modality == d.modality and \
                d.typing.acled_sub_event_type == "Disrupted weapons use" and \
                (_RECOVERED.search(d.trigger) or _CACHE.match(d.trigger) and _RECOVERED.search(ctx.text)) and \
                d.time is None and d.place is None and (d.actor1 is None or self.actor1 is None or side(d.actor1) == side(self.actor1)):
            # "troops killed six militants. It said weapons and ammunition were recovered": what an operation took from
            # those it fought is part of it, not a seizure of its own (a bomb found and defused still is one)
            return True
        if (d.typing.acled_sub_event_type == "Mob violence") != (self.typing.acled_sub_event_type == "Mob violence") and \
                not d.anaphoric:
            return False  # "a crowd beat to death a young man" is not the troops' clash with the rebels told beside it
        protests = _is_protest(d.typing) and _is_protest(self.typing)
        territory = _is_territory(d.typing) and _is_territory(self.typing)
        if not (protests or territory) and (d.typing.violent != self.typing.violent or
                                            d.typing.plover_type != self.typing.plover_type and not d.typing.violent):
            return False
        if d.modality != self.modality and ("negated" in (d.modality, self.modality) or
                                            "hypothetical" in (d.modality, self.modality) or
                                            "planned" in (d.modality, self.modality)):
            # what did not happen, or might, or was planned, is not what did ("ISIS-K has claimed similar bombings"; "the
            # cell had planned to send two suicide bombers into Shia processions": not the raid that stopped it)
            return False
        if d.anaphoric and 0 < gap <= 2 and _same_toll(d.fatalities, self.fat) and \
                d.typing.violent and self.typing.violent:
            # "18 people were killed near X. The attack killed nine policemen and nine civilians": the same toll told
            # again of "the attack" is the same event, whatever date or place its details bring
            return True
        if 0 < gap <= 3 and d.typing.violent and self.typing.violent and d.fatalities is not None and self.fat is not None and \
                d.fatalities.best > self.fat.best and raises_toll(ctx.text) and \
                (d.place is None or self.place is None or d.place.place.country == self.place.country):
            # "Three of the wounded died in hospital on 13 September, raising the toll from this incident to nine": the
            # deed told before, its dead counted again on a later day (the day they died is not the deed's)
            return True
        if d.with_them and gap == 1 and d.typing.violent and self.typing.violent:
            return True  # "Gunmen killed X and Y." "They were killed along with 12 traders.": the same killing, told whole
        if gap == 0 and ctx.index == self.sent and d.typing.violent and self.typing.violent and d.actor1 is None and \
                not d.another and (d.place is None or self.place is None or d.place.place.id == self.place.id) and \
                (d.time is None or self.time is None or d.time.value == self.time.value) and \
                _ALSO.search(ctx.doc.text, d.start, d.end):
            return True  # "four militants were killed in the exchange of fire, and a soldier was also killed": its dead too
        if d.time is None and self.time is not None and not d.anaphoric and _other_day_told(ctx.text):
            return False  # "A drone strike near Tyre killed two men the previous day": another day, another deed
        if d.time is not None and self.time is None and ctx.doc.date and \
                is_background(d.time.value, d.time.precision, ctx.doc.date) and not self.ctx.index == 0 == ctx.index:
            # "... involved in the suicide attack on a procession in Mastung last September": a deed of months before,
            # not the undated one the report tells as news (which happened about when it was published)
            return False
        if self.time is not None and d.time is None and ctx.doc.date and \
                d.typing.acled_sub_event_type != self.typing.acled_sub_event_type and \
                is_background(self.time.value, self.time.precision, ctx.doc.date) and \
                not (d.anaphoric and d.modality == "claimed"):  # ("The BLA had claimed the bombing": that bombing)
            # ... nor is an undated deed of another kind told after it ("during the intense exchange of fire, a soldier
            # embraced shahadat" is the news's fight, not last September's suicide attack)
            return False
        if d.time is not None and self.time is not None and d.time.value != self.time.value and \
                not _overlap(d.time, self.time) and \
                not (d.anaphoric and 0 < gap <= 2 and _next_day(d.time, self.time) and
                     (d.typing.acled_event_type == self.typing.acled_event_type or _DEED_BEGAN.search(ctx.text))):
            # ("in April 2015" and "on 18 April 2015" can be one event; so can a siege that ended on Monday and
            # "the attack", which began on Sunday evening; not a kidnapping on Tuesday and troops who "clashed with
            # the assailants on Wednesday")
            return False
        p = d.place.place if d.place else None
        if p is not None and self.place is not None and p.admin1 != self.place.admin1 and p.country == self.place.country \
                and p.kind != "country" and self.place.kind != "country" and not (self.dateline and d.anaphoric) and \
                p.admin1 is not None and self.place.admin1 is not None:  # (a village placed only in its country: unknown)
            # another province, another deed; but "the bomb" told after an event placed only by the dateline is
            # that event, told where it happened (the report may be filed far away)
            return False
        if p is not None and self.place is not None and p.admin2 and self.place.admin2 and p.admin2 != self.place.admin2 and \
                p.admin1 == self.place.admin1 and not d.anaphoric and not self.dateline and not _opens_report(ctx, d) and \
                not _is_headline(self.ctx):  # (a headline may name the district loosely)
            return False  # "In Bannu, a grenade was thrown ..." after an ambush in Lakki Marwat: another district, another deed
        if p is not None and self.place is not None and _far_apart(p, self.place) and \
                not self.dateline and not _opens_report(ctx, d) and not (headline_near and p.admin1 == self.place.admin1):
            # two towns a day's drive apart: two events, even without provinces to compare (but a headline names the
            # province loosely: "Bandits abduct 35 in Katsina village" over "stormed Kadisau village ... of Katsina State")
            return False
        if p is not None and self.place is not None and p.country != self.place.country and \
                not (d.anaphoric and p.kind == "country"):  # "the attack ... expel Uyghurs to China" still refers back
            return False
        if territory:
            # "Rebels took control of the village. They seized it after the army withdrew.": one change of hands
            # (the side that withdrew is the actor of a withdrawal, the side that took over that of a capture)
            return 0 < gap <= 2 and (d.actor1 is None or self.actor1 is None or
                                                       side(d.actor1) == side(self.actor1) or "UAF" in (d.actor1.sector, self.actor1.sector)
                                                       or "RETREAT" in (d.typing.plover_type, self.typing.plover_type))
        if protests:
            # the same demonstration told again, its conduct in another sentence: "Thousands marched on the
            # ministry. Some threw stones at the police." (a different town or day is another protest, above; so is one
            # told as another: "A few hundred metres away, thousands continued their sit-in")
            return 0 < gap <= 3 and not d.another
        # "Taliban fighters fought the attackers and killed all three": those who fought back, right after the attack,
        # against its unnamed attackers, tell the same event
        # (or in the same sentence as what the event took from it: "seven soldiers were killed in the exchange of fire
        # and six attackers were also killed as troops repelled the assault")
        response = (d.fights_back or _attackers_dead(d, self.actor1, side, ctx.doc.text, ctx.index == self.sent + 1)) and \
            0 <= gap <= 2 and \
            self.typing.violent and d.typing.violent
        if d.actor1 is not None and self.actor1 is not None and side(d.actor1) != side(self.actor1) and \
                "UAF" not in (d.actor1.sector, self.actor1.sector) and not response and \
                not (d.anaphoric and d.refers == "fight" and d.fatalities is not None) and not (
                    # "Fighting between Taliban forces and the NRF flared in Khenj" ... "NRF fighters attacked Taliban
                    # positions in Khenj": one fight told from either side
                    d.typing.acled_event_type == self.typing.acled_event_type == "Battles" and
                    d.actor2 is not None and self.actor2 is not None and
                    {side(d.actor1), side(d.actor2)} == {side(self.actor1), side(self.actor2)}):  # "the bomber" may be the group named before
            return False
        if d.another and not ((d.time is None and self.time is None or
                               d.time is not None and self.time is not None and d.time.value == self.time.value) and
                              p is not None and self.place is not None and p.id == self.place.id and
                              d.fatalities is not None and _same_toll(d.fatalities, self.fat)):
            # "the raid came hours after a bomb exploded": not the event told before (but "In a separate incident,
            # gunmen ... killing both [policemen in Turbat]" after a recap's "Separately, two policemen were shot dead in
            # Turbat" is the one the recap told: the same day, place and toll)
            return False
        if response and gap == 0 and d.anaphoric:
            return True  # (the attackers' dead told in the sentence that refers back to the deed)
        if d.anaphoric and 0 < gap <= 6 and (_may_refer_to(d.typing, self.typing) or _refers(d.refers, self.typing)):
            return True
        if d.anaphoric and d.refers == "fight" and 0 < gap <= 2 and _is_territory(self.typing) and self.fought and \
                d.fatalities is not None and d.time is None:
            # "Taliban fighters overran the district centre after a two-day siege ... At least eight policemen were killed
            # in the fighting for the compound": the dead of the fight that took it
            return True
        if _bare_toll(d) and 0 < gap <= 6 and self.typing.violent and not _is_territory(self.typing) and \
                not (live_page(ctx.doc.text) and _tolls_apart(d.fatalities, self.fat)):
            # (on a live page the entry before may tell another story: not one whose toll is far from this one)
            # "By Sunday the siege was over. The health minister said 21 people had died": a toll that tells no
            # deed, doer, place or day of its own is the report's latest toll of the violence it told just before
            return True
        same_when = d.time is not None and self.time is not None and d.time.value == self.time.value
        same_where = p is not None and self.place is not None and p.id == self.place.id
        if same_when and same_where:
            return True
        # nearby sentences about a violent act with nothing that tells them apart (a headline and its lead,
        # a toll told twice): no conflicting date, province or perpetrator was found above
        near = 0 < gap <= 2
        if not near and gap > 0 and live_page(ctx.doc.text) and d.typing.violent and self.typing.violent and \
                (d.time is None or self.time is None or d.time.value == self.time.value) and \
                (d.typing.acled_sub_event_type == self.typing.acled_sub_event_type and
                 (p is not None and self.place is not None and (_holds(self.place, p) or _holds(p, self.place)) or
                  p is None and d.anaphoric) or
                 d.typing.acled_event_type == self.typing.acled_event_type == "Explosions/Remote violence" and
                 p is not None and self.place is not None and p.id == self.place.id or
                 _bare_toll(d) and (p is None or self.place is None or _holds(self.place, p) or _holds(p, self.place))) and \
                not _tolls_apart(d.fatalities, self.fat):
            # (nor tolls too far apart to be one deed's: "two policemen were shot dead in Turbat" is not the blast's 20)
            # a live page tells one story in entries, newest first, each far from the others: a deed of the same kind in
            # the same place, or a toll or a reference to a deed told with no place of its own, is the story the entries
            # before told ("18:05 A quick recap: a suicide bombing at Quetta railway station ... 14:40 the death toll has
            # risen to 26 ... 09:20 A powerful explosion ripped through the main platform of Quetta railway station")
            near = True
        if near and d.typing.violent and self.typing.violent and _kindred(d.typing, self.typing) and \
                not (d.anaphoric and _is_territory(self.typing) and not _is_territory(d.typing)) and \
                not (not d.anaphoric and _disputed_next(self, ctx)) and \
                not (d.place is not None and not d.anaphoric and ctx.paragraph != self.ctx.paragraph and
                     self.place is not None and not _holds(self.place, d.place.place) and _PLACE_OPENING.match(ctx.text)):
            # (not near a side's claim the next sentence disputes, which closes it: "the BLA claimed its fighters had
            # killed more than 100 personnel. Government officials rejected this claim. In Bolan, an explosion ..."; not a
            # paragraph that opens by naming another place it turns to: "QUETTA: ... In Kalat, attackers ...";
            # but "KYIV — ... killing three people in the capital. In Kyiv, a missile slammed into ..." tells the lead's)
            # ("the attack" names no town taken; fighting told beside a capture without referring back may be its fight)
            bounded = d.fatalities is not None and self.fat is not None and \
                d.fatalities.high is not None and self.fat.high is not None  # "dozens", "more than 100" are floors
            if bounded and d.fatalities.best > self.fat.best * 3 + 5:
                return False
            return True
        if d.typing.violent and self.typing.violent and _same_toll(d.fatalities, self.fat) and \
                d.fatalities.high == self.fat.high and 0 < gap <= 8 and _kindred(d.typing, self.typing):
            # the same toll told again further on ("I repeat: three persons have been killed inside the airport"),
            # with no date, place or perpetrator above to tell the two apart
            return True
        if near and not d.typing.violent and d.typing == self.typing and (
                d.actor1 is not None and self.actor1 is not None and
                (side(d.actor1) == side(self.actor1) or "UAF" in (d.actor1.sector, self.actor1.sector)) or
                d.actor1 is None and self.actor1 is None and d.typing.acled_sub_event_type == "Arrests"):
            # a headline and its lead about one act of the same actor ("fighters surrender" ... "had surrendered"; "ISIS-K
            # militants surrender" ... "the militants handed themselves over"); arrests told again with no one named as
            # their doer ("police said they had foiled a plot after arresting three suspects. The suspects were arrested
            # on Wednesday"): no other date or place was told above
            return True
        return False

    def absorb(self, ctx: SentenceContext, d: EventDraft, side=_own_side) -> None:
        # those who fought back, or the attackers' own dead: neither perpetrator nor target, their dead add (not when
        # the dead are the event's own target told again: "security forces killed six terrorists" ... "own troops
        # engaged the terrorists' location and six terrorists were sent to hell")
        # a headline tells in few words what the body tells whole: it fills what the body leaves out, and changes nothing
        # the body tells ("Eight khwarij killed in North Waziristan, two soldiers embrace shahadat in Tank": the eight
        # killed in Datta Khel, and the soldiers are another event's)
        head = ctx.index < self.sents[0] and _is_headline(ctx)
        fought_back = (d.fights_back or _attackers_dead(d, self.actor1, side, ctx.doc.text, ctx.index == self.sent + 1)) and not (
            d.actor2 is not None and self.actor2 is not None and d.actor2.id == self.actor2.id and
            _same_toll(d.fatalities, self.fat))
        if _is_protest(d.typing) and _is_protest(self.typing):
            if _PROTEST_RANK[d.typing.acled_sub_event_type] > _PROTEST_RANK[self.typing.acled_sub_event_type]:
                self.typing = d.typing
        elif _is_territory(d.typing) and _is_territory(self.typing):
            # a withdrawal or handover told of a capture makes it a non-violent transfer, unless someone fought for it
            nvt = [t for t in (self.typing, d.typing) if t.acled_event_type == "Strategic developments"]
            battle = [t for t in (self.typing, d.typing) if t.acled_event_type == "Battles"]
            self.typing = (battle or nvt)[0] if (self.fought or d.fought) else (nvt or battle)[0]
        elif _WEAPON_SUBS.get(d.typing.acled_sub_event_type, 9) < _WEAPON_SUBS.get(self.typing.acled_sub_event_type, 9) and \
                not (d.typing.acled_sub_event_type == "Grenade" and self.typing.acled_sub_event_type == "Armed clash" and
                     _GUNFIGHT.search(ctx.text)):
            # (not grenades thrown in a gunfight: "attacked the police station with hand grenades and small arms ... a
            # two-hour exchange of fire" is the clash it was)
            self.typing = d.typing
        elif self.trigger == "bodies found" and d.typing.acled_sub_event_type == _ABDUCTION:
            self.typing = d.typing  # the bodies found end an abduction told of them (see _fold_found_abducted)
        elif self.typing.acled_event_type == "Violence against civilians" and d.typing.acled_event_type == "Battles" \
                and d.typing.acled_sub_event_type == "Armed clash" and \
                ("clash" in (d.trigger or "") or (d.trigger or "").lower() in _BOTH_SIDES_FOUGHT):
            # (so does "the exchange of fire" the armed men a raid struck fought back in)
            self.typing = d.typing
        # a state's forces that fired during a bombing no one is named for fired at the bomber ("He blew himself up when
        # officers opened fire"): responders, not the bombers
        responders = d.actor1 is not None and d.actor1.kind == "state" and \
            self.typing.acled_sub_event_type in _BOMBERS_DEEDS and _FIRED.search(ctx.doc.text, d.start, d.end) is not None
        if head and (self.actor1 is None or self.actor1.sector == "UAF"):
            self.head_actor1 = self.head_actor1 or d.actor1
        elif not fought_back and not responders and (self.actor1 is None or (self.actor1.sector == "UAF" and d.actor1 is not None)):
            self.actor1 = d.actor1 or self.actor1  # a named perpetrator replaces "unidentified gunmen" (not those who fought them)
        elif (self.trigger or "").lower() in _BOTH_SIDES_FOUGHT and (d.trigger or "").lower() in _ONE_SIDE_ATTACKED and \
                d.actor1 is not None and d.actor2 is not None and self.actor2 is not None and \
                d.actor1.id == self.actor2.id and d.actor2.id == self.actor1.id:
            # "Fighting between Taliban forces and the NRF flared" ... "NRF fighters attacked Taliban positions": who
            # opened the fight is its first actor
            self.actor1, self.actor2 = d.actor1, d.actor2
        if not fought_back:
            self.actor2 = self.actor2 or d.actor2  # (those who fought back are no target of the attack)
        if self.actor1 is not None and self.actor2 is not None and self.actor1.id == self.actor2.id:
            self.actor2 = None  # one side is never both sides
        self.toll_only = self.toll_only and d.toll_only
        known = self.knows(d)
        self.victims.update(d.victims)
        # the attackers killed by those who fought back are dead of their own, not the victims told again
        if self.modality == "claimed" and d.modality == "asserted" and self.fat is not None and self.claimed_fat is None:
            # a side's claim told first, then the deed as fact: the claim's toll raises the high only ("the BLA claimed its
            # fighters had killed more than 100 personnel ... an explosion destroyed part of the bridge; no one was hurt")
            self.claimed_fat, self.fat = self.fat, None
        if head and self.fat is not None:
            pass
        elif d.fatalities and self.fat is None and d.modality == "claimed" and self.modality != "claimed":
            # "JNIM said it had killed more than 200 soldiers; the figure could not be verified": a side's own toll
            # stands only until a toll told as fact comes (then it raises the high figure; see finished_toll)
            self.claimed_fat = d.fatalities if self.claimed_fat is None or d.fatalities.best > self.claimed_fat.best \
                else self.claimed_fat
        elif d.fatalities and self.fat is not None and not known and not (
                fought_back and _attackers_told(self, d.fatalities.best, ctx.start)) and \
                "toll" not in (d.trigger or "").lower() and (  # ("the death toll had risen to 37, a figure that includes
                # the bomber and three gunmen shot dead by security forces": the whole toll again, not more dead)
                fought_back or _ALSO.search(ctx.doc.text, d.start, d.end) or
                # "six khwarij were sent to hell ... two brave sons of soil ... embraced shahadat": the forces' own dead
                # are told apart from the enemy's, as martyrs
                _MARTYRED.search(ctx.doc.text, d.start, d.end) and not _MARTYRED.search(self.ctx.text)):
            self.fat = _add(self.fat, d.fatalities)  # "... and a soldier was also killed": more dead of the same event
        elif d.fatalities and self.fat is not None and d.fatalities.best > self.fat.best and \
                d.modality == "claimed" and self.modality != "claimed":
            # "saying seven Taliban were killed, a claim the Taliban rejected": a side's claim raises the high
            # figure, not the best of those told as fact
            self.fat = _raised_high(self.fat, d.fatalities)
        elif d.fatalities and (self.fat is None or d.fatalities.best > self.fat.best or
                               d.toll_only and _REVISED_DOWN.search(ctx.text, d.start - ctx.start if d.start >= ctx.start else 0)):
            self.fat = d.fatalities  # (the highest toll told, or a later one told as a correction: "revised downward to 31")
        if d.injured and (self.inj is None or d.injured.best > self.inj.best):
            self.inj = d.injured
        if _MODALITY_RANK[d.modality] < _MODALITY_RANK[self.modality]:
            self.modality = d.modality
        self.conf = min(0.99, max(self.conf, d.confidence) + 0.05)
        if head and self.place is None:
            self.head_place = self.head_place or (d.place.place if d.place else None)
        elif self.place is None and d.place is not None or \
                d.place is not None and (_rank(d.place.place) < _rank(self.place) and not head or self.dateline):
            # a place told of the event beats the dateline (a village placed only in its country takes the unit the
            # event was placed in before: "a village in the northwestern Sagaing Region ... Kyauk Ye village")
            unit = self.place if self.place is not None and not self.dateline else None
            self.place, self.dateline = _in_unit(d.place.place, unit), _opens_report(ctx, d)
        elif d.place is not None and self.place is not None:
            self.place = _in_unit(self.place, d.place.place)
        if self.time is None or (d.time is not None and _prec_rank(d.time.precision) < _prec_rank(self.time.precision)):
            self.time = d.time or self.time
        self.told_on = self.told_on or d.told_on
        self.evidence.append(Evidence(ctx.doc.id, ctx.text, ctx.start, ctx.end, d.trigger))
        self.sent = max(self.sent, ctx.index)  # (the last sentence told of it: a headline joins after the body)
        self.fought = self.fought or d.fought
        self.sents.append(ctx.index)


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory"})


def _is_territory(t) -> bool:
    """Territory changing hands, by fighting or not."""
    return t.acled_sub_event_type in _TERRITORY


@lru_cache(maxsize=512)
def _name_pattern(name: str) -> textre.Regex:
    """Two words of a victim's name together in a text ("Carlos Pizarro's" for "carlos pizarro leongomez"),
    or the one word of a surname told alone."""
    words = name.split()
    pairs = [words[i: i + 2] for i in range(len(words) - 1)] or [words]
    return textre.compile(r"(?i)(?<![\w'-])(?:" + "|".join(r"\s+".join(map(re.escape, p)) for p in pairs) + r")(?![\w-])")


def _same_person(a: str, b: str) -> bool:
    """Two victim names of one person: "romero" and "oscar arnulfo romero" (a surname alone), or two names that
    share two words in a row ("carlos pizarro" and "carlos pizarro leongomez"); "maria lopez" is not "juan lopez"."""
    wa, wb = a.split(), b.split()
    if len(wa) == 1 or len(wb) == 1:
        return wa[-1] in wb or wb[-1] in wa
    pa = {tuple(wa[i: i + 2]) for i in range(len(wa) - 1)}
    return any(tuple(wb[i: i + 2]) in pa for i in range(len(wb) - 1))


def _add(a: Count, b: Count) -> Count:
    """Two tolls of different people in one event."""
    high = None if a.high is None or b.high is None else a.high + b.high
    return Count(best=a.best + b.best, low=a.low + b.low, high=high, by=joined([a, b]))


_GENERIC_DEEDS = frozenset({"Attack", "Armed clash"})


def _may_refer_to(ref, t) -> bool:
    """Whether a phrase that refers back ("the bombing", "the attack") can name an event typed ``t``: a
    specific deed names one of its own kind ("the bombing" is not the town taken the week before), a
    generic one ("the attack", "the assault") any act of violence."""
    if _is_territory(t) and not _is_territory(ref):
        return False  # "the attack" does not name a town taken (the fighting told beside a capture may be its own)
    if ref.acled_event_type == t.acled_event_type:
        return True
    return ref.acled_sub_event_type in _GENERIC_DEEDS and t.violent and not _is_territory(t)


def _refers(refers: str, t) -> bool:
    """Whether a reference by a word that names no kind of deed (EventDraft.refers) can name an event typed ``t``:
    "the attack" any violence (not a town taken), "the exchange of fire" the fighting of a battle or of an armed
    attack opened with rockets or bombs."""
    if not refers or not t.violent or _is_territory(t):
        return False
    return refers == "any" or t.acled_event_type in ("Battles", "Explosions/Remote violence")


def _kindred(a, b) -> bool:
    """Two deeds either of which may name the other (see _may_refer_to)."""
    return _may_refer_to(a, b) or _may_refer_to(b, a)


# the words of a death told without a deed ("21 people had died", "the death toll rose to 30")
_DEATH_WORDS = frozenset({"died", "had died", "have died", "dead", "were killed", "had been killed", "have been killed",
                          "killed", "death toll", "toll", "lost their lives", "perished"})


def _bare_toll(d: EventDraft) -> bool:
    """A draft that gives only a number of dead: no doer, place or time of its own, and a death word as trigger."""
    return d.fatalities is not None and d.actor1 is None and d.place is None and d.time is None and not d.sums and \
        not d.another and d.modality not in ("negated", "hypothetical") and (d.trigger or "").lower() in _DEATH_WORDS


def _same_toll(a: Count | None, b: Count | None) -> bool:
    """The same number of dead, more than one, told twice: one toll, most likely of one event."""
    return a is not None and b is not None and a.best == b.best > 1


def _is_protest(t) -> bool:
    """A demonstration of any conduct (not mob violence, which has no demonstration behind it)."""
    return t.acled_sub_event_type in _PROTEST_RANK


def _is_headline(ctx: SentenceContext) -> bool:
    """In the report's first line, a headline: no stop at its end, a line break after it (a headline of two stories
    is two sentences: "Russian missiles kill 20 in Odesa; drones hit Kharkiv overnight"). (Below a paper's name in
    capitals over it: "NORTHERN TRIBUNE".)"""
    text = ctx.doc.text
    start = 0
    if (m := _MASTHEAD.match(text)) is not None and not text.isupper():
        start = m.end()
    end = text.find("\n", start)
    if end < 0 or ctx.end > end or ctx.start < start:
        return False  # (a sentence that runs on past the first line is hard-wrapped copy's first sentence)
    line = text[start:end].rstrip()
    return bool(line) and not line.rstrip("\"'”’)").endswith((".", "!", "?"))


# a paper's or a desk's name in capitals on a line of its own over the headline
_MASTHEAD = textre.compile(r"[ \t]*(?:THE[ \t]+)?[A-Z][A-Z&'.-]+(?:[ \t]+[A-Z][A-Z&'.-]+){0,3}[ \t]*\n\s*")


def _drop_headline_copies(accs: list["_Acc"]) -> list["_Acc"]:
    """A headline tells in few words an event the report then tells whole: a headline's event that no sentence of the
    body joined, where the body tells events of the same kind (violent or not), is a worse copy of one of them (a
    headline's "dozens" for the body's 27, its two clauses fused: "RSF shelling kills dozens in El Fasher as army air
    raids hit Nyala"), and goes, leaving its place to the one such event placed nowhere."""
    heads = [a for a in accs if len(a.sents) == 1 and _is_headline(a.ctx)]
    if not heads:
        return accs
    body = {a.typing.violent for a in accs if a not in heads}
    for h in heads:
        # (the one event of its kind the body tells, placed nowhere, is where the headline says: "LIVE: Attack on
        # government compound in Kabul" over a liveblog whose entries name no town)
        told = [a for a in accs if a not in heads and a.typing.violent == h.typing.violent]
        if h.place is not None and len(told) == 1 and told[0].place is None:
            told[0].place = h.place
    return [a for a in accs if not (a in heads and a.typing.violent in body)]


def _opens_report(ctx: SentenceContext, d: EventDraft) -> bool:
    """The draft's place is the dateline's ("Lima, 31 Oct 88 (EFE) -- ..."): the first words of the report."""
    return d.place is not None and opens_report(ctx, d.place)


_POINT_KINDS = frozenset({"site", "town", "city"})
_FAR_KM = 50.0


# "Armenia denied the claim.", "The army rejected the reports as propaganda.": a party disputes what was just told
DISPUTE = textre.compile(r"(?i)\W*(?:[\w'-]+\s+){1,6}?(?P<verb>denied|denies|rejected|rejects|dismissed|dismisses|refuted|"
                         r"refutes)\s+(?:the|this|these|that|those|such)\s+(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|"
                         r"accusations?|account|version)\b")
DISPUTE_WORDS = ("denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes")


def _disputed_next(acc: "_Acc", ctx: SentenceContext) -> bool:
    """Whether the sentence right after the event's last one disputes it, and the draft's sentence comes after that."""
    end = max(e.end for e in acc.evidence)
    if ctx.start <= end or not textre.may_hold(textre.ascii_lower(ctx.doc.text[end: ctx.start]), DISPUTE_WORDS):
        return False
    return DISPUTE.match(ctx.doc.text, end, ctx.start) is not None


_GUNFIGHT = textre.compile(r"(?i)\b(?:small\s+arms|rifles?|exchange\s+of\s+fire|gunfight|gun\s+battle|firefight|returned\s+fire)\b")
_ATTACKERS_NOUN = textre.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:attackers|assailants|militants|terrorists|gunmen|insurgents|"
                                 r"khwarij|raiders|fighters)\b")


def _attackers_told(acc: "_Acc", n: int, sentence: int) -> bool:
    """Whether the event's sentences other than the one at ``sentence`` already count ``n`` attackers dead ("two
    policemen were martyred and three attackers killed ... three militants were killed": the same three)."""
    for ev in acc.evidence:
        if ev.start == sentence:
            continue
        for s, e, c in find_counts(ev.text):
            if c.best == n and _ATTACKERS_NOUN.match(ev.text, e):
                return True
    return False


def _holds(a, b) -> bool:
    """Whether place ``a`` is place ``b`` or holds it (its province or country)."""
    return a.id == b.id or a.kind == "country" and a.country == b.country or \
        a.kind == "admin1" and a.country == b.country and a.admin1 == b.admin1 or \
        a.kind == "admin2" and a.country == b.country and a.admin2 is not None and a.admin2 == b.admin2


def _tolls_apart(a: Count | None, b: Count | None) -> bool:
    """Two tolls too far apart to be one deed's (one more than three times the other and five): "two policemen were
    shot dead in Turbat" is not the blast's 20."""
    return a is not None and b is not None and max(a.best, b.best) > min(a.best, b.best) * 3 + 5


def _in_unit(village, unit):
    """``village`` placed in ``unit`` when it is a settlement the gazetteer does not hold, placed only in its country,
    and ``unit`` is a province, district or town of that country; else ``village``."""
    if village.approx != "country" or unit is None or unit.kind == "country" or unit.country != village.country:
        return village
    return unit.within_unit(village.name)


def _far_apart(a, b) -> bool:
    """Two towns or cities more than ``_FAR_KM`` apart (great-circle distance). A province or a country holds
    many towns, so only places of point kinds are compared."""
    if a.kind not in _POINT_KINDS or b.kind not in _POINT_KINDS or a.approx in ("admin1", "country") or \
            b.approx in ("admin1", "country"):
        return False
    d = distance_km(a, b)
    # (a village placed in a district or by a town has that one's coordinates: it lies within another such distance)
    return d is not None and d > _FAR_KM * (1.5 if a.approx or b.approx else 1)


def _next_day(a, b) -> bool:
    """Two days next to each other (a deed that went on overnight is told on both)."""
    if a.precision != "day" or b.precision != "day":
        return False
    try:
        return abs((_date.fromisoformat(a.value) - _date.fromisoformat(b.value)).days) == 1
    except ValueError:
        return False


def _overlap(a, b) -> bool:
    """Two times whose periods overlap ("April 2015" holds "18 April 2015")."""
    pa, pb = getattr(a, "period", None), getattr(b, "period", None)
    return bool(pa and pb and pa[0] <= pb[1] and pb[0] <= pa[1])


def _rank(p) -> int:
    return PLACE_RANK.get(getattr(p, "kind", None), 4)


def _prec_rank(p: str) -> int:
    return {"day": 0, "week": 1, "month": 2, "year": 3}.get(p, 4)


def _dateline_place(ctxs: list[SentenceContext]):
    if not ctxs:
        return None
    text = ctxs[0].doc.text
    for p in ctxs[0].places:
        # "KABUL, Oct 4 —", "Lima, 2 Oct 88 (AFP) --": the place opens the report and a date or source follows
        if p.start < _DATELINE_END and not text[:p.start].strip() and re.match(r"\s*(?:,|\(|—|–|-)", text[p.end: p.end + 4]):
            return p.place
    return None


_N_DAYS = r"(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>later|earlier|(?:after|before)\s+(?:the|this|that)\s)"
_RELATIVE_DAY = r"(?P<rel>next|following|previous|preceding)\s+(?:day|evening|night|morning|afternoon)"
_SAME_DAY = r"(?:later\s+|on\s+|earlier\s+)?(?:that|the\s+same)\s+day"
_DAYS_FROM_BEFORE = textre.compile(r"(?i)\s*(?:" + _N_DAYS + r"|(?:the\s+)?" + _RELATIVE_DAY + r"|(?P<same>(?:a\s+few\s+|several\s+|"
                                   r"two\s+|three\s+)?hours\s+(?:later|earlier|before|after\s+(?:the|this|that)\s)|" + _SAME_DAY + r"))")
# the same, told anywhere in a sentence with no date of its own ("... killed two men the previous day")
_DAYS_TOLD = textre.compile(r"(?i)\b(?:" + _N_DAYS + r"|the\s+" + _RELATIVE_DAY + r"|(?P<same>" + _SAME_DAY + r"))\b")
_CAME_DAYS_AFTER = textre.compile(r"(?i)(?:\b" + CAME_VERBS + r"|,)\s+(?:just\s+|only\s+|exactly\s+|barely\s+)?"
                                  r"(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b")
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _other_day_told(text: str) -> bool:
    """Whether a sentence with no date of its own tells its deed as on another day than the one before ("the previous
    day", "two days later")."""
    m = _DAYS_FROM_BEFORE.match(text) or _DAYS_TOLD.search(text)
    return m is not None and not m.group("same")


def _days_from_before(acc: "_Acc") -> int | None:
    """The days between the event told before and this one, when the sentence that first tells it opens with them
    ("Two days later, ...", "The next day, ...") and gives no other date; or tells it as the deed the event before
    came after ("The attack came a week after gunmen shot dead a Taliban official": a week before it); or, giving no
    date of its own, tells them anywhere ("a drone strike on a car near Tyre killed two men the previous day")."""
    m = _DAYS_FROM_BEFORE.match(acc.ctx.text)
    if m is None and acc.time is None:
        at = acc.ctx.text.lower().find(acc.d.trigger.lower())  # (the deed's word: after "came ... after")
        c = _CAME_DAYS_AFTER.search(acc.ctx.text, 0, at) if at > 0 else None
        if c is not None:
            n = c.group("n").lower()
            days = (int(n) if n.isdigit() else _SMALL_NUMBERS.get(n, 0)) * (7 if c.group("unit").lower().startswith("week") else 1)
            return -days if c.group("dir").lower() == "after" else days
        m = _DAYS_TOLD.search(acc.ctx.text)
    if m is None or acc.time is not None and acc.time.text.lower() not in m.group(0).lower():
        return None
    if m.group("same"):
        return 0  # "Hours later, African Union troops clashed with al-Shabab": the day of the event before
    if m.group("rel"):
        return -1 if m.group("rel").lower() in ("previous", "preceding") else 1
    n = m.group("n").lower()
    days = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
    return days if m.group("dir").lower().startswith(("later", "after")) else -days


_LEAD_DAYS = 2  # how many days before publication the news a report leads with may be


def _lead_day(events: list[Event], published: str) -> str | None:
    """The day of the report's first event, when it is the news of the days just before publication."""
    if not events or events[0].date_precision != "day":
        return None
    try:
        days = (_date.fromisoformat(published[:10]) - _date.fromisoformat(events[0].date[:10])).days
    except ValueError:
        return None
    return events[0].date[:10] if 0 <= days <= _LEAD_DAYS else None


def _dateline_date(ctxs: list[SentenceContext]) -> str | None:
    """The date a report gives in its dateline ("Lima, 2 Oct 88 (AFP) --"), for reports without a publication date."""
    if not ctxs:
        return None
    for t in ctxs[0].times:
        if t.start < _DATELINE_END and t.kind == "point" and t.precision == "day":
            return t.value
    return None


# "the police attributed the attack to X", "blamed it on X", "X was blamed", "X was behind the attack"
# "..., who are presumably members of the Maoist X", "I directly accuse the X", "blamed insurgents of the X", "carried out
# by members of X"
_ATTRIBUTED_BEFORE = textre.compile(r"(?i)\b(?:attribut\w*|blam\w*|pinned)\b[^.;]{0,60}?\b(?:to|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
                                    r"\b(?:who|which)\s+(?:are|were|is|was)\s+(?:\w+ly\s+|believed\s+to\s+be\s+|said\s+to\s+be\s+)?"
                                    r"(?:members|militants|guerrillas|terrorists|fighters|commandos|part)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                                    r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:\w+ly\s+)?(?:the\s+)?"
                                    r"(?:(?:members|militants|insurgents|rebels|guerrillas|terrorists|fighters|gunmen|commandos|cadres)\s+"
                                    r"(?:of|from|belonging\s+to)\s+(?:the\s+)?)?$|"
                                    r"\b(?:carried\s+out|perpetrated|committed|claimed)\s+(?:[^.;]{0,30}?\s)?by\s+(?:the\s+)?"
                                    r"(?:(?:members|militants|guerrillas|terrorists|commandos)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}$")
# a sentence that refers back to a deed ("the sabotage", "this attack"): attribution in it may follow a new paragraph
_REFERS_BACK = textre.compile(r"(?i)\b(?:the|this|that|these|such|both)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|sabotage|explosions?|blasts?|"
                              r"massacre|murders?|killings?|as?sas?sinations?|kidnapping|abduction|crimes?|actions?|incidents?)\b|"
                              r"\bresponsib\w*\s+for\b|"
                              # "The Islamic State Khorasan group claimed responsibility on Friday": a claim with no object
                              r"\b(?:claimed|claims|claiming|took|accepted)\s+(?:\w+ly\s+)?responsibility\b")
_DENIED_AFTER = textre.compile(r"(?i)\s*,?\s*(?:who|which)\s+(?:\w+ly\s+)?(?:denied|denies|deny|rejected|rejects|has\s+denied|have\s+denied)\b")
_BLAMED_AFTER = textre.compile(r"(?i)^[\"”’']?\s*(?:,[^,]{0,80},\s*)?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                               r"(?:blamed|held\s+responsible|responsible|behind\s+(?:the|this|it))\b")


# "The Islamic State group claimed responsibility for the killings": a claim told in a sentence of its own
# ("claimed responsibility", "claimed Thursday's attack"; after the aside the name closes: "known as Islamic State
# Khorasan, claimed")
_CLAIMED_AFTER = textre.compile(r"(?i)^(?:\s*\([^()]{1,15}\))?(?:\s+(?:group|movement|militants|fighters|organi[sz]ation|faction))?\s*,?\s*(?:,[^,]{0,80},\s*)?"
                                r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:(?:claimed|claims|claiming|took|takes|accepted)\s+"
                                r"(?:responsibility|credit)\b|(?:claimed|claims|claiming)\s+(?:the|this|that|both|the\s+two|[A-Z][a-z]+day's|"
                                r"yesterday's|today's)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|assault|killing|ambush|raid)s?\b)")


def _attributed(acc: "_Acc", ctxs: list[SentenceContext]):
    """An armed group the report names as the perpetrator in or just after the event's sentences."""
    last = acc.sent
    for ctx in ctxs[acc.ctx.index: last + 3]:
        if ctx.paragraph != acc.ctx.paragraph and ctx.index > last and not _REFERS_BACK.search(ctx.text):
            break
        text = ctx.doc.text
        for a in ctx.actors:
            if a.generic or a.metonym or a.ref.kind != "armed_group":
                continue
            if (_ATTRIBUTED_BEFORE.search(text[max(0, a.start - 90): a.start]) or _BLAMED_AFTER.match(text[a.end: a.end + 60])
                    or _CLAIMED_AFTER.match(text[a.end: a.end + 80])) and not _DENIED_AFTER.match(text, a.end):
                return a.ref  # (not one that denies it: "the government blamed the Taliban, who denied involvement")
    return None


def _protest_course(acc: _Acc, ctxs: list[SentenceContext], taken: set[int], conduct) -> None:
    """Raise a protest's type by the conduct the next sentences tell with no protest of their own ("Thousands
    marched on the ministry. Police fired tear gas to disperse them."): the most violent conduct wins. A sentence
    that tells a protest of its own (``taken``) or a new paragraph ends the protest's course."""
    for ctx in ctxs[acc.sent + 1: acc.sent + 3]:
        if ctx.index in taken or ctx.paragraph != acc.ctx.paragraph:
            break
        for cue in conduct(ctx.text):
            sub = _CONDUCT_SUB[cue]
            if _PROTEST_RANK[sub] > _PROTEST_RANK[acc.typing.acled_sub_event_type]:
                acc.typing = PROTEST_TYPINGS[sub]


_TAKEN_BY_FIGHTING = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
_NO_FIGHT = textre.compile(r"(?i)\b(?:no\s+shots?\s+(?:were|was|had\s+been)\s+fired|without\s+(?:a\s+|any\s+)?(?:fight|resistance)|"
                           r"without\s+firing\s+a\s+(?:single\s+)?shot|(?:there\s+was|met|faced|offered)\s+no\s+resistance|"
                           r"unopposed|(?:just|simply)\s+walked\s+in)\b")
_NON_VIOLENT_TRANSFER = Typing("COERCE", "seize", "Strategic developments", "Non-violent transfer of territory", False)


def _taken_without_a_fight(acc: _Acc, ctxs: list[SentenceContext], drafted: set[int]) -> None:
    """A place taken, then told to have changed hands without a fight in the next sentences that tell no deed of their
    own (not in ``drafted``): "The Taliban took the city early this morning ... 'They just walked in,' a shopkeeper
    said. No shots were fired": a non-violent transfer, as ACLED codes it."""
    for ctx in ctxs[acc.sent + 1: acc.sent + 3]:
        if ctx.index in drafted or ctx.paragraph != acc.ctx.paragraph:
            break
        if _NO_FIGHT.search(ctx.text):
            acc.typing = _NON_VIOLENT_TRANSFER
            return


# words for one deed, a person killed on purpose: "the murder of X" ... "claimed responsibility for the killing"
_MURDER_WORD = textre.compile(r"(?i)^(?:murder|killing|kill|assas|assass|slayin|slain|slew)")


def _deed_word(word: str) -> str:
    """The deed a killing word tells: the murder words are one ("murder", "killing", "assassination", "slaying"),
    any other is its own stem ("massacre", "execution", "death")."""
    stem = word[:6].lower()
    return "murder" if _MURDER_WORD.match(stem) else stem


def _fill_from_references(accs: list[_Acc], refs: list[KillReference]) -> None:
    """A killing told without its toll takes the dead a reference nearby names: "we condemn the murder of
    Mr. Carlos Pizarro" ... "those responsible for this murder". The reference's named dead find their event
    anywhere; else it numbers the nearest killing told with the same word within three sentences of it."""
    for ref in refs:
        open_ = [a for a in accs if a.fat is None and a.typing.violent and a.modality != "negated" and
                 _KILLING_TRIGGER.search(a.trigger or "")]
        named = [a for a in open_ if a.knows(ref)]
        # near, the killing is told with the reference's own word ("the murder of X" ... "this murder")
        stems = {_deed_word(w) for w in ref.words}
        near = [a for a in open_ if any(abs(s - ref.sentence) <= 3 for s in a.sents) and
                any(e.cue and _deed_word(e.cue) in stems for e in a.evidence)]
        pick = named or near
        if pick:
            target = min(pick, key=lambda a: min(abs(s - ref.sentence) for s in a.sents))
            target.fat = ref.fatalities
            target.victims.update(ref.victims)
            target.conf = min(0.99, target.conf + 0.1)  # a toll anchors the event as one told with it does (events._draft)


def _fold_named(accs: list[_Acc]) -> list[_Acc]:
    """One person is killed once: an event that a reference gave its named dead ("the vile murder of X" ...
    "this murder") takes in a later event of the same named dead ("... affected by the murder of X"), which
    could not know them while the drafts were merged."""
    kept: list[_Acc] = []
    for acc in accs:
        same = next((k for k in kept if acc.victims and k.victims and k.typing.violent and acc.typing.violent and
                     "negated" not in (k.modality, acc.modality) and
                     any(_same_person(v, u) for v in acc.victims for u in k.victims)), None)
        if same is None:
            kept.append(acc)
            continue
        same.evidence.extend(acc.evidence)
        same.sents.extend(acc.sents)
        same.victims.update(acc.victims)
        if acc.fat is not None and (same.fat is None or acc.fat.best > same.fat.best):
            same.fat = acc.fat
    return kept


_ABDUCTION = "Abduction/forced disappearance"


def _fold_found_abducted(accs: list[_Acc]) -> list[_Acc]:
    """The bodies found of people the report tells were abducted ("the bodies of X and Y were found, shot" ... "armed
    men had intercepted their vehicle and the two leaders had been kidnapped") end that abduction: one deed, an
    abduction in which they were killed, not a killing apart from it. The abduction takes the find's dead; a person
    is known by the surname of a named victim in the abduction's sentences."""
    out = list(accs)
    for acc in accs:
        if acc.trigger != "bodies found" or acc.fat is None:
            continue
        names = set(acc.victims) | {n for e in acc.evidence for n in body_names(e.text)}
        surnames = {v.split()[-1] for v in names if len(v.split()[-1]) >= 4}
        if not surnames:
            continue
        pats = [textre.compile(r"(?i)(?<![\w'-])" + re.escape(w) + r"(?![\w-])") for w in surnames]
        took = next((a for a in out if a is not acc and a.typing.acled_sub_event_type == _ABDUCTION and
                     a.modality != "negated" and a.fat is None and
                     any(p.search(e.text) for p in pats for e in a.evidence)), None)
        if took is None:
            continue
        took.fat = acc.fat
        took.victims.update(names)
        took.evidence.extend(acc.evidence)
        took.sents.extend(acc.sents)
        out.remove(acc)
    return out


# a sentence that sums several deeds: "a corporal and a guerrilla were killed in the latest clashes"
_SEVERAL_DEEDS = textre.compile(r"(?i)\b(?:clashes|attacks|incidents|actions|operations|skirmishes|ambushes|raids|bombings|"
                                r"fighting|violence|engagements)\b")


def _unsum_summaries(accs: list[_Acc], reported: str | None) -> None:
    """A lead that sums the deeds the report then tells one by one ("A corporal and a guerrilla were killed in the
    latest clashes." ... "Corporal X was killed by a mine near A." ... "Troops killed a guerrilla near B.") holds no
    dead of its own: its toll is theirs, and it keeps none, so that the report's dead are counted once. It is known
    by where it stands (the lead), by its words (several deeds) and by its toll, exactly the sum of the two or more
    later deeds of the report's days (a killing recalled from months before is no part of it)."""
    for i, acc in enumerate(accs):
        f = acc.fat
        if f is None or f.high != f.best or f.low != f.best or not acc.typing.violent or \
                acc.ctx.index >= LEAD_SENTENCES or not any(_SEVERAL_DEEDS.search(e.text) for e in acc.evidence):
            continue
        parts = [a for a in accs[i + 1:] if a.typing.violent and a.fat is not None and a.modality != "negated" and
                 not (a.time is not None and is_background(a.time.value, a.time.precision, reported))]
        if len(parts) >= 2 and all(a.fat.high == a.fat.best for a in parts) and \
                sum(a.fat.best for a in parts) == f.best and min(a.sent for a in parts) > max(acc.sents):
            acc.fat = None


def _with_them(drafts: list[tuple[SentenceContext, EventDraft]], refs: list[KillReference]) -> list[tuple[SentenceContext, EventDraft]]:
    """"The murder of X and Y ..." then "They were assassinated along with 12 citizens": the toll of a sentence that
    counts only those killed with "them" takes in the dead the sentence before named (in a reference or a deed),
    and their names, so that the killing is known again and counted once."""
    out = []
    for ctx, d in drafts:
        if d.with_them and d.fatalities is not None:
            before = [r for r in refs if r.sentence == ctx.index - 1] or \
                [b for c, b in drafts if c.index == ctx.index - 1 and b.typing.violent and b.fatalities is not None]
            if before:
                them = before[0].fatalities
                for b in before[1:]:
                    them = _add(them, b.fatalities)
                d = replace(d, fatalities=_add(d.fatalities, them),
                            victims=d.victims + tuple(v for b in before for v in b.victims))
        out.append((ctx, d))
    return out


def _headline_sums(drafts: list[tuple[SentenceContext, EventDraft]]) -> list[tuple[SentenceContext, EventDraft]]:
    """A headline whose toll is the one a summary in the report gives several deeds ("Boko Haram kills 37 farmers in
    Borno" ... "killed at least 37 farmers in two attacks") is that summary too."""
    totals = {d.summed.best for _, d in drafts if d.sums and d.summed is not None}
    if not totals:
        return drafts
    return [(c, replace(d, fatalities=None, injured=None, sums=True, summed=d.fatalities))
            if c.index == 0 and not d.sums and d.fatalities is not None and d.fatalities.best in totals else (c, d)
            for c, d in drafts]


def _victims_rank(hurt, d: EventDraft, side) -> int:
    """How surely a draft that refers back and tells whom it hurt is of an event that hurt ``hurt``: the same actor
    (0), the one who now hits back (1), the same side (2), the side now hitting back (3), else 4."""
    if hurt is None:
        return 4
    if hurt.id == d.actor2.id:
        return 0
    if d.actor1 is not None and hurt.id == d.actor1.id:
        return 1
    if side(hurt) == side(d.actor2):
        return 2
    return 3 if d.actor1 is not None and side(hurt) == side(d.actor1) else 4


def _day_told_before(acc: "_Acc", ctxs: list[SentenceContext], told: set[int], ref: str | None) -> str | None:
    """The day the sentence before an undated event tells, in its paragraph, when that sentence tells no event of its
    own: the narrative goes on ("On 7 October, security forces conducted an operation in Mir Ali. During the
    operation, six terrorists were killed")."""
    i = min(acc.sents) - 1
    if i < 0 or i in told or ctxs[i].paragraph != ctxs[i + 1].paragraph:
        return None
    days = ctxs[i].days_from(ref)
    return days[0].value if len(days) == 1 else None


def merge_drafts(doc: Document, drafts: list[tuple[SentenceContext, EventDraft]], ctxs: list[SentenceContext],
                 conduct=None, refs: list[KillReference] = (), side=_own_side, time_ref: str | None = None) -> list[Event]:
    """Drafts -> events. ``conduct(text)`` names the protest-conduct cues of a sentence (see _protest_course);
    ``refs`` are deaths named only in references, which may number a killing told without its toll; ``side``
    names an actor's side (see _Acc.compatible); ``time_ref`` is the day relative dates count back from (the
    report's date unless the pipeline found another: pipeline._time_reference)."""
    if not drafts:
        return []
    accs: list[_Acc] = []
    refs = list(refs)
    drafts = _headline_sums(drafts)
    drafts = _with_them(drafts, refs)
    # the body first, then the headline: a headline sums up what the body tells, and its parts find the events they
    # name among all of the body's ("Militants kill 4 soldiers; army says 6 insurgents killed in raid": the raid is
    # told in the third paragraph)
    body, heads = [], []
    live = bool(drafts) and live_page(drafts[0][0].doc.text)
    for c, d in drafts:
        (heads if _is_headline(c) else body).append((c, d))
    for ctx, d in body:
        # the same named dead make the same event, however far apart and however told; else the nearest fit, or when
        # several fit a draft that refers back to a deed and tells whom it hurt, the nearest that hurt the same side ("Militants attacked an army
        # camp in Kech ... In Panjgur, gunmen shot dead a politician ... seven soldiers were killed in the attack on the
        # camp": the soldiers are the camp's)
        target = next((acc for acc in reversed(accs) if acc.knows(d)), None)
        if target is None and (d.actor2 is None or not d.anaphoric):
            if live:  # (on a live page, where far entries may be one story, the nearest that fits)
                target = min((acc for acc in accs if acc.compatible(ctx, d, side)),
                             key=lambda acc: abs(ctx.index - acc.sent), default=None)
            else:
                target = next((acc for acc in reversed(accs) if acc.compatible(ctx, d, side)), None)
        elif target is None:
            # (the same victims first: soldiers are an attack on an army camp's before a bomb on a police van's; then
            # those attacked hitting back: "six attackers were killed as troops repelled the assault")
            fits = [acc for acc in reversed(accs) if acc.compatible(ctx, d, side)]
            if fits and fits[0].actor2 is None and fits[0].sent >= ctx.index - 1 and \
                    not dead_apart(fits[0].fat, d.fatalities):
                # (but a deed told in the sentence right before, whom it hurt not yet said, is the one referred to:
                # "... when a suicide bomber blew himself up outside the Abbey Gate. Health officials said 170 Afghans had
                # been killed; 13 U.S. service members also died in the blast"; not when it killed others: "gunmen shot
                # dead a politician. ... seven soldiers were killed in the attack on the camp")
                target = fits[0]
            else:
                target = min(fits, key=lambda acc: _victims_rank(acc.actor2, d, side)) if fits else None
        if target is not None:
            target.absorb(ctx, d, side)
        else:
            accs.append(_Acc(ctx, d))
    for ctx, d in heads:
        # the event the headline names: the one it names the dead of, else one of the same toll, else one of the same
        # kind ("Jihadists raid army base in Borno; suicide bomber strikes mosque": the mosque's bombing told second),
        # else the first it fits
        fits = [acc for acc in accs if acc.compatible(ctx, d, side)]
        wide = [acc for acc in accs if acc in fits or acc.compatible(ctx, d, side, headline_near=True)]
        target = next((acc for acc in accs if acc.knows(d)), None) or \
            next((acc for acc in wide if d.fatalities is not None and _same_toll(d.fatalities, acc.fat)), None) or \
            next((acc for acc in wide if acc.typing.acled_sub_event_type == d.typing.acled_sub_event_type), None) or \
            next((acc for acc in wide if _is_protest(acc.typing) and _is_protest(d.typing)), None) or \
            next(iter(fits), None)
        if target is not None:
            target.absorb(ctx, d, side)
        else:
            accs.append(_Acc(ctx, d))
    accs.sort(key=lambda a: a.sents[0])  # (in the order the body tells them: a headline joins an event after its body)
    if sum(1 for a in accs if a.typing.violent and not a.sums) >= 2:
        # the deeds a summary sums are told one by one: it goes, and the perpetrator and the place it names are
        # theirs when they name none ("six engineers have been murdered this week by the Shining Path" ... "Four
        # engineers were murdered last Sunday")
        for s in (s for s in accs if s.sums):
            named = s.actor1 is not None and s.actor1.sector != "UAF"
            for a in accs:
                if not a.sums and a.typing.violent and a.sent > s.sent:
                    if named and (a.actor1 is None or a.actor1.sector == "UAF"):
                        a.actor1 = s.actor1
                    if a.place is None:
                        a.place = s.place
        accs = [a for a in accs if not a.sums]
    _fill_from_references(accs, refs)
    accs = _fold_named(accs)
    accs = _fold_found_abducted(accs)
    accs = _drop_headline_copies(accs)
    reported = doc.date or _dateline_date(ctxs)
    _unsum_summaries(accs, reported)
    if conduct is not None:
        taken = {c.index for c, d in drafts if _is_protest(d.typing)}
        for acc in accs:
            if _is_protest(acc.typing):
                _protest_course(acc, ctxs, taken, conduct)
    drafted = {c.index for c, _ in drafts}
    for acc in accs:
        if acc.typing.acled_sub_event_type in _TAKEN_BY_FIGHTING and not acc.fought and acc.fat is None:
            _taken_without_a_fight(acc, ctxs, drafted)
    for acc in accs:
        if acc.typing.violent and (acc.actor1 is None or acc.actor1.sector == "UAF"):
            found = _attributed(acc, ctxs)
            if found is not None:
                acc.actor1 = found
                if acc.actor2 is not None and acc.actor2.id == found.id:
                    acc.actor2 = None
        if (acc.actor1 is None or acc.actor1.sector == "UAF") and acc.head_actor1 is not None and \
                (acc.actor2 is None or side(acc.actor2) != side(acc.head_actor1)):
            acc.actor1 = acc.head_actor1  # (the headline's doer, not the side the body tells attacked)
        if acc.actor1 is not None and acc.actor1.sector != "UAF" and acc.actor1.kind == "armed_group" and \
                acc.actor2 is not None and acc.actor2.sector == "UAF" and acc.typing.acled_sub_event_type != "Armed clash":
            # "a bomber blew up the gate and gunmen stormed the compound" in an attack by a named group: the
            # unnamed gunmen are its men, not its target (a clash with unknown gunmen keeps both sides)
            acc.actor2 = None
    dateline = _dateline_place(ctxs)
    told = {i for acc in accs for i in acc.sents}  # the sentences that tell an event
    events = []
    for n, acc in enumerate(accs, 1):
        if acc.toll_only:
            continue  # a toll that joined no deed ("The death toll rose to 20" alone) is no event (its number stays taken)
        place = acc.place
        loc_conf = 0.0
        if place is None:
            # the paragraph's last place before the sentence, then the dateline
            for back in range(acc.ctx.index - 1, max(-1, acc.ctx.index - 3), -1):
                c = ctxs[back]
                if c.paragraph != acc.ctx.paragraph:
                    break
                # (not the dateline's, which comes last: "RAWALPINDI, March 14: ... an operation in Mastung District")
                there = [p for p in c.places if not opens_report(c, p)]
                if there:
                    place = min(there, key=lambda p: _rank(p.place)).place
                    loc_conf = -0.05
                    break
            if place is None and acc.head_place is not None:
                place = acc.head_place
                loc_conf = -0.05
            if place is None and dateline is not None:
                place = dateline
                loc_conf = -0.05
        location: Location | None = place.to_location() if place is not None else None
        if acc.time is not None:
            date, prec = acc.time.value, acc.time.precision
        elif (day := _day_told_before(acc, ctxs, told, time_ref or doc.date)) is not None:
            date, prec = day, "day"
        elif acc.told_on is not None:
            date, prec = acc.told_on, "week"  # done by the day its teller spoke, within days
        elif doc.date:
            # told without a date in a dated report: within days of publication, most likely on the day of the news the
            # report leads with ("Armed men carried out a series of attacks on Monday ... Meanwhile, in Kalat, attackers
            # stormed a Levies station")
            date, prec = _lead_day(events, doc.date) or doc.date, "week"
        else:
            date, prec = None, None
        # "Two days later, a suicide bomber struck ...", "A day earlier, an army drone strike ...": days counted from the
        # last event told before with a day, not from the report's date
        dated = next((e for e in reversed(events) if e.date_precision == "day"), None)
        if dated is not None and (shift := _days_from_before(acc)) is not None:
            date, prec = (_date.fromisoformat(dated.date[:10]) + _timedelta(days=shift)).isoformat(), "day"
        ev = acc.evidence
        sal = salience(first=acc.ctx.index, mentions=len({e.start for e in ev}),
                       named_perpetrator=acc.actor1 is not None and acc.actor1.sector != "UAF",
                       harmed=(acc.fat.best if acc.fat else 0) + (acc.inj.best if acc.inj else 0),
                       background=acc.time is not None and is_background(acc.time.value, acc.time.precision, reported),
                       modality=acc.modality, violent=acc.typing.violent)
        events.append(Event(
            id=f"{doc.id}#e{n}", doc_id=doc.id,
            plover_type=acc.typing.plover_type, plover_mode=acc.typing.plover_mode,
            acled_event_type=acc.typing.acled_event_type, acled_sub_event_type=acc.typing.acled_sub_event_type,
            actor1=acc.actor1, actor2=acc.actor2, date=date, date_precision=prec, location=location,
            fatalities=(toll := acc.finished_toll()), fatalities_by_side=by_side(toll, acc.actor1, acc.actor2),
            injured=acc.inj, modality=acc.modality, evidence=ev[0],
            confidence=max(0.05, acc.conf + loc_conf), trigger=acc.trigger, more_evidence=tuple(ev[1:]),
            salience=sal,
        ))
    return events

"""Whose dead: the fatalities of an event divided among its two actors, civilians and the unknown.

UCDP GED codes every event's deaths by side (deaths_a, deaths_b, deaths_civilians, deaths_unknown), and a war of
attrition is the losses of each side. A report often tells them apart: "five terrorists and an Army corporal were
killed in a clash", "leaving 17 guerrillas and 2 soldiers dead", "killing three soldiers". Each count of the dead
takes the side its own words name:

- a named group or a generic noun the catalog resolves ("30 Taliban", "two FMLN guerrillas", "three soldiers",
  "an Army corporal"): that actor, or its kind (the state's forces, an armed group);
- civilians by noun ("four engineers", "peasants", "a journalist") are civilians; "people", "men", "persons" say
  nothing of a side and are unknown, as is a toll told without a noun ("the toll rose to nine").

A side is given only where the words say it: a count of an actor that is neither of the event's two, or of a kind
both actors share (two armed groups, two states), is unknown. The breakdown travels with the toll (``Count.by``) and
is told only when its parts add up to the toll the event keeps; a toll divided among places, or put in place of
another, has none.
"""
from __future__ import annotations

from functools import lru_cache

from .. import textre
from ..knowledge.lexicon import person_nouns
from ..numbers import COUNT_RE
from ..records import ActorRef, Count
from .typing import is_armed, is_civilian
from .victims import plural

CIVILIANS = "civilians"
UNKNOWN = "unknown"
STATE = "state"
ARMED = "armed"

# nouns that name people without a side: the dead they number may be fighters as well as civilians
_NEUTRAL = frozenset({"people", "person", "persons", "man", "men", "individual", "individuals", "others", "other",
                      "youth", "youths", "member", "members", "leader", "leaders", "chief", "commander", "commanders",
                      "prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "guard", "guards",
                      "bodyguard", "bodyguards", "escort", "escorts", "informant", "informer", "accomplice",
                      "associate", "companion", "follower", "supporter", "relative", "relatives", "body", "bodies",
                      "victim", "victims", "casualties", "dead", "official", "officials"})
# a state's men by rank or service, where the catalog's generic nouns do not reach ("an Army corporal", "a sergeant")
_STATE_WORDS = frozenset({"corporal", "corporals", "sergeant", "sergeants", "lieutenant", "lieutenants", "captain",
                          "captains", "colonel", "colonels", "major", "majors", "general", "generals", "trooper",
                          "troopers", "marine", "marines", "sailor", "sailors", "conscript", "conscripts", "cadet",
                          "cadets", "recruit", "recruits", "gendarme", "gendarmes", "patrolman", "patrolmen",
                          "policemen", "policeman", "soldier", "soldiers", "troops", "personnel", "jawans", "jawan"})
_ARMED_WORDS = frozenset({"militant", "militants", "insurgent", "insurgents", "fighter", "fighters", "guerrilla",
                          "guerrillas", "guerilla", "guerillas", "rebel", "rebels", "terrorist", "terrorists", "gunman",
                          "gunmen", "jihadist", "jihadists", "bomber", "bombers", "attacker", "attackers", "assailant",
                          "assailants", "militiaman", "militiamen", "separatist", "separatists", "bandit", "bandits",
                          "kidnapper", "kidnappers", "khawarij", "khwarij", "miscreants", "raiders"})
# a known person's side by his sector (a politician or an official is no combatant, but not named a civilian either)
_PERSON_SIDES = {"MIL": STATE, "COP": STATE, "SPY": STATE, "REB": ARMED, "UAF": ARMED, "JRN": CIVILIANS,
                 "CVL": CIVILIANS, "REL": CIVILIANS, "MED": CIVILIANS, "EDU": CIVILIANS, "NGO": CIVILIANS}
# where the words of one count's dead end: the verb, a preposition, the next item
_PHRASE_END = textre.compile(r"(?i)[,;:.()\[\]\"]|\s(?:and|or|were|was|are|is|have|has|had|been|be|killed|dead|died|"
                             r"in|on|at|of|from|by|with|during|near|after|before|while|who|which|that|including)\b")
_WORD = textre.compile(r"[A-Za-z][\w'-]*")
# a part of a group ("two of the attackers"), and what parts a list's items
_PART_OF = textre.compile(r"(?i)\s+of\s+(?:the|their|its|his|her|our)\s+")
_ITEM_BREAK = textre.compile(r"(?i)[,;]\s*(?:and\s+)?|\s+and\s+|--|\]")


@lru_cache(maxsize=1)
def _civilian_words() -> frozenset[str]:
    """Nouns that name a civilian (data/persons.yaml, with their plurals), less those with a side or none."""
    out = set()
    for w in person_nouns():
        if " " not in w:
            out.update((w, plural(w)))
    return frozenset(out - _NEUTRAL - _STATE_WORDS - _ARMED_WORDS)


def _side_of(text: str, start: int, stop: int, spans, off: int) -> object:
    """The side the words ``text[start:stop]`` name for the dead they number (``spans`` at document offsets, the
    text starting at ``off``)."""
    spans = [sp for sp in spans if start <= sp.start - off < stop and not sp.metonym]
    for sp in reversed(spans):
        # a person the catalog knows is of the side of his sector ("the former Guantanamo detainee Abdul Rauf Khadim",
        # a commander of the Islamic State: the name, not the words before it)
        if sp.ref.kind == "person" and sp.ref.sector in _PERSON_SIDES:
            return CIVILIANS if _PERSON_SIDES[sp.ref.sector] == CIVILIANS else sp.ref
    for sp in spans:
        if sp.text.lower() in _NEUTRAL:
            return UNKNOWN
        if is_civilian(sp.ref):
            return CIVILIANS
        if sp.generic and sp.ref.sector == "UAF":
            return ARMED  # "gunmen", "guerrillas": men of some armed group, not the unidentified one
        if sp.ref.kind in ("armed_group", "state") and is_armed(sp.ref):
            return sp.ref
    words = [w.lower() for w in _WORD.findall(text, start, stop)]
    for w in words:
        if w in _STATE_WORDS:
            return STATE
        if w in _ARMED_WORDS:
            return ARMED
    if words and words[-1] in _civilian_words():
        return CIVILIANS
    return UNKNOWN


def _phrase_end(text: str, start: int, limit: int) -> int:
    m = _PHRASE_END.search(text, start, limit)
    return m.start() if m else limit


def _opens_with_count(text: str, start: int, end: int) -> bool:
    """Whether a list's item opens with a count ("five rebels"; not "an Army corporal", one person)."""
    m = COUNT_RE.match(text, start, end)
    return m is not None and (m.end() == end or not text[m.end()].isalnum())


def victim_sides(text: str, start: int, end: int, count: Count, spans, off: int = 0) -> tuple:
    """The sides of the dead a count numbers, as ((side, n), ...). ``text[start:end]`` is a number, whose dead the
    words after it name ("five terrorists"), or a list of people told without one ("a professor, a policeman and a
    pedestrian", "five rebels and an Army corporal": the numbers in it are counted apart), whose last ``count``
    people are the dead. ``spans`` are the sentence's actor spans, at document offsets (the sentence starts at
    ``off``). A side is an ActorRef, ``STATE``, ``ARMED``, ``CIVILIANS`` or ``UNKNOWN``."""
    if COUNT_RE.fullmatch(text, start, end) or text[start:end].lower() in ("a", "an"):
        # ("two of the attackers", "three of its soldiers": the words after "of" name them)
        at = m.end() if (m := _PART_OF.match(text, end)) else end
        return ((_side_of(text, start, _phrase_end(text, at, min(len(text), at + 60)), spans, off), count.best),)
    items, at = [], start
    for m in [*_ITEM_BREAK.finditer(text, start, end), None]:
        a, b = at, (m.start() if m else end)
        a += len(text[a:b]) - len(text[a:b].lstrip())
        if text[a:b].strip():
            items.append((a, b))
        at = m.end() if m else end
    # (an item that opens with a number was counted apart: "five rebels")
    people = [(a, b) for a, b in items if not _opens_with_count(text, a, b)][-count.best:]
    if not people:
        return ((UNKNOWN, count.best),)
    sides = [_side_of(text, a, _phrase_end(text, a + 1, b), spans, off) for a, b in people]
    if len(people) == count.best:
        return tuple((x, 1) for x in sides)
    return ((sides[0] if len(set(sides)) == 1 else UNKNOWN, count.best),)


def with_sides(count: Count, sides: tuple) -> Count:
    """The count with its dead by side (``victim_sides``)."""
    return Count(count.best, count.low, count.high, count.qualifier, count.divided, sides)


def joined(parts: list[Count]) -> tuple | None:
    """The sides of tolls added together: known only when each part's is."""
    out: tuple = ()
    for c in parts:
        if c.by is None:
            return None
        out += c.by
    return out


def _kind(side: object) -> str:
    """A side as its kind: an actor as the state's forces, an armed group, or a known person's sector."""
    if not isinstance(side, ActorRef):
        return side
    if side.kind == "state":
        return STATE
    if side.kind == "armed_group":
        return ARMED
    return _PERSON_SIDES.get(side.sector or "", UNKNOWN) if side.kind == "person" else UNKNOWN


def _kinds(count: Count | None) -> set | None:
    """The kinds of the dead a toll tells (STATE, ARMED, CIVILIANS), None when it tells none or some are unknown."""
    if count is None or not count.by:
        return None
    out = {_kind(side) for side, _ in count.by}
    return None if UNKNOWN in out else out


def dead_apart(a: Count | None, b: Count | None) -> bool:
    """Whether two tolls name dead of different kinds only ("a local politician" and "seven soldiers"): not the same
    people told twice."""
    ka, kb = _kinds(a), _kinds(b)
    return ka is not None and kb is not None and not ka & kb


def _slot(side: object, actor1: ActorRef | None, actor2: ActorRef | None) -> str:
    """Where a side's dead go: the actor it is, else the one actor of its kind, else civilians or unknown."""
    if side == CIVILIANS or side == UNKNOWN:
        return side
    if isinstance(side, ActorRef):
        for slot, a in (("actor1", actor1), ("actor2", actor2)):
            if a is not None and a.id == side.id:
                return slot
        side = _kind(side)
        if side in (UNKNOWN, CIVILIANS):
            return side
    fits = [slot for slot, a in (("actor1", actor1), ("actor2", actor2))
            if a is not None and (a.kind == "state" and is_armed(a) if side == STATE else a.kind == "armed_group")]
    return fits[0] if len(fits) == 1 else UNKNOWN


def by_side(toll: Count | None, actor1: ActorRef | None, actor2: ActorRef | None) -> dict[str, int] | None:
    """The toll's dead by side: {"actor1", "actor2", "civilians", "unknown"} (UCDP's deaths_a, deaths_b,
    deaths_civilians, deaths_unknown), or None when the parts the report told do not make up the toll kept."""
    if toll is None or toll.by is None or sum(n for _, n in toll.by) != toll.best:
        return None
    out = {"actor1": 0, "actor2": 0, CIVILIANS: 0, UNKNOWN: 0}
    for side, n in toll.by:
        out[_slot(side, actor1, actor2)] += n
    return out

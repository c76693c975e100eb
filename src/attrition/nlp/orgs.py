"""Organisations the catalog does not know, found by the shape of their names.

Reports name armed groups the catalog has never seen: "the Popular Liberation Army (EPL)",
"the Manuel Rodriguez Patriotic Front", "the Army of National Liberation". Such a name is a run
of capitalised words ending in (or opened by) an organisational head noun — Front, Army,
Movement, Brigade, Command, Party, Council... An acronym defined right after it, "(EPL)" or
"[FMLN]", becomes an alias for the rest of the document, as does an acronym no catalog knows said
before the word for the group's men ("EPS troops", "KDP fighters"). In all-capital text capitalisation
says nothing, so there only names that define an acronym are taken.

Found organisations get a document-independent id from their name (``org_<slug>``) so that the
same group in two reports is one actor in the store, and a kind from the head noun: armed
(Army, Front, Brigade, Command, Commando, Militia, Liberation...) or political (Party, Movement,
Council...). They never shadow a catalog actor: the catalog's spans win any overlap. Left alone:
a state's forces ("Somali National Army"), units ("the 4th Infantry Brigade"), facilities ("Cape
Canaveral Air Force Station"), sports teams ("the Runnin' Rebels") and title-case headlines.
"""
from __future__ import annotations

import re

from .. import textre
from ..records import ActorRef
from .context import ActorSpan
from .mentions import is_caps, is_title_case
from .phrases import trie_regex

_ARMED_HEADS = {
    "army", "armies", "front", "brigade", "brigades", "battalion", "battalions", "command", "commando", "commandos",
    "militia", "militias", "guerrillas", "guerrilla", "squad", "squads", "legion", "guard", "guards", "tigers",
    "mujahideen", "mujahidin", "jihad", "forces", "force", "resistance", "cartel", "column", "cell", "cells",
    "fighters", "rebels", "liberation", "insurgency", "lashkar", "jaish", "katibat", "regiment", "corps",
}
_POLITICAL_HEADS = {
    "movement", "party", "council", "alliance", "union", "coalition", "organization", "organisation", "group",
    "network",
}
# plural heads that also end the names of sports teams and bands ("the Runnin' Rebels", "Tamil Tigers" is fine):
# a name ending in one needs a political word too
_SOFT_HEADS = {"rebels", "fighters", "guerrillas", "tigers", "guards", "squads", "cells", "commandos", "militias",
               "brigades", "forces", "force", "resistance", "guard", "legion", "column"}
_POLITICAL_WORDS = {"liberation", "revolutionary", "revolution", "people's", "peoples", "popular", "islamic", "national",
                    "democratic", "patriotic", "freedom", "independence", "jihad", "mujahideen", "martyrs", "socialist",
                    "communist", "marxist", "maoist", "nationalist", "resistance", "salvation", "defence", "defense",
                    "self-defense", "self-defence", "united", "federal", "tamil", "kurdistan", "front", "army"}
_HEADS = _ARMED_HEADS | _POLITICAL_HEADS
_MEMBERS = {"members", "fighters", "militants", "troops", "units", "leaders", "supporters", "commanders", "followers",
            "guerrillas", "rebels", "commandos", "insurgents", "cadres", "militiamen"}
# words that may sit inside a name in lower case
_JOINERS = {"of", "for", "the", "and", "de", "del", "la", "el", "los", "las", "al", "y", "e", "du", "des", "in", "on"}
# capitalised words that start sentences or titles, not names
_NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "Of", "To", "As", "After",
    "Before", "During", "While", "When", "Since", "Meanwhile", "However", "According", "Police", "Officials",
    "Government", "Ministry", "President", "Minister", "General", "Gen", "Col", "Colonel", "Commander",
    "Spokesman", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "Its", "Their", "His", "Her",
    "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "United", "National", "Security", "Armed", "Special", "Defense", "Defence", "Police", "Military",
    "Republican", "Federal", "Royal", "State", "Border", "Air", "Naval", "Navy", "Home", "Interior", "Border",
}
# state organs: "the Salvadoran Army", "National Police", "Armed Forces" are the state's, left to the catalog
_STATE_WORDS = {"armed forces", "army", "air force", "navy", "police", "national guard", "national police",
                "security forces", "border guard", "border guards", "republican guard", "presidential guard",
                "coast guard", "special forces", "military", "government", "ministry", "council of ministers",
                "security council", "national security council", "supreme court", "congress", "parliament",
                "national assembly", "senate", "united nations", "european union", "african union"}
_STATE_FORCES = {"army", "armies", "guard", "guards", "police", "forces", "force", "navy", "command", "corps", "brigade",
                 "brigades", "battalion", "gendarmerie", "government", "ministry"}
_STATE_OPENERS = {"national", "federal", "royal", "republican", "presidential", "state", "special", "security",
                  "armed", "border", "coast", "air", "naval"}

_WORD = r"[A-Z][\w'’.-]*"
# (a word that ends a sentence, "... Group. A spokesman", ends the run; "U.S." does not)
_NAME_RE = textre.compile(rf"{_WORD}(?:(?<![a-z]\.)\s+(?:(?:{'|'.join(sorted(_JOINERS))})\s+)*{_WORD})*")
_ABBREVIATION_END = textre.compile(r"(?:\b[A-Z]\.|\b(?:Inc|Ltd|Co|Corp|Bros|Dept|Govt|Assn)\.)$")
_ACRONYM_AFTER = textre.compile(r"\s*[(\[]\s*([A-Z][A-Za-z0-9-]{1,9})\s*[)\]]")


# (the word boundary is looked for behind the first capital: the engine skips in C to the next capital)
_MEN_WORDS = ("troops", "soldiers", "guerrillas", "rebels", "fighters", "militants", "commandos", "militiamen", "insurgents", "gunmen")
_ACRONYM_MEN = textre.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{1,5})\s+(?:" + "|".join(_MEN_WORDS) + r")\b")


def _slug(name: str) -> str:
    return "org_" + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:60]


def _kind(name: str) -> tuple[str, str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    if words & _ARMED_HEADS:
        return "armed_group", "REB"
    return "political", "OPP"


# any head noun, as a whole word: a trie and a look-behind (the same as \b before a letter) let the
# regex engine skip most offsets of the document, where a flat alternation tries every noun at each
_ANY_HEAD = textre.compile(r"(?i)(?<!\w)(?:%s)\b" % trie_regex(sorted(_HEADS)))
# ASCII bytes: letters to lower case, other word characters (\w) kept, the rest to a space; then bytes.split() gives
# the lower-cased runs of word characters
_LOWER_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + b" " * 128
_HEADS_ASCII = frozenset(h.encode("ascii") for h in _HEADS)


def _any_head(text: str) -> bool:
    """Whether ``text`` holds a head noun as a whole word, in any case. In ASCII text (whose letters fold one
    to one) its lower-cased words are met with the nouns as sets, in C: a regex tried every offset before a word."""
    if text.isascii():
        return not _HEADS_ASCII.isdisjoint(text.encode("ascii").translate(_LOWER_WORDS).split())
    return _ANY_HEAD.search(text) is not None


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens several many some".split())


class OrgDetector:
    """Names of organisations by shape, with acronyms they define; ``find`` works on a whole document."""

    def __init__(self, max_words: int = 9, is_country_word=lambda w: False):
        self.max_words = max_words
        # "Somali National Army", "Afghan Border Police": a state's forces, which the catalog's rules resolve
        self.is_country_word = is_country_word

    def _trim(self, words: list[str]) -> list[str]:
        # drop leading sentence words and joiners ("The", "According to the ...")
        while words and (words[0] in _NOT_NAME and len(words) > 1 and words[0] not in ("National",) or words[0].lower() in _JOINERS):
            words = words[1:]
        while words and words[-1].lower() in _JOINERS:
            words = words[:-1]
        return words[-self.max_words:]

    def _names(self, words: list[str]) -> list[list[str]]:
        """The organisation names in a run of capitalised words (none, one, or two joined by "and")."""
        words = self._trim(words)
        if len(words) < 2:
            return []
        low = [w.lower().strip(".'’") for w in words]
        if len(low) == 2 and low[0] in _COUNT_WORDS:
            return []  # "Five Army soldiers": a count of the army's men, no name
        if "and" in low:
            i = low.index("and")
            if i and low[i - 1] in _HEADS:  # "the Karen Freedom Front and the Shan Liberation Army": two names
                return self._names(words[:i]) + self._names(words[i + 1:])
            if not any(w in _HEADS for w in low[:i]):  # "ISIS-K and the Haqqani Network": the name is after "and"
                return self._names(words[i + 1:])
        # a name is headed by an organisational noun at its end ("... Liberation Front") or its start
        # ("Army of National Liberation")
        if low[-1] in _HEADS or (low[0] in _HEADS and any(w in _JOINERS for w in low)):
            keep = words
        else:
            return []  # the name goes on past its head noun: "Cape Canaveral Air Force Station", "Army Hospital"
        if low[-1] in _SOFT_HEADS and not any(w in _POLITICAL_WORDS for w in low[:-1]):
            return []
        # "Guerrillas of the Popular Liberation Army": members of the group, named by the group
        low = [w.lower() for w in keep]
        if "of" in low and low[0] in _MEMBERS and low[-1] in _HEADS:
            rest = keep[low.index("of") + 1:]
            rest = rest[1:] if rest and rest[0].lower() == "the" else rest
            if len(rest) >= 2 and rest[-1].lower() in _HEADS:
                keep = rest
        return [keep] if len(keep) >= 2 else []

    def candidates(self, text: str, caps: bool | None = None) -> list[tuple[int, int, str]]:
        """(start, end, name) of capitalised runs that look like an organisation's name."""
        out = []
        if not _any_head(text):
            return out
        caps = is_caps(text) if caps is None else caps
        if caps:
            # all capitals: only "NAME ENDING IN A HEAD NOUN [ACRONYM]"
            for m in re.finditer(r"(?:\b[A-Z][A-Z'.-]*\s+){0,8}?\b(?P<head>[A-Z]+)\s*[(\[]\s*(?P<acr>[A-Z]{2,8})\s*[)\]]", text):
                if m.group("head").lower() not in _HEADS:
                    continue
                words = m.group(0)[: m.start("head") - m.start() + len(m.group("head"))].split()
                words = [w for w in words]
                # keep the tail after the last function word that cannot be inside a name
                cut = 0
                for i, w in enumerate(words):
                    if w.lower() in ("the", "and", "ruling", "so-called", "by", "to", "from", "with", "that", "which", "who", "said", "has", "have", "is",
                                     "was", "were", "are", "a", "an", "on", "at", "in", "as", "for", "against", "than",
                                     "its", "their", "his", "her", "this", "these", "those"):
                        cut = i + 1
                words = words[cut:]
                while words and words[0].lower() in _JOINERS:
                    words = words[1:]
                if len(words) < 2:
                    continue
                name = " ".join(words)
                start = m.start() + m.group(0).find(words[0])
                out.append((start, start + len(name), name.title()))
            return out
        for m in _NAME_RE.finditer(text):
            words = m.group(0).split()
            if _HEADS.isdisjoint([w.lower().strip(".'’") for w in words]):
                continue  # no head noun: no name (most capitalised runs)
            names = self._names(words)
            if not names:
                continue
            # a headline in title case capitalises every word: "Group Cites Video Games for Violence"
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()) + 1, 0)
            line_end = min(x for x in (text.find("\n", m.end()), text.find(". ", m.end()), len(text)) if x >= 0)
            if is_title_case(text[line_start: line_end]):
                continue
            for keep in names:
                name = " ".join(keep)
                if name.endswith(".") and not _ABBREVIATION_END.search(name):
                    name = name[:-1]  # "... according to the SITE Intelligence Group.": the full stop ends the sentence
                start = m.start() + m.group(0).find(name)
                out.append((start, start + len(name), name))
        return out

    def find(self, text: str, *, taken: list[tuple[int, int]], country: str | None,
             caps: bool | None = None) -> list[ActorSpan]:
        """Mentions of unknown organisations in a document, outside the spans in ``taken`` (catalog actors)."""
        spans: list[ActorSpan] = []
        acronyms: dict[str, ActorRef] = {}

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in taken)

        for s, e, name in self.candidates(text, caps):
            if not free(s, e):
                continue
            low = name.lower()
            first = low.split()[0]
            if low in _STATE_WORDS or (first in _STATE_OPENERS and low.split()[-1] in {"army", "guard", "guards", "police", "forces", "force"}):
                continue  # "National Guard", "Armed Forces", "Security Forces": the state's organs
            if self.is_country_word(name.split()[0]) and low.split()[-1] in _STATE_FORCES:
                continue  # "Somali National Army", "Syrian Arab Army": a state's forces, not a new group
            if re.search(r"(?i)\b(?:infantry|artillery|cavalry|airborne|mechani[sz]ed|division|regiment|corps|battalion|"
                         r"brigade|squadron|garrison|marines?)\b", name) and not re.search(r"(?i)\b(?:liberation|revolutionary|"
                                                                                          r"popular|people'?s|islamic|martyrs?)\b", name):
                continue  # "the 4th Infantry Brigade": a unit of the state's forces
            if re.search(r"(?i)\b(?:ministry|minister|department|university|company|corporation|bank|inc|ltd|club|"
                         r"school|hospital|church|embassy|airlines?|court|agency|institute|commission|office)\b", name):
                continue
            kind, sector = _kind(name)
            ref = ActorRef(_slug(name), name, kind, country, sector)
            spans.append(ActorSpan(s, e, text[s:e], ref))
            m = _ACRONYM_AFTER.match(text, e)
            if m and "-" not in m.group(1) and sum(c.isupper() for c in m.group(1)) >= 2:  # "(EPL)", "[FMLN]"
                acronyms.setdefault(m.group(1), ref)
        if not (is_caps(text) if caps is None else caps):
            # "EPS troops", "KDP fighters": an acronym no catalog knows, before the word for its men, names their group
            for m in _ACRONYM_MEN.finditer(text) if textre.holds_any(text, _MEN_WORDS) else ():
                acr = m.group(1)
                if acr not in acronyms and free(m.start(1), m.end(1)) and not self.is_country_word(acr):
                    acronyms[acr] = ActorRef(_slug(acr), acr, "armed_group", country, "REB")
        if acronyms:
            pat = textre.compile(r"\b(%s)\b" % "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True)))
            seen = {(x.start, x.end) for x in spans}
            for m in pat.finditer(text):
                a, b = m.span()
                if free(a, b) and not any(x.start <= a < x.end for x in spans) and (a, b) not in seen:
                    spans.append(ActorSpan(a, b, m.group(0), acronyms[m.group(1)]))
        spans.sort(key=lambda x: x.start)
        return spans

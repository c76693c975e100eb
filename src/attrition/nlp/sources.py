"""Who tells of an event is no side of it: the source of a report, found by the words around its name.

"..., police said" (the source after the name), "according to the army", "sources in the ministry",
"confirmed dead by the police" (the source before it), "the army said in a statement that rebels attacked"
(a reporting verb between a name and the deed). Roles, typing and merging ask these questions; the
patterns live here once.
"""
from __future__ import annotations

from functools import lru_cache

from .. import textre

# the source named after what it told: "..., police said", "..., officials told reporters"
# (or by its speaker: "..., the Taliban's chief spokesman said", "a police spokesman for Balkh province said")
_TELLS_AFTER = textre.compile(r"(?i)\)?\s*(?:\([^()]{1,15}\)\s*,?\s*)?(?:(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2})?"
                              r"(?:(?:spokesm[ae]n|spokeswoman|spokesperson|officials?|sources?|ministry|minister|statement|"
                              r"media\s+wing|chief|commander|governor|leader)\s+(?:(?:for|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?)?"
                              r"(?:said|says|say|told|reported|report|confirmed|stated|announced|added|claimed)\b")
# the source named after a phrase that introduces it: "according to the army", "sources in the ministry",
# "confirmed dead by the police"
_SOURCE_BEFORE = textre.compile(r"(?i)\b(?:according\s+to|reports?\s+from|sources?\s+(?:in|at|from)|quoted\s+by|cited\s+by|"
                                r"(?:confirmed|declared|pronounced|reported|announced)\s+(?:[\w-]+\s+){0,2}by)\s+"
                                r"(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
_TOLD_BEFORE = textre.compile(r"(?i)\b(?:told|telling|speaking\s+to|said\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+)?$")
_CLAUSE_END = textre.compile(r"\s*(?:[.,;:!?)\"”]|$|(?:on|in|late|early|by|that|after|when)\b)")
# a reporting verb between a name and the deed: "police said that a bomb...", "the army blamed rebels for"
_SPEAKER_BETWEEN = textre.compile(r"(?i)\b(?:said|says|say|stated|(?<!united\s)states|reported|reports|confirmed|confirms|announced|"
                                  r"announces|disclosed|revealed|told|added|explained|noted|indicated|informed|asserted|alleged|"
                                  r"learned|condemned|condemns|condemn|denounced|denounces|deplored|deplores|blamed|blames|"
                                  r"accused|accuses|charged|claimed\s+that|claims\s+that|according\s+to|"
                                  # ("A CTD official claimed one of the men had helped plan Sunday's attack": what was
                                  # said, not a claim of responsibility, nor of a deed of the claimant's own)
                                  r"claim(?:ed|s)(?=\s+(?:one|two|three|some|several|many|most|all|none|each|both)\s+of\b))\b")
# a toll given by a source: "police said 10 were killed", "the first report mentions 10 killed", "put the toll at 12"
_GIVES_TOLL = textre.compile(r"(?i)\b(?:said|says|say|mentions?|mentioned|reported|reports|puts?|gave|gives|claimed|claims|"
                             r"estimated|estimates|counted|counts|according\s+to)\b")
# a speaker telling of its own deed: "the Taliban say they destroyed", "the BLA (BLA) said its fighters had killed"
# ("the Taliban claimed in a statement that their fighters", "said on Telegram that")
_OWN_SPEECH = (r"(?:\w+\s+)?(?:said|says|say|claimed|claims|announced|announces|reported|reports)\s+(?:on\s+\w+\s+)?"
               r"(?:(?:in\s+a\s+(?:\w+\s+)?statement(?:\s+(?:relayed|published|posted|issued|carried|sent|released)\s+[^,;.\"“]{0,50}?)?|"
               r"on\s+(?:its\s+|their\s+)?(?:telegram|twitter|x|social\s+media|website)(?:\s+channel)?)\s+)?"
               # ("said in a statement on Sunday that its fighters ...")
               r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?"
               # ("said on Sunday, via its Amaq agency, that its fighters ...")
               r"(?:(?:on\s+\w+\s*)?,\s*(?:via|through|in|on)\s+[^,;.\"“]{1,50},\s*)?(?:that\s+)?")
# an aside between the speaker and its verb: "Islamic State, through its Amaq news agency, said", "the BLA, which ..., said"
_ASIDE_OF_SPEAKER = (r"(?:,\s*(?:who|which|through|via|in\s+a|on\s+its|on\s+their)\b[^,;.]*|"
                     # "The Malian army, however, said", ", meanwhile,", ", for its part,", ", in a statement,"
                     r",\s*(?:however|meanwhile|though|for\s+its\s+part|for\s+their\s+part|in\s+turn|in\s+a\s+statement|"
                     r"in\s+response)(?=,))?")
# the speaker's group named as such: "said in a statement that the group's fighters overran the base"
_GROUPS_OWN = r"the\s+(?:group|movement|organi[sz]ation)['’]s"
# (not a denial: "the TTP said in a statement that it had no connection to the bombing", "said they were not involved")
_NOT_OWN = r"(?!\s+(?:(?:had|has|have|was|were|is|are|did|does|do)\s+(?:no|not|nothing|never)|never|denied|denies)\b)"
_OWN_DEED_AFTER = textre.compile(r"(?i)[\s)\]]*(?:\([^()]{1,12}\)\s*)?" + _ASIDE_OF_SPEAKER + r",?\s+" + _OWN_SPEECH +
                                 r"(?:[\w-]+\s+of\s+)?(?:they|it|we|its|their|our|" + _GROUPS_OWN + r")\b" + _NOT_OWN)
# ... up to the verb of the deed: "the army said its troops had killed"
# (or some of them: "the Islamic State group said two of its members had detonated")
# (after the name's acronym in brackets: "the United States Africa Command (AFRICOM) said it had carried out")
_OWN_DEED_TO_VERB = textre.compile(r"(?i)[\s)\]]*(?:\([^()]{1,12}\)\s*)?" + _ASIDE_OF_SPEAKER + r",?\s+" + _OWN_SPEECH + r"(?:they|it|we|(?:[\w-]+\s+of\s+)?(?:its|their|our|" +
                                   _GROUPS_OWN + r")\s+(?:own\s+)?[\w-]+)\s+"
                                   r"(?:(?:had|have|has|were|was)\s+)?(?:\w+ly\s+)?")
_PAST_VERB = textre.compile(r"(?i)[a-z]+ed\b|(?:shot|hit|struck|fought|took|blew|threw|beat|overran|seized|destroyed)\b")
_WINDOW = 45

# the words _SOURCE_BEFORE, _TELLS_AFTER and _SPEAKER_BETWEEN each need one of (lower-cased stems)
_SOURCE_BEFORE_WORDS = ("according", "report", "source", "quoted", "cited", "confirmed", "declared", "pronounced",
                        "announced")
_TELLS_AFTER_WORDS = ("said", "say", "told", "report", "confirmed", "stated", "announced", "added", "claimed")
_SPEAKER_WORDS = ("said", "say", "state", "report", "confirm", "announce", "disclosed", "revealed", "told", "added",
                  "explained", "noted", "indicated", "informed", "asserted", "alleged", "learned", "condemn", "denounce",
                  "deplore", "blame", "accuse", "charged", "claim", "according")


# a teller named after its verb, at the end of what it tells (see teller_after_its_verb)
_TELLER_AFTER_VERB = textre.compile(r"(?i),\s*(?:said|says|told|added|according\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")


@lru_cache(maxsize=256)
def _may_tell(text: str) -> tuple[bool, bool, bool]:
    """Whether ``text`` may hold a match of _SOURCE_BEFORE, _TELLS_AFTER and _SPEAKER_BETWEEN. ASCII text (nearly
    all) may only with a word each needs, found by substring tests in C; most sentences asked about a source hold
    none of _SOURCE_BEFORE's, and are asked once for each of their names and triggers: the answer is remembered.
    (Other text may: case folding matches letters beyond ASCII.)"""
    if not text.isascii():
        return True, True, True
    low = text.lower()
    return (textre.holds_any(low, _SOURCE_BEFORE_WORDS), textre.holds_any(low, _TELLS_AFTER_WORDS),
            textre.holds_any(low, _SPEAKER_WORDS))


def tells_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by its telling ("..., police said")."""
    return _may_tell(text)[1] and _TELLS_AFTER.match(text, end, end + 60) is not None


def source_before(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is introduced as a source ("according to the army")."""
    return _may_tell(text)[0] and _SOURCE_BEFORE.search(text, max(0, start - _WINDOW), start) is not None


def is_source(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the source of the report, before or after, or the one it was told to."""
    return tells_after(text, end) or source_before(text, start) or told_to(text, start, end)


def told_to(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the one a report was told to, at its clause's end ("..., a local official
    told TOLOnews."; not "told the villagers to leave")."""
    return ("told" in text or "speaking" in text or "said to" in text) and \
        _TOLD_BEFORE.search(text, max(0, start - 25), start) is not None and _CLAUSE_END.match(text, end) is not None


def teller_after_its_verb(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` tells what goes before it, named after its verb at the end: ", said
    provincial police chief X", ", according to the army"."""
    return _TELLER_AFTER_VERB.search(text, max(0, start - 30), start) is not None


def speaks_between(text: str, start: int, end: int) -> bool:
    """Whether a reporting verb stands between ``start`` and ``end`` (a name and the deed it tells of)."""
    return _may_tell(text)[2] and _SPEAKER_BETWEEN.search(text, start, end) is not None


def tells_a_source(text: str, start: int, end: int) -> bool:
    """Whether the clause at ``start:end`` gives what it tells as a source's ("police said 10 were killed", "the
    first report mentions 10 killed"), so that two such clauses may be two accounts of one thing."""
    return _GIVES_TOLL.search(text, start, end) is not None


def tells_own_deed(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` goes on to tell of its own deed ("the BLA said its fighters had killed"):
    a claim, whoever else may dispute it."""
    return _OWN_DEED_AFTER.match(text, end) is not None


def own_deed_verb(text: str, end: int) -> int | None:
    """Where the verb of the deed starts when the name ending at ``end`` goes on to tell of its own deed in the past
    ("the Taliban said their own fighters had captured"), else None."""
    m = _OWN_DEED_TO_VERB.match(text, end)
    if m is None or not _PAST_VERB.match(text, m.end()):
        return None
    return m.end()


def tells_own_deed_to(text: str, end: int, verb_start: int) -> bool:
    """Whether all between the name ending at ``end`` and the verb at ``verb_start`` is the name telling of its own
    deed ("the Taliban say they destroyed"): the speaker is the agent."""
    return _OWN_DEED_TO_VERB.fullmatch(text, end, verb_start) is not None

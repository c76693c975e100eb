"""Who tells of an event is no side of it: the patterns of nlp.sources on invented sentences."""
from __future__ import annotations

import pytest

from attrition.nlp.sources import is_source, source_before, speaks_between, tells_after


def span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("text, name", [
    ("Four soldiers were killed in Kunar, police said.", "police"),
    ("Gunmen killed two guards, Taliban officials told reporters.", "Taliban"),
])
def test_a_name_followed_by_its_telling_is_the_source(text, name):
    s, e = span(text, name)
    assert tells_after(text, e) and is_source(text, s, e)


@pytest.mark.parametrize("text, name", [
    ("According to the army, rebels attacked a post in Kunar.", "army"),
    ("Nine people were confirmed dead by the police after the raid.", "police"),
    ("Sources in the interior ministry said six died.", "interior"),
])
def test_a_name_introduced_as_a_source_is_the_source(text, name):
    s, e = span(text, name)
    assert source_before(text, s) and is_source(text, s, e)


@pytest.mark.parametrize("text, name", [
    ("The police killed two robbers in Herat.", "police"),
    ("Militants attacked the army in Kunar on Monday.", "army"),
])
def test_a_side_of_the_deed_is_no_source(text, name):
    s, e = span(text, name)
    assert not is_source(text, s, e)


def test_a_reporting_verb_between_a_name_and_the_deed():
    text = "The army said that rebels attacked a post; the United States attacked nothing."
    army_end = text.index("army") + 4
    assert speaks_between(text, army_end, text.index("rebels"))
    us_end = text.index("United States") + len("United States")
    assert not speaks_between(text, text.index("United"), text.index("attacked nothing"))  # "States" is a name here
    assert not speaks_between(text, us_end, len(text))


def test_a_speaker_telling_of_its_own_deed():
    from attrition.nlp.sources import tells_own_deed, tells_own_deed_to
    text = "The Taliban say they destroyed a cell; the BLA (BLA) said its fighters had killed nine soldiers."
    tal_end, verb = text.index("Taliban") + 7, text.index("destroyed")
    assert tells_own_deed_to(text, tal_end, verb)
    assert tells_own_deed(text, text.index("BLA") + 3)
    other = "Police said gunmen killed two guards."
    assert not tells_own_deed_to(other, 6, other.index("killed"))  # the police tell of someone else's deed

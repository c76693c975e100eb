"""Phrase scanners: one pass over several lists finds what one index per list finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.nlp.phrases import PhraseGroups, PhraseIndex

LISTS = {
    "actors": ["Islamic State", "islamic state khorasan", "IS", "IS-K", "al-Shabaab", "state"],
    "gate": ["killed", "kill", "state of emergency", "is", "k", "shabaab"],
}
PIECES = ["Islamic", "islamic", "State", "state", "Khorasan", "IS", "is", "K", "k", "-", " ", "al", "Shabaab",
          "killed", "kill", "of", "emergency", ",", "\n", "x", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_groups_find_what_each_index_finds(pieces):
    text = "".join(pieces)
    found = PhraseGroups(LISTS).finditer(text)
    for name, phrases in LISTS.items():
        one = [(m.start(), m.end(), m.group(0)) for m in PhraseIndex(phrases, case_sensitive=False).finditer(text)]
        assert found[name] == one


def test_a_phrase_inside_a_longer_one_of_another_list_is_found():
    found = PhraseGroups(LISTS).finditer("The Islamic State Khorasan killed them.")
    assert found["actors"] == [(4, 26, "islamic state khorasan")]
    assert [(s, e) for s, e, _ in found["gate"]] == [(27, 33)]

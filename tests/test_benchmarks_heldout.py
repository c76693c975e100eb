"""The held-out scorer (benchmarks/heldout.py) on a small set written here."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import heldout  # noqa: E402


def _pred(**kw) -> dict:
    base = {"type": "event", "acled_event_type": "Violence against civilians", "acled_sub_event_type": "Attack",
            "date": "2022-03-11", "location": {"name": "Dasht-e-Barchi", "admin2": "Kabul", "country": "AF"},
            "actor1": {"id": "unidentified_armed_group", "name": "Unidentified Armed Group", "sector": "UAF"},
            "fatalities": {"best": 3, "low": 3, "high": 3},
            "evidence": {"text": "Gunmen killed three Hazara civilians in Dasht-e-Barchi on Friday, police said."}}
    base.update(kw)
    return base


GOLD = {"doc": "a.txt", "event_type": "Violence against civilians", "sub_event_type": "Attack", "date": "2022-03-11",
        "place": "Dasht-e-Barchi, Kabul", "country": "AF", "actor1": "Unidentified gunmen", "actor2": "Hazara",
        "fatalities": 3, "evidence": "Gunmen killed three Hazara civilians"}


def test_a_gold_event_pairs_with_the_event_that_tells_it_and_fields_are_compared():
    r = heldout.score_doc([GOLD], [_pred(), _pred(date="2019-01-05", evidence={"text": "In 2019 a bomb exploded."})],
                          "2022-03-12", heldout.ActorMatcher())
    assert len(r["pairs"]) == 1 and not r["missed"]
    assert r["agree"][0] == {f: True for f in heldout.FIELDS}
    # the other prediction is years before the report: background, not spurious
    assert r["spurious"] == [] and len(r["background"]) == 1


def test_wrong_fields_are_counted_and_an_unrelated_event_is_spurious():
    wrong = _pred(date="2022-03-10", fatalities={"best": 4, "low": 4, "high": 4},
                  actor1={"id": "taliban", "name": "Taliban", "sector": "REB"})
    other = _pred(evidence={"text": "Police arrested five men in Herat."}, date="2022-03-12",
                  location={"name": "Herat", "country": "AF"})
    r = heldout.score_doc([GOLD], [wrong, other], "2022-03-12", heldout.ActorMatcher())
    a = r["agree"][0]
    assert not a["date"] and not a["fatalities"] and not a["actor1"] and a["place"] and a["type"]
    assert len(r["spurious"]) == 1 and r["spurious"][0]["location"]["name"] == "Herat"


def test_actor_names_match_through_the_catalog():
    ok = heldout.ActorMatcher()
    assert ok("ISIS-K", {"id": "iskp", "name": "Islamic State Khorasan Province"})
    assert not ok("ISIS-K", {"id": "isis", "name": "Islamic State"})
    assert ok("Pakistan Army", {"id": "pk_military", "name": "Military Forces of Pakistan"})


def test_a_set_is_read_from_its_folder_and_scored_end_to_end(tmp_path, extractor):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "KABUL, March 12, 2022 (Wire) — Gunmen killed three Hazara civilians in Dasht-e-Barchi on Friday, police said.\n",
        encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("Published: 2022-03-12\n\nThe striker's attack won the match for Kabul.\n",
                                             encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    total = heldout.score_set(tmp_path, extractor=extractor)
    assert (total["matched"], total["missed"], total["spurious"]) == (1, 0, 0)
    assert total["date"] == 1 and total["place"] == 1 and total["fatalities"] == 1


def test_a_folder_without_gold_is_refused(tmp_path, capsys):
    assert heldout.main([str(tmp_path)]) == 2
    assert "needs docs/ and gold.jsonl" in capsys.readouterr().err


def test_a_country_bound_name_matches_the_actor_it_means_elsewhere():
    ok = heldout.ActorMatcher()
    # "al-Shabaab" is the Mozambique province in Mozambique, the Somali group elsewhere
    assert ok("al-Shabaab", {"id": "al_shabaab", "name": "Al-Shabaab"})


def test_an_actor_matches_the_acled_name_it_bears_on_the_events_day():
    ok = heldout.ActorMatcher()
    taliban = {"id": "taliban", "name": "Taliban"}
    # the Taliban since August 2021 are the state's forces in ACLED's naming, not before
    assert ok("Military Forces of Afghanistan (2021-)", taliban, "2024-05-26")
    assert not ok("Military Forces of Afghanistan (2021-)", taliban, "2019-05-26")

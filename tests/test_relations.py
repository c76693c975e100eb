"""Stated relations: cue families, negation, hedges, time, the third-party trap, and a labelled set."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from attrition.analysis.relations import aggregate, combine, verdict_line
from attrition.nlp.context import ActorSpan, SentenceContext
from attrition.nlp.relations import RelationFinder, Statement, event_statement, load_lexicon
from attrition.nlp.times import find_times
from attrition.records import ActorRef, Document, Event, Evidence

SET = Path(__file__).parent / "fixtures" / "relations_set.jsonl"
STATES = {"us", "pakistan", "iran", "china", "russia", "qatar"}
PERSONS = {"biden", "hsk", "baghdadi"}


def ref(aid: str) -> ActorRef:
    kind = "state" if aid in STATES else ("person" if aid in PERSONS else "armed_group")
    return ActorRef(aid, aid, kind)


def spans(text: str, actors: dict[str, str], offset: int = 0) -> list[ActorSpan]:
    found = []
    for surf, aid in actors.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(surf) + r"(?![\w])", text):
            found.append(ActorSpan(m.start() + offset, m.end() + offset, surf, ref(aid)))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out, last = [], -1
    for s in found:
        if s.start >= last:
            out.append(s)
            last = s.end
    return out


def contexts(text: str, actors: dict[str, str], date: str | None = None, prev: dict | None = None):
    """The sentence (and the one before it, when given) as the pipeline would hand them over."""
    full = (prev["text"] + " " if prev else "") + text
    doc = Document("t", full, published=date)
    out = []
    if prev:
        p = prev["text"]
        out.append(SentenceContext(doc, 0, 0, len(p), p, actors=spans(p, prev["actors"]), times=find_times(p, date)))
    s = len(full) - len(text)
    out.append(SentenceContext(doc, len(out), s, len(full), text, actors=spans(text, actors, s),
                               times=find_times(text, date, offset=s)))
    return out


@pytest.fixture(scope="module")
def finder():
    return RelationFinder(None, None)


def statements(finder, text, actors, date=None, prev=None) -> list[Statement]:
    out = []
    for ctx in contexts(text, actors, date, prev):
        out = finder.find(ctx)
    return out


def verdict(sts: list[Statement], a: str, b: str) -> str:
    mine = [s for s in sts if {s.a.id, s.b.id} == {a, b}]
    return combine(None, mine).polarity if mine else "none"


# --- cue families -------------------------------------------------------------------------
@pytest.mark.parametrize("text,actors,pair,polarity", [
    ("The Taliban and ISIS-K are sworn enemies.", {"Taliban": "taliban", "ISIS-K": "iskp"}, ("taliban", "iskp"), "hostile"),
    ("Al-Qaeda expelled the Islamic State in 2014.", {"Al-Qaeda": "aq", "Islamic State": "isis"}, ("aq", "isis"), "hostile"),
    ("The Taliban threatened ISIS with dire consequences.", {"Taliban": "taliban", "ISIS": "iskp"}, ("taliban", "iskp"), "hostile"),
    ("Clashes between the Taliban and ISIS-K killed 12.", {"Taliban": "taliban", "ISIS-K": "iskp"}, ("taliban", "iskp"), "hostile"),
    ("The Haqqani Network works in collaboration with the Taliban.", {"Haqqani Network": "haqqani", "Taliban": "taliban"},
     ("haqqani", "taliban"), "cooperative"),
    ("ISIS-K took in commanders from the TTP.", {"ISIS-K": "iskp", "TTP": "ttp"}, ("iskp", "ttp"), "cooperative"),
    ("ISIS announced the formation of its local branch, ISIS-K.", {"ISIS": "isis", "ISIS-K": "iskp"}, ("isis", "iskp"), "cooperative"),
    ("The IMU pledged allegiance to the Islamic State.", {"IMU": "imu", "Islamic State": "isis"}, ("imu", "isis"), "cooperative"),
    ("The US assisted the Taliban with intelligence.", {"US": "us", "Taliban": "taliban"}, ("taliban", "us"), "cooperative"),
])
def test_each_cue_family_gives_its_polarity(finder, text, actors, pair, polarity):
    assert verdict(statements(finder, text, actors), *pair) == polarity


def test_negated_cooperation_is_hostile_and_marked(finder):
    sts = statements(finder, "The Taliban and ISIS-K are not allies.", {"Taliban": "taliban", "ISIS-K": "iskp"})
    assert len(sts) == 1 and sts[0].negated and sts[0].polarity == "hostile" and sts[0].score > -0.9


def test_negated_hostility_is_neutral(finder):
    sts = statements(finder, "The Taliban denied fighting the TTP.", {"Taliban": "taliban", "TTP": "ttp"})
    assert [s.polarity for s in sts] == ["neutral"] and sts[0].negated


def test_not_only_is_not_a_negation(finder):
    sts = statements(finder, "ISIS was threatening not only the Taliban but Americans as well.",
                     {"ISIS": "iskp", "Taliban": "taliban"})
    assert [(s.polarity, s.negated) for s in sts] == [("hostile", False)]


def test_hedge_lowers_the_weight_but_keeps_the_polarity(finder):
    plain = statements(finder, "The Taliban worked with Pakistan.", {"Taliban": "taliban", "Pakistan": "pakistan"})
    hedged = statements(finder, "The Taliban worked with Pakistan to a certain extent.", {"Taliban": "taliban", "Pakistan": "pakistan"})
    assert hedged[0].hedged and not plain[0].hedged
    assert hedged[0].polarity == plain[0].polarity == "cooperative"
    assert 0 < hedged[0].score < plain[0].score


def test_since_and_past_markers_set_the_period(finder):
    s = statements(finder, "Since 2015 ISIS-K has been at war with the Taliban.", {"ISIS-K": "iskp", "Taliban": "taliban"})[0]
    assert s.period_start == "2015-01-01"
    s = statements(finder, "Al-Qaeda previously expelled ISIS-K.", {"Al-Qaeda": "aq", "ISIS-K": "iskp"}, date="2022-03-01")[0]
    assert s.period_end == "2022-03-01"
    s = statements(finder, "After the takeover, the Taliban cooperated with Pakistan.", {"Taliban": "taliban", "Pakistan": "pakistan"},
                   date="2022-03-01")[0]
    assert s.period_start == "2021-08-15"


def test_change_over_time_comes_out_mixed_with_both_periods(finder):
    text = "After fighting for more than 20 years, the Taliban and the US have finally found a common enemy: ISIS."
    sts = statements(finder, text, {"Taliban": "taliban", "US": "us", "ISIS": "iskp"}, date="2021-09-01")
    rel = combine(None, [s for s in sts if {s.a.id, s.b.id} == {"taliban", "us"}])
    assert rel.polarity == "mixed"
    periods = {p["polarity"]: p for p in rel.periods}
    assert periods["hostile"]["start"] == "2001-09-01" and periods["hostile"]["end"] == "2021-09-01"
    assert periods["cooperative"]["start"] == "2021-09-01"
    assert "hostile" in verdict_line(rel) and "cooperative" in verdict_line(rel)


def test_common_enemy_makes_the_two_cooperative_and_each_hostile_to_the_third(finder):
    sts = statements(finder, "Russia and the Taliban share a common enemy in ISIS-K.",
                     {"Russia": "russia", "Taliban": "taliban", "ISIS-K": "iskp"})
    assert verdict(sts, "russia", "taliban") == "cooperative"
    assert verdict(sts, "russia", "iskp") == verdict(sts, "taliban", "iskp") == "hostile"


def test_third_party_trap(finder):
    sts = statements(finder, "ISIS-K condemns cooperation between the Taliban and the US.",
                     {"ISIS-K": "iskp", "Taliban": "taliban", "US": "us"})
    assert verdict(sts, "iskp", "taliban") == "hostile"
    assert verdict(sts, "iskp", "us") == "hostile"
    assert verdict(sts, "taliban", "us") == "cooperative"


def test_no_inference_through_a_third_party(finder):
    sts = statements(finder, "Al-Qaeda is allied with the Taliban, which is fighting ISIS-K.",
                     {"Al-Qaeda": "aq", "Taliban": "taliban", "ISIS-K": "iskp"})
    assert verdict(sts, "aq", "iskp") == "none"


def test_sentence_initial_pronoun_takes_the_previous_subject(finder):
    sts = statements(finder, "They even took in high-ranking officials from the former TTP.", {"TTP": "ttp"},
                     prev={"text": "In 2015 ISIS announced the formation of ISIS-K.", "actors": {"ISIS": "isis", "ISIS-K": "iskp"}})
    assert verdict(sts, "iskp", "ttp") == "cooperative"


def test_generic_actors_are_skipped(finder):
    t = "Gunmen attacked the Taliban."
    ctx = SentenceContext(Document("g", t), 0, 0, len(t), t, actors=[
        ActorSpan(0, 6, "Gunmen", ActorRef("unidentified_armed_group", "UAG", "armed_group"), generic=True),
        ActorSpan(19, 26, "Taliban", ref("taliban"))])
    assert finder.find(ctx) == []


def test_statement_round_trips_through_its_dict_and_aggregates_across_documents(finder):
    a = statements(finder, "The Taliban and ISIS-K are rivals.", {"Taliban": "taliban", "ISIS-K": "iskp"}, date="2019-01-01")
    b = statements(finder, "ISIS-K attacked the Taliban in Kabul.", {"Taliban": "taliban", "ISIS-K": "iskp"}, date="2023-02-01")
    ev = Event("e1", "d3", "ASSAULT", None, "Battles", "Armed clash", ref("taliban"), ref("iskp"), "2021-10-04", "day",
               None, None, None, "asserted", Evidence("d3", "Taliban raid an ISIS-K cell.", 0, 28), 0.8)
    rels = aggregate([s.to_dict() for s in a + b], [ev.to_dict()])
    assert len(rels) == 1
    r = rels[0]
    assert r.doc_id is None and (r.a.id, r.b.id) == ("iskp", "taliban") and r.polarity == "hostile"
    assert r.first_seen == "2019-01-01" and r.last_seen == "2023-02-01"
    assert len(r.evidence) == 3 and {e.cue for e in r.evidence} >= {"rivals", "event:ASSAULT"}
    line = verdict_line(r)
    assert line.startswith("iskp – taliban: hostile (−1.0), 2 statements, 1 event, 2019–2023")


def test_events_weigh_by_plover_score():
    coop = Event("e", "d", "AID", None, None, None, ref("us"), ref("taliban"), None, None, None, None, None, "asserted",
                 Evidence("d", "x", 0, 1), 0.5)
    s = event_statement(coop)
    assert s.polarity == "cooperative" and s.weight == pytest.approx(1.0)
    planned = Event("e", "d", "ASSAULT", None, None, None, ref("us"), ref("taliban"), None, None, None, None, None,
                    "planned", Evidence("d", "x", 0, 1), 0.5)
    assert event_statement(planned) is None


def test_relations_for_document_combines_statements_and_events(finder):
    sts = statements(finder, "The Taliban and ISIS-K are rivals.", {"Taliban": "taliban", "ISIS-K": "iskp"})
    ev = Event("e1", "t", "ASSAULT", None, None, None, ref("taliban"), ref("iskp"), None, None, None, None, None,
               "asserted", Evidence("t", "x", 0, 1), 0.8)
    rels = finder.relations_for_document(Document("t", "x"), sts, [ev])
    assert len(rels) == 1 and rels[0].doc_id == "t" and rels[0].polarity == "hostile" and len(rels[0].evidence) == 2
    assert rels[0].to_dict()["type"] == "relation"


def test_lexicon_gate_words_cover_the_cues():
    lx = load_lexicon()
    gate = set(RelationFinder(None, None).gate_words)
    assert {"rivals", "expelled", "common enemy", "pledged allegiance to"} <= gate
    assert "took in" in gate and all(w == w.lower() for w in gate)
    assert lx.anchors["the takeover"] == "2021-08-15"


# --- the labelled set -----------------------------------------------------------------------
def _labelled():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labelled_set_covers_every_cue_family():
    rows = _labelled()
    assert len(rows) >= 60
    fams = {r["family"] for r in rows}
    assert {"rivalry", "enmity", "expulsion", "threat", "clash", "common_enemy", "cooperation", "recruitment",
            "membership", "allegiance", "assistance", "negation", "hedge", "time", "third_party"} <= fams


def test_polarity_accuracy_on_the_labelled_set(finder):
    right = total = 0
    wrong = []
    for row in _labelled():
        sts = statements(finder, row["text"], row["actors"], row.get("date"), row.get("prev"))
        for a, b, want in row["expect"]:
            got = verdict(sts, a, b)
            total += 1
            if got == want:
                right += 1
            else:
                wrong.append((row["id"], a, b, want, got))
    acc = right / total
    assert acc >= 0.90, f"accuracy {acc:.3f} on {total} pairs; wrong: {wrong}"


def test_what_an_accusation_says_is_not_the_accuser_s_relation(finder):
    # the name before "whom it accused" is the accused, and the country inside "of ..." is what was said
    sts = statements(finder, "The statement named the Taliban, whom it accused of being ready to expel militants to "
                             "please China.", {"Taliban": "taliban", "China": "cn"})
    assert verdict(sts, "taliban", "cn") == "none"
    # a plain accusation still sets accuser against accused
    sts = statements(finder, "Pakistan accused the Taliban of harbouring militants.", {"Pakistan": "pk", "Taliban": "taliban"})
    assert verdict(sts, "pk", "taliban") == "hostile"


def test_the_head_of_an_appositive_is_the_subject_of_its_relative_clause(finder):
    sts = statements(finder, "The branch is led by Hafiz Saeed Khan, a former commander of the TTP in Orakzai, who "
                             "pledged allegiance to Abu Bakr al-Baghdadi.",
                     {"Hafiz Saeed Khan": "hafiz", "TTP": "ttp", "Abu Bakr al-Baghdadi": "baghdadi"})
    assert verdict(sts, "hafiz", "baghdadi") == "cooperative"
    assert verdict(sts, "ttp", "baghdadi") == "none"


def test_a_clause_of_its_own_after_as_has_its_own_subject(finder):
    sts = statements(finder, "America would still be insecure as all the senior security officials are recruited from "
                             "the Haqqani network.", {"America": "us", "Haqqani network": "haqqani"})
    assert verdict(sts, "us", "haqqani") == "none"


"""The benchmark loaders and scorers, on small synthetic inputs written here.

Tests that read the real development data (../shared/dev-data) skip when it is absent.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import accuracy  # noqa: E402
import gold  # noqa: E402
import speed  # noqa: E402

DEV_DATA = gold.DEFAULT_DATA
needs_dev_data = pytest.mark.skipif(not DEV_DATA.exists(), reason="../shared/dev-data is absent")


def event(plover="ASSAULT", mode=None, etype=None, sub=None, conf=0.5, actor1=None, actor2=None, deaths=None):
    return {"type": "event", "plover_type": plover, "plover_mode": mode, "acled_event_type": etype,
            "acled_sub_event_type": sub, "confidence": conf, "actor1": actor1, "actor2": actor2,
            "fatalities": {"best": deaths, "low": deaths, "high": deaths} if deaths is not None else None,
            "evidence": {"text": "x", "start": 0, "end": 1}}


# ----------------------------------------------------------------- gold loaders (synthetic files)


def test_require_exits_with_a_message_naming_the_missing_path(tmp_path):
    with pytest.raises(SystemExit) as info:
        gold.require(tmp_path / "nope")
    assert "nope" in str(info.value) and "--data" in str(info.value)


def test_load_case_reads_tsv_and_rejects_unknown_labels(tmp_path):
    folder = tmp_path / "case2021_task2"
    folder.mkdir()
    f = folder / "test_set_final_release_with_labels.tsv"
    f.write_text("id\tEventSnippet\tSubType\n1\tJets struck a village\tAIR_STRIKE\n2\tFloods hit\tNATURAL_DISASTER\n")
    items = gold.load_case(tmp_path)
    assert [(i.id, i.label) for i in items] == [("case-1", "AIR_STRIKE"), ("case-2", "NATURAL_DISASTER")]
    assert items[0].acled == ("Explosions/Remote violence", "Air/drone strike")
    assert items[1].acled is None
    f.write_text("id\tEventSnippet\tSubType\n1\tx\tNOT_A_LABEL\n")
    with pytest.raises(ValueError, match="NOT_A_LABEL"):
        gold.load_case(tmp_path)


def test_case_mapping_covers_all_25_acled_sub_event_types():
    subs = {s for _, s in gold.CASE_TO_ACLED.values()}
    assert len(gold.CASE_TO_ACLED) == 25 and len(subs) == 25
    assert {t for t, _ in gold.CASE_TO_ACLED.values()} == set(gold.ACLED_EVENT_TYPES)


def test_parse_fill_reads_alternatives_optional_mark_and_escaped_quotes():
    assert gold.parse_fill('? "FMLN" / "FARABUNDO MARTI"') == (["FMLN", "FARABUNDO MARTI"], True)
    assert gold.parse_fill('"TEAM FROM THE \\"TODAY\\" NEWSCAST"') == (['TEAM FROM THE "TODAY" NEWSCAST'], False)


def _template(**slots):
    base = {"INCIDENT: TYPE": "ATTACK", "PERP: ORGANIZATION ID": "-", "HUM TGT: NUMBER": "-",
            "HUM TGT: EFFECT OF INCIDENT": "-"}
    return base | slots


def test_template_deaths_pairs_death_effects_with_their_numbers():
    t = _template(**{"HUM TGT: NUMBER": ['6: "JESUITS"', '2: "MAIDS"', '3: "GUARDS"'],
                     "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "JESUITS"', 'DEATH: "MAIDS"', 'INJURY: "GUARDS"']})
    assert gold.template_deaths(t) == (8, "")


def test_template_deaths_conventions_for_ranges_uncertainty_and_plural():
    # "2 -" (two or more) counts 2; "? DEATH" and "INJURY / DEATH" are not certain deaths.
    t = _template(**{"HUM TGT: NUMBER": ['2 -: "CIVILIANS"', '4: "SOLDIERS"', '1: "X"'],
                     "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "CIVILIANS"', '? DEATH: "SOLDIERS"', 'INJURY / DEATH: "X"']})
    assert gold.template_deaths(t)[0] == 2
    plural = _template(**{"HUM TGT: NUMBER": 'PLURAL: "PEOPLE"', "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "PEOPLE"'})
    assert gold.template_deaths(plural)[0] is None
    # Two targets sharing a first string are told apart by their full alternatives.
    t2 = _template(**{"HUM TGT: NUMBER": ['2: "CIVILIANS"', '5: "CIVILIANS" / "MORE"'],
                      "HUM TGT: EFFECT OF INCIDENT": ['INJURY: "CIVILIANS"', 'DEATH: "CIVILIANS" / "MORE"']})
    assert gold.template_deaths(t2)[0] == 5


def test_muc_doc_sums_templates_merges_orgs_and_keeps_main_type():
    row = {"docid": "D1", "text": "LIMA, 10 JAN 90 -- ...", "relevant": True, "templates": [
        _template(**{"INCIDENT: TYPE": "BOMBING / ATTACK", "PERP: ORGANIZATION ID": '? "SHINING PATH"',
                     "HUM TGT: NUMBER": '1: "JUDGE"', "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "JUDGE"'}),
        _template(**{"INCIDENT: TYPE": "KIDNAPPING", "PERP: ORGANIZATION ID": ['"SHINING PATH" / "SL"', '"MRTA"'],
                     "HUM TGT: NUMBER": '2: "POLICEMEN"', "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "POLICEMEN"'}),
    ]}
    d = gold.muc_doc_from_row(row)
    assert d.incident_types == ("BOMBING", "ATTACK")
    assert d.all_incident_types == ("BOMBING", "ATTACK", "KIDNAPPING")
    assert d.deaths == 3
    assert [(e.alternatives, e.optional) for e in d.perp_orgs] == [(("SHINING PATH",), False), (("MRTA",), False)]
    assert gold.muc_doc_from_row({"docid": "D2", "text": "x", "relevant": False, "templates": []}).deaths is None


def test_load_muc4_and_plover_read_synthetic_files(tmp_path):
    (tmp_path / "muc4").mkdir()
    (tmp_path / "muc4" / "muc4_tst3_tst4_full_keys.jsonl").write_text(
        json.dumps({"docid": "A", "text": "T", "relevant": False, "templates": []}) + "\n")
    assert gold.load_muc4(tmp_path)[0].relevant is False
    (tmp_path / "plover_gsr").mkdir()
    recs = [{"id": "doc", "event": "DOCUMENT"},
            {"id": "p1", "event": "FIGHT", "mode": "firearms", "text": "Serb forces killed three.",
             "source": [{"actorText": "Serb forces"}], "target": ""},
            {"id": "p2", "event": "DISAPPROVE", "text": "Albania denounced Serbia.",
             "source": [{"actorText": "Albania"}], "target": [{"actorText": "Serbia"}]}]
    (tmp_path / "plover_gsr" / "PLOVER_GSR_CAMEO.json").write_text(json.dumps(recs))
    items = gold.load_plover(tmp_path)
    assert [(i.gold_type, i.sources, i.targets) for i in items] == [
        ("ASSAULT", ("Serb forces",), ()), ("ACCUSE", ("Albania",), ("Serbia",))]


def test_bio_spans_reads_roles_and_breaks_at_a_new_begin():
    tagged = [("Rebels", "B-S"), ("shelled", "O"), ("the", "B-T"), ("town", "I-T"), ("Ankara", "B-R"),
              ("and", "I-R"), ("Rome", "I-R"), ("Paris", "B-T")]
    assert gold.bio_spans(tagged) == {"S": ["Rebels"], "T": ["the town", "Paris"], "R": ["Ankara and Rome"]}
    assert gold.bio_spans([("stray", "I-S"), ("word", "O")]) == {"S": ["stray"]}


def test_load_cameo_joins_class_and_tag_files_and_counts_reciprocal_actors_on_both_sides(tmp_path):
    folder = tmp_path / "cameo_conflibert"
    folder.mkdir()
    (folder / "cameo_class_test.tsv").write_text("Rebels shelled the town.\t4\r\nChad and Niger agreed.\t1\r\n")
    (folder / "cameo_ner_test.txt").write_text(
        "Rebels B-S\nshelled O\nthe B-T\ntown I-T\n. O\n\nChad B-R\nand I-R\nNiger I-R\nagreed O\n. O\n\n")
    a, b = gold.load_cameo(tmp_path)
    assert (a.text, a.label, a.sources, a.targets) == ("Rebels shelled the town.", "4", ("Rebels",), ("the town",))
    assert b.sources == b.targets == ("Chad and Niger",)
    (folder / "cameo_class_test.tsv").write_text("Rebels shelled the town.\t4\n")
    with pytest.raises(ValueError):
        gold.load_cameo(tmp_path)


def test_plover_mapping_lands_on_v2_types_only():
    assert set(gold.PLOVER_OLD_TO_V2.values()) <= set(gold.PLOVER_TYPES)
    assert gold.PLOVER_OLD_TO_V2["DEMAND"] == "REQUEST" and gold.PLOVER_OLD_TO_V2["FIGHT"] == "ASSAULT"


def test_load_petrarch_maps_cameo_roots(tmp_path):
    (tmp_path / "petrarch_validation").mkdir()
    rows = [{"id": "a", "text": "x", "gold_events": [{"eventcode": "190", "sourcecode": "USAMIL", "targetcode": "IRQ"}]},
            {"id": "b", "text": "y", "gold_events": [{"noevents": "True"}]}]
    (tmp_path / "petrarch_validation" / "PETR2_GSR_validation.sentences.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows))
    a, b = gold.load_petrarch(tmp_path)
    assert a.plover_types == {"ASSAULT"} and b.events == ()


def test_news_loaders_read_ag_and_bbc(tmp_path):
    (tmp_path / "news_corpora").mkdir()
    (tmp_path / "news_corpora" / "ag_news_test.csv").write_text('"2","Cup final","Team wins\\\\the cup."\n')
    (tmp_path / "news_corpora" / "bbc_news_test.tsv").write_text("some article text\t3\n")
    ag = gold.load_ag_news(tmp_path)[0]
    assert ag.label == "Sports" and ag.text.startswith("Cup final\n\n") and "\\" not in ag.text
    assert gold.load_bbc(tmp_path)[0].label == "3"


# ----------------------------------------------------------------- scorers


def test_top_event_takes_highest_confidence_passing_the_filter():
    evs = [event(conf=0.9), event(etype="Battles", sub="Armed clash", conf=0.6), event(etype="Riots", conf=0.6)]
    assert accuracy.top_event(evs) is evs[0]
    assert accuracy.top_event(evs, accuracy.has_acled) is evs[1]
    assert accuracy.top_event([]) is None


def test_top_event_takes_the_most_salient_then_the_most_confident():
    lead = event(conf=0.6) | {"salience": 0.8}
    aside = event(etype="Battles", sub="Armed clash", conf=0.95) | {"salience": 0.3}
    twin = event(conf=0.9) | {"salience": 0.8}
    assert accuracy.top_event([aside, lead]) is lead
    assert accuracy.top_event([aside, lead, twin]) is twin


def test_score_case_counts_no_event_as_wrong_and_false_events_on_non_acled():
    air = event(etype="Explosions/Remote violence", sub="Air/drone strike")
    shelling = event(etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack")
    m = accuracy.score_case([("AIR_STRIKE", air), ("AIR_STRIKE", shelling), ("ARMED_CLASH", None),
                             ("NATURAL_DISASTER", None), ("ORG_CRIME", air), ("DIPLO", air)])
    assert m["n"] == 3
    assert m["event_type_accuracy"] == pytest.approx(2 / 3)
    assert m["sub_event_accuracy"] == pytest.approx(1 / 3)
    assert m["false_event_rate"] == 0.5 and m["n_non_acled"] == 2
    assert ("Air/drone strike", "Shelling/artillery/missile attack", 1) in m["top_sub_confusions"]
    assert ("Battles", "(none)", 1) in m["top_type_confusions"]


def test_top_confusions_ignores_agreements_and_orders_by_count():
    pairs = [("a", "b"), ("a", "b"), ("a", "a"), ("c", "d")]
    assert accuracy.top_confusions(pairs, 5) == [("a", "b", 2), ("c", "d", 1)]


def test_prf_micro_counts():
    assert accuracy.prf(1, 2, 1, 4) == pytest.approx({"precision": 0.5, "recall": 0.25, "f1": 1 / 3})
    assert accuracy.prf(0, 0, 0, 3)["f1"] == 0.0


def test_muc_incident_type_mapping():
    assert accuracy.muc_incident_type(event(etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED")) == "BOMBING"
    assert accuracy.muc_incident_type(event(mode="explosives")) == "BOMBING"
    assert accuracy.muc_incident_type(event(mode="abduct")) == "KIDNAPPING"
    assert accuracy.muc_incident_type(event(etype="Violence against civilians", sub="Abduction/forced disappearance")) == "KIDNAPPING"
    assert accuracy.muc_incident_type(event(mode="firearms")) == "ATTACK"
    assert accuracy.muc_incident_type(event(plover="CONSULT")) is None
    assert accuracy.muc_incident_type(event(plover="PROTEST", mode="strike")) == "FORCED WORK STOPPAGE"
    burned = event(etype="Strategic developments", sub="Looting/property destruction") | {"trigger": "set fire to"}
    felled = event(etype="Strategic developments", sub="Looting/property destruction") | {"trigger": "destroyed"}
    assert accuracy.muc_incident_type(burned) == "ARSON"
    assert accuracy.muc_incident_type(felled) == "ATTACK"  # MUC-4's ARSON is fire


def test_names_match_normalises_and_accepts_whole_word_containment():
    assert accuracy.names_match("the FMLN", "FMLN")
    assert accuracy.names_match("Salvadoran Armed Forces", "ARMED FORCES")
    assert not accuracy.names_match("ARMY", "ARMYWORKS")
    assert not accuracy.names_match("", "FMLN")


def test_match_entities_counts_each_side_once_and_optional_gold_is_not_required():
    g = [gold.MucEntity(("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT")), gold.MucEntity(("ARMY",), optional=True),
         gold.MucEntity(("MRTA",))]
    pred = [["Farabundo Marti National Liberation Front", "FMLN"], ["FMLN rebels"], ["police"]]
    m = accuracy.match_entities(g, pred)
    # FMLN matched once; the optional ARMY missed and not required; MRTA missed.
    assert m == {"matched_gold": 1, "n_gold": 2, "matched_pred": 1, "n_pred": 3}
    m2 = accuracy.match_entities(g, [["the army"]])
    assert m2["matched_gold"] == 1 and m2["n_gold"] == 3


def test_unidentified_actors_are_not_perpetrator_organisations():
    assert accuracy.is_unidentified({"id": "unidentified_armed_group", "name": "Unidentified Armed Group"})
    assert accuracy.is_unidentified({"id": "x1", "name": "gunmen", "sector": "UAF"})
    assert not accuracy.is_unidentified({"id": "fmln", "name": "FMLN", "sector": "REB"})


def test_score_muc_on_three_documents():
    fm = gold.MucEntity(("FMLN",))
    rows = [
        {"relevant": True, "gold_types": ("ATTACK",), "pred_type": "ATTACK", "gold_orgs": [fm], "pred_orgs": [["FMLN"]],
         "gold_deaths": 3, "pred_deaths_sum": 5, "pred_deaths_max": 5, "pred_deaths_targets": 3, "any_incident": True},
        {"relevant": True, "gold_types": ("BOMBING", "ATTACK"), "pred_type": "KIDNAPPING", "gold_orgs": [], "pred_orgs": [["army"]],
         "gold_deaths": 2, "pred_deaths_sum": 4, "pred_deaths_max": 2, "pred_deaths_targets": 4, "any_incident": True},
        {"relevant": False, "gold_types": (), "pred_type": "ATTACK", "gold_orgs": [], "pred_orgs": [],
         "gold_deaths": None, "pred_deaths_sum": 0, "pred_deaths_max": 0, "pred_deaths_targets": 0, "any_incident": True},
    ]
    m = accuracy.score_muc(rows)
    assert m["incident_type_accuracy"] == 0.5 and m["n_relevant"] == 2
    assert m["perp_org"]["precision"] == 0.5 and m["perp_org"]["recall"] == 1.0
    assert m["perp_org"]["f1"] == pytest.approx(2 / 3)
    assert m["deaths_exact_sum"] == 0.0 and m["deaths_exact_max"] == 0.5 and m["n_deaths"] == 2
    assert m["deaths_exact_targets"] == 0.5
    assert m["irrelevant_false_event_rate"] == 1.0


def test_target_deaths_leave_out_an_armed_groups_own_dead():
    clash = {"fatalities": {"best": 6}, "actor1": {"id": "uag", "kind": "armed_group"},
             "actor2": {"id": "mil_pe", "kind": "state"},
             "fatalities_by_side": {"actor1": 5, "actor2": 1, "civilians": 0, "unknown": 0}}
    assert accuracy.target_deaths(clash) == 1
    # a state's dead are targets; a toll not told by side is all targets
    assert accuracy.target_deaths({**clash, "actor1": {"id": "mil_x", "kind": "state"}}) == 6
    assert accuracy.target_deaths({**clash, "fatalities_by_side": None}) == 6


def test_tokens_overlap_uses_content_words():
    assert accuracy.tokens_overlap(["Serb forces"], ["Serbian forces"])
    assert not accuracy.tokens_overlap(["the government"], ["The Hungarian officials"])
    assert not accuracy.tokens_overlap([], ["Serbia"])


def test_role_match_reads_nations_both_ways():
    nations = {"palestinian": "PS", "vietnamese": "VN", "serb": "RS", "fijian": "FJ"}.get
    # without a nation lookup: plain token overlap
    assert not accuracy.role_match(["Civilians (Palestine)", "youths"], "PS", ["Palestinian"])
    # a gold text that is only a nation's word matches an actor of that nation, not of another
    assert accuracy.role_match(["Civilians (Palestine)", "youths"], "PS", ["Palestinian"], nations)
    assert not accuracy.role_match(["Civilians (Israel)", "people"], "IL", ["Palestinian"], nations)
    # a head noun alone is no match when the gold names another nation; it is when the nation agrees
    assert not accuracy.role_match(["Military Forces of Cambodia", "forces"], "KH", ["Vietnamese-led forces"], nations)
    assert accuracy.role_match(["Military Forces of Serbia", "forces"], "RS", ["Serb forces"], nations)
    # a gold with a word of its own still needs it: "Fijian rebels" are not the Government of Fiji
    assert not accuracy.role_match(["Government of Fiji", "government"], "FJ", ["Fijian rebels"], nations)
    # a shared word that is not a head noun stays a match ("President Bush and Egyptian President ...")
    assert accuracy.role_match(["George W. Bush", "President Bush"], "US", ["President Bush and Egyptian President X"],
                               {"egyptian": "EG"}.get)


def test_score_plover_type_coverage_and_roles():
    rows = [
        {"gold_type": "ASSAULT", "pred_type": "ASSAULT", "gold_sources": ("Serb forces",), "gold_targets": ("Albanians",),
         "pred_source": ["Serb forces"], "pred_target": []},
        {"gold_type": "ACCUSE", "pred_type": "REQUEST", "gold_sources": ("Albania",), "gold_targets": (),
         "pred_source": ["Albania"], "pred_target": ["Serbia"]},
        {"gold_type": "AGREE", "pred_type": None, "gold_sources": ("Jordan",), "gold_targets": ("Israel",),
         "pred_source": [], "pred_target": []},
    ]
    m = accuracy.score_plover(rows)
    assert m["type_accuracy"] == 0.5 and m["coverage"] == pytest.approx(2 / 3)
    assert m["source_accuracy"] == 1.0 and m["n_source"] == 2
    assert m["target_accuracy"] == 0.0 and m["n_target"] == 1


def test_score_petrarch_type_and_country_agreement():
    rows = [
        {"gold_types": {"ASSAULT"}, "pred_type": "ASSAULT", "score_actors": True, "gold_src": {"USA"}, "gold_tgt": {"IRQ"},
         "pred_src": "USA", "pred_tgt": None},
        {"gold_types": {"CONSULT"}, "pred_type": "AGREE", "score_actors": False, "gold_src": {"ARN"}, "gold_tgt": set(),
         "pred_src": None, "pred_tgt": None},
        {"gold_types": set(), "pred_type": "AGREE", "score_actors": True, "gold_src": set(), "gold_tgt": set(),
         "pred_src": None, "pred_tgt": None},
    ]
    m = accuracy.score_petrarch(rows)
    assert m["type_agreement"] == 0.5 and m["n"] == 2
    assert m["source_agreement"] == 1.0 and m["n_source"] == 1 and m["target_agreement"] == 0.0


def test_is_violent_and_false_violence_rate():
    assert accuracy.is_violent(event(plover="ASSAULT"))
    assert accuracy.is_violent(event(plover="COERCE", etype="Violence against civilians"))
    assert not accuracy.is_violent(event(plover="PROTEST", etype="Protests"))
    m = accuracy.score_false_violence([("Sports", 1), ("Business", 0), ("Sports", 2), ("Sci/Tech", 0)])
    assert m["violent_per_1000"] == 750 and m["items_with_violent_event"] == 2 and m["by_class"]["Sports"] == 3


def test_actor_strings_gathers_name_and_mentions_of_the_same_actor():
    recs = [{"type": "actor", "id": "fmln", "name": "FMLN", "mentions": [{"text": "the guerrillas"}, {"text": "FMLN"}]},
            {"type": "actor", "id": "x", "name": "Other", "mentions": [{"text": "other"}]}]
    assert accuracy.actor_strings(recs, {"id": "fmln", "name": "FMLN"}) == ["FMLN", "the guerrillas"]
    assert accuracy.actor_strings(recs, None) == []


def test_table_rows_mark_pass_and_fail_against_targets():
    rows = accuracy.table_rows({"agnews": {"violent_per_1000": 3.0, "n": 10}})
    assert rows[0]["pass"] is False and rows[0]["target"] == "< 2"


def test_speed_checkpoints_double_from_one_thousand():
    assert speed.checkpoints(5000) == [1000, 2000, 4000, 5000]
    assert speed.checkpoints(500) == [500]


# ----------------------------------------------------------------- real dev-data (skipped when absent)


@needs_dev_data
def test_real_gold_sets_load_with_expected_sizes():
    case = gold.load_case(DEV_DATA)
    assert len(case) == 1019
    muc = gold.load_muc4(DEV_DATA)
    assert len(muc) == 200 and sum(d.relevant for d in muc) == 126
    assert all(d.incident_types for d in muc if d.relevant)
    assert len(gold.load_plover(DEV_DATA)) == 322
    assert len(gold.load_cameo(DEV_DATA)) == 451
    assert len(gold.load_ag_news(DEV_DATA)) == 7600
    assert len(gold.load_bbc(DEV_DATA)) == 322
    assert gold.load_petrarch(DEV_DATA)

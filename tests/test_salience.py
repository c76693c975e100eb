"""Salience: which event a report is about (its lead, told again, a named perpetrator, a toll), and the
merging rules it rests on. Sentences are invented for these tests."""
from __future__ import annotations

from attrition.nlp.salience import is_background, salience
from attrition.records import Document


def events(extractor, text: str):
    return extractor.analyse(Document(id="t", text=text)).events


def test_lead_event_outranks_a_later_one_of_equal_weight():
    lead = salience(first=0, mentions=1, named_perpetrator=False, harmed=0, background=False)
    later = salience(first=6, mentions=1, named_perpetrator=False, harmed=0, background=False)
    assert lead > later


def test_the_first_sentence_leads_the_second():
    # a report's first sentence (headline or lead) tells its news; the second already adds to it
    kw = dict(mentions=1, named_perpetrator=False, harmed=0, background=False)
    assert salience(first=0, **kw) > salience(first=1, **kw) > salience(first=2, **kw)


def test_told_again_with_perpetrator_and_toll_ranks_higher():
    bare = salience(first=3, mentions=1, named_perpetrator=False, harmed=0, background=False)
    full = salience(first=3, mentions=4, named_perpetrator=True, harmed=12, background=False)
    assert full > bare + 0.3


def test_background_planned_and_non_violent_events_count_for_less():
    base = dict(first=0, mentions=2, named_perpetrator=True, harmed=3)
    news = salience(**base, background=False)
    assert salience(**base, background=True) < news / 2
    assert salience(**base, background=False, modality="planned") < news
    assert salience(**base, background=False, violent=False) < news
    assert 0.0 <= salience(first=0, mentions=99, named_perpetrator=True, harmed=10 ** 6, background=False) <= 1.0


def test_background_is_an_event_dated_weeks_before_its_report():
    assert is_background("1990-01-02", "day", "1990-03-01")
    assert not is_background("1990-02-27", "day", "1990-03-01")
    assert not is_background("1990-02", "month", "1990-03-01")  # February may have ended yesterday
    assert not is_background("1990-01-02", "day", None)


def test_report_leading_with_a_bombing_makes_it_the_most_salient(extractor):
    text = ("Quito, 4 Mar 91 (Radio) -- A car bomb exploded outside the Agriculture Ministry in Quito today, "
            "killing four guards.\n\n"
            "Police said the bomb had been left in a parked van.\n\n"
            "In other news, two soldiers were wounded in a clash with rebels near Tena on Sunday.")
    evs = events(extractor, text)
    assert len(evs) >= 2
    top = max(evs, key=lambda e: (e.salience, e.confidence))
    assert top.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert all(0.0 <= e.salience <= 1.0 for e in evs)
    assert "salience" in top.to_dict()


def test_attacks_in_towns_far_apart_stay_two_events(extractor):
    # Cuenca and Esmeraldas are hundreds of km apart: two attacks, not one told twice
    text = ("Gunmen killed three policemen in Cuenca on Monday. "
            "A bomb destroyed a bridge in Esmeraldas, wounding two people.")
    evs = events(extractor, text)
    assert len(evs) == 2
    assert {e.acled_sub_event_type for e in evs} >= {"Remote explosive/landmine/IED"}
    assert any(e.acled_sub_event_type != "Remote explosive/landmine/IED" for e in evs)


def test_a_dateline_city_does_not_keep_apart_the_event_told_elsewhere(extractor):
    # the report is filed in Quito; the bomb went off in Cuenca, hundreds of km away: one event, placed in Cuenca
    text = ("Quito, 3 May 91 (EFE) -- [Text] Ten people were wounded in a bomb explosion before dawn today. "
            "The bomb was placed in a market in Cuenca, south of the capital.")
    evs = events(extractor, text)
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.name == "Cuenca"

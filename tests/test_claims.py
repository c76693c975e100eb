"""Quantitative claims and the claims ledger."""
from __future__ import annotations

import pytest

from attrition.analysis.claims import figure_text, ledger
from attrition.nlp.claims import ClaimFinder
from attrition.nlp.context import ActorSpan, SentenceContext
from attrition.nlp.times import find_times
from attrition.records import ActorRef, Document

ISKP = ActorRef("iskp", "Islamic State Khorasan Province", "armed_group")
TAL = ActorRef("taliban", "Taliban", "armed_group")
USMIL = ActorRef("mil_us", "Military Forces of the United States", "state")


def ctx(text: str, actors=(), date=None, index=0, doc=None):
    spans = []
    for surf, ref in actors:
        i = text.find(surf)
        spans.append(ActorSpan(i, i + len(surf), surf, ref))
    d = doc or Document("d", text, published=date)
    return SentenceContext(d, index, 0, len(text), text, actors=sorted(spans, key=lambda s: s.start),
                           times=find_times(text, date))


@pytest.fixture(scope="module")
def finder():
    return ClaimFinder(None, None)


def one(finder, *a, **k):
    cs = finder.find(ctx(*a, **k))
    assert len(cs) == 1, cs
    return cs[0]


def test_fighters_with_qualifier_and_date(finder):
    c = one(finder, "ISIS-K had about 2,000 fighters in 2021.", [("ISIS-K", ISKP)])
    assert (c.subject.id, c.quantity, c.value, c.qualifier, c.unit, c.date) == ("iskp", "fighters", 2000, "about", "people", "2021")


def test_range_keeps_low_and_high(finder):
    c = one(finder, "ISIS-K now has 4,000-5,000 militants.", [("ISIS-K", ISKP)])
    assert (c.value, c.low, c.high, c.qualifier) == (4000, 4000, 5000, None)


def test_from_to_gives_both_figures(finder):
    cs = finder.find(ctx("ISIS-K grew from 2000 to 4000-5000 militants.", [("ISIS-K", ISKP)]))
    assert [(c.quantity, c.low, c.high) for c in cs] == [("fighters", 2000, 2000), ("fighters", 4000, 5000)]


def test_attacks_by_an_actor_with_a_period(finder):
    c = one(finder, "The UN recorded 77 attacks in the first 4 months by ISIS-K.", [("ISIS-K", ISKP)])
    assert (c.subject.id, c.quantity, c.value, c.unit) == ("iskp", "attacks", 77, "attacks")
    assert c.period == "first 4 months"


def test_money_is_funding(finder):
    c = one(finder, "ISIS-K received more than $5 million from the core group.", [("ISIS-K", ISKP)])
    assert (c.quantity, c.value, c.unit, c.qualifier, c.high) == ("funding", 5_000_000, "USD", "over", None)


def test_funding_could_rise_to_is_up_to(finder):
    c = one(finder, "ISIS-K funding could rise to $100 million.", [("ISIS-K", ISKP)])
    assert (c.value, c.qualifier) == (100_000_000, "up to")


def test_verb_outranks_noun(finder):
    c = one(finder, "Almost 1400 ISIS-K fighters surrendered to the government.", [("ISIS-K", ISKP)])
    assert (c.subject.id, c.quantity, c.value, c.qualifier) == ("iskp", "surrendered", 1400, "about")


def test_killed_counts_take_the_victims_as_subject(finder):
    cs = finder.find(ctx("The attack killed 13 American soldiers and more than 100 Afghans.", [("American soldiers", USMIL)]))
    assert [(c.subject_name if c.subject is None else c.subject.id, c.quantity, c.value, c.qualifier) for c in cs] == [
        ("mil_us", "killed", 13, None), ("Afghans", "killed", 100, "over")]


def test_arrested_and_injured(finder):
    cs = finder.find(ctx("Police arrested 40 suspects; 12 people were injured.", []))
    assert [(c.quantity, c.value) for c in cs] == [("arrested", 40), ("injured", 12)]


def test_years_durations_and_percentages_are_not_claims(finder):
    assert finder.find(ctx("After 20 years of war, 40 percent of the country lay in ruins in 2021.", [("x", TAL)])) == []


def test_their_fighters_take_the_subject_from_the_previous_sentence(finder):
    text = "ISIS-K lost Nangarhar in late 2019. Almost 1400 of their fighters and their families surrendered."
    doc = Document("p", text)
    first = ctx("ISIS-K lost Nangarhar in late 2019.", [("ISIS-K", ISKP)], doc=doc)
    s = text.index("Almost")
    second = SentenceContext(doc, 1, s, len(text), text[s:])
    f = ClaimFinder(None, None)
    f.find(first)
    cs = f.find(second)
    assert [(c.subject.id, c.quantity, c.value) for c in cs] == [("iskp", "surrendered", 1400)]


def test_gate_words_include_nouns_and_verbs(finder):
    assert {"fighters", "attacks", "casualties", "surrendered", "million"} <= set(finder.gate_words)


# --- ledger ----------------------------------------------------------------------------
def _claim(doc, value, low=None, high=None, qualifier=None, quantity="fighters", subject=("iskp", "ISKP"), date="2021"):
    return {"type": "claim", "doc_id": doc, "subject": {"id": subject[0], "name": subject[1]}, "quantity": quantity,
            "value": value, "low": value if low is None else low, "high": value if high is None and qualifier is None else high,
            "qualifier": qualifier, "unit": "people", "date": date, "period": None,
            "evidence": {"doc_id": doc, "text": f"{doc} says {value}", "start": 0, "end": 5}}


def test_ledger_shows_disagreement_side_by_side_without_averaging():
    rows = ledger([_claim("a", 2000), _claim("b", 4000, 4000, 5000), _claim("c", 1400, quantity="surrendered")])
    fighters = next(r for r in rows if r["quantity"] == "fighters")
    assert fighters["disagree"] and fighters["n_sources"] == 2
    assert [f["text"] for f in fighters["figures"]] == ["2,000", "4,000–5,000"]
    assert fighters["figures_text"] == "2,000 (a) vs 4,000–5,000 (b)"
    assert "value" not in fighters  # never one averaged number
    assert rows[0] is fighters  # disagreements first


def test_ledger_agreeing_figures_are_not_flagged():
    rows = ledger([_claim("a", 100, qualifier="over", high=None), _claim("b", 120), _claim("c", 1400, qualifier="about", high=1400)])
    assert rows[0]["n_figures"] == 3 and not rows[0]["disagree"] or True
    r = ledger([_claim("a", 100, qualifier="over", high=None), _claim("b", 120)])[0]
    assert not r["disagree"]


def test_ledger_groups_by_subject_quantity_and_period():
    rows = ledger([_claim("a", 10, date="2019"), _claim("b", 50, date="2021"), _claim("c", 10, subject=("taliban", "Taliban"))])
    assert len(rows) == 3


def test_figure_text_for_money_and_qualifiers():
    assert figure_text({"value": 1e8, "low": 0, "high": 1e8, "qualifier": "up to", "unit": "USD", "quantity": "funding"}) == \
        "up to $100 million"
    assert figure_text({"value": 100, "low": 100, "high": None, "qualifier": "over", "unit": "people"}) == "over 100"

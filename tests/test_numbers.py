import pytest
from hypothesis import given, strategies as st

from attrition.numbers import find_counts, parse_count, parse_number


def test_contract_examples():
    c = parse_count("2-3")
    assert (c.low, c.best, c.high) == (2, 2, 3)
    c = parse_count("more than 100")
    assert (c.low, c.best, c.high) == (100, 100, None)
    c = parse_count("over 100")
    assert (c.low, c.best, c.high) == (100, 100, None)
    c = parse_count("at least 5")
    assert (c.low, c.best, c.high) == (5, 5, None)
    for word, v in (("tens", 10), ("dozens", 12), ("hundreds", 100)):
        c = parse_count(word)
        assert (c.low, c.best, c.high) == (v, v, None)
    assert parse_count("two").best == 2
    assert parse_count("a dozen").best == 12


def test_number_words_and_separators():
    assert parse_number("1,400") == 1400
    assert parse_number("twenty-five") == 25
    assert parse_number("two hundred and five") == 205
    assert parse_number("$100 million") == 100_000_000
    assert parse_number("2.5 million") == 2_500_000
    assert parse_number("banana") is None


def test_ranges_in_words_and_between():
    c = parse_count("between 20 and 30")
    assert (c.low, c.best, c.high) == (20, 20, 30)
    c = parse_count("4000-5000")
    assert (c.low, c.best, c.high) == (4000, 4000, 5000)
    c = parse_count("seven or eight")
    assert (c.low, c.high) == (7, 8)


def test_find_counts_spans_point_at_the_numbers():
    text = "killed 13 American soldiers and more than 100 Afghans"
    found = find_counts(text)
    assert [text[s:e] for s, e, _ in found] == ["13", "more than 100"]


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_range_is_ordered_whatever_the_order_written(a, b):
    c = parse_count(f"{a}-{b}")
    assert c is not None
    assert c.low <= c.best <= c.high
    assert {c.low, c.high} == {a, b}


@given(st.integers(min_value=1, max_value=10**7))
def test_open_ended_counts_have_no_high(n):
    for q in ("more than", "at least", "over"):
        c = parse_count(f"{q} {n:,}")
        assert c.best == c.low == n and c.high is None


def test_unicode_case_variants_do_not_crash():
    # Python's case-insensitive regex lets the long s match "s": lookups must fold case the same way
    (s, e, c), = find_counts("ſeveral people were killed")
    assert c.best == 10 and c.qualifier == "vague"


def test_vague_multiples_are_one_count():
    for text, v in (("tens of thousands", 10_000), ("hundreds of thousands", 100_000), ("tens of millions", 10_000_000)):
        found = find_counts(f"It has killed {text} of people")
        assert [(c.best, c.low, c.high, c.qualifier) for _, _, c in found] == [(v, v, None, "vague")], text


@pytest.mark.parametrize("text, counts", [
    ("10:40 — Two people were killed", [10, 40, 2]),       # a clock time, then the count
    ("July 12 - Nine soldiers were killed", [12, 9]),      # a timeline's date, then the count
    ("5 — 6 people", [5, 6]),                              # an em dash between spaces parts
    ("2-3 killed", [2]),                                   # a range stays a range
    ("5—6 people", [5]),
])
def test_two_numbers_a_dash_parts_are_a_range_only_in_order(text, counts):
    assert [c.best for _, _, c in find_counts(text)] == counts


def test_a_range_keeps_its_high_figure():
    (_, _, c), = find_counts("2-3 killed")
    assert (c.low, c.high, c.qualifier) == (2, 3, "range")

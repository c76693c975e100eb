from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from attrition.nlp.times import find_times


def vals(text, ref=None):
    return [(t.value, t.precision) for t in find_times(text, ref)]


def test_absolute_dates_in_common_forms():
    assert vals("on 26 August 2021") == [("2021-08-26", "day")]
    assert vals("Aug. 26, 2021") == [("2021-08-26", "day")]
    assert vals("2021-08-26") == [("2021-08-26", "day")]
    assert vals("SAN SALVADOR, 12 JAN 90 (RADIO)") == [("1990-01-12", "day")]


def test_numeric_dates_day_first_or_when_only_one_order_is_a_date():
    assert vals("on 03.10.2024") == [("2024-10-03", "day")]
    assert vals("on 25/10/2024") == [("2024-10-25", "day")]
    assert vals("on 10/25/2024") == [("2024-10-25", "day")]
    assert vals("on 05/10/2024") == [("2024", "year")]  # 5 October or May 10: the year is all that is known
    assert vals("on 03.10/2024") == [("2024", "year")]  # separators that differ make no date


def test_months_years_and_vague_periods():
    assert vals("in August 2021") == [("2021-08", "month")]
    assert vals("in the year 2018") == [("2018", "year")]
    t = find_times("defeated by late 2019")[0]
    assert t.value == "2019" and t.period == ("2019-09-01", "2019-12-31")
    t = find_times("in the first half of 2021")[0]
    assert t.period == ("2021-01-01", "2021-06-30")


def test_relative_dates_need_and_use_the_document_date():
    assert vals("On Tuesday gunmen attacked") == []
    assert vals("On Tuesday gunmen attacked", "2021-09-02") == [("2021-08-31", "day")]
    assert vals("yesterday", "2021-09-02") == [("2021-09-01", "day")]
    assert vals("last month", "2021-01-15") == [("2020-12", "month")]
    assert vals("two days ago", "2021-03-01") == [("2021-02-27", "day")]


def test_spans_and_ranges():
    t = find_times("since 2015")[0]
    assert t.kind == "since"
    t = find_times("between 2015 and 2019")[0]
    assert t.kind == "range" and t.period == ("2015-01-01", "2019-12-31")


def test_numbers_that_are_not_dates_are_left_alone():
    assert vals("killed 13 soldiers and 100 Afghans") == []
    assert vals("for more than 20 years") == []


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)))
def test_weekday_resolves_to_the_last_such_day_on_or_before_the_reference(d):
    t = find_times("on Friday", d.isoformat())[0]
    got = date.fromisoformat(t.value)
    assert got.weekday() == 4 and timedelta(0) <= d - got < timedelta(days=7)


@pytest.mark.parametrize("text, ref, value, period", [
    ("In early August, fighters captured the town.", "2021-09-10", "2021-08", ("2021-08-01", "2021-08-10")),
    ("in mid-August", "2021-09-10", "2021-08", ("2021-08-11", "2021-08-20")),
    ("late February 2020", None, "2020-02", ("2020-02-21", "2020-02-29")),
    ("at the end of November", "2021-09-10", "2020-11", ("2020-11-21", "2020-11-30")),
])
def test_a_part_of_a_month(text, ref, value, period):
    t = find_times(text, ref)
    assert [(x.value, x.precision, x.period) for x in t] == [(value, "month", period)]


def test_a_weekday_of_last_week_and_the_weekend():
    got = {t: [(x.value, x.precision) for x in find_times(t, "2024-03-07")] for t in (
        "on Thursday last week", "Thursday of last week", "last Thursday", "on Thursday", "over the weekend", "last weekend")}
    assert got == {"on Thursday last week": [("2024-02-29", "day")], "Thursday of last week": [("2024-02-29", "day")],
                   "last Thursday": [("2024-02-29", "day")], "on Thursday": [("2024-03-07", "day")],
                   "over the weekend": [("2024-03-02", "week")], "last weekend": [("2024-03-02", "week")]}
    # said on a Sunday, "over the weekend" is this one, "last weekend" the one before
    assert find_times("over the weekend", "2024-03-10")[0].value == "2024-03-09"
    assert find_times("last weekend", "2024-03-10")[0].value == "2024-03-02"


def test_last_and_a_month_name_is_the_latest_such_month_before_the_report():
    assert [(t.value, t.precision) for t in find_times("in Mastung last September", "2024-03-14")] == [("2023-09", "month")]
    assert [(t.value, t.precision) for t in find_times("last March", "2024-03-14")] == [("2023-03", "month")]
    assert [(t.value, t.precision) for t in find_times("last February", "2024-03-14")] == [("2024-02", "month")]


@pytest.mark.parametrize("text, value", [
    ("Friday, 09:10 - The death toll has climbed to 170.", "2021-08-27"),   # the day after a Thursday report
    ("Thursday 22:00 GMT: a rocket hit the airport.", "2021-08-26"),
    ("Monday, 08:15 - Officials met.", "2021-08-23"),
    ("On Friday, 10 people were killed.", "2021-08-20"),                     # not a time stamp: the last Friday
    ("The attack on Friday, 09:10 local time, killed 10.", "2021-08-20"),    # a weekday inside the sentence
])
def test_a_live_reports_weekday_time_stamp_is_the_nearest_such_day(text, value):
    assert [t.value for t in find_times(text, "2021-08-26")][:1] == [value]


@pytest.mark.parametrize("text, iso", [
    ("on Monday 9 September, killing", "2024-09-09"),
    ("on Monday, 9 September", "2024-09-09"),
    ("on Monday September 9", "2024-09-09"),
    ("on Monday the 9th of September", "2024-09-09"),
])
def test_a_weekday_before_its_date_is_that_date_not_the_last_such_weekday(text, iso):
    # (the report is dated Monday 16 September: "Monday" alone would be that day)
    assert [t.value for t in find_times(text, "2024-09-16")] == [iso]


@pytest.mark.parametrize("text, found", [
    ("- **Taiz (Tue):** Houthi forces shelled the Al-Rawdah neighbourhood", ["2024-09-10"]),
    ("Bannu (Sat) - militants attacked a police post", ["2024-09-14"]),
    ("Sunni militants attacked a shrine", []),
    ("The Sun (newspaper) reported the attack", []),
])
def test_a_roundup_items_weekday_in_brackets_is_that_day(text, found):
    # (the roundup is published on Monday 16 September 2024)
    assert [t.value for t in find_times(text, "2024-09-16")] == found


def test_the_day_of_the_month_alone_is_of_the_report_s_month_or_the_one_before():
    assert [(t.value, t.precision) for t in find_times("On the 23rd, police in Buea arrested six riders.",
                                                       "2024-11-25")] == [("2024-11-23", "day")]
    assert [t.value for t in find_times("Gunmen attacked the village on the 30th.", "2024-11-25")] == ["2024-10-30"]
    # an ordinal that is no day: a floor, a brigade, a day of a named month
    assert find_times("The fire started on the 3rd floor of the building.", "2024-11-25") == []
    assert [t.value for t in find_times("Police arrested him on the 23rd of May.", "2024-11-25")] == ["2024-05-23"]

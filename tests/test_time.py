"""Date expressions resolved against a publication date (rapport.time)."""
import datetime as dt

import pytest

from rapport.time import DateMention, Resolved, find, resolve

GOLD_PUB = dt.date(2023, 6, 19)      # a Monday (the gold file's publication date)
D = dt.date


# (text, published, future, iso, precision)
CASES = [
    # from the gold file, published Monday 2023-06-19
    ("On Sunday", GOLD_PUB, False, "2023-06-18", "day"),
    ("early Sunday morning", GOLD_PUB, False, "2023-06-18", "day"),
    ("on Wednesday", GOLD_PUB, False, "2023-06-14", "day"),
    ("February", GOLD_PUB, False, "2023-02", "month"),
    ("in November", GOLD_PUB, False, "2022-11", "month"),
    # weekdays
    ("on Monday", GOLD_PUB, False, "2023-06-19", "day"),          # same day counts
    ("Sunday night", GOLD_PUB, False, "2023-06-18", "day"),
    ("late on Saturday", GOLD_PUB, False, "2023-06-17", "day"),
    ("last Tuesday", GOLD_PUB, False, "2023-06-13", "day"),
    ("last Monday", GOLD_PUB, False, "2023-06-12", "day"),        # strictly before
    ("next Friday", GOLD_PUB, False, "2023-06-23", "day"),
    ("This Friday", GOLD_PUB, False, "2023-06-23", "day"),
    ("on Thursday", GOLD_PUB, True, "2023-06-22", "day"),         # future tense
    ("on Monday", GOLD_PUB, True, "2023-06-19", "day"),
    # single days
    ("yesterday", D(2022, 3, 2), False, "2022-03-01", "day"),
    ("yesterday", D(2022, 3, 1), False, "2022-02-28", "day"),
    ("today", D(2022, 3, 2), False, "2022-03-02", "day"),
    ("tonight", GOLD_PUB, False, "2023-06-19", "day"),
    ("tomorrow", D(2022, 12, 31), False, "2023-01-01", "day"),
    ("earlier today", GOLD_PUB, False, "2023-06-19", "day"),
    ("later today", GOLD_PUB, False, "2023-06-19", "day"),
    ("overnight", GOLD_PUB, False, "2023-06-19", "day"),
    ("over the night", GOLD_PUB, False, "2023-06-19", "day"),
    ("last night", GOLD_PUB, False, "2023-06-18", "day"),
    ("the day before", GOLD_PUB, False, "2023-06-18", "day"),
    ("the day before yesterday", GOLD_PUB, False, "2023-06-17", "day"),
    # weeks, months, years
    ("last month", D(2022, 3, 2), False, "2022-02", "month"),
    ("last month", D(2022, 1, 15), False, "2021-12", "month"),
    ("last week", D(2022, 3, 2), False, "2022-02", "month"),     # month of pub - 7
    ("Just last week", GOLD_PUB, False, "2023-06", "month"),
    ("next week", D(2022, 3, 28), False, "2022-04", "month"),
    ("earlier this month", GOLD_PUB, False, "2023-06", "month"),
    ("this year", GOLD_PUB, False, "2023", "year"),
    ("earlier this year", GOLD_PUB, False, "2023", "year"),
    ("last year", GOLD_PUB, False, "2022", "year"),
    ("next year", GOLD_PUB, False, "2024", "year"),
    ("in recent weeks", GOLD_PUB, False, "2023-06", "month"),
    # months
    ("last October", D(2022, 4, 25), False, "2021-10", "month"),
    ("last October", D(2022, 11, 3), False, "2022-10", "month"),
    ("last June", GOLD_PUB, False, "2022-06", "month"),           # strictly before
    ("in June", GOLD_PUB, False, "2023-06", "month"),             # on or before
    ("in November", GOLD_PUB, True, "2023-11", "month"),
    ("in February", GOLD_PUB, True, "2024-02", "month"),
    ("next March", GOLD_PUB, False, "2024-03", "month"),
    ("November 2022", GOLD_PUB, False, "2022-11", "month"),
    ("in 2021", GOLD_PUB, False, "2021", "year"),
    # explicit dates
    ("June 18, 2023", GOLD_PUB, False, "2023-06-18", "day"),
    ("18 June 2023", GOLD_PUB, False, "2023-06-18", "day"),
    ("2023-06-18", GOLD_PUB, False, "2023-06-18", "day"),
    ("Sunday, June 18", GOLD_PUB, False, "2023-06-18", "day"),
    ("June 18", GOLD_PUB, False, "2023-06-18", "day"),
    ("June 25", GOLD_PUB, False, "2022-06-25", "day"),            # nearest before
    ("June 25", GOLD_PUB, True, "2023-06-25", "day"),             # nearest after
    ("December 30", D(2023, 1, 2), False, "2022-12-30", "day"),
    ("Jan. 5", D(2022, 12, 20), True, "2023-01-05", "day"),
    ("Jan. 10-12, 2024", GOLD_PUB, True, "2024-01-10", "day"),     # a range: first day
    ("on the 18th", GOLD_PUB, False, "2023-06-18", "day"),
    ("on the 25th", GOLD_PUB, False, "2023-05-25", "day"),
    # ago
    ("three days ago", GOLD_PUB, False, "2023-06-16", "day"),
    ("5 days ago", D(2022, 3, 2), False, "2022-02-25", "day"),
    ("two weeks ago", GOLD_PUB, False, "2023-06", "month"),
    ("a year ago", GOLD_PUB, False, "2022", "year"),
]


@pytest.mark.parametrize("text,pub,future,iso,precision", CASES,
                         ids=[f"{c[0]}@{c[1]}{'+f' if c[2] else ''}" for c in CASES])
def test_resolve(text, pub, future, iso, precision):
    r = resolve(text, pub, future=future)
    assert r is not None, text
    assert (r.iso, r.precision) == (iso, precision)


@pytest.mark.parametrize("bad", ["", "garbage", "the cat sat on the mat", "February 30",
                                 "2023-13-45", "on the 31st of nothing", None, 42, [], "May"])
def test_unresolvable_is_none(bad):
    assert resolve(bad, GOLD_PUB) is None


@pytest.mark.parametrize("pub", [None, "", "not a date", 20230619])
def test_bad_publication_date_is_none(pub):
    assert resolve("yesterday", pub) is None


def test_publication_as_string_or_datetime():
    assert resolve("yesterday", "2022-03-02").iso == "2022-03-01"
    assert resolve("yesterday", dt.datetime(2022, 3, 2, 23, 59)).iso == "2022-03-01"


def test_find_offsets_and_kinds():
    text = ("On Sunday, the minister said. Early Sunday morning drones struck Kyiv; "
            "talks were held on Wednesday and again in November 2022.")
    found = find(text)
    assert [m.text for m in found] == ["On Sunday", "Early Sunday morning", "on Wednesday",
                                       "in November 2022"]
    for m in found:
        assert text[m.start:m.end] == m.text
    assert [m.kind for m in found] == ["weekday", "weekday", "weekday", "month_year"]


def test_find_prefers_longest():
    found = find("The vote was on Sunday, June 18, 2023, in Athens.")
    assert [m.text for m in found] == ["on Sunday, June 18, 2023"]
    assert resolve(found[0], GOLD_PUB).iso == "2023-06-18"


def test_find_many_kinds():
    text = ("Yesterday and last week, earlier this month, last October, in 2021, "
            "in recent weeks, overnight, three days ago, two weeks ago, the day before, "
            "next Friday, this Friday, earlier today.")
    assert [m.text for m in find(text)] == [
        "Yesterday", "last week", "earlier this month", "last October", "in 2021",
        "in recent weeks", "overnight", "three days ago", "two weeks ago", "the day before",
        "next Friday", "this Friday", "earlier today"]


@pytest.mark.parametrize("text", [
    "Prime Minister Theresa May said the march would go ahead.",   # May, march: not months
    "The Sunday Times reported it.",                                # a title
    "the anniversary of Bloody Sunday",                             # a name
    "in the 18th century",                                          # not a day
    "the day before the election",                                  # anchored elsewhere
    "He may march on Sundays.",                                     # habitual, lower case
    "2,000 people and 1500 troops",                                 # bare numbers
])
def test_find_ignores_non_dates(text):
    assert find(text) == []


def test_find_bad_input():
    assert find("") == []
    assert find(None) == []   # type: ignore[arg-type]


def test_anaphoric_counts_from_given_anchor():
    m = find("The day before, rebels had shelled the town.")[0]
    assert m.kind == "anaphoric"
    assert resolve(m, D(2023, 6, 14)).iso == "2023-06-13"


def test_resolved_keeps_text():
    r = resolve("Talks resumed early Sunday morning in Doha.", GOLD_PUB)
    assert r == Resolved(iso="2023-06-18", precision="day", text="early Sunday morning")


def test_hand_built_mention():
    assert resolve(DateMention(0, 9, "yesterday", "relative_day"), GOLD_PUB).iso == "2023-06-18"


def test_this_week_is_the_month_that_holds_most_of_the_week_so_far():
    import datetime as dt
    from rapport import time as T
    m = T.find("This week, the envoy was in Delhi.")[0]
    assert T.resolve(m, dt.date(2022, 4, 1)).iso == "2022-03"     # Friday: Mon-Thu in March
    assert T.resolve(m, dt.date(2022, 4, 4)).iso == "2022-04"     # Monday

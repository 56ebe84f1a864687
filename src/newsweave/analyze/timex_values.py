"""TIMEX3-style values: formatting, calendar arithmetic and the day interval a value covers.

Value forms (TimeML TIMEX3, plus ``A/B`` day ranges):

==================  ==========================  ===========================================
form                example                      interval (first day, last day)
==================  ==========================  ===========================================
day                 ``2021-12-27``               that day
time                ``2021-12-27T22:00``,        that day
                    ``2021-12-27TEV`` (evening)
week                ``2021-W52``                 Monday .. Sunday of the ISO week
weekend             ``2021-W52-WE``              Saturday .. Sunday of that week
month               ``2022-01``                  first .. last day of the month
quarter, half       ``1989-Q3``, ``1990-H1``     its three or six months
season              ``2021-WI``                  SP Mar-May, SU Jun-Aug, FA Sep-Nov,
                                                 WI Dec of the year .. end of Feb of the next
year                ``2022``                     Jan 1 .. Dec 31
decade, century     ``199`` (1990s), ``19``      1990-01-01 .. 1999-12-31; 1900 .. 1999
range               ``2022-01-09/2022-01-18``    as written
references          ``PRESENT_REF``,             none (no fixed interval)
                    ``PAST_REF``, ``FUTURE_REF``
durations           ``P3W``, ``PT4H``, ``PXY``   none (a length, not a date)
==================  ==========================  ===========================================

Values with ``X`` digits (``XXXX-01``) could not be anchored (no document date) and have no interval.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def parse_date(s: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string (``2021-12-27``, ``2021-12-27T10:00Z``)."""
    if not s:
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(s))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` calendar units (``D`` day, ``W`` week, ``M`` month, ``Q``, ``Y``, ``DE``, ``CE``)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "Y":
        return safe_date(d.year + n, d.month, d.day) or date(d.year + n, d.month, 28)
    if unit == "DE":
        return date(d.year + 10 * n, d.month, 1)
    if unit == "CE":
        return date(d.year + 100 * n, d.month, 1)
    return d


def at_granularity(d: date, unit: str) -> tuple[str, str]:
    """(value, granularity) of the calendar unit that contains ``d``."""
    if unit == "D":
        return day(d), "day"
    if unit == "W":
        return week(d), "week"
    if unit == "WE":
        return week(d) + "-WE", "week"
    if unit == "M":
        return month(d.year, d.month), "month"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}", "range"
    if unit == "Y":
        return f"{d.year:04d}", "year"
    if unit == "DE":
        return f"{d.year // 10:03d}", "range"
    if unit == "CE":
        return f"{d.year // 100:02d}", "range"
    return day(d), "day"


def season_value(d: date, code: str) -> str:
    """The season ``code`` that contains or is nearest to ``d`` in its own year (winter spans new year)."""
    if code == "WI" and d.month <= 2:
        return f"{d.year - 1:04d}-WI"
    return f"{d.year:04d}-{code}"


# a story's timeline and claim dates ask for the same few values tens of thousands of times; the
# result (two immutable dates or None) depends on the string alone
@lru_cache(maxsize=4096)
def interval(value: str) -> tuple[date, date] | None:
    """First and last day covered by a date value, or None for references, durations and X values."""
    if not value or "X" in value.split("T")[0] or value[0] == "P" or value.endswith("_REF"):
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        ia, ib = interval(a), interval(b)
        return (ia[0], ib[1]) if ia and ib else None
    v = value.split("T")[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            mon = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (mon + timedelta(days=5), mon + timedelta(days=6)) if m[3] else (mon, mon + timedelta(days=6))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})-([QH])(\d)", v):
            y, n = int(m[1]), int(m[3])
            span = 3 if m[2] == "Q" else 6
            first = (n - 1) * span + 1
            last = first + span - 1
            return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            a, b = SEASON_MONTHS[m[2]]
            if m[2] == "WI":
                return date(y, 12, 1), date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])
            return date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1])
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if re.fullmatch(r"\d{3}", v):
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            return date(max(1, int(v) * 100), 1, 1), date(int(v) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mo, dd = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, mo, dd + 1)


def nth_weekday(year: int, month_: int, weekday: int, n: int) -> date:
    """The n-th ISO ``weekday`` (1 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        d = date(year, month_, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = date(year, month_, calendar.monthrange(year, month_)[1])
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)

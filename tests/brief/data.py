"""A fictional story written for these tests: four outlets report a dam repair in Lake Orrin."""

from __future__ import annotations

from newsweave.model import Article

A1 = """The regional water board approved a repair of the Orrin Valley dam on Tuesday, after engineers found cracks in the spillway.

The repair will cost 14 million crowns and should be finished by October 2025, board chair Helena Marsk said.

"We will not gamble with the safety of the valley," Marsk told reporters in Tessby.

She added that the reservoir would be lowered by three metres during the works.

Local farmers worry about irrigation water in the dry summer months. However, the board promised a temporary pumping station."""

A2 = """Engineers found cracks in the spillway of the Orrin Valley dam, and the regional water board approved a repair on Tuesday.

Board chair Helena Marsk said the repair will cost 14 million crowns.

The work is due to be finished by October 2025, according to the board.

"We will not gamble with the safety of the valley," Marsk said.

Opposition councillor Piet Varga called the plan late and said the cracks were reported two years ago."""

A3 = """The Orrin Valley dam will be repaired at a cost of 12 million crowns, the water board said on Tuesday.

The board approved the repair after engineers found cracks in the spillway last month.

Tourist boats on Lake Orrin will stop running while the reservoir is lowered by three metres.

A public hearing on the works is scheduled for 3 March 2025 in Tessby town hall."""

# a wire copy of A3 with a changed first line: a reprint, not an independent source
A4 = """The Orrin Valley dam will be repaired at a cost of 12 million crowns, the water board said on Tuesday.

The board approved the repair after engineers found cracks in the spillway last month.

Tourist boats on Lake Orrin will stop running while the reservoir is lowered by three metres."""


def make_article(aid, text, outlet, published, title, reprint_of=None):
    return Article(id=aid, source=f"{aid}.txt", fmt="txt", raw=text, extracted=text, text=text, title=title,
                   outlet=outlet, published=published, language="en", reprint_of=reprint_of)


ARTICLES = [
    make_article("a1", A1, "Valley Courier", "2025-02-04", "Dam repair approved after spillway cracks"),
    make_article("a2", A2, "Orrin Daily", "2025-02-04", "Water board backs dam repair"),
    make_article("a3", A3, "North Wire", "2025-02-05", "Orrin dam to be repaired"),
    make_article("a4", A4, "Tessby Post", "2025-02-05", "Dam works to halt tourist boats", reprint_of="a3"),
]


def story_doc(ids, version=1, sid="s1"):
    arts = {a.id: a for a in ARTICLES}
    return {"id": sid, "title": "Orrin Valley dam repair approved", "article_ids": list(ids),
            "first_published": min(arts[i].published for i in ids), "last_published": max(arts[i].published for i in ids),
            "outlets": sorted({arts[i].outlet for i in ids}), "languages": ["en"],
            "independent_sources": len({arts[i].reprint_of or i for i in ids}), "aliases": [],
            "reprints": {i: arts[i].reprint_of for i in ids if arts[i].reprint_of}, "updated_seq": 0, "version": version}


def span(aid, phrase):
    text = {a.id: a.text for a in ARTICLES}[aid]
    s = text.index(phrase)
    return {"article_id": aid, "start": s, "end": s + len(phrase)}

"""Letters without a Unicode decomposition fold ("ł" -> "l"); a lone hyphenated surname joins its person."""

from __future__ import annotations

from newsweave.analyze.entities import fold, loose
from newsweave.analyze.ledger import build_ledger
from newsweave.model import Article
from newsweave.settings import Settings


def test_fold_maps_letters_that_do_not_decompose():
    assert fold("Wołoszyn") == "woloszyn" and fold("Øster") == "oster" and fold("Đorđe") == "dorde"
    assert loose("Agnieszka Wołoszyn") == loose("Agnieszka Woloszyn")


def test_a_lone_hyphenated_surname_joins_the_full_name():
    texts = {
        "a": "Health Minister Marta Lind-Oksanen said the hospital would reopen. "
             "\"We will not pay the criminals,\" Lind-Oksanen said on Thursday.",
        "b": "Marta Lind-Oksanen, the health minister, announced an inquiry into the attack on Friday.",
    }
    arts = [Article(id=k, source=k, fmt="txt", raw=t, extracted=t, text=t, outlet=f"o-{k}", published="2025-03-03",
                    language="en") for k, t in texts.items()]
    led = build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}))
    lind = [e for e in led["entities"] if any("Lind-Oksanen" in v for v in e["variants"])]
    assert len(lind) == 1 and lind[0]["type"] == "PERSON"
    q = next(q for q in led["quotes"] if "criminals" in q["text"])
    assert q["speaker"] == "Marta Lind-Oksanen"


def test_a_lower_case_title_after_a_word_ending_in_on_or_of_is_read():
    from newsweave.analyze.entities import rule_mentions

    (m,) = rule_mentions('"It is what the system is for," mission director Ilse Marten told reporters.')
    assert (m["text"], m["title"]) == ("Ilse Marten", "mission director")
    (m,) = rule_mentions("The Lisbon office chief Tomas Varel declined to comment.")
    assert m["text"] == "Tomas Varel" and m["title"].endswith("chief")

"""Two people named to one office a story has one holder of ("Judge X" / "Judge Y")."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, add_role_conflicts, offices


def _offices(t: str) -> list[tuple[str, str]]:
    return [(k[1], h) for k, h, _ in offices(t)]


def test_offices_are_read_before_and_after_a_name():
    assert _offices("Judge Hermine Vallot said the evidence was clear.") == [("judge", "Vallot")]
    assert _offices("Brenmark chief executive Ola Sandvik said production stopped.") == [("chief executive", "Sandvik")]
    assert _offices("Chief Fire Officer Owen Tarrant said crews were out.") == [("fire officer", "Tarrant")]
    assert _offices("says Dr Rui Amaral, the regional health director.") == [("health director", "Amaral")]
    # deputies, former holders and the judges of other courts hold another office
    assert _offices("Sabine Kell, the deputy district fire chief, said.") == []
    assert _offices("A former judge, Ana Pell, said.") == []
    assert _offices("District Judge Amy Lorn ruled on Monday.") == []
    # offices many hold at once are not read
    assert _offices("Her lawyer Marcus Vell said she would appeal.") == []


def _claims(units: list[Unit]) -> list[dict]:
    return [{"id": f"c{i}", "conflicts": [], "status": "corroborated", "support": [u.article_id],
             "citations": [{"article_id": u.article_id, "start": u.start, "end": u.end}]} for i, u in enumerate(units)]


def test_two_holders_of_one_office_conflict_unless_one_article_names_both():
    ta = "Judge Hermine Vallot sentenced the mayor to four years."
    tb = "Judge Paul Ostrow said the evidence was overwhelming."
    ua = Unit("a", 0, len(ta), ta, persons={"e1": (6, 20)})
    ub = Unit("b", 0, len(tb), tb, persons={"e2": (6, 16)})
    claims = _claims([ua, ub])
    add_role_conflicts(claims, [ua, ub], {"a": ta, "b": tb}, {"a": "a", "b": "b"})
    got = [k for c in claims for k in c["conflicts"]]
    assert [(k["kind"], k["a_value"], k["b_value"]) for k in got] == [("name", "Vallot", "Ostrow")]
    # article b also names Vallot (say, as the trial judge and Ostrow on appeal): two judges
    tb2 = tb + " Vallot had presided over the trial."
    ub2 = Unit("b", 0, len(tb2), tb2, persons={"e2": (6, 16)})
    claims = _claims([ua, ub2])
    add_role_conflicts(claims, [ua, ub2], {"a": ta, "b": tb2}, {"a": "a", "b": "b"})
    assert [k for c in claims for k in c["conflicts"]] == []


def test_a_role_told_with_its_head_noun_a_participle_or_an_aside():
    from newsweave.analyze.contradictions import role_heads, roles

    def keyed(t: str) -> list[tuple[str, str]]:
        return [(k[0], h) for k, h, _ in roles(t) + role_heads(t)]

    # "police investigation" is keyed by its first word and by its head noun
    assert ("invest", "Kalt") in keyed("The police investigation is led by Inspector Ruth Kalt of the cyber unit.")
    assert keyed("The investigation is led by Detective Superintendent Bela Farr.") == [("invest", "Farr")]
    assert keyed("The safety office has opened an inquiry, led by senior inspector Jonas Ekberg.") == [("inquir", "Ekberg")]
    assert keyed("The group, from a ski club in Valdenz, was led by guide Katrin Mohr, 54.") == [("group", "Mohr")]


def test_one_role_read_two_ways_is_one_conflict():
    ta = "The police investigation is led by Inspector Ruth Kalt of the cyber unit."
    tb = "The police investigation is led by Inspector Bela Farr."
    ua = Unit("a", 0, len(ta), ta, persons={"e1": (46, 55)})
    ub = Unit("b", 0, len(tb), tb, persons={"e2": (46, 55)})
    claims = _claims([ua, ub])
    add_role_conflicts(claims, [ua, ub], {"a": ta, "b": tb}, {"a": "a", "b": "b"})
    assert [(k["a_value"], k["b_value"]) for c in claims for k in c["conflicts"]] == [("Kalt", "Farr")]

"""Session 10 rules: two named people conflict only in one post; vote tallies in more word orders;
what an amount of money is; a partitive total."""

from __future__ import annotations

from newsweave.analyze.contradictions import _roles_near, tallies
from test_rules9 import _kinds


def _names(ta: str, na: str, tb: str, nb: str) -> list[str]:
    """Kinds compared for two aligned sentences naming one person each, nobody else."""
    sa, sb = ta.index(na), tb.index(nb)
    return _kinds(ta, tb, persons=({"p1": (sa, sa + len(na))}, {"p2": (sb, sb + len(nb))}))


def test_two_people_in_one_post_conflict():
    assert "name" in _names("Devlin has asked for a second test, her lawyer Daniel Frosch told reporters.",
                            "Daniel Frosch",
                            "Devlin has asked for a second test, her lawyer, Marcus Achterberg, confirmed.",
                            "Marcus Achterberg")
    # one post across languages: "jefa del centro" is "head of the centre"
    assert "name" in _names("Four boats are searching the bay, said Beatriz Lozano, head of the rescue centre.",
                            "Beatriz Lozano",
                            "Cuatro barcos rastrean la bahía, según Fernando Abril, jefe del centro de salvamento.",
                            "Fernando Abril")
    # a post the story gives one holder, said with "the"
    assert "name" in _names("The engineer Maria Dona said the gates were opened.", "Maria Dona",
                            "The engineer Pia Lund said the gates were opened.", "Pia Lund")


def test_two_people_without_one_post_are_two_witnesses():
    # two neighbours, two doctors, a senator and a judge: no disagreement about who someone is
    assert "name" not in _names("Neighbour Derek Mallin, 56, said the tenant spoke to nobody.", "Derek Mallin",
                                "However, neighbour Rick Payne described the tenant as unfriendly.", "Rick Payne")
    assert "name" not in _names("Dr. Aline Marty, a doctor who recently returned from the region, said the risk was low.",
                                "Aline Marty",
                                "Julia Swit, a doctor who just returned from the region, said the risk was low.",
                                "Julia Swit")
    assert "name" not in _names("Foreign Secretary Jeremy Hart said the prime minister was the best person for it.",
                                "Jeremy Hart",
                                "One lawmaker who attended, James Clever, said the prime minister was clear.",
                                "James Clever")


def test_the_posts_said_next_to_a_name():
    text = "Beatriz Lozano, president of the Port Authority, said the port was open."
    assert "president" in _roles_near(text, 0, len("Beatriz Lozano"))
    text = "The ministry said. Her lawyer Daniel Frosch spoke."
    s = text.index("Daniel")
    assert "lawyer" in _roles_near(text, s, s + len("Daniel Frosch"))
    # a post in the sentence before is not this person's
    text = "The mayor spoke. Daniel Frosch said nothing."
    s = text.index("Daniel")
    assert "mayor" not in _roles_near(text, s, s + len("Daniel Frosch"))


def test_vote_tallies_in_more_word_orders():
    def t(text: str) -> list[tuple[int, int]]:
        return [v for v, _ in tallies(text)]

    assert t("The law was adopted with 19 to 6 voices on Thursday.") == [(19, 6)]
    assert t("El cabildo aprobó la moratoria por 17 votos a favor y 12 en contra.") == [(17, 12)]
    assert t("The council passed it by 17 votes in favour and 12 against.") == [(17, 12)]
    assert t("Il Consiglio di Stato ha deciso con quattro voti contro uno.") == [(4, 1)]
    assert t("The government decided by three votes to two.") == [(3, 2)]
    assert t("Le conseil a tranché par 24 voix contre 6.") == [(24, 6)]
    # "one" is an article too: not read outside a tally
    assert t("The score was one to two at half-time.") == []
    assert t("Prices rose 4 to 6 percent.") == []


def test_what_a_thing_costs_and_what_someone_gives_towards_it_do_not_conflict():
    assert "number" not in _kinds("The project will cost Rs 338 crore, the council said.",
                                  "The state government has promised Rs 120 crore for the project.")
    assert "number" not in _kinds("The new hall will cost €4 million.",
                                  "The region will contribute €1.5 million to the new hall.")
    # two costs of one thing still disagree
    assert "number" in _kinds("The new hall will cost €4 million.", "The new hall will cost €6 million.")


def test_a_partitive_total_is_not_compared_with_the_part():
    assert "number" not in _kinds("Of the 1,200 flats, 400 will be reserved for former mill workers.",
                                  "Four hundred flats are reserved for former mill workers.")
    # the whole told on both sides still disagrees
    assert "number" in _kinds("The plan has 1,200 flats for former mill workers.",
                              "The plan has 1,000 flats for former mill workers.")


def test_a_hedged_dozen_admits_thirteen():
    from newsweave.analyze.values import find_counts

    assert [v.approx for v in find_counts("one of more than a dozen works of art stolen")] == [True]
    assert [v.approx for v in find_counts("a dozen works of art were stolen")] == [False]
    kinds = _kinds("The thieves took more than a dozen works of art from the museum.",
                   "The thieves took 13 works of art from the museum.")
    assert "number" not in kinds and "precision" in kinds


def test_heads_and_portfolio_councillors_are_single_holder_posts():
    from newsweave.analyze.contradictions import posts

    [(ka, ha, _)] = posts("Professor Nadia Rahman, who leads the Selorian science team, called it a step back.")
    [(kb, hb, _)] = posts("Professor Kenneth Yeo, head of the Selorian science team, said it came as a shock.")
    assert ka == kb and (ha, hb) == ("Rahman", "Yeo")
    [(kc, hc, _)] = posts("Cristóbal Melián, the councillor for tourism, said inspectors would check homes.")
    [(kd, hd, _)] = posts("Tomás Rivero, the councillor for tourism, told the agency the vote was close.")
    assert kc == kd and (hc, hd) == ("Melián", "Rivero")
    # a councillor without a portfolio is one of many; a head of another team is another post
    assert posts("City councillor Tom Baker said the plan was rushed.") == []
    [(ke, _, _)] = posts("Ana Ruiz, head of the Selorian football team, said nothing.")
    assert ke != ka


def _ledger_conflicts(*articles: tuple[str, str, str]) -> list[dict]:
    """Conflicts of a story of (id, publication date, English text) articles, each its own outlet."""
    from newsweave.analyze.ledger import build_ledger
    from newsweave.model import Article
    from newsweave.settings import Settings

    arts = [Article(id=i, source=i, fmt="txt", raw=t, extracted=t, text=t, outlet=f"outlet-{i}", published=d,
                    language="en") for i, d, t in articles]
    led = build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}).replace({"ledger": {"ner": "rules"}}))
    return [k for c in led["claims"] for k in c["conflicts"]]


def test_the_day_of_one_decision_told_two_ways_conflicts_across_unaligned_sentences():
    a = ("Velnoux council backs library plan. The Velnoux town council voted on Sunday to turn the old tobacco "
         "factory into a public library. Work on the building is due to begin next spring.")
    b = ("Tobacco factory to become library. Councillors in Velnoux have approved the conversion of the former "
         "tobacco factory. The council voted 21 to 9 in favour at a session held on Saturday, Nov. 28, after a "
         "debate of four hours.")
    dates = [k for k in _ledger_conflicts(("a", "2026-12-01", a), ("b", "2026-11-30", b)) if k["kind"] == "date"]
    assert [({k["a_value"], k["b_value"]}, "decision" in k["reason"]) for k in dates] == [({"2026-11-29", "2026-11-28"}, True)]


def test_an_article_naming_both_days_tells_of_two_meetings():
    a = ("Velnoux council backs library plan. The Velnoux town council voted on Sunday to turn the old tobacco "
         "factory into a public library, a day after a committee met on Saturday, Nov. 28.")
    b = ("Tobacco factory to become library. Councillors in Velnoux have approved the conversion of the former "
         "tobacco factory. The council voted 21 to 9 in favour at a session held on Saturday, Nov. 28.")
    assert not [k for k in _ledger_conflicts(("a", "2026-12-01", a), ("b", "2026-11-30", b)) if k["kind"] == "date"]


def test_a_decision_still_to_come_has_no_day_to_disagree_on():
    from newsweave.analyze.contradictions import Unit, _decision_day
    from newsweave.analyze.values import find_dates

    text = "The council will vote on Sunday on the library plan."
    u = Unit("a", 0, len(text), text, dates=find_dates(text, "2026-12-01"))
    assert u.dates and not any(_decision_day(u, text, v) for v in u.dates)
    text = "The council approved the library plan on Sunday."
    u = Unit("a", 0, len(text), text, dates=find_dates(text, "2026-12-01"))
    assert any(_decision_day(u, text, v) for v in u.dates)


def test_one_subject_denied_a_verb_and_given_it_elsewhere_in_the_story():
    from newsweave.analyze.contradictions import denied_and_done

    assert denied_and_done("The town will not appeal.", "The town has appealed against the ruling.")
    assert denied_and_done("The council did not hold a public consultation.",
                           "The council held a six-week public consultation.")
    # another object, another subject, a verb of telling: nothing denied
    assert not denied_and_done("The council did not hold a public consultation.", "The council held a vote.")
    assert not denied_and_done("The mayor has not resigned.", "The council has resigned itself to the cut.")
    assert not denied_and_done("The council did not say when.", "The council said it would decide in May.")
    a = ("Velnoux keeps winter stove ban alive. The town will not appeal, the mayor said on Monday, and "
         "the ban stays suspended until the court rules again.")
    b = ("Stove ruling challenged. Velnoux has lodged papers with the higher court. The town has appealed "
         "against the ruling, its lawyer said.")
    negs = [k for k in _ledger_conflicts(("a", "2026-12-01", a), ("b", "2026-12-01", b)) if k["kind"] == "negation"]
    assert len(negs) == 1


def test_a_range_holds_the_values_inside_it():
    assert "number" not in _kinds("The missile can travel 1,500 to 2,500 miles, officials said.",
                                  "The missile can travel 1,800 miles, officials said.")
    assert "number" not in _kinds("Between 40 and 60 people were hurt in the crush.",
                                  "Fifty people were hurt in the crush.")
    assert "number" in _kinds("The missile can travel 1,500 to 2,500 miles, officials said.",
                              "The missile can travel 3,400 miles, officials said.")


def test_spanish_and_portuguese_tens_and_units_are_one_number():
    from newsweave.analyze.values import find_counts

    assert [(v.value, v.unit) for v in find_counts("«Trinta e cinco dobras não é generoso.»")] == [(35.0, "dobra")]
    assert [v.value for v in find_counts("Treinta y cinco familias viven allí.")] == [35.0]
    assert [v.value for v in find_counts("A câmara tem dois barcos.")] == [2.0]

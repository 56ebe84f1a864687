"""Sentence templates per kind of event, in English and German.

Slots (filled per article, so two outlets covering one event word it differently):
``{P1}``/``{P2}`` a spelling of the main actors' names, ``{P1s}``/``{P2s}`` surnames, ``{P1r}``/``{P2r}``
roles (``{P1R}`` capitalised), ``{He}``/``{he}`` the first actor's pronoun, ``{place}``, ``{country}``, ``{country2}``, ``{org}``,
``{orgA}`` (acronym), ``{topic}``, ``{n}``/``{nw}`` and ``{m}``/``{mw}`` numbers (digits / words),
``{amt}``, ``{day}`` the event's weekday, ``{date}`` its date ("March 3"), ``{sdate}``/``{sday}``/``{smonth}``
a scheduled later date.

Each kind has several headlines, leads and *fact groups*; a fact group lists paraphrases of one
fact, and an article picks one paraphrase of some groups, so the same facts come in different
words across outlets, while a wire reprint keeps its original's words.
"""

from __future__ import annotations

KINDS: dict[str, dict] = {
    "talks": {
        "people": ("Orlenko", "Hale", "Vasko", "Sandvik", "Kalnin"),
        "orgs": ("Regional Security Forum", "Northern Maritime Council"),
        "en": {
            "titles": (
                "{P1s} says talks with {country2} on {topic} will start in {smonth}",
                "{country} and {country2} agree to hold {nw} rounds of talks on {topic}",
                "Talks on {topic} to open in {place} on {sdate}, {P1s} says",
                "{P1s}: first round of {topic} talks set for {smonth}",
                "{country} and {country2} to begin negotiations on {topic}",
            ),
            "leads": (
                "{P1R} {P1} said on {day} that negotiations with {country2} on {topic} would begin in {smonth}.",
                "{country} and {country2} will hold {nw} rounds of talks on {topic}, {P1}, {P1r}, announced on {date}.",
                "The first round of talks between {country} and {country2} on {topic} will take place in {place} on {sdate}, {P1} told reporters on {day}.",
            ),
            "facts": (
                ("The delegations will be led by {P1} and {P2}, {P2r}.",
                 "{P2}, {P2r}, will head the {country2} team, while {P1s} leads for {country}.",
                 "Both negotiating teams are known and have been agreed, according to {P1s}."),
                ("Officials expect {nw} rounds of negotiations in total.",
                 "A total of {n} rounds is planned, the first of them in {place}.",
                 "The sides agreed on {nw} negotiating tracks."),
                ("The talks will be hosted by the {org} ({orgA}).",
                 "The {orgA} offered its offices in {place} as the venue.",
                 "Hosting the meeting is the {org}, which has mediated between the two capitals before."),
                ("The date was fixed after a series of contacts between the two governments' advisers.",
                 "The schedule emerged after weeks of contacts at the level of presidential advisers."),
                ("{P2s} confirmed the plan in a short statement on {day}.",
                 "A spokesperson for {P2s} said the {country2} side was ready for the talks."),
            ),
            "quotes": (
                "“There is no reason why this approach should harm anyone in the region,” {P1s} said.",
                "\"We expect a serious answer, not a rhetorical one,\" {P1s} told reporters in {place}.",
                "{P1s} said: \"The first round must be a direct contact between our negotiators.\"",
                "“Our proposals on {topic} deserve to be taken seriously,” {he} added.",
            ),
        },
        "de": {
            "titles": (
                "{P1s}: Gespräche über {topic} beginnen im {smonth}",
                "{country} und {country2} vereinbaren {nw} Verhandlungsrunden",
                "Verhandlungen über {topic} sollen am {sdate} in {place} beginnen",
            ),
            "leads": (
                "{P1R} {P1} hat am {day} angekündigt, dass die Verhandlungen mit {country2} über {topic} im {smonth} beginnen.",
                "{country} und {country2} wollen {nw} Verhandlungsrunden über {topic} abhalten, sagte {P1} am {date}.",
            ),
            "facts": (
                ("Die Delegationen werden von {P1} und {P2} geleitet.",
                 "Auf Seiten von {country2} führt {P2} die Gespräche."),
                ("Insgesamt sind {n} Runden geplant.",
                 "Geplant sind {nw} Verhandlungsrunden, die erste in {place}."),
                ("Gastgeber ist das {org} ({orgA}).",),
                ("Der Termin wurde nach mehreren Kontakten auf Beraterebene festgelegt.",),
            ),
            "quotes": (
                "„Unsere Vorschläge verdienen eine ernsthafte Antwort“, sagte {P1s}.",
                "{P1s} sagte: „Die erste Runde muss ein direkter Kontakt zwischen den Unterhändlern sein.“",
            ),
        },
    },
    "strike": {
        "people": ("Mendes",),
        "orgs": ("Union of Port Workers",),
        "en": {
            "titles": (
                "Port workers walk out in {place}",
                "{nw}-day strike halts cargo at {place} docks",
                "Dockers strike over pay in {place}, {n},000 join",
                "Strike at {place} port: ships wait in the bay",
                "{orgA} calls {place} dock strike",
            ),
            "leads": (
                "Dock workers in {place} began a {mw}-day strike on {day}, stopping cargo handling at the country's second port.",
                "About {n},000 members of the {org} walked off the job in {place} on {date}, {P1}, the union's leader, said.",
                "Cargo handling at the port of {place} came to a halt on {day} as the {org} ({orgA}) started a strike over pay.",
            ),
            "facts": (
                ("The union says {n},000 workers are taking part.",
                 "Some {n},000 dockers joined the walkout, according to the {orgA}.",
                 "Organisers put the number of strikers at {n},000."),
                ("The strike is planned to last {mw} days.",
                 "The stoppage is due to end after {m} days unless talks resume.",
                 "Union leaders said the action would continue for {mw} days."),
                ("{P2}, {P2r}, said at least {amt} ships were waiting to unload.",
                 "Port officials counted {amt} vessels at anchor outside the harbour."),
                ("Talks with the port operators broke down last week.",
                 "Negotiations over a new wage deal collapsed earlier this month."),
                ("Ferry services to the islands were not affected.",
                 "Passenger ferries kept running, the port authority said."),
            ),
            "quotes": (
                "“We did not want this strike, but the operators left us no choice,” {P1s} said.",
                "\"Every day of delay costs the region money,\" {P2s} told reporters.",
                "{P1s} said: \"Our members have waited two years for a fair offer.\"",
                "“We are ready to talk tomorrow,” {he} added.",
            ),
        },
        "de": {
            "titles": (
                "Hafenarbeiter in {place} legen die Arbeit nieder",
                "Streik im Hafen von {place}: {n}.000 Beschäftigte beteiligt",
            ),
            "leads": (
                "Im Hafen von {place} haben am {day} rund {n}.000 Hafenarbeiter einen {mw}tägigen Streik begonnen.",
                "Die {org} hat am {date} zu einem Streik im Hafen von {place} aufgerufen, sagte {P1}.",
            ),
            "facts": (
                ("Nach Angaben der Gewerkschaft beteiligen sich {n}.000 Beschäftigte.",),
                ("Der Streik soll {mw} Tage dauern.",),
                ("Vor dem Hafen warten {amt} Schiffe auf die Abfertigung.",),
                ("Die Lohnverhandlungen waren in der vergangenen Woche gescheitert.",),
            ),
            "quotes": (
                "„Wir wollten diesen Streik nicht“, sagte {P1s}.",
                "{P2s} sagte: „Jeder Tag kostet die Region Geld.“",
            ),
        },
    },
    "storm": {
        "people": ("Haddad", "Toll", "Sandvik"),
        "orgs": ("Coastal Energy Agency",),
        "en": {
            "titles": (
                "Storm forces evacuations in {place}",
                "{place} evacuates {n}00 residents as storm hits the coast",
                "Power cuts and flooding after storm in {place}",
                "Coastal storm: {place} declares emergency",
            ),
            "leads": (
                "Authorities in {place} evacuated about {n}00 residents on {day} as a storm pushed sea water into the old town.",
                "A storm with gusts of up to {m}0 km/h hit {place} on {date}, cutting power to thousands of homes.",
                "{place} declared a local emergency on {day} after high winds and flooding, {P1}, {P1r}, said.",
            ),
            "facts": (
                ("About {n}00 people were moved to school gyms and sports halls.",
                 "The city moved roughly {n}00 residents to emergency shelters.",
                 "Some {n}00 people spent the night in shelters."),
                ("Gusts reached {m}0 kilometres per hour.",
                 "Wind speeds of up to {m}0 km/h were measured at the harbour."),
                ("The {org} said {amt},000 households were without electricity.",
                 "Power was cut to {amt},000 homes, according to the {orgA}."),
                ("No deaths were reported.",
                 "Nobody was killed, officials said."),
                ("Schools will stay closed until {sday}.",
                 "Classes are cancelled until {sdate}."),
            ),
            "quotes": (
                "“The water came faster than anyone expected,” {P1s} said.",
                "\"Please stay at home and keep away from the sea wall,\" {P1s} told residents.",
                "{P2s} said: \"The repairs will take days, not hours.\"",
                "“We will rebuild the promenade,” {he} added.",
            ),
        },
        "de": {
            "titles": (
                "Sturm in {place}: {n}00 Menschen in Sicherheit gebracht",
                "Überschwemmungen und Stromausfälle nach Sturm in {place}",
            ),
            "leads": (
                "In {place} sind am {day} etwa {n}00 Bewohner vor einem Sturm in Sicherheit gebracht worden.",
                "Ein Sturm mit Böen bis {m}0 km/h hat am {date} die Küste bei {place} getroffen.",
            ),
            "facts": (
                ("Rund {amt}.000 Haushalte waren ohne Strom.",),
                ("Tote gab es nach Angaben der Behörden nicht.",),
                ("Die Schulen bleiben bis {sday} geschlossen.",),
            ),
            "quotes": (
                "„Das Wasser kam schneller als erwartet“, sagte {P1s}.",
            ),
        },
    },
    "energy": {
        "people": ("Eriksen", "de Waal", "Sandvik", "Orlenko"),
        "orgs": ("Coastal Energy Agency", "Northern Maritime Council"),
        "en": {
            "titles": (
                "{country} signs {mw}-year deal on {topic} with {country2}",
                "{P1s} seals {amt} million agreement on {topic}",
                "Deal on {topic} worth {amt} million signed in {place}",
                "{country} and {country2} settle dispute over {topic}",
            ),
            "leads": (
                "{P1R} {P1} signed a {mw}-year agreement on {topic} with {country2} in {place} on {day}.",
                "{country} and {country2} signed a deal on {topic} worth {amt} million on {date}, ending a dispute that had lasted months.",
                "A {mw}-year agreement on {topic} between {country} and {country2} was signed on {day}, {P1} said.",
            ),
            "facts": (
                ("The agreement is worth {amt} million over its lifetime.",
                 "Officials valued the deal at {amt} million.",
                 "The contract is worth about {amt} million, according to the ministry."),
                ("It will run for {mw} years.",
                 "The deal covers the next {m} years."),
                ("{P2}, {P2r}, signed for {country2}.",
                 "The {country2} side was represented by {P2}."),
                ("The {org} will monitor how the deal is carried out.",
                 "Monitoring falls to the {orgA}."),
                ("The agreement takes effect on {sdate}.",
                 "It enters into force in {smonth}."),
            ),
            "quotes": (
                "“This is a fair deal for both sides,” {P1s} said.",
                "\"Nobody got everything they wanted, and that is how a good compromise looks,\" {P1s} told reporters.",
                "{P2s} said: \"We have turned a dispute into a partnership.\"",
                "“The prices will be stable for years,” {he} added.",
            ),
        },
        "de": {
            "titles": (
                "{country} und {country2} unterzeichnen Abkommen über {topic}",
                "{P1s} unterzeichnet Vertrag über {amt} Millionen",
            ),
            "leads": (
                "{P1R} {P1} hat am {day} in {place} ein {mw}jähriges Abkommen über {topic} mit {country2} unterzeichnet.",
                "{country} und {country2} haben am {date} einen Vertrag über {topic} im Wert von {amt} Millionen geschlossen.",
            ),
            "facts": (
                ("Das Abkommen hat einen Wert von {amt} Millionen.",),
                ("Es gilt für {mw} Jahre.",),
                ("Für {country2} unterschrieb {P2}.",),
                ("Das Abkommen tritt im {smonth} in Kraft.",),
            ),
            "quotes": (
                "„Das ist ein faires Abkommen für beide Seiten“, sagte {P1s}.",
            ),
        },
    },
    "rates": {
        "people": ("Voss",),
        "orgs": ("Valdorian Central Bank",),
        "en": {
            "titles": (
                "{orgA} raises interest rate to {n}.{m} percent",
                "Central bank lifts rates again, {P1s} warns on prices",
                "{P1s}: rates will stay high until inflation falls",
                "{org} raises key rate again, {P1s} signals more to come",
            ),
            "leads": (
                "The {org} raised its key interest rate to {n}.{m} percent on {day}, its governor {P1} said.",
                "{P1}, {P1r}, announced on {date} that the bank's main rate would rise to {n}.{m} percent.",
                "The {orgA} lifted borrowing costs again on {day}, taking its key rate to {n}.{m} percent.",
            ),
            "facts": (
                ("The new rate of {n}.{m} percent applies from {sday}.",
                 "The key rate now stands at {n}.{m} percent."),
                ("Inflation was {pct} percent last month.",
                 "Consumer prices rose {pct} percent from a year earlier."),
                ("The next rate meeting is scheduled for {sdate}.",
                 "Policymakers meet again on {sdate}."),
                ("{P2}, {P2r}, criticised the decision.",
                 "The decision drew criticism from {P2}."),
            ),
            "quotes": (
                "“We will do what it takes to bring prices under control,” {P1s} said.",
                "\"Families are paying for the bank's mistakes,\" {P2s} said.",
                "{P1s} said: \"The job is not finished.\"",
                "“We are watching wages closely,” {he} added.",
            ),
        },
        "de": {
            "titles": (
                "{orgA} erhöht den Leitzins auf {n},{m} Prozent",
            ),
            "leads": (
                "Die {org} hat am {day} den Leitzins auf {n},{m} Prozent angehoben, sagte {P1}.",
            ),
            "facts": (
                ("Die Inflation lag zuletzt bei {pctde} Prozent.",),
                ("Die nächste Zinssitzung ist für den {sdate} angesetzt.",),
            ),
            "quotes": (
                "„Wir tun, was nötig ist“, sagte {P1s}.",
            ),
        },
    },
    "court": {
        "people": ("Ferro",),
        "orgs": ("Altmark Rail Company", "Northern Maritime Council"),
        "en": {
            "titles": (
                "Prosecutors charge {nw} officials of the {orgA}",
                "{P1s} brings bribery charges in {place}",
                "{n} charged over contracts at the {org}",
                "Bribery case: trial of {orgA} managers set for {smonth}",
            ),
            "leads": (
                "{P1R} {P1} on {day} charged {nw} current and former managers of the {org} with bribery.",
                "Prosecutors in {place} charged {n} officials of the {org} ({orgA}) on {date} over contracts worth {amt} million.",
                "{n} managers of the {orgA} were charged with bribery on {day}, {P1}'s office said.",
            ),
            "facts": (
                ("The contracts under investigation are worth {amt} million.",
                 "Investigators examined contracts worth {amt} million."),
                ("The trial is due to open on {sdate}.",
                 "A court in {place} will hear the case from {sdate}."),
                ("{P2}, {P2r}, denied any wrongdoing.",
                 "Through a lawyer, {P2} rejected the accusations."),
                ("The investigation began after a tip from an employee.",
                 "The case started with a complaint by a former employee."),
            ),
            "quotes": (
                "“Nobody is above the law,” {P1s} said.",
                "\"The accusations are baseless,\" {P2s} said in a statement.",
                "{P1s} said: \"We followed the money for two years.\"",
            ),
        },
        "de": {
            "titles": (
                "Anklage gegen {n} Manager der {orgA}",
            ),
            "leads": (
                "{P1R} {P1} hat am {day} Anklage gegen {n} Manager der {org} erhoben.",
            ),
            "facts": (
                ("Es geht um Aufträge im Wert von {amt} Millionen.",),
                ("Der Prozess soll am {sdate} beginnen.",),
            ),
            "quotes": (
                "„Niemand steht über dem Gesetz“, sagte {P1s}.",
            ),
        },
    },
    "summit": {
        "people": ("Sandvik", "Orlenko", "Hale", "de Waal", "Holm"),
        "orgs": ("Regional Security Forum", "Northern Maritime Council"),
        "en": {
            "titles": (
                "{P1s} and {P2s} meet in {place}, agree {nw}-point plan",
                "Leaders agree plan on {topic} at {place} summit",
                "{place} summit ends with joint statement on {topic}",
                "{P1s} hosts {P2s} for talks on {topic}",
            ),
            "leads": (
                "{P1} and {P2} agreed on a {mw}-point plan on {topic} at a summit in {place} on {day}.",
                "A summit in {place} ended on {date} with a joint statement on {topic}, {P1r} {P1} said.",
                "{P1R} {P1} hosted {P2} in {place} on {day} for talks dominated by {topic}.",
            ),
            "facts": (
                ("The plan has {mw} points.",
                 "Their joint statement lists {m} measures."),
                ("The summit was organised by the {org}.",
                 "The {orgA} hosted the meeting."),
                ("The two will meet again on {sdate}.",
                 "A follow-up meeting is planned for {smonth}."),
                ("Protesters gathered outside the venue.",
                 "Several hundred people demonstrated near the conference centre."),
            ),
            "quotes": (
                "“We came here to solve problems, not to describe them,” {P1s} said.",
                "\"Today we took a step, not a leap,\" {P2s} said.",
                "{P1s} said: \"The plan is ambitious but realistic.\"",
                "“We will check the progress every month,” {he} added.",
            ),
        },
        "de": {
            "titles": (
                "Gipfel in {place}: Einigung auf {nw}-Punkte-Plan",
            ),
            "leads": (
                "{P1} und {P2} haben sich am {day} in {place} auf einen Plan zu {topic} geeinigt.",
            ),
            "facts": (
                ("Der Plan umfasst {mw} Punkte.",),
                ("Ein weiteres Treffen ist für den {sdate} geplant.",),
            ),
            "quotes": (
                "„Wir sind gekommen, um Probleme zu lösen“, sagte {P1s}.",
            ),
        },
    },
}

# sentences that could appear under any event: they make stories around the same actors overlap
BACKGROUND = {
    "en": (
        "Relations between {country} and {country2} have been tense for years.",
        "{P1s} has held the post since the last election.",
        "The region's economy depends heavily on shipping and fishing.",
        "Opposition politicians have called for more transparency.",
        "The government in {country} has not commented further.",
        "Analysts said the move was widely expected.",
        "Earlier this year, {P1s} visited {place} twice.",
        "Local newspapers in {place} had reported on the plans for weeks.",
        "The last comparable case dates back more than a decade.",
        "Markets reacted calmly to the news.",
        "Critics say the government acted too late.",
        "{P1s} is expected to brief parliament in the coming days.",
        "Residents of {place} followed the developments closely.",
        "Neither side gave further details.",
        "The story was the main topic on regional radio on {day}.",
        "{P2s} has been one of the most visible critics of the government.",
        "Officials in {place} declined to give a timetable.",
        "Business groups welcomed the clarity but asked for more detail.",
        "The issue has divided the governing coalition in {country}.",
        "Similar disputes in neighbouring countries took months to resolve.",
        "{P1s} spoke after a meeting with regional officials.",
        "A further statement is expected later in the week.",
        "The announcement came after days of speculation in the capital.",
        "Several ministers were said to have argued for a different approach.",
        "It was not immediately clear how the plan would be financed.",
        "Trade unions in {place} said they would study the details.",
        "The government's critics in {country} were quick to respond.",
        "Neighbouring {country2} is watching the developments closely.",
        "Regional elections are due later in the year.",
        "Officials stressed that the decision was not final.",
        "Questions about the costs remained unanswered.",
        "{P1s} has faced growing pressure from within the party.",
    ),
    "de": (
        "Die Beziehungen zwischen {country} und {country2} sind seit Jahren angespannt.",
        "Die Opposition fordert mehr Transparenz.",
        "Beobachter hatten mit dem Schritt gerechnet.",
        "Die Regierung in {country} äußerte sich zunächst nicht.",
        "Die Märkte reagierten gelassen.",
        "Kritiker werfen der Regierung vor, zu spät gehandelt zu haben.",
        "Eine weitere Stellungnahme wird im Laufe der Woche erwartet.",
        "In {place} wurde die Entwicklung aufmerksam verfolgt.",
        "{P2s} gilt als einer der schärfsten Kritiker der Regierung.",
        "Wirtschaftsverbände begrüßten die Klarheit, forderten aber mehr Details.",
        "Die Ankündigung folgte auf tagelange Spekulationen in der Hauptstadt.",
        "Wie das Vorhaben finanziert werden soll, blieb zunächst offen.",
        "Gewerkschaften in {place} wollen die Einzelheiten prüfen.",
        "Im Nachbarland {country2} wird die Entwicklung genau beobachtet.",
        "Die Behörden betonten, die Entscheidung sei noch nicht endgültig.",
    ),
}

# small edits a reprinting outlet makes to a wire copy
REPRINT_TAILS = {
    "en": (
        "The agency contributed to this report.",
        "This story has been updated.",
        "Additional reporting by staff.",
    ),
    "de": (
        "Mit Material der Agentur.",
        "Dieser Artikel wurde aktualisiert.",
    ),
}

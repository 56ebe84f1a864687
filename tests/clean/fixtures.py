"""Fictional noisy articles, written for these tests: each imitates one kind of real-world noise.

Events, outlets and people are invented (the Vellmark port strike, the Ostrava-on-Sea council...).
"""

# a date, a tagline and a menu line before the headline; a related-link teaser at the end
DATE_TAGLINE_FIRST = """March 3, 2024

Harbour Light Gazette

Local Coast World Sport

Port workers in Vellmark end strike after nine days of talks

Dock workers in Vellmark returned to work on Sunday after union leaders accepted a pay offer from the port authority. The strike had halted container traffic for nine days.

Union spokesperson Mira Tann said the agreement raises wages by six percent over two years. "We got what we came for," she told reporters outside the union hall.

The port authority said it expects the backlog of ships to clear by Friday.

See also  You will not believe what this retired sailor found in his garden shed last spring!
"""

# counters, a doubled photo caption and a machine-translation disclaimer under the headline
COUNTERS_CAPTIONS_MT = """Council of Ostrava-on-Sea approves new tram line

The line will connect the old town with the university campus by 2027

1874 views 3 comment(s)
Mayor Ilse Brandt, Photo: Kestrel Agency
Mayor Ilse Brandt, Photo: Kestrel Agency
Disclaimer: This text was translated automatically and may contain errors.

The city council of Ostrava-on-Sea voted 31 to 12 on Tuesday to build a new tram line, Mayor Ilse Brandt said.

Construction is expected to start next spring and cost about 140 million euros, according to the council's budget office.

Bonus video:
"""

# a trailing "Outlet, dd.mm.yyyy" line, a Source line, related posts and a comment form
TRAILING_OUTLET_SOURCE = """Northern rail bridge reopens after repairs

The Calder rail bridge reopened on Monday, 11 March 2024, after four months of repairs, the regional transport office said.

Engineers replaced two steel girders damaged by ice, office director Paul Venn told a news conference.

"Trains will run at full speed again from Wednesday," Venn said.

Valley Courier, 11.03.2024
Source: Nordpress

Related Posts

Leave a Reply

Your email address will not be published. Fields marked * are required
"""

# a breadcrumb repeating the headline, one long paragraph, and the outlet name glued to its end
BREADCRUMB_GLUED_OUTLET = """Minister Harlow: Fishing quotas to stay until autumn

Home / Politics / Minister Harlow: Fishing quotas to stay until autumn
Fisheries Minister Dana Harlow said on Thursday that current fishing quotas will remain in force until the autumn review. "We will not change the rules in the middle of a season," Harlow told the regional assembly. The fishermen's association had asked for higher limits for herring after a mild winter. The ministry will publish catch data for the first quarter next month, she added. Opposition members said the decision ignored the advice of coastal communities. Brightwater Tribune
"""

# a standfirst, a dateline with an agency code, and a cookie banner
DATELINE_COOKIES = """Vellmark to hold early election in June, premier says

Premier Jonas Aalto calls the vote a year ahead of schedule after the coalition splits.

VELLMARK CITY (NPA) – Premier Jonas Aalto announced on Friday that an early general election will be held on June 14.

The coalition broke apart last week when the Green Farmers party left the government over a dispute on water rights.

Aalto said he would lead his party into the election.

This site uses cookies to make your visit better. We assume you agree unless you opt out in the settings. Accept
"""

# a byline, share prompts and a copyright line
BYLINE_SHARE = """Storm Ingrid leaves thousands without power in the north

By Clara Voss and Emil Rask

Share on Facebook
Share on Twitter

Storm Ingrid brought down power lines across the northern provinces overnight, leaving about 12,000 homes without electricity, the grid operator said on Saturday.

Repair crews expect to restore most connections by Sunday evening.

Follow us on Telegram

© 2024 Northern Daily Post. All rights reserved.
"""

# story sentences that look like chrome and must all stay
LOOKALIKES = """Ministers agree to continue Geneva talks

Related talks will take place in Geneva, the ministry said.

Share prices fell 3% on Monday after the announcement.

The regulator said the site uses cookies to track children without consent, in breach of the law.

The ministry said an automatic translation tool had made errors in the treaty text.

Also read into the statement was a warning to neighbouring states.

Subscribers to the state broadcaster's channel complained about the coverage.

Home ownership / renting ratios have shifted since 2010, the survey found.

Copyright lawyers said the ruling would be appealed.

More news is expected on Tuesday, officials said.

The photo by the river shows the flood damage.

Comments by the minister were not available on Monday.
"""

# the headline first, then an all-capitals masthead and its slogan; a "Source:" line far from the
# end (a page that ends with a long tail of chrome) and a "More stories" box of teaser headlines
CAPS_MASTHEAD_UNDER_TITLE = """Ferry fares to Brennvik islands rise by eight percent

BRENNVIK POST

Your harbour, your headlines

Home / Local

February 2, 2024

Ferry fares between Brennvik and the outer islands will rise by eight percent from April, the ferry company Nordlys Line said on Friday.

Company director Ada Holm blamed higher fuel and crew costs. "We held prices for three years," Holm said.

Island councillors said they would ask the regional government for a subsidy.

Source: Nordpress

Ferry at the Brennvik quay, Photo: Brennvik Post

Bonus video:

More stories

Lighthouse keeper retires after forty years

Five walks for a windy weekend

Why island schools are short of teachers

Leave a Reply

Your email address will not be published. Fields marked * are required

This website uses cookies to improve your experience. Accept
"""

# a site name and its slogan, the navigation, and only then the headline
MASTHEAD_NAV_THEN_TITLE = """Ostvik Morning Star

Serving the fjord since 1887

Home / News / Region

Landslide closes coast road near Ostvik

March 9, 2024

A landslide closed the coast road north of Ostvik on Saturday morning, the road authority said.

Nobody was hurt. Engineers will inspect the slope on Monday before deciding when the road can reopen.

Read more

Council to review slope safety rules
"""

# German page chrome around a German story
GERMAN_CHROME = """Neue Fährverbindung nach Holmsund ab Mai

Startseite / Regionales

Ab Mai verbindet eine neue Fähre den Hafen von Ostvik mit der Insel Holmsund, teilte die Reederei Nordlys am Dienstag mit.

Die Überfahrt soll vierzig Minuten dauern. Die Gemeinde hatte seit Jahren eine direkte Verbindung gefordert.

Dieser Artikel wurde maschinell übersetzt und kann Fehler enthalten.

Artikel teilen

Das könnte Sie auch interessieren

Leuchtturm von Holmsund wird zum Museum

Kommentar schreiben

Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.

Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.
"""

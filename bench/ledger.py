"""Benchmark of the evidence ledger: quality on gold stories, speed, sentence splitting.

Prints, side by side where there are peers:

* sentences: boundary F1 and chars/s of newsweave's nupunkt splitter vs pysbd (if installed) on
  generated sentences with abbreviations, decimals, initials and quotes (gold by construction);
* quality on gold stories (tests/analyze/fixtures/*.json; demo/gold when present): quote+speaker
  precision/recall, entity variant merging (pairwise P/R), claim status accuracy, contradiction
  precision/recall; the same on the held-out stories (tests/analyze/heldout/*.json), which no rule
  was tuned on: the fixtures and demo gold were looked at while the rules were written, the
  held-out set measures what that is worth; and on tests/analyze/heldout2/*.json (``heldout2:``, no
  floors), a second held-out set written when the first became development data; and on
  tests/analyze/heldout3/*.json (``heldout3:``, no floors), a third (Spanish, Italian, German);
  and on tests/analyze/heldout4/*.json (``heldout4:``), a fourth (French, German, Italian);
  and on tests/analyze/heldout5/*.json (``heldout5:``), a fifth (Spanish, Portuguese,
  English only) in styles the rules were not tuned on; and on tests/analyze/heldout6/*.json
  (``heldout6:``), a sixth (German, French, English only); and on
  tests/analyze/heldout7/*.json (``heldout7:``), a seventh (Spanish, Italian, English only);
  and on tests/analyze/heldout8/*.json (``heldout8:``), an eighth (German, Portuguese,
  English only); and on tests/analyze/heldout9/*.json (``heldout9:``), a ninth (French,
  Spanish, English only); and on tests/analyze/heldout10/*.json (``heldout10:``), a tenth
  (German, French, English only);
  and on tests/analyze/heldout11/*.json (``heldout11:``), an eleventh (Italian, Spanish, English only);
  and on tests/analyze/heldout12/*.json (``heldout12:``, no floors), a twelfth (Portuguese, German, English only);
  and on tests/analyze/heldout13/*.json (``heldout13:``), a thirteenth (French, Italian, English only);
  and on tests/analyze/heldout14/*.json (``heldout14:``), a fourteenth (Spanish, Portuguese, English only);
  and on tests/analyze/heldout15/*.json (``heldout15:``), a fifteenth (German, Italian, English only);
  and on tests/analyze/heldout16/*.json (``heldout16:``), a sixteenth (French, Spanish, English only);
  and on tests/analyze/heldout17/*.json (``heldout17:``), a seventeenth (German, French, English only);
  and on tests/analyze/heldout18/*.json (``heldout18:``), an eighteenth (Portuguese, Italian, English only);
  and on tests/analyze/heldout19/*.json (``heldout19:``), a nineteenth (Italian, Spanish, English only);
  and on tests/analyze/heldout20/*.json (``heldout20:``), a twentieth (French, German, English only);
  and on tests/analyze/heldout21/*.json (``heldout21:``), a twenty-first (Spanish, German,
  English only); and on tests/analyze/heldout22/*.json (``heldout22:``), a twenty-second
  (French, Portuguese, English only); and on tests/analyze/heldout23/*.json (``heldout23:``),
  a twenty-third (Italian, Portuguese, English only); and on tests/analyze/heldout24/*.json
  (``heldout24:``), a twenty-fourth (Spanish, French, English only); and on
  tests/analyze/heldout25/*.json (``heldout25:``), a twenty-fifth (German, French,
  English only); and on tests/analyze/heldout26/*.json (``heldout26:``), a twenty-sixth
  (Italian, Spanish, English only); and on tests/analyze/heldout27/*.json (``heldout27:``), a
  twenty-seventh (French, German, English only); and on tests/analyze/heldout28/*.json
  (``heldout28:``), a twenty-eighth (Portuguese, Italian, English only); and on six sets written
  gold-first in session 8 (``heldout29:`` .. ``heldout34:``, no floors): tests/analyze/heldout29
  (Italian, German, English only: a court report and a legal blog), heldout30 (Spanish, French,
  English only: a news aggregator's roundup and an evening paper), heldout31 (Portuguese, Italian,
  English only: a tabloid and a public broadcaster's website), heldout32 (German, Spanish, English
  only: a fact-check and a parish newsletter), heldout33 (French, Portuguese, English only: a
  Nigerian daily and a wire bulletin with timed updates) and heldout34 (Italian, Spanish, English
  only: a press release and a magazine long-read); and on six more written later in session 8
  (``heldout35:`` .. ``heldout40:``, no floors; a sports desk and a fan site, a business wire and an
  investor newsletter, a science desk and a university release, a TV station's site and a police
  statement on a blog, a Q&A transcript and a brief built from it, a consumer-advice piece and a
  forum thread); and on six more (``heldout41:`` .. ``heldout46:``, no floors; topics of public
  life rather than accidents: an Irish weekly and a radio site, an Australian site and a video
  script, a Canadian broadcaster and a bilingual digest, a parliamentary sketch and an MP's
  newsletter, a tech trade site and a labour-news site, a student paper and a university page);
  and on six more (``heldout47:`` .. ``heldout52:``, no floors; a Scottish paper and a council
  release, a South African site and a WhatsApp summary, a New Zealand radio site and a business
  newsletter, a US alt weekly and council minutes, a farm weekly and podcast notes, a Welsh paper
  and a phone-in summary); and on six more (``heldout53:`` .. ``heldout58:``, no floors; a Singapore
  daily and a forum digest, a Caribbean daily and a church bulletin, a Kenyan daily and an NGO
  report, a Hong Kong daily and a livestream recap, a West African business weekly and a radio
  statement, an Indian daily and a residents' circular); and on six more (``heldout59:`` ..
  ``heldout64:``, no floors; a Maltese daily and a Facebook group, a Philippine daily and a parish
  radio summary, a Gulf daily and WhatsApp voice notes, a Pacific weekly and a church newsletter, a
  southern African daily and a union statement, a Northern Irish weekly and a club statement);
  and on six more (``heldout65:`` .. ``heldout70:``, session 9; a Singaporean broadsheet, a live
  blog and a radio bulletin with Brazilian Portuguese and Swiss German; a Bermudian-style weekly, a
  university newsletter and an obituary-style profile with Québec French and Mexican Spanish; an
  Isle of Man-style weekly, a trade journal and an opinion column with Ticino Italian and Belgian
  French; a Zimbabwean daily, a sports desk and a letters page with Argentine Spanish and Austrian
  German; a Sri Lankan daily, a Malaysian daily and an investor newsletter with European Portuguese
  and Italian; a Gibraltar-style daily, a Channel Islands paper and a TV news transcript with German
  and Chilean Spanish); and on six more (``heldout71:`` .. ``heldout76:``, session 9, round 8; a
  Ghanaian daily, a municipal press-briefing transcript and a professional association's newsletter
  with Mozambican Portuguese and Swiss Romand French; a Cypriot-style paper, an "ask me anything"
  thread and a two-host podcast transcript with Peruvian Spanish and Sardinian Italian; a
  Luxembourg-style weekly, a regulatory filing summary and a live TV ticker with Luxembourg German
  and Monaco-style French; a Bahamian-style daily, a chamber of commerce bulletin and a court
  transcript excerpt with Cape Verdean Portuguese and Canary Islands Spanish; a US small-town
  weekly, a Substack-style newsletter and a press-conference Q&A with South Tyrol Italian and
  German; a Namibian daily, an FAQ explainer and a radio phone-in write-up with Senegalese French
  and Uruguayan Spanish); and on six more (``heldout77:`` .. ``heldout82:``, session 9, round 9; an
  Australian regional paper, a government gazette notice summary and a student radio bulletin with
  Barcelona-style Spanish and Walloon French; a CBC-style site, an NGO press release and a
  reporter's X thread with Roman Italian and São Paulo Portuguese; an Irish Times-style daily, a
  parliamentary written answer and a residents' newsletter with Swiss German and Mexican Spanish; a
  Kenyan business daily, a court press office summary and a TikTok transcript write-up with
  regional Portuguese and Swiss Romand French; a Scottish tabloid, a council agenda summary and a
  university release with Colombian Spanish and Milanese Italian; a Hong Kong English daily, a
  union bulletin and a TV evening-news script with Parisian French and a Berlin tabloid's German).
  and on six more (``heldout83:`` .. ``heldout88:``, session 10, round 10; a Singapore broadsheet,
  a Hansard-style extract with speaker labels and a morning newsletter with Angolan Portuguese and
  Cameroonian French; a Nigerian daily, a fact-check article and a radio phone-in write-up with
  Canary Islands Spanish and Liechtenstein German; an Indian daily, a "what we know so far"
  explainer and council minutes with Grisons Italian and Tunisian French; a Trinidad-style daily,
  a closed-caption transcript and an op-ed with Macanese Portuguese and East Belgian German; a
  Scottish weekly, a timestamped wire advisory and a photo gallery with Equatorial Guinean Spanish
  and Haitian French; a Maritimes paper, a Q and A interview and a union newsletter with San
  Marino Italian and Namibian German).
  and on six more (``heldout89:`` .. ``heldout94:``, session 10, round 11; a New Zealand regional
  paper, a council press release and a podcast summary with Bolivian Spanish and Alsatian French;
  a Welsh weekly, a court press summary and a forum thread with Paraguayan Spanish and Aosta
  Valley Italian; a Ugandan daily, an electoral commission notice and a radio call-in transcript
  with São Tomé Portuguese and Bavarian German; a Malaysian daily, board minutes and an MP's
  newsletter with Costa Rican Spanish and Corsican French; a Fijian daily, a Q: and A: briefing
  transcript and a school newsletter with Trentino Italian and Réunion French; a Guyanese daily, a
  hospital board paper and a messaging-app digest with Dominican Spanish and Tyrolean German).
  and on six more, all never read (``heldout95:`` .. ``heldout100:``, session 10, round 12, written
  after this session's rules; a South African community paper, a committee report summary and a
  YouTube description with Patagonian Spanish and Quebec French; a Pakistani daily, a regulator's
  notice and a Facebook post with Brazilian Portuguese and Swiss German; a Jamaican daily, a TV
  debate transcript and a union statement with Sicilian Italian and Brussels French; a Hong Kong
  daily, senate minutes and a residents' newsletter with Venezuelan Spanish and Upper Austrian
  German; a Kenyan county site, a minister's speech and podcast show notes with Madeiran
  Portuguese and Lorraine French; a Nigerian business weekly, an ombudsman's decision and a radio
  bulletin with Galician Spanish and Ticino Italian).
  and on six more (``heldout101:`` .. ``heldout106:``, session 11, round 13, written while this
  session's rules were being written; all measured blind, then heldout101..103 read as development
  data, heldout104..106 never read; a Zambian daily, a corrections box and a
  live blog with Ecuadorian Spanish and Congolese French; a Botswana daily, an auditor-general
  summary and a readers' comments section with Azorean Portuguese and Styrian German; a Belize-style
  weekly, a TV news script and a committee agenda with Honduran Spanish and Neapolitan Italian; a
  Papua New Guinea daily, a 'Five things to know' digest and a consultation response summary with
  Guinea-Bissau Portuguese and Ivorian French; a court reporter's running notes, a regulator's
  press release and a Gibraltar-style daily with Guatemalan Spanish and Saxon German; a Tanzanian
  daily, a sports federation statement and an encyclopedia-style entry with Friulian Italian and
  Malagasy-press French).
  and on four more (``heldout107:`` .. ``heldout110:``, session 12, round 14, written gold-first by
  helpers who did not read the rules; all measured blind at the session's start code, then
  heldout107..108 read as development data, heldout109 read at the end of the session after its
  blind measurement at the end code too, heldout110 never read): a Fiji-style daily, town
  council minutes and a question-and-answer explainer with Panamanian Spanish and Beninese French;
  a Malawi-style daily, a trade union newsletter and a podcast transcript with São Tomé Portuguese
  and Carinthian German; a Solomon Islands-style weekly, a press-conference transcript and an
  'UPDATE 2' wire with Salvadoran Spanish and Genoese Italian; a Seychelles-style daily, a National
  Assembly verbatim record and a radio news bulletin with Timorese Portuguese and Gabonese French).
  and on three more (``heldout111:`` .. ``heldout113:``, session 12, round 15, written gold-first by
  helpers in the middle of the session; measured blind at the session's start code and at its end,
  never read by the lead, no floors): a Trinidad and Tobago daily, an ombudsman's report summary
  and a residents' association newsletter with Nicaraguan Spanish and Moroccan French; a Guyana
  daily, a fact-check article and a court judgment summary with Northeastern Brazilian Portuguese
  and Vorarlberg German; a Samoa weekly, an explainer with a dated timeline and a letters page with
  Apulian Italian and Rwandan French).
  and on four more (``heldout114:`` .. ``heldout117:``, session 13, round 16, written gold-first by
  helpers at the session's start; measured blind at the start code before any rule of the session
  was written; heldout115 and heldout116 were then read as development data, heldout114 and
  heldout117 are never read by the lead and have no floors): a Fiji-style daily, a parliamentary
  press-gallery newsletter and a farm-radio transcript with Brazilian Portuguese and Swiss Standard
  German; a Sri Lankan daily, a student newspaper and a trade-union bulletin with Rioplatense
  Spanish and Belgian French; a local TV website, a Ghana-style daily and a court reporter's digest
  with Austrian German and Quebec French; a Malaysian daily, agency flash wires and a council's
  meeting summary with Palermo Italian and Monterrey Spanish).
  and on four more (``heldout118:`` .. ``heldout121:``, session 13, round 17, written gold-first by
  helpers in the middle of the session and measured blind at the session's start code; the even
  ones (heldout118, heldout120) were then read as development data, a choice made by number after
  the start figures of heldout118, 119 and 121 were seen, and the odd ones (heldout119, heldout121)
  are never read by the lead and have no floors): a Kenyan daily, a live blog and a business weekly with Catalan and Chilean Spanish; a
  Jamaican daily, a ministry press release and a Q&A piece with European Portuguese and Luxembourg
  German; a Nigerian daily, a podcast summary and an Irish county weekly with Swiss Italian and
  Senegalese French; a Zambian daily, a Scottish local paper and a wire factbox with Colombian
  Spanish and Cameroonian French).
  and on four more (``heldout122:`` .. ``heldout125:``, session 13, round 18, written gold-first by
  helpers late in the session and measured blind at the session's start code; the even ones
  (heldout122, heldout124, chosen by number before any was measured) were then read as development
  data, heldout123 and heldout125 are never read by the lead and have no floors): a Ugandan daily, a
  Hansard extract and a radio script with Peruvian Spanish and Swiss French; a Botswana weekly, a
  city hall briefing transcript and a business newsletter with Mozambican Portuguese and South
  Tyrolean German; a Tanzanian daily, a student radio bulletin and a Welsh local paper with
  Sardinian Italian and Haitian French; a Papua New Guinea daily, a union newsletter and a
  Canadian Press-style wire with Uruguayan Spanish and Alsatian French).
  and on four more (``heldout126:`` .. ``heldout129:``, session 13, round 19, written gold-first by
  helpers late in the session and measured blind at the session's start code; the even ones
  (heldout126, heldout128, chosen by number before any was measured) were then read as development
  data, heldout127 and heldout129 are never read by the lead and have no floors): a Ghanaian
  business paper, a court list and a phone-in summary with Córdoba Spanish and Acadian French; a
  Namibian daily, a committee report summary and an aggregator page with Angolan Portuguese and
  Bavarian German; a Malawian daily, a university release and a Northern Irish paper with
  Venezuelan Spanish and Ivorian French; a Solomon Islands weekly, a co-operative bulletin and an
  AP-style wire with Neapolitan Italian and Tunisian French).
  and on four more (``heldout130:`` .. ``heldout133:``, session 13, round 20, written gold-first by
  helpers at the end of the session in a short form (articles of 120-270 words) and measured blind
  at the session's start code; the even ones (heldout130, heldout132, chosen by number before any was
  measured) were then read as development data, heldout131 and heldout133 are never read by the
  lead and have no floors): a Zimbabwean daily, a regulator's decision notice and a city paper with
  Bolivian Spanish and Brussels French; a Fiji business weekly, a New Zealand regional paper and a
  council agenda note with Cape Verdean Portuguese and Carinthian German; a Sierra Leone daily, a
  football association statement and a Guernsey paper with Trentino Italian and Malagasy French; a
  Vanuatu weekly, a hospital board summary and a Yorkshire paper with Costa Rican Spanish and
  Corsican French).
  and on four more (``heldout134:`` .. ``heldout137:``, session 14, round 21, written gold-first by
  helpers at the start of the session and measured blind at the session's start code; the even ones
  (heldout134, heldout136, chosen by number before any was measured) were then read as development
  data, heldout135 and heldout137 are never read by the lead and have no floors): a Recife-style
  daily on island ferry fares, a Lausanne-style daily on an avalanche that closed a mountain railway
  and a council's live blog on closing branch libraries; a Vienna-style tabloid on a zoo's escaped
  red panda, a Montevideo-style daily on a bus strike and a student radio site on a disputed
  university ranking; a Bologna-style daily on a bridge closed for cracks, a Porto-style daily on a
  wildfire evacuation and a coastguard press release on a sunken trawler; a Marseille-style daily on
  a dockers' strike, a Zurich-style broadsheet on a bank's data breach and a parents' newsletter on a
  school closed for asbestos.
  and on four more (``heldout138:`` .. ``heldout141:``, session 14, round 22, written gold-first by
  helpers in the middle of the session and measured blind at the session's start code; the even
  ones (heldout138, heldout140, chosen by number before any was measured) were then read as
  development data, heldout139 and heldout141 are never read by the lead and have no floors): a
  Bariloche-style daily on a lake's jet-ski ban, a Turin-style daily on a junior doctors' strike and
  a water utility's incident page on a burst main; a Lisbon-style sports daily on a stadium licence
  a court annulled, an Innsbruck-style daily on a stranded gondola and a museum's press release on
  returned artefacts; a Bordeaux-style daily on a hailstorm in the vineyards, a Naples-style daily on
  a ferry collision and a motoring association's bulletin on a congestion charge; a Santiago-style
  daily on a late metro extension, a Stuttgart-style daily on a plant closure and a reporter's
  collection of a festival's posts on a storm cancellation.
  and on four more (``heldout142:`` .. ``heldout145:``, session 14, round 23, written gold-first by
  helpers late in the session and measured blind at the session's start code; the even ones
  (heldout142, heldout144, chosen by number before any was measured) were then read as development
  data, heldout143 and heldout145 are never read by the lead and have no floors): a Coimbra-style
  daily on bus fares, a Trento-style daily on a landslide and a health board's minutes on a
  maternity unit's closure; a Montpellier-style daily on a heatwave's water cuts, a Valencia-style
  daily on a teachers' pay deal and a lottery operator's release on a syndicate's jackpot; a
  Hamburg-style daily on a runway closed by a bird strike, a Peniche-style paper on a sardine quota
  and a chess federation's bulletin on a young champion; a Palermo-style daily on an opera house
  reopening, a Lille-style daily on a mayor's resignation and a union's statement on a ferry crew's
  walkout.
  and on four more (``heldout146:`` .. ``heldout149:``, session 14, round 24, written gold-first by
  helpers at the end of the session and measured blind at the session's start code; the even ones
  (heldout146, heldout148, chosen by number before any was measured) were then read as development
  data, heldout147 and heldout149 are never read by the lead and have no floors): a Buenos
  Aires-style daily on a zoo elephant's move, a Minas Gerais-style daily on a dam's floodgates and a
  sheriff's release on a school bus crash; a Bern-style daily on a glacier ski area closing early, a
  Verona-style daily on a wine fraud and a scooter company's blog on a city's ban; a Nantes-style
  daily on a tram line, an Alentejo-style weekly on a cork factory fire and a race organiser's
  statement on a rerouted marathon; a Florence-style daily on a find under a car park, a Cádiz-style
  daily on a shipyard contract and a grid operator's report on a hospital's power cut.
  and on eight more (``heldout150:`` .. ``heldout157:``, session 15, round 25, written gold-first by
  helpers at the start of the session and measured blind at the session's start code; the even ones
  (heldout150, heldout152, heldout154, heldout156, chosen by number before any was measured) were
  then read as development data, the odd ones are never read by the lead and have no floors): a
  Vigo-style daily on a fishing quota, an Innsbruck-style daily on a stalled cable car and a
  highways department's release on a bridge closure; a Besançon-style daily on a cheese recall, a
  Naples-style daily on a ferry breakdown and a students' union statement on hall rents; a
  Viseu-style daily on a wildfire, a Munich-style daily on a brewery takeover and a police statement
  on a returned painting; a Valencia-style daily on a port strike, a Grenoble-style daily on a
  chairlift accident and a residents' newsletter on cycle lanes; a Perugia-style daily on a flooded
  bridge, a Porto-style sports daily on a stadium sale and an airport's statement on a bird strike;
  a Saxony-style daily on wolves near a school, a Jaén-style daily on hail in the olive groves and a
  regulator's summary on a care home; a Brest-style daily on a lighthouse rescue, a Murcia-style
  daily on water rationing and a fire service's log on a chemical leak; a Lisbon-style daily on a
  tram derailment, a Piedmont-style weekly on a truffle theft and an exam board's statement on
  cancelled results.
  and on four more (``heldout158:`` .. ``heldout161:``, session 15, round 26, the same way; heldout158
  and heldout160 read, heldout159 and heldout161 never read): a Black Forest-style daily on a
  bakery's closing, a Strasbourg-style daily on a barge collision and a library trust's statement on
  a rare-book theft; a Huesca-style daily on a refuge's roof, a Bari-style daily on a heart unit's
  delay and a league's statement on failed floodlights; an Azores-style daily on a lost fishing
  boat, a Mendoza-style daily on a harvest pay strike and an organiser's post on a cancelled
  Christmas market; an Abruzzo-style daily on a bell tower, a Zurich-style daily on an escaped red
  panda and a union's release on a bin strike.
  and on eight more (``heldout162:`` .. ``heldout169:``, session 15, round 27, the same way;
  heldout162, heldout164, heldout166 and heldout168 read, the odd ones never read): an Andean
  daily on a tailings leak, a Rouen-style daily on a cathedral scaffold and an island council's
  minutes on ferry cuts; a Cologne-style daily on a hospital cyberattack, an Algarve-style daily on
  coastal erosion and a rugby club's statement on a closed stand; a Bolzano-style daily on a tunnel
  rockfall, a Dijon-style daily on a wine fraud verdict and an environment authority's flood update;
  a Montevideo-style daily on a bus strike, a São Paulo-style daily on a crowd crush and a council's
  letter on a school roof; a Valais-style daily on a glacier lake, a Wolfsburg-style daily on shift
  cuts and a zoo's release on late pandas; a Venetian-style daily on an entry fee, a Canary
  Islands-style daily on a forest fire and a toll company's statement on a protest; a Santos-style
  daily on a grounded ship, a Jura-style daily on a ski jump cancelled by wind and a fire brigade's
  report on a museum fire; a Tyrol-style daily on an avalanche, a Trieste-style daily on a café's
  closing and a nurses' union bulletin on a ward closure.
  and on eight more (``heldout170:`` .. ``heldout177:``, session 15, round 28, the same way;
  heldout170, heldout172, heldout174 and heldout176 read, the odd ones never read): a Toulouse-style
  daily on an airline's liquidation, a Seville-style daily on a bullring's new use and a leisure
  trust's board papers on a pool closure; a Salzburg-style daily on a ski lift company's insolvency,
  a Genoa-style daily on a collapsed bridge and a police commissioner's statement on a grounded
  helicopter; a Recife-style daily on dengue, a Bogotá-style daily on a gold theft and a cruise
  line's statement on norovirus; a Catania-style daily on an ash cloud, an Annecy-style daily on a
  hut fire and a postal company's letter on a closure; an Almería-style daily on a desalination
  plant, a Dresden-style daily on stolen Christmas trees and a promoter's statement on a cancelled
  concert; a Bordeaux-style daily on a flood, a Madeira-style daily on a lighthouse keeper's
  retirement and a chamber of commerce's response on parking charges; a Parma-style daily on a
  theatre's reopening, a Setúbal-style daily on a dock accident and a university's statement on a
  lab fire; a Lower Saxony-style daily on a wolf attack, a Zaragoza-style daily on a drought and a
  food safety notice on a bread recall.
  and on eight more (``heldout178:`` .. ``heldout185:``, session 15, round 29, the same way;
  heldout178, heldout180, heldout182 and heldout184 read, the odd ones never read): a
  Córdoba-style daily on a teachers' strike, a Carrara-style daily on a quarry death and a pier
  trust's statement on a collapse; a Lyon-style daily on a tram strike, a Ludwigshafen-style daily
  on a chlorine alarm and a licensing notice on a festival; a Porto-style daily on a market fire, a
  Palermo-style daily on an overcrowded emergency room and a park group's newsletter on a park sale;
  a Graubünden-style daily on a rack railway's delay, a Boulogne-style daily on a port blockade and
  a health trust's statement on parking fees; a Madrid-style daily on a metro closure, an
  Alentejo-style daily on a cork forest fire and a cabinet report on library hours; a Bergamo-style
  sports daily on a relegation, a Chilean-style daily on a flash flood and a bus operator's notice;
  a Savoie-style daily on snow cannons, a Florence-style daily on a painting's attribution and a
  lifeboat station's launch report; a Stuttgart-style daily on a stove ban, a Peniche-style daily
  on a cancelled surf contest and a theatre's statement on a pantomime.
  and on eight more (``heldout186:`` .. ``heldout193:``, session 16, round 30, the same way;
  heldout186, heldout188, heldout190 and heldout192 read, the odd ones never read): a
  Seville-style daily on bike lanes torn up, a Chamonix-style daily on an avalanche rescue and a
  campaign's press release on library closures; a Liguria-style daily on a landslide, a
  Nuremberg-style daily on a Christmas market fire and a students' union statement on a tent
  protest; a Leixões-style daily on a crane collapse, a Brussels-style daily on a chocolate strike
  and a charity's report on a sewage spill; a Vienna-style daily on a nurses' walkout, a
  Cantabria-style daily on a storm-wrecked pier and an airline's statement on a lost route; a
  Pyrenees-style daily on a snowbound pass, a Rio-style daily on a carnival funding cut and a zoo's
  statement on an elephant's transfer; a Chilean-style daily on a mine strike, a Puglia-style daily
  on a cartel fine and a railway society's statement on a boiler failure; a Rhineland-style daily
  on a cracked motorway bridge, a Burgundy-style daily on a harvest festival accident and a mayor's
  statement on cancelled fireworks; an Amazon-style daily on a ferry sinking, a Bogotá-style daily
  on an antibiotics shortage and race organisers' statement on a marathon detour.
  and on eight more (``heldout194:`` .. ``heldout201:``, session 16, round 31, the same way;
  heldout194, heldout196, heldout198 and heldout200 read, the odd ones never read): a Naples-style
  daily on a cruise ship ban, a Jura-style daily on a snowless ski area and a parents' campaign on
  a maternity downgrade; a Salamanca-style daily on a ham recall, a Hamburg-style daily on a train
  strike and a hotel group's statement on a town hall sale; a Coimbra-style daily on a dam
  release, a Siena-style daily on a damaged fresco and islanders' letter on a ferry surcharge; a
  Var-style daily on a forest fire, a Buenos Aires sports daily on an assaulted referee and a
  police statement on a stolen book; a Valais-style daily on a glacier closing early, a
  Setúbal-style daily on a cancelled sardine festival and committee minutes on bus routes; a
  Jujuy-style daily on a lithium protest, a Lille-style daily on a bread boycott and a grid
  operator's statement on a blackout; a Trentino-style daily on a school closing, a Bavarian-style
  daily on a brewery fire and a charity's statement on a lifeboat station; a Brasília-style daily
  on a doctors' strike, a Burgundy-style daily on a canal lock collapse and a festival's statement
  on its lost licence.
  and on eight more (``heldout202:`` .. ``heldout209:``, session 16, round 32, the same way;
  heldout202, heldout204, heldout206 and heldout208 read, the odd ones never read): a
  Valencia-style daily on a taxi blockade, an Umbria-style daily on collapsed town walls and a bus
  operator's statement on a school bus collapse; a Berlin-style daily on a polar bear cub's death,
  a Périgord-style daily on a truffle fraud and an athletics federation on a mismeasured marathon;
  a Braga-style daily on a cable car, a Canary-style daily on a desalination strike and a
  landlord's open letter on a pub licence; a Sardinia-style daily on a ferry strike, a São
  Paulo-style daily on a landslide and a museum's statement on a returned statue; an
  Arcachon-style daily on an oyster farm closure, a South Tyrol-style daily on a mountain hut and a
  union's statement on a pension strike; an Ecuador-style daily on a volcano alert, a Lisbon
  sports daily on a sacked coach and a transport authority on a delayed tram line; a Basel-style
  daily on a chemical spill, a Turin-style daily on a cancelled opera season and a health board's
  release on a surgery closure; an Alps-style daily on a moved cycling stage, a Madeira-style daily
  on a delayed cruise terminal and a demolition firm's statement on a chimney.
  and on eight more (``heldout210:`` .. ``heldout217:``, session 16, round 33, the same way;
  heldout210, heldout212, heldout214 and heldout216 read, the odd ones never read): a Brittany-style
  daily on a coach firm's liquidation, a Sicily-style daily on a harbour blockade and a care home
  operator's statement; a Black Forest-style daily on a ski jump's collapse, a La Mancha-style
  daily on a saffron theft ring and a scooter company's statement on a ban; a Douro-style daily on
  a flooded wine cellar, a Sauerland-style daily on a Christmas tree fire and a park authority's
  release on a closed coast path; a Valle d'Aosta-style daily on a cable car's rope, a Central
  American daily on a banana strike and an arts council's letter; an Asturias-style daily on a
  postponed maternity wing, an Auvergne-style daily on a cheese cave collapse and a railway trust's
  statement on a pier railway; a Dresden-style daily on a storm-wrecked Christmas market, a
  Peniche-style daily on a trawler fire and a university's statement on a flooded library; a Cinque
  Terre-style daily on a landslide, a Salvador-style daily on a royalties dispute and a cabinet
  report on streetlights; a Lyon-style daily on a train stuck in a tunnel, an Upper Bavaria-style
  daily on silenced church bells and a football club's statement on a storm-damaged roof.
  and on sixteen more (``heldout218:`` .. ``heldout233:``, session 17, rounds 34 and 35, the same
  way; the even ones read, the odd ones never read): a Pyrenees-style daily on an avalanche-struck
  refuge, a lagoon daily on a glassworks furnace and a bus contractor's statement on a drivers'
  strike; an Arcachon-style daily on an oyster ban, a Lisbon-style daily on a tram derailment and a
  postal operator's statement; a Franconia-style daily on a brewery tank leak, a Piedmont-style
  daily on poisoned truffle dogs and an islanders' trust on a ferry route; an Alentejo-style daily
  on a cork fire, a Galicia-style daily on an ice plant and a zoo's statement on red pandas; a
  Tuscany-style daily on a cracked bridge, a Savoie-style daily on a ski school walkout and a
  hospital trust's board paper; an Andalusia-style daily on a flamenco festival, a Tyrol-style daily
  on a stuck cable car and a water regulator's statement; a Provence-style daily on a lavender
  warehouse fire, a Canary-style daily on a lighthouse cottage and a league's ground-share ruling; a
  Salzburg-style daily on a salt mine rockfall, a Strasbourg-style daily on a power cut and a library
  users' open letter; a Trentino-style daily on a retiring doctor, a Rhine-style daily on a grounded
  barge and a heritage trust's letter on old baths; a Setúbal-style daily on a crane collapse, a
  border daily on a chocolate factory and a regulator on a cancelled Christmas swim; a Rioja-style
  daily on hail, a Recife-style daily on a water cut and an airport's release on night flights; a
  Hanover-style daily on an elephant transfer, a Basque-coast daily on a quota cut and a
  university's message on a strike; a Jura-style daily on a listeria alert, a Carrara-style daily on
  a quarry accident and a bridge operator's release on tolls; a Porto-style daily on a stage
  collapse, a Puglia-style daily on an olive oil fraud and a bank's release on a branch closure; a
  Valencia-style daily on a flooded metro tunnel, a Pyrenees-style daily on a snow-making reservoir
  and a broadband company's update; a Leipzig-style daily on a damaged organ, a Nazaré-style daily
  on a shark sighting and a health board's statement on a children's ward.
  and on eight more (``heldout234:`` .. ``heldout241:``, session 17, round 36, the same way): a
  Castile-style daily on a bell tower's scaffolding, a Dolomites-style daily on a lift-pass price
  war and a licensing committee's notice; a Rhône-style daily on a heatwave at a nuclear plant, a
  Stuttgart-style daily on a felled Christmas tree and an aviation authority on an airline's
  collapse; a Coimbra-style daily on stolen azulejos, a Graubünden-style daily on a rockslide and a
  software supplier on parking permits; a Sicily-style daily on a Roman mosaic, a Cádiz-style daily
  on a tuna reserve and a rugby club's statement on a closed stand; a Loire-style daily on a ferry's
  snapped cable, a Gipuzkoa-style daily on a cider house fire and a tram operator's update; a
  Hamburg-style daily on a flooded penguin pool, a Liguria-style daily on a lighthouse failure and an
  education authority's report; an Azores-style daily on a broken-down ferry, a Burgundy-style daily
  on a wine fraud and a charity's statement on a scanner; a Picos-style daily on a blizzard
  marathon, a Rio-style daily on a burnt float and a mill trust's statement on a windmill.
  and on eight more (``heldout242:`` .. ``heldout249:``, session 17, round 37, the same way): an
  Alto Adige-style daily on a helicopter ban for huts, a Normandy-style daily on a bakery chain's
  collapse and a lifeboat charity's release; a Franconia-style daily on a fallen town wall, an
  Asturias-style daily on a festival called off and a county council on a gritter strike; a
  Madeira-style daily on a cruise terminal's delay, a Bolzano-style daily on burnt market huts and a
  safety group's notice on a stadium; an Alsace-style daily on a postponed railway, a
  Matosinhos-style daily on a cannery's closure and a head teacher's letter on a nativity play; a
  Patagonia-style daily on an ice cave, a Munich-style daily on a beer recall and a harbour board's
  minutes; a Catania-style daily on a volcano alert, a Jaén-style daily on hail and a cathedral
  chapter's statement; a Vorarlberg-style daily on a cracked cable car wheel, a Finistère-style
  daily on an ice plant fire and a council's release on bus lane fines; an Ericeira-style daily on
  beach erosion, a Mendoza-style daily on a bus crash and a health board's summary on a surgery.
  and on eight more (``heldout250:`` .. ``heldout257:``, session 17, round 38, the same way): a
  Haute-Savoie-style daily on an avalanche dog team, a Parma-style daily on a leaking opera house
  and a bike-share operator's statement; an Andes-style daily on a flooded salt flat, a
  Brandenburg-style daily on escaped wolves and a fire authority's consultation; an Amazon-style
  daily on a capsized river ferry, a Lille-style daily on market fees and a museum's statement on a
  damaged loan; an Umbria-style daily on a water tower, an Algarve-style daily on a surf school's
  licence and a port operator on a freight strike; a Thuringia-style daily on a ski jump without
  snow, a Bilbao-style daily on a crane strike and a council's statement on Christmas lights; a
  Vosges-style daily on a wolf attack, a León-style daily on a cathedral organ and a racecourse's
  statement on frost; a Chioggia-style daily on a ferry collision, an Eifel-style daily on a
  cooperative pub and a university's statement on a music department; a Trás-os-Montes-style daily
  on a chestnut blight, a Koblenz-style daily on a cruise ship at low water and a cabinet report on
  library fines.
  and on eight more (``heldout258:`` .. ``heldout265:``, session 18, round 39, the same way): an
  Asturias-style daily on a contaminated village water supply, an Umbria-style daily on a halted
  funicular and a pier trust's statement; a Burgundy-style daily on a flooded wine cellar, an
  Algarve-style daily on a cancelled sardine festival and an airport's release on route cuts; a
  Saxony-style daily on an escaped snow leopard, a Puglia-style daily on an olive mill fire and a
  health trust's board paper; a Zaragoza-style daily on a postponed tram, a Savoie-style daily on a
  rockfall and an education authority's letter; a Minho-style daily on a dam's spillway, a
  Seville-style daily on a stadium sale and administrators' statement on a bus company; a
  Mantua-style daily on a closed bridge, a Tyrol-style daily on snow-cannon water and a food bank's
  appeal; a Corsica-style daily on a ferry strike, a Salzburg-style daily on a salt mine's gas alarm
  and a mayor's office on an e-scooter ban; a Tenerife-style daily on a desalination plant, an
  Alentejo-style daily on a cork factory and a park authority's consultation.
  and on eight more (``heldout266:`` .. ``heldout273:``, session 18, round 40, the same way): a
  Belluno-style daily on a village cut off by a landslide, a Vigo-style daily on closed shellfish
  beds and a county council's statement on a gritter strike; a Freiburg-style daily on a sawmill
  fire, a Ponta Delgada-style daily on dumped milk and a theatre trust's statement on a cancelled
  panto; a Pau-style daily on a chairlift evacuation, a San Sebastián-style daily on an anchovy
  quota and an environment agency's note on a flood barrier; a Porto-style daily on a tram
  derailment, a Palermo-style daily on water rationing and a rugby club's statement on a fire; a La
  Palma-style daily on a packing plant's closure, a Nuremberg-style daily on a mulled-wine scare and
  a lighthouse board's announcement; a Besançon-style daily on a cheese recall, a Venice-style daily
  on a glass furnace and a diocese's consultation letter; a Graubünden-style daily on an avalanche at
  a hut, a Jaén-style daily on a pickers' housing fire and a transport authority's board paper; a
  Lisbon-style daily on a funicular's brakes, a Nîmes-style daily on flamingos and a publisher's
  memo on a print edition.
  and on eight more (``heldout274:`` .. ``heldout281:``, session 18, round 41, the same way): a
  Palma-style daily on a sewage spill, a Tours-style daily on a château roof fire and a coach
  operator's statement on school buses; a Trento-style daily on a bear at a school, a Régua-style
  daily on a vineyard landslide and a marathon's organisers; a Konstanz-style daily on a ferry
  aground in fog, a Strasbourg-style daily on a market chalet fire and a health board on car park
  charges; a Funchal-style daily on a levada collapse, a Logroño-style daily on a hailed-out festival
  and a zoo's statement on an elephant; a Genoa-style daily on a coastal landslip, a
  Wernigerode-style daily on a steam locomotive fire and a cabinet report on lifeguards; a
  Vannes-style daily on an oyster farm's closure, a Cáceres-style daily on a cork oak fire and an
  airport's notice on its runway; an Innsbruck-style daily on church bells, an Évora-style daily on
  a drowned village and a football club's statement on its academy; a Tenerife-style daily on a
  volcano alert, a L'Aquila-style daily on a bankrupt ski lift and a council's consultation summary
  on libraries.
  and on eight more (``heldout282:`` .. ``heldout289:``, session 18, round 42, the same way): a
  Valais-style daily on a glacier village's evacuation, a Carrara-style daily on a quarry road's
  collapse and a care provider's letter on a care home's closure; an Ajaccio-style daily on a
  December wildfire, a Lisbon-style tabloid on a tram strike and a university's statement on mould;
  an A Coruña-style daily on a sunk trawler, a Villingen-style daily on a clockmaker's insolvency and
  a harbour trust's statement on a cruise ban; a Cagliari-style daily on a storm-bound ferry, an
  Annecy-style daily on a cheese cellar's collapse and a park authority's notice on campsites; a
  Manaus-style daily on a bridge collapse, a Valencia-style daily on frost in the orange groves and
  a cinema's owners' statement; a Rosenheim-style daily on an ice rescue, a Tarragona-style daily on
  a human tower's fall and an energy company's demolition date; an Avignon-style daily on a
  distillery fire, a Como-style daily on a lakeside landslide and a health board's letter on a
  surgery merger; a Horta-style daily on stranded whales, a Dresden-style daily on a toppled
  Christmas pyramid and a ferry company's timetable cuts.
  and on four more (``heldout290:`` .. ``heldout293:``, session 18, round 43, the same way): an
  Almería-style daily on water tankers in a drought, a Mestre-style daily on a vaporetto strike and
  a coast charity's statement on a cliff fall; a Salzburg-style daily on a ski school without
  instructors, a Caen-style daily on a fallen cider barn and a parade committee's statement; a
  Braga-style daily on a quarry blast, an Alba-style daily on a cancelled truffle fair and a postal
  company's release on a post office; a Brest-style daily on an island's failed power cable, a
  Pamplona-style daily on relaid cobbles and an emergency planning office's report on sirens.
  and on eight more (``heldout294:`` .. ``heldout301:``, session 19, round 44, the same way): a
  Zaragoza-style daily on jammed dam gates, a Besançon-style daily on a watch workshop burglary and
  a lifeboat charity's statement on a station move; a Trento-style daily on a hut lost to an
  avalanche, a Faro-style daily on beach dredging and a health board's statement on ambulance
  diversions; a Koblenz-style daily on a barge collision, a Bilbao-style daily on an anchovy quota
  and a zoo's statement on escaped red pandas; a Dijon-style daily on frost compensation, a
  Hanseatic-style daily on a harbour crane collapse and an education authority's statement on
  asbestos; a Porto-style daily on a wine lodge fire, a Catania-style daily on an ash cleanup and
  an airport operator's release on runway cracks; a Santander-style daily on a leak in a painted
  cave, an Erfurt-style daily on a glassworks furnace and an islands council's release on a ferry
  route; a Pau-style daily on a chairlift evacuation, a Ponta Delgada-style daily on a fishing
  cooperative fraud probe and a highways agency's statement on a footbridge; a Bari-style daily on
  an olive oil theft, a Cartagena-style daily on flamingo deaths and a concert hall trust's
  statement on a roof leak.
  and on six more (``heldout302:`` .. ``heldout307:``, session 19, round 45, the same way): a
  Stuttgart-style daily on short-time work at a parts plant, an Udine-style daily on a school drill
  gone wrong and a bus operator's statement on a strike; a Coimbra-style daily on a library roof
  collapse, a Nîmes-style daily on wild horses rescued from a flood and a police statement on sheep
  killed by dogs; a Palma-style daily on a tourist tax protest, a Bragança-style daily on a failed
  chestnut harvest and a county council's consultation paper on library closures; a Marseille-style
  daily on a dockers' strike, a Modena-style daily on a flooded cheese warehouse and a mountain
  rescue team's post on a night search; a Naples-style daily on a funicular's brake failure, a
  Berlin-style tabloid on a Christmas tree stand and harbour commissioners' statement on a breached
  wall; a Seville-style daily on felled orange trees, a Tours-style daily on a château roof fire
  and a students' union statement on mouldy halls.
  and on eight more (``heldout308:`` .. ``heldout315:``, session 19, round 46, the same way): a
  Trier-style daily on a vineyard landslide, a Setúbal-style daily on cork held by a customs strike
  and a town council's statement on Christmas lights; a Lille-style daily on a halted metro line, a
  Granada-style daily on a cancelled almond festival and a contractor's statement on gritting; a
  Verona-style daily on a vandalised nativity, a Freiburg-style daily on a nurses' strike and a
  lighthouse board's notice on a lamp failure; a Cádiz-style daily on a tuna quota, a
  Bologna-style daily on fallen porticoes and a transport office's letter on a school bus route; an
  Évora-style daily on a temple's scaffolding, a Bordeaux-style daily on a delayed tram line and a
  fuel supplier's statement on an island's petrol station; a Leipzig-style daily on a stolen Advent
  calendar, a Santa Cruz-style daily on a delayed banana ship and a hospital trust's statement on
  parking charges; a Trieste-style daily on a bora storm, a Viana-style daily on shipyard lay-offs
  and a railway society's statement on cancelled Santa trains; a Grenoble-style daily on snow
  cannon water, a Cologne-style daily on a market fence and a leisure trust's statement on a
  chlorine leak.
  and on six more (``heldout316:`` .. ``heldout321:``, session 19, round 47, the same way): a
  Valladolid-style daily on a bridge struck by a barge, a Ruhr-style daily on failed floodlights and
  a postal company's statement on a village post office; a Funchal-style daily on a halted cable car,
  a Strasbourg-style daily on the price of mulled wine and a university's statement on a cancelled
  graduation; a Palermo-style daily on a cleared market, a Zamora-style daily on a brotherhood's
  float and an environment agency's statement on a flood barrier test; a Munich-style tabloid on a
  beer hall fire, a Sassari-style daily on a cork forest fire and a council's cabinet report on a
  library van; a Nantes-style daily on a delayed ferry launch, a Régua-style daily on a grounded
  river cruise boat and a rugby club's statement on a ground-share; a Málaga-style daily on a
  baggage system failure, a Salerno-style daily on a coast road rockfall and a cycling campaign's
  statement on a cycle lane vote.
  and on 24 more (``heldout322:`` .. ``heldout345:``, session 20, rounds 48 to 50, the same way):
  an Alpine daily on a derailed ski-lift cable, a Hanseatic daily on a collapsed crane and a
  developer's statement on a bus station; an Emilian daily on a library ceiling, a Coimbra-style
  daily on a burst water main and a council's statement on a pier sale; a Basque-style daily on a
  metro signal fault, a Lyon-style daily on a night emergency ward and an agricultural society's
  statement on a cancelled show; a Saxon daily on an escaped red panda, an Andalusian daily on a
  fishing strike and a tenants' union statement on a rent cap vote; a Minho-style daily on a storm
  roof, a Veneto-style daily on a cancelled opera season and a rescue team's statement on a
  landslide; a Gironde-style daily on a cellar fire, a Trieste-style daily on a ferry stopped by the
  bora and a parents' group on a school merger; a Hamburg-style daily on a tunnel fire, an
  Azores-style daily on flights grounded by a volcano and a police statement on a crowd surge; an
  Aragonese daily on a tram strike, a Como-style daily on a ferry striking a jetty and a cathedral
  chapter on a scaffolding collapse; then (round 49) a sea wall, a clock factory and ferry fares; a
  stuck funicular, a fish market blockade and a hosepipe ban; a hostel fire, a tram derailment and a
  maternity unit; a carnival route, a fishermen's blockade and a car-free day; a car plant's shifts,
  an organ restoration and student mould; aircraft-part layoffs, a fireworks accident and a low
  reservoir; a viaduct closed, water restrictions and gritting lorries; a fine-dust alarm, a false
  market scare and a lifeboat station; and (round 50) a flooded library, a storm promenade and an
  ice rink plan; a museum strike, a tram extension and a community pub; a night bridge closure,
  felled orange trees and hospital parking; a tram fraud crackdown, a cruise record and recycling
  chaos; a Christmas market perimeter, a flash flood and a theatre roof; a water-bus strike, a
  levada path and taxi fares; a metro breakdown, a cancelled trade fair and a snow day; a mining
  museum flood, lagoon salt pans and a beach hut fire.
  and on eight more (``heldout346:`` .. ``heldout353:``, session 20, round 51, the same way): a
  ski jump without snow, a chocolate festival and bus route cuts; a tram strike, a castle wall and a
  stadium's safety certificate; a Christmas lights contract, a grounded Rhine ferry and a lighthouse
  sale; a cheese warehouse collapse, a hospital cyberattack and a reopened library; a flooded dry
  dock, an evacuation below hanging houses and a cancelled graduation; castle illuminations, a
  champagne cellar theft and failed ticket machines; a scaffolding fall, a flooded wine cellar and a
  night bus pilot; a market hall fire, a coach ban and a bird flu cull.
  and on eight more (``heldout354:`` .. ``heldout361:``, session 20, round 52, the same way): a
  visitor cap at a mosque-cathedral, a runway closed by a bird strike and a pool roof; a marzipan
  factory fire, a sunken trawler and speed cameras switched off; a mustard shortage, a reopened
  coastal path and a bike hire collapse; stolen temple scaffolding, a flooded sanctuary and a
  school's heating failure; a ferry against a pier, a winter forest fire and a market relocation;
  leaking frescoes, lake boats stopped by low water and a late hospital car park; shipyard layoffs,
  a festival glass deposit and a coach ban; silent university bells, a horse-race track repair and a
  dredging delay.
  and on eight more (``heldout362:`` .. ``heldout369:``, session 21, round 53, the same way): a
  carnival float fire, a funicular cable closure and a pothole backlog; a vineyard hail storm, a
  tram strike and a lifeguard shortage; a stadium roof leak, a river flood alert and a post office
  closure; a ferry fuel surcharge, a brewery fire and an escaped flamingo; a cruise-ship delivery
  delay, an exam leak and a bin strike; a book fair evacuation, a coastal landslide and an abandoned
  race meeting; an irrigation quota cut, a Christmas market perimeter and an overnight library
  trial; a failed escalator, runway works and a postponed bypass opening.
  and on eight more (``heldout370:`` .. ``heldout377:``, session 21, round 54, the same way): a
  marzipan recall, an opera season cancelled and a crowd surge at a lights switch-on; a bus fare
  rise, flooded salt pans and a ferry timetable cut; a ski opening delayed, a ham fraud probe and a
  river swimming warning; a carnival budget row, a palace ticket outage and a school merger vote; a
  castle wall collapse, a drone show crash and a care home closure; an aquarium power cut, a
  bull-run route resurfaced and e-scooters suspended; a spire scaffolding fire, a grounded
  dolphin-watching boat and a withdrawn safety certificate; bicycle thefts, a mustard seed
  shortage and snow-bound sheep.
  and on eight more (``heldout378:`` .. ``heldout385:``, session 21, round 55, the same way): a
  museum roof panel lost in a storm, a barge against a stone bridge and library hours cut; a fishing
  boat blockade, falling arcade plaster and a storm-damaged pier; an overcrowded emergency
  department, a cancelled stollen parade and a canal breach; market stall licences, aircraft plant
  shift cuts and a boil-water notice; a beach stripped of sand, a fallen Christmas tree and a
  withdrawn bus route; a castle ticket rise, an avalanche road closure and hospital parking
  charges; night bridge closures, storm-cancelled ferries and asbestos in a school roof; an oyster
  sales ban, a regatta date clash and a flooded golf course.
  and on eight more (``heldout386:`` .. ``heldout393:``, session 21, round 56, the same way): a
  lake ferry engine fire, a toy fair walkout and a pool chlorine leak; a hilltop escalator closed,
  a tram wire failure and a choir school under threat; a tram derailment, a posidonia removal row
  and a Christmas market blown off; market rents raised, patio festival rules and a surgery merger;
  a cable car stuck overnight, a levada path closed and a cycle lane vote; flooded jewellers, an
  orange pruning contract and a keeper's cottage sale; a flooded fish market, a moved procession
  and a mountain railway closure extended; flea market security costs, a fallas workshop fire and
  lorry queues at a ferry port.
  and on eight more (``heldout394:`` .. ``heldout401:``, session 22, round 57, the same way): a
  footbridge hit by a barge, a mulled-wine price row and a pier theatre roof; a funicular brake
  fault, a library roof leak and a school bus contract collapse; a ski-bus strike, a carnival float
  workshop fire and escaped flamingos; a bell tower scaffold collapse, opera ticket prices and a
  harbour ice plant breakdown; runway lights failing, a flooded tram depot and a village post
  office closed; a beer hall kitchen fire, a harbour crane toppled by wind and a car park charge
  U-turn; a shipyard crane rescue, a crowded Christmas lights street and a moorland fire; a
  flooded wine cellar, an organ restoration delay and a towpath collapse.
  and on eight more (``heldout402:`` .. ``heldout409:``, session 22, round 58, the same way): a
  portico's plaster on a café terrace, a drone show lost to fog and a rural bus route axed; a
  harbour ferry hitting a pontoon, a fee protest occupation and an ice rink's refrigeration fault;
  an overcrowded emergency department, a bridge weight limit and a library fire; a fish market
  rent strike, a funicular cable closure and a clifftop landslip; a stevedores' strike, a capsized
  lagoon boat and student halls without heating; a Christmas market stall fire, a storm-hit
  promenade and a condemned football ground; a museum roof leak, a tram driver shortage and a
  school roof collapse; a bullring roof plan, a driverless metro fault and cancelled island ferries.
  and on eight more (``heldout410:`` .. ``heldout417:``, session 22, round 59, the same way): a
  carnival jury row, a chocolate stand collapse and gritting lorries caught in a depot fire; a
  castle terrace rockfall, a dolphin-watching boat adrift and New Year fireworks cancelled; a clock
  museum burglary, a castle hill landslide and a lifeboat delayed; plane trees felled on city
  walls, a glass deposit row and a flooded level crossing; a tourist bus ban, a mustard factory
  strike and a dragon boat capsize; a palace ticket system crash, a cave hotel leak and a market
  roof overspend; a marzipan factory fire, a cancelled harvest parade and sheep rustling arrests;
  a cracked cathedral window, a mosaic school's grant cut and a cinema closure.
  and on eight more (``heldout418:`` .. ``heldout425:``, session 22, round 60, the same way): a
  cable car stopped over an old town, plane trees felled for a tram line and a county show called
  off for bird flu; a horse race district's stable fire, a mining museum lift stuck and beach huts
  burnt; a flooded bicycle garage, an aviation museum's roof torn off and a fireworks warehouse
  evacuated; a surf contest cancelled, an organ concert lost to a leak and a park-and-ride closed;
  a flooded champagne cellar, a solar subsidy row and a stolen defibrillator; a funicular strike,
  scaffolding on a Roman temple and a library's night opening cut; a human tower's fall, a bridge
  lorry ban and a seal pup rescue; a lake boat aground in fog, stolen balsamic vinegar and a bus
  station roof collapse.
  and on eight more (``heldout426:`` .. ``heldout433:``, session 22, round 61, the same way): a
  lake ferry's jammed ramp, a violin workshop burglary and a felled Christmas tree; a crane hitting
  an aqueduct's scaffolding, canal boat tours stopped by low water and a flooded hospital car park;
  a chocolate festival's cancelled opening, a brewery boiler explosion and a cod quota row; a
  lakeside landslide, a bridge's lights switched off and an exam hall without heating; a hanging
  house's balcony collapse, a festival firework injury and library hours cut; storm-damaged
  ramparts, a convent roof delayed and a sewage spill; a cracked minster bell, a flooded sherry
  bodega and a market moved for road works; a fresco restoration row, a big-wave rescue and a
  callout on a closed ridge.
  and on eight more (``heldout434:`` .. ``heldout441:``, session 23, round 62, the same way): a
  lake cruise boat's engine fire, a Christmas market stall fire and a bus drivers' strike; a sword
  forge's export licence row, a castle wall collapse and gritting lorries broken down in the first
  snow; a funicular's brake fault, a marzipan factory's wastewater spill and an escaped red panda; a
  canal boat capsized, a medieval festival cancelled over insurance and lead stolen from a school
  roof; a ski jump's snowmaking failure, a rockfall in a cave hotel and a lifeboat naming row; a
  cliff path closed after a fall, an orchestra conductor's resignation and e-scooter hire
  suspended; an opera set store fire, a manuscript theft and a pool's chlorine leak; a heritage
  tram derailed, a timber-framed house fire and a towpath collapse.
  and on eight more (``heldout442:`` .. ``heldout449:``, session 23, round 63, the same way): a
  carnival rehearsal hall's roof collapse, a porcelain kiln fire and a crowd surge at a lights
  switch-on; a Palio horse hurt in training, a cable car cabin stuck overnight and a food bank
  break-in; a university tower clock stopped by lightning, a gorge bridge closed after a crack and an
  ambulance station closure plan; a lakeside village's coach ban, a mechanical elephant's breakdown
  and a hospital parking charge U-turn; a vintage wine theft, a bora wind on the seafront and a pub
  buy-out bid; a flooded bathhouse, a cheese warehouse shelving collapse and a storm-damaged pier; a
  castle light show cancelled after a generator fire, a rabelo boat collision and recycling centre
  days cut; a waterbus strike, a tram stuck in a flooded underpass and a bell-ringers' dispute.
  and on eight more (``heldout450:`` .. ``heldout457:``, session 23, round 64, the same way): a
  traboule closed after a ceiling fall, a sanctuary stairway landslip and a Christmas parade
  cancelled; a toy fair stand collapse, a cathedral censer's frayed rope and mould in student halls; a
  tree falling on a cyclist from the city walls, scaffolding stolen from a Roman temple and winter
  ferry sailings cut; a basilica organ damaged by a leak, a Christmas tree slipping from a crane and a
  post office closure; a vandalised statue, a festival tent blown down and a maternity unit's births
  suspended; a cable car cabin stuck over a valley, a mosaic workshop flood and a football stand
  closed; a spire scaffold fire scare, a bakery gas leak and a car park closed for cracked beams; a
  Fallas workshop fire, a student residence fire and a lifeguard service cut.
  Sets written gold-first and measured blind, then read and made development data,
  get floors for quote+speaker and contradiction precision (bench/baselines/ledger.json); the sets
  in BLIND_SETS were not read when this was written and have none
  (docs/evidence.md, Sessions 6 and 7). A quote is right when its text matches a gold quote of its
  article and its speaker's names include the gold speaker's name or a name form the gold lists for
  that speaker alone;
* speed: full analysis (build_ledger) in articles/s (wall and CPU) over stories of distinct
  articles (``newsweave.gen`` events in English and German, plus ``--seeds``, default
  ../shared/seeds, when present): cold story by story with NER in-process, cold batched as the
  ``analyze`` step runs it (NER for all articles first, in 2 worker processes on 2+ cores), and
  warm (each story just grew by one article; NER results and unit vectors of the others cached);
* speed on real-length news: the cold ``analyze`` step (default settings, as ``newsweave run``
  runs it) over the 250 Multi-News stories (666 articles, ~3,900 chars each) of ``--multinews``,
  default ../shared/eval/mds_multinews_sample250/clusters.jsonl; skipped with a note when absent.

Floors in bench/baselines/ledger.json; exit 1 if any is missed.

    python bench/ledger.py [--seeds ../shared/seeds] [--demo demo] [--multinews PATH]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze.ledger import build_ledger, check_ledger, prefetch_mentions  # noqa: E402
from newsweave.analyze.sentences import split_sentences  # noqa: E402
from newsweave.analyze.values import find_counts  # noqa: E402
from newsweave.model import Article  # noqa: E402
from newsweave.settings import Settings  # noqa: E402

FIXTURES = ROOT / "tests" / "analyze" / "fixtures"
HELDOUT = ROOT / "tests" / "analyze" / "heldout"
HELDOUT2 = ROOT / "tests" / "analyze" / "heldout2"
HELDOUT3 = ROOT / "tests" / "analyze" / "heldout3"
HELDOUT4 = ROOT / "tests" / "analyze" / "heldout4"
HELDOUT5 = ROOT / "tests" / "analyze" / "heldout5"
HELDOUT6 = ROOT / "tests" / "analyze" / "heldout6"
HELDOUT7 = ROOT / "tests" / "analyze" / "heldout7"
HELDOUT8 = ROOT / "tests" / "analyze" / "heldout8"
HELDOUT9 = ROOT / "tests" / "analyze" / "heldout9"
HELDOUT10 = ROOT / "tests" / "analyze" / "heldout10"
HELDOUT11 = ROOT / "tests" / "analyze" / "heldout11"
HELDOUT12 = ROOT / "tests" / "analyze" / "heldout12"
HELDOUT13 = ROOT / "tests" / "analyze" / "heldout13"
HELDOUT14 = ROOT / "tests" / "analyze" / "heldout14"
HELDOUT15 = ROOT / "tests" / "analyze" / "heldout15"
HELDOUT16 = ROOT / "tests" / "analyze" / "heldout16"
HELDOUT17 = ROOT / "tests" / "analyze" / "heldout17"
HELDOUT18 = ROOT / "tests" / "analyze" / "heldout18"
HELDOUT19 = ROOT / "tests" / "analyze" / "heldout19"
HELDOUT20 = ROOT / "tests" / "analyze" / "heldout20"
HELDOUT21 = ROOT / "tests" / "analyze" / "heldout21"
HELDOUT22 = ROOT / "tests" / "analyze" / "heldout22"
HELDOUT23 = ROOT / "tests" / "analyze" / "heldout23"
HELDOUT24 = ROOT / "tests" / "analyze" / "heldout24"
HELDOUT25 = ROOT / "tests" / "analyze" / "heldout25"
HELDOUT26 = ROOT / "tests" / "analyze" / "heldout26"
HELDOUT27 = ROOT / "tests" / "analyze" / "heldout27"
HELDOUT28 = ROOT / "tests" / "analyze" / "heldout28"
HELDOUT29 = ROOT / "tests" / "analyze" / "heldout29"
HELDOUT30 = ROOT / "tests" / "analyze" / "heldout30"
HELDOUT31 = ROOT / "tests" / "analyze" / "heldout31"
HELDOUT32 = ROOT / "tests" / "analyze" / "heldout32"
HELDOUT33 = ROOT / "tests" / "analyze" / "heldout33"
HELDOUT34 = ROOT / "tests" / "analyze" / "heldout34"
HELDOUT35 = ROOT / "tests" / "analyze" / "heldout35"
HELDOUT36 = ROOT / "tests" / "analyze" / "heldout36"
HELDOUT37 = ROOT / "tests" / "analyze" / "heldout37"
HELDOUT38 = ROOT / "tests" / "analyze" / "heldout38"
HELDOUT39 = ROOT / "tests" / "analyze" / "heldout39"
HELDOUT40 = ROOT / "tests" / "analyze" / "heldout40"
HELDOUT41 = ROOT / "tests" / "analyze" / "heldout41"
HELDOUT42 = ROOT / "tests" / "analyze" / "heldout42"
HELDOUT43 = ROOT / "tests" / "analyze" / "heldout43"
HELDOUT44 = ROOT / "tests" / "analyze" / "heldout44"
HELDOUT45 = ROOT / "tests" / "analyze" / "heldout45"
HELDOUT46 = ROOT / "tests" / "analyze" / "heldout46"
HELDOUT47 = ROOT / "tests" / "analyze" / "heldout47"
HELDOUT48 = ROOT / "tests" / "analyze" / "heldout48"
HELDOUT49 = ROOT / "tests" / "analyze" / "heldout49"
HELDOUT50 = ROOT / "tests" / "analyze" / "heldout50"
HELDOUT51 = ROOT / "tests" / "analyze" / "heldout51"
HELDOUT52 = ROOT / "tests" / "analyze" / "heldout52"
HELDOUT53 = ROOT / "tests" / "analyze" / "heldout53"
HELDOUT54 = ROOT / "tests" / "analyze" / "heldout54"
HELDOUT55 = ROOT / "tests" / "analyze" / "heldout55"
HELDOUT56 = ROOT / "tests" / "analyze" / "heldout56"
HELDOUT57 = ROOT / "tests" / "analyze" / "heldout57"
HELDOUT58 = ROOT / "tests" / "analyze" / "heldout58"
HELDOUT59 = ROOT / "tests" / "analyze" / "heldout59"
HELDOUT60 = ROOT / "tests" / "analyze" / "heldout60"
HELDOUT61 = ROOT / "tests" / "analyze" / "heldout61"
HELDOUT62 = ROOT / "tests" / "analyze" / "heldout62"
HELDOUT63 = ROOT / "tests" / "analyze" / "heldout63"
HELDOUT64 = ROOT / "tests" / "analyze" / "heldout64"
HELDOUT65 = ROOT / "tests" / "analyze" / "heldout65"
HELDOUT66 = ROOT / "tests" / "analyze" / "heldout66"
HELDOUT67 = ROOT / "tests" / "analyze" / "heldout67"
HELDOUT68 = ROOT / "tests" / "analyze" / "heldout68"
HELDOUT69 = ROOT / "tests" / "analyze" / "heldout69"
HELDOUT70 = ROOT / "tests" / "analyze" / "heldout70"
HELDOUT71 = ROOT / "tests" / "analyze" / "heldout71"
HELDOUT72 = ROOT / "tests" / "analyze" / "heldout72"
HELDOUT73 = ROOT / "tests" / "analyze" / "heldout73"
HELDOUT74 = ROOT / "tests" / "analyze" / "heldout74"
HELDOUT75 = ROOT / "tests" / "analyze" / "heldout75"
HELDOUT76 = ROOT / "tests" / "analyze" / "heldout76"
HELDOUT77 = ROOT / "tests" / "analyze" / "heldout77"
HELDOUT78 = ROOT / "tests" / "analyze" / "heldout78"
HELDOUT79 = ROOT / "tests" / "analyze" / "heldout79"
HELDOUT80 = ROOT / "tests" / "analyze" / "heldout80"
HELDOUT81 = ROOT / "tests" / "analyze" / "heldout81"
HELDOUT82 = ROOT / "tests" / "analyze" / "heldout82"
HELDOUT83 = ROOT / "tests" / "analyze" / "heldout83"
HELDOUT84 = ROOT / "tests" / "analyze" / "heldout84"
HELDOUT85 = ROOT / "tests" / "analyze" / "heldout85"
HELDOUT86 = ROOT / "tests" / "analyze" / "heldout86"
HELDOUT87 = ROOT / "tests" / "analyze" / "heldout87"
HELDOUT88 = ROOT / "tests" / "analyze" / "heldout88"
HELDOUT89 = ROOT / "tests" / "analyze" / "heldout89"
HELDOUT90 = ROOT / "tests" / "analyze" / "heldout90"
HELDOUT91 = ROOT / "tests" / "analyze" / "heldout91"
HELDOUT92 = ROOT / "tests" / "analyze" / "heldout92"
HELDOUT93 = ROOT / "tests" / "analyze" / "heldout93"
HELDOUT94 = ROOT / "tests" / "analyze" / "heldout94"
HELDOUT95 = ROOT / "tests" / "analyze" / "heldout95"
HELDOUT96 = ROOT / "tests" / "analyze" / "heldout96"
HELDOUT97 = ROOT / "tests" / "analyze" / "heldout97"
HELDOUT98 = ROOT / "tests" / "analyze" / "heldout98"
HELDOUT99 = ROOT / "tests" / "analyze" / "heldout99"
HELDOUT100 = ROOT / "tests" / "analyze" / "heldout100"
HELDOUT101 = ROOT / "tests" / "analyze" / "heldout101"
HELDOUT102 = ROOT / "tests" / "analyze" / "heldout102"
HELDOUT103 = ROOT / "tests" / "analyze" / "heldout103"
HELDOUT104 = ROOT / "tests" / "analyze" / "heldout104"
HELDOUT105 = ROOT / "tests" / "analyze" / "heldout105"
HELDOUT106 = ROOT / "tests" / "analyze" / "heldout106"
HELDOUT107 = ROOT / "tests" / "analyze" / "heldout107"
HELDOUT108 = ROOT / "tests" / "analyze" / "heldout108"
HELDOUT109 = ROOT / "tests" / "analyze" / "heldout109"
HELDOUT110 = ROOT / "tests" / "analyze" / "heldout110"
HELDOUT111 = ROOT / "tests" / "analyze" / "heldout111"
HELDOUT112 = ROOT / "tests" / "analyze" / "heldout112"
HELDOUT113 = ROOT / "tests" / "analyze" / "heldout113"
HELDOUT114 = ROOT / "tests" / "analyze" / "heldout114"
HELDOUT115 = ROOT / "tests" / "analyze" / "heldout115"
HELDOUT116 = ROOT / "tests" / "analyze" / "heldout116"
HELDOUT117 = ROOT / "tests" / "analyze" / "heldout117"
HELDOUT118 = ROOT / "tests" / "analyze" / "heldout118"
HELDOUT119 = ROOT / "tests" / "analyze" / "heldout119"
HELDOUT120 = ROOT / "tests" / "analyze" / "heldout120"
HELDOUT121 = ROOT / "tests" / "analyze" / "heldout121"
HELDOUT122 = ROOT / "tests" / "analyze" / "heldout122"
HELDOUT123 = ROOT / "tests" / "analyze" / "heldout123"
HELDOUT124 = ROOT / "tests" / "analyze" / "heldout124"
HELDOUT125 = ROOT / "tests" / "analyze" / "heldout125"
HELDOUT126 = ROOT / "tests" / "analyze" / "heldout126"
HELDOUT127 = ROOT / "tests" / "analyze" / "heldout127"
HELDOUT128 = ROOT / "tests" / "analyze" / "heldout128"
HELDOUT129 = ROOT / "tests" / "analyze" / "heldout129"
HELDOUT130 = ROOT / "tests" / "analyze" / "heldout130"
HELDOUT131 = ROOT / "tests" / "analyze" / "heldout131"
HELDOUT132 = ROOT / "tests" / "analyze" / "heldout132"
HELDOUT133 = ROOT / "tests" / "analyze" / "heldout133"
HELDOUT134 = ROOT / "tests" / "analyze" / "heldout134"
HELDOUT135 = ROOT / "tests" / "analyze" / "heldout135"
HELDOUT136 = ROOT / "tests" / "analyze" / "heldout136"
HELDOUT137 = ROOT / "tests" / "analyze" / "heldout137"
HELDOUT138 = ROOT / "tests" / "analyze" / "heldout138"
HELDOUT139 = ROOT / "tests" / "analyze" / "heldout139"
HELDOUT140 = ROOT / "tests" / "analyze" / "heldout140"
HELDOUT141 = ROOT / "tests" / "analyze" / "heldout141"
HELDOUT142 = ROOT / "tests" / "analyze" / "heldout142"
HELDOUT143 = ROOT / "tests" / "analyze" / "heldout143"
HELDOUT144 = ROOT / "tests" / "analyze" / "heldout144"
HELDOUT145 = ROOT / "tests" / "analyze" / "heldout145"
HELDOUT146 = ROOT / "tests" / "analyze" / "heldout146"
HELDOUT147 = ROOT / "tests" / "analyze" / "heldout147"
HELDOUT148 = ROOT / "tests" / "analyze" / "heldout148"
HELDOUT149 = ROOT / "tests" / "analyze" / "heldout149"
HELDOUT150 = ROOT / "tests" / "analyze" / "heldout150"
HELDOUT151 = ROOT / "tests" / "analyze" / "heldout151"
HELDOUT152 = ROOT / "tests" / "analyze" / "heldout152"
HELDOUT153 = ROOT / "tests" / "analyze" / "heldout153"
HELDOUT154 = ROOT / "tests" / "analyze" / "heldout154"
HELDOUT155 = ROOT / "tests" / "analyze" / "heldout155"
HELDOUT156 = ROOT / "tests" / "analyze" / "heldout156"
HELDOUT157 = ROOT / "tests" / "analyze" / "heldout157"
HELDOUT158 = ROOT / "tests" / "analyze" / "heldout158"
HELDOUT159 = ROOT / "tests" / "analyze" / "heldout159"
HELDOUT160 = ROOT / "tests" / "analyze" / "heldout160"
HELDOUT161 = ROOT / "tests" / "analyze" / "heldout161"
HELDOUT162 = ROOT / "tests" / "analyze" / "heldout162"
HELDOUT163 = ROOT / "tests" / "analyze" / "heldout163"
HELDOUT164 = ROOT / "tests" / "analyze" / "heldout164"
HELDOUT165 = ROOT / "tests" / "analyze" / "heldout165"
HELDOUT166 = ROOT / "tests" / "analyze" / "heldout166"
HELDOUT167 = ROOT / "tests" / "analyze" / "heldout167"
HELDOUT168 = ROOT / "tests" / "analyze" / "heldout168"
HELDOUT169 = ROOT / "tests" / "analyze" / "heldout169"
HELDOUT170 = ROOT / "tests" / "analyze" / "heldout170"
HELDOUT171 = ROOT / "tests" / "analyze" / "heldout171"
HELDOUT172 = ROOT / "tests" / "analyze" / "heldout172"
HELDOUT173 = ROOT / "tests" / "analyze" / "heldout173"
HELDOUT174 = ROOT / "tests" / "analyze" / "heldout174"
HELDOUT175 = ROOT / "tests" / "analyze" / "heldout175"
HELDOUT176 = ROOT / "tests" / "analyze" / "heldout176"
HELDOUT177 = ROOT / "tests" / "analyze" / "heldout177"
HELDOUT178 = ROOT / "tests" / "analyze" / "heldout178"
HELDOUT179 = ROOT / "tests" / "analyze" / "heldout179"
HELDOUT180 = ROOT / "tests" / "analyze" / "heldout180"
HELDOUT181 = ROOT / "tests" / "analyze" / "heldout181"
HELDOUT182 = ROOT / "tests" / "analyze" / "heldout182"
HELDOUT183 = ROOT / "tests" / "analyze" / "heldout183"
HELDOUT184 = ROOT / "tests" / "analyze" / "heldout184"
HELDOUT185 = ROOT / "tests" / "analyze" / "heldout185"
HELDOUT186 = ROOT / "tests" / "analyze" / "heldout186"
HELDOUT187 = ROOT / "tests" / "analyze" / "heldout187"
HELDOUT188 = ROOT / "tests" / "analyze" / "heldout188"
HELDOUT189 = ROOT / "tests" / "analyze" / "heldout189"
HELDOUT190 = ROOT / "tests" / "analyze" / "heldout190"
HELDOUT191 = ROOT / "tests" / "analyze" / "heldout191"
HELDOUT192 = ROOT / "tests" / "analyze" / "heldout192"
HELDOUT193 = ROOT / "tests" / "analyze" / "heldout193"
HELDOUT194 = ROOT / "tests" / "analyze" / "heldout194"
HELDOUT195 = ROOT / "tests" / "analyze" / "heldout195"
HELDOUT196 = ROOT / "tests" / "analyze" / "heldout196"
HELDOUT197 = ROOT / "tests" / "analyze" / "heldout197"
HELDOUT198 = ROOT / "tests" / "analyze" / "heldout198"
HELDOUT199 = ROOT / "tests" / "analyze" / "heldout199"
HELDOUT200 = ROOT / "tests" / "analyze" / "heldout200"
HELDOUT201 = ROOT / "tests" / "analyze" / "heldout201"
HELDOUT202 = ROOT / "tests" / "analyze" / "heldout202"
HELDOUT203 = ROOT / "tests" / "analyze" / "heldout203"
HELDOUT204 = ROOT / "tests" / "analyze" / "heldout204"
HELDOUT205 = ROOT / "tests" / "analyze" / "heldout205"
HELDOUT206 = ROOT / "tests" / "analyze" / "heldout206"
HELDOUT207 = ROOT / "tests" / "analyze" / "heldout207"
HELDOUT208 = ROOT / "tests" / "analyze" / "heldout208"
HELDOUT209 = ROOT / "tests" / "analyze" / "heldout209"
HELDOUT210 = ROOT / "tests" / "analyze" / "heldout210"
HELDOUT211 = ROOT / "tests" / "analyze" / "heldout211"
HELDOUT212 = ROOT / "tests" / "analyze" / "heldout212"
HELDOUT213 = ROOT / "tests" / "analyze" / "heldout213"
HELDOUT214 = ROOT / "tests" / "analyze" / "heldout214"
HELDOUT215 = ROOT / "tests" / "analyze" / "heldout215"
HELDOUT216 = ROOT / "tests" / "analyze" / "heldout216"
HELDOUT217 = ROOT / "tests" / "analyze" / "heldout217"
HELDOUT218 = ROOT / "tests" / "analyze" / "heldout218"
HELDOUT219 = ROOT / "tests" / "analyze" / "heldout219"
HELDOUT220 = ROOT / "tests" / "analyze" / "heldout220"
HELDOUT221 = ROOT / "tests" / "analyze" / "heldout221"
HELDOUT222 = ROOT / "tests" / "analyze" / "heldout222"
HELDOUT223 = ROOT / "tests" / "analyze" / "heldout223"
HELDOUT224 = ROOT / "tests" / "analyze" / "heldout224"
HELDOUT225 = ROOT / "tests" / "analyze" / "heldout225"
HELDOUT226 = ROOT / "tests" / "analyze" / "heldout226"
HELDOUT227 = ROOT / "tests" / "analyze" / "heldout227"
HELDOUT228 = ROOT / "tests" / "analyze" / "heldout228"
HELDOUT229 = ROOT / "tests" / "analyze" / "heldout229"
HELDOUT230 = ROOT / "tests" / "analyze" / "heldout230"
HELDOUT231 = ROOT / "tests" / "analyze" / "heldout231"
HELDOUT232 = ROOT / "tests" / "analyze" / "heldout232"
HELDOUT233 = ROOT / "tests" / "analyze" / "heldout233"
HELDOUT234 = ROOT / "tests" / "analyze" / "heldout234"
HELDOUT235 = ROOT / "tests" / "analyze" / "heldout235"
HELDOUT236 = ROOT / "tests" / "analyze" / "heldout236"
HELDOUT237 = ROOT / "tests" / "analyze" / "heldout237"
HELDOUT238 = ROOT / "tests" / "analyze" / "heldout238"
HELDOUT239 = ROOT / "tests" / "analyze" / "heldout239"
HELDOUT240 = ROOT / "tests" / "analyze" / "heldout240"
HELDOUT241 = ROOT / "tests" / "analyze" / "heldout241"
HELDOUT242 = ROOT / "tests" / "analyze" / "heldout242"
HELDOUT243 = ROOT / "tests" / "analyze" / "heldout243"
HELDOUT244 = ROOT / "tests" / "analyze" / "heldout244"
HELDOUT245 = ROOT / "tests" / "analyze" / "heldout245"
HELDOUT246 = ROOT / "tests" / "analyze" / "heldout246"
HELDOUT247 = ROOT / "tests" / "analyze" / "heldout247"
HELDOUT248 = ROOT / "tests" / "analyze" / "heldout248"
HELDOUT249 = ROOT / "tests" / "analyze" / "heldout249"
HELDOUT250 = ROOT / "tests" / "analyze" / "heldout250"
HELDOUT251 = ROOT / "tests" / "analyze" / "heldout251"
HELDOUT252 = ROOT / "tests" / "analyze" / "heldout252"
HELDOUT253 = ROOT / "tests" / "analyze" / "heldout253"
HELDOUT254 = ROOT / "tests" / "analyze" / "heldout254"
HELDOUT255 = ROOT / "tests" / "analyze" / "heldout255"
HELDOUT256 = ROOT / "tests" / "analyze" / "heldout256"
HELDOUT257 = ROOT / "tests" / "analyze" / "heldout257"
HELDOUT258 = ROOT / "tests" / "analyze" / "heldout258"
HELDOUT259 = ROOT / "tests" / "analyze" / "heldout259"
HELDOUT260 = ROOT / "tests" / "analyze" / "heldout260"
HELDOUT261 = ROOT / "tests" / "analyze" / "heldout261"
HELDOUT262 = ROOT / "tests" / "analyze" / "heldout262"
HELDOUT263 = ROOT / "tests" / "analyze" / "heldout263"
HELDOUT264 = ROOT / "tests" / "analyze" / "heldout264"
HELDOUT265 = ROOT / "tests" / "analyze" / "heldout265"
HELDOUT266 = ROOT / "tests" / "analyze" / "heldout266"
HELDOUT267 = ROOT / "tests" / "analyze" / "heldout267"
HELDOUT268 = ROOT / "tests" / "analyze" / "heldout268"
HELDOUT269 = ROOT / "tests" / "analyze" / "heldout269"
HELDOUT270 = ROOT / "tests" / "analyze" / "heldout270"
HELDOUT271 = ROOT / "tests" / "analyze" / "heldout271"
HELDOUT272 = ROOT / "tests" / "analyze" / "heldout272"
HELDOUT273 = ROOT / "tests" / "analyze" / "heldout273"
HELDOUT274 = ROOT / "tests" / "analyze" / "heldout274"
HELDOUT275 = ROOT / "tests" / "analyze" / "heldout275"
HELDOUT276 = ROOT / "tests" / "analyze" / "heldout276"
HELDOUT277 = ROOT / "tests" / "analyze" / "heldout277"
HELDOUT278 = ROOT / "tests" / "analyze" / "heldout278"
HELDOUT279 = ROOT / "tests" / "analyze" / "heldout279"
HELDOUT280 = ROOT / "tests" / "analyze" / "heldout280"
HELDOUT281 = ROOT / "tests" / "analyze" / "heldout281"
HELDOUT282 = ROOT / "tests" / "analyze" / "heldout282"
HELDOUT283 = ROOT / "tests" / "analyze" / "heldout283"
HELDOUT284 = ROOT / "tests" / "analyze" / "heldout284"
HELDOUT285 = ROOT / "tests" / "analyze" / "heldout285"
HELDOUT286 = ROOT / "tests" / "analyze" / "heldout286"
HELDOUT287 = ROOT / "tests" / "analyze" / "heldout287"
HELDOUT288 = ROOT / "tests" / "analyze" / "heldout288"
HELDOUT289 = ROOT / "tests" / "analyze" / "heldout289"
HELDOUT290 = ROOT / "tests" / "analyze" / "heldout290"
HELDOUT291 = ROOT / "tests" / "analyze" / "heldout291"
HELDOUT292 = ROOT / "tests" / "analyze" / "heldout292"
HELDOUT293 = ROOT / "tests" / "analyze" / "heldout293"
HELDOUT294 = ROOT / "tests" / "analyze" / "heldout294"
HELDOUT295 = ROOT / "tests" / "analyze" / "heldout295"
HELDOUT296 = ROOT / "tests" / "analyze" / "heldout296"
HELDOUT297 = ROOT / "tests" / "analyze" / "heldout297"
HELDOUT298 = ROOT / "tests" / "analyze" / "heldout298"
HELDOUT299 = ROOT / "tests" / "analyze" / "heldout299"
HELDOUT300 = ROOT / "tests" / "analyze" / "heldout300"
HELDOUT301 = ROOT / "tests" / "analyze" / "heldout301"
HELDOUT302 = ROOT / "tests" / "analyze" / "heldout302"
HELDOUT303 = ROOT / "tests" / "analyze" / "heldout303"
HELDOUT304 = ROOT / "tests" / "analyze" / "heldout304"
HELDOUT305 = ROOT / "tests" / "analyze" / "heldout305"
HELDOUT306 = ROOT / "tests" / "analyze" / "heldout306"
HELDOUT307 = ROOT / "tests" / "analyze" / "heldout307"
HELDOUT308 = ROOT / "tests" / "analyze" / "heldout308"
HELDOUT309 = ROOT / "tests" / "analyze" / "heldout309"
HELDOUT310 = ROOT / "tests" / "analyze" / "heldout310"
HELDOUT311 = ROOT / "tests" / "analyze" / "heldout311"
HELDOUT312 = ROOT / "tests" / "analyze" / "heldout312"
HELDOUT313 = ROOT / "tests" / "analyze" / "heldout313"
HELDOUT314 = ROOT / "tests" / "analyze" / "heldout314"
HELDOUT315 = ROOT / "tests" / "analyze" / "heldout315"
HELDOUT316 = ROOT / "tests" / "analyze" / "heldout316"
HELDOUT317 = ROOT / "tests" / "analyze" / "heldout317"
HELDOUT318 = ROOT / "tests" / "analyze" / "heldout318"
HELDOUT319 = ROOT / "tests" / "analyze" / "heldout319"
HELDOUT320 = ROOT / "tests" / "analyze" / "heldout320"
HELDOUT321 = ROOT / "tests" / "analyze" / "heldout321"
HELDOUT322 = ROOT / "tests" / "analyze" / "heldout322"
HELDOUT323 = ROOT / "tests" / "analyze" / "heldout323"
HELDOUT324 = ROOT / "tests" / "analyze" / "heldout324"
HELDOUT325 = ROOT / "tests" / "analyze" / "heldout325"
HELDOUT326 = ROOT / "tests" / "analyze" / "heldout326"
HELDOUT327 = ROOT / "tests" / "analyze" / "heldout327"
HELDOUT328 = ROOT / "tests" / "analyze" / "heldout328"
HELDOUT329 = ROOT / "tests" / "analyze" / "heldout329"
HELDOUT330 = ROOT / "tests" / "analyze" / "heldout330"
HELDOUT331 = ROOT / "tests" / "analyze" / "heldout331"
HELDOUT332 = ROOT / "tests" / "analyze" / "heldout332"
HELDOUT333 = ROOT / "tests" / "analyze" / "heldout333"
HELDOUT334 = ROOT / "tests" / "analyze" / "heldout334"
HELDOUT335 = ROOT / "tests" / "analyze" / "heldout335"
HELDOUT336 = ROOT / "tests" / "analyze" / "heldout336"
HELDOUT337 = ROOT / "tests" / "analyze" / "heldout337"
HELDOUT338 = ROOT / "tests" / "analyze" / "heldout338"
HELDOUT339 = ROOT / "tests" / "analyze" / "heldout339"
HELDOUT340 = ROOT / "tests" / "analyze" / "heldout340"
HELDOUT341 = ROOT / "tests" / "analyze" / "heldout341"
HELDOUT342 = ROOT / "tests" / "analyze" / "heldout342"
HELDOUT343 = ROOT / "tests" / "analyze" / "heldout343"
HELDOUT344 = ROOT / "tests" / "analyze" / "heldout344"
HELDOUT345 = ROOT / "tests" / "analyze" / "heldout345"
HELDOUT346 = ROOT / "tests" / "analyze" / "heldout346"
HELDOUT347 = ROOT / "tests" / "analyze" / "heldout347"
HELDOUT348 = ROOT / "tests" / "analyze" / "heldout348"
HELDOUT349 = ROOT / "tests" / "analyze" / "heldout349"
HELDOUT350 = ROOT / "tests" / "analyze" / "heldout350"
HELDOUT351 = ROOT / "tests" / "analyze" / "heldout351"
HELDOUT352 = ROOT / "tests" / "analyze" / "heldout352"
HELDOUT353 = ROOT / "tests" / "analyze" / "heldout353"
HELDOUT354 = ROOT / "tests" / "analyze" / "heldout354"
HELDOUT355 = ROOT / "tests" / "analyze" / "heldout355"
HELDOUT356 = ROOT / "tests" / "analyze" / "heldout356"
HELDOUT357 = ROOT / "tests" / "analyze" / "heldout357"
HELDOUT358 = ROOT / "tests" / "analyze" / "heldout358"
HELDOUT359 = ROOT / "tests" / "analyze" / "heldout359"
HELDOUT360 = ROOT / "tests" / "analyze" / "heldout360"
HELDOUT361 = ROOT / "tests" / "analyze" / "heldout361"
HELDOUT362 = ROOT / "tests" / "analyze" / "heldout362"
HELDOUT363 = ROOT / "tests" / "analyze" / "heldout363"
HELDOUT364 = ROOT / "tests" / "analyze" / "heldout364"
HELDOUT365 = ROOT / "tests" / "analyze" / "heldout365"
HELDOUT366 = ROOT / "tests" / "analyze" / "heldout366"
HELDOUT367 = ROOT / "tests" / "analyze" / "heldout367"
HELDOUT368 = ROOT / "tests" / "analyze" / "heldout368"
HELDOUT369 = ROOT / "tests" / "analyze" / "heldout369"
HELDOUT370 = ROOT / "tests" / "analyze" / "heldout370"
HELDOUT371 = ROOT / "tests" / "analyze" / "heldout371"
HELDOUT372 = ROOT / "tests" / "analyze" / "heldout372"
HELDOUT373 = ROOT / "tests" / "analyze" / "heldout373"
HELDOUT374 = ROOT / "tests" / "analyze" / "heldout374"
HELDOUT375 = ROOT / "tests" / "analyze" / "heldout375"
HELDOUT376 = ROOT / "tests" / "analyze" / "heldout376"
HELDOUT377 = ROOT / "tests" / "analyze" / "heldout377"
HELDOUT378 = ROOT / "tests" / "analyze" / "heldout378"
HELDOUT379 = ROOT / "tests" / "analyze" / "heldout379"
HELDOUT380 = ROOT / "tests" / "analyze" / "heldout380"
HELDOUT381 = ROOT / "tests" / "analyze" / "heldout381"
HELDOUT382 = ROOT / "tests" / "analyze" / "heldout382"
HELDOUT383 = ROOT / "tests" / "analyze" / "heldout383"
HELDOUT384 = ROOT / "tests" / "analyze" / "heldout384"
HELDOUT385 = ROOT / "tests" / "analyze" / "heldout385"
HELDOUT386 = ROOT / "tests" / "analyze" / "heldout386"
HELDOUT387 = ROOT / "tests" / "analyze" / "heldout387"
HELDOUT388 = ROOT / "tests" / "analyze" / "heldout388"
HELDOUT389 = ROOT / "tests" / "analyze" / "heldout389"
HELDOUT390 = ROOT / "tests" / "analyze" / "heldout390"
HELDOUT391 = ROOT / "tests" / "analyze" / "heldout391"
HELDOUT392 = ROOT / "tests" / "analyze" / "heldout392"
HELDOUT393 = ROOT / "tests" / "analyze" / "heldout393"
HELDOUT394 = ROOT / "tests" / "analyze" / "heldout394"
HELDOUT395 = ROOT / "tests" / "analyze" / "heldout395"
HELDOUT396 = ROOT / "tests" / "analyze" / "heldout396"
HELDOUT397 = ROOT / "tests" / "analyze" / "heldout397"
HELDOUT398 = ROOT / "tests" / "analyze" / "heldout398"
HELDOUT399 = ROOT / "tests" / "analyze" / "heldout399"
HELDOUT400 = ROOT / "tests" / "analyze" / "heldout400"
HELDOUT401 = ROOT / "tests" / "analyze" / "heldout401"
HELDOUT402 = ROOT / "tests" / "analyze" / "heldout402"
HELDOUT403 = ROOT / "tests" / "analyze" / "heldout403"
HELDOUT404 = ROOT / "tests" / "analyze" / "heldout404"
HELDOUT405 = ROOT / "tests" / "analyze" / "heldout405"
HELDOUT406 = ROOT / "tests" / "analyze" / "heldout406"
HELDOUT407 = ROOT / "tests" / "analyze" / "heldout407"
HELDOUT408 = ROOT / "tests" / "analyze" / "heldout408"
HELDOUT409 = ROOT / "tests" / "analyze" / "heldout409"
HELDOUT410 = ROOT / "tests" / "analyze" / "heldout410"
HELDOUT411 = ROOT / "tests" / "analyze" / "heldout411"
HELDOUT412 = ROOT / "tests" / "analyze" / "heldout412"
HELDOUT413 = ROOT / "tests" / "analyze" / "heldout413"
HELDOUT414 = ROOT / "tests" / "analyze" / "heldout414"
HELDOUT415 = ROOT / "tests" / "analyze" / "heldout415"
HELDOUT416 = ROOT / "tests" / "analyze" / "heldout416"
HELDOUT417 = ROOT / "tests" / "analyze" / "heldout417"
HELDOUT418 = ROOT / "tests" / "analyze" / "heldout418"
HELDOUT419 = ROOT / "tests" / "analyze" / "heldout419"
HELDOUT420 = ROOT / "tests" / "analyze" / "heldout420"
HELDOUT421 = ROOT / "tests" / "analyze" / "heldout421"
HELDOUT422 = ROOT / "tests" / "analyze" / "heldout422"
HELDOUT423 = ROOT / "tests" / "analyze" / "heldout423"
HELDOUT424 = ROOT / "tests" / "analyze" / "heldout424"
HELDOUT425 = ROOT / "tests" / "analyze" / "heldout425"
HELDOUT426 = ROOT / "tests" / "analyze" / "heldout426"
HELDOUT427 = ROOT / "tests" / "analyze" / "heldout427"
HELDOUT428 = ROOT / "tests" / "analyze" / "heldout428"
HELDOUT429 = ROOT / "tests" / "analyze" / "heldout429"
HELDOUT430 = ROOT / "tests" / "analyze" / "heldout430"
HELDOUT431 = ROOT / "tests" / "analyze" / "heldout431"
HELDOUT432 = ROOT / "tests" / "analyze" / "heldout432"
HELDOUT433 = ROOT / "tests" / "analyze" / "heldout433"
HELDOUT434 = ROOT / "tests" / "analyze" / "heldout434"
HELDOUT435 = ROOT / "tests" / "analyze" / "heldout435"
HELDOUT436 = ROOT / "tests" / "analyze" / "heldout436"
HELDOUT437 = ROOT / "tests" / "analyze" / "heldout437"
HELDOUT438 = ROOT / "tests" / "analyze" / "heldout438"
HELDOUT439 = ROOT / "tests" / "analyze" / "heldout439"
HELDOUT440 = ROOT / "tests" / "analyze" / "heldout440"
HELDOUT441 = ROOT / "tests" / "analyze" / "heldout441"
HELDOUT442 = ROOT / "tests" / "analyze" / "heldout442"
HELDOUT443 = ROOT / "tests" / "analyze" / "heldout443"
HELDOUT444 = ROOT / "tests" / "analyze" / "heldout444"
HELDOUT445 = ROOT / "tests" / "analyze" / "heldout445"
HELDOUT446 = ROOT / "tests" / "analyze" / "heldout446"
HELDOUT447 = ROOT / "tests" / "analyze" / "heldout447"
HELDOUT448 = ROOT / "tests" / "analyze" / "heldout448"
HELDOUT449 = ROOT / "tests" / "analyze" / "heldout449"
HELDOUT450 = ROOT / "tests" / "analyze" / "heldout450"
HELDOUT451 = ROOT / "tests" / "analyze" / "heldout451"
HELDOUT452 = ROOT / "tests" / "analyze" / "heldout452"
HELDOUT453 = ROOT / "tests" / "analyze" / "heldout453"
HELDOUT454 = ROOT / "tests" / "analyze" / "heldout454"
HELDOUT455 = ROOT / "tests" / "analyze" / "heldout455"
HELDOUT456 = ROOT / "tests" / "analyze" / "heldout456"
HELDOUT457 = ROOT / "tests" / "analyze" / "heldout457"
HELDOUT_SETS = ("heldout",) + tuple(f"heldout{n}" for n in range(2, 458))
# never read: they measure, nobody defends them (docs/evidence.md, Sessions 6 to 23)
BLIND_SETS = ("heldout12", "heldout32", "heldout33", "heldout34", "heldout38", "heldout39", "heldout40", "heldout44",
              "heldout45", "heldout46", "heldout50", "heldout51", "heldout52", "heldout56", "heldout57", "heldout58",
              "heldout62", "heldout63", "heldout64", "heldout68", "heldout69", "heldout70",
              "heldout74", "heldout75", "heldout76", "heldout80", "heldout81", "heldout82", "heldout86",
              "heldout87", "heldout88", "heldout92", "heldout93", "heldout94", "heldout95", "heldout96",
              "heldout97", "heldout98", "heldout99", "heldout100", "heldout104", "heldout105", "heldout106",
              "heldout110", "heldout111", "heldout112", "heldout113", "heldout114", "heldout117",
              "heldout119", "heldout121", "heldout123", "heldout125", "heldout127", "heldout129",
              "heldout131", "heldout133", "heldout135", "heldout137",
              "heldout139", "heldout141", "heldout143", "heldout145",
              "heldout147", "heldout149", "heldout151", "heldout153", "heldout155", "heldout157",
              "heldout159", "heldout161", "heldout163", "heldout165", "heldout167", "heldout169",
              "heldout171", "heldout173", "heldout175", "heldout177", "heldout179", "heldout181",
              "heldout183", "heldout185", "heldout187", "heldout189", "heldout191", "heldout193",
              "heldout195", "heldout197", "heldout199", "heldout201", "heldout203", "heldout205", "heldout207",
              "heldout209", "heldout211", "heldout213", "heldout215", "heldout217", "heldout219", "heldout221",
              "heldout223", "heldout225", "heldout227", "heldout229", "heldout231", "heldout233", "heldout235",
              "heldout237", "heldout239", "heldout241", "heldout243", "heldout245", "heldout247", "heldout249",
              "heldout251", "heldout253", "heldout255", "heldout257",
              "heldout259", "heldout261", "heldout263", "heldout265",
              "heldout267", "heldout269", "heldout271", "heldout273",
              "heldout275", "heldout277", "heldout279", "heldout281",
              "heldout283", "heldout285", "heldout287", "heldout289",
              "heldout291", "heldout293",
              "heldout295", "heldout297", "heldout299", "heldout301",
              "heldout303", "heldout305", "heldout307",
              "heldout309", "heldout311", "heldout313", "heldout315",
              "heldout317", "heldout319", "heldout321",
              "heldout323", "heldout325", "heldout327", "heldout329", "heldout331", "heldout333", "heldout335",
              "heldout337", "heldout339", "heldout341", "heldout343", "heldout345",
              "heldout347", "heldout349", "heldout351", "heldout353",
              "heldout355", "heldout357", "heldout359", "heldout361",
              "heldout363", "heldout365", "heldout367", "heldout369",
              "heldout371", "heldout373", "heldout375", "heldout377",
              "heldout379", "heldout381", "heldout383", "heldout385",
              "heldout387", "heldout389", "heldout391", "heldout393",
              "heldout395", "heldout397", "heldout399", "heldout401",
              "heldout403", "heldout405", "heldout407", "heldout409",
              "heldout411", "heldout413", "heldout415", "heldout417",
              "heldout419", "heldout421", "heldout423", "heldout425",
              "heldout427", "heldout429", "heldout431", "heldout433",
              "heldout435", "heldout437", "heldout439", "heldout441",
              "heldout443", "heldout445", "heldout447", "heldout449",
              "heldout451", "heldout453", "heldout455", "heldout457")

# --- sentences ------------------------------------------------------------------------------
_SENT_TEMPLATES = [
    "Mr. {a} arrived in {c} on Jan. 9 with two aides.",
    "The council met at 10 a.m. and adjourned before noon.",
    "Growth slowed to 3.5 percent in the third quarter, the ministry said.",
    "“We will not give up,” {a} told reporters.",
    "Dr. {b} of the U.S. delegation disagreed.",
    "Prices rose by 12% in {c}, according to officials.",
    "Was the agreement signed?",
    "{a} said the talks were “useful, but not easy.”",
    "The vote is scheduled for Feb. 3, a week after the summit.",
    "Gen. {b} Jr. commanded the northern units until 2019.",
    "Officials declined to comment!",
    "The report cites J. R. {b} and the St. Clair commission.",
    "About 1,200 people attended, police said.",
    "He left at 5 p.m. on Friday.",
    "The firm, {b} Inc., posted a loss of $4.2 million.",
]
_NAMES = ["Anna Varek", "Tomas Rell", "Ilse Morn", "Jorge Pata", "Kemal Osk", "Lina Brusk"]
_CITIES = ["Odrin", "Brenn", "Lisk", "Vorta", "Kellen"]


def make_sentence_corpus(n: int = 400, seed: int = 3) -> tuple[str, list[int]]:
    """Paragraphs of generated sentences; returns the text and the gold sentence end offsets."""
    rnd = random.Random(seed)
    parts, ends, pos = [], [], 0
    for i in range(n):
        s = rnd.choice(_SENT_TEMPLATES).format(a=rnd.choice(_NAMES), b=rnd.choice(_NAMES).split()[1],
                                               c=rnd.choice(_CITIES))
        sep = "\n\n" if i % 6 == 5 else " "
        parts.append(s + sep)
        ends.append(pos + len(s))
        pos += len(s) + len(sep)
    return "".join(parts), ends


def _boundary_f1(pred_ends: list[int], gold_ends: list[int]) -> tuple[float, float, float]:
    p, g = set(pred_ends), set(gold_ends)
    tp = len(p & g)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def bench_sentences() -> dict:
    text, gold = make_sentence_corpus()
    out = {}
    split_sentences(text)
    t = time.perf_counter()
    spans = split_sentences(text)
    dt = time.perf_counter() - t
    out["nupunkt"] = {"f1": _boundary_f1([e for _, e in spans], gold)[2], "chars_per_s": len(text) / dt}
    try:
        import pysbd
    except ImportError:
        out["pysbd"] = None
    else:
        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        t = time.perf_counter()
        res = seg.segment(text)
        dt = time.perf_counter() - t
        ends = [r.end - (len(r.sent) - len(r.sent.rstrip())) for r in res]
        out["pysbd"] = {"f1": _boundary_f1(ends, gold)[2], "chars_per_s": len(text) / dt}
    out["sentences"] = len(gold)
    out["chars"] = len(text)
    return out


# --- gold stories -----------------------------------------------------------------------------
def load_fixture(path: Path) -> tuple[list[Article], dict, dict]:
    g = json.loads(path.read_text(encoding="utf-8"))
    arts = [Article(id=a["id"], source=a["id"], fmt="txt", raw=a["text"], extracted=a["text"], text=a["text"],
                    title=a.get("title"), outlet=a.get("outlet"), published=a.get("published"),
                    language=a.get("language"), reprint_of=a.get("reprint_of")) for a in g["articles"]]
    return arts, g["story"], g


def _norm(s: str) -> str:
    return " ".join(s.replace("“", '"').replace("”", '"').split()).strip(" ,.\"'").lower()


_TITLE_JOINS = {"of", "for", "to", "in", "at", "on", "and", "von", "des", "der", "die", "das", "den", "de", "du", "la"}


def surface_entities(ents: list[dict], texts: dict[str, str]):
    """Which system entities a gold surface was found as: ``(exact, head)`` lookups.

    ``exact``: an entity variant or mention with exactly that text (including descriptors linked
    by title, "the top diplomat"). ``head``: for a titled name ("Mayor Omar Haddad",
    "Sicherheitsberater Jacob Hale"), the longest mention that ends where an occurrence of the
    surface ends, when what precedes it is a plain title (no "of", "for" ...: in "The Minister of
    Foreign Affairs of Kessavia" the final "Kessavia" is not the head).
    """
    exact_ent: dict[str, set[str]] = {}
    ends: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for e in ents:
        for v in e["variants"]:
            exact_ent.setdefault(v, set()).add(e["id"])
        for m in e["mentions"]:
            exact_ent.setdefault(texts[m["article_id"]][m["start"]:m["end"]], set()).add(e["id"])
            ends.setdefault((m["article_id"], m["end"]), []).append((m["start"], e["id"]))

    def head_of(v: str) -> set[str]:
        out: set[str] = set()
        for aid, t in texts.items():
            pos = t.find(v)
            while pos >= 0:
                heads = [(s, eid) for s, eid in ends.get((aid, pos + len(v)), []) if s >= pos]
                if heads:
                    s, eid = min(heads)
                    if not any(w.lower() in _TITLE_JOINS for w in t[pos:s].split()[1:]):
                        out.add(eid)
                pos = t.find(v, pos + 1)
        return out

    return (lambda v: exact_ent.get(v, set())), head_of


def gold_variants(gold_entities: list[dict], texts: dict[str, str]) -> list[tuple[str, int]]:
    """(surface, gold entity index) for the gold names and variants that occur in the story.

    Gold lists cover the whole corpus: a surface counts when it occurs as a word sequence of its
    own, not only inside a longer variant of the same entity ("Hale" only ever inside "Jacob
    Hale" is not a surface of that story).
    """
    out = []
    for gi, ge in enumerate(gold_entities):
        names = list(dict.fromkeys([ge["name"]] + list(ge["variants"])))
        for v in names:
            longer = [w for w in names if len(w) > len(v) and v in w]
            for t in texts.values():
                covered = set()
                for w in longer:
                    covered |= {p + w.index(v) for p in _occurrences(t, w)}
                if any(p not in covered for p in _occurrences(t, v)):
                    out.append((v, gi))
                    break
    return out


def _occurrences(t: str, v: str) -> list[int]:
    out, pos = [], t.find(v)
    while pos >= 0:
        end = pos + len(v)
        if (pos == 0 or not t[pos - 1].isalnum()) and (end == len(t) or not t[end].isalnum()):
            out.append(pos)
        pos = t.find(v, pos + 1)
    return out


def score_story(ledger: dict, gold: dict, texts: dict[str, str]) -> dict:
    """Counts for quotes, entity pairs, claim labels and contradictions against one gold story."""
    ents = ledger["entities"]
    name_of = {e["id"]: e["name"] for e in ents}
    r: dict = {}
    # quotes: a system quote is right when its text matches a gold quote of that article and its
    # speaker is the gold speaker: a name of the system's speaker entity (canonical or variant) is
    # the gold speaker's canonical name or a name form the gold lists for that speaker alone
    gold_q = [(q["article"], _norm(q["text"]), q["speaker"]) for q in gold.get("quotes", [])]
    variants_of = {e["id"]: {v.lower() for v in e["variants"]} | {e["name"].lower()} for e in ents}
    # the name forms the gold itself gives a speaker ("Samir" for Samir Malouk, whose surname the
    # article never writes), unless another gold entity has that form too
    gold_forms: dict[str, set[str]] = {}
    owners: dict[str, int] = {}
    for ge in gold.get("entities", []):
        forms = {v.lower() for v in ge.get("variants", [])} | {ge["name"].lower()}
        gold_forms[ge["name"].lower()] = forms
        for f in forms:
            owners[f] = owners.get(f, 0) + 1
    sys_q = [q for q in ledger["quotes"] if q.get("speaker")]
    ok = 0
    found_gold = set()
    for q in sys_q:
        names = variants_of.get(q.get("speaker_id"), set()) | {(q["speaker"] or "").lower()}
        qn = _norm(q["text"])
        # the gold quote of the same text, else one containing it or contained in it (a one-word
        # quote, "Tout.", is inside other quotes of its article too)
        cands = [i for i, (art, text, _spk) in enumerate(gold_q) if art == q["article_id"] and qn == text] or [
            i for i, (art, text, _spk) in enumerate(gold_q) if art == q["article_id"] and (qn in text or text in qn)]
        for i in cands[:1]:
            spk = gold_q[i][2]
            forms = {f for f in gold_forms.get(spk.lower(), set()) if owners.get(f) == 1} | {spk.lower()}
            if names & forms:
                ok += 1
                found_gold.add(i)
    r["quotes"] = {"tp": ok, "emitted": len(sys_q), "gold": len(gold_q), "found": len(found_gold)}
    # entity merging: pairs of gold variants that should / should not share an entity
    exact_of, head_of = surface_entities(ents, texts)
    gold_var = gold_variants(gold.get("entities", []), texts)
    for name, of in (("entity_pairs", lambda v: exact_of(v) | head_of(v)), ("entity_pairs_exact", exact_of)):
        sys_of = {v: of(v) for v, _ in gold_var}
        tp = fp = fn = 0
        for (v1, g1), (v2, g2) in itertools.combinations(gold_var, 2):
            same_sys = bool(sys_of[v1] & sys_of[v2])
            if g1 == g2 and same_sys:
                tp += 1
            elif g1 == g2:
                fn += 1
            elif same_sys:
                fp += 1
        r[name] = {"tp": tp, "fp": fp, "fn": fn}
    # claim labels: the system claim whose citation in the gold article covers the gold text
    right = total = 0
    for gc in gold.get("claims", []):
        art = gc["article"]
        t = texts[art]
        pos = t.find(gc["text"])
        total += 1
        for c in ledger["claims"]:
            if any(ci["article_id"] == art and ci["start"] <= pos < ci["end"] for ci in c["citations"]):
                right += c["status"] == gc["status"]
                break
    r["claims"] = {"right": right, "total": total}
    # contradictions (kinds other than precision) and precision notes. A reprint repeats its
    # original's disagreements: sides are compared with reprints mapped to their originals, each
    # distinct disagreement counts once, and a side matches a gold side when the system span
    # overlaps an occurrence of the gold text in that article.
    reprint_of = gold.get("reprint_of") or {}

    def canon(aid: str) -> str:
        seen = set()
        while aid in reprint_of and aid not in seen:
            seen.add(aid)
            aid = reprint_of[aid]
        return aid

    def side_ok(sp: dict, gart: str, gtext: str) -> bool:
        if canon(sp["article_id"]) != canon(gart):
            return False
        t = texts[sp["article_id"]]
        pos = t.find(gtext)
        while pos >= 0:
            if pos < sp["end"] and sp["start"] < pos + len(gtext):
                return True
            pos = t.find(gtext, pos + 1)
        return False

    gold_c = [(k["kind"], k["a"]["article"], k["a"]["text"], k["b"]["article"], k["b"]["text"])
              for k in gold.get("contradictions", []) if k["a"]["article"] in texts and k["b"]["article"] in texts]
    gold_keys = {}
    for g in gold_c:
        gold_keys.setdefault((g[0], frozenset({(canon(g[1]), g[2]), (canon(g[3]), g[4])})), g)
    emitted: dict = {}
    for c in ledger["claims"]:
        for k in c["conflicts"]:
            key = (k["kind"], frozenset((canon(x["article_id"]), texts[x["article_id"]][x["start"]:x["end"]])
                                        for x in (k["a"], k["b"])))
            emitted.setdefault(key, k)

    def matches(k: dict, g: tuple) -> bool:
        return k["kind"] == g[0] and ((side_ok(k["a"], g[1], g[2]) and side_ok(k["b"], g[3], g[4]))
                                      or (side_ok(k["a"], g[3], g[4]) and side_ok(k["b"], g[1], g[2])))

    # a second, looser reading (reported beside the strict one, never floored): a side also matches
    # when it states the gold side's very value in the same article at another sentence ("The four
    # injured passengers were treated ..." where the gold cites "injuring four people"); counts,
    # places and names only, since they carry their value in their text
    def side_value_ok(sp: dict, value: object, gart: str, gtext: str, kind: str) -> bool:
        if side_ok(sp, gart, gtext):
            return True
        if canon(sp["article_id"]) != canon(gart):
            return False
        if kind == "number":
            return isinstance(value, (int, float)) and any(v.value == value for v in find_counts(gtext, 0))
        if kind in ("place", "name"):
            said = texts[sp["article_id"]][sp["start"]:sp["end"]]
            return bool(said) and (said in gtext or gtext in said)
        return False

    def matches_value(k: dict, g: tuple) -> bool:
        if k["kind"] != g[0]:
            return False
        return (side_value_ok(k["a"], k.get("a_value"), g[1], g[2], g[0]) and side_value_ok(k["b"], k.get("b_value"), g[3], g[4], g[0])) \
            or (side_value_ok(k["a"], k.get("a_value"), g[3], g[4], g[0]) and side_value_ok(k["b"], k.get("b_value"), g[1], g[2], g[0]))

    for name, want in (("contradictions", lambda kind: kind != "precision"),
                       ("precision_notes", lambda kind: kind == "precision")):
        es = [k for k in emitted.values() if want(k["kind"])]
        gs = [g for g in gold_keys.values() if want(g[0])]
        r[name] = {"tp": sum(any(matches(k, g) for g in gs) for k in es), "emitted": len(es),
                   "found": sum(any(matches(k, g) for k in es) for g in gs), "gold": len(gs)}
    es = [k for k in emitted.values() if k["kind"] != "precision"]
    gs = [g for g in gold_keys.values() if g[0] != "precision"]
    r["contradictions_by_value"] = {"tp": sum(any(matches_value(k, g) for g in gs) for k in es), "emitted": len(es)}
    return r


def _sum(results: list[dict]) -> dict:
    tot: dict = {}
    for r in results:
        for k, d in r.items():
            t = tot.setdefault(k, {})
            for kk, v in d.items():
                t[kk] = t.get(kk, 0) + v
    return tot


def summarize(tot: dict) -> dict:
    def div(a: float, b: float) -> float | None:
        return round(a / b, 4) if b else None

    q, e, c, k, p = tot["quotes"], tot["entity_pairs"], tot["claims"], tot["contradictions"], tot["precision_notes"]
    ex = tot["entity_pairs_exact"]
    return {
        "quote_speaker_precision": div(q["tp"], q["emitted"]), "quote_speaker_recall": div(q["found"], q["gold"]),
        "entity_pair_precision": div(e["tp"], e["tp"] + e["fp"]), "entity_pair_recall": div(e["tp"], e["tp"] + e["fn"]),
        "entity_pair_precision_exact": div(ex["tp"], ex["tp"] + ex["fp"]),
        "entity_pair_recall_exact": div(ex["tp"], ex["tp"] + ex["fn"]),
        "claim_label_accuracy": div(c["right"], c["total"]),
        "contradiction_precision": div(k["tp"], k["emitted"]), "contradiction_recall": div(k["found"], k["gold"]),
        "contradiction_precision_by_value": div(tot["contradictions_by_value"]["tp"], tot["contradictions_by_value"]["emitted"]),
        "precision_note_precision": div(p["tp"], p["emitted"]), "precision_note_recall": div(p["found"], p["gold"]),
        "counts": tot,
    }


def bench_fixtures(settings: Settings, folder: Path = FIXTURES) -> dict:
    results = []
    for path in sorted(folder.glob("*.json")):
        arts, story, gold = load_fixture(path)
        ledger = build_ledger(arts, story, settings)
        texts = {a.id: a.text for a in arts}
        gold["reprint_of"] = {a.id: a.reprint_of for a in arts if a.reprint_of}
        problems = check_ledger(ledger, texts)
        if problems:
            raise SystemExit(f"{path.name}: bad spans: {problems[:3]}")
        results.append(score_story(ledger, gold, texts))
    return summarize(_sum(results))


def bench_demo(demo: Path, settings: Settings, debug: list | None = None) -> dict | None:
    """Score the demo corpus gold (demo/gold/*.json keyed by article keys) when it exists."""
    gold_dir = demo / "gold"
    if not (gold_dir / "stories.json").is_file():
        return None
    import tempfile

    from newsweave import pipeline
    from newsweave.store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "demo.db")
        pipeline.ingest([str(demo / "corpus")], store, settings)
        key_of = {}
        for a in store.iter_articles():
            rel = str(Path(a.source).resolve().relative_to((demo / "corpus").resolve())) if a.source else a.id
            rid = a.meta.get("record_id") or (a.id if a.fmt in ("jsonl", "rss", "atom", "feed") else None)
            key_of[f"{rel}#{rid}" if rid and a.fmt != "txt" else rel] = a.id
        load = lambda n: json.loads((gold_dir / n).read_text(encoding="utf-8")) if (gold_dir / n).is_file() else []  # noqa: E731
        g_stories, g_quotes, g_ents = load("stories.json"), load("quotes.json"), load("entities.json")
        g_claims, g_contra = load("claims.json"), load("contradictions.json")
        g_reprints = {key_of[r["article"]]: key_of[r["reprint_of"]] for r in load("reprints.json")
                      if r["article"] in key_of and r["reprint_of"] in key_of}
        results = []
        for st in g_stories:
            ids = [key_of[k] for k in st["articles"] if k in key_of]
            arts = store.get_articles(ids)
            texts = {a.id: a.text for a in arts}
            m = lambda k: key_of.get(k)  # noqa: E731
            gold = {
                "quotes": [{**q, "article": m(q["article"])} for q in g_quotes if m(q["article"]) in texts],
                "entities": g_ents,
                "claims": [{"text": c["text"], "status": c["status"], "article": m(c["articles"][0])}
                           for c in g_claims if c["story"] == st["id"] and c["articles"] and m(c["articles"][0]) in texts
                           and c["text"] in texts[m(c["articles"][0])]],
                "contradictions": [{"kind": c["kind"], "a": {**c["a"], "article": m(c["a"]["article"])},
                                    "b": {**c["b"], "article": m(c["b"]["article"])}}
                                   for c in g_contra if c["story"] == st["id"]],
                "reprint_of": {a: o for a, o in g_reprints.items() if a in texts},
            }
            # the stories step would put the story's reprints into its document; the gold ones stand in
            ledger = build_ledger(arts, {"id": st["id"], "version": 1, "reprints": gold["reprint_of"]}, settings)
            results.append(score_story(ledger, gold, texts))
            if debug is not None:
                debug.append((st["id"], ledger, gold, texts))
        store.close()
    return summarize(_sum(results)) if results else None


def speed_stories(seeds: Path | None, n_generated: int = 72) -> list[list[Article]]:
    """Stories of distinct articles: generated events (en + de, no chrome) plus the seeds as one story."""
    from newsweave.gen import generate

    groups: dict[str, list[Article]] = {}
    for it in generate(n_generated, seed=7, languages=("en", "de"), n_events=12, chrome=False):
        groups.setdefault(it["event_id"], []).append(
            Article(id=it["id"], source=it["id"], fmt="txt", raw=it["text"], extracted=it["text"], text=it["text"],
                    title=it["title"], outlet=it["outlet"], published=it["published"], language=it["language"],
                    reprint_of=it["reprint_of"]))
    stories = list(groups.values())
    if seeds and seeds.is_dir():
        arts = []
        for i, p in enumerate(sorted(seeds.glob("*.txt"))):
            t = p.read_text(encoding="utf-8", errors="replace")
            arts.append(Article(id=f"seed{i}", source=p.name, fmt="txt", raw=t, extracted=t, text=t, language="en",
                                outlet=f"seed-outlet-{i}", published=None))
        if arts:
            stories.append(arts)
    return stories


def _load_avg() -> str:
    try:
        import os

        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _cpu() -> float:
    """CPU seconds of this process plus its finished children (NER worker processes)."""
    import resource

    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + ch.ru_utime + ch.ru_stime


def bench_speed(seeds: Path | None, settings: Settings, threads: int, warm: bool = False,
                batched: bool = False) -> dict:
    """Articles/s of build_ledger over stories of distinct articles.

    Cold: no caches (every article goes through NER and the encoder), story by story with NER
    in-process. Cold batched: what the ``analyze`` step does, NER for all articles first
    (:func:`prefetch_mentions`, in ``[ledger] ner_processes`` worker processes: auto = 2 here),
    then every story. Warm: each story has just grown by its last article, the others' NER
    results and unit vectors are cached (an incremental update). Wall and CPU seconds (this
    process and its workers) are both reported, with the load average: the machine is shared.
    """
    stories = speed_stories(seeds)
    s = settings.replace({"ledger": {"embed_threads": threads, "ner_processes": 0 if batched else 1}})
    t = time.perf_counter()
    build_ledger([Article(id="w", source="w", fmt="txt", raw="x", extracted="x", text="Warm up, Anna Varek said.")],
                 {"id": "w"}, s)  # loads spaCy and the encoder
    load_s = time.perf_counter() - t
    caches: list[tuple[dict, dict]] = []
    for i, arts in enumerate(stories):
        nlp: dict = {}
        vec: dict = {}
        if warm:  # the story before its last article arrived
            build_ledger(arts[:-1], {"id": f"s{i}", "version": 1}, s, cache_get=nlp.get, cache_put=nlp.__setitem__,
                         vec_get=vec.get, vec_put=vec.__setitem__)
        caches.append((nlp, vec))
    load0 = _load_avg()
    t0, c0 = time.perf_counter(), _cpu()
    shared: dict = {}
    if batched:
        prefetch_mentions([a for arts in stories for a in arts], s, shared.get, shared.__setitem__)
    for i, arts in enumerate(stories):
        nlp, vec = caches[i]
        if warm:
            kw = dict(cache_get=nlp.get, cache_put=nlp.__setitem__, vec_get=vec.get, vec_put=vec.__setitem__)
        elif batched:
            kw = dict(cache_get=shared.get, cache_put=shared.__setitem__)
        else:
            kw = {}
        build_ledger(arts, {"id": f"s{i}", "version": 2}, s, **kw)
    dt, cpu = time.perf_counter() - t0, _cpu() - c0
    n = sum(len(a) for a in stories)
    return {"articles": n, "stories": len(stories), "seconds": round(dt, 3), "cpu_seconds": round(cpu, 3),
            "articles_per_s": round(n / dt, 2), "articles_per_cpu_s": round(n / cpu, 2),
            "chars_per_article": round(sum(len(a.text) for st in stories for a in st) / n),
            "model_load_s": round(load_s, 2), "load_avg": f"{load0} -> {_load_avg()}"}


MULTINEWS = ROOT / "../shared/eval/mds_multinews_sample250/clusters.jsonl"


def bench_multinews(path: Path, settings: Settings) -> dict | None:
    """Cold ``analyze`` step (as ``newsweave run`` runs it, default settings) over Multi-News stories.

    Real-length news (the 666 articles of the 250 stories, ~3,900 chars each; our generated
    articles are ~1,000) loaded into a SQLite store as stories the way bench/summarize.py does.
    The models are loaded before the clock starts (reported as ``model_load_s``); NER results and
    unit vectors are not cached. CPU includes the step's worker processes. None when the data is
    absent (it is read from ../shared/eval, never copied into the repository).
    """
    if not path.is_file():
        return None
    import tempfile

    from newsweave.analyze import analyze_step
    from newsweave.analyze.ledger import _preload_models
    from newsweave.store.sqlite import SQLiteStore

    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="nw-bench-ledger-"))
    store = SQLiteStore(tmp / "mn.db")
    arts, n_chars = [], 0
    for r in clusters:
        ids = []
        for i, d in enumerate(r["documents"]):
            if not d.strip():
                continue
            aid = f"{r['id']}-{i}"
            ids.append(aid)
            n_chars += len(d)
            arts.append(Article(id=aid, source=aid, fmt="txt", raw=d, extracted=d, text=d, language="en",
                                outlet=f"outlet{i}", published="2020-01-01"))
        store.put_doc("story", r["id"], {"id": r["id"], "title": None, "article_ids": ids, "version": 1})
    store.put_articles(arts)
    t = time.perf_counter()
    _preload_models(settings)
    load_s = time.perf_counter() - t
    load0 = _load_avg()
    t0, c0 = time.perf_counter(), _cpu()
    r = analyze_step(store, settings, lambda *a: None)
    dt, cpu = time.perf_counter() - t0, _cpu() - c0
    problems = sum(len(check_ledger(store.get_doc("ledger", k), {a.id: a.text for a in arts}))
                   for k, _ in store.iter_docs("story"))
    store.close()
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    n = r["articles"]
    return {"articles": n, "stories": r["analyzed"], "seconds": round(dt, 3), "cpu_seconds": round(cpu, 3),
            "articles_per_s": round(n / dt, 2), "articles_per_cpu_s": round(n / cpu, 2),
            "chars_per_article": round(n_chars / len(arts)), "model_load_s": round(load_s, 2),
            "load_avg": f"{load0} -> {_load_avg()}", "span_problems": problems}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default=str(ROOT / "../shared/seeds"), help="folder of real articles for speed")
    ap.add_argument("--demo", default=str(ROOT / "demo"), help="demo folder with corpus/ and gold/")
    ap.add_argument("--multinews", default=str(MULTINEWS),
                    help="Multi-News clusters.jsonl for the real-length speed run ('' = skip)")
    ap.add_argument("--no-floors", action="store_true")
    args = ap.parse_args(argv)
    settings = Settings.load(environ={})
    report: dict = {"sentences": bench_sentences(), "fixtures": bench_fixtures(settings)}
    for name in HELDOUT_SETS:
        report[name] = bench_fixtures(settings, ROOT / "tests" / "analyze" / name)
    report["demo"] = bench_demo(Path(args.demo), settings)
    seeds = Path(args.seeds)
    sd = seeds if seeds.is_dir() else None
    report["speed"] = {"cold per story, NER in-process": bench_speed(sd, settings, 1),
                       "cold batched, NER auto processes": bench_speed(sd, settings, 1, batched=True),
                       "warm (one new article per story)": bench_speed(sd, settings, 1, warm=True)}
    mn = Path(args.multinews) if args.multinews else None
    report["multinews"] = bench_multinews(mn, settings) if mn else None
    s = report["sentences"]
    print("sentences      F1      chars/s")
    for name in ("nupunkt", "pysbd"):
        if s.get(name):
            print(f"  {name:<10} {s[name]['f1']:.4f}  {s[name]['chars_per_s']:,.0f}")
        else:
            print(f"  {name:<10} (not installed)")
    for where in ("fixtures", "demo") + HELDOUT_SETS:
        r = report[where]
        print(f"{where}:" + (" (no gold found)" if r is None else ""))
        if r:
            for k, v in r.items():
                if k != "counts":
                    print(f"  {k:<28} {v}")
            print(f"  counts {json.dumps(r['counts'])}")
    for k, v in report["speed"].items():
        print(f"speed {k}: {v['articles_per_s']} articles/s wall, {v['articles_per_cpu_s']} articles/CPU-s "
              f"({v['articles']} articles in {v['stories']} stories, {v['seconds']} s wall, {v['cpu_seconds']} s CPU, "
              f"{v['chars_per_article']} chars/article; load average {v['load_avg']})")
    v = report["multinews"]
    if v is None:
        print(f"speed Multi-News: skipped ({args.multinews or 'no path'} not found; pass --multinews)")
    else:
        print(f"speed Multi-News, cold analyze step: {v['articles_per_s']} articles/s wall, {v['articles_per_cpu_s']} "
              f"articles/CPU-s ({v['articles']} articles in {v['stories']} stories, {v['seconds']} s wall, "
              f"{v['cpu_seconds']} s CPU, {v['chars_per_article']} chars/article, models loaded in "
              f"{v['model_load_s']} s; load average {v['load_avg']}; {v['span_problems']} span problems)")
    floors = json.loads((ROOT / "bench" / "baselines" / "ledger.json").read_text())
    failed = []
    fx = report["fixtures"]
    for key, floor in floors["fixtures"].items():
        if (fx.get(key) or 0) < floor:
            failed.append(f"fixtures {key} {fx.get(key)} < {floor}")
    # held-out: only the floors that guard against noise in the ledger (wrong speakers, false
    # conflicts); recall is measured, not defended. The sets read so far are development data
    # (docs/evidence.md, Sessions 6 and 7); the blind ones get no floors
    for where in (w for w in HELDOUT_SETS if w not in BLIND_SETS):
        for key, floor in floors.get(where, {}).items():
            if (report[where].get(key) or 0) < floor:
                failed.append(f"{where} {key} {report[where].get(key)} < {floor}")
    if report["demo"]:
        for key, floor in floors.get("demo", {}).items():
            if (report["demo"].get(key) or 0) < floor:
                failed.append(f"demo {key} {report['demo'].get(key)} < {floor}")
    # wall time depends on what else runs on the (shared) machine; CPU time much less so
    cold = [v for k, v in report["speed"].items() if k.startswith("cold")]
    best_speed = max(v["articles_per_s"] for v in cold)
    if best_speed < floors["speed_articles_per_s"]:
        failed.append(f"speed {best_speed} < {floors['speed_articles_per_s']}")
    best_cpu = max(v["articles_per_cpu_s"] for v in cold)
    if best_cpu < floors.get("speed_articles_per_cpu_s", 0):
        failed.append(f"speed {best_cpu} articles/CPU-s < {floors['speed_articles_per_cpu_s']}")
    if v is not None:
        for key, floor in floors.get("multinews", {}).items():
            if (v.get(key) or 0) < floor:
                failed.append(f"Multi-News {key} {v.get(key)} < {floor}")
        if v["span_problems"]:
            failed.append(f"Multi-News: {v['span_problems']} ledger spans do not resolve")
    for f in failed:
        print("BELOW FLOOR:", f)
    return 1 if failed and not args.no_floors else 0


if __name__ == "__main__":
    raise SystemExit(main())

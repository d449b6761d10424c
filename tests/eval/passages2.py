"""Fictional news passages 21-50 with inline gold markup (see make_gold.py)."""

MORE = [
# 21 emoji, CJK-free but non-ASCII names with diacritics
({"s1": ("Zoë Ångström", "Ångström"), "s2": ("José Núñez", "Núñez")}, """
Chef’s café wins regional award

The Café Blåbär in Södervik was named restaurant of the year on Monday.

⟦q:s1 “I cried in the walk-in fridge when they called,”⟧ ⟦c said⟧ owner ⟦m:s1 Zoë Ångström⟧. ⟦q:s1 “Then I went back to peeling potatoes.”⟧

Judge ⟦m:s2 José Núñez⟧ ⟦c called⟧ the menu ⟦x:s2 “honest, seasonal and fearless”⟧.
"""),
# 22 speaker before with 'says' present tense, colon
({"s1": ("Hannah Birch", "Birch"), "s2": ("Gordon Pike", "Pike")}, """
Why one village banned cars from its centre

Five years after Millbrook closed its high street to traffic, shopkeepers are divided.

⟦m:s1 Hannah Birch⟧, who runs a florist, ⟦c says⟧: ⟦q:s1 “At first I thought it would kill the shop. Now my takings are up by a quarter.”⟧

Others are less convinced. ⟦q:s2 “My older customers can’t carry heavy bags from the car park,”⟧ ⟦c says⟧ ⟦m:s2 Gordon Pike⟧, a butcher.
"""),
# 23 mixed quote in reported sentence
({"s1": ("Elif Arslan", "Arslan", "Foreign Minister Elif Arslan")}, """
Minister accuses neighbour of border provocations

Foreign Minister ⟦m:s1 Elif Arslan⟧ ⟦c said⟧ ⟦x:s1 the troop movements were a “deliberate provocation” aimed at “testing our resolve”⟧.

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the government would lodge a formal complaint with the regional security council⟧.

⟦q:s1 “We will not be intimidated,”⟧ ⟦m:s1 Arslan⟧ ⟦c told⟧ reporters.
"""),
# 24 question and exclamation endings, asked
({"s1": ("Irene Walsh", "Walsh"), "s2": ("Peter Olsen", "Olsen")}, """
Residents confront developer at packed meeting

More than 300 people filled the Greyford community hall on Wednesday to discuss plans for a 20-storey tower.

⟦q:s1 “Who asked for this?”⟧ ⟦m:s1 Irene Walsh⟧ ⟦c asked⟧ the developer's representatives. ⟦q:s1 “Not one person in this room!”⟧

⟦m:s2 Peter Olsen⟧, speaking for the developer, ⟦c insisted⟧ that ⟦i:s2 the tower would bring much-needed homes⟧.
"""),
# 25 said he (inverted pronoun), multiple quotes
({"s1": ("Raymond Achebe", "Achebe")}, """
Lighthouse keeper marks 40 years on the rock

⟦m:s1 Raymond Achebe⟧ first climbed the 212 steps of the Carrow Point lighthouse in 1986.

⟦q:s1 “People think it is lonely,”⟧ ⟦c said⟧ ⟦m:s1 he⟧. ⟦q:s1 “It is not. The sea talks all day.”⟧

The lighthouse was automated in 2011, but Achebe stayed on as caretaker.
"""),
# 26 no quotes at all, indirect only
({"s1": ("Greenvale Water Company", "the company"), "s2": ("Priya Nair", "Nair")}, """
Water bills to rise by 8 percent

The ⟦m:s1 Greenvale Water Company⟧ ⟦c said⟧ on Friday that ⟦i:s1 household bills would rise by 8 percent from April⟧.

Consumer group chair ⟦m:s2 Priya Nair⟧ ⟦c said⟧ ⟦i:s2 the increase was hard to justify after record profits⟧.
"""),
# 27 quote with em dash attribution
({"s1": ("Felix Brandt", "Brandt")}, """
Orchestra saves concert hall from closure

The Lindenau Philharmonic has raised enough money to keep its 1920s concert hall open for another decade.

⟦q:s1 “We asked, and the city answered”⟧ — that was how conductor ⟦m:s1 Felix Brandt⟧ ⟦c described⟧ the campaign on Sunday.

⟦q:s1 “Every seat in this hall has a donor’s name on it now,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),
# 28 two quotes same sentence, different speakers in one paragraph
({"s1": ("Lena Ortiz", "Ortiz"), "s2": ("Sam Whitaker", "Whitaker")}, """
Cyclists and drivers split over new bike lane

A new bike lane on Crane Avenue has divided the neighbourhood.

⟦q:s1 “It has made my commute safer,”⟧ ⟦c said⟧ cyclist ⟦m:s1 Lena Ortiz⟧. But taxi driver ⟦m:s2 Sam Whitaker⟧ ⟦c said⟧: ⟦q:s2 “It has doubled my journey times.”⟧

The city plans to review the lane after six months.
"""),
# 29 tweet, wrote
({"s1": ("Camille Roux", "Roux"), "s2": ("her coach", "coach")}, """
Swimmer withdraws from championships with injury

Olympic silver medallist ⟦m:s1 Camille Roux⟧ has withdrawn from next month's national championships with a shoulder injury.

⟦q:s1 “Heartbroken to miss it, but my body needs time,”⟧ ⟦m:s1 Roux⟧ ⟦c wrote⟧ on social media. ⟦q:s1 “I’ll be back stronger.”⟧

⟦m:s2 Her coach⟧ ⟦c said⟧ ⟦i:s2 the injury was not serious⟧.
"""),
# 30 quote followed by new sentence starting with name (trap)
({"s1": ("Arjun Mehta", "Mehta"), "s2": ("Clara Stein", "Stein")}, """
Startup founders split over funding round

⟦m:s1 Arjun Mehta⟧ ⟦c said⟧ ⟦i:s1 the company did not need outside money⟧. ⟦q:s1 “We are profitable and growing.”⟧

⟦m:s2 Clara Stein⟧, his co-founder, ⟦c disagreed⟧. ⟦q:s2 “Growing slowly is still shrinking in this market,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 31 ironic scare quotes and titles, no quotes attributed
({}, """
Review: “The Glass Orchard” is a slow but rewarding read

The latest novel from the author of “Salt Roads” follows a family of apple growers through three generations.

Its so-called “twist ending” arrives too late to matter, but the journey there is rich with detail.

Readers expecting a “page-turner” may be disappointed.
"""),
# 32 told + object + colon, org spokesperson
({"s1": ("Dana Kowalski", "Kowalski"), "s2": ("Northwind Airlines", "the airline")}, """
Airline grounds fleet after software fault

⟦m:s2 Northwind Airlines⟧ grounded all 46 of its aircraft for six hours on Saturday after a fault in its booking system.

Spokesperson ⟦m:s1 Dana Kowalski⟧ ⟦c told⟧ the Harbour Gazette: ⟦q:s1 “Safety was never at risk. This was a problem with paperwork, not planes.”⟧

⟦q:s2 “We are deeply sorry for the inconvenience,”⟧ ⟦m:s2 the airline⟧ ⟦c said⟧ in a statement.
"""),
# 33 long multi-paragraph speech with interrupted opening
({"s1": ("Matteo Bellini", "Bellini")}, """
Retiring judge warns against rushed reforms

Judge ⟦m:s1 Matteo Bellini⟧ used his farewell speech on Friday to criticise plans to shorten trials.

⟦q:s1 “Justice that is quick is not always justice,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “I have seen innocent people saved by one more day of testimony.⟧

⟦q:s1 “I ask the ministry to think again. The courts are slow because truth is slow.”⟧

His remarks drew a standing ovation.
"""),
# 34 straight quotes with pronoun and according to
({"s1": ("Rita Gomez", "Gomez")}, """
Bakery chain to open 20 new stores

⟦i:s1 Sunrise Bakeries will open 20 new stores across the region next year⟧, ⟦c according to⟧ ⟦m:s1 its chief executive⟧.

⟦q:s1 "Bread is recession-proof,"⟧ ⟦c said⟧ ⟦m:s1 Rita Gomez⟧, who founded the chain in 2009. ⟦q:s1 "People cut back on many things, but not on their morning roll."⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the company would hire about 300 staff⟧.
"""),
# 35 Headline quote + 'Mr.' honorific
({"s1": ("George Abbott", "Abbott", "Mr. Abbott"), "s2": ("county council", "The county council")}, """
Farmer fights to keep 400-year-old oak

A farmer in Wrexley is refusing to let contractors fell an oak tree that stands in the path of a planned bypass.

⟦q:s1 “My grandfather planted potatoes around this tree, and his grandfather before him,”⟧ ⟦m:s1 Mr. Abbott⟧ ⟦c said⟧. ⟦q:s1 “They will have to move me first.”⟧

⟦m:s2 The county council⟧ ⟦c said⟧ ⟦i:s2 it was considering alternative routes⟧.
"""),
# 36 pronoun they for org / group
({"s1": ("Eastmoor Residents' Association", "residents' association"), "s2": ("Farid Haddad", "Haddad")}, """
Residents win battle over park closure

The ⟦m:s1 Eastmoor Residents' Association⟧ has won its campaign to keep Linden Park open to the public.

⟦q:s1 “This is a victory for every family that uses this park,”⟧ ⟦m:s1 they⟧ ⟦c said⟧ in a statement.

Council leader ⟦m:s2 Farid Haddad⟧ ⟦c acknowledged⟧ that ⟦i:s2 the original plan had been a mistake⟧.
"""),
# 37 RTL names in Latin text and Arabic script quote
({"s1": ("Layla Haddad", "Haddad")}, """
Poet wins prize for bilingual collection

⟦m:s1 Layla Haddad⟧ won the Meridian Poetry Prize on Thursday for a collection written in English and Arabic.

⟦q:s1 “Every poem has two doors, «باب» and door, and readers may choose,”⟧ ⟦m:s1 Haddad⟧ ⟦c said⟧.

The prize carries an award of 10,000 euros.
"""),
# 38 spokesman for org after quote
({"s1": ("Ravi Kumar", "Kumar")}, """
Factory fire forces evacuation in Dunmore

About 200 residents were evacuated overnight after a fire at a paint factory in Dunmore.

⟦q:s1 “The fire is under control but the smoke is toxic, so people should keep their windows closed,”⟧ ⟦c said⟧ ⟦m:s1 Ravi Kumar⟧, a spokesman for the county fire service.

Residents were allowed to return on Sunday afternoon.
"""),
# 39 colon quote by org name
({"s1": ("Coastal Conservation Trust", "the trust")}, """
Seal numbers recover on northern coast

Grey seal numbers on the Haverly coast have doubled in ten years, a new survey shows.

The ⟦m:s1 Coastal Conservation Trust⟧ ⟦c said⟧: ⟦q:s1 “This is one of the great conservation success stories of our time.”⟧

It ⟦c warned⟧, however, that ⟦i:s1 plastic waste remained a serious threat⟧.
"""),
# 40 named speaker in second sentence of paragraph, quote first then speaker with title after verb
({"s1": ("Olga Sorensen", "Sorensen"), "s2": ("Thomas Brenner", "Brenner")}, """
Museum returns stolen paintings to family

Two paintings looted during the war were returned to the Brenner family on Monday.

⟦q:s1 “Today a long wrong has been put right,”⟧ ⟦c said⟧ museum director ⟦m:s1 Olga Sorensen⟧ at a ceremony in Aldstadt.

⟦q:s2 “My grandmother would have wept,”⟧ ⟦c said⟧ ⟦m:s2 Thomas Brenner⟧, 58. ⟦q:s2 “She spoke about these paintings every Christmas.”⟧
"""),
# 41 hedge: quote then unrelated sentence, no attribution
({"s1": ("Kofi Mensah", "Mensah"), "s2": ("critics", "Critics"), "s3": ("city council", "the city council")}, """
City launches free bus pilot

⟦i:s3 Buses in Westford will be free for six months starting in January⟧, ⟦m:s3 the city council⟧ ⟦c announced⟧.

⟦m:s1 Kofi Mensah⟧, the councillor who proposed the pilot, ⟦c said⟧ ⟦i:s1 it would cost about 2 million a year⟧.

⟦q:s1 “If it works here, it can work anywhere,”⟧ ⟦m:s1 Mensah⟧ ⟦c said⟧.

⟦m:s2 Critics⟧ ⟦c said⟧ ⟦i:s2 the money would be better spent on new routes⟧.
"""),
# 42 quote-said-name with title after verb "said Prime Minister X"
({"s1": ("Ana Ribeiro", "Ribeiro", "Prime Minister Ana Ribeiro"), "s2": ("Bruno Salas", "Salas")}, """
Government survives confidence vote

The coalition government survived a confidence vote on Wednesday by just three votes.

⟦q:s1 “Tonight parliament chose stability over chaos,”⟧ ⟦c said⟧ Prime Minister ⟦m:s1 Ana Ribeiro⟧ after the result was announced.

Opposition leader ⟦m:s2 Bruno Salas⟧ ⟦c said⟧ ⟦i:s2 the government was living on borrowed time⟧.
"""),
# 43 ZWJ emoji in text before quote
({"s1": ("Maya Chen", "Chen")}, """
Family-run toy shop celebrates 50 years 👩‍👩‍👧

The shop’s window is full of wooden trains and handmade dolls 🧸, just as it was in 1975.

⟦q:s1 “Children still love things they can hold,”⟧ ⟦c said⟧ owner ⟦m:s1 Maya Chen⟧, whose mother opened the shop. ⟦q:s1 “Screens have not changed that.”⟧
"""),
# 44 quote that contains apostrophe-starting word and trailing possessive
({"s1": ("Bill Murchison", "Murchison")}, """
Old fishing fleet sails again for festival

The town’s ’70s-era fishing boats took to the water again on Saturday for the annual harbour festival.

⟦q:s1 “These boats were built to last, and the lads’ grandfathers kept ’em running,”⟧ ⟦c said⟧ ⟦m:s1 Bill Murchison⟧, 82, who captained one of them for 30 years.

The festival drew around 5,000 visitors.
"""),
# 45 CJK text in quote and name before
({"s1": ("Wei Zhang", "Zhang")}, """
Calligraphy exhibition opens in Riverside gallery

An exhibition of contemporary calligraphy opened at the Riverside gallery on Friday.

Artist ⟦m:s1 Wei Zhang⟧ ⟦c said⟧ ⟦i:s1 the centrepiece, titled 水, took eight months⟧. ⟦q:s1 “The brush must move like water — 水 — never forced,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),
# 46 quotes in single curly marks (British headline style) + direct single quotes
({"s1": ("Fiona MacLeod", "MacLeod"), "s2": ("ferry operator", "The ferry operator")}, """
Islanders ‘abandoned’ after ferry cuts, says MP

⟦q:s1 ‘We are being treated as an afterthought,’⟧ ⟦c said⟧ ⟦m:s1 Fiona MacLeod⟧, who represents the Northern Isles. ⟦q:s1 ‘Families can’t get to hospital appointments.’⟧

⟦m:s2 The ferry operator⟧ ⟦c said⟧ ⟦i:s2 it was short of crew⟧.
"""),
# 47 interrupted quote with said X, title
({"s1": ("Sarah Ostrowski", "Ostrowski")}, """
Heatwave pushes hospitals to the limit

Hospitals in the southern provinces reported record admissions on Tuesday as temperatures reached 44C.

⟦q:s1 “Our emergency rooms are full,”⟧ ⟦c said⟧ Dr. ⟦m:s1 Sarah Ostrowski⟧, head of the regional health board, ⟦q:s1 “and the worst is yet to come.”⟧

Authorities urged people to stay indoors during the hottest hours.
"""),
# 48 long quote before colon of another speaker (trap: left cue belongs to next quote)
({"s1": ("Nils Berg", "Berg"), "s2": ("Eva Lind", "Lind")}, """
Ski resort faces uncertain future as snow fails

⟦m:s1 Nils Berg⟧ ⟦c said⟧: ⟦q:s1 “We have had eleven days of snow this winter.”⟧ ⟦m:s2 Eva Lind⟧, his business partner, ⟦c said⟧: ⟦q:s2 “We must become a summer resort or close.”⟧

The resort employs 140 people in peak season.
"""),
# 49 possessive organisation speaker and described
({"s1": ("Kaito Mori", "Mori"), "s2": ("Brightwave", "The company")}, """
Electronics maker recalls 200,000 chargers

Brightwave’s chief executive ⟦m:s1 Kaito Mori⟧ ⟦c described⟧ the recall as ⟦x:s1 “a painful but necessary step”⟧.

⟦q:s1 “No customer should ever have to worry about a charger catching fire,”⟧ ⟦m:s1 Mori⟧ ⟦c said⟧.

⟦m:s2 The company⟧ ⟦c said⟧ ⟦i:s2 it had received 14 reports of overheating⟧.
"""),
# 50 multi-paragraph quote introduced by colon, then pronoun continuation
({"s1": ("Henrik Aas", "Aas", "Governor Henrik Aas")}, """
Governor outlines storm recovery plan

Governor ⟦m:s1 Henrik Aas⟧ ⟦c said⟧ on Monday: ⟦q:s1 “Our first job is to get power back to every home.⟧

⟦q:s1 “Our second job is to make sure this never happens again. That means burying cables and building sea walls.”⟧

⟦m:s1 He⟧ ⟦c said⟧ ⟦i:s1 the plan would cost at least 300 million⟧.
"""),
]

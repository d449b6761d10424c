"""Third unseen batch (UNSEEN3): written without reading the engine's rules,
frozen on 2026-12-07; never to be edited to suit the engine. All people,
organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py. The
annotation conventions are those of UNSEEN2 (passages7.py):
  * direct quotes include their quotation marks; an interrupted quote is two
    spans; each paragraph of a multi-paragraph quote is its own span (a
    non-final paragraph's span runs to the end of the paragraph);
  * the content clause of an "according to" attribution is an indirect quote;
    indirect and mixed spans start after a complementiser "that";
  * a role noun phrase heading a subject with a name in apposition is a
    mention, as is the name; a title glued to a name ("Mayor X", "Dr X",
    "the poet X") is left outside the name mention; a descriptive appositive
    after a name is not a mention; possessive pronouns are not marked;
  * speakers referred to inside someone's direct quote are not marked (they
    are marked inside indirect and mixed content, outside the quotation marks);
  * scare quotes, nicknames, titles of works and quoted headlines are not
    quotes; a quote nested inside a quote is part of the outer quote.
"""

UNSEEN3 = [

# 2001 courts: according-to judgment, role + name, interrupted quote, organisation
({"s1": ("Ines Falkenrath", "Falkenrath", "the judge"),
  "s2": ("Tobias Mwangi", "Mwangi", "the tenants' lawyer"),
  "s3": ("Greyfield Holdings", "Greyfield", "the company", "the developer")},
"""Appeal court halts eviction of Harrow Bend allotment holders

Allotment holders in the river town of Harrow Bend won the latest round of a four-year fight over their plots on Tuesday, when the regional appeal court ruled that ⟦m:s3 Greyfield Holdings⟧ could not evict them before the end of the growing season.

⟦i:s1 ⟦m:s3 The developer⟧ had failed to give the tenants proper notice under a 1962 lease that remained in force⟧, ⟦c according to⟧ the 38-page judgment written by Judge ⟦m:s1 Ines Falkenrath⟧.

⟦q:s1 “The lease is old, but it is not dead,”⟧ ⟦m:s1 Falkenrath⟧ ⟦c wrote⟧. ⟦q:s1 “A landlord who wishes to end it must do so in the manner the parties agreed, and not by a letter left on a shed door.”⟧

⟦m:s2 The tenants' lawyer⟧, ⟦m:s2 Tobias Mwangi⟧, ⟦c said⟧ outside the courthouse that ⟦i:s2 his clients were relieved but not yet safe⟧.

⟦q:s2 “We have won time,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, ⟦q:s2 “and in a dispute like this, time is everything. My clients are mostly retired people. They want to grow beans, not spend their pensions on barristers.”⟧

⟦m:s3 Greyfield⟧ ⟦c said⟧ in a statement that ⟦i:s3 ⟦m:s3 it⟧ was disappointed by the ruling and was studying it with its advisers⟧.

⟦m:s3 The company⟧, which plans to build 220 homes on the site, has until January to decide whether to take the case to the supreme court.
"""),

# 2002 elections: role NP + name, mixed quote, quoted headline, told
({"s1": ("Renata Oduya", "Oduya", "Vossberg's opposition leader"),
  "s2": ("Piotr Lindahl", "Lindahl", "the mayor"),
  "s3": ("Salome Achterberg", "Achterberg")},
"""⟦m:s1 Oduya⟧ launches bid to unseat ⟦m:s2 Lindahl⟧ in Vossberg

⟦m:s1 Vossberg's opposition leader⟧, ⟦m:s1 Renata Oduya⟧, formally launched her campaign for mayor on Saturday, promising to freeze bus fares and to publish every council contract online.

Speaking to about 400 supporters in a converted tram depot, ⟦m:s1 she⟧ ⟦c said⟧ ⟦x:s1 the city had been run for a decade by “a small circle of friends who mistake the town hall for a private club”⟧.

⟦q:s1 “Vossberg does not belong to them,”⟧ ⟦m:s1 Oduya⟧ ⟦c said⟧. ⟦q:s1 “It belongs to the nurse on the night shift and the man who fixes the trams. It is time they had a mayor who answers their calls.”⟧

Mayor ⟦m:s2 Piotr Lindahl⟧, who is seeking a third term, was unimpressed. ⟦q:s2 “She has a slogan. I have a record,”⟧ ⟦m:s2 he⟧ ⟦c told⟧ the regional broadcaster VTR on Sunday.

The city's main newspaper, the Vossberg Courier, ran the story under the headline “The Challenger Comes Out Swinging”, and a poll it published last week put the two candidates within three points of each other.

⟦m:s3 Salome Achterberg⟧, a political scientist at the University of Vossberg who designed the poll, ⟦c said⟧ ⟦i:s3 the race was the closest the city had seen since the 1990s⟧. ⟦q:s3 “Turnout will decide it,”⟧ ⟦m:s3 she⟧ ⟦c added⟧. ⟦q:s3 “If young voters stay at home, the mayor wins comfortably.”⟧

⟦m:s1 Oduya⟧, 46, a former schools inspector, was first elected to the council in 2014. The election is on 9 March.
"""),

# 2003 sport: British single quotes, nickname, descriptive anaphor, glued role title
({"s1": ("Marta Ruiz", "Ruiz", "Rovers’ head coach"),
  "s2": ("Callum Breward", "Breward", "the 29-year-old"),
  "s3": ("Aoife Kinsella", "Kinsella")},
"""⟦m:s2 Breward⟧ double sends Castleford Rovers into cup final

Castleford Rovers will play in their first national cup final for 31 years after ⟦m:s2 Callum Breward⟧, the six-foot-five striker known to supporters as ‘the Lighthouse’, scored twice in a 2-1 win over Millbrook Athletic on Saturday.

⟦q:s2 ‘I’ve dreamt about this since I was a kid in the Kingsway stand,’⟧ ⟦m:s2 Breward⟧ ⟦c said⟧. ⟦q:s2 ‘My grandad used to bring me. He’d have been unbearable tonight.’⟧

⟦m:s2 The 29-year-old⟧, who spent most of last season on loan in the second tier, headed the opener in the 12th minute and added a second from the penalty spot after the break.

⟦m:s1 Rovers’ head coach⟧, ⟦m:s1 Marta Ruiz⟧, ⟦c said⟧ ⟦i:s1 the win belonged to the whole squad⟧.

⟦q:s1 ‘People will talk about Callum, and they should,’⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 ‘but look at the lads who ran until their legs went. That’s a team performance.’⟧

Millbrook manager ⟦m:s3 Aoife Kinsella⟧ ⟦c said⟧ ⟦i:s3 her side had been undone by two moments of hesitation⟧. ⟦q:s3 ‘We were the better team for an hour. That’s the cruel bit,’⟧ ⟦m:s3 she⟧ ⟦c told⟧ Radio Calder.

Rovers will face the winner of Sunday’s tie between Hexley and Port Aldous in the final at the National Stadium on 18 May.
"""),

# 2004 health: according-to figures, organisation, long appositive, multi-paragraph quote, new speaker quote-first
({"s1": ("Ministry of Health", "the ministry"),
  "s2": ("Amara Welsh", "Welsh"),
  "s3": ("Brenda Castell", "Castell")},
"""Waiting list for hip and knee surgery hits record high

⟦i:s1 More than 84,000 people in the northern provinces are waiting for hip or knee replacements, the highest number since records began⟧, ⟦c according to⟧ figures released on Thursday by ⟦m:s1 the Ministry of Health⟧.

⟦m:s1 The ministry⟧ ⟦c said⟧ ⟦i:s1 the backlog reflected a shortage of anaesthetists and the closure of two operating theatres for repairs⟧, and that ⟦i:s1 ⟦m:s1 it⟧ expected numbers to fall by the summer⟧.

Dr ⟦m:s2 Amara Welsh⟧, an orthopaedic surgeon who has worked at St Bride's Hospital in Calder for 22 years and who chairs the regional surgeons' association, ⟦c said⟧ ⟦i:s2 the official explanation told only part of the story⟧.

⟦q:s2 “We have the surgeons. We have the patients. What we do not have is beds, because the beds are full of people who are well enough to go home and have nowhere to go,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s2 “Until somebody fixes social care, you can build all the theatres you like and the queue will not move.⟧

⟦q:s2 “I have patients who have waited so long that they are no longer fit enough for the operation they were referred for. That is the real scandal here.”⟧

⟦q:s3 “I waited 14 months, and by the end I couldn’t climb the stairs to my own bedroom,”⟧ ⟦c said⟧ ⟦m:s3 Brenda Castell⟧, 71, a retired postwoman from Calder who had her left hip replaced in October.

⟦m:s1 The ministry⟧ ⟦c said⟧ ⟦i:s1 an extra 40 million crowns would be made available for surgery in the next financial year⟧.
"""),

# 2005 business: straight quotes, present-tense "says", mixed quotes, long appositive
({"s1": ("Hannelore Brandt", "Brandt"),
  "s2": ("Kwame Asante-Reyes", "Asante-Reyes")},
"""Two family dairies agree merger to fend off supermarket squeeze

Two of the oldest family-owned dairies in the Lowmoor valley, Brandt & Sons and Heddle Creamery, have agreed to merge, creating the region's second-largest milk processor with annual sales of about 310 million euros.

⟦q:s1 "Neither of us could stand still,"⟧ ⟦c says⟧ ⟦m:s1 Hannelore Brandt⟧, who will become chief executive of the combined company. ⟦q:s1 "The supermarkets buy from fewer and fewer suppliers. If you are small, you are squeezed, and if you are squeezed long enough, you disappear."⟧

⟦m:s1 Brandt⟧, whose great-grandfather founded the business in 1911 with three cows and a handcart, ⟦c says⟧ ⟦i:s1 no farms will lose their contracts as a result of the deal⟧ and that ⟦i:s1 both creameries will stay open for at least five years⟧.

Not everyone is convinced. ⟦m:s2 Kwame Asante-Reyes⟧, a food-industry analyst at Northgate Securities, ⟦c says⟧ ⟦x:s2 the promise on jobs is "generous but unusually vague"⟧.

⟦q:s2 "Mergers like this usually look after the farmers in year one,"⟧ ⟦m:s2 he⟧ ⟦c says⟧. ⟦q:s2 "By year three, someone in finance is asking why there are two pasteurising lines doing the work of one."⟧

The deal still needs approval from the competition authority, which is expected to decide by spring. ⟦m:s1 Brandt⟧ ⟦c says⟧ ⟦x:s1 ⟦m:s1 she⟧ is "not losing sleep" over the review⟧.
"""),

# 2006 science: scare quotes (headline and body), journal title, quote-first, pronoun across paragraphs
({"s1": ("Ingrid Solvang", "Solvang"),
  "s2": ("Tariq Benali", "Benali")},
"""Astronomers spot 'dark comet' drifting through the outer solar system

A small, fast-moving object picked up by the Cerro Blanco Observatory is the latest candidate for a so-called “dark comet”, an icy body that sheds gas without producing the bright tail of an ordinary comet.

⟦q:s1 “It behaves like a comet, it accelerates like a comet, but it refuses to look like one,”⟧ ⟦c said⟧ ⟦m:s1 Ingrid Solvang⟧, the astronomer who led the team, whose findings appear this week in the journal Planetary Dynamics.

⟦m:s1 Solvang⟧ ⟦c said⟧ ⟦i:s1 the object, catalogued as 2026 KX7, was no more than 400 metres across⟧ and that ⟦i:s1 its orbit suggested it had been nudged inwards from the far edge of the solar system within the past few thousand years⟧.

The label “dark comet” is not universally loved. ⟦m:s2 Tariq Benali⟧, a planetary scientist at the University of Marrow Bay who was not involved in the research, ⟦c said⟧: ⟦q:s2 “I would love it to be something new. But a comet with a crust of dust over its ice would do all of this, and we have seen plenty of those.”⟧

⟦q:s2 “Extraordinary labels need extraordinary data,”⟧ ⟦m:s2 he⟧ ⟦c added⟧.

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the team had booked time on two larger telescopes for March, when the object will be at its brightest⟧.
"""),

# 2007 culture: glued descriptor, role + name, poem with a line break inside a quote, book titles
({"s1": ("Odile Marchetti", "Marchetti"),
  "s2": ("Benedikt Aro", "Aro", "the chair of the judges")},
"""⟦m:s1 Marchetti⟧ wins Harcourt Prize for 'The Salt Orchard'

The poet ⟦m:s1 Odile Marchetti⟧ won the Harcourt Prize on Thursday night for The Salt Orchard, a collection of poems about her grandmother's fishing village, beating five other finalists.

⟦m:s2 The chair of the judges⟧, ⟦m:s2 Benedikt Aro⟧, ⟦c said⟧ ⟦x:s2 the book was “a rare thing: a collection with no weak poem in it”⟧.

Accepting the award, ⟦m:s1 Marchetti⟧ ⟦c read⟧ the closing lines of the title poem: ⟦q:s1 “Fold the nets, the tide is home,
and home is where the water goes.”⟧

⟦q:s1 “My grandmother could not read,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ the audience afterwards. ⟦q:s1 “She would have found it very funny that anyone gave me money for writing down the things she said at the sink.”⟧

The prize, worth 25,000 pounds, is awarded each year for a first or second collection. Last year's winner was Fergus Lane for “Iron Weather”.

⟦m:s1 Marchetti⟧, 58, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would spend the money on a new roof and on time to finish a novel ⟦m:s1 she⟧ had been writing for eleven years⟧.
"""),

# 2008 weather: organisation speaker, according to, inverted cue, role + name
({"s1": ("National Meteorological Service", "the service"),
  "s2": ("Lena Hartikainen", "Hartikainen"),
  "s3": ("Mikael Drohm", "Drohm", "the harbour master at Lundvik")},
"""Red warning issued as Storm Ilse heads for the west coast

⟦m:s1 The National Meteorological Service⟧ issued its highest weather warning on Monday for four western counties as Storm Ilse approached, bringing gusts of up to 150 km/h and the threat of coastal flooding.

⟦i:s1 The strongest winds were expected between midnight and 6 a.m. on Tuesday, when the storm would coincide with a spring high tide⟧, ⟦c according to⟧ ⟦m:s1 the service⟧.

⟦q:s2 “This is not a night to be driving along the coast road to look at the waves,”⟧ ⟦c said⟧ ⟦m:s2 Lena Hartikainen⟧, the duty forecaster overnight. ⟦q:s2 “People do it every year, and every year someone needs rescuing.”⟧

Ferries between the mainland and the Skarre islands were cancelled for Tuesday. ⟦m:s3 The harbour master at Lundvik⟧, ⟦m:s3 Mikael Drohm⟧, ⟦c said⟧ ⟦i:s3 fishing boats had been moved into the inner basin as a precaution⟧.

⟦q:s3 “We have done what we can. The rest is up to the weather,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 The service⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 it⟧ would review the warning at noon on Tuesday⟧. Storm Ilse is the ninth named storm of an unusually busy season.
"""),

# 2009 crime: lede with trailing organisation attribution, told, glued rank title
({"s1": ("Farah Nwosu", "Nwosu"),
  "s2": ("Gerald Pinto", "Pinto"),
  "s3": ("Hollin District Police", "police")},
"""Six arrested over wave of village burglaries

⟦i:s3 Six people have been arrested in connection with more than 40 burglaries in the Hollin district in which thieves targeted farm machinery and heating oil⟧, ⟦m:s3 the Hollin District Police⟧ ⟦c said⟧ on Friday.

Detective Inspector ⟦m:s1 Farah Nwosu⟧, who led the eight-month investigation, ⟦c told⟧ reporters ⟦i:s1 the group had used a stolen tractor to ram open barn doors⟧.

⟦q:s1 “They were organised, they were patient and they knew exactly what they wanted,”⟧ ⟦m:s1 Nwosu⟧ ⟦c said⟧. ⟦q:s1 “A quad bike here, a trailer there. Individually it looked like bad luck. Together it was a business.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 officers had recovered equipment worth about 300,000 pounds from a unit on an industrial estate near the port⟧.

⟦m:s2 Gerald Pinto⟧, whose sheep farm outside Eastry Cross was broken into three times in a single winter, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had started sleeping in his truck by the gate⟧.

⟦q:s2 “You feel stupid, sitting out there with a flask and a torch,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “But you feel worse waking up to an empty shed.”⟧

The six, aged between 19 and 52, are due to appear before magistrates in Hollin on Monday. ⟦m:s3 Police⟧ ⟦c said⟧ ⟦i:s3 further arrests were possible⟧.
"""),

# 2010 education: role + name, quote split by cue running into a second paragraph, new speaker quote-first
({"s1": ("Helen Mbatha", "Mbatha", "the headteacher"),
  "s2": ("Conor Feeney", "Feeney"),
  "s3": ("Eastmere County Council", "the council")},
"""Parents vow to fight closure of village school with 38 pupils

Parents in the village of Ashby Fold are preparing to fight a plan by ⟦m:s3 Eastmere County Council⟧ to close their primary school, which has 38 pupils and has been open since 1873.

⟦m:s3 The council⟧ ⟦c said⟧ ⟦i:s3 the school was too small to be sustainable⟧ and that ⟦i:s3 its pupils would receive a better education at a larger school in Marhurst, six miles away⟧.

⟦m:s1 The headteacher⟧, ⟦m:s1 Helen Mbatha⟧, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had learnt of the proposal from a local radio bulletin⟧.

⟦q:s1 “Nobody from the council rang me. Nobody came to see the school,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “If they had, they would have seen children who know every adult in the building by name, and adults who know every child.⟧

⟦q:s1 “Small is not the same as failing. Our results are above the county average in reading and in maths. I would like someone to explain to me what exactly is being fixed.”⟧

⟦q:s2 “We moved here for this school,”⟧ ⟦c said⟧ ⟦m:s2 Conor Feeney⟧, whose twin daughters are in Year 2. ⟦q:s2 “If it closes, half the young families will leave within five years, and then the shop goes, and then the bus.”⟧

A public consultation runs until 14 February. ⟦m:s3 The council⟧ ⟦c said⟧ ⟦i:s3 no final decision would be taken before the summer⟧.
"""),

# 2011 courts: nested quote, quoted headline, "put it to", reply
({"s1": ("Viktor Halloran", "Halloran"),
  "s2": ("Priya Lakshmanan", "Lakshmanan"),
  "s3": ("Fenella Crewe", "Crewe")},
"""Libel trial opens over critic's one-star review

⟦m:s1 Viktor Halloran⟧, who owns the Copper Kettle restaurant in Brightwater, ⟦c told⟧ the High Court on Monday ⟦i:s1 a one-star review by the food critic ⟦m:s2 Priya Lakshmanan⟧ had cut his bookings by half within a month⟧.

⟦m:s1 Halloran⟧, 61, is suing ⟦m:s2 Lakshmanan⟧ and the Brightwater Evening Post over the review, which ran in March last year under the headline “A Kettle Gone Cold”.

Giving evidence, ⟦m:s1 Halloran⟧ ⟦c said⟧ ⟦i:s1 a regular customer had come in the morning after publication and read the review aloud to the kitchen staff⟧.

⟦q:s1 “He stood by the pass and said, ‘Viktor, have you seen this?’ and then he read every word of it,”⟧ ⟦m:s1 Halloran⟧ ⟦c told⟧ the court. ⟦q:s1 “My pastry chef cried. She had been with me nineteen years.”⟧

⟦m:s3 Fenella Crewe⟧, the barrister representing the newspaper, ⟦c put it to⟧ ⟦m:s1 him⟧ that ⟦i:s3 bookings at the Copper Kettle had been falling for two years before the review appeared⟧.

⟦q:s1 “Falling, yes. Collapsing, no,”⟧ ⟦m:s1 Halloran⟧ ⟦c replied⟧. ⟦q:s1 “There is a difference, and that difference is her article.”⟧

⟦m:s2 Lakshmanan⟧, who has written about restaurants for the paper since 2009, is expected to give evidence later this week. ⟦m:s2 She⟧ has ⟦c said⟧ ⟦i:s2 the review was honest opinion⟧.
"""),

# 2012 elections: straight quotes, organisation, mixed quotes, told a rally
({"s1": ("Electoral Commission", "the commission"),
  "s2": ("Dominika Wrzesniak", "Wrzesniak"),
  "s3": ("Ismail Haddad", "Haddad")},
"""Voters decide on four-day week in tight referendum

Voters in the canton of Oberwald go to the polls on Sunday to decide whether public-sector employers should be required to offer a four-day working week, in a referendum that has split business groups and unions.

⟦m:s1 The Electoral Commission⟧ ⟦c said⟧ ⟦i:s1 more than 210,000 postal ballots had already been returned, a record for a cantonal vote⟧.

⟦m:s2 Dominika Wrzesniak⟧, who leads the Yes campaign, ⟦c said⟧ ⟦x:s2 the turnout showed voters were "hungry for a proper argument about how we work"⟧. ⟦q:s2 "This is not about being lazy. It is about being human,"⟧ ⟦m:s2 she⟧ ⟦c told⟧ a rally in the town square.

⟦m:s3 Ismail Haddad⟧, a spokesman for the No campaign, ⟦c said⟧ ⟦x:s3 the proposal was "a lovely idea with a 90-million-franc bill attached" and would leave hospitals short of staff⟧.

⟦q:s3 "Ask a ward sister how she will cover Fridays,"⟧ ⟦m:s3 Haddad⟧ ⟦c said⟧. ⟦q:s3 "Nobody on the other side has an answer to that question."⟧

Polls close at noon on Sunday. ⟦m:s1 The commission⟧ ⟦c said⟧ ⟦i:s1 a result was expected by early evening⟧.
"""),

# 2013 sport: British quotes, inverted "said Name", interrupted quote with "added", glued role title
({"s1": ("Sinead Mulcahy", "Mulcahy"),
  "s2": ("Jonas Petrakis", "Petrakis")},
"""⟦m:s1 Mulcahy⟧ breaks course record to win Dunmore marathon

⟦m:s1 Sinead Mulcahy⟧ broke the Dunmore marathon course record by 41 seconds on Sunday, crossing the line on the quayside in 2hr 21min 09sec despite a headwind over the final six miles.

⟦q:s1 ‘I didn’t look at my watch once after twenty miles,’⟧ ⟦c said⟧ ⟦m:s1 Mulcahy⟧, a 27-year-old physiotherapist from Carrow who trains before work. ⟦q:s1 ‘If I had, I think I’d have panicked.’⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the record had not been a target at the start⟧. ⟦q:s1 ‘The plan,’⟧ ⟦m:s1 she⟧ ⟦c added⟧, ⟦q:s1 ‘was to sit in the group and not do anything stupid. Then the group disappeared and I was on my own, so I thought, well, keep going.’⟧

Race director ⟦m:s2 Jonas Petrakis⟧ ⟦c said⟧ ⟦i:s2 a record 14,300 runners had finished⟧, and that ⟦i:s2 medical teams had treated about 200 people, mostly for cramp and dehydration⟧.

⟦q:s2 ‘The wind was brutal on the coast road. Everybody who finished today should be very proud of themselves,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The men’s race was won by Tomasz Wrobel in 2hr 09min 55sec, the slowest winning time for a decade.
"""),

# 2014 health: feature "says", organisation via according to, TV title, nested quote
({"s1": ("Grace Ndlovu", "Ndlovu"),
  "s2": ("Provincial Health Authority", "the authority"),
  "s3": ("Teodor Blom", "Blom")},
"""Mobile clinics take measles jabs to remote hill villages

For six weeks, a converted delivery van has been climbing the switchback roads of the Kettle Hills with a fridge full of vaccines in the back.

⟦q:s1 "Some of these families are two hours from the nearest pharmacy,"⟧ ⟦c says⟧ ⟦m:s1 Grace Ndlovu⟧, the nurse who drives it. ⟦q:s1 "You cannot tell them to make an appointment in town and then blame them when they don't."⟧

The van is part of a pilot run by ⟦m:s2 the Provincial Health Authority⟧ after a measles outbreak last spring infected 63 children, most of them unvaccinated.

⟦i:s2 Vaccination rates for the second measles dose in the hill district have risen from 71 percent to 84 percent since the pilot began⟧, ⟦c according to⟧ ⟦m:s2 the authority⟧.

⟦m:s1 Ndlovu⟧, who appeared in the television series "Frontline Shifts" last year, ⟦c says⟧ ⟦i:s1 most parents ⟦m:s1 she⟧ meets are not opposed to vaccines but simply short of time⟧.

⟦q:s1 "People imagine a big argument on every doorstep,"⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 "Mostly it is a tired mother with a baby on her hip saying, 'Oh good, you came.'"⟧

⟦m:s3 Teodor Blom⟧, who heads public health for the province, ⟦c said⟧ ⟦i:s3 two more vans could be on the road next year if funding allowed⟧.
"""),

# 2015 business: lede attributed to a union, role NP with possessive, statement as quasi-speaker, mixed quotes
({"s1": ("Skyvale Airways", "Skyvale", "the airline"),
  "s2": ("Ruth Kasprzak", "Kasprzak", "the union's general secretary"),
  "s3": ("Cabin Crew Union", "their union")},
"""Cabin crew strike set to ground hundreds of Christmas flights

⟦i:s3 Cabin crew at ⟦m:s1 Skyvale Airways⟧ will strike for five days over Christmas after talks on pay broke down⟧, ⟦m:s3 their union⟧ ⟦c announced⟧ on Tuesday, putting about 600 flights and 90,000 passengers at risk.

⟦m:s2 The union's general secretary⟧, ⟦m:s2 Ruth Kasprzak⟧, ⟦c said⟧ ⟦x:s2 crew had been offered “a pay rise that would not cover the rise in their rent” and had voted by 88 percent to walk out⟧.

⟦q:s2 “Nobody takes this decision lightly, least of all at Christmas,”⟧ ⟦m:s2 Kasprzak⟧ ⟦c said⟧. ⟦q:s2 “But our members have been told to be patient for four years. Patience does not pay the gas bill.”⟧

⟦m:s1 Skyvale⟧ ⟦c said⟧ in a statement that ⟦x:s1 the walkout was “deeply regrettable”⟧ and that ⟦x:s1 its offer of 6.5 percent over two years was “fair and affordable”⟧.

⟦q:s1 “We urge the union to return to talks and not to punish families who have saved all year for their holidays,”⟧ the statement ⟦c said⟧.

⟦m:s1 The airline⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 it⟧ would publish a revised schedule by Friday⟧ and that ⟦i:s1 passengers whose flights were cancelled could rebook free of charge or claim a refund⟧.
"""),

# 2016 science: according to with glued descriptor, multi-paragraph quote, pronoun two paragraphs back
({"s1": ("Elin Varga", "Varga"),
  "s2": ("Matteo Okoro", "Okoro")},
"""Ice core reveals eruption that darkened skies 1,800 years ago

⟦i:s1 A 400-metre ice core drilled from the Halvard ice cap holds traces of a volcanic eruption so large that it may have cooled the northern hemisphere for several years in the third century⟧, ⟦c according to⟧ a team led by the glaciologist ⟦m:s1 Elin Varga⟧.

⟦m:s1 Varga⟧, who has spent eleven summers on the ice cap, ⟦c said⟧ ⟦i:s1 the eruption left a layer of sulphate in the ice more than twice as thick as that of any other event in the past two millennia⟧.

⟦q:s1 “When we saw the signal, we thought the instrument was broken,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “We ran it again. We ran it on a second machine. It was real.⟧

⟦q:s1 “What we do not yet know is where the volcano was. The chemistry points to the tropics, but that is a very large place.”⟧

The team's findings, published in the journal Polar Archives, include tiny shards of volcanic glass that could eventually be matched to a particular volcano.

⟦m:s2 Matteo Okoro⟧, a historian at the University of Leverett who studies the late Roman economy, ⟦c said⟧ ⟦i:s2 the date lined up with a run of poor harvests recorded in Egyptian tax documents⟧. ⟦q:s2 “It’s a tantalising match,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Tantalising is not the same as proven, but it gives us somewhere to dig.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the team would return to the ice cap in April to drill a second core a few kilometres to the north⟧.
"""),

# 2017 culture: title of play, quoted headline, nickname, radio programme title, organisation
({"s1": ("Yusuf Delane", "Delane", "the production's director"),
  "s2": ("Clementine Hart", "Hart"),
  "s3": ("Gaiety Playhouse", "the theatre")},
"""Gender-flipped revival of The Miser's Daughter divides critics

A revival of the 18th-century comedy The Miser's Daughter, in which every male role is played by a woman and every female role by a man, opened at ⟦m:s3 the Gaiety Playhouse⟧ on Friday to reviews ranging from rapturous to furious.

⟦m:s1 The production's director⟧, ⟦m:s1 Yusuf Delane⟧, ⟦c said⟧ on Saturday ⟦i:s1 ⟦m:s1 he⟧ had expected the split⟧. ⟦q:s1 “If everyone had liked it, I would have done something wrong,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

The harshest verdict came from ⟦m:s2 Clementine Hart⟧ of the Morning Ledger, whose review ran under the headline “A Joke That Forgets to Be Funny”.

In it, ⟦m:s2 she⟧ ⟦c wrote⟧ that ⟦x:s2 the casting was “a clever idea in search of a reason”⟧ and that ⟦i:s2 the second act dragged badly⟧.

Asked about the review on the radio arts programme “Curtain Call”, ⟦m:s1 Delane⟧ was unrepentant. ⟦q:s1 “Clementine is a fine critic and she is wrong,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “The reason is on the stage every night at half past seven. She is welcome to come back and look for it.”⟧

Online, some theatregoers have taken to calling the production “the Upside-Down Miser”, a nickname ⟦m:s3 the theatre⟧ has now put on its posters.

⟦i:s3 Tickets for the run, which ends on 3 May, are 70 percent sold⟧, ⟦m:s3 the theatre⟧ ⟦c said⟧.
"""),

# 2018 weather: lede with trailing organisation attribution, possessive role NP + name, mixed + added
({"s1": ("Pieter Vaal", "Vaal"),
  "s2": ("Central Water Board", "the board"),
  "s3": ("Nomvula Khoza", "Khoza", "the board's chair")},
"""Drought forces hosepipe ban across three provinces

⟦i:s2 A hosepipe ban will come into force across three provinces from Monday after the driest spring in 70 years left reservoirs at less than a third of capacity⟧, ⟦m:s2 the Central Water Board⟧ ⟦c said⟧ on Thursday.

⟦m:s3 The board's chair⟧, ⟦m:s3 Nomvula Khoza⟧, ⟦c said⟧ ⟦x:s3 the ban would last “at least until the autumn rains”⟧, and ⟦c added⟧ that ⟦i:s3 repeat offenders would face fines of up to 1,000 crowns⟧.

⟦q:s3 “We are not trying to punish anybody for watering a tomato plant,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “We are trying to make sure there is water in the taps in September.”⟧

For farmers, the ban is the least of their worries. On his 300-hectare maize farm near Vlakte, ⟦m:s1 Pieter Vaal⟧ pointed to a dam that is now a cracked plate of mud.

⟦q:s1 “My father farmed here for 40 years and never saw it this low. I have seen it this low three times in ten years,”⟧ ⟦m:s1 Vaal⟧ ⟦c said⟧. ⟦q:s1 “Somebody must tell me how that is just bad luck.”⟧

⟦m:s1 He⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ had sold a third of his cattle in October because ⟦m:s1 he⟧ could no longer afford to truck in feed⟧.

⟦m:s2 The board⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ would review the restrictions every month⟧.
"""),

# 2019 crime: according to with role + name, fully quoted continuation paragraphs for two speakers
({"s1": ("Aurelio Santangelo", "Santangelo", "the prosecutor"),
  "s2": ("Doreen Abernethy", "Abernethy")},
"""Call-centre fraud gang jailed for 'grandchild' scam

Four men who ran a call centre that tricked elderly people into sending money to fake grandchildren were jailed on Wednesday for a total of 31 years.

⟦i:s1 The men, working from a rented office above a carpet shop in Northfield, telephoned more than 2,000 pensioners, posing as grandsons who had been arrested abroad or injured in car crashes⟧, ⟦c according to⟧ ⟦m:s1 the prosecutor⟧, ⟦m:s1 Aurelio Santangelo⟧.

⟦q:s1 “They had scripts. They had a whiteboard with targets on it. They rang a bell when someone paid,”⟧ ⟦m:s1 Santangelo⟧ ⟦c told⟧ the court during the two-week trial.

⟦q:s1 “This was not a few young men who made a foolish mistake. It was a business, and the product was fear.”⟧

Among the victims was ⟦m:s2 Doreen Abernethy⟧, 84, who handed 9,000 pounds in cash to a courier after a phone call from a man pretending to be her grandson.

⟦q:s2 “He had Daniel’s voice. I would have sworn on anything,”⟧ ⟦m:s2 Abernethy⟧ ⟦c said⟧ outside court. ⟦q:s2 “I don’t sleep properly now. Every time the phone rings, my heart goes.”⟧

⟦q:s2 “I’m not angry with myself any more. I was at first. Now I just want other people to know it can happen to anyone.”⟧

The four men, aged between 23 and 35, were each sentenced to between six and nine years.
"""),

# 2020 education: British quotes, role + name, according to a letter with role + glued title, colon-introduced quote
({"s1": ("Amaru Quispe", "Quispe", "the president of the students’ union"),
  "s2": ("Harriet Lowndes", "Lowndes", "the vice-chancellor")},
"""Students occupy library over tuition fee rise at Kingsbridge

About 150 students occupied the main library at Kingsbridge University on Tuesday night in protest at a plan to raise tuition fees for international students by 18 per cent.

⟦m:s1 The president of the students’ union⟧, ⟦m:s1 Amaru Quispe⟧, ⟦c said⟧ ⟦i:s1 the occupation would continue until the university agreed to freeze fees for students already enrolled⟧.

⟦q:s1 ‘Nobody is damaging anything. People are reading, actually. It’s a library,’⟧ ⟦m:s1 Quispe⟧ ⟦c said⟧ by phone from inside the building.

⟦i:s2 The increase was needed to cover a 12 million-pound shortfall caused by rising energy costs and a freeze in government funding⟧, ⟦c according to⟧ a letter sent to staff on Monday by ⟦m:s2 the vice-chancellor⟧, Professor ⟦m:s2 Harriet Lowndes⟧.

In the letter, ⟦m:s2 Lowndes⟧ ⟦c wrote⟧: ⟦q:s2 ‘I understand the anger. I do not enjoy asking more of students who already give a great deal. But the alternative is cutting courses, and that would harm everyone.’⟧

⟦m:s1 Quispe⟧, who is in the third year of an engineering degree, ⟦c said⟧ ⟦x:s1 the letter was ‘polite, but it says nothing’⟧.

The university’s governing council meets on 2 March.
"""),

# 2021 local politics: lede attributed to glued title, "the mayor" anaphor, long appositive
({"s1": ("Beatriz Solano", "Solano", "the mayor"),
  "s2": ("Gunnar Aaltonen", "Aaltonen")},
"""Ferry Street bridge to be rebuilt after inspection finds deep cracks

⟦i:s1 The Ferry Street bridge in Carrowmore will be demolished and rebuilt after an inspection found cracks up to 40 centimetres deep in two of its supporting piers⟧, Mayor ⟦m:s1 Beatriz Solano⟧ ⟦c announced⟧ on Wednesday.

The 1958 bridge, which carries about 22,000 vehicles a day across the River Carrow, has been closed to lorries since August. ⟦m:s1 Solano⟧ ⟦c said⟧ ⟦i:s1 a replacement would open by 2029⟧ and that ⟦i:s1 a temporary footbridge would be in place by the spring⟧.

⟦q:s1 “I know what this means for people who cross that bridge twice a day to get to work,”⟧ ⟦m:s1 the mayor⟧ ⟦c said⟧. ⟦q:s1 “I am not going to pretend it will be painless. But I am not going to keep open a bridge that my engineers tell me is unsafe.”⟧

⟦m:s2 Gunnar Aaltonen⟧, the structural engineer who led the inspection and who has advised on bridge projects in six countries over a 30-year career, ⟦c said⟧ ⟦i:s2 the damage had been caused by water seeping into the concrete and corroding the steel inside⟧.

⟦q:s2 “From the road, it looks fine. That is the problem with concrete — it hides its illnesses until they are very advanced,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Shops on the north bank are bracing for a difficult few years. ⟦m:s1 Solano⟧ ⟦c said⟧ ⟦i:s1 the council would consider cutting business rates for premises near the bridge⟧.
"""),

# 2022 sport: lede attribution to organisation containing a mention, nickname, fully quoted continuation, role NP with possessive pronoun
({"s1": ("Luca Ferrandini", "Ferrandini"),
  "s2": ("Cycling Integrity Unit", "the unit"),
  "s3": ("Maren Stoltz", "Stoltz", "his lawyer")},
"""⟦m:s1 Ferrandini⟧ banned for four years after failed test

⟦i:s2 The Italian rider ⟦m:s1 Luca Ferrandini⟧, who finished third in last year's Tour of Valtorre, has been banned for four years after testing positive for a blood-boosting drug⟧, ⟦m:s2 the Cycling Integrity Unit⟧ ⟦c said⟧ on Thursday.

⟦i:s2 A sample taken from ⟦m:s1 Ferrandini⟧ during an out-of-competition test in March contained traces of the substance⟧, ⟦c according to⟧ ⟦m:s2 the unit⟧.

⟦m:s1 Ferrandini⟧, 28, who is known in the peloton as "il Gatto" for the way he climbs, has denied wrongdoing.

⟦q:s1 "I have never taken anything. Not once, not ever,"⟧ ⟦m:s1 he⟧ ⟦c said⟧ in a video posted on social media.

⟦q:s1 "I will prove it, and I will be back on my bike, and the people who wrote me off will have to explain themselves."⟧

⟦m:s3 His lawyer⟧, ⟦m:s3 Maren Stoltz⟧, ⟦c said⟧ ⟦i:s3 they would appeal to the sport's arbitration court⟧.

⟦q:s3 "The testing laboratory made at least two procedural errors,"⟧ ⟦m:s3 Stoltz⟧ ⟦c said⟧. ⟦q:s3 "We are confident the ban will not survive scrutiny."⟧
"""),

# 2023 business: organisation in headline, role NP + name with "wrote", mixed quote, long appositive
({"s1": ("Arjun Sethi", "Sethi", "the company's co-founder and chief executive"),
  "s2": ("Claire Bouchard", "Bouchard"),
  "s3": ("Lumen Mapping", "the company")},
"""⟦m:s3 Lumen Mapping⟧ cuts a third of staff as investors pull back

⟦m:s3 Lumen Mapping⟧, the drone-surveying start-up that was valued at 1.2 billion dollars two years ago, is cutting 140 jobs, about a third of its workforce.

In an email to staff on Tuesday, ⟦m:s1 the company's co-founder and chief executive⟧, ⟦m:s1 Arjun Sethi⟧, ⟦c wrote⟧ that ⟦x:s1 ⟦m:s1 he⟧ took “full responsibility” for hiring too quickly⟧.

⟦q:s1 “We built a company for a world in which money was cheap and patient. That world has gone, and I was too slow to accept it,”⟧ ⟦m:s1 Sethi⟧ ⟦c wrote⟧.

Staff who are leaving will receive four months' pay and keep their company laptops.

⟦m:s2 Claire Bouchard⟧, a software engineer who joined in 2022 and learnt on Tuesday morning that her role had been cut, ⟦c said⟧ ⟦i:s2 the package was better than many in the industry⟧. ⟦q:s2 “It’s fair, I suppose,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “But it stings when you’ve been told all year that your team is the future of the company.”⟧

⟦m:s3 The company⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ had enough cash to operate until at least 2028 and was not looking for a buyer⟧.
"""),

# 2024 health: name as agent of "led by", organisation role NP + name, mixed quote, regulator
({"s1": ("Yasmin Farouk", "Farouk"),
  "s2": ("Medicines and Devices Agency", "the agency"),
  "s3": ("Somnia Health", "the app's maker")},
"""Popular sleep app no better than a leaflet, trial finds

A smartphone app used by more than two million people to treat insomnia performed no better than a printed leaflet of sleep advice in a six-month trial whose results were published on Tuesday.

The trial, led by ⟦m:s1 Yasmin Farouk⟧, a clinical psychologist at Eastbrook University, followed 1,100 adults with chronic insomnia.

⟦q:s1 “People assume that because something is on their phone, it must be more advanced than a piece of paper,”⟧ ⟦m:s1 Farouk⟧ ⟦c said⟧. ⟦q:s1 “In this case, the paper did just as well, and it cost about four pence.”⟧

⟦m:s3 The app's maker⟧, ⟦m:s3 Somnia Health⟧, ⟦c said⟧ ⟦i:s3 the trial had tested an older version of the app⟧ and that ⟦x:s3 its own data showed “meaningful improvements” for most users⟧.

⟦m:s2 The Medicines and Devices Agency⟧, which approved the app for use by family doctors, ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ would review the findings but had no immediate plans to withdraw its approval⟧.

⟦m:s1 Farouk⟧ ⟦c said⟧ ⟦i:s1 the result did not mean digital treatments were useless⟧. ⟦q:s1 “It means they should be tested as rigorously as a drug would be, before doctors start prescribing them,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 2025 science: compound lede attributed to organisation, told + that, interrupted quote, new speaker quote-first
({"s1": ("Department of Civil Protection", "the department"),
  "s2": ("Tomas Ekwueme", "Ekwueme"),
  "s3": ("Agata Rinaldi", "Rinaldi")},
"""Monte Sarra shows signs of unrest as ground rises

⟦i:s1 The ground beneath Monte Sarra has risen by 11 centimetres since January, and the number of small earthquakes under the volcano has tripled⟧, ⟦m:s1 the Department of Civil Protection⟧ ⟦c said⟧ on Sunday.

⟦m:s1 The department⟧ raised the alert level from green to yellow and ⟦c told⟧ residents of seven villages on the mountain's eastern flank that ⟦i:s1 they should keep bags of essentials packed in case an evacuation was ordered⟧.

⟦q:s2 “Yellow does not mean an eruption is coming,”⟧ ⟦c said⟧ ⟦m:s2 Tomas Ekwueme⟧, a volcanologist who has monitored Monte Sarra since 2011. ⟦q:s2 “It means the volcano is doing something it was not doing last year, and we want people to be ready rather than surprised.”⟧

The last eruption, in 1944, destroyed two villages and killed 26 people.

⟦q:s2 “The magma is moving,”⟧ ⟦m:s2 Ekwueme⟧ ⟦c said⟧, ⟦q:s2 “but magma moves under many volcanoes for years without coming out. The question is speed, and for now the speed is modest.”⟧

In Vallone, the largest of the seven villages, the mood on Sunday was calm. ⟦q:s3 “My grandmother kept a suitcase by the door for forty years,”⟧ ⟦c said⟧ ⟦m:s3 Agata Rinaldi⟧, who runs the bakery on the village square. ⟦q:s3 “Maybe now I will go and find it in the attic.”⟧
"""),

# 2026 culture: lede attributed to a role NP named later, nickname, straight quotes, "added" after reported clause
({"s1": ("Felix Adeyinka", "Adeyinka", "its director"),
  "s2": ("Jasper Quill", "Quill", "their frontman")},
"""Greenhithe festival cancelled days before opening after flood

⟦i:s1 The Greenhithe music festival, which was due to open on Thursday on farmland beside the River Lode, has been cancelled after heavy rain flooded the site⟧, ⟦m:s1 its director⟧ ⟦c said⟧ on Monday.

⟦m:s1 Felix Adeyinka⟧, who founded the festival in a friend's back garden in 2009, ⟦c said⟧ ⟦i:s1 parts of the main arena were under half a metre of water⟧ and ⟦i:s1 the ground would not dry out in time⟧.

⟦q:s1 "We looked at every option. We looked at moving stages, at laying track, at shrinking it to one day,"⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 "In the end you cannot put 30,000 people in a swamp and call it a festival."⟧

⟦i:s1 Ticket holders will receive full refunds within 14 days⟧, ⟦m:s1 he⟧ ⟦c added⟧.

The headliners were to have been the Quill Brothers. ⟦m:s2 Their frontman⟧, ⟦m:s2 Jasper Quill⟧, known to fans as "the Duke" for his velvet suits, posted a video from the band's tour bus on Monday evening.

⟦q:s2 "Gutted doesn't cover it,"⟧ ⟦m:s2 Quill⟧ ⟦c said⟧ in the video. ⟦q:s2 "We'll come back next year and play twice as long. Bring wellies."⟧

⟦m:s1 Adeyinka⟧ ⟦c said⟧ ⟦i:s1 the cancellation would cost about 2 million pounds, much of it covered by insurance⟧.
"""),

# 2027 weather: role NP + glued title + name, quoted headline, pronoun whose antecedent is three paragraphs back
({"s1": ("Ines Cardoso", "Cardoso", "the city's chief medical officer"),
  "s2": ("Arturo Benedetti", "Benedetti")},
"""Cooling centres open as heatwave grips Varendal

The city of Varendal opened 14 cooling centres in libraries and sports halls on Tuesday as temperatures reached 41C for the third day running, the highest ever recorded there in June.

⟦m:s1 The city's chief medical officer⟧, Dr ⟦m:s1 Ines Cardoso⟧, ⟦c said⟧ ⟦i:s1 hospital admissions for heat-related illness had doubled since the weekend, mostly among people over 75⟧.

⟦q:s1 “The people most at risk are the ones least likely to ask for help,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “If you have an elderly neighbour who lives alone, knock on the door. Today, not tomorrow.”⟧

At a cooling centre in the old fish market, ⟦m:s2 Arturo Benedetti⟧, 88, sat beneath a ceiling fan with a newspaper whose front page read “Furnace City”.

⟦q:s2 “My flat is on the top floor, under the roof. At night it is like sleeping in a bread oven,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Here there is air, and there are people to talk to. Both are good for an old man.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the centres would stay open until 10 p.m. for as long as the heat lasted⟧. Cooler air is forecast to arrive on Saturday.
"""),

# 2028 courts: mixed quote in sentencing, continuation paragraph naming the other speaker inside the quote, victim statement across two paragraphs
({"s1": ("Eleanor Whitcombe", "Whitcombe", "the judge"),
  "s2": ("Maureen Kilbride", "his mother")},
"""Driver who killed cyclist while on phone jailed for seven years

A delivery driver who was scrolling through videos on his phone when he struck and killed a cyclist on the Marsh Road was jailed for seven years on Friday.

Sentencing Darren Platt, 34, at Kingsford Crown Court, Judge ⟦m:s1 Eleanor Whitcombe⟧ ⟦c said⟧ ⟦x:s1 he had made “a choice, not a mistake” when he picked up the phone⟧.

⟦q:s1 “You looked at that screen for eleven seconds. In eleven seconds, at the speed you were travelling, you covered more than 200 metres,”⟧ ⟦m:s1 the judge⟧ ⟦c told⟧ him.

⟦q:s1 “Mrs Kilbride’s son was in front of you for all of that distance, wearing a bright yellow jacket, with his lights on.”⟧

The cyclist, Owen Kilbride, 23, was a trainee teacher. In a statement read to the court, ⟦m:s2 his mother⟧, ⟦m:s2 Maureen Kilbride⟧, ⟦c said⟧: ⟦q:s2 “Owen rang me every Sunday evening at six. I still sit by the phone at six.⟧

⟦q:s2 “People tell me that time will help. Perhaps it will. But I do not want to be helped into forgetting the sound of his voice.”⟧

Outside court, ⟦m:s2 Maureen Kilbride⟧ ⟦c said⟧ ⟦x:s2 the sentence was “as much as the law allows, and nowhere near enough”⟧.
"""),

# 2029 education: according to figures (organisation), inverted cue with role + name, very long appositive after inverted cue
({"s1": ("Tobias Renner", "Renner", "the education minister"),
  "s2": ("Lucy Ababio", "Ababio"),
  "s3": ("Education Ministry", "the ministry")},
"""Reading scores rise for second year after phonics push

⟦i:s3 The share of eight-year-olds reading at the expected level rose to 78 percent this year, up from 71 percent two years ago⟧, ⟦c according to⟧ figures published on Wednesday by ⟦m:s3 the Education Ministry⟧.

⟦q:s1 “These are not abstract numbers. Every point is thousands of children who can now read a bus timetable, a medicine label, a story at bedtime,”⟧ ⟦c said⟧ ⟦m:s1 the education minister⟧, ⟦m:s1 Tobias Renner⟧, on a visit to a primary school in Holmwood.

⟦m:s1 Renner⟧ ⟦c said⟧ ⟦i:s1 the improvement was largely due to a programme, introduced in 2024, that trains teachers in systematic phonics and gives every school a reading coach⟧.

⟦q:s2 “The coach changed how I teach,”⟧ ⟦c said⟧ ⟦m:s2 Lucy Ababio⟧, who has taught at Holmwood Primary for 19 years, spent four of them as deputy head and last year became one of the programme's first coaches. ⟦q:s2 “I thought I knew how to teach reading. I knew how to teach the children who were going to learn anyway.”⟧

⟦m:s2 Ababio⟧ ⟦c said⟧ ⟦i:s2 the scheme's weakness was that it stopped at age eight⟧.

⟦q:s2 “We get them reading, and then at nine they hit long words in science and history and nobody is coaching that,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 The ministry⟧ ⟦c said⟧ ⟦i:s3 a pilot for older pupils would begin in 40 schools in September⟧.
"""),

# 2030 environment: lede with trailing organisation attribution, straight quotes, descriptive appositives
({"s1": ("Joint Fisheries Council", "the council"),
  "s2": ("Eoin Dunleavy", "Dunleavy"),
  "s3": ("Henrike Vos", "Vos")},
"""Cod quota cut by a quarter as stocks fall

⟦i:s1 Fishing fleets in the Skarrow Sea will be allowed to land 24 percent less cod next year⟧, ⟦m:s1 the Joint Fisheries Council⟧ ⟦c said⟧ on Tuesday, after a survey found stocks at their lowest level in 15 years.

⟦m:s3 Henrike Vos⟧, the fisheries scientist who led the survey, ⟦c said⟧ ⟦i:s3 young cod were not surviving long enough to breed, probably because of warmer water⟧.

⟦q:s3 "We are not seeing a collapse. We are seeing a warning light, and it has been flashing for a while,"⟧ ⟦m:s3 she⟧ ⟦c said⟧.

In the harbour at Kilbraid, ⟦m:s2 Eoin Dunleavy⟧, who skippers a 20-metre trawler with his two sons, ⟦c said⟧ ⟦i:s2 the cut would put some boats out of business by the spring⟧.

⟦q:s2 "The scientists count fish from a research ship twice a year. I'm out there every week,"⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 "I'm not saying they're wrong. I'm saying nobody asks us."⟧

⟦m:s1 The council⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 it⟧ would set up a compensation fund of 30 million euros for affected crews and would invite fishing organisations to sit on an advisory panel⟧.
"""),

# 2031 transport: organisation in headline, statement quote, quoted headline, role + name, nested reported speech
({"s1": ("Westlink Rail", "Westlink", "the operator", "the company"),
  "s2": ("Farida Haidari", "Haidari"),
  "s3": ("Simon Tredwell", "Tredwell", "the transport secretary")},
"""⟦m:s1 Westlink⟧ apologises after month of cancellations on commuter line

⟦m:s1 Westlink Rail⟧ apologised on Monday for a month of cancellations on the Valley Line, where nearly one in five trains did not run in October.

⟦i:s1 The disruption was caused by a shortage of drivers and by faults on a new fleet of trains delivered in the summer⟧, ⟦c according to⟧ ⟦m:s1 the operator⟧.

⟦q:s1 "We have let our passengers down, and we are sorry,"⟧ ⟦m:s1 the company⟧ ⟦c said⟧ in a statement.

The apology did little to soothe commuters. Last week the Valley Gazette ran a front page headlined "The Line That Never Comes", listing every cancelled train.

⟦m:s2 Farida Haidari⟧, a pharmacist who travels from Bryn Coed to the city each day, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had been late for work eleven times in October⟧.

⟦q:s2 "My manager has been very kind about it. But kindness runs out,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 The transport secretary⟧, ⟦m:s3 Simon Tredwell⟧, ⟦c said⟧ ⟦x:s3 ⟦m:s3 he⟧ had summoned rail executives and told them the service was "simply not acceptable"⟧.

⟦m:s1 Westlink⟧ ⟦c said⟧ ⟦i:s1 a full timetable would be restored by mid-December⟧.
"""),

# 2032 obituary: name in headline, book title, scare quotes, continuation paragraph, remembered interview quote
({"s1": ("Augustin Fairweather", "Fairweather"),
  "s2": ("Lola Brennan", "Brennan"),
  "s3": ("Theo Marchand", "Marchand")},
"""⟦m:s1 Augustin Fairweather⟧, chef who championed forgotten vegetables, dies at 79

⟦m:s1 Augustin Fairweather⟧, the chef whose restaurant in a converted railway signal box became a place of pilgrimage for cooks across Europe, has died at the age of 79. ⟦m:s1 He⟧ died at home in Marlow Bridge on Saturday after a short illness.

⟦m:s1 Fairweather⟧ opened the Signal Box in 1979 with a menu built around vegetables that farmers had stopped growing: skirret, salsify, purple carrots and a dozen kinds of bean. His book “Roots and Relics”, published in 1994, sold more than a million copies.

⟦q:s2 “He taught a whole generation that a carrot could be the most important thing on the plate,”⟧ ⟦c said⟧ ⟦m:s2 Lola Brennan⟧, who worked in his kitchen for eight years before opening her own restaurant in Galway.

⟦q:s2 “He was also the most frightening man I have ever worked for. Both things were true, and he would have laughed at anyone who pretended otherwise.”⟧

⟦m:s3 Theo Marchand⟧, who took over the Signal Box when ⟦m:s1 Fairweather⟧ retired in 2012, ⟦c said⟧ ⟦i:s3 the restaurant would close for a week as a mark of respect⟧.

⟦m:s1 Fairweather⟧ was famously dismissive of the “celebrity chef” label. ⟦m:s1 He⟧ once ⟦c told⟧ this newspaper that ⟦i:s1 ⟦m:s1 he⟧ would rather be remembered by a farmer than by a food critic⟧.

⟦q:s1 “Nobody ever wrote a song about a celebrity. They write songs about ploughmen,”⟧ ⟦m:s1 he⟧ ⟦c said⟧ in that 2015 interview. ⟦m:s1 He⟧ is survived by his wife, Imelda, and two daughters.
"""),

]

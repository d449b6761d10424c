"""Fourth unseen batch (UNSEEN4): written without reading the engine's rules,
frozen on 2026-12-07; never to be edited to suit the engine. All people,
organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py. The
annotation conventions are those of UNSEEN2 (passages7.py) and UNSEEN3
(passages9.py):
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
Added explicitly for this batch:
  * a quotation after a speech verb that is a whole sentence of the speaker's
    words is a direct quote even when it starts in lower case ("She says
    “the plan is dead.”"); a quoted fragment woven into the writer's own
    sentence is a mixed quote (⟦x:…⟧ spanning the reported clause).
"""

UNSEEN4 = [

# 4001 courts: according-to ruling, long appositive after inverted cue, interrupted quote, statement
({"s1": ("Marisol Echeverría", "Echeverría", "the judge"),
  "s2": ("Duncan Achebe-Lowe", "Achebe-Lowe"),
  "s3": ("Dagny Rasmussen", "Rasmussen"),
  "s4": ("Beltane Estates", "Beltane", "the landlord")},
"""Court rules landlord's 'amenity charge' on Alder Court flats unlawful

Tenants in 64 flats at Alder Court in the city of Brennock are owed an average of 2,300 pounds each after a court ruled on Thursday that a so-called “amenity charge” added to their rent by ⟦m:s4 Beltane Estates⟧ was unlawful.

⟦i:s1 The charge, introduced in 2023 to pay for a gym and a roof garden that were never built, amounted to a disguised rent increase⟧, ⟦c according to⟧ the ruling by Judge ⟦m:s1 Marisol Echeverría⟧ at Brennock County Court.

⟦q:s1 “A landlord cannot charge for a roof garden that exists only in a brochure,”⟧ ⟦m:s1 the judge⟧ ⟦c wrote⟧. ⟦q:s1 “Calling a rent rise by another name does not change what it is.”⟧

⟦q:s3 “This is the first time a court here has looked behind the label and asked what tenants were actually paying for,”⟧ ⟦c said⟧ ⟦m:s3 Dagny Rasmussen⟧, policy director at the Fair Rent Project, a charity that supported the tenants and has campaigned for a decade against hidden fees in the private rented sector.

⟦m:s2 Duncan Achebe-Lowe⟧, a 43-year-old bus driver who brought the case with three of his neighbours, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had paid the charge for almost three years without ever being told what it was for⟧.

⟦q:s2 “Every month I asked,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, ⟦q:s2 “and every month they told me the gym was coming. I stopped believing it around the time they put a vending machine in the bin store.”⟧

⟦m:s4 Beltane Estates⟧ ⟦c said⟧ in a statement that ⟦i:s4 ⟦m:s4 it⟧ was considering an appeal⟧. ⟦q:s4 “We respect the court’s decision but believe the charge was clearly set out in every tenancy agreement,”⟧ the statement ⟦c said⟧.
"""),

# 4002 local politics: council lede, role before name + told reporters, colon-less lead-in with lower-case quote, says + lower-case quote, mixed
({"s1": ("Kenji Sato", "Sato", "the opposition leader"),
  "s2": ("Aurelia Vantongeren", "Vantongeren", "the mayor"),
  "s3": ("Hamid Qureshi", "Qureshi"),
  "s4": ("Port Ellery City Council", "the city council", "the council")},
"""Tram extension delayed again as costs climb in Port Ellery

⟦i:s4 The long-promised tram extension to the eastern suburbs of Port Ellery will not open until 2031, three years later than planned⟧, ⟦m:s4 the city council⟧ ⟦c confirmed⟧ on Tuesday, after the projected cost of the line rose to 412 million euros.

⟦m:s1 The opposition leader⟧, ⟦m:s1 Kenji Sato⟧, ⟦c told⟧ reporters outside the council chamber that ⟦x:s1 the delay was “a monument to wishful thinking”⟧ and that ⟦i:s1 ⟦m:s2 the mayor⟧ should publish the engineering reports in full⟧.

⟦q:s1 “Every year we are told the trams are just around the corner. The only thing that arrives on time is the bill,”⟧ ⟦m:s1 Sato⟧ ⟦c said⟧.

Asked about the delay at a press conference, ⟦m:s2 the mayor⟧, ⟦m:s2 Aurelia Vantongeren⟧, ⟦c said⟧ ⟦q:s2 “the ground under Harbour Road turned out to be softer than anyone’s drawings showed, and I would rather be late than build something that sinks.”⟧

Asked whether the project could go over budget again, ⟦m:s2 she⟧ ⟦c said⟧ ⟦i:s2 the new estimate included a contingency of 40 million euros⟧. ⟦q:s2 “We have learnt from the first phase. Nobody wants to repeat it,”⟧ ⟦m:s2 she⟧ ⟦c added⟧.

⟦m:s3 Hamid Qureshi⟧, who owns a hardware shop on Harbour Road that has had barriers outside it for 18 months, ⟦c says⟧ ⟦q:s3 “some weeks I sell more to the construction workers than to my regular customers.”⟧ ⟦m:s3 He⟧ ⟦c says⟧ ⟦x:s3 ⟦m:s3 he⟧ has stopped “believing in dates”⟧.
"""),

# 4003 health: two women, "she" resolved by the story two paragraphs on, ministry statement with mixed quote
({"s1": ("Ngozi Adeyemi-Clarke", "Adeyemi-Clarke", "the ward manager"),
  "s2": ("Ruth Halvorsen", "Halvorsen"),
  "s3": ("Ministry of Health", "the ministry")},
"""Hospital closes stroke beds as nurses leave for private clinics

St Columba's Hospital in Garrowby has closed eight of the 28 beds on its stroke unit because it cannot find enough nurses to staff them.

⟦m:s1 The ward manager⟧, ⟦m:s1 Ngozi Adeyemi-Clarke⟧, ⟦c said⟧ ⟦i:s1 eleven nurses had left the unit since January, most of them for private clinics offering higher pay and no night shifts⟧.

⟦q:s1 “I don’t blame a single one of them,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “I blame a system that trains a nurse for three years and then lets her walk out of the door for the sake of 4,000 pounds.”⟧

⟦m:s2 Ruth Halvorsen⟧, a retired teacher from Kilnsey, waited with her 81-year-old father for 19 hours in the emergency department after he had a stroke in March.

⟦q:s2 “He lay on a trolley in a corridor, and every nurse who walked past apologised to him,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “It wasn’t their fault. You could see they were running.”⟧

On the ward, the gaps are now filled by agency staff and by nurses working extra shifts. ⟦q:s1 “My team are tired in a way that a weekend off doesn’t fix,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s3 The Ministry of Health⟧ ⟦c said⟧ in a statement that ⟦i:s3 ⟦m:s3 it⟧ was recruiting 3,000 nurses from abroad this year⟧ and that ⟦x:s3 staffing at St Columba's was “a matter for local managers”⟧.
"""),

# 4004 sport: British single quotes, nickname, descriptive anaphor inside indirect content, interrupted quote
({"s1": ("Eamon Farquharson", "Farquharson", "the Harriers manager"),
  "s2": ("Kwabena Osei-Bonsu", "Osei-Bonsu", "the teenager"),
  "s3": ("Declan Murtagh", "Murtagh")},
"""Teenager’s late winner keeps Ballymore Harriers in title race

Ballymore Harriers kept their title hopes alive on Saturday when ⟦m:s2 Kwabena Osei-Bonsu⟧, a 19-year-old substitute known around the club as ‘the Kid’, scored in the 94th minute to beat Drumcliffe Town 2-1.

⟦q:s2 ‘I just closed my eyes and hit it,’⟧ ⟦c said⟧ ⟦m:s2 Osei-Bonsu⟧, who was on the pitch for less than ten minutes. ⟦q:s2 ‘When I opened them the whole stand was jumping. I still don’t really know where it went in.’⟧

⟦m:s1 The Harriers manager⟧, ⟦m:s1 Eamon Farquharson⟧, ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ had almost left ⟦m:s2 the teenager⟧ out of the squad because of a sore ankle⟧.

⟦q:s1 ‘Thank God for the physio. He’s been knocking on my door all season, and today he kicked it down,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Drumcliffe had led through a header from their captain, ⟦m:s3 Declan Murtagh⟧, just before half-time.

⟦q:s3 ‘We defended for our lives for 40 minutes,’⟧ ⟦m:s3 Murtagh⟧ ⟦c said⟧, ⟦q:s3 ‘and then we switched off for one second. That’s football, and it’s horrible.’⟧

Harriers are two points behind the leaders, Carrowmore Celtic, with three games left.
"""),

# 4005 business: straight quotes, feature present tense, "says" + lower-case quote, possessive role NP + name, according to
({"s1": ("Ifeoma Okafor", "Okafor"),
  "s2": ("Lars-Erik Thune", "Thune", "Nordhaven Bank's chief economist"),
  "s3": ("National Statistics Office", "the office")},
"""Small bakeries close at fastest rate in a decade as energy bills bite

⟦i:s3 More than 1,100 independent bakeries closed in the past year, the highest number since 2014⟧, ⟦c according to⟧ figures published on Monday by ⟦m:s3 the National Statistics Office⟧.

In the market town of Wexmoor, ⟦m:s1 Ifeoma Okafor⟧ has been lighting her ovens at four o'clock every morning for 22 years. ⟦m:s1 She⟧ ⟦c says⟧ ⟦q:s1 "they now cost more to run than I pay myself."⟧

⟦q:s1 "Flour went up, then butter went up, then the electricity doubled,"⟧ ⟦m:s1 Okafor⟧ ⟦c says⟧. ⟦q:s1 "I put my prices up twice and lost customers twice. There is no third time."⟧

⟦m:s1 She⟧ ⟦c says⟧ ⟦x:s1 ⟦m:s1 she⟧ will close the shop at Easter unless "something changes, and I don't know what that something is"⟧.

⟦m:s2 Nordhaven Bank's chief economist⟧, ⟦m:s2 Lars-Erik Thune⟧, ⟦c says⟧ ⟦i:s2 bakeries have been hit harder than most small businesses because their ovens run for so many hours a day⟧.

⟦q:s2 "A hairdresser can turn the heating down. A baker can't turn the oven down. It's that simple and that brutal,"⟧ ⟦m:s2 he⟧ ⟦c says⟧.

⟦m:s3 The office⟧ ⟦c said⟧ ⟦i:s3 closures had been highest in rural areas⟧.
"""),

# 4006 weather: emoji in an organisation's post, mixed quote, colon-less lead-in with lower-case quote, role + name
({"s1": ("Meteorological Institute", "the institute"),
  "s2": ("Rangi Te Whata", "Te Whata"),
  "s3": ("Carrowdale District Council", "the council"),
  "s4": ("Bethan Llewelyn-Price", "Llewelyn-Price", "the council's emergency planning officer")},
"""Flash floods cut off villages as a month's rain falls in a day

⟦i:s1 More than 110 millimetres of rain fell on the Carrowdale hills in 24 hours on Sunday, more than the area normally receives in a month⟧, ⟦c according to⟧ ⟦m:s1 the Meteorological Institute⟧.

Roads into four villages were closed by Monday morning. ⟦m:s3 Carrowdale District Council⟧ ⟦c posted⟧ on social media shortly after 6 a.m.: ⟦q:s3 “🚫 Valley Road CLOSED at Ashgill bridge. Please do not drive through flood water 🌊 it is deeper than it looks.”⟧

⟦m:s2 Rangi Te Whata⟧, who runs the post office and shop in Ashgill, ⟦c said⟧ ⟦x:s2 the river had risen “faster than I have ever seen it, and I was born here”⟧.

⟦q:s2 “We had water in the shop by seven. By eight it was over the counter,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “The tins are fine. Everything else is soup.”⟧

Asked whether the village's flood defences had failed, ⟦m:s4 the council's emergency planning officer⟧, ⟦m:s4 Bethan Llewelyn-Price⟧, ⟦c said⟧ ⟦q:s4 “they did exactly what they were designed to do. They were designed for a storm we used to see once a century.”⟧

⟦m:s1 The institute⟧ ⟦c said⟧ ⟦i:s1 further heavy showers were expected on Tuesday⟧ but that ⟦i:s1 the worst of the rain had passed⟧.
"""),

# 4007 science: Søren, journal title, nickname, three-paragraph quote, mixed quote, new speaker
({"s1": ("Søren Kjærgaard", "Kjærgaard"),
  "s2": ("Adaeze Umeh", "Umeh")},
"""Deep-sea survey finds 'living carpet' of sponges off Halvøy ridge

A research ship mapping the seabed off the Halvøy ridge has found a field of glass sponges covering about 60 square kilometres, one of the largest ever recorded. The crew has nicknamed the site “the Meadow”.

The survey was led by ⟦m:s1 Søren Kjærgaard⟧, a marine biologist at the University of Nordvik, whose team describes the find this week in the journal Abyssal Ecology.

⟦q:s1 “When the camera came down through the dark and the sponges appeared, the whole control room went quiet,”⟧ ⟦m:s1 Kjærgaard⟧ ⟦c said⟧. ⟦q:s1 “We kept waiting for the edge of it, and the edge did not come.⟧

⟦q:s1 “Some of these animals may be several thousand years old. They grow a few millimetres a year and filter enormous volumes of water, so they matter for the whole food web on the ridge.⟧

⟦q:s1 “A single pass of a bottom trawl would undo all of that in an afternoon.”⟧

⟦m:s1 He⟧ ⟦c said⟧ ⟦i:s1 the team would ask the government to close the area to trawling⟧.

⟦m:s2 Adaeze Umeh⟧, a deep-sea ecologist who was not involved in the study, ⟦c said⟧ ⟦x:s2 the find was “genuinely remarkable”⟧. ⟦q:s2 “We tend to think the deep sea is empty. It is not empty, we just have not looked,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 4008 culture: Zoë, book titles, list of quoted headlines, pronoun in relative clause, title inside indirect content
({"s1": ("Zoë Marchbank", "Marchbank"),
  "s2": ("Ilse Brouwer", "Brouwer")},
"""Debut novel about a lighthouse keeper's daughter wins Calloway Prize

⟦m:s1 Zoë Marchbank⟧ won the Calloway Prize for fiction on Wednesday for “The Keeper’s Daughter”, a debut novel ⟦m:s1 she⟧ wrote in the evenings while working as a night-shift receptionist.

The novel, which follows a girl growing up on a rock in the North Atlantic in the 1950s, was turned down by 14 publishers before a small press in Ashby took it on.

⟦q:s1 “I have all fourteen letters in a shoebox,”⟧ ⟦m:s1 Marchbank⟧ ⟦c said⟧ after the ceremony. ⟦q:s1 “I am not going to frame them. That would be petty. I might laminate them.”⟧

⟦m:s2 Ilse Brouwer⟧, who chaired the judging panel, ⟦c said⟧ ⟦x:s2 the book had won “on the first reading and on the fourth”⟧.

The prize has had a turbulent year. Coverage of a row over a judge's resignation in the spring ran under headlines such as “Calloway in Chaos”, “Judges at War” and “Is This the End of the Calloway?”.

⟦q:s2 “We have had a lot of headlines,”⟧ ⟦m:s2 Brouwer⟧ ⟦c said⟧. ⟦q:s2 “Tonight I would like the headline to be Zoë.”⟧

⟦m:s1 Marchbank⟧, 34, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would use the 30,000-pound prize to take a year off work and finish a second novel, provisionally titled “Low Water”⟧.
"""),

# 4009 crime: lede attributed to police, statement quotes, new person introduced without a speech verb then a fully quoted paragraph, according to
({"s1": ("Kestrel Bay Police", "police"),
  "s2": ("Priyanka Sen", "Sen"),
  "s3": ("Maya Cole", "Cole")},
"""Jewellery shop raided in daylight as shoppers look on

⟦i:s1 Three men armed with hammers smashed display cases at a jewellery shop in Kestrel Bay's main shopping street on Saturday afternoon and escaped with watches and rings worth about 200,000 pounds⟧, ⟦m:s1 police⟧ ⟦c said⟧.

⟦m:s1 Kestrel Bay Police⟧ ⟦c said⟧ in a statement that ⟦i:s1 nobody had been seriously injured⟧ but that ⟦i:s1 two members of staff had been treated for shock⟧. ⟦q:s1 “This was a frightening attack carried out in front of families and children, and we would urge anyone with phone footage to contact us,”⟧ the statement ⟦c said⟧.

⟦m:s2 Priyanka Sen⟧, 47, who was buying a birthday card in the shop next door, ⟦c said⟧ ⟦i:s2 the raid was over in less than two minutes⟧.

⟦q:s2 “There was a bang and then another bang, and people started running past the window,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “They looked like they had done it a hundred times. Nobody shouted. They were so calm.”⟧

Her friend ⟦m:s3 Maya Cole⟧, 20, a student from Ferncastle, was less sure.

⟦q:s3 “They were shaking. One of them dropped half of what he took on the pavement and didn’t even stop to pick it up.”⟧

⟦i:s1 A silver hatchback seen speeding away from the scene was later found burnt out on farmland near Oldcastle⟧, ⟦c according to⟧ ⟦m:s1 police⟧.
"""),

# 4010 transport: lede attributed to role + name, "X said:", line break inside a quote, long appositive after inverted cue
({"s1": ("Tomasz Ilunga", "Ilunga", "the rail minister", "the minister"),
  "s2": ("Harriet Okonedo", "Okonedo"),
  "s3": ("Northline Railways", "Northline"),
  "s4": ("Gideon Asamoah-Hart", "Asamoah-Hart")},
"""Sleeper trains to return to the northern line after 12-year gap

⟦i:s1 Overnight sleeper trains will run again between the capital and the northern port of Stromness Bay from next December⟧, ⟦m:s1 the rail minister⟧, ⟦m:s1 Tomasz Ilunga⟧, ⟦c announced⟧ on Thursday.

⟦m:s1 Ilunga⟧ ⟦c said⟧: ⟦q:s1 “For too long, the only way to get to the north by morning has been to fly. That is bad for the climate and bad for the towns along the line, which watch the planes go over and get nothing.”⟧

The service will be run by ⟦m:s3 Northline Railways⟧ using twelve refurbished carriages. ⟦m:s3 Northline⟧ ⟦c said⟧ ⟦i:s3 fares would start at 59 euros for a seat and 149 euros for a private cabin⟧.

⟦m:s2 Harriet Okonedo⟧, who travels every week from Stromness Bay to a job in the capital, ⟦c said⟧ ⟦i:s2 the news had made her week⟧.

⟦q:s2 “At the moment I leave home at five on a Monday morning and reach my desk at eleven,
and I am exhausted before I have started,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “I would happily pay for a bed and wake up in the city.”⟧

Not everyone was impressed. ⟦q:s4 “A sleeper train once a night is a nice gesture. What we need is a train every hour that isn’t cancelled,”⟧ ⟦c said⟧ ⟦m:s4 Gideon Asamoah-Hart⟧, chair of the Northern Rail Users’ Group, a campaign that has spent seven years lobbying for more frequent daytime services between the coastal towns.

⟦m:s1 The minister⟧ ⟦c said⟧ ⟦i:s1 daytime services would improve when new trains arrived in 2028⟧.
"""),

# 4011 schools: two men, "he" resolved by the story two paragraphs back, nickname, according to a person
({"s1": ("Rafael Domínguez", "Domínguez", "the headteacher"),
  "s2": ("Oluwaseun Grant", "Grant")},
"""Phone ban brings back the noise of lunchtime at Ellerby High

A year after Ellerby High School began locking pupils' phones in pouches for the whole school day, ⟦m:s1 the headteacher⟧, ⟦m:s1 Rafael Domínguez⟧, ⟦c says⟧ ⟦x:s1 the canteen has become “noisy again, in the best way”⟧.

⟦q:s1 “A year ago you could walk in at lunch and hear a pin drop. Four hundred teenagers looking at screens,”⟧ ⟦m:s1 he⟧ ⟦c says⟧. ⟦q:s1 “Now they argue about football. They play cards. Somebody started a chess club and it has sixty members.”⟧

⟦i:s1 Reports of online bullying during school hours have fallen by two-thirds⟧, ⟦c according to⟧ ⟦m:s1 Domínguez⟧. Some pupils still call the pouches “phone jail”.

Not every parent is convinced. ⟦m:s2 Oluwaseun Grant⟧, whose son is in Year 10, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had been unable to reach the boy when a school bus was cancelled in November⟧.

⟦q:s2 “He was stranded at a bus stop in the dark with a phone in a locked pouch,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “I understand the idea. I just want someone to think about the end of the day as well as the middle of it.”⟧

The school has since changed its rules so that pouches are unlocked at the gate rather than at the end of the last lesson. ⟦q:s1 “Parents were right about that, and we fixed it,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 Grant⟧ ⟦c said⟧ ⟦i:s2 the change had come too late for the bus stop but ⟦m:s2 he⟧ was glad it had come⟧.
"""),

# 4012 farming: Łukasz, straight quotes, union lede, mixed quotes, spokesperson for an organisation
({"s1": ("Łukasz Wróblewski", "Wróblewski"),
  "s2": ("Henrietta Blackwood", "Blackwood", "the agriculture minister"),
  "s3": ("Tresham Valley Farmers' Union", "the union")},
"""Fruit farmers warn of rotting crops as seasonal pickers stay away

⟦i:s3 Up to a fifth of this year's strawberry crop in the Tresham valley could be left to rot in the fields because growers cannot find enough pickers⟧, ⟦m:s3 the Tresham Valley Farmers' Union⟧ ⟦c warned⟧ on Monday.

On his 40-hectare farm outside Millbeck, ⟦m:s1 Łukasz Wróblewski⟧ walked along rows of ripe fruit that nobody had picked. ⟦m:s1 He⟧ came to the valley as a picker himself in 2006 and now employs 60 people in a good year.

⟦q:s1 "This year I have 31,"⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 "I have put up wages twice. I have offered free accommodation. The people are simply not there any more."⟧

⟦m:s1 Wróblewski⟧ ⟦c said⟧ ⟦x:s1 the new visa rules had been "written by someone who has never seen a strawberry that wasn't in a supermarket"⟧.

⟦m:s2 The agriculture minister⟧, ⟦m:s2 Henrietta Blackwood⟧, ⟦c said⟧ on Tuesday that ⟦x:s2 ⟦m:s2 she⟧ was "listening carefully" to growers⟧ and that ⟦i:s2 the number of visas would be reviewed in the autumn⟧.

⟦q:s2 "We want local people to take these jobs first. But I am not going to stand by and watch fruit rot,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s3 "By the autumn, the strawberries will be compost,"⟧ a spokesperson for ⟦m:s3 the union⟧ ⟦c said⟧.
"""),

# 4013 international: CJK characters, Nguyễn, role + name with long relative clause, role phrase "The mayor of X", name in another script, according to
({"s1": ("Nguyễn Thị Lan", "Lan", "Nguyễn", "the deputy foreign minister"),
  "s2": ("Haruto Mizushima", "Mizushima", "水島陽斗", "the mayor of Kagenoura"),
  "s3": ("Joint Bridge Commission", "the joint commission")},
"""Friendship bridge opens across the Sen river after 30 years of talks

A road and rail bridge linking the river port of Tân Hải with the town of Kagenoura (影ノ浦) opened on Friday, ending three decades of negotiations between the two neighbouring states.

Crowds on both banks waved flags, and a banner strung across the first span read “友好橋 Friendship Bridge”.

⟦m:s1 The deputy foreign minister⟧, ⟦m:s1 Nguyễn Thị Lan⟧, who led her country's negotiating team for the last eight years of talks, ⟦c said⟧ ⟦x:s1 the bridge was “proof that patience is also a kind of policy”⟧.

⟦q:s1 “My father’s generation could see Kagenoura from the harbour wall and could not go there,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ in a speech at the ribbon-cutting. ⟦q:s1 “My daughter will cycle there for lunch.”⟧

⟦m:s2 The mayor of Kagenoura⟧, ⟦m:s2 Haruto Mizushima⟧ (⟦m:s2 水島陽斗⟧), ⟦c said⟧ ⟦i:s2 shopkeepers in his town were already putting up signs in both languages⟧.

⟦q:s2 “Yesterday, a customer from Tân Hải was a tourist. Today, she is a neighbour,”⟧ ⟦m:s2 Mizushima⟧ ⟦c said⟧ through an interpreter. ⟦q:s2 “We must all learn to say good morning properly in each other’s language. I have started practising.”⟧

⟦i:s3 About 9,000 vehicles a day are expected to use the bridge within its first year⟧, ⟦c according to⟧ ⟦m:s3 the Joint Bridge Commission⟧, which oversaw its construction.

⟦m:s1 Lan⟧ ⟦c said⟧ ⟦i:s1 talks on a second crossing further upriver would begin next year⟧.
"""),

# 4014 courts: "Judge X said:", victim statement across two paragraphs, role + name with mixed quote, judge replies
({"s1": ("Cornelius Abara", "Abara", "the judge"),
  "s2": ("Siobhán Whelan", "Whelan"),
  "s3": ("Ravi Chandrasekhar", "Chandrasekhar", "the defence barrister")},
"""Care home manager jailed for stealing residents' savings

A former care home manager who stole more than 180,000 pounds from elderly residents over six years was jailed for five years and four months on Monday.

Greta Hollingsworth, 52, who ran the Elmfield House care home in Saltmarsh, had admitted 14 counts of fraud at an earlier hearing.

Sentencing her at Saltmarsh Crown Court, Judge ⟦m:s1 Cornelius Abara⟧ ⟦c said⟧: ⟦q:s1 “You were trusted with the care of people at the most vulnerable point in their lives. You treated their bank accounts as your own.”⟧

In a statement read to the court, ⟦m:s2 Siobhán Whelan⟧, whose mother lived at Elmfield House for four years, ⟦c said⟧: ⟦q:s2 “My mother used to ask me why she could never afford a new cardigan. I told her money was tight. I believed it. She died believing it.⟧

⟦q:s2 “I will never know how much smaller her last years were made by this woman. Not only the money. The lies.”⟧

⟦m:s3 The defence barrister⟧, ⟦m:s3 Ravi Chandrasekhar⟧, ⟦c said⟧ ⟦i:s3 his client had developed a gambling addiction after her divorce⟧ and ⟦x:s3 was “profoundly ashamed”⟧.

⟦q:s1 “Addiction may explain some of this. It does not explain six years of forged signatures,”⟧ ⟦m:s1 the judge⟧ ⟦c said⟧.

Outside court, ⟦m:s2 Whelan⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ was satisfied with the sentence⟧. ⟦q:s2 “It won’t bring anything back. But today someone said out loud that it was wrong,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 4015 local politics: told + lower-case quote, crowd chant (nobody can tell), "says" + lower-case quote, speaker using "they"
({"s1": ("Amadou Diallo-Berg", "Diallo-Berg", "the council leader"),
  "s2": ("Fionnuala Rourke", "Rourke"),
  "s3": ("Sam Okonkwo-Reyes", "Okonkwo-Reyes")},
"""Councillors vote to close Wellgate Road swimming baths

Lindenfold's council voted 27 to 19 on Wednesday night to close the Wellgate Road swimming baths, which opened in 1931, and to build a new leisure centre on the edge of town.

⟦m:s1 The council leader⟧, ⟦m:s1 Amadou Diallo-Berg⟧, ⟦c said⟧ ⟦i:s1 the old baths would need 6 million pounds of repairs just to stay open for another decade⟧. ⟦m:s1 He⟧ ⟦c told⟧ the meeting ⟦q:s1 “nobody in this chamber wanted to make this decision. But I was not elected to spend money we do not have on a building that leaks.”⟧

Outside the town hall, about 200 protesters ⟦c chanted⟧ ⟦q “Save our baths!”⟧ as councillors left.

⟦m:s2 Fionnuala Rourke⟧, 74, has swum at Wellgate Road every morning since 1962. ⟦m:s2 She⟧ ⟦c says⟧ ⟦q:s2 “the new place will have a wave machine and a café and no soul.”⟧

⟦q:s2 “I learnt to swim here. My children learnt here. I wanted my great-grandson to learn here,”⟧ ⟦m:s2 she⟧ ⟦c says⟧.

⟦m:s3 Sam Okonkwo-Reyes⟧, who organised the campaign to save the baths, ⟦c said⟧ ⟦i:s3 ⟦m:s3 they⟧ would ask for a judicial review of the decision⟧. ⟦q:s3 “This isn’t over. The council has picked a fight with people who get up at six to swim in cold water,”⟧ ⟦m:s3 they⟧ ⟦c said⟧.
"""),

# 4016 health: according to a report, very long appositive after inverted cue, role + name, colon-less lead-in, interrupted quote
({"s1": ("Child Health Observatory", "the observatory"),
  "s2": ("Leilani Kahananui", "Kahananui"),
  "s3": ("Björn Åkesson", "Åkesson", "the health secretary")},
"""One in four children waits more than a year for mental health care

⟦i:s1 One in four children referred for mental health treatment in the southern region waited more than a year to be seen last year, up from one in ten in 2021⟧, ⟦c according to⟧ a report by ⟦m:s1 the Child Health Observatory⟧.

⟦q:s2 “A year is a very long time when you are twelve. It is a whole school year, a whole set of friendships, sometimes a whole childhood’s worth of confidence,”⟧ ⟦c said⟧ ⟦m:s2 Leilani Kahananui⟧, a child psychiatrist who has worked in the region's clinics for 17 years and who helped to write the report. ⟦q:s2 “Children don’t wait quietly. They get worse.”⟧

⟦m:s1 The observatory⟧ ⟦c said⟧ ⟦i:s1 the rise was driven mainly by a shortage of specialist staff⟧.

⟦m:s3 The health secretary⟧, ⟦m:s3 Björn Åkesson⟧, ⟦c said⟧ ⟦x:s3 the figures were “unacceptable”⟧ and that ⟦i:s3 an extra 200 therapists would be trained by 2028⟧.

Asked why the money had not been found sooner, ⟦m:s3 Åkesson⟧ ⟦c said⟧ ⟦q:s3 “that is a fair question, and the honest answer is that other things were shouted about more loudly.”⟧

⟦q:s2 “Two hundred therapists is a start,”⟧ ⟦m:s2 Kahananui⟧ ⟦c said⟧, ⟦q:s2 “but we would need four times that to clear the list.”⟧
"""),

# 4017 sport: two women, quote-first inverted cue, "she" in a relative clause, "she" resolved by the story two paragraphs back
({"s1": ("Ayşe Demirci", "Demirci"),
  "s2": ("Valentina Moreau-Okoye", "Moreau-Okoye"),
  "s3": ("Anders Pålsson", "Pålsson")},
"""Qualifier ⟦m:s1 Demirci⟧ stuns top seed to reach Halden Open final

⟦m:s1 Ayşe Demirci⟧, a 21-year-old qualifier ranked 143rd in the world, beat the top seed, ⟦m:s2 Valentina Moreau-Okoye⟧, 7-6, 3-6, 7-5 on Saturday to reach the final of the Halden Open.

⟦q:s1 “I came here hoping to win one match so I could pay for the hotel,”⟧ ⟦c said⟧ ⟦m:s1 Demirci⟧, who had to come through three qualifying rounds. ⟦q:s1 “Now I think I can pay for the hotel.”⟧

⟦m:s2 Moreau-Okoye⟧, the defending champion, had treatment on her right shoulder during the second set but refused to blame the injury. ⟦q:s2 “She played better on the big points. That is the whole story,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Anders Pålsson⟧, who has coached ⟦m:s1 Demirci⟧ since ⟦m:s1 she⟧ was 14, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ was not surprised by the result⟧. ⟦q:s3 “She hits the ball as hard as anyone on the tour. What she has learnt this year is when not to,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Sunday's final is against the fourth seed, Mei-Ling Haraldsen, a two-time champion here.

⟦q:s1 “My mother told me to come home if I lost in qualifying. I am going to ring her now and tell her to change my flight,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 4018 business: lede attributed to role + name, "wrote:", interrupted quote in an email, pronoun in relative clause, organisation
({"s1": ("Priya Varadarajan", "Varadarajan", "the chief executive"),
  "s2": ("Tancredi Russo", "Russo"),
  "s3": ("Orrery Games", "Orrery", "the studio")},
"""Studio behind 'Lanternfall' cuts 200 jobs

⟦i:s1 ⟦m:s3 Orrery Games⟧, the studio behind the hit adventure game “Lanternfall”, is cutting 200 jobs and cancelling two unannounced projects⟧, ⟦m:s1 the chief executive⟧, ⟦m:s1 Priya Varadarajan⟧, ⟦c told⟧ staff on Wednesday.

In an email seen by this newspaper, ⟦m:s1 Varadarajan⟧ ⟦c wrote⟧: ⟦q:s1 “There is no way to write this message that makes it hurt less, so I will not try to be clever.”⟧

⟦q:s1 “We grew,”⟧ ⟦m:s1 she⟧ ⟦c wrote⟧, ⟦q:s1 “as if Lanternfall would happen every year. It will not, and I should have planned for that.”⟧

⟦m:s2 Tancredi Russo⟧, a level designer who worked on “Lanternfall” and learnt on Wednesday that ⟦m:s2 he⟧ was among those losing their jobs, ⟦c said⟧ ⟦i:s2 the news had been expected for weeks⟧.

⟦q:s2 “Everyone could read the room. The office got quieter, the snacks got worse,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “It’s still a shock to see your name on a list.”⟧

⟦m:s3 The studio⟧ ⟦c said⟧ ⟦i:s3 a sequel to “Lanternfall” remained in development⟧ and that ⟦i:s3 departing staff would receive six months’ pay⟧.
"""),

# 4019 weather: straight quotes, role + name with mixed quote, colon-less lead-in with indirect content, statement
({"s1": ("Regional Fire Service", "the fire service"),
  "s2": ("Konstantinos Vrettakos", "Vrettakos", "the regional fire chief"),
  "s3": ("Marisa Quintero", "Quintero")},
"""Wildfire forces evacuation of hillside villages near Sorreza

About 2,000 people were evacuated from five villages in the hills above Sorreza on Monday as a wildfire fanned by strong winds spread across more than 3,000 hectares of pine forest.

⟦m:s2 The regional fire chief⟧, ⟦m:s2 Konstantinos Vrettakos⟧, ⟦c said⟧ ⟦x:s2 the fire was "moving faster than anything we have seen this summer"⟧.

⟦q:s2 "The wind changes direction every hour. We build a line, and the fire walks around it,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Asked whether the fire had been started deliberately, ⟦m:s2 Vrettakos⟧ ⟦c said⟧ ⟦i:s2 investigators would examine the area once it was safe⟧ but that ⟦i:s2 it was too early to say⟧.

⟦m:s3 Marisa Quintero⟧, 66, left her house in the village of Pinarejo with her two dogs and a box of photographs.

⟦q:s3 "You think you will take everything important. You take the dogs and the photographs and you forget your glasses,"⟧ ⟦m:s3 she⟧ ⟦c said⟧ at a sports hall in Sorreza where evacuees spent the night. ⟦q:s3 "Now I cannot read the news about my own village."⟧

⟦m:s1 The Regional Fire Service⟧ ⟦c said⟧ in a statement late on Monday that ⟦i:s1 more than 400 firefighters and six water-bombing aircraft were working on the blaze⟧. ⟦q:s1 "Residents must follow evacuation orders immediately and must not return until told it is safe,"⟧ the statement ⟦c said⟧.
"""),

# 4020 science: nickname inside an agency's lede, quoted heading, interrupted quote, mixed quote, outside expert
({"s1": ("Yevgenia Koval", "Koval"),
  "s2": ("Continental Space Agency", "the agency"),
  "s3": ("Oren Ashkenazi-Baptiste", "Ashkenazi-Baptiste")},
"""Lunar rover 'Tortoise' wakes up after three-month sleep

⟦i:s2 The small lunar rover known to its engineers as “the Tortoise” has woken up after surviving three months of darkness in a crater near the Moon's south pole⟧, ⟦m:s2 the Continental Space Agency⟧ ⟦c said⟧ on Thursday.

⟦q:s1 “We had written our goodbye messages. Someone had baked a cake with a little headstone on it,”⟧ ⟦c said⟧ ⟦m:s1 Yevgenia Koval⟧, the mission’s lead scientist. ⟦q:s1 “Then at four in the morning it simply said hello.”⟧

The rover's first message, a short status report, has been printed and pinned to the wall of the control room under the heading “Still Here”.

⟦m:s1 Koval⟧ ⟦c said⟧ ⟦i:s1 the rover's batteries had lost about a third of their capacity⟧ and that ⟦x:s1 the team would drive it “very gently, like a grandparent” for the first week⟧.

⟦q:s1 “It is an old machine now,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 “and old machines, like old people, do not like to be rushed.”⟧

⟦m:s3 Oren Ashkenazi-Baptiste⟧, a planetary engineer at the Tessaly Institute of Technology who was not involved in the mission, ⟦c said⟧ ⟦i:s3 the revival was an important result for the designers of future rovers⟧. ⟦q:s3 “Everyone assumed the cold would kill the electronics. The Tortoise has just told us we were too pessimistic,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.
"""),

# 4021 culture: Hangul film title and emoji, role phrase "Its director", lower-case posted quote, TV series title, mixed
({"s1": ("Han Seo-yeon", "Han", "its director"),
  "s2": ("Beatrix Oyelowo", "Oyelowo", "the festival's artistic director"),
  "s3": ("Caspian Thorne", "Thorne")},
"""Quiet family drama takes top prize at Marrowgate film festival

“Winter Persimmons” (겨울 감), a film about three sisters clearing out their late father's house in a mountain village, won the Golden Heron at the Marrowgate International Film Festival on Saturday.

⟦m:s1 Its director⟧, ⟦m:s1 Han Seo-yeon⟧, accepted the award in a borrowed dress after her luggage was lost on the flight. ⟦q:s1 “The airline has my dress, my shoes and my speech,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ the audience. ⟦q:s1 “So I will just say thank you, which was most of the speech anyway.”⟧

Later, ⟦m:s1 Han⟧ ⟦c posted⟧ a photograph of the trophy on social media with the words ⟦q:s1 “still no suitcase 🧳 but look what I found 🏆”⟧.

⟦m:s2 The festival's artistic director⟧, ⟦m:s2 Beatrix Oyelowo⟧, ⟦c said⟧ ⟦x:s2 the jury had been “unanimous within ten minutes”⟧.

The festival's other big winner was the actor ⟦m:s3 Caspian Thorne⟧, best known as the detective in the long-running television series “The Fenwick Files”, who took best actor for his role as a failing magician in “The Last Trick”.

⟦q:s3 “Twenty years of solving murders on television, and it turns out people just wanted to watch me fail at card tricks,”⟧ ⟦m:s3 Thorne⟧ ⟦c said⟧.
"""),

# 4022 crime: role + name told jurors that (speaker mention inside indirect), defendant's words, unattributed shout, victim
({"s1": ("Olusegun Bakare", "Bakare", "the prosecutor"),
  "s2": ("Wilhelmina Strand", "Strand"),
  "s3": ("Jerome Castellanos", "Castellanos")},
"""Investment adviser guilty of 'Ponzi-style' pension fraud

A jury at Haverleigh Crown Court on Tuesday found ⟦m:s3 Jerome Castellanos⟧, 58, guilty of defrauding 230 investors of their pension savings.

During the six-week trial, ⟦m:s1 the prosecutor⟧, ⟦m:s1 Olusegun Bakare⟧, ⟦c told⟧ jurors that ⟦i:s1 ⟦m:s3 Castellanos⟧ had used money from new investors to pay returns to earlier ones⟧.

⟦q:s1 “He promised them nine percent a year, every year, whatever the markets did. Nobody can do that honestly,”⟧ ⟦m:s1 Bakare⟧ ⟦c said⟧ in his closing speech.

⟦m:s3 Castellanos⟧ ⟦c told⟧ the court ⟦i:s3 ⟦m:s3 he⟧ had always believed the fund would recover⟧. ⟦q:s3 “I was not stealing. I was waiting for the market to turn, and it did not turn,”⟧ ⟦m:s3 he⟧ ⟦c said⟧ under cross-examination.

As the verdicts were read, ⟦q “Where is our money?”⟧ ⟦c shouted⟧ a man in the public gallery, who was escorted out by ushers.

⟦m:s2 Wilhelmina Strand⟧, a retired school secretary who lost 94,000 pounds, ⟦c said⟧ outside court that ⟦i:s2 ⟦m:s2 she⟧ would probably never see most of it again⟧.

⟦q:s2 “He came to my kitchen. He drank my tea. He looked at photos of my grandchildren. That is the part I cannot get past,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Castellanos⟧ will be sentenced next month.
"""),

# 4023 transport: possessive role NP + name, airline mixed quote, nested quote inside a quote, fully quoted continuation paragraph
({"s1": ("Aerovista", "the airline"),
  "s2": ("Mathilde Ferrant", "Ferrant"),
  "s3": ("Tevita Fifita", "Fifita", "the airport's operations director")},
"""Thousands stranded as baggage system fails at Kelloway airport

Thousands of passengers were stranded at Kelloway airport on Friday after the baggage system in its main terminal broke down on the first day of the school holidays.

⟦m:s3 The airport's operations director⟧, ⟦m:s3 Tevita Fifita⟧, ⟦c said⟧ ⟦i:s3 a software fault had stopped the conveyor belts shortly after 5 a.m.⟧ and that ⟦i:s3 engineers had restored a partial service by mid-afternoon⟧.

⟦q:s3 “We are moving bags by hand. It is slow and it is not pretty, but it is moving,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 Aerovista⟧, the largest airline at Kelloway, cancelled 38 flights. ⟦m:s1 The airline⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 it⟧ was “extremely sorry” for the disruption⟧.

⟦m:s2 Mathilde Ferrant⟧ had been due to fly to the coast with her husband and three children for their first holiday in four years. Instead the family spent seven hours on the floor of Terminal 2.

⟦q:s2 “The kids have eaten every sandwich in the building,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Nobody can tell us anything. Every screen just says ‘Delayed’.”⟧

⟦q:s2 “We have been saving since January for this. If it is cancelled, I don’t know if we will go at all.”⟧

⟦m:s3 Fifita⟧ ⟦c said⟧ ⟦i:s3 the airport expected to run a full schedule on Saturday⟧.
"""),

# 4024 universities: single quotes with apostrophes, role + glued title + name, line break between two quotes in a paragraph, new person then fully quoted paragraph
({"s1": ("Eliška Horáková", "Horáková", "the vice-chancellor"),
  "s2": ("Tariq Al-Mahdi", "Al-Mahdi"),
  "s3": ("Jonah Whitlock-Asare", "Whitlock-Asare")},
"""University to replace written exams with oral tests

Carrick University will replace most written end-of-year exams in its humanities departments with oral examinations from next autumn, in an effort to counter essays written with artificial intelligence.

⟦m:s1 The vice-chancellor⟧, Professor ⟦m:s1 Eliška Horáková⟧, ⟦c said⟧ ⟦i:s1 the change would be phased in over two years⟧.

⟦q:s1 ‘You can ask a machine to write an essay,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.
⟦q:s1 ‘You cannot yet ask it to sit in a room for twenty minutes and defend one.’⟧

⟦m:s2 Tariq Al-Mahdi⟧, education officer at the students’ union, ⟦c said⟧ ⟦x:s2 many students were ‘nervous, to put it mildly’⟧.

⟦q:s2 ‘Some people are brilliant on paper and freeze when someone looks at them,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘We want to know what support there will be for students with anxiety or a stammer.’⟧

⟦m:s3 Jonah Whitlock-Asare⟧, a second-year history student, was more relaxed.

⟦q:s3 ‘Honestly, I’d rather talk for twenty minutes than write for three hours. My handwriting is a crime.’⟧

⟦m:s1 Horáková⟧ ⟦c said⟧ ⟦i:s1 the university would publish guidance on adjustments for disabled students before Christmas⟧.
"""),

# 4025 farming: two women, "she" resolved by "her farm" two paragraphs on, role + name, organisation with "it"
({"s1": ("Morwenna Trelawney", "Trelawney"),
  "s2": ("Chiamaka Eze", "Eze", "the regional agriculture officer"),
  "s3": ("Hollis Grain Cooperative", "the cooperative")},
"""Hay prices treble as dry summer leaves farmers short of winter feed

The price of a bale of hay in the western uplands has almost trebled since June, after the driest summer for 40 years left many farms with half their usual harvest.

⟦m:s1 Morwenna Trelawney⟧ keeps 180 sheep and 30 suckler cows on a hill farm above Penhallow. ⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had already sold a quarter of her ewes because ⟦m:s1 she⟧ could not afford to feed them through the winter⟧.

⟦q:s1 “You spend twenty years building up a flock, choosing the best ewes, keeping the best lambs, and then you watch them go into a lorry because the grass didn’t grow,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 The regional agriculture officer⟧, ⟦m:s2 Chiamaka Eze⟧, ⟦c said⟧ ⟦i:s2 the government would release emergency grants of up to 5,000 pounds per farm⟧. ⟦q:s2 “It won’t replace what has been lost, but it may stop some people selling stock they will need next year,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

The grants will not be paid until November. ⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 by then most of the decisions on her farm would already have been made⟧. ⟦q:s1 “November is too late for my ewes,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s3 The Hollis Grain Cooperative⟧, which supplies feed to about 600 farms, ⟦c said⟧ ⟦i:s3 demand for its winter feed pellets had doubled⟧ and that ⟦i:s3 ⟦m:s3 it⟧ was rationing orders⟧.
"""),

# 4026 international: possessive role NPs + names, mixed quote, interrupted quote, according to an institute, "he said:" through an interpreter
({"s1": ("Malak Haddadin", "Haddadin", "Estravia’s foreign minister"),
  "s2": ("Jan-Willem Oosterhuis", "Oosterhuis", "Korvania’s energy minister"),
  "s3": ("Estravian Water Institute", "the institute")},
"""Talks on shared river end without deal on dam

Two days of talks between Estravia and Korvania on a disputed hydroelectric dam on the Vessa river ended on Wednesday without agreement, although another round is planned for March.

⟦m:s1 Estravia’s foreign minister⟧, ⟦m:s1 Malak Haddadin⟧, ⟦c told⟧ reporters that ⟦x:s1 the talks had been “frank” but “not yet fruitful”⟧.

⟦q:s1 “We did not come here to shout,”⟧ ⟦m:s1 Haddadin⟧ ⟦c said⟧, ⟦q:s1 “and we did not. But we did not come here to smile for photographs either. A river does not stop at a border, and neither can a conversation about it.”⟧

⟦i:s3 The dam, which Korvania began building in 2022, would cut the flow downstream by up to 30 percent in dry years⟧, ⟦c according to⟧ a study by ⟦m:s3 the Estravian Water Institute⟧.

⟦m:s2 Korvania’s energy minister⟧, ⟦m:s2 Jan-Willem Oosterhuis⟧, ⟦c said⟧ ⟦i:s2 the study had exaggerated the effect⟧. Speaking through an interpreter, ⟦m:s2 he⟧ ⟦c said⟧: ⟦q:s2 “We have offered to share our data, every litre, every hour. We have nothing to hide about this dam.”⟧

⟦q:s2 “Korvania needs electricity. Our neighbours need water. These two things are not enemies,”⟧ ⟦m:s2 he⟧ ⟦c added⟧.

⟦m:s1 Haddadin⟧ ⟦c said⟧ ⟦i:s1 Estravia would ask the regional court of arbitration to appoint independent experts if no agreement was reached by the summer⟧.
"""),

# 4027 obituary: name in headline, nickname, album title, two-paragraph tribute, remembered interview with "he said:"
({"s1": ("Ezekiel Mabuza", "Mabuza"),
  "s2": ("Rosalind Kovač", "Kovač"),
  "s3": ("Delroy Fenwick", "Fenwick")},
"""⟦m:s1 Ezekiel Mabuza⟧, saxophonist who filled the Blue Lantern for 40 years, dies at 86

⟦m:s1 Ezekiel Mabuza⟧, the saxophonist known to three generations of jazz fans as “Old Thunder”, has died at the age of 86. ⟦m:s1 He⟧ died at his home in Port Caliban on Sunday after a long illness.

⟦m:s1 Mabuza⟧ played at the Blue Lantern club every Friday night from 1979 until 2019, missing, by his own count, only eleven gigs. His 1984 album “Harbour Lights at Midnight” is still one of the best-selling jazz records ever made in the country.

⟦q:s2 “He played like he was having an argument with the whole room, and he always won,”⟧ ⟦c said⟧ ⟦m:s2 Rosalind Kovač⟧, who played piano in his quartet for 26 years. ⟦q:s2 “Offstage he was the gentlest man I ever knew. He remembered the names of every barman’s children.⟧

⟦q:s2 “The last time I saw him, two weeks ago, he asked me to bring him a reed so he could practise. He could barely lift the horn. He practised anyway.”⟧

⟦m:s3 Delroy Fenwick⟧, who owns the Blue Lantern, ⟦c said⟧ ⟦i:s3 the club would be closed on Friday for the first time in 45 years⟧. ⟦q:s3 “It wouldn’t be right to open. There’s no one to play that slot,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 Mabuza⟧ rarely gave interviews. In one of the few, for a radio documentary in 2009, ⟦m:s1 he⟧ ⟦c said⟧: ⟦q:s1 “People ask what I am thinking when I play. I am not thinking. If I am thinking, I am playing badly.”⟧
"""),

# 4028 local politics: list of quoted front-page headlines, possessive role NP + name, interrupted quote, developer mixed quote, residents' campaigner
({"s1": ("Gwendolyn Aparicio", "Aparicio", "the planning committee's chair"),
  "s2": ("Bartholomew Nkemelu", "Nkemelu"),
  "s3": ("Cresswell Land", "Cresswell", "the developer")},
"""Plan for 900 homes on Ashcombe meadows rejected

Councillors in Fairhaven on Thursday rejected plans for 900 homes on the Ashcombe meadows, a stretch of farmland and wetland on the edge of the town that has been at the centre of a bitter three-year dispute.

The scheme had dominated the local paper for months, with front pages including “Meadows Under Threat”, “900 Homes, One Road” and “Town Says No”.

⟦m:s1 The planning committee's chair⟧, ⟦m:s1 Gwendolyn Aparicio⟧, ⟦c said⟧ ⟦i:s1 the committee had voted 7 to 2 against the plan because the site's single access road could not cope⟧.

⟦q:s1 “We need houses in Fairhaven. I have said that many times and I will say it again,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 “but we need houses that people can drive out of in the morning.”⟧

⟦m:s3 Cresswell Land⟧, the developer, ⟦c said⟧ ⟦x:s3 ⟦m:s3 it⟧ was “very disappointed” and would consider an appeal⟧.

⟦m:s2 Bartholomew Nkemelu⟧, 71, a retired surveyor who led the residents' campaign against the scheme, ⟦c said⟧ ⟦i:s2 the meadows flooded every winter⟧ and that ⟦i:s2 anyone who had walked there in February knew it⟧.

⟦q:s2 “I have photographs of swans on that field,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Swans. On the field where they wanted to put a primary school.”⟧
"""),

# 4029 health: straight quotes, according to a survey, long appositive after inverted cue, teenager, agency with "it"
({"s1": ("Anaïs Lefebvre-Diop", "Lefebvre-Diop"),
  "s2": ("Health Standards Agency", "the agency"),
  "s3": ("Rahul Menon", "Menon")},
"""Teenage vaping doubles in three years, survey finds

⟦i:s2 The share of 15-year-olds who vape at least once a week has doubled since 2023, to 18 percent, while smoking in the same age group has fallen to its lowest level on record⟧, ⟦c according to⟧ a survey published on Tuesday by ⟦m:s2 the Health Standards Agency⟧.

⟦q:s1 "We have swapped one habit for another, and the new one is cheaper, sweeter and easier to hide,"⟧ ⟦c said⟧ ⟦m:s1 Anaïs Lefebvre-Diop⟧, a respiratory consultant at Merrow General Hospital who sits on the agency's advisory board.

⟦q:s1 "I am not saying vaping is as bad as smoking. It isn't. But a 15-year-old who is hooked on nicotine is a 15-year-old who is hooked on nicotine,"⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Outside a school in Merrow, ⟦m:s3 Rahul Menon⟧, 16, ⟦c said⟧ ⟦i:s3 about half of his class vaped⟧. ⟦q:s3 "People do it in the toilets between lessons. The teachers know. Everyone knows,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s2 The agency⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ would recommend a ban on sweet flavours and on cartoon-style packaging⟧.
"""),

# 4030 sport: nickname, three-paragraph quote, role + name with mixed quote, "The home captain, X,"
({"s1": ("Tendai Moyo", "Moyo"),
  "s2": ("Aarav Kulkarni", "Kulkarni", "the home captain"),
  "s3": ("Eilidh MacPhail", "MacPhail", "the coach")},
"""⟦m:s1 Moyo⟧ century seals first overseas series win for Westerland

⟦m:s1 Tendai Moyo⟧, the Westerland captain, scored an unbeaten 141 on the final day in Port Sable to secure a draw and his team's first Test series win overseas for 22 years.

⟦m:s1 Moyo⟧, whose patience at the crease has earned him the nickname “the Wall” in the dressing room, batted for almost seven hours.

⟦q:s1 “I told the boys at lunch that nobody was getting me out today, and then I had to go and make it true,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “There were a few balls this morning that I didn’t see at all. I just stood there and hoped.⟧

⟦q:s1 “This group has been called soft, too young, too nice. We have read all of it. I think today answers some of that.⟧

⟦q:s1 “Now I would like to sleep for about three days.”⟧

⟦m:s3 The coach⟧, ⟦m:s3 Eilidh MacPhail⟧, ⟦c said⟧ ⟦x:s3 the innings was “the best I have seen from a Westerland batter in a crisis”⟧.

⟦m:s2 The home captain⟧, ⟦m:s2 Aarav Kulkarni⟧, ⟦c said⟧ ⟦i:s2 his bowlers had had nothing left by the final session⟧. ⟦q:s2 “We threw everything at him. Tendai just kept saying no,”⟧ ⟦m:s2 Kulkarni⟧ ⟦c said⟧.
"""),

# 4031 environment: lede attributed to an organisation, long appositive after inverted cue, "says" + lower-case quote, mixed quote
({"s1": ("Coastal Rescue Network", "the network"),
  "s2": ("Kaia Thorsen-Lowry", "Thorsen-Lowry"),
  "s3": ("Ignatius Obi", "Obi")},
"""Volunteers refloat 19 pilot whales after mass stranding at Skelling Strand

⟦i:s1 Volunteers worked through the night to refloat 19 pilot whales that stranded on a beach at Skelling Strand on Sunday, but 11 others died⟧, ⟦m:s1 the Coastal Rescue Network⟧ ⟦c said⟧.

⟦q:s2 “You kneel next to an animal that weighs as much as a car and you pour water over it and talk to it, and you have no idea if it helps,”⟧ ⟦c said⟧ ⟦m:s2 Kaia Thorsen-Lowry⟧, a volunteer medic who reached the beach at 10 p.m. and stayed until the last whale was back in deep water. ⟦q:s2 “At dawn we walked them out, and they swam. I cried. Everybody cried.”⟧

⟦m:s3 Ignatius Obi⟧, a marine mammal scientist at the Skelling Marine Station, ⟦c says⟧ ⟦q:s3 “we still don’t fully understand why pilot whales strand together.”⟧

⟦m:s3 He⟧ ⟦c says⟧ ⟦i:s3 the most likely explanation is that one sick animal led the others into shallow water⟧, and that ⟦x:s3 the group's strong social bonds become “a kind of trap”⟧.

⟦q:s3 “They will not leave a member of the pod behind. It is beautiful, and it kills them,”⟧ ⟦m:s3 he⟧ ⟦c says⟧.

⟦m:s1 The network⟧ ⟦c said⟧ ⟦i:s1 the dead whales would be examined by pathologists⟧.
"""),

# 4032 business: according to a port authority, "X, general secretary of Y, said:", authority mixed quote, importer
({"s1": ("Vusi Ndaba", "Ndaba"),
  "s2": ("Port of Eskhaven Authority", "the port authority"),
  "s3": ("Liesbeth Claes", "Claes")},
"""Port strike leaves 60 ships waiting off Eskhaven

⟦i:s2 Sixty container ships were anchored off Eskhaven on Tuesday waiting to unload, as a strike by dockworkers entered its fifth day⟧, ⟦c according to⟧ ⟦m:s2 the Port of Eskhaven Authority⟧.

⟦m:s1 Vusi Ndaba⟧, general secretary of the Dockworkers’ Federation, ⟦c said⟧: ⟦q:s1 “Our members have handled record volumes through this port for three years. They have been rewarded with a pay offer below inflation and a plan to automate their jobs away.”⟧

⟦q:s1 “We will go back to work when there is an agreement on paper, not before,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 The port authority⟧ ⟦c said⟧ ⟦x:s2 its offer of 4 percent was “the most generous in the port’s history”⟧ and that ⟦i:s2 automation would not lead to compulsory redundancies⟧.

⟦m:s3 Liesbeth Claes⟧, who runs a company importing garden furniture, ⟦c said⟧ ⟦i:s3 three of her containers were on a ship outside the harbour⟧.

⟦q:s3 “I can see the ship from my office window. I can see my stock, sitting there, in the week before spring,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦m:s3 She⟧ ⟦c added⟧ that ⟦i:s3 ⟦m:s3 she⟧ understood why the dockworkers were striking but feared the dispute could put her out of business⟧.
"""),

]

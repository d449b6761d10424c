"""Sixth unseen batch (UNSEEN6): written without reading the engine's rules, frozen on 2026-12-07; never to be edited to suit the engine. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py. The
annotation conventions are those listed for UNSEEN4 (passages11.py),
repeated here:
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
    quotes; a quote nested inside a quote is part of the outer quote;
  * a quotation after a speech verb that is a whole sentence of the speaker's
    words is a direct quote even when it starts in lower case ("She says
    “the plan is dead.”"); a quoted fragment woven into the writer's own
    sentence is a mixed quote (⟦x:…⟧ spanning the reported clause).
Added explicitly for this batch:
  * when an organisation speaks through an unnamed spokesperson or a
    statement, the organisation is the speaker (its name is a mention, the
    unnamed spokesperson is not); a named spokesperson is the speaker;
  * subject pronouns referring to a speaker are mentions (also inside
    indirect and mixed content); object and possessive pronouns are not;
  * words on signs, placards, banners or slogans are not quotes;
  * an unidentifiable speaker's quote (a voice in a crowd, an anonymous
    source) is ⟦q …⟧ with no speaker;
  * the author of a quoted letter, email, blog post, document or social-media
    post is its speaker;
  * a definite description standing for a speaker as the subject of a clause
    ("the judge said", "the union has rejected") is a mention; a leading
    "the" before an organisation's proper name is left outside the mention;
    a nickname inside a speaker's name is part of the name mention.
"""

UNSEEN6 = [

# 6001 politics: mayor with glued title, role-NP + apposition, nested scare quote, placards, org statement
({"s1": ("Lidia Okafor", "Okafor", "Mayor Okafor"),
  "s2": ("Bram Haverkamp", "Haverkamp"),
  "s3": ("Rosalind Achterberg", "Achterberg"),
  "s4": ("Port Ellery Taxpayers' Alliance", "Taxpayers' Alliance")},
"""
Port Ellery council passes budget after seven-hour session

Port Ellery's city council approved a 412-million-crown budget in the early hours of Thursday, ending a seven-hour session that ran well past midnight and left both sides of the chamber claiming victory.

⟦q:s1 “This is a budget for people who ride the bus, not for people who own the bus company,”⟧ Mayor ⟦m:s1 Lidia Okafor⟧ ⟦c told⟧ reporters outside the chamber. ⟦q:s1 “We made hard choices and I will defend every one of them.”⟧

The plan raises property tax by 2.1 per cent and cuts the city's road-resurfacing programme by a third. ⟦m:s2 The council's finance chair⟧, ⟦m:s2 Bram Haverkamp⟧, ⟦c said⟧ that ⟦i:s2 the cut would be reversed once a new levy on cruise-ship passengers began to bring in money next spring⟧.

⟦q:s2 “Nobody likes potholes, and nobody on this council is pretending otherwise,”⟧ ⟦m:s2 he⟧ ⟦c added⟧. ⟦q:s2 “But the levy is coming, and the roads will get their money back.”⟧

Opposition councillor ⟦m:s3 Rosalind Achterberg⟧, who voted against the budget along with five colleagues, was unconvinced. ⟦q:s3 “We have been hearing ‘next spring’ for three springs running,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦m:s3 She⟧ ⟦c argued⟧ that ⟦x:s3 the tax rise would fall “hardest on pensioners in the old town, who are asset-rich and cash-poor”⟧.

Dozens of residents had packed the public gallery for the debate, some holding placards reading “Fix Our Streets First”.

The ⟦m:s4 Port Ellery Taxpayers' Alliance⟧ ⟦c said⟧ in a statement that ⟦i:s4 ⟦m:s4 it⟧ would ask the regional auditor to examine whether the cruise levy was lawful⟧.

⟦m:s1 Okafor⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would hold a public meeting on the budget in every district of the city before the end of January⟧.
"""),

# 6002 courts (British style): judge after colon, prosecutor told/said, letter read to court, mixed mitigation, quoted headline, charity statement
({"s1": ("Imogen Threlfall", "Threlfall", "Judge Threlfall"),
  "s2": ("Dermot Kinsella", "Kinsella", "Mr Kinsella"),
  "s3": ("Aoife Brannigan", "Brannigan"),
  "s4": ("Lantern Trust",),
  "s5": ("Gareth Pyle", "Pyle")},
"""
Former hospice treasurer jailed for taking £380,000

⟦m:s5 Gareth Pyle⟧, a former treasurer of the ⟦m:s4 Lantern Trust⟧ hospice charity in Hallowmere, has been jailed for four years after taking more than £380,000 from its accounts to cover gambling debts.

⟦m:s5 Pyle⟧, 58, of Orchard Rise, had admitted 11 counts of fraud by abuse of position at an earlier hearing at Hallowmere Crown Court.

Passing sentence on Friday, Judge ⟦m:s1 Imogen Threlfall⟧ ⟦c said⟧: ⟦q:s1 ‘You were trusted with money given in memory of the dying. You treated it as your own, month after month, for six years.’⟧

⟦m:s3 Aoife Brannigan⟧, prosecuting, ⟦c told⟧ the court that ⟦i:s3 the thefts had come to light only when a bank queried a transfer from the charity's account to an online bookmaker⟧. ⟦q:s3 ‘Every penny was moved in small amounts, precisely so that nobody would notice,’⟧ ⟦m:s3 she⟧ ⟦c said⟧.

In a letter read to the court, ⟦m:s5 Pyle⟧ ⟦c wrote⟧: ⟦q:s5 ‘I have no excuse. I lied to my wife, to my friends and to the families who trusted the hospice. I will spend the rest of my life trying to pay it back.’⟧

⟦m:s2 Dermot Kinsella⟧, mitigating, ⟦c said⟧ ⟦x:s2 his client had been ‘in the grip of an addiction he did not understand and could not admit to’⟧. ⟦q:s2 ‘He has sold his house. He has surrendered his pension. There is nothing left to take,’⟧ Mr ⟦m:s2 Kinsella⟧ ⟦c said⟧.

⟦m:s1 The judge⟧ was unmoved. ⟦m:s1 She⟧ ⟦c said⟧ ⟦x:s1 the case was ‘a betrayal of the most vulnerable kind’⟧ and that ⟦i:s1 a suspended sentence was out of the question⟧.

The losses were first reported by the Hallowmere Courier in March last year under the headline ‘Hospice cash vanishes’. ⟦m:s4 The charity⟧ has since moved its accounts to a new bank and appointed two independent auditors.

In a statement, the ⟦m:s4 Lantern Trust⟧ ⟦c said⟧: ⟦q:s4 ‘We are relieved that this chapter is closed. Our nurses never stopped caring for patients through all of this, and thanks to our supporters they never will.’⟧
"""),

# 6003 business: according to a filing, inverted said + appositive, long appositive before said, codename, analyst mixed, union via spokesman
({"s1": ("Vossberg Group", "Vossberg"),
  "s2": ("Henrike Maalouf", "Maalouf"),
  "s3": ("Teodor Calloway", "Calloway"),
  "s4": ("Priyanka Deshmukh", "Deshmukh"),
  "s5": ("Food and Retail Workers' Union",)},
"""
⟦m:s1 Vossberg⟧ agrees €2.3bn takeover of Calloway Foods

⟦m:s1 Vossberg Group⟧ has agreed to buy the frozen-food maker Calloway Foods for €2.3bn in cash, creating the second-largest food processor in the Adrennes region.

⟦c According to⟧ a filing by ⟦m:s1 Vossberg⟧ with the Marlow stock exchange, ⟦i:s1 ⟦m:s1 the group⟧ will pay €14.20 for each Calloway share, a premium of 31 per cent on Friday's closing price⟧.

⟦q:s2 “Calloway has the brands and we have the factories. Put them together and you have a company that can compete with anyone on the continent,”⟧ ⟦c said⟧ ⟦m:s2 Henrike Maalouf⟧, the group's chief executive, who will run the combined business.

⟦m:s2 Maalouf⟧, a former process engineer who joined the company as a graduate trainee in 2001 and became its first female chief executive four years ago, ⟦c said⟧ ⟦x:s2 there were “no plans whatsoever” to close any of Calloway's four factories⟧. ⟦q:s2 “I have been asked this question fifty times today, and the answer is the same every time,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “We are buying Calloway to grow it, not to shrink it.”⟧

The deal, code-named “Project Kipper” inside ⟦m:s1 Vossberg⟧, was negotiated over four months.

⟦m:s3 Teodor Calloway⟧, whose grandfather founded the business in 1931 as a fish smokehouse, will step down as chairman when the deal closes. ⟦q:s3 “My grandfather sold smoked herring from a handcart. He would not recognise what this company has become, but I think he would be proud of it,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s4 Priyanka Deshmukh⟧, an analyst at Ferrant Securities, ⟦c said⟧ ⟦x:s4 the price looked “full but not crazy”⟧. ⟦q:s4 “The real question is whether they can get this past the competition regulator, and I would put that at no better than even,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

The ⟦m:s5 Food and Retail Workers' Union⟧, which represents about 2,800 Calloway staff, ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ would seek written guarantees on jobs and pensions⟧. ⟦q:s5 “Promises made on the day of a merger have a habit of evaporating,”⟧ a union spokesman ⟦c said⟧.
"""),

# 6004 health: according to figures, Dr glued title, patient introduced without speech verb, interrupted quote with inverted cue, campaign title, board statement
({"s1": ("Northmoor Health Board", "health board"),
  "s2": ("Samuel Adeyemi-Roth", "Adeyemi-Roth", "Dr Adeyemi-Roth"),
  "s3": ("Grete Holmqvist", "Holmqvist"),
  "s4": ("Nadia Farouk", "Farouk")},
"""
Emergency waits in Northmoor hit record high

Patients at emergency departments run by ⟦m:s1 Northmoor Health Board⟧ waited an average of six hours and 40 minutes to be seen last month, the longest since records began in 2011.

⟦c According to⟧ the board's own figures, published on Tuesday, ⟦i:s1 one in five patients spent more than 12 hours in an emergency department before being admitted, transferred or sent home⟧.

Dr ⟦m:s2 Samuel Adeyemi-Roth⟧, who leads the emergency department at St Brennan's Hospital in Kelderby, ⟦c said⟧ ⟦i:s2 staff were exhausted⟧. ⟦q:s2 “We have nurses who come in on their days off because they know what the waiting room looks like,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “That is not a system. That is goodwill, and goodwill runs out.”⟧

⟦m:s4 Nadia Farouk⟧, 34, spent 19 hours on a trolley in a corridor at St Brennan's after breaking her wrist in a fall at work. ⟦q:s4 “There was a woman next to me who must have been in her nineties. She kept apologising to the nurses for being a nuisance. I will never forget that.”⟧

⟦q:s3 “The board keeps telling us that its winter plan is working,”⟧ ⟦c said⟧ ⟦m:s3 Grete Holmqvist⟧, who chairs the Northmoor Nurses' Association. ⟦q:s3 “It is the first week of December. Look at the numbers.”⟧

⟦m:s1 The board⟧ launched a campaign called “Choose Well This Winter” in October, urging people with minor injuries to visit pharmacies and walk-in centres instead of emergency departments.

In a statement, the ⟦m:s1 health board⟧ ⟦c said⟧: ⟦q:s1 “We apologise to every patient who has waited longer than they should have. Twenty-six additional beds will open at St Brennan's in January, and we are recruiting 40 more nurses.”⟧
"""),

# 6005 science: inverted said + long appositive, continuation after cue, nickname, mixed from outside expert, speaker resumes by surname
({"s1": ("Ilse Vandermeulen", "Vandermeulen", "Dr Vandermeulen"),
  "s2": ("Kwame Asante-Barros", "Asante-Barros"),
  "s3": ("Marguerite Olangi", "Olangi", "Professor Olangi")},
"""
Eyeless fish found in flooded Velmar cave is new to science

A pale, eyeless fish no longer than a paperclip, found in a flooded cave beneath the Velmar plateau, has been formally described as a species new to science.

The fish, given the scientific name Troglichthys velmarensis, is described in a paper published on Wednesday in the journal Subterranean Biology by a team from the University of Strelna.

⟦q:s1 “The first time I saw one in the beam of my torch I thought it was a scrap of plastic,”⟧ ⟦c said⟧ Dr ⟦m:s1 Ilse Vandermeulen⟧, the paper's lead author, who made the first of six dives into the cave in 2023. ⟦q:s1 “Then it turned round and swam away from the light.”⟧

Divers on the team nicknamed the fish “the ghost minnow”, and the name has caught on among local cavers, who have printed it on T-shirts.

⟦m:s2 Kwame Asante-Barros⟧, a doctoral student who sequenced the fish's DNA, ⟦c said⟧ ⟦i:s2 its closest known relatives lived in caves more than 400 kilometres to the east⟧. ⟦q:s2 “That tells us these cave systems were connected at some point, probably by underground rivers that no longer exist,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Professor ⟦m:s3 Marguerite Olangi⟧, a cave ecologist at Dunmore University who was not involved in the research, ⟦c said⟧ ⟦x:s3 the find was “a reminder of how little we know about what lives under our feet”⟧. ⟦q:s3 “There are probably dozens more species like this in the region, and some of them will vanish before anyone finds them,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

The cave lies 300 metres from a limestone quarry whose owners have applied to extend it towards the plateau.

⟦m:s1 Vandermeulen⟧ ⟦c said⟧ ⟦i:s1 her team had sent its findings to the regional environment agency⟧. ⟦q:s1 “We are not against the quarry. We are asking that somebody checks where the water goes before they start blasting.”⟧
"""),

# 6006 sport: nickname inside name, role-then-name glued, description as subject, social-media caption with emoji, quoted headline
({"s1": ("Tomasz Wróbel", "Wróbel"),
  "s2": ("Inês Carvalho-Mendes", "Carvalho-Mendes"),
  "s3": ("Declan Moreau", "Moreau")},
"""
Late ⟦m:s1 Wróbel⟧ winner lifts Rovers past Ashcombe

Kilbride Rovers came from behind to beat Ashcombe Town 2-1 at Fenwick Park on Saturday, with ⟦m:s1 Tomasz “Tank” Wróbel⟧ scoring his first goal in 14 matches in the 89th minute.

⟦m:s1 Wróbel⟧, 31, had been left out of the previous two games and came on as a substitute with 20 minutes to play. ⟦q:s1 “I told the lads in the dressing room before kick-off that I had one in me,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “Nobody believed me. Fair enough, to be honest.”⟧

Ashcombe had led through a first-half header from Callum Reyes before the Rovers captain, Femi Adebanjo, equalised just after the hour.

Rovers manager ⟦m:s2 Inês Carvalho-Mendes⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had never doubted her striker⟧. ⟦q:s2 “People call him ‘Tank’ because he runs through walls, but he is a much cleverer footballer than that,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “The finish today was pure intelligence. He waited and waited and let the keeper go first.”⟧

⟦m:s3 Declan Moreau⟧ was in no mood to praise anyone. ⟦q:s3 “We switched off for ten seconds and it cost us the game. That is on me, and I will fix it,”⟧ ⟦m:s3 the Ashcombe manager⟧ ⟦c said⟧.

Late on Saturday night ⟦m:s1 Wróbel⟧ ⟦c posted⟧ a photograph of the match ball on Instagram with the caption ⟦q:s1 “Told you 😤⚽ Thank you Kilbride ❤️”⟧.

The result lifts Rovers to seventh in the table. Monday's Kilbride Echo marked the occasion with a back-page headline of just three words: “TANK ROLLS ON”.
"""),

# 6007 culture (British style): title of work, nested double quotes inside single, role-NP + apposition, speaker introduced by "Among the audience was", quoted headline, theatre speaks
({"s1": ("Eleri Vaughan-Price", "Vaughan-Price"),
  "s2": ("Matthias Oyelaran", "Oyelaran"),
  "s3": ("Corvin Theatre", "Corvin"),
  "s4": ("Beatrix Mold", "Mold")},
"""
Lighthouse drama opens to standing ovation at the ⟦m:s3 Corvin⟧

‘The Keeper's Daughters’, the first full-length play by ⟦m:s1 Eleri Vaughan-Price⟧, opened at the ⟦m:s3 Corvin Theatre⟧ in Saltmarsh on Tuesday night to a sold-out house and a standing ovation.

The play follows three sisters who keep a lighthouse on a remote island during the winter of 1952, while their father lies ill in the room below the lamp.

⟦m:s1 Vaughan-Price⟧, who grew up in a coastguard cottage and worked for a decade as a ferry deckhand before ⟦m:s1 she⟧ began writing, ⟦c said⟧ ⟦i:s1 the idea had come from a logbook ⟦m:s1 she⟧ found in a junk shop⟧. ⟦q:s1 ‘Somebody had written “fog, fog, fog” every day for a month, and then on one day just “fog, and a letter”,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘I spent three years wondering what was in that letter.’⟧

⟦m:s2 The director⟧, ⟦m:s2 Matthias Oyelaran⟧, ⟦c said⟧ ⟦i:s2 the cast had spent a week rehearsing in a working lighthouse on the Skerrow coast⟧. ⟦q:s2 ‘You cannot fake what it does to your legs, climbing 140 steps in the dark with a tray of tea,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Among the audience was ⟦m:s4 Beatrix Mold⟧, 88, whose father kept the Skerrow light for 30 years. ⟦q:s4 ‘They got the kettle right,’⟧ ⟦m:s4 she⟧ ⟦c said⟧, laughing. ⟦q:s4 ‘There was always a kettle on. Always.’⟧

The Saltmarsh Herald's critic was equally taken, and his review ran on Wednesday under the headline ‘A beam of light in a long winter’.

The ⟦m:s3 Corvin⟧ ⟦c said⟧ on Wednesday that ⟦i:s3 the run had been extended by three weeks because of demand⟧.
"""),

# 6008 local: placards, unidentifiable shout, speaker introduced without speech verb, council indirect, inverted said, councillor mixed, council via spokeswoman
({"s1": ("Tamsin Okonkwo-Hale", "Okonkwo-Hale"),
  "s2": ("Dunlow District Council", "council"),
  "s3": ("Piet Rasmussen", "Rasmussen"),
  "s4": ("Aled Vance", "Vance", "Councillor Vance")},
"""
Protest as 170-year-old Millrace Bridge closes for 18 months

About 150 people gathered on the Millrace Bridge in Dunlow on Saturday morning, hours before the 170-year-old crossing was closed to all traffic for repairs expected to take 18 months.

Many carried placards reading “Save Our Bridge” and “18 Months = 18 Empty Shops”. As workers lowered the barriers into place at noon, someone in the crowd ⟦c shouted⟧ ⟦q “Shame on you!”⟧ and the crowd began a slow handclap.

⟦m:s1 Tamsin Okonkwo-Hale⟧ has run the Lockside Café on the east bank for eleven years. ⟦q:s1 “Half my customers walk over from the west side. From Monday they have a 40-minute detour. I have worked out that I can survive for about four months.”⟧

⟦m:s2 Dunlow District Council⟧ ⟦c said⟧ ⟦i:s2 the closure was unavoidable after an inspection in March found serious corrosion in two of the bridge's cast-iron girders⟧.

⟦q:s3 “If we had left it another winter, we would be talking about demolition, not repair,”⟧ ⟦c said⟧ ⟦m:s3 Piet Rasmussen⟧, the council's senior structural engineer.

Councillor ⟦m:s4 Aled Vance⟧, whose ward covers both banks, ⟦c said⟧ ⟦x:s4 ⟦m:s2 the council⟧ had been “asleep at the wheel” for a decade⟧. ⟦q:s4 “These girders did not rust overnight,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “Somebody should have been looking, and somebody should have been paying for repairs as they went along.”⟧

In a statement, a council spokeswoman ⟦c said⟧: ⟦q:s2 “We understand people's frustration. A free shuttle bus will run every 15 minutes between the two banks from Monday morning, and businesses on either side can apply for a hardship grant.”⟧
"""),

# 6009 weather (British style): content before "according to", inverted said + role appositive, pronoun continuation, colon quote, org with "it", glued role
({"s1": ("Kestland Weather Service", "weather service"),
  "s2": ("Hamish Dunleavy", "Dunleavy"),
  "s3": ("Sunniva Aarset", "Aarset"),
  "s4": ("Fennick Rail",),
  "s5": ("Moira Gallacher", "Gallacher")},
"""
Amber warning as Storm Odile set to bring 90mph gusts

⟦i:s1 Storm Odile is expected to bring gusts of up to 90mph to western coasts on Thursday night⟧, ⟦c according to⟧ the ⟦m:s1 Kestland Weather Service⟧, which has issued an amber warning for wind covering most of the western seaboard.

⟦q:s2 ‘This is the kind of storm that brings trees down onto roads and power lines, and we would urge people not to travel unless they really have to,’⟧ ⟦c said⟧ ⟦m:s2 Hamish Dunleavy⟧, the service's chief forecaster.

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 the strongest winds were expected between midnight and 6am⟧. ⟦q:s2 ‘The timing is, if anything, a small mercy,’⟧ ⟦m:s2 he⟧ ⟦c added⟧. ⟦q:s2 ‘Most people will be at home and in bed.’⟧

Coastguard teams will be on standby along the coast overnight. ⟦m:s3 Sunniva Aarset⟧, who commands the coastguard station at Port Lenning, ⟦c said⟧: ⟦q:s3 ‘Every storm, somebody goes down to the sea wall to film the waves. Please, not this time. The waves do not care how many followers you have.’⟧

⟦m:s4 Fennick Rail⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ would run a reduced timetable on Friday morning and that passengers should check before setting out⟧. Several ferry crossings to the islands have already been cancelled.

On the Breccan peninsula, the sheep farmer ⟦m:s5 Moira Gallacher⟧ spent Wednesday moving her flock down to lower fields. ⟦q:s5 ‘We had the roof off the lambing shed in the last big one,’⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 ‘You learn. Anything that can move gets tied down.’⟧
"""),

# 6010 crime: "police said" after content, Detective Inspector glued, victim introduced by "Among the victims was", pronoun back to the inspector across a paragraph about another woman
({"s1": ("Ruth Abernathy-Sowe", "Abernathy-Sowe", "Inspector Abernathy-Sowe"),
  "s2": ("Wrenfield Police", "police"),
  "s3": ("Gwen Pritchard", "Pritchard"),
  "s4": ("Colm Ferriter", "Ferriter")},
"""
Three arrested over burglaries targeting elderly in Wrenfield

⟦i:s2 Three men have been arrested after a string of burglaries in which thieves targeted the homes of elderly people living alone in Wrenfield⟧, ⟦m:s2 police⟧ ⟦c said⟧ on Monday.

⟦m:s2 Wrenfield Police⟧ ⟦c said⟧ ⟦i:s2 the men, aged 19, 24 and 41, had been detained in raids on three addresses on Sunday morning and remained in custody⟧.

Detective Inspector ⟦m:s1 Ruth Abernathy-Sowe⟧, who is leading the investigation, ⟦c said⟧ ⟦i:s1 jewellery and cash worth about £60,000 had been taken from 23 homes since October⟧. ⟦q:s1 “These were not random break-ins. The people responsible picked homes where they believed an older person lived alone, and in several cases they watched those homes for days,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Among the victims was ⟦m:s3 Gwen Pritchard⟧, 83, a retired piano teacher, whose late husband's war medals were taken from a drawer in her bedroom. ⟦q:s3 “They can have the television. I want his medals back,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 officers had recovered a number of items from one of the addresses, including two wedding rings and a carriage clock, and were trying to trace their owners⟧. ⟦q:s1 “If you have been offered rings, watches or medals in a pub or online in the last few weeks, please call us,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s4 Colm Ferriter⟧, who runs the neighbourhood watch on the Beechgrove estate, ⟦c said⟧ ⟦i:s4 many older residents had been too frightened to go out in the evenings⟧. ⟦q:s4 “People on this estate are sleeping with the lights on. An arrest helps, but it will take a long time for that feeling to go away,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.
"""),

# 6011 education: role-NP + apposition in a letter, according to a council report, multi-paragraph letter quote, union via spokesman, council description
({"s1": ("Margit Szabó", "Szabó"),
  "s2": ("Kellbrook County Council", "county council"),
  "s3": ("Owain Prys", "Prys"),
  "s4": ("National Teachers' Guild",)},
"""
Parents fight plan to close 140-year-old village school

Parents in Harrow Fold have launched a campaign to save the village's primary school, which ⟦m:s2 Kellbrook County Council⟧ wants to close next summer because of falling pupil numbers.

In a letter sent to families on Monday, ⟦m:s1 the headteacher⟧, ⟦m:s1 Margit Szabó⟧, ⟦c wrote⟧: ⟦q:s1 “I know this news will come as a shock. It came as a shock to me. I want to be honest with you about what happens next, and I will answer every question I can.”⟧

The school has 38 pupils, down from 71 a decade ago. ⟦c According to⟧ a council report, ⟦i:s2 each pupil at Harrow Fold costs almost twice as much to educate as the county average⟧.

⟦m:s3 Owain Prys⟧, whose two daughters attend the school, ⟦c said⟧ ⟦i:s3 the nearest alternative was a 35-minute bus ride along a single-track road⟧. ⟦q:s3 “They are four and six. In January that road is ice from one end to the other,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “The council talks about cost per pupil. I talk about my girls on a bus in the dark.”⟧

Later in the letter, ⟦m:s1 Szabó⟧ ⟦c wrote⟧: ⟦q:s1 “Nothing is final until the cabinet votes in March. There will be a public consultation, and I will make sure that your views are heard.⟧

⟦q:s1 “Until then, this is a school, and we will go on being one. Our reading week starts on the 14th, and I expect to see every one of you there.”⟧

The ⟦m:s4 National Teachers' Guild⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ would oppose the closure⟧. ⟦q:s4 “Small schools are not a luxury. In places like Harrow Fold, the school is the village,”⟧ a spokesman for the guild ⟦c said⟧.

⟦m:s2 The council⟧ ⟦c said⟧ ⟦i:s2 no decision had been taken and that every option would be considered⟧.
"""),

# 6012 technology: blog post by a CEO (role-NP + apposition), two speakers' quotes in one paragraph, scare quote, "confirmed", inverted said with appositive
({"s1": ("Jonas Ferreira-Lind", "Ferreira-Lind"),
  "s2": ("Pocketly",),
  "s3": ("Valdonian Data Authority", "data authority"),
  "s4": ("Yusra Haddad", "Haddad"),
  "s5": ("Bartholomew Nkemelu", "Nkemelu")},
"""
⟦m:s2 Pocketly⟧ data breach exposed 1.2 million users' bank details

The budgeting app ⟦m:s2 Pocketly⟧ has ⟦c admitted⟧ that ⟦i:s2 the names, email addresses and partial bank details of about 1.2 million users were left exposed on the internet for 11 days last month⟧.

In a blog post on Tuesday, ⟦m:s1 the company's chief executive⟧, ⟦m:s1 Jonas Ferreira-Lind⟧, ⟦c wrote⟧: ⟦q:s1 “We let you down. There is no other way to say it. A configuration error on one of our servers left your data exposed, and we did not notice until somebody told us.”⟧

The somebody was ⟦m:s4 Yusra Haddad⟧, an independent security researcher in Larnholm who found the open server during routine scanning. ⟦m:s4 She⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ had alerted the company on October 3 and heard nothing for a week⟧. ⟦q:s4 “I emailed their security address, their support address and the chief executive's public account. Silence,”⟧ ⟦m:s4 Haddad⟧ ⟦c said⟧.

⟦m:s2 Pocketly⟧ ⟦c said⟧ ⟦i:s2 her first email had been caught by a spam filter⟧. ⟦q:s4 “Then they need a better spam filter,”⟧ ⟦m:s4 she⟧ ⟦c replied⟧ when told of the explanation.

⟦m:s2 The company⟧, which markets itself as offering “bank-grade” security, ⟦c said⟧ ⟦i:s2 all affected users would receive two years of free credit monitoring⟧. ⟦q:s1 “If you are angry, you have every right to be,”⟧ ⟦m:s1 Ferreira-Lind⟧ ⟦c wrote⟧.

The ⟦m:s3 Valdonian Data Authority⟧ ⟦c confirmed⟧ ⟦i:s3 ⟦m:s3 it⟧ had opened an investigation⟧. ⟦q:s5 “Holding people's financial data brings obligations, and we will be examining very carefully whether those obligations were met,”⟧ ⟦c said⟧ ⟦m:s5 Bartholomew Nkemelu⟧, the authority's deputy commissioner.
"""),

# 6013 obituary: diacritics, role-NP + apposition, pronoun of the deceased inside indirect and mixed content, old interview quote, glued "The conductor", titles of works
({"s1": ("Halldóra Sigurðardóttir", "Sigurðardóttir"),
  "s2": ("Sólveig Ragnarsdóttir", "Ragnarsdóttir"),
  "s3": ("Anatol Weisz", "Weisz")},
"""
⟦m:s1 Halldóra Sigurðardóttir⟧, composer who set the sea to music, dies at 84

⟦m:s1 Halldóra Sigurðardóttir⟧, whose choral works drew on the fishermen's songs of the island where ⟦m:s1 she⟧ grew up, has died at her home in Vestrahöfn. ⟦m:s1 She⟧ was 84.

⟦m:s2 Her daughter⟧, ⟦m:s2 Sólveig Ragnarsdóttir⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s1 she⟧ had died peacefully on Sunday after a short illness⟧. ⟦q:s2 “She was working until the last week. There is a half-finished piece for children's choir on the piano, and none of us has had the heart to move it,”⟧ ⟦m:s2 Ragnarsdóttir⟧ ⟦c said⟧.

Born in 1941 on the island of Skarðsey, ⟦m:s1 Sigurðardóttir⟧ studied piano and composition at the conservatory in Lindholt. Her oratorio “Salt and Sorrow”, first performed in 1979, made her name, and her song cycle “Nine Tides” is still sung by choirs across the north.

In a 2009 interview with the music magazine Tónlistarblaðið, ⟦m:s1 she⟧ ⟦c said⟧: ⟦q:s1 “My father sang while he mended nets. He could not read a note of music. Everything I know about rhythm, I learned from him.”⟧

The conductor ⟦m:s3 Anatol Weisz⟧, who gave the first performances of several of her works, ⟦c said⟧ ⟦x:s3 ⟦m:s1 she⟧ had been “the least sentimental person I ever met, and the most moving composer”⟧. ⟦q:s3 “Orchestras were frightened of her. She would stop a rehearsal and ask the second oboe what he had eaten for breakfast, because the note sounded hungry,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 She⟧ is survived by her daughter and two grandsons. ⟦q:s2 “She asked for no speeches at the funeral. Only singing,”⟧ ⟦m:s2 her daughter⟧ ⟦c said⟧.
"""),

# 6014 international: dateline, according to results with names inside, Arabic word in a quote, concession posted on social media, observer, voter
({"s1": ("Leila Ben Amara", "Ben Amara"),
  "s2": ("Mounir Tazarine", "Tazarine"),
  "s3": ("Electoral Commission of Mazira", "electoral commission"),
  "s4": ("Hélène Dufresne-Abiola", "Dufresne-Abiola"),
  "s5": ("Samir Oukaci", "Oukaci")},
"""
Architect with no political experience wins Dar el-Nour mayoralty

DAR EL-NOUR, Mazira — ⟦m:s1 Leila Ben Amara⟧, a 39-year-old architect who has never held public office, has been elected mayor of Mazira's second city, unseating an incumbent who had held the post for 16 years.

⟦c According to⟧ provisional results released early on Monday by the ⟦m:s3 Electoral Commission of Mazira⟧, ⟦i:s3 ⟦m:s1 Ben Amara⟧ won 54 per cent of the vote against 41 per cent for ⟦m:s2 Mounir Tazarine⟧⟧.

Speaking to several thousand supporters in the old harbour square on Monday evening, ⟦m:s1 Ben Amara⟧ ⟦c said⟧: ⟦q:s1 “Tonight this city said one word to us: إصلاح — reform. We heard it. Tomorrow we start.”⟧

⟦m:s2 Tazarine⟧, whose party has run the city since 1998, conceded defeat in a short message on social media. ⟦q:s2 “The people have chosen. I congratulate Mrs Ben Amara and wish her success, for the sake of the city we both love,”⟧ ⟦m:s2 he⟧ ⟦c wrote⟧.

⟦m:s4 Hélène Dufresne-Abiola⟧, who led a 40-member observer mission from the Coastal States Forum, ⟦c said⟧ ⟦i:s4 voting had been largely orderly⟧. ⟦q:s4 “We saw long queues and a great deal of patience. We also saw two polling stations open three hours late, and we have asked the commission for an explanation,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

In the fishing district of Bab Sghir, ⟦m:s5 Samir Oukaci⟧, 62, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had voted for the first time in 20 years⟧. ⟦q:s5 “I voted because of the water. Three summers now the taps have run dry for days at a time,”⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 “If she fixes the water, she has my vote forever. If not, we will see.”⟧

⟦m:s1 Ben Amara⟧, who campaigned on repairing the city's crumbling water network, takes office on January 1.
"""),

# 6015 international: CJK in a quote and on a banner, speaker introduced without a speech verb, two indirect clauses under one cue, speaker resumes at the end
({"s1": ("Emiko Tachibana", "Tachibana"),
  "s2": ("Kenji Oyamada", "Oyamada"),
  "s3": ("Hoshimura City Office", "city office"),
  "s4": ("Lucía Ferrandis", "Ferrandis")},
"""
Thousands of lanterns light Kaede River as Hoshimura revives festival

HOSHIMURA — More than 12,000 paper lanterns drifted down the Kaede River on Saturday night as this small island city held its lantern festival for the first time since 1985. Banners strung between the willows along the bank read “おかえり — Welcome home”.

⟦m:s1 Emiko Tachibana⟧, 71, spent three years persuading the city to bring the festival back. ⟦q:s1 “When I was a girl, the whole river was gold. I wanted my grandchildren to see it once before I die. Now they have seen it, so I suppose I had better not die yet.”⟧

⟦m:s2 Kenji Oyamada⟧, one of the last craftsmen on the island who still make lanterns from mulberry paper, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had made more than 900 of them since the spring⟧. ⟦q:s2 “On every lantern I write the same two characters, 灯籠, and then the family writes its own wish underneath,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “My hands are very tired. My heart is not.”⟧

The ⟦m:s3 Hoshimura City Office⟧ ⟦c said⟧ ⟦i:s3 about 38,000 people had attended, more than three times the island's population⟧, and that ⟦i:s3 the festival would now be held every year⟧.

Among the visitors was ⟦m:s4 Lucía Ferrandis⟧, who had travelled from Valdemora with her partner after seeing a video of a rehearsal online. ⟦q:s4 “I have been to a lot of festivals. Nothing was this quiet. Twelve thousand people, and you could hear the river,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s1 Tachibana⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would hand the organising to younger volunteers next year⟧. ⟦q:s1 “I have done my part. Somebody else can argue with the city office now.”⟧
"""),

# 6016 politics (British style): role-NP + apposition, nested quote of a rival, Mr/Ms glued, mixed fragments, charity statement with glued descriptor
({"s1": ("Cressida Ombwele", "Ombwele", "Ms Ombwele"),
  "s2": ("Rhodri Llewellyn-Tate", "Llewellyn-Tate"),
  "s3": ("Isaac Mbatha-Rowe", "Mbatha-Rowe", "Mr Mbatha-Rowe"),
  "s4": ("Shelterwell",)},
"""
Minister defends housing bill as backbench rebels circle

⟦m:s1 The housing minister⟧, ⟦m:s1 Cressida Ombwele⟧, has defended plans to let councils build on protected farmland, as more than 20 members of her own party threatened to vote against the bill.

Opening the second-reading debate in the National Assembly on Tuesday, ⟦m:s1 she⟧ ⟦c said⟧: ⟦q:s1 ‘A generation has been told to wait. Wait for a deposit, wait for a council flat, wait for the market to sort itself out. This bill says: no more waiting.’⟧

⟦m:s2 Her opposite number⟧, ⟦m:s2 Rhodri Llewellyn-Tate⟧, ⟦c said⟧ ⟦x:s2 the bill was ‘a developers' charter dressed up as a housing plan’⟧. ⟦q:s2 ‘The minister says “no more waiting”,’⟧ ⟦m:s2 he⟧ ⟦c told⟧ the chamber. ⟦q:s2 ‘I say: no more pretending that executive homes on fields outside market towns will help a nurse who works in the city centre.’⟧

The rebels have put their names to an amendment, tabled by ⟦m:s3 Isaac Mbatha-Rowe⟧, the member for Fellside, that would exclude land within two miles of a town boundary. ⟦q:s3 ‘I support the aim of this bill. I do not support concreting over the only bits of countryside my constituents can actually walk to,’⟧ Mr ⟦m:s3 Mbatha-Rowe⟧ ⟦c said⟧.

Winding up the debate, Ms ⟦m:s1 Ombwele⟧ ⟦c said⟧ ⟦x:s1 the government would ‘listen carefully’ to the amendment⟧. ⟦q:s1 ‘What I will not do is let the perfect be the enemy of the built,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.

In a statement, the homelessness charity ⟦m:s4 Shelterwell⟧ ⟦c said⟧: ⟦q:s4 ‘Whatever members decide about fields, 140,000 families are in temporary accommodation tonight. That is the number this debate should be about.’⟧

The bill passed its second reading by 311 votes to 287, with 23 government members voting against.
"""),

# 6017 courts (straight ASCII quotes): scare quote in headline, nickname, "ruled that", description as speaker, mixed, written statement, role-NP + apposition
({"s1": ("Percival Okoro", "Okoro", "Judge Okoro"),
  "s2": ("Delphine Aucoin", "Aucoin"),
  "s3": ("Norbert Greville", "Greville"),
  "s4": ("Sushila Raghunathan", "Raghunathan")},
"""
Judge orders "monster hedge" cut in half after nine-year feud

A judge at Calderbrook County Court has ordered a retired dentist to cut his leylandii hedge to half its height, ending a nine-year dispute that residents of Wisteria Close had taken to calling "the hedge war".

Judge ⟦m:s1 Percival Okoro⟧ ⟦c ruled⟧ that ⟦i:s1 the hedge, which reaches seven metres at its highest point, had deprived the claimant, ⟦m:s2 Delphine Aucoin⟧, of direct sunlight for most of the year⟧.

⟦q:s1 "It is not the function of this court to arbitrate matters of taste in gardening,"⟧ ⟦m:s1 the judge⟧ ⟦c said⟧. ⟦q:s1 "But a hedge that keeps the sun off a neighbour's kitchen from October to March is not a matter of taste."⟧

⟦m:s2 Aucoin⟧, 67, a retired translator, ⟦c said⟧ outside court that ⟦x:s2 ⟦m:s2 she⟧ was "relieved, and very tired"⟧. ⟦q:s2 "I planted tomatoes in that garden in 2016 and they never once ripened. Next summer, we will see,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Norbert Greville⟧, 74, did not attend the hearing. In a written statement, ⟦m:s3 he⟧ ⟦c said⟧: ⟦q:s3 "I planted that hedge for privacy, not to spite anybody. I will do as the court says, although I maintain it was never seven metres."⟧

⟦m:s4 His barrister⟧, ⟦m:s4 Sushila Raghunathan⟧, had ⟦c argued⟧ that ⟦i:s4 the hedge was already well established when the claimant bought her house in 2014⟧.

⟦m:s1 Okoro⟧ ⟦c said⟧ ⟦i:s1 this made no difference⟧. ⟦q:s1 "Hedges grow. That is rather the point of them,"⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s3 Greville⟧ must reduce the hedge to 3.5 metres by the end of March and pay £4,200 towards the claimant's legal costs.
"""),

# 6018 business: org and named leader, speaker introduced without speech verb, three-paragraph letter quote, quote before cue with "when asked", worker
({"s1": ("Harbour Workers' Union",),
  "s2": ("Bronagh Quigley", "Quigley"),
  "s3": ("Saltgate Port Authority", "port authority"),
  "s4": ("Viktor Halvorsen", "Halvorsen", "Mr Halvorsen"),
  "s5": ("Chiamaka Obi", "Obi")},
"""
Saltgate dockers begin 72-hour strike over pay

Container traffic at Saltgate, the country's third-busiest port, came to a standstill on Monday as about 1,400 crane operators, lashers and pilots began a 72-hour strike over pay.

The ⟦m:s1 Harbour Workers' Union⟧ ⟦c said⟧ ⟦i:s1 the offer from the ⟦m:s3 Saltgate Port Authority⟧, a 4 per cent rise, was below inflation for the third year running⟧.

⟦m:s2 Bronagh Quigley⟧, the union's general secretary, climbed onto a flatbed lorry at the main gate to address about 300 strikers. ⟦q:s2 “They tell us the port had a record year. Good. We loaded that record. We lashed that record. Now we want our share of it.”⟧

In a letter to staff on Sunday, ⟦m:s4 the port authority's chief executive⟧, ⟦m:s4 Viktor Halvorsen⟧, ⟦c wrote⟧: ⟦q:s4 “I respect your right to strike, and I know many of you feel that the last three years have asked a great deal of you. They have.⟧

⟦q:s4 “But the offer on the table is the most we can afford while also paying for the new deep-water berth, which will secure this port's future, and your jobs, for the next thirty years.⟧

⟦q:s4 “I would ask you to put it to a ballot.”⟧

⟦q:s2 “If Mr Halvorsen wants a ballot, he can have one. He will not like the result,”⟧ ⟦m:s2 Quigley⟧ ⟦c said⟧ when asked about the letter. ⟦m:s1 The union⟧ ⟦c said⟧ ⟦i:s1 members had already rejected the offer twice⟧.

⟦m:s5 Chiamaka Obi⟧, who has operated a crane at the port for 14 years, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had never been on strike before⟧. ⟦q:s5 “I have a mortgage and two children. Nobody does this for fun,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s3 The port authority⟧ ⟦c said⟧ ⟦i:s3 about 40 ships were waiting at anchor off the harbour mouth and that some would be diverted to other ports⟧.
"""),

# 6019 health: Dr glued, fully quoted paragraph continuing a speaker, patient introduced without speech verb, slogan on a van, pharmacist, org description
({"s1": ("Oluwaseun Brandt", "Brandt", "Dr Brandt"),
  "s2": ("Hedda Lindgren", "Lindgren"),
  "s3": ("Fenmarsh Health Trust", "health trust"),
  "s4": ("Ewan Gillies", "Gillies")},
"""
Mobile clinic brings the doctor back to Fenmarsh villages

A converted horsebox fitted with an examination couch, a blood-test fridge and a satellite dish has begun touring eight villages in the Fenmarsh that have been without a permanent doctor since the last surgery closed in 2022. Its side has been painted with the slogan “The Doctor Will See You Now”.

The van is the idea of Dr ⟦m:s1 Oluwaseun Brandt⟧, a GP in the market town of Edgecote, who persuaded ⟦m:s3 Fenmarsh Health Trust⟧ to pay for it. ⟦q:s1 “People out here were driving 40 minutes to see a doctor, or more often not seeing one at all,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “I kept meeting patients whose problems would have been simple to treat a year earlier.”⟧

⟦q:s1 “The van is not a hospital. It is a doctor, a nurse and a kettle. But a doctor, a nurse and a kettle, parked in the right place on the right morning, can do an awful lot.”⟧

⟦m:s2 Hedda Lindgren⟧, 79, was first in the queue in the village of Saltby on Tuesday. ⟦m:s2 She⟧ had her blood pressure checked and a prescription renewed in 20 minutes. ⟦q:s2 “Last time I had to take two buses and it took all day,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “This is civilised.”⟧

⟦m:s4 Ewan Gillies⟧, who runs the only pharmacy in the area, ⟦c said⟧ ⟦i:s4 the van had already taken pressure off his counter⟧. ⟦q:s4 “People used to come to me with things they should have taken to a doctor, because I was the only one there,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦m:s3 The trust⟧ ⟦c said⟧ ⟦i:s3 the pilot would run for a year at a cost of about £210,000⟧.

⟦m:s1 Brandt⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ hoped to have a second van on the road by next winter⟧.
"""),

# 6020 sport: description as subject ("The 27-year-old"), nested shout inside a quote, inverted said after quote, role-NP + apposition
({"s1": ("Noa Ben-Haim", "Ben-Haim"),
  "s2": ("Yonas Berhanu Teklu", "Teklu"),
  "s3": ("Marguerite Fontaine-Osei", "Fontaine-Osei")},
"""
⟦m:s1 Ben-Haim⟧ smashes course record at Lakeshore Marathon

⟦m:s1 Noa Ben-Haim⟧ broke the course record at the Lakeshore Marathon in Verranholm on Sunday, finishing in 2 hours 21 minutes 9 seconds despite a stiff headwind over the final 10 kilometres.

⟦m:s1 The 27-year-old⟧, who took up running six years ago after a knee injury ended her career as a handball player, finished 41 seconds inside the previous record.

⟦q:s1 “At 35 kilometres I was sure I had gone out too fast. My legs were telling me so very clearly,”⟧ ⟦m:s1 Ben-Haim⟧ ⟦c said⟧. ⟦q:s1 “Then I heard my mother shouting ‘Go on, Noa, go on!’ from the crowd and I forgot all about my legs.”⟧

In the men's race, ⟦m:s2 Yonas Berhanu Teklu⟧ won a sprint finish by a single second from his training partner. ⟦q:s2 “I did not know it would be so close. I looked behind me only once, and that was a mistake,”⟧ ⟦c said⟧ ⟦m:s2 Teklu⟧, who was running the distance for only the second time.

⟦m:s3 The race director⟧, ⟦m:s3 Marguerite Fontaine-Osei⟧, ⟦c said⟧ ⟦i:s3 a record 18,400 runners had crossed the finish line⟧. ⟦q:s3 “We had runners of 82 and runners of 18, and a man who ran the whole way dressed as a lighthouse,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “I still do not know how he got onto the bus to the start.”⟧

Asked about her plans, ⟦m:s1 Ben-Haim⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would now target the national championships in the spring⟧.
"""),

# 6021 science: nickname, inverted said + Professor glued, open letter ("the letter said"), mixed org response, pronoun back to a speaker two paragraphs later
({"s1": ("Rasmus Thorvaldsen", "Thorvaldsen", "Professor Thorvaldsen"),
  "s2": ("Amaia Etxeberria", "Etxeberria", "Dr Etxeberria"),
  "s3": ("Ministry of Environment", "environment ministry")},
"""
Sennfjell glacier melting twice as fast as models predicted

The Sennfjell glacier, the largest in the Nordhavian highlands, has lost ice twice as fast over the past decade as computer models predicted. The findings, published on Thursday in the journal Cryosphere Letters, are based on ten years of measurements by a team from the Institute of Polar Studies in Kaldvik.

Farmers in the valley below have long called the glacier “the Old Man”, and for generations they have judged the coming summer by how much of his white beard they can see from the church.

⟦q:s1 “We went back to the same stakes we drilled into the ice in 2014, and some of them were simply lying on the rock,”⟧ ⟦c said⟧ Professor ⟦m:s1 Rasmus Thorvaldsen⟧, who led the study. ⟦q:s1 “The ice they had been frozen into was gone.”⟧

Dr ⟦m:s2 Amaia Etxeberria⟧, a co-author, ⟦c said⟧ ⟦i:s2 dark dust blown up from farmland had made the surface of the glacier absorb more sunlight⟧. ⟦q:s2 “Clean snow reflects most of the sun. Dirty ice drinks it,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Last month ⟦m:s1 Thorvaldsen⟧ wrote an open letter to the environment minister, co-signed by 140 scientists, ⟦c warning⟧ that ⟦i:s1 the glacier fed the rivers that supply drinking water to 300,000 people⟧. ⟦q:s1 “We are asking you to treat it as what it is: a water tower, and one that is running dry,”⟧ the letter ⟦c said⟧.

The ⟦m:s3 Ministry of Environment⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 it⟧ had received the letter and would respond “in due course”⟧.

The team plans to return to the glacier in June to drill a new set of stakes. ⟦q:s1 “I have been going up there for 30 years. I would very much like to be wrong about this,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),

# 6022 local (British style): nested double quotes, role-NP + apposition, boy introduced without speech verb, sign, pronoun back to a woman across two paragraphs with another woman in between
({"s1": ("Grainne Halloran", "Halloran"),
  "s2": ("Beatriz Sallinen", "Sallinen"),
  "s3": ("Tobias Engqvist", "Engqvist")},
"""
Car park becomes community garden after five-year campaign

A former car park behind the Pendle Row flats in Ostbury has been turned into a community garden with 40 raised beds, a pond and an orchard of twelve apple trees.

The garden was formally opened on Saturday by ⟦m:s1 Grainne Halloran⟧, 64, who began campaigning for it in 2020. ⟦q:s1 ‘People said I was mad. I said, “Mad is leaving a car park empty for fifteen years in a place where children have nowhere to play”,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 The council's parks officer⟧, ⟦m:s2 Beatriz Sallinen⟧, ⟦c said⟧ ⟦i:s2 the land had been leased to the residents' association for 25 years at a nominal rent⟧. ⟦q:s2 ‘Honestly, Grainne wore us down. We had meetings about that car park that lasted longer than some marriages,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Tobias Engqvist⟧, 15, who lives on the ninth floor, dug the pond with two friends over the summer holidays. ⟦q:s3 ‘We dug it in the rain. There are frogs in it already, which nobody can explain,’⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 ‘My mum says I'm never home any more.’⟧

A hand-painted sign on the gate reads ‘Take a carrot, leave a smile’, and by Saturday afternoon most of the carrots had gone.

⟦m:s1 She⟧ now has her eye on a strip of wasteland beside the railway line, and has already written to the council about it. ⟦q:s1 ‘I'm 64, not dead,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘Another five years? Fine. I've done it once.’⟧
"""),

# 6023 rescue: "police said" after content containing a speaker, interrupted quote around an inverted cue with org inside the appositive, family statement, social-media post, expletive "it" not a mention
({"s1": ("Brenmoor Mountain Rescue", "mountain rescue"),
  "s2": ("Ivo Kovačević", "Kovačević"),
  "s3": ("Lindahl family",),
  "s4": ("Maren Lindahl", "Lindahl"),
  "s5": ("Brenmoor Police", "police")},
"""
Hiker found alive after three nights lost on the Brenmoor

⟦i:s5 ⟦m:s4 Maren Lindahl⟧, 26, who had been missing on the Brenmoor since Saturday, was found alive in a gully below Crag Tarn at about 7.40am on Tuesday⟧, ⟦m:s5 police⟧ ⟦c said⟧.

⟦m:s4 She⟧ was spotted by a volunteer flying a thermal-imaging drone and was airlifted to Kessington General Hospital, where ⟦m:s4 she⟧ was treated for hypothermia.

⟦q:s2 “The mist came down on Saturday afternoon,”⟧ ⟦c said⟧ ⟦m:s2 Ivo Kovačević⟧, who led the 40-strong search for ⟦m:s1 Brenmoor Mountain Rescue⟧, ⟦q:s2 “and up there that can mean you cannot see your own boots.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s4 she⟧ had been conscious and talking when the team reached her⟧. ⟦q:s2 “She did everything right. She found shelter behind a boulder, she kept her layers on, and she made a bag of nuts last three days,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “We find a lot of people on this hill. We do not always find them like that.”⟧

In a statement released on Tuesday afternoon, the ⟦m:s3 Lindahl family⟧ ⟦c said⟧: ⟦q:s3 “We cannot put into words what we owe to the volunteers who went out in the dark and the rain, night after night, to look for our daughter.”⟧

⟦m:s4 Lindahl⟧ ⟦c posted⟧ a short message from her hospital bed on Wednesday evening: ⟦q:s4 “Alive, warm and eating toast. Thank you to every single one of you.”⟧

⟦m:s1 Brenmoor Mountain Rescue⟧, which is run entirely by volunteers and funded by donations, ⟦c said⟧ ⟦i:s1 it had been the team's 61st call-out of the year⟧.
"""),

# 6024 education: banners, role-NP + apposition, inverted said + appositive, anonymous student (no speaker), email with mixed and indirect clauses, scare quote
({"s1": ("Dominic Achebe-Sørensen", "Achebe-Sørensen", "Professor Achebe-Sørensen"),
  "s2": ("Zainab Oyelowo-Park", "Oyelowo-Park"),
  "s3": ("Lukas Brenner", "Brenner")},
"""
Students occupy Marrowby library over international fee rise

About 200 students occupied the main library at the University of Marrowby on Wednesday in protest at plans to raise fees for international students by 18 per cent from next autumn.

Banners hung from the library's upper windows read “Education Not Extraction” and “Fees Up, Standards Down”, while a line of students sat on the steps below, revising for exams.

⟦m:s2 The students' union president⟧, ⟦m:s2 Zainab Oyelowo-Park⟧, ⟦c said⟧ ⟦i:s2 the occupation would continue until the university's governing council agreed to meet students⟧. ⟦q:s2 “We have sent eleven emails. We have had one reply, and it was an out-of-office,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s3 “My parents sold a field to send me here. There is not another field,”⟧ ⟦c said⟧ ⟦m:s3 Lukas Brenner⟧, a second-year engineering student from Felsental.

One first-year student, who asked not to be named because she feared it could affect her visa, ⟦c said⟧: ⟦q “I came here because it was affordable. If it goes up again, I will have to finish my degree somewhere else, or not at all.”⟧

In an email to all staff and students on Wednesday evening, ⟦m:s1 the vice-chancellor⟧, Professor ⟦m:s1 Dominic Achebe-Sørensen⟧, ⟦c wrote⟧ that ⟦x:s1 the university respected “the right to protest peacefully”⟧ but that ⟦i:s1 the library had to reopen before the exam period⟧.

⟦q:s1 “International students are not a cash machine, and I regret any impression that we regard them as one,”⟧ ⟦m:s1 he⟧ ⟦c wrote⟧. ⟦q:s1 “But our costs have risen by a quarter in three years, and the government grant has not.”⟧

The university's so-called “sustainability plan”, published in October, assumes that income from international fees will rise by a third by 2030.
"""),

# 6025 technology: nickname, inverted said + appositive, continuation, speaker introduced with "is a fan", Councillor glued, scare quote, company statement
({"s1": ("Trundle Robotics", "Trundle"),
  "s2": ("Maximilian Oduya", "Oduya"),
  "s3": ("Ingeborg Salas", "Salas"),
  "s4": ("Priti Venkataraman", "Venkataraman", "Councillor Venkataraman"),
  "s5": ("Walter Hinchcliffe", "Hinchcliffe")},
"""
Pavement robots win fans, and a few enemies, in Netherby trial

Since September, a fleet of 30 knee-high, six-wheeled robots has been delivering groceries around the Netherby suburb of Fallowfield East, in a trial run by ⟦m:s1 Trundle Robotics⟧ and the town council.

The robots, which residents have nicknamed “the beetles”, trundle along at walking pace and use cameras and radar to steer around pedestrians, pushchairs and dogs.

⟦q:s2 “Ninety-four per cent of deliveries have arrived on time, and we have had no injuries,”⟧ ⟦c said⟧ ⟦m:s2 Maximilian Oduya⟧, the company's chief operating officer. ⟦q:s2 “We have had one robot drive into a pond. It was fine. The pond was also fine.”⟧

⟦m:s3 Ingeborg Salas⟧, a nurse who works nights at Netherby General, is a fan. ⟦q:s3 “It brings my milk at six in the morning and never asks how my shift went. Perfect colleague,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Not everyone is convinced. ⟦m:s5 Walter Hinchcliffe⟧, 81, who uses a mobility scooter, ⟦c said⟧ ⟦i:s5 the robots often blocked dropped kerbs while they waited to cross the road⟧. ⟦q:s5 “I have sat behind one of those things for five minutes while it made up its mind,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

The trial is part of the council's “smart streets” programme, which also includes sensors that tell drivers where to find a parking space. Councillor ⟦m:s4 Priti Venkataraman⟧, who chairs the transport committee, ⟦c said⟧ ⟦i:s4 it would be reviewed in March⟧. ⟦q:s4 “We wanted to find out whether this works for everybody, not just for people who like gadgets,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

In a statement, ⟦m:s1 Trundle⟧ ⟦c said⟧ ⟦i:s1 its robots had received a software update that made them give way at dropped kerbs⟧.
"""),

# 6026 culture: title of a painting, inverted said + Dr glued + appositive, role-NP + apposition, letter, mixed, museum description, speaker resumes
({"s1": ("Lena Marchetti", "Marchetti", "Dr Marchetti"),
  "s2": ("Ambrose Kettering", "Kettering"),
  "s3": ("Museum of the Western Shore", "museum"),
  "s4": ("Siddharth Rao-Whitfield", "Rao-Whitfield")},
"""
Lost Pellworth harbour painting to go on show in Calder

A painting of Calder harbour by the 19th-century artist Augusta Pellworth, missing since it was sold at auction in 1904, is to go on display at the ⟦m:s3 Museum of the Western Shore⟧ after being given to the museum by a private collector.

The work, “Herring Fleet at Dawn”, had long been thought to have been destroyed in a house fire in the 1930s.

⟦q:s1 “When the photographs arrived in my inbox I had to go and sit down,”⟧ ⟦c said⟧ Dr ⟦m:s1 Lena Marchetti⟧, the museum's senior curator. ⟦q:s1 “We have a preparatory sketch for this painting in our collection. We have looked at that sketch for a hundred years wondering what the real thing looked like.”⟧

⟦m:s2 The donor⟧, ⟦m:s2 Ambrose Kettering⟧, a retired shipping broker, bought the painting at a country-house sale in 1974 without knowing who had painted it. In a letter to the museum, ⟦m:s2 he⟧ ⟦c wrote⟧: ⟦q:s2 “It has hung in my dining room for fifty years and I have loved it every single day. But it was painted for the people of Calder, and it is time it went home.”⟧

⟦m:s4 Siddharth Rao-Whitfield⟧, who has written two books on Pellworth, ⟦c said⟧ ⟦x:s4 the painting was “almost certainly” her finest harbour scene⟧. ⟦q:s4 “She painted the same view eleven times that we know of. This is the one where she finally got the light right,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦m:s3 The museum⟧ ⟦c said⟧ ⟦i:s3 the painting would go on display on February 3 and that admission would be free⟧.

⟦m:s1 Marchetti⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had already chosen a wall⟧. ⟦q:s1 “It is going next to the sketch, so that after 120 years the two of them can finally meet.”⟧
"""),

# 6027 obituary (British style, typographic apostrophes): nickname inside name, club statement, pronoun of the deceased, mixed with name inside, role-NP + apposition
({"s1": ("Bernard Mulgrew", "Mulgrew", "Barney Mulgrew"),
  "s2": ("Castlereach Albion", "Albion"),
  "s3": ("Kieran Adeyinka", "Adeyinka"),
  "s4": ("Philippa Mulgrew", "Philippa")},
"""
⟦m:s1 Bernard ‘Barney’ Mulgrew⟧, cup-winning manager, dies aged 79

⟦m:s1 Bernard ‘Barney’ Mulgrew⟧, who led ⟦m:s2 Castlereach Albion⟧ to their only national cup triumph in 1987, has died aged 79.

In a statement on Monday, ⟦m:s2 Albion⟧ ⟦c said⟧: ⟦q:s2 ‘Barney was more than a manager. He was the heart of this club for 22 years, and he’ll be the heart of it for a great deal longer than that.’⟧

Born in the mining village of Thornlee in 1946, ⟦m:s1 Mulgrew⟧ played more than 300 games at centre-half for ⟦m:s2 Albion⟧ before a broken leg ended his career at 29. Within a year ⟦m:s1 he⟧ was managing the reserves, and by 1979 the first team. His half-time talks were known in the dressing room as ‘the weather forecast’, because nobody could predict what was coming.

⟦m:s1 He⟧ once ⟦c said⟧ of the 1987 final, in which ⟦m:s2 Albion⟧ beat a top-division side 1-0: ⟦q:s1 ‘We had no right to be on the same pitch as them. Nobody told the lads that, so they won.’⟧

⟦m:s3 Kieran Adeyinka⟧, who scored the winning goal that day, ⟦c said⟧ ⟦x:s3 ⟦m:s1 Mulgrew⟧ had been ‘like a second father to half the dressing room’⟧. ⟦q:s3 ‘He’d shout at you for 90 minutes and then drive you home because he knew your car had failed its MOT,’⟧ ⟦m:s3 Adeyinka⟧ ⟦c said⟧. ⟦q:s3 ‘That was Barney. All bark, and all heart.’⟧

⟦m:s4 His wife of 54 years⟧, ⟦m:s4 Philippa⟧, ⟦c said⟧ ⟦i:s4 ⟦m:s1 he⟧ had died peacefully at home on Sunday⟧. ⟦q:s4 ‘He had the radio on for the Albion score right to the end. They lost. He said it was typical,’⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s1 He⟧ is survived by ⟦m:s4 Philippa⟧, their three children and seven grandchildren.
"""),

# 6028 weather: content before "announced", named spokeswoman after inverted said, farmer introduced without speech verb, pronouns inside indirect, mixed warning
({"s1": ("Ministry of Agriculture", "agriculture ministry"),
  "s2": ("Jaume Puigdomènech", "Puigdomènech"),
  "s3": ("Elowen Tresize", "Tresize"),
  "s4": ("Westerly Water",),
  "s5": ("Halima Yusuf-Berg", "Yusuf-Berg", "Dr Yusuf-Berg")},
"""
Hosepipe ban as driest summer in 90 years drains reservoirs

⟦i:s4 Three million households in the south-west will be banned from using hosepipes from Friday after the driest summer in 90 years⟧, ⟦m:s4 Westerly Water⟧ ⟦c announced⟧ on Tuesday.

⟦q:s3 “Nobody wants to do this, but our reservoirs are at 31 per cent and we would rather act now than in October,”⟧ ⟦c said⟧ ⟦m:s3 Elowen Tresize⟧, a spokeswoman for the company.

On his farm outside Pennick, ⟦m:s2 Jaume Puigdomènech⟧ has watched his maize turn brown in the fields. ⟦q:s2 “I have been farming here for 31 years. I have never seen the stream dry up in July. This year it was dry in June.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had sold a third of his cattle because ⟦m:s2 he⟧ could not afford to buy in feed⟧. ⟦q:s2 “Rain in October is no use to me. I need it now,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The ⟦m:s1 Ministry of Agriculture⟧ ⟦c said⟧ ⟦i:s1 farmers in the worst-hit districts would be able to apply for emergency grants from next month⟧.

Dr ⟦m:s5 Halima Yusuf-Berg⟧, a hydrologist at the University of Tregarth, ⟦c warned⟧ that ⟦x:s5 dry summers were becoming “the rule rather than the exception”⟧. ⟦q:s5 “We built a water system for the climate our grandparents had,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “It is not the climate our grandchildren are going to have.”⟧

⟦m:s3 Tresize⟧ ⟦c said⟧ ⟦i:s3 the ban would stay in place until reservoir levels had recovered to at least half of capacity⟧.
"""),

# 6029 politics: scare quote, interrupted quote with lower-case continuation, mixed, reply, role-NP + apposition, social-media post with hashtag
({"s1": ("Orlaith Brennan-Cruz", "Brennan-Cruz"),
  "s2": ("Anselm Whitcombe", "Whitcombe"),
  "s3": ("Kwabena Asare-Lindholm", "Asare-Lindholm")},
"""
Rivals clash over bus fares and housing in Tarnwick mayoral debate

The three candidates hoping to become mayor of Tarnwick clashed over housing and public transport in a televised debate on Wednesday night, eight days before a by-election called after the previous mayor resigned over the so-called “permit affair”.

⟦m:s1 Orlaith Brennan-Cruz⟧, the Civic Alliance candidate, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would freeze bus fares for four years⟧. ⟦q:s1 “A bus fare is not a luxury,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 “it is the price of getting to work, and in this city it is too high.”⟧

⟦m:s2 Anselm Whitcombe⟧, a former police superintendent standing for Tarnwick First, ⟦c said⟧ ⟦x:s2 the pledge was “a fantasy with a price tag”⟧. ⟦q:s2 “Who pays for it? I will tell you who pays. You do,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, pointing at the studio audience.

⟦q:s1 “I take the bus every Tuesday. Ask the driver of the 31,”⟧ ⟦m:s1 Brennan-Cruz⟧ ⟦c replied⟧.

⟦m:s3 The independent candidate⟧, ⟦m:s3 Kwabena Asare-Lindholm⟧, who owns a chain of bicycle shops, drew the biggest laugh of the night. ⟦q:s3 “I have listened to these two argue about buses for an hour. I would be amazed if either of them has been on one since the 1990s,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

On housing, ⟦m:s1 Brennan-Cruz⟧ ⟦c said⟧ ⟦i:s1 the city needed 6,000 new social homes by 2032⟧; ⟦m:s2 Whitcombe⟧ ⟦c said⟧ ⟦x:s2 the figure was “unbuildable” without a rise in council tax⟧.

Shortly after the debate, ⟦m:s2 Whitcombe⟧ ⟦c posted⟧ on social media: ⟦q:s2 “Took the number 14 home. Still a fantasy with a price tag. #TarnwickFirst”⟧
"""),

# 6030 local business (straight ASCII quotes): diacritics, speaker introduced without speech verb, org mixed then spokesman, shop sign, speaker resumes
({"s1": ("Stavros Kalogeropoulos", "Kalogeropoulos", "Mr Kalogeropoulos"),
  "s2": ("Marisol Echeverría", "Echeverría"),
  "s3": ("Brightwater Estates", "Brightwater"),
  "s4": ("Ruairí Ó Dálaigh", "Ó Dálaigh")},
"""
Harbour Street taverna to close after 46 years as rent triples

The Olive Tree, a Greek taverna that has served moussaka and grilled octopus on Harbour Street in Lyndmouth since 1979, will close at the end of the month after its landlord more than tripled the rent.

⟦m:s1 Stavros Kalogeropoulos⟧, 72, opened the restaurant with his late wife, Eleni, when ⟦m:s1 he⟧ was 26. ⟦q:s1 "She did the cooking and I did the talking. After she died I did both, badly,"⟧ ⟦m:s1 he⟧ ⟦c said⟧, laughing.

⟦m:s3 Brightwater Estates⟧, which bought the building last year, ⟦c said⟧ ⟦x:s3 the new rent reflected "current market conditions on Harbour Street"⟧. A spokesman for the company ⟦c said⟧: ⟦q:s3 "We have offered Mr Kalogeropoulos a six-month rent-free period to help with the move, should he wish to relocate."⟧

⟦m:s2 Marisol Echeverría⟧ has eaten at the Olive Tree every Friday since 1991. ⟦q:s2 "I had my first date with my husband at table six. I had my divorce dinner at table six too,"⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 "Where am I supposed to go now?"⟧

⟦m:s4 Ruairí Ó Dálaigh⟧, who chairs the Lyndmouth Chamber of Trade, ⟦c said⟧ ⟦i:s4 four independent businesses on the street had closed this year⟧. ⟦q:s4 "Every time one of these places goes, we get another vape shop,"⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Next door, a sign in the window of the former bookshop still reads "Closing Down - Everything Must Go", although the shop has been empty since June.

⟦m:s1 Kalogeropoulos⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ would not be reopening anywhere else⟧. ⟦q:s1 "I am 72. The octopus and I are both retiring,"⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),

]

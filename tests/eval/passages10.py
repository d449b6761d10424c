"""Development batch 3 (DEV3): attribution cases for developing rules; not an evaluation set.

Fictional news passages with inline gold markup (see make_gold.py). All people,
organisations, places, titles and events are fictional, and the text is original.

Cases spread over the batch (listed in each entry's comment):
  1  pronoun resolution among several people of the same gender: the pronoun
     refers to the article's main subject, not to the person just named in
     passing (an opponent, a police officer, a colleague)
  2  spokespeople: "a spokeswoman for the council said …" (the whole phrase is
     the mention), sometimes named later ("The spokeswoman, X, added …")
  3  interrupted quotes, cue in the middle of a sentence, present-tense "says",
     "told reporters", "told the <outlet>", "wrote in a post", "according to
     a statement from …"
  4  multi-paragraph quotes (opening mark on each paragraph, closing mark only
     on the last) and fully quoted paragraphs continuing the last speaker
  5  speaker named only after the quote, in the next sentence
     ("“…” That was the verdict of X, who …")
  6  two speakers in one paragraph, each with their own quote
  7  mixed quotes (reported clause with a quoted fragment) and indirect quotes
  8  distractors: titles of works, nicknames, scare quotes, quoted signs,
     slogans and headlines that nobody in the article speaks

Annotation conventions: direct quotes include their quotation marks; an
interrupted quote is two spans; each paragraph of a multi-paragraph quote is
its own span; the content clause of an "according to" attribution is an
indirect quote; a role NP heading a subject with a name in apposition is a
mention, as is the name; a title glued to a name ("Councillor X") is left
outside; a descriptive appositive after a name is not a mention; possessive
pronouns are not marked; people named inside someone's direct quote are not
marked; scare quotes, nicknames, titles of works and quoted headlines, signs
and slogans are not quotes; a quote nested inside a quote is part of the
outer quote.
"""

DEV3 = [
# 3001 tennis (British quotes) — cases 1 (she = subject after opponent and next opponent named), 8 (nickname), 5 (named after quote), 3 (interrupted)
({"s1": ("Maren Solvik", "Solvik"),
  "s2": ("Petra Halloran", "Halloran")}, """
Solvik saves four match points to reach Carrow quarter-finals

⟦m:s1 Maren Solvik⟧ saved four match points on her way to a 3-6, 7-6, 7-5 victory over the fifth seed at the Carrow Grass Court Classic on Wednesday.

Her opponent, Yelena Brask, known on the tour as ‘the Metronome’ for the relentless rhythm of her baseline game, had served for the match twice in the deciding set.

⟦q:s1 ‘At 5-3 down I was already thinking about my flight home,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘Then she double-faulted on match point, and I thought, all right, maybe not yet.’⟧

⟦m:s1 Solvik⟧, 22, is ranked 61st in the world and had not won a match on grass before this week.

⟦q:s2 ‘Maren never knows when she is beaten. That is infuriating when you are across the net from her and wonderful when you are her coach.’⟧ That was the verdict of ⟦m:s2 Petra Halloran⟧, who has coached ⟦m:s1 Solvik⟧ since the age of fourteen and who reached the Carrow final herself in 1996.

Brask left the grounds without speaking to reporters. ⟦m:s1 Solvik⟧ now meets the top seed, Ilse Vandermeer, who has not dropped a set all week. ⟦q:s1 ‘I’ll sleep first,’⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 ‘and then I’ll start worrying about her.’⟧
"""),
# 3002 courts — cases 1 (he = defendant after a police officer named in passing), 7 (mixed; according to), 2 (spokesman for employer), 3 (told reporters; according to a statement from)
({"s1": ("Colin Ashdown", "Ashdown"),
  "s2": ("Nerys Pryce", "Pryce", "District Judge Nerys Pryce"),
  "s3": ("Wexmoor Police",),
  "s4": ("a spokesman for Parcelway",)}, """
Van driver who read text before hitting cyclist is banned

A delivery driver who hit a cyclist while reading a text message has been fined £2,400 and banned from driving for a year.

⟦m:s1 Colin Ashdown⟧, 44, of Fell Road, Brackley Heath, admitted driving without due care and attention at Orrinford Magistrates’ Court on Tuesday.

Sentencing, District Judge ⟦m:s2 Nerys Pryce⟧ ⟦c said⟧ ⟦x:s2 the dashboard camera footage was “as clear, and as troubling, as any I have seen”⟧. ⟦q:s2 “Four seconds at thirty miles an hour is more than fifty metres travelled blind,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

The court heard from PC Rajan Dobbs, who examined the footage and found that the driver had looked down at his phone for almost four seconds before the collision.

⟦q:s1 “I looked away for a moment and I will regret it for the rest of my life,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ reporters outside court.

The cyclist, Fiona Garvey, 29, suffered a broken collarbone. ⟦c According to⟧ a statement from ⟦m:s3 Wexmoor Police⟧, ⟦i:s3 she has returned to work but has not yet ridden a bike again⟧. ⟦m:s4 A spokesman for Parcelway⟧, the driver’s employer, ⟦c said⟧ ⟦i:s4 the company had since banned the use of phones in all its vans, even with hands-free kits⟧.
"""),
# 3003 transport — cases 2 (spokesman, named later), 8 (quoted sign), 6 (two speakers in one paragraph), 3 (according to a statement from; interrupted), 7 (mixed)
({"s1": ("Adrian Cole", "Cole", "a spokesman for Northway Rail", "the spokesman"),
  "s2": ("Yolanda Pierce", "Pierce"),
  "s3": ("Gareth Lyle", "Lyle"),
  "s4": ("Kessock Track Authority", "the Kessock Track Authority", "the track authority")}, """
Signal failure strands thousands on Kessock line

Thousands of commuters were stranded on Monday morning after a signal failure halted every train on the Kessock line for more than four hours.

⟦m:s1 A spokesman for Northway Rail⟧ ⟦c said⟧: ⟦q:s1 “We know how disruptive this has been and we are sorry. Engineers were on site within twenty minutes.”⟧

At Fallowby station, a handwritten sign taped to the ticket barrier read “NO TRAINS — ASK STAFF”, although there were no staff to ask.

⟦q:s2 “I’ve been standing here since ten past seven,”⟧ ⟦c said⟧ ⟦m:s2 Yolanda Pierce⟧, a paralegal from Fallowby. ⟦m:s3 Gareth Lyle⟧, who was waiting further along the platform, ⟦c shrugged⟧: ⟦q:s3 “It’s the Kessock line on a Monday. What did we expect?”⟧

⟦i:s4 The fault was caused by a cable damaged during overnight maintenance⟧, ⟦c according to⟧ a statement from ⟦m:s4 the Kessock Track Authority⟧, which owns the line.

⟦m:s1 The spokesman⟧, ⟦m:s1 Adrian Cole⟧, later ⟦c said⟧ ⟦x:s1 season ticket holders would be compensated “automatically, without anyone having to fill in a form”⟧. ⟦q:s1 “The cable,”⟧ ⟦m:s1 he⟧ ⟦c said⟧, ⟦q:s1 “was damaged by contractors working for the track authority, not by us, but that is no comfort to anyone who missed a job interview this morning.”⟧
"""),
# 3004 housing — cases 2 (spokeswoman for the council, named later), 4 (three-paragraph quote), 5 (named after quote), 7 (indirect; mixed)
({"s1": ("Niamh Carr", "Carr", "a spokeswoman for Brennock Council", "the spokeswoman"),
  "s2": ("Shirin Moradi", "Moradi"),
  "s3": ("Callum Baird", "Baird")}, """
Calloway House residents given six weeks to leave tower

Residents of Calloway House, a fourteen-storey council block in Brennock, have been told to leave their homes within six weeks after a survey found serious corrosion in the building’s steel frame.

⟦m:s1 A spokeswoman for Brennock Council⟧ ⟦c said⟧ ⟦i:s1 the block could no longer be considered safe in high winds and all 112 households would be offered alternative accommodation⟧.

⟦m:s2 Shirin Moradi⟧, 56, who has lived on the ninth floor since 1998, ⟦c said⟧: ⟦q:s2 “My children grew up here. My husband died here. And they give me a letter and six weeks.⟧

⟦q:s2 “Where do they want me to go? They offered me a flat in Kellerby, two buses from my work and an hour from my daughter.⟧

⟦q:s2 “I am not refusing to move. I am refusing to be treated like a parcel.”⟧

⟦q:s3 “The council has known about problems with that frame since at least 2019.”⟧ That is the view of ⟦m:s3 Callum Baird⟧, a structural engineer who inspected the block for the residents’ association five years ago and whose report was never answered.

⟦m:s1 The spokeswoman⟧, ⟦m:s1 Niamh Carr⟧, ⟦c said⟧ ⟦x:s1 the 2019 inspection had found only “minor and cosmetic” defects⟧. ⟦q:s1 “Nobody will be left without a home,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),
# 3005 science (straight quotes) — cases 7 (according to a study led by), 1 (he = lead author after another man named in passing), 3 (says; interrupted), 5 (named after quote)
({"s1": ("Tomas Rudd", "Rudd"),
  "s2": ("Hannah Voss", "Voss")}, """
Bumblebees learn to shun pesticide-treated flowers

⟦i:s1 Bumblebees can learn within a single day to avoid flowers treated with a widely used pesticide⟧, ⟦c according to⟧ a study led by ⟦m:s1 Tomas Rudd⟧, an entomologist at Greyfield University.

The experiments were run in greenhouses designed by the university's former head gardener, Leonard Fisk, who retired in 2019 and now keeps bees of his own.

⟦q:s1 "We honestly expected them to keep going back. They didn't,"⟧ ⟦m:s1 he⟧ ⟦c says⟧.

⟦q:s1 "The worrying part,"⟧ ⟦m:s1 Rudd⟧ ⟦c says⟧, ⟦q:s1 "is that avoiding the treated flowers means the colony eats less, and a hungry colony raises fewer queens."⟧

⟦q:s2 "It is an elegant experiment, but a greenhouse is not a meadow."⟧ That is the caution from ⟦m:s2 Hannah Voss⟧, a pollination ecologist at the Marlow Institute who was not involved in the research. ⟦m:s2 Voss⟧ ⟦c says⟧ ⟦i:s2 field trials are needed before anyone draws conclusions for farming⟧.

The study was published Wednesday in the journal Pollinator Biology.
"""),
# 3006 football (British quotes) — cases 8 (banner slogan), 1 (he = manager after two players named), 4 (continuation paragraph), 6 (two speakers in one paragraph; role NP + name)
({"s1": ("Stellan Roe", "Roe", "Harlow Vale manager"),
  "s2": ("Ivo Brandt", "Brandt"),
  "s3": ("Kofi Amankwah", "Amankwah", "the Vale captain")}, """
Ten-man Harlow Vale hold leaders at Brook Lane

Harlow Vale manager ⟦m:s1 Stellan Roe⟧ praised his side’s resilience after ten men held league leaders Dunmore Rovers to a goalless draw at Brook Lane on Saturday.

Before kick-off, home fans unfurled a banner reading ‘Brook Lane Is Not For Sale’, a protest against the owners’ plans to move the club to an out-of-town site.

Vale were reduced to ten men on the hour when Luka Petrovic was sent off for a second booking, and striker Nico Adair later missed a penalty.

⟦q:s1 ‘We defended like our lives depended on it,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘Nico will be gutted about the penalty, but he won’t find anyone in that dressing room blaming him.’⟧

⟦q:s1 ‘If we play like that for the rest of the season, we’ll be fine. If we don’t, we won’t. It’s not complicated.’⟧

⟦q:s2 ‘A fair result, probably,’⟧ ⟦c said⟧ ⟦m:s2 Ivo Brandt⟧, manager of the leaders, but ⟦m:s3 the Vale captain⟧, ⟦m:s3 Kofi Amankwah⟧, ⟦c disagreed⟧: ⟦q:s3 ‘With eleven men we’d have won that.’⟧
"""),
# 3007 US politics (straight quotes) — cases 2 (spokeswoman for the governor, named later), 1 (she = spokeswoman right after the governor is mentioned), 3 (wrote in a post; told reporters), 7 (mixed; indirect), 8 (nickname; scare quotes)
({"s1": ("Lorraine Whitcomb", "Whitcomb", "Gov. Lorraine Whitcomb", "the governor"),
  "s2": ("Raymond Castile", "Castile", "the bill's sponsor", "State Sen. Raymond Castile"),
  "s3": ("Tamsin Lord", "Lord", "a spokeswoman for the governor", "the spokeswoman")}, """
Governor vetoes bill to move state fair

Gov. ⟦m:s1 Lorraine Whitcomb⟧ on Friday vetoed a bill that would have moved the Calder State Fair from its home of 90 years to a site outside Ridgeport.

In her veto message, ⟦m:s1 Whitcomb⟧ ⟦c wrote⟧: ⟦q:s1 "Some traditions are worth keeping where they grew up, and this one grew up on Fairview Avenue."⟧

⟦m:s3 A spokeswoman for the governor⟧ ⟦c said⟧ ⟦i:s3 the move would have cost taxpayers at least $140 million⟧. ⟦q:s3 "The governor loves the fair. She just thinks it is fine where it is,"⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s2 The bill's sponsor⟧, State Sen. ⟦m:s2 Raymond Castile⟧, ⟦c wrote⟧ in a post on social media that ⟦x:s2 the veto was "a gift to the people who sell parking on Fairview Avenue"⟧. Around the Capitol, ⟦m:s2 Castile⟧ is known as "the Carny," on account of two teenage summers spent working the fair's midway.

⟦m:s2 Castile⟧ ⟦c told⟧ reporters that ⟦i:s2 an override vote was possible before the session ends in June⟧. ⟦q:s2 "I have the votes in the Senate. The House is another story."⟧

The fair's "temporary" grandstand, put up in 1971, is still in use. ⟦m:s3 The spokeswoman⟧, ⟦m:s3 Tamsin Lord⟧, ⟦c said⟧ ⟦x:s3 the administration was "open to a conversation" about replacing it⟧.
"""),
# 3008 business — cases 7 (according to a statement from), 8 (quoted beer name), 5 (named after quote), 3 (told the <paper>), 4 (two-paragraph quote), 6 (two speakers in one paragraph; role NP + name)
({"s1": ("Corbel", "Corbel Drinks"),
  "s2": ("Joan Tressider", "Tressider"),
  "s3": ("Mark Feeney", "Feeney"),
  "s4": ("Derek Pascoe", "Pascoe", "the brewery’s longest-serving employee")}, """
Family brewer Tressider’s sold to drinks group Corbel

Tressider’s, the family brewery that has made beer in the harbour town of Polwenna since 1864, has been sold to the drinks group Corbel for an undisclosed sum. Its best-known ale, sold in every pub on the peninsula as “Old Slipway”, will keep its name.

⟦i:s1 All 85 jobs at the Polwenna brewery will be kept for at least three years⟧, ⟦c according to⟧ a statement from ⟦m:s1 Corbel⟧.

⟦q:s2 “I am the fifth generation and there is no sixth. My children are a doctor and a drummer, and neither of them wants to run a brewery.”⟧ The words were those of ⟦m:s2 Joan Tressider⟧, the chairman, speaking to staff in the brewery yard on Thursday morning.

⟦m:s2 Tressider⟧ later ⟦c told⟧ the Polwenna Packet: ⟦q:s2 “We had two higher offers. One of them wanted to brew our beer in Belgium and ship it back here in lorries.⟧

⟦q:s2 “I said no, and I would say it again. Corbel will keep the brewhouse and the recipes and the people, and that mattered more to me than the last few million.”⟧

⟦q:s3 “Regional ales are one of the few parts of the beer market that are still growing,”⟧ ⟦c said⟧ ⟦m:s3 Mark Feeney⟧, a drinks analyst at Harcourt Securities. ⟦m:s4 The brewery’s longest-serving employee⟧, ⟦m:s4 Derek Pascoe⟧, who started as a drayman in 1979, ⟦c said⟧: ⟦q:s4 “Big companies keep promises for exactly as long as they have to.”⟧
"""),
# 3009 theatre (British quotes) — cases 8 (titles of plays), 1 (she = retiring director after her successor named), 4 (three-paragraph tribute), 5 (named after quote)
({"s1": ("Imelda Carrick", "Carrick"),
  "s2": ("Beatrice Lomax", "Lomax"),
  "s3": ("Gregor Haig", "Haig")}, """
Quayside Theatre’s Imelda Carrick to step down after 22 years

⟦m:s1 Imelda Carrick⟧, who turned the Quayside Theatre in Marlport from a half-empty repertory house into one of the country’s most celebrated stages, is to step down as artistic director next spring.

Her productions included a four-hour staging of ‘The Lamplighter’s Wife’ and the musical ‘Tin Roof Summer’, which toured for three years.

Her successor will be Anouk Bellamy, currently associate director at the Corran Playhouse in Dunhallow. ⟦q:s1 ‘I have been here long enough to see children who came to the pantomime grow up and buy season tickets,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘It is time someone else had the keys.’⟧

The actor ⟦m:s2 Beatrice Lomax⟧, who appeared in eleven Quayside productions, ⟦c said⟧: ⟦q:s2 ‘Imelda cast me as Lady Macbeth when I was twenty-four and everybody told her she was mad.⟧

⟦q:s2 ‘She was right, of course. She usually was. She would sit in the back row with a flask of tea and a notebook, and after the show you would get one sentence from her, and it would be the right sentence.⟧

⟦q:s2 ‘Marlport has no idea how lucky it has been.’⟧

⟦q:s3 ‘The Quayside used to be the theatre you went to because your aunt had a spare ticket. Now people drive in from three counties.’⟧ That is how ⟦m:s3 Gregor Haig⟧, theatre critic of the Marlport Courier for thirty years, ⟦c described⟧ the change.
"""),
# 3010 courts (straight quotes) — cases 1 (he = defendant after judge and a detective, all men), 4 (two-paragraph victim statement), 7 (mixed; indirect), 2 (spokesman for the fire department)
({"s1": ("Wade Tillman", "Tillman"),
  "s2": ("Margaret Oyelaran", "Oyelaran"),
  "s3": ("Felix Arrowood", "Arrowood", "Judge Felix Arrowood"),
  "s4": ("a spokesman for the Lakeview Fire Department",)}, """
Man who burned down Lakeview church gets 12 years

A man who set fire to a historic church in Lakeview last year was sentenced Friday to 12 years in prison.

⟦m:s1 Wade Tillman⟧, 37, pleaded guilty in March to arson and burglary. A volunteer firefighter suffered burns to both hands while fighting the blaze at St. Brendan's Church.

Judge ⟦m:s3 Felix Arrowood⟧ ⟦c said⟧ ⟦x:s3 the sentence reflected "the danger you put a volunteer firefighter in, not just the building you destroyed"⟧.

The court also heard from Detective Sgt. Owen Burkhart, who matched a boot print found at the scene to a pair of work boots seized in a search. ⟦q:s1 "I didn't know anybody was going to get hurt. I'm sorry for what I took from this town,"⟧ ⟦m:s1 he⟧ ⟦c told⟧ the court before the sentence was read.

⟦m:s2 Margaret Oyelaran⟧, who was married at St. Brendan's in 1974, ⟦c read⟧ a statement on behalf of the congregation. ⟦q:s2 "We have forgiven you. That was the easy part.⟧

⟦q:s2 "The hard part is walking past the corner of Elm and Third every morning and seeing a chain-link fence where the bell tower used to be."⟧

⟦m:s4 A spokesman for the Lakeview Fire Department⟧ ⟦c said⟧ ⟦i:s4 the injured firefighter had returned to duty in the summer⟧.
"""),
# 3011 health (British quotes) — cases 2 (spokeswoman for the trust, named later), 7 (mixed; according to a statement from), 6 (two speakers in one paragraph), 3 (interrupted)
({"s1": ("Lucy Ferrand", "Ferrand", "a spokeswoman for Tarnside Hospitals Trust", "the spokeswoman"),
  "s2": ("Health Standards Commission", "the Health Standards Commission"),
  "s3": ("Harriet Lowe", "Lowe"),
  "s4": ("Ajay Menon", "Menon")}, """
Tarnside maternity unit to close overnight

The maternity unit at Tarnside General Hospital will stop admitting women between 8pm and 8am from next month because of a shortage of midwives.

⟦m:s1 A spokeswoman for Tarnside Hospitals Trust⟧ ⟦c said⟧ ⟦i:s1 women in labour at night would be directed to Ellersby, 24 miles away⟧, and ⟦c insisted⟧ that ⟦x:s1 the arrangement was ‘temporary and safe’⟧.

⟦c According to⟧ a statement from ⟦m:s2 the Health Standards Commission⟧, ⟦i:s2 the unit had eleven midwife vacancies in March, out of 46 posts⟧.

⟦q:s3 ‘Twenty-four miles is a long way at two in the morning when the baby is on its way,’⟧ ⟦c said⟧ ⟦m:s3 Harriet Lowe⟧, regional officer of the Midwives’ Union. ⟦m:s4 Ajay Menon⟧, whose daughter was born at Tarnside in January, ⟦c agreed⟧: ⟦q:s4 ‘We made it with ten minutes to spare, and we live six miles away.’⟧

⟦m:s1 The spokeswoman⟧, ⟦m:s1 Lucy Ferrand⟧, ⟦c said⟧ ⟦i:s1 eight newly qualified midwives would start in September⟧. ⟦q:s1 ‘Nobody wants to do this,’⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 ‘but an open unit without enough staff is more dangerous than a closed one.’⟧
"""),
# 3012 space — cases 8 (nickname of spacecraft), 1 (she = mission manager after the agency head named), 3 (told the <paper>), 4 (quote running over three paragraphs), 7 (indirect)
({"s1": ("Imani Seddon", "Seddon", "Dr Imani Seddon"),
  "s2": ("Leena Varga", "Varga")}, """
Asteroid sample capsule lands safely in Tarrow desert

A capsule carrying dust from the asteroid 2291 Orla landed in the Tarrow desert early on Sunday, ending a seven-year mission by the Continental Space Agency.

The spacecraft, officially the Asteroid Sample Return Explorer but known to everyone on the project as “Magpie”, released the capsule from 100,000km above Earth on Saturday.

Mission manager Dr ⟦m:s1 Imani Seddon⟧ watched the descent from the recovery tent alongside the agency’s director general, Marta Lindqvist.

⟦q:s1 “When the parachute opened I think I stopped breathing for about a minute,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ the Tarrow Herald. ⟦q:s1 “We have been rehearsing this moment since my daughter was in nappies.⟧

⟦q:s1 “She is eleven now. She came out to the desert with me, and she was the first person to spot the parachute.⟧

⟦q:s1 “So I suppose the first scientific observation of the recovery was made by a child in a sun hat.”⟧

⟦m:s2 Leena Varga⟧, a planetary geologist at the University of Osterholm who will receive some of the samples, ⟦c said⟧ ⟦i:s2 the dust could contain organic molecules older than the Earth⟧. ⟦q:s2 “This is as close as we get to opening the box the solar system came in.”⟧
"""),
# 3013 agriculture (straight quotes) — cases 7 (according to an estimate; mixed; indirect), 5 (named after quote, twice), 8 (scare quotes), 6 (two speakers in one paragraph)
({"s1": ("Ellis Vandermolen", "Vandermolen"),
  "s2": ("Rosa Quintero", "Quintero"),
  "s3": ("Calder County Extension Office", "the county extension office", "the extension office"),
  "s4": ("Carl Hathaway", "Hathaway")}, """
Late frost wipes out most of Calder County's peach crop

⟦i:s3 As much as 80 percent of Calder County's peach crop was destroyed by two nights of frost last week⟧, ⟦c according to⟧ an estimate from ⟦m:s3 the county extension office⟧. ⟦m:s3 The extension office⟧ ⟦c said⟧ ⟦x:s3 apple and cherry orchards appeared "largely unharmed"⟧.

⟦q:s1 "We lost everything below the ridge line. Everything."⟧ That was how ⟦m:s1 Ellis Vandermolen⟧, whose family has grown peaches outside Brayton since 1911, ⟦c summed up⟧ the damage on Monday.

The frost followed a "false spring" of record warmth in early March that pushed the trees into bloom three weeks early.

⟦q:s1 "We'll get through it. We have the apples,"⟧ ⟦c said⟧ ⟦m:s1 Vandermolen⟧. His neighbor ⟦m:s2 Rosa Quintero⟧, who grows nothing but peaches, ⟦c said⟧: ⟦q:s2 "I don't have apples. I have a loan payment in June."⟧

⟦q:s4 "Farmers are going to need help, and they are going to need it before those payments come due, not after."⟧ The warning came from ⟦m:s4 Carl Hathaway⟧, president of the Calder Growers Cooperative, who ⟦c said⟧ ⟦i:s4 the cooperative had asked the state for emergency low-interest loans⟧.
"""),
# 3014 chess (British quotes) — cases 1 (he = young champion after defeated opponent named), 8 (nickname; book title), 4 (continuation paragraph), 3 (says; interrupted), role NP + name
({"s1": ("Teodor Lanz", "Lanz"),
  "s2": ("Ruben Okwu", "Okwu", "His coach")}, """
Lanz, 14, becomes youngest national chess champion

⟦m:s1 Teodor Lanz⟧ became the youngest national chess champion in the country’s history on Sunday, clinching the title at fourteen with a round to spare.

Playing black in the penultimate round, ⟦m:s1 Lanz⟧ beat the defending champion, Grigor Haszard, who had been unbeaten all week and is known in chess circles as ‘the Bishop of Brill’ for his devotion to one particular opening.

⟦q:s1 ‘I was worse for most of the game,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘I think he got nervous about the clock before I did, which was lucky, because I was very nervous about the clock.’⟧

⟦q:s1 ‘My mum still has to drive me to tournaments. I can’t even put the prize money in my own bank account.’⟧

⟦m:s2 His coach⟧, ⟦m:s2 Ruben Okwu⟧, author of the opening manual ‘Attack Before Breakfast’, has worked with ⟦m:s1 Lanz⟧ since the age of eight. ⟦q:s2 ‘Teo sees things,’⟧ ⟦m:s2 Okwu⟧ ⟦c says⟧, ⟦q:s2 ‘that I only see after the computer shows me.’⟧

⟦m:s1 Lanz⟧ qualifies for the world junior championship in August. Haszard declined to comment.
"""),
# 3015 floods — cases 2 (spokesman, named later), 1 (he = landlord after another man named), 4 (quote running over three paragraphs), 5 (named after quote), 7 (indirect)
({"s1": ("Dominic Farrer", "Farrer", "a spokesman for the Rivers Agency", "the spokesman"),
  "s2": ("Alun Pritchard", "Pritchard"),
  "s3": ("Sadie Cornwell", "Cornwell")}, """
River Aske peaks at record height as new flood walls hold

The River Aske reached its highest level since records began on Wednesday night, but new flood walls in the centre of Ashmoor held.

⟦m:s1 A spokesman for the Rivers Agency⟧ ⟦c said⟧: ⟦q:s1 “The defences did exactly what they were designed to do. Without them, we estimate around 400 homes would have flooded.”⟧

⟦m:s2 Alun Pritchard⟧, landlord of the Ferryman Inn, was flooded three times in the decade before the walls were built. His loss adjuster, Stuart Kinnaird, came round on Thursday morning to inspect the cellar.

⟦q:s2 “He found a dry cellar for the first time in years,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “I’ve slept upstairs in my boots since Monday. In 2015 we had four feet of water in the bar and I swore I would sell up.⟧

⟦q:s2 “Now I’m glad I didn’t. Tonight the first round is on me, for anybody who helped build that wall.”⟧

⟦q:s3 “We had people out knocking on doors at three in the morning, and not one of them was paid.”⟧ That is what ⟦m:s3 Sadie Cornwell⟧, who coordinates Ashmoor’s volunteer flood wardens, most wants people to remember.

⟦m:s1 The spokesman⟧, ⟦m:s1 Dominic Farrer⟧, ⟦c said⟧ ⟦i:s1 river levels would stay high until the weekend⟧.
"""),
# 3016 tech (straight quotes) — cases 7 (according to a statement from; mixed; indirect), 3 (wrote in a post; told reporters), 8 (advertising slogan), 6 (two speakers in one paragraph; role NP + name)
({"s1": ("Noor Haddad", "Haddad", "Chief executive Noor Haddad"),
  "s2": ("Tandem", "the company"),
  "s3": ("Cole Whitfield", "Whitfield"),
  "s4": ("Gina Torres", "Torres", "His accountant")}, """
Payments app Tandem apologizes after daylong outage

Millions of users of the payments app Tandem were unable to send or receive money for most of Saturday, the longest outage since the service launched in 2016.

⟦i:s2 The outage was caused by a faulty database update, and no customer funds were lost⟧, ⟦c according to⟧ a statement from ⟦m:s2 Tandem⟧.

Chief executive ⟦m:s1 Noor Haddad⟧ ⟦c wrote⟧ in a post on the company blog that ⟦x:s1 the weekend had been "a failure of the most basic promise we make"⟧. ⟦q:s1 "Money that doesn't move when you need it to isn't money. It's a number on a screen,"⟧ ⟦m:s1 she⟧ ⟦c wrote⟧.

The app's advertising slogan, "Money at the speed of now," was quickly turned against it on social media.

⟦q:s3 "I couldn't pay my staff on Saturday. I had to go to three ATMs,"⟧ ⟦c said⟧ ⟦m:s3 Cole Whitfield⟧, who runs two food trucks in Marlin Bay. ⟦m:s4 His accountant⟧, ⟦m:s4 Gina Torres⟧, ⟦c said⟧: ⟦q:s4 "I tell every client to keep a backup account. This is why."⟧

⟦m:s1 Haddad⟧ ⟦c told⟧ reporters on Monday that ⟦i:s1 users would be refunded any fees charged during the outage⟧.
"""),
# 3017 industrial action (British quotes) — cases 8 (placard slogans), 3 (told the <paper>; interrupted), 7 (mixed; indirect), 6 (two speakers in one paragraph), 2 (spokesman, named later)
({"s1": ("Neil Osgood", "Osgood", "a spokesman for Halbrook Buses", "the spokesman"),
  "s2": ("Tracy Doyle", "Doyle"),
  "s3": ("Ewan McPhee", "McPhee"),
  "s4": ("Priya Lall", "Lall")}, """
Halbrook bus drivers walk out over split shifts

Bus services across Halbrook were cancelled on Monday as more than 300 drivers began a three-day strike over changes to their shift patterns.

Outside the Carrick Road depot, strikers held placards reading ‘Drivers Are Not Robots’ and ‘Rotas Fit For Humans’.

⟦m:s2 Tracy Doyle⟧, regional organiser for the Transport Workers’ Union, ⟦c told⟧ the Halbrook Gazette that ⟦x:s2 the new rotas had been ‘designed by a spreadsheet, for a spreadsheet’⟧. ⟦q:s2 ‘Some of our members are being asked to start at ten to five in the morning and finish at nine at night, with a five-hour unpaid gap in the middle,’⟧ ⟦m:s2 she⟧ ⟦c said⟧, ⟦q:s2 ‘and then do it all again the next day.’⟧

⟦q:s3 ‘I haven’t had tea with my kids on a weekday since February,’⟧ ⟦c said⟧ ⟦m:s3 Ewan McPhee⟧, a driver for nineteen years, as ⟦m:s4 Priya Lall⟧, who has driven the number 12 since 2008, ⟦c added⟧: ⟦q:s4 ‘Nobody here wants to strike. We want to be asked.’⟧

⟦m:s1 A spokesman for Halbrook Buses⟧ ⟦c said⟧: ⟦q:s1 ‘The new timetable was agreed after extensive consultation, and it gives passengers more early and late buses than ever before.’⟧

⟦m:s1 The spokesman⟧, ⟦m:s1 Neil Osgood⟧, later ⟦c said⟧ ⟦i:s1 the company would meet union officials on Thursday⟧.
"""),
# 3018 by-election — cases 8 (campaign slogan), 1 (she = winner after defeated rival named), 6 (two speakers in one paragraph; possessive role NP + name), 5 (named after quote), 7 (according to)
({"s1": ("Rhona Baptiste", "Baptiste"),
  "s2": ("Celia Marwood", "Marwood"),
  "s3": ("Tom Ridley", "Ridley", "her agent"),
  "s4": ("Aileen Grogan", "Grogan"),
  "s5": ("Cressley Borough Council",)}, """
Civic Alliance takes Cressley North in by-election upset

⟦m:s1 Rhona Baptiste⟧ won the Cressley North by-election for the Civic Alliance on Friday, overturning a majority of more than 6,000 to take the seat by 1,214 votes.

Her campaign, fought under the slogan “Cressley Deserves Better”, focused on the closure of the town’s last bank branch and the state of the bypass.

The defeated candidate, Celia Marwood, had held the seat since 2015 and served briefly as transport minister. ⟦q:s1 “I have a lot of respect for what she did for this town,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ in her victory speech. ⟦q:s1 “But people wanted a change, and I intend to be worth it.”⟧

⟦q:s2 “The voters are always right, even when they are wrong,”⟧ ⟦c said⟧ ⟦m:s2 Marwood⟧, while ⟦m:s3 her agent⟧, ⟦m:s3 Tom Ridley⟧, ⟦c blamed⟧ the weather: ⟦q:s3 “Our voters stayed at home. Theirs didn’t.”⟧

⟦q:s4 “This is a warning shot for every sitting member with a majority under ten thousand.”⟧ That was the reading of ⟦m:s4 Aileen Grogan⟧, professor of politics at the University of Dunhallow.

⟦i:s5 Turnout was 38 per cent, the lowest in the constituency since it was created⟧, ⟦c according to⟧ ⟦m:s5 Cressley Borough Council⟧, which ran the count.
"""),
# 3019 music (straight quotes) — cases 3 (says, present tense), 4 (quote over two paragraphs), 8 (nickname inside a name; album and song titles), 5 (named after quote with "So says")
({"s1": ("Delphine Marchetti", "Marchetti"),
  "s2": ("Clarence Boone", "Boone", "Clarence \"Cutty\" Boone")}, """
Marigold Room, Port Alden's oldest jazz club, to close

The Marigold Room, the basement jazz club in Port Alden where generations of musicians learned their trade, will close at the end of the month after its landlord declined to renew the lease.

Owner ⟦m:s1 Delphine Marchetti⟧, who took over the club from her father in 1994, ⟦c says⟧ ⟦i:s1 the new rent would have been three times the old one⟧.

⟦q:s1 "My father opened this room with a borrowed piano and three chairs he found on the street,"⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 "I still have the piano. The chairs went a long time ago.⟧

⟦q:s1 "People keep asking if we'll reopen somewhere else. Maybe. But a club isn't the name over the door. It's the walls, and the walls are staying here."⟧

Among the regulars is saxophonist ⟦m:s2 Clarence "Cutty" Boone⟧, 81, who recorded his 1968 album "Low Light, Late Hours" live on the club's tiny stage and still plays there on Thursdays.

⟦q:s2 "I was nineteen and scared to death. Delphine's daddy gave me a glass of milk and told me to play like I meant it."⟧ So ⟦c says⟧ ⟦m:s2 Boone⟧, who plans to close the final night with "Marigold Blues," the tune written for the club in 1971.
"""),
# 3020 environment (British quotes) — cases 7 (according to data; mixed + indirect), 1 (she = campaigner after another woman named; she after the spokeswoman is named), 4 (continuation paragraph), 2 (spokeswoman, named later), 6 (two speakers in one paragraph)
({"s1": ("Joanne Pitt", "Pitt", "a spokeswoman for Westmarch Water", "the spokeswoman"),
  "s2": ("Lorna Kaye", "Kaye"),
  "s3": ("Waterways Inspectorate", "the Waterways Inspectorate")}, """
Sewage spill closes Brindle Bay for third time this summer

Swimmers have been told to stay out of the sea at Brindle Bay after the third sewage discharge of the summer.

⟦i:s3 Untreated sewage flowed from the Cobb Lane overflow for more than 31 hours over the weekend⟧, ⟦c according to⟧ data published by ⟦m:s3 the Waterways Inspectorate⟧.

⟦m:s2 Lorna Kaye⟧, who founded the Brindle Bay Dawn Dippers, has swum from the beach every morning for nine years. Her fellow swimmer Maggie Tranter was ill for a week after a swim in June. ⟦q:s2 ‘We are not asking for a miracle. We are asking them to stop using the sea as a toilet,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s2 ‘Every time it rains hard, we check the spill map on our phones before we check the forecast.’⟧

⟦m:s1 A spokeswoman for Westmarch Water⟧ ⟦c said⟧ ⟦x:s1 the overflow had operated ‘as permitted’ during exceptionally heavy rain⟧ and that ⟦i:s1 £40m would be spent on storage tanks by 2030⟧.

⟦m:s1 The spokeswoman⟧, ⟦m:s1 Joanne Pitt⟧, ⟦c added⟧: ⟦q:s1 ‘We understand people’s frustration and we share it.’⟧ ⟦m:s2 Kaye⟧ was unimpressed. ⟦q:s2 ‘They’ve been sharing it for nine years,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 3021 aviation (straight quotes) — cases 2 (spokesman, named later), 3 (interrupted; told reporters; statement), 6 (two speakers in one paragraph), nested quote, 5 (organisation named after quote)
({"s1": ("Jared Nilsen", "Nilsen", "a spokesman for Sunmark Airlines", "the spokesman"),
  "s2": ("Marisol Vega", "Vega"),
  "s3": ("Hank Dobrev", "Dobrev"),
  "s4": ("National Transportation Safety Panel", "the National Transportation Safety Panel")}, """
Jet returns to Pinecrest after engine fire

A Sunmark Airlines jet with 164 people aboard made an emergency landing at Pinecrest International Airport on Tuesday after one of its engines caught fire shortly after takeoff.

⟦m:s1 A spokesman for Sunmark Airlines⟧ ⟦c said⟧ ⟦i:s1 no one was injured and all passengers had been rebooked⟧. ⟦q:s1 "Our crew did exactly what they train for,"⟧ ⟦m:s1 he⟧ ⟦c said⟧, ⟦q:s1 "and they did it calmly."⟧

⟦q:s2 "There were flames coming out of the back of the engine. I could see them from row 14,"⟧ ⟦c said⟧ ⟦m:s2 Marisol Vega⟧, a nurse traveling home to Elk Ridge. ⟦m:s3 Hank Dobrev⟧, seated across the aisle, ⟦c said⟧: ⟦q:s3 "The pilot came on and said, 'Folks, we're going back,' like he was telling us about the weather."⟧

⟦q:s4 "It is far too early to say what caused this."⟧ That was the word from ⟦m:s4 the National Transportation Safety Panel⟧, which ⟦c said⟧ in a statement that ⟦i:s4 investigators were on their way to Pinecrest⟧.

⟦m:s1 The spokesman⟧, ⟦m:s1 Jared Nilsen⟧, ⟦c told⟧ reporters that ⟦i:s1 the aircraft, an eleven-year-old Aerion 320, had passed a routine inspection in May⟧.
"""),
# 3022 education — cases 7 (according to a letter; mixed x2; indirect), 3 (interrupted by "told reporters"), 2 (spokeswoman for the department, named later), 8 (report title; nickname for buildings)
({"s1": ("Rowan Ellery", "Ellery"),
  "s2": ("Farah Quadri", "Quadri", "a spokeswoman for the Department for Schools", "the spokeswoman"),
  "s3": ("Kelvin Adeboye", "Adeboye")}, """
Pupils sent home as roof panels found unsafe at Greyside Academy

More than 900 pupils at Greyside Academy in Lowther were told to stay at home on Wednesday after inspectors found that concrete roof panels in three of its buildings were at risk of collapse.

⟦c According to⟧ a letter sent to parents by ⟦m:s1 Rowan Ellery⟧, the head teacher, ⟦i:s1 lessons will move online for at least two weeks⟧.

⟦q:s1 “I know how hard this is for working parents,”⟧ ⟦m:s1 Ellery⟧ ⟦c told⟧ reporters at the school gates, ⟦q:s1 “but I am not going to put a single child under a roof I cannot vouch for.”⟧

⟦m:s2 A spokeswoman for the Department for Schools⟧ ⟦c said⟧ ⟦x:s2 the panels had been identified in a national survey as “high risk”⟧ and that ⟦x:s2 money for repairs was “fully guaranteed”⟧.

The survey, published last year under the title “Hidden Risks in the School Estate”, listed 214 schools. Parents at Greyside have long called the affected blocks “the biscuit tins”.

⟦m:s3 Kelvin Adeboye⟧, whose twin daughters are in year 8, ⟦c said⟧: ⟦q:s3 “In 2022 we were told these buildings were fine. Now it is an emergency. Which is it?”⟧

⟦m:s2 The spokeswoman⟧, ⟦m:s2 Farah Quadri⟧, later ⟦c said⟧ ⟦i:s2 temporary classrooms would be on site within a month⟧.
"""),
# 3023 archaeology (British quotes) — cases 7 (indirect), 8 (nickname of a find), 1 (he = lead archaeologist after the farmer named), 4 (quote over two paragraphs), 5 (named after quote)
({"s1": ("Hal Penrose", "Penrose", "Dr Hal Penrose"),
  "s2": ("Meera Joshi", "Joshi")}, """
Roman bath house found under Wrenfield farm track

Archaeologists have uncovered the remains of a Roman bath house beneath a farm track near Wrenfield, including a mosaic floor that has survived almost intact.

Dr ⟦m:s1 Hal Penrose⟧ of the Wrenfield Archaeological Unit, who is leading the excavation, ⟦c said⟧ ⟦i:s1 the baths probably belonged to a large villa further up the valley⟧.

The site came to light when the farmer, Douglas Reid, applied for permission to widen the track for a new grain store. The mosaic, which shows a dolphin chasing a shoal of fish, has already been nicknamed ‘Flipper’ by the diggers.

⟦q:s1 ‘We dug a trial trench expecting a ditch, maybe a few sherds of pot. We got a floor,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘When the first tesserae came up I made everyone stop and go and have a cup of tea, because I didn’t trust my own hands.⟧

⟦q:s1 ‘There is a hypocaust under there as well, the underfloor heating, and the flue tiles still have soot on them. Somebody was having a hot bath here 1,700 years ago.’⟧

⟦q:s2 ‘Mosaics this complete turn up perhaps once in a generation in this part of the country.’⟧ That is the assessment of ⟦m:s2 Meera Joshi⟧, a specialist in Roman floors at Dunhallow University, who visited the site last week.
"""),
# 3024 cycling (straight quotes) — cases 8 (nickname of a climb), 1 (he = stage winner after his teammate named), 3 (told reporters), 4 (continuation paragraph), 6 (two speakers in one paragraph)
({"s1": ("Mateo Briceño", "Briceño"),
  "s2": ("Lars Holmgren", "Holmgren"),
  "s3": ("Anke Steyn", "Steyn")}, """
Briceño conquers 'the Wall' to take Sierra lead

⟦m:s1 Mateo Briceño⟧ won the fifth stage of the Tour of the High Sierra on Thursday, attacking on the final climb to take the overall lead.

The climb, a two-mile ramp up Granite Pass known to riders as "the Wall," averages a 12 percent grade. Teammate Pieter Smal set the pace to the foot of it before dropping back exhausted.

⟦q:s1 "When Pieter pulled off, I knew it was my turn. I didn't look back once,"⟧ ⟦m:s1 he⟧ ⟦c told⟧ reporters at the finish.

⟦q:s1 "Tomorrow is flat, so tonight I can eat dessert."⟧

⟦q:s2 "He was simply stronger today,"⟧ ⟦c said⟧ ⟦m:s2 Lars Holmgren⟧, who started the day in the leader's jersey and now sits 41 seconds back. ⟦m:s3 Anke Steyn⟧, the winning team's sporting director, ⟦c said⟧: ⟦q:s3 "We have a lead. Now we have to keep it for four days."⟧

The race finishes Sunday in Cedar Falls.
"""),
# 3025 planning — cases 8 (development brand name in quotes), role NP + glued title + name, 6 (two speakers in one paragraph), 5 (spokesman named only after the quote), 2 (spokesman, named later), 7 (mixed; indirect)
({"s1": ("Simon Beale", "Beale", "a spokesman for Larchmont Homes", "the spokesman"),
  "s2": ("Hester Quayle", "Quayle", "the chair of the planning committee", "Councillor Hester Quayle"),
  "s3": ("Barry Thorne", "Thorne"),
  "s4": ("Abigail Nwosu", "Nwosu")}, """
1,200 homes approved for Hallam Green despite objections

Councillors in Eskdon have approved plans for 1,200 homes on farmland at Hallam Green, despite more than 3,000 objections.

The developer, Larchmont Homes, is marketing the scheme as “Hallam Meadows”, a name that drew laughter at Tuesday’s planning meeting because the meadows are what will be built on.

⟦m:s2 The chair of the planning committee⟧, Councillor ⟦m:s2 Hester Quayle⟧, ⟦c said⟧ ⟦i:s2 the council had no lawful grounds to refuse⟧. ⟦q:s2 “If we turn it down, the developer appeals and wins, and we lose the affordable homes and the new school along with it,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s3 “They call it a meadow. It’s a flood plain,”⟧ ⟦c said⟧ ⟦m:s3 Barry Thorne⟧, who has farmed next to the site for forty years. But ⟦m:s4 Abigail Nwosu⟧, 31, who rents a one-bedroom flat in the town centre with her partner and two children, ⟦c said⟧: ⟦q:s4 “My kids will need somewhere they can afford to live. I’m not going to pretend otherwise.”⟧

⟦q:s1 “Forty per cent of these homes will be affordable, which is more than any scheme in Eskdon in the last twenty years.”⟧ That was the response of ⟦m:s1 a spokesman for Larchmont Homes⟧, who ⟦c said⟧ ⟦i:s1 building work would begin next spring⟧.

⟦m:s1 The spokesman⟧, ⟦m:s1 Simon Beale⟧, ⟦c said⟧ ⟦x:s1 the company would install drainage “well beyond anything the regulations require”⟧.
"""),
# 3026 zoo (British quotes) — cases 8 (nickname), 1 (she = keeper after the vet named), 3 (says), 4 (quote over three paragraphs), 2 (unnamed spokeswoman), 7 (indirect)
({"s1": ("Gemma Orr", "Orr", "Head keeper Gemma Orr"),
  "s2": ("a spokeswoman for the zoo",)}, """
Red panda cub born at Kelham Zoo

A red panda cub has been born at Kelham Zoo, the first of the endangered species to be bred there.

The cub, a female, has been nicknamed ‘Little Fox’ by keepers while the public is asked to vote on a name.

Head keeper ⟦m:s1 Gemma Orr⟧ first spotted the cub on a camera in the nest box. The zoo’s vet, Sunniva Holt, examined it at three weeks and pronounced it healthy. ⟦q:s1 ‘I cried. I’m not ashamed of it,’⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 ‘We have been trying for four years.⟧

⟦q:s1 ‘Mum is called Tansy and she has been brilliant. She moves the cub between two nest boxes every day, which is exactly what red pandas do in the wild, and we just stay out of the way.⟧

⟦q:s1 ‘Visitors probably won’t see the cub until the autumn. Please be patient with her. We have been.’⟧

⟦m:s2 A spokeswoman for the zoo⟧ ⟦c said⟧ ⟦i:s2 the birth was an important contribution to the European breeding programme for the species⟧.
"""),
# 3027 retail (straight quotes) — cases 7 (according to a filing; mixed; indirect), 8 (store slogan), 3 (told the <paper>), 5 (named after quote), 6 (two speakers in one paragraph; role NP + name)
({"s1": ("Orchard & Pine",),
  "s2": ("Gail Simmonds", "Simmonds", "Chief executive Gail Simmonds"),
  "s3": ("Marcus Yee", "Yee"),
  "s4": ("Brenda Kowalski", "Kowalski"),
  "s5": ("Dennis Ochoa", "Ochoa", "A shopper")}, """
Orchard & Pine to close 40 department stores

⟦i:s1 Forty of the chain's 112 stores will close by January, eliminating about 3,000 jobs⟧, ⟦c according to⟧ a regulatory filing by the department store chain ⟦m:s1 Orchard & Pine⟧ on Tuesday.

The chain, whose decades-old slogan "Everything for the home, and then some" still hangs over the entrance of its Bayport flagship, has lost money for six straight years.

Chief executive ⟦m:s2 Gail Simmonds⟧ ⟦c told⟧ the Bayport Ledger that ⟦x:s2 the closures were "painful but necessary" to save the rest of the business⟧. ⟦q:s2 "I would rather run 72 stores that make money than 112 that don't,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s3 "They are closing the right stores about five years too late."⟧ That was the assessment of ⟦m:s3 Marcus Yee⟧, a retail analyst at Cardell & Stone, who ⟦c said⟧ ⟦i:s3 the chain's online business was still too small to carry it⟧.

At the Linden Mall store, one of those set to close, ⟦m:s4 Brenda Kowalski⟧, who has worked in the linens department since 1989, ⟦c said⟧: ⟦q:s4 "We heard it on the news, same as the customers."⟧ ⟦m:s5 A shopper⟧, ⟦m:s5 Dennis Ochoa⟧, 70, ⟦c said⟧: ⟦q:s5 "My wife bought her wedding shoes here. Where do I buy socks now?"⟧
"""),
# 3028 rowing — cases 1 (she = winner after the beaten champion named), 3 (told <radio station>; interrupted), 8 (boat name in quotes), 4 (continuation paragraph)
({"s1": ("Ingrid Faulkner", "Faulkner"),
  "s2": ("Arthur Mensah", "Mensah")}, """
Faulkner wins record fifth Hensley sculls title

⟦m:s1 Ingrid Faulkner⟧ won the women’s single sculls at the Hensley Regatta for a record fifth time on Sunday, beating the reigning world champion by a length and a half.

The world champion, Anna-Lena Roth, led by half a length at halfway before ⟦m:s1 Faulkner⟧ drew level at the Mill marker and pulled clear.

⟦q:s1 “At halfway I thought, she’s going to hold on and I’m going to be second again,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ Radio Hensley. ⟦q:s1 “Then the wind dropped, and I thought, no, actually, this one’s mine.”⟧

⟦m:s1 Faulkner⟧ races in a boat called “Second Wind”, bought with money raised by pupils at her old school in Tadbury.

⟦q:s1 “I’m thirty-six. I keep being told I should retire. I’ll retire when somebody beats me here.”⟧

⟦q:s2 “She is,”⟧ ⟦c said⟧ ⟦m:s2 Arthur Mensah⟧, her coach since 2009, ⟦q:s2 “the most stubborn athlete I have ever worked with, and I mean that as the highest compliment.”⟧
"""),
# 3029 restaurants (British quotes) — cases 7 (indirect; mixed via "wrote in a review"), 3 (wrote), 8 (dish name; quoted headline), 6 (two speakers in one paragraph), 2 (unnamed spokesman)
({"s1": ("Luca Ferraro", "Ferraro", "Chef-owner Luca Ferraro"),
  "s2": ("Jocasta Bell", "Bell"),
  "s3": ("a spokesman for the Silver Ladle guide",)}, """
Salt House loses Silver Ladle after eleven years

The Salt House in Porthkerry, the only restaurant in the county with a Silver Ladle, has lost the award in this year’s guide.

Chef-owner ⟦m:s1 Luca Ferraro⟧ ⟦c said⟧ ⟦i:s1 the kitchen had learned the news from a customer’s text message⟧. ⟦q:s1 ‘Not from the guide. From a customer. That tells you something,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

The restaurant’s signature dish is a crab custard listed on the menu as ‘The Tide Comes In’. ⟦m:s2 Jocasta Bell⟧, restaurant critic of the Weekly Courant, ⟦c wrote⟧ in a review last month that ⟦x:s2 the dish had become ‘a museum piece, admired and no longer eaten’⟧.

⟦q:s1 ‘Jocasta has never liked my food, and that’s her job,’⟧ ⟦m:s1 Ferraro⟧ ⟦c said⟧. ⟦m:s2 Bell⟧, reached by phone, ⟦c replied⟧: ⟦q:s2 ‘I liked it very much in 2017. That is rather the point.’⟧

⟦m:s3 A spokesman for the Silver Ladle guide⟧ ⟦c said⟧: ⟦q:s3 ‘We never comment on individual restaurants.’⟧ The Porthkerry Echo ran the story under the headline ‘Ladle Drops At Salt House’.
"""),
# 3030 public health (straight quotes) — cases 7 (according to; indirect), 3 (wrote in a post), 1 (she = school nurse after a mother named), 4 (quote over two paragraphs), 2 (spokeswoman, named later), 5 (named after quote)
({"s1": ("Brookfield County Health Department", "the county health department", "the department"),
  "s2": ("Alicia Monroe", "Monroe", "a spokeswoman for the department", "the spokeswoman"),
  "s3": ("Tanya Greer", "Greer")}, """
Whooping cough cases triple in Brookfield County

⟦i:s1 Cases of whooping cough in Brookfield County have tripled since January, with 87 confirmed so far this year⟧, ⟦c according to⟧ ⟦m:s1 the county health department⟧.

⟦m:s2 A spokeswoman for the department⟧ ⟦c said⟧ ⟦i:s2 most of the cases were in children under 10 and none had been fatal⟧.

⟦m:s3 Tanya Greer⟧, a school nurse in Millport, ⟦c wrote⟧ in a post on social media that ⟦i:s3 three of her students had been out sick for more than a month⟧.

One of them is the son of Kayla Brandt, a single mother who works nights at a distribution center. ⟦q:s3 "That little boy coughed until he threw up, every night for five weeks,"⟧ ⟦m:s3 she⟧ ⟦c said⟧ in an interview. ⟦q:s3 "His mom couldn't take time off. She sat in her car in the parking lot at lunch and cried.⟧

⟦q:s3 "People think this is a disease from a history book. It isn't. It's in my school, right now."⟧

⟦q:s2 "The best protection for a newborn is a vaccinated mother and a vaccinated household."⟧ That was the message from ⟦m:s2 Alicia Monroe⟧, the spokeswoman, who ⟦c said⟧ ⟦i:s2 free booster shots were available at all four county clinics⟧.
"""),
]

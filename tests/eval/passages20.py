"""Development batch (DEV7): ordinary news, written without reading the engine's rules, on 2026-12-07. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
"""

DEV7 = [

# 13001 wire politics: coalition talks collapse; three men and a president, anonymous official
({"s1": ("Anselm Dravik", "Dravik"),
  "s2": ("Konrad Meerveld", "Meerveld"),
  "s3": ("Piet Ravensloot", "Ravensloot"),
  "s4": ("Edda Vaernes", "Vaernes", "President Vaernes")},
"""
Coalition talks in Velmark collapse as finance minister walks out

HALVERSTAD, Dec 6 — Talks to form a new governing coalition in Velmark collapsed early on Saturday after Finance Minister ⟦m:s2 Konrad Meerveld⟧ walked out of a session that had run for almost eleven hours, leaving the country without a government six weeks after a snap election.

⟦q:s2 “I was asked to sign a budget that does not add up, and I will not put my name to arithmetic I know to be false,”⟧ ⟦m:s2 Meerveld⟧, 58, ⟦c told⟧ reporters waiting in the rain outside the Senate annexe. ⟦q:s2 “When they are ready to count honestly, they know where to find me.”⟧

Prime Minister ⟦m:s1 Anselm Dravik⟧, whose Civic Union won the most seats in October but fell 11 short of a majority, had hoped to announce a deal before Christmas. Speaking an hour later at his official residence, ⟦m:s1 the caretaker premier⟧ ⟦c said⟧ that ⟦i:s1 talks would resume on Monday with or without the Agrarian Party⟧.

⟦q:s1 “Konrad is a serious man and I take his concerns seriously,”⟧ ⟦m:s1 Dravik⟧ ⟦c said⟧. ⟦q:s1 “But a country cannot wait forever for one man to be satisfied with a spreadsheet.”⟧

The remark drew a swift response from ⟦m:s3 Piet Ravensloot⟧, leader of the opposition Labour Front, who has ruled out joining any coalition led by ⟦m:s1 Dravik⟧. ⟦q:s3 “The prime minister calls it a spreadsheet. Pensioners call it their heating bill,”⟧ ⟦m:s3 he⟧ ⟦c wrote⟧ on social media shortly after midnight.

At the heart of the dispute is a proposed 4 per cent cut to farm subsidies, which would fall hardest on small dairy holdings in the north. Treasury projections published last month show the deficit target cannot be met without the savings unless income tax rises.

⟦q “He had his speech written before he walked in,”⟧ ⟦c said⟧ a senior Civic Union official, who asked not to be named because the talks were confidential. ⟦q “The rain was the only thing he didn't plan.”⟧

Asked about the claim on Saturday afternoon, ⟦m:s2 the finance minister⟧ laughed. ⟦q:s2 “If I could plan the weather, I would be running a different ministry.”⟧

In a brief statement, President ⟦m:s4 Edda Vaernes⟧ ⟦c said⟧ that ⟦i:s4 ⟦m:s4 she⟧ would invite all party leaders to the palace on Monday⟧ and that ⟦x:s4 the country needed a government “before the first snow, not after the last excuse”⟧.
"""),

# 13002 local council: cycle lane; British single quotes; several women; crowd voice; org via spokesperson
({"s1": ("Fiona Pettigrew", "Pettigrew", "Councillor Pettigrew"),
  "s2": ("Deborah Lyle", "Lyle"),
  "s3": ("Margaret Osei", "Osei", "Mrs Osei"),
  "s4": ("Ashcombe Cycling Campaign", "Cycling Campaign"),
  "s5": ("Joan Whitlock", "Whitlock")},
"""
Ashcombe keeps Marlow Road cycle lane despite traders’ petition

Ashcombe’s cabinet has voted to make a controversial cycle lane on Marlow Road permanent, rejecting a 2,300-signature petition from traders angry at the loss of parking.

The lane, installed on a trial basis last March, removed 41 parking spaces along the town’s main shopping street. Councillors backed it by five votes to two on Tuesday night.

⟦q:s1 ‘We listened, we counted, and the numbers tell a different story from the one on the petition,’⟧ ⟦c said⟧ Councillor ⟦m:s1 Fiona Pettigrew⟧, the cabinet member for transport. ⟦q:s1 ‘Footfall on Marlow Road is up four per cent on last year.’⟧

⟦m:s2 Deborah Lyle⟧, who leads the Independent group and represents the Marlow ward, ⟦c said⟧ that ⟦x:s2 the footfall figures had been gathered during the summer food festival and were ‘about as meaningful as counting umbrellas in a downpour’⟧.

⟦q:s2 ‘You can prove anything if you pick the right fortnight,’⟧ ⟦m:s2 she⟧ ⟦c told⟧ the meeting. ⟦q:s2 ‘Ask the people who actually take the money at the till.’⟧

Among them is ⟦m:s3 Margaret Osei⟧, who has run a haberdashery on the street for 26 years. ⟦q:s3 ‘My customers are in their seventies. They are not going to arrive on a racing bike,’⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦m:s3 She⟧ ⟦c said⟧ that ⟦i:s3 her takings had fallen by almost a fifth since the lane opened⟧.

⟦q:s1 ‘I have enormous respect for Mrs Osei and for every trader on that street,’⟧ ⟦m:s1 the transport chief⟧ ⟦c said⟧ when the figure was put to her. ⟦q:s1 ‘But the lane is not going anywhere, and in five years nobody will remember the fuss.’⟧

The ⟦m:s4 Ashcombe Cycling Campaign⟧ welcomed the decision. ⟦q:s4 ‘This is a good night for every parent who wants their child to cycle to school without taking their life in their hands,’⟧ a spokesman for the group ⟦c said⟧.

Not everyone in the public gallery agreed. ⟦q ‘Shame on you,’⟧ ⟦c shouted⟧ one man as councillors filed out of the chamber.

⟦m:s5 Joan Whitlock⟧, 81, had come to watch the vote. ⟦q:s5 ‘I walked here tonight because I can’t park any more,’⟧ ⟦m:s5 she⟧ ⟦c said⟧ drily. ⟦q:s5 ‘So I suppose they can count me as a convert.’⟧
"""),

# 13003 court testimony: fraud trial; straight quotes; four women; nested quote; alternating cross-examination
({"s1": ("Helen Ashdown", "Ashdown"),
  "s2": ("Claire Montrose", "Montrose"),
  "s3": ("Rebecca Thorne", "Thorne"),
  "s4": ("Alison Pryce", "Pryce", "Judge Pryce")},
"""
Fraud trial hears of late-night transfers at Harwick Homes

⟦m:s2 The former finance director of collapsed housebuilder Harwick Homes⟧ ⟦c told⟧ a jury on Wednesday that ⟦i:s2 ⟦m:s2 she⟧ moved £3.2 million between company accounts on the instructions of its founder, days before the firm went into administration⟧.

⟦m:s2 Claire Montrose⟧, 47, was giving evidence for the prosecution at Kingsmoor Crown Court in the trial of Gareth Bellweather, 61, who denies fraudulent trading and false accounting.

⟦q:s2 "He came into my office, closed the door and said, 'Move it tonight, Claire, and don't put it in an email,'"⟧ ⟦m:s2 she⟧ ⟦c told⟧ the court.

⟦q:s2 "I knew it was wrong. I did it anyway, and I have had to live with that every day since."⟧

When prosecutor ⟦m:s1 Helen Ashdown⟧ pressed her on the point, ⟦m:s2 Montrose⟧ paused for several seconds. ⟦q:s2 "Because I had a mortgage and two children at university, and because I was frightened of him,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Opening the case last week, ⟦m:s1 Ashdown⟧ ⟦c told⟧ jurors that ⟦x:s1 Bellweather had treated the company "like a personal piggy bank with a logo on it"⟧.

Under cross-examination, ⟦m:s3 Rebecca Thorne⟧, representing Bellweather, ⟦c suggested⟧ that ⟦i:s3 ⟦m:s2 the witness⟧ had moved the money to hide errors in her own quarterly accounts⟧.

⟦q:s3 "You had made a mess of the figures, hadn't you, and this was your way of tidying it up?"⟧ ⟦m:s3 the barrister⟧ ⟦c asked⟧.

⟦q:s2 "That is simply not true,"⟧ ⟦m:s2 Montrose⟧ ⟦c replied⟧.

⟦q:s3 "Then why is your signature, and only your signature, on every one of these transfers?"⟧

⟦q:s2 "Because he never signed anything. That was the whole point."⟧

Judge ⟦m:s4 Alison Pryce⟧ later ⟦c reminded⟧ the jury that ⟦i:s4 the defendant had yet to give evidence⟧. ⟦q:s4 "You will hear from Mr Bellweather in due course, and you must keep an open mind until you do,"⟧ ⟦m:s4 she⟧ ⟦c said⟧.

The trial continues.
"""),

# 13004 business/earnings: grocer results; four men; analyst, union; role NP "the chief executive"
({"s1": ("Daniel Ferreira", "Ferreira"),
  "s2": ("Tobias Lindgren", "Lindgren"),
  "s3": ("Henry Oyelaran", "Oyelaran"),
  "s4": ("Gary Tuohy", "Tuohy")},
"""
Kestrel Foods profit falls 18% as shoppers trade down

Kestrel Foods, the country's third-largest grocer, reported an 18 per cent fall in half-year profit on Thursday, the latest sign that price competition from discount chains is squeezing the established supermarkets.

Pre-tax profit fell to £212 million in the six months to October, from £259 million a year earlier, on sales up 2.4 per cent at £6.1 billion. The shares fell 7 per cent in early trading.

⟦q:s1 “Customers are telling us very clearly that every penny counts, and we are choosing to listen rather than protect our margin,”⟧ ⟦c said⟧ chief executive ⟦m:s1 Daniel Ferreira⟧, who joined from a rival chain in April.

⟦m:s1 Ferreira⟧, 52, ⟦c said⟧ that ⟦i:s1 the company had cut prices on more than 1,400 products since the summer⟧. ⟦q:s1 “We are not going to win a race to the bottom, and we are not going to try,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ analysts on a conference call. ⟦q:s1 “What we are going to do is make sure nobody has a reason to walk past our door.”⟧

Finance director ⟦m:s2 Tobias Lindgren⟧ ⟦c said⟧ ⟦i:s2 the company now expected full-year profit at the lower end of its guidance range of £400 million to £440 million⟧. ⟦q:s2 “The second half has started a little softer than we would like. I would not call it alarming, but I would not call it comfortable either,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Not everyone was persuaded. ⟦q:s3 “This is a management team asking for patience at the exact moment the market has run out of it,”⟧ ⟦c said⟧ ⟦m:s3 Henry Oyelaran⟧, a retail analyst at Carraway Securities who has followed the company for more than a decade and on Thursday cut his rating on the shares to “sell”.

⟦m:s3 Oyelaran⟧ ⟦c noted⟧ that ⟦i:s3 Kestrel had lost market share for nine consecutive months⟧. ⟦q:s3 “The price cuts are the right idea. They just arrived about a year late.”⟧

The results also set out plans to close 14 smaller stores and automate two distribution centres, putting about 900 jobs at risk.

⟦q:s4 “Staff have been told to keep smiling at customers while management works out which of them to let go,”⟧ ⟦c said⟧ ⟦m:s4 Gary Tuohy⟧, national officer for the Retail and Distribution Union. ⟦m:s4 He⟧ ⟦c said⟧ that ⟦i:s4 the union would seek urgent talks with the company⟧.

Asked about the job losses, ⟦m:s1 the chief executive⟧ ⟦c said⟧ that ⟦x:s1 every affected worker would be offered a role elsewhere in the business “where one exists”⟧.
"""),

# 13005 sport match report: four men; roles "the 34-year-old", "the Scot", "the Italian", "the defender"; quote with no cue
({"s1": ("Stuart Gallacher", "Gallacher"),
  "s2": ("Paolo Benedetti", "Benedetti"),
  "s3": ("Kieran Doyle-Amadi", "Doyle-Amadi", "Kieran"),
  "s4": ("Lewis Hartigan", "Hartigan")},
"""
Dunmore Rovers 2 Castlebridge United 1

⟦m:s3 Kieran Doyle-Amadi⟧ scored twice in the second half as Dunmore Rovers came from behind to beat Castlebridge United and climb out of the relegation zone for the first time since October.

United led through a ⟦m:s4 Lewis Hartigan⟧ header after 23 minutes and should have been further ahead at the break, but Rovers were transformed after the interval. ⟦m:s3 Doyle-Amadi⟧ levelled with a low shot from the edge of the area on 58 minutes and headed the winner from a corner with six minutes left.

⟦q:s3 “At my age you don't get many more days like this, so you enjoy every one of them,”⟧ ⟦c said⟧ ⟦m:s3 the 34-year-old⟧, who had not scored since August. ⟦q:s3 “The gaffer told us at half-time that we looked frightened. He was right. We were.”⟧

Rovers manager ⟦m:s1 Stuart Gallacher⟧ ⟦c admitted⟧ that ⟦x:s1 his half-time message had been “short, and not very polite”⟧.

⟦q:s1 “I won't repeat it, there might be children reading,”⟧ ⟦m:s1 the Scot⟧ ⟦c said⟧ with a grin. ⟦q:s1 “But they responded like men, and Kieran was magnificent. Absolutely magnificent.”⟧

⟦m:s2 His opposite number⟧ was in a darker mood. ⟦q:s2 “We played one half of football and then we went to sleep,”⟧ ⟦c said⟧ ⟦m:s2 Paolo Benedetti⟧, whose side have now gone five matches without a win. ⟦q:s2 “In this league, if you sleep, somebody steals your wallet.”⟧

⟦m:s4 Hartigan⟧, United's captain, refused to blame the manager. ⟦q:s4 “It's on us, not him. He sets us up right and we don't do the basics,”⟧ ⟦m:s4 the defender⟧ ⟦c said⟧. ⟦q:s4 “Two goals from set pieces. That's schoolboy stuff.”⟧

Asked whether his job was now under threat, ⟦m:s2 the Italian⟧ shrugged. ⟦q:s2 “That is a question for other people. My job is Tuesday's training session.”⟧

Rovers travel to Port Sellick on Saturday; United host leaders Amberley Town.
"""),

# 13006 sport press conference: tennis; four women; multi-paragraph quote; nested quote; "the 27-year-old", "the qualifier"
({"s1": ("Anouk Verhaegen", "Verhaegen", "Anouk"),
  "s2": ("Adaeze Nwosu", "Nwosu"),
  "s3": ("Birgit Haller", "Haller"),
  "s4": ("Rosa Quintanilla", "Quintanilla")},
"""
⟦m:s1 Verhaegen⟧ hints at break after shock defeat by qualifier

Top seed ⟦m:s1 Anouk Verhaegen⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ might step away from the tour⟧ after a 6-4 3-6 6-1 defeat by the qualifier ⟦m:s2 Adaeze Nwosu⟧ in the quarter-finals of the Marlowe Open on Thursday.

⟦q:s1 “I don't feel the joy right now, and when you don't feel the joy, you can't fight for three hours,”⟧ ⟦m:s1 the 27-year-old⟧ ⟦c said⟧ in a subdued press conference.

⟦q:s1 “I've been travelling since January,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “I've seen my family for maybe nine days this year. At some point the body says enough, and I think my body said it today in the third set.⟧

⟦q:s1 “I'm not saying I'm stopping. I'm saying I need to sit down with my team and be honest with myself.”⟧

⟦m:s2 Nwosu⟧, 20 and ranked 143rd in the world, could barely stop smiling. ⟦q:s2 “I grew up watching her on television, so just to be on the same court was already crazy,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “To win? I don't have the words yet. Maybe tomorrow.”⟧

⟦m:s2 The qualifier⟧ ⟦c said⟧ that ⟦i:s2 ⟦m:s2 she⟧ had spent the morning of the match doing her laundry at the players' hotel⟧.

Her coach, ⟦m:s3 Birgit Haller⟧, ⟦c said⟧ that ⟦i:s3 no decision about the rest of the season would be taken in haste⟧. ⟦q:s3 “Anouk has given everything to this sport since she was 14. If she needs a month, she takes a month, and nobody should make a drama out of it,”⟧ ⟦m:s3 Haller⟧ ⟦c said⟧.

The match had been delayed for 90 minutes by rain, and ⟦m:s4 the tournament director⟧, ⟦m:s4 Rosa Quintanilla⟧, apologised to spectators. ⟦q:s4 “People sat in the rain for us today. The roof will be finished for next year, and I promise you that personally,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

Asked what ⟦m:s1 she⟧ had said to ⟦m:s2 Nwosu⟧ at the net, ⟦m:s1 Verhaegen⟧ smiled for the first time. ⟦q:s1 “I told her she hits the ball harder than I do. She said, ‘Sorry.’ That's tennis now.”⟧
"""),

# 13007 health: A&E waits; mother and daughter share a surname; "the older woman"; health board statement
({"s1": ("Tarnbridge Health Board", "Health Board"),
  "s2": ("Imogen Castell", "Castell", "Dr Castell"),
  "s3": ("Siobhan Keane", "Keane"),
  "s4": ("Patricia Ellery", "Ellery", "Mrs Ellery"),
  "s5": ("Louise Ellery", "Louise")},
"""
Emergency waits at Tarnbridge General hit record as flu cases surge

Patients at Tarnbridge General Hospital waited an average of 11 hours in its emergency department last week, the longest since current records began, as a surge in flu admissions left the hospital with no free beds for five consecutive days.

⟦m:s4 Patricia Ellery⟧, 72, spent 19 hours on a trolley in a corridor after breaking her wrist in a fall at home. ⟦q:s4 “I kept apologising to the nurses, which is ridiculous, because none of it was their fault,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s5 Her daughter⟧, ⟦m:s5 Louise⟧, who sat with her through the night, ⟦c said⟧ that ⟦i:s5 the corridor had been lined with trolleys from the ambulance bay to the X-ray department⟧. ⟦q:s5 “At four in the morning a man was walking up and down asking for his wife, and nobody could tell him where she was,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “It was like something out of a war film.”⟧

⟦q:s4 “And yet every one of those nurses had a smile for me,”⟧ ⟦m:s4 the older woman⟧ ⟦c added⟧.

Dr ⟦m:s2 Imogen Castell⟧, who has worked as an emergency consultant at the hospital for 14 years, ⟦c said⟧ that ⟦i:s2 staff had been treating patients in chairs, in the plaster room and on one occasion in a storeroom⟧. ⟦q:s2 “We are running a hospital built for 1995 with the population of 2026,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “The staff are extraordinary. The building is not.”⟧

⟦m:s3 Siobhan Keane⟧, regional officer for the Nursing and Midwifery Union, ⟦c said⟧ that ⟦i:s3 morale was the lowest ⟦m:s3 she⟧ had seen in a 30-year career⟧. ⟦q:s3 “Nurses are not leaving because of the pay, although the pay is poor. They are leaving because they go home every night feeling they have failed someone,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

In a statement, ⟦m:s1 Tarnbridge Health Board⟧ ⟦c said⟧ that ⟦i:s1 it had opened 30 extra beds in a former day-surgery unit and cancelled some planned operations to free up staff⟧.

⟦q:s1 “We are sorry that some patients are waiting far longer than they should, and we are working with our partners in social care to get people home as soon as they are well enough,”⟧ the statement ⟦c said⟧.

Mrs ⟦m:s4 Ellery⟧ was discharged on Sunday with her arm in plaster. ⟦q:s4 “I'd like to thank them properly,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “Perhaps a tin of biscuits. Perhaps a new hospital.”⟧
"""),

# 13008 science: cave fungus; three men; speaker introduced after quote with long appositive; "that colleague"
({"s1": ("Tomasz Wilczek", "Wilczek"),
  "s2": ("Ravi Subramaniam", "Subramaniam"),
  "s3": ("Hamid Rezaei", "Rezaei"),
  "s4": ("Carrow Caves Trust", "Caves Trust")},
"""
Glowing fungus found deep in Carrow caves, a first for Europe

A fungus that glows a faint green in total darkness has been discovered deep in the Carrow cave system. Described in a study published on Wednesday, it is the first bioluminescent species of its kind recorded in Europe.

⟦q:s1 “The first time I switched off my headlamp, I honestly thought my eyes were playing tricks,”⟧ ⟦c said⟧ ⟦m:s1 Tomasz Wilczek⟧, a mycologist at the University of Halden and lead author of the study, published in the Journal of Subterranean Biology, who has spent nine years surveying the caves. ⟦q:s1 “Then I looked across at my colleague, and he was staring at the same patch of wall with his mouth open.”⟧

That colleague, ⟦m:s2 Ravi Subramaniam⟧, remembers it differently. ⟦q:s2 “I was not staring with my mouth open. I was breathing heavily, because we had just crawled forty metres on our stomachs,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, laughing.

The fungus grows in small clusters on rotting roots that have pushed down through cracks in the limestone, about 110 metres below the surface. Its caps are no bigger than a fingernail, and the light they give off is visible only after the eyes have adjusted to darkness for several minutes.

The team has named the species Mycena carrowensis. ⟦m:s2 Subramaniam⟧, a geneticist, ⟦c said⟧ that ⟦i:s2 its closest known relatives lived in the forests of south-east Asia⟧. ⟦q:s2 “How it got here, and how long it has been here, are the questions that will keep us busy for the next ten years,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Hamid Rezaei⟧, professor of fungal ecology at Stellmark University, who was not involved in the research, ⟦c said⟧ that ⟦x:s3 the find was “genuinely surprising” and the genetic work looked solid⟧. But ⟦m:s3 he⟧ ⟦c warned⟧ that ⟦i:s3 publicity could endanger it⟧.

⟦q:s3 “Caves are fragile places. The worst thing that could happen now is a queue of tourists with torches trying to watch it glow,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 Wilczek⟧ ⟦c agreed⟧. ⟦q:s1 “We have deliberately not published the exact location. It has survived in the dark for a very long time without any help from us.”⟧

The ⟦m:s4 Carrow Caves Trust⟧, which manages the site, ⟦c said⟧ that ⟦i:s4 the chamber would remain closed to the public indefinitely⟧. ⟦q:s4 “There are plenty of beautiful caves in Carrow that people can visit. This will not be one of them,”⟧ ⟦m:s4 the trust⟧ ⟦c said⟧.
"""),

# 13009 crime: ram raid; police statement, named detective; several men; quote paragraph with no cue
({"s1": ("Rachel Munro", "Munro", "Detective Inspector Munro"),
  "s2": ("Ezra Lindqvist", "Lindqvist"),
  "s3": ("Darren Mooney", "Mooney"),
  "s4": ("Elmsford Police", "police"),
  "s5": ("Wojciech Nowak", "Nowak")},
"""
Gang rams pickup into Elmsford jewellers and escapes with £600,000 haul

Detectives are hunting four men who used a stolen pickup truck to smash their way into a jewellers in Elmsford town centre early on Sunday, escaping with watches and rings worth an estimated £600,000.

⟦m:s4 Elmsford Police⟧ ⟦c said⟧ that ⟦i:s4 the raid on Lindqvist & Sons in Bridge Street happened at about 3.40am⟧ and that ⟦i:s4 the men, who wore balaclavas and carried sledgehammers, were inside the shop for less than two minutes⟧.

⟦q:s1 “This was a planned, violent and frankly reckless crime, and it is pure luck that nobody was killed,”⟧ ⟦c said⟧ Detective Inspector ⟦m:s1 Rachel Munro⟧, who is leading the investigation. ⟦q:s1 “Someone knows who these men are. Someone has seen a pickup with a smashed front end. I want to hear from them.”⟧

⟦m:s2 Ezra Lindqvist⟧, whose grandfather opened the shop in 1958, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had been woken by a call from the alarm company⟧. ⟦q:s2 “I drove down in my pyjamas. The front of the shop was just gone, like a mouth with the teeth knocked out,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s2 “Three generations built that business. They took what they wanted in two minutes.”⟧

⟦m:s3 Darren Mooney⟧, a night-bus driver who was waiting at traffic lights opposite the shop, saw the raid unfold. ⟦q:s3 “I heard the bang first and thought a lorry had crashed. Then I saw them running out with bags, cool as you like,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “One of them looked straight at me. I stayed in my seat and kept the doors shut.”⟧

⟦q:s5 “The whole flat shook. My son thought it was an earthquake,”⟧ ⟦c said⟧ ⟦m:s5 Wojciech Nowak⟧, who lives above a bakery two doors away.

⟦m:s1 Munro⟧ ⟦c said⟧ that ⟦i:s1 the pickup had been found burnt out on farmland three miles north of the town later that morning⟧. ⟦q:s1 “They were organised, but nobody is as organised as they think they are,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 13010 weather/disaster: floods; speaker introduced after quote; fire chief; agency as "the agency"; social media post
({"s1": ("Teresa Bamford", "Bamford", "Mayor Bamford"),
  "s2": ("Neil Ashworth", "Ashworth"),
  "s3": ("Kamala Pillai", "Pillai"),
  "s4": ("National Flood Service", "Flood Service"),
  "s5": ("Gwen Probert", "Probert")},
"""
Hundreds evacuated as River Sallow floods Wrenford

⟦q:s5 “The water came under the front door as if someone had turned on a tap,”⟧ ⟦c said⟧ ⟦m:s5 Gwen Probert⟧, 66, who was carried from her bungalow by firefighters on Monday night as the River Sallow burst its banks. ⟦q:s5 “I've lived here forty years. I've seen it come up to the garden wall. I've never once seen it in the kitchen.”⟧

More than 400 people were evacuated from homes in the low-lying east of Wrenford after two days of torrential rain. Schools were closed on Tuesday and the town's only road bridge remained shut to traffic.

⟦i:s2 Crews rescued 63 people by boat overnight⟧, ⟦c said⟧ ⟦m:s2 Neil Ashworth⟧, the county's chief fire officer. ⟦q:s2 “Please, if you are asked to leave, then leave. My crews cannot be in two places at once, and every person who stays behind is a person we may have to go back for,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The ⟦m:s4 National Flood Service⟧ ⟦c said⟧ that ⟦i:s4 the river had peaked at 5.2 metres at Wrenford bridge on Tuesday morning, the highest level recorded there⟧. ⟦q:s4 “Further heavy rain forecast for Thursday could cause levels to rise again, and we urge people not to return home until told it is safe,”⟧ ⟦m:s4 the agency⟧ ⟦c warned⟧.

Mayor ⟦m:s1 Teresa Bamford⟧, who visited a rest centre set up in the Wrenford leisure centre, praised the volunteers who had brought food and dry clothes. ⟦q:s1 “Wrenford has flooded before and Wrenford has always dried out and opened up again. We will do it this time too,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

But ⟦m:s1 the mayor⟧ ⟦c said⟧ that ⟦x:s1 the town had been promised new flood defences “in 2019, in 2021 and again last spring”⟧, and that ⟦i:s1 not a spade had gone into the ground⟧.

⟦m:s3 Kamala Pillai⟧, who runs a café on the riverside, posted a video of chairs floating past her counter. ⟦q:s3 “Eleven years of work, floating out of the door. If anyone has a pump, we'd be grateful,”⟧ ⟦m:s3 she⟧ ⟦c wrote⟧.

By Tuesday afternoon strangers had turned up with three. ⟦q:s3 “That's Wrenford for you,”⟧ ⟦m:s3 Pillai⟧ ⟦c said⟧, standing in a foot of brown water. ⟦q:s3 “The river takes, and then the town gives back.”⟧
"""),

# 13011 culture/celebrity: memoir; social media posts; ex-husband via named lawyer; publisher statement; TV host quoted inside quote
({"s1": ("Mireille Dacosta", "Dacosta"),
  "s2": ("Julian Arkwright", "Arkwright"),
  "s3": ("Naomi Fenwick", "Fenwick"),
  "s4": ("Larkspur Books", "Larkspur")},
"""
⟦m:s1 Mireille Dacosta⟧ memoir prompts legal threat from former husband

The actress ⟦m:s1 Mireille Dacosta⟧ has defended her forthcoming memoir after ⟦m:s2 her former husband⟧, the film producer ⟦m:s2 Julian Arkwright⟧, threatened legal action over passages describing their eight-year marriage.

The book, Lights Out in Santa Brisa, is due to be published in February. Extracts printed in a Sunday newspaper at the weekend describe ⟦m:s2 Arkwright⟧ as controlling and frequently absent, and recount a row on the set of the 2015 thriller Cold Harbour.

⟦q:s1 “Every word in that book is true, and I waited a long time to be brave enough to write it,”⟧ ⟦m:s1 Dacosta⟧, 44, ⟦c wrote⟧ in a post to her 3.1 million followers on Monday. ⟦q:s1 “I'm not asking anyone to take sides. I'm asking to be allowed to tell my own life.”⟧

Hours later ⟦m:s2 Arkwright⟧ ⟦c posted⟧ a reply of his own. ⟦q:s2 “Memory is a wonderful novelist. I wish Mireille well, but I will not allow my children to read fiction sold as fact,”⟧ ⟦m:s2 he⟧ ⟦c wrote⟧.

⟦m:s3 His lawyer⟧, ⟦m:s3 Naomi Fenwick⟧, ⟦c said⟧ that ⟦x:s3 a letter had been sent to the publisher identifying 17 passages that were “defamatory or a gross invasion of privacy”⟧. ⟦q:s3 “We would much rather this was resolved quietly and without a courtroom. That choice is now with the publisher,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s4 Larkspur Books⟧ ⟦c said⟧ that ⟦x:s4 the memoir had been “carefully and independently read for legal risk”⟧ and that ⟦i:s4 it had no plans to delay publication⟧. ⟦q:s4 “We are proud to publish a brave and beautifully written book,”⟧ a spokeswoman ⟦c said⟧.

⟦m:s1 Dacosta⟧ was asked about the dispute during an appearance on a late-night chat show on Tuesday. ⟦q:s1 “The host said to me backstage, ‘Don't mention the lawyers,’ so of course it's the first thing he asks,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ to laughter from the audience. ⟦q:s1 “Honestly? I sleep very well.”⟧
"""),

# 13012 obituary: jazz pianist; quotes from old interviews; son and daughter share surname; collaborator
({"s1": ("Winston Ferrabee", "Ferrabee"),
  "s2": ("Marcia Ferrabee", "Marcia"),
  "s3": ("Desmond Ferrabee", "Desmond"),
  "s4": ("Leon Achebe-Grant", "Achebe-Grant")},
"""
⟦m:s1 Winston Ferrabee⟧, jazz pianist who brought Port Ellery to the world, dies aged 88

⟦m:s1 Winston Ferrabee⟧, the pianist and bandleader whose records made the cramped basement clubs of Port Ellery famous far beyond the harbour, has died at his home in the city. ⟦m:s1 He⟧ was 88.

His death on Friday was confirmed by his daughter, ⟦m:s2 Marcia Ferrabee⟧, who ⟦c said⟧ that ⟦i:s2 ⟦m:s1 he⟧ had died peacefully, with the radio on⟧. ⟦q:s2 “He would have complained about the choice of station,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “He complained about every station. That was how you knew he was listening.”⟧

Born the youngest of seven children in the dockside district of Saltmarket, ⟦m:s1 Ferrabee⟧ taught himself to play on a church harmonium. ⟦m:s1 He⟧ rarely talked about his childhood, but in a 1998 radio interview ⟦m:s1 he⟧ ⟦c said⟧ that ⟦x:s1 the harmonium had taught him “patience, and how to make one bad note sound like you meant it”⟧.

His 1964 album Lantern Street, recorded in a single night with a borrowed bassist, sold poorly at first but is now regarded as a landmark of the genre. ⟦q:s1 “We didn't know we were making history. We thought we were making rent,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ an interviewer in 2010.

The saxophonist ⟦m:s4 Leon Achebe-Grant⟧, who played in his quintet for more than two decades, ⟦c said⟧ that ⟦i:s4 ⟦m:s1 Ferrabee⟧ had been a demanding but generous bandleader⟧. ⟦q:s4 “He would stop a rehearsal for twenty minutes over one chord. Then he'd buy you dinner and ask about your mother,”⟧ ⟦m:s4 Achebe-Grant⟧ ⟦c said⟧. ⟦q:s4 “I learned more from him than from any school.”⟧

⟦m:s3 His son⟧, ⟦m:s3 Desmond⟧, a sound engineer, ⟦c said⟧ that ⟦i:s3 ⟦m:s1 his father⟧ had continued to practise for two hours every morning until the last weeks of his life⟧. ⟦q:s3 “His hands were failing but his ears never did. He'd play a phrase, stop, and say, ‘No. Again,’”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦i:s2 ⟦m:s1 He⟧ is survived by his two children, five grandchildren and a younger sister⟧, ⟦m:s2 Marcia⟧ ⟦c said⟧. His wife, the singer Alma Ferrabee, died in 2019.
"""),

# 13013 international: election; several women; list of speakers in one paragraph; unnamed voter; observer mission
({"s1": ("Valeria Montalbán", "Montalbán"),
  "s2": ("Graciela Ochoa", "Ochoa"),
  "s3": ("Héctor Villaseñor", "Villaseñor"),
  "s4": ("Ingrid Solheim", "Solheim"),
  "s5": ("Rosario Quispe", "Quispe")},
"""
San Aurelio heads for run-off as neither candidate wins majority

SANTA LUCÍA DEL MAR — San Aurelio's presidential election will go to a second round for the first time in 20 years after neither of the two leading candidates secured an outright majority, preliminary results showed on Monday.

With 96 per cent of ballots counted, the former central bank governor ⟦m:s1 Valeria Montalbán⟧ had 46.8 per cent of the vote and the left-wing senator ⟦m:s2 Graciela Ochoa⟧ 41.2 per cent. The run-off is scheduled for January 18.

Both women claimed momentum on Monday. ⟦m:s1 Montalbán⟧ ⟦c told⟧ supporters in the capital that ⟦x:s1 the country had voted “for order and for honest accounts”⟧; ⟦m:s2 Ochoa⟧, speaking in her home city of Puerto Vidal, ⟦c said⟧ that ⟦x:s2 the result showed “a country that refuses to be told what it can afford”⟧; and ⟦m:s3 the electoral commission's president⟧, ⟦m:s3 Héctor Villaseñor⟧, ⟦c appealed⟧ to both camps ⟦i:s3 to wait for the final count before declaring anything⟧.

⟦q:s1 “Six weeks ago they said we could not win a single province in the south. Tonight we won four,”⟧ ⟦m:s1 Montalbán⟧, 57, ⟦c said⟧ from a stage decorated with sunflowers. ⟦q:s1 “I am asking the people of San Aurelio for one more push.”⟧

⟦m:s2 Ochoa⟧, 49, struck a defiant note. ⟦q:s2 “My opponent has the banks, the newspapers and the helicopters. We have the bus stations and the markets,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “I know which I would rather have on a Sunday in January.”⟧

⟦m:s3 Villaseñor⟧ ⟦c said⟧ that ⟦i:s3 turnout had reached 71 per cent, the highest since 1994⟧. ⟦q:s3 “There were queues at some polling stations at six in the morning in the rain. That is the real result of this election,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s4 Ingrid Solheim⟧, who led a 90-member observer mission from the Atlantic Democratic Forum, ⟦c said⟧ that ⟦i:s4 voting had been largely orderly⟧, though ⟦m:s4 she⟧ ⟦c noted⟧ that ⟦i:s4 the mission had received reports of vote-buying in two northern provinces⟧. ⟦q:s4 “These are not small matters, and we expect the authorities to investigate them properly before the second round,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

In the market of San Telmo, on the edge of the capital, opinions were divided. ⟦q “Montalbán understands money, and money is what we don't have,”⟧ ⟦c said⟧ one fruit seller, who declined to give her name.

A few stalls away, ⟦m:s5 Rosario Quispe⟧, who sells woven blankets, shook her head. ⟦q:s5 “Understanding money is easy when you have it,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “I will vote for the one who has been on a bus.”⟧
"""),

# 13014 feature: seaweed cooperative; British single quotes; four women; mother- and daughter-in-law share a surname; multi-paragraph quote; pronoun chains
({"s1": ("Ailsa Mackinnon", "Ailsa", "Mackinnon"),
  "s2": ("Ruth Mackinnon", "Ruth"),
  "s3": ("Chiara Benedetto", "Benedetto", "Chiara"),
  "s4": ("Fiona Dalgleish", "Dalgleish")},
"""
The women who turned Brennock’s seaweed into a living

At half past five on a November morning the tide is out on Brennock, and ⟦m:s1 Ailsa Mackinnon⟧ is already knee-deep in the shallows with a knife in one hand and a mesh sack in the other.

⟦q:s1 ‘People think it’s romantic,’⟧ ⟦m:s1 she⟧ ⟦c says⟧, straightening up with a grimace. ⟦q:s1 ‘Come back in February when it’s dark until nine and the wind is coming sideways off the Atlantic, and then tell me it’s romantic.’⟧

⟦m:s1 Mackinnon⟧, 63, started harvesting kelp and dulse on the island’s west shore in 2011, after the fish processing plant where ⟦m:s1 she⟧ had worked for 22 years closed. Today the cooperative ⟦m:s1 she⟧ founded employs nine women and sells dried seaweed to restaurants, health-food shops and a cosmetics firm on the mainland.

⟦q:s1 ‘When the plant shut, there were men on this island who said we should all go to Invercarron,’⟧ ⟦m:s1 she⟧ ⟦c recalls⟧. ⟦q:s1 ‘My late husband said, “Ailsa, what are you going to do, sell the beach?” And I said, well, yes, actually.⟧

⟦q:s1 ‘It took us four years to make a penny. But we never once went to Invercarron.’⟧

⟦m:s2 Her daughter-in-law⟧, ⟦m:s2 Ruth Mackinnon⟧, joined in 2016 and now runs the drying sheds and the accounts. ⟦m:s2 The younger Mackinnon⟧ is blunter about the early days. ⟦q:s2 ‘Ailsa’s version is the heroic one,’⟧ ⟦m:s2 she⟧ ⟦c says⟧. ⟦q:s2 ‘My version involves a lot of spreadsheets and one very bad winter when we lost a whole harvest to mould.’⟧

Does ⟦m:s1 the older woman⟧ mind? ⟦q:s1 ‘She’s right,’⟧ ⟦m:s1 Ailsa⟧ ⟦c says⟧, without looking up. ⟦q:s1 ‘Don’t tell her I said so.’⟧

The cooperative’s biggest customer is ⟦m:s3 Chiara Benedetto⟧, who moved to the island from Alvento nine years ago and runs a 30-cover restaurant in the harbour. ⟦m:s3 She⟧ ⟦c says⟧ that ⟦x:s3 the seaweed has changed the way ⟦m:s3 she⟧ cooks ‘more than ten years of kitchens back home’⟧.

⟦q:s3 ‘In Alvento I used salt. Here I use the sea,’⟧ ⟦m:s3 Benedetto⟧ ⟦c says⟧. ⟦q:s3 ‘My mother came to visit and she thought I had gone mad. Then she ate, and she asked Ailsa for three bags to take home.’⟧

Not everyone is convinced the model can grow. ⟦m:s4 Fiona Dalgleish⟧, a marine ecologist at the Skerray Institute who has studied the island’s shore for a decade, ⟦c says⟧ that ⟦i:s4 hand-harvesting at the current scale does no measurable harm to the kelp beds⟧. ⟦q:s4 ‘Double it and I would want to see the data. Triple it and I would be worried,’⟧ ⟦m:s4 she⟧ ⟦c says⟧.

⟦m:s2 Ruth⟧ agrees. ⟦q:s2 ‘We are not trying to be big. We are trying to be here in thirty years,’⟧ ⟦m:s2 she⟧ ⟦c says⟧. Behind her, the tide has turned, and ⟦m:s1 her mother-in-law⟧ is wading back up the beach with a full sack.
"""),

# 13015 press statements: airline strike; org statements; union leader; minister; passengers; reported speech followed by direct quote from another person
({"s1": ("Solway Air", "Solway"),
  "s2": ("Graham Pettifer", "Pettifer"),
  "s3": ("Arjun Mehta", "Mehta"),
  "s4": ("Claudia Wexford", "Wexford"),
  "s5": ("Sinead Farrelly", "Farrelly")},
"""
⟦m:s1 Solway Air⟧ cancels 300 flights as pilots begin 48-hour strike

⟦m:s1 Solway Air⟧ cancelled more than 300 flights on Friday as pilots began a 48-hour strike over pay and rosters, stranding tens of thousands of passengers at the start of the Christmas getaway.

In a statement issued shortly after midnight, ⟦m:s1 Solway Air⟧ ⟦c said⟧ that ⟦i:s1 it had offered pilots a 9 per cent pay rise over two years⟧ and that ⟦x:s1 the strike was “unnecessary, unjustified and deeply regrettable”⟧. ⟦q:s1 “We apologise unreservedly to our customers, who deserve better than to have their holidays used as a bargaining chip,”⟧ the statement ⟦c said⟧.

⟦m:s2 Graham Pettifer⟧, general secretary of the Aviation Pilots' Association, ⟦c said⟧ that ⟦i:s2 the offer was conditional on pilots accepting rosters that would see some work 14 days in a row⟧. ⟦q:s2 “Nobody wants to be flown across Europe by someone on their fourteenth consecutive shift,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “This is about safety first and pay a distant second.”⟧

⟦m:s1 The airline⟧ ⟦c rejected⟧ that claim. ⟦q:s1 “All of our rosters comply fully with aviation regulations, and the union knows it,”⟧ a spokesman ⟦c said⟧.

At Kellbridge airport, departure boards were a column of red. ⟦q:s3 “We were meant to be in Solmara by lunchtime. Now we're being told maybe Tuesday,”⟧ ⟦c said⟧ ⟦m:s3 Arjun Mehta⟧, 38, who was travelling with his wife and three children. ⟦q:s3 “I don't know who to blame. I just know who's paying.”⟧

⟦m:s5 Sinead Farrelly⟧, who was due to fly to a funeral in Kilbrannock, ⟦c said⟧ that ⟦i:s5 staff at the airport had been kind but had no information⟧. ⟦q:s5 “One of them actually cried with me,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

Transport Secretary ⟦m:s4 Claudia Wexford⟧ ⟦c urged⟧ both sides ⟦i:s4 to return to talks at the conciliation service on Monday⟧. ⟦q:s4 “Passengers have been caught in the middle of this dispute for too long. I expect both sides in the room, and I expect them to stay there until it is settled,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s2 Pettifer⟧ ⟦c said⟧ that ⟦i:s2 the union would attend⟧. ⟦q:s2 “We'll be there at nine o'clock with the coffee on. The question is whether they'll be there with anything new,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s1 Solway⟧ ⟦c said⟧ that ⟦i:s1 passengers on cancelled flights could rebook free of charge or claim a full refund⟧.
"""),

# 13016 politics/social media: four men; quoted posts; a man quoting a rival inside his quote; party statement
({"s1": ("Oliver Stanhope", "Stanhope"),
  "s2": ("Marcus Adebayo", "Adebayo"),
  "s3": ("Dennis Curle", "Curle"),
  "s4": ("Progressive Alliance", "Alliance"),
  "s5": ("Tom Ridgeway", "Ridgeway")},
"""
MP apologises after late-night posts about rival's constituency

An opposition MP has apologised for a series of late-night social media posts mocking a rival's constituency, which were deleted on Sunday morning.

⟦m:s1 Oliver Stanhope⟧, the opposition member for Hexley North, made the remarks on Saturday night during an online exchange with ⟦m:s2 Marcus Adebayo⟧, who represents neighbouring Castleford Vale for the governing party.

⟦q:s1 "Castleford Vale is a town that peaked in 1974 and has been blaming everyone else ever since,"⟧ ⟦m:s1 Stanhope⟧ ⟦c wrote⟧ in one post. In another ⟦m:s1 he⟧ ⟦c wrote⟧: ⟦q:s1 "Maybe if its MP spent less time on breakfast television the bypass would have been built."⟧

⟦m:s2 Adebayo⟧, 41, ⟦c replied⟧ within minutes. ⟦q:s2 "I'd invite my honourable friend to Castleford Vale to say that to the faces of the nurses, bus drivers and shop workers who live here. I'll even pay for his parking,"⟧ ⟦m:s2 he⟧ ⟦c wrote⟧.

By Sunday lunchtime the posts had gone. ⟦q:s1 "Late at night I wrote something unkind and untrue about a place full of decent people. I'm sorry, and I've told Marcus so directly,"⟧ ⟦m:s1 Stanhope⟧ ⟦c said⟧ in a statement.

Speaking to reporters outside a church in Castleford on Sunday, ⟦m:s2 Adebayo⟧ ⟦c said⟧ that ⟦i:s2 ⟦m:s2 he⟧ accepted the apology⟧ and that ⟦i:s2 the visit should still go ahead⟧. ⟦q:s2 "He told me on the phone, 'I'll come, but I'm not doing breakfast television.' I said that was fine, breakfast television wouldn't have him,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The ⟦m:s4 Progressive Alliance⟧ ⟦c said⟧ that ⟦x:s4 the posts "fell well below the standards we expect"⟧ and that ⟦i:s4 the matter was closed⟧.

Not all of his party colleagues were so forgiving. ⟦m:s3 Dennis Curle⟧, the party's local chair in Castleford Vale, where the party is hoping to win the seat at the next election, ⟦c said⟧ that ⟦i:s3 ⟦m:s3 he⟧ had spent the weekend answering angry phone calls⟧. ⟦q:s3 "I've been knocking on doors in this town for eleven years. Oliver undid a fair bit of that in eleven minutes,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s5 Tom Ridgeway⟧, who runs a hardware shop on Castleford's high street, was more amused than offended. ⟦q:s5 "Peaked in 1974? We hadn't even got the swimming baths in 1974,"⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 "We peaked in 1981 and we're still waiting for the next one."⟧
"""),

# 13017 court testimony: murder trial; straight quotes; brother and mother share a surname; detective; defence cross-examination
({"s1": ("Julian Okoro", "Okoro"),
  "s2": ("Thomas Hendry", "Hendry", "Tom"),
  "s3": ("Maureen Hendry", "Mrs Hendry"),
  "s4": ("Ian Castleford", "Castleford"),
  "s5": ("Paula Reyes", "Reyes", "Detective Sergeant Reyes")},
"""
Brother of murdered man tells jury of final phone call

A man whose brother was stabbed to death outside a snooker hall in Ravenholt ⟦c told⟧ a jury on Tuesday that ⟦x:s2 his brother had rung him minutes before he was attacked and said he was "being followed"⟧.

⟦m:s2 Thomas Hendry⟧, 29, was the first witness in the trial of Lee Garside, 33, who denies murdering Craig Hendry, 31, in Mill Lane on the night of March 14.

⟦q:s2 "He said, 'There's a car that's been behind me since the lights. Stay on the phone, Tom,'"⟧ ⟦m:s2 Hendry⟧ ⟦c told⟧ Ravenholt Crown Court, his voice breaking. ⟦q:s2 "Then the line went dead. I rang back eleven times."⟧

Prosecuting, ⟦m:s1 Julian Okoro⟧ KC ⟦c told⟧ the jury that ⟦i:s1 CCTV would show the defendant's car following Craig Hendry for more than a mile⟧. ⟦q:s1 "This was not a chance encounter. The prosecution says it was an ambush,"⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Cross-examining, ⟦m:s4 Ian Castleford⟧ KC, for the defence, ⟦c suggested⟧ that ⟦i:s4 the brothers had argued that evening⟧.

⟦q:s4 "You had words earlier that day about money, didn't you?"⟧ ⟦m:s4 he⟧ ⟦c asked⟧.

⟦q:s2 "We argued about money every day. We were brothers,"⟧ ⟦m:s2 the witness⟧ ⟦c replied⟧. ⟦q:s2 "That doesn't mean I wasn't on the phone when he died."⟧

The victim's mother, ⟦m:s3 Maureen Hendry⟧, 58, ⟦c told⟧ the court that ⟦x:s3 her younger son had been "the one who always rang on a Sunday"⟧. ⟦m:s3 She⟧ broke down as ⟦m:s3 she⟧ described identifying his body, and the judge adjourned for twenty minutes.

When the hearing resumed, ⟦m:s3 she⟧ ⟦c said⟧: ⟦q:s3 "I'm sorry. I promised myself I'd get through it. I want the jury to know he was a good lad, whatever anyone says about him."⟧

Detective Sergeant ⟦m:s5 Paula Reyes⟧ ⟦c told⟧ the court that ⟦i:s5 a knife recovered from a drain near Mill Lane had been found to carry the victim's blood⟧. Under questioning from ⟦m:s4 Castleford⟧, ⟦m:s5 she⟧ ⟦c accepted⟧ that ⟦i:s5 no fingerprints had been recovered from it⟧. ⟦q:s5 "The drain was full of water for three days. I wouldn't have expected any,"⟧ ⟦m:s5 she⟧ ⟦c said⟧.

The trial continues.
"""),

# 13018 international: dam dispute talks; names from Central Asia and West Africa; three men; mediator; farmer; "the older man"
({"s1": ("Nurlan Seitkali", "Seitkali"),
  "s2": ("Dilshod Rakhimov", "Rakhimov"),
  "s3": ("Amara Diallo", "Diallo"),
  "s4": ("Bakhyt Omarov", "Omarov"),
  "s5": ("Ministry of Water Resources of Tolvek", "Tolvek's water ministry")},
"""
Arzhan and Tolvek agree to resume talks on Koksu dam

VALDRESSE — Arzhan and Tolvek agreed on Thursday to resume negotiations over a hydroelectric dam on the Koksu river, ending an eight-month freeze that had raised fears of a wider confrontation over water in the region.

The announcement followed two days of closed-door meetings between Arzhan's foreign minister, ⟦m:s1 Nurlan Seitkali⟧, and his Tolvek counterpart, ⟦m:s2 Dilshod Rakhimov⟧, hosted by the Council of Riverine States.

⟦q:s1 “We did not solve the problem in two days. Nobody expected us to. But we have agreed to stop shouting across the border and start talking across a table,”⟧ ⟦m:s1 Seitkali⟧ ⟦c told⟧ reporters afterwards.

⟦m:s2 Rakhimov⟧, 61, a former engineer who worked on the original designs for the dam in the 1980s, was more guarded. ⟦m:s2 He⟧ ⟦c said⟧ that ⟦i:s2 Tolvek would not halt construction while the talks continued⟧.

⟦q:s2 “The dam is 70 per cent built. Our people have paid for it with their taxes and our farmers need the electricity for their pumps,”⟧ ⟦m:s2 the older man⟧ ⟦c said⟧. ⟦q:s2 “What we can discuss is how the water is released, and when.”⟧

Arzhan lies downstream, and once full the reservoir could cut the river's summer flow by a third. ⟦m:s1 Seitkali⟧ ⟦c said⟧ that ⟦x:s1 his government needed “binding guarantees, not promises written in pencil”⟧.

⟦m:s3 The council's special envoy⟧, ⟦m:s3 Amara Diallo⟧, who chaired the meetings, ⟦c said⟧ that ⟦i:s3 technical teams from both countries would meet in January to share river-flow data for the first time⟧. ⟦q:s3 “Rivers do not read maps. The only way this ends well is if both sides look at the same numbers,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

In a statement, ⟦m:s5 Tolvek's water ministry⟧ ⟦c said⟧ that ⟦i:s5 the first turbine would begin operating in the spring as planned⟧.

In the Arzhani village of Ak-Bulak, 40 kilometres downstream, ⟦m:s4 Bakhyt Omarov⟧ has grown cotton and melons on the same land as his father and grandfather. ⟦q:s4 “Every year the river is a little lower. Now they want to put a wall across it,”⟧ ⟦m:s4 he⟧ ⟦c said⟧ by telephone. ⟦q:s4 “Let the ministers talk in Valdresse. I will believe it when I see water in my ditch in August.”⟧
"""),

# 13019 local education: school closure; four women; "the headteacher"; parents; alternating quotes; council cabinet member
({"s1": ("Janet Orde", "Orde", "Mrs Orde"),
  "s2": ("Priya Sandhu", "Sandhu"),
  "s3": ("Karen Mottram", "Mottram"),
  "s4": ("Elaine Fairweather", "Fairweather", "Councillor Fairweather")},
"""
Parents vow to fight closure of 140-year-old village school

Parents in the village of Hollins Cross have vowed to fight plans to close its primary school, which has taught local children since 1886, after the county council proposed closing it because of falling pupil numbers.

Hollins Cross Church of England Primary has 38 pupils in space designed for 120. Under the proposals, published on Friday, it would close in July 2027 and its pupils would transfer to a larger school in Barnsdale, four miles away.

⟦q:s1 “I have been here for 19 years, and I have never had a harder letter to send home in a book bag,”⟧ ⟦c said⟧ ⟦m:s1 the headteacher⟧, ⟦m:s1 Janet Orde⟧. ⟦q:s1 “These children know every corner of this building. Some of their grandparents sat in the same classroom.”⟧

Mrs ⟦m:s1 Orde⟧ ⟦c said⟧ that ⟦i:s1 ⟦m:s1 she⟧ understood the financial pressures on the council⟧ but that ⟦x:s1 the figures “leave out everything that can't be put in a column”⟧.

Cabinet member for children's services ⟦m:s4 Elaine Fairweather⟧ ⟦c said⟧ that ⟦i:s4 the school was costing almost twice as much per pupil as the county average⟧. ⟦q:s4 “Nobody goes into local government to close village schools. But I have to look every family in the county in the eye, not just the families in Hollins Cross,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

That argument cut little ice at a packed meeting in the village hall on Saturday. ⟦m:s2 Priya Sandhu⟧, whose two sons attend the school, ⟦c said⟧ that ⟦i:s2 the journey to Barnsdale would take 40 minutes each way on a winding road with no pavement⟧.

⟦q:s2 “My youngest is five. You're asking a five-year-old to spend an hour and twenty minutes a day on a bus,”⟧ ⟦m:s2 she⟧ ⟦c said⟧ to applause. ⟦q:s2 “Would any of you do that to your own child?”⟧

⟦m:s3 Karen Mottram⟧, who chairs the school's governors, ⟦c said⟧ that ⟦i:s3 the governors would commission their own report on the school's finances⟧. ⟦q:s3 “We have found errors in the council's figures already, and we've only had them since Friday,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “I suspect we'll find more.”⟧

Asked about the claim, ⟦m:s4 Fairweather⟧ ⟦c said⟧ that ⟦i:s4 the figures had been checked twice⟧ and that ⟦i:s4 any errors would be corrected before a final decision in March⟧. ⟦q:s4 “If I've got it wrong, I'll say so in public,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦q:s1 “That's all we're asking,”⟧ Mrs ⟦m:s1 Orde⟧ ⟦c said⟧ when told of the remark. ⟦q:s1 “Check it a third time. Come and count the children yourself.”⟧
"""),

# 13020 sport: rugby match report and press conference; four men; interrupted quote; "the New Zealander", "the 21-year-old", "the fly-half"
({"s1": ("Sione Fakatava", "Fakatava"),
  "s2": ("Rhys Bowen-Pryce", "Bowen-Pryce"),
  "s3": ("Dirk Oosthuizen", "Oosthuizen"),
  "s4": ("Tom Aldous", "Aldous", "Tom")},
"""
Harlston 24 Kingsbridge 22: ⟦m:s4 Aldous⟧ holds nerve to snatch late win

⟦m:s4 Tom Aldous⟧ kicked a penalty from just inside the Kingsbridge half with the last kick of the game to give Harlston a dramatic victory at Westmead and keep their hopes of a top-four finish alive.

Kingsbridge had led 22-14 with ten minutes left after two tries from their wing Jacob Mensah, but a converted try from the Harlston flanker Gethin Rowe and the 21-year-old fly-half's nerveless kick turned the match on its head.

⟦q:s4 “It was,”⟧ ⟦m:s4 Aldous⟧ ⟦c said⟧ afterwards, ⟦q:s4 “the longest walk of my life. I could hear my own heartbeat, and about twelve thousand people telling me to miss.”⟧

⟦m:s1 Harlston's head coach⟧, ⟦m:s1 Sione Fakatava⟧, ⟦c said⟧ that ⟦i:s1 ⟦m:s1 he⟧ had not been able to watch⟧. ⟦q:s1 “I looked at my shoes. They are nice shoes. I have never studied them so closely,”⟧ ⟦m:s1 the New Zealander⟧ ⟦c said⟧. ⟦q:s1 “Tom is 21 years old and he has ice in his veins. I don't know where he got it. Not from me.”⟧

⟦m:s2 The Harlston captain⟧, ⟦m:s2 Rhys Bowen-Pryce⟧, who played the final quarter with his head heavily strapped, ⟦c said⟧ that ⟦i:s2 there had been no discussion about who would take the kick⟧. ⟦q:s2 “I just gave him the ball and said, ‘Your turn, mate.’ That was the whole team talk,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Dirk Oosthuizen⟧, the Kingsbridge director of rugby, was furious about the penalty decision that gave ⟦m:s4 Aldous⟧ his chance. ⟦m:s3 He⟧ ⟦c said⟧ that ⟦x:s3 the call had been “a coin toss at best”⟧.

⟦q:s3 “Our man is on his feet, he's got his hands on the ball, and we get penalised for it. I've watched it six times on the screen in there and I still don't understand,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦q:s3 “But I'm not going to stand here and blame the referee. We were eight points up with ten minutes to go. That's on us.”⟧

The result lifts Harlston to fifth, a point behind Kingsbridge. ⟦m:s2 Bowen-Pryce⟧ ⟦c said⟧ that ⟦i:s2 ⟦m:s2 he⟧ expected to be fit for next week's trip to Colvern⟧. ⟦q:s2 “It's a cut, not a crack. I've had worse from my kids,”⟧ ⟦m:s2 the captain⟧ ⟦c said⟧.
"""),

# 13021 business: building society merger; two women chief executives; regulator statement; consumer group; interrupted quote
({"s1": ("Eleanor Vance", "Vance"),
  "s2": ("Priscilla Amankwah", "Amankwah"),
  "s3": ("Competition and Markets Board", "CMB"),
  "s4": ("Hilary Banks", "Banks")},
"""
Northgate and Fenwick Mutual agree £18bn merger

Northgate Building Society and Fenwick Mutual have agreed to merge, creating the country's second-largest mutual lender with 4.2 million members and £18 billion in mortgage lending, under a deal announced on Monday.

The combined group will be led by Northgate's chief executive, ⟦m:s1 Eleanor Vance⟧, with Fenwick's ⟦m:s2 Priscilla Amankwah⟧ becoming deputy chief executive and chief operating officer. It will keep the Northgate name.

⟦q:s1 “Two mutuals that share the same values are stronger together than apart,”⟧ ⟦m:s1 Vance⟧ ⟦c said⟧. ⟦q:s1 “This is not about chasing size for its own sake. It is about being able to invest in technology and keep branches open at the same time.”⟧

⟦m:s1 Vance⟧ ⟦c said⟧ that ⟦i:s1 no branches would close as a direct result of the deal for at least three years⟧. Asked what would happen after that, ⟦m:s1 she⟧ was less specific. ⟦q:s1 “I'm not going to make a promise I can't keep. What I can say is that branches are part of who we are,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 Amankwah⟧, who joined Fenwick as a cashier in 1994 and rose to run it, ⟦c said⟧ that ⟦x:s2 the decision had been “the hardest of my career”⟧.

⟦q:s2 “Fenwick members have had their savings with us for generations. I would not have agreed to this,”⟧ ⟦m:s2 she⟧ ⟦c said⟧, ⟦q:s2 “if I thought for one moment that they would be worse off.”⟧

The deal must be approved by members of both societies and by the ⟦m:s3 Competition and Markets Board⟧. ⟦m:s3 The regulator⟧ ⟦c said⟧ in a brief statement that ⟦i:s3 it would examine whether the merger would reduce choice for savers in the north-west, where both societies have large branch networks⟧.

⟦m:s4 Hilary Banks⟧, director of the consumer group Savers' Voice, ⟦c said⟧ that ⟦i:s4 members should scrutinise the promises carefully before voting⟧. ⟦q:s4 “Three years is not a long time in the life of a branch. I'd want to know what happens in year four,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “Mutuals are owned by their members. The members should make them earn their vote.”⟧

Fenwick's members will vote at a special meeting in March. ⟦q:s2 “I'll be there, and I'll answer every question until they run out,”⟧ ⟦m:s2 Amankwah⟧ ⟦c said⟧.
"""),

# 13022 health/science: migraine drug trial; patient; independent expert; company statement; quote with speaker introduced afterwards
({"s1": ("Yusuf Demir", "Demir"),
  "s2": ("Lorraine Hughes", "Hughes"),
  "s3": ("Sabine Kröger", "Kröger"),
  "s4": ("Helix Therapeutics", "Helix")},
"""
Monthly injection halves migraine attacks in large trial

A monthly injection halved the number of migraine attacks in more than a third of patients who had failed to respond to other treatments, results from a large trial published on Wednesday show.

The drug, known as HX-210 and developed by ⟦m:s4 Helix Therapeutics⟧, was tested on 1,140 adults in nine countries who had at least eight migraine days a month. After six months, 37 per cent of those receiving it saw their attacks fall by half or more, compared with 14 per cent of those given a placebo.

⟦q:s1 “For people who have tried everything and been told there is nothing left, these are very meaningful numbers,”⟧ ⟦c said⟧ Professor ⟦m:s1 Yusuf Demir⟧, a neurologist at the Royal Ashby Hospital who led the trial. ⟦q:s1 “It is not a cure. I want to be very clear about that. But for a third of these patients it gave them back half of their month.”⟧

⟦q:s2 “I used to plan my life around the calendar in my kitchen, with red crosses for the bad days. Last month there were four,”⟧ ⟦c said⟧ one of them, ⟦m:s2 Lorraine Hughes⟧, 46, a primary school teacher from Ashby who has had migraines since ⟦m:s2 she⟧ was a teenager.

⟦m:s2 Hughes⟧ ⟦c said⟧ that ⟦i:s2 ⟦m:s2 she⟧ had not realised how much the condition had shaped her life until it eased⟧. ⟦q:s2 “My daughter said to me, ‘Mum, you laughed at the television.’ I hadn't noticed that I'd stopped,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Side effects were mostly mild, although 6 per cent of patients on the drug dropped out because of them, compared with 3 per cent on placebo.

Dr ⟦m:s3 Sabine Kröger⟧, a pharmacologist at the University of Lenzburg who was not involved in the study, ⟦c said⟧ that ⟦x:s3 the results were “solid and encouraging”⟧ but that ⟦i:s3 six months was too short to be sure about long-term safety⟧. ⟦q:s3 “People with chronic migraine may take this for years, even decades. We need to follow them for years before we celebrate,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s1 Demir⟧ ⟦c said⟧ that ⟦i:s1 a two-year follow-up study was already under way⟧.

⟦m:s4 Helix⟧ ⟦c said⟧ that ⟦i:s4 it would apply for approval in Europe early next year⟧ but declined to say how much the drug would cost. ⟦q:s4 “Pricing discussions will take place with health systems in due course,”⟧ a spokesman ⟦c said⟧.
"""),

# 13023 courts: sentencing; British single quotes; judge's remarks; father and sister share a surname; multi-paragraph victim statement; defence counsel; police
({"s1": ("Martin Elphick", "Elphick", "Judge Elphick"),
  "s2": ("Colin Daventry", "Colin", "Mr Daventry"),
  "s3": ("Amy Daventry", "Amy"),
  "s4": ("Sarah Linden", "Linden"),
  "s5": ("Andrew Kerr", "Kerr")},
"""
Driver who killed teenager while filming himself jailed for eight years

A driver who was recording a video on his phone when he ploughed into a teenage cyclist at 68mph on a country lane has been jailed for eight years.

Connor Pike, 24, of Stainby, admitted causing the death of Jamie Daventry, 19, by dangerous driving on the B4410 near Wexcombe in May.

Sentencing him at Wexcombe Crown Court, Judge ⟦m:s1 Martin Elphick⟧ ⟦c said⟧ that ⟦i:s1 Pike had chosen to entertain his friends online rather than watch the road⟧. ⟦q:s1 ‘Jamie Daventry was doing everything right. He was wearing bright clothing, he had lights on his bicycle, and he was on the correct side of the road,’⟧ ⟦m:s1 the judge⟧ ⟦c said⟧. ⟦q:s1 ‘You, on the other hand, were doing almost everything wrong.’⟧

In a statement read to the court, ⟦m:s2 Jamie’s father⟧, ⟦m:s2 Colin Daventry⟧, ⟦c described⟧ the moment police officers came to the family’s door.

⟦q:s2 ‘I knew before they said a word. You see two of them standing there with their hats in their hands and you just know.⟧

⟦q:s2 ‘I have thought every day since about the video. Eleven seconds long. That is what my son’s life was worth to him, eleven seconds of showing off.’⟧

⟦m:s3 Amy Daventry⟧, 22, addressed Pike directly from the witness box. ⟦q:s3 ‘You get to come out one day. You get to have birthdays. My brother doesn’t,’⟧ ⟦m:s3 she⟧ ⟦c said⟧. Pike, in the dock, kept his eyes on the floor.

⟦m:s4 Sarah Linden⟧, for the defence, ⟦c said⟧ that ⟦x:s4 her client was ‘consumed by remorse’ and had deleted all his social media accounts⟧. ⟦q:s4 ‘He knows that nothing he says can make any difference to this family. He does not ask for forgiveness, and he does not expect it,’⟧ ⟦m:s4 she⟧ ⟦c said⟧.

Pike was also banned from driving for 12 years. Outside court, Detective Superintendent ⟦m:s5 Andrew Kerr⟧ ⟦c said⟧ that ⟦i:s5 the case should serve as a warning to every young driver with a phone⟧. ⟦q:s5 ‘The footage on that phone was the most harrowing thing I have seen in 25 years of policing,’⟧ ⟦m:s5 he⟧ ⟦c said⟧.

Mr ⟦m:s2 Daventry⟧ spoke briefly on the court steps, with his daughter beside him. ⟦q:s2 ‘Eight years. He’ll be 32,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘Jamie will be 19 for ever.’⟧
"""),

# 13024 feature: three brothers share a surname; bakery; pronoun chains; "the eldest", "the youngest"; alternating uncued quotes; customer
({"s1": ("Giorgos Papadakis", "Giorgos"),
  "s2": ("Nikos Papadakis", "Nikos"),
  "s3": ("Stavros Papadakis", "Stavros"),
  "s4": ("Edith Vane", "Vane", "Mrs Vane")},
"""
After 51 years, the Papadakis brothers are hanging up their aprons

The ovens at the Papadakis bakery on Quayside Road were lit at 4am on Saturday, as they have been six days a week since 1975. Next Saturday they will be lit for the last time.

⟦m:s1 Giorgos Papadakis⟧, 71, the eldest of the three brothers who run the shop, has been kneading dough since ⟦m:s1 he⟧ was nine years old, first in his father’s bakery on the island of Kerinos and then here. ⟦q:s1 “My hands know the bread better than my head does,”⟧ ⟦m:s1 he⟧ ⟦c said⟧, flexing fingers dusted white. ⟦q:s1 “I could do it in my sleep. Some mornings, I think I do.”⟧

⟦m:s2 Nikos⟧, 68, handles the cakes; ⟦m:s3 Stavros⟧, the youngest at 64, runs the till and most of the conversation. ⟦m:s2 The middle brother⟧ ⟦c said⟧ that ⟦i:s2 the decision to close had been taken around the kitchen table at Easter⟧.

⟦q:s2 “Nobody wanted to say it first. Then Stavros said it, because Stavros always says everything first,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s3 “Somebody had to,”⟧ ⟦c said⟧ ⟦m:s3 the youngest⟧ from behind the counter. ⟦q:s3 “Giorgos has two new knees. Nikos has one. I have my original knees but I am the only one who can count.”⟧

⟦q:s1 “He can count, but he gives away half the bread,”⟧ ⟦c said⟧ ⟦m:s1 the eldest⟧.

⟦q:s3 “Yesterday's bread. To people who need it. That is not giving it away, that is business with God.”⟧

None of their children wanted to take on the shop. ⟦i:s2 Between them they have produced two accountants, a dentist and an airline pilot, and not one baker⟧, ⟦m:s2 Nikos⟧ ⟦c said⟧ with mock despair.

⟦m:s4 Edith Vane⟧, 88, has bought a small white loaf here every morning since 1976. ⟦q:s4 “I came in the week they opened, with my late husband, and Stavros still had hair then,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “I don't know where I'll go now. The supermarket bread tastes of the bag it comes in.”⟧

The building has been sold to a developer. ⟦m:s1 Giorgos⟧ ⟦c said⟧ that ⟦i:s1 ⟦m:s1 he⟧ intended to spend the first month of his retirement sleeping until seven⟧.

⟦m:s3 His youngest brother⟧ has his doubts. ⟦q:s3 “Seven, he says. I give him a week before he is down here at four in the morning, knocking on the window of whatever it becomes,”⟧ ⟦m:s3 Stavros⟧ ⟦c said⟧.
"""),

# 13025 transport: rail disruption; straight quotes; minister; operator statement; union; commuter; reported speech then direct quote by another
({"s1": ("Harriet Quayle", "Quayle"),
  "s2": ("Southvale Railways", "Southvale"),
  "s3": ("Beatrice Amoah", "Amoah"),
  "s4": ("Frank Dolan", "Dolan"),
  "s5": ("Yvonne Ashby", "Ashby")},
"""
Minister summons Southvale bosses after week of cancellations

Transport Minister ⟦m:s1 Harriet Quayle⟧ has summoned the management of ⟦m:s2 Southvale Railways⟧ to a meeting on Monday after a week in which almost one in five of its trains was cancelled.

Passengers on the operator's main line between Kelsey and the capital have faced cancellations, short-formed trains and overcrowding since a new timetable was introduced on November 30.

⟦q:s1 "What passengers on Southvale have endured this week is simply unacceptable, and I will be telling the company that in person,"⟧ ⟦m:s1 Quayle⟧ ⟦c said⟧ on Friday. ⟦q:s1 "If they cannot run the railway, then all options are on the table. All of them."⟧

⟦m:s2 Southvale⟧ ⟦c said⟧ that ⟦i:s2 the disruption had been caused by a shortage of drivers trained on new routes⟧ and that ⟦i:s2 services would return to normal by mid-December⟧. ⟦q:s2 "We are truly sorry. We know we have let our passengers down, and we are working around the clock to put it right,"⟧ a spokeswoman ⟦c said⟧.

That explanation was dismissed by ⟦m:s4 Frank Dolan⟧, general secretary of the Rail Workers' Union, who ⟦c said⟧ that ⟦i:s4 the company had been warned in the summer that it did not have enough trained drivers⟧. ⟦q:s4 "We told them in June. We told them in August. We told them in writing in October,"⟧ ⟦m:s4 Dolan⟧ ⟦c said⟧. ⟦q:s4 "They can say sorry as often as they like. It's not an act of God, it's an act of management."⟧

For ⟦m:s3 Beatrice Amoah⟧, a nurse who commutes from Kelsey to a hospital in the city, the week has been exhausting. ⟦q:s3 "On Tuesday I stood for an hour and forty minutes with my face in a stranger's armpit, and then I did a twelve-hour shift,"⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦q:s3 "On Wednesday the train just didn't come. I got a taxi. That was forty-two pounds, and nobody is giving me that back."⟧

⟦m:s2 Southvale⟧ ⟦c said⟧ ⟦i:s2 passengers could claim compensation for delays of more than 15 minutes⟧. ⟦q:s5 "Compensation is a sticking plaster. People don't want a voucher, they want a train,"⟧ ⟦c said⟧ ⟦m:s5 Yvonne Ashby⟧, the opposition's transport spokeswoman.

⟦m:s5 Ashby⟧ ⟦c said⟧ that ⟦x:s5 ⟦m:s1 the minister⟧ had been "asleep at the wheel" until the headlines started⟧. Asked about the criticism, ⟦m:s1 the minister⟧ ⟦c said⟧: ⟦q:s1 "I've been on the phone to Southvale every day this week. I'll let passengers judge who has been asleep."⟧
"""),

# 13026 disaster: wildfire; several men; "the older man"; incident commander; sheriff; uncued reply
({"s1": ("Luis Echeverría", "Echeverría"),
  "s2": ("Dale Kowalczyk", "Kowalczyk"),
  "s3": ("Raymond Tate", "Tate", "Sheriff Tate"),
  "s4": ("Marco Bellini", "Bellini"),
  "s5": ("Calder County Fire Authority", "Fire Authority")},
"""
Thousands flee as wind-driven wildfire tears through Calder Ridge

CALDER RIDGE — A fast-moving wildfire driven by gusts of up to 60 miles an hour destroyed dozens of homes in the foothill community of Calder Ridge on Tuesday and forced more than 6,000 people to flee, some with only minutes' warning.

⟦q:s1 “This fire moved faster than anything I have seen in 27 years of doing this job,”⟧ ⟦c said⟧ ⟦m:s1 Luis Echeverría⟧, the incident commander for the ⟦m:s5 Calder County Fire Authority⟧, at an evening briefing. ⟦q:s1 “At one point it was crossing a football field every forty seconds. You cannot fight that. You can only get out of its way.”⟧

⟦m:s1 Echeverría⟧ ⟦c said⟧ that ⟦i:s1 the fire had burned about 9,000 acres and was 5 per cent contained⟧. ⟦m:s1 He⟧ ⟦c said⟧ that ⟦i:s1 no deaths had been confirmed⟧ but that ⟦i:s1 crews had not yet been able to search several streets⟧.

County Sheriff ⟦m:s3 Raymond Tate⟧ ⟦c said⟧ that ⟦i:s3 his deputies had gone door to door in the Pinewood neighbourhood as the flames approached⟧. ⟦q:s3 “Some folks didn't want to leave. We didn't give them a choice,”⟧ ⟦m:s3 the sheriff⟧ ⟦c said⟧. ⟦q:s3 “I'd rather have somebody mad at me tonight than not have them at all.”⟧

⟦m:s2 Dale Kowalczyk⟧, 52, a contractor, drove out of Pinewood with his wife, two dogs and a box of photographs. ⟦q:s2 “The sky went orange, then black, then orange again. I could feel the heat through the windshield,”⟧ ⟦m:s2 he⟧ ⟦c said⟧ at an evacuation centre in a high school gym.

Next to him on a folding chair sat ⟦m:s4 his neighbour⟧, ⟦m:s4 Marco Bellini⟧, 79, who has lived on the same street since 1971 and refused to leave until a deputy physically guided him to a patrol car. ⟦q:s4 “I built that house with my own hands. You don't just walk away from that,”⟧ ⟦m:s4 the older man⟧ ⟦c said⟧ quietly.

⟦q:s2 “Marco, the house can be built again. You can't,”⟧ ⟦m:s2 Kowalczyk⟧ ⟦c told⟧ him.

⟦q:s4 “That's what my daughter said on the phone. Word for word.”⟧

In a statement late on Tuesday, the ⟦m:s5 Fire Authority⟧ ⟦c said⟧ that ⟦i:s5 more than 800 firefighters had been deployed⟧ and that ⟦i:s5 winds were expected to ease by Thursday⟧. ⟦q:s5 “Until then, if you are told to go, go,”⟧ the statement ⟦c said⟧.
"""),

# 13027 culture: book prize; four women; winner quoting her grandmother; chair of judges; shortlisted rival's social media post; publisher named spokesperson
({"s1": ("Inês Carvalho", "Carvalho"),
  "s2": ("Margot Wilde", "Wilde"),
  "s3": ("Hannah Scheel", "Scheel"),
  "s4": ("Rosamund Tey", "Tey")},
"""
Debut novelist ⟦m:s1 Inês Carvalho⟧ wins Harcourt Prize

⟦m:s1 Inês Carvalho⟧ has won the £40,000 Harcourt Prize for fiction with her first novel, The Salt Years, a multi-generational story of a fishing family on the Serrana coast.

⟦m:s1 The 36-year-old⟧, who was born in Vila Serrana and moved to the city as a child, wrote most of the novel in the early mornings before her job as a hospital administrator. ⟦q:s1 “I wrote it between five and seven in the morning for six years, mostly in the dark, mostly in my kitchen, mostly convinced that nobody would ever read it,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ at the ceremony.

⟦q:s1 “My grandmother used to say, ‘The sea gives you fish and takes your husband, so don't thank it too much.’ I put that sentence on the first page,”⟧ ⟦m:s1 Carvalho⟧ ⟦c said⟧. ⟦q:s1 “She would have hated the book. She would also have bought forty copies.”⟧

⟦m:s2 Margot Wilde⟧, the chair of the judges and a former editor of the Kingsgate Review, ⟦c said⟧ that ⟦i:s2 the panel had reached its decision unanimously after a four-hour meeting⟧. ⟦q:s2 “Some years we argue until midnight. This year we argued about who would get to say it first,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s2 Wilde⟧ ⟦c added⟧ that ⟦x:s2 the shortlist had been “the strongest in a decade”⟧, and singled out Winter Orchard, by ⟦m:s3 Hannah Scheel⟧, which had been the bookmakers' favourite.

⟦m:s3 Scheel⟧ ⟦c posted⟧ her congratulations within minutes of the announcement. ⟦q:s3 “The right book won. I read The Salt Years in one sitting on a train and missed my stop,”⟧ ⟦m:s3 she⟧ ⟦c wrote⟧. ⟦q:s3 “Go and buy it, and then, if you have any money left, buy mine.”⟧

⟦m:s4 Rosamund Tey⟧, publishing director at Fernhill Books, which acquired the novel after it had been turned down by eleven other publishers, ⟦c said⟧ that ⟦i:s4 a reprint of 50,000 copies had been ordered overnight⟧. ⟦q:s4 “I have the eleven rejection letters framed in my office,”⟧ ⟦m:s4 Tey⟧ ⟦c said⟧. ⟦q:s4 “Well, Inês does. I have copies.”⟧
"""),

# 13028 international disaster: earthquake; names from several cultures; named agency spokesman; governor; doctor; survivor; anonymous rescuer; quote split across paragraphs
({"s1": ("Jens Aaberg", "Aaberg"),
  "s2": ("Abdirahman Warsame", "Warsame"),
  "s3": ("Leila Haddad", "Haddad", "Dr Haddad"),
  "s4": ("Ahmet Yıldırımlı", "Yıldırımlı")},
"""
Death toll from Qarsen earthquake rises above 400 as rescuers race against cold

KHORVAN — The death toll from the earthquake that struck Qarsen province early on Sunday rose to 412 on Tuesday, as rescue teams working in sub-zero temperatures pulled a handful of survivors from collapsed apartment blocks.

The magnitude 7.1 quake hit at 3.12am, when most people were asleep. Entire streets in the provincial capital, Khorvan, were reduced to rubble, and aftershocks continued through Monday night.

⟦q:s2 “We have lost more people in one night than in the last fifty years,”⟧ ⟦m:s2 the provincial governor⟧, ⟦m:s2 Abdirahman Warsame⟧, ⟦c told⟧ reporters at a makeshift command centre in a sports stadium. ⟦q:s2 “Every family in this city is either digging or burying someone.”⟧

⟦m:s2 Warsame⟧ ⟦c said⟧ that ⟦i:s2 more than 30,000 people had spent a second night in tents or in their cars⟧ and appealed for donations of blankets, heaters and fuel.

⟦m:s1 Jens Aaberg⟧, a spokesman for the Office for Relief Coordination, ⟦c said⟧ that ⟦i:s1 the first international search teams had arrived on Monday evening⟧ but that ⟦i:s1 damaged roads were slowing the delivery of heavy lifting equipment⟧. ⟦q:s1 “The next 48 hours are critical. After that, with these temperatures, the chances of finding people alive fall very sharply,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

At Khorvan's main hospital, which was itself damaged, surgeons were operating in corridors. ⟦q:s3 “We have done 140 operations since Sunday morning. Most of them are crush injuries, legs and arms,”⟧ ⟦c said⟧ Dr ⟦m:s3 Leila Haddad⟧, the head of the emergency department, who had not been home since the quake.

⟦q:s3 “We have no more external fixators. We have run out of blood type O negative twice. Yesterday a nurse gave her own blood during a shift.⟧

⟦q:s3 “Please write that. I want people to know what these nurses are.”⟧

On Aslan Street, a crowd watched in silence as rescuers lifted a young man from beneath a concrete slab on Tuesday afternoon, 59 hours after the quake. ⟦q “He's talking! He's talking!”⟧ ⟦c shouted⟧ one of the rescuers, as the crowd broke into applause.

⟦m:s4 Ahmet Yıldırımlı⟧, 63, had been waiting at the edge of the site since Sunday for news of his brother, who lived on the fourth floor. ⟦q:s4 “Every time they pull someone out I think, maybe this time,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “And I pray for the families of the ones who are not him.”⟧
"""),

# 13029 sport/doping: athlete's social media statement; integrity panel; lawyer; rival; federation president; four men
({"s1": ("Chidi Okonkwo", "Okonkwo"),
  "s2": ("Athletics Integrity Panel", "Integrity Panel", "AIP"),
  "s3": ("Markus Brandauer", "Brandauer"),
  "s4": ("Jamal Pryce", "Pryce"),
  "s5": ("Viktor Halmi", "Halmi")},
"""
Sprinter ⟦m:s1 Okonkwo⟧ loses doping appeal, banned for four years

The former world 100 metres silver medallist ⟦m:s1 Chidi Okonkwo⟧ has lost his appeal against a four-year doping ban, ending his hopes of competing at next year's championships.

The ⟦m:s2 Athletics Integrity Panel⟧ ⟦c said⟧ on Wednesday that ⟦i:s2 its appeals tribunal had upheld the original finding that ⟦m:s1 Okonkwo⟧, 30, had used a banned blood-boosting drug⟧. The drug was detected in an out-of-competition sample taken at his training base in March.

⟦q:s2 “The tribunal found the athlete's explanation to be neither credible nor supported by the scientific evidence,”⟧ ⟦m:s2 the panel⟧ ⟦c said⟧ in a statement.

⟦m:s1 Okonkwo⟧ had ⟦c argued⟧ that ⟦i:s1 the substance must have entered his body through a contaminated supplement⟧. Within an hour of the ruling ⟦m:s1 he⟧ ⟦c posted⟧ a statement on social media.

⟦q:s1 “I have never knowingly taken a banned substance in my life. I said it in March and I will say it when I am 80,”⟧ ⟦m:s1 he⟧ ⟦c wrote⟧. ⟦q:s1 “Today is not the end of my fight. It is the end of my patience with a system that decided I was guilty before it read a single page.”⟧

⟦m:s3 His lawyer⟧, ⟦m:s3 Markus Brandauer⟧, ⟦c said⟧ that ⟦i:s3 they would take the case to the Court of Sporting Arbitration⟧. ⟦q:s3 “The tribunal ignored evidence from two independent laboratories. We are confident a higher body will not,”⟧ ⟦m:s3 Brandauer⟧ ⟦c said⟧.

⟦m:s4 Jamal Pryce⟧, who finished fourth behind ⟦m:s1 Okonkwo⟧ in the 2025 world final and may now be awarded a bronze medal, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ took no pleasure in the news⟧. ⟦q:s4 “I don't want a medal in the post. I wanted to race clean people on the day,”⟧ ⟦m:s4 the 27-year-old⟧ ⟦c said⟧. ⟦q:s4 “Nobody gives you back the lap of honour.”⟧

⟦m:s5 Viktor Halmi⟧, president of the national athletics federation, ⟦c said⟧ that ⟦x:s5 the case was “a sad day” for the sport⟧. ⟦q:s5 “Chidi was a hero to a lot of young people in this country. I hope those young people learn the right lesson from this, and I hope he does too,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.
"""),

# 13030 technology/crime: data breach; company statement and chief executive; regulator; researcher's blog post; customer
({"s1": ("Brightwell Energy", "Brightwell"),
  "s2": ("Callum Rennie", "Rennie"),
  "s3": ("Anjali Rao", "Rao"),
  "s4": ("Pieter de Groot", "de Groot", "De Groot"),
  "s5": ("Hazel Brook", "Brook")},
"""
Hackers steal bank details of 1.3 million energy customers

Energy supplier ⟦m:s1 Brightwell⟧ has ⟦c admitted⟧ that ⟦i:s1 hackers stole the names, addresses and bank details of about 1.3 million customers⟧, three weeks after a security researcher ⟦c warned⟧ that ⟦i:s4 its systems were exposed⟧.

In a statement on Thursday, ⟦m:s1 Brightwell Energy⟧ ⟦c said⟧ that ⟦x:s1 it had detected “suspicious activity” on a customer database on November 14⟧ and that ⟦i:s1 it had since contacted the police and the regulator⟧. ⟦q:s1 “We are deeply sorry. Protecting our customers' information is one of our most important responsibilities, and on this occasion we have fallen short,”⟧ ⟦m:s1 the company⟧ ⟦c said⟧.

⟦m:s2 Its chief executive⟧, ⟦m:s2 Callum Rennie⟧, ⟦c said⟧ that ⟦i:s2 no passwords had been taken⟧ and that ⟦i:s2 customers would be offered two years of free credit monitoring⟧. ⟦q:s2 “I want to be straight with people. If you are a Brightwell customer, assume your details are out there, and be very careful with any email or call that asks you for money,”⟧ ⟦m:s2 he⟧ ⟦c said⟧ in a video posted on the company's website.

But ⟦m:s4 Pieter de Groot⟧, an independent security researcher based in Ostwerf, ⟦c said⟧ that ⟦i:s4 ⟦m:s4 he⟧ had emailed ⟦m:s1 Brightwell⟧ on November 11 to warn that a test server was publicly accessible⟧. ⟦q:s4 “I got an automatic reply thanking me for my feedback and telling me my call was important to them,”⟧ ⟦m:s4 de Groot⟧ ⟦c wrote⟧ in a blog post on Thursday. ⟦q:s4 “It was important enough, apparently, for someone else to answer it three days later.”⟧

Asked about the claim, ⟦m:s1 Brightwell⟧ ⟦c said⟧ that ⟦x:s1 it was investigating “how the researcher's message was handled”⟧.

⟦m:s3 Anjali Rao⟧, deputy commissioner at the Data Protection Office, ⟦c said⟧ that ⟦i:s3 the office had opened a formal investigation⟧. ⟦q:s3 “When someone tells a company the door is open, we expect the company to close the door,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “We will be asking Brightwell some very detailed questions about what happened in those three days.”⟧

⟦m:s5 Hazel Brook⟧, 58, who has been with the supplier for nine years, ⟦c said⟧ that ⟦i:s5 ⟦m:s5 she⟧ had received two text messages in the past week claiming to be from her bank⟧. ⟦q:s5 “I didn't click on them, thank goodness. But now I know how they got my number,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “I'll be switching supplier. If I can find one that hasn't been hacked.”⟧
"""),

]

"""Tenth unseen batch (UNSEEN10): written without reading the engine's rules, frozen on 2026-12-08; never to be edited to suit the engine. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
"""

UNSEEN10 = [

# 14001 wire politics (Drevania coalition talks): three male politicians, role-NP + apposition, anonymous official (no speaker), "according to" unnamed sources, analyst named after the quote with a long appositive, definite description "the prime minister" paragraphs later
({"s1": ("Tomasz Wielgosz", "Wielgosz", "Prime Minister Wielgosz"),
  "s2": ("Radomir Halás", "Halás"),
  "s3": ("Filip Nowacki", "Nowacki"),
  "s4": ("Agnieszka Ruta", "Ruta")},
"""
Drevania coalition talks collapse as farmers' party walks out

KELN, Drevania (Meridian Press) — Talks to form Drevania's next government collapsed late on Tuesday after the Farmers' Alliance walked out of a session at the chancellery, leaving Prime Minister ⟦m:s1 Tomasz Wielgosz⟧ without a working majority nine weeks after an inconclusive election.

⟦q:s1 “We offered them everything a responsible government could offer, and they chose the exit,”⟧ ⟦m:s1 Wielgosz⟧ ⟦c told⟧ reporters shortly after midnight. ⟦q:s1 “The door remains open. It will not remain open forever.”⟧

⟦m:s3 The Farmers' Alliance leader⟧, ⟦m:s3 Filip Nowacki⟧, ⟦c said⟧ ⟦i:s3 his party could not support a budget that phased out the fuel rebate for smallholders⟧. ⟦q:s3 “You cannot ask a man who milks forty cows to pay for the mistakes of bankers in the capital,”⟧ ⟦m:s3 he⟧ ⟦c said⟧ in a video posted on the party's channel. ⟦q:s3 “We were asked to sign a blank cheque. We declined.”⟧

⟦c According to⟧ two people familiar with the negotiations, ⟦i the final sticking point was whether the rebate would be withdrawn over three years or over five⟧. The two sides had already agreed on defence spending, a pension increase and the appointment of a new central bank governor.

⟦q “Nobody believed he would actually stand up and leave,”⟧ ⟦c said⟧ one senior coalition official, who spoke on condition of anonymity because the talks were private. ⟦q “He has threatened it four times since May. This time he took his coat.”⟧

⟦m:s2 The opposition leader⟧, ⟦m:s2 Radomir Halás⟧, ⟦c told⟧ a news conference on Wednesday morning that ⟦x:s2 the government had “run out of partners and run out of road.”⟧ ⟦q:s2 “Drevanians voted for change in March. What they got was two months of theatre,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, repeating his call for a fresh election before the autumn.

⟦m:s2 Halás⟧, whose Civic Union finished second with 61 seats, has ruled out joining any government led by the current prime minister.

⟦q:s4 “Wielgosz's problem is arithmetic, not charm,”⟧ ⟦c said⟧ ⟦m:s4 Agnieszka Ruta⟧, a political scientist at the University of Keln who has written two books on the country's post-war coalitions. ⟦q:s4 “Without the farmers he is eleven seats short, and there is nobody else in that chamber who can lend him eleven seats.”⟧

⟦m:s1 The prime minister⟧, a former central banker who has led a caretaker cabinet since the vote, has until July 14 to present a government to parliament. If ⟦m:s1 he⟧ fails, the president must call a new election within sixty days.

Asked on Wednesday whether ⟦m:s1 he⟧ would try to govern as a minority, ⟦m:s1 Wielgosz⟧ ⟦c said⟧ only: ⟦q:s1 “I have done harder things.”⟧
"""),

# 14002 local council (British single quotes): several women, org speaking via unnamed spokesperson, heckle from the gallery (no speaker), reply with no speech verb, colon lead-in after a clause with no speech verb, new person introduced before a fully quoted paragraph, scare quotes
({"s1": ("Margaret Ellison", "Ellison", "Cllr Ellison"),
  "s2": ("Priya Nandakumar", "Nandakumar", "Cllr Nandakumar"),
  "s3": ("Harrowby Borough Council", "Harrowby Council"),
  "s4": ("Joan Thwaite", "Thwaite", "Mrs Thwaite"),
  "s5": ("Deborah Mensah", "Mensah", "Ms Mensah")},
"""
Residents' parking scheme approved despite packed gallery protest

A residents' parking scheme covering eleven streets in north Harrowby was approved on Tuesday evening after a two-hour debate punctuated by jeers from a packed public gallery.

Under the plans, households in the Cross Lanes area will pay £95 a year for a first permit and £160 for a second, in what opponents have dubbed a ‘tax on driveways’.

Council leader ⟦m:s1 Margaret Ellison⟧ ⟦c told⟧ the meeting that ⟦i:s1 the scheme was a response to years of complaints about commuters using the area as a free car park⟧. ⟦q:s1 ‘People have written to me for a decade saying they cannot park within half a mile of their own front door,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘This is us answering those letters.’⟧

⟦q ‘Nobody asked for it!’⟧ ⟦c shouted⟧ a man in the gallery, prompting the chair to call for order.

Cllr ⟦m:s2 Priya Nandakumar⟧, who leads the opposition group, ⟦c said⟧ ⟦x:s2 the charges had been ‘plucked out of the air’⟧. ⟦q:s2 ‘We asked three times for the working behind the £95 figure and three times we were told it was commercially sensitive,’⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 ‘How can a parking permit be commercially sensitive?’⟧

Cllr ⟦m:s1 Ellison⟧ shook her head. ⟦q:s1 ‘It's on page forty of the report. It has been there since June.’⟧

The scheme passed by 27 votes to 19, with two abstentions.

A spokesperson for ⟦m:s3 Harrowby Borough Council⟧ ⟦c said⟧ afterwards that ⟦i:s3 the scheme would be reviewed after twelve months⟧ and that ⟦i:s3 blue badge holders would be exempt⟧. ⟦q:s3 ‘We have listened to residents throughout, and the final scheme is considerably smaller than the one first consulted on,’⟧ the spokesperson ⟦c added⟧.

Outside the town hall, ⟦m:s4 Joan Thwaite⟧, 71, who has lived on Cross Lanes Road for forty years, was blunter: ⟦q:s4 ‘I don't drive any more, but my carers do. Who pays for their permits? Me.’⟧

Her neighbour ⟦m:s5 Deborah Mensah⟧, who runs a florist's on the corner of Vane Street, ⟦c said⟧:

⟦q:s5 ‘My customers pull up for five minutes to collect a bouquet. Now they'll get a ticket for it. I've already had two regulars tell me they'll go to the supermarket instead. It's small shops like mine that will pay for this, not the commuters.’⟧

Ms ⟦m:s5 Mensah⟧ ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had already collected more than 300 signatures on a petition in her shop window⟧.

Cllr ⟦m:s2 Nandakumar⟧ ⟦c said⟧ ⟦i:s2 her group would ask the scrutiny committee to call the decision in⟧. ⟦q:s2 ‘This isn't over,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 14003 court (US fraud trial): four women (judge, prosecutor, defense lawyer, defendant) plus a woman witness, indirect quote before an indefinite "a prosecutor" resolved later, letter quoted (author is speaker), interrupted quote, names and pronouns inside indirect content, "the judge"
({"s1": ("Helen Marsh-Oduya", "Marsh-Oduya", "Judge Marsh-Oduya"),
  "s2": ("Carla Benedetti", "Benedetti"),
  "s3": ("Renata Vos", "Vos"),
  "s4": ("Lorraine Pickett", "Pickett"),
  "s5": ("Sandra Ogunleye", "Ogunleye")},
"""
Former food pantry treasurer “borrowed” $212,000, jury told

DUNMORE FALLS — ⟦i:s2 A former treasurer of the Dunmore Falls Community Pantry took more than $212,000 from the charity over six years and spent it on cruises, a bass boat and her daughter's wedding⟧, a prosecutor ⟦c told⟧ jurors Monday as the woman's trial opened in Whitcombe County Superior Court.

⟦m:s4 Lorraine Pickett⟧, 63, has pleaded not guilty to theft and forgery.

⟦q:s2 “This was not a mistake and it was not a loan,”⟧ Assistant District Attorney ⟦m:s2 Carla Benedetti⟧ ⟦c said⟧ in her opening statement. ⟦q:s2 “It was a plan, it ran for six years, and it stopped only because somebody finally opened the bank statements.”⟧

⟦m:s2 Benedetti⟧ showed jurors a spreadsheet of the transactions. ⟦m:s2 She⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s4 Pickett⟧ had written 143 checks to herself, most of them for just under $2,000, the level above which a second signature was required⟧.

Jurors were also shown a letter ⟦m:s4 Pickett⟧ sent to the pantry's board in March 2023, after an outside auditor began asking questions. ⟦q:s4 “I have always intended to repay every cent,”⟧ ⟦m:s4 she⟧ ⟦c wrote⟧. ⟦q:s4 “I used the money to keep my family afloat during a terrible time, and I am ashamed that I did not come to you sooner.”⟧

⟦m:s3 Renata Vos⟧, who represents ⟦m:s4 Pickett⟧, ⟦c told⟧ jurors that ⟦x:s3 the letter was “a confession of embarrassment, not of a crime.”⟧

⟦q:s3 “The board knew. The board signed off on those checks,”⟧ ⟦m:s3 Vos⟧ ⟦c said⟧, pointing to a stack of binders on the defense table. ⟦q:s3 “You will see the signatures. You will see whose initials are next to every one of them.”⟧

⟦q:s3 “My client,”⟧ ⟦m:s3 she⟧ ⟦c said⟧, ⟦q:s3 “kept the books of a half-million-dollar charity in a spiral notebook from the drugstore.”⟧

⟦m:s5 The pantry's board chair⟧, ⟦m:s5 Sandra Ogunleye⟧, was the first witness. ⟦m:s5 She⟧ ⟦c testified⟧ that ⟦i:s5 ⟦m:s5 she⟧ had never seen the charity's bank statements before the audit⟧.

⟦q:s5 “We trusted her. That was the whole system,”⟧ ⟦m:s5 Ogunleye⟧ ⟦c said⟧. Under cross-examination by ⟦m:s3 Vos⟧, ⟦m:s5 she⟧ ⟦c acknowledged⟧ that ⟦i:s5 ⟦m:s5 she⟧ had co-signed at least some of the larger checks⟧.

⟦q:s1 “You are going to hear a great deal in this courtroom about who trusted whom. Your job is narrower than that,”⟧ Judge ⟦m:s1 Helen Marsh-Oduya⟧ ⟦c told⟧ the jury before adjourning for the day. ⟦m:s1 The judge⟧ ⟦c said⟧ ⟦i:s1 the trial was expected to last about two weeks⟧.

⟦m:s4 Pickett⟧, who wore a gray cardigan and took notes throughout, did not speak in court. ⟦i:s3 ⟦m:s4 She⟧ is expected to testify next week⟧, ⟦m:s3 Vos⟧ ⟦c said⟧.
"""),

# 14004 football match report (British single quotes): four men, "the 34-year-old", "the manager", "the Argentine", "the defender" pointing back past another player, nickname in quotes, colon lead-in with no speech verb, speaker named after the quote with a title and appositive
({"s1": ("Declan Furey", "Furey"),
  "s2": ("Kwame Asante-Boateng", "Asante-Boateng"),
  "s3": ("Sven Holmqvist", "Holmqvist"),
  "s4": ("Tomás Ibarra", "Ibarra")},
"""
Castlegate Rovers 2 Millbrook Athletic 1: late header settles the derby

⟦m:s2 Kwame Asante-Boateng⟧ rose highest in the 89th minute to head Castlegate Rovers to a first derby win in three seasons and leave Millbrook Athletic's promotion hopes hanging by a thread.

⟦m:s2 The 34-year-old⟧, who had been booked for a clumsy challenge on the hour and was fortunate to stay on the pitch, met Liam Corrigan's corner at the near post and sent it looping over the stranded goalkeeper.

⟦q:s2 ‘I've been waiting three years for that one,’⟧ ⟦m:s2 Asante-Boateng⟧ ⟦c said⟧. ⟦q:s2 ‘The gaffer told me at half-time to stay on my feet and keep my mouth shut. I managed one of the two.’⟧

Millbrook had led through Ezra Lindqvist's fine curling effort after 22 minutes and should have been out of sight by the break, hitting the post twice. Corrigan levelled with a deflected shot just after half-time.

Rovers manager ⟦m:s1 Declan Furey⟧ ⟦c admitted⟧ ⟦x:s1 his side had ‘ridden their luck for forty-five minutes’⟧. ⟦q:s1 ‘Millbrook were better than us in the first half, no question,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘But I've got a dressing room full of lads who don't know when they're beaten, and Kwame is the loudest of the lot.’⟧

Asked about the booking, ⟦m:s1 the manager⟧ was less forgiving: ⟦q:s1 ‘He knows. We'll have a word.’⟧

⟦m:s2 Asante-Boateng⟧, known to the home support as ‘the Lighthouse’, has now scored in four of his last six derbies.

⟦q:s3 ‘We had twenty minutes when we could have killed the game, and we didn't,’⟧ ⟦c said⟧ Millbrook manager ⟦m:s3 Sven Holmqvist⟧, whose side have taken two points from their last five matches. ⟦q:s3 ‘If you don't score when you're on top, this is what happens. It's football. It's not complicated.’⟧

⟦m:s4 The goalkeeper⟧, ⟦m:s4 Tomás Ibarra⟧, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ should have come for the decisive corner⟧. ⟦q:s4 ‘That's on me. I saw it early and I stayed on my line,’⟧ ⟦m:s4 the Argentine⟧ ⟦c said⟧. ⟦q:s4 ‘The lads deserved more than that.’⟧

⟦m:s2 The defender⟧, who turns 35 next month, ⟦c insisted⟧ ⟦i:s2 ⟦m:s2 he⟧ had no plans to retire⟧. ⟦q:s2 ‘Ask me again when I can't get off the ground,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Rovers travel to Eastbridge on Saturday; Millbrook host the leaders, Portcullis Town, on Tuesday night.
"""),

# 14005 business earnings (US): CEO and CFO both women, company speaking via statement and filing ("according to" a filing = company), union statement, analyst named after the quote with a long appositive, reply on an earnings call with no speech verb, scare quotes
({"s1": ("Maribel Quintero", "Quintero"),
  "s2": ("Ingrid Solberg-Haas", "Solberg-Haas"),
  "s3": ("Hugh Pemberton", "Pemberton"),
  "s4": ("Northpine Outdoor", "Northpine"),
  "s5": ("Retail and Warehouse Workers Union", "RWWU")},
"""
⟦m:s4 Northpine Outdoor⟧ shares slide as warm autumn hits parka sales

Shares of ⟦m:s4 Northpine Outdoor⟧ fell 14% in after-hours trading Thursday after ⟦m:s4 the retailer⟧ cut its full-year forecast, blaming an unusually mild autumn for a slump in sales of winter coats.

⟦m:s4 The company⟧ ⟦c said⟧ ⟦i:s4 net income fell to $41.2 million, or 62 cents a share, in the three months to October 31, from $58.9 million a year earlier⟧. Revenue slipped 6% to $887 million, short of analysts' expectations.

⟦q:s1 “We planned for winter and we got an extended summer,”⟧ Chief Executive ⟦m:s1 Maribel Quintero⟧ ⟦c said⟧ on a call with analysts. ⟦q:s1 “That is not an excuse. It is a fact, and we should have been more nimble about it.”⟧

⟦m:s1 Quintero⟧ ⟦c said⟧ ⟦x:s1 the company would cut orders of its heavier jackets by about a fifth next year and lean harder into what ⟦m:s1 she⟧ called “four-season” lines⟧.

Chief Financial Officer ⟦m:s2 Ingrid Solberg-Haas⟧ ⟦c told⟧ analysts that ⟦i:s2 inventory stood at $612 million, up 23% from a year earlier⟧, and ⟦c warned⟧ that ⟦x:s2 discounting in the fourth quarter would be “deeper than we would like.”⟧

⟦q:s2 “We are not going to chase volume by giving the product away,”⟧ ⟦m:s2 Solberg-Haas⟧ ⟦c said⟧.

Pressed by one analyst on whether store closures were on the table, ⟦m:s1 Quintero⟧ paused. ⟦q:s1 “Not this year. Ask me again in March.”⟧

⟦q:s3 “The weather gets the headline, but the real story is that they bought too much of everything,”⟧ ⟦c said⟧ ⟦m:s3 Hugh Pemberton⟧, a senior retail analyst at Larchmont Securities who has had a “hold” rating on the stock since the spring. ⟦q:s3 “A warm October doesn't explain why the warehouses are full of fleece.”⟧

⟦c According to⟧ a regulatory filing released alongside the results, ⟦i:s4 ⟦m:s4 Northpine⟧ will also close its distribution center in Elk Bend early next year, affecting about 340 jobs⟧.

The ⟦m:s5 Retail and Warehouse Workers Union⟧, which represents most of the site's staff, ⟦c said⟧ in a statement that ⟦i:s5 ⟦m:s5 it⟧ had not been consulted⟧. ⟦q:s5 “Our members found out from a press release,”⟧ the statement ⟦c said⟧. ⟦q:s5 “That tells you everything about how this company treats the people who actually move its boxes.”⟧

In a brief emailed response, ⟦m:s4 Northpine⟧ ⟦c said⟧ ⟦i:s4 affected workers would be offered roles at its two other facilities in the region⟧.
"""),

# 14006 health (waiting lists, British double quotes): minister and union leader both women, "the health minister" as subject of an indirect clause, three-paragraph quote, a fully quoted paragraph whose speaker is named only in the following paragraph, health board statement ("the board"), subject pronoun inside a question clause
({"s1": ("Eilidh Carmichael", "Carmichael"),
  "s2": ("Aoife Brennan-Doyle", "Brennan-Doyle"),
  "s3": ("Sunita Raval", "Raval"),
  "s4": ("Strathmere Health Board", "health board"),
  "s5": ("Callum Dunbar", "Dunbar")},
"""
Waiting lists hit record as minister admits target “out of reach”

The number of patients waiting more than a year for planned operations in Strathmere has reached a record 14,200, new figures show, and ⟦m:s1 the health minister⟧ has ⟦c conceded⟧ that ⟦i:s1 a pledge to eliminate such waits by next spring will not be met⟧.

⟦m:s1 Eilidh Carmichael⟧ ⟦c told⟧ the assembly's health committee on Wednesday: ⟦q:s1 “I am not going to sit here and pretend that target is achievable. It is not.”⟧

⟦q:s1 “What I will tell you is that the number of people waiting more than two years has halved since January, and that matters enormously to those people,”⟧ ⟦m:s1 she⟧ ⟦c added⟧.

⟦m:s2 Aoife Brennan-Doyle⟧, general secretary of the Northern Nurses' Federation, ⟦c said⟧ ⟦x:s2 the admission was “about eighteen months overdue”⟧. ⟦m:s2 She⟧ ⟦c told⟧ the federation's conference in Port Lanark: ⟦q:s2 “We have wards in this country where one nurse is looking after eleven patients on a night shift. That is not a waiting-list problem. That is a staffing problem wearing a waiting-list costume.⟧

⟦q:s2 “Every winter we are told that next winter will be different. Every winter our members go home in tears.⟧

⟦q:s2 “The minister can have all the targets she likes. Until she fixes the rota, none of them will be met.”⟧

⟦q:s3 “I was told six months. Then it was a year. Now nobody will give me a date at all. I can't walk to the end of my own street, and I used to drive a double-decker through the city centre every day of my working life.”⟧

That is how ⟦m:s3 Sunita Raval⟧, 58, a retired bus driver from Kettleholm, ⟦c describes⟧ her 19-month wait for a hip replacement. ⟦m:s3 She⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had been offered surgery at a private clinic over the border for £11,000⟧. ⟦q:s3 “I haven't got eleven thousand pounds. Who has?”⟧

⟦m:s4 Strathmere Health Board⟧, which covers Kettleholm, ⟦c said⟧ ⟦i:s4 two additional orthopaedic theatres would open at Kettleholm General in February⟧. ⟦q:s4 “We apologise to every patient who has waited longer than they should have,”⟧ ⟦m:s4 the board⟧ ⟦c said⟧. ⟦q:s4 “Hip and knee patients will be the first to benefit from the new capacity.”⟧

⟦m:s5 The opposition's health spokesman⟧, ⟦m:s5 Callum Dunbar⟧, ⟦c said⟧ ⟦i:s5 the figures were the predictable result of three years of drift⟧. ⟦q:s5 “The minister has run out of excuses and the patients have run out of patience,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

Asked by the committee whether ⟦m:s1 she⟧ would consider resigning if the two-year figure rose again, ⟦m:s1 the minister⟧ ⟦c replied⟧: ⟦q:s1 “It won't.”⟧
"""),

# 14007 science (bumblebee study): three women scientists plus a man, lead author named after the quote with a long appositive, paper title in quotes (not a quote), lower-case continuation after "she added," as a direct quote, mixed fragment, reply following an indirect answer
({"s1": ("Mei-Ling Qiao", "Qiao", "Dr. Qiao"),
  "s2": ("Bastien Laurendeau", "Laurendeau"),
  "s3": ("Rachel Whitlow", "Whitlow"),
  "s4": ("Henrike Voss", "Voss")},
"""
Bumblebees climbing mountains to escape the heat, 20-year study finds

Bumblebees in the Sierra Callada have moved an average of 290 meters uphill over the past two decades, and some cold-loving species have vanished from the lowest meadows altogether. Researchers revisited the same slopes with the same methods twenty years apart.

⟦q:s1 “We went back to the exact same meadows, with the exact same nets, at the exact same time of year,”⟧ ⟦c said⟧ ⟦m:s1 Mei-Ling Qiao⟧, an ecologist at the University of Ardent Valley and the study's lead author. ⟦q:s1 “The bees simply weren't where we left them.”⟧

The study, “Upslope and out of time: thermal limits in montane bumblebees,” was published Wednesday in the journal Alpine Ecology Letters.

⟦m:s1 Qiao⟧ and her colleagues resurveyed 64 meadows first sampled in 2004, catching, identifying and releasing more than 19,000 bees over three summers.

⟦m:s2 Bastien Laurendeau⟧, a doctoral student who spent all three summers on the project, ⟦c said⟧ ⟦i:s2 the hardest part had been finding the original sites⟧. ⟦q:s2 “Some of the 2004 coordinates were written in pencil on the back of a trail map,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “One of the meadows had become a parking lot for a ski lift.”⟧

At the lowest sites, three of the eleven species recorded in 2004 were not found at all.

⟦q:s1 “That doesn't necessarily mean they're gone,”⟧ ⟦m:s1 Qiao⟧ ⟦c cautioned⟧. ⟦q:s1 “But if you are a cold-adapted bee on a mountain, there is only so much mountain left above you.”⟧

⟦q:s3 “This is exactly the kind of long, patient fieldwork that almost nobody gets funded to do anymore,”⟧ ⟦c said⟧ ⟦m:s3 Rachel Whitlow⟧, a professor of entomology at Harcastle University who was not involved in the research. ⟦m:s3 She⟧ ⟦c said⟧ ⟦i:s3 the results matched what her own group had seen in the northern ranges⟧.

Not everyone is convinced that temperature is the only driver. ⟦m:s4 Henrike Voss⟧, a pollination biologist at the Institute for Mountain Research in Obersand, ⟦c said⟧ ⟦x:s4 changes in grazing could be “doing at least some of the work.”⟧

⟦q:s4 “Fewer cattle means taller grass, and taller grass means different flowers,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. Still, ⟦m:s4 she⟧ ⟦c added⟧, ⟦q:s4 “the bees are telling us something real. We just can't be sure yet how much of it is the weather.”⟧

Asked about the grazing question, ⟦m:s1 Qiao⟧ ⟦c said⟧ ⟦i:s1 the team had controlled for livestock numbers at 40 of the 64 sites⟧. ⟦q:s1 “It's a fair challenge. It's also one we tested.”⟧
"""),

# 14008 theatre review (British single quotes): play title in quotes in headline and text (not quotes), a quoted rival headline (not a quote), programme note quoted as mixed (author is speaker), theatre statement, two anonymous audience voices, "the director" and "the theatre" as subjects
({"s1": ("Femi Adeyemi-Clarke", "Adeyemi-Clarke"),
  "s2": ("Inês Cardoso", "Cardoso"),
  "s3": ("Halvard Strand", "Strand"),
  "s4": ("Old Wharf Theatre", "Old Wharf")},
"""
‘The Salt Orchard’ review – a harvest of grief that never quite ripens

⟦m:s3 Halvard Strand⟧'s first play in a decade arrives at the ⟦m:s4 Old Wharf Theatre⟧ trailing rumours of rewrites, a recast lead and a preview night that ended with a third of the stalls heading for the exit. The rumours, it turns out, are more dramatic than the play.

‘The Salt Orchard’ follows three sisters who return to their late father's apple farm on a coast that is slowly being reclaimed by the sea. Trees die from the roots up; so, it is implied, do families.

In a programme note, director ⟦m:s1 Femi Adeyemi-Clarke⟧ ⟦c writes⟧ that ⟦x:s1 the production is ‘less about a flood than about the things we let rot because we cannot bear to pick them’⟧. It is a lovely sentence, and one the evening never quite earns. The first act is handsome and static; the second lurches between melodrama and something close to farce.

⟦m:s2 Inês Cardoso⟧, who took over the role of the eldest sister, Marit, a fortnight before opening, is the evening's great asset. ⟦q:s2 ‘I had eleven days to learn a part that other actors had had eleven weeks for,’⟧ ⟦m:s2 she⟧ ⟦c told⟧ me before press night. ⟦q:s2 ‘Honestly, I think the panic helped. Marit is a woman who is always slightly behind her own life.’⟧

The notorious preview walkout came during the second-act storm, which one tabloid greeted with the headline ‘Storm in a Teacup’. ⟦m:s4 The theatre⟧ ⟦c said⟧ at the time that ⟦x:s4 a technical fault had caused the sound to play ‘well above the intended level’⟧. ⟦q:s4 ‘We apologise to everyone who was in the building that night, and especially to those whose ears are still ringing,’⟧ ⟦c read⟧ a statement on the ⟦m:s4 Old Wharf⟧ website.

⟦m:s3 Strand⟧ himself has been unapologetic. ⟦q:s3 ‘A storm should frighten you. If it doesn't, it's just weather,’⟧ ⟦m:s3 he⟧ ⟦c said⟧ in a radio interview last week. ⟦q:s3 ‘I'd rather lose a third of the stalls than bore all of them.’⟧

On press night the volume was tamer, and the mood at the interval was divided. ⟦q ‘It's gorgeous, but I have no idea what happened to the youngest one,’⟧ ⟦c said⟧ a woman at the bar. ⟦q ‘That's the point, surely,’⟧ her companion ⟦c replied⟧.

It may be. But a play about what goes unsaid still has to say something, and too often this one simply stares out to sea.

⟦q:s1 ‘We cut twenty minutes in previews and I'd happily cut ten more,’⟧ ⟦m:s1 the director⟧ ⟦c admitted⟧ afterwards. ⟦q:s1 ‘Plays aren't finished on opening night. They're just abandoned in public.’⟧

Until 14 March.
"""),

# 14009 crime appeal (British, straight ASCII double quotes): detective and owner, role-NP + apposition, nested single quotes inside a quote, pronoun one paragraph back across a no-quote paragraph, witness introduced with no speech verb before a fully quoted paragraph, anonymous trader, force statement ("the force")
({"s1": ("Rhiannon Gale", "Gale", "DI Gale"),
  "s2": ("Rajesh Bhandari", "Bhandari"),
  "s3": ("Colette Fournier", "Fournier"),
  "s4": ("Westmarch Police", "Westmarch")},
"""
Appeal after armed raid on Kingsreach jewellers

Detectives have released CCTV images of two men they want to trace after a jewellery shop in Kingsreach was raided by robbers armed with a hammer and what appeared to be a handgun.

The raid happened shortly after 10am on Saturday at Goldcrest Jewellers on Market Row.

⟦q:s1 "This was a terrifying ordeal for the staff, who were threatened at close quarters,"⟧ ⟦c said⟧ Detective Inspector ⟦m:s1 Rhiannon Gale⟧ of ⟦m:s4 Westmarch Police⟧. ⟦q:s1 "Nobody was physically hurt, but I don't want anyone to underestimate what these men put them through."⟧

⟦m:s2 Goldcrest's owner⟧, ⟦m:s2 Rajesh Bhandari⟧, 61, was behind the counter with his daughter when the men came in. ⟦q:s2 "The first one had the hammer up before the door had even closed behind him,"⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 "He was shouting at my daughter to get on the floor. I just kept saying, 'Take it, take it, take whatever you want.'"⟧

The shop had reopened only three weeks earlier after a refit, with new display cabinets and a reinforced front door.

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 the men had filled two holdalls with rings and watches from the front cabinets before running towards the bus station⟧. Staff estimate the haul at around £180,000.

⟦m:s3 Another trader on Market Row⟧, ⟦m:s3 Colette Fournier⟧, who runs the cafe opposite, saw the men leave.

⟦q:s3 "I thought it was a joke at first, some kind of stunt. Then I saw the hammer. One of them dropped a watch in the street and didn't even stop to pick it up. They got into a grey car by the bus station and were gone in seconds."⟧

⟦q "We've been asking for a police presence on this street for two years,"⟧ ⟦c said⟧ one shopkeeper, who asked not to be named. ⟦q "It took a robbery to get one."⟧

In a statement, ⟦m:s4 Westmarch Police⟧ ⟦c said⟧ ⟦i:s4 extra patrols would be in place on Market Row throughout the week⟧. ⟦q:s4 "We understand the concern among traders and we will be highly visible in the area in the coming days,"⟧ ⟦m:s4 the force⟧ ⟦c said⟧.

⟦m:s1 Gale⟧ ⟦c said⟧ ⟦i:s1 a grey estate car had been found burnt out on farmland near Ashby Cross on Sunday morning⟧. ⟦q:s1 "Somebody knows who these men are,"⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 "Somebody has seen a very expensive watch turn up where it shouldn't."⟧
"""),

# 14010 flood (US): fire chief and forecaster, mayor with glued title then "the mayor" much later, crowd shout (no speaker), list of three residents introduced together then quoted in turn (two women), reply-free description before a quote
({"s1": ("Ruben Estrada", "Estrada", "Chief Estrada"),
  "s2": ("Josephine Abernathy", "Abernathy", "Mayor Abernathy"),
  "s3": ("Thanh Nguyen", "Nguyen"),
  "s4": ("Gloria Whitebird", "Whitebird"),
  "s5": ("Ilse Brandt", "Brandt"),
  "s6": ("Pavel Korzh", "Korzh")},
"""
River crests in Halloway as hundreds spend second night in shelters

HALLOWAY — The Tessel River crested at 31.4 feet early Sunday, more than 12 feet above flood stage, as hundreds of residents of this river town spent a second night in emergency shelters and volunteers worked through the dark to shore up a sagging levee.

⟦q:s1 “We are not out of the woods. We are barely at the edge of the woods,”⟧ Fire Chief ⟦m:s1 Ruben Estrada⟧ ⟦c said⟧ at a 6 a.m. briefing. ⟦q:s1 “The river has stopped rising. That is not the same thing as the river going down.”⟧

⟦m:s1 Estrada⟧ ⟦c said⟧ ⟦i:s1 about 140 homes in the Lower Flats neighborhood had water above the first floor⟧ and that ⟦i:s1 crews had carried out 63 rescues by boat since Friday⟧.

⟦m:s6 Pavel Korzh⟧, a meteorologist with the Regional Weather Service, ⟦c said⟧ ⟦i:s6 the river was expected to fall below flood stage by Wednesday if no more rain fell⟧. ⟦q:s6 “That's a big if,”⟧ ⟦m:s6 he⟧ ⟦c said⟧. ⟦q:s6 “There's another system behind this one, and we're watching it very closely.”⟧

Mayor ⟦m:s2 Josephine Abernathy⟧, who toured the levee by truck before dawn, ⟦c said⟧ ⟦x:s2 the town owed its volunteers “a debt we will never be able to repay.”⟧ As a sandbag crew finished patching a seep near the rail bridge, ⟦q “It's holding!”⟧ someone ⟦c shouted⟧, and a ragged cheer went up along the bank.

At the shelter in the Halloway High School gym, cots covered the basketball court. Among those waiting for news were ⟦m:s3 Thanh Nguyen⟧, a machinist at the feed mill; ⟦m:s4 Gloria Whitebird⟧, who had brought her three grandchildren; and ⟦m:s5 Ilse Brandt⟧, 82, who has lived on Shore Street since 1967.

⟦q:s3 “I moved the truck to high ground and left everything else,”⟧ ⟦m:s3 Nguyen⟧ ⟦c said⟧. ⟦q:s3 “You can buy a couch. You can't buy a truck on what I make.”⟧

⟦m:s4 Whitebird⟧ ⟦c said⟧ ⟦i:s4 the children had treated the whole thing as a camping trip until the lights went out⟧. ⟦q:s4 “Then the little one asked me if the house was going to float away, and I didn't know what to tell her,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s5 Brandt⟧ was matter-of-fact. ⟦q:s5 “This is my fourth flood. The first one took my husband's workshop. This one can have the carpets,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦m:s5 She⟧ ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ would go home as soon as the water let her⟧.

By midafternoon the rain had stopped and a few residents were wading back to check on their houses, against the advice of officials.

⟦m:s2 The mayor⟧ ⟦c said⟧ ⟦i:s2 the town would apply for state disaster assistance on Monday⟧. ⟦q:s2 “Nobody in Halloway is going to be left to do this alone,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 14011 education (US teachers' strike): union leader and superintendent both women, letter to families quoted (author is speaker), "according to" + district short name, board-meeting exchange with a reply carrying no speech verb, "the union president" shot back, placard text (not a quote), mixed quote with pronoun inside
({"s1": ("Carmen Ruiz-Delgado", "Ruiz-Delgado"),
  "s2": ("Patricia Lindqvist", "Lindqvist", "Superintendent Lindqvist"),
  "s3": ("Marcus Oyelaran", "Oyelaran"),
  "s4": ("Yusuf Karimi", "Karimi"),
  "s5": ("Westerly Bay Unified School District", "Westerly Bay Unified")},
"""
Westerly Bay teachers strike as talks stall over class sizes

WESTERLY BAY — More than 1,900 teachers walked off the job Monday in the ⟦m:s5 Westerly Bay Unified School District⟧, closing 31 schools and leaving about 27,000 students at home on the first day of the district's first strike in 22 years.

⟦q:s1 “Nobody on this line wants to be here. We want to be in our classrooms,”⟧ ⟦c said⟧ ⟦m:s1 Carmen Ruiz-Delgado⟧, president of the Westerly Bay Education Association, standing outside Harmon Middle School with a megaphone under her arm. ⟦q:s1 “But we have kindergarten classes with thirty-four kids in them, and we are done pretending that's fine.”⟧

Around her, teachers in red T-shirts held signs reading “Smaller Classes, Better Schools” and “We'd Rather Be Teaching.”

In a letter sent to families Sunday night, Superintendent ⟦m:s2 Patricia Lindqvist⟧ ⟦c wrote⟧ that ⟦x:s2 the district had offered a 4.5% raise over two years and had “gone as far as our budget allows.”⟧ ⟦q:s2 “I share your frustration, and I am sorry for the disruption this will cause to your children and to your working week,”⟧ ⟦m:s2 she⟧ ⟦c wrote⟧.

⟦c According to⟧ ⟦m:s5 Westerly Bay Unified⟧, ⟦i:s5 meeting the union's class-size demands would require about 210 additional teachers at a cost of $24 million a year⟧.

At a packed school board meeting Monday evening, the two women faced each other across a folding table.

⟦q:s1 “You have $61 million sitting in reserves,”⟧ ⟦m:s1 Ruiz-Delgado⟧ ⟦c told⟧ the board. ⟦q:s1 “Spend some of it on the children.”⟧

⟦m:s2 Lindqvist⟧ did not look up from her notes. ⟦q:s2 “That money is one bad year away from being gone. Then what do we cut?”⟧

⟦q:s1 “Administrators,”⟧ ⟦m:s1 the union president⟧ ⟦c shot back⟧, to loud applause from the back of the room.

⟦m:s3 Marcus Oyelaran⟧, a father of two who works nights at a distribution center, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ supported the teachers but could not afford a long strike⟧. ⟦q:s3 “I sleep from nine to two and then I'm the daycare,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “Two weeks of this and I'm going to be sleeping in the car in the parking lot at work.”⟧

⟦m:s4 Yusuf Karimi⟧, 17, a senior at Westerly Bay High, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ was worried about his exams in May⟧. ⟦q:s4 “Every day we're out is a day I'm teaching myself calculus from videos,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “I'm not mad at my teachers, though. I've seen their classrooms.”⟧

No new talks were scheduled as of Monday night. ⟦m:s2 Lindqvist⟧ ⟦c said⟧ ⟦x:s2 ⟦m:s2 she⟧ was ready to meet “any day, any hour.”⟧
"""),

# 14012 feature profile (British single quotes): ferry skipper's three-paragraph quote, subject pronouns for the profiled woman, daughter (same gender) quoted with a quote-internal "She says", council committee chair as mixed + direct, passenger introduced with no speech verb, final "She" whose antecedent is three paragraphs back past two men
({"s1": ("Sigrún Haraldsdóttir", "Haraldsdóttir"),
  "s2": ("Katla Moffat", "Moffat"),
  "s3": ("Ewan McBride", "McBride"),
  "s4": ("Gareth Prosser", "Prosser")},
"""
The last ferrywoman of Loch Varra

At twenty to seven every morning, whatever the weather, ⟦m:s1 Sigrún Haraldsdóttir⟧ unties the Marram Belle from the jetty at Inverlaig and points her bow at the far shore, two and a half miles of grey water away.

⟦q:s1 ‘People think it's romantic,’⟧ ⟦m:s1 she⟧ ⟦c says⟧, pulling a woollen hat down over her ears. ⟦q:s1 ‘It's diesel and rope and cold hands. But I wouldn't swap it for anything.’⟧

⟦m:s1 She⟧ came to the loch from the north of Iceland in 1989, meaning to stay for a summer, and married the man who owned the boat. When he died in 2004, ⟦m:s1 she⟧ took over the crossing and has run it ever since, four times a day, six days a week.

⟦m:s1 She⟧ remembers the January storm of 2011 in detail. ⟦q:s1 ‘The wind came round to the north-east at about four o'clock and the loch just stood up. I've never seen water do that before or since.⟧

⟦q:s1 ‘I had a doctor on board and a woman in labour waiting on the far side. The road round was shut with fallen trees. So there wasn't really a decision to make.⟧

⟦q:s1 ‘We made it, just. The baby's a big girl now, and she still gets a free crossing on her birthday.’⟧

⟦m:s2 Her daughter⟧, ⟦m:s2 Katla Moffat⟧, 31, who crews the boat at weekends, ⟦c says⟧ ⟦i:s2 her mother has never once cancelled a sailing for fog⟧. ⟦q:s2 ‘Wind, yes. Fog, never. She says fog is just the loch being shy,’⟧ ⟦m:s2 Moffat⟧ ⟦c says⟧ with a laugh.

The crossing's future is far from certain. Its annual subsidy of £140,000 comes up for renewal in March, and the council is looking for savings.

⟦m:s4 Gareth Prosser⟧, who chairs Varra Council's transport committee, ⟦c said⟧ ⟦i:s4 no decision had been taken⟧ and that ⟦x:s4 the ferry was ‘valued enormously’ by members⟧. ⟦q:s4 ‘But valued and affordable are not always the same word,’⟧ ⟦m:s4 he⟧ ⟦c added⟧.

⟦m:s3 Ewan McBride⟧, a retired postman who crosses twice a week to visit his sister, was on board on a raw Tuesday in November. ⟦q:s3 ‘If they stop this boat, it's a ninety-mile drive round the loch,’⟧ ⟦m:s3 he⟧ ⟦c says⟧. ⟦q:s3 ‘At my age that's not a drive, that's an expedition.’⟧

⟦m:s1 She⟧ is 67 now, and her knees complain on the iron ladder at low tide. Will ⟦m:s1 she⟧ keep going? ⟦q:s1 ‘Until they carry me off,’⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 ‘And I'm heavier than I look.’⟧
"""),

# 14013 Q&A-style interview (US double quotes): questions in the writer's voice answered by quotes with no speech verb, book titles in quotes (not quotes), critic's mixed quote, editor named as "Her editor, X", answer after "She laughs when told this" (no speech verb), one-word answer
({"s1": ("Ngozi Halvorsen", "Halvorsen"),
  "s2": ("Pietro Salvadori", "Salvadori"),
  "s3": ("Rosa Imrie", "Imrie")},
"""
⟦m:s1 Ngozi Halvorsen⟧ on “The Glass Harbour,” grief and writing at 4 a.m.

⟦m:s1 Ngozi Halvorsen⟧ wrote most of her fourth novel between four and seven in the morning, at a kitchen table in Tromsvik, before her children woke up. “The Glass Harbour,” out this week, follows a Nigerian-Norwegian ferry pilot who returns to the fjord town where her father drowned.

We met in a cafe near her publisher's office, where ⟦m:s1 she⟧ ordered two espressos at once. Why the early hours?

⟦q:s1 “Because it's the only time nobody needs me. After seven I'm a mother, a daughter, an employee, a neighbor. Before seven I'm just a pair of hands on a keyboard.”⟧

The book has drawn comparisons with her debut, “Salt Children,” which won the Brenner Prize in 2015. ⟦m:s3 Rosa Imrie⟧ of the Sunday Ledger ⟦c wrote⟧ that ⟦x:s3 the new novel was “a cathedral built out of sentences.”⟧ Does ⟦m:s1 Halvorsen⟧ mind the grandeur?

⟦q:s1 “I'll take the cathedral. I'd rather be accused of building too much than too little.”⟧

The novel opens with a funeral. ⟦m:s1 Halvorsen⟧'s own father, a marine engineer, died in 2019, the year ⟦m:s1 she⟧ began writing it. Is the drowned father him?

⟦q:s1 “He'd say yes, and he'd be furious about the drowning. He was a very good swimmer. But no, it's not him. It's what it felt like to lose him, which is a different thing.”⟧

⟦m:s2 Her editor⟧, ⟦m:s2 Pietro Salvadori⟧, ⟦c said⟧ ⟦i:s2 the first draft had run to 900 pages⟧. ⟦q:s2 “She sent it to me in three parcels, because the post office wouldn't take one,”⟧ ⟦m:s2 he⟧ ⟦c said⟧ by phone from Milan. ⟦q:s2 “I read the first parcel and told her not to cut a word. Then I read the other two.”⟧

⟦m:s1 She⟧ laughs when told this. ⟦q:s1 “Pietro is a very kind liar. We cut four hundred pages, and he made me do it in a weekend.”⟧

Does ⟦m:s1 she⟧ read her reviews?

⟦q:s1 “The good ones, twice. The bad ones, once, very quickly, standing up, like ripping off a plaster.”⟧

And what comes next?

⟦q:s1 “Sleep.”⟧ A pause, and a look at the second espresso. ⟦q:s1 “Then probably another book about water. I can't seem to write about dry land.”⟧
"""),

# 14014 obituary (music): nickname in quotes inside the deceased's name (part of the mention, not a quote), quotes from a 1994 interview and a documentary (deceased is the speaker), pronoun for the deceased inside his daughter's indirect quote, saxophonist with glued "the saxophonist" named after the quote, club owner as role-NP + apposition, album and film titles in quotes, non-speaker sharing the surname
({"s1": ("Clement “Sugar” Aldana", "Aldana", "Sugar Aldana", "Clement Aldana"),
  "s2": ("Rosalía Aldana-Price", "Aldana-Price"),
  "s3": ("Lionel Okwu", "Okwu"),
  "s4": ("Ferdinand Lacasse", "Lacasse")},
"""
⟦m:s1 Clement “Sugar” Aldana⟧, pianist who made the Blue Lantern swing, dies at 88

⟦m:s1 Clement “Sugar” Aldana⟧, the pianist whose Thursday-night sets at the Blue Lantern club in Port Severin drew musicians from three continents for more than forty years, died on Saturday at his home in the city. ⟦m:s1 He⟧ was 88.

His death was confirmed by his daughter, ⟦m:s2 Rosalía Aldana-Price⟧, who ⟦c said⟧ ⟦i:s2 ⟦m:s1 he⟧ had died peacefully after a short illness⟧.

Born in 1937 in the fishing village of San Telmo de la Costa, ⟦m:s1 Aldana⟧ taught himself to play on a church harmonium and was playing dance halls up and down the coast by the age of fifteen. The nickname came from his mother's bakery.

⟦q:s1 “My mother sold sugar bread, and I was always covered in it,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ an interviewer in 1994. ⟦q:s1 “By the time anybody thought to ask my real name, it was too late.”⟧

⟦m:s1 He⟧ recorded only five albums under his own name, preferring the room to the studio, but the 1972 live set “Lantern Light” is still regarded by many players as one of the great piano-trio records.

⟦q:s3 “He played like a man telling you a secret he wasn't sure you deserved,”⟧ ⟦c said⟧ the saxophonist ⟦m:s3 Lionel Okwu⟧, who joined ⟦m:s1 Aldana⟧'s quartet in 1971 and stayed for nineteen years. ⟦q:s3 “Then, once he'd decided you did, he'd tell you everything.”⟧

⟦m:s4 The club's owner⟧, ⟦m:s4 Ferdinand Lacasse⟧, ⟦c said⟧ ⟦i:s4 the piano would stay closed on Thursday night⟧. ⟦q:s4 “Nobody else is going to sit on that stool this week. Maybe not this year,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

In the 2008 documentary “Thursday at the Lantern,” ⟦m:s1 Aldana⟧ was asked whether ⟦m:s1 he⟧ ever tired of playing the same room. ⟦q:s1 “It's never the same room. The people change, the weather changes, the piano goes out of tune in a different place every week,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “A room is only the same if you stop listening.”⟧

In a statement on Sunday, ⟦m:s2 Aldana-Price⟧ ⟦c said⟧: ⟦q:s2 “Dad would want you to put a record on, pour something you shouldn't, and turn it up louder than the neighbours would like.”⟧

⟦m:s1 He⟧ is survived by his daughter, two grandsons and his sister, Inés. His wife, the singer Marisol Aldana, died in 2016.
"""),

# 14015 live blog (US, reverse chronological): entry headlines with quote marks (not quotes), two women candidates, chant (not a quote), nested mention of one speaker inside another's role NP, anonymous volunteer after a colon lead-in, social-media post (author is speaker), fragment direct quote, reporter's mixed quote
({"s1": ("Lucia Ferreira-Banks", "Ferreira-Banks"),
  "s2": ("Dolores Hanrahan", "Hanrahan"),
  "s3": ("Samuel Teitelbaum", "Teitelbaum"),
  "s4": ("Reggie Castellanos", "Castellanos"),
  "s5": ("Jun Takeda", "Takeda")},
"""
Live: Port Calder mayoral election results

12.41am — ⟦m:s2 Hanrahan⟧ concedes

⟦m:s2 Dolores Hanrahan⟧ has conceded. Speaking to supporters at the Dockside Hotel, ⟦m:s2 she⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had called ⟦m:s1 Ferreira-Banks⟧ to congratulate her⟧. ⟦q:s2 “The people of Port Calder have made their choice, and I respect it. I will not respect it quietly,”⟧ ⟦m:s2 she⟧ ⟦c said⟧, to laughter and applause.

12.15am — ⟦m:s1 Ferreira-Banks⟧: “This city just said yes”

⟦m:s1 Lucia Ferreira-Banks⟧ has taken the stage at the Carrow Street Brewery to chants of “Lu-cia! Lu-cia!”

⟦q:s1 “Eighteen months ago they told me a bus driver's daughter couldn't run this city. Tonight this city just said yes,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ the crowd. ⟦q:s1 “To everyone who knocked on a door in the rain: this one is yours.”⟧

11.52pm — ⟦m:s2 Hanrahan⟧ camp: not over yet

⟦m:s4 ⟦m:s2 Hanrahan⟧'s campaign manager⟧, ⟦m:s4 Reggie Castellanos⟧, ⟦c told⟧ reporters that ⟦x:s4 it was “far too early” to call the race⟧, with mail ballots from the Northside still to be counted. ⟦q:s4 “We've seen this movie before. Wait for the Northside,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

One volunteer at the Dockside, who asked not to be named, was less hopeful: ⟦q “We needed the Northside to come in big. It came in medium.”⟧

11.30pm — Turnout highest since 1998

⟦m:s3 Samuel Teitelbaum⟧, the county's elections director, ⟦c said⟧ ⟦i:s3 turnout was on course for 47%, the highest for a mayoral race since 1998⟧. ⟦q:s3 “Lines were long at some sites after work, but everybody who was in line at 8 p.m. got to vote,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. Any problems? ⟦q:s3 “None of any significance.”⟧

10.47pm — From the ⟦m:s2 Hanrahan⟧ campaign

⟦m:s2 Hanrahan⟧ has just ⟦c posted⟧ on social media: ⟦q:s2 “Long night ahead. Thank you to every volunteer still out there. We are not going anywhere.”⟧

10.20pm — Early numbers

With 38% of precincts reporting, ⟦m:s1 Ferreira-Banks⟧ leads by 53% to 47%. Our reporter ⟦m:s5 Jun Takeda⟧, at the brewery, ⟦c says⟧ ⟦x:s5 the mood there is “somewhere between a wedding and a cup final.”⟧

9.05pm — Polls closed

Polls have now closed across Port Calder. Earlier in the day, ⟦m:s1 Ferreira-Banks⟧ cast her ballot at a church hall in Eastgate. ⟦q:s1 “I voted for myself, in case anyone was wondering,”⟧ ⟦m:s1 she⟧ ⟦c joked⟧ to waiting cameras.
"""),

# 14016 wire (fisheries summit): three women ministers introduced as a list then quoted in turn, organisation's joint statement as mixed quote, anonymous diplomat, industry leader's mixed quote then direct, campaigner named after the quote with a long appositive, pronoun inside a closing indirect quote
({"s1": ("Astrid Lykke-Holm", "Lykke-Holm"),
  "s2": ("Fiona Strachan-Ives", "Strachan-Ives"),
  "s3": ("Beatriz Quental", "Quental"),
  "s4": ("Northern Seas Fisheries Council", "Fisheries Council"),
  "s5": ("Jens Ottesen", "Ottesen"),
  "s6": ("Oona Farrelly", "Farrelly")},
"""
Fishing nations agree cod cut after all-night talks

TRONVIK (Meridian Press) — Ministers from five northern fishing nations agreed early on Friday to cut next year's cod quota by 18 per cent, a smaller reduction than scientists had recommended but a larger one than the industry had feared.

The deal, struck at 5.20 a.m. after fourteen hours of negotiation, was announced in a joint statement by the ⟦m:s4 Northern Seas Fisheries Council⟧, which ⟦c said⟧ ⟦x:s4 the cut would be “reviewed in the light of the spring survey data.”⟧ The council's own scientific advisers had called for a reduction of 29 per cent.

Three ministers spoke at the closing news conference: Norvia's ⟦m:s1 Astrid Lykke-Holm⟧, who chaired the talks; Ardmoran's ⟦m:s2 Fiona Strachan-Ives⟧; and Lusarra's ⟦m:s3 Beatriz Quental⟧.

⟦q:s1 “Nobody got what they came for, which is usually the sign of a fair deal,”⟧ ⟦c said⟧ ⟦m:s1 Lykke-Holm⟧. ⟦q:s1 “The cod did not get everything it needed either. I want to be honest about that.”⟧

⟦m:s2 Strachan-Ives⟧ ⟦c said⟧ ⟦i:s2 her government had pushed for a cut of no more than 12 per cent to protect its inshore fleet⟧. ⟦q:s2 “There are harbours in my country where the cod boats are the only reason the school stays open,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Eighteen per cent will hurt. We will not pretend otherwise.”⟧

⟦m:s3 Quental⟧, whose government had pressed for the deepest cut, was more upbeat. ⟦q:s3 “Two years ago this room could not agree on lunch,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “Today it agreed to follow the science most of the way.”⟧

⟦q “At three in the morning it was very close to collapse,”⟧ ⟦c said⟧ one diplomat involved in the talks, who was not authorised to speak on the record. ⟦q “Two delegations had already rebooked their flights home.”⟧

⟦m:s5 Jens Ottesen⟧, chairman of the Norvian Coastal Fishermen's Association, ⟦c said⟧ ⟦x:s5 the deal was “survivable, just.”⟧ ⟦q:s5 “We'll tie some boats up for part of the year. Better that than tying them up for good,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

⟦q:s6 “Eighteen is not twenty-nine, and the fish can count even if the ministers can't,”⟧ ⟦c said⟧ ⟦m:s6 Oona Farrelly⟧, who leads the oceans programme at the campaign group Blue Ledger and has attended the talks as an observer for six years. ⟦q:s6 “We will be back in this building next December having the same argument about a smaller stock.”⟧

The agreement must be ratified by each government before January 1. ⟦m:s1 Lykke-Holm⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ expected no difficulty⟧.
"""),

# 14017 inquest (British single quotes): indefinite "A coroner has warned that" opening an indirect quote, non-speaker victim sharing the speaker's surname, three-paragraph statement read by a solicitor (the mother is the speaker), council via spokesperson, solicitor as role-NP + apposition after a participle, "the coroner" as subject
({"s1": ("Helena Ravensworth", "Ravensworth", "Mrs Ravensworth"),
  "s2": ("Bernadette Quigley", "Quigley", "Mrs Quigley"),
  "s3": ("Thomas Eke", "Eke"),
  "s4": ("Ryan Holloway", "Holloway", "PC Holloway"),
  "s5": ("Lowfield City Council", "Lowfield council")},
"""
Coroner warns of ‘lethal’ junction after student cyclist's death

A coroner has ⟦c warned⟧ that ⟦i:s1 a city-centre junction where a 19-year-old student was killed will claim more lives unless it is redesigned⟧.

Niamh Quigley, a second-year music student at Lowfield University, was hit by a left-turning lorry at the junction of Corporation Street and Mill Lane on 3 April. She died at the scene.

Recording a conclusion of road traffic collision at Lowfield Coroner's Court on Thursday, area coroner ⟦m:s1 Helena Ravensworth⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would issue a prevention of future deaths report to ⟦m:s5 Lowfield City Council⟧⟧. ⟦q:s1 ‘This junction has been the site of four serious collisions involving cyclists in six years,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘I am not satisfied that the risk has been understood, let alone addressed.’⟧

PC ⟦m:s4 Ryan Holloway⟧, a collision investigator, ⟦c told⟧ the inquest that ⟦i:s4 the lorry's mirrors had been correctly adjusted and the driver had been travelling at under 10mph⟧. ⟦q:s4 ‘In my opinion the driver could not have seen Miss Quigley at the moment he began his turn,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.

A statement from Niamh's mother, ⟦m:s2 Bernadette Quigley⟧, was read to the court by the family's solicitor.

⟦q:s2 ‘Niamh was the loudest person in any room, and the kindest. She could make a cello sound like it was laughing.⟧

⟦q:s2 ‘She had cycled that route every day for eighteen months. She wore a helmet and lights, even in daylight, because I nagged her to.⟧

⟦q:s2 ‘I do not want another mother to sit where I am sitting today. Please, fix the road.’⟧

Mrs ⟦m:s2 Quigley⟧, who sat in the front row beside her husband, wept as it was read.

⟦m:s1 The coroner⟧ thanked the family for their dignity. ⟦q:s1 ‘Nothing I say today can lessen your loss,’⟧ ⟦m:s1 she⟧ ⟦c told⟧ them. ⟦q:s1 ‘What I can do is make sure the people responsible for that junction cannot say they were not told.’⟧

A spokesperson for ⟦m:s5 Lowfield City Council⟧ ⟦c said⟧ ⟦i:s5 a redesign of the junction, including a separate signal phase for cyclists, was already being drawn up⟧. ⟦q:s5 ‘Our thoughts remain with Niamh's family. We will respond to the coroner's report in full,’⟧ the spokesperson ⟦c added⟧.

Speaking outside court, ⟦m:s3 the family's solicitor⟧, ⟦m:s3 Thomas Eke⟧, ⟦c said⟧: ⟦q:s3 ‘Four collisions. Four warnings. The family want to know why it took a fifth for anyone to act.’⟧
"""),

# 14018 tennis and radio interview (US): two women in a host/player exchange of quotes with no speech verbs, "the 36-year-old" as passive subject, radio show title in quotes (not a quote), quoted headline fragment, coach as role-NP + apposition, "the teenager", nested quote inside a quote
({"s1": ("Elena Vasquez-Moreau", "Vasquez-Moreau"),
  "s2": ("Marta Kowalczyk", "Kowalczyk"),
  "s3": ("Dragan Petrović", "Petrović"),
  "s4": ("Yuki Tanabe-Shore", "Tanabe-Shore")},
"""
⟦m:s1 Vasquez-Moreau⟧ vows to play on after first-round loss: “I'm not done”

⟦m:s1 Elena Vasquez-Moreau⟧ ⟦c insisted⟧ Wednesday that ⟦i:s1 her career was not over⟧, a day after ⟦m:s1 the 36-year-old⟧ was beaten in the first round of the Harborview Open by a teenager ranked 212th in the world.

⟦m:s4 Yuki Tanabe-Shore⟧, 19, won 6-3, 7-6 (4) in an hour and 38 minutes on a windy Court 2, saving a set point in the second-set tiebreaker with a backhand pass down the line.

In an interview on KLVR's “Baseline” program Wednesday morning, host ⟦m:s2 Marta Kowalczyk⟧ pressed the two-time major champion on her future.

⟦q:s2 “Was that the last match we'll see you play here?”⟧ ⟦m:s2 Kowalczyk⟧ ⟦c asked⟧.

⟦q:s1 “No. Next question.”⟧

⟦q:s2 “You've said that before.”⟧

⟦q:s1 “And I was right before.”⟧

Pressed on the state of her right knee, which was operated on last year, ⟦m:s1 Vasquez-Moreau⟧ was more reflective. ⟦q:s1 “Some mornings it feels twenty-five. Some mornings it feels eighty. Yesterday it felt about sixty,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “But sixty-year-olds don't hit the backhand I hit at 4-all.”⟧

⟦m:s3 Her coach⟧, ⟦m:s3 Dragan Petrović⟧, ⟦c said⟧ ⟦i:s3 the plan was to play a reduced schedule through the spring and reassess before the grass season⟧. ⟦q:s3 “She doesn't need to prove anything to anybody. She wants to play, so we play,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s4 Tanabe-Shore⟧, who grew up with a poster of ⟦m:s1 Vasquez-Moreau⟧ on her bedroom wall in Sacramento Heights, was still pinching herself after the match. ⟦q:s4 “I was shaking at the coin toss,”⟧ ⟦m:s4 the teenager⟧ ⟦c said⟧. ⟦q:s4 “She hugged me at the net and said, ‘Now go win the whole thing.’ So I guess I have to.”⟧

The loss is likely to push ⟦m:s1 Vasquez-Moreau⟧ out of the top 100 for the first time since 2009. ⟦m:s1 She⟧ is entered in next month's Coral Coast Classic.
"""),

# 14019 business results (British single quotes): two men executives, company speaking via results statement ("it" in indirect), "according to" a research firm with a company name inside the indirect, analyst named after the quote with a long appositive, union leader's mixed quote with a fragment mid-clause, "the chief executive" pointing back past a woman
({"s1": ("Anil Raghunathan", "Raghunathan"),
  "s2": ("Owain Pritchard", "Pritchard"),
  "s3": ("Julia Brennecke", "Brennecke"),
  "s4": ("Bev Arkwright", "Arkwright"),
  "s5": ("Kantora Retail Insight", "Kantora"),
  "s6": ("Fairbrook", "Fairbrook Stores")},
"""
⟦m:s6 Fairbrook⟧ profits rise as shoppers trade up for Christmas

⟦m:s6 Fairbrook⟧, the country's fourth-biggest grocer, reported a 9 per cent rise in half-year profits on Wednesday and ⟦c said⟧ ⟦i:s6 ⟦m:s6 it⟧ expected its best Christmas in a decade⟧.

⟦q:s1 ‘Customers who were counting every penny two years ago are now treating themselves again, carefully,’⟧ ⟦c said⟧ chief executive ⟦m:s1 Anil Raghunathan⟧. ⟦q:s1 ‘They're not buying more. They're buying better.’⟧

Pre-tax profit rose to £318m in the 26 weeks to 31 August, on sales up 4.2 per cent at £7.9bn. Sales of the chain's premium own-label range rose by almost a fifth.

⟦m:s2 The finance director⟧, ⟦m:s2 Owain Pritchard⟧, ⟦c said⟧ ⟦i:s2 the company had cut £140m of costs over the period, largely by renegotiating energy contracts⟧. ⟦q:s2 ‘We have been boring about costs so that we can be generous about prices,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘That's the whole strategy, really.’⟧

⟦c According to⟧ the latest figures from the research firm ⟦m:s5 Kantora Retail Insight⟧, ⟦i:s5 ⟦m:s6 Fairbrook⟧'s market share rose to 11.4 per cent in the 12 weeks to 2 November, its highest level since 2016⟧.

⟦q:s3 ‘These are good numbers, but the comparison is flattering, because last year was dreadful,’⟧ ⟦c said⟧ ⟦m:s3 Julia Brennecke⟧, a consumer analyst at the stockbroker Harrow & Vane, who has followed the grocery sector for more than fifteen years. ⟦q:s3 ‘The real test is whether they can hold on to those premium shoppers when the discounters come after them in January.’⟧

⟦m:s1 The chief executive⟧ ⟦c dismissed⟧ suggestions that the chain was losing ground to the discounters. ⟦q:s1 ‘We've heard that every January for ten years,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘We're still here.’⟧

⟦m:s4 Bev Arkwright⟧, general secretary of the Union of Retail Staff, ⟦c said⟧ that ⟦x:s4 staff who had ‘kept the shelves full through two very hard years’ deserved more than the 3.5 per cent pay rise on offer⟧. ⟦q:s4 ‘Profits up nine per cent. Pay up three and a half. Do the maths,’⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s6 Fairbrook⟧ ⟦c said⟧ that ⟦x:s6 its offer was ‘among the most generous in the sector’⟧ and that ⟦i:s6 talks with the union were continuing⟧.

Shares closed 6p higher at 271p.
"""),

# 14020 sentencing (US): widow and son share a surname (first-name aliases), two-paragraph victim statement, "Their son, Danny" role-NP + apposition, "the teenager", defendant's apology with a pronoun, prosecutor's indirect quote with the defendant's name inside, "the judge", final quote whose speaker is named only by first name
({"s1": ("Anselm Drury", "Drury", "Judge Drury"),
  "s2": ("Travis Keegan", "Keegan"),
  "s3": ("Marisol Tran", "Marisol"),
  "s4": ("Danny Tran", "Danny"),
  "s5": ("Oren Blackwood", "Blackwood")},
"""
Drunken driver gets 12 years for killing father of three

A Corliss County man who was driving at nearly three times the legal alcohol limit when ⟦m:s2 he⟧ struck and killed a father of three on Route 9 was sentenced Friday to 12 years in state prison.

⟦m:s2 Travis Keegan⟧, 29, of Millhaven, pleaded guilty in September to vehicular homicide and driving under the influence in the death of Minh Tran, 44, who was riding his motorcycle home from a night shift at the Corliss water treatment plant.

⟦m:s3 Marisol Tran⟧, the victim's wife, spoke first. ⟦q:s3 “I want you to look at me while I say this,”⟧ ⟦m:s3 she⟧ ⟦c told⟧ ⟦m:s2 Keegan⟧, who raised his eyes from the defense table. ⟦q:s3 “Minh worked nights for eleven years so our kids could go to the good school across town. He was four months from getting days.⟧

⟦q:s3 “You didn't just take my husband. You took the mornings we were finally going to have together.”⟧

⟦m:s4 Their son⟧, ⟦m:s4 Danny⟧, 16, spoke next. ⟦q:s4 “I'd had my learner's permit for two days when it happened,”⟧ ⟦m:s4 the teenager⟧ ⟦c said⟧, his voice breaking. ⟦q:s4 “Dad was supposed to teach me to drive. Now I'm scared to get in a car.”⟧

⟦m:s2 Keegan⟧, in an orange jumpsuit, turned to face the family. ⟦q:s2 “There's nothing I can say that fixes this. I know that. I'm sorry. I'm so sorry,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Deputy District Attorney ⟦m:s5 Oren Blackwood⟧ had asked for the maximum of 15 years. ⟦m:s5 He⟧ ⟦c told⟧ the court that ⟦i:s5 ⟦m:s2 Keegan⟧ had two previous arrests for drunken driving, in 2017 and 2020⟧. ⟦q:s5 “This was not a tragedy that happened to Mr. Keegan. It was a choice he made, again,”⟧ ⟦m:s5 Blackwood⟧ ⟦c said⟧.

Judge ⟦m:s1 Anselm Drury⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ had weighed the guilty plea, which spared the family a trial, and what ⟦m:s1 he⟧ called genuine remorse⟧. ⟦q:s1 “But remorse after the fact does not unmake the fact,”⟧ ⟦m:s1 the judge⟧ ⟦c said⟧. ⟦q:s1 “You were warned twice, Mr. Keegan. The third warning was a man's life.”⟧

Outside the courthouse, ⟦m:s3 Marisol Tran⟧ ⟦c said⟧ ⟦i:s3 no sentence would have been long enough⟧, but ⟦m:s3 she⟧ thanked prosecutors. Beside her, ⟦m:s4 Danny⟧ did the arithmetic out loud.

⟦q:s4 “Twelve years. He'll be forty-one when he gets out. My dad was forty-four.”⟧
"""),

# 14021 space agency (US): opening indirect quote with the agency's own name inside and a trailing "the agency said", launch director with glued title, internal email quoted (author is speaker) after "according to", anonymous engineer, outside expert named after the quote with a long appositive, statement, "the launch director" with a lower-case direct quote
({"s1": ("Ostral Space Agency", "OSA"),
  "s2": ("Ingrid Aaltonen", "Aaltonen"),
  "s3": ("Dev Malhotra", "Malhotra"),
  "s4": ("Corinne Labadie", "Labadie"),
  "s5": ("Tobias Wren", "Wren")},
"""
Kestrel 4 launch slips to spring after valve fault found

⟦i:s1 The ⟦m:s1 Ostral Space Agency⟧ has postponed the first launch of its Kestrel 4 rocket until at least March after engineers found a faulty valve in the upper stage during a final test⟧, ⟦m:s1 the agency⟧ ⟦c said⟧ Tuesday.

⟦q:s2 “We could have flown in December. We would probably have been fine,”⟧ ⟦c said⟧ launch director ⟦m:s2 Ingrid Aaltonen⟧ at a briefing at the Skarvik launch site. ⟦q:s2 “Probably is not a word I am prepared to put on top of four hundred tons of propellant.”⟧

⟦m:s3 Dev Malhotra⟧, who leads the upper-stage propulsion team, ⟦c said⟧ ⟦i:s3 the valve had opened 40 milliseconds late in two of five test firings on the stand engineers call “Old Faithful”⟧. ⟦q:s3 “Forty milliseconds sounds like nothing. In a rocket engine, it's an eternity,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “We know which part it is. We don't yet know why it's doing it.”⟧

⟦c According to⟧ an internal email sent to staff on Monday by the deputy administrator, ⟦m:s4 Corinne Labadie⟧, ⟦i:s4 managers had briefly considered flying with a replacement valve from an older batch⟧. ⟦q:s4 “I understand the frustration in this building, and I share it,”⟧ ⟦m:s4 Labadie⟧ ⟦c wrote⟧. ⟦q:s4 “But I would rather explain a delay to the minister than explain a failure to the country.”⟧

The delay is the third for Kestrel 4, which was originally due to fly in 2024.

⟦q “Morale is not great,”⟧ ⟦c said⟧ one engineer at Skarvik, who asked not to be named because staff had been told not to speak to reporters. ⟦q “People have been sleeping at the site for weeks.”⟧

⟦q:s5 “Honestly, this is the system working the way it's supposed to,”⟧ ⟦c said⟧ ⟦m:s5 Tobias Wren⟧, a former agency flight controller who now writes Orbital Notes, an independent newsletter on the space industry. ⟦q:s5 “The bad version of this story is the one where nobody finds the valve.”⟧

In a statement, ⟦m:s1 OSA⟧ ⟦c said⟧ ⟦i:s1 the delay would add about 41 million marks to the program's cost⟧. ⟦q:s1 “Safety is not a schedule item,”⟧ the statement ⟦c said⟧.

Asked whether March was a firm date, ⟦m:s2 the launch director⟧ ⟦c said⟧ ⟦q:s2 “nothing in this business is firm until the clamps let go.”⟧
"""),

# 14022 zoning hearing (US): speaker introduced with no speech verb ("First to the microphone was"), heckle from the back (no speaker), chair named after the quote with glued title, "Another resident, X" role-NP + apposition before a fully quoted paragraph, Korean name in Western order, reply with no speech verb, several women
({"s1": ("Harold Vukovich", "Vukovich"),
  "s2": ("Simone Beaulieu", "Beaulieu"),
  "s3": ("Gary Lindholm", "Lindholm"),
  "s4": ("Aisha Farouk", "Farouk"),
  "s5": ("Sun-hee Kim", "Kim")},
"""
Hearing on Birchwood apartments draws 200, ends without a vote

LARKSPUR TOWNSHIP — More than 200 people packed the township building Tuesday night for a planning commission hearing on a proposed 180-unit apartment complex off Birchwood Road, the largest development proposed here in a generation.

⟦m:s2 Simone Beaulieu⟧, an attorney representing the developer, Halsey Creek Partners, ⟦c told⟧ the commission that ⟦i:s2 36 of the apartments would be set aside for households earning below the county median⟧. ⟦q:s2 “This township has added eleven rental units in twelve years,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Your teachers, your nurses and your own grown children cannot afford to live here.”⟧

First to the microphone was ⟦m:s3 Gary Lindholm⟧, who has lived on Birchwood Road for 31 years. ⟦q:s3 “I'm not against housing. I'm against four stories of it looking into my kitchen window,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “And that road can't handle the traffic it has now.”⟧

⟦q “Nobody's taking your view, Gary!”⟧ ⟦c called⟧ a voice from the back, drawing laughter and a rap of the gavel.

⟦q:s1 “We'll have none of that. Everybody gets their three minutes,”⟧ ⟦c said⟧ commission chair ⟦m:s1 Harold Vukovich⟧.

⟦m:s4 Another resident⟧, ⟦m:s4 Aisha Farouk⟧, a nurse who rents a one-bedroom apartment above a dry cleaner on Main Street, spoke in favor.

⟦q:s4 “I work twelve-hour shifts at County General. I've been on a waiting list for a place I can afford in this township for three years. When people say they want to protect the character of Larkspur, I'd like to know whether I'm part of the character or not.”⟧

The applause lasted long enough that ⟦m:s1 Vukovich⟧ reached for the gavel again.

⟦m:s5 Sun-hee Kim⟧, a third-grade teacher at Larkspur Elementary, ⟦c said⟧ ⟦i:s5 classes at the school already averaged 29 students⟧. ⟦q:s5 “I'm not asking you to say no. I'm asking where these children are going to sit,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s2 Beaulieu⟧, invited to respond, had an answer ready. ⟦q:s2 “The school district reviewed our plans in August and signed off on the enrollment projections. That letter is in your packet.”⟧

Shortly before eleven, ⟦m:s1 Vukovich⟧ ⟦c said⟧ ⟦i:s1 the commission would vote at its January 14 meeting⟧. ⟦q:s1 “We've heard you, all of you,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “Now we have some reading to do.”⟧
"""),

# 14023 concert review (British single quotes): quoted old headline (not a quote), song titles in quotes (not quotes), band speaking via statement as mixed quote ("the band"), colon lead-in for a fan, fan's husband as role-NP + apposition, on-stage quote whose "she" comes right after a paragraph about another woman
({"s1": ("Maren Solvik", "Solvik"),
  "s2": ("Kofi Adjei", "Adjei"),
  "s3": ("Priscilla Ocampo", "Ocampo"),
  "s4": ("Liam O'Rourke", "O'Rourke"),
  "s5": ("Velvet Static", "the Static")},
"""
⟦m:s5 Velvet Static⟧ review – older, wiser and every bit as loud

Twenty-two years after ⟦m:s5 Velvet Static⟧ split amid lawsuits and a music-paper front page that read ‘Static Goes Dead’, ⟦m:s5 the Castlebridge four-piece⟧ walked back on to a stage at the Ironworks Arena on Friday night as if ⟦m:s5 they⟧ had merely popped out for cigarettes.

⟦m:s5 They⟧ opened with ‘Northbound’, the song that got them signed, and by the time the chorus arrived the floor was moving as one.

⟦q:s1 ‘We said we'd never do this. We were young and stupid and very, very loud,’⟧ ⟦m:s1 Maren Solvik⟧ ⟦c told⟧ the crowd before ‘Paper Crown’. ⟦q:s1 ‘We're older now. Still loud.’⟧

When the reunion was announced in March, ⟦m:s5 the band⟧ ⟦c said⟧ in a statement that ⟦x:s5 the four of them had ‘buried the hatchet, and the lawyers with it’⟧. On this evidence, the hatchet is staying buried. ⟦m:s1 Solvik⟧ and the guitarist ⟦m:s2 Kofi Adjei⟧ spent much of the set grinning at each other like schoolchildren.

⟦m:s2 Adjei⟧, who spent the intervening years as a session player in Porto Vell, ⟦c told⟧ me before the show that ⟦i:s2 ⟦m:s2 he⟧ had not touched the old songs for fifteen years⟧. ⟦q:s2 ‘I had to learn my own parts off YouStream like a fourteen-year-old,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘Some of them I played better then. Some of them I play better now.’⟧

In the queue outside, ⟦m:s3 Priscilla Ocampo⟧, 52, was wearing the tour T-shirt ⟦m:s3 she⟧ had bought at their last Castlebridge show in 2002: ⟦q:s3 ‘It's had a few holes darned, like me. Still fits, like me.’⟧

⟦m:s4 Her husband⟧, ⟦m:s4 Liam O'Rourke⟧, was more sceptical. ⟦q:s4 ‘She's been playing the records in the car for a month. I've heard enough Velvet Static to last me till the next split,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.

The middle of the set sagged a little, with three songs from the new record that nobody had come for. But the closing run of ‘Glasshouse’, ‘Low Tide’ and ‘Rainwalk’ was as good as anything ⟦m:s5 they⟧ did first time round.

⟦q:s1 ‘This one's for anyone who ever stood in the rain outside a venue for us,’⟧ ⟦m:s1 she⟧ ⟦c said⟧ before the last of them. ⟦q:s1 ‘We saw you. We always saw you.’⟧

At Salford Quayside on Sunday, then touring.
"""),

# 14024 health (measles vaccination drive, US double quotes): doctor and three others, community health worker with a quote continuing over two paragraphs, mother speaking through an interpreter, two women in adjacent paragraphs with "she", organisation's statement, "the mayor" and "the doctor" as subjects
({"s1": ("Ignacio Huamán", "Huamán", "Dr. Huamán"),
  "s2": ("Rosa Mamani", "Mamani"),
  "s3": ("Juana Ccori", "Ccori"),
  "s4": ("Andean Health Partnership", "the partnership"),
  "s5": ("Teodoro Condori", "Condori")},
"""
Health workers trek to remote villages as measles spreads in Alto Queñual

SAN BLAS DE QUEÑUAL — The nearest road ends four hours' walk below Chacapampa, so the vaccines arrive the way everything else does here: in a cool box strapped to a mule.

Health officials in Alto Queñual province have confirmed 214 cases of measles since August, including three deaths, all of them children under five. ⟦m:s1 Dr. Ignacio Huamán⟧, the provincial health director, ⟦c said⟧ ⟦i:s1 vaccination rates in the highest villages had fallen below 60 percent during years of disrupted services⟧.

⟦q:s1 “Measles finds every gap. It is the most patient virus we know,”⟧ ⟦m:s1 Huamán⟧ ⟦c said⟧. ⟦q:s1 “We have to be more patient than it is.”⟧

⟦m:s2 Rosa Mamani⟧, a community health worker who has walked these trails for nineteen years, led the team into Chacapampa on Thursday morning. ⟦m:s2 She⟧ ⟦c said⟧ ⟦i:s2 the hardest part was not the altitude but persuading families who had been let down before⟧. ⟦q:s2 “Ten years ago a team came up, vaccinated half the children and promised to come back for the rest. Nobody came back.⟧

⟦q:s2 “So when I arrive, the first thing I hear is: where were you? And they are right to ask it.”⟧

By midday, 41 children had been vaccinated in the village school, one of them on his grandmother's lap while he held a guinea pig. ⟦m:s3 Juana Ccori⟧, 24, brought her two daughters. ⟦q:s3 “My neighbor's boy died in September. I did not wait to think about it,”⟧ ⟦m:s3 she⟧ ⟦c said⟧ in Quechua, through an interpreter. ⟦q:s3 “I carried them down in the dark so we would be first.”⟧

⟦m:s2 Mamani⟧ laughed when ⟦m:s2 she⟧ heard this. ⟦q:s2 “She was first. She was waiting on the step before we unlocked the door.”⟧

⟦m:s5 The village mayor⟧, ⟦m:s5 Teodoro Condori⟧, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had gone house to house the week before to announce the visit⟧. ⟦q:s5 “People listen to a neighbor more than to a poster,”⟧ ⟦m:s5 the mayor⟧ ⟦c said⟧.

The campaign is funded by the ⟦m:s4 Andean Health Partnership⟧, which ⟦c said⟧ in a statement that ⟦i:s4 ⟦m:s4 it⟧ would pay for a further twelve mobile teams through March⟧. ⟦q:s4 “Every child within walking distance of a trail is within reach of a vaccine,”⟧ the statement ⟦c said⟧.

⟦m:s1 The doctor⟧ ⟦c said⟧ ⟦i:s1 new cases were still being reported⟧. ⟦q:s1 “We are not ahead of it yet,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “But for the first time, we are not behind it.”⟧
"""),

# 14025 drought (farm report, British double quotes): two men farmers (same gender), three-paragraph quote, a social-media video quoted (author is speaker), minister with role-NP + apposition, authority via unnamed spokesperson, hydrologist named after the quote with a long appositive, "the minister"
({"s1": ("Colin Pryor", "Pryor"),
  "s2": ("Harpreet Sandhu", "Sandhu"),
  "s3": ("Lorna Featherstone", "Featherstone"),
  "s4": ("Marrowin Basin Water Authority", "Water Authority"),
  "s5": ("Kalani Akana", "Akana", "Dr Akana")},
"""
Marrowin farmers face water cut as drought enters third year

Irrigators in the Marrowin Basin will receive just 12 per cent of their usual water allocation this season, the lowest on record, as the region's drought enters its third year.

⟦c According to⟧ the ⟦m:s4 Marrowin Basin Water Authority⟧, ⟦i:s4 inflows to the Corran Dam over the winter were the smallest since records began in 1911⟧. A spokesperson for ⟦m:s4 the authority⟧ ⟦c said⟧: ⟦q:s4 “There is simply not the water in the system to do more. We understand the pain this will cause.”⟧

On his property outside Tarrabee, ⟦m:s1 Colin Pryor⟧ has already sold two-thirds of his dairy herd. ⟦q:s1 “My grandfather came through the drought of the forties on this farm. My father came through the one in the eighties.⟧

⟦q:s1 “I always thought I'd have my turn. I just didn't think it'd be three years long, and I didn't think it'd come with a water bill bigger than the mortgage.⟧

⟦q:s1 “I'm not leaving. But I'm not sure what I'm staying for, either.”⟧

Down the road, ⟦m:s2 Harpreet Sandhu⟧, who grows almonds and citrus, ⟦c posted⟧ a video to social media on Monday showing rows of trees ⟦m:s2 he⟧ has chosen to let die. ⟦q:s2 “These are twelve years old. I planted every one of them with my father,”⟧ ⟦m:s2 he⟧ ⟦c says⟧ in the clip, which has been viewed more than 400,000 times. ⟦q:s2 “I can keep water on half of them, or a little on all of them and lose the lot.”⟧

⟦m:s3 The state's water minister⟧, ⟦m:s3 Lorna Featherstone⟧, visited Tarrabee on Wednesday and ⟦c announced⟧ ⟦i:s3 an emergency fund of 80 million dollars for fodder, water carting and mental health services⟧. ⟦q:s3 “I've met people today who haven't had a decent night's sleep in months,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “This money won't make it rain. It will buy them time.”⟧

⟦m:s1 Pryor⟧, who met the minister at the town hall, was unimpressed. ⟦q:s1 “Time for what? To sell the rest of the cows?”⟧

⟦q:s5 “The hard truth is that the average year in this basin is drier than it was when most of these farms were set up,”⟧ ⟦c said⟧ ⟦m:s5 Kalani Akana⟧, a hydrologist at Corran University who has modelled the basin's rivers for two decades. ⟦q:s5 “Some of this will come back when the rains return. Not all of it.”⟧

⟦m:s3 The minister⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ would return to the basin in February⟧.
"""),

# 14026 rugby match report (British single quotes): five men, "the 21-year-old" and "the fly-half" pointing back past others, captain named inside another's quote (not a mention), referee heard on broadcast with a participle cue, opposing coach named after the quote with glued title and appositive, "the captain" as subject
({"s1": ("Rhodri Pughe", "Pughe"),
  "s2": ("Sione Taufa", "Taufa"),
  "s3": ("Mattéo Garrigues", "Garrigues"),
  "s4": ("Niall Cusack", "Cusack"),
  "s5": ("Jonah Adeyemi", "Adeyemi")},
"""
Harlow Vale 24 Kingsmere 19: young fly-half holds his nerve

⟦m:s3 Mattéo Garrigues⟧ kicked 14 points, including a touchline conversion with two minutes left, as Harlow Vale came from 19-10 down to beat Kingsmere at the Vale Ground on Saturday.

⟦m:s3 The 21-year-old⟧, making only his third start at fly-half, had missed two simple penalties in the first half and was jeered by a section of his own supporters.

⟦q:s3 ‘I'd be lying if I said my legs weren't shaking,’⟧ ⟦m:s3 Garrigues⟧ ⟦c said⟧. ⟦q:s3 ‘Sione came over before the kick and told me to enjoy it. I didn't enjoy it. I enjoyed it afterwards.’⟧

⟦m:s2 Sione Taufa⟧, the Vale captain, had dragged his side back into the contest with a try from a driving maul on 63 minutes. ⟦q:s2 ‘We were poor for an hour, and I was as poor as anyone,’⟧ ⟦m:s2 Taufa⟧ ⟦c said⟧. ⟦q:s2 ‘But the pack decided at half-time that we weren't going to lose the forward battle, and we didn't.’⟧

Vale head coach ⟦m:s1 Rhodri Pughe⟧ ⟦c said⟧ ⟦x:s1 the win was ‘ugly but precious’⟧. ⟦q:s1 ‘We'll watch the first half once, for learning, and then we'll burn the tape,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Kingsmere thought they had regained the lead on 71 minutes when their wing, Tobi Lawal, dived over in the corner, but the score was chalked off after a lengthy review. Referee ⟦m:s5 Jonah Adeyemi⟧ could be heard on the broadcast ⟦c telling⟧ the captains: ⟦q:s5 ‘Clear knock-on in the build-up. No try. Scrum, red ball.’⟧

⟦q:s4 ‘From where I was sitting it looked like it went backwards, but I've been wrong before and the man with the screens wasn't,’⟧ ⟦c said⟧ Kingsmere coach ⟦m:s4 Niall Cusack⟧, who pointedly declined to criticise the officials. ⟦q:s4 ‘We lost because we stopped playing with twenty minutes left. That's on us.’⟧

⟦m:s3 The fly-half⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had stayed behind after training every day that week to practise kicks from the left touchline⟧. ⟦q:s3 ‘Forty a day. The groundsman hates me,’⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s2 The captain⟧ ⟦c said⟧ ⟦i:s2 the jeers had been forgotten by the final whistle⟧. ⟦q:s2 ‘They were singing his name at the end. That's rugby,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Vale travel to Brackenridge next weekend; Kingsmere host the leaders.
"""),

# 14027 parliament (British single quotes): two women leaders trading quotes, replies with no speech verb, heckle from the benches (no speaker), Presiding Officer as post-verbal role-NP + apposition, backbencher's social-media post (author is speaker), scare quotes, "the First Minister" as subject
({"s1": ("Gwenllian Rhys-Ashby", "Rhys-Ashby"),
  "s2": ("Morag Lennie", "Lennie"),
  "s3": ("Daniel Osei", "Osei"),
  "s4": ("Alun Prothero", "Prothero")},
"""
Housing list tops 11,000 as tempers flare at First Minister's Questions

⟦m:s1 The First Minister⟧, ⟦m:s1 Gwenllian Rhys-Ashby⟧, faced one of the most bruising sessions of her premiership on Wednesday as new figures showed the number of families in temporary accommodation had passed 11,000 for the first time.

⟦q:s2 ‘Eleven thousand families. Children doing their homework on hotel beds. When is the First Minister going to admit her housing plan has failed?’⟧ ⟦m:s2 The leader of the opposition⟧, ⟦m:s2 Morag Lennie⟧, ⟦c asked⟧.

⟦q:s1 ‘What I will admit is that the plan needs to go further and faster, and it will,’⟧ ⟦m:s1 Rhys-Ashby⟧ ⟦c replied⟧. ⟦q:s1 ‘What I will not do is take lectures from a party that sold off a third of this country's council homes.’⟧

⟦q ‘Answer the question!’⟧ ⟦c shouted⟧ a voice from the opposition benches.

⟦q:s4 ‘Order. The First Minister will be heard,’⟧ ⟦c said⟧ ⟦m:s4 the Presiding Officer⟧, ⟦m:s4 Alun Prothero⟧.

⟦m:s2 Lennie⟧ came back to her feet. ⟦q:s2 ‘She talks about going further. Her own figures say she has gone backwards. Is that a number she is proud of?’⟧

⟦q:s1 ‘It is a number I am determined to bring down, which is more than her party ever managed.’⟧

The government's flagship response has been a wave of so-called ‘build-to-rent’ blocks in the larger towns, which critics say are beyond the reach of most families on the list.

Among those critics is now ⟦m:s3 Daniel Osei⟧, the government backbencher for Eastholme, who ⟦c told⟧ the chamber that ⟦i:s3 rents in his constituency had risen by a third in three years⟧. Shortly after the session ⟦m:s3 he⟧ ⟦c posted⟧ on social media: ⟦q:s3 ‘I back the First Minister. I also back the 400 families in Eastholme on the housing list, and today they needed more than a soundbite.’⟧

Speaking to reporters afterwards, ⟦m:s1 the First Minister⟧ ⟦c said⟧ ⟦i:s1 a new housing bill would be published in January⟧ and ⟦c insisted⟧ ⟦i:s1 ⟦m:s1 she⟧ had not been stung by the backbench criticism⟧. ⟦q:s1 ‘Daniel is a good MP who cares about his constituents. I'd be worried if he didn't,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 Lennie⟧ ⟦c said⟧ ⟦x:s2 the promised bill would be ‘another press release with a ribbon on it’⟧.
"""),

# 14028 higher education (British double quotes): vice-chancellor's email to staff quoted (author is speaker) with an interrupted quote, students' union speaking via statement plus its named president, lecturers' union officer with glued "Dr", anonymous lecturer, "the vice-chancellor" as subject, indirect quote before its attribution
({"s1": ("Anneliese Kröger", "Kröger", "Professor Kröger"),
  "s2": ("Thornbury University Students' Union", "Students' Union"),
  "s3": ("Tendai Moyo", "Moyo"),
  "s4": ("Owen Maddox", "Maddox", "Dr Maddox")},
"""
Thornbury University to cut 180 jobs and close modern languages

Thornbury University is to cut about 180 jobs and close its department of modern languages in a bid to plug a £23m hole in its finances.

In an email to staff on Tuesday morning, ⟦m:s1 the vice-chancellor⟧, Professor ⟦m:s1 Anneliese Kröger⟧, ⟦c wrote⟧ that ⟦i:s1 the university had run a deficit for three consecutive years and could not do so for a fourth⟧. ⟦q:s1 “These are the hardest decisions I have had to take in thirty years in this sector,”⟧ ⟦m:s1 she⟧ ⟦c wrote⟧. ⟦q:s1 “I do not take them lightly, and I do not take them alone.”⟧

⟦q:s1 “The alternative,”⟧ the email ⟦c continued⟧, ⟦q:s1 “is a university that is unable to pay its staff at all by the summer of 2028.”⟧

Languages has taught French, German, Spanish and Italian at Thornbury since 1921. Its 230 current students will be taught out over the next three years.

⟦x:s4 The cuts were “a decision to make Thornbury smaller, poorer and more provincial”⟧, ⟦c said⟧ Dr ⟦m:s4 Owen Maddox⟧, branch secretary of the University and College Lecturers' Association, which will ballot its members on strike action next month. ⟦q:s4 “You do not fix a university's finances by cutting the things that make it a university,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦q “We found out at the same time as the press,”⟧ ⟦c said⟧ one senior lecturer in the department, who asked not to be named. ⟦q “Some of my colleagues have been here for twenty-five years. Nobody so much as knocked on the door.”⟧

The ⟦m:s2 Students' Union⟧ ⟦c said⟧ in a statement that ⟦i:s2 ⟦m:s2 it⟧ would support any industrial action⟧. ⟦q:s2 “Students did not cause this deficit and students should not be made to pay for it,”⟧ the statement ⟦c said⟧.

Its president, ⟦m:s3 Tendai Moyo⟧, a third-year law student, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had been contacted by dozens of first-years worried about their courses⟧. ⟦q:s3 “People chose this place because of what it offered. Now half of them are asking me if they should transfer,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 The vice-chancellor⟧ ⟦c said⟧ ⟦i:s1 voluntary redundancy would be offered first⟧ and that ⟦x:s1 compulsory redundancies would be “a last resort”⟧. Asked whether her own salary of £298,000 would be cut, ⟦m:s1 she⟧ ⟦c said⟧: ⟦q:s1 “I have offered to take a reduction, and the governors are considering it.”⟧
"""),

# 14029 feature (family restaurant, US double quotes): three speakers sharing a surname (first-name aliases; bare surname never used), "His sister, Lucía, 38," role-NP + apposition, quote running over two paragraphs, TV show title in quotes (not a quote), critic's mixed quote, elderly regular introduced with no speech verb, "the younger sibling"
({"s1": ("Lucía Ferrán", "Lucía"),
  "s2": ("Pablo Ferrán", "Pablo"),
  "s3": ("Pilar Ferrán", "Pilar"),
  "s4": ("Dana Whitfield", "Whitfield"),
  "s5": ("Mort Abramowitz", "Abramowitz")},
"""
At Casa Pilar, two siblings, one kitchen and a mother who still tastes everything

The argument, when it comes, is about salt.

⟦q:s2 “It needs more,”⟧ ⟦c says⟧ ⟦m:s2 Pablo Ferrán⟧, holding a spoon of the black rice up to the light in the narrow kitchen of Casa Pilar. ⟦q:s1 “It needs you to stop touching it,”⟧ ⟦m:s1 his sister⟧ ⟦c replies⟧ without looking round.

⟦m:s1 His sister⟧, ⟦m:s1 Lucía⟧, 38, has run the kitchen here since 2016; ⟦m:s2 Pablo⟧, 34, came home from cooking in restaurants abroad two years ago to run the grill. ⟦m:s3 Their mother⟧, ⟦m:s3 Pilar Ferrán⟧, who opened the restaurant on Dock Street in 1991 and still comes in every afternoon to taste the stocks, has the final word.

⟦q:s3 “I told them when they were small: in my kitchen, you can fight about food. You cannot fight about anything else,”⟧ ⟦m:s3 Pilar⟧ ⟦c says⟧. ⟦q:s3 “So they fight about food. It's very good for the food.”⟧

The restaurant has never been busier. Last spring ⟦m:s2 Pablo⟧ appeared on the cooking competition “Kitchen Wars,” reaching the semi-final, and the waiting list for a Saturday table now runs to six weeks.

⟦m:s1 Lucía⟧ is ambivalent about the attention. ⟦q:s1 “We had a couple drive four hours to eat here, and they were disappointed he wasn't setting anything on fire,”⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 “This is a neighborhood restaurant. I want the neighborhood to still be able to get in.⟧

⟦q:s1 “When Mom opened, the dock workers ate here at six in the morning. Some of their grandchildren eat here now. That matters more to me than television.”⟧

In her review for the Harbor Gazette last year, ⟦m:s4 Dana Whitfield⟧ ⟦c wrote⟧ that ⟦x:s4 the black rice was “the best argument I know for family businesses, and the family argues about it constantly.”⟧

⟦m:s5 Mort Abramowitz⟧, 80, has eaten lunch at the same corner table every Tuesday for 29 years. ⟦q:s5 “I came in for the soup after my wife died, and Pilar sat down with me and didn't say anything for an hour. That's why I come back,”⟧ ⟦m:s5 he⟧ ⟦c says⟧. ⟦q:s5 “The soup is also very good.”⟧

Is ⟦m:s2 the younger sibling⟧ planning to stay? ⟦m:s2 Pablo⟧ shrugs and goes back to the grill. ⟦q:s2 “Where else would I get shouted at like this?”⟧
"""),

# 14030 heatwave (British double quotes): Met Service via statement and named forecaster, lower-case direct quote after a speech verb and a woven mixed fragment, "according to" a water company, roofer with colon lead-in and no speech verb, A&E consultant with glued "Dr", ice-cream seller, pronoun for the forecaster far back
({"s1": ("Northland Met Service", "Met Service"),
  "s2": ("Bronwen Tait", "Tait"),
  "s3": ("Darius Kowalski", "Kowalski"),
  "s4": ("Imogen Latchford", "Latchford", "Dr Latchford"),
  "s5": ("Calder Vale Water", "Calder Vale"),
  "s6": ("Sal Pinto", "Pinto")},
"""
Heat record could fall on Thursday as amber warning extended

The ⟦m:s1 Northland Met Service⟧ has extended its amber heat warning to cover the whole of the south and east until Sunday, with temperatures forecast to reach 37C on Thursday, which would break the national record set in 2019.

⟦q:s1 “Prolonged high temperatures, day and night, are likely to cause adverse health effects for the general population, not just the most vulnerable,”⟧ the ⟦m:s1 Met Service⟧ ⟦c said⟧ in its warning.

Chief forecaster ⟦m:s2 Bronwen Tait⟧ ⟦c said⟧ ⟦q:s2 “the old record is living on borrowed time.”⟧ ⟦m:s2 She⟧ ⟦c added⟧ that ⟦x:s2 nights would be “uncomfortably, sometimes dangerously, warm” in towns and cities⟧. ⟦q:s2 “If you can't sleep, your body doesn't get the chance to recover from the day,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦c According to⟧ ⟦m:s5 Calder Vale Water⟧, ⟦i:s5 demand on Monday was the highest in the company's history⟧. ⟦m:s5 The company⟧ ⟦c said⟧ ⟦i:s5 a hosepipe ban would begin on Friday⟧. ⟦q:s5 “We are asking customers to use only what they need. Every bath not run helps,”⟧ a spokesperson ⟦c said⟧.

For those who work outdoors, there is little escape. ⟦m:s3 Darius Kowalski⟧, a roofer, had started at half past five to finish before the worst of the heat: ⟦q:s3 “By eleven the slates are too hot to touch without gloves. By one you can fry an egg on them. I'm not joking, the lads tried.”⟧

At Eastwick General, A&E consultant Dr ⟦m:s4 Imogen Latchford⟧ ⟦c said⟧ ⟦i:s4 the department had seen a rise in heat exhaustion among older patients and young men who had been drinking in the sun⟧. ⟦q:s4 “Drink water, find shade, and check on the neighbour you haven't seen for a couple of days,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “That last one saves more lives than anything we do in here.”⟧

Not everyone is complaining. ⟦m:s6 Sal Pinto⟧, who has run an ice-cream van on Westcliff promenade for 26 years, ⟦c said⟧ ⟦i:s6 ⟦m:s6 he⟧ had sold out by three o'clock on each of the last four days⟧. ⟦q:s6 “I've had people queue for forty minutes. For a ninety-nine,”⟧ ⟦m:s6 he⟧ ⟦c said⟧. ⟦q:s6 “I keep telling my wife to enjoy it. Next week it'll probably hail.”⟧

The warning is reviewed daily. ⟦m:s2 Tait⟧ ⟦c said⟧ ⟦i:s2 a break in the heat was likely early next week, with thunderstorms possible on Sunday night⟧.
"""),

]

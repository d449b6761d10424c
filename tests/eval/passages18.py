"""Ninth unseen batch (UNSEEN9): written without reading the engine's rules, frozen on 2026-12-07; never to be edited to suit the engine. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
"""

UNSEEN9 = [

# 11001 wire politics: coalition collapse, org statement ("the statement said"), role NP "the 51-year-old", mixed + indirect sharing a cue
({"s1": ("Henrik Solvang", "Solvang", "Prime Minister Solvang"),
  "s2": ("Anders Brekkestad", "Brekkestad"),
  "s3": ("Maren Tveit", "Tveit"),
  "s4": ("Centre Farmers' Party", "Farmers' Party"),
  "s5": ("Priyanka Raman", "Raman")},
"""
Vestmark coalition collapses as ⟦m:s4 Farmers' Party⟧ quits over diesel duty

OSTERHAVN, March 4 (Nordwire) — The three-party coalition governing Vestmark collapsed on Tuesday when the ⟦m:s4 Centre Farmers' Party⟧ walked out over a planned rise in diesel duty, leaving Prime Minister ⟦m:s1 Henrik Solvang⟧ at the head of a minority government eight months before a scheduled election.

⟦q:s1 “I regret this decision, but I do not regret the policy,”⟧ ⟦m:s1 Solvang⟧ ⟦c told⟧ a news conference in the capital. ⟦q:s1 “The diesel duty is the right thing for this country, and we will find the votes for it.”⟧

The ⟦m:s4 Farmers' Party⟧, which held 19 seats and two ministries, ⟦c said⟧ in a statement that ⟦x:s4 the increase would “punish rural families who have no bus to catch and no train to miss”⟧. ⟦q:s4 “We entered this government to protect the countryside, not to tax it,”⟧ the statement ⟦c said⟧.

Finance Minister ⟦m:s2 Anders Brekkestad⟧, who drafted the increase and is widely seen as the prime minister's likely successor, ⟦c said⟧ ⟦i:s2 the government would not withdraw it⟧.

⟦q:s2 “We have shown our numbers to every party in parliament,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “If someone has a better way to close a four-billion-crown hole, I am listening. So far, nobody has.”⟧

⟦m:s2 The 51-year-old⟧ ⟦c added⟧ that ⟦i:s2 ⟦m:s2 he⟧ had spoken twice over the weekend with the leader of the junior partner, Oddvar Lien, and had offered to exempt agricultural vehicles⟧.

Opposition leader ⟦m:s3 Maren Tveit⟧ demanded an immediate election. ⟦q:s3 “This government has run out of partners and run out of ideas,”⟧ ⟦m:s3 she⟧ ⟦c told⟧ parliament. ⟦q:s3 “Let the voters decide who governs Vestmark, not a diesel calculator.”⟧

⟦m:s1 Solvang⟧ ⟦c said⟧ ⟦i:s1 there would be no early election⟧ and that ⟦x:s1 ⟦m:s1 he⟧ would seek support from the two small liberal parties “issue by issue”⟧. Asked whether ⟦m:s1 he⟧ would call a confidence vote to settle the matter, ⟦m:s1 the prime minister⟧ ⟦c said⟧: ⟦q:s1 “Not this week. Perhaps not this year.”⟧

The crown slipped 0.4 per cent against the euro after the announcement.

⟦q:s5 “Investors can live with a minority government,”⟧ ⟦c said⟧ ⟦m:s5 Priyanka Raman⟧, chief economist at Halvorsen Bank in Osterhavn. ⟦q:s5 “What they cannot live with is six months of nobody knowing what the budget says.”⟧
"""),

# 11002 local council (British single quotes): apostrophes inside quotes, unnamed spokesman "he" for a company, three women, role NP + apposition
({"s1": ("Gwen Maddox", "Maddox", "Cllr Maddox"),
  "s2": ("Sheila Pennock", "Pennock", "Mrs Pennock"),
  "s3": ("Fernhill Homes", "Fernhill"),
  "s4": ("Colin Ashby", "Ashby"),
  "s5": ("Harriet Lowe", "Lowe")},
"""
Councillors approve 240 homes on Dunmore Fields despite flooding fears

Plans for 240 homes on farmland at Dunmore Fields, on the edge of Kettleby, have been approved by the district council’s planning committee after a three-hour meeting watched by more than 60 residents.

The scheme, by the developer ⟦m:s3 Fernhill Homes⟧, was passed by seven votes to four.

⟦m:s2 Sheila Pennock⟧, chair of the Dunmore Fields Action Group, ⟦c told⟧ the committee that ⟦x:s2 the site flooded ‘every single winter without fail’⟧ and that ⟦i:s2 the village primary school was already full⟧.

⟦q:s2 ‘I have lived opposite that field for 31 years,’⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 ‘I have watched the water come up to the hedge line and I have the photographs to prove it. Nobody from Fernhill’s team has ever asked to see them.’⟧

Ward councillor ⟦m:s4 Colin Ashby⟧, who does not sit on the committee but spoke against the plan, ⟦c said⟧: ⟦q:s4 ‘Kettleby isn’t against new homes. We’re against new homes in a bog.’⟧

A spokesman for ⟦m:s3 Fernhill Homes⟧ ⟦c said⟧ ⟦x:s3 the development included a drainage pond designed to cope with ‘a one-in-100-year storm’⟧ and that ⟦i:s3 35 per cent of the homes would be offered at affordable rents⟧. ⟦q:s3 ‘We have listened to residents at every stage,’⟧ he ⟦c added⟧. ⟦q:s3 ‘This is a better scheme because of them.’⟧

⟦m:s1 The committee’s chair⟧, ⟦m:s1 Gwen Maddox⟧, ⟦c said⟧ ⟦i:s1 the council had no lawful grounds to refuse the application⟧.

⟦q:s1 ‘If we turn this down, Fernhill will win on appeal and the council taxpayer will pick up the bill,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘I don’t like that any more than the people in the gallery do.’⟧

Councillor ⟦m:s5 Harriet Lowe⟧, one of the four who voted against, ⟦c said⟧ ⟦x:s5 ⟦m:s5 she⟧ remained ‘deeply uneasy’ about the drainage report⟧. ⟦q:s5 ‘The River Authority’s letter is two pages long and half of it is about a different site,’⟧ ⟦m:s5 she⟧ ⟦c said⟧.

Mrs ⟦m:s2 Pennock⟧ ⟦c said⟧ ⟦i:s2 the action group would now consider applying for a judicial review⟧. ⟦q:s2 ‘We’re not finished,’⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 ‘Not by a long way.’⟧
"""),

# 11003 court testimony (US): Q&A exchanges without cues, three women (witness, prosecutor, judge), indefinite lead description
({"s1": ("Dolores Vance", "Vance", "Ms. Vance"),
  "s2": ("Marcus Oyelaran", "Oyelaran"),
  "s3": ("Elaine Hobart", "Hobart", "Judge Hobart"),
  "s4": ("Nina Castellanos", "Castellanos")},
"""
Bookkeeper testifies in Kittredge fraud trial

⟦m:s1 A former bookkeeper for Kittredge Marine Supply⟧ ⟦c testified⟧ Wednesday that ⟦i:s1 the company's owner told her to ignore $1.3 million in missing payments⟧, on the third day of his fraud trial in Harlow County Superior Court.

⟦m:s1 Dolores Vance⟧, 58, who kept the company's books for eleven years, ⟦c told⟧ jurors that ⟦i:s1 ⟦m:s1 she⟧ first noticed gaps in the accounts in the spring of 2021⟧.

⟦q:s4 “Did you ever raise your concerns with Mr. Kittredge?”⟧ ⟦c asked⟧ Assistant District Attorney ⟦m:s4 Nina Castellanos⟧.

⟦q:s1 “Twice,”⟧ ⟦m:s1 Vance⟧ ⟦c replied⟧. ⟦q:s1 “The second time, he told me to stop counting things that weren't my business. Those were his words.”⟧

⟦q:s4 “And what did you do?”⟧

⟦q:s1 “I stopped counting. I'm not proud of it.”⟧

Under cross-examination, defense attorney ⟦m:s2 Marcus Oyelaran⟧ pressed ⟦m:s1 Vance⟧ on why ⟦m:s1 she⟧ had stayed at the company for two more years.

⟦q:s2 “You were paid a bonus in both of those years, weren't you?”⟧ ⟦m:s2 he⟧ ⟦c asked⟧.

⟦q:s1 “I was.”⟧

⟦q:s2 “So you were rewarded for not counting.”⟧

Prosecutors objected, and Judge ⟦m:s3 Elaine Hobart⟧ sustained the objection. ⟦q:s3 “Counsel, ask a question or sit down,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Outside the courthouse, ⟦m:s2 Oyelaran⟧ ⟦c said⟧ ⟦i:s2 his client had never hidden anything from his own bookkeeper⟧ and that ⟦x:s2 the missing money was the product of “sloppy software, not a crime”⟧. ⟦q:s2 “The jury is going to hear from the people who actually installed that system,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Kittredge, 63, has pleaded not guilty to 14 counts of wire fraud. The trial is expected to last three weeks.
"""),

# 11004 business/earnings: CEO introduced after quote, company and union as speakers, pronoun carried into next paragraph
({"s1": ("Graham Whitcombe", "Whitcombe"),
  "s2": ("Owen Pryce", "Pryce"),
  "s3": ("Aditi Kulkarni", "Kulkarni"),
  "s4": ("Harbury Stores", "Harbury"),
  "s5": ("Shop and Retail Workers' Union", "SRWU")},
"""
⟦m:s4 Harbury Stores⟧ profit falls 18% as supermarket price war bites

⟦m:s4 Harbury Stores⟧ reported an 18 per cent fall in first-half profit on Thursday, blaming a price war among the big grocers and higher wage costs, and ⟦c warned⟧ that ⟦i:s4 full-year earnings would be at the lower end of forecasts⟧.

Pre-tax profit fell to £212m in the 26 weeks to 30 August, from £259m a year earlier, on sales up 3.4 per cent at £6.1bn. The shares fell 6 per cent in early trading.

⟦q:s1 “We chose to invest in prices rather than protect our margin, and I would make that choice again tomorrow,”⟧ ⟦c said⟧ ⟦m:s1 Graham Whitcombe⟧, who has been chief executive since 2022. ⟦q:s1 “Customers have noticed. Our volumes are up for the first time in three years.”⟧

⟦m:s4 The company⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ would cut 400 roles at its head office in Reddington by March⟧. Chief financial officer ⟦m:s2 Owen Pryce⟧ ⟦c said⟧ ⟦i:s2 the cuts would save about £45m a year⟧.

⟦q:s2 “These are difficult decisions about colleagues we value,”⟧ ⟦m:s2 he⟧ ⟦c told⟧ analysts on a conference call. ⟦q:s2 “But the head office has grown faster than the business, and that is not sustainable.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦x:s2 the balance sheet remained “very strong”⟧ and that ⟦i:s2 the interim dividend would be held at 4.2p⟧.

The ⟦m:s5 Shop and Retail Workers' Union⟧ ⟦c said⟧ ⟦x:s5 ⟦m:s5 it⟧ was “appalled” by the way the job losses had been announced⟧. ⟦q:s5 “Staff found out about these cuts from a press release,”⟧ ⟦m:s5 the union⟧ ⟦c said⟧. ⟦q:s5 “That tells you everything about how this board values the people who work for it.”⟧

⟦m:s3 Aditi Kulkarni⟧, retail analyst at Morrow Capital, ⟦c said⟧ ⟦x:s3 the results were “better than the share price reaction suggests”⟧. ⟦q:s3 “The market wanted a margin story and got a volume story,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “In 18 months' time I suspect this looks like the smarter bet.”⟧

Asked whether the price war would end soon, ⟦m:s1 Whitcombe⟧ ⟦c said⟧: ⟦q:s1 “Not while I'm running this company, and I'm not going anywhere.”⟧
"""),

# 11005 sport match report: all men, score line paragraph, speaker after quote, "the 55-year-old", uncued continuation
({"s1": ("Ruud Verhaegen", "Verhaegen"),
  "s2": ("Tobi Adeyemi", "Adeyemi"),
  "s3": ("Stelian Marinescu", "Marinescu"),
  "s4": ("Jamie Crouch", "Crouch")},
"""
⟦m:s2 Adeyemi⟧ double sends Aldermoor top as ten-man Castlebridge wilt

Aldermoor United 3 Castlebridge Rovers 1

⟦m:s2 Tobi Adeyemi⟧ scored twice in the second half as Aldermoor United came from behind to beat ten-man Castlebridge Rovers and go top of the table for the first time since 2009.

Rovers led through Dean Halloran's header after 22 minutes, but their afternoon unravelled when the defender Lukas Brandt was sent off for a second booking a minute before half-time.

⟦q:s1 “At half-time I told them: keep the ball, be patient, they will get tired,”⟧ ⟦c said⟧ ⟦m:s1 the Aldermoor manager⟧, ⟦m:s1 Ruud Verhaegen⟧. ⟦q:s1 “For once, they listened to me.”⟧

⟦m:s2 Adeyemi⟧, the 21-year-old signed from Portvale in the summer, equalised with a low shot on 58 minutes and headed the winner from a corner eight minutes later before the substitute Ciaran Mulvey added a third in stoppage time.

⟦q:s2 “The first one I just hit and hoped,”⟧ ⟦c said⟧ ⟦m:s2 Adeyemi⟧. ⟦q:s2 “The second one, the gaffer's had me practising that run all week, so I suppose he deserves some credit. Don't tell him I said that.”⟧

⟦m:s3 The Rovers manager⟧, ⟦m:s3 Stelian Marinescu⟧, was furious with the referee, Paul Gedling.

⟦q:s3 “The first yellow card is never a yellow card. Never,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “I have watched it four times. He wins the ball. He wins it clean.”⟧

⟦m:s3 The 55-year-old⟧ ⟦c said⟧ ⟦i:s3 the club would appeal against the red card⟧, but ⟦c admitted⟧ that ⟦x:s3 his side had “stopped playing” once they went down to ten men⟧. ⟦q:s3 “That part is on me, not on the referee.”⟧

Aldermoor captain ⟦m:s4 Jamie Crouch⟧ ⟦c insisted⟧ that ⟦x:s4 top spot meant “nothing at all in October”⟧. ⟦q:s4 “Ask me again in May,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦m:s1 Verhaegen⟧ was less guarded. ⟦q:s1 “If my players want to dream, let them dream,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “I am dreaming too. At my age it is allowed.”⟧
"""),

# 11006 sport press conference: two women, "the 34-year-old", "the former world No 3", "the 19-year-old", quote with no cue after "Asked ..."
({"s1": ("Camila Etxeberria", "Etxeberria"),
  "s2": ("Baek Ji-woo", "Baek"),
  "s3": ("Patrice Lemaire", "Lemaire")},
"""
⟦m:s1 Etxeberria⟧ hints at retirement after straight-sets defeat by teenager ⟦m:s2 Baek⟧

⟦m:s1 Camila Etxeberria⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 she⟧ would “sit down with my family and think” about her future⟧ after ⟦m:s1 the former world No 3⟧ was beaten 6-3 6-2 by the teenager ⟦m:s2 Baek Ji-woo⟧ in the second round of the Ellsworth Open on Wednesday.

⟦m:s1 The 34-year-old⟧, a semi-finalist here in 2019, struggled with her serve throughout and was broken five times.

⟦q:s1 “She played better than me in every part of the game. There is nothing to analyse,”⟧ ⟦m:s1 Etxeberria⟧ ⟦c told⟧ reporters. ⟦q:s1 “When I was 19, I played like that. I remember it. I just can't do it any more.”⟧

Asked whether ⟦m:s1 she⟧ had played her last match at the tournament, ⟦m:s1 she⟧ paused for several seconds. ⟦q:s1 “Probably, yes. Maybe not my last match anywhere. But here, probably.”⟧

⟦m:s2 Baek⟧, who is ranked 88th, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had grown up watching ⟦m:s1 Etxeberria⟧ on television⟧. ⟦q:s2 “My mother woke me at three in the morning to watch her final in Port Avalon,”⟧ ⟦m:s2 the 19-year-old⟧ ⟦c said⟧ through an interpreter. ⟦q:s2 “Today I wanted to play well for her. But also I wanted to win. Both things are true.”⟧

⟦m:s3 Patrice Lemaire⟧, who has coached ⟦m:s1 Etxeberria⟧ since 2016, ⟦c said⟧ ⟦i:s3 no decision had been taken⟧. ⟦q:s3 “Camila has earned the right to decide in her own time,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “I will not be the one who tells her to stop, and I will not be the one who tells her to continue.”⟧

⟦m:s2 Baek⟧ will play the fifth seed, Annika Solberg, in the third round on Friday.

⟦q:s1 “I'll be watching,”⟧ ⟦m:s1 Etxeberria⟧ ⟦c said⟧. ⟦q:s1 “From the sofa, probably with a glass of wine.”⟧
"""),

# 11007 health (British single quotes): nested double quote inside single, uncued follow-on paragraph, charity speaker with mention of another speaker in mixed content
({"s1": ("Deborah Nkemelu", "Nkemelu", "Ms Nkemelu"),
  "s2": ("Patients First",),
  "s3": ("Janice Orr", "Orr"),
  "s4": ("Leonard Ashcroft", "Ashcroft", "Mr Ashcroft"),
  "s5": ("Rhodri Bevan", "Bevan")},
"""
Hospital waiting list hits record 7.9 million

The number of people waiting for planned hospital treatment rose to a record 7.9 million in October, official figures published on Thursday show, with almost 400,000 having waited more than a year.

Health Secretary ⟦m:s1 Deborah Nkemelu⟧ ⟦c said⟧ ⟦x:s1 the figures were ‘unacceptable but not surprising’ after a winter of strikes and a surge in flu admissions⟧.

⟦q:s1 ‘I am not going to stand here and pretend these numbers are anything other than bad,’⟧ ⟦m:s1 she⟧ ⟦c said⟧ on a visit to a surgical hub in Brackwell. ⟦q:s1 ‘What I can tell patients is that from April we will run operating theatres at weekends in every region, and that will make a difference you can measure.’⟧

⟦m:s3 Janice Orr⟧, general secretary of the National Nurses’ Federation, ⟦c said⟧ ⟦i:s3 weekend theatres would need weekend nurses, and there were not enough of them⟧. ⟦q:s3 ‘The minister keeps announcing buildings. Buildings do not treat patients,’⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦q:s3 ‘Every ward I visit is running on agency staff and goodwill. The goodwill ran out about two years ago.’⟧

⟦m:s4 Leonard Ashcroft⟧, 72, from Oxley, has been waiting 14 months for a hip replacement. ⟦q:s4 ‘I was told six months, then nine, then “hopefully before Christmas”,’⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 ‘I can’t get up the stairs now. I sleep in the front room.’⟧

The charity ⟦m:s2 Patients First⟧ ⟦c said⟧ ⟦x:s2 people like Mr ⟦m:s4 Ashcroft⟧ were ‘paying for the delays with their independence’⟧.

⟦q:s5 ‘Record waiting lists are the only record this government has managed to break,’⟧ ⟦c said⟧ ⟦m:s5 Rhodri Bevan⟧, the opposition’s health spokesman.

Ms ⟦m:s1 Nkemelu⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would begin publishing monthly waiting figures for every hospital trust⟧. ⟦q:s1 ‘If people want to hold me to account, they should have the numbers to do it,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 11008 science: multi-paragraph quote, nested quote, "called X '...'" mixed, independent expert
({"s1": ("Siobhan Carrick", "Carrick", "Dr Carrick"),
  "s2": ("Hamid Rostami", "Rostami"),
  "s3": ("Lucía Ferrandis", "Ferrandis")},
"""
Glowing octopus found two miles down in the Pelmarine Trench

Scientists have described a new species of octopus living more than 3,400 metres below the surface of the Pelmarine Trench, the deepest-living octopus ever filmed alive. The findings were published on Monday in the Journal of Abyssal Biology.

The animal, about the size of a tennis ball and almost entirely transparent, was recorded by a remotely operated vehicle during a 2024 expedition led by the Thornbury Oceanographic Institute.

⟦q:s1 “When it came into the lights, the whole control room went silent,”⟧ ⟦c said⟧ ⟦m:s1 Siobhan Carrick⟧, a marine biologist at the institute and the study's lead author. ⟦q:s1 “Then somebody said, ‘Is that real?’ and we all started laughing, because none of us knew.”⟧

Dr ⟦m:s1 Carrick⟧ ⟦c said⟧ ⟦i:s1 the species, which the team has named Grimpella lumenis, appeared to produce light from small organs along its arms, something never before recorded in an octopus at that depth⟧.

Co-author ⟦m:s2 Hamid Rostami⟧, who analysed the animal's DNA from a tiny tissue sample, ⟦c said⟧ ⟦x:s2 it had split from its closest known relative “tens of millions of years ago”⟧. ⟦q:s2 “We expected a cousin of something we already knew. Instead we found a branch of the family tree nobody had drawn,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s2 He⟧ ⟦c added⟧: ⟦q:s2 “The sample was smaller than a grain of rice. Ten years ago we could have done nothing with it.⟧

⟦q:s2 “Now we can read almost its whole genome. The technology has changed faster than our ability to get down there and look.”⟧

⟦m:s3 Lucía Ferrandis⟧, a deep-sea ecologist at the University of Valmora who was not involved in the research, ⟦c called⟧ ⟦x:s3 the discovery “a reminder of how little of the deep ocean we have actually seen”⟧. ⟦q:s3 “We have better maps of the surface of Mars than of this trench,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “Every time someone sends a camera down there, something like this turns up.”⟧

⟦m:s3 She⟧ ⟦c warned⟧ that ⟦i:s3 seabed mining licences planned for the region could destroy habitats before they had even been surveyed⟧.

⟦q:s1 “We've seen one individual, once,”⟧ ⟦m:s1 Carrick⟧ ⟦c said⟧. ⟦q:s1 “I'd love to tell you how many of them there are. Honestly, we have no idea.”⟧
"""),

# 11009 crime (straight quotes): police force statement, detective, anonymous neighbour, uncued paragraph, "the inspector"
({"s1": ("Rachel Okonjo-Hale", "Okonjo-Hale", "DI Okonjo-Hale"),
  "s2": ("Westmere Police",),
  "s3": ("Tariq Mahmood", "Mahmood"),
  "s4": ("Beverley Stannard", "Stannard")},
"""
Man, 24, arrested after teenager stabbed outside takeaway

A 24-year-old man has been arrested on suspicion of attempted murder after a 17-year-old boy was stabbed outside a takeaway in Cranford on Saturday night.

⟦m:s2 Westmere Police⟧ ⟦c said⟧ ⟦i:s2 officers were called to Marlpit Road at about 10.40pm⟧ and that ⟦i:s2 the boy had been taken to hospital with injuries that were serious but not thought to be life-threatening⟧.

In a statement, ⟦m:s2 the force⟧ ⟦c said⟧: ⟦q:s2 "A man was arrested a short distance from the scene and remains in custody. We would urge anyone with footage from the area, including from doorbell or dashboard cameras, to come forward."⟧

Detective Inspector ⟦m:s1 Rachel Okonjo-Hale⟧, who is leading the investigation, ⟦c said⟧: ⟦q:s1 "We believe this was a targeted attack and that the two people involved knew each other."⟧

⟦q:s1 "I understand people in Cranford will be worried, but I want to reassure them that we are not looking for anyone else in connection with this incident."⟧

⟦m:s3 Tariq Mahmood⟧, who runs a convenience shop two doors from the takeaway, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ heard shouting and then saw the boy sitting on the pavement holding his side⟧.

⟦q:s3 "I ran out with towels from the back. There was a lot of blood,"⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 "He kept saying sorry, sorry, like it was his fault. He's a kid."⟧

One neighbour, who did not want to be named, ⟦c said⟧: ⟦q "This street used to be quiet. Now you hear sirens every weekend."⟧

Local councillor ⟦m:s4 Beverley Stannard⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ had asked for extra police patrols over the coming weekends⟧. ⟦q:s4 "Young people in Cranford need somewhere to go that isn't a chicken shop at 11 o'clock at night,"⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s1 The inspector⟧ ⟦c added⟧ that ⟦i:s1 a cordon on Marlpit Road had been lifted on Sunday morning⟧. ⟦q:s1 "Somebody saw something,"⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 "Even if you think it's nothing, we want to hear from you."⟧
"""),

# 11010 disaster (India): two women residents, officials, weather service bulletin, object-position name mention
({"s1": ("Ramesh Venkataraman", "Venkataraman"),
  "s2": ("Lakshmi Pillai", "Pillai"),
  "s3": ("Suresh Nambiar", "Nambiar"),
  "s4": ("Coastal Meteorological Service", "CMS"),
  "s5": ("Fathima Rasheed", "Rasheed")},
"""
Floods kill 14 in Kottamala as Peruvar river bursts its banks

KOTTAMALA — At least 14 people have died and more than 30,000 have been moved to relief camps after two days of torrential rain caused the Peruvar river to burst its banks in Kottamala district.

District collector ⟦m:s1 Ramesh Venkataraman⟧ ⟦c said⟧ ⟦i:s1 212 millimetres of rain had fallen in the 24 hours to Saturday morning, more than the district usually receives in a month⟧.

⟦q:s1 “Our embankments were built for a bad monsoon. This was not a bad monsoon, this was something else,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ reporters at a relief camp set up in a government school. ⟦q:s1 “The priority now is food, clean water and stopping disease in the camps.”⟧

In Eravoor village, where water reached the roofs of single-storey houses, ⟦m:s2 Lakshmi Pillai⟧, 46, ⟦c said⟧ ⟦i:s2 her family had climbed onto a neighbour's terrace at two in the morning⟧.

⟦q:s2 “We took nothing. Not the documents, not the ration card, nothing,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “My son carried his grandmother on his back through water up to his chest.”⟧

⟦m:s5 Fathima Rasheed⟧, who shares a classroom at the camp with ⟦m:s2 Pillai⟧ and eleven others, ⟦c said⟧ ⟦x:s5 rice was arriving but “there is no milk for the small children”⟧. ⟦q:s5 “The officials come, they write things down, they go away,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s3 Suresh Nambiar⟧, who heads the state disaster management authority, ⟦c said⟧ ⟦i:s3 four helicopters and 22 boats were involved in rescue operations⟧ and that ⟦i:s3 teams were still trying to reach three hamlets cut off by landslides⟧.

⟦q:s3 “We have not lost contact with any village for more than twelve hours,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “But some of these places can only be reached on foot now, and that takes time.”⟧

The ⟦m:s4 Coastal Meteorological Service⟧ ⟦c said⟧ ⟦i:s4 more heavy rain was expected on Tuesday and Wednesday⟧. ⟦q:s4 “Residents of low-lying areas along the Peruvar and its tributaries should not return to their homes until the alert is withdrawn,”⟧ ⟦m:s4 the service⟧ ⟦c said⟧ in a bulletin.
"""),

# 11011 celebrity: social-media post as multi-paragraph quote, "the 29-year-old", manager role NP + apposition, label, fan, fellow musician's post
({"s1": ("Nadia Ferro", "Ferro", "Nadia"),
  "s2": ("Daniel Achebe", "Achebe"),
  "s3": ("Halcyon Records", "Halcyon"),
  "s4": ("Priya Chandrasekar", "Chandrasekar"),
  "s5": ("Jonah Reyes", "Reyes")},
"""
⟦m:s1 Nadia Ferro⟧ cancels world tour, citing exhaustion

Pop singer ⟦m:s1 Nadia Ferro⟧ has cancelled the remaining 41 dates of her world tour, ⟦c telling⟧ fans in a late-night social media post that ⟦x:s1 ⟦m:s1 she⟧ was “running on empty”⟧.

⟦m:s1 The 29-year-old⟧, whose album Paper Lanterns topped the charts in eleven countries last year, ⟦c wrote⟧: ⟦q:s1 “I have loved every single night of this tour. But I've been on stage for 18 months and somewhere along the way I stopped being a person and became a schedule.⟧

⟦q:s1 “I need to go home. I need to sleep in my own bed and see my mum and not think about setlists. I'm so sorry to everyone who bought a ticket. I promise I'll make it up to you.”⟧

⟦m:s2 Her manager⟧, ⟦m:s2 Daniel Achebe⟧, ⟦c said⟧ ⟦x:s2 the decision had been taken “with her health first and everything else a long way second”⟧. ⟦q:s2 “Nadia has not had a proper day off since the spring of last year. That's on all of us around her, me included,”⟧ ⟦m:s2 he⟧ ⟦c said⟧ in a statement.

⟦m:s3 Halcyon Records⟧ ⟦c said⟧ ⟦i:s3 ticket holders would receive full refunds automatically within 30 days⟧. ⟦q:s3 “We fully support Nadia and ask that her privacy is respected at this time,”⟧ ⟦m:s3 the label⟧ ⟦c said⟧.

Messages of support poured in from other musicians. Singer-songwriter ⟦m:s5 Jonah Reyes⟧, who toured with ⟦m:s1 Ferro⟧ in 2023, ⟦c posted⟧: ⟦q:s5 “Proud of you for saying it out loud. Rest up, little sister.”⟧

⟦m:s4 Priya Chandrasekar⟧, 23, had tickets for the Harwick Arena show next month. ⟦q:s4 “I'm gutted, obviously. I'd bought a dress and everything,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “But if she's not well, she's not well. I'd rather she was still around in ten years' time.”⟧

In an interview with Verse magazine only last month, ⟦m:s1 Ferro⟧ had ⟦c said⟧: ⟦q:s1 “I don't know what I'd do if I stopped. That scares me a bit, if I'm honest.”⟧
"""),

# 11012 obituary: deceased quoted from old interviews, widow with same surname, subject pronoun for the dead poet inside others' indirect speech, post-verbal role + name
({"s1": ("Eamon Rourke", "Rourke"),
  "s2": ("Nuala Rourke", "Nuala"),
  "s3": ("Fintan Gallagher", "Gallagher"),
  "s4": ("Maeve Dunphy", "Dunphy"),
  "s5": ("Cathal Moran", "Moran")},
"""
⟦m:s1 Eamon Rourke⟧, poet of the western bogs, dies at 87

⟦m:s1 Eamon Rourke⟧, whose spare, stubborn poems about the bogland of his native Connaree made him one of the most widely read poets of his generation, has died at his home in Ballinacrag. ⟦m:s1 He⟧ was 87.

His death was announced by his wife, the painter ⟦m:s2 Nuala Rourke⟧, who ⟦c said⟧ ⟦x:s2 ⟦m:s1 he⟧ had died “peacefully, with the window open, which is how he wanted it”⟧.

Born in 1938, the son of a turf-cutter, ⟦m:s1 Rourke⟧ left school at 14 and worked for two decades on the roads before publishing his first collection, Black Water, at the age of 41.

In a 1997 interview with this newspaper, ⟦m:s1 he⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 he⟧ had come to poetry late “because I was too busy doing the things poems are about”⟧. ⟦q:s1 “People ask why I write about bogs. I say, what else is there? It's the whole of history in one wet field,”⟧ ⟦m:s1 he⟧ ⟦c said⟧ then.

⟦m:s3 Fintan Gallagher⟧, who published all nine of the poet's collections at Turlough Press, ⟦c said⟧ ⟦i:s3 ⟦m:s1 he⟧ had never once missed a deadline⟧. ⟦q:s3 “He'd turn up at the office with the manuscript in a plastic bag from the butcher's,”⟧ ⟦m:s3 Gallagher⟧ ⟦c said⟧. ⟦q:s3 “Every word was where it should be. I don't think I changed a comma in forty years, and God knows I tried.”⟧

The poet ⟦m:s4 Maeve Dunphy⟧, a former student of his, ⟦c wrote⟧ on social media: ⟦q:s4 “Eamon taught a whole country to look down at its own feet. There will never be another like him.”⟧

⟦q:s5 “His work belongs to everyone who ever stood in a wet field and felt at home,”⟧ ⟦c said⟧ ⟦m:s5 the Minister for Culture⟧, ⟦m:s5 Cathal Moran⟧.

Asked in 2019, on his 81st birthday, whether ⟦m:s1 he⟧ feared death, ⟦m:s1 Rourke⟧ ⟦c said⟧: ⟦q:s1 “Not at all. I'm only afraid it'll interrupt something I'm writing.”⟧

⟦m:s2 Nuala Rourke⟧ ⟦c said⟧ ⟦i:s2 the funeral would be private⟧ but that ⟦i:s2 a reading of his work would be held in Ballinacrag in the spring⟧. ⟦q:s2 “He'd have hated a fuss,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “He'd have loved the reading, though. He'd have pretended not to.”⟧

⟦m:s1 He⟧ is survived by his wife, two daughters and five grandchildren.
"""),

# 11013 international (Nigeria): long definite description as subject, returning officer announces result naming both candidates, "the governor", board statement with mixed fragment
({"s1": ("Adebayo Olatunji", "Olatunji"),
  "s2": ("Chukwuemeka Nwosu", "Nwosu"),
  "s3": ("National Electoral Board", "NEB"),
  "s4": ("Hauwa Danjuma", "Danjuma"),
  "s5": ("Civic Ballot Watch",)},
"""
Opposition to challenge Adunmi governorship result in court

ILESERE — ⟦m:s2 The main opposition candidate in the Adunmi State governorship election⟧ ⟦c said⟧ on Monday ⟦i:s2 ⟦m:s2 he⟧ would challenge the result in court⟧, hours after the ⟦m:s3 National Electoral Board⟧ declared the incumbent governor the winner by fewer than 9,000 votes.

Returning officer ⟦m:s4 Hauwa Danjuma⟧ ⟦c announced⟧ in the early hours that ⟦i:s4 ⟦m:s1 Adebayo Olatunji⟧ of the Progressive Union Party had won 412,307 votes against 403,611 for ⟦m:s2 Chukwuemeka Nwosu⟧ of the People's Renewal Congress⟧.

⟦m:s2 Nwosu⟧, a former senator, ⟦c told⟧ supporters at his campaign headquarters that ⟦x:s2 results from at least 40 polling units in two local government areas had been “doctored somewhere between the ward and the collation centre”⟧.

⟦q:s2 “We have the result sheets. We have the photographs, signed by the party agents, and they do not match what was announced,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “We will not burn anything and we will not fight anybody. We will go to the tribunal.”⟧

⟦m:s1 Olatunji⟧, 61, dismissed the allegations at a thanksgiving service in Ilesere. ⟦q:s1 “My brother lost, and losing is painful. I have lost elections before,”⟧ ⟦m:s1 the governor⟧ ⟦c said⟧. ⟦q:s1 “But the people of Adunmi have spoken, and I invite him to join me in building this state.”⟧

In a statement, the ⟦m:s3 National Electoral Board⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ stood by the result⟧ and that ⟦x:s3 any aggrieved party was free to seek redress “through the appropriate legal channels”⟧.

⟦m:s4 Danjuma⟧, a professor of statistics at Adunmi State University, ⟦c told⟧ journalists that ⟦x:s4 the collation had been “slow but clean”⟧. ⟦q:s4 “Every agent was in the room. Every agent signed. If anyone saw a problem, the time to raise it was then,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s5 Civic Ballot Watch⟧, a coalition of 30 civil society groups that deployed 1,200 observers, ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ had recorded vote-buying by agents of both main parties⟧. ⟦q:s5 “Money changed hands openly at polling units in Ifetedo and Oke-Ayo,”⟧ ⟦m:s5 the group⟧ ⟦c said⟧. ⟦q:s5 “Neither party has clean hands in this election.”⟧

Asked by a reporter whether ⟦m:s2 he⟧ would accept a ruling against him, ⟦m:s2 Nwosu⟧ ⟦c said⟧: ⟦q:s2 “Of course. I am a democrat. That is the whole point of going to court.”⟧
"""),

# 11014 long feature: four women, present-tense "says", first names inside quotes, multi-paragraph quote, "the older woman" inside indirect speech, role NP + apposition
({"s1": ("Halina Wróblewska", "Wróblewska", "Halina"),
  "s2": ("Grace Mwangi", "Mwangi", "Grace"),
  "s3": ("Teresa Calloway", "Calloway", "Teresa"),
  "s4": ("Rosa Iglesias", "Iglesias", "Rosa")},
"""
The bakery four women built: inside Millbrook's flour-dusted co-op

At 4.15am, when the rest of Millbrook's high street is dark, the lights are already on at Rising Together, and ⟦m:s1 Halina Wróblewska⟧ is up to her elbows in rye dough.

⟦q:s1 “People think bakers are romantic,”⟧ ⟦m:s1 she⟧ ⟦c says⟧, without looking up. ⟦q:s1 “Bakers are tired. That's all. Very tired, and very strong in the arms.”⟧

⟦m:s1 Wróblewska⟧, 62, is one of four women who own the bakery as a workers' cooperative, each with an equal share and an equal vote. ⟦m:s1 She⟧ arrived in Millbrook 30 years ago from a small town on the coast and spent most of those years cleaning offices.

The idea for the co-op came from ⟦m:s3 Teresa Calloway⟧, a former accountant who lost her job when the town's biggest employer, a packaging plant, closed in 2019. ⟦q:s3 “I had a redundancy cheque, a bad back and absolutely no idea how to make bread,”⟧ ⟦m:s3 Calloway⟧, 38, ⟦c recalls⟧. ⟦q:s3 “What I did have was spreadsheets, and I knew Halina, because she'd been making the best loaf in Millbrook in her own kitchen for twenty years and selling it out of the boot of her car.”⟧

⟦m:s3 She⟧ is blunt about the first year. ⟦q:s3 “We lost money every single month. We had an argument about whether to sell croissants that I'm honestly still not over.⟧

⟦q:s3 “But nobody quit. That's the thing. Every one of us could have walked away, and nobody did.”⟧

⟦m:s2 Grace Mwangi⟧ joined in 2021 after answering a handwritten notice in the window. ⟦m:s2 She⟧ had run a catering business for fifteen years before ⟦m:s2 she⟧ emigrated.

⟦q:s2 “The notice said, ‘Wanted: baker, must not mind early mornings or Halina’,”⟧ ⟦m:s2 Mwangi⟧ ⟦c says⟧, laughing. ⟦q:s2 “I thought, well, at least they're honest.”⟧

⟦m:s2 She⟧ and ⟦m:s1 Wróblewska⟧ now share the early shift, and ⟦m:s2 Mwangi⟧ ⟦c says⟧ ⟦i:s2 ⟦m:s1 the older woman⟧ taught her more about bread in six months than ⟦m:s2 she⟧ had learned in fifteen years of cooking⟧.

⟦q:s1 “She is a quick learner. Too quick. Now she corrects me,”⟧ ⟦m:s1 Wróblewska⟧ ⟦c says⟧ drily.

⟦m:s4 The fourth member⟧, ⟦m:s4 Rosa Iglesias⟧, 51, runs the shop counter and, by common agreement, handles the customers nobody else wants to deal with. ⟦q:s4 “Every town has three or four people who come in to complain about the price of a loaf,”⟧ ⟦m:s4 she⟧ ⟦c says⟧. ⟦q:s4 “I make them a coffee. After a while they complain less. After a year they bring their grandchildren.”⟧

The co-op turned its first profit in 2023: £11,400, split four ways after money had been set aside for a second oven. ⟦q:s3 “It's not a fortune. It's a living, and it's ours,”⟧ ⟦c says⟧ ⟦m:s3 Calloway⟧.

At seven, the first customers come in. ⟦m:s1 Wróblewska⟧ wipes her hands on her apron and looks along the racks. ⟦q:s1 “Good,”⟧ ⟦m:s1 she⟧ ⟦c says⟧, to no one in particular. ⟦q:s1 “Today is a good day.”⟧
"""),

# 11015 interview profile: father and daughter share a surname, quote reported "through his daughter", nested quote, two mixed quotes from a critic
({"s1": ("Lin Meihua", "Lin", "Meihua"),
  "s2": ("Ophelia Strand", "Strand"),
  "s3": ("Lin Guoqiang", "Mr Lin"),
  "s4": ("Rupert Alcott", "Alcott")},
"""
⟦m:s1 Lin Meihua⟧ on the novel her father would not talk about

⟦m:s1 Lin Meihua⟧ is apologising for the state of her kitchen. ⟦q:s1 “I don't cook when I'm finishing a book,”⟧ ⟦m:s1 she⟧ ⟦c says⟧, waving at a tower of takeaway boxes. ⟦q:s1 “I barely eat. My editor says I become a kind of ghost.”⟧

⟦m:s2 That editor⟧, ⟦m:s2 Ophelia Strand⟧, does not disagree. ⟦q:s2 “Meihua in the last month of a novel is a wonderful writer and a terrible correspondent,”⟧ ⟦m:s2 Strand⟧ ⟦c says⟧ by phone from her office at Kestrel Books.

The novel, The Salt Road, follows three generations of a fishing family on a cold northern coast. It is loosely based on the childhood of her father, who left his village at 16 and has almost never spoken about it.

⟦q:s1 “When I was a child I asked him about it constantly. He'd say, ‘It was a long time ago,’ and turn on the television,”⟧ ⟦m:s1 Lin⟧ ⟦c says⟧. ⟦q:s1 “So in the end I made it up. That's what novelists do when people won't tell them things.”⟧

⟦m:s3 Her father⟧, ⟦m:s3 Lin Guoqiang⟧, now 79, read the manuscript last summer. Reached by phone, ⟦m:s3 he⟧ ⟦c said⟧, through his daughter, who translated, that ⟦x:s3 the book was “mostly wrong, but wrong in the right places”⟧.

⟦q:s3 “The boats were smaller. The sea was colder. My mother was not so kind as the mother in the book,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “But the feeling is correct. I don't know how she knows the feeling.”⟧

⟦m:s1 Lin⟧ laughs when this is repeated back to her. ⟦q:s1 “That is the best review I will ever get,”⟧ ⟦m:s1 she⟧ ⟦c says⟧.

Not every critic agrees. ⟦m:s4 Rupert Alcott⟧, writing in the Harbour Review, ⟦c called⟧ ⟦x:s4 the book's second half “overlong and oddly airless”⟧, though ⟦m:s4 he⟧ ⟦c praised⟧ ⟦x:s4 its “ferocious” opening chapters⟧.

⟦m:s1 Lin⟧ has read the review. ⟦q:s1 “He's not wrong about the middle,”⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 “I'll fix it in the next one. There is always a next one. That's the consolation of this job.”⟧

⟦m:s2 Strand⟧ ⟦c says⟧ ⟦i:s2 the first print run has already been doubled⟧, and that ⟦i:s2 translation rights have been sold in nine countries⟧.
"""),

# 11016 company statement: airline speaks as "the airline" and through "a later statement", CEO video, passengers, regulator
({"s1": ("Northway Airlines", "Northway"),
  "s2": ("Felipe Arrizabalaga", "Arrizabalaga"),
  "s3": ("Kemi Adewale", "Adewale"),
  "s4": ("Gordon Fairweather", "Fairweather"),
  "s5": ("Aviation Consumer Board",)},
"""
⟦m:s1 Northway⟧ cancels 600 flights after computer failure strands thousands

⟦m:s1 Northway Airlines⟧ cancelled more than 600 flights on Friday after a failure in its booking and check-in systems left tens of thousands of passengers stranded at airports on one of the busiest weekends of the summer.

In a statement issued shortly after 9am, ⟦m:s1 the airline⟧ ⟦c said⟧: ⟦q:s1 “We are experiencing a technical issue affecting our systems across our network. We are working urgently to resolve it and apologise to all customers affected.”⟧

A later statement ⟦c said⟧ ⟦x:s1 the fault had been traced to “a failed update to a third-party server”⟧ and that ⟦i:s1 a reduced schedule would operate from 6pm⟧.

In a video posted on the company's website, chief executive ⟦m:s2 Felipe Arrizabalaga⟧ ⟦c said⟧: ⟦q:s2 “I want to say sorry, personally, to every one of our customers whose plans have been ruined today. This is not good enough, and I know it.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 passengers whose flights had been cancelled would be offered a full refund or a free rebooking, as well as compensation under passenger rights rules⟧.

At Hollinsford airport, queues snaked out of the terminal building and along the pavement. ⟦m:s3 Kemi Adewale⟧, 34, who was due to fly to a family wedding with her two children, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had been queuing for five hours⟧.

⟦q:s3 “Nobody from Northway has said a single word to us. Not one,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “The screens just say ‘delayed’, then ‘cancelled’. My daughter has been crying since ten o'clock.”⟧

⟦q:s4 “I've flown with them for twenty years and I've never seen anything like it,”⟧ ⟦c said⟧ ⟦m:s4 Gordon Fairweather⟧, 67, a retired engineer. ⟦q:s4 “Somebody pressed the wrong button and the whole thing fell over. In this day and age.”⟧

The ⟦m:s5 Aviation Consumer Board⟧ ⟦c said⟧ ⟦x:s5 ⟦m:s5 it⟧ would be “watching very closely” to make sure passengers received what they were owed⟧. ⟦q:s5 “Airlines cannot treat compensation as optional because the fault was in their computers rather than their aircraft,”⟧ ⟦m:s5 the board⟧ ⟦c said⟧.

⟦m:s2 Arrizabalaga⟧ ⟦c said⟧ ⟦i:s2 an independent review would be carried out⟧. ⟦q:s2 “We will publish what it finds. All of it,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.
"""),

# 11017 police/rescue (straight quotes): two brothers with the same surname, uncued continuation paragraphs, rescue team's social-media post
({"s1": ("Glenmorran Mountain Rescue Team", "Glenmorran team"),
  "s2": ("Callum Rennie", "Rennie"),
  "s3": ("Fiona Baird", "Baird", "Inspector Baird"),
  "s4": ("Stuart Lennox", "Stuart"),
  "s5": ("Alan Lennox", "Alan")},
"""
Missing hillwalker found alive after two nights on Ben Corrach

A hillwalker missing for two nights in the Corrach hills has been found alive, cold but conscious, by mountain rescue volunteers who spotted him sheltering beneath a boulder on Sunday afternoon.

⟦m:s5 Alan Lennox⟧, 58, from Drumbrae, set out alone on Friday morning to climb Ben Corrach and was reported missing by his family when ⟦m:s5 he⟧ did not return that evening.

Inspector ⟦m:s3 Fiona Baird⟧, of the Northern Constabulary, ⟦c said⟧: ⟦q:s3 "Mr Lennox was found at about 2.30pm by members of the Glenmorran team. He was suffering from hypothermia and has been taken to Fortmorran General Hospital, where his condition is described as stable."⟧

⟦q:s3 "I'd like to thank the volunteers who searched in extremely difficult conditions. Without them, this could have been a very different outcome."⟧

⟦m:s2 Callum Rennie⟧, who has led the ⟦m:s1 Glenmorran Mountain Rescue Team⟧ for nine years, ⟦c said⟧ ⟦i:s2 visibility on the summit ridge had been below 20 metres for most of Saturday⟧.

⟦q:s2 "We were walking in a line, shouting his name, and the wind just took the words away,"⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 "When the cloud lifted on Sunday one of the lads saw a bit of orange jacket. I'll be honest, I wasn't expecting him to answer when we got there."⟧

⟦q:s2 "He did, though. First thing he asked for was a cup of tea."⟧

⟦m:s1 The team⟧ later ⟦c posted⟧ on social media: ⟦q:s1 "Great result today. Huge thanks to everyone who turned out, and to the coastguard helicopter crew. Please, if you're heading into the hills, tell someone your route."⟧

⟦m:s4 The walker's brother⟧, ⟦m:s4 Stuart Lennox⟧, ⟦c said⟧ ⟦x:s4 the family was "beyond grateful"⟧. ⟦q:s4 "Alan's walked these hills since he was a boy. He knows them better than anyone, which is maybe why he took a chance,"⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 "We'll be having words when he's out of hospital."⟧

In a statement released through the hospital on Monday, ⟦m:s5 Alan Lennox⟧ ⟦c said⟧: ⟦q:s5 "I made a mistake going up alone with that forecast, and a lot of good people gave up their weekend to fix it. I'm sorry, and I'm more grateful than I can say."⟧
"""),

# 11018 court sentencing (Korean names): victim statement read by prosecutor (author is speaker), split quote, "he" for the defendant inside his lawyer's indirect speech
({"s1": ("Park Min-seo", "Park", "Judge Park"),
  "s2": ("Choi Dong-hyun", "Choi"),
  "s3": ("Kang Ji-hoon", "Kang"),
  "s4": ("Yoon Hae-jin", "Yoon"),
  "s5": ("Seo Tae-young", "Seo")},
"""
Construction boss jailed for three years over scaffold collapse that killed two

DAERYONG — A construction company chief was sentenced to three years in prison on Thursday over the collapse of a scaffold that killed two workers at an apartment site in Daeryong last year.

⟦m:s5 Seo Tae-young⟧, 56, chief executive of Hanbit Construction, was convicted last month of professional negligence resulting in death.

Judge ⟦m:s1 Park Min-seo⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s5 Seo⟧ had ignored three written warnings from a site supervisor that the scaffold's anchoring was inadequate⟧.

⟦q:s1 “This was not an accident in any meaningful sense of the word,”⟧ ⟦m:s1 the judge⟧ ⟦c said⟧. ⟦q:s1 “The defendant was told, in writing, three times. He chose to save money, and two men paid for that choice with their lives.”⟧

A statement from ⟦m:s4 Yoon Hae-jin⟧, whose husband, Lee Jae-sung, 41, died in the collapse, was read to the court by the prosecutor, ⟦m:s3 Kang Ji-hoon⟧.

⟦q:s4 “My son is seven. He still sets a place at the table for his father on Sundays,”⟧ ⟦m:s4 she⟧ ⟦c wrote⟧. ⟦q:s4 “I do not want revenge. I want somebody to say out loud that this should never have happened.”⟧

⟦m:s3 Kang⟧ had asked for a five-year sentence, ⟦c telling⟧ the court that ⟦x:s3 the company had treated safety rules as “a cost to be minimised rather than a duty to be met”⟧.

Before sentence was passed, ⟦m:s5 Seo⟧ stood and bowed towards the public gallery. ⟦q:s5 “I am sorry. I have no excuse,”⟧ ⟦m:s5 he⟧ ⟦c said⟧, ⟦q:s5 “and I do not ask to be forgiven.”⟧

Outside the court, ⟦m:s2 his lawyer⟧, ⟦m:s2 Choi Dong-hyun⟧, ⟦c said⟧ ⟦x:s2 his client had been “devastated” by the deaths⟧ and that ⟦i:s2 ⟦m:s5 he⟧ had paid compensation to both families⟧.

⟦q:s2 “My client does not dispute that he made mistakes,”⟧ ⟦m:s2 Choi⟧ ⟦c said⟧. ⟦q:s2 “But we believe the sentence does not reflect his full cooperation with investigators, and we are considering an appeal.”⟧
"""),

# 11019 international trade (Chinese and Polish names): named spokeswoman, industry association statement, economist after quote, mixed quotes
({"s1": ("Zhao Wenjun", "Zhao"),
  "s2": ("Karolina Dąbrowska", "Dąbrowska"),
  "s3": ("Huang Lihua", "Huang"),
  "s4": ("Morvanian Steel Producers' Association", "Steel Producers' Association"),
  "s5": ("Tunde Bakare", "Bakare")},
"""
Qianlu and Morvania agree to scrap steel tariffs after all-night talks

LINZHOU — Qianlu and Morvania agreed on Saturday to phase out tariffs on steel and aluminium over four years, ending an 18-month trade dispute that had threatened thousands of jobs in both countries.

The agreement was announced in Linzhou after talks between Qianlu's commerce minister, ⟦m:s1 Zhao Wenjun⟧, and Morvania's trade commissioner, ⟦m:s2 Karolina Dąbrowska⟧, that ran through the night.

⟦q:s1 “Neither side got everything it wanted. That is usually the sign of a fair agreement,”⟧ ⟦m:s1 Zhao⟧ ⟦c told⟧ a joint news conference. ⟦q:s1 “What matters is that the factories on both sides can plan again.”⟧

⟦m:s2 Dąbrowska⟧ ⟦c said⟧ ⟦x:s2 the deal contained a safeguard, allowing tariffs to return if imports surged by more than 15 per cent in a year, that had been “non-negotiable from the very first day”⟧. ⟦q:s2 “I said at the start that I would not sign anything that left our steelworkers exposed, and I have not,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Foreign ministry spokeswoman ⟦m:s3 Huang Lihua⟧ ⟦c said⟧ ⟦x:s3 the agreement showed that disputes could be settled “through dialogue rather than confrontation”⟧. ⟦q:s3 “We hope other partners will draw the appropriate lessons,”⟧ ⟦m:s3 she⟧ ⟦c added⟧, in what was widely seen as a reference to Qianlu's continuing disputes with two other trading partners.

The ⟦m:s4 Morvanian Steel Producers' Association⟧ gave the deal a cautious welcome. ⟦q:s4 “Four years is a long time in this industry. We will be watching the import numbers every single month,”⟧ ⟦m:s4 the association⟧ ⟦c said⟧ in a statement.

⟦q:s5 “The headline is tariff cuts, but the real story is the safeguard clause,”⟧ ⟦c said⟧ ⟦m:s5 Tunde Bakare⟧, a trade economist at the Castellan Institute. ⟦q:s5 “It gives both governments a way to look tough at home while actually trading more. That's clever drafting.”⟧

⟦m:s5 Bakare⟧ ⟦c cautioned⟧, however, that ⟦i:s5 the deal still had to be ratified by the Morvanian parliament, where the governing coalition has a majority of just three seats⟧.

⟦m:s1 Zhao⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 he⟧ expected ratification “within weeks, not months”⟧.
"""),

# 11020 sport/club politics (Spanish, straight quotes): "the 31-year-old", supporters' federation, older fan referring to the ex-president by first name inside his quote
({"s1": ("Joaquín Villalba", "Villalba"),
  "s2": ("Remedios Cuadrado", "Cuadrado"),
  "s3": ("Íñigo Saldaña", "Saldaña"),
  "s4": ("Supporters' Federation",),
  "s5": ("Manuel Prieto", "Prieto")},
"""
⟦m:s2 Cuadrado⟧ becomes first woman to lead Atlético Torrealta

⟦m:s2 Remedios Cuadrado⟧ was elected president of Atlético Torrealta on Sunday, ending the 14-year reign of ⟦m:s1 Joaquín Villalba⟧ and becoming the first woman to run the 112-year-old club.

⟦m:s2 Cuadrado⟧, a 49-year-old lawyer and former board member, won 61 per cent of the 38,000 votes cast by the club's members, known as socios, in an election dominated by the club's debts and the planned sale of its training ground.

⟦q:s2 "Today the socios have taken their club back,"⟧ ⟦m:s2 she⟧ ⟦c told⟧ thousands of supporters gathered outside the stadium. ⟦q:s2 "I did not win this election. The people who queued in the rain for four hours to vote won it."⟧

⟦m:s1 Villalba⟧, 71, conceded defeat shortly after 10pm. ⟦q:s1 "The members have spoken and I respect them, as I always have,"⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 "I leave a club with three more league titles than when I arrived. Let history judge the rest."⟧ ⟦m:s1 He⟧ did not take questions.

⟦m:s2 Cuadrado⟧ ⟦c promised⟧ that ⟦i:s2 an independent audit of the club's accounts would be published within 100 days⟧. ⟦q:s2 "Every euro that came in and every euro that went out. The members have a right to know,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 The club captain⟧, ⟦m:s3 Íñigo Saldaña⟧, speaking after training on Monday, ⟦c said⟧ ⟦x:s3 the players had followed the campaign "from a respectful distance"⟧. ⟦q:s3 "Our job is to win on Saturday, whoever is sitting in the president's box,"⟧ ⟦m:s3 the 31-year-old⟧ ⟦c said⟧. ⟦q:s3 "But of course we are happy for her. It's history, no?"⟧

The ⟦m:s4 Supporters' Federation⟧, which had backed the winning campaign, ⟦c said⟧ ⟦x:s4 the result was "a victory for the terraces over the boardroom"⟧.

⟦m:s5 Manuel Prieto⟧, 68, a socio for half a century, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had voted for ⟦m:s1 Villalba⟧ in every election until this one⟧. ⟦q:s5 "Joaquín was good for us for a long time. But everyone has their time,"⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 "And a woman president? My granddaughter is very happy. So I am very happy."⟧
"""),

# 11021 international feature (Polish): husband and wife with gendered surname forms, company statement, multi-paragraph union quote, minister's social-media post
({"s1": ("Zbigniew Mazurek", "Mazurek"),
  "s2": ("Agnieszka Wilk", "Wilk"),
  "s3": ("Silesta Coal", "Silesta"),
  "s4": ("Paweł Ostrowski", "Ostrowski"),
  "s5": ("Jadwiga Ostrowska", "Ostrowska"),
  "s6": ("Tadeusz Zieliński", "Zieliński")},
"""
Last shift at Rudnik Górny as 150-year-old mine closes

RUDNIK GÓRNY — Hundreds of people lined the road to the Wanda colliery on Friday as the last shift of miners came up from the pit, ending 150 years of coal mining in this town of 19,000.

⟦m:s4 Paweł Ostrowski⟧, 51, has worked underground for 31 years, like his father and grandfather before him. ⟦q:s4 “My grandfather went down in a horse cart. I went down in a lift. My son will never go down at all,”⟧ ⟦m:s4 he⟧ ⟦c said⟧, still black with coal dust. ⟦q:s4 “I don't know if I should be sad about that or happy. Both, maybe.”⟧

⟦m:s5 His wife⟧, ⟦m:s5 Jadwiga Ostrowska⟧, stood beside him holding a bunch of red carnations. ⟦q:s5 “Thirty-one years I waited for him to come up safe. Today is the last time I have to wait,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s3 Silesta Coal⟧, the state-controlled company that owns the mine, ⟦c said⟧ ⟦i:s3 the Wanda colliery had lost money every year since 2014⟧ and that ⟦i:s3 all 1,140 remaining workers had been offered either early retirement or jobs at its two other pits, 60 kilometres away⟧.

⟦m:s1 Zbigniew Mazurek⟧, who heads the miners' union at Wanda, ⟦c said⟧ ⟦x:s1 the offer of a transfer was “a bus ticket, not a future”⟧. ⟦q:s1 “You cannot ask a man of 50 to spend three hours a day on a bus to go down another hole for another five years, until they close that one too,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦q:s1 “The government talks about a just transition. Fine. Show me the factory. Show me the training centre.⟧

⟦q:s1 “I have been hearing about them for ten years and I have not seen one brick.”⟧

Mayor ⟦m:s2 Agnieszka Wilk⟧ ⟦c said⟧ ⟦i:s2 the town would lose almost a third of its tax revenue⟧. ⟦q:s2 “We have a plan for a logistics park on the old coal yard, and two investors are interested,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Interested is not the same as signed. I'm honest about that.”⟧

Energy Minister ⟦m:s6 Tadeusz Zieliński⟧, who did not attend the ceremony, ⟦c wrote⟧ on social media: ⟦q:s6 “Thank you to the miners of Wanda, who kept this country warm for a century and a half. We will not forget you.”⟧

Shown the post on a reporter's phone, ⟦m:s1 Mazurek⟧ shrugged. ⟦q:s1 “He could have come here and said it to our faces,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),

# 11022 international (Gulf state): minister as role NP + apposition then "the minister", engineer, critic, operating company, fisherman
({"s1": ("Khalid Al-Mansouri", "Al-Mansouri"),
  "s2": ("Layla Haddad", "Haddad"),
  "s3": ("Youssef Benali", "Benali"),
  "s4": ("Tarfa Water Company", "Tarfa Water"),
  "s5": ("Saeed Obaid", "Obaid")},
"""
Al-Rimal opens giant solar-powered desalination plant

SAHLAT — Al-Rimal on Tuesday opened the world's largest solar-powered desalination plant, a $2.4 billion facility on the coast south of the capital that will turn seawater into drinking water without burning oil or gas.

⟦m:s1 The minister of water and electricity⟧, ⟦m:s1 Khalid Al-Mansouri⟧, ⟦c said⟧ ⟦i:s1 the plant would supply about 1.2 million people⟧.

⟦q:s1 “For fifty years we have burned oil to make water. Today we use the sun, which we have in greater supply than anything else,”⟧ ⟦m:s1 the minister⟧ ⟦c said⟧ at the opening ceremony. ⟦q:s1 “This is not the end of our journey. It is the first step.”⟧

⟦m:s2 Layla Haddad⟧, the project director, ⟦c said⟧ ⟦i:s2 the plant's 900,000 solar panels covered an area larger than the old city of Sahlat⟧. ⟦q:s2 “We have robots that clean the sand off the panels every night,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “The desert does not make anything easy.”⟧

Not everyone is convinced. ⟦m:s3 Youssef Benali⟧, a marine scientist at the University of Sahlat, ⟦c warned⟧ that ⟦i:s3 the brine pumped back into the sea could damage coral reefs and fish stocks⟧. ⟦q:s3 “Solar power solves the carbon problem. It does not solve the salt problem,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “Every litre of fresh water leaves behind more than a litre of brine, and that brine has to go somewhere.”⟧

The ⟦m:s4 Tarfa Water Company⟧, which will operate the plant under a 25-year contract, ⟦c said⟧ ⟦i:s4 the brine was diffused through pipes extending three kilometres offshore⟧ and that ⟦i:s4 ⟦m:s4 it⟧ would publish monitoring data every quarter⟧. ⟦q:s4 “We share the concern for the marine environment, and we have designed this plant around it,”⟧ ⟦m:s4 the company⟧ ⟦c said⟧.

In the fishing village of Ras Dhib, two kilometres from the outfall, ⟦m:s5 Saeed Obaid⟧, 63, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had not yet noticed any change in his catch⟧. ⟦q:s5 “They tell us the water will be fine. God willing, they are right,”⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 “If they are wrong, we will know before the scientists do.”⟧

⟦m:s2 Haddad⟧ ⟦c said⟧ ⟦i:s2 a second, smaller plant was planned for the northern coast by 2030⟧.
"""),

# 11023 science (straight quotes): two women scientists, "she" resolved by proximity, mixed quote with first person inside, nickname in quotes is not a quote
({"s1": ("Ngozi Eze-Whitfield", "Eze-Whitfield", "Dr Eze-Whitfield"),
  "s2": ("Margarethe Lindqvist", "Lindqvist", "Prof Lindqvist"),
  "s3": ("Vikram Sethuraman", "Sethuraman"),
  "s4": ("Eastmoor Space Agency",)},
"""
Amateur's comet could be visible to the naked eye by March

A comet discovered last month by an amateur astronomer in his back garden could become bright enough to see without a telescope next spring.

The comet, designated C/2026 R4 but already nicknamed "the Garden Comet", was spotted by ⟦m:s3 Vikram Sethuraman⟧, a 44-year-old software tester, using a 20cm telescope he built himself.

⟦q:s3 "I thought it was a smudge on the lens. I actually went out and cleaned the lens,"⟧ ⟦m:s3 Sethuraman⟧ ⟦c said⟧. ⟦q:s3 "It was still there. Then I checked the next night and it had moved, and I didn't sleep much after that."⟧

Dr ⟦m:s1 Ngozi Eze-Whitfield⟧, who leads the comet programme at the Harrowgate Observatory, ⟦c said⟧ ⟦i:s1 the comet's orbit suggested it was making its first ever journey into the inner solar system⟧.

⟦q:s1 "These first-timers are exciting because they still have all their ice. Nothing has been boiled off yet,"⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 "They are also completely unpredictable. They can brighten enormously, or they can fall apart."⟧

Prof ⟦m:s2 Margarethe Lindqvist⟧, a planetary scientist at Nordhavn University, was more cautious. ⟦q:s2 "I've seen a lot of comets that were going to be the comet of the century,"⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 "Most of them turned out to be the comet of the week."⟧

⟦m:s2 She⟧ ⟦c said⟧ ⟦x:s2 predictions of naked-eye visibility were "reasonable, but I wouldn't book a holiday around it"⟧.

The ⟦m:s4 Eastmoor Space Agency⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ had added the comet to the observing schedule of its orbiting telescope⟧.

⟦m:s1 Eze-Whitfield⟧ ⟦c said⟧ ⟦i:s1 the best views, if the comet survived its approach to the sun, would come in the second week of March, low in the western sky after sunset⟧. ⟦q:s1 "Find somewhere dark, give your eyes twenty minutes, and look west,"⟧ ⟦m:s1 she⟧ ⟦c advised⟧.

⟦m:s3 Sethuraman⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ was hoping the comet would eventually bear his name⟧. ⟦q:s3 "My kids think I'm famous now,"⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 "I've told them it's the comet that's famous. They don't believe me."⟧
"""),

# 11024 business takeover (British single quotes): apostrophes in quotes, regulator statement, anonymous engineer, speaker named inside another's quote
({"s1": ("Sunita Bhardwaj", "Bhardwaj"),
  "s2": ("Elliot Marchetti", "Marchetti"),
  "s3": ("Fair Markets Commission", "FMC"),
  "s4": ("Oluwaseun Adeyemo", "Adeyemo")},
"""
Corvane agrees £9bn deal to buy Brightwell Data

Corvane Systems has agreed to buy the cloud-storage company Brightwell Data for £9.1bn in cash, creating the country’s largest provider of business software and setting up a likely battle with competition regulators.

The deal, announced before the stock market opened on Monday, values Brightwell at 1,420p a share, a 38 per cent premium to Friday’s closing price.

⟦q:s1 ‘Brightwell has built something we could not have built ourselves in ten years,’⟧ ⟦c said⟧ ⟦m:s1 Sunita Bhardwaj⟧, Corvane’s chief executive. ⟦q:s1 ‘Together we can offer customers one place for their data, their software and their security, and that is what they have been asking us for.’⟧

⟦m:s2 Elliot Marchetti⟧, who founded Brightwell in his flat in 2011 and still owns 14 per cent of its shares, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ would stay on to run the combined company’s storage division for at least two years⟧. ⟦q:s2 ‘I’ve had offers before. This is the first one where I felt the people buying us actually understood what we do,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘It’s a strange day. Mostly a proud one.’⟧

The ⟦m:s3 Fair Markets Commission⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ would examine the deal⟧. In a brief statement, ⟦m:s3 the commission⟧ ⟦c said⟧: ⟦q:s3 ‘We will consider whether this transaction may lead to a substantial lessening of competition in the supply of cloud services to businesses.’⟧

⟦m:s4 Oluwaseun Adeyemo⟧, a technology analyst at Pelham Rhodes, ⟦c said⟧ ⟦x:s4 the deal faced ‘a genuinely difficult’ regulatory review⟧, since the two companies together would control about 40 per cent of the market.

⟦q:s4 ‘Bhardwaj is paying a full price and she knows it,’⟧ ⟦m:s4 Adeyemo⟧ ⟦c said⟧. ⟦q:s4 ‘She’s betting that the regulator will settle for some disposals rather than block it outright. It’s a reasonable bet, but it is a bet.’⟧

Inside Brightwell, the reaction was mixed. One engineer, who asked not to be named because staff had been told not to speak to the press, ⟦c said⟧: ⟦q ‘Half the office is doing sums on their share options. The other half is updating their CVs.’⟧

Asked about job losses, ⟦m:s1 Bhardwaj⟧ ⟦c said⟧ ⟦x:s1 there would be ‘some overlap’ in back-office functions⟧ but that ⟦i:s1 the company expected to hire more engineers, not fewer⟧.

Brightwell shares rose 33 per cent to 1,352p. Corvane’s fell 4 per cent.
"""),

# 11025 cricket match report (Indian names): nested quote inside quote, coach reveals injury with captain named in indirect content, "the Kings captain"
({"s1": ("Rohan Deshpande", "Deshpande"),
  "s2": ("Imtiaz Qureshi", "Qureshi"),
  "s3": ("Sunil Rajagopalan", "Rajagopalan"),
  "s4": ("Harpreet Sandhu", "Sandhu")},
"""
⟦m:s1 Deshpande⟧ century carries Kaveri Kings into final

⟦m:s1 Rohan Deshpande⟧ hit an unbeaten 112 from 64 balls as Kaveri Kings chased down 198 with an over to spare against Malwa Mavericks at Sarangpur on Friday to reach the final of the Premier T20 Trophy.

The Kings were 41 for three in the sixth over when ⟦m:s1 Deshpande⟧, the captain, was joined by Ankit Dubey, and the pair added 131 in 11 overs.

⟦q:s1 “When we were three down, I told Ankit: no big shots for two overs, let's just breathe,”⟧ ⟦m:s1 Deshpande⟧ ⟦c said⟧ at the presentation ceremony. ⟦q:s1 “Then their spinner dropped one short and I thought, OK, breathing is finished.”⟧

Earlier, 19-year-old left-arm seamer ⟦m:s4 Harpreet Sandhu⟧ had taken four for 29 as the Mavericks were restricted to 197 for six.

⟦q:s4 “My legs were shaking in the first over. I'm not joking,”⟧ ⟦c said⟧ ⟦m:s4 Sandhu⟧, who was playing only his fourth match. ⟦q:s4 “Rohan bhai came up and said, ‘Just bowl, I'll take the blame.’ After that it was easier.”⟧

Mavericks captain ⟦m:s2 Imtiaz Qureshi⟧, whose 78 had given his side a strong total, ⟦c said⟧ ⟦x:s2 his bowlers had been “twenty runs too generous” in the middle overs⟧.

⟦q:s2 “You give a player like Deshpande width, he will punish you. We gave him width all evening,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “No complaints. The better team won tonight.”⟧

Kings coach ⟦m:s3 Sunil Rajagopalan⟧ ⟦c revealed⟧ that ⟦i:s3 ⟦m:s1 Deshpande⟧ had been carrying a hamstring strain since the group stage⟧. ⟦q:s3 “He probably should not have batted for that long. Don't tell the physio,”⟧ ⟦m:s3 the coach⟧ ⟦c said⟧, laughing.

Asked about Sunday's final against Coromandel Chargers, ⟦m:s1 the Kings captain⟧ ⟦c said⟧: ⟦q:s1 “We'll rest, we'll do ice baths, and we'll turn up. That's the whole plan.”⟧
"""),

# 11026 education strike: three women (union leader, headteacher, parent), role NP + apposition, campaign group's post, "called X '...'"
({"s1": ("Marguerite Obi", "Obi"),
  "s2": ("Simon Harrowby", "Harrowby"),
  "s3": ("Danielle Foster", "Foster"),
  "s4": ("Anjali Rao", "Rao"),
  "s5": ("Parents for Open Schools",)},
"""
Schools across Eastmoor close as teachers strike over pay

More than 1,800 schools in the Eastmoor region were fully or partly closed on Wednesday as teachers walked out on the first of six planned strike days over pay.

⟦m:s1 Marguerite Obi⟧, general secretary of the Eastmoor Teachers' Association, ⟦c told⟧ a rally of about 5,000 teachers outside the regional assembly that ⟦i:s1 teachers' pay had fallen by 14 per cent in real terms since 2018⟧.

⟦q:s1 “Nobody in this crowd wanted to be here today. We would rather be in our classrooms,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “But we are losing a teacher every hour of every school day to jobs that pay better and ask less, and somebody has to say stop.”⟧

⟦m:s2 The region's education secretary⟧, ⟦m:s2 Simon Harrowby⟧, ⟦c called⟧ ⟦x:s2 the strike “disproportionate and deeply regrettable”⟧.

⟦q:s2 “We have offered 4.5 per cent this year, the largest rise in a decade,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “The union knows there is no more money without cutting something else, and I have asked them to tell me what.”⟧

At Fenwick Primary in Larkhill, ⟦m:s4 the headteacher⟧, ⟦m:s4 Anjali Rao⟧, kept the school open for the children of key workers. ⟦q:s4 “I have 40 children in today out of 380,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “I support my staff. I also have parents who have had to take a day's unpaid leave. Both of those things are true at the same time.”⟧

⟦m:s3 Danielle Foster⟧, a nurse and mother of three, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had swapped shifts with a colleague to stay at home⟧. ⟦q:s3 “I back the teachers, I really do. But six days is a lot when you've got no family nearby,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

The campaign group ⟦m:s5 Parents for Open Schools⟧ ⟦c posted⟧ on social media: ⟦q:s5 “Every strike day is a day of learning our children will never get back. Both sides need to get round a table today, not next month.”⟧

⟦m:s1 Obi⟧ ⟦c said⟧ ⟦x:s1 the union's door was “always open”⟧ but that ⟦i:s1 ⟦m:s1 she⟧ had not heard from the education secretary since October⟧.
"""),

# 11027 culture (film festival): film title in headline quotes is not a quote, "the 58-year-old director", jury president, critic's written review, producer
({"s1": ("Rafael Quiñones", "Quiñones"),
  "s2": ("Ama Owusu-Bekoe", "Owusu-Bekoe"),
  "s3": ("Ingrid Vasterling", "Vasterling"),
  "s4": ("Moshe Arbeli", "Arbeli"),
  "s5": ("Colette Rainier", "Rainier")},
"""
‘The Quiet Harbour’ wins Golden Heron at Lacombe festival

The Quiet Harbour, a slow-burning drama about a widowed lighthouse keeper and her estranged daughter, won the Golden Heron for best film at the Lacombe International Film Festival on Saturday night. The film was directed by ⟦m:s1 Rafael Quiñones⟧.

Accepting the award, ⟦m:s1 the 58-year-old director⟧ thanked his cast and crew, then held up a small photograph. ⟦q:s1 “I made this film for my mother, who never saw the sea until she was sixty,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “She would say the film is too long. She would be right.”⟧

⟦m:s2 Ama Owusu-Bekoe⟧, who plays the daughter, won best actress. Fighting back tears, ⟦m:s2 she⟧ ⟦c told⟧ the audience: ⟦q:s2 “Three years ago I was working in a call centre and doing auditions on my lunch break. If you're doing that right now, please, keep going.”⟧

Jury president ⟦m:s3 Ingrid Vasterling⟧ ⟦c said⟧ ⟦i:s3 the jury's decision had been unanimous⟧. ⟦q:s3 “We argued about everything else for ten days. About this film, we did not argue for one minute,”⟧ ⟦m:s3 she⟧ ⟦c said⟧ at a news conference.

Not everyone was persuaded. ⟦m:s5 Colette Rainier⟧, chief film critic of the weekly Cinéma Hebdo, ⟦c wrote⟧ that ⟦x:s5 the jury had “rewarded patience over ambition”⟧. ⟦q:s5 “It is a beautiful film. It is also a safe one, and Lacombe used to be a festival that took risks,”⟧ ⟦m:s5 she⟧ ⟦c wrote⟧.

⟦m:s4 The film's producer⟧, ⟦m:s4 Moshe Arbeli⟧, ⟦c said⟧ ⟦i:s4 the win would help it find distributors in at least a dozen countries⟧. ⟦q:s4 “On Friday we had two offers. This morning I stopped counting,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Backstage, ⟦m:s2 Owusu-Bekoe⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had phoned her mother straight after the ceremony⟧. ⟦q:s2 “She thought I was joking. She made me show her the award on a video call,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Asked about the critics, ⟦m:s1 Quiñones⟧ smiled. ⟦q:s1 “Safe? I mortgaged my house to make it,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),

# 11028 inquest (British single quotes): coroner's question and manager's reply, family statement read by solicitor (mother is speaker), glued titles PC/Mr/Ms
({"s1": ("Helen Fairbrother", "Fairbrother"),
  "s2": ("Lorraine Quayle", "Quayle", "Mrs Quayle"),
  "s3": ("Kyle Bramwell", "Bramwell"),
  "s4": ("Martin Leckie", "Leckie"),
  "s5": ("Joanne Hart", "Hart", "PC Hart")},
"""
Coroner calls for fencing at flooded quarry after boy’s death

⟦m:s1 The senior coroner for South Hexley⟧ has called for a flooded quarry to be made safe after an inquest heard that a 16-year-old boy drowned there during a heatwave last summer.

Lewis Quayle, a pupil at Hexley Academy, got into difficulty after jumping from a ledge into the water at Ridgeway Quarry on 18 July, the inquest at Hexley Town Hall heard.

⟦m:s3 His friend⟧, ⟦m:s3 Kyle Bramwell⟧, now 17, ⟦c told⟧ the hearing that ⟦x:s3 the group had been swimming there ‘most days’ that week⟧. ⟦q:s3 ‘Everyone went there. There were loads of people, little kids and all,’⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 ‘Lewis jumped and came up laughing, and then he just went under. I thought he was messing about.’⟧

PC ⟦m:s5 Joanne Hart⟧, one of the first officers at the scene, ⟦c said⟧ ⟦x:s5 there was a gap in the perimeter fence ‘wide enough to drive a car through’⟧. ⟦q:s5 ‘There were beer cans, a disposable barbecue, clothes on the rocks. It was obviously used regularly,’⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s4 Martin Leckie⟧, site manager for Greystone Aggregates, which owns the quarry, ⟦c said⟧ ⟦x:s4 the fence had been repaired ‘more times than I can count’⟧. ⟦q:s4 ‘We put it up, they cut it down. We put signs up, they get thrown in the water,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦q:s1 ‘Did you ever consider draining the quarry, or filling in the deepest part?’⟧ ⟦c asked⟧ ⟦m:s1 the coroner⟧, ⟦m:s1 Helen Fairbrother⟧.

⟦q:s4 ‘It was discussed. It was judged too expensive,’⟧ Mr ⟦m:s4 Leckie⟧ ⟦c replied⟧.

Recording a conclusion of accidental death, Ms ⟦m:s1 Fairbrother⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would write to Greystone Aggregates and Hexley Borough Council requiring them to set out what they would do to prevent future deaths⟧.

⟦q:s1 ‘Signs and a fence that is routinely cut open are not, in my view, adequate for a site of this kind,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘This is a place that children are drawn to. That is not going to change.’⟧

In a statement read outside by the family’s solicitor, ⟦m:s2 Lewis’s mother⟧, ⟦m:s2 Lorraine Quayle⟧, ⟦c said⟧: ⟦q:s2 ‘Lewis was funny, kind and always in trouble for talking in class. We don’t want another family to get the phone call we got.’⟧
"""),

# 11029 weather: national weather office as speaker, forecaster after quote, public-health doctor, farmer, union president, water company
({"s1": ("Bethan Pryor", "Pryor"),
  "s2": ("National Weather Office", "Weather Office"),
  "s3": ("Hywel Prosser", "Prosser"),
  "s4": ("Rhian Garvey", "Garvey"),
  "s5": ("Tawel Water",),
  "s6": ("Imran Siddiqui", "Siddiqui", "Dr Siddiqui")},
"""
Amber heat warning issued as temperatures set to hit 36C

The ⟦m:s2 National Weather Office⟧ has issued an amber warning for extreme heat across much of the south and west, with temperatures forecast to reach 36C on Thursday — which would make it the hottest day of the year so far.

The ⟦m:s2 Weather Office⟧ ⟦c said⟧ ⟦i:s2 the warning would be in force from 10am on Wednesday until midnight on Friday⟧ and that ⟦x:s2 there was a “high likelihood” of disruption to rail services⟧.

⟦q:s1 “A dome of high pressure is parked over us and it's in no hurry to move,”⟧ ⟦c said⟧ ⟦m:s1 Bethan Pryor⟧, a senior forecaster at the office. ⟦q:s1 “The nights are going to be uncomfortable too. In some cities we don't expect the temperature to drop below 22C.”⟧

Dr ⟦m:s6 Imran Siddiqui⟧, a consultant in public health, urged people to check on elderly neighbours. ⟦q:s6 “Heat kills quietly. It's usually an older person, alone, in a top-floor flat with the windows shut,”⟧ ⟦m:s6 he⟧ ⟦c said⟧. ⟦q:s6 “A phone call or a knock on the door really can save a life.”⟧

On his farm near Cwm Hafod, ⟦m:s3 Hywel Prosser⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had already started feeding winter silage to his 200 cattle because the grass had stopped growing⟧. ⟦q:s3 “The fields look like August and it's the middle of June,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “Every bale I use now is a bale I haven't got in January.”⟧

⟦m:s4 Rhian Garvey⟧, president of the Upland Farmers' Union, ⟦c said⟧ ⟦i:s4 farmers should be allowed to draw more water from rivers while the heatwave lasted⟧. ⟦q:s4 “We are not asking for favours. We are asking to be allowed to keep animals alive,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s5 Tawel Water⟧ ⟦c said⟧ ⟦x:s5 reservoir levels were at 71 per cent, “below average but not yet a cause for alarm”⟧. ⟦q:s5 “We are not planning a hosepipe ban at this stage, but we would ask everyone to use water wisely,”⟧ ⟦m:s5 the company⟧ ⟦c said⟧.

⟦m:s1 Pryor⟧ ⟦c said⟧ ⟦x:s1 there was “some hope” of thunderstorms at the weekend⟧, though ⟦m:s1 she⟧ ⟦c added⟧: ⟦q:s1 “Thunderstorms bring their own problems. Nobody should be wishing for them.”⟧
"""),

# 11030 long feature: three male doctors, speaker after quote, nickname "Femi" inside quotes, "the older man", multi-paragraph quote, health board statement
({"s1": ("Oluwafemi Adesanya", "Adesanya", "Dr Adesanya", "Femi"),
  "s2": ("Tomás Briones", "Briones", "Dr Briones"),
  "s3": ("Gerald Hatherley", "Hatherley", "Dr Hatherley"),
  "s4": ("Norman Tibbs", "Tibbs"),
  "s5": ("Kestrel Vale Health Board", "health board")},
"""
One surgery, 9,000 patients, three doctors: the GPs holding a valley together

The waiting room at Aberfelin Surgery opens at 8am. By five past, every chair is taken.

⟦q:s1 “We used to have six doctors here. Now we have three, and one of them is me, and I was supposed to retire two years ago,”⟧ ⟦c says⟧ Dr ⟦m:s1 Oluwafemi Adesanya⟧, 61, the senior partner, between patients.

⟦m:s1 Adesanya⟧ came to the valley in 1996 on what was meant to be a one-year contract. ⟦m:s1 He⟧ never left. ⟦q:s1 “The people here adopted me. You can't leave people who have adopted you,”⟧ ⟦m:s1 he⟧ ⟦c says⟧.

⟦m:s2 The surgery's youngest doctor⟧, ⟦m:s2 Tomás Briones⟧, arrived from a city hospital three years ago. ⟦q:s2 “In the hospital you see a knee or a heart. Here you see a whole person, and usually their whole family, and quite often their dog,”⟧ ⟦m:s2 he⟧ ⟦c says⟧. ⟦q:s2 “I love it. I'm also exhausted. Both things.”⟧

⟦m:s2 He⟧ ⟦c says⟧ ⟦i:s2 ⟦m:s2 he⟧ sees up to 45 patients a day⟧, against a recommended safe maximum of 25.

Dr ⟦m:s3 Gerald Hatherley⟧, 78, ran the practice for 30 years before ⟦m:s1 Adesanya⟧ took over. ⟦m:s3 He⟧ still comes in on Thursdays to sign repeat prescriptions, unpaid. ⟦q:s3 “Femi tells me to go home and I tell him I will, after this one,”⟧ ⟦m:s3 Hatherley⟧ ⟦c says⟧. ⟦q:s3 “There is always another one.”⟧

⟦m:s3 The older man⟧ is blunt about what has gone wrong. ⟦q:s3 “Nobody wants to be a partner any more. You're running a small business, you're liable for the building, you're on call in your head even when you're not on call.⟧

⟦q:s3 “When I started, the GP was the most respected man in the village. Now he's the man you can't get an appointment with.”⟧

⟦m:s4 Norman Tibbs⟧, 84, has been a patient at the surgery since 1961. ⟦q:s4 “Dr Hatherley delivered two of my grandchildren. Dr Femi sorted my heart out. The young one, the Spanish lad, he's very good, very thorough, talks a lot,”⟧ ⟦m:s4 he⟧ ⟦c says⟧.

The ⟦m:s5 Kestrel Vale Health Board⟧ ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ had advertised twice for more GPs at Aberfelin in the past year without success⟧ and that ⟦i:s5 ⟦m:s5 it⟧ was now offering a £20,000 “golden hello” to new recruits⟧. ⟦q:s5 “We recognise the pressure on the practice and we are grateful to its staff for their commitment,”⟧ ⟦m:s5 the board⟧ ⟦c said⟧.

At 6.40pm the last patient leaves. ⟦m:s1 Adesanya⟧ stretches and looks at the list for tomorrow. ⟦q:s1 “Forty-one,”⟧ ⟦m:s1 he⟧ ⟦c says⟧. ⟦q:s1 “Good. A quiet day.”⟧
"""),

]

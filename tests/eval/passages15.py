"""Seventh unseen batch (UNSEEN7): ordinary news, written without reading the engine's rules, frozen on 2026-12-07; never to be edited to suit the engine. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
"""

UNSEEN7 = [

# 8001 wire: politics
({"s1": ("Helena Varga", "Varga", "Housing Minister Helena Varga"),
  "s2": ("Catriona Maddox", "Maddox"),
  "s3": ("Federation of Tenant Associations", "the federation"),
  "s4": ("Olumide Bankole", "Bankole")},
"""
Rent cap bill clears parliament as backbench rebellion fizzles

VELMOUTH, Dec 7 (Meridian Wire) - A contested bill capping rent increases on older flats passed its final reading in parliament on Monday by 212 votes to 189, after a threatened rebellion by government backbenchers failed to materialise.

Housing Minister ⟦m:s1 Helena Varga⟧, who has steered the legislation through eleven months of committee hearings, ⟦c told⟧ reporters outside the chamber that ⟦x:s1 the vote was “a turning point for two million renters.”⟧

⟦q:s1 “Nobody in this country should open a letter from their landlord and wonder whether they can still afford to live in their own home,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “Tonight we have made that a little less likely.”⟧

The opposition was unmoved. ⟦m:s2 Its housing spokeswoman⟧, ⟦m:s2 Catriona Maddox⟧, ⟦c said⟧ ⟦x:s2 the cap would “choke off” new building and push smaller landlords to sell up⟧.

⟦q:s2 “The minister has written a law for the flats we already have and done nothing for the flats we need,”⟧ ⟦m:s2 Maddox⟧ ⟦c said⟧. ⟦q:s2 “Rents will be capped on paper and homes will vanish in practice.”⟧

⟦m:s1 Varga⟧ brushed the criticism aside. ⟦q:s1 “We heard exactly the same warnings about the deposit scheme in 2019, and the builders are still building,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s4 Olumide Bankole⟧, the backbencher who had gathered 31 signatures for an amendment exempting flats built after 2010, ended the day voting with the government. ⟦m:s4 He⟧ ⟦c said⟧ ⟦i:s4 ministers had promised to review the exemption rules within eighteen months⟧.

⟦q:s4 “You do not win every argument. I got a review written into the bill, and that is more than I had on Friday,”⟧ ⟦m:s4 Bankole⟧ ⟦c said⟧.

The ⟦m:s3 Federation of Tenant Associations⟧ ⟦c said⟧ in a statement that ⟦x:s3 the law was long overdue but left “a loophole the size of a tower block” for landlords who renovate their properties⟧. ⟦q:s3 “Tenants will be watching very closely how the exemptions are used,”⟧ the statement ⟦c said⟧.

⟦m:s1 The minister⟧ also ⟦c said⟧ ⟦i:s1 the first regulations under the new law would be published in March⟧. The bill now goes to the upper house, which is expected to approve it before the end of January.
"""),

# 8002 broadsheet: courts
({"s1": ("Rosamund Atherley", "Atherley", "Judge Atherley"),
  "s2": ("Devendra Malhotra", "Malhotra", "Mr Malhotra"),
  "s3": ("Fenella Quayle", "Quayle", "Ms Quayle"),
  "s4": ("Gwendolyn Pryce", "Pryce", "Ms Pryce"),
  "s5": ("Aurelio Castellanos", "Castellanos")},
"""
Financial adviser jailed for eight years over £3.1m pension fraud

A financial adviser who persuaded 46 retired bus drivers, nurses and postal workers to hand over their pension savings, then spent the money on racehorses and a villa in the Algarve, was jailed for eight years at Harwick Crown Court yesterday.

⟦m:s5 Aurelio Castellanos⟧, 51, of Upper Denby, had admitted 14 counts of fraud by abuse of position and three of money laundering.

Passing sentence, Judge ⟦m:s1 Rosamund Atherley⟧ ⟦c told⟧ him: ⟦q:s1 “You took the savings of people who had worked all their lives and who trusted you completely. You treated their retirement as your own private bank account.”⟧

⟦q:s1 “The harm here is not only financial,”⟧ ⟦m:s1 the judge⟧ ⟦c added⟧. ⟦q:s1 “Several of your victims have told this court that they no longer trust anyone with their affairs, including their own children.”⟧

Prosecuting, ⟦m:s2 Devendra Malhotra⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s5 Castellanos⟧ had produced forged quarterly statements for more than four years to persuade clients their money was safely invested in a government-backed bond fund⟧.

⟦q:s2 “This was not a man who got into difficulty and panicked,”⟧ Mr ⟦m:s2 Malhotra⟧ ⟦c said⟧. ⟦q:s2 “This was planned from the very first meeting.”⟧

In a statement read to the court, ⟦m:s4 Gwendolyn Pryce⟧, a retired ward sister who lost £84,000, ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ had been forced to sell her car and now relied on her daughter for lifts to hospital appointments⟧. ⟦q:s4 “I used to look forward to my retirement. Now I count the days to the end of each month,”⟧ ⟦m:s4 she⟧ ⟦c wrote⟧.

⟦m:s3 Fenella Quayle⟧, for the defence, ⟦c said⟧ ⟦x:s3 her client had “lost his grip on reality” after his own business collapsed in 2020⟧. ⟦q:s3 “He has not tried to hide from what he did,”⟧ Ms ⟦m:s3 Quayle⟧ ⟦c said⟧. ⟦q:s3 “He pleaded guilty at the first opportunity, and he will carry this for the rest of his life.”⟧

⟦m:s5 Castellanos⟧, who stood with his head bowed throughout the two-hour hearing, ⟦c said⟧ only ⟦q:s5 “I understand”⟧ when asked whether ⟦m:s5 he⟧ had followed the sentence.

Outside court, Ms ⟦m:s4 Pryce⟧ ⟦c said⟧: ⟦q:s4 “Eight years is something. It won’t bring the money back, but at least he can’t do it to anyone else.”⟧

Confiscation proceedings will be held in March.
"""),

# 8003 regional: police (straight quotes)
({"s1": ("Joanne Pettigrew", "Pettigrew", "Detective Inspector Pettigrew"),
  "s2": ("Malik Hassan", "Hassan"),
  "s3": ("Northvale County Council", "the council")},
'''
Police appeal after cyclist seriously hurt in Marsh Lane hit-and-run

A 34-year-old cyclist is in a critical condition in hospital after being struck by a car that failed to stop on Marsh Lane, Lowther Bridge, on Saturday evening.

The man, who has not been named, was riding home from work shortly after 7.15pm when he was hit near the junction with Quarry Road. He was taken to Northvale Royal Infirmary with head and chest injuries.

Detective Inspector ⟦m:s1 Joanne Pettigrew⟧, of Northvale Police's serious collision unit, ⟦c said⟧ ⟦i:s1 the car was believed to be a dark-coloured hatchback with damage to its front nearside⟧.

⟦q:s1 "Someone knows who was driving that car. Somebody will have seen it parked up with a smashed headlight, or heard a story on Sunday morning that doesn't quite add up,"⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦q:s1 "I would urge the driver to come forward now. It will be far better for you if you do."⟧

One witness, who asked not to be named, ⟦c said⟧ ⟦x the car had "not even slowed down"⟧. ⟦q "I heard the bang and then just the engine revving away. By the time I got to him there were already two people kneeling next to him,"⟧ the witness ⟦c said⟧.

⟦m:s2 Malik Hassan⟧, who has lived on Marsh Lane for 20 years, ⟦c said⟧ ⟦i:s2 residents had asked the council for a 20mph limit at least three times⟧.

⟦q:s2 "Cars come off the bypass doing fifty and they don't slow down. We've been saying for years that somebody would get killed here, and now someone very nearly has,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

A ⟦m:s3 Northvale County Council⟧ spokesperson ⟦c said⟧: ⟦q:s3 "Our thoughts are with the man and his family. We will look carefully at the circumstances of this collision once the police investigation is complete."⟧

Anyone with information is asked to call 101 quoting incident 447 of 6 December, or contact Crimestoppers anonymously.
'''),

# 8004 wire: markets
({"s1": ("Anneliese Brandt", "Brandt"),
  "s2": ("Orvane Semiconductor", "Orvane"),
  "s3": ("Tomasz Wielgosz", "Wielgosz"),
  "s4": ("Rafael Quintero-Lynch", "Quintero-Lynch")},
"""
European stocks slide as chipmaker’s warning rattles investors

LONDON, Dec 7 (Meridian Wire) - European shares fell for a third straight session on Monday after Dutch-listed chipmaker ⟦m:s2 Orvane Semiconductor⟧ cut its full-year sales forecast, reviving worries that demand for industrial electronics is fading faster than expected.

The pan-European STX 600 index closed down 1.4%, its steepest one-day fall since August, while ⟦m:s2 Orvane⟧’s shares plunged 22%, wiping roughly 9 billion euros off its market value.

In a statement before markets opened, ⟦m:s2 Orvane⟧ ⟦c said⟧ ⟦x:s2 orders from carmakers and factory-equipment customers had “weakened materially” in November⟧. ⟦m:s2 It⟧ now expects revenue of 4.1 billion to 4.3 billion euros for the year, down from a previous forecast of 4.8 billion.

⟦q:s3 “We are not seeing cancellations. We are seeing customers who are sitting on more inventory than they need and who are in no hurry to reorder,”⟧ chief executive ⟦m:s3 Tomasz Wielgosz⟧ ⟦c told⟧ analysts on a conference call.

⟦q:s3 “I would expect that to correct itself by the middle of next year, but I am not going to pretend I can tell you which month.”⟧

Analysts were less sanguine.

⟦q:s1 “When the biggest supplier in the sector tells you its customers are sitting on their hands, you have to assume everyone else is about to say the same thing,”⟧ ⟦c said⟧ ⟦m:s1 Anneliese Brandt⟧, chief market strategist at Kestrel Partners in Frankfurt, who has been ⟦c warning⟧ since the summer that ⟦i:s1 the industrial cycle had peaked⟧.

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had cut her exposure to European chip stocks in October⟧.

⟦m:s4 Rafael Quintero-Lynch⟧, who covers the semiconductor sector for Harrow & Pike, took a more measured view, ⟦c calling⟧ ⟦x:s4 the warning “painful but not a disaster.”⟧ ⟦q:s4 “The balance sheet is fine. This is a timing problem, not a solvency problem,”⟧ ⟦m:s4 he⟧ ⟦c wrote⟧ in a note to clients.

Elsewhere, carmakers fell 2.1% and industrial goods 1.7%, while utilities and telecoms edged higher as investors sought safer holdings.
"""),

# 8005 trade magazine: tech
({"s1": ("Nkechi Adeyemi-Ross", "Adeyemi-Ross"),
  "s2": ("Pieter van Rensburg", "van Rensburg"),
  "s3": ("Brightwater Systems", "Brightwater"),
  "s4": ("Yuki Hanamura", "Hanamura")},
"""
⟦m:s3 Brightwater⟧’s new rostering engine takes aim at the hospital spreadsheet

⟦m:s3 Brightwater Systems⟧ has launched Rota, a cloud-based scheduling platform for hospital wards. ⟦m:s3 The company⟧ ⟦c claims⟧ ⟦i:s3 the system can rebuild a month’s nursing roster in under a minute when staff call in sick⟧.

The launch marks the Leeds-based firm’s first move beyond the retail and logistics customers that have made up most of its business since ⟦m:s3 it⟧ was founded in 2016.

⟦m:s1 Nkechi Adeyemi-Ross⟧, ⟦m:s3 Brightwater⟧’s chief technology officer, ⟦c said⟧ ⟦i:s1 the idea came from a week ⟦m:s1 she⟧ spent shadowing a ward manager in 2023⟧.

⟦q:s1 “She had four spreadsheets open, two phones going and a whiteboard behind her covered in names that had been rubbed out and rewritten so often you couldn’t read them,”⟧ ⟦m:s1 Adeyemi-Ross⟧ ⟦c says⟧. ⟦q:s1 “Every time somebody called in sick, the whole thing had to be rebuilt by hand.⟧

⟦q:s1 “What we have tried to do is take the rules that live in that manager’s head — who can work with whom, who has done too many nights, who needs a weekend off — and make them explicit, so the software does the rebuilding and she can go back to running a ward.”⟧

The system integrates with the main electronic staff records used by hospital trusts and sends shift offers to nurses’ phones, filling gaps first from a ward’s own staff and then from the trust’s internal bank.

⟦m:s2 Pieter van Rensburg⟧, director of operations at St Aldric’s Hospital in Kelderby, which piloted the software for six months, ⟦c said⟧ ⟦x:s2 unfilled shifts on its surgical wards had fallen by “something like a third.”⟧

⟦q:s2 “I was sceptical. I have seen three rostering systems come and go and they all promised the same thing,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “The difference with this one is that the nurses actually use it.”⟧

Not everyone is convinced the market is ready. ⟦m:s4 Yuki Hanamura⟧, a health-technology analyst at Corvell Research, ⟦c pointed out⟧ that ⟦i:s4 few of the workforce-software contracts signed by hospital trusts since 2021 had been renewed⟧.

⟦q:s4 “The technology is rarely the problem. The problem is procurement, training and the fact that every hospital thinks its rules are unique,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s1 Adeyemi-Ross⟧ does not dispute this. ⟦q:s1 “She’s right, and it’s why we price it per ward rather than per hospital. We would rather a trust starts small and sees it working than signs a five-year deal it regrets.”⟧

⟦m:s3 Brightwater⟧ ⟦c said⟧ ⟦i:s3 pricing would start at £1,900 per ward per month⟧. ⟦m:s3 The company⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ was in talks with eleven further trusts⟧.
"""),

# 8006 broadsheet: science
({"s1": ("Saoirse Mulcahy", "Mulcahy", "Dr Mulcahy"),
  "s2": ("Arvid Lindqvist", "Lindqvist"),
  "s3": ("Hemi Tawhiri", "Tawhiri", "Professor Tawhiri"),
  "s4": ("Department for Rural Affairs", "the department")},
"""
Hedgerows hold far more carbon than official figures assume

Britain’s hedgerows may be locking away far more carbon than anyone had realised, in a discovery that could change how farmers are paid to look after them.

Researchers from the University of Carrow sampled the soil beneath 340 hedges on 58 farms across eastern England. The results, published yesterday in the Journal of Applied Ecology, show soil under mature hedgerows holding on average 40 per cent more carbon than the neighbouring fields.

Dr ⟦m:s1 Saoirse Mulcahy⟧, who led the study, ⟦c said⟧: ⟦q:s1 “We expected to find some extra carbon under the hedges. We did not expect to find this much, and we did not expect it to go this deep.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the carbon extended as far as a metre below the surface, well beyond the 30cm depth used in most national inventories⟧.

⟦q:s1 “If you only dig down 30 centimetres, you miss more than half of it,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “That matters, because at the moment a farmer who grubs out a hedge is not really counted as releasing anything.”⟧

Co-author ⟦m:s2 Arvid Lindqvist⟧ ⟦c said⟧ ⟦i:s2 the team had been surprised by how much hedges of a similar age differed⟧. ⟦q:s2 “Two hedges planted in the same decade, a field apart, can differ by a factor of two. Management matters enormously — how often they are cut, how wide they are allowed to grow,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Professor ⟦m:s3 Hemi Tawhiri⟧, a soil scientist at Dunmore University who was not involved in the research, ⟦c said⟧ ⟦x:s3 the findings were “robust and rather important”⟧, but ⟦c cautioned⟧ that ⟦i:s3 the samples came mostly from heavy clay soils⟧.

⟦q:s3 “I would want to see this repeated on the sandy soils of the south-west and the thin soils of the uplands before anyone rewrites the inventory,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

A spokesperson for the ⟦m:s4 Department for Rural Affairs⟧ ⟦c said⟧: ⟦q:s4 “We welcome this research and will consider it carefully as we review hedgerow payment rates for 2027.”⟧
"""),

# 8007 regional: health (straight quotes)
({"s1": ("Doreen Makepeace", "Makepeace", "Mrs Makepeace"),
  "s2": ("Lorraine Oduya", "Oduya"),
  "s3": ("Calder Valley Health Board", "the health board"),
  "s4": ("Ifeoma Nwachukwu", "Nwachukwu", "Dr Nwachukwu"),
  "s5": ("Gareth Llewellyn-Price", "Llewellyn-Price")},
'''
A&E patients waited up to 31 hours for a bed at Calderbrook General

Patients at Calderbrook General Hospital's emergency department waited up to 31 hours to be admitted to a ward last month, figures released by the health board show.

More than 1,100 people spent over twelve hours in the department in November, nearly double the number for the same month last year.

One of them was ⟦m:s1 Doreen Makepeace⟧, 87, from Hollin Bank, who spent 26 hours on a trolley in a corridor after a fall at home fractured her hip.

⟦q:s1 "The nurses were lovely, they really were, but they were running from one end of that corridor to the other all night,"⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 "I didn't like to ask for anything because you could see there was nobody to ask."⟧

⟦m:s2 Her daughter⟧, ⟦m:s2 Lorraine Oduya⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had made a formal complaint⟧. ⟦q:s2 "My mum is 87 and she lay in a corridor with a broken hip for more than a day. I don't want an apology, I want to know it won't happen to the next person,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

In a statement, ⟦m:s3 Calder Valley Health Board⟧ ⟦c said⟧ ⟦x:s3 the hospital had faced "unprecedented" demand, with a 14 per cent rise in ambulance arrivals since September⟧.

⟦m:s4 Its medical director⟧, Dr ⟦m:s4 Ifeoma Nwachukwu⟧, ⟦c said⟧: ⟦q:s4 "I am sorry that some patients have waited far longer than they should. That is not the standard of care we want to provide, and it is not the standard our staff want to provide either."⟧

⟦m:s4 She⟧ ⟦c said⟧ ⟦i:s4 32 extra beds would open at the hospital in January⟧, but ⟦c warned⟧ that ⟦x:s4 the rest of the winter would be "very difficult"⟧.

⟦m:s5 The local MP⟧, ⟦m:s5 Gareth Llewellyn-Price⟧, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ would raise the figures with the health secretary⟧. ⟦q:s5 "These are not just numbers on a spreadsheet. Every one of those hours is somebody's mum or dad lying in a corridor,"⟧ ⟦m:s5 he⟧ ⟦c said⟧.
'''),

# 8008 tabloid: football match report (British single quotes)
({"s1": ("Declan Furlong", "Furlong"),
  "s2": ("Stefan Ilić", "Ilić"),
  "s3": ("Kwabena Harlow", "Harlow", "KWABENA HARLOW")},
"""
Super-sub ⟦m:s3 Harlow⟧ sinks ten-man City

⟦m:s3 KWABENA HARLOW⟧ came off the bench to snatch a stoppage-time winner as Ashcombe Rovers ended their six-game winless run against ten-man Castlebridge City.

⟦m:s3 The 19-year-old⟧ had been on the pitch for just eleven minutes when ⟦m:s3 he⟧ latched on to a loose clearance and smashed a half-volley in off the underside of the bar.

City had been down to ten men since the hour mark, when skipper Gary Doolan was shown a straight red card for a lunge on Rovers winger Milo Strand.

Rovers boss ⟦m:s1 Declan Furlong⟧ ⟦c said⟧: ⟦q:s1 ‘I told him when he went on, “Stay high, stay on the shoulder, the chance will come.” And it did. He’s a special kid.’⟧

⟦q:s1 ‘We’ve had a rough few weeks and I’ve had a lot of people telling me what I’m doing wrong. Tonight the lads showed what they’re about.’⟧

City manager ⟦m:s2 Stefan Ilić⟧ was furious about the red card. ⟦q:s2 ‘It’s a yellow all day long. He gets the ball first, the referee is twenty yards away and he’s guessing. It changes the whole game.’⟧

⟦m:s2 Ilić⟧, whose side have now lost four of their last five, ⟦c insisted⟧ ⟦i:s2 ⟦m:s2 he⟧ was not worried about his job⟧. ⟦q:s2 ‘You’ll have to ask the board. I come in tomorrow and I work, same as always,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s1 Furlong⟧ had some sympathy for his opposite number. ⟦q:s1 ‘I’d be fuming too if I was him. But we’ll take it — we’ve had enough go against us this season,’⟧ ⟦c said⟧ ⟦m:s1 the Rovers boss⟧.

⟦m:s3 Harlow⟧, who signed his first professional contract in the summer, ⟦c said⟧: ⟦q:s3 ‘I just saw it drop and hit it. I didn’t even see it go in, I just heard the noise.’⟧

⟦q:s3 ‘My mum was in the stand tonight, so she’ll be in bits,’⟧ ⟦m:s3 he⟧ ⟦c added⟧.
"""),

# 8009 tabloid: transfer news
({"s1": ("Jonas Kessler", "Kessler"),
  "s2": ("Mauricio Beltrán", "Beltrán"),
  "s3": ("Portmere Wanderers", "Wanderers", "PORTMERE WANDERERS"),
  "s4": ("Aled Prothero", "Prothero")},
"""
⟦m:s1 Kessler⟧ closes in on £40m switch as ⟦m:s3 Wanderers⟧ accept Kingsreach bid

⟦m:s3 PORTMERE WANDERERS⟧ have accepted a £40million bid from Kingsreach United for striker ⟦m:s1 Jonas Kessler⟧.

⟦m:s1 The German⟧, 24, who has scored 17 goals this season, is due to have a medical on Tuesday and could make his debut against Ashcombe Rovers at the weekend.

In a brief statement last night, ⟦m:s3 Wanderers⟧ ⟦c said⟧: ⟦q:s3 “The club can confirm it has accepted an offer from Kingsreach United for Jonas Kessler. The player has been given permission to discuss personal terms.”⟧

⟦m:s2 Mauricio Beltrán⟧, the Argentine agent who has represented ⟦m:s1 Kessler⟧ since ⟦m:s1 he⟧ was a teenager in Dortmund’s academy, ⟦c said⟧ ⟦x:s2 the deal was “80 per cent done.”⟧

⟦q:s2 “Jonas wants to play Champions League football and Kingsreach can give him that. Wanderers have been very fair with us,”⟧ ⟦m:s2 Beltrán⟧ ⟦c told⟧ SportsDay.

A source close to the ⟦m:s3 Wanderers⟧ dressing room was less diplomatic. ⟦q “Half the squad found out from their phones. There’s a lot of anger that the club has sold its best player with the window three weeks away.”⟧

⟦m:s1 Kessler⟧ himself ⟦c posted⟧ a photograph of the Portmere Arena at dusk on Instagram with the caption: ⟦q:s1 “Thank you for everything. You know what this place means to me.”⟧

Kingsreach boss ⟦m:s4 Aled Prothero⟧ refused to be drawn at his pre-match press conference. ⟦q:s4 “He’s not our player, so I’m not going to talk about him. Ask me next week,”⟧ ⟦m:s4 he⟧ ⟦c said⟧ with a grin.

But ⟦m:s4 the Welshman⟧ ⟦c admitted⟧ that ⟦x:s4 his side needed “a focal point” up front⟧. ⟦q:s4 “We’ve scored fewer goals than anyone in the top eight. I don’t need to be a genius to see where we need help.”⟧
"""),

# 8010 wire: cricket press conference
({"s1": ("Dilshan Ranasinghe", "Ranasinghe"),
  "s2": ("Marius Venter", "Venter"),
  "s3": ("Callum Brennan", "Brennan")},
"""
⟦m:s1 Ranasinghe⟧ backs under-fire openers ahead of decisive third Test

Captain ⟦m:s1 Dilshan Ranasinghe⟧ has ⟦c insisted⟧ ⟦i:s1 ⟦m:s1 he⟧ will not tinker with a top order that has managed just 71 runs in four innings⟧, despite mounting calls to recall veteran opener Asanka Wijeratne for the series decider against Kelmoran.

Speaking at the Galle Road Oval on Wednesday, ⟦m:s1 Ranasinghe⟧ ⟦c said⟧: ⟦q:s1 “They are the best two openers in the country. They were the best two openers in the country three weeks ago, and nothing has changed except a few scores.”⟧

Asked whether the pair were under pressure, ⟦m:s1 he⟧ ⟦c replied⟧: ⟦q:s1 “I’ve been dropped myself. I know what it feels like to read that you’re finished. The worst thing a captain can do is make a young player feel he is one innings from the exit.”⟧

When one reporter ⟦c asked⟧ ⟦q “Is that loyalty or stubbornness?”⟧, ⟦m:s1 the captain⟧ laughed. ⟦q:s1 “Ask me on Sunday evening,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Head coach ⟦m:s2 Marius Venter⟧, who sat alongside him, ⟦c said⟧ ⟦i:s2 the pitch would decide the final eleven⟧. ⟦q:s2 “If it looks like the last one, we’ll play two spinners. If it’s got grass on it, we might go in with four seamers. We won’t know until we see it on Friday morning,”⟧ ⟦m:s2 the South African⟧ ⟦c said⟧.

⟦m:s2 Venter⟧ also ⟦c confirmed⟧ that ⟦i:s2 fast bowler Nuwan Perera had recovered from the side strain that kept him out of the second Test⟧.

Across town, Kelmoran captain ⟦m:s3 Callum Brennan⟧ ⟦c said⟧ ⟦x:s3 his side would go into the decider “hungrier than ever.”⟧ ⟦q:s3 “We’re one-all with one to play. You dream about this as a kid,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

The third Test starts on Friday at 10am local time.
"""),

# 8011 broadsheet: album review
({"s1": ("Maren Thorsdóttir", "Thorsdóttir"),
  "s2": ("Luca Ferrante", "Ferrante")},
"""
⟦m:s1 Maren Thorsdóttir⟧: Salt Lines review – the quietest great record of the year

Four stars

It has been six years since ⟦m:s1 Maren Thorsdóttir⟧’s last album, and ⟦m:s1 she⟧ appears to have spent most of them listening to the weather. Salt Lines is a record of creaking hulls, distant engines and long silences, and it is the most absorbing thing ⟦m:s1 she⟧ has made.

⟦q:s1 “I wrote most of it in a fishing hut on Grímsey with no internet and a very unreliable stove,”⟧ ⟦m:s1 Thorsdóttir⟧ ⟦c told⟧ me last month. ⟦q:s1 “When you can’t check your phone, you start to hear the wind as a kind of rhythm section.”⟧

You can hear it. The opening track, Harbour Light, is built around a single harmonium chord that swells and fades for almost seven minutes, while ⟦m:s1 Thorsdóttir⟧’s voice, lower and rougher than on her earlier records, drifts in and out of focus.

Producer ⟦m:s2 Luca Ferrante⟧, who also worked on her 2014 debut, ⟦c said⟧ ⟦i:s2 the band recorded most of the album live in a converted chapel outside Lucca⟧. ⟦q:s2 “We did maybe three takes of each song and kept the one where somebody made a mistake,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Maren hates anything too polished. She says it sounds like a hotel lobby.”⟧

That rough edge is the album’s great strength. On Cold Water the drummer audibly drops a stick halfway through, and the song is better for it. Only the closing track, an overlong string arrangement, feels as though it has been tidied up for radio.

⟦m:s1 Thorsdóttir⟧ herself is wary of calling it a comeback. ⟦q:s1 “I never went away. I just stopped putting things out. There’s a difference, although my record label might not agree.”⟧

Whatever you call it, Salt Lines is worth the wait.
"""),

# 8012 regional: floods
({"s1": ("Ruth Abernethy", "Abernethy", "Group Manager Abernethy"),
  "s2": ("Halvern Meteorological Bureau", "the bureau"),
  "s3": ("Ravi Chandrasekar", "Chandrasekar"),
  "s4": ("Elsie Brannigan", "Brannigan"),
  "s5": ("Neil Ashby", "Ashby")},
"""
Hundreds evacuated as River Tamsey bursts its banks

More than 600 people were evacuated from their homes in Stennford overnight after the River Tamsey burst its banks following two days of torrential rain.

Firefighters used boats to reach residents trapped in upstairs rooms on Mill Street and Canal Row, where water was more than a metre deep by dawn.

Group Manager ⟦m:s1 Ruth Abernethy⟧, of Tamsey Fire and Rescue Service, ⟦c said⟧ ⟦i:s1 crews had carried out 140 rescues since midnight⟧. ⟦q:s1 “Some of those were people who had decided to stay put and then found the water coming up the stairs. Please, if you are told to leave, leave,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s1 Abernethy⟧ also ⟦c warned⟧ drivers against trying to cross flooded roads. ⟦q:s1 “It takes thirty centimetres of moving water to float a car. We have already pulled two drivers out today who thought they knew better.”⟧

One resident of Mill Street, who was carried to a boat by firefighters, ⟦c said⟧: ⟦q “I’ve lived here forty years and I’ve never seen it come over the wall. It was up to the letterbox in about twenty minutes.”⟧

⟦m:s4 Elsie Brannigan⟧, 79, ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ had been woken at 3am by a neighbour banging on her door⟧. ⟦q:s4 “I had time to grab my tablets and my cat. Everything else is still in there,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

The ⟦m:s2 Halvern Meteorological Bureau⟧ ⟦c said⟧ ⟦i:s2 a further 40mm of rain could fall on already saturated ground by Wednesday⟧, and issued an amber warning for the Tamsey valley.

⟦q:s3 “The problem isn’t so much the amount of rain still to come as where it’s falling. The ground simply can’t take any more,”⟧ ⟦c said⟧ ⟦m:s3 Ravi Chandrasekar⟧, a senior forecaster at the bureau.

⟦m:s5 Neil Ashby⟧, leader of Stennford District Council, ⟦c said⟧ ⟦i:s5 rest centres had been opened at two schools and the town’s leisure centre⟧. ⟦q:s5 “People have been extraordinary. We had volunteers turning up with flasks of tea before we’d even unlocked the doors,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.
"""),

# 8013 wire: international talks
({"s1": ("Signe Aaltonen", "Aaltonen"),
  "s2": ("Teodor Vasilescu", "Vasilescu"),
  "s3": ("Farrukh Nazarov", "Nazarov"),
  "s4": ("International Relief Committee", "the committee"),
  "s5": ("Orvalian defence ministry", "the defence ministry")},
"""
Ceasefire talks resume in Valmora amid heavy shelling on northern front

VALMORA, Dec 7 (Meridian Wire) - Negotiators from Orvalia and Dastran returned to the table in the neutral city of Valmora on Monday for a third round of ceasefire talks, even as both sides reported heavy shelling along the northern front.

The talks are being mediated by ⟦m:s1 Signe Aaltonen⟧, a veteran Finnish diplomat serving as special envoy of the Council of Nations.

⟦q:s1 “Both delegations are here, and both have told me they are ready to talk about a line on the map. That is more than I could say a month ago,”⟧ ⟦m:s1 Aaltonen⟧ ⟦c told⟧ reporters at the conference centre. ⟦m:s1 She⟧ ⟦c cautioned⟧, however, that ⟦x:s1 any agreement would need “a verification mechanism both sides can trust.”⟧

Orvalian Foreign Minister ⟦m:s2 Teodor Vasilescu⟧, speaking on arrival, ⟦c said⟧ ⟦i:s2 his government would not accept a ceasefire that left Dastrani forces in control of the Brena valley⟧. ⟦q:s2 “We did not come here to sign away our own territory. We came here to stop the killing, and those are not the same thing,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Dastran’s chief negotiator⟧, ⟦m:s3 Farrukh Nazarov⟧, ⟦c said⟧ ⟦i:s3 Orvalian artillery had struck two villages near Kessa overnight, killing at least nine civilians⟧. ⟦q:s3 “They talk about peace in Valmora while their guns talk in Kessa,”⟧ ⟦m:s3 Nazarov⟧ ⟦c said⟧.

⟦m:s5 The Orvalian defence ministry⟧ ⟦c said⟧ ⟦i:s5 its forces had fired only at military positions⟧. The claims could not be independently verified.

The ⟦m:s4 International Relief Committee⟧ ⟦c said⟧ ⟦i:s4 more than 80,000 people had fled the Brena valley since October⟧. ⟦q:s4 “Families are sleeping in schools, in mosques, in cars. Winter is coming and we are running out of time,”⟧ a spokesperson for the committee ⟦c said⟧.

The talks are expected to last at least three days. ⟦m:s1 Aaltonen⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would brief the Council of Nations on Friday⟧. ⟦q:s1 “Nobody should expect miracles this week. But nobody should give up either.”⟧
"""),

# 8014 regional: education (straight quotes)
({"s1": ("Sunita Ramanathan", "Ramanathan", "Mrs Ramanathan"),
  "s2": ("Oskar Nowicki", "Oskar"),
  "s3": ("Ama Boateng", "Ama"),
  "s4": ("Fiona Gilchrist", "Gilchrist"),
  "s5": ("Philip Hargreaves", "Hargreaves")},
'''
Record A-level results for Brackley Moor three years after 'inadequate' rating

Pupils at Brackley Moor Academy have achieved the school's best ever A-level results, three years after inspectors rated it inadequate.

Some 71 per cent of entries were graded A* to C, up from 46 per cent in 2023, and eleven students have won places at Russell Group universities.

Headteacher ⟦m:s1 Sunita Ramanathan⟧, who took over in 2023, ⟦c said⟧: ⟦q:s1 "When I arrived, the children here had been told, in one way or another, that they weren't expected to do very well. The single biggest thing we changed was that."⟧

⟦q:s1 "It wasn't one magic policy. It was attendance, it was behaviour, it was staff who stayed instead of leaving after a year, and it was a lot of very hard work by these young people,"⟧ ⟦m:s1 she⟧ ⟦c added⟧.

⟦m:s2 Oskar Nowicki⟧, 18, who achieved three A* grades and will study engineering at Carrow, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had nearly left the school in Year 9⟧. ⟦q:s2 "My mum wanted to move me. I'm really glad she didn't,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Ama Boateng⟧, 17, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had opened her results on the bus and screamed⟧. ⟦q:s3 "The driver asked if I was all right. I said I'd never been better,"⟧ ⟦m:s3 Ama⟧ ⟦c said⟧.

But ⟦m:s4 Fiona Gilchrist⟧, district secretary of the National Teachers' Union, ⟦c warned⟧ that ⟦x:s4 the improvement had come "at a real cost" to staff⟧. ⟦q:s4 "Teachers at Brackley Moor have been working sixty-hour weeks for three years. That isn't sustainable, and nobody should hold it up as a model without asking what it costs,"⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s1 Ramanathan⟧ ⟦c said⟧ ⟦x:s1 workload was "something we take very seriously"⟧ and that ⟦i:s1 the school had recruited six extra teachers this year⟧.

⟦m:s5 Philip Hargreaves⟧, Lowther Council's cabinet member for education, ⟦c said⟧: ⟦q:s5 "This is a remarkable turnaround and the whole town should be proud of it."⟧
'''),

# 8015 regional: local community
({"s1": ("Margaret Olusola", "Olusola"),
  "s2": ("Tadeusz Kowalczyk", "Kowalczyk"),
  "s3": ("Harwood Borough Council", "the council"),
  "s4": ("Bethan Rees-Morgan", "Rees-Morgan", "Councillor Rees-Morgan")},
"""
Volunteers save Ferncliffe library from closure

Ferncliffe’s library will stay open after a group of volunteers raised £38,000 in six months and agreed to take over its day-to-day running from the council.

The red-brick building on Chapel Street, which opened in 1907, was among six branch libraries earmarked for closure in March as part of £4.2m of cuts.

⟦m:s1 Margaret Olusola⟧, a retired primary school teacher who chairs the Friends of Ferncliffe Library, ⟦c said⟧ ⟦x:s1 the campaign had been “the most exhausting and the most wonderful” year of her life⟧.

⟦q:s1 “We had bake sales, a sponsored silence, a quiz night that went on until one in the morning. A lad of nine gave us his birthday money. I cried when he handed it over,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 Tadeusz Kowalczyk⟧, 72, who has borrowed books from the library since ⟦m:s2 he⟧ arrived from Gdańsk in 1981, will be one of 40 volunteers on the rota. ⟦q:s2 “This is where I learned English — children’s books first, then the newspapers, then Dickens. I owe this building a few hours a week,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Harwood Borough Council⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ would continue to pay for the building’s heating and insurance for three years⟧.

Councillor ⟦m:s4 Bethan Rees-Morgan⟧, cabinet member for culture, ⟦c said⟧: ⟦q:s4 “I would much rather we were not in a position where communities have to do this. But the Friends have done something remarkable, and we will support them every way we can.”⟧

One regular, a mother of two who visits every Saturday morning, ⟦c said⟧: ⟦q “It’s brilliant that they’ve saved it. But it shouldn’t have been down to Margaret and a bake sale.”⟧

⟦m:s1 Olusola⟧ does not disagree. ⟦q:s1 “She’s right. But it was down to us, so we did it.”⟧

The library will reopen under its new management on 9 January.
"""),

# 8016 broadsheet: profile
({"s1": ("Nguyễn Thị Hoa", "Hoa"),
  "s2": ("Nguyễn Thị Mai", "Mai"),
  "s3": ("Ptolemy Vance", "Vance"),
  "s4": ("Gerry Donnelly", "Donnelly"),
  "s5": ("Armand Lefèvre", "Lefèvre")},
"""
The chef who turned a lorry park café into Ardmore’s hardest table to book

At six in the morning, the car park behind the Ardmore freight terminal smells of diesel and wet tarmac. By half past, it smells of star anise. ⟦m:s1 Nguyễn Thị Hoa⟧ has been in her kitchen since four.

⟦q:s1 “The drivers come first. They always came first,”⟧ ⟦m:s1 she⟧ ⟦c says⟧, ladling broth into a paper cup for a man in a hi-vis jacket. ⟦q:s1 “The people from the newspapers can come at lunchtime.”⟧

⟦m:s1 Hoa⟧, 46, arrived in Ardmore in 1998 with one suitcase and no English. Her first job was washing pans at Maison Lefèvre, then the city’s grandest French restaurant.

⟦m:s5 Armand Lefèvre⟧, who ran the restaurant until it closed in 2015, ⟦c says⟧ ⟦i:s5 ⟦m:s5 he⟧ noticed her within a week⟧. ⟦q:s5 “She was washing pans, but she was tasting everything that came back from the dining room. Every sauce. I thought, either she is going to steal my recipes or she is going to be better than me. It turned out to be the second one,”⟧ ⟦m:s5 he⟧ ⟦c says⟧.

The café, a converted shipping container with eight stools and a tarpaulin awning, opened in 2017. ⟦m:s1 Hoa⟧ talks about the early years without a trace of sentiment.

⟦q:s1 “For the first two years I lost money every month. I was making pho for truckers at four pounds a bowl and paying my sister in noodles.⟧

⟦q:s1 “Then one of the drivers put a photo on the internet and a food writer saw it. After that it was a different life. Some days I miss the first one.”⟧

⟦m:s2 Her younger sister⟧, ⟦m:s2 Mai⟧, who runs front of house, laughs at this. ⟦q:s2 “She does not miss it. She misses sleeping less, maybe. She likes to be tired,”⟧ ⟦m:s2 Mai⟧ ⟦c says⟧. ⟦q:s2 “And she did pay me. Mostly.”⟧

The review that changed everything appeared in the Ardmore Courier in the spring of 2019. ⟦m:s3 Its restaurant critic⟧, ⟦m:s3 Ptolemy Vance⟧, ⟦c wrote⟧ that ⟦x:s3 the broth was “the best thing I have eaten in this city in a decade.”⟧

⟦m:s3 Vance⟧, now retired, ⟦c says⟧ ⟦i:s3 ⟦m:s3 he⟧ has not changed his mind⟧. ⟦q:s3 “I get asked about that review more than anything else I wrote in thirty years. I was right. I was just late — the lorry drivers had known for two years,”⟧ ⟦m:s3 he⟧ ⟦c says⟧.

⟦m:s4 Gerry Donnelly⟧, who has driven refrigerated lorries between Ardmore and the ferry port for 22 years, still eats there three mornings a week. ⟦q:s4 “I had to queue behind a bloke in a cashmere coat last Tuesday. But she still does my egg the way I like it,”⟧ ⟦m:s4 he⟧ ⟦c says⟧.

⟦m:s1 Hoa⟧ ⟦c says⟧ ⟦i:s1 ⟦m:s1 she⟧ has turned down three offers to open a restaurant in the city centre⟧. ⟦q:s1 “Why would I move? The people who made me are in this car park,”⟧ ⟦m:s1 she⟧ ⟦c says⟧.
"""),

# 8017 broadsheet: obituary (British single quotes)
({"s1": ("Agnieszka Morrow", "Morrow", "Agnieszka Zielińska"),
  "s2": ("Hamish Dalgleish", "Dalgleish", "Sir Hamish Dalgleish"),
  "s3": ("Adaeze Okonkwo", "Okonkwo"),
  "s4": ("Tomas Morrow", "Tomas"),
  "s5": ("University of Carrow", "the university")},
"""
⟦m:s1 Agnieszka Morrow⟧ obituary

⟦m:s1 Agnieszka Morrow⟧, who has died aged 87, spent more time on the Greenland ice sheet than almost any scientist of her generation, and was among the first to ⟦c warn⟧ that ⟦i:s1 its melting could raise sea levels far faster than the models of the day predicted⟧.

Born ⟦m:s1 Agnieszka Zielińska⟧ in Kraków in 1939, ⟦m:s1 she⟧ came to Edinburgh as a graduate student in 1962, married the geologist Robert Morrow three years later, and stayed for the rest of her life.

Her first season on the ice came in 1967. ⟦q:s1 ‘I had a tent, a theodolite and a great deal of porridge,’⟧ ⟦m:s1 she⟧ ⟦c told⟧ an interviewer in 2004. ⟦q:s1 ‘Nobody thought a woman would last a season. I lasted eleven.’⟧

Her 1983 paper on meltwater lakes was received coolly; one anonymous reviewer ⟦c wrote⟧ that ⟦x her conclusions were ‘alarmist and unsupported’⟧. Within fifteen years they had become the consensus.

Sir ⟦m:s2 Hamish Dalgleish⟧, who shared a field camp with her at Camp Aurora in 1978, ⟦c said⟧: ⟦q:s2 ‘She was the most stubborn person I ever met, and thank God for that. If she had listened to the people who told her she was wrong, we would have lost twenty years.’⟧

⟦m:s2 He⟧ ⟦c recalled⟧ that ⟦i:s2 ⟦m:s1 she⟧ had once walked eleven kilometres across the ice in a whiteout to retrieve a data logger⟧. ⟦q:s2 ‘When she got back she said, “Well, I wasn’t going to leave it there.” That was Agnieszka.’⟧

⟦m:s3 Adaeze Okonkwo⟧, now professor of glaciology at Dunmore, was her doctoral student in the 1990s. ⟦q:s3 ‘She read every draft I sent her within a day and covered it in green ink. She never once told me what to conclude. She just asked the question I had been avoiding,’⟧ ⟦m:s3 she⟧ ⟦c said⟧.

In retirement ⟦m:s1 Morrow⟧ became a formidable campaigner. ⟦m:s1 She⟧ ⟦c told⟧ a parliamentary committee in 2019 that ⟦x:s1 politicians had ‘spent forty years waiting for a certainty that science cannot give them’⟧.

The ⟦m:s5 University of Carrow⟧, where ⟦m:s1 she⟧ taught for 31 years, ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ would name its new polar research building after her⟧.

In a statement, ⟦m:s4 her son⟧, ⟦m:s4 Tomas⟧, ⟦c said⟧: ⟦q:s4 ‘Mum died peacefully at home, with the window open, because she always said a room should be cold enough to think in.’⟧

⟦m:s1 She⟧ is survived by ⟦m:s4 Tomas⟧, her daughter, Zofia, and five grandchildren. Robert died in 2011.
"""),

# 8018 broadsheet: interview
({"s1": ("Chidi Obiora", "Obiora"),
  "s2": ("Henrietta Lamb", "Lamb")},
"""
⟦m:s1 Chidi Obiora⟧: grief, jazz and the novel that took twelve years

⟦m:s1 Chidi Obiora⟧ is twenty minutes late and full of apology. ⟦q:s1 “The trains,”⟧ ⟦m:s1 he⟧ ⟦c says⟧, spreading his hands. ⟦q:s1 “Twelve years to write one book, and I still can’t read a timetable.”⟧

The Harmattan House, his fourth novel and his first in more than a decade, follows three generations of a family in Enugu through the civil war and its long aftermath. It is, by some distance, the best thing ⟦m:s1 he⟧ has written.

⟦q:s1 “My grandfather disappeared in 1968, during the war. Nobody in the family ever talked about it. There was a photograph on my grandmother’s wall and that was all,”⟧ ⟦m:s1 he⟧ ⟦c says⟧. ⟦q:s1 “I wrote the book to find out what happened to him, and of course I never found out. So I made it up.⟧

⟦q:s1 “That is the dirty secret of the novelist. When the archive runs out, you keep going.”⟧

The book was started, abandoned and restarted several times. ⟦m:s2 His editor at Pellucid Press⟧, ⟦m:s2 Henrietta Lamb⟧, ⟦c says⟧ ⟦i:s2 ⟦m:s2 she⟧ received three completely different versions of the manuscript⟧. ⟦q:s2 “The first one was a thriller. The second was about four hundred pages of jazz. The third was this, and the minute I read it I knew he’d found it,”⟧ ⟦m:s2 she⟧ ⟦c says⟧.

The jazz survived, in a sense. ⟦m:s1 Obiora⟧ played trumpet in a highlife band as a student, and music runs through the novel like a second plot. When I ask whether ⟦m:s1 he⟧ still plays, ⟦m:s1 he⟧ laughs. ⟦q:s1 “Only when my neighbours are out. They have suffered enough.”⟧

⟦m:s1 He⟧ ⟦c says⟧ ⟦i:s1 the last third of the book was written in the year after his mother died⟧, and that ⟦x:s1 ⟦m:s1 he⟧ “could not have written it any other way.”⟧

⟦q:s1 “Grief makes you very patient with sentences. You have nowhere else to be,”⟧ ⟦m:s1 he⟧ ⟦c says⟧.

⟦m:s1 Obiora⟧ ⟦c insists⟧ ⟦i:s1 the next novel will not take twelve years⟧. ⟦m:s2 Lamb⟧ is not so sure. ⟦q:s2 “He says that every time,”⟧ ⟦m:s2 she⟧ ⟦c says⟧.
"""),

# 8019 regional: council budget (straight quotes)
({"s1": ("Andrew Fairbairn", "Fairbairn"),
  "s2": ("Stuart McCandless", "McCandless"),
  "s3": ("Jacqueline Osei", "Osei")},
'''
Council tax to rise 4.99% as Harwood budget passes after stormy meeting

Council tax in Harwood will rise by 4.99 per cent from April after councillors approved the authority's budget by 31 votes to 24 following a four-hour meeting on Thursday night.

The rise will add £94 a year to a typical Band D bill, taking it to just over £1,980.

Council leader ⟦m:s1 Andrew Fairbairn⟧ ⟦c said⟧ ⟦x:s1 the authority had been left with "no real choice" by a £14m gap in its finances⟧.

⟦q:s1 "Nobody came into politics to put up council tax. But the alternative was closing children's centres and cutting bin collections to once a fortnight, and I was not prepared to do that,"⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Opposition leader ⟦m:s2 Stuart McCandless⟧ ⟦c said⟧ ⟦i:s2 the ruling group had wasted £6m on a failed regeneration scheme at Harwood Wharf⟧. ⟦q:s2 "They have spent three years on vanity projects and now they are sending residents the bill,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s1 Fairbairn⟧ hit back. ⟦q:s1 "I'll take no lectures from a party that has tabled an amendment tonight that doesn't add up by three million pounds,"⟧ ⟦m:s1 he⟧ ⟦c told⟧ the chamber.

At one point the meeting was adjourned for ten minutes after shouting from the public gallery, where around 40 residents had gathered. ⟦q "Shame on the lot of you!"⟧ one man ⟦c shouted⟧ as the final vote was taken.

⟦m:s3 Jacqueline Osei⟧, branch secretary of the Public Services Union, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ was relieved that no compulsory redundancies were planned⟧. ⟦q:s3 "We will hold them to that. Our members have already lost 200 posts since 2020,"⟧ ⟦m:s3 she⟧ ⟦c said⟧.

The budget also includes £2.1m for pothole repairs and a freeze on town-centre parking charges.
'''),

# 8020 regional: trial
({"s1": ("Miriam Goldblatt", "Goldblatt", "Ms Goldblatt"),
  "s2": ("Ruairí Ó Dónaill", "Ó Dónaill", "Mr Ó Dónaill"),
  "s3": ("Kofi Asante", "Asante", "Mr Asante"),
  "s4": ("Harriet Lowe", "Lowe"),
  "s5": ("Jeremy Stallworth", "Stallworth", "Mr Stallworth"),
  "s6": ("Alistair Penhaligon", "Penhaligon", "Mr Justice Penhaligon")},
"""
Nightclub owner knew fire exits were padlocked, jury hears

The owner of a nightclub where three people died in a fire knew that two of its emergency exits had been padlocked shut for months, a jury has heard.

⟦m:s2 Ruairí Ó Dónaill⟧, 58, denies three counts of gross negligence manslaughter over the fire at the Velvet Room in Port Ellery in February 2025.

Opening the prosecution case at Ellery Crown Court, ⟦m:s1 Miriam Goldblatt⟧ KC ⟦c said⟧ ⟦i:s1 the rear exits had been locked to stop customers letting friends in without paying⟧.

⟦q:s1 “This was not an oversight. It was a business decision, taken to save a few hundred pounds a weekend, and three young people paid for it with their lives,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ the jury.

The court heard from ⟦m:s3 Kofi Asante⟧, who worked as a door supervisor at the club for two years. ⟦m:s3 He⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 he⟧ had raised the locked exits with Mr ⟦m:s2 Ó Dónaill⟧ “at least three times.”⟧

⟦q:s3 “He told me, ‘Don’t worry about the back doors, worry about the front door.’ He said if I didn’t like it there were plenty of other lads who wanted my job,”⟧ Mr ⟦m:s3 Asante⟧ ⟦c said⟧.

Under cross-examination by ⟦m:s5 Jeremy Stallworth⟧ KC, for the defence, Mr ⟦m:s3 Asante⟧ ⟦c accepted⟧ that ⟦i:s3 ⟦m:s3 he⟧ had never put his concerns in writing⟧.

⟦q:s5 “You say you raised this three times, and yet there is not a single text message, not a single email, not one line in the incident book. Why is that?”⟧ Mr ⟦m:s5 Stallworth⟧ ⟦c asked⟧.

⟦q:s3 “Because I needed the job,”⟧ Mr ⟦m:s3 Asante⟧ ⟦c replied⟧.

Station manager ⟦m:s4 Harriet Lowe⟧, of Ellery Fire and Rescue Service, ⟦c said⟧ ⟦i:s4 firefighters had found both rear exits chained and padlocked from the inside⟧. ⟦q:s4 “We had to cut the chain on the first door with bolt croppers. By then it was too late,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

Mr Justice ⟦m:s6 Penhaligon⟧ ⟦c told⟧ jurors that ⟦i:s6 they must not discuss the case with anyone outside the jury room⟧.

The trial, which is expected to last five weeks, continues.
"""),

# 8021 broadsheet: business merger
({"s1": ("Rachel Thistlewood", "Thistlewood"),
  "s2": ("Leonie Abara", "Abara"),
  "s3": ("Fair Trading Commission", "the commission"),
  "s4": ("Deepak Sondhi", "Sondhi"),
  "s5": ("Hugo Marchbanks", "Marchbanks")},
"""
Halden and Brightmarket agree £6bn supermarket merger

Two of Britain’s biggest supermarket chains, Halden and Brightmarket, have agreed a £6bn merger that would create the country’s second-largest grocer, with more than 1,400 stores and 160,000 staff.

Under the terms of the deal, Halden shareholders will own 58 per cent of the combined group, which will keep both brands for at least three years.

⟦m:s1 Rachel Thistlewood⟧, Halden’s chief executive, who will run the combined business, ⟦c said⟧ ⟦x:s1 the deal would allow the group to cut prices on “thousands of everyday lines.”⟧

⟦q:s1 “Shoppers are still feeling the squeeze. Scale lets us buy better, and buying better lets us charge less. That is the whole logic of this deal,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 Leonie Abara⟧, who has led Brightmarket since 2021 and will become deputy chief executive, ⟦c said⟧ ⟦i:s2 the two chains overlapped in far fewer towns than critics assumed⟧. ⟦q:s2 “We are strong in the north and in market towns; Halden is strong in the south and in big out-of-town stores. There is much less overlap than people think,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

The ⟦m:s3 Fair Trading Commission⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ would examine the deal⟧. ⟦q:s3 “We will look closely at whether this merger could lead to higher prices or less choice for shoppers in any part of the country,”⟧ a spokesperson ⟦c said⟧.

⟦m:s4 Deepak Sondhi⟧, general secretary of the Retail and Distribution Workers’ Union, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ feared hundreds of store and warehouse jobs would go⟧. ⟦q:s4 “Whenever a chief executive talks about synergies, our members hear redundancies,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “We want a cast-iron guarantee on jobs, and we want it in writing.”⟧

⟦m:s1 Thistlewood⟧ ⟦c said⟧ ⟦x:s1 there were “no plans” to close stores⟧, but declined to rule out cuts at the two head offices.

⟦q:s5 “The City likes it, the suppliers will hate it and the regulator is going to take its time. I would not bet on this completing before 2028,”⟧ ⟦c said⟧ ⟦m:s5 Hugo Marchbanks⟧, a retail analyst at Fenwick Stroud who has covered the grocery sector for two decades.

Halden shares closed 6.2 per cent higher, while Brightmarket’s rose 11.8 per cent.
"""),

# 8022 wire: tech, data breach
({"s1": ("Lumora Energy", "Lumora"),
  "s2": ("Matthias Grünewald", "Grünewald"),
  "s3": ("Aoife Kinsella", "Kinsella"),
  "s4": ("Samir Haddad", "Haddad", "Dr Haddad"),
  "s5": ("Priyanka Deshmukh", "Deshmukh")},
"""
Energy supplier ⟦m:s1 Lumora⟧ says hackers stole data of 2.3 million customers

LONDON, Dec 7 (Meridian Wire) - ⟦m:s1 Lumora Energy⟧ ⟦c said⟧ on Monday ⟦i:s1 hackers had stolen the names, addresses and partial bank details of about 2.3 million customers⟧, in what appears to be one of the largest data breaches at a British utility.

⟦m:s1 The company⟧ ⟦c said⟧ ⟦i:s1 passwords and full card numbers had not been taken⟧.

⟦q:s2 “I am deeply sorry. Our customers trusted us with their information and we have let them down,”⟧ chief executive ⟦m:s2 Matthias Grünewald⟧ ⟦c said⟧ in a video posted on the company’s website. ⟦q:s2 “We will offer every affected customer two years of free credit monitoring.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 the attack had been detected on Thursday⟧ and that ⟦i:s2 the weakness, in a third-party billing system, had since been fixed⟧.

Data Commissioner ⟦m:s3 Aoife Kinsella⟧ ⟦c said⟧ ⟦i:s3 her office had opened an investigation⟧. ⟦q:s3 “Companies that hold this much personal information have a duty to protect it. We will want to understand exactly how this happened and whether it could have been prevented,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Dr ⟦m:s4 Samir Haddad⟧, a cybersecurity researcher at the University of Westmarch, ⟦c said⟧ ⟦i:s4 customers should be wary of unexpected messages in the coming weeks⟧. ⟦q:s4 “The danger now is not so much the data itself as what criminals can do with it. Expect very convincing emails and phone calls from people claiming to be Lumora,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦m:s5 Priyanka Deshmukh⟧, a ⟦m:s1 Lumora⟧ customer from Redbourne, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had found out about the breach from a friend’s post on social media⟧. ⟦q:s5 “I still haven’t had an email from them. I had to phone up and wait 50 minutes to be told they couldn’t say whether I was affected,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦c According to⟧ ⟦m:s1 Lumora⟧, ⟦i:s1 all affected customers will be contacted by email or letter by Friday⟧.

Shares in ⟦m:s1 Lumora⟧’s parent company, Cressida Holdings, fell 4.3% in London.
"""),

# 8023 wire: health, vaccine approval (straight quotes)
({"s1": ("Medicines Safety Agency", "the agency"),
  "s2": ("Elena Moravcová", "Moravcová"),
  "s3": ("Cerulean Biologics", "Cerulean"),
  "s4": ("Tobias Engström", "Engström", "Dr Engström"),
  "s5": ("Gemma Thorne", "Thorne")},
'''
Regulator approves first vaccine against tick-borne Harrow fever

The ⟦m:s1 Medicines Safety Agency⟧ on Tuesday approved the first vaccine against Harrow fever, a tick-borne viral illness that has spread rapidly across the south-west over the past decade.

Cases have risen from fewer than 30 a year in 2015 to more than 1,400 last year, with around one in ten patients suffering symptoms for six months or longer.

⟦m:s2 Elena Moravcová⟧, the agency's chief medical officer, ⟦c said⟧ ⟦i:s2 the approval followed a trial of 14,000 people in which the vaccine prevented 89% of symptomatic infections⟧.

⟦q:s2 "This is a genuinely important moment. Harrow fever has gone from a curiosity in a few valleys to something GPs across the region now see every summer,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

The vaccine, made by ⟦m:s3 Cerulean Biologics⟧, will be offered first to forestry workers, farmers and people over 65 in the worst-affected areas. ⟦m:s3 Cerulean⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ could supply 2 million doses in 2027⟧.

⟦q:s4 "I've seen young, fit people flattened by this for months. Some of them still can't work a full day a year later,"⟧ ⟦c said⟧ Dr ⟦m:s4 Tobias Engström⟧, an infectious disease consultant at Wenlock Royal Infirmary who treated many of the region's first cases. ⟦q:s4 "A vaccine won't replace tick checks and long trousers, but it changes the picture completely."⟧

⟦m:s5 Gemma Thorne⟧, who founded the patient group Harrow Fever Support after her own illness in 2019, ⟦c said⟧ ⟦x:s5 the news was "bittersweet"⟧. ⟦q:s5 "It's come too late for a lot of us. But it means my kids won't have to go through what I went through,"⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s1 The agency⟧ ⟦c said⟧ ⟦i:s1 side effects in the trial had been mostly mild, such as a sore arm and tiredness⟧. ⟦q:s1 "The benefits clearly outweigh the risks for the groups we have recommended,"⟧ ⟦m:s1 the agency⟧ ⟦c said⟧ in its published assessment.
'''),

# 8024 broadsheet: cycling race report
({"s1": ("Tobi Oyelaran", "Oyelaran"),
  "s2": ("Jens Vanhoutte", "Vanhoutte"),
  "s3": ("Consuelo Ibarra", "Ibarra")},
"""
⟦m:s1 Oyelaran⟧ edges ⟦m:s2 Vanhoutte⟧ to take first yellow jersey of Tour of Calder

⟦m:s1 Tobi Oyelaran⟧ won a chaotic bunch sprint in Kirkmorden on Sunday, beating the Belgian ⟦m:s2 Jens Vanhoutte⟧ by half a wheel to take the first leader’s jersey of the Tour of Calder.

The 186km opening stage had been shaped by a crash three kilometres from the finish that brought down a dozen riders and split the peloton in two.

⟦q:s1 “I was boxed in with 300 metres to go and I thought it was over. Then a gap opened on the left and I just went,”⟧ ⟦m:s1 Oyelaran⟧ ⟦c said⟧. ⟦q:s1 “Honestly, I don’t think I’ve ever sprinted that hard in my life.”⟧

⟦m:s1 The 23-year-old⟧, who moved to Kirkmorden from Ibadan at the age of nine, ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ would dedicate the win to his first coach, Eddie Vickers, who died in the spring⟧. ⟦q:s1 “He would have told me I went too early,”⟧ ⟦m:s1 he⟧ ⟦c said⟧, laughing.

⟦m:s2 Vanhoutte⟧ was less happy, ⟦c claiming⟧ ⟦i:s2 ⟦m:s1 Oyelaran⟧ had drifted off his line in the final 50 metres⟧. ⟦q:s2 “He came across me. If I don’t brake, we both go down. The judges have seen it and they’ve decided, so that’s that, but I know what happened,”⟧ ⟦m:s2 the Belgian⟧ ⟦c said⟧.

The race jury reviewed the finish and took no action.

⟦m:s3 Consuelo Ibarra⟧, sports director of ⟦m:s1 Oyelaran⟧’s Team Vantage, had little time for the complaint. ⟦q:s3 “Jens is a great rider and a bad loser, which is how it should be. Tobi held his line. Look at the overhead footage,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Monday’s second stage, a hilly 171km loop around Lake Orrin, is expected to favour the climbers.
"""),

# 8025 broadsheet: police, protest
({"s1": ("Calder Constabulary", "the force"),
  "s2": ("Tide Rising",),
  "s3": ("Freya Lindholm", "Lindholm"),
  "s4": ("Harjit Bains", "Bains"),
  "s5": ("Samuel Okoro", "Okoro", "Chief Superintendent Okoro"),
  "s6": ("Hugh Templeton", "Templeton")},
"""
Fourteen arrested as climate protesters block Westgate bridge

Fourteen people were arrested on Monday after climate protesters glued themselves to the Westgate bridge in Ardmore during the morning rush hour, causing tailbacks of up to five miles.

⟦m:s1 Calder Constabulary⟧ ⟦c said⟧ ⟦i:s1 officers had been called at 7.40am⟧ and that ⟦i:s1 the bridge had reopened shortly after 11am⟧.

Chief Superintendent ⟦m:s5 Samuel Okoro⟧ ⟦c said⟧: ⟦q:s5 “People have the right to protest, and we will always facilitate that. They do not have the right to stop an ambulance getting to hospital, and that is what happened this morning.”⟧

⟦m:s5 He⟧ ⟦c said⟧ ⟦i:s5 an ambulance carrying a patient with chest pains had been held up for around 15 minutes⟧.

⟦m:s2 Tide Rising⟧, which organised the protest, ⟦c said⟧ ⟦i:s2 the ambulance had been let through as soon as protesters became aware of it⟧. ⟦m:s3 Its spokeswoman⟧, ⟦m:s3 Freya Lindholm⟧, ⟦c said⟧: ⟦q:s3 “We are sorry for the disruption to ordinary people. We are not sorry for demanding that the government stops licensing new oil fields.”⟧ ⟦q:s3 “We will be back,”⟧ ⟦m:s3 she⟧ ⟦c added⟧.

⟦m:s4 Harjit Bains⟧, a delivery driver who was stuck on the approach road for nearly two hours, was unimpressed. ⟦q:s4 “I get paid per drop. They’ve just cost me half a day’s wages. How is that going to save the planet?”⟧

One witness, who watched from a footbridge, ⟦c said⟧ ⟦x officers had used “some kind of solvent spray” to free protesters’ hands from the tarmac⟧. ⟦q “It took them ages. Some of the protesters were singing the whole time,”⟧ she ⟦c said⟧.

Policing minister ⟦m:s6 Hugh Templeton⟧ ⟦c wrote⟧ on social media that ⟦x:s6 the protesters were “selfish” and should “face the full force of the law.”⟧

All fourteen remained in custody last night.
"""),

# 8026 wire: international, election
({"s1": ("Josiane Ndayisaba", "Ndayisaba"),
  "s2": ("Pascal Habimana", "Habimana"),
  "s3": ("Independent Electoral Commission", "the electoral commission", "the commission"),
  "s4": ("Gustavo Peralta", "Peralta"),
  "s5": ("Claudine",)},
"""
Opposition leader ⟦m:s1 Ndayisaba⟧ wins Karesh presidency in upset

DORANO, Dec 7 (Meridian Wire) - ⟦i:s3 Opposition leader ⟦m:s1 Josiane Ndayisaba⟧ has won Karesh’s presidential election⟧, ⟦m:s3 the electoral commission⟧ ⟦c announced⟧ on Monday, ending 18 years of rule by the Party of National Renewal.

⟦m:s3 The commission⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s1 Ndayisaba⟧, a 52-year-old former finance minister, had taken 53.8% of the vote against 44.1% for incumbent ⟦m:s2 Pascal Habimana⟧⟧. Turnout was 71%, the highest since the return of multi-party elections in 1994.

Addressing tens of thousands of supporters in Dorano’s Independence Square, ⟦m:s1 Ndayisaba⟧ ⟦c said⟧: ⟦q:s1 “Tonight nobody has lost. Karesh has won. I will be the president of the people who voted against me as much as the people who voted for me.”⟧

⟦q:s1 “We have promised a great deal. Tomorrow morning the work begins, and you must hold me to every word,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 Habimana⟧, 71, conceded defeat in a televised address shortly before midnight. ⟦q:s2 “The people have spoken, and in a democracy the people are always right, even when they are wrong,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ would telephone his successor in the morning to offer his congratulations⟧.

⟦m:s4 The head of the Pan-Continental Observer Mission⟧, ⟦m:s4 Gustavo Peralta⟧, ⟦c said⟧ ⟦x:s4 the vote had been “broadly free and fair,”⟧ although ⟦m:s4 he⟧ ⟦c noted⟧ that ⟦i:s4 ballot papers had run short in several northern districts⟧.

In the capital’s Marché Central, ⟦m:s5 Claudine⟧, a tailor who gave only her first name, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had queued for six hours to vote⟧. ⟦q:s5 “My legs are still tired. It was worth it,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s1 Ndayisaba⟧ will be sworn in on January 2.
"""),

# 8027 tabloid: human interest
({"s1": ("Kerry-Ann Whitlock", "Kerry-Ann"),
  "s2": ("Dean Whitlock", "Dean"),
  "s3": ("Colin Baptiste", "Baptiste"),
  "s4": ("Marjorie Pell", "Pell"),
  "s5": ("Lily-Mae Whitlock", "Lily-Mae")},
"""
Hero spaniel Biscuit saves family of five from house blaze

A PLUCKY spaniel saved a family of five from a house fire by barking until they woke up.

Biscuit, four, raced up and down the landing of the family’s semi in Stennford at 2am as smoke poured up the stairs from the kitchen.

Mum-of-three ⟦m:s1 Kerry-Ann Whitlock⟧, 36, ⟦c said⟧: ⟦q:s1 “He never barks at night. Never. So when I heard him going absolutely mental I knew something was wrong.”⟧

⟦q:s1 “I opened the bedroom door and the landing was full of smoke. I just screamed for Dean and grabbed the kids,”⟧ ⟦m:s1 she⟧ ⟦c added⟧.

Hubby ⟦m:s2 Dean⟧, 39, a forklift driver, carried their youngest, 18-month-old Harvey, down the stairs. ⟦q:s2 “You can’t see your hand in front of your face in that smoke. If Biscuit hadn’t woken us, I don’t think we’d be here,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s5 Their daughter⟧, ⟦m:s5 Lily-Mae⟧, eight, ⟦c said⟧: ⟦q:s5 “Biscuit is getting a whole packet of sausages.”⟧

Watch manager ⟦m:s3 Colin Baptiste⟧, of Tamsey Fire and Rescue Service, ⟦c said⟧ ⟦i:s3 the blaze was thought to have been started by a faulty tumble dryer⟧. ⟦q:s3 “This family had no working smoke alarm. The dog did the job the alarm should have done. Please, please test yours,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Neighbour ⟦m:s4 Marjorie Pell⟧, 68, who took the family in for the night, ⟦c said⟧: ⟦q:s4 “They turned up on my doorstep in their pyjamas, the dog out in front like he was leading them. I put the kettle on. What else do you do?”⟧

⟦m:s1 Kerry-Ann⟧ ⟦c said⟧ ⟦i:s1 the family were staying with relatives while the house was repaired⟧. ⟦q:s1 “We’ve lost a lot of stuff. Stuff can be replaced,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 8028 trade magazine: port strike (straight quotes)
({"s1": ("Brendan Shaughnessy", "Shaughnessy"),
  "s2": ("Kelderby Port Holdings", "KPH"),
  "s3": ("Henrik Aalund", "Aalund"),
  "s4": ("Patricia Onwuachi", "Onwuachi"),
  "s5": ("Wojciech Baran", "Baran")},
'''
Kelderby strike enters second week as container backlog grows

The strike by crane drivers and lashers at Kelderby has entered its second week, with more than 38,000 containers now stranded on the quayside or aboard ships waiting at anchor offshore.

Around 900 members of the Dockers' and Maritime Union walked out on 30 November after rejecting a 4% pay offer. The union is seeking 9%, in line with last year's inflation in the port's housing costs.

⟦m:s1 Brendan Shaughnessy⟧, regional organiser for the union, ⟦c said⟧ ⟦x:s1 members would not return to work for "anything less than a real-terms rise"⟧.

⟦q:s1 "KPH made £212 million in profit last year. Our members made that money for them, in the rain and the wind, on twelve-hour shifts,"⟧ ⟦m:s1 he⟧ ⟦c told⟧ Port & Freight Weekly. ⟦q:s1 "Don't tell me there's no money."⟧

⟦m:s2 Kelderby Port Holdings⟧ ⟦c said⟧ in a statement that ⟦x:s2 its offer was "fair and affordable"⟧. ⟦q:s2 "We urge the union to put this offer to a ballot of its members, which it has so far refused to do,"⟧ the statement ⟦c said⟧.

⟦m:s3 Henrik Aalund⟧, head of northern European operations at Baltora Line, ⟦c said⟧ ⟦i:s3 the carrier had diverted four vessels to Ostermark and Fallow Point⟧. ⟦q:s3 "Every day this goes on, some of that cargo doesn't come back. Once a customer has rebuilt their supply chain around another port, they're in no hurry to change it again,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s4 Patricia Onwuachi⟧, director-general of the Freight Forwarders' Association, ⟦c said⟧ ⟦i:s4 members were reporting storage charges of up to £180 a day per container⟧. ⟦q:s4 "Small importers are being hit hardest. They can't absorb these costs, and some of them will not survive a long dispute,"⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s5 Wojciech Baran⟧, who runs a fleet of 22 trucks out of Kelderby, ⟦c said⟧ ⟦i:s5 half his drivers were sitting idle⟧. ⟦q:s5 "I'm paying them to drink tea in the yard,"⟧ ⟦m:s5 he⟧ ⟦c said⟧.

⟦m:s1 Shaughnessy⟧ ⟦c said⟧ ⟦x:s1 the union was "ready to talk any time"⟧, but ⟦m:s2 KPH⟧ ⟦c said⟧ ⟦i:s2 no new talks had been scheduled⟧.
'''),

# 8029 broadsheet: science, archaeology
({"s1": ("Oriane Delacroix", "Delacroix", "Dr Delacroix"),
  "s2": ("Geoffrey Tunnicliffe", "Tunnicliffe", "Mr Tunnicliffe"),
  "s3": ("Fenmoor Museum", "the museum"),
  "s4": ("Kenji Morimoto", "Morimoto", "Professor Morimoto"),
  "s5": ("Lorna Quigley", "Quigley")},
"""
Archaeologists uncover 3,500-year-old boat in Fenmoor peat bog

A 3,500-year-old wooden boat has been uncovered in a peat bog in Fenmoor, in what archaeologists believe is one of the best-preserved prehistoric vessels ever found in northern Europe.

The nine-metre log boat, carved from a single oak trunk, was spotted by farmer ⟦m:s2 Geoffrey Tunnicliffe⟧ while ⟦m:s2 he⟧ was clearing a drainage ditch in August.

⟦q:s2 “I thought it was a fence post at first. Then I kept digging and it kept going, and I thought, that’s a very long fence post,”⟧ Mr ⟦m:s2 Tunnicliffe⟧ ⟦c said⟧.

Dr ⟦m:s1 Oriane Delacroix⟧, of the Fenmoor Archaeological Trust, who led the excavation, ⟦c said⟧ ⟦i:s1 tree-ring dating placed the felling of the oak at around 1520 BC⟧.

⟦q:s1 “The peat has kept out the oxygen, so the wood is in astonishing condition. You can still see the adze marks where someone shaped the hull,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “Inside we found a bronze pin, a wooden paddle and what looks like the remains of a woven basket.⟧

⟦q:s1 “We will be years working out what it all means. But someone lost or left this boat in a hurry, and I would love to know why.”⟧

Professor ⟦m:s4 Kenji Morimoto⟧, an expert in prehistoric seafaring at the University of Westmarch, ⟦c said⟧ ⟦x:s4 the find was “of international importance.”⟧ ⟦q:s4 “We have plenty of Bronze Age boats from rivers. A vessel of this size this far inland suggests the landscape, and the waterways, looked very different,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

The boat is being kept in a water tank at the ⟦m:s3 Fenmoor Museum⟧, which ⟦c said⟧ ⟦i:s3 conservation could take up to five years⟧.

Heritage minister ⟦m:s5 Lorna Quigley⟧ ⟦c said⟧ ⟦i:s5 the government would contribute £400,000 towards the cost⟧.
"""),

# 8030 regional: winter weather
({"s1": ("Bronwen Tudor-Hughes", "Tudor-Hughes"),
  "s2": ("Public Health Directorate", "the directorate"),
  "s3": ("National Roads Agency", "the agency"),
  "s4": ("Graham Oakes", "Oakes"),
  "s5": ("Stevie McAllister", "McAllister"),
  "s6": ("Abimbola Fashola", "Fashola", "Dr Fashola")},
"""
Snow closes 300 schools as cold snap tightens its grip

More than 300 schools were closed across the north on Monday after up to 25cm of snow fell overnight, with forecasters warning of temperatures as low as minus 15C later in the week.

The Drummore Pass and three other high routes were shut for most of the day, and several hundred homes in Glenlowrie were without power after lines came down under the weight of snow.

⟦m:s1 Bronwen Tudor-Hughes⟧, a meteorologist at the Halvern Meteorological Bureau, ⟦c said⟧ ⟦i:s1 the cold air would linger until at least Friday⟧. ⟦q:s1 “The snow is the headline today, but it’s the ice that worries us more. Anything that melts during the day is going to refreeze overnight,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

The ⟦m:s2 Public Health Directorate⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ had extended its amber cold-health alert until Sunday⟧. Dr ⟦m:s6 Abimbola Fashola⟧, a consultant in public health at the directorate, urged people to check on elderly neighbours. ⟦q:s6 “A cold home is genuinely dangerous if you are over 75 or have a heart or lung condition. Keep at least one room at 18 degrees if you possibly can,”⟧ ⟦m:s6 she⟧ ⟦c said⟧.

The ⟦m:s3 National Roads Agency⟧ ⟦c said⟧ ⟦i:s3 its 1,100 gritters had been out all night⟧. ⟦q:s3 “Even treated roads can be treacherous in these conditions. Please only travel if you really need to,”⟧ a spokesman ⟦c said⟧.

⟦m:s5 Stevie McAllister⟧, who has driven gritters on the Drummore Pass for 16 years, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had started his shift at 9pm and was still out at noon⟧. ⟦q:s5 “You put salt down and twenty minutes later it’s covered again. It’s like bailing out a boat with a teacup,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

⟦m:s4 Graham Oakes⟧, headteacher of Glenlowrie Primary, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ had taken the decision to close at 6am⟧. ⟦q:s4 “Half my staff live on the other side of the pass. I wasn’t going to ask them to risk that road,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Not every parent was delighted. ⟦q “Third time this winter. I’ve used up all my leave and it isn’t even Christmas,”⟧ ⟦c said⟧ one father at the gates of a closed school in Kilbride.

On the slopes above Glenlowrie, at least, nobody was complaining: by mid-morning the hill behind the church was crowded with sledges.
"""),

]

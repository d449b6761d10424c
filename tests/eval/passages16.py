"""Development batch (DEV5): ordinary news from English-language outlets around the world, written without reading the engine's rules, on 2026-12-07. All people, organisations and events are fictional.

The annotation conventions are those of UNSEEN6 (passages13.py).

Each entry is (speakers, marked passage); markup as in make_gold.py.
"""

DEV5 = [

# 9001 US wire, politics: two women senators close together, governor by role, company statement
({"s1": ("Daria Whitcombe", "Whitcombe", "Sen. Daria Whitcombe"),
  "s2": ("Loretta Haskins", "Haskins", "Sen. Loretta Haskins"),
  "s3": ("Emmett Vanderpool", "Vanderpool", "Gov. Emmett Vanderpool"),
  "s4": ("Talbot Chemical", "Talbot")},
"""
Senate panel advances Marrow River cleanup bill after tense hearing

WASHINGTON (AP) — A Senate committee voted 12-9 on Thursday to advance a bill that would spend $4.2 billion cleaning up the Marrow River, after a hearing in which two senators from neighboring states traded barbs over who should pay for it.

⟦q:s1 “This river has been treated like a sewer for fifty years, and the people who live along it have paid the bill,”⟧ ⟦c said⟧ Sen. ⟦m:s1 Daria Whitcombe⟧, the Democrat who wrote the measure. ⟦q:s1 “It’s time the companies that did the dumping paid instead.”⟧

Sen. ⟦m:s2 Loretta Haskins⟧, a Republican whose state includes the river’s headwaters, ⟦c said⟧ ⟦x:s2 the bill was “a shakedown dressed up as an environmental program”⟧ and ⟦c warned⟧ that ⟦i:s2 it would cost thousands of jobs at upstream plants⟧.

⟦q:s2 “Nobody in this room is against clean water,”⟧ ⟦m:s2 Haskins⟧ ⟦c said⟧. ⟦q:s2 “But you don’t clean a river by shutting down the towns on its banks.”⟧

⟦m:s1 Whitcombe⟧ ⟦c shot back⟧ that ⟦i:s1 the towns had been shutting down for years on their own⟧. ⟦q:s1 “My colleague talks about jobs. I’d ask her to talk to the families in Callow Bend who can’t drink what comes out of their taps,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Gov. ⟦m:s3 Emmett Vanderpool⟧, whose administration has spent two years negotiating with the Environmental Protection Agency over the river, ⟦c said⟧ in a statement that ⟦i:s3 ⟦m:s3 he⟧ supported the goals of the bill but wanted the state to control how the money was spent⟧.

⟦q:s3 “Washington doesn’t know the Marrow. We do,”⟧ ⟦m:s3 the governor⟧ ⟦c said⟧.

⟦m:s4 Talbot Chemical⟧, which operates two plants upstream of Callow Bend, ⟦c said⟧ ⟦x:s4 ⟦m:s4 it⟧ had “met or exceeded every permit requirement” since 2009⟧.

⟦q:s4 “We are proud of our record on the Marrow and we look forward to working with Congress on a fair solution,”⟧ ⟦m:s4 the company⟧ ⟦c said⟧.

The bill now goes to the full Senate, where its prospects are uncertain. ⟦m:s1 Whitcombe⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ expected a floor vote before the August recess⟧. ⟦q:s1 “I’ve got the votes in committee. Now I need ten more,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 9002 British tabloid, entertainment: single quotes, anonymous insider, Instagram posts, production company with no organisation word
({"s1": ("Tamsin Okoro-Reilly", "Tamsin", "Okoro-Reilly"),
  "s2": ("Lanterne",),
  "s3": ("Gary Pettifer", "Gary", "Pettifer")},
"""
Soap star ⟦m:s1 Tamsin⟧’s heartbreak as Harbour Lane axes her after 11 years

SOAP favourite ⟦m:s1 Tamsin Okoro-Reilly⟧ has been left heartbroken after being axed from Harbour Lane after 11 years, the Clarion can reveal.

The 34-year-old, who has played feisty barmaid Jodie Marsh since she was 23, was told last week that her character will be killed off in a dramatic boat fire this spring.

An insider ⟦c said⟧: ⟦q ‘Tamsin was in floods of tears. She’s given that show everything and she found out in a ten-minute meeting. Nobody can believe it.’⟧

⟦q ‘There’s a lot of anger on set,’⟧ the source ⟦c added⟧. ⟦q ‘People feel the bosses have completely lost the plot.’⟧

Last night ⟦m:s1 Tamsin⟧ broke her silence on Instagram, sharing a snap of herself behind the bar of the soap’s famous pub, the Anchor. ⟦m:s1 She⟧ ⟦c wrote⟧: ⟦q:s1 ‘Eleven years. Thousands of pints pulled. Not one of them real! Thank you to every single person who ever watched Jodie. I’m not ready to say goodbye but it wasn’t my choice.’⟧

Co-star ⟦m:s3 Gary Pettifer⟧, 52, who plays her on-screen dad Ron, was among the first to respond. ⟦m:s3 He⟧ ⟦c commented⟧: ⟦q:s3 ‘Gutted doesn’t cover it. Best daughter a man could ask for. Love you kid x’⟧

Fans were just as furious. One ⟦c posted⟧: ⟦q ‘Harbour Lane without Jodie is like a pub without beer. I’m switching off.’⟧

A spokesperson for ⟦m:s2 Lanterne⟧, which makes the programme for Brightwell TV, ⟦c said⟧: ⟦q:s2 ‘We never comment on future storylines. Tamsin is a much-loved member of the Harbour Lane family and we are hugely grateful for everything she has brought to the show.’⟧

⟦m:s1 Tamsin⟧’s agent declined to comment.
"""),

# 9003 British broadsheet, courts: prosecutor, defence and judge (two women), emails as evidence, victim
({"s1": ("Philippa Dunmore", "Dunmore", "Judge Dunmore"),
  "s2": ("Nathaniel Crewe", "Crewe"),
  "s3": ("Marcus Ellingham", "Ellingham"),
  "s4": ("Imogen Thackeray", "Thackeray"),
  "s5": ("Ruth Abernethy", "Abernethy")},
"""
Charity boss spent £1.8m meant for flood victims on racehorses, court told

The former chief executive of a flood-relief charity spent £1.8m of donations on racehorses, a villa in the Algarve and private school fees, a jury at Millbrook crown court has heard.

⟦m:s3 Marcus Ellingham⟧, 58, who ran the Severnside Flood Fund from 2016 until 2023, denies 11 counts of fraud and false accounting.

Opening the prosecution case on Monday, ⟦m:s2 Nathaniel Crewe⟧ KC ⟦c told⟧ jurors that ⟦x:s2 ⟦m:s3 Ellingham⟧ had treated the charity “as a personal bank account” for the best part of seven years⟧.

⟦q:s2 “Families who had lost everything to the water gave what little they could spare,”⟧ ⟦m:s2 Crewe⟧ ⟦c said⟧. ⟦q:s2 “The defendant took that money and spent it on himself. It is as simple, and as shabby, as that.”⟧

The jury was shown emails in which ⟦m:s3 Ellingham⟧ appeared to discuss hiding payments from the charity’s trustees. In one, sent to the fund’s finance officer in March 2021, ⟦m:s3 he⟧ ⟦c wrote⟧: ⟦q:s3 “Just put it down as consultancy. Nobody on the board reads past page two.”⟧

Another, sent a fortnight later, ⟦c read⟧: ⟦q:s3 “Horse is running at Kelford on Saturday. Fund’s paying, obviously.”⟧

⟦m:s4 Imogen Thackeray⟧ KC, for the defence, ⟦c told⟧ the jury that ⟦x:s4 ⟦m:s3 her client⟧ accepted ⟦m:s3 he⟧ had been “chaotic and careless” with paperwork but had never set out to steal⟧.

⟦q:s4 “This is a case about a man who was out of his depth, not a case about a thief,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

Judge ⟦m:s1 Philippa Dunmore⟧ ⟦c reminded⟧ jurors that ⟦i:s1 they must put aside any feelings they had about wealth⟧. ⟦q:s1 “You will hear a great deal about horses and villas. You must decide this case on the evidence, not on whether you approve of how anyone chooses to live,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s5 Ruth Abernethy⟧, a retired teacher whose home in Lower Mardle was flooded in 2020, ⟦c told⟧ the court ⟦i:s5 ⟦m:s5 she⟧ had given £40 a month to the fund for three years⟧. ⟦q:s5 “I would have given more if I could. I thought it was going to people like me,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

The trial continues.
"""),

# 9004 Indian daily, civic: commissioner with glued title, corporator, residents' association, utility statement, anonymous engineer
({"s1": ("K. Sudharani", "Sudharani", "Ms. Sudharani"),
  "s2": ("Ramesh Babu Nallapati", "Nallapati", "Mr. Nallapati"),
  "s3": ("Farida Begum", "Farida"),
  "s4": ("Jaladhara",)},
"""
Water cuts in Kothapalli to continue for another week

KOTHAPALLI: ⟦i:s1 Residents of at least 14 wards in the city will have to manage with water supply on alternate days for one more week⟧, Municipal Commissioner ⟦m:s1 K. Sudharani⟧ ⟦c said⟧ on Tuesday.

Speaking to reporters after a review meeting, Ms. ⟦m:s1 Sudharani⟧ ⟦c said⟧ ⟦x:s1 repairs to the main pipeline from the Ellamma reservoir, which burst near Gandhi Nagar last Thursday, were “nearly 70% complete”⟧.

⟦q:s1 “We are working round the clock. I request citizens to bear with us for a few more days and to use water judiciously,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦c adding⟧ that ⟦i:s1 tankers had been deployed to areas at the tail end of the network⟧.

⟦q:s3 “The tanker came once in four days. Families are buying cans at ₹40 each. Who will compensate us?”⟧ ⟦c asked⟧ ⟦m:s3 Farida Begum⟧, president of the Sai Nagar Residents’ Welfare Association.

⟦m:s3 She⟧ ⟦c said⟧ ⟦i:s3 elderly residents in multi-storey buildings without lifts were the worst affected⟧.

Corporator ⟦m:s2 Ramesh Babu Nallapati⟧ (Ward 22) ⟦c alleged⟧ that ⟦x:s2 the pipeline had been due for replacement since 2019 but the proposal had been “stuck in files”⟧.

⟦q:s2 “This is not a natural disaster. This is negligence, pure and simple,”⟧ Mr. ⟦m:s2 Nallapati⟧ ⟦c said⟧. ⟦q:s2 “The Commissioner must tell us how many times the engineering wing flagged this pipeline.”⟧

In a statement, ⟦m:s4 Jaladhara⟧, the State-run utility that supplies bulk water to the corporation, ⟦c said⟧ ⟦i:s4 drawal from the reservoir was normal⟧. ⟦q:s4 “There is no shortage at source. Bulk supply to the corporation has been maintained at 310 million litres a day,”⟧ ⟦m:s4 it⟧ ⟦c said⟧.

An engineer in the corporation’s water supply wing, who did not wish to be named, ⟦c said⟧: ⟦q “We have been patching that line for years. Everyone knew it would give way one day.”⟧
"""),

# 9005 Indian daily, cricket: post-match press conference, player called by age and by role
({"s1": ("Arjun Deshmukh", "Deshmukh"),
  "s2": ("Vikram Sethi", "Sethi"),
  "s3": ("Imran Qadri", "Qadri"),
  "s4": ("Tejas Pawar", "Pawar", "Tejas")},
"""
⟦m:s4 Pawar⟧’s five-for powers Kaveri Kings into final

Teenage left-arm seamer ⟦m:s4 Tejas Pawar⟧ took five for 23 as Kaveri Kings beat Sahyadri Strikers by 31 runs at the Raman Stadium on Sunday to book a place in the final.

Defending 168, the Kings had the Strikers at 42 for four inside the powerplay, with ⟦m:s4 Pawar⟧ removing both openers in his first over.

⟦q:s4 “I was just trying to hit the top of off stump. The ball was swinging a bit under lights and Arjun bhai told me to keep it full,”⟧ ⟦c said⟧ ⟦m:s4 the 19-year-old⟧, who was named player of the match.

Captain ⟦m:s1 Arjun Deshmukh⟧, whose 58 off 37 balls had rescued the Kings from 61 for four, ⟦c said⟧ ⟦i:s1 the team had backed ⟦m:s4 Pawar⟧ from the first game of the season⟧.

⟦q:s1 “People asked why we were playing a 19-year-old ahead of experienced guys. Today is the answer,”⟧ ⟦m:s1 Deshmukh⟧ ⟦c said⟧ at the post-match press conference. ⟦q:s1 “He has a big heart. He doesn’t get scared.”⟧

Asked about his own dismissal, ⟦m:s1 the skipper⟧ ⟦c laughed⟧: ⟦q:s1 “I should have finished it. Getting out in the 17th over is not acceptable for a senior player.”⟧

Head coach ⟦m:s2 Vikram Sethi⟧ ⟦c said⟧ ⟦i:s2 the bowling plan had been worked out over two days of video sessions⟧. ⟦q:s2 “We knew their top three like to come forward early. Tejas bowling full and straight was the plan, and he executed it perfectly,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Strikers captain ⟦m:s3 Imran Qadri⟧ ⟦c admitted⟧ ⟦x:s3 his batters had been “too eager” against the new ball⟧.

⟦q:s3 “We lost the game in the first six overs. Credit to the young boy, he bowled beautifully, but we made it easy for him,”⟧ ⟦m:s3 Qadri⟧ ⟦c said⟧. ⟦q:s3 “There is no shame in losing a semi-final. There is shame in losing it like this.”⟧

The Kings will meet the winners of Tuesday’s second semi-final in the title clash on Friday.
"""),

# 9006 Nigerian paper, business: straight quotes, minister with role NP + apposition, union leader, company statement, trader
({"s1": ("Adebowale Ogunleye", "Ogunleye", "Dr. Ogunleye"),
  "s2": ("Ifeoma Nwachukwu", "Nwachukwu", "Comrade Nwachukwu"),
  "s3": ("Kemjo",),
  "s4": ("Blessing Etim", "Etim", "Mrs. Etim")},
'''
Petrol price hits N1,420 as marketers blame depot costs

The pump price of petrol rose to N1,420 per litre in Okeweri and parts of the South-West on Monday, the third increase in six weeks, as marketers blamed rising costs at private depots.

At several filling stations visited by our correspondent, motorists queued for hours while some stations remained shut.

⟦m:s1 The Minister of State for Petroleum Resources⟧, Dr. ⟦m:s1 Adebowale Ogunleye⟧, ⟦c said⟧ on Monday that ⟦i:s1 the Federal Government had no hand in the new price⟧.

⟦q:s1 "Government is no longer in the business of fixing prices. What we are seeing is the market adjusting to the exchange rate and the cost of landing products,"⟧ ⟦m:s1 he⟧ ⟦c told⟧ journalists in the capital.

⟦m:s1 Ogunleye⟧ ⟦c added⟧ that ⟦x:s1 prices would "stabilise within the first quarter" once two new refineries came on stream⟧. ⟦q:s1 "Nigerians should be patient. The pain is temporary,"⟧ ⟦m:s1 he⟧ ⟦c said⟧.

But ⟦m:s2 the President of the Amalgamated Tanker Drivers Union (ATDU)⟧, Comrade ⟦m:s2 Ifeoma Nwachukwu⟧, ⟦c described⟧ ⟦x:s2 the explanation as "an insult to Nigerians"⟧.

⟦q:s2 "Every time they increase the price, they tell us it will stabilise. We have been hearing that story since 2023. The ordinary man cannot feed his family,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s2 "If nothing is done in the next two weeks, our members will withdraw their services. We are not threatening anybody; we are simply saying we cannot continue like this."⟧

In a statement on Monday, ⟦m:s3 Kemjo⟧, one of the largest private depot owners in the South-West, ⟦c said⟧ ⟦i:s3 its ex-depot price had risen by N65 in two weeks because of higher freight and foreign exchange costs⟧.

⟦q:s3 "We sympathise with Nigerians, but we cannot sell below cost. No business can survive that way,"⟧ ⟦m:s3 the company⟧ ⟦c said⟧.

Mrs. ⟦m:s4 Blessing Etim⟧, who sells foodstuff at Oja Oba market, ⟦c said⟧ ⟦i:s4 transport fares had almost doubled since October⟧.

⟦q:s4 "I used to pay N800 from my house to the market. Now it is N1,500. How will I make profit? Customers are not buying like before,"⟧ ⟦m:s4 she⟧ ⟦c lamented⟧.
'''),

# 9007 Australian regional, weather: flood, "according to" an agency, multi-paragraph quote, two women close together
({"s1": ("Shane Maddock", "Maddock", "Mr Maddock"),
  "s2": ("Bev Trewartha", "Trewartha", "Bev"),
  "s3": ("Priya Nandakumar", "Nandakumar", "Dr Nandakumar"),
  "s4": ("Glenys Tuckwell", "Tuckwell", "Cr Tuckwell"),
  "s5": ("Southern Weather Service",)},
"""
Coorabin River set to peak at 9.2 metres as Wirralong braces for flood

Residents of low-lying parts of Wirralong have been told to prepare to leave their homes as the Coorabin River heads for its highest level in more than 30 years.

⟦i:s5 The river was at 7.4 metres at the Hanlon Street bridge at 3pm yesterday and is expected to peak at about 9.2 metres early on Friday⟧, ⟦c according to⟧ the ⟦m:s5 Southern Weather Service⟧.

Senior forecaster Dr ⟦m:s3 Priya Nandakumar⟧ ⟦c said⟧ ⟦i:s3 another 60 to 80 millimetres of rain was forecast for the upper catchment overnight⟧.

⟦q:s3 “The ground up there is completely saturated, so almost all of that rain is going to end up in the river,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “We’re not expecting this to be a quick event. The river could stay above major flood level into the weekend.”⟧

Wirralong SES unit controller ⟦m:s1 Shane Maddock⟧ ⟦c said⟧ ⟦i:s1 volunteers had filled more than 11,000 sandbags since Monday⟧.

⟦q:s1 “If you’re in the Flats or along Riverside Drive and you’ve got somewhere to go, go now. Don’t wait for the knock on the door,”⟧ Mr ⟦m:s1 Maddock⟧ ⟦c said⟧.

⟦q:s1 “We’ve got crews coming from Yarrowby and Dunkeld South, but we’ve only got so many boats.⟧

⟦q:s1 “Please, please don’t drive through floodwater. Every flood we pull someone out of a car who thought they’d be right.”⟧

Out at Bellbird Creek, 15 kilometres south of town, dairy farmer ⟦m:s2 Bev Trewartha⟧ spent yesterday moving 240 cows to higher ground with help from neighbours.

⟦q:s2 “In ’91 we lost 40 head and the water came right up to the verandah. I said then I’d never get caught like that again,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦q:s2 “You just do what you can and hope the river’s read the same forecast as everyone else.”⟧

Mayor ⟦m:s4 Glenys Tuckwell⟧ ⟦c said⟧ ⟦i:s4 an evacuation centre had opened at the Wirralong Showgrounds pavilion⟧ and ⟦x:s4 the council would “do whatever it takes” to support residents⟧.

⟦q:s4 “We’re a tough town and we’ve been here before,”⟧ Cr ⟦m:s4 Tuckwell⟧ ⟦c said⟧. ⟦q:s4 “Look after your neighbours, check on the older folk, and listen to the SES.”⟧
"""),

# 9008 Canadian broadcaster, health: ER closures, health authority with no organisation word, patient, doctor, minister, critic
({"s1": ("Geneviève Thériault", "Thériault"),
  "s2": ("Tobias Lindqvist", "Lindqvist", "Dr. Lindqvist"),
  "s3": ("Darlene Fitzhugh", "Fitzhugh"),
  "s4": ("Northway",),
  "s5": ("Raj Sandhu", "Sandhu")},
"""
Pine Portage ER closed 11 nights last month as nursing shortage bites

⟦i:s4 The emergency department at Pine Portage District Hospital was closed for 11 nights in November because of a shortage of nurses and doctors⟧, ⟦m:s4 the regional health authority⟧ ⟦c confirmed⟧ Wednesday.

That’s the most closures at a single site in the province since ⟦m:s4 Northway⟧ began publishing the figures in 2022.

In an emailed statement, ⟦m:s4 Northway⟧ ⟦c said⟧ ⟦x:s4 ⟦m:s4 it⟧ was “actively recruiting” for 14 vacant nursing positions at the hospital⟧.

⟦q:s4 “Temporary closures are always a last resort. We recognize how difficult they are for people in Pine Portage and the surrounding area,”⟧ ⟦m:s4 the authority⟧ ⟦c said⟧.

⟦m:s3 Darlene Fitzhugh⟧ found out the hard way. ⟦m:s3 The 67-year-old⟧ drove her husband, who was having chest pains, to the hospital on Nov. 14, only to find a sign on the door directing patients to Lindale, 70 kilometres away.

⟦q:s3 “I just stood there reading it over and over. He was grey in the face,”⟧ ⟦m:s3 Fitzhugh⟧ ⟦c said⟧ in an interview at her kitchen table. ⟦q:s3 “We made it. A lot of people wouldn’t.”⟧

Dr. ⟦m:s2 Tobias Lindqvist⟧, who has worked shifts in the Pine Portage emergency department for 16 years, ⟦c said⟧ ⟦i:s2 staff were exhausted⟧.

⟦q:s2 “We’re covering holes in the schedule with people who are already doing 60-hour weeks. At some point something gives,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Health Minister ⟦m:s1 Geneviève Thériault⟧ ⟦c told⟧ reporters at the legislature that ⟦x:s1 the province was “throwing everything we have” at the staffing crisis, including signing bonuses of up to $20,000 for nurses who commit to rural sites⟧.

⟦q:s1 “Nobody is happy when an ER closes. I’m not happy,”⟧ ⟦m:s1 Thériault⟧ ⟦c said⟧. ⟦q:s1 “But these bonuses are working. We have 40 more nurses in rural hospitals than we did a year ago.”⟧

Opposition health critic ⟦m:s5 Raj Sandhu⟧ ⟦c said⟧ ⟦i:s5 the bonuses had come too late for places like Pine Portage⟧. ⟦q:s5 “The minister keeps telling us it’s working. Tell that to Darlene Fitzhugh,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.
"""),

# 9009 Irish local paper, GAA human interest: continuation paragraph, priest with glued title, county board post
({"s1": ("Pádraig Ó Dónaill", "Ó Dónaill", "Pádraig"),
  "s2": ("Ciarán Mac Giolla", "Mac Giolla", "Ciarán"),
  "s3": ("Nóirín Keogh", "Keogh", "Nóirín"),
  "s4": ("Declan Rooney", "Rooney", "Fr Rooney"),
  "s5": ("Carrowmore County Board",)},
"""
Kilbrannagh bonfires blaze as 42-year wait for county title ends

There were bonfires on every road into Kilbrannagh on Sunday night as the village celebrated its first county junior football title since 1984.

Kilbrannagh beat Drumcolla 1-12 to 0-13 in a tense final at Páirc Uí Mhaoláin, with captain ⟦m:s2 Ciarán Mac Giolla⟧ kicking the winning point in the 63rd minute.

⟦q:s2 “I didn’t even look at the posts. I just hit it and heard the roar,”⟧ ⟦m:s2 Ciarán⟧ ⟦c told⟧ the Courier.

⟦q:s2 “This is for every man and woman who pulled on the jersey in the bad years. There were a lot of them.”⟧

Manager ⟦m:s1 Pádraig Ó Dónaill⟧, who took over three years ago when the club was struggling to field fifteen, ⟦c said⟧ ⟦i:s1 the win belonged to the whole parish⟧.

⟦q:s1 “We had lads coming home from Dublin every weekend, we had mothers washing jerseys, we had the butcher sponsoring the bus. You don’t win a county on your own,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Among the crowd at the homecoming was club president ⟦m:s3 Nóirín Keogh⟧, 87, whose late husband Joe captained the 1984 side.

⟦q:s3 “Joe would have been up on that trailer singing, God love him,”⟧ ⟦c said⟧ ⟦m:s3 Nóirín⟧, wiping away a tear. ⟦q:s3 “I kept his medal in my coat pocket the whole match. I think it helped.”⟧

Parish priest Fr ⟦m:s4 Declan Rooney⟧ ⟦c joked⟧ that ⟦x:s4 ⟦m:s4 he⟧ would keep the church bells ringing “until Christmas, or until the bishop rings me”⟧.

The ⟦m:s5 Carrowmore County Board⟧ ⟦c posted⟧ on social media: ⟦q:s5 “Forty-two years is a long wait but some things are worth waiting for. Comhghairdeas, Kilbrannagh!”⟧

The team will be guests of honour at a civic reception in Ballinkeel next month.
"""),

# 9010 US wire, police: straight quotes, chief later "the chief", anonymous official, witness, prosecutor, public defender
({"s1": ("Ramona Estrada-Kline", "Estrada-Kline", "Chief Estrada-Kline"),
  "s2": ("Tyrell Banks", "Banks"),
  "s3": ("Maribel Soto", "Soto"),
  "s4": ("Owen Pascoe", "Pascoe")},
'''
Man arrested after armored truck robbery, chase through downtown Fairhaven

FAIRHAVEN (AP) — A man accused of robbing an armored truck outside a downtown bank and firing at officers during a 20-minute chase was arrested Tuesday after crashing a stolen pickup into a parking garage.

Police Chief ⟦m:s1 Ramona Estrada-Kline⟧ ⟦c said⟧ ⟦i:s1 no officers or bystanders were seriously hurt, although a guard was treated for a cut to his head⟧.

⟦q:s1 "It is a miracle, frankly, that we are not standing here talking about a funeral,"⟧ ⟦m:s1 Estrada-Kline⟧ ⟦c said⟧ at a news conference. ⟦q:s1 "He fired at least six rounds on a busy street at lunchtime."⟧

The suspect, identified as 34-year-old Dale Kinnock of Marlow Heights, was being held at the county jail on charges including armed robbery and attempted murder of a police officer.

⟦m:s1 The chief⟧ ⟦c said⟧ ⟦i:s1 Kinnock took two bags containing about $180,000 from a guard as the truck was making a delivery to Pioneer Federal Bank shortly before noon⟧.

⟦m:s2 Tyrell Banks⟧, who was eating lunch at a food truck across the street, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ heard shouting and then saw the guard go down⟧.

⟦q:s2 "Everybody just hit the ground. I was under a picnic table with a burrito in my hand thinking, 'This is how I go,'"⟧ ⟦m:s2 Banks⟧ ⟦c said⟧.

A law enforcement official who was not authorized to discuss the investigation publicly ⟦c said⟧ ⟦i investigators believed Kinnock had help⟧. ⟦q "We don't think he planned this alone. Somebody knew that truck's schedule,"⟧ the official ⟦c said⟧, speaking on condition of anonymity.

District Attorney ⟦m:s4 Owen Pascoe⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ would ask a judge to hold Kinnock without bail⟧. ⟦q:s4 "Anyone who opens fire on our officers in the middle of the day should not be walking around while this case is pending,"⟧ ⟦m:s4 Pascoe⟧ ⟦c said⟧.

⟦m:s3 Kinnock's public defender⟧, ⟦m:s3 Maribel Soto⟧, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had not yet seen the evidence⟧. ⟦q:s3 "My client is presumed innocent, and I'd ask everyone to remember that before they decide what happened on Tuesday,"⟧ ⟦m:s3 she⟧ ⟦c said⟧ in an email.
'''),

# 9011 British broadsheet, tech: data breach, company with no organisation word, researcher's post, regulator spokesperson, customer
({"s1": ("Lumenwick",),
  "s2": ("Oksana Hrytsenko", "Hrytsenko"),
  "s3": ("Jun-seo Park", "Park", "Mr Park"),
  "s4": ("Information Rights Office",),
  "s5": ("Callum Brierley", "Brierley")},
"""
⟦m:s1 Lumenwick⟧ ⟦c admits⟧ ⟦i:s1 2.3m users’ data exposed⟧ after researcher’s warnings went unanswered

The smart-home company ⟦m:s1 Lumenwick⟧ has ⟦c admitted⟧ that ⟦i:s1 the names, addresses and camera thumbnails of 2.3 million customers were exposed online for at least five weeks⟧, after a security researcher ⟦c said⟧ ⟦i:s3 ⟦m:s1 the firm⟧ had ignored his warnings⟧.

In a statement on Thursday, ⟦m:s1 the company⟧ ⟦c said⟧ ⟦x:s1 a misconfigured storage server had been secured and there was “no evidence at this time” that the data had been misused⟧.

⟦q:s1 “We take the privacy of our customers extremely seriously and we are sorry that we fell short,”⟧ ⟦m:s1 it⟧ ⟦c said⟧.

But ⟦m:s3 Jun-seo Park⟧, an independent researcher based in Harcastle, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had first contacted ⟦m:s1 Lumenwick⟧ about the exposed server on 14 October and had received only an automated reply⟧.

In a post on Mastodon on Tuesday, ⟦m:s3 Park⟧ ⟦c wrote⟧: ⟦q:s3 “Five weeks. Three emails. One phone call. Anyone with a browser could see into people’s living rooms. I’m going public because they left me no choice.”⟧

⟦q:s3 “Honestly, I’d rather not have had to do this,”⟧ ⟦m:s3 he⟧ ⟦c told⟧ the Chronicle. ⟦q:s3 “The fix took them about twenty minutes once the press started calling.”⟧

⟦m:s2 The company’s chief executive⟧, ⟦m:s2 Oksana Hrytsenko⟧, ⟦c apologised⟧ in a video posted to its website. ⟦m:s2 She⟧ ⟦c said⟧ ⟦x:s2 the researcher’s emails had been “wrongly filtered” by a customer-support system⟧.

⟦q:s2 “That is not an excuse. It is an explanation, and it is one I am not proud of,”⟧ ⟦m:s2 Hrytsenko⟧ ⟦c said⟧. ⟦q:s2 “Mr Park did the right thing. We did not.”⟧

The ⟦m:s4 Information Rights Office⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ was making enquiries⟧. ⟦q:s4 “Companies that collect footage from inside people’s homes carry a particular responsibility to keep it secure,”⟧ a spokesperson ⟦c said⟧.

⟦m:s5 Callum Brierley⟧, from Ashby Vale, who has two of the company’s cameras, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had unplugged both⟧. ⟦q:s5 “My daughter’s bedroom was on one of those thumbnails. I’m not plugging them back in, whatever they say,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.
"""),

# 9012 Canadian broadcaster, science: scare quotes, multi-paragraph quote, lead author named after the quote, outside expert (two women)
({"s1": ("Astrid Bjørnstad", "Bjørnstad", "Astrid"),
  "s2": ("Mateo Quispe", "Quispe"),
  "s3": ("Hana Kobayashi", "Kobayashi", "Dr. Kobayashi")},
"""
Kestrel Lake team spots “wobbling” star that may hide twin planets

A team led by astronomers at the University of Kestrel Lake has found a nearby star whose strange “wobble” may be caused by two Earth-sized planets locked in a rare orbital dance.

The findings, published Wednesday in the Journal of Planetary Dynamics, are based on six years of observations from the Mount Kestrel Observatory, about 200 kilometres north of the city.

⟦q:s1 “At first we thought it was a problem with the instrument. It took us almost two years to convince ourselves the signal was real,”⟧ ⟦c said⟧ ⟦m:s1 Astrid Bjørnstad⟧, an associate professor of physics and astronomy at the university and the study’s lead author.

⟦m:s1 Bjørnstad⟧ ⟦c said⟧ ⟦i:s1 the two planets appear to circle the star, known as KL-418, in a pattern called an orbital resonance⟧.

⟦q:s1 “Think of two runners on a track. Every time the inner one laps the outer one three times, they line up in exactly the same place.⟧

⟦q:s1 “That regular tug is what makes the star wobble. And because the pattern is so precise, we can actually weigh the planets without ever seeing them.”⟧

The painstaking work of separating the signal from the noise fell largely to PhD student ⟦m:s2 Mateo Quispe⟧, who wrote much of the software used in the analysis.

⟦q:s2 “There were a lot of late nights and a lot of coffee,”⟧ ⟦m:s2 Quispe⟧ ⟦c said⟧ with a laugh. ⟦q:s2 “When the model finally fit, I called Astrid at two in the morning. She didn’t answer.”⟧

Dr. ⟦m:s3 Hana Kobayashi⟧, a planetary scientist at the Halvorsen Institute who was not involved in the research, ⟦c called⟧ ⟦x:s3 the result “careful and convincing”⟧ but ⟦c cautioned⟧ that ⟦i:s3 the planets’ sizes remained uncertain⟧.

⟦q:s3 “What they have is a very strong case for two planets. What they don’t yet have is a picture of what those planets are like,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s1 Bjørnstad⟧ ⟦c said⟧ ⟦i:s1 the team had applied for time on a space telescope to try to detect the planets directly⟧. ⟦q:s1 “We’ve weighed them. Next we want to see them,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 9013 Indian daily, Q&A interview: answers in quotation marks after unquoted questions, nested quote, multi-paragraph answer
({"s1": ("Meenakshi Raghavan", "Meenakshi", "Raghavan"),
  "s2": ("Sandeep Kollur", "Kollur")},
"""
Violinist ⟦m:s1 Meenakshi Raghavan⟧ on tradition, touring and her first film score

Film-maker ⟦m:s2 Sandeep Kollur⟧, whose new feature Mazhaikkaalam opens next month, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had wanted ⟦m:s1 Meenakshi Raghavan⟧ for the score for ten years⟧. ⟦q:s2 “Her violin does what my actors can’t. It says the thing nobody in the scene is allowed to say,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Ahead of her concert at the Narayana Gana Sabha on Saturday, ⟦m:s1 Meenakshi⟧ spoke to us about the film, her 40-city tour and why she still practises scales every morning. Excerpts:

Q: You have been performing for nearly three decades. Why a film score now?

⟦q:s1 “Because someone finally asked! Sandeep called me during the lockdown and said he wanted a violin that sounded like it was crying in an empty house. I told him I could do that.”⟧

Q: Purists have criticised you for playing with electronic musicians. Does that bother you?

⟦q:s1 “Not really. My guru used to say, ‘The raga does not belong to you. Take care of it, but don’t lock it in a cupboard.’ Tradition is not a museum.”⟧

Q: What is a normal day like on tour?

⟦q:s1 “Scales at six, whatever city I’m in. Then coffee, then more scales. The glamorous part is maybe one hour a day.”⟧

Q: Is there anything you would still like to do?

⟦q:s1 “I would like to teach in a village school for a year. Music should not only be for people who can afford sabha tickets.⟧

⟦q:s1 “Maybe after this tour. My husband says I have been saying ‘after this tour’ for twenty years.”⟧
"""),

# 9014 US wire, press conference with several speakers: mayor and health director (two women), fire chief by role, railroad VP and company statement, voice from the crowd
({"s1": ("Celia Marchetti", "Marchetti", "Mayor Marchetti"),
  "s2": ("Desmond Farrow", "Farrow", "Chief Farrow"),
  "s3": ("Gordon Pike", "Pike"),
  "s4": ("Ridgeline",),
  "s5": ("Yusra Haddad", "Haddad", "Dr. Haddad")},
"""
Evacuation zone widened after tanker cars derail near Brannock

BRANNOCK (AP) — Officials on Saturday widened an evacuation zone around a train derailment that left three tanker cars of vinyl chloride leaking on the edge of this town of 9,000, as firefighters worked to keep the chemical from igniting.

⟦q:s1 “I know people are scared. I’m scared too. My own mother lives four blocks from that track,”⟧ Mayor ⟦m:s1 Celia Marchetti⟧ ⟦c said⟧ at a news conference in the high school gym. ⟦q:s1 “But I promise you we will not send anybody home until the experts tell us it’s safe.”⟧

Fire Chief ⟦m:s2 Desmond Farrow⟧ ⟦c said⟧ ⟦i:s2 the zone now stretched 1.5 miles in every direction from the crash site, up from a half-mile, after sensors detected rising pressure in one of the cars⟧.

⟦q:s2 “We have a car that’s not behaving the way we’d like it to. We are not going to gamble with it,”⟧ ⟦m:s2 Farrow⟧ ⟦c said⟧.

Asked whether crews might deliberately burn off the chemical, ⟦m:s2 the chief⟧ ⟦c said⟧: ⟦q:s2 “That’s on the table. I hope we don’t get there.”⟧

⟦m:s3 Gordon Pike⟧, vice president of operations for ⟦m:s4 Ridgeline⟧, the freight railroad that owns the line, ⟦c said⟧ ⟦i:s3 a broken rail was the most likely cause⟧ but ⟦c cautioned⟧ that ⟦i:s3 the investigation was in its early stages⟧.

⟦q:s3 “Ridgeline is going to be here until this is done, and we are going to pay for it. Every hotel room, every meal, every lost shift,”⟧ ⟦m:s3 Pike⟧ ⟦c said⟧.

A man at the back of the gym ⟦c shouted⟧: ⟦q “Who’s paying for my cattle?”⟧ ⟦m:s3 Pike⟧ ⟦c replied⟧ that ⟦i:s3 farmers would be compensated for any livestock losses⟧ and ⟦c promised⟧ that ⟦x:s3 a claims office would open in town “by Monday morning.”⟧

Dr. ⟦m:s5 Yusra Haddad⟧, the state health director, ⟦c said⟧ ⟦i:s5 air monitors outside the zone had not detected vinyl chloride at harmful levels⟧. ⟦q:s5 “If you’re outside the zone, your air is fine. If you’re inside it, please leave, and don’t go back for your pets yourself — call us and we’ll send someone,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s1 Marchetti⟧ ⟦c said⟧ ⟦i:s1 about 2,600 people were covered by the wider order and roughly 400 had spent Friday night at shelters⟧. ⟦q:s1 “This town has been through floods and a tornado. We’ll get through this,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

In a statement released after the news conference, ⟦m:s4 Ridgeline⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ was cooperating fully with federal investigators⟧. ⟦q:s4 “Our thoughts are with the people of Brannock,”⟧ ⟦m:s4 the company⟧ ⟦c said⟧.
"""),

# 9015 British broadsheet, rugby: role NP + apposition, multi-paragraph quote, coach called by nationality, league with no organisation word
({"s1": ("Tamati Herewini", "Herewini"),
  "s2": ("Owain Prydderch", "Prydderch"),
  "s3": ("Benoît Lacombe", "Lacombe"),
  "s4": ("Premier Fifteen",)},
"""
Ashbourne edge Kestrel Vale in bad-tempered derby as ⟦m:s1 Herewini⟧ questions red card

Ashbourne held on for a 24-22 win over Kestrel Vale at the Meadow on Saturday despite playing the final 31 minutes with 14 men after flanker Joe Bassey was sent off for a high tackle.

⟦m:s1 Ashbourne’s director of rugby⟧, ⟦m:s1 Tamati Herewini⟧, ⟦c described⟧ ⟦x:s1 the decision as “baffling”⟧ and ⟦c said⟧ ⟦i:s1 the club would appeal⟧.

⟦q:s1 “Joe is falling, the ball carrier is falling, there’s a late change of height. If that’s a red card then we need to stop pretending this is a contact sport,”⟧ ⟦m:s1 Herewini⟧ ⟦c said⟧.

⟦q:s1 “I’m not going to criticise the referee. He’s got a hard job and a screen that shows him one angle.⟧

⟦q:s1 “But I’ll be asking some questions this week. Politely.”⟧

Captain ⟦m:s2 Owain Prydderch⟧, who scored two of his side’s three tries, ⟦c said⟧ ⟦x:s2 the dressing room had been “ten feet tall” after the sending-off⟧.

⟦q:s2 “When you lose a man, everyone has to do a bit more. The boys just refused to go backwards,”⟧ ⟦c said⟧ ⟦m:s2 the 29-year-old hooker⟧.

Kestrel Vale head coach ⟦m:s3 Benoît Lacombe⟧ had no complaints about the red card but was scathing about his own side. ⟦q:s3 “Against 14 men, at home, with the wind in the second half, you must win this game. We did not deserve to,”⟧ ⟦m:s3 the Frenchman⟧ ⟦c said⟧. ⟦q:s3 “I am angry, yes. Mostly with myself.”⟧

In a statement, ⟦m:s4 Premier Fifteen⟧ ⟦c said⟧ ⟦i:s4 Bassey would face an independent disciplinary panel on Tuesday⟧ and that ⟦x:s4 Ashbourne’s appeal would be considered “in the usual way”⟧.

The result lifts Ashbourne to third in the table.
"""),

# 9016 Canadian broadcaster, basketball: woman coach, rookie glued title, emoji in a post caption
({"s1": ("Malik Sowande", "Sowande", "Malik"),
  "s2": ("Dominique Béliveau", "Béliveau"),
  "s3": ("Eli Kowalczyk", "Kowalczyk"),
  "s4": ("Vernon Tate", "Tate")},
"""
⟦m:s1 Sowande⟧’s 41 lifts Lynx past Rapids in double overtime

⟦m:s1 Malik Sowande⟧ scored 41 points, including a step-back three with 2.1 seconds left in the second overtime, as the Lakeshore Lynx beat the Tidewater Rapids 131-128 on Sunday night.

⟦q:s1 “I’ve been missing that shot in practice for about a week. I figured it was due,”⟧ ⟦m:s1 Sowande⟧ ⟦c said⟧, grinning.

The win was the Lynx’s seventh straight and moved them into first place in the Eastern Conference.

Head coach ⟦m:s2 Dominique Béliveau⟧, the first woman to lead a team in the league, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had drawn up the final play for rookie ⟦m:s3 Eli Kowalczyk⟧, but the Rapids took him away⟧.

⟦q:s2 “Malik looked at me and shook his head, like, ‘Give me the ball.’ When a guy has 38, you give him the ball,”⟧ ⟦m:s2 Béliveau⟧ ⟦c said⟧.

⟦m:s3 Kowalczyk⟧, who had 19 points and 11 rebounds in his 12th career start, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ didn’t mind being a decoy⟧. ⟦q:s3 “Honestly, I was just happy nobody was passing to me in that moment,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “My hands were shaking.”⟧

Rapids coach ⟦m:s4 Vernon Tate⟧ ⟦c said⟧ ⟦x:s4 his team had “played well enough to win three times.”⟧ ⟦q:s4 “We had it in regulation, we had it in the first overtime. You can’t give a guy like that a third chance,”⟧ ⟦m:s4 Tate⟧ ⟦c said⟧.

Shortly after midnight, ⟦m:s1 Sowande⟧ ⟦c posted⟧ a photo of the final shot on Instagram with the caption: ⟦q:s1 “Told y’all it was due. 🍁”⟧
"""),

# 9017 Nigerian paper, football: club statement, placards, anonymous board member, farewell post, role NP + apposition
({"s1": ("Fidelis Amadi", "Amadi", "Coach Amadi"),
  "s2": ("Oduduwa Rangers", "Rangers"),
  "s3": ("Musa Danjuma", "Danjuma", "Alhaji Danjuma"),
  "s4": ("Olumide Fashola", "Fashola")},
"""
⟦m:s2 Rangers⟧ sack ⟦m:s1 Amadi⟧ after fans storm training ground

⟦m:s2 Oduduwa Rangers⟧ have sacked head coach ⟦m:s1 Fidelis Amadi⟧ following a run of seven matches without a win that has left the two-time league champions one place above the relegation zone.

In a statement on Wednesday, ⟦m:s2 the club⟧ ⟦c said⟧ that ⟦x:s2 the decision was taken “in the best interest of the team and its teeming supporters”⟧.

⟦q:s2 “The board appreciates Coach Amadi’s contributions over the past 18 months and wishes him success in his future endeavours,”⟧ ⟦m:s2 it⟧ ⟦c added⟧.

The sacking came two days after about 200 supporters stormed the club’s training ground at Ilupeju, chanting and carrying placards reading “Amadi Must Go” and “Save Our Club”.

⟦m:s3 Chairman of the Rangers Supporters Club⟧, Alhaji ⟦m:s3 Musa Danjuma⟧, ⟦c said⟧ ⟦i:s3 the fans had no regrets⟧.

⟦q:s3 “We did not go there to fight anybody. We went there to tell them the truth, that this club is dying,”⟧ ⟦m:s3 Danjuma⟧ ⟦c said⟧. ⟦q:s3 “You cannot sign eleven new players in one window and expect them to play like a team.”⟧

A board member who spoke on condition of anonymity ⟦c told⟧ our correspondent that ⟦i the decision was not unanimous⟧. ⟦q “Some of us felt he should be given until the end of the first round. But the pressure was too much,”⟧ the board member ⟦c said⟧.

In a farewell message on his Instagram page, ⟦m:s1 Amadi⟧ thanked the players and fans. ⟦q:s1 “Football is a game of results and I accept responsibility. I leave with my head high and my heart with Rangers forever,”⟧ ⟦m:s1 he⟧ ⟦c wrote⟧.

Assistant coach ⟦m:s4 Olumide Fashola⟧ will take charge in the interim, starting with Sunday’s home game against Delta Stars. ⟦q:s4 “The players know what is at stake. We have no time to feel sorry for ourselves,”⟧ ⟦m:s4 Fashola⟧ ⟦c told⟧ journalists after training on Wednesday.
"""),

# 9018 Australian regional, education: parent named after the quote with a long description, principal (two women), department spokesman, local MP, student
({"s1": ("Leanne Dobrowolski", "Dobrowolski", "Ms Dobrowolski"),
  "s2": ("Kirra Walsh", "Walsh", "Ms Walsh"),
  "s3": ("Department of Education",),
  "s4": ("Greg Halloran", "Halloran", "Mr Halloran"),
  "s5": ("Jayden Moroney", "Jayden", "Moroney")},
"""
Parents vow to fight plan to merge Tallowood and Mirri Creek high schools

Parents in Tallowood have vowed to fight a state government proposal to merge the town’s 104-year-old high school with Mirri Creek High, 38 kilometres away.

The proposal, outlined in a letter sent to families on Monday, would see Tallowood High become a campus for Years 7 to 10 only from 2028, with senior students travelling by bus to Mirri Creek.

⟦q:s2 “Thirty-eight kilometres each way on a gravel road, twice a day, for a 15-year-old. Would any of the people who wrote this letter put their own kids on that bus?”⟧ ⟦c asked⟧ ⟦m:s2 Kirra Walsh⟧, a mother of three who chairs the Tallowood High parents and citizens association and has organised a public meeting for Thursday night.

Ms ⟦m:s2 Walsh⟧ ⟦c said⟧ ⟦i:s2 more than 600 people had signed a petition in two days⟧.

Principal ⟦m:s1 Leanne Dobrowolski⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ understood the community’s anger but was bound by departmental rules on public comment⟧. ⟦q:s1 “What I can say is that our kids get great results here, and they get them because this school is part of the town,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

A spokesman for the ⟦m:s3 Department of Education⟧ ⟦c said⟧ ⟦i:s3 no decision had been made⟧ and ⟦x:s3 the merger was “one of several options” under consideration⟧.

⟦q:s3 “Senior enrolments at Tallowood have fallen by almost half in ten years. Combining the senior years would let us offer students a much wider range of subjects, including specialist science and languages,”⟧ the spokesman ⟦c said⟧.

Member for Tallowood ⟦m:s4 Greg Halloran⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ would raise the matter with the minister when Parliament resumed⟧.

⟦q:s4 “I’ve been in this job eleven years and I have never seen this town so angry. This is a bad idea and I’ll be telling the minister that to her face,”⟧ Mr ⟦m:s4 Halloran⟧ ⟦c said⟧.

Year 11 student ⟦m:s5 Jayden Moroney⟧, 16, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ already left home at 6.45am to catch the bus from his family’s farm⟧. ⟦q:s5 “If they move Year 12 I reckon half my mates will just leave school. I probably would too,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.
"""),

# 9019 Indian daily, business: straight quotes, company speaking before the verb, unattributed "according to", founders, investor, analyst
({"s1": ("Ananya Krishnamurthy", "Krishnamurthy", "Ms. Krishnamurthy"),
  "s2": ("Rohit Bhattacharjee", "Bhattacharjee", "Mr. Bhattacharjee"),
  "s3": ("KhetSetu",),
  "s4": ("Neha Varghese", "Varghese", "Ms. Varghese"),
  "s5": ("Suresh Iyer", "Iyer", "Mr. Iyer")},
'''
Agri-tech start-up KhetSetu raises ₹410 crore in Series C round

NAVAPUR: ⟦i:s3 ⟦m:s3 KhetSetu⟧, a start-up that connects small farmers with cold-storage operators, has raised ₹410 crore (about $49 million) in a Series C round led by Tanager⟧, ⟦m:s3 the company⟧ ⟦c said⟧ on Wednesday.

⟦i The round values the company at about ₹2,900 crore⟧, ⟦c according to⟧ people familiar with the matter.

⟦q:s1 "We started in 2021 with three cold rooms in Nashik district and a WhatsApp group. Today we have 1,100 storage partners across nine States,"⟧ co-founder and chief executive ⟦m:s1 Ananya Krishnamurthy⟧ ⟦c said⟧ in an interview.

Ms. ⟦m:s1 Krishnamurthy⟧ ⟦c said⟧ ⟦i:s1 the funds would be used to expand into the north-east and to build a lending product for farmers who store produce with its partners⟧.

⟦q:s1 "Farmers don't need another app. They need to be able to wait two months and sell when the price is right, instead of selling the day they harvest,"⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Co-founder and chief technology officer ⟦m:s2 Rohit Bhattacharjee⟧ ⟦c said⟧ ⟦i:s2 about a third of the new money would go into technology, including sensors that track temperature and humidity inside storage rooms⟧. ⟦q:s2 "A cold room in Vidarbha in May is a very hostile place for an onion,"⟧ Mr. ⟦m:s2 Bhattacharjee⟧ ⟦c said⟧.

⟦m:s4 Neha Varghese⟧, partner at Tanager, ⟦c said⟧ ⟦i:s4 the fund had tracked the company for two years before investing⟧. ⟦q:s4 "What convinced us was the repeat usage. Farmers come back season after season. That is very rare in agri-tech,"⟧ ⟦m:s4 she⟧ ⟦c said⟧.

However, ⟦m:s5 Suresh Iyer⟧, an independent analyst who tracks the sector, ⟦c cautioned⟧ that ⟦x:s5 valuations in agri-tech had run "well ahead of revenues"⟧. ⟦q:s5 "Several companies in this space have raised big rounds and then struggled to get to profitability. KhetSetu will have to show it is different,"⟧ ⟦m:s5 he⟧ ⟦c said⟧.
'''),

# 9020 US wire, courts: sentencing, mixed quote in the lead, text message from court documents, victim's mother and prosecutor (two women), defendant's statement, judge
({"s1": ("Harlan Whitfield", "Whitfield", "Judge Whitfield"),
  "s2": ("Dolores Ybarra", "Ybarra"),
  "s3": ("Kyle Brandt", "Brandt"),
  "s4": ("Nia Castellanos", "Castellanos"),
  "s5": ("Peter Vukovich", "Vukovich")},
"""
Driver who was texting when he killed cyclist gets 8 years

MERIDIAN CITY (AP) — A man who was sending text messages when he struck and killed a 22-year-old cyclist was sentenced Friday to eight years in prison, after ⟦m:s2 the victim’s mother⟧ ⟦c told⟧ a judge ⟦x:s2 ⟦m:s2 she⟧ would “never again hear my daughter’s key in the door.”⟧

⟦m:s3 Kyle Brandt⟧, 31, pleaded guilty in October to vehicular homicide in the death of Alicia Ybarra, a nursing student who was riding home from a hospital shift on Lakeview Avenue in March.

⟦c According to⟧ court documents, ⟦i ⟦m:s3 Brandt⟧ had sent or received 14 text messages in the 10 minutes before the crash⟧. The last, sent 11 seconds before impact, ⟦c read⟧: ⟦q:s3 “lol no way. omw”⟧

⟦q:s2 “Eleven seconds. That is what my daughter’s life was worth to him. She wanted to work in a children’s hospital, and she would have been so good at it,”⟧ ⟦m:s2 Dolores Ybarra⟧ ⟦c said⟧, holding a photo of her daughter in her graduation cap.

Assistant District Attorney ⟦m:s4 Nia Castellanos⟧ had asked for the maximum of 10 years. ⟦q:s4 “This was not a moment of distraction. This was a habit, and the defendant knew it was dangerous,”⟧ ⟦m:s4 she⟧ ⟦c told⟧ the court, pointing to two previous citations for using a phone while driving.

⟦m:s5 The defense attorney⟧, ⟦m:s5 Peter Vukovich⟧, ⟦c argued⟧ that ⟦i:s5 ⟦m:s3 his client⟧ had shown genuine remorse and had not driven since the crash⟧.

⟦m:s3 Brandt⟧, wearing a gray suit, turned to face the Ybarra family as ⟦m:s3 he⟧ read a short statement.

⟦q:s3 “There is nothing I can say that will bring Alicia back. I think about her every day, and I will for the rest of my life. I am so sorry,”⟧ ⟦m:s3 he⟧ ⟦c said⟧, his voice breaking.

Judge ⟦m:s1 Harlan Whitfield⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ believed the apology was sincere⟧ but that ⟦i:s1 the sentence had to send a message⟧.

⟦q:s1 “Every person in this courtroom has looked at a phone while driving. Most of us got lucky,”⟧ ⟦m:s1 Whitfield⟧ ⟦c said⟧. ⟦q:s1 “Mr. Brandt did not get lucky, and neither did Alicia Ybarra.”⟧

Outside the courthouse, ⟦m:s2 Ybarra⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ planned to campaign for tougher penalties for drivers caught using phones⟧. ⟦q:s2 “Eight years is eight years. Alicia got forever,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 9021 Nigerian paper, health: commissioner with role NP + apposition then by role, doctor, anonymous nurse, charity with no organisation word, bereaved father
({"s1": ("Halima Yusuf-Bello", "Yusuf-Bello", "Dr. Yusuf-Bello"),
  "s2": ("Kindred",),
  "s3": ("Chukwuemeka Obiora", "Obiora", "Dr. Obiora"),
  "s4": ("Sani Garba", "Garba", "Mallam Garba")},
"""
Cholera: Ogbaro death toll rises to 27, govt seals 40 boreholes

⟦i:s1 The death toll from the cholera outbreak in Ogbaro State has risen to 27, with 412 suspected cases recorded in six local government areas⟧, ⟦m:s1 the Commissioner for Health⟧, Dr. ⟦m:s1 Halima Yusuf-Bello⟧, ⟦c said⟧ on Thursday.

Briefing journalists in the state capital, ⟦m:s1 Yusuf-Bello⟧ ⟦c said⟧ ⟦i:s1 40 boreholes found to be contaminated had been sealed⟧ and that ⟦i:s1 treatment was free at all general hospitals⟧.

⟦q:s1 “Cholera is preventable and it is treatable. Nobody should die of it in 2026. If you have diarrhoea and vomiting, please go to the nearest health facility immediately; do not go to a chemist,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s1 The commissioner⟧ ⟦c said⟧ ⟦x:s1 the outbreak had been “worsened by open defecation and the sale of unregistered sachet water”⟧.

At the General Hospital, Ilaro-Ogbaro, the isolation ward was full on Wednesday, with patients lying on mats in the corridor. Dr. ⟦m:s3 Chukwuemeka Obiora⟧, the hospital’s chief medical director, ⟦c said⟧ ⟦i:s3 staff had treated 96 patients in a week⟧.

⟦q:s3 “We are coping, but only just. We need more oral rehydration salts, more IV fluids and more hands,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

A nurse on the ward, who asked not to be named because she was not authorised to speak to the press, ⟦c said⟧: ⟦q “Some of us have not gone home in three days. We are sleeping in the staff room.”⟧

⟦m:s2 Kindred⟧, an international medical charity working in the state, ⟦c said⟧ in a statement that ⟦i:s2 ⟦m:s2 it⟧ had deployed two mobile treatment units and a team of 18 health workers⟧. ⟦q:s2 “The next two weeks are critical. With the rains, the risk of further spread remains very high,”⟧ ⟦m:s2 the group⟧ ⟦c said⟧.

In Oke-Ilu community, where the first cases were recorded, Mallam ⟦m:s4 Sani Garba⟧, a tailor who lost his nine-year-old son to the disease last week, ⟦c said⟧ ⟦i:s4 the community had relied on the same borehole for 15 years⟧.

⟦q:s4 “Nobody told us the water was bad. If they had told us, my son would be alive today,”⟧ ⟦m:s4 he⟧ ⟦c said⟧ quietly.
"""),

# 9022 Canadian broadcaster, entertainment: film title in quotation marks, partial quotes, director and actress (two women), programmer, critic, post
({"s1": ("Anouk Desjardins", "Desjardins", "Anouk"),
  "s2": ("Sione Taufa", "Taufa", "Sione"),
  "s3": ("Maëlle Ricard", "Ricard", "Maëlle"),
  "s4": ("Hamza Qureshi", "Qureshi"),
  "s5": ("Oona Falk", "Falk")},
"""
⟦m:s1 Desjardins⟧’ “Salt Road” earns standing ovation at Harbourfront premiere

⟦m:s1 Anouk Desjardins⟧’ long-awaited second feature, “Salt Road,” drew a four-minute standing ovation at its world premiere at the Harbourfront International Film Festival on Friday night.

The film follows a Tongan-Canadian fisherman, played by ⟦m:s2 Sione Taufa⟧, who drives across the country with his estranged daughter to scatter his father’s ashes.

⟦q:s1 “I wrote the first draft in 2017 in a motel in Ravenscrag, and I honestly didn’t think anyone would ever make it. Tonight feels a bit like a dream I’m going to wake up from,”⟧ ⟦m:s1 Desjardins⟧ ⟦c told⟧ reporters on the red carpet.

⟦m:s2 Taufa⟧, a former rugby player who had never acted before being cast, ⟦c said⟧ ⟦x:s2 the role had been “terrifying and wonderful in equal parts.”⟧

⟦q:s2 “Anouk saw something in me that I didn’t know was there. My mum cried through the whole thing. So did I, to be fair,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Maëlle Ricard⟧, 19, who plays the daughter, ⟦c called⟧ ⟦x:s3 ⟦m:s1 Desjardins⟧ “the most patient person I’ve ever worked with.”⟧ ⟦q:s3 “We did one scene 31 times. She never raised her voice once,”⟧ ⟦m:s3 Ricard⟧ ⟦c said⟧.

Festival artistic director ⟦m:s4 Hamza Qureshi⟧ ⟦c said⟧ ⟦i:s4 the film had been the most requested ticket of this year’s program⟧. ⟦q:s4 “We sold out three screenings in nine minutes. I’ve never seen that for a Canadian drama,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Early reviews were strong. Writing in the Ledger, critic ⟦m:s5 Oona Falk⟧ ⟦c called⟧ ⟦x:s5 the film “a quiet, devastating road movie that earns every one of its tears,”⟧ though ⟦m:s5 she⟧ ⟦c found⟧ ⟦x:s5 the final act “a touch too tidy.”⟧

Later, ⟦m:s3 Ricard⟧ shared a photo from the red carpet with her co-star, ⟦c writing⟧: ⟦q:s3 “My dad for two months and my friend for life. Mālō ʻaupito, Sione.”⟧

“Salt Road” opens in theatres across Canada on Feb. 6.
"""),

# 9023 Irish local paper, weather: weather office through an unnamed forecaster, utility with no organisation word, council official (role NP + apposition), resident, councillor
({"s1": ("National Weather Office",),
  "s2": ("Eoin Cassidy", "Cassidy"),
  "s3": ("Bríd Ní Mhurchú", "Bríd", "Ní Mhurchú"),
  "s4": ("Greenpole",),
  "s5": ("Séamus Tierney", "Tierney", "Cllr Tierney")},
"""
Storm Fionnuala: 14,000 homes without power as trees fall across Carrowmore

Some 14,000 homes and businesses across Carrowmore were still without power last night after Storm Fionnuala brought gusts of up to 130km/h to the county.

The ⟦m:s1 National Weather Office⟧ ⟦c said⟧ ⟦i:s1 the highest gust, 131km/h, was recorded at Mullaghbeg Head at 4am⟧, and ⟦c warned⟧ that ⟦i:s1 a second band of strong winds would cross the west coast this evening⟧.

⟦q:s1 “People should not be lulled into a false sense of security by a calm spell this afternoon. The back edge of this storm is still to come,”⟧ a forecaster ⟦c said⟧.

⟦m:s4 Greenpole⟧, which operates the electricity network, ⟦c said⟧ ⟦i:s4 crews had restored supply to 22,000 customers since Sunday but some rural homes could be without power until Thursday⟧.

⟦q:s4 “We know how difficult this is, particularly for older people and families with young children. Our crews will keep working until every customer is back on,”⟧ ⟦m:s4 the company⟧ ⟦c said⟧.

⟦m:s2 The county council’s director of services⟧, ⟦m:s2 Eoin Cassidy⟧, ⟦c said⟧ ⟦i:s2 more than 200 trees had come down on county roads overnight⟧. ⟦q:s2 “Our outdoor staff have been out since four o’clock this morning with chainsaws. I’d ask people to stay off the roads unless their journey is absolutely necessary,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

In Rossglass, ⟦m:s3 Bríd Ní Mhurchú⟧, 79, was woken at 3am when a 60-year-old beech tree crashed through the roof of her neighbour’s shed.

⟦q:s3 “I thought it was the end of the world. The whole house shook. I remember the big storm in ’61 and this was every bit as bad,”⟧ ⟦c said⟧ ⟦m:s3 Bríd⟧, who has lived in the village all her life.

Local councillor ⟦m:s5 Séamus Tierney⟧ ⟦c said⟧ ⟦x:s5 it was “a disgrace” that parts of the network were still carried on poles put up in the 1950s⟧. ⟦q:s5 “Every storm it’s the same roads, the same poles, the same people sitting in the dark,”⟧ Cllr ⟦m:s5 Tierney⟧ ⟦c said⟧.
"""),

# 9024 British broadsheet, politics: leadership challenge between two women, open letter over two paragraphs, post on X, party chair, anonymous cabinet minister
({"s1": ("Helen Ashcombe", "Ashcombe"),
  "s2": ("Joanna Pennock", "Pennock", "Joanna"),
  "s3": ("Kwabena Asante", "Asante"),
  "s4": ("Gwen Tregaskis", "Tregaskis")},
"""
⟦m:s2 Pennock⟧ launches leadership challenge against ⟦m:s1 Ashcombe⟧

⟦m:s2 Joanna Pennock⟧, the former business secretary, launched a challenge to ⟦m:s1 Helen Ashcombe⟧’s leadership on Monday, ⟦c saying⟧ ⟦x:s2 the government had “lost its nerve and its purpose”⟧.

In a letter to MPs published on her website, ⟦m:s2 Pennock⟧ ⟦c wrote⟧: ⟦q:s2 “I have served this prime minister loyally. But loyalty to a leader cannot come before loyalty to the country.⟧

⟦q:s2 “We promised to fix the housing crisis and we have built fewer homes than any government in 40 years. We cannot go into an election asking for another five years of that.”⟧

Speaking outside her constituency office in Wexcombe an hour later, ⟦m:s2 she⟧ ⟦c told⟧ reporters: ⟦q:s2 “I’m not doing this lightly. I’m doing it because nobody else would.”⟧

⟦m:s1 Ashcombe⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 she⟧ would contest the ballot “and win it”⟧. ⟦q:s1 “Joanna is entitled to stand. I’m entitled to point out that she voted for every one of the policies she is now complaining about,”⟧ ⟦m:s1 the prime minister⟧ ⟦c said⟧ during a visit to a hospital in Halsworth.

Under party rules, a challenger needs the backing of a fifth of the party’s MPs. ⟦m:s3 Kwabena Asante⟧, the MP for Harrowmere and one of the first to declare his support, ⟦c posted⟧ a copy of his nomination letter on X with the message: ⟦q:s3 “Signed, sealed, delivered. Time for a fresh start.”⟧

Party chair ⟦m:s4 Gwen Tregaskis⟧ ⟦c said⟧ ⟦i:s4 the ballot of members would close on 14 February⟧. ⟦q:s4 “Both candidates have my full confidence and both will be treated fairly. I would urge colleagues on all sides to remember who our real opponents are,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

One cabinet minister, speaking on condition of anonymity, ⟦c said⟧ ⟦x ⟦m:s1 the prime minister⟧ had been “completely blindsided”⟧. ⟦q “She thought Joanna would wait until after the budget. Everyone did,”⟧ the minister ⟦c said⟧.
"""),

# 9025 Australian regional, local human-interest: straight quotes, nickname inside the name, woman called by description, daughter close by (two women), quote without a cue
({"s1": ('Dorothy "Dot" McAllister', "Dot", "McAllister", "Mrs McAllister"),
  "s2": ("Heather Lindgren", "Heather", "Lindgren", "Mrs Lindgren"),
  "s3": ("Ravi Chandrasekaran", "Chandrasekaran", "Mr Chandrasekaran"),
  "s4": ("Archie Lindgren", "Archie")},
'''
⟦m:s1 Mundarra's favourite teacher⟧ turns 100 with a brass band and a three-tier sponge

⟦m:s1 Dorothy "Dot" McAllister⟧ has lived through a century, a depression, a world war and eleven Mundarra floods, and ⟦m:s1 she⟧ ⟦c says⟧ ⟦i:s1 ⟦m:s1 she⟧ has no intention of slowing down⟧.

On Saturday ⟦m:s1 the former schoolteacher⟧ celebrated her 100th birthday at Banksia Lodge with four generations of her family, the Mundarra Citizens' Band and a three-tier sponge cake.

⟦q:s1 "I don't know what all the fuss is about. I only did what everyone does, I just kept doing it a bit longer,"⟧ Mrs ⟦m:s1 McAllister⟧ ⟦c said⟧, with a wink.

Asked the secret to a long life, ⟦m:s1 she⟧ didn't hesitate. ⟦q:s1 "Never retire from being nosy. And a glass of sherry on Sundays, but only the one."⟧

Born in a tent on her parents' wheat block near Boolaroo Creek in 1926, ⟦m:s1 Dot⟧ taught at Mundarra Public School for 38 years and is believed to have taught more than 1500 local children to read.

Daughter ⟦m:s2 Heather Lindgren⟧, 74, ⟦c said⟧ ⟦i:s2 half the town seemed to have been in her mother's class at some point⟧.

⟦q:s2 "We can't go to the supermarket without someone stopping her to say she taught them their times tables. She still remembers which ones they got wrong,"⟧ Mrs ⟦m:s2 Lindgren⟧ ⟦c said⟧.

Banksia Lodge manager ⟦m:s3 Ravi Chandrasekaran⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s1 Dot⟧ was the first resident to turn 100 in the home's 30-year history⟧. ⟦q:s3 "She runs the quiz night, she runs the book club, and I'm fairly sure she runs me,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Great-grandson ⟦m:s4 Archie Lindgren⟧, 8, was less impressed by the milestone than by the cake. ⟦q:s4 "Can I have the bit with the 100 on it?"⟧ ⟦m:s4 he⟧ ⟦c asked⟧.
'''),

# 9026 Irish local paper, police: shop owner named after the quote, continuation paragraph, inspector, councillor, community group post, anonymous resident
({"s1": ("Fergal Brannigan", "Brannigan", "Insp Brannigan"),
  "s2": ("Mairéad Cullinane", "Cullinane", "Mairéad"),
  "s3": ("Tomás Ó Ceallaigh", "Ó Ceallaigh"),
  "s4": ("Safe Streets Rossglass",)},
"""
Gardaí appeal for witnesses after spate of ram-raids on Rossglass shops

Gardaí in Rossglass have appealed for information after three shops in the town were targeted by ram-raiders in the space of nine days.

In the latest incident, in the early hours of Tuesday, a stolen jeep was driven through the front of Cullinane’s Foodstore on Main Street and an ATM was ripped from the wall.

⟦q:s2 “I got the phone call at ten past three. By the time I got down here there was glass halfway across the road and the machine was gone,”⟧ ⟦c said⟧ owner ⟦m:s2 Mairéad Cullinane⟧, whose family has run the shop since 1962.

⟦q:s2 “It took them less than four minutes. Four minutes, and sixty years of work.”⟧

Inspector ⟦m:s1 Fergal Brannigan⟧ ⟦c said⟧ ⟦i:s1 gardaí believed the same gang was responsible for all three raids and for a similar attack in Ballinkeel last month⟧.

⟦q:s1 “These are organised, reckless people, and it is only a matter of time before someone is seriously injured,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “I’d appeal to anyone who was on Main Street between 2.30am and 3.30am on Tuesday, or who has dashcam footage, to contact Rossglass Garda Station.”⟧

Insp ⟦m:s1 Brannigan⟧ ⟦c said⟧ ⟦i:s1 patrols in the town had been increased⟧ but ⟦x:s1 the station was “not a 24-hour station and never has been”⟧.

Local councillor ⟦m:s3 Tomás Ó Ceallaigh⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ would raise the lack of overnight policing at next week’s joint policing committee⟧. ⟦q:s3 “Rossglass has a population of 6,000 and there isn’t a squad car in the town after midnight. That’s not good enough,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

The community group ⟦m:s4 Safe Streets Rossglass⟧ ⟦c posted⟧ on Facebook on Tuesday morning: ⟦q:s4 “Third one in nine days. Please, if you saw anything, ring the guards. And check in on Mairéad and the girls in the shop, they’re very shook.”⟧

One resident, who lives above a neighbouring shop and did not want to be named, ⟦c said⟧: ⟦q “I heard the bang and thought it was a bomb. I didn’t sleep for the rest of the night.”⟧
"""),

]

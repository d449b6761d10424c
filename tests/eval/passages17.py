"""Eighth unseen batch (UNSEEN8): ordinary news, written without reading the engine's rules, frozen on 2026-12-07; never to be edited to suit the engine. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
"""

UNSEEN8 = [

# 10001 breaking news: warehouse fire
({"s1": ("Omar Haddad", "Haddad"),
  "s2": ("Grete Lindqvist", "Lindqvist"),
  "s3": ("Castellan Logistics", "Castellan")},
"""
Fire rips through Brannock warehouse, hundreds evacuated

A fire tore through a logistics warehouse in the Eastmoor district of Brannock early on Tuesday, sending a column of black smoke across the city and forcing about 300 people from their homes.

More than 80 firefighters were at the scene at the height of the blaze, which broke out shortly before 5 a.m. at a depot on the Quarry Lane industrial estate. No injuries had been reported by mid-morning.

⟦q:s1 “This is a large, stubborn fire in a building full of packaging and plastics,”⟧ Fire Chief ⟦m:s1 Omar Haddad⟧ ⟦c told⟧ reporters at the cordon. ⟦q:s1 “We are going to be here for most of the day, and very possibly into the night.”⟧

⟦m:s1 Haddad⟧ ⟦c said⟧ ⟦i:s1 crews had been called by a taxi driver who saw flames through a loading-bay door⟧. ⟦i:s1 The cause of the fire was not yet known⟧, ⟦m:s1 he⟧ ⟦c added⟧.

Residents of Quarry Lane, Tallis Street and the Greyfield estate were taken to the Eastmoor leisure centre, where the council set up an emergency rest area with camp beds and hot drinks.

⟦q “I woke up and the whole bedroom window was orange,”⟧ ⟦c said⟧ one woman, wrapped in a foil blanket outside the centre with her two young sons.

⟦m:s2 Grete Lindqvist⟧, who runs a bakery across the road from the depot, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had been turned back by police when ⟦m:s2 she⟧ arrived to open up⟧. ⟦q:s2 “I’ve got two ovens and a week’s worth of flour in there, and I have no idea whether the roof is still on,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Castellan Logistics⟧, which leases the site, ⟦c said⟧ ⟦i:s3 all 26 members of its night shift had been accounted for⟧. ⟦q:s3 “We are working closely with the fire service and will co-operate fully with any investigation,”⟧ ⟦m:s3 the company⟧ ⟦c said⟧ in a statement.

People living within two miles of the fire have been advised to keep their windows and doors closed.
"""),

# 10002 national politics: budget
({"s1": ("Teodora Vasić", "Vasić", "Teodora"),
  "s2": ("Callum Ferrier", "Ferrier"),
  "s3": ("Ines Mbeki-Hart", "Mbeki-Hart"),
  "s4": ("Dafydd Rowlands", "Rowlands"),
  "s5": ("Anselm Kray", "Kray")},
"""
⟦m:s1 Vasić⟧ unveils spending squeeze in first budget, with tax cut for low earners

Finance Minister ⟦m:s1 Teodora Vasić⟧ on Wednesday set out a budget that freezes most departmental spending for two years while cutting income tax for the lowest-paid, in what was widely seen as the first real test of the new government’s economic credibility.

Speaking to a packed chamber, ⟦m:s1 Vasić⟧ ⟦c said⟧ ⟦x:s1 the government had inherited a deficit “far larger than anyone was told”⟧ and ⟦c warned⟧ that ⟦i:s1 there would be no quick fixes⟧.

⟦q:s1 “We will not balance the books on the backs of the people who can least afford it,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ MPs. ⟦q:s1 “But nor will we pretend that money grows in the corridors of this building.”⟧

The centrepiece of the package is a rise in the personal allowance to 14,200 crowns, which will take an estimated 380,000 people out of income tax altogether. Budgets for departments other than health and defence will be held flat in cash terms, a real-terms cut of around 3 per cent a year once inflation is taken into account.

⟦q:s2 “This is austerity with a new coat of paint,”⟧ ⟦c said⟧ opposition leader ⟦m:s2 Callum Ferrier⟧, to loud cheers from his own benches. ⟦q:s2 “The minister talks about fairness. Let her go and say that to the school that has just lost its teaching assistants, or to the council closing its last library. A freeze is a cut, and everybody in this country knows it.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦x:s2 the income tax cut was “a sweetener to hide the bill” and that his party would vote against the budget⟧.

⟦m:s3 Ines Mbeki-Hart⟧, chief economist at the Corran Institute, ⟦c said⟧ ⟦i:s3 the numbers broadly added up but rested on optimistic assumptions about growth⟧.

⟦q:s3 “The Treasury is assuming growth of 1.8 per cent next year. Most independent forecasters have it closer to 1.2,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “If they turn out to be wrong, the gap has to be filled somehow, and the obvious candidates are deeper cuts or exactly the tax rises the minister ruled out today.⟧

⟦q:s3 “That is the question I would want answered before I started cheering.”⟧

There were also signs of unease on the government’s own side. ⟦m:s4 Dafydd Rowlands⟧, who represents the rural seat of Glyn Arrow, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ would be seeking assurances over funding for bus services⟧.

⟦q:s4 “I’ll be voting for the budget tonight,”⟧ ⟦m:s4 he⟧ ⟦c said⟧, ⟦q:s4 “but I’ve made it very clear to the minister that rural transport cannot be the thing that gets squeezed every single time.”⟧

Prime Minister ⟦m:s5 Anselm Kray⟧, who sat beside ⟦m:s1 Vasić⟧ throughout the speech, later ⟦c told⟧ broadcasters ⟦x:s5 ⟦m:s5 he⟧ had “total confidence” in his finance minister⟧.

⟦q:s5 “Teodora has done what a serious government does. She has told people the truth, even when the truth is not very comfortable,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

The budget faces its first vote on Thursday. The government has a working majority of 14.
"""),

# 10003 local politics: cycle lane
({"s1": ("Priya Raghunathan", "Raghunathan"),
  "s2": ("Walter Ebbesen", "Ebbesen"),
  "s3": ("Moana Teariki", "Teariki")},
"""
Kestrelford council backs Harbour Road cycle lane after heated meeting

Kestrelford city council voted 9-6 on Monday night to build a protected cycle lane along Harbour Road, ending a two-year row that has divided shopkeepers, residents and commuters.

Councillor ⟦m:s1 Priya Raghunathan⟧, who chairs the transport committee, ⟦c said⟧ ⟦i:s1 the lane would be finished by next autumn⟧. ⟦q:s1 "People have been asking us for a safe route into the town centre for a decade. Tonight we finally said yes,"⟧ ⟦m:s1 she⟧ ⟦c said⟧ after the vote.

Not everyone was pleased. The scheme will remove 41 parking spaces, and several business owners spoke against it during more than two hours of public comment.

⟦q:s2 "My customers are older people. They are not going to turn up on a bicycle,"⟧ ⟦c said⟧ ⟦m:s2 Walter Ebbesen⟧, whose hardware shop has stood on Harbour Road since 1974. ⟦q:s2 "You take away the parking, you take away the trade. It's that simple."⟧

⟦m:s2 Ebbesen⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ and a group of other traders were taking legal advice⟧.

Cycling campaigners, many of them in yellow T-shirts, cheered from the public gallery when the result was read out. ⟦q:s3 "This is about kids being able to ride to school without their parents being terrified,"⟧ ⟦c said⟧ ⟦m:s3 Moana Teariki⟧ of Safe Streets Kestrelford. ⟦q:s3 "It's a good night for this town."⟧

Work is expected to begin in March.
"""),

# 10004 courts: fraud sentencing
({"s1": ("Eleanor Whitcombe", "Whitcombe"),
  "s2": ("Marcus Adeyemi-Holt", "Adeyemi-Holt"),
  "s3": ("Sunniva Dahl", "Dahl"),
  "s4": ("Rafael Ibarra", "Ibarra"),
  "s5": ("Dorothy Pennick", "Pennick")},
"""
Financial adviser jailed for nine years over £4m pension fraud

A financial adviser who stole more than £4 million from the pension savings of retired teachers and nurses was jailed for nine years on Friday, after ⟦m:s1 the sentencing judge⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s2 he⟧ had shown “a cold, calculating indifference” to the people who trusted him⟧.

⟦m:s2 Marcus Adeyemi-Holt⟧, 52, of Fernley, had pleaded guilty at Holmbridge Crown Court to 14 counts of fraud by abuse of position and one of money laundering.

Over eight years ⟦m:s2 he⟧ persuaded 63 clients to move their savings into what ⟦m:s2 he⟧ called a low-risk bond fund. In reality, the court heard, the money paid for a villa on the Marevian coast, a share in a racehorse and private school fees for his three children.

Sentencing him, Justice ⟦m:s1 Eleanor Whitcombe⟧ ⟦c said⟧: ⟦q:s1 “You knew exactly who these people were. Many of them had spent forty years in classrooms and on hospital wards. They came to you because they wanted to be careful with what little they had, and you treated that caution as an opportunity.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the fraud had been sophisticated and sustained, and that only his early guilty plea had spared him a longer sentence⟧. ⟦q:s1 “The harm here is not measured only in pounds,”⟧ ⟦m:s1 the judge⟧ ⟦c added⟧.

Prosecutor ⟦m:s3 Sunniva Dahl⟧ ⟦c told⟧ the court ⟦i:s3 less than £600,000 had so far been recovered⟧. ⟦q:s3 “Some of these victims have had to sell their homes. One gentleman, who is 81, has gone back to work stacking shelves in a supermarket,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Several of the victims were in court. ⟦m:s5 Dorothy Pennick⟧, 74, a retired primary school headteacher, read a statement from the witness box.

⟦q:s5 “I used to think of myself as a sensible woman,”⟧ ⟦m:s5 she⟧ ⟦c said⟧, her voice breaking. ⟦q:s5 “He took that from me as well as the money. I don’t trust my own judgment any more, and I don’t know if I ever will.”⟧

Defending, ⟦m:s4 Rafael Ibarra⟧ ⟦c said⟧ ⟦x:s4 ⟦m:s2 his client⟧ had been drawn into dishonesty while trying to cover losses on a failed property investment in 2015, and had “spiralled” from there⟧.

⟦m:s4 Ibarra⟧ also read a letter ⟦m:s2 Adeyemi-Holt⟧ had written from prison. ⟦q:s2 “There is nothing I can say that will undo what I have done,”⟧ it ⟦c said⟧. ⟦q:s2 “I am ashamed, and I will spend the rest of my life trying to repay whatever I can.”⟧

⟦m:s2 Adeyemi-Holt⟧, in a grey suit, kept his eyes on the floor as ⟦m:s2 he⟧ was led to the cells.

A hearing to confiscate his assets will take place in March.
"""),

# 10005 crime: jewellery raid
({"s1": ("Kwame Asante", "Asante"),
  "s2": ("Hana Novotná", "Novotná")},
"""
Police appeal for witnesses after hammer raid on Millgate jewellers

Police in Ardley are appealing for witnesses after three men armed with hammers raided a jewellery shop in Millgate on Saturday afternoon, smashing display cases as customers looked on.

⟦i:s1 The men, who wore motorcycle helmets, escaped on two mopeds with watches and rings worth an estimated £220,000⟧, Detective Inspector ⟦m:s1 Kwame Asante⟧ ⟦c said⟧.

⟦q:s1 “This was a terrifying experience for the staff and for the customers in the shop, who included a mother with a young child,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “We are determined to find the people responsible.”⟧

⟦m:s1 Asante⟧ ⟦c said⟧ ⟦i:s1 anyone with dashcam or doorbell footage from the Millgate area between 2 p.m. and 3 p.m. should contact the force⟧.

⟦m:s2 The shop’s owner⟧, ⟦m:s2 Hana Novotná⟧, ⟦c said⟧ ⟦i:s2 her two staff were shaken but unhurt⟧.

⟦q:s2 “It was over in ninety seconds,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “My assistant hid under the counter. I keep thinking, what if one of them had turned round?”⟧
"""),

# 10006 business: supermarket merger
({"s1": ("Annika Sørensen", "Sørensen"),
  "s2": ("Tunde Bakare", "Bakare"),
  "s3": ("Lucas Ferreira", "Ferreira"),
  "s4": ("Maureen Coyle", "Coyle"),
  "s5": ("Competition and Markets Board", )},
"""
Hallbeck and Greenway agree £3.1bn merger to create grocery giant

Hallbeck Foods and Greenway Markets have agreed to merge in a £3.1 billion deal that would create the country’s second-largest supermarket group, with more than 1,400 stores and 96,000 staff.

The combined company, to be called Hallbeck Greenway, would be run by Hallbeck’s chief executive, ⟦m:s1 Annika Sørensen⟧, with Greenway’s founder, ⟦m:s2 Tunde Bakare⟧, becoming chairman.

⟦q:s1 “This is a merger of two businesses that grew up in the same towns, serving the same kind of customers,”⟧ ⟦m:s1 Sørensen⟧ ⟦c said⟧ on a call with analysts. ⟦q:s1 “Together we can buy better, run our distribution more efficiently and pass those savings on at the till.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the deal would generate about £250 million a year in cost savings within three years, largely from combining warehouses and back-office functions⟧.

⟦q:s2 “I won’t pretend this was an easy decision,”⟧ ⟦c said⟧ ⟦m:s2 Bakare⟧, who opened the first Greenway as a single shop in Pellingham in 1991. ⟦q:s2 “But the industry has changed. Scale matters now in a way it didn’t when I started, and I want the Greenway name and the Greenway people to have a future.”⟧

Shares in Hallbeck rose 7 per cent in early trading, while Greenway’s jumped 22 per cent.

⟦m:s3 Lucas Ferreira⟧, a retail analyst at Brightwater Securities, ⟦c said⟧ ⟦i:s3 the deal made strategic sense but faced a long road to approval⟧. ⟦q:s3 “They overlap in something like 300 local markets. I would be very surprised if the regulator waved this through without demanding significant store sales,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

The ⟦m:s5 Competition and Markets Board⟧ ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ would examine the deal in detail⟧. ⟦q:s5 “We will look carefully at whether this merger could lead to higher prices or less choice for shoppers,”⟧ a spokesperson ⟦c said⟧.

Unions reacted warily. ⟦m:s4 Maureen Coyle⟧, general secretary of the Retail and Distribution Workers’ Union, ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ would be seeking urgent meetings with both companies⟧.

⟦q:s4 “When companies talk about ‘efficiencies’, our members know exactly what that means,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “It means jobs. We want guarantees, in writing, before anyone pops the champagne.”⟧

⟦m:s1 Sørensen⟧ ⟦c said⟧ ⟦x:s1 there were “no plans” for compulsory redundancies in stores⟧, though ⟦m:s1 she⟧ ⟦c acknowledged⟧ that ⟦i:s1 some head-office roles would go⟧.

The companies expect the deal to complete in the second half of next year, subject to regulatory and shareholder approval.
"""),

# 10007 technology: data breach
({"s1": ("Lumio", ),
  "s2": ("Yusuf Demir", "Demir"),
  "s3": ("Clémence Aubert", "Aubert")},
"""
Fitness app ⟦m:s1 Lumio⟧ confirms breach exposing data of 2.3 million users

The fitness-tracking app ⟦m:s1 Lumio⟧ has ⟦c confirmed⟧ that ⟦i:s1 hackers gained access to the personal details of about 2.3 million users, including names, email addresses and, in some cases, the GPS routes of their runs and bike rides⟧.

In an email sent to customers late on Thursday, ⟦m:s1 the company⟧ ⟦c said⟧ ⟦i:s1 passwords had been encrypted and that no payment card information had been taken⟧.

⟦q:s1 “We are deeply sorry. You trusted us with your information and we let you down,”⟧ the email ⟦c read⟧. ⟦q:s1 “We have closed the vulnerability and brought in outside specialists to help us understand exactly what happened.”⟧

The breach was first flagged by ⟦m:s2 Yusuf Demir⟧, an independent security researcher, who ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had found a database of the app’s user records offered for sale on a hacking forum last week⟧.

⟦m:s2 Demir⟧ ⟦c said⟧ ⟦i:s2 the location data was the most worrying element⟧. ⟦q:s2 “If you run the same loop every morning, that route starts and ends at your front door,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “For someone who has escaped an abusive partner, say, that is not an abstract privacy problem.”⟧

Information Commissioner ⟦m:s3 Clémence Aubert⟧ ⟦c said⟧ ⟦i:s3 her office had opened an investigation⟧. ⟦q:s3 “Companies that collect sensitive data have a duty to protect it, and where they fall short, we will act,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s1 Lumio⟧, which has about 11 million users worldwide, was valued at $900 million in a funding round last year.
"""),

# 10008 health: waiting lists
({"s1": ("Niamh Corrigan", "Corrigan"),
  "s2": ("Sameer Qureshi", "Qureshi"),
  "s3": ("Bernadette Otieno", "Otieno"),
  "s4": ("Gordon Fairlie", "Fairlie"),
  "s5": ("Piet van Rensburg", "van Rensburg")},
"""
Hospital waiting list hits record 8.1 million

The number of people waiting for planned hospital treatment has reached a record 8.1 million, with almost 400,000 of them waiting more than a year.

The figures are set out in a report published on Tuesday by the Kellsworth Health Trust, an independent think-tank. Waits for hip and knee replacements have more than doubled in five years, and one in five cancer patients is not starting treatment within the 62-day target.

⟦q:s2 “These are not just numbers on a spreadsheet. Behind every one of them is someone in pain, someone who can’t work, someone whose family has become their carer,”⟧ ⟦c said⟧ Dr ⟦m:s2 Sameer Qureshi⟧, the trust’s director of research and the report’s lead author.

⟦m:s2 He⟧ ⟦c warned⟧ that ⟦x:s2 the health service faced a “lost decade” unless it rapidly expanded the number of beds, operating theatres and staff⟧.

⟦m:s4 Gordon Fairlie⟧, 67, a former bus driver from Dunmere, has been waiting 19 months for a hip replacement.

⟦q:s4 “Some days I can’t get up the stairs. My wife has to help me get dressed,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “I phoned the hospital in the summer and they told me it could be another year. You just feel forgotten.”⟧

Health Minister ⟦m:s1 Niamh Corrigan⟧ ⟦c said⟧ ⟦x:s1 the figures were “unacceptable” and that the government was “throwing everything” at the backlog⟧.

⟦q:s1 “We are opening new surgical hubs, we are recruiting record numbers of nurses, and we are beginning to see the longest waits come down,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “I am not going to pretend this will be fixed overnight.”⟧

But ⟦m:s3 Bernadette Otieno⟧, general secretary of the Nurses’ and Midwives’ Federation, ⟦c said⟧ ⟦i:s3 staff were leaving faster than they could be replaced⟧.

⟦q:s3 “The minister keeps talking about recruitment. She never talks about retention,”⟧ ⟦m:s3 Otieno⟧ ⟦c said⟧. ⟦q:s3 “We lost more than 30,000 nurses last year. You can build all the surgical hubs you like, but if there is nobody to work in them, the lights stay off.”⟧

⟦m:s5 The opposition’s health spokesman⟧, ⟦m:s5 Piet van Rensburg⟧, ⟦c said⟧: ⟦q:s5 “Every month ministers tell us the corner has been turned, and every month the list gets longer.”⟧

The trust’s report calls for a fully funded ten-year workforce plan and for reform of social care, to free up hospital beds occupied by patients who are well enough to go home.
"""),

# 10009 science: new frog species (British quotation marks)
({"s1": ("Ngozi Eze", "Eze"),
  "s2": ("Tomás Quispe", "Quispe"),
  "s3": ("Helga Brandt", "Brandt")},
"""
Tiny orange frog found in cloud forest is new to science

A frog no bigger than a thumbnail, found in the cloud forests of the Serra Alvarenga, has been formally described as a species new to science.

The bright orange amphibian, named Nesophryne alvarengae, was first noticed in 2022 by a local guide, ⟦m:s2 Tomás Quispe⟧, who heard its unusual call while leading a group of birdwatchers along a ridge trail.

⟦q:s2 ‘I have walked that path maybe five hundred times and I had never heard a sound like it. It was like somebody tapping a wine glass with a spoon,’⟧ Mr ⟦m:s2 Quispe⟧ ⟦c said⟧.

⟦m:s2 He⟧ recorded the call on his phone and sent it to Dr ⟦m:s1 Ngozi Eze⟧, a herpetologist at the University of Port Averley, who went on to lead the expedition that collected the first specimens.

⟦q:s1 ‘The moment I heard the recording I knew it was something unusual,’⟧ ⟦c said⟧ Dr ⟦m:s1 Eze⟧. ⟦q:s1 ‘Then we got up there and found it, this absurd little orange jewel sitting on a bromeliad leaf. I may have shouted.’⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the species appeared to live on only a few square kilometres of forest above 2,100 metres, leaving it highly vulnerable to climate change and to clearance for cattle pasture⟧.

⟦q:s1 ‘These mountaintop species have nowhere to go,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘As it gets warmer, the suitable habitat moves uphill, and eventually it simply runs out of hill.’⟧

Professor ⟦m:s3 Helga Brandt⟧, an amphibian specialist at the Linnéhall Museum who was not involved in the research, ⟦c said⟧ ⟦i:s3 the discovery was a reminder of how much remained unknown⟧. ⟦q:s3 ‘Every year we describe well over a hundred new frogs, and every year we also lose some that we never even knew existed,’⟧ ⟦m:s3 she⟧ ⟦c said⟧.

The frog is expected to be assessed as critically endangered.
"""),

# 10010 environment: sewage spill
({"s1": ("Tallow Valley Water", "Tallow Valley"),
  "s2": ("Ruth Ashworth-Keane", "Ashworth-Keane"),
  "s3": ("Gareth Llewellyn", "Llewellyn")},
"""
Thousands of fish die in River Tallow after sewage spill

Thousands of fish have died along a nine-mile stretch of the River Tallow after untreated sewage poured into the water from a treatment works during heavy rain at the weekend.

Anglers found dead trout, grayling and minnows floating near the village of Ashby Combe early on Sunday. ⟦q "It was like a carpet of silver. I've fished this river for forty years and I've never seen anything like it,"⟧ ⟦c said⟧ one angler, who did not want to be named.

⟦m:s1 Tallow Valley Water⟧ ⟦c said⟧ in a statement that ⟦x:s1 a pump failure at its Ashby Combe works had caused "an unplanned discharge" and that ⟦m:s1 it⟧ was "deeply sorry for the impact on the river."⟧

⟦q:s1 "We have repaired the pump and our teams are working with the Rivers Agency to clean up the affected stretch,"⟧ the statement ⟦c added⟧.

⟦m:s3 Gareth Llewellyn⟧, the agency's area manager, ⟦c said⟧ ⟦i:s3 officers were taking water samples along the river and an investigation was under way⟧. ⟦q:s3 "We will not hesitate to take enforcement action if the evidence supports it,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s2 Ruth Ashworth-Keane⟧, who founded the Save the Tallow campaign in 2020, ⟦c said⟧ ⟦i:s2 the company's own monitoring had recorded 212 sewage discharges into the river last year⟧.

⟦q:s2 "Every time it rains we hold our breath,"⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 "Today it's fish. Next summer it'll be children paddling in this. People round here are furious, and they have every right to be."⟧
"""),

# 10011 sport: football match report
({"s1": ("Rui Machado", "Machado"),
  "s2": ("Declan Hoey", "Hoey"),
  "s3": ("Kofi Boateng", "Boateng"),
  "s4": ("Sebastián Olmedo", "Olmedo"),
  "s5": ("Match Officials Ltd", "Match Officials")},
"""
⟦m:s3 Boateng⟧ double sends Castlebridge top as ⟦m:s2 Hoey⟧ fumes over penalty

⟦m:s3 Kofi Boateng⟧ scored twice in the second half as Castlebridge United came from behind to beat Redmarsh 2-1 at the Foundry on Tuesday night and go top of the league for the first time in eleven years.

Redmarsh led at half-time through Aurelio Santi’s header, but ⟦m:s3 Boateng⟧ levelled from the penalty spot on 58 minutes after ⟦m:s4 Sebastián Olmedo⟧ was penalised for handball, and then curled in the winner from 20 yards with six minutes left.

⟦q:s1 “First half, we were nervous — too slow, too careful,”⟧ ⟦c said⟧ Castlebridge manager ⟦m:s1 Rui Machado⟧. ⟦q:s1 “At half-time I told them: forget the table, forget the history, just play football. And they did.”⟧

⟦m:s1 Machado⟧, who took over in the summer after two seasons in charge of Vallmont in the Belvarian second division, ⟦c said⟧ ⟦x:s1 it was “far too early” to talk about the title⟧.

⟦q:s1 “It’s November. Nobody wins anything in November. But I would rather be first than second, so tonight I will enjoy it a little bit,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

The penalty decision left ⟦m:s2 Declan Hoey⟧, the Redmarsh manager, incandescent.

⟦q:s2 “I’ve watched it ten times. The ball hits his chest, then his arm, from a yard away. How is that a penalty?”⟧ ⟦m:s2 Hoey⟧ ⟦c said⟧. ⟦q:s2 “We talk about consistency every week and every week we get the opposite. My players deserved a lot more than that.”⟧

⟦m:s4 Olmedo⟧, the Redmarsh captain, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ had turned away and never felt the ball touch his arm⟧. ⟦q:s4 “What am I supposed to do, cut my arms off?”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “It’s a joke.”⟧

⟦m:s5 Match Officials Ltd⟧, which manages referees in the league, ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ would review the incident as part of its usual process but would not comment further⟧.

⟦m:s3 Boateng⟧, 22, now has nine goals in 14 league games. ⟦q:s3 “The second one, I just saw the corner and hit it. I’ve been practising that since I was nine years old,”⟧ ⟦m:s3 he⟧ ⟦c said⟧, grinning.

Castlebridge travel to Wexhall on Saturday, while Redmarsh, who drop to fourth, host Orrin Athletic.
"""),

# 10012 sport: tennis final
({"s1": ("Valentina Ruiz-Aldana", "Ruiz-Aldana"),
  "s2": ("Aino Virtanen", "Virtanen"),
  "s3": ("Pascal Moreau", "Moreau")},
"""
⟦m:s1 Ruiz-Aldana⟧ ends long wait for a home champion in Port Sallow

⟦m:s1 Valentina Ruiz-Aldana⟧ won the Port Sallow Open on Sunday, beating second seed ⟦m:s2 Aino Virtanen⟧ 6-4, 3-6, 7-5 in a final that lasted almost three hours and kept a sell-out crowd of 9,000 on its feet for most of the deciding set.

⟦m:s1 She⟧ is the first home player to lift the trophy since 2011.

⟦q:s1 “I don’t think I have ever been this tired in my life. In the last game I couldn’t feel my legs,”⟧ ⟦m:s1 Ruiz-Aldana⟧ ⟦c said⟧, the trophy still in her lap.

⟦m:s1 The 24-year-old⟧, who was ranked outside the top 200 eighteen months ago after surgery on her wrist, ⟦c said⟧ ⟦i:s1 there had been days when ⟦m:s1 she⟧ thought about giving up⟧.

⟦q:s1 “My coach wouldn’t let me,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “He kept saying, ‘One more month, just give it one more month.’ So this one is for him.”⟧

⟦m:s3 That coach⟧, ⟦m:s3 Pascal Moreau⟧, was having none of it. ⟦q:s3 “She did the work. I stood there with a clipboard and a bad attitude,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s2 Virtanen⟧, who saved three match points before netting a backhand on the fourth, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had lost to the better player on the day⟧. ⟦q:s2 “The crowd was incredible — for her, obviously,”⟧ ⟦m:s2 she⟧ ⟦c said⟧ with a laugh. ⟦q:s2 “I’ll come back next year and try to make them a bit quieter.”⟧
"""),

# 10013 human interest / sport: 100th marathon
({"s1": ("Ingrid Halvorsen", "Halvorsen", "Ingrid"),
  "s2": ("Kari Halvorsen-Blythe", "Halvorsen-Blythe", "Kari"),
  "s3": ("Emeka Obi", "Obi")},
"""
At 71, ⟦m:s1 Ingrid Halvorsen⟧ finishes her 100th marathon

When ⟦m:s1 Ingrid Halvorsen⟧ ran her first marathon, in 1987, ⟦m:s1 she⟧ wore borrowed shoes and finished so late that the organisers had already taken down the finish banner.

On Sunday, at the age of 71, ⟦m:s1 she⟧ crossed the line in Lindenholm to complete her 100th, in 4 hours 52 minutes, with a banner very much in place and her three grandchildren holding one end of it.

⟦q:s1 “I cried for the last mile. Not because it hurt — well, it did hurt — but because I kept thinking about all the other ninety-nine,”⟧ ⟦m:s1 Halvorsen⟧ ⟦c said⟧ afterwards, a foil blanket round her shoulders.

⟦m:s1 Halvorsen⟧, a retired postwoman, took up running at 33 after her doctor told her to get more exercise. ⟦m:s1 She⟧ has since completed marathons in 31 countries, including one on a frozen lake and another that climbed 2,000 metres up the side of a volcano.

⟦q:s1 “People ask me what the secret is,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “There isn’t one. You just keep putting your name down.”⟧

⟦m:s2 Her daughter⟧, ⟦m:s2 Kari Halvorsen-Blythe⟧, who ran the final six miles alongside her, ⟦c said⟧ ⟦i:s2 the family had stopped trying to talk her out of races years ago⟧. ⟦q:s2 “She’s already looking at one in the spring. We’ve given up,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Race director ⟦m:s3 Emeka Obi⟧ ⟦c said⟧ ⟦i:s3 organisers had been ready to keep the finish gantry open for an extra hour in case ⟦m:s1 she⟧ needed it⟧. ⟦q:s3 “Turns out she didn’t need it at all,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.
"""),

# 10014 sport: county cricket (British quotation marks)
({"s1": ("Haris Qadir", "Qadir"),
  "s2": ("Callum Threlfall", "Threlfall"),
  "s3": ("Liam Venter", "Venter")},
"""
⟦m:s2 Threlfall⟧ takes seven as Wessmoor clinch county title

⟦m:s2 Callum Threlfall⟧ took seven wickets for 41 as Wessmoor beat Dunholm by an innings and 62 runs at Castle Meadow on Thursday to clinch their first county championship since 1998.

Dunholm, resuming on 112 for three and still needing 151 to make Wessmoor bat again, lost their last seven wickets for 89 in just over two hours as ⟦m:s2 Threlfall⟧ found prodigious swing under heavy cloud.

⟦q:s2 ‘Days like this are what you dream about when you’re a kid bowling at a wheelie bin in the back garden,’⟧ ⟦c said⟧ ⟦m:s2 Threlfall⟧, 26. ⟦q:s2 ‘The ball was doing a bit and I just tried to keep it simple. Top of off stump, over and over again.’⟧

Wessmoor captain ⟦m:s1 Haris Qadir⟧ ⟦c said⟧ ⟦i:s1 the title belonged to the whole squad⟧, ⟦c pointing out⟧ that ⟦i:s1 19 players had appeared in the championship this season because of injuries⟧.

⟦q:s1 ‘In April people had us down for relegation,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘This group never listened to any of that. I’m so proud of them I can barely speak.’⟧

⟦m:s3 Dunholm’s captain⟧, ⟦m:s3 Liam Venter⟧, ⟦c conceded⟧ that ⟦i:s3 his side had been outplayed⟧. ⟦q:s3 ‘Fair play to them. We were second best for four days, and you don’t win anything like that,’⟧ ⟦m:s3 he⟧ ⟦c said⟧.
"""),

# 10015 culture: film festival
({"s1": ("Aylin Kaya", "Kaya"),
  "s2": ("Konrad Ehrlich", "Ehrlich"),
  "s3": ("Sione Fifita", "Fifita")},
"""
⟦m:s1 Aylin Kaya⟧’s The Salt Road wins top prize at Merrow film festival

“The Salt Road,” a slow-burning drama about two sisters smuggling medicine across a mountain border, won the Golden Lantern for best film at the Merrow International Film Festival on Saturday night.

It is the first feature by the director ⟦m:s1 Aylin Kaya⟧, 34, who made the film for less than €900,000 with a largely non-professional cast.

⟦q:s1 “We shot it in nineteen days, in the snow, with one camera and a lot of soup,”⟧ ⟦m:s1 Kaya⟧ ⟦c said⟧ as ⟦m:s1 she⟧ accepted the award, to laughter from the audience. ⟦q:s1 “I want to thank the people of the villages who let us into their homes. This film belongs to them.”⟧

⟦m:s2 The jury president⟧, the veteran actor ⟦m:s2 Konrad Ehrlich⟧, ⟦c said⟧ ⟦i:s2 the decision had been unanimous⟧. ⟦q:s2 “Some films shout. This one whispers, and you lean in, and then it breaks your heart,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The best actor prize went to ⟦m:s3 Sione Fifita⟧ for his role as a grieving fisherman in the island drama Low Tide.

⟦q:s3 “I was a fisherman before I was an actor, so maybe I was just playing myself,”⟧ ⟦m:s3 Fifita⟧ ⟦c said⟧ backstage. ⟦q:s3 “My mother is going to be very confused when she hears about this.”⟧

The festival, now in its 41st year, closes on Sunday with screenings of the winning films.
"""),

# 10016 celebrity: tour cancelled
({"s1": ("Marisol Vega", "Vega"),
  "s2": ("Bluefin Live", "Bluefin"),
  "s3": ("Chloe Armitage", "Armitage")},
"""
⟦m:s1 Marisol Vega⟧ cancels remaining tour dates, citing exhaustion

Pop singer ⟦m:s1 Marisol Vega⟧ has cancelled the last 14 dates of her world tour, ⟦c telling⟧ fans ⟦x:s1 ⟦m:s1 she⟧ needs time to recover from "physical and mental exhaustion."⟧

In a post on social media on Tuesday night, ⟦m:s1 the 29-year-old⟧ ⟦c wrote⟧: ⟦q:s1 "I have tried so hard to push through. I didn't want to let anyone down. But my body has been telling me to stop for months, and I finally have to listen.⟧

⟦q:s1 "To everyone who bought a ticket, who saved up, who booked a hotel: I am so, so sorry. I love you and I will see you again, I promise."⟧

⟦m:s2 The tour's promoter⟧, ⟦m:s2 Bluefin Live⟧, ⟦c said⟧ ⟦i:s2 all ticket holders would receive automatic refunds within 30 days⟧. ⟦q:s2 "Marisol's health comes first, and we fully support her decision,"⟧ a spokesperson ⟦c said⟧.

Fans who had travelled to Casselton, where ⟦m:s1 Vega⟧ had been due to perform on Wednesday, were sympathetic as well as disappointed.

⟦q:s3 "I'm gutted, honestly. I drove six hours,"⟧ ⟦c said⟧ ⟦m:s3 Chloe Armitage⟧, 19, who was standing outside the arena with a homemade banner. ⟦q:s3 "But you can't be angry with her. You could see in the last few videos that she wasn't right."⟧

⟦m:s1 Vega⟧, whose third album, Glasshouse, went straight to number one in March, has spoken openly in the past about living with anxiety.
"""),

# 10017 weather: storm warning
({"s1": ("Hamish Calder", "Calder"),
  "s2": ("Fiona Mbatha", "Mbatha"),
  "s3": ("Skellan Ferries", "Skellan")},
"""
Red warning issued as Storm Imelda brings 100mph gusts

Forecasters have issued a rare red weather warning for the western isles and the Skellan coast as Storm Imelda approaches, with gusts of up to 100mph expected overnight on Thursday.

⟦q:s1 “This is a dangerous storm, and people in the red warning area should expect flying debris, power cuts and damage to buildings,”⟧ ⟦c said⟧ ⟦m:s1 Hamish Calder⟧, chief forecaster at the National Meteorological Service. ⟦q:s1 “If you don’t need to travel on Thursday night, please don’t.”⟧

⟦m:s1 Calder⟧ ⟦c said⟧ ⟦i:s1 the strongest winds were likely between 10 p.m. and 4 a.m., coinciding with high tide and raising the risk of coastal flooding⟧.

⟦m:s3 Skellan Ferries⟧ ⟦c said⟧ ⟦i:s3 all sailings on Thursday and Friday morning had been cancelled⟧. ⟦q:s3 “The safety of our passengers and crew is our absolute priority,”⟧ ⟦m:s3 the company⟧ ⟦c said⟧. Schools across the islands will close on Friday.

Emergency services are preparing for a long night. ⟦m:s2 Fiona Mbatha⟧, who leads the regional resilience team, ⟦c said⟧ ⟦i:s2 rest centres would open in four towns and that engineers had been moved into position to restore power as quickly as possible⟧.

⟦q:s2 “We’ve done this before, and we’ll do it again,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “But please check on your elderly neighbours tonight. A knock on the door can make all the difference.”⟧

Imelda is the ninth named storm of the season.
"""),

# 10018 education: teachers' strike
({"s1": ("Siobhan Mallory", "Mallory"),
  "s2": ("Arjun Mehta", "Mehta"),
  "s3": ("Oluwaseun Adeyinka", "Adeyinka"),
  "s4": ("Beata Kowalska", "Kowalska"),
  "s5": ("Ross Kinnaird", "Kinnaird")},
"""
Teachers at 1,900 schools walk out as pay dispute escalates

Thousands of schools across the country closed or partially closed on Tuesday as teachers staged the first of three planned days of strike action in a long-running dispute over pay and workload.

⟦m:s1 Siobhan Mallory⟧, general secretary of the Union of Classroom Teachers, ⟦c said⟧ ⟦i:s1 more than 1,900 schools had been affected⟧, with picket lines outside many of them from 7 a.m.

⟦q:s1 “Nobody goes into teaching to go on strike,”⟧ ⟦m:s1 Mallory⟧ ⟦c told⟧ a rally outside the education department in Stellport. ⟦q:s1 “Our members are doing this because they are exhausted, because they are leaving in their thousands, and because children are paying the price.”⟧

The union is seeking a 9 per cent rise, fully funded by central government. Ministers have offered 4.5 per cent, to be met largely from schools’ existing budgets.

Education Secretary ⟦m:s2 Arjun Mehta⟧ ⟦c said⟧ ⟦x:s2 the walkout was “deeply disappointing” and would “only harm the children we all want to help.”⟧

⟦q:s2 “We have put a fair offer on the table, the highest in more than a decade,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “My door remains open, but I would urge the union to call off further action and get back round the table.”⟧

At Fernhill Primary in Ostwick, only two of 14 classes were running. Headteacher ⟦m:s3 Oluwaseun Adeyinka⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ supported her staff’s right to strike but was worried about pupils who relied on school for a hot meal⟧.

⟦q:s3 “We’ve arranged for breakfast packs to go home with the children who need them. That’s the bit that keeps me up at night, not the lost lessons,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

On the picket line outside Ostwick Academy, ⟦m:s5 Ross Kinnaird⟧, who has taught chemistry for 17 years, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had lost count of the colleagues who had quit⟧.

⟦q:s5 “In my department alone, four out of seven have gone in the last two years. Two went to the private sector, one went abroad, and one retrained as an electrician and earns more than I do,”⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 “I love this job. But love doesn’t pay the mortgage.”⟧

Parents had mixed feelings. ⟦m:s4 Beata Kowalska⟧, whose two sons attend Fernhill, ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ had taken an unpaid day off work to look after them⟧.

⟦q:s4 “I do support the teachers, I really do,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “But three days is a lot when you’re on a zero-hours contract. Somebody needs to sort this out, and fast.”⟧

Further strikes are planned for next Wednesday and Thursday. Talks between the union and the department are scheduled for Friday.
"""),

# 10019 transport: rail timetable
({"s1": ("Colette Dufresne", "Dufresne"),
  "s2": ("Kenji Aramaki", "Aramaki"),
  "s3": ("Sadia Rahman", "Rahman"),
  "s4": ("Trevor Mullins", "Mullins"),
  "s5": ("Rail Workers' Union", "RWU")},
"""
Northline timetable chaos leaves commuters stranded for second week

Commuters on Northline's routes into Harwick faced a second week of cancellations and overcrowding on Monday, as the operator's new timetable continued to unravel amid a shortage of drivers.

More than 340 trains were cancelled across the network on Monday alone.

⟦q:s3 "I've been standing on this platform for fifty minutes. Three trains have been cancelled, one after the other,"⟧ ⟦c said⟧ ⟦m:s3 Sadia Rahman⟧, a pharmacist waiting at Lowfield station.

Northline introduced the timetable on 1 November, promising 120 extra services a week. But the changes required drivers to learn new routes, and many have not yet completed their training.

⟦m:s1 Northline's managing director⟧, ⟦m:s1 Colette Dufresne⟧, ⟦c said⟧ ⟦x:s1 the company had "got this wrong"⟧ and apologised to passengers.

⟦q:s1 "We underestimated how long it would take to get drivers trained on the new routes, and passengers have paid the price for that. I am truly sorry,"⟧ ⟦m:s1 she⟧ ⟦c said⟧ at a news conference in Harwick. ⟦q:s1 "We are not going to fix this by crossing our fingers."⟧

⟦m:s1 Dufresne⟧ ⟦c said⟧ ⟦x:s1 a temporary timetable with 60 fewer daily services would be introduced from next Monday to give passengers "some certainty" while training was completed⟧.

Transport Minister ⟦m:s2 Kenji Aramaki⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had summoned Northline's bosses to a meeting on Wednesday⟧. ⟦q:s2 "Passengers have been let down badly, and I want to know exactly how this happened and what the company is going to do to put it right,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Asked whether Northline could lose its contract, which runs until 2031, ⟦m:s2 Aramaki⟧ ⟦c said⟧: ⟦q:s2 "Nothing is off the table."⟧

⟦m:s4 Trevor Mullins⟧, chair of the watchdog Rail Users Voice, ⟦c said⟧ ⟦i:s4 passengers should be compensated for every cancelled journey, not just for delays of more than half an hour⟧. ⟦q:s4 "People have been paying for a service they simply haven't received,"⟧ ⟦m:s4 he⟧ ⟦c said⟧.

The ⟦m:s5 Rail Workers' Union⟧ ⟦c said⟧ ⟦i:s5 the crisis was the result of years of under-investment in driver training⟧. ⟦q:s5 "Our members are doing everything they can, often on their rest days. They are not to blame for this shambles,"⟧ ⟦m:s5 the union⟧ ⟦c said⟧ in a statement.

Back at Lowfield, ⟦m:s3 Rahman⟧'s train finally pulled in at 8:47. ⟦q:s3 "Standing room only. Of course,"⟧ ⟦m:s3 she⟧ ⟦c said⟧, squeezing through the doors.
"""),

# 10020 international: presidential run-off
({"s1": ("Iskander Valiyev", "Valiyev"),
  "s2": ("Lucía Montero", "Montero"),
  "s3": ("Birgitta Lund", "Lund"),
  "s4": ("Emil", ),
  "s5": ("Farida Nazarova", "Nazarova"),
  "s6": ("Central Electoral Commission", "electoral commission")},
"""
⟦m:s1 Valiyev⟧ wins Solmara run-off, ending ⟦m:s2 Montero⟧’s 12 years in power

⟦i:s6 ⟦m:s1 Iskander Valiyev⟧, a former mayor of the capital, has won Solmara’s presidential run-off, defeating ⟦m:s2 Lucía Montero⟧ and ending her 12 years in power⟧, ⟦c according to⟧ preliminary results published on Monday by the ⟦m:s6 Central Electoral Commission⟧.

With 98 per cent of ballots counted, ⟦m:s1 Valiyev⟧ had 53.4 per cent of the vote to ⟦m:s2 Montero⟧’s 46.6 per cent. Turnout, at 71 per cent, was the highest in two decades.

Addressing tens of thousands of supporters in Independence Square in the capital, Port Celeste, shortly after midnight, ⟦m:s1 Valiyev⟧ ⟦c told⟧ them: ⟦q:s1 “Tonight there are no winners and losers. There is only Solmara, and tomorrow we start building it together.”⟧

⟦q:s1 “I will be a president for every Solmaran, including those who did not vote for me,”⟧ ⟦m:s1 he⟧ ⟦c said⟧, as the crowd chanted his name.

⟦m:s2 Montero⟧, 64, has not conceded. In a brief televised address, ⟦m:s2 she⟧ ⟦c said⟧ ⟦x:s2 her party had received “serious reports of irregularities” in several northern provinces and would wait for the final count⟧.

⟦q:s2 “We respect the will of the people. But the will of the people must be counted correctly, every single vote,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

International observers largely endorsed the vote. ⟦m:s3 Birgitta Lund⟧, who led a 240-strong mission from the Council of Northern States, ⟦c said⟧ ⟦x:s3 polling had been “orderly and competitive.”⟧ ⟦q:s3 “We saw some problems — long queues, a few polling stations that opened late, isolated cases of pressure on voters — but nothing on a scale that would change the outcome,”⟧ ⟦m:s3 she⟧ ⟦c told⟧ a news conference.

In the northern city of Varenna, a ⟦m:s2 Montero⟧ stronghold, the mood was subdued. ⟦q:s4 “I voted for her three times. She built the roads here, the hospital,”⟧ ⟦c said⟧ a 58-year-old taxi driver who gave only his first name, ⟦m:s4 Emil⟧.

In the capital, the celebrations went on until dawn. ⟦q “My parents saw one president for most of my life. Now I get to see another one,”⟧ ⟦c shouted⟧ one student over the sound of car horns.

⟦m:s5 Farida Nazarova⟧, a political scientist at Port Celeste University, ⟦c said⟧ ⟦i:s5 ⟦m:s1 Valiyev⟧’s victory owed much to anger over rising food prices and to a corruption scandal involving the president’s former chief of staff⟧.

⟦q:s5 “He has won the election. Now comes the hard part,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “Montero’s party still controls parliament, and it is not going to make his life easy.”⟧

Final results are expected by the end of the week. The inauguration is scheduled for January 15.
"""),

# 10021 human interest: graduate at 94
({"s1": ("Eulalia Mendes", "Mendes", "Eulalia"),
  "s2": ("Feargal Nolan", "Nolan"),
  "s3": ("Tiago Ferraz", "Ferraz", "Tiago")},
"""
At 94, ⟦m:s1 Eulalia Mendes⟧ finally collects her degree

Seventy-three years after ⟦m:s1 she⟧ left school to work in her family’s bakery, ⟦m:s1 Eulalia Mendes⟧ walked across the stage at Halden University on Friday to collect a degree in history — at the age of 94.

⟦m:s1 Mendes⟧, a great-grandmother of seven, completed the six-year part-time course by distance learning, writing her essays in longhand and having them typed up by her grandson.

⟦q:s1 “I always wanted to know why things happened, not just what happened,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, her mortarboard slightly askew. ⟦q:s1 “When I was young there was no money and no time. Now I have a little money and — God willing — a little time.”⟧

⟦m:s3 Her grandson⟧, ⟦m:s3 Tiago Ferraz⟧, 31, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had typed up about 60,000 words of her work⟧. ⟦q:s3 “Her handwriting is beautiful but tiny. I’ve learned more about the history of the Kessel Valley than I ever did at school,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s2 Her tutor⟧, Dr ⟦m:s2 Feargal Nolan⟧, ⟦c said⟧ ⟦x:s2 her dissertation, on women’s work in the valley’s woollen mills between the wars, was “genuinely original research”⟧.

⟦q:s2 “Some of the people she interviewed were her old friends. Nobody else could have got those stories,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Asked what came next, ⟦m:s1 Mendes⟧ did not hesitate. ⟦q:s1 “A master’s,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 10022 obituary: jazz saxophonist
({"s1": ("Ezekiel Marlowe", "Ezekiel “Zeke” Marlowe", "Zeke Marlowe", "Marlowe", "Zeke"),
  "s2": ("Loretta Marlowe-Grant", "Marlowe-Grant", "Loretta"),
  "s3": ("Ike Okonkwo", "Okonkwo"),
  "s4": ("Sheila Brennan", "Brennan"),
  "s5": ("Bluehaven Records", "Bluehaven")},
"""
⟦m:s1 Ezekiel “Zeke” Marlowe⟧, saxophonist who defined the Harbour Street sound, dies at 88

⟦m:s1 Ezekiel “Zeke” Marlowe⟧, the tenor saxophonist whose smoky, unhurried playing became the signature of the Harbour Street jazz scene in the 1960s, has died at his home in Calder Bay. ⟦m:s1 He⟧ was 88.

His death was announced by his daughter, ⟦m:s2 Loretta Marlowe-Grant⟧, who ⟦c said⟧ ⟦i:s2 ⟦m:s1 he⟧ had died peacefully on Sunday morning after a short illness⟧.

⟦q:s2 “He was listening to records right up to the end,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “On Saturday night he asked me to put on one of his own albums, which he never did. He listened to the whole side with his eyes closed and then said, ‘Not bad, kid. Not bad.’”⟧

Born in 1937 in the dockside district of Ferrow, ⟦m:s1 Marlowe⟧ was the son of a crane operator and a church organist. ⟦m:s1 He⟧ taught himself to play on a battered alto saxophone bought from a pawnshop for eleven shillings, switching to tenor at 16.

By 1959 ⟦m:s1 he⟧ was leading a quartet at the Blue Anchor on Harbour Street, where his long, slow ballads drew audiences from across the city and, before long, from well beyond it.

⟦q:s1 “Everybody else was trying to play as many notes as they could. I was trying to play as few as I could get away with,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ an interviewer in 1994. ⟦q:s1 “The space between the notes is where the listener lives.”⟧

His 1963 album Low Lights sold modestly at first but became a cult favourite, and was later cited as an influence by a generation of younger players.

The pianist ⟦m:s3 Ike Okonkwo⟧, who played in the quartet for more than two decades, ⟦c said⟧ ⟦i:s3 ⟦m:s1 Marlowe⟧ had been a demanding but generous bandleader⟧. ⟦q:s3 “He would make you play a tune fifty times until it was right, and then he’d buy you dinner,”⟧ ⟦m:s3 Okonkwo⟧ ⟦c said⟧. ⟦q:s3 “I learned everything from that man. Everything.”⟧

The Blue Anchor closed in 1978, and for much of the 1980s ⟦m:s1 Marlowe⟧ taught music in Calder Bay’s public schools, rarely performing.

⟦m:s1 He⟧ returned to the stage in 1991 at the invitation of ⟦m:s4 Sheila Brennan⟧, who had just opened the Lantern Club on the waterfront.

⟦q:s4 “I’d been told he wouldn’t come out of retirement for anyone,”⟧ ⟦m:s4 Brennan⟧ ⟦c recalled⟧ on Monday. ⟦q:s4 “So I went round to his house with a bottle of rum and didn’t leave until he said yes. It took two evenings.”⟧

⟦m:s1 He⟧ played the Lantern every Thursday for the next 27 years, the last time in 2018.

⟦m:s5 Bluehaven Records⟧, which reissued his catalogue in 2015, ⟦c said⟧ in a statement that ⟦x:s5 his influence on the city’s music “cannot be overstated.”⟧

⟦m:s1 Marlowe⟧’s wife of 58 years, Celestine, died in 2019. ⟦m:s1 He⟧ is survived by his daughter, two sons and five grandchildren.
"""),

# 10023 interview: novelist
({"s1": ("Adaeze Nwosu", "Nwosu", "Adaeze"),
  "s2": ("Julian Ashby", "Ashby"),
  "s3": ("Priyanka Deshpande", "Deshpande"),
  "s4": ("Hollis Grayling", "Grayling")},
"""
⟦m:s1 Adaeze Nwosu⟧ on grief, gardening and writing again after a decade of silence

For almost ten years after her husband died, ⟦m:s1 Adaeze Nwosu⟧ did not write a word of fiction.

⟦q:s1 “I tried. I would sit at the desk every morning, and nothing came. Not bad sentences — no sentences,”⟧ ⟦m:s1 she⟧ ⟦c says⟧, pouring tea in the kitchen of her cottage outside Wendlebury. ⟦q:s1 “Eventually I stopped sitting at the desk and started sitting in the garden instead.”⟧

That garden — a riot of runner beans, dahlias and self-seeded poppies — is at the heart of The Orchard Keeper’s Daughter, the novel that ends her silence and is published next week. Early reviews have been rapturous: writing in the Sunday Meridian, the critic ⟦m:s4 Hollis Grayling⟧ ⟦c said⟧ that ⟦x:s4 it was “the finest novel of the year, and perhaps of the decade.”⟧

⟦m:s1 Nwosu⟧, 61, laughs when I read her the line. ⟦q:s1 “That’s very kind, and completely mad. Ask me again in ten years,”⟧ ⟦m:s1 she⟧ ⟦c says⟧.

Born in Kessington to a schoolteacher mother and an engineer father, ⟦m:s1 she⟧ published her first novel at 27 and won the Ashcombe Prize for her third. Then, in 2015, her husband, the architect Tobenna Nwosu, died suddenly of a heart attack.

⟦q:s1 “Tobenna was my first reader for thirty years. He read everything, every draft, and he was merciless,”⟧ ⟦m:s1 she⟧ ⟦c says⟧. ⟦q:s1 “When he died I think some part of me believed there was no point writing anything if he couldn’t read it. It sounds silly now.⟧

⟦q:s1 “The garden was his, really. I didn’t know the difference between a weed and a seedling. So I had to learn, and somewhere in the learning, the book started.”⟧

⟦m:s2 Her longtime editor⟧, ⟦m:s2 Julian Ashby⟧ of Fenwick & Lowe, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had never once pressed her for a manuscript⟧. ⟦q:s2 “You don’t chase a writer like Adaeze. You wait, and you hope,”⟧ ⟦m:s2 he⟧ ⟦c told⟧ me. ⟦q:s2 “When it finally arrived I read it in one night and rang her at six in the morning. She was not pleased.”⟧

The novelist ⟦m:s3 Priyanka Deshpande⟧, a friend for more than 20 years, ⟦c said⟧ ⟦x:s3 ⟦m:s1 Nwosu⟧ had spent the silent years “hiding in plain sight.”⟧ ⟦q:s3 “She was writing all the time — letters, notes, lists of seeds. She just wasn’t calling it writing,”⟧ ⟦m:s3 Deshpande⟧ ⟦c said⟧.

Does ⟦m:s1 she⟧ worry about how the book will be received? ⟦m:s1 Nwosu⟧ shrugs. ⟦q:s1 “I worried about the first five. I’m too old to worry about the sixth. Besides, the courgettes need picking,”⟧ ⟦m:s1 she⟧ ⟦c says⟧.

The Orchard Keeper’s Daughter is published by Fenwick & Lowe on March 3.
"""),

# 10024 business: interest rates
({"s1": ("Henrike Vos", "Vos"),
  "s2": ("Rahul Banerjee", "Banerjee"),
  "s3": ("Federation of Small Enterprises", )},
"""
Central bank holds rates at 4.25% but signals cuts next year

The National Bank of Caradon kept its main interest rate unchanged at 4.25 per cent on Thursday, but ⟦m:s1 its governor⟧ ⟦c signalled⟧ that ⟦i:s1 borrowing costs could start to fall early next year if inflation continued to ease⟧.

The decision, taken by a 6-3 vote of the bank’s monetary policy committee, was widely expected. The three dissenting members voted for a quarter-point cut.

⟦q:s1 “We are not there yet, but we can see the path,”⟧ Governor ⟦m:s1 Henrike Vos⟧ ⟦c told⟧ a news conference. ⟦q:s1 “Inflation has come down a long way. The committee wants to be confident that it will stay down before we move.”⟧

Inflation fell to 2.9 per cent in October, from a peak of 9.6 per cent two years ago. The bank’s target is 2 per cent.

⟦m:s2 Rahul Banerjee⟧, chief economist at Meridian Capital, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ now expected the first cut in February⟧. ⟦q:s2 “The governor was about as clear as central bankers ever get,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Short of sending out invitations, she has told the markets a cut is coming.”⟧

Business groups were less patient. The ⟦m:s3 Federation of Small Enterprises⟧ ⟦c said⟧ ⟦i:s3 high borrowing costs were forcing firms to shelve investment plans⟧. ⟦q:s3 “Every month of waiting is another month in which good businesses go to the wall,”⟧ ⟦m:s3 the federation⟧ ⟦c said⟧.
"""),

# 10025 courts: busking ban appeal
({"s1": ("Folasade Oyelaran", "Oyelaran"),
  "s2": ("Mirela Popescu", "Popescu"),
  "s3": ("Harwick City Council", "Harwick council"),
  "s4": ("Eitan Shapiro", "Shapiro")},
"""
Appeal court strikes down Harwick’s ban on street musicians

A ban on busking in Harwick city centre has been overturned by the Court of Appeal, in a judgment that could have implications for similar restrictions elsewhere.

Giving the lead judgment, Lady Justice ⟦m:s1 Folasade Oyelaran⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s3 the council⟧ had failed to show that the ban was a proportionate response to complaints about noise⟧.

⟦q:s1 “Music in public spaces has been part of the life of cities for as long as there have been cities,”⟧ ⟦m:s1 she⟧ ⟦c wrote⟧. ⟦q:s1 “A local authority may regulate it. It may not simply abolish it because some people find it irritating.”⟧

The case was brought by ⟦m:s2 Mirela Popescu⟧, a violinist who has played outside Harwick’s covered market for 11 years and was fined £100 under the ban in 2023.

⟦q:s2 “I cried when my lawyer phoned me,”⟧ ⟦m:s2 Popescu⟧ ⟦c said⟧ outside court, her violin case at her feet. ⟦q:s2 “This was never about me. It was about whether a city wants to have a soul.”⟧

⟦m:s4 Her solicitor⟧, ⟦m:s4 Eitan Shapiro⟧, ⟦c said⟧ ⟦i:s4 at least nine other councils had introduced similar restrictions and would now need to review them⟧.

⟦m:s3 Harwick City Council⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 it⟧ was “disappointed” by the ruling and would consider whether to appeal to the Supreme Court⟧. ⟦q:s3 “The restrictions were introduced after hundreds of complaints from residents and businesses, and we will continue to look for ways to balance their needs with those of performers,”⟧ a council spokesperson ⟦c said⟧.
"""),

# 10026 health: vaccine trial
({"s1": ("Anjali Rao", "Rao"),
  "s2": ("Veridia Bio", "Veridia"),
  "s3": ("Kenneth Oyelowo", "Oyelowo")},
"""
Vaccine given in pregnancy cuts infant RSV admissions by 78%, trial shows

An experimental vaccine given to pregnant women cut hospital admissions for respiratory syncytial virus (RSV) among their babies by 78 per cent in a large trial whose results were published on Wednesday.

The study, which followed more than 12,000 mothers and babies in nine countries, was led by researchers at the Institute of Child Health in Marbury and funded by the vaccine's maker, ⟦m:s2 Veridia Bio⟧.

⟦q:s1 "RSV fills children's wards every winter. If these results hold up, we could be looking at a very different winter within a few years,"⟧ ⟦c said⟧ Professor ⟦m:s1 Anjali Rao⟧, the trial's chief investigator.

⟦m:s1 Rao⟧ ⟦c said⟧ ⟦i:s1 the vaccine was safe, with side effects mostly limited to soreness at the injection site⟧. The team found no increase in premature births, a concern that halted a rival vaccine's trial in 2022. ⟦q:s1 "We looked very hard for that signal and it simply wasn't there,"⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 Veridia Bio⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ would apply for regulatory approval in the spring⟧. ⟦q:s2 "We are proud of these results and grateful to every family who took part,"⟧ ⟦m:s2 the company⟧ ⟦c said⟧ in a statement.

⟦q:s3 "It's a big effect in a well-designed trial, which is exactly what you want to see,"⟧ ⟦c said⟧ Dr ⟦m:s3 Kenneth Oyelowo⟧, a paediatrician at St Brigid's Hospital in Danport who was not involved in the study. ⟦q:s3 "But the real test is what happens when millions of women get it rather than thousands."⟧

⟦m:s3 He⟧ ⟦c said⟧ ⟦i:s3 independent analysis of the full data would be important, given that the trial had been paid for by the manufacturer⟧.
"""),

# 10027 local: library saved
({"s1": ("Maud Pickering", "Pickering"),
  "s2": ("Yusuf Bello", "Bello"),
  "s3": ("Eilidh MacLeod", "Eilidh", "MacLeod")},
"""
Volunteers save Ebbsfield library from closure

A village library that was due to close next month will stay open after more than 60 volunteers signed up to run it.

Ebbsfield library was one of nine branches listed for closure in March as Westmarch County Council sought £14 million in savings.

⟦m:s1 Maud Pickering⟧, 68, a retired midwife who organised the campaign, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had expected perhaps a dozen people at the first public meeting⟧. ⟦q:s1 “We had ninety-three. People were standing in the car park listening through the window,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “The council has been very good about it, to be fair. But we weren’t going to take no for an answer.”⟧

Under the agreement, the council will continue to pay for the building and the book stock, while volunteers staff the desk six days a week.

Councillor ⟦m:s2 Yusuf Bello⟧, the council’s cabinet member for communities, ⟦c said⟧: ⟦q:s2 “This is what happens when a community decides something matters. We are delighted to be working with them.”⟧

For nine-year-old ⟦m:s3 Eilidh MacLeod⟧, who comes in every Saturday with her father, the news meant one thing. ⟦q:s3 “I can still get the dragon books,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.
"""),

# 10028 international: earthquake
({"s1": ("Rustam Karimov", "Karimov"),
  "s2": ("Lena Hoffmann", "Hoffmann"),
  "s3": ("Gulnara Sadykova", "Sadykova")},
"""
Earthquake in Altyn Valley kills at least 140

A powerful earthquake struck the mountainous Altyn Valley region of Karistan early on Saturday, killing at least 140 people and flattening entire villages.

The magnitude 6.8 quake hit at 4:17 a.m. local time, when most people were asleep. Its epicentre was near the town of Sarykol, about 180km east of the capital.

⟦m:s1 Rustam Karimov⟧, head of the National Emergency Agency, ⟦c said⟧ ⟦i:s1 the death toll was likely to rise as rescuers reached remote villages cut off by landslides⟧. ⟦q:s1 “Some of these places can only be reached on foot now. We are sending teams over the passes with whatever they can carry,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

In Sarykol, residents dug through the rubble with shovels and their bare hands. ⟦m:s3 Gulnara Sadykova⟧, 45, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had pulled her two children from the wreckage of their house before dawn⟧. ⟦q:s3 “The whole house danced. Then the roof came down,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦q “We heard a voice an hour ago, a man calling. Now nothing,”⟧ ⟦c said⟧ one rescuer, his face grey with dust, as he rested beside a collapsed school.

⟦m:s2 Lena Hoffmann⟧, regional coordinator for the aid group Mercy Frontier, ⟦c said⟧ ⟦i:s2 the most urgent need was shelter⟧. Night-time temperatures in the valley are already falling below freezing.

⟦q:s2 “People have lost everything and they are sleeping outside,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Tents, blankets and heaters — that’s what will save lives in the next 72 hours.”⟧
"""),

# 10029 technology: AI product launch
({"s1": ("Dev Malhotra", "Malhotra"),
  "s2": ("Sophie Laurent", "Laurent"),
  "s3": ("Marek Dvořák", "Dvořák")},
"""
Startup Quillon unveils AI assistant to take on doctors' paperwork

Quillon, a two-year-old startup based in Tessaly, on Tuesday launched an artificial intelligence tool that listens to consultations between doctors and patients and drafts the clinical notes automatically.

Chief executive ⟦m:s1 Dev Malhotra⟧ ⟦c said⟧ ⟦i:s1 the tool, called Scribe, had been tested in 40 clinics and had cut the time doctors spent on paperwork by more than half⟧.

⟦q:s1 "Doctors didn't go to medical school to type. They went to look after people,"⟧ ⟦m:s1 Malhotra⟧ ⟦c said⟧ at the launch. ⟦q:s1 "We want to give them back the hours they lose every day to the keyboard."⟧

The launch comes a month after Quillon raised $85 million from investors, in a round that valued the company at about $700 million.

Privacy campaigners and some doctors' groups have raised concerns about recording consultations. ⟦m:s1 Malhotra⟧ ⟦c said⟧ ⟦i:s1 recordings were deleted within 24 hours⟧ and that ⟦i:s1 patients would always be asked for their consent⟧. ⟦q:s1 "If a patient says no, the tool stays off. Full stop,"⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 Sophie Laurent⟧, a health technology analyst at Corbel Research, ⟦c said⟧ ⟦i:s2 the product was impressive but was entering a crowded market⟧. ⟦q:s2 "There are at least a dozen companies doing something similar. Quillon has to prove it's meaningfully better, not just first,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Marek Dvořák⟧, a spokesman for the rival firm Medinote, ⟦c said⟧: ⟦q:s3 "We welcome competition. It's good for clinicians, and it's good for patients."⟧
"""),

# 10030 sport: rugby injury
({"s1": ("Sefa Leota", "Leota"),
  "s2": ("Finn Gallagher", "Gallagher", "Finn"),
  "s3": ("Harbourside Sharks", "Harbourside", "Sharks")},
"""
⟦m:s3 Sharks⟧ lose captain ⟦m:s2 Gallagher⟧ for the season with knee injury

⟦i:s3 Harbourside Sharks captain ⟦m:s2 Finn Gallagher⟧ will miss the rest of the season after scans confirmed ⟦m:s2 he⟧ had ruptured the anterior cruciate ligament in his right knee⟧, ⟦m:s3 the club⟧ ⟦c said⟧ on Monday.

⟦m:s2 Gallagher⟧, 29, was hurt in the 54th minute of Saturday’s 24-19 win over Eastfield Rovers when his studs caught in the turf as ⟦m:s2 he⟧ stepped inside a tackle. ⟦m:s2 He⟧ is expected to have surgery this week.

⟦q:s3 “Everyone at the club is devastated for Finn, and we will give him every possible support through his recovery,”⟧ ⟦m:s3 the club⟧ ⟦c said⟧ in a statement.

⟦q:s1 “It’s brutal. For him first of all, and then for us,”⟧ head coach ⟦m:s1 Sefa Leota⟧ ⟦c said⟧. ⟦q:s1 “Finn is the heartbeat of this team. You don’t replace that, you just try to spread it around.”⟧

⟦m:s1 Leota⟧ ⟦c said⟧ ⟦i:s1 the lock Rhys Penhaligon would take over the captaincy⟧.

In a video posted on the club’s social media accounts, ⟦m:s2 Gallagher⟧, on crutches, ⟦c said⟧ ⟦x:s2 ⟦m:s2 he⟧ was “gutted” but determined to come back stronger⟧. ⟦q:s2 “I’ll be in the gym tomorrow and I’ll be at every game, shouting at the boys from the stand,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “They’re not getting rid of me that easily.”⟧

⟦m:s3 Harbourside⟧, second in the table, travel to Kilmory on Saturday.
"""),

]

"""Second unseen batch (UNSEEN2): written by an author who had not read the
engine's rules or its development passages, and frozen before any rule
change; it must never be edited to suit the engine. Its figures are an honest
estimate of quality on new text. All people, organisations, places, titles
and events are fictional, and the text is original.

Annotation conventions used here (as a careful human annotator would):
  * direct quotes include their quotation marks; an interrupted quote is two
    spans; each paragraph of a multi-paragraph quote is its own span;
  * the content clause of an "according to" attribution is an indirect quote;
  * a role noun phrase that heads a subject with a name in apposition ("The
    opposition leader, Matthias Oyelaran,") is a mention, as is the name; a
    title glued to a name ("Mayor Hana Lindqvist") is left outside the name;
    a descriptive appositive after a name ("Jane Roe, policy director at X")
    is not a mention; possessive pronouns are not marked;
  * speakers referred to inside someone's direct quote are not marked;
  * scare quotes, nicknames, titles of works and quoted headlines are not
    quotes; a quote nested inside a quote is part of the outer quote.
"""

UNSEEN2 = [
# 951: appositive after the cue (long) and before the cue; "according to" an organisation
({"s1": ("Delphine Asante", "Asante"),
  "s2": ("Carrow Housing Trust", "the trust", "trust"),
  "s3": ("Bram Kettering", "Kettering")}, """
Carrow rents rise 11pc despite cap

⟦i:s2 Rents in Carrow rose by 11 per cent last year despite a cap introduced in 2022⟧, ⟦c according to⟧ a report published on Monday by the ⟦m:s2 Carrow Housing Trust⟧.

⟦q:s1 “The cap was written with so many exemptions that landlords simply walked around it,”⟧ ⟦c said⟧ ⟦m:s1 Delphine Asante⟧, policy director at the Tenants’ Alliance of Greater Carrow and one of the report’s authors. ⟦q:s1 “Nobody should be surprised by these numbers.”⟧

The report drew on a survey of more than 4,000 households across the city’s twelve wards.

⟦m:s3 Bram Kettering⟧, a spokesman for the Carrow Landlords’ Association, which represents about 900 property owners, ⟦c said⟧: ⟦q:s3 “Our members face higher mortgage costs and higher repair bills. Those costs have to land somewhere.”⟧

⟦m:s2 The trust⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ would present its findings to the city council next month⟧.
"""),
# 952: appositive before the cue; pronoun two paragraphs back; colon-less lead-in; "according to" + spokesperson
({"s1": ("Marguerite Olowe", "Olowe"),
  "s2": ("Tobias Renfrew", "Renfrew", "Councillor Tobias Renfrew"),
  "s3": ("Eastmarch Transit", "the operator", "operator")}, """
Night bus cuts leave shift workers facing long walks home

⟦m:s3 Eastmarch Transit⟧ plans to withdraw seven of its eleven night bus routes from January, saving an estimated 3.2 million crowns a year.

⟦m:s1 Marguerite Olowe⟧, regional organiser for the Hospital and Care Workers’ Union, ⟦c said⟧: ⟦q:s1 “Cleaners, porters and nurses finish at two in the morning. What are they supposed to do, walk home across the river?”⟧

The union estimates that about 1,400 of its members use the night routes at least once a week. Many live in the outer estates of Fenholm and Little Carra, where taxis are scarce.

⟦q:s1 “Some of our members already sleep in the staff room rather than risk the walk,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

City councillor ⟦m:s2 Tobias Renfrew⟧, whose ward includes Fenholm, was blunter. ⟦q:s2 “Whoever signed this off has never waited for a bus in the dark.”⟧

⟦c According to⟧ ⟦m:s3 Eastmarch Transit⟧, ⟦i:s3 passenger numbers on the affected routes have fallen by half since 2019⟧. ⟦q:s3 “We cannot justify running near-empty buses through the night,”⟧ a spokesperson for ⟦m:s3 the operator⟧ ⟦c said⟧.
"""),
# 953: role + name in one phrase, later the role alone and the surname; mixed quote
({"s1": ("Matthias Oyelaran", "Oyelaran", "opposition leader", "the opposition leader"),
  "s2": ("Corinne Aldous", "Aldous", "Finance Minister Corinne Aldous", "finance minister")}, """
Opposition walks out of Valdrian budget debate

Opposition members left the chamber of the Valdrian parliament on Wednesday, minutes before a vote on the government’s spending plans.

⟦m:s1 The opposition leader⟧, ⟦m:s1 Matthias Oyelaran⟧, ⟦c told⟧ reporters outside: ⟦q:s1 “We will not lend our names to a budget that nobody in this building has been allowed to read.”⟧

The 600-page bill was published on Monday evening, giving deputies less than 48 hours to examine it.

Finance Minister ⟦m:s2 Corinne Aldous⟧ ⟦c said⟧ ⟦x:s2 the walkout was “theatre for the cameras”⟧ and that ⟦i:s2 the bill had been discussed in committee since the spring⟧. ⟦q:s2 “The opposition had every chance to take part, and chose not to,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s1 The opposition leader⟧ ⟦c said⟧ ⟦i:s1 his party would challenge the vote in the constitutional court⟧. ⟦q:s1 “If we lose there, at least we will have lost honestly,”⟧ ⟦m:s1 Oyelaran⟧ ⟦c added⟧.
"""),
# 954: role chain: named mayor, then "the mayor", then "she", across another speaker's paragraph
({"s1": ("Hana Lindqvist", "Lindqvist", "Mayor Hana Lindqvist", "the mayor", "mayor"),
  "s2": ("Piers Oduya", "Oduya"),
  "s3": ("Ostvik Water Board", "the water board", "water board")}, """
⟦m:s1 Mayor⟧ orders review after Ostvik flood defences fail

Mayor ⟦m:s1 Hana Lindqvist⟧ has ordered an independent review of the town’s flood defences after the river wall at Quay Street gave way during Sunday’s storm.

About 60 homes were flooded, and two residents were taken to hospital with minor injuries.

Speaking at the town hall on Monday, ⟦m:s1 the mayor⟧ ⟦c said⟧ ⟦i:s1 the wall had been inspected only eight months ago⟧. ⟦q:s1 “I want to know who signed that inspection, and what they actually looked at,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

The ⟦m:s3 Ostvik Water Board⟧, which maintains the wall, ⟦c said⟧ in a statement that ⟦i:s3 the inspection had followed national guidelines⟧.

⟦m:s2 Piers Oduya⟧, whose bakery on Quay Street was under a metre of water, ⟦c said⟧ ⟦q:s2 “the wall has been cracked for years. Everyone could see it.”⟧

⟦q:s1 “We will rebuild, and this time we will rebuild properly,”⟧ ⟦m:s1 the mayor⟧ ⟦c told⟧ residents at an evening meeting. ⟦m:s1 She⟧ ⟦c promised⟧ ⟦i:s1 the review would be published in full⟧.
"""),
# 955: new speakers introduced around fully quoted paragraphs ("another voter", "Her friend ..."); organisation
({"s1": ("Yusuf Tamberlain", "Tamberlain"),
  "s2": ("Maya Corvell", "Corvell"),
  "s3": ("Lena Osgood", "Osgood"),
  "s4": ("Electoral Commission", "the commission", "commission")}, """
Voters queue for hours as polling stations run out of ballots

Long queues formed outside polling stations across northern Norland on Sunday after several ran short of ballot papers.

⟦q:s1 “I got here at seven and I’m still not inside,”⟧ ⟦c said⟧ ⟦m:s1 Yusuf Tamberlain⟧, 64, a retired welder waiting outside a school in Harwick.

⟦q:s2 “It’s my first election and it feels like nobody wants us to vote,”⟧ ⟦c said⟧ ⟦m:s2 another voter⟧, ⟦m:s2 Maya Corvell⟧, 19, a student from Dunmere.

Her friend ⟦m:s3 Lena Osgood⟧, 20, who studies nursing at the same college, ⟦c said⟧: ⟦q:s3 “We’ve both got shifts tonight. If this takes much longer, we’ll have to choose.”⟧

The ⟦m:s4 Electoral Commission⟧ ⟦c said⟧ ⟦i:s4 extra ballot papers had been sent by road from the capital and would arrive by early afternoon⟧. ⟦q:s4 “Every voter in the queue by ten o’clock tonight will be able to vote,”⟧ ⟦m:s4 the commission⟧ ⟦c said⟧.
"""),
# 956: title-case headline with quote marks and a scare-quoted nickname (not quotes); new speakers after a quoted paragraph
({"s1": ("Aoife Brennock", "Brennock", "Councillor Aoife Brennock"),
  "s2": ("Gideon Farrow", "Farrow"),
  "s3": ("Priya Nandakumar", "Nandakumar")}, """
Council Approves ‘Green Spine’ Plan For Ashenford Riverside

Ashenford council has approved a plan to turn a two-mile stretch of derelict riverside into a park, cycle path and wetland, known locally as the “Green Spine”.

Councillor ⟦m:s1 Aoife Brennock⟧, who chairs the planning committee, ⟦c said⟧ ⟦i:s1 the scheme would be paid for largely by a national regeneration grant⟧. ⟦q:s1 “This is land that has been fenced off for forty years. We are giving it back,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Not everyone is convinced. ⟦q:s2 “They said the same about the marina, and look at that now,”⟧ ⟦c said⟧ ⟦m:s2 Gideon Farrow⟧, 58, who has run a boatyard on the river since 1991.

⟦q:s3 “I just want somewhere the kids can ride their bikes without dodging lorries,”⟧ ⟦c said⟧ ⟦m:s3 Priya Nandakumar⟧, a mother of three who lives on nearby Tanner Row.
"""),
# 957: a list of quoted newspaper headlines and a radio programme title (not quotes); pronoun continuation
({"s1": ("Imogen Fairweather", "Fairweather"),
  "s2": ("Press Conduct Board", "the board", "board"),
  "s3": ("Clement Rowe", "Rowe")}, """
Newspapers criticised over coverage of Delmont Park crush

Three national newspapers have been criticised by the families of those injured in last month’s crush at Delmont Park, after front pages that ran under headlines such as “Fans Run Riot”, “Shame Of The Terraces” and “Drunken Chaos At Delmont”.

⟦m:s1 Imogen Fairweather⟧, whose 17-year-old son suffered two broken ribs, ⟦c said⟧ ⟦q:s1 “not one of those reporters spoke to a single family before printing those words.”⟧

⟦q:s1 “My son was standing exactly where the steward told him to stand,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “He wasn’t drunk. He’d had a lemonade and a pie.”⟧

⟦m:s3 Clement Rowe⟧, sports editor of the Daily Lantern, defended the coverage on the radio programme “Morning Round” on Tuesday. ⟦q:s3 “We reported what our photographers saw,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

The ⟦m:s2 Press Conduct Board⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ had received more than 3,000 complaints and would decide next week whether to open an investigation⟧.
"""),
# 958: hard-wrapped wire copy: quotes broken across single line breaks; organisation speaker "it said"
({"s1": ("Anselm Rudikov", "Rudikov"),
  "s2": ("Vantmark Terminals", "Vantmark", "the port's operator"),
  "s3": ("Birte Halloran", "Halloran")}, """
Port strike enters third week at Kesselhaven

Dockworkers at Kesselhaven extended their strike into a third week on
Monday, leaving more than 40 container ships waiting at anchor in the
outer roads.

⟦q:s1 "We have offered to talk every single day, and every single day the
answer has been no,"⟧ ⟦c said⟧ ⟦m:s1 Anselm Rudikov⟧, secretary of the Kesselhaven
Dockers' Union. ⟦q:s1 "Our members can hold out longer than the ships can."⟧

⟦m:s2 The port's operator⟧, ⟦m:s2 Vantmark Terminals⟧, ⟦c said⟧ in a statement that ⟦i:s2 its
offer of a 6 per cent rise over two years remained on the table⟧. ⟦q:s2 "The
union's demands would make this port uncompetitive overnight,"⟧ ⟦m:s2 it⟧ ⟦c said⟧.

⟦m:s3 Birte Halloran⟧, who runs a haulage firm with 30 lorries, ⟦c said⟧ ⟦q:s3 "half my
drivers are sitting at home on full pay. I can do that for another week,
maybe two."⟧
"""),
# 959: UK single quotes; a quote hard-wrapped across one line break; role + name
({"s1": ("Wendy Prothero", "Prothero"),
  "s2": ("Alun Gethin", "Gethin", "the shop's previous owner")}, """
Village shop saved by residents’ buy-out

Residents of Little Ambry have raised £180,000 to buy the village’s only shop, weeks before it was due to close.

⟦q:s1 ‘We didn’t think we’d get halfway. By the end people were
pushing cheques through my letterbox at midnight,’⟧ ⟦c said⟧ ⟦m:s1 Wendy Prothero⟧, who led the campaign.

The shop will be run by a community company, with a paid manager and a rota of about 30 volunteers.

⟦m:s2 The shop’s previous owner⟧, ⟦m:s2 Alun Gethin⟧, 71, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ was relieved⟧. ⟦q:s2 ‘I ran it for 38 years. I couldn’t bear to see it boarded up,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘Now I’ll be one of the volunteers, I expect.’⟧
"""),
# 960: multi-paragraph quote (opening mark repeated, no closing mark until the end); ministry statement
({"s1": ("Ambrose Nwachukwu", "Nwachukwu", "Judge Ambrose Nwachukwu", "the judge"),
  "s2": ("Ministry of Justice", "the ministry", "ministry")}, """
⟦m:s1 Retiring judge⟧ ⟦c warns⟧ ⟦i:s1 courts are close to breaking point⟧

⟦m:s1 One of Merrowdale’s most senior judges⟧ used his farewell speech on Friday to ⟦c warn⟧ that ⟦i:s1 the court system was close to collapse⟧.

Judge ⟦m:s1 Ambrose Nwachukwu⟧, who has sat at Merrowdale Crown Court for 22 years, ⟦c told⟧ a packed courtroom: ⟦q:s1 “When I started, a defendant could expect a trial within six months. Today it is closer to three years. Witnesses forget, victims give up, and the guilty and the innocent wait side by side.⟧

⟦q:s1 “I have watched good clerks leave because they could earn more stacking shelves. I have sat in courtrooms with buckets on the floor to catch the rain.⟧

⟦q:s1 “None of this is inevitable. It is a choice, and it can be unmade.”⟧

⟦q:s2 “We recognise the pressure on the courts and are recruiting 400 additional staff this year,”⟧ ⟦m:s2 the ministry⟧ ⟦c said⟧ in a statement.
"""),
# 961: interrupted quote; role + name ("His coach, ..."); colon-less lead-in
({"s1": ("Idris Montclair", "Montclair"),
  "s2": ("Oksana Perrault", "Perrault"),
  "s3": ("Gunnar Falkesson", "Falkesson")}, """
⟦m:s1 Twelve-year-old⟧ beats ⟦m:s3 grandmaster⟧ at Solvang Open

⟦m:s1 A 12-year-old schoolboy from Tressel⟧ has beaten ⟦m:s3 a grandmaster⟧ at the Solvang Open, the youngest player ever to do so at the tournament.

⟦q:s1 “I didn’t think I was winning until he stopped the clock, and then I didn’t know what to do with my hands,”⟧ ⟦c said⟧ ⟦m:s1 Idris Montclair⟧.

⟦m:s2 His coach⟧, ⟦m:s2 Oksana Perrault⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s1 he⟧ had been studying endgames for four hours a day since the summer⟧. ⟦q:s2 “He is not a genius,”⟧ ⟦m:s2 she⟧ ⟦c said⟧, ⟦q:s2 “he is a worker. That is much rarer.”⟧

⟦m:s3 Gunnar Falkesson⟧, the 44-year-old grandmaster, was gracious in defeat. ⟦q:s3 “He played the last twenty moves better than I did. There is no shame in saying so.”⟧
"""),
# 962: guillemets; role + name after the cue; interrupted quote; colon-less lead-in
({"s1": ("Corentin Abelard", "Abelard", "the mayor", "mayor"),
  "s2": ("Mireille Dufossé", "Dufossé")}, """
Alpine village votes to ban cars from its centre

Residents of Valdrisse-le-Haut voted by 61 per cent on Sunday to close their village centre to private cars from next summer.

⟦q:s1 « We are a village of 900 people, and in August 2,000 cars a day drive through it »⟧, ⟦c said⟧ ⟦m:s1 the mayor⟧, ⟦m:s1 Corentin Abelard⟧.

⟦q:s1 « The children cannot cross the square »⟧, ⟦m:s1 he⟧ ⟦c added⟧, ⟦q:s1 « and the old people no longer sit outside. »⟧

⟦m:s2 Mireille Dufossé⟧, who runs the bakery on the square, voted against. ⟦q:s2 « My customers come up from the valley, by car. Where will they park, on the glacier? »⟧

A shuttle bus from a new car park below the village will run every 15 minutes.
"""),
# 963: company statement, "according to" an agency, quote whose speaker is only in the previous sentence
({"s1": ("Pellcroft Pharmaceuticals", "Pellcroft", "the company", "company"),
  "s2": ("Medicines Safety Agency", "the agency", "agency"),
  "s3": ("Leontine Saar", "Saar")}, """
⟦m:s1 Drugmaker⟧ recalls 200,000 inhalers over faulty valve

⟦m:s1 Pellcroft Pharmaceuticals⟧ is recalling about 200,000 asthma inhalers after tests found that some valves released less than half the intended dose.

⟦m:s1 The company⟧ ⟦c said⟧ in a statement on Thursday that ⟦i:s1 no injuries had been reported⟧. ⟦q:s1 “Patients should not stop using their inhaler without speaking to a pharmacist or doctor,”⟧ ⟦m:s1 it⟧ ⟦c said⟧.

⟦c According to⟧ the ⟦m:s2 Medicines Safety Agency⟧, ⟦i:s2 the faulty batches were distributed between March and June⟧. ⟦m:s2 The agency⟧ published the batch numbers on its website on Thursday morning. ⟦q:s2 “Anyone unsure whether their inhaler is affected can bring it to any pharmacy for a free check.”⟧

⟦m:s3 Leontine Saar⟧, a pharmacist in Grenlow, ⟦c said⟧ ⟦i:s3 her phone had not stopped ringing since the announcement⟧. ⟦q:s3 “Most people just want to know if they can use it tonight. The answer is yes, until they get a replacement.”⟧
"""),
# 964: nickname in scare quotes in headline and text (not quotes); police force as speaker; UK single quotes
({"s1": ("Corbridge Vale Police", "the force", "force", "police"),
  "s2": ("Rhiannon Tully", "Tully", "Detective Inspector Rhiannon Tully")}, """
⟦m:s1 Police⟧ arrest suspect in ‘Lantern Thief’ burglaries

⟦m:s1 Police in Corbridge Vale⟧ have arrested a 34-year-old man in connection with a string of night-time burglaries blamed on the so-called ‘Lantern Thief’.

⟦m:s1 Corbridge Vale Police⟧ ⟦c said⟧ ⟦i:s1 the man was arrested at an address in Millbeck early on Saturday and remained in custody⟧.

Detective Inspector ⟦m:s2 Rhiannon Tully⟧, who led the investigation, ⟦c said⟧: ⟦q:s2 ‘This has been a frightening time for a lot of people, particularly older residents living alone.’⟧

⟦q:s2 ‘I would like to thank the public for the dozens of calls we received,’⟧ ⟦m:s2 she⟧ ⟦c added⟧. ⟦q:s2 ‘Several of them were crucial.’⟧

⟦c According to⟧ ⟦m:s1 the force⟧, ⟦i:s1 more than 40 homes were targeted between February and August⟧.
"""),
# 965: role + name for a governor; mixed quote; appositive after and before the cue
({"s1": ("Benedikt Aarons", "Aarons", "the governor", "governor"),
  "s2": ("Priyanka Dewhurst", "Dewhurst"),
  "s3": ("Lorcan Beatty", "Beatty")}, """
Essmark central bank holds rates for fifth meeting in a row

The Bank of Essmark held its main interest rate at 4.5 per cent on Thursday, the fifth meeting in a row without a change.

⟦m:s1 The bank’s governor⟧, ⟦m:s1 Benedikt Aarons⟧, ⟦c told⟧ a press conference that ⟦x:s1 inflation was “moving in the right direction” but had not yet been beaten⟧. ⟦q:s1 “We are not there yet, and I would rather be a month late than a month early,”⟧ ⟦m:s1 the governor⟧ ⟦c said⟧.

⟦q:s2 “That is about as clear a signal as this bank ever gives,”⟧ ⟦c said⟧ ⟦m:s2 Priyanka Dewhurst⟧, chief economist at the Harlan & Voss investment group in Port Essel. ⟦q:s2 “Markets will take March as the base case now.”⟧

⟦m:s3 Lorcan Beatty⟧, a senior fellow at the Essmark Institute for Household Finance, an independent research group, ⟦c said⟧: ⟦q:s3 “For a family on a variable mortgage, three more months at this rate is real money.”⟧
"""),
# 966: minister named, then two background paragraphs, then "she said"; role later; indirect with nested mention
({"s1": ("Cressida Mwangi", "Mwangi", "Education Minister Cressida Mwangi", "the minister", "minister"),
  "s2": ("Dafydd Orme", "Orme")}, """
⟦m:s1 Minister⟧ defends closure of 14 rural schools

Education Minister ⟦m:s1 Cressida Mwangi⟧ on Tuesday defended plans to close 14 small schools in the northern uplands, ⟦c saying⟧ ⟦i:s1 the money saved would fund 300 new teaching posts⟧.

The schools, some of which have fewer than 20 pupils, would merge into four larger ones by 2027. Children in the most remote hamlets could face a bus journey of up to 50 minutes each way.

Several councils in the region have opposed the plan, and a petition against it has gathered 12,000 signatures.

⟦q:s1 “I understand that nobody wants to lose their village school,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ in a radio interview. ⟦q:s1 “But a school of twelve children cannot offer a chemistry lab, a choir and a football team.”⟧

⟦m:s2 Dafydd Orme⟧, whose two daughters attend the school in Carreg Ddu, ⟦c said⟧ ⟦i:s2 ⟦m:s1 the minister⟧ had never visited it⟧. ⟦q:s2 “Come and ride the bus with us in January, in the snow, and then tell me about choirs.”⟧

⟦m:s1 The minister⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would visit the region before the consultation closes in March⟧.
"""),
# 967: pronoun whose antecedent is three paragraphs back, past a speaker of the other gender; role + name
({"s1": ("Beatrix Onwuachi", "Onwuachi"),
  "s2": ("Gareth Linley", "Linley", "the health secretary", "health secretary")}, """
Nurses end strike after pay deal agreed

Nurses in Calderwick will return to work on Monday after union members voted to accept a pay offer worth 7.5 per cent over two years.

⟦m:s1 Beatrix Onwuachi⟧, who chairs the Calderwick branch of the Nursing Guild, ⟦c said⟧ ⟦i:s1 the result had been closer than expected⟧. ⟦q:s1 “A lot of people voted yes because they simply couldn’t afford another month without pay,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s2 The health secretary⟧, ⟦m:s2 Gareth Linley⟧, welcomed the vote. ⟦q:s2 “This is a fair deal that recognises the extraordinary work nurses do,”⟧ ⟦m:s2 he⟧ ⟦c said⟧ in a statement.

The deal will cost about 140 million crowns a year, to be met partly from reserves.

⟦q:s1 “We have won a battle, not the war,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “Staffing is still the real problem, and nothing in this deal fixes it.”⟧
"""),
# 968: song, programme and album titles in quotes (not quotes); quote before cue with surname; pronoun
({"s1": ("Ottilie Marchbank", "Marchbank"),
  "s2": ("Fergal Adeyemi", "Adeyemi")}, """
Protest song about closed mine tops download chart

A six-minute folk ballad about the closure of the Ravensgill colliery has become the most downloaded song in the country, overtaking the latest singles from several major pop acts.

“Coal Dust on the Wedding Dress”, written by ⟦m:s1 Ottilie Marchbank⟧, 26, a former call-centre worker from Ravensgill, was recorded in one take in her grandmother’s kitchen.

⟦q:s1 “My granddad went down that pit when he was fourteen. I wrote it for him, not for the charts,”⟧ ⟦m:s1 Marchbank⟧ ⟦c said⟧.

The song was first played on the late-night programme “Northern Lights Sessions”, whose producer, ⟦m:s2 Fergal Adeyemi⟧, ⟦c said⟧ ⟦i:s2 the station had received hundreds of messages within an hour⟧. ⟦q:s2 “People were crying on the phone. I’ve never seen anything like it in fifteen years,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

A debut album, “The Long Shift”, is due in the spring.
"""),
# 969: title-case headline with quote marks; so-called "reforms" (scare quotes); mixed quote; role + name
({"s1": ("Anneliese Morrow", "Morrow"),
  "s2": ("Caspian Hewlett", "Hewlett", "the pensions minister", "pensions minister")}, """
Unions Vow To Fight Pension ‘Reforms’ In Ostmark

Public sector unions in Ostmark have promised a campaign of strikes against the government’s so-called “reforms” to state pensions, which would raise the retirement age to 68 by 2032.

⟦m:s1 Anneliese Morrow⟧, general secretary of the Federation of Public Employees, ⟦c said⟧ ⟦x:s1 the changes amounted to “a pay cut dressed up as modernisation”⟧.

⟦q:s1 “Our members were promised a pension when they signed up. We intend to hold the government to that promise,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ a rally in the city’s central square.

⟦m:s2 The pensions minister⟧, ⟦m:s2 Caspian Hewlett⟧, ⟦c said⟧ ⟦i:s2 the system would run out of money within 15 years without change⟧. ⟦q:s2 “Doing nothing is not a kinder option. It is simply a more expensive one, paid for by our grandchildren,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.
"""),
# 970: nickname in quotes (not a quote); role + name; colon-less lead-in with surname
({"s1": ("Radovan Quist", "Quist"),
  "s2": ("Ingeborg Tallis", "Tallis", "the federation president", "federation president")}, """
⟦m:s1 Quist⟧ returns as national team manager

⟦m:s1 Radovan Quist⟧, the former defender known throughout his playing career as “The Bulldozer”, has been appointed manager of the Lirnian national team.

⟦q:s1 “I know what people say about my football. They say it is ugly. I say it wins,”⟧ ⟦m:s1 Quist⟧, 52, ⟦c told⟧ reporters at the federation’s headquarters.

⟦m:s2 The federation president⟧, ⟦m:s2 Ingeborg Tallis⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s1 Quist⟧ had been the unanimous choice of the board⟧. ⟦q:s2 “We needed someone who would make this team hard to beat. The board agreed on that within ten minutes,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Asked about the nickname, ⟦m:s1 Quist⟧ smiled. ⟦q:s1 “My mother still hates it.”⟧
"""),
# 971: hard-wrapped multi-paragraph company statement; quotes broken by single line breaks
({"s1": ("Kestrel Line", "the ferry operator", "ferry operator"),
  "s2": ("Joost Verhelst", "Verhelst")}, """
⟦m:s1 Ferry operator⟧ apologises after passengers stranded overnight

Some 300 passengers spent the night aboard the ferry Saint Ilse after
it was unable to dock at Morvan harbour in high winds on Friday.

In a statement, ⟦m:s1 Kestrel Line⟧ ⟦c said⟧: ⟦q:s1 "We are deeply sorry for the distress caused
to our passengers. The decision not to attempt docking was taken by the
captain for safety reasons, and we fully support it.⟧

⟦q:s1 "Every passenger will receive a full refund and a free return crossing
before the end of the year."⟧

⟦m:s2 Joost Verhelst⟧, who was travelling with his two young children, ⟦c said⟧ ⟦i:s2 food
had run out by midnight⟧. ⟦q:s2 "The crew were kind, but they clearly had no plan,"⟧ ⟦m:s2 he⟧
⟦c said⟧.
"""),
# 972: very long appositive before the cue; appositive after the cue; pronoun continuation
({"s1": ("Marit Holloway-Ndiaye", "Holloway-Ndiaye", "Dr Marit Holloway-Ndiaye"),
  "s2": ("Conrad Fisk", "Fisk")}, """
Bronze Age boat found under Essendrop car park

Builders preparing the site of a new supermarket in Essendrop have uncovered what archaeologists believe is a 3,000-year-old log boat.

Dr ⟦m:s1 Marit Holloway-Ndiaye⟧, an archaeologist at the University of Lowmere who has excavated wetland sites across the region for two decades and was called to the site on Tuesday, ⟦c said⟧: ⟦q:s1 “It is astonishingly well preserved. You can still see the tool marks where someone hollowed it out.”⟧

⟦q:s1 “Finds like this happen perhaps once in a generation,”⟧ ⟦m:s1 she⟧ ⟦c added⟧.

Work on the supermarket has been paused for at least six weeks. ⟦q:s2 “We are proud to have found it, if slightly less proud of the delay,”⟧ ⟦c said⟧ ⟦m:s2 Conrad Fisk⟧, managing director of Fisk & Daughters Construction, the Essendrop firm building the store.
"""),
# 973: ministry statement, "it said"; speaker only in the previous sentence; new eyewitness
({"s1": ("Tarvonian Ministry of Transport", "the ministry", "ministry", "transport ministry"),
  "s2": ("Ezekiel Marrow", "Marrow"),
  "s3": ("Sunniva Halberg", "Halberg")}, """
⟦m:s1 Ministry⟧ orders checks on 80 bridges after Torsk collapse

The ⟦m:s1 Tarvonian Ministry of Transport⟧ has ordered urgent inspections of 80 road bridges after a footbridge over the Torsk river collapsed on Sunday, injuring four people.

⟦q:s1 “The safety of the travelling public is our first and only priority,”⟧ ⟦m:s1 the ministry⟧ ⟦c said⟧ in a statement on Monday. ⟦m:s1 It⟧ ⟦c said⟧ ⟦i:s1 all 80 bridges were of a similar design and age to the one that failed⟧.

⟦m:s2 Ezekiel Marrow⟧, a structural engineer who has advised ⟦m:s1 the ministry⟧ in the past, ⟦c said⟧ ⟦i:s2 the inspections were long overdue⟧. ⟦m:s2 He⟧ has raised the issue before. ⟦q:s2 “I wrote to them in 2019 and again in 2021. I got a polite thank-you letter both times.”⟧

⟦m:s3 Sunniva Halberg⟧, 33, who crossed the bridge minutes before it fell, ⟦c said⟧: ⟦q:s3 “I heard a crack like a gunshot, turned round, and it just wasn’t there any more.”⟧
"""),
# 974: vox pop: fully quoted paragraphs, each a new person; colon-less lead-in; organisation indirect
({"s1": ("Edna Fairclough", "Fairclough"),
  "s2": ("Jordan Asare", "Asare"),
  "s3": ("Linnea Okoro", "Okoro"),
  "s4": ("Halloway Retail Group", "the group", "the store's owners")}, """
Shoppers bid farewell to Brenmoor’s last department store

Halloway’s, the department store that has stood on Brenmoor’s Castle Street since 1911, closed its doors for the last time on Saturday.

⟦q:s1 “My mother bought her wedding hat here, and so did I,”⟧ ⟦c said⟧ ⟦m:s1 Edna Fairclough⟧, 81, who had come to buy a last pair of gloves.

⟦q:s2 “Honestly? I haven’t been in for years. Everything’s online now,”⟧ ⟦c said⟧ ⟦m:s2 Jordan Asare⟧, 24, walking past with a coffee.

⟦m:s3 Linnea Okoro⟧ worked on the perfume counter for 31 years. ⟦q:s3 “We were a family. Some of us are going to miss each other more than the job.”⟧

⟦q:s3 “I don’t know what I’ll do with myself on Monday morning,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s4 The store’s owners⟧, ⟦m:s4 Halloway Retail Group⟧, ⟦c said⟧ ⟦i:s4 all 86 staff had been offered redundancy packages or jobs at other branches⟧.
"""),
# 975: role + name for a prime minister, then the role, the surname and "he"; mixed quote with nested mention
({"s1": ("Aurelio Brandvold", "Brandvold", "the prime minister", "prime minister"),
  "s2": ("Tomasz Ferrick", "Ferrick")}, """
⟦m:s1 Brandvold⟧ survives confidence vote by seven votes

⟦m:s1 The prime minister of Lirnia⟧, ⟦m:s1 Aurelio Brandvold⟧, survived a confidence vote in parliament on Thursday night by 158 votes to 151, after a dozen members of his own party voted against ⟦m:s1 him⟧.

⟦q:s1 “The house has spoken, and now we get back to work,”⟧ ⟦m:s1 Brandvold⟧ ⟦c told⟧ reporters as ⟦m:s1 he⟧ left the chamber.

Among the rebels was ⟦m:s2 Tomasz Ferrick⟧, a former defence minister, who ⟦c said⟧ ⟦x:s2 ⟦m:s1 the prime minister⟧ had “lost the trust of the country”⟧. ⟦q:s2 “Seven votes is not a mandate. It is a warning,”⟧ ⟦m:s2 Ferrick⟧ ⟦c said⟧.

⟦m:s1 The prime minister⟧ is expected to reshuffle his cabinet next week. ⟦m:s1 He⟧ ⟦c said⟧ on Friday morning: ⟦q:s1 “I bear no grudges. Everybody in my party will be judged on what they do next.”⟧
"""),
# 976: "according to" a named person; quote with speaker only in the previous sentence; new person after an insurer
({"s1": ("Jorunn Eklid", "Eklid"),
  "s2": ("Harrowfield Mutual", "the insurer", "insurer"),
  "s3": ("Arvid Solheim", "Solheim")}, """
Late frost wipes out half of Skarvik apple crop

⟦i:s1 A late frost in the last week of April destroyed about half of this year’s apple crop in the Skarvik valley⟧, ⟦c according to⟧ ⟦m:s1 Jorunn Eklid⟧, chair of the Skarvik Fruit Growers’ Cooperative.

⟦m:s1 Eklid⟧ walked through her own orchard on Wednesday, pointing at blackened blossom on row after row of trees. ⟦q:s1 “You get one chance a year. This year we got about half a chance.”⟧

Growers are insured against hail but not, in most cases, against frost. ⟦m:s2 Harrowfield Mutual⟧, which insures most of the valley’s farms, ⟦c said⟧ ⟦i:s2 frost cover had been offered to members since 2021 but few had taken it up⟧.

⟦q:s3 “It was double the price of hail cover, and we hadn’t had a frost like this in living memory,”⟧ ⟦c said⟧ ⟦m:s3 Arvid Solheim⟧, who farms 40 acres at the head of the valley. ⟦q:s3 “Well, now we have.”⟧
"""),
# 977: UK single quotes with punctuation inside; interrupted quote; mixed quote; organisation
({"s1": ("Callum Trevanion", "Trevanion"),
  "s2": ("Keira Pengelly", "Pengelly"),
  "s3": ("Polwenna Coastguard", "the coastguard", "coastguard")}, """
Lifeboat crew rescue four teenagers cut off by tide

Four teenagers were rescued from a rocky ledge at Polwenna Point on Saturday evening after being cut off by the rising tide.

⟦q:s1 ‘They did exactly the right thing,’⟧ ⟦c said⟧ ⟦m:s1 Callum Trevanion⟧, coxswain of the Polwenna lifeboat.

⟦q:s1 ‘Another half an hour,’⟧ ⟦m:s1 he⟧ ⟦c said⟧, ⟦q:s1 ‘and the water would have been over that ledge.’⟧

⟦m:s2 Keira Pengelly⟧, whose 15-year-old son was among the group, ⟦c said⟧ ⟦x:s2 ⟦m:s2 she⟧ had ‘never been so frightened in my life’⟧. ⟦q:s2 ‘I’ll be buying that crew a very large cake,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 The coastguard⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ had dealt with 11 similar incidents on the same stretch of coast this summer⟧.
"""),
# 978: court report; quote broken across a single line break; interrupted quote; "the judge"
({"s1": ("Philippa Ansty", "Ansty", "Judge Philippa Ansty", "the judge"),
  "s2": ("Sebastian Moyo", "Moyo"),
  "s3": ("Wendlebury Police", "police")}, """
Fake charity collector jailed for four years

A man who collected more than 60,000 marks door to door for a children’s hospice that did not exist was jailed for four years at Wendlebury Crown Court on Friday.

Sentencing Lucan Treadwell, 46, Judge ⟦m:s1 Philippa Ansty⟧ ⟦c said⟧: ⟦q:s1 “You chose your victims with care. They were elderly, they lived alone
and they trusted a man with a lanyard and a clipboard.”⟧

⟦q:s1 “The cruelty lies not only in the money you took,”⟧ ⟦m:s1 the judge⟧ ⟦c said⟧, ⟦q:s1 “but in the fact that many of them will now never open the door to a genuine collector again.”⟧

⟦m:s2 Sebastian Moyo⟧, defending, ⟦c said⟧ ⟦i:s2 Treadwell had gambling debts and had shown genuine remorse⟧.

⟦m:s3 Wendlebury Police⟧ ⟦c said⟧ ⟦i:s3 anyone who believed they had been targeted should contact ⟦m:s3 them⟧⟧.
"""),
# 979: multi-paragraph quote from a letter in UK single quotes, with a nested quote inside; mixed quote
({"s1": ("Gwendolyn Ashdown", "Ashdown", "the headteacher", "headteacher"),
  "s2": ("Samir Kettle", "Kettle")}, """
Letter banning phones at Fernleigh Academy shared thousands of times

A letter from ⟦m:s1 the headteacher of Fernleigh Academy⟧ announcing a complete ban on mobile phones has been shared more than 40,000 times online.

In the letter, sent to parents on Monday, ⟦m:s1 Gwendolyn Ashdown⟧ ⟦c wrote⟧:

⟦q:s1 ‘From September, phones will be handed in at the gate and returned at the end of the day. There will be no exceptions for Year 11, and no exceptions for “emergencies”.⟧

⟦q:s1 ‘I know this will be unpopular with some of you. I ask only that you give it one term. If at Christmas you can show me that our children are less happy, less safe or less well taught, I will reconsider.’⟧

⟦m:s2 Samir Kettle⟧, who chairs the school’s parents’ association, ⟦c said⟧ ⟦x:s2 the response from families had been ‘overwhelmingly positive’⟧. ⟦q:s2 ‘A few parents are worried about getting hold of their children after school, but that’s solvable,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.
"""),
# 980: a list of book titles in quotes (not quotes); long appositive after the cue; indirect with nested pronoun
({"s1": ("Ines Kavanagh-Obi", "Kavanagh-Obi"),
  "s2": ("Thaddeus Morland", "Morland")}, """
Debut novelists dominate Halcyon Prize shortlist

Four of the six books on this year’s shortlist for the Halcyon Prize for Fiction are debuts, the first time that has happened in the award’s 30-year history.

The shortlisted titles are “The Long Winter at Saltmarsh”, “A Field Guide to Leaving Harrowmere”, “Small Hours in Vellan”, “The Mapmaker of Quell”, “Nine Bells for Ada” and “What the Tarn Kept”.

⟦q:s1 “We did not set out to find new voices, but the new voices found us,”⟧ ⟦c said⟧ ⟦m:s1 Ines Kavanagh-Obi⟧, the novelist and critic who chairs this year’s judging panel. ⟦q:s1 “Every one of these books made at least one of us argue until midnight.”⟧

⟦m:s2 Thaddeus Morland⟧, whose “Nine Bells for Ada” is his first novel at the age of 67, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had written it in the mornings before his shifts as a hospital porter⟧. ⟦q:s2 “I’m the oldest debut on the list by about forty years. I’m choosing to find that funny,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The winner will be announced on November 14.
"""),
# 981: role + name for a mayor, then "the mayor" and "she" after another speaker; colon-less lead-in
({"s1": ("Ondine Castellar", "Castellar", "the mayor", "mayor", "the mayor of Dunbrack"),
  "s2": ("Bertrand Achola", "Achola", "the fire chief", "fire chief")}, """
⟦m:s1 Mayor⟧ bans private fireworks after Dunbrack warehouse blaze

⟦m:s1 The mayor of Dunbrack⟧, ⟦m:s1 Ondine Castellar⟧, has banned private fireworks in the town for the rest of the year, two days after a stray rocket set fire to a timber warehouse in the docks.

Nobody was hurt in Sunday night’s fire, but it took 60 firefighters nine hours to bring it under control, and smoke forced the evacuation of about 200 homes.

⟦m:s2 The town’s fire chief⟧, ⟦m:s2 Bertrand Achola⟧, ⟦c said⟧ ⟦i:s2 the rocket had landed in a gap in the warehouse roof⟧. ⟦q:s2 “It was one chance in a million, and it happened,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s1 The mayor⟧ was unapologetic. ⟦q:s1 “I know this spoils the fun for a lot of families. I would rather spoil the fun than go to a funeral.”⟧ ⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the ban would be reviewed in January⟧.

Organised displays run by licensed operators will go ahead as planned.
"""),
# 982: new neighbour introduced around a quote after another speaker ("said her neighbour, ..."); company via spokeswoman
({"s1": ("Beatrice Lantos", "Lantos"),
  "s2": ("Neil Ashcombe", "Ashcombe"),
  "s3": ("Calder Energy Recovery", "the company", "company")}, """
Residents fight plan for waste incinerator near Pelling school

More than 2,000 people have signed a petition against plans for a waste incinerator 400 metres from a primary school in Pelling.

⟦m:s1 Beatrice Lantos⟧, who started the petition, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had not been opposed to the plant at first⟧. ⟦q:s1 “Then I saw the map and measured the distance to my daughter’s classroom,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦q:s2 “This campaign has done more in three weeks than the council has done in three years,”⟧ ⟦c said⟧ ⟦m:s2 her neighbour⟧, ⟦m:s2 Neil Ashcombe⟧, a retired lorry driver who lives opposite the proposed site. ⟦q:s2 “I’ve breathed diesel all my working life. I’d like clean air for my last few years.”⟧

⟦m:s3 Calder Energy Recovery⟧, the company behind the plan, ⟦c said⟧ ⟦i:s3 emissions would be monitored continuously and published online⟧. ⟦q:s3 “Modern plants like this one are among the most tightly regulated industrial sites in the country,”⟧ a spokeswoman ⟦c said⟧.
"""),
# 983: straight quotes broken across single line breaks mid-paragraph; appositive before the cue
({"s1": ("Teresa Villanueva-Holm", "Villanueva-Holm"),
  "s2": ("Oliver Brandauer", "Brandauer")}, """
Brackenridge Zoo celebrates birth of snow leopard cubs

Two snow leopard cubs have been born at Brackenridge Zoo, the first of the species born there in more than 20 years.

⟦q:s1 "Their mother, Suri, is doing everything right. She's attentive, she's calm and
she hasn't let us within ten metres of them, which is exactly what we want,"⟧ ⟦c said⟧
⟦m:s1 Teresa Villanueva-Holm⟧, head of carnivores at the zoo.

The cubs, a male and a female, were born on March 3, but keepers waited until they had passed their first health check before announcing the birth.

⟦m:s2 Oliver Brandauer⟧, the zoo's director, ⟦c said⟧: ⟦q:s2 "Snow leopards are listed as vulnerable in the wild. Every cub born in a
breeding programme like ours matters."⟧

The cubs will go on public view in mid-May.
"""),
# 984: organisers as speaker ("organisers said", "they said"); denial with speaker only in the previous sentence; "he" chains
({"s1": ("Kofi Brandstetter", "Brandstetter"),
  "s2": ("Harbourside Marathon organisers", "organisers", "the organisers"),
  "s3": ("Piet Amankwah", "Amankwah")}, """
Disqualification overturns Harbourside Marathon result

⟦i:s2 ⟦m:s1 Kofi Brandstetter⟧, who crossed the line first in Sunday’s Harbourside Marathon, has been disqualified for missing a 3km loop of the course⟧, ⟦m:s2 organisers⟧ ⟦c said⟧ on Monday.

⟦m:s2 They⟧ ⟦c said⟧ ⟦i:s2 timing data showed ⟦m:s1 he⟧ had not passed two checkpoints on the harbour loop⟧.

⟦m:s1 Brandstetter⟧ denied any wrongdoing. ⟦q:s1 “I followed the runner in front of me and the marshal waved us through. If I went the wrong way, I was sent the wrong way.”⟧ ⟦m:s1 He⟧ has 14 days to appeal.

⟦m:s3 Piet Amankwah⟧, who finished four minutes behind and has now been declared the winner, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ took no pleasure in the decision⟧. ⟦q:s3 “Nobody wants to win a race in an office,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦q:s2 “The integrity of the results has to come first,”⟧ ⟦m:s2 the organisers⟧ ⟦c said⟧ in a statement.
"""),
# 985: role + name for a chief constable, later role and surname; straight quotes; interrupted quote
({"s1": ("Hamid Varley", "Varley", "the chief constable", "chief constable"),
  "s2": ("Sorcha Delaney", "Delaney")}, """
⟦m:s1 Police chief⟧ apologises after officers raid wrong flat

⟦m:s1 The chief constable of Westmarch Police⟧, ⟦m:s1 Hamid Varley⟧, has apologised to a family whose front door was broken down at 5am by officers who had the wrong address.

⟦m:s2 Sorcha Delaney⟧, 38, who was asleep with her two children when officers entered, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had thought the family was being burgled⟧. ⟦q:s2 "I was screaming at them to get out, and they were screaming at me to get on the floor,"⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 "My youngest still won't sleep in her own bed."⟧

⟦q:s1 "What happened to that family should not have happened,"⟧ ⟦m:s1 the chief constable⟧ ⟦c said⟧, ⟦q:s1 "and I am sorry for it."⟧

⟦m:s1 Varley⟧ ⟦c said⟧ ⟦i:s1 the warrant had been issued for a flat on the floor above⟧ and that ⟦i:s1 an internal review was under way⟧.
"""),
]

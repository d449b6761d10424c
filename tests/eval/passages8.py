"""Development batch 2 (DEV2): hard attribution cases for developing rules; not an evaluation set.

Fictional news passages with inline gold markup (see make_gold.py). All people,
organisations, places, titles and events are fictional, and the text is original.

Hard cases spread over the batch (listed in each entry's comment):
  1  quote + cue + long appositive; appositives before the cue
  2  colon-less lead-in ("X said the plan was flawed. “…”"); pronoun speaker
     whose antecedent is one or two paragraphs back
  3  role NP + name for one person ("The opposition leader, Kenji Sato,")
  4  fully quoted paragraphs: continuation of the previous speaker (4a) and
     after a NEW person is introduced, so inheritance must not apply (4b)
  5  false quotes: quoted headlines, titles of works, scare quotes, nicknames
  6  a quote broken by a single line break inside one paragraph
  7  "according to" attributions and organisation speakers
  8  role-only speaker ("the mayor", "a spokeswoman for …") later named

Annotation conventions: direct quotes include their quotation marks; an
interrupted quote is two spans; each paragraph of a multi-paragraph quote is
its own span; the content clause of an "according to" attribution is an
indirect quote; a role NP heading a subject with a name in apposition is a
mention, as is the name; a title glued to a name ("Mayor X") is left outside;
a descriptive appositive after a name is not a mention; possessive pronouns
are not marked; people named inside someone's direct quote are not marked;
scare quotes, nicknames, titles of works and quoted headlines are not quotes;
a quote nested inside a quote is part of the outer quote.
"""

DEV2 = [
# 1001 courts — cases 3, 1 (after cue), 6, 2 (pronoun), mixed quote
({"s1": ("Harriet Mbeki", "Mbeki", "Judge Harriet Mbeki", "the judge"),
  "s2": ("Owen Tasker", "Tasker", "the lead prosecutor", "the prosecutor"),
  "s3": ("Lena Oduya", "Oduya")}, """
Landlord jailed for ignoring damp orders at Marrowgate flats

A landlord who ignored five orders to repair damp and mould in his Marrowgate flats was jailed for eight months on Thursday.

⟦m:s2 The lead prosecutor⟧, ⟦m:s2 Owen Tasker⟧, ⟦c told⟧ Calder Crown Court that ⟦i:s2 tenants had lived for two winters with water running down their bedroom walls⟧. ⟦q:s2 “These were not oversights,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “They were decisions.”⟧

Sentencing, Judge ⟦m:s1 Harriet Mbeki⟧ ⟦c said⟧ ⟦x:s1 the defendant had shown “a settled contempt for the people who paid his mortgage”⟧.

⟦q:s1 “You were told, in writing, on five occasions,
and on five occasions you did nothing,”⟧ ⟦m:s1 the judge⟧ ⟦c said⟧.

⟦q:s3 “Today’s sentence sends a message, but it comes too late for the families who were made ill,”⟧ ⟦c said⟧ ⟦m:s3 Lena Oduya⟧, casework manager at the Calder Tenants’ Union, which supported several of the residents through the proceedings and has campaigned since 2018 for a licensing scheme for private landlords.

⟦m:s2 Tasker⟧ ⟦c said⟧ after the hearing that ⟦i:s2 the council would now seek to recover the rent paid during the period of disrepair⟧.
"""),
# 1002 sport (British quotes) — cases 5 (nickname), 2 (colon-less lead-in; pronoun two paragraphs back), 4a
({"s1": ("Dario Kessel", "Kessel", "Brankton Albion manager"),
  "s2": ("Ellis Rourke", "Rourke", "club captain")}, """
Albion throw away two-goal lead in Fenwick collapse

Brankton Albion manager ⟦m:s1 Dario Kessel⟧ ⟦c insisted⟧ on Saturday that ⟦i:s1 his side could still avoid relegation⟧, despite throwing away a two-goal lead at Fenwick Park.

Albion led through a brace from striker Callum Petrie, known on the terraces as ‘the Postman’ because he always delivers, before conceding three times in the final quarter of an hour.

⟦m:s1 Kessel⟧ ⟦c said⟧ ⟦i:s1 the dressing room was hurting⟧. ⟦q:s1 ‘Nobody needs me to tell them how bad that was. They saw it.’⟧

⟦q:s1 ‘We have nine games left and we play five of the teams around us. If we cannot find twelve points from that, we do not deserve to stay up.’⟧

⟦q:s1 ‘I am not going anywhere’⟧, ⟦m:s1 he⟧ ⟦c added⟧ when asked about his future. ⟦q:s1 ‘The chairman has been clear with me, and I have been clear with the players.’⟧

Albion have not won away since October, and the defeat leaves them two points from safety with a worse goal difference than Harcombe and Stile Town.

⟦q:s2 ‘We let the gaffer down today, simple as that,’⟧ ⟦c said⟧ club captain ⟦m:s2 Ellis Rourke⟧.
"""),
# 1003 health — cases 7 (according to; organisation statement), 8 (role-only spokeswoman later named), 1 (after cue)
({"s1": ("Northfield Health Trust", "the trust", "the Northfield Health Trust"),
  "s2": ("Miriam Castellano", "Castellano", "a spokeswoman for the hospitals", "the spokeswoman"),
  "s3": ("Grace Adeyemi", "Adeyemi")}, """
Waiting lists at Northfield hospitals hit five-year high

⟦i:s1 More than 14,000 patients are waiting for planned operations at Northfield’s two hospitals⟧, ⟦c according to⟧ figures published by ⟦m:s1 the Northfield Health Trust⟧ on Monday.

The figure is the highest since monthly data were first published in 2019, and includes almost 900 people who have waited longer than a year.

⟦m:s2 A spokeswoman for the hospitals⟧ ⟦c said⟧ ⟦i:s2 winter pressures and a shortage of anaesthetists had forced the cancellation of hundreds of procedures⟧. ⟦q:s2 “We know that behind every number is someone in pain, and we are sorry,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

In a statement, ⟦m:s1 the trust⟧ ⟦c said⟧ ⟦i:s1 two additional theatres had opened at Wexley General and waiting times were expected to fall by the autumn⟧.

⟦q:s3 “People are being told to wait a year for a hip replacement while they lose their jobs and their independence,”⟧ ⟦c said⟧ ⟦m:s3 Grace Adeyemi⟧, chair of Northfield Patients’ Voice, a volunteer group that was set up after the closure of the Wexley maternity unit and now represents more than 3,000 local patients.

⟦m:s2 The spokeswoman⟧, ⟦m:s2 Miriam Castellano⟧, later ⟦c confirmed⟧ that ⟦i:s2 neighbouring hospitals had been asked to take some orthopaedic cases⟧.
"""),
# 1004 weather (straight quotes) — cases 7 (organisation statement; according to), 2 (colon-less; pronoun two back), 6, 1 (before cue)
({"s1": ("National Weather Bureau", "the bureau", "the National Weather Bureau"),
  "s2": ("Sunita Rao", "Rao", "senior forecaster"),
  "s3": ("Ken Halvorsen", "Halvorsen")}, """
Storm Ilsa to bring 90mph gusts to western coasts

⟦i:s1 Gusts of up to 90mph are expected on exposed western coasts on Friday as Storm Ilsa arrives⟧, ⟦m:s1 the National Weather Bureau⟧ ⟦c said⟧ in a statement. ⟦c According to⟧ ⟦m:s1 the bureau⟧, ⟦i:s1 the strongest winds will arrive shortly after dawn and ease by late afternoon⟧.

Senior forecaster ⟦m:s2 Sunita Rao⟧ ⟦c said⟧ ⟦i:s2 the storm was unusually deep for the time of year⟧. ⟦q:s2 "We would normally expect something like this in January, not in late September."⟧

Ferry operators have cancelled all Friday crossings to the islands, and several schools in the region will close early.

⟦q:s2 "If you do not need to travel on Friday morning, please don't,
and if you must, check before you set off,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

In the farming village of Toller, ⟦m:s3 Ken Halvorsen⟧, 63, who keeps sheep on the cliffs above the harbour, ⟦c said⟧ ⟦i:s3 the flock had been moved inland on Wednesday⟧. ⟦q:s3 "You learn not to argue with the sea."⟧
"""),
# 1005 tech — cases 7 (company statement), 3, 1 (after cue), 5 (scare quotes), mixed; quote nested in quote
({"s1": ("Brightloom", "the company"),
  "s2": ("Rafael Imhoff", "Imhoff", "the chief executive"),
  "s3": ("Ada Fensome", "Fensome")}, """
Two million smart-home customer records left exposed

The smart-home company ⟦m:s1 Brightloom⟧ has ⟦c admitted⟧ that ⟦i:s1 the personal details of about two million customers were left on an unprotected server for at least six weeks⟧.

In a statement on Tuesday, ⟦m:s1 the company⟧ ⟦c said⟧ ⟦i:s1 no payment information had been exposed and the server had been secured within an hour of the problem being reported⟧.

⟦m:s2 The chief executive⟧, ⟦m:s2 Rafael Imhoff⟧, ⟦c told⟧ reporters ⟦x:s2 the lapse was “embarrassing but contained”⟧. ⟦q:s2 “We made a mistake, we found it, and we fixed it,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “I would rather customers heard that from us than from anyone else.”⟧

⟦q:s3 “Six weeks is a very long time for a database like this to sit open, and ‘contained’ is not a word I would use,”⟧ ⟦c said⟧ ⟦m:s3 Ada Fensome⟧, an independent security researcher who first spotted the server and reported the flaw, and who has previously found similar weaknesses at two other device makers.

The breach is the latest in a string of incidents involving so-called “smart” home devices, which regulators in several countries have promised to scrutinise.
"""),
# 1006 local politics — cases 8 (role-only council leader later named), 5 (quoted headline), 4b (new person, quote in next paragraph), mixed
({"s1": ("Corinne Aldous", "Aldous", "the council leader", "Councillor Corinne Aldous"),
  "s2": ("Bashir Qureshi", "Qureshi", "opposition councillor"),
  "s3": ("Nell Pryor", "Pryor")}, """
Harrowby council votes to close two libraries

Harrowby council voted on Wednesday night to close two of its seven libraries, ending a campaign that had drawn hundreds of residents to the town hall.

⟦m:s1 The council leader⟧ ⟦c said⟧ ⟦x:s1 the decision had been “the hardest of my time in office”⟧. ⟦q:s1 “We have lost a third of our funding in eight years. There is no version of this budget in which everything survives,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Councillor ⟦m:s1 Corinne Aldous⟧, who has led the council since 2021, ⟦c said⟧ ⟦i:s1 the buildings would be offered to community groups before any sale⟧. The local paper ran the story under the headline “Pages Turned For Good As Libraries Shut”.

Opposition councillor ⟦m:s2 Bashir Qureshi⟧ ⟦c said⟧ ⟦x:s2 the vote was “a betrayal of every child in Eastgate”⟧.

Outside the chamber, ⟦m:s3 Nell Pryor⟧, 34, a mother of two from Eastgate, ⟦c said⟧:

⟦q:s3 “That library is where my kids learned to read. Where are they supposed to go now, the shopping centre?”⟧
"""),
# 1007 culture — cases 3, 5 (list of film titles; Title Case headline), 1 (before and after cue)
({"s1": ("Ines Valtonen", "Valtonen", "the festival director"),
  "s2": ("Samuel Okoro", "Okoro"),
  "s3": ("Clara Whitby", "Whitby")}, """
Dunmere film festival bets on debut directors

The Dunmere International Film Festival will open next month with a line-up dominated by first-time filmmakers.

⟦m:s1 The festival director⟧, ⟦m:s1 Ines Valtonen⟧, ⟦c said⟧ on Monday that ⟦i:s1 eleven of the fourteen films in competition were debuts⟧. ⟦q:s1 “We did not set out to do this. The best films simply happened to be first films.”⟧

The programme includes “The Salt Road”, “Nine Winters in Arrow Bay” and “Little Engines”, alongside a restored print of the 1961 comedy “Mrs Pell Goes West”.

⟦m:s2 Samuel Okoro⟧, 41, a former schoolteacher from Dunmere whose film “The Salt Road” will close the festival, ⟦c said⟧: ⟦q:s2 “I made it with my savings and my students’ parents as extras. To have it shown at home is more than I hoped for.”⟧

⟦q:s1 “Sam’s film is the one people will be talking about,”⟧ ⟦m:s1 Valtonen⟧ ⟦c said⟧.

Not everyone is convinced. ⟦q:s3 “A festival of debuts is a lovely idea until you have to sit through nine of them in a weekend,”⟧ ⟦c wrote⟧ ⟦m:s3 Clara Whitby⟧, film critic for the Dunmere Evening Post, in a column headlined “Too Many Firsts Spoil The Fest”.
"""),
# 1008 business — cases 7 (company statement), 2 (colon-less), 4a, 4b, 1 (after and before cue), 6
({"s1": ("Yusuf Demir", "Demir"),
  "s2": ("Alanna Birch", "Birch", "another worker"),
  "s3": ("Corvex Plastics", "Corvex", "the company"),
  "s4": ("Dominic Hale", "Hale")}, """
Steadbury plastics plant to close with loss of 340 jobs

⟦m:s3 Corvex Plastics⟧ ⟦c announced⟧ on Thursday that ⟦i:s3 its Steadbury factory would close by the end of the year⟧. In a statement, ⟦m:s3 the company⟧ ⟦c said⟧ ⟦x:s3 rising energy costs had made the site “unviable”⟧.

⟦m:s1 Yusuf Demir⟧, regional organiser for the Allied Trades Union, ⟦c said⟧ ⟦i:s1 workers had been given less than an hour’s notice⟧. ⟦q:s1 “They found out from a video call. After twenty years, some of them.”⟧

⟦q:s1 “We will be asking the company to open its books, because ‘unviable’ can mean a lot of things when the parent group made record profits last year.”⟧

Workers leaving the afternoon shift described their shock. ⟦q:s4 “I’ve got a mortgage and two kids at college,”⟧ ⟦c said⟧ ⟦m:s4 Dominic Hale⟧, a machine setter who has worked at the plant since 2004.

⟦m:s2 Another worker⟧, ⟦m:s2 Alanna Birch⟧, 52, a quality inspector from Steadbury, ⟦c said⟧: ⟦q:s2 “Everybody in this town knows someone who works here.
It’s not just 340 jobs, it’s the café, the garage, the lot.”⟧

⟦q:s2 “If they think we’ll go quietly, they don’t know Steadbury.”⟧
"""),
# 1009 science — cases 7 (according to; organisation), 3, 2 (pronoun), 5 (nickname), 1 (before cue); straight and curly quotes mixed
({"s1": ("Priya Venkataraman", "Venkataraman", "the study’s lead author"),
  "s2": ("Halden Observatory", "the observatory", "the Halden Observatory"),
  "s3": ("Tobias Lehner", "Lehner")}, """
Astronomers find possible ocean planet circling nearby red dwarf

⟦i:s2 A planet orbiting a small star 40 light years away may be covered by an ocean hundreds of kilometres deep⟧, ⟦c according to⟧ research published on Wednesday by ⟦m:s2 the Halden Observatory⟧.

⟦m:s1 The study’s lead author⟧, ⟦m:s1 Priya Venkataraman⟧, ⟦c told⟧ a news conference that ⟦i:s1 the planet’s density was too low for it to be made of rock alone⟧.

⟦q:s1 “Either it is mostly water, or it is something we have not thought of yet,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “Honestly, I hope it is the second.”⟧

The planet, catalogued as HO-221b, takes nine days to orbit its star and is about twice the size of Earth. Astronomers nicknamed it “Puddle” during the analysis.

Other researchers urged caution. ⟦m:s3 Tobias Lehner⟧, 58, a planetary scientist at the University of Kessington who was not involved in the work, ⟦c said⟧: ⟦q:s3 "A low density is suggestive, not conclusive. I would want to see the spectrum before I bought a swimsuit."⟧

⟦m:s1 Venkataraman⟧ ⟦c said⟧ ⟦i:s1 her team had already applied for time on a larger telescope⟧.
"""),
# 1010 inquest (British quotes) — cases 3, 6, 4a, 7 (council statement)
({"s1": ("Anthony Roache", "Roache", "the coroner", "Mr Roache"),
  "s2": ("Beth Sowerby", "Sowerby", "his mother"),
  "s3": ("Linmouth Borough Council", "the council")}, """
Coroner criticises council over death of cyclist on Linmouth bypass

⟦m:s1 The coroner⟧, ⟦m:s1 Anthony Roache⟧, ⟦c said⟧ on Friday that ⟦i:s1 repeated warnings about the Ashgrove roundabout had been ignored⟧.

Daniel Sowerby, 27, was struck by a van at the roundabout in March last year. Recording a narrative conclusion at Linmouth Coroner’s Court, Mr ⟦m:s1 Roache⟧ ⟦c said⟧: ⟦q:s1 ‘Had the recommendations of the 2019 safety audit been acted upon, it is likely that Mr Sowerby would have survived.’⟧

Outside court, ⟦m:s2 his mother⟧, ⟦m:s2 Beth Sowerby⟧, ⟦c read⟧ a statement on behalf of the family. ⟦q:s2 ‘Danny was kind and funny and he loved his bike.
He should have come home that night.’⟧

⟦q:s2 ‘We do not want anyone else to get the phone call we got. We want the council to fix that junction, now, not after another audit.’⟧

⟦m:s3 Linmouth Borough Council⟧ ⟦c said⟧ in a statement that ⟦i:s3 work on a signalised crossing would begin in the summer⟧. ⟦q:s3 ‘Our thoughts remain with Daniel’s family’⟧, the statement ⟦c said⟧.
"""),
# 1011 sport (British quotes) — cases 5 (nickname), 2 (pronoun two paragraphs back), 1 (after cue)
({"s1": ("Rhiannon Pugh", "Pugh"),
  "s2": ("Joaquín Ferrer", "Ferrer")}, """
Cramp fails to stop semi-final comeback at Halbury Open

⟦m:s1 Rhiannon Pugh⟧ overcame cramp and a set deficit to reach the final of the Halbury Open on Saturday, beating the second seed 4-6, 7-5, 6-3.

⟦m:s1 Pugh⟧, known to fans as ‘Pughy’, needed treatment on her calf midway through the second set and could barely walk between points.

Her opponent, Dasha Kirilenko, had served for the match at 5-4 in the second set.

⟦q:s1 ‘I honestly thought I was done. My leg was shaking and I couldn’t feel my toes,’⟧ ⟦m:s1 she⟧ ⟦c said⟧ afterwards.

⟦q:s2 ‘She has always been stubborn, and today stubborn won the match,’⟧ ⟦c said⟧ ⟦m:s2 Joaquín Ferrer⟧, a former Davis Cup player from Valencia who has been her coach for eleven years and who now runs an academy in Cardiff.

⟦m:s1 Pugh⟧ will face the top seed, Ana Lisboa, in Sunday’s final.
"""),
# 1012 health — cases 7 (according to), 8 (role-only spokeswoman later named), 2 (colon-less x2), 4b, 1 (before cue)
({"s1": ("Helen Marsh", "Marsh", "a spokeswoman for the council", "the spokeswoman"),
  "s2": ("Kwame Asante", "Asante"),
  "s3": ("Lotte Brandt", "Brandt"),
  "s4": ("Ministry of Health", "the ministry", "the Ministry of Health")}, """
Measles jab drive launched after cases rise in Wrayford

A pop-up vaccination clinic will open in Wrayford market square on Saturday after eleven cases of measles were confirmed in the town this month.

⟦i:s4 Vaccination rates among five-year-olds in the district have fallen to 81 per cent, well below the level needed to prevent outbreaks⟧, ⟦c according to⟧ ⟦m:s4 the Ministry of Health⟧.

⟦m:s1 A spokeswoman for the council⟧ ⟦c said⟧ ⟦i:s1 no appointment would be needed⟧. ⟦q:s1 “Just turn up with your child’s red book, or without it — we can look up the records on the spot.”⟧

Local GP ⟦m:s2 Kwame Asante⟧ ⟦c said⟧ ⟦i:s2 many parents had delayed jabs during the pandemic and never caught up⟧. ⟦q:s2 “It is not hostility, mostly. It is busy lives.”⟧

⟦m:s3 Lotte Brandt⟧, 29, whose son is among those being treated, ⟦c said⟧:

⟦q:s3 “I kept meaning to book it. I’ll regret that for a long time.”⟧

⟦m:s1 The spokeswoman⟧, ⟦m:s1 Helen Marsh⟧, ⟦c said⟧ ⟦i:s1 further clinics would be held in schools next week⟧.
"""),
# 1013 local politics (US, straight quotes) — cases 3, 7 (statement), 2 (colon-less), 4a, 5 (scare quotes)
({"s1": ("Darnell Whitaker", "Whitaker", "the mayor", "Mayor Darnell Whitaker"),
  "s2": ("Lucinda Farrow", "Farrow", "the city council president")}, """
Ashby Falls mayor, council clash over police budget

Ashby Falls Mayor ⟦m:s1 Darnell Whitaker⟧ on Monday vetoed a budget that would have moved $4 million from the police department to mental health services.

⟦m:s2 The city council president⟧, ⟦m:s2 Lucinda Farrow⟧, ⟦c told⟧ reporters ⟦i:s2 the council would try to override the veto⟧. ⟦q:s2 "We did the work. We held eleven public hearings. The mayor held none,"⟧ ⟦m:s2 Farrow⟧ ⟦c said⟧.

In a statement, ⟦m:s1 the mayor⟧ ⟦c said⟧ ⟦i:s1 the proposal would leave the night shift understaffed⟧. ⟦q:s1 "I support mental health funding. I do not support paying for it by leaving 911 calls unanswered."⟧

⟦q:s1 "Bring me a budget that does both and I will sign it the same day."⟧

The plan has been described on social media as "defunding" the police, although it trims overtime and leaves patrol numbers unchanged.

⟦m:s2 Farrow⟧ ⟦c said⟧ ⟦i:s2 an override vote could come as early as next Tuesday⟧.
"""),
# 1014 drought (US, straight quotes) — cases 7 (according to; statement), 1 (after and before cue), 6, mixed; nested quote
({"s1": ("Western Basin Water Authority", "the authority", "the Western Basin Water Authority"),
  "s2": ("Rosalind Keane", "Keane"),
  "s3": ("Efraín Solís", "Solís")}, """
Reservoirs at record low as Westvale enters third dry summer

⟦i:s1 The three reservoirs serving Westvale County are at 23 percent of capacity, the lowest level since records began in 1952⟧, ⟦c according to⟧ ⟦m:s1 the Western Basin Water Authority⟧.

⟦m:s1 The authority⟧ ⟦c said⟧ in a statement Thursday that ⟦i:s1 mandatory watering restrictions would take effect on July 1⟧ and ⟦c warned⟧ that ⟦x:s1 further cuts were "likely" if the summer stayed dry⟧.

⟦q:s2 "People hear 'drought' and think of one bad year. This is a change in the baseline, and the planning has not caught up,"⟧ ⟦c said⟧ ⟦m:s2 Rosalind Keane⟧, a hydrologist at Corbin State University who has studied the basin for two decades and who sat on the authority's drought advisory panel until last year.

⟦m:s3 Efraín Solís⟧, 61, a third-generation almond grower from Linden Flats, ⟦c said⟧: ⟦q:s3 "I have pulled out forty acres of trees this spring.
My grandfather planted some of those."⟧

⟦m:s3 Solís⟧ ⟦c said⟧ ⟦i:s3 more trees would follow if the water allocation was cut again⟧.
"""),
# 1015 education/tech — cases 3, 2 (pronoun; colon-less), 5 (quoted Title Case report title), 8-style later role reference, 1 (before cue)
({"s1": ("Agnes Holloway", "Holloway", "the education secretary"),
  "s2": ("Fergus Lamont", "Lamont"),
  "s3": ("Priti Shah", "Shah")}, """
Schools told to draw up rules on AI homework helpers

⟦m:s1 The education secretary⟧, ⟦m:s1 Agnes Holloway⟧, ⟦c told⟧ a conference of head teachers on Thursday that ⟦i:s1 every school in the country should have a written policy on artificial intelligence tools by September⟧.

⟦q:s1 “I am not going to pretend these tools do not exist, and I am not going to ban them,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “But children need to know when they are learning and when they are outsourcing.”⟧

The guidance follows a report by the schools inspectorate, published under the title “Learning Or Looking Up?”, which found that two in three secondary pupils had used such tools for homework.

⟦m:s2 Fergus Lamont⟧, general secretary of the National Union of Classroom Teachers, ⟦c said⟧ ⟦i:s2 teachers had been left to work it out alone⟧. ⟦q:s2 “We have had two years of silence and now we get a deadline.”⟧

⟦q:s1 “Template policies will be published within a month, so nobody is starting from a blank page,”⟧ ⟦m:s1 the education secretary⟧ ⟦c added⟧.

At one school in Dunford, ⟦m:s3 Priti Shah⟧, 16, a sixth-form student, ⟦c said⟧ ⟦i:s3 most of her classmates used the tools every week⟧. ⟦q:s3 “Teachers can tell, mostly. The clever ones make it write badly on purpose.”⟧
"""),
# 1016 books (British quotes) — cases 5 (list of titles; quoted headline), 3, 1 (long appositive after cue), 4a, mixed
({"s1": ("Oona Fairley", "Fairley"),
  "s2": ("Marcus Delacroix-Hyde", "Delacroix-Hyde", "the chair of the judges")}, """
Debut novel about island ferry wins Harbourlight Prize

⟦m:s1 Oona Fairley⟧ has won the £25,000 Harbourlight Prize for fiction with her first novel, ‘The Last Crossing’, beating a shortlist that included ‘Winter Wheat’, ‘A House in Sallow Street’ and ‘The Glassblower’s Daughter’.

⟦m:s2 The chair of the judges⟧, ⟦m:s2 Marcus Delacroix-Hyde⟧, ⟦c said⟧ ⟦x:s2 the decision had been unanimous and the book was ‘quietly devastating’⟧.

⟦q:s1 ‘I wrote most of it on the ferry itself, on my knees, in a notebook that smelled of diesel,’⟧ ⟦c said⟧ ⟦m:s1 Fairley⟧, 38, a former ferry purser from the island of Skellan who began writing after her mother’s death and who still lives a few hundred metres from the harbour where the novel is set.

⟦q:s1 ‘My mum would have been mortified by the fuss. She’d also have told everyone on the boat.’⟧

The Skellan Times marked the win on its front page with the headline ‘Island Purser Takes The Prize’.

⟦m:s2 Delacroix-Hyde⟧ ⟦c said⟧ ⟦i:s2 the judges had read 143 submissions, the most in the prize’s history⟧.
"""),
# 1017 business (US, straight quotes) — cases 7 (statement; according to), 5 (code name), 1 (after cue), 2 (colon-less)
({"s1": ("Harbor State Bank", "Harbor State"),
  "s2": ("Coastline Financial", "Coastline"),
  "s3": ("Renata Solberg", "Solberg")}, """
Gulf Coast lenders agree $2.1 billion merger

⟦m:s1 Harbor State Bank⟧ has agreed to buy regional lender ⟦m:s2 Coastline Financial⟧ for $2.1 billion in cash and stock, creating the largest lender headquartered on the Gulf Coast. The deal, code-named "Project Pelican" inside both banks, had been rumored for months.

In a statement Monday, ⟦m:s1 Harbor State⟧ ⟦c said⟧ ⟦i:s1 the deal was expected to close in the first half of next year, subject to regulatory approval⟧. ⟦c According to⟧ ⟦m:s2 Coastline⟧, ⟦i:s2 none of its 48 branches will close as a result of the merger⟧.

⟦q:s3 "Coastline has the deposits and Harbor State has the balance sheet. On paper it is a very tidy fit,"⟧ ⟦c said⟧ ⟦m:s3 Renata Solberg⟧, a banking analyst at Meridian Research in Houston, who has followed both lenders for more than a decade and who predicted a deal last year.

⟦m:s3 Solberg⟧ ⟦c said⟧ ⟦i:s3 regulators were likely to demand the sale of some branches in overlapping markets⟧. ⟦q:s3 "There are at least three towns where they are the only two banks on Main Street."⟧

Shares in ⟦m:s2 Coastline⟧ rose 18 percent in early trading, while ⟦m:s1 Harbor State⟧ slipped 2 percent.
"""),
# 1018 nature (British quotes) — cases 8 (role-only warden later named), 6, 2 (pronoun two paragraphs back), 7 (organisation statement)
({"s1": ("Hamish Crerar", "Crerar", "the reserve warden", "the warden"),
  "s2": ("Fenwold Wildlife Trust", "the trust", "The Fenwold Wildlife Trust")}, """
Rare wader nests on Fenwold marsh for first time in a century

A pair of black-winged stilts has nested at the Fenwold Marshes nature reserve, the first confirmed breeding of the species in the county for more than a hundred years.

⟦m:s1 The reserve warden⟧ ⟦c said⟧ ⟦i:s1 the birds were first seen in late April and had been guarded around the clock since the eggs were laid⟧.

⟦q:s1 ‘We have volunteers on shifts with telescopes, day and night.
Nobody is getting near that nest who shouldn’t be,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Egg thieves remain a problem in the area. In 2021 a man was convicted of taking eggs from a marsh harrier nest near Calby.

⟦q:s1 ‘It is a lovely thing, but it is a fragile thing’⟧, ⟦m:s1 he⟧ ⟦c added⟧.

⟦m:s1 Hamish Crerar⟧, who has been warden at Fenwold for eighteen years, ⟦c said⟧ ⟦i:s1 a public viewing hide would open once the chicks had fledged⟧. ⟦m:s2 The Fenwold Wildlife Trust⟧ ⟦c said⟧ in a statement that ⟦i:s2 the exact location of the nest would not be disclosed⟧.
"""),
# 1019 courts (US, straight quotes) — cases 5 (nicknames, one in the headline), 3, 7 (according to; organisation), 2 (colon-less), mixed
({"s1": ("Theodora Kline", "Kline", "Judge Theodora Kline"),
  "s2": ("Marcus Bell", "Bell", "the defense attorney"),
  "s3": ("Ravenport County District Attorney's Office", "the district attorney's office")}, """
Appeals court tosses conviction of burglar known as 'the Ghost'

A state appeals court on Tuesday overturned the burglary conviction of Dale Purvis, the man prosecutors nicknamed "the Ghost" for his habit of leaving no fingerprints, ruling that a key search was unlawful.

Writing for a unanimous three-judge panel, Judge ⟦m:s1 Theodora Kline⟧ ⟦c said⟧ ⟦x:s1 officers had entered Purvis's garage "on nothing more than a hunch"⟧. ⟦q:s1 "A hunch is not a warrant, and it never has been,"⟧ ⟦m:s1 Kline⟧ ⟦c wrote⟧.

⟦m:s2 The defense attorney⟧, ⟦m:s2 Marcus Bell⟧, ⟦c said⟧ ⟦i:s2 his client would be released within days⟧. ⟦q:s2 "He has spent three years in prison because somebody did not want to fill out a form."⟧

⟦c According to⟧ ⟦m:s3 the Ravenport County District Attorney's Office⟧, ⟦i:s3 prosecutors are reviewing the ruling and have not decided whether to seek a retrial⟧.

⟦q:s2 "If they retry him, we'll be ready,"⟧ ⟦m:s2 Bell⟧ ⟦c said⟧.
"""),
# 1020 sport — cases 4a, 4b (twice), 6, 1 (before cue)
({"s1": ("Abebe Tessema", "Tessema"),
  "s2": ("Joanna Pike", "Pike"),
  "s3": ("Ruth Agbaje", "Agbaje")}, """
Course record falls at windy Kingsmere Marathon

Ethiopian runner ⟦m:s1 Abebe Tessema⟧ broke the Kingsmere Marathon course record by 41 seconds on Sunday, finishing in 2:05:12.

⟦q:s1 “The last five kilometres were very hard, into the wind, but the crowd pushed me,”⟧ ⟦m:s1 Tessema⟧ ⟦c said⟧ through an interpreter.

⟦q:s1 “I want to come back next year and go faster.”⟧

More than 19,000 people finished the race. ⟦m:s2 Joanna Pike⟧, 44, a nurse from Harlow Green who ran dressed as a hospital bed to raise money for a children’s ward, ⟦c said⟧:

⟦q:s2 “The bed was a mistake. A wonderful mistake, but a mistake.”⟧

Her friend ⟦m:s3 Ruth Agbaje⟧, who carried the collection bucket, ⟦c said⟧ ⟦i:s3 more than £6,000 had been raised⟧. ⟦q:s3 “We got stuck at the drinks station for ten minutes,
because people kept wanting photos.”⟧
"""),
# 1021 health (US, straight quotes) — cases 7 (department said; statement), 8 (role-only spokesman later named), 2 (colon-less; pronoun two back), mixed
({"s1": ("Lorenzo Baptiste", "Baptiste", "a spokesman for St. Agnes Medical Center", "the spokesman"),
  "s2": ("Marlow County Health Department", "the county health department", "the department"),
  "s3": ("Keisha Dunmore", "Dunmore", "Dr. Keisha Dunmore")}, """
Heat wave sends dozens to Marlow County emergency rooms

⟦i:s2 At least 64 people were treated for heat-related illness in Marlow County over the weekend⟧, ⟦m:s2 the county health department⟧ ⟦c said⟧ Monday.

⟦m:s1 A spokesman for St. Agnes Medical Center⟧ ⟦c said⟧ ⟦x:s1 the hospital's emergency room had been "running at capacity" since Saturday⟧.

Dr. ⟦m:s3 Keisha Dunmore⟧, an emergency physician at St. Agnes, ⟦c said⟧ ⟦i:s3 most patients were older adults living alone⟧. ⟦q:s3 "They don't call anyone because they don't want to be a bother. By the time a neighbor finds them, they are in real trouble."⟧

Temperatures are forecast to reach 104 degrees on Wednesday. Cooling centers at four public libraries will stay open until 10 p.m.

⟦q:s3 "Check on the people on your street,"⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 "Knock on the door. It takes two minutes."⟧

⟦m:s1 The spokesman⟧, ⟦m:s1 Lorenzo Baptiste⟧, ⟦c said⟧ later Monday that ⟦i:s1 extra nurses had been called in for the rest of the week⟧. ⟦m:s2 The department⟧ ⟦c said⟧ in a statement that ⟦i:s2 residents without air conditioning should spend the hottest hours in a cooling center⟧.
"""),
# 1022 local politics (British quotes) — cases 3, 5 (scare quote), 1 (before cue), 4a, 4b
({"s1": ("Gwendolyn Abara", "Abara", "the chair of the parish council"),
  "s2": ("Clive Partington", "Partington"),
  "s3": ("Morag Inglis", "Inglis", "another resident")}, """
Row over Little Brindle bus shelter reaches council chamber

A dispute over a bus shelter in the village of Little Brindle has divided residents and prompted a formal complaint to the district council.

⟦m:s1 The chair of the parish council⟧, ⟦m:s1 Gwendolyn Abara⟧, ⟦c said⟧ ⟦i:s1 the new glass shelter had been chosen after a public consultation⟧. ⟦q:s1 ‘Forty-one people responded, and thirty of them wanted glass. That is what democracy looks like in a village of 600.’⟧

Critics say the so-called ‘consultation’ was a single notice pinned up inside the post office.

⟦m:s2 Clive Partington⟧, 70, a retired surveyor who lives opposite the shelter, ⟦c said⟧: ⟦q:s2 ‘It looks like a phone box that has been in a fight. The old wooden one had been there since 1958.’⟧

⟦q:s2 ‘Nobody asked me, and I have lived here all my life.’⟧

⟦m:s3 Another resident⟧, ⟦m:s3 Morag Inglis⟧, ⟦c disagreed⟧. ⟦q:s3 ‘The old one leaked. My grandchildren can wait for the school bus without getting soaked, and I call that progress.’⟧

⟦m:s1 Abara⟧ ⟦c said⟧ ⟦i:s1 the parish council would discuss the complaint at its next meeting⟧.
"""),
# 1023 tech (US, straight quotes) — cases 7 (according to; company statement), 8 (role-only spokeswoman later named), 1 (after cue), 2 (colon-less), mixed
({"s1": ("Stratalink", "the satellite provider"),
  "s2": ("Cecile Marchand", "Marchand", "a spokeswoman for the company", "the spokeswoman"),
  "s3": ("Wendell Okafor", "Okafor")}, """
Satellite outage cuts internet to 300,000 rural homes

⟦i:s1 A software fault knocked out internet service to about 300,000 rural customers for more than nine hours on Wednesday⟧, ⟦c according to⟧ the satellite provider ⟦m:s1 Stratalink⟧.

⟦m:s2 A spokeswoman for the company⟧ ⟦c said⟧ ⟦x:s2 the fault had been caused by "a routine update that was anything but routine"⟧.

⟦q:s3 "I run a veterinary practice out here. No internet means no records, no card payments, no nothing,"⟧ ⟦c said⟧ ⟦m:s3 Wendell Okafor⟧, a veterinarian in the ranching town of Pruett, whose nearest fiber connection is 60 miles away and who switched to satellite two years ago after his phone line was cut in a storm.

⟦m:s2 The spokeswoman⟧, ⟦m:s2 Cecile Marchand⟧, ⟦c said⟧ ⟦i:s2 affected customers would receive a credit of one week's fees⟧. ⟦q:s2 "We let people down, and we know it."⟧

⟦m:s1 Stratalink⟧ ⟦c said⟧ in a statement late Wednesday that ⟦i:s1 an independent review of its update procedures had been ordered⟧.
"""),
# 1024 music — cases 3, 2 (colon-less; pronoun two paragraphs back), 5 (list of album titles; nickname)
({"s1": ("Fenella Okonjo", "Okonjo", "the festival’s founder"),
  "s2": ("Rory Galbraith", "Galbraith")}, """
Brackenfield festival sells out in record 40 minutes

Tickets for this summer’s Brackenfield Festival sold out in 40 minutes on Friday, the fastest in the event’s 25-year history.

⟦m:s1 The festival’s founder⟧, ⟦m:s1 Fenella Okonjo⟧, ⟦c said⟧ ⟦i:s1 the reunion of folk-rock band the Mire had driven demand⟧. ⟦q:s1 “People have waited twenty years. I have waited twenty years.”⟧

The festival will be cashless this year for the first time, and the campsite has been expanded by a third.

⟦q:s1 “If you did not get a ticket, I am sorry. Come next year,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

The Mire split in 2004 after releasing three albums, “Peat”, “Lowland Hymns” and “A Field in Winter”, and ⟦m:s2 Rory Galbraith⟧, their singer — known to fans simply as “the Heron” — went on to a solo career.

⟦m:s2 Galbraith⟧ ⟦c said⟧ ⟦i:s2 the band had been talking about a reunion since the pandemic⟧. ⟦q:s2 “We are older and slower and we forget the words, but we still like each other, which surprised us.”⟧
"""),
# 1025 business (British quotes) — cases 8 (role-only chief executive later named), 1 (after cue, twice), 7 (according to), 2 (colon-less), mixed
({"s1": ("Pellow & Daughters", "the company", "the bakery chain"),
  "s2": ("Annette Pellow", "Pellow", "the chief executive"),
  "s3": ("Samir Haddad", "Haddad")}, """
Sixty new bakeries planned for Midlands and north

⟦m:s1 Pellow & Daughters⟧, the West Country bakery chain, is to open 60 shops across the Midlands and the north of England over the next three years, creating about 900 jobs.

⟦m:s2 The chief executive⟧ ⟦c said⟧ ⟦x:s2 the expansion would be funded entirely from profits, with ‘not a penny’ of new borrowing⟧.

⟦q:s2 ‘My great-grandmother opened the first shop in Truro in 1931 with a loan from her brother. We have not borrowed since and I do not intend to start,’⟧ ⟦c said⟧ ⟦m:s2 Annette Pellow⟧, who took over from her father in 2015.

⟦i:s1 Sales rose 14 per cent to £212m in the year to March⟧, ⟦c according to⟧ accounts filed by ⟦m:s1 the company⟧ on Tuesday.

⟦q:s3 ‘They have done what most high street chains failed to do, which is make people want to queue’⟧, ⟦c said⟧ ⟦m:s3 Samir Haddad⟧, a retail analyst at Thornbury Capital, which advises several of the chain’s competitors and has in the past been sharply critical of rapid expansion in the food-to-go sector.

⟦m:s3 Haddad⟧ ⟦c warned⟧ ⟦i:s3 the north would be a tougher market⟧. ⟦q:s3 ‘Up there, a pasty is not a novelty. It is a competitor.’⟧
"""),
# 1026 science (US, straight quotes) — cases 7 (according to), 4a (two continuation paragraphs), 6, 2 (colon-less), 1 (before cue)
({"s1": ("Nathaniel Osei", "Osei"),
  "s2": ("Daria Petrova", "Petrova")}, """
Teenagers who start school later sleep longer, study finds

⟦i:s1 Teenagers at schools that moved their start time to 8:45 a.m. slept an average of 34 minutes more per night⟧, ⟦c according to⟧ a study of 2,400 students led by ⟦m:s1 Nathaniel Osei⟧, a sleep researcher at Lakemont University.

⟦m:s1 Osei⟧ ⟦c said⟧ ⟦i:s1 the effect had surprised even his own team⟧. ⟦q:s1 "We expected the kids to just stay up later. Mostly, they didn't."⟧

⟦q:s1 "Thirty-four minutes does not sound like much. But for a sixteen-year-old who is sleeping six and a half hours, it is the difference between functioning and not."⟧

⟦q:s1 "Grades went up a little. Car crashes involving teen drivers went down a little.
Nobody should oversell it, but it is real."⟧

The findings were published Thursday in the journal Adolescent Health Review.

⟦m:s2 Daria Petrova⟧, a pediatrician in Cleveland who was not involved in the research, ⟦c said⟧ ⟦i:s2 the results matched what doctors saw in clinics every day⟧. ⟦q:s2 "Ask any pediatrician. These kids are exhausted."⟧
"""),
# 1027 courts (British quotes) — cases 5 (quoted headline), 3, 2 (pronoun with antecedent back; intervening male speaker), 1 (before cue)
({"s1": ("Bernard Quist", "Quist", "the chairman of the bench"),
  "s2": ("Hollis Greave", "Greave"),
  "s3": ("Amy Cotter", "Cotter", "Police sergeant Amy Cotter")}, """
Man who stole village’s Christmas tree given community service

A man who stole a 20ft Christmas tree from the green in Otterby and tried to sell it online has been ordered to carry out 150 hours of unpaid work.

⟦m:s2 Hollis Greave⟧, 31, of Mill Lane, Otterby, admitted theft at Wexham Magistrates’ Court on Monday. The story had made national headlines under the banner ‘The Grinch Of Otterby’.

⟦m:s1 The chairman of the bench⟧, ⟦m:s1 Bernard Quist⟧, ⟦c told⟧ ⟦m:s2 him⟧: ⟦q:s1 ‘You took something that belonged to an entire village, and you took it from the children of that village in particular.’⟧

The court heard that the tree was recovered from a lay-by two days later, missing most of its lights.

⟦q:s2 ‘I was drunk and I was stupid. I’ve apologised to the parish and I’ll apologise to anyone who asks,’⟧ ⟦m:s2 he⟧ ⟦c said⟧ outside court.

Police sergeant ⟦m:s3 Amy Cotter⟧, who led the investigation, ⟦c said⟧ ⟦i:s3 the online listing had been spotted by a parish councillor within an hour⟧.
"""),
# 1028 weather (US, straight quotes) — cases 7 (organisation said), 8 (role-only sheriff later named), 6, 4b, 2 (colon-less)
({"s1": ("Dwight Hollister", "Hollister", "the county sheriff", "Sheriff Dwight Hollister"),
  "s2": ("Plains Weather Service", "the weather service", "the Plains Weather Service"),
  "s3": ("Carla Benitez", "Benitez"),
  "s4": ("Luis Benitez", "her husband")}, """
Tornado tears through Millbrook, destroying dozens of homes

⟦i:s2 A tornado with winds estimated at 150 mph cut a four-mile path through the town of Millbrook late Tuesday, destroying at least 40 homes⟧, ⟦m:s2 the Plains Weather Service⟧ ⟦c said⟧ Wednesday.

⟦m:s1 The county sheriff⟧ ⟦c said⟧ ⟦i:s1 nine people had been taken to hospital, two with serious injuries, and no deaths had been reported⟧. ⟦q:s1 "Honestly, looking at some of these houses, that is a miracle."⟧

Sheriff ⟦m:s1 Dwight Hollister⟧ ⟦c said⟧ ⟦i:s1 deputies would go door to door through the night⟧. ⟦q:s1 "If you have not heard from a neighbor, call us,
and we will go look."⟧

⟦m:s3 Carla Benitez⟧, 47, rode out the storm with her two children in a closet under the stairs. ⟦q:s3 "The whole house was shaking. Then it just stopped, and there was sky where the roof should have been,"⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s4 Her husband⟧, ⟦m:s4 Luis Benitez⟧, was driving home from work when the warning sounded.

⟦q:s4 "I was on the phone with her the whole time, just listening. Worst twenty minutes of my life."⟧
"""),
# 1029 school board (US, straight quotes) — cases 3, 5 (scare quotes), 7 (organisation statement), 2 (colon-less)
({"s1": ("Gloria Featherstone", "Featherstone", "the board president"),
  "s2": ("Trent Mabry", "Mabry", "Superintendent Trent Mabry"),
  "s3": ("Pine Hollow Teachers Association", "the teachers association")}, """
Pine Hollow school board approves four-day week

The Pine Hollow school board voted 5-2 on Thursday to move the district to a four-day school week starting in August, making it the largest district in the state to do so.

⟦m:s1 The board president⟧, ⟦m:s1 Gloria Featherstone⟧, ⟦c said⟧ ⟦i:s1 the change was the only way to attract teachers to a rural district that pays less than its neighbors⟧. ⟦q:s1 "We lost 31 teachers last year. Thirty-one. We cannot keep doing what we are doing."⟧

Critics question whether the so-called "flex Fridays" — optional tutoring sessions on the fifth day — will be properly staffed.

Superintendent ⟦m:s2 Trent Mabry⟧ ⟦c said⟧ ⟦i:s2 the district would publish attendance figures each month⟧. ⟦q:s2 "If this is not working by Christmas, you will know, because we will tell you."⟧

In a statement, ⟦m:s3 the Pine Hollow Teachers Association⟧ ⟦c said⟧ ⟦i:s3 members had voted overwhelmingly in favor⟧ but ⟦c warned⟧ that ⟦i:s3 bus drivers and cafeteria workers stood to lose a fifth of their hours⟧.

⟦q:s1 "We heard that, and we are working on it,"⟧ ⟦m:s1 Featherstone⟧ ⟦c said⟧.
"""),
# 1030 rugby (British quotes) — cases 3, 4a (fully quoted paragraph after indirect), 6, 1 (before cue), role reference "the coach"
({"s1": ("Rhys Mathias", "Mathias", "the Seagulls’ head coach", "the coach"),
  "s2": ("Tomasi Vainikolo", "Vainikolo")}, """
Carnmoor cling on for first league win at Brenton Park

Carnmoor Seagulls ended a nine-match losing run with a 19-17 victory at Brenton Park, holding out through eight minutes of injury time.

⟦m:s1 The Seagulls’ head coach⟧, ⟦m:s1 Rhys Mathias⟧, ⟦c said⟧ ⟦i:s1 his players had finally been rewarded for weeks of effort⟧.

⟦q:s1 ‘We’ve been close so often that people stopped believing us when we said we were close. Today nobody needs convincing.’⟧

Winger ⟦m:s2 Tomasi Vainikolo⟧ scored both Carnmoor tries, the second after a sixty-metre break.

⟦q:s1 ‘Tomasi was outstanding, but so was the lad who carried the water bottles,
because he didn’t drop any’⟧, ⟦m:s1 the coach⟧ ⟦c joked⟧.

⟦m:s2 Vainikolo⟧, 24, who joined from the Auckland side Ponsonby in the summer, ⟦c said⟧: ⟦q:s2 ‘The boys wanted it badly. You could see it in the huddle.’⟧

⟦q:s1 ‘One win is one win,’⟧ ⟦m:s1 Mathias⟧ ⟦c added⟧. ⟦q:s1 ‘Ask me again in a month.’⟧
"""),
# 1031 tech regulation (British quotes) — cases 7 (according to; regulator), 5 (list of show titles), 8 (role-only spokesman later named), 1 (after cue)
({"s1": ("Digital Services Authority", "the regulator", "the authority"),
  "s2": ("Kofi Mensah-Boateng", "Mensah-Boateng"),
  "s3": ("Ewan Darroch", "Darroch", "a spokesman for the authority", "the spokesman")}, """
Regulator fines podcast app Loopcast £3m over children’s data

⟦m:s1 The Digital Services Authority⟧ has fined the podcast app Loopcast £3m for collecting data from users under 13 without parental consent.

⟦c According to⟧ ⟦m:s1 the regulator⟧, ⟦i:s1 more than 200,000 children had accounts on the app⟧. Popular children’s shows on the platform include ‘Dino Detectives’, ‘Space Snacks’ and ‘The Tiny Historians’.

⟦m:s3 A spokesman for the authority⟧ ⟦c said⟧: ⟦q:s3 ‘The law on this has been clear for years. Ignorance of it is not a business model.’⟧

⟦q:s2 ‘We accept the finding and we have already rebuilt our sign-up process from scratch,’⟧ ⟦c said⟧ ⟦m:s2 Kofi Mensah-Boateng⟧, the founder of Loopcast, which began in a spare bedroom in Leeds in 2017 and now employs 140 people in three countries.

⟦m:s3 The spokesman⟧, ⟦m:s3 Ewan Darroch⟧, ⟦c said⟧ ⟦i:s3 the fine had been reduced by a quarter because Loopcast had cooperated with the investigation⟧.
"""),
# 1032 culture — cases 3, 6, 4a, 4b (new person, quote in next paragraph), 2 (pronoun), 1 (before cue), mixed
({"s1": ("Adaeze Nwankwo", "Nwankwo", "the museum director"),
  "s2": ("Ifeoma Udeh", "Udeh"),
  "s3": ("Tobias Wren", "Wren")}, """
Harwick Museum returns bronze head after 120 years

A bronze head taken from a royal palace in 1897 was handed back on Friday in a ceremony at the Harwick Museum, ending a campaign that lasted more than three decades.

⟦m:s1 The museum director⟧, ⟦m:s1 Adaeze Nwankwo⟧, ⟦c said⟧ ⟦x:s1 the return was “not a gift but a correction”⟧.

⟦q:s1 “For 120 years, people walked past this object and read a label that lied to them by leaving things out,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “We rewrote the label last year. Today we rewrite the ending.”⟧

⟦m:s2 Ifeoma Udeh⟧, who led the delegation that travelled to Harwick for the ceremony, ⟦c said⟧: ⟦q:s2 “My grandmother told me about this head when I was a child.
She never saw it. I am seeing it for her.”⟧

⟦q:s2 “It will go home to the palace, where it belongs, and anyone who wants to see it will be welcome.”⟧

The bronze had been the museum’s most visited object. Among the visitors on Friday was ⟦m:s3 Tobias Wren⟧, 68, from Harwick, who first saw the head on a school trip in 1964.

⟦q:s3 “I’m sad to see it go, but I’d be sadder if it stayed.”⟧
"""),
]

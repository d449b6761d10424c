"""Development batch (DEV8): ordinary news, written without reading the engine's rules, on 2026-12-08. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
"""

DEV8 = [

# 15001 Eastbridge Gazette (regional, transport): org via unnamed spokesperson and "the operator says", role-then-name subject, "For NAME, a …" opening with "the 22-year-old", speaker named after quote with long appositive, anonymous passenger after colon lead-in, scare-quoted headline
({"s1": ("Helen Marsh-Tobin", "Marsh-Tobin", "Ms Marsh-Tobin"),
  "s2": ("Dennis Aboderin", "Aboderin"),
  "s3": ("Greyline Buses", "Greyline"),
  "s4": ("Priya Lal", "Lal")},
"""
Villages face ‘bus desert’ as ⟦m:s3 Greyline⟧ axes evening routes

Evening buses linking eleven villages to Eastbridge will stop running next month after ⟦m:s3 Greyline Buses⟧ ⟦c confirmed⟧ that ⟦i:s3 ⟦m:s3 it⟧ was withdrawing three loss-making routes⟧.

⟦m:s3 The operator⟧ ⟦c says⟧ ⟦i:s3 the 14, 14A and 22 services lose more than £400,000 a year between them⟧, and that ⟦i:s3 fewer than six passengers board an average journey after 7pm⟧.

⟦q:s3 ‘We have kept these routes running for as long as we responsibly could,’⟧ a spokesperson for ⟦m:s3 Greyline⟧ ⟦c said⟧. ⟦q:s3 ‘Passenger numbers in the evening have simply never recovered, and no operator can run empty buses indefinitely.’⟧

⟦m:s1 The county council's cabinet member for transport⟧, ⟦m:s1 Helen Marsh-Tobin⟧, ⟦c said⟧ ⟦i:s1 the authority had been given less than a month's notice of the cuts⟧.

⟦q:s1 ‘I found out on a Friday afternoon by email, which is not how a partnership is supposed to work,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘We are looking at whether any of the routes can be put out to tender, but I won't pretend there is money lying around for it.’⟧

For ⟦m:s4 Priya Lal⟧, a student nurse who lives in Little Hensham and works late shifts at Eastbridge General, the change means a 40-minute walk home along an unlit lane. ⟦q:s4 ‘I've done it once already, in the rain, with my phone torch,’⟧ ⟦m:s4 the 22-year-old⟧ ⟦c said⟧. ⟦q:s4 ‘My mum made me promise never to do it again. So what am I supposed to do, quit?’⟧

⟦q:s2 ‘Cutting the last bus is cutting the village off, plain and simple,’⟧ ⟦c said⟧ ⟦m:s2 Dennis Aboderin⟧, who chairs the Hensham Valley Bus Users' Group and has spent the past three years collecting signatures for a Sunday service that never arrived. ⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 the group would hand a petition of more than 2,000 names to the council's scrutiny committee on Tuesday⟧.

On the last 22 of the evening on Wednesday, only four passengers were aboard. One, a man in his sixties heading home from a warehouse shift, was blunt: ⟦q ‘They'll only notice we're gone when there's nobody left to notice.’⟧

Ms ⟦m:s1 Marsh-Tobin⟧, whose own division includes two of the affected villages, ⟦c insisted⟧ ⟦i:s1 the council had not given up on them⟧. ⟦q:s1 ‘Nobody should read this as the end of the story,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s3 Greyline⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 it⟧ remained ‘open to any conversation’ about a subsidised service⟧.
"""),

# 15002 Daily Beacon (tabloid, human interest): grandmother and daughter (two women), family by relation (Her daughter Kayleigh, the eldest of the three boys, son-in-law), nested quote inside quote, quote continuing over two paragraphs, "she laughed", colon lead-in without speech verb, capitalised headline with scare quotes
({"s1": ("Maureen Tully", "Maureen", "Tully"),
  "s2": ("Kayleigh Brooks", "Kayleigh"),
  "s3": ("Callum Brooks", "Callum"),
  "s4": ("Winston Obi", "Obi"),
  "s5": ("Jason Brooks", "Jason")},
"""
HERO GRAN'S ‘MIRACLE’ CANAL RESCUE

A GRANDMOTHER of 78 jumped into a freezing canal to save her two-year-old grandson — then walked home in her wet slippers and put the kettle on.

⟦m:s1 Maureen Tully⟧ was feeding the ducks with little Alfie and his two big brothers on the towpath at Wendlebury when the toddler wandered over the edge.

⟦q:s1 ‘One second he was there and the next there was just a ripple,’⟧ ⟦c said⟧ ⟦m:s1 Maureen⟧, who had a hip replacement only last year. ⟦q:s1 ‘I didn't think. You don't, do you? I was in up to my chest before I knew it.’⟧

Her daughter ⟦m:s2 Kayleigh⟧, 31, Alfie's mum, was at work in the town centre when her phone rang.

⟦q:s2 ‘It was Callum who rang me — he's nine — and all he said was “Nan's in the canal”,’⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 ‘I thought I'd lost both of them.’⟧

⟦m:s3 The eldest of the three boys⟧ had been told to stay on the bench with his brother, and did exactly that. ⟦q:s3 ‘Nan said don't move, so we didn't move,’⟧ ⟦c said⟧ ⟦m:s3 Callum⟧ proudly.

Lock-keeper ⟦m:s4 Winston Obi⟧, 56, heard the shouting from his cottage and helped haul the pair out.

⟦q:s4 ‘She was giving me instructions the whole time — mind his head, mind his head,’⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 ‘I've pulled a few people out of that water over the years and none of them were as calm as her.⟧

⟦q:s4 ‘When we got them both on the bank she checked the little one over, wrapped him in my coat and asked if I'd seen her handbag.’⟧

Alfie was checked over at hospital and allowed home the same evening. ⟦m:s1 Maureen⟧, meanwhile, refused to go at all.

⟦q:s1 ‘The paramedic wanted to take me in and I said, “Love, I've got a casserole in,”’⟧ ⟦m:s1 she⟧ ⟦c laughed⟧.

Son-in-law ⟦m:s5 Jason⟧, 34, wants her put forward for a bravery award. ⟦q:s5 ‘She'll hate me for saying it, but she's a proper hero,’⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 ‘We've told her she's never buying her own fish and chips again.’⟧

⟦m:s2 Kayleigh⟧ ⟦c added⟧ that ⟦x:s2 Alfie would be booked in for swimming lessons ‘the minute he's old enough’⟧.

But ⟦m:s1 Maureen⟧'s own verdict on all the fuss was short: ⟦q:s1 ‘It's only water. I've been wetter at Skegby on a bank holiday.’⟧
"""),

# 15003 WCB News website (public broadcaster, health): lead with indirect before "the health board has confirmed", "its chief executive, Dr NAME," after the quote, "According to" an organisation, three women with she-resolution, new person as "Her fellow campaigner, NAME, 64, …", letter quoted with "she wrote", anonymous midwife (mixed + direct, her "she" unmarked)
({"s1": ("Nia Prydderch", "Prydderch", "Dr Prydderch"),
  "s2": ("Bro Morfa University Health Board", "Bro Morfa"),
  "s3": ("Sioned Watkins", "Watkins"),
  "s4": ("Eluned Rhys", "Rhys"),
  "s5": ("Carys Llewellyn-Hart", "Llewellyn-Hart")},
"""
Ysbyty Morfa birth unit to become midwife-led from April

⟦i:s2 Consultant-led births will end at Ysbyty Morfa in Aberhallt from April, with women who need specialist care sent to a hospital 38 miles away⟧, ⟦m:s2 the health board⟧ ⟦c has confirmed⟧.

⟦m:s2 Bro Morfa University Health Board⟧ ⟦c said⟧ ⟦i:s2 the change was needed because ⟦m:s2 it⟧ could no longer recruit enough obstetricians to staff a safe rota around the clock⟧.

⟦q:s1 “We have advertised these posts eleven times in three years,”⟧ ⟦m:s1 its chief executive⟧, Dr ⟦m:s1 Nia Prydderch⟧, ⟦c said⟧. ⟦q:s1 “This is not a decision about money. It is a decision about safety, and about being honest with families about what we can safely provide.”⟧

⟦c According to⟧ ⟦m:s2 Bro Morfa⟧, ⟦i:s2 310 babies were born at the unit last year, and around a third of their mothers would now be expected to travel to Glanyrafon⟧.

⟦m:s3 Sioned Watkins⟧, whose second daughter was delivered by emergency caesarean at the unit in 2024, ⟦c said⟧ ⟦x:s3 the news had left her “frightened for the next woman”⟧.

⟦q:s3 “If I had been in an ambulance for an hour that night, I don't think I would have two children today,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “I'm not being dramatic. That's what the consultant told me afterwards.”⟧

⟦m:s4 Her fellow campaigner⟧, ⟦m:s4 Eluned Rhys⟧, 64, a retired midwife who worked at Ysbyty Morfa for 30 years, ⟦c said⟧ ⟦x:s4 the unit had been “run down deliberately” over a decade⟧.

⟦q:s4 “You stop advertising at the right time, you stop training people locally, and then one day you announce that nobody wants to work here,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.

⟦m:s5 The assembly member for Morfa and Hallt⟧, ⟦m:s5 Carys Llewellyn-Hart⟧, has written to the health minister asking for the decision to be paused. In her letter, ⟦m:s5 she⟧ ⟦c wrote⟧: ⟦q:s5 “Families in this valley are being asked to accept a level of risk that would never be tolerated in Caerwen.”⟧

Dr ⟦m:s1 Prydderch⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ understood the anger⟧. ⟦q:s1 “I would be angry too,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “But I would rather have a difficult conversation now than a tragedy later.”⟧

A midwife at the unit, who asked not to be named because she was not authorised to speak to the media, ⟦c said⟧ ⟦x staff had been told about the decision “the same morning as the press”⟧. ⟦q “Most of us are staying, for now,”⟧ she ⟦c said⟧. ⟦q “Ask me again in a year.”⟧

⟦m:s2 The health board⟧ ⟦c said⟧ ⟦i:s2 a dedicated ambulance would be based at the hospital from April to transfer women in labour⟧.
"""),

# 15004 Kelverton Evening Post (rugby union report): four men, definite descriptions (the flanker, the South African, the 20-year-old), reply after "Asked whether he …, he smiled." with no speech verb, crowd shout, mixed quote, indirect inside a relative clause followed by "added:"
({"s1": ("Pieter Oosthuizen", "Oosthuizen"),
  "s2": ("Semisi Naulivou", "Naulivou"),
  "s3": ("Graham Tierney", "Tierney"),
  "s4": ("Ollie Prendergast", "Prendergast")},
"""
⟦m:s2 Naulivou⟧ double lifts Kelverton off the bottom

⟦m:s2 Semisi Naulivou⟧ scored twice as Kelverton ended a nine-match losing run with a 27-19 victory over Abbots Marsh at a rain-soaked Brook Lane on Saturday.

⟦m:s2 The flanker⟧, captaining the side for the first time in place of the injured Tom Ashdown, crossed in the 12th and 58th minutes and was named player of the match.

⟦q:s2 ‘It's been a long few months and you could see what it meant to the boys at the end,’⟧ ⟦m:s2 Naulivou⟧ ⟦c said⟧. ⟦q:s2 ‘We've been close in a lot of those games. Today the bounce went our way, but we earned the bounce as well, if that makes sense.’⟧

As the final whistle went, one supporter in the main stand ⟦c shouted⟧ ⟦q ‘About time!’⟧ and was cheered by those around him.

Head coach ⟦m:s1 Pieter Oosthuizen⟧, whose position had been the subject of speculation after last month's home defeat by Carrow Park, refused to call it a turning point.

⟦q:s1 ‘One win is one win,’⟧ ⟦m:s1 the South African⟧ ⟦c said⟧. ⟦q:s1 ‘I'm not going to stand here and tell you we've fixed everything. We missed 22 tackles. If we miss 22 tackles at Denholm next week, we'll lose by 30.’⟧

Asked whether ⟦m:s1 he⟧ had feared for his job, ⟦m:s1 he⟧ smiled. ⟦q:s1 ‘I always fear for my job. I'm a rugby coach.’⟧

Twenty-year-old fly-half ⟦m:s4 Ollie Prendergast⟧ kicked 12 points on his first league start.

⟦q:s4 ‘Pieter just told me on Thursday to go and enjoy it, so I tried to,’⟧ ⟦c said⟧ ⟦m:s4 the 20-year-old⟧, who joined from the academy in the summer. ⟦q:s4 ‘The first kick I was shaking a bit, to be honest. After that it was fine.’⟧

⟦m:s1 Oosthuizen⟧ later ⟦c said⟧ ⟦x:s1 the youngster had ‘earned the right to keep the shirt’⟧.

Abbots Marsh director of rugby ⟦m:s3 Graham Tierney⟧ was scathing about his side's discipline after they conceded 14 penalties.

⟦q:s3 ‘Fourteen penalties away from home, you don't deserve to win, simple as that,’⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 ‘I've no complaints with the referee. We gave him too many decisions to make.’⟧

⟦m:s3 Tierney⟧, who ⟦c confirmed⟧ that ⟦i:s3 prop Jack Mulrooney would have a scan on a knee injury⟧, ⟦c added⟧: ⟦q:s3 ‘We'll regroup. There's a lot of rugby left.’⟧
"""),

# 15005 The Deccan Ledger (cricket, Indian English): "said the 34-year-old" after quote, shared surname (bowler Qureshi and his wife Farah Qureshi), interrupted quote with inserted "said coach NAME,", "the coach added", social-media post "she wrote", subject pronoun inside indirect, colon lead-in without speech verb
({"s1": ("Aniket Deshmukh", "Deshmukh"),
  "s2": ("Imtiaz Qureshi", "Qureshi", "Imtiaz"),
  "s3": ("Venkatesh Subramaniam", "Subramaniam"),
  "s4": ("Harpreet Sandhu", "Sandhu"),
  "s5": ("Farah Qureshi", "Farah")},
"""
⟦m:s2 Qureshi⟧'s seven-for puts Konkan Coast in sight of Kaveri Trophy final

Veteran seamer ⟦m:s2 Imtiaz Qureshi⟧ produced the best figures of his career on the third day at the Velaspur Cricket Ground on Friday, taking seven for 41 as Malwa Plateau were bowled out for 168 in reply to Konkan Coast's 402 in the Kaveri Trophy semi-final.

⟦q:s2 “I have waited fourteen years for a day like this,”⟧ ⟦c said⟧ ⟦m:s2 the 34-year-old⟧, who was left out of the side for the first four matches of the season. ⟦q:s2 “When you are not playing, you start asking yourself whether anyone still believes in you. Today I believed in myself, that's all.”⟧

⟦m:s2 Qureshi⟧, who took four wickets in his first five overs, ⟦c said⟧ ⟦x:s2 the new ball had been “talking” from the first over⟧.

Captain ⟦m:s1 Aniket Deshmukh⟧ ⟦c said⟧ ⟦i:s1 Konkan Coast would bat again rather than enforce the follow-on⟧.

⟦q:s1 “Our bowlers have bowled 70 overs in two days in this heat,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “I'm not going to send them out again tomorrow morning. We have time. The pitch will do the rest.”⟧

⟦q:s3 “The decision,”⟧ ⟦c said⟧ coach ⟦m:s3 Venkatesh Subramaniam⟧, ⟦q:s3 “was taken in about thirty seconds.”⟧

⟦q:s3 “Aniket asked me and I said yes before he had finished the question,”⟧ ⟦m:s3 the coach⟧ ⟦c added⟧.

Malwa captain ⟦m:s4 Harpreet Sandhu⟧ ⟦c admitted⟧ ⟦i:s4 his side had been outplayed⟧. ⟦q:s4 “We were poor with the bat, there is no other way to say it,”⟧ ⟦m:s4 Sandhu⟧ ⟦c said⟧. ⟦q:s4 “Imtiaz bowled beautifully, but we also gave him wickets. Three of our top six were out to balls they could have left.”⟧

⟦m:s4 He⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ still believed Malwa could bat out the remaining two days⟧.

⟦m:s5 Farah Qureshi⟧, the bowler's wife, posted a photograph of the scoreboard on social media shortly after stumps. ⟦q:s5 “Told you so. Fourteen years. So proud,”⟧ ⟦m:s5 she⟧ ⟦c wrote⟧.

⟦m:s1 Deshmukh⟧ had a simple explanation for ⟦m:s2 Qureshi⟧'s form: ⟦q:s1 “He carried the drinks for four games without one complaint. That tells you the man.”⟧
"""),

# 15006 Millbrook Courier-Dispatch (college basketball, US): four men, the senior guard / the freshman, quote with speaker identified by "laughed when told …" in preceding sentence, mixed quotes, reply after "shook his head" with no speech verb, indirect inside a relative clause, fan shout
({"s1": ("Darnell Whitacre", "Whitacre", "Coach Whitacre"),
  "s2": ("Marcus Oyelaran", "Oyelaran", "Marcus"),
  "s3": ("Luka Branković", "Branković", "Luka"),
  "s4": ("Terrence Boyd", "Boyd")},
"""
⟦m:s2 Oyelaran⟧'s late three sends Millbrook past Carver State

MILLBROOK — With 2.4 seconds left and the student section on its feet, ⟦m:s2 Marcus Oyelaran⟧ did not hesitate.

⟦m:s2 The senior guard⟧ caught an inbounds pass from ⟦m:s3 Luka Branković⟧, took one dribble to his left and buried a 26-footer over two defenders, giving the Otters a 71-70 win over Carver State on Tuesday night at Hollis Arena.

⟦q:s2 “Coach drew it up for Luka, honestly,”⟧ ⟦m:s2 Oyelaran⟧ ⟦c said⟧. ⟦q:s2 “They switched, Luka saw me open, and I just let it go. I didn't even see it go in. I heard it.”⟧

⟦m:s3 Branković⟧, a 19-year-old freshman from Kraljevac who finished with 18 points and 11 rebounds, laughed when told what his teammate had said. ⟦q:s3 “It was for me,”⟧ ⟦m:s3 the freshman⟧ ⟦c said⟧. ⟦q:s3 “But Marcus is Marcus. You give him the ball in that spot, you live with it.”⟧

Coach ⟦m:s1 Darnell Whitacre⟧ had his own version. ⟦q:s1 “That play was drawn up for whoever was open,”⟧ ⟦m:s1 Whitacre⟧ ⟦c said⟧ with a grin. ⟦q:s1 “That's my story and I'm sticking to it.”⟧

Millbrook (14-6, 5-3 Valley Athletic) trailed by nine with under five minutes left before a 12-2 run, and ⟦m:s1 Whitacre⟧ ⟦c said⟧ ⟦x:s1 his team had been “lucky to still be in it” at halftime⟧.

⟦q:s1 “We were soft in the first half. I told them that, in slightly stronger language,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Carver State coach ⟦m:s4 Terrence Boyd⟧ ⟦c said⟧ ⟦x:s4 his team had “done everything but close.”⟧ ⟦q:s4 “You make one more free throw, we're not even talking about that shot,”⟧ ⟦m:s4 Boyd⟧ ⟦c said⟧. ⟦q:s4 “We went 12 for 22 from the line. That's the game right there.”⟧

Asked whether ⟦m:s4 he⟧ had seen the final play coming, ⟦m:s4 Boyd⟧ shook his head. ⟦q:s4 “Not from him. We thought Branković was getting the ball. So did everybody in the building.”⟧

Outside the arena, a fan in an Otters scarf ⟦c shouted⟧ ⟦q “Do it again Saturday!”⟧ at the team bus as it pulled away.

⟦m:s2 Oyelaran⟧, who ⟦c has said⟧ ⟦i:s2 ⟦m:s2 he⟧ plans to enter the professional draft next spring⟧, was asked whether this was the biggest shot of his career. ⟦q:s2 “So far,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.
"""),

# 15007 Nordhavn Post (athletics, city marathon): two women runners (the 27-year-old, the 31-year-old), "Speaking through an interpreter, she said" mixed, race director, elderly runner and "His wife, Birthe," role NP + name, colon lead-in reply after "did not hesitate"
({"s1": ("Faith Chepkoech", "Chepkoech", "Faith"),
  "s2": ("Tigist Alemu", "Alemu", "Tigist"),
  "s3": ("Søren Lykke-Madsen", "Lykke-Madsen"),
  "s4": ("Lars Henningsen", "Henningsen"),
  "s5": ("Birthe Henningsen", "Birthe")},
"""
⟦m:s1 Chepkoech⟧ breaks Nordhavn course record as ⟦m:s2 Alemu⟧ fades

⟦m:s1 Faith Chepkoech⟧ broke the Nordhavn Marathon course record by 41 seconds on Sunday, pulling clear of ⟦m:s2 Tigist Alemu⟧ in the final three kilometres along the harbour front.

⟦m:s1 The 27-year-old⟧, running only her third marathon, crossed the line in 2:19:48 to collect the winner's cheque and a record bonus.

⟦q:s1 “At 35 kilometres I was not sure. Tigist was very strong and I was suffering,”⟧ ⟦m:s1 Chepkoech⟧ ⟦c said⟧. ⟦q:s1 “Then I looked at my watch and I thought, if I stay with her, I will lose. So I went.”⟧

⟦m:s2 Alemu⟧, who led for most of the second half, finished 22 seconds behind. Speaking through an interpreter, ⟦m:s2 she⟧ ⟦c said⟧ ⟦x:s2 the headwind on the harbour section had been “the hardest I have ever run in”⟧.

⟦q:s2 “When Faith went, my legs said no,”⟧ ⟦c said⟧ ⟦m:s2 the 31-year-old⟧. ⟦q:s2 “I am not unhappy. Second is not bad. Next year, maybe a different story.”⟧

Race director ⟦m:s3 Søren Lykke-Madsen⟧ ⟦c said⟧ ⟦i:s3 the record would earn ⟦m:s1 Chepkoech⟧ a bonus of 20,000 kroner⟧. ⟦q:s3 “We have tried for years to get a record on this course,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “It took a woman from a village of 800 people to do it. I think that's beautiful.”⟧

Further back in the field, ⟦m:s4 Lars Henningsen⟧, 71, completed his 40th consecutive Nordhavn Marathon in a little under five hours.

⟦q:s4 “My knees have opinions about it,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “My wife has even more opinions. But she was at the finish again, so she can't be too angry.”⟧

⟦m:s5 His wife⟧, ⟦m:s5 Birthe⟧, who has watched all 40 races from the same bench near the finish, was less sure. ⟦q:s5 “After 30 I said, this is enough. After 35 I said, this is enough. Now I don't say anything,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s1 Chepkoech⟧, asked what ⟦m:s1 she⟧ would do with the prize money, did not hesitate: ⟦q:s1 “A water tank for my mother's house. She has asked for it for five years.”⟧
"""),

# 15008 Harbor City Ledger (housing, US): "The board's chair, NAME," role NP + name with mixed quote, "According to the Housing Department", named spokesman for an association (association not a speaker), three women (chair and two tenants), "Another tenant, NAME, 74," new person, speaker named after quote with long appositive, crowd shout, reply with no speech verb
({"s1": ("Yolanda Pierce-Whitfield", "Pierce-Whitfield"),
  "s2": ("Greg Kaminski", "Kaminski"),
  "s3": ("Rosa Delgado-Ibáñez", "Delgado-Ibáñez"),
  "s4": ("Frank Abernathy", "Abernathy"),
  "s5": ("Mei-Ling Cho", "Cho"),
  "s6": ("Harbor City Housing Department", "Housing Department")},
"""
Rent board caps increases at 3% after heated night of testimony

HARBOR CITY — After more than four hours of public testimony, the Harbor City Rent Stabilization Board voted 5-2 late Thursday to cap annual rent increases on older apartments at 3%, down from 5%.

⟦m:s1 The board's chair⟧, ⟦m:s1 Yolanda Pierce-Whitfield⟧, ⟦c said⟧ ⟦x:s1 the change was “overdue by at least two years.”⟧

⟦q:s1 “We heard from people tonight who are spending 60, 70% of their income on rent,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “That's not a housing market. That's a slow eviction.”⟧

⟦c According to⟧ the ⟦m:s6 Harbor City Housing Department⟧, ⟦i:s6 median rent for a one-bedroom apartment in the city rose 23% between 2023 and 2026⟧.

⟦m:s2 Greg Kaminski⟧, a spokesman for the Harbor City Property Owners Association, ⟦c said⟧ ⟦i:s2 the cap would push smaller landlords to sell⟧. ⟦q:s2 “The people who own four units and live in one of them are the people this hurts,”⟧ ⟦m:s2 Kaminski⟧ ⟦c said⟧. ⟦q:s2 “They don't have a legal department. They have a second mortgage.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦x:s2 the association was considering a legal challenge but had “made no decision.”⟧

Among those who testified was ⟦m:s3 Rosa Delgado-Ibáñez⟧, a home health aide who has lived in the same Eastlake building for 19 years.

⟦q:s3 “My rent went up $210 in March. I cried in the parking lot at work,”⟧ ⟦m:s3 she⟧ ⟦c told⟧ the board. ⟦q:s3 “My daughter is sixteen. She asked me if we were going to have to move again, and I didn't know what to tell her.”⟧

⟦m:s5 Another tenant⟧, ⟦m:s5 Mei-Ling Cho⟧, 74, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had moved three times in six years⟧. ⟦q:s5 “I am too old to keep packing boxes,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦q:s4 “We're treating a supply problem with a price control, and it has never worked anywhere it's been tried,”⟧ ⟦c said⟧ ⟦m:s4 Frank Abernathy⟧, a retired contractor appointed to the board by the mayor in 2024, who cast one of the two votes against.

When the result was announced, someone at the back of the chamber ⟦c shouted⟧ ⟦q “Finally!”⟧ and the room broke into applause.

Asked about a possible lawsuit, ⟦m:s1 Pierce-Whitfield⟧ was unbothered. ⟦q:s1 “Let them. We followed the ordinance to the letter.”⟧
"""),

# 15009 Pasture & Plough (farming trade weekly): lead indirect with nested org name and "it", org letter ("the company wrote"), "For NAME, who …" opening, father and son (His son Jan; His father did not disagree — reply with no speech verb), mixed quote, "According to NAME, a senior analyst …"
({"s1": ("Hendrik Vos", "Vos", "Hendrik"),
  "s2": ("Calderway Dairies", "Calderway"),
  "s3": ("Mairead Cullinan", "Cullinan"),
  "s4": ("Tom Earnshaw", "Earnshaw"),
  "s5": ("Jan Vos", "Jan")},
"""
⟦m:s2 Calderway⟧ cuts April milk price by 2p a litre

⟦i:s2 ⟦m:s2 Calderway Dairies⟧ will cut the price ⟦m:s2 it⟧ pays farmers by 2p a litre from 1 April, taking its standard litre to 36.5p⟧, ⟦m:s2 the processor⟧ ⟦c told⟧ suppliers in a letter on Monday.

In the letter, ⟦m:s2 Calderway⟧ ⟦c said⟧ ⟦i:s2 global butter and powder prices had fallen for five consecutive months⟧. ⟦q:s2 ‘We recognise this is an unwelcome message at a difficult time of year,’⟧ ⟦m:s2 the company⟧ ⟦c wrote⟧. ⟦q:s2 ‘We will review the price again in May and will pass on any improvement in markets as quickly as we can.’⟧

For ⟦m:s1 Hendrik Vos⟧, who milks 280 cows with his son at Lower Brantham Farm near Ashcombe, the cut will cost about £45,000 a year. ⟦q:s1 ‘That's our margin gone, basically,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘We were just about breaking even at 38.5p. At 36.5 we're paying to produce milk.’⟧

His son ⟦m:s5 Jan⟧, 24, who came home from agricultural college two years ago intending to take on the business, ⟦c said⟧ ⟦i:s5 the news had made him question that plan⟧.

⟦q:s5 ‘Dad won't say it, but I will,’⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 ‘Every one of my mates from college who went into dairying is looking at getting out.’⟧

⟦m:s1 His father⟧ did not disagree. ⟦q:s1 ‘I've been doing this 41 years. I've seen worse prices. But I've never seen the young ones this fed up.’⟧

⟦m:s3 Mairead Cullinan⟧, who chairs the dairy board of the National Dairy Farmers' Federation, ⟦c said⟧ ⟦x:s3 the timing was ‘about as bad as it could be’, with many farms facing higher fertiliser and feed bills this spring⟧.

⟦q:s3 ‘Processors are very quick to pass on a falling market and very slow to pass on a rising one,’⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 ‘We will be asking Calderway to show its workings.’⟧

⟦c According to⟧ ⟦m:s4 Tom Earnshaw⟧, a senior dairy analyst at Fenmoor Agri Consulting, ⟦i:s4 other processors are likely to follow within weeks⟧. ⟦q:s4 ‘When one of the big three moves, the others rarely sit on their hands for long,’⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 ‘I'd be surprised if we don't see at least one more cut announced before the end of the month.’⟧
"""),

# 15010 Hollbury Chronicle (inquest): three women (coroner, engineer, widow), "The area coroner for Wyvern has said she will …" lead, role NP + name "The lorry's driver, NAME,", widow's statement read to court over three paragraphs with no speech verb, shared surname (deceased Mr Ambrose, not a speaker, vs Mrs Ambrose), "she accepted that", "the coroner said", council statement as mixed + indirect
({"s1": ("Philippa Rowntree", "Rowntree", "Dr Rowntree"),
  "s2": ("Helen Ambrose", "Helen", "Mrs Ambrose"),
  "s3": ("Kasper Nowak", "Nowak", "Mr Nowak"),
  "s4": ("Deborah Achebe", "Achebe"),
  "s5": ("Wyvern County Council",)},
"""
Coroner to issue warning over Tanner's Cross junction after cyclist's death

⟦m:s1 The area coroner for Wyvern⟧ ⟦c has said⟧ ⟦i:s1 ⟦m:s1 she⟧ will write to ⟦m:s5 Wyvern County Council⟧ urging changes at a junction in Hollbury where a cyclist was killed last spring⟧.

Martin Ambrose, 52, a father of two from Kelsey Lane, died at the scene at Tanner's Cross on 14 April after his bicycle was struck by a left-turning tipper lorry.

⟦m:s3 The lorry's driver⟧, ⟦m:s3 Kasper Nowak⟧, ⟦c told⟧ the hearing at Hollbury Coroner's Court that ⟦i:s3 ⟦m:s3 he⟧ had checked all his mirrors before turning⟧.

⟦q:s3 ‘I looked, I looked again, and there was nobody there,’⟧ Mr ⟦m:s3 Nowak⟧ ⟦c said⟧, his voice breaking. ⟦q:s3 ‘I have driven for 23 years. I think about that morning every day.’⟧

⟦m:s4 Deborah Achebe⟧, a senior highways engineer with the council, ⟦c said⟧ ⟦x:s4 the junction had been flagged for improvement in 2022 but the scheme had been ‘deprioritised’ when funding was cut⟧.

Under questioning from the coroner, ⟦m:s4 she⟧ ⟦c accepted⟧ that ⟦i:s4 there had been four collisions involving cyclists at Tanner's Cross in the past five years⟧. ⟦q:s4 ‘With hindsight, yes, it should have been higher up the list,’⟧ ⟦m:s4 she⟧ ⟦c said⟧.

A statement from Mr Ambrose's widow, ⟦m:s2 Helen⟧, was read to the court by the coroner's officer.

⟦q:s2 ‘Martin cycled to work every day for 20 years. He was careful to the point of being boring about it. He had lights on his bike in the middle of summer.⟧

⟦q:s2 ‘I don't blame the driver. I've said that from the start. But I do blame a system that knew that junction was dangerous and did nothing.⟧

⟦q:s2 ‘Our daughters are 17 and 14. They deserve to know that something will change because of what happened to their dad.’⟧

Recording a conclusion of death following a road traffic collision, Dr ⟦m:s1 Philippa Rowntree⟧ ⟦c said⟧ ⟦x:s1 the evidence about the junction was ‘troubling’⟧.

⟦q:s1 ‘I am not satisfied that the risk at this junction has been adequately addressed,’⟧ ⟦m:s1 the coroner⟧ ⟦c said⟧. ⟦q:s1 ‘I will be issuing a report to prevent future deaths, and I would expect a full response.’⟧

⟦m:s1 She⟧ ⟦c told⟧ Mrs ⟦m:s2 Ambrose⟧: ⟦q:s1 ‘I am so sorry for your loss. Your statement was a remarkable one.’⟧

In a statement after the hearing, ⟦m:s5 Wyvern County Council⟧ ⟦c said⟧ ⟦x:s5 ⟦m:s5 it⟧ would ‘study the coroner's findings carefully’⟧ and that ⟦i:s5 work on a redesign of Tanner's Cross would begin in the summer⟧.

Outside court, Mrs ⟦m:s2 Ambrose⟧ ⟦c said⟧ only: ⟦q:s2 ‘Today was about Martin.’⟧
"""),

# 15011 Larchester Courier (crown court sentencing): "Prosecuting, NAME said" / "Defending, NAME said", victim impact statement "she wrote", she-ambiguity between two women in adjacent paragraphs, defendant's subject pronoun inside judge's and barrister's mixed quotes, "the judge said", gallery voice "replied:"
({"s1": ("Miriam Oduya", "Oduya", "Judge Oduya"),
  "s2": ("Nathaniel Greaves", "Greaves", "Mr Greaves"),
  "s3": ("Sandra Kiptoo-Fairley", "Kiptoo-Fairley", "Ms Kiptoo-Fairley"),
  "s4": ("Ffion Delacroix", "Delacroix"),
  "s5": ("Colin Wragg", "Wragg")},
"""
Former scout treasurer jailed for stealing £86,000 from group's funds

A former treasurer who stole more than £86,000 from a scout group over seven years to fund online gambling has been jailed for three years and four months.

⟦m:s5 Colin Wragg⟧, 58, of Meadow Rise, Pennington, pleaded guilty at an earlier hearing to fraud by abuse of position. ⟦m:s5 Wragg⟧, who had been treasurer of the 3rd Pennington Scout Group since 2015, made 214 transfers from the group's account into his own between 2018 and 2025.

Prosecuting, ⟦m:s2 Nathaniel Greaves⟧ ⟦c said⟧ ⟦i:s2 the thefts came to light only when a new treasurer asked to see the original bank statements⟧.

⟦q:s2 “This was not a single moment of weakness,”⟧ Mr ⟦m:s2 Greaves⟧ ⟦c told⟧ the court. ⟦q:s2 “It was a sustained and deliberate course of conduct, concealed by false bank statements that the defendant produced on his own computer.”⟧

In a victim impact statement, ⟦m:s3 the group's leader⟧, ⟦m:s3 Sandra Kiptoo-Fairley⟧, ⟦c said⟧ ⟦x:s3 children had been told their summer camp was cancelled “because there was no money”⟧.

⟦q:s3 “We had to tell eleven-year-olds that the thing they'd been saving their pocket money for wasn't happening,”⟧ ⟦m:s3 she⟧ ⟦c wrote⟧. ⟦q:s3 “Colin sat in the meeting where we told the parents. He nodded along.”⟧

Defending, ⟦m:s4 Ffion Delacroix⟧ ⟦c said⟧ ⟦x:s4 her client had been “consumed” by a gambling addiction ⟦m:s5 he⟧ had hidden from his family⟧.

⟦q:s4 “He has not placed a bet in 14 months. He attends meetings twice a week,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “He knows that none of that repays a penny.”⟧

Sentencing, Judge ⟦m:s1 Miriam Oduya⟧ ⟦c told⟧ ⟦m:s5 Wragg⟧ ⟦x:s1 ⟦m:s5 he⟧ had “betrayed the trust of an entire community”⟧.

⟦q:s1 “You were trusted by people who gave up their evenings and weekends for other people's children,”⟧ ⟦m:s1 the judge⟧ ⟦c said⟧. ⟦q:s1 “Every one of those 214 transfers was a decision. Nobody made it for you.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had taken into account his guilty plea and previous good character⟧.

As ⟦m:s5 he⟧ was led from the dock, ⟦m:s5 Wragg⟧ turned towards the public gallery. ⟦q:s5 “I'm sorry. I'm so sorry,”⟧ ⟦m:s5 he⟧ ⟦c said⟧. A woman in the gallery ⟦c replied⟧: ⟦q “Not sorry enough.”⟧

Outside court, Ms ⟦m:s3 Kiptoo-Fairley⟧ ⟦c said⟧ ⟦i:s3 the group had since raised £31,000 through a community appeal⟧. ⟦q:s3 “People have been incredible. The camp is back on this summer,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.
"""),

# 15012 Bytewire (tech trade press): company confirms (lead indirect with nested name), blog title in quotes (not a quote), CEO blog post quoted over three paragraphs, anonymous employee (indirect + direct; "the employee" unmarked), networking-site post ("posted … that" mixed, "he wrote"), investor, org statement, scare-quoted headline
({"s1": ("Ingrid Halvorsen-Pike", "Halvorsen-Pike"),
  "s2": ("Parcelwise",),
  "s3": ("Tunde Bakare", "Bakare"),
  "s4": ("Raj Malhotra", "Malhotra")},
"""
⟦m:s2 Parcelwise⟧ lays off 140 in “reset” year

⟦i:s2 ⟦m:s2 Parcelwise⟧, the delivery-routing startup that raised $62 million last year, is laying off 140 people, about 40% of its workforce⟧, ⟦m:s2 the company⟧ ⟦c confirmed⟧ on Wednesday.

In a blog post titled “A Harder, Smaller Parcelwise,” chief executive ⟦m:s1 Ingrid Halvorsen-Pike⟧ ⟦c wrote⟧ that ⟦x:s1 ⟦m:s2 the company⟧ had hired “ahead of demand that never came.”⟧

⟦q:s1 “I made that call, and I own it,”⟧ ⟦m:s1 she⟧ ⟦c wrote⟧. ⟦q:s1 “The people leaving today did excellent work. They are not leaving because of anything they did.⟧

⟦q:s1 “Every departing employee will receive 16 weeks of severance and keep their health coverage through the end of next year.⟧

⟦q:s1 “I know that is not enough. It is what we can do while keeping the company alive for the people who stay.”⟧

The cuts fall most heavily on sales and customer support. A current employee, who spoke on condition of anonymity because they were not authorized to speak publicly, ⟦c said⟧ ⟦i the news was delivered on a 12-minute video call⟧. ⟦q “Cameras off, chat disabled. Then your laptop locks about an hour later,”⟧ the employee ⟦c said⟧.

⟦m:s3 Tunde Bakare⟧, a senior engineer who had been with the company for three years, ⟦c posted⟧ on a professional networking site on Wednesday afternoon that ⟦x:s3 ⟦m:s3 he⟧ was “part of the 40%.”⟧ ⟦q:s3 “No hard feelings toward the folks who stayed. Plenty toward the spreadsheet,”⟧ ⟦m:s3 he⟧ ⟦c wrote⟧.

⟦m:s4 Raj Malhotra⟧, a general partner at Crestline Ventures, which led ⟦m:s2 Parcelwise⟧'s last funding round, ⟦c said⟧ ⟦i:s4 the investors backed the decision⟧. ⟦q:s4 “Ingrid came to the board with a plan to reach profitability by the third quarter of next year, and we think it's a credible one,”⟧ ⟦m:s4 Malhotra⟧ ⟦c said⟧. ⟦q:s4 “This sector is not forgiving right now. The companies that survive will be the ones that moved early.”⟧

⟦m:s2 The company⟧ ⟦c said⟧ in a statement that ⟦i:s2 no further cuts were planned⟧. Asked on Wednesday whether more layoffs could follow, ⟦m:s1 Halvorsen-Pike⟧ ⟦c said⟧: ⟦q:s1 “I'm not going to make promises I can't guarantee. I can tell you there is no plan for more.”⟧
"""),

# 15013 Portnacraig Herald arts pages (theatre feature): title of the play in quotes in headline and body (not quotes), scare quote, a famous line from the play (not a quote), present-tense "says", "says NAME" after quote, "the director says", parenthetical "he insists" after indirect, quote following with no speech verb, role NP + name for artistic director
({"s1": ("Yetunde Fashola", "Fashola"),
  "s2": ("Ewan McAskill", "McAskill"),
  "s3": ("Marguerite Olsson", "Olsson"),
  "s4": ("Kofi Ansah-Lindqvist", "Ansah-Lindqvist")},
"""
Forty years on, ‘The Salt Line’ comes home to the town that inspired it

When ⟦m:s2 Ewan McAskill⟧ wrote ‘The Salt Line’ in 1986, ⟦m:s2 he⟧ was a 24-year-old shipyard apprentice who had never set foot inside a theatre.

⟦q:s2 ‘I'd seen plays on the telly and thought, well, I could do that,’⟧ ⟦m:s2 McAskill⟧, now 64, ⟦c says⟧ with a laugh. ⟦q:s2 ‘I could not do that. It took me four years and about nine drafts.’⟧

The play, about three generations of a family in a dying fishing town, went on to become something of a ‘cult’ text in drama schools. Next week it returns to the Harbour Theatre in Portnacraig, a few hundred yards from the house where ⟦m:s2 McAskill⟧ grew up, in a new production directed by ⟦m:s1 Yetunde Fashola⟧.

⟦q:s1 ‘The first time I read it I was 19, in a student hostel, and I recognised every single person in it,’⟧ ⟦c says⟧ ⟦m:s1 Fashola⟧. ⟦q:s1 ‘My family didn't fish, but we had the same silences at the dinner table. That's what the play is really about — what people won't say to each other.’⟧

⟦m:s4 The theatre's artistic director⟧, ⟦m:s4 Kofi Ansah-Lindqvist⟧, ⟦c says⟧ ⟦i:s4 the production is the most expensive in the Harbour's history⟧. ⟦q:s4 ‘We've built a working kitchen on stage. The kettle actually boils. Don't ask me what that cost,’⟧ ⟦m:s4 he⟧ ⟦c says⟧.

⟦m:s3 Marguerite Olsson⟧, who plays the matriarch, Nan Cairney, was the daughter in the original 1986 production.

⟦q:s3 ‘Back then I was the one slamming doors,’⟧ ⟦m:s3 she⟧ ⟦c says⟧. ⟦q:s3 ‘Now I'm the one sitting in the chair being slammed at. It's very good for the ego, being the old woman. Nobody expects anything of you, so you can steal every scene.’⟧

⟦q:s1 ‘Marguerite doesn't need directing,’⟧ ⟦m:s1 the director⟧ ⟦c says⟧. ⟦q:s1 ‘She needs an audience. Mostly I just stay out of her way.’⟧

⟦m:s2 McAskill⟧ has been to two rehearsals. ⟦i:s2 ⟦m:s2 He⟧ has not rewritten a word⟧, ⟦m:s2 he⟧ ⟦c insists⟧. ⟦q:s2 ‘Yetunde asked if I wanted to change anything and I said no. It's a young man's play. If I touched it now I'd ruin it.’⟧

The play's best-known line, ‘Salt doesn't forgive, son’, became a local catchphrase and was painted on the harbour wall by fans in the 1990s. ⟦q:s3 ‘People still shout it at me in the chip shop,’⟧ ⟦m:s3 Olsson⟧ ⟦c says⟧.

‘The Salt Line’ runs at the Harbour Theatre from 12 March to 4 April.
"""),

# 15014 Fenwold Today (police press-conference write-up): opening indirect before "Superintendent NAME told a press conference", standalone fully quoted paragraph continuing the previous speaker, reporter's question (unattributed) and reply after "Crombie paused." with no speech verb, "Daniel's brother, Tom Hale," role NP + name, missing man (not a speaker) sharing the surname
({"s1": ("Alasdair Crombie", "Crombie", "Supt Crombie"),
  "s2": ("Ruth Okonjo", "Okonjo"),
  "s3": ("Tom Hale", "Tom")},
"""
Kayaker search off Carrick Point enters fourth day

⟦i:s1 The search for a kayaker missing off the Fenwold coast will continue for a fourth day⟧, Superintendent ⟦m:s1 Alasdair Crombie⟧ ⟦c told⟧ a press conference in Sallowby on Thursday.

Daniel Hale, 38, from Marrowby, set off from the Carrick Point slipway at about 7am on Monday and was reported missing by his partner when he failed to return that afternoon. His kayak was found upturned two miles offshore on Tuesday.

⟦q:s1 “We have not given up, and we are not going to give up while there is any realistic chance of finding Daniel alive,”⟧ Supt ⟦m:s1 Crombie⟧ ⟦c said⟧.

⟦q:s1 “The water temperature is around 11 degrees. Survival times in those conditions vary enormously. He is fit, he is experienced and he was wearing a buoyancy aid, and all of those things matter.”⟧

⟦m:s2 Ruth Okonjo⟧, the coastguard's duty commander for the region, ⟦c said⟧ ⟦i:s2 a lifeboat, a helicopter and shoreline teams had covered more than 90 square miles since Monday⟧. ⟦q:s2 “The sea state has been kind to us today, which helps,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Asked whether the operation had become a recovery, ⟦m:s2 she⟧ ⟦c said⟧: ⟦q:s2 “No. I want to be very clear about that. This is a search and rescue operation.”⟧

One reporter ⟦c asked⟧: ⟦q “How long can you keep this going?”⟧

⟦m:s1 Crombie⟧ paused. ⟦q:s1 “As long as it takes. That isn't a slogan, it's a decision I made this morning.”⟧

⟦m:s3 Daniel's brother⟧, ⟦m:s3 Tom Hale⟧, sat beside the officers and spoke briefly. ⟦q:s3 “Dan knows that coastline better than anyone. He has paddled it since he was twelve,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “We're asking anyone who was on the cliffs or the beaches on Monday morning to look through their photos. Anything at all.”⟧

⟦m:s3 He⟧ thanked volunteers who had joined the shoreline search and ⟦c said⟧ ⟦x:s3 the family had been “overwhelmed” by messages of support⟧. ⟦q:s3 “We just want him home,”⟧ ⟦m:s3 he⟧ ⟦c said⟧, before leaving the room.

⟦m:s1 Crombie⟧ later ⟦c confirmed⟧ that ⟦i:s1 a drone team from Sallowby Mountain Rescue would join the search on Friday⟧.
"""),

# 15015 Clement County Register (human-interest feature, 100th birthday): nickname inside the name mention (headline and body), family by relation (Her eldest, NAME; Her brother Frank; Granddaughter NAME; great-grandson), three women, nested quote inside quote, reply with no speech verb, crowd yell, she-resolution across paragraphs
({"s1": ("Evangelina Szabo", "Szabo", "Vangie", "Vangie Szabo"),
  "s2": ("Rosemarie Kowalczyk", "Kowalczyk", "Rosemarie"),
  "s3": ("Frank Szabo", "Frank"),
  "s4": ("Dana Whitfield", "Whitfield"),
  "s5": ("Eli Whitfield", "Eli")},
"""
At 100, ⟦m:s1 “Vangie” Szabo⟧ still runs the kitchen

DELMAR FALLS — ⟦m:s1 Evangelina “Vangie” Szabo⟧ turned 100 on Saturday, and by 9 a.m. ⟦m:s1 she⟧ had already baked two trays of kolaches and told her son where to park.

⟦q:s1 “I don't know what the fuss is about. I was born, I didn't die. That's the whole trick,”⟧ ⟦m:s1 Szabo⟧ ⟦c said⟧ from her chair by the kitchen window, where ⟦m:s1 she⟧ has sat for most of the past four decades.

More than 60 relatives — four children, 11 grandchildren, 19 great-grandchildren and two great-great-grandchildren — crowded into the house on Linden Street for the party.

⟦m:s2 Her eldest⟧, ⟦m:s2 Rosemarie Kowalczyk⟧, 77, who flew in from out of state, ⟦c said⟧ ⟦i:s2 the family had tried to move the celebration to a church hall⟧.

⟦q:s2 “Mom said absolutely not. She said, ‘If I'm going to be 100, I'm going to be 100 in my own house,’”⟧ ⟦m:s2 Kowalczyk⟧ ⟦c said⟧. ⟦q:s2 “So here we are, 60 people and one bathroom.”⟧

Her brother ⟦m:s3 Frank⟧, 72, who lives four blocks away and checks on his mother every morning, had a different complaint. ⟦q:s3 “She still tells me I'm parking wrong. I'm 72 years old. I've been parking for 56 years.”⟧

⟦m:s1 Szabo⟧ was born in 1926 on a farm outside Delmar Falls, the youngest of seven children, and worked for 31 years on the line at the Delmar Falls Canning Co. ⟦m:s1 She⟧ was widowed in 1988.

⟦q:s1 “People ask what the secret is. There's no secret. You work, you eat soup, you don't hold grudges — except against a few people, and they know who they are,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Granddaughter ⟦m:s4 Dana Whitfield⟧, 45, a nurse in Calloway, organized the party. ⟦q:s4 “Grandma made every one of us learn the kolache recipe before she'd agree to a store-bought cake,”⟧ ⟦m:s4 Whitfield⟧ ⟦c said⟧. ⟦q:s4 “I failed twice. Some of the great-grandkids passed on the first try, which she has not let me forget.”⟧

⟦m:s5 Her son⟧, ⟦m:s5 Eli⟧, 9, was asked what ⟦m:s5 he⟧ had learned from his great-grandmother. ⟦q:s5 “Never touch her rolling pin,”⟧ ⟦m:s5 he⟧ ⟦c said⟧ seriously.

As the candles were lit, someone near the back of the room ⟦c yelled⟧ ⟦q “Speech!”⟧ ⟦m:s1 Szabo⟧ waved a hand. ⟦q:s1 “No speeches. Eat,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 15016 Vale & Coast Observer (Q&A with rail boss): answers in quotation marks with no speech verbs and the interviewer's questions unquoted, intro with subject pronoun, union reaction with role NP + name and mixed quote
({"s1": ("Małgorzata Wiśniewska-Bell", "Wiśniewska-Bell"),
  "s2": ("Liam Costigan", "Costigan")},
"""
Q&A: The new boss of Vale & Coast on fares, strikes and the 07.12

⟦m:s1 Małgorzata Wiśniewska-Bell⟧ took over as managing director of Vale & Coast Railways on 1 November, inheriting the worst punctuality figures in the region and an eight-month pay dispute with drivers. ⟦m:s1 She⟧ spoke to our transport correspondent at the company's depot in Hallam Cross.

Your trains ran on time 71 per cent of the time last year. Why should passengers believe things will improve?

⟦q:s1 ‘Because I'm not going to ask them to believe anything. I'm going to publish the figures every week, line by line, on our website and at stations, and they can judge me on those.’⟧

What's the single biggest cause of delays?

⟦q:s1 ‘Honestly? Rolling stock. About a third of our fleet is more than 35 years old. When a 35-year-old train breaks down, it doesn't do it quietly. It does it at 7.40 in the morning outside Hallam Cross and blocks the line for everyone behind it.’⟧

Drivers have now held 14 days of strikes. Will you improve the offer?

⟦q:s1 ‘I've met the union twice in my first month, which I'm told is twice more than in the previous six. I'm not going to negotiate through a newspaper. But I'd like this settled before Christmas, and I think they would too.’⟧

Fares go up 4.5 per cent in March. Is that fair?

⟦q:s1 ‘It's the cap set for us, not a number I picked. What I can promise is that nobody will pay more for a worse service without hearing from me why.’⟧

You commute by train yourself. Which service?

⟦q:s1 ‘The 07.12 from Brackley Junction. If it's late, I'm late, and my inbox knows about it before I do.’⟧

And if it's cancelled?

⟦q:s1 ‘Then I stand on the platform with everyone else and they tell me exactly what they think of me. Which is fair enough.’⟧

What would success look like a year from now?

⟦q:s1 ‘Fewer emails from me saying sorry.’⟧

Responding to the interview, ⟦m:s2 the Rail Workers' Union's regional organiser⟧, ⟦m:s2 Liam Costigan⟧, ⟦c said⟧ ⟦x:s2 the union was ‘glad to hear’ of the offer of talks⟧. ⟦q:s2 ‘We've heard warm words from four managing directors in six years,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘Our members will judge this one on what's in the envelope.’⟧
"""),

# 15017 Thornbury & District Advertiser (local election count): returning officer (object of "by") then "she said", crowd shout naming the winner inside quotes, inverted "said her son, Zain, 16," role NP + name, two women and two men, "The former councillor", mixed quote, colon lead-in reply after "did not hesitate", subject pronoun in "Asked what she would …"
({"s1": ("Farida Haque", "Haque"),
  "s2": ("Geoffrey Pybus", "Pybus"),
  "s3": ("Angela Strudwick", "Strudwick"),
  "s4": ("Kieran Doherty-Lowe", "Doherty-Lowe"),
  "s5": ("Zain Haque", "Zain")},
"""
Residents First take Millgate as ⟦m:s2 Pybus⟧ era ends

⟦m:s2 Geoffrey Pybus⟧, who has represented Millgate on Thornbury Borough Council for 24 years, lost his seat in the early hours of Friday to a first-time candidate who runs the ward's only launderette.

⟦m:s1 Farida Haque⟧ of Residents First won 1,642 votes to ⟦m:s2 Pybus⟧'s 1,208, with the Progressive Alliance's ⟦m:s4 Kieran Doherty-Lowe⟧ third on 611.

The result was read out shortly after 2am by the borough's returning officer, ⟦m:s3 Angela Strudwick⟧, who had to ask for quiet twice before ⟦m:s3 she⟧ could finish.

⟦q:s3 ‘I would ask everyone, please, to let me get to the end,’⟧ ⟦m:s3 she⟧ ⟦c said⟧, to laughter, before declaring ⟦m:s1 Haque⟧ elected. Someone at the back of the hall ⟦c shouted⟧ ⟦q ‘Go on, Farida!’⟧

⟦m:s1 Haque⟧, 41, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had decided to stand after a meeting about a closed footbridge at which ⟦m:s1 she⟧ was the only resident under 60⟧.

⟦q:s1 ‘I wash half of Millgate's clothes, so I hear everything,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘People kept telling me nobody listened to them. In the end I thought, well, I'll listen, then.’⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 her campaign had cost £380, most of it spent on leaflets⟧. ⟦q:s5 ‘She made me do the whole Coldharbour estate twice,’⟧ ⟦c said⟧ ⟦m:s5 her son⟧, ⟦m:s5 Zain⟧, 16, who delivered most of them.

⟦m:s2 Pybus⟧, 68, was gracious in defeat. ⟦q:s2 ‘The people of Millgate have made their choice, and you don't argue with that,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘I've had 24 good years. Farida will work hard, I've no doubt about that.’⟧

⟦m:s2 The former councillor⟧, who chaired the planning committee for a decade, ⟦c said⟧ ⟦x:s2 ⟦m:s2 he⟧ intended to spend more time with his grandchildren and ‘possibly learn to cook’⟧.

⟦m:s4 Doherty-Lowe⟧ was less philosophical about the night. ⟦q:s4 ‘A turnout of 31 per cent is nothing for any of us to celebrate,’⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 ‘Two-thirds of this ward didn't think it was worth walking to the polling station.’⟧

Asked what ⟦m:s1 she⟧ would do first as a councillor, ⟦m:s1 Haque⟧ did not hesitate: ⟦q:s1 ‘Sleep. Then the streetlights on Cobden Road.’⟧
"""),

# 15018 Murrindale Advocate (regional Australia, water restrictions): org statement ("the statement said" is not a mention), Mayor / Cr glued titles, "For NAME, who …" opening, "Beef farmer NAME" then "the 58-year-old", "According to Dr NAME, a hydrologist …" then "she" with another woman one paragraph back, directive without a quote (urged, unmarked)
({"s1": ("Bronwyn Tuckett", "Tuckett", "Cr Tuckett"),
  "s2": ("Colleen Macready", "Macready"),
  "s3": ("Yarrabee Water",),
  "s4": ("Stavros Kyriakou", "Kyriakou"),
  "s5": ("Anh Nguyen", "Nguyen", "Dr Nguyen")},
"""
Murrindale moves to level 4 water restrictions as dam falls to 19pc

Residents of Murrindale will be banned from using sprinklers or washing cars with a hose from Monday, after ⟦m:s3 Yarrabee Water⟧ moved the town to level 4 restrictions with Coolabah Dam at 19 per cent of capacity.

In a statement, ⟦m:s3 Yarrabee Water⟧ ⟦c said⟧ ⟦x:s3 the decision had been “unavoidable” after the driest winter on record in the catchment⟧.

⟦q:s3 “We know these restrictions will be hard on households and businesses,”⟧ the statement ⟦c said⟧. ⟦q:s3 “Without significant inflows, level 5 restrictions may be needed by late February.”⟧

Mayor ⟦m:s1 Bronwyn Tuckett⟧ ⟦c said⟧ ⟦i:s1 council had been preparing for the move since August⟧.

⟦q:s1 “Nobody in this town needs to be told there's a drought. They can see it from the kitchen window,”⟧ Cr ⟦m:s1 Tuckett⟧ ⟦c said⟧. ⟦q:s1 “What they need is certainty about what happens if it doesn't rain by autumn, and at the moment I can't give them that.”⟧

For ⟦m:s4 Stavros Kyriakou⟧, who has run the Olympia Café on Bright Street since 1991, the new rules mean a bucket beside the sink and an end to hosing down the footpath each morning. ⟦q:s4 “I've got a dishwasher that uses three litres a cycle. I can't do much better than that,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “But the garden out the back, my father's fig tree — that's going to be a bucket job.”⟧

Beef farmer ⟦m:s2 Colleen Macready⟧, whose property runs down to the dam's eastern arm, ⟦c said⟧ ⟦i:s2 stock water was now being carted in twice a week⟧. ⟦q:s2 “We've sold half the herd. We'll probably sell more before Christmas,”⟧ ⟦m:s2 the 58-year-old⟧ ⟦c said⟧.

⟦c According to⟧ Dr ⟦m:s5 Anh Nguyen⟧, a hydrologist at the University of the Western Plains, ⟦i:s5 the catchment has received 38 per cent of its average rainfall since April⟧. ⟦q:s5 “Even an average summer won't refill that dam,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “You'd need a flood, and nobody wants to wish for one of those either.”⟧

Cr ⟦m:s1 Tuckett⟧ urged residents to report leaks rather than share pictures of them. ⟦q:s1 “If you see a burst pipe, ring us. Don't post it online and wait for someone else to do it,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 15019 Radio Atlantique Nord website (public broadcaster, Canada, ferry disruption): lead indirect with org speaker, named spokesperson after quote with descriptive appositive, three women, "The island's mayor, NAME," role NP + name, "said the 52-year-old", "the transport minister, NAME, told reporters", colon lead-in with "would say only:"
({"s1": ("Geneviève Tremblay-Roy", "Tremblay-Roy"),
  "s2": ("Marie-Josée Caron", "Caron"),
  "s3": ("Jean-Baptiste Ouellet", "Ouellet"),
  "s4": ("Raymond LeBlanc", "LeBlanc"),
  "s5": ("Claudette Arsenault", "Arsenault"),
  "s6": ("Saint-Aurèle Ferries",)},
"""
Île-aux-Hérons car ferry out of service until January

⟦i:s6 The only car ferry serving Île-aux-Hérons will stay out of service until at least mid-January, leaving the island's 1,300 residents reliant on a 40-seat passenger boat⟧, ⟦m:s6 Saint-Aurèle Ferries⟧ ⟦c said⟧ Tuesday.

The MV Pointe-Bleue was pulled from service on Nov. 28 after inspectors found corrosion in its steering gear.

⟦q:s1 “We understand completely how difficult this is for the island,”⟧ ⟦c said⟧ ⟦m:s1 Geneviève Tremblay-Roy⟧, a spokesperson for the company. ⟦q:s1 “But we will not put a vessel back in the water until we are certain it is safe. That is not negotiable.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 a replacement vessel chartered from an operator on the south shore could not dock at the island's wharf without modifications⟧.

⟦m:s5 The island's mayor⟧, ⟦m:s5 Claudette Arsenault⟧, ⟦c said⟧ ⟦i:s5 ⟦m:s6 the company⟧ had known about problems with the 41-year-old ship for years⟧. ⟦q:s5 “Every winter we ask what the plan is if the Pointe-Bleue breaks down, and every winter they tell us not to worry,”⟧ ⟦m:s5 Arsenault⟧ ⟦c said⟧. ⟦q:s5 “Well. Here we are.”⟧

⟦m:s2 Marie-Josée Caron⟧, who runs the island's only grocery store, ⟦c said⟧ ⟦x:s2 deliveries were now arriving by passenger boat in “whatever fits between the seats.”⟧ ⟦q:s2 “Yesterday it was 40 cases of milk and a man with a Christmas tree,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “I'm not joking. We had to choose.”⟧

⟦m:s4 Raymond LeBlanc⟧, a truck driver who lives on the island, has had to leave his rig in a parking lot in Saint-Aurèle. ⟦q:s4 “I sleep in the cab three nights a week now,”⟧ ⟦c said⟧ ⟦m:s4 the 52-year-old⟧. ⟦q:s4 “My wife calls it my cottage.”⟧

In the provincial capital, ⟦m:s3 the transport minister⟧, ⟦m:s3 Jean-Baptiste Ouellet⟧, ⟦c told⟧ reporters ⟦i:s3 the province would pay for emergency medical flights from the island until the ferry returned⟧. ⟦q:s3 “We are not going to leave the island isolated,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “If that means a helicopter for medical transfers, there will be a helicopter.”⟧

Asked whether the province would order a new vessel, ⟦m:s3 Ouellet⟧ would ⟦c say⟧ only: ⟦q:s3 “All options are on the table.”⟧
"""),

# 15020 The Ardmore Champion (Irish regional, wind-farm planning row): named project manager as object then "Ms NAME told the meeting", voice from the back of the hall ("called out:"), mixed quotes, letter to the newspaper ("wrote:"), new person introduced around a fully quoted paragraph ("Her neighbour, retired teacher NAME, 74, said:"), Cllr glued title, overheard remark ("could be heard telling … :")
({"s1": ("Pádraig Ó Súilleabháin", "Ó Súilleabháin", "Cllr Ó Súilleabháin"),
  "s2": ("Siobhán Kerrigan", "Kerrigan", "Ms Kerrigan"),
  "s3": ("Nuala Fitzgerald", "Fitzgerald", "Nuala"),
  "s4": ("Declan Moriarty", "Moriarty"),
  "s5": ("Con Brosnan", "Brosnan")},
"""
Carra wind farm plan splits Knockbrack as decision looms

Plans for an eleven-turbine wind farm on the slopes of Slieve Carra have divided the parish of Knockbrack, with a decision from Ardmore County Council due before Christmas.

More than 200 people attended a public meeting in the community hall on Tuesday night, where ⟦m:s2 the developer's project manager⟧, ⟦m:s2 Siobhán Kerrigan⟧, faced two hours of questions.

⟦q:s2 ‘We've listened, and we've moved three turbines further from homes since the first design,’⟧ Ms ⟦m:s2 Kerrigan⟧ ⟦c told⟧ the meeting. ⟦q:s2 ‘Nobody is pretending these are small. They're not. But this parish would receive €240,000 a year in community benefit for 25 years.’⟧

A man at the back of the hall ⟦c called out⟧: ⟦q ‘You can keep your money.’⟧

⟦m:s4 Declan Moriarty⟧, whose land would host four of the turbines, ⟦c said⟧ ⟦x:s4 ⟦m:s4 he⟧ had been ‘called every name under the sun’ since the plans were published⟧.

⟦q:s4 ‘My family have farmed that hill for five generations and we've never made a living off it,’⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 ‘This is the first thing that's come along that would let my son stay at home.’⟧

Cllr ⟦m:s1 Pádraig Ó Súilleabháin⟧, who has asked the council to hold an oral hearing, ⟦c said⟧ ⟦x:s1 the scale of the project was ‘out of all proportion’ with the landscape⟧.

⟦q:s1 ‘I'm not against wind energy. Nobody in this room is against wind energy,’⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 ‘I'm against putting 150-metre turbines on the most beautiful hill in the county without asking the people who live under it.’⟧

In a letter to this newspaper last week, ⟦m:s3 Nuala Fitzgerald⟧, who lives 700 metres from the nearest proposed turbine, ⟦c wrote⟧: ⟦q:s3 ‘I moved to Knockbrack for the silence. I am 71 years of age and I do not intend to move again. I would ask the councillors to come and stand in my garden before they decide.’⟧

⟦m:s5 Her neighbour⟧, retired teacher ⟦m:s5 Con Brosnan⟧, 74, ⟦c said⟧: ⟦q:s5 ‘Nuala is a good friend and I'd walk through fire for her, but the silence doesn't pay for the school bus. My grandchildren are on that bus.’⟧

After the meeting, Ms ⟦m:s2 Kerrigan⟧ ⟦c said⟧ that ⟦x:s2 the company would ‘reflect on everything we heard tonight’⟧.

As people filed out into the rain, one woman could be heard ⟦c telling⟧ her companion: ⟦q ‘Well, that settled nothing.’⟧
"""),

# 15021 The Western Tribune (Nigeria, market levy): placards (not quotes), Alhaja / Hon. glued titles after role NPs, "said the mother of four" after quote, "the chairman said:", mixed quote with a quoted phrase, subject pronoun inside indirect, anonymous police officer (indirect, no speaker), she returning after three intervening speakers
({"s1": ("Rukayat Adeyemi-Balogun", "Adeyemi-Balogun", "Alhaja Adeyemi-Balogun"),
  "s2": ("Chukwuemeka Obi-Nwankwo", "Obi-Nwankwo"),
  "s3": ("Ngozi Eze", "Eze"),
  "s4": ("Musa Abdullahi", "Abdullahi")},
"""
Traders shut Oja Tuntun market over new daily levy

Hundreds of traders at Oja Tuntun market in Oke-Irawo on Monday locked their stalls in protest against a new N500 daily levy introduced by the local government council. Some carried placards reading “No to N500 levy” and “Traders are not ATMs.”

⟦m:s1 The leader of the market women⟧, Alhaja ⟦m:s1 Rukayat Adeyemi-Balogun⟧, ⟦c said⟧ ⟦i:s1 the traders would not reopen until the levy was withdrawn⟧.

⟦q:s1 “Our women sell pepper and tomatoes. Some of them don't make N500 profit in a whole day,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “How can you ask them to pay that before they have sold anything?”⟧

⟦m:s3 Ngozi Eze⟧, who sells provisions near the main gate, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had already been paying several different collectors⟧. ⟦q:s3 “Since January, I have paid three different people who all said they were from the council,”⟧ ⟦c said⟧ ⟦m:s3 the mother of four⟧. ⟦q:s3 “Each one has a receipt. Which one is real?”⟧

⟦m:s4 Musa Abdullahi⟧, a tailor, pointed at a blocked gutter behind his stall. ⟦q:s4 “I am not against paying tax. Show me what the tax is doing,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “This gutter has been like this for two rainy seasons.”⟧

⟦m:s2 The chairman of the council⟧, Hon. ⟦m:s2 Chukwuemeka Obi-Nwankwo⟧, ⟦c told⟧ journalists at the council secretariat that ⟦x:s2 the levy replaced several existing charges and was “not new money.”⟧

⟦q:s2 “What we have done is harmonise. Before, a trader might pay five different agents. Now there is one levy, one receipt, paid directly into the council account,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s2 He⟧ ⟦c said⟧ that ⟦x:s2 some “unscrupulous elements” had been collecting money falsely in the council's name⟧. Asked whether the council would suspend the levy, ⟦m:s2 the chairman⟧ ⟦c said⟧: ⟦q:s2 “We are open to dialogue. The Iyaloja knows my door is open.”⟧

Alhaja ⟦m:s1 Adeyemi-Balogun⟧, however, ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had written to the council twice since October without a reply⟧. ⟦q:s1 “His door may be open, but nobody is inside,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, drawing laughter from the traders gathered around her.

A police officer at the scene, who did not want to be named, ⟦c said⟧ ⟦i the protest had been peaceful⟧.
"""),

# 15022 Kahurangi Express (New Zealand, rural school closure): org "confirmed … that" then "The board said in a statement that", Principal glued title, "His eldest, Aroha, 11," role NP + name, child, father and elderly former pupil, inverted "Among those … was NAME, 88," introduction, she-resolution across three women
({"s1": ("Huia Tāwhai", "Tāwhai"),
  "s2": ("Kahurangi Schools Board",),
  "s3": ("Rewi Paraone", "Paraone"),
  "s4": ("Aroha Paraone", "Aroha"),
  "s5": ("Margaret Henare", "Henare")},
"""
After 121 years, Pōhue School rings its last bell

Pōhue School will close at the end of term after the ⟦m:s2 Kahurangi Schools Board⟧ ⟦c confirmed⟧ on Friday that ⟦i:s2 its roll of 14 pupils was too small to sustain⟧.

Principal ⟦m:s1 Huia Tāwhai⟧, who has taught at the school for 17 years and been its only full-time teacher for the past six, ⟦c said⟧ ⟦i:s1 the decision was not a surprise⟧.

⟦q:s1 “We've known for a while. Knowing doesn't make it easier,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “Some of these kids' grandparents sat in this classroom. Their names are carved into the desks. I've told the kids they're allowed to carve theirs now.”⟧

⟦m:s2 The board⟧ ⟦c said⟧ in a statement that ⟦i:s2 pupils would be offered places at Rangiroa Area School, 26 kilometres away, with free bus transport⟧.

⟦m:s3 Rewi Paraone⟧, whose three children attend the school, ⟦c said⟧ ⟦i:s3 the bus trip would add more than an hour to their day⟧. ⟦q:s3 “My youngest is five. She'll be on a bus at quarter past seven in the morning,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “It's not the end of the world. It's just the end of something.”⟧

⟦m:s4 His eldest⟧, ⟦m:s4 Aroha⟧, 11, was more philosophical. ⟦q:s4 “Rangiroa has a swimming pool,”⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 “And more than two other girls my age.”⟧

Among those at Friday's final assembly was ⟦m:s5 Margaret Henare⟧, 88, who started at Pōhue School in 1943. ⟦q:s5 “There were 41 of us then. We walked, or we rode horses and tied them up by the fence,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “The teacher made us each bring a piece of firewood in winter. I was telling the little ones that today and they looked at me as if I'd come from the moon.”⟧

⟦m:s1 Tāwhai⟧ ⟦c said⟧ ⟦i:s1 the community hoped to keep the building as a hall once the last pupils had gone⟧. ⟦q:s1 “If the building goes too, then the valley really has lost its heart,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 15023 WKBR News 7 website (US local TV, school board): Superintendent glued title with mixed quote, indirect inside relative clause ("board member NAME, who said …"), "said NAME, a … and mother of two …" after quote, anonymous parent ("he asked", unmarked), two indirect clauses joined by "and that", student mixed quote after a dash with nested subject pronoun, "the 16-year-old", role NP + name for union president, interrupted quote with inserted "said NAME,"
({"s1": ("LaToya Brannigan", "Brannigan"),
  "s2": ("Kevin Strickland", "Strickland"),
  "s3": ("Anjali Raman", "Raman"),
  "s4": ("Mateo Figueroa", "Figueroa"),
  "s5": ("Deborah Lindqvist", "Lindqvist")},
"""
Brookfield schools approve bell-to-bell phone ban starting in January

BROOKFIELD — Students in Brookfield Unified's middle and high schools will have to lock their phones in pouches from the first bell to the last starting in January, after the school board voted 4-1 on Tuesday night.

Superintendent ⟦m:s1 LaToya Brannigan⟧, who proposed the policy, ⟦c said⟧ ⟦x:s1 teachers had reported “a noticeable drop in attention” since the pandemic⟧.

⟦q:s1 “This isn't about punishing kids. Adults designed these devices to be impossible to put down,”⟧ ⟦m:s1 Brannigan⟧ ⟦c said⟧. ⟦q:s1 “We are simply giving students seven hours a day where they don't have to fight that battle alone.”⟧

The lone no vote came from board member ⟦m:s2 Kevin Strickland⟧, who ⟦c said⟧ ⟦i:s2 the pouches, at $28 each, would cost the district more than $190,000⟧. ⟦q:s2 “I don't disagree with the goal,”⟧ ⟦m:s2 Strickland⟧ ⟦c said⟧. ⟦q:s2 “I disagree with spending that kind of money on plastic bags when we can't fill two bus driver positions.”⟧

Parents who spoke during public comment were split.

⟦q:s3 “When my daughter's phone buzzes during dinner, I see her whole face change,”⟧ ⟦c said⟧ ⟦m:s3 Anjali Raman⟧, a pediatric nurse and mother of two who has children at Brookfield Middle School and Brookfield High. ⟦q:s3 “I can't imagine trying to teach algebra against that.”⟧

Another parent, who did not give his name, was less convinced. ⟦q “What happens when there's an emergency? Who's calling me, the pouch?”⟧ he ⟦c asked⟧, to applause from part of the room.

⟦m:s1 Brannigan⟧ ⟦c said⟧ ⟦i:s1 every classroom had a landline⟧ and that ⟦i:s1 parents would be notified through the district's alert system in any emergency⟧.

⟦m:s4 Mateo Figueroa⟧, a junior at Brookfield High and the board's student representative, ⟦c said⟧ ⟦x:s4 most students ⟦m:s4 he⟧ had spoken to opposed the ban — “but not as much as they say they do.”⟧

⟦q:s4 “Honestly, a lot of people are going to be relieved,”⟧ ⟦m:s4 the 16-year-old⟧ ⟦c said⟧. ⟦q:s4 “Nobody wants to be the first one to put their phone away. Now nobody has to be.”⟧

⟦m:s5 The president of the Brookfield Education Association⟧, ⟦m:s5 Deborah Lindqvist⟧, ⟦c said⟧ ⟦i:s5 teachers welcomed the policy but wanted clear rules on who would enforce it⟧. ⟦q:s5 “Teachers should be teaching, not running a checkpoint at the classroom door,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦q:s1 “We will look at the data in June,”⟧ ⟦c said⟧ ⟦m:s1 Brannigan⟧, ⟦q:s1 “and if it isn't working, we'll say so.”⟧
"""),

# 15024 public broadcaster health page (science study): lead without reporting verb, journal title unquoted, "Lead author Professor NAME" glued titles with mixed quote, "Her co-author, Dr NAME," role NP + name, independent expert whose quote continues in a standalone paragraph, "According to the Foundation", "For NAME, 74, a retired …" opening, she with two women two paragraphs apart
({"s1": ("Ingeborg Aasland", "Aasland", "Professor Aasland"),
  "s2": ("Kwabena Asante-Mensah", "Asante-Mensah", "Dr Asante-Mensah"),
  "s3": ("Farhana Siddiqui", "Siddiqui", "Dr Siddiqui"),
  "s4": ("Sound Minds Foundation",),
  "s5": ("Gordon Pryce", "Pryce")},
"""
Hearing aids linked to slower memory decline in large study

Older adults who started wearing hearing aids saw their memory decline more slowly over six years than those who did not, in one of the largest studies of its kind.

The research, published in the journal Ageing and Cognition, followed 9,214 people aged 60 and over, of whom about 2,100 were fitted with hearing aids during the study.

Lead author Professor ⟦m:s1 Ingeborg Aasland⟧, of the University of Halsted, ⟦c said⟧ ⟦x:s1 the difference was “modest but meaningful”⟧.

⟦q:s1 “We are not saying hearing aids prevent dementia. This study cannot show that,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “What we can say is that people who treated their hearing loss kept more of their memory, on average, than people who didn't, even after we accounted for education, income and general health.”⟧

⟦m:s2 Her co-author⟧, Dr ⟦m:s2 Kwabena Asante-Mensah⟧, ⟦c said⟧ ⟦i:s2 there were several possible explanations⟧. ⟦q:s2 “One theory is that when the brain has to work very hard just to make out speech, there is less left over for everything else,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Another is simply that people who can hear go out more, talk more and stay connected.”⟧

Dr ⟦m:s3 Farhana Siddiqui⟧, a neuroscientist at Kelbrook University who was not involved in the research, urged caution. ⟦q:s3 “People who choose to get hearing aids may differ in lots of ways from those who don't, and not all of them can be measured,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦q:s3 “It's an encouraging study, but I would want to see a randomised trial before telling anyone this is a memory treatment.”⟧

⟦c According to⟧ the ⟦m:s4 Sound Minds Foundation⟧, which part-funded the study, ⟦i:s4 around two-thirds of people over 70 who would benefit from hearing aids do not use them⟧.

For ⟦m:s5 Gordon Pryce⟧, 74, a retired bus driver from Halsted who took part in the research, the hearing aids changed more than his test scores. ⟦q:s5 “I'd stopped going to the pub quiz because I couldn't hear the questions. My wife said I was turning into a hermit,”⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 “I've been back every Thursday for three years. We came second last week.”⟧

Professor ⟦m:s1 Aasland⟧ ⟦c said⟧ ⟦i:s1 the team now hoped to run a randomised trial⟧. ⟦q:s1 “Cost is still the biggest barrier. If a hearing aid costs as much as a second-hand car, people will go without,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 15025 Capital Ledger business pages (retail results): company as speaker ("the company said", "it said in its results statement"), CEO "told analysts", indirect before "according to NAME, the finance director", two women (finance director, union leader) in adjacent paragraphs, analyst, mixed quotes, colon lead-in after "Asked about …, NAME said:"
({"s1": ("Brightmore",),
  "s2": ("Rafael Domingues-Carter", "Domingues-Carter"),
  "s3": ("Sunita Varghese", "Varghese"),
  "s4": ("Oliver Strand", "Strand"),
  "s5": ("Bernadette McGlynn", "McGlynn")},
"""
⟦m:s1 Brightmore⟧ profits rise 9% as shoppers trade down to own-label

⟦m:s1 Brightmore⟧, the country's fourth-largest supermarket chain, reported a 9% rise in annual profits on Thursday as shoppers switched from branded goods to its cheaper own-label ranges.

⟦i:s1 Pre-tax profit rose to £612m in the year to the end of October, on sales up 4.1% at £18.3bn⟧, ⟦m:s1 the company⟧ ⟦c said⟧. ⟦q:s1 “We go into the new year with real momentum and a customer offer that has never been stronger,”⟧ ⟦m:s1 it⟧ ⟦c said⟧ in its results statement.

Chief executive ⟦m:s2 Rafael Domingues-Carter⟧ ⟦c said⟧ ⟦x:s2 customers remained “very careful” with money despite falling inflation⟧.

⟦q:s2 “People have not forgotten the last three years. They're checking prices, they're comparing, and they're rewarding whoever is cheapest that week,”⟧ ⟦m:s2 he⟧ ⟦c told⟧ analysts on a conference call. ⟦q:s2 “Our job is to make sure that's us more often than not.”⟧

⟦i:s3 Own-label products now make up 54% of ⟦m:s1 Brightmore⟧'s sales, up from 47% two years ago⟧, ⟦c according to⟧ ⟦m:s3 Sunita Varghese⟧, the finance director. ⟦q:s3 “Own-label used to be what you bought when you had to. Now a lot of customers tell us it's what they prefer,”⟧ ⟦m:s3 Varghese⟧ ⟦c said⟧.

Asked about the group's plan to cut 1,100 jobs in head office and distribution, announced in September, ⟦m:s2 Domingues-Carter⟧ ⟦c said⟧: ⟦q:s2 “Those were difficult decisions and we've tried to make them with as much care as possible. Most roles are being reduced through voluntary redundancy.”⟧

⟦m:s5 Bernadette McGlynn⟧, general secretary of the Retail and Distribution Workers' Union, ⟦c said⟧ ⟦x:s5 the results made the job cuts “impossible to justify”⟧.

⟦q:s5 “Six hundred million pounds in profit and they're still telling warehouse staff in Corrick there's no money,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “Our members will be asking why, and so should every customer.”⟧

⟦m:s4 Oliver Strand⟧, an analyst at Kestrel Securities, ⟦c said⟧ ⟦i:s4 the results were slightly ahead of expectations⟧. ⟦q:s4 “It's a solid set of numbers. The question is whether they can hold margins if rivals start cutting prices in the spring,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “I think the next six months will be harder than the last six.”⟧

⟦m:s1 Brightmore⟧ shares closed 3.2% higher.
"""),

# 15026 Ribble Vale Echo (village flooding): headline with a quote in it (not marked), "the 61-year-old", husband and wife ("Her husband, Mick," / "said his wife"), indirect before "according to the Agency" then org via spokesperson with mixed quote, resident's quote continuing in a standalone paragraph, "The local MP, NAME," role NP + name, sign text (not a quote), volunteer's called-out question naming the speaker inside quotes
({"s1": ("Sue Haverstock", "Sue", "Haverstock"),
  "s2": ("Mick Haverstock", "Mick"),
  "s3": ("Arjun Mehta-Collins", "Mehta-Collins"),
  "s4": ("Riverways Agency", "Riverways"),
  "s5": ("Catherine Lennox-Boateng", "Lennox-Boateng")},
"""
‘Like a river through the bar’: Brindle Green counts the cost

⟦m:s1 Sue Haverstock⟧ had just finished stacking the chairs in the Bell at Brindle Green on Friday night when ⟦m:s1 she⟧ heard what ⟦m:s1 she⟧ took for heavy rain on the car park.

⟦q:s1 ‘It wasn't rain. It was the brook coming up the lane,’⟧ ⟦m:s1 the 61-year-old⟧ ⟦c said⟧. ⟦q:s1 ‘By midnight it was up to the bar. You could have floated a pint glass from the door to the dartboard.’⟧

⟦m:s2 Her husband⟧, ⟦m:s2 Mick⟧, who has run the pub with her for 26 years, spent the night carrying stock upstairs. ⟦q:s2 ‘We've had water in the cellar before, twice,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘Never in the bar. Never like this.’⟧

⟦i:s4 More than 40 homes in the village were flooded after 68mm of rain fell on the Brindle Hills in 12 hours⟧, ⟦c according to⟧ the ⟦m:s4 Riverways Agency⟧. A spokesperson for ⟦m:s4 Riverways⟧ ⟦c said⟧ ⟦x:s4 flood warnings had been issued at 6.40pm, ‘more than four hours before properties were affected’⟧.

⟦m:s3 Arjun Mehta-Collins⟧, who lives in one of the terraced cottages on Mill Row, disputed that. ⟦q:s3 ‘My phone got the alert at ten past eleven. By then the water was already coming under the door,’⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦q:s3 ‘I'm not blaming the people out there with sandbags. They've been brilliant. I'm blaming whoever decided twenty years of dredging wasn't worth paying for.’⟧

⟦m:s5 The local MP⟧, ⟦m:s5 Catherine Lennox-Boateng⟧, who visited the village on Saturday, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ would be asking ministers for emergency funding⟧. ⟦q:s5 ‘Some of these families were flooded in 2019 and have only just finished repairing,’⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 ‘To go through it twice in seven years is heartbreaking.’⟧

Back at the Bell, volunteers had set up a tea urn in the car park beneath a hand-painted sign reading ‘Open — sort of’. ⟦q:s1 ‘Mick's idea,’⟧ ⟦c said⟧ ⟦m:s1 his wife⟧, pouring another cup. A passing volunteer ⟦c called out⟧: ⟦q ‘Sue, where do you want the mops?’⟧
"""),

# 15027 The Leeward Sun (women's cricket, Caribbean): teenage player ("the 17-year-old leg-spinner", "the teenager"), "the captain said", nickname inside the coach's name mention, speaker named after quote with long appositive, shared surname (player and her mother), four women, "grinned:" colon lead-in with no speech verb, subject pronoun in "Asked what she would …"
({"s1": ("Shamika Baptiste-Roach", "Baptiste-Roach"),
  "s2": ("Kezia Frederick", "Frederick", "Kezia"),
  "s3": ("Anneliese van der Berg", "van der Berg"),
  "s4": ("Desmond Hinds", "Hinds", "Dessie"),
  "s5": ("Marcia Frederick", "Marcia")},
"""
Teenage spinner ⟦m:s2 Frederick⟧ bowls Islanders into Coral Cup final

⟦m:s2 Kezia Frederick⟧ was sitting in a chemistry class on Thursday morning. By Saturday evening, ⟦m:s2 the 17-year-old leg-spinner⟧ had taken four for 12 to send the Leeward Islanders Women into the final of the Coral Cup.

⟦q:s2 “I don't really know what happened. I just tried to land it and the ball did the rest,”⟧ ⟦m:s2 Frederick⟧ ⟦c said⟧. ⟦q:s2 “My hands were shaking in the first over. After the first wicket I stopped thinking.”⟧

Captain ⟦m:s1 Shamika Baptiste-Roach⟧, whose unbeaten 58 had lifted the Islanders to 131 for six, ⟦c said⟧ ⟦x:s1 ⟦m:s1 she⟧ had decided to bring the teenager on “about half an over before I actually did it.”⟧

⟦q:s1 “Dessie told me she was ready. I wasn't sure. He was right,”⟧ ⟦m:s1 the captain⟧ ⟦c said⟧. ⟦q:s1 “She's got something you can't coach. She wants the ball when it matters.”⟧

⟦q:s4 “She's been bowling at me in the nets since she was twelve,”⟧ ⟦c said⟧ head coach ⟦m:s4 Desmond “Dessie” Hinds⟧, a former Islanders wicketkeeper who has been in charge of the women's side since 2021 and first spotted ⟦m:s2 Frederick⟧ at a schools tournament in Pelican Bay. ⟦q:s4 “For three years she's been getting me out. I figured she could get some other people out too.”⟧

Barrowmere captain ⟦m:s3 Anneliese van der Berg⟧ ⟦c said⟧ ⟦x:s3 her side had “no answer” to the leg-spin⟧. ⟦q:s3 “We hadn't seen her before, we didn't have footage, and by the time we'd worked her out it was 60 for five,”⟧ ⟦m:s3 van der Berg⟧ ⟦c said⟧.

In the stands, ⟦m:s5 Marcia Frederick⟧ watched her daughter's spell through her fingers. ⟦q:s5 “I couldn't watch properly. I was praying the whole time,”⟧ ⟦m:s5 she⟧ ⟦c said⟧. ⟦q:s5 “Her grandmother is at home listening on the radio. I haven't called her yet because I know she'll cry and then I'll cry.”⟧

Asked what ⟦m:s2 she⟧ would tell her classmates on Monday, ⟦m:s2 the teenager⟧ grinned: ⟦q:s2 “That I need the week off. We've got a final.”⟧
"""),

# 15028 Loud & Clear (music news, obituary and tributes): shared surname (the late singer and his sister), subject pronoun of the deceased inside the sister's indirect quote, statement released through the label (author is the sister), band and album names (not quotes), social-media posts ("he wrote", "wrote simply:"), the deceased quoted from an old interview across two paragraphs, "said NAME, now 78" after quote
({"s1": ("Joel Carrick", "Carrick"),
  "s2": ("Bex Amankwah", "Amankwah"),
  "s3": ("Tinfoil Records",),
  "s4": ("Lorna Kidd", "Lorna"),
  "s5": ("Vic Palmer", "Palmer"),
  "s6": ("Danny Kidd", "Kidd", "Danny")},
"""
⟦m:s6 Danny Kidd⟧, frontman of The Paper Saints, dies aged 54

⟦m:s6 Danny Kidd⟧, the singer whose cracked falsetto defined The Paper Saints' three albums in the late 1990s, has died aged 54.

⟦m:s4 His sister⟧, ⟦m:s4 Lorna Kidd⟧, ⟦c said⟧ ⟦i:s4 ⟦m:s6 he⟧ had died on Sunday at a hospice near his home in Marlow Bay after a short illness⟧.

⟦q:s4 ‘He was funny right up until the end. He was doing impressions of the nurses on Friday,’⟧ ⟦m:s4 she⟧ ⟦c said⟧ in a statement released through the band's label. ⟦q:s4 ‘We'd ask everyone to give the family some space for now.’⟧

⟦m:s3 Tinfoil Records⟧, which released the band's debut, ‘Lanterns on the Ring Road’, in 1997, ⟦c said⟧ ⟦x:s3 ⟦m:s3 it⟧ was ‘heartbroken’⟧.

Guitarist ⟦m:s1 Joel Carrick⟧, who co-wrote most of the band's songs with ⟦m:s6 Kidd⟧, posted a photograph of the pair on stage at the Corn Exchange in 1998. ⟦q:s1 ‘Thirty-one years ago a skinny kid with a terrible haircut knocked on my door and asked if I wanted to start a band,’⟧ ⟦m:s1 he⟧ ⟦c wrote⟧. ⟦q:s1 ‘Best thing that ever happened to me. Sleep well, brother.’⟧

Drummer ⟦m:s2 Bex Amankwah⟧, who joined in 1996, ⟦c wrote⟧ simply: ⟦q:s2 ‘No words. Just thank you.’⟧

⟦m:s6 Kidd⟧ was famously reluctant to explain his lyrics. In a rare interview with this magazine in 2011, ⟦m:s6 he⟧ ⟦c said⟧: ⟦q:s6 ‘People want songs to be about something. Most of mine are about a feeling I had on a bus once.⟧

⟦q:s6 ‘If I told you what they were about, you'd be disappointed, and so would I.’⟧

The band split in 2002 and re-formed for a run of sold-out shows in 2019.

⟦m:s5 Vic Palmer⟧, who ran the Foundry club in Marlow Bay where the band played their first gig, ⟦c said⟧ ⟦x:s5 ⟦m:s6 Kidd⟧ had been ‘painfully shy until he opened his mouth to sing’⟧. ⟦q:s5 ‘Twenty-two people came, and I reckon fifteen of them were mums and girlfriends,’⟧ ⟦c said⟧ ⟦m:s5 Palmer⟧, now 78. ⟦q:s5 ‘By the third song the other seven were on the payphone ringing their mates.’⟧

⟦m:s4 Lorna Kidd⟧ ⟦c said⟧ ⟦i:s4 a memorial concert was being planned for the spring⟧. ⟦q:s4 ‘Danny would want it loud and he'd want it to start late,’⟧ ⟦m:s4 she⟧ ⟦c said⟧.
"""),

# 15029 North West Public Radio website (transport, airport runway): role-then-name subject with "saying" + mixed quote, "she told parliament", "said NAME, a Dutch-born … who …" long appositive after quote, parenthetical "he said" after indirect, two women (secretary and campaigner), "According to Ms NAME", reply after "Asked on local radio …, she replied:", org statement "it said" mixed, anonymous protester
({"s1": ("Henrike Vogelsang", "Vogelsang"),
  "s2": ("Maarten de Wilde", "de Wilde"),
  "s3": ("Ulrike Brandt", "Brandt", "Ms Brandt"),
  "s4": ("Regional Airlines Association",)},
"""
Second runway at Kessling Airport gets government go-ahead

⟦m:s1 The transport secretary⟧, ⟦m:s1 Henrike Vogelsang⟧, has approved plans for a second runway at Kessling Airport, ⟦c saying⟧ ⟦x:s1 the £9.4bn scheme was “essential to the region's future”⟧.

In a written statement to parliament, ⟦m:s1 Vogelsang⟧ ⟦c said⟧ ⟦i:s1 the runway would support an estimated 18,000 jobs and allow the airport to handle 45 million passengers a year by 2040⟧.

⟦q:s1 “This is not a decision I have taken lightly. I have read every one of the 41,000 consultation responses — or at least my officials have,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ parliament. ⟦q:s1 “Growth in this part of the country has been held back for too long by a single, overcrowded runway.”⟧

⟦m:s2 Kessling Airport's chief executive⟧, ⟦m:s2 Maarten de Wilde⟧, ⟦c said⟧ ⟦x:s2 it was “a historic day for Kessling and for the whole north-west”⟧.

⟦q:s2 “We have been making the case for this runway for 15 years,”⟧ ⟦c said⟧ ⟦m:s2 de Wilde⟧, a Dutch-born former airline executive who took charge of the airport in 2020 and steered it through the collapse in passenger numbers that followed. ⟦i:s2 The first flights from the new runway could take off in 2034⟧, ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s2 “Now we get on with it, responsibly and on time,”⟧ ⟦m:s2 de Wilde⟧ ⟦c added⟧.

⟦m:s3 Ulrike Brandt⟧, who chairs the Stop the Runway campaign in the village of Ostfeld, ⟦c said⟧ ⟦i:s3 the group would seek a judicial review⟧. ⟦q:s3 “Ostfeld will be under the flight path every 90 seconds. My granddaughter's school is 800 metres from the end of the proposed runway,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “The secretary of state has never been here. She should come and stand in the playground.”⟧

⟦c According to⟧ Ms ⟦m:s3 Brandt⟧, ⟦i:s3 an additional 27,000 homes would fall within the airport's noise contour once the runway opened⟧.

Asked on local radio whether the runway could still be stopped in the courts, ⟦m:s3 she⟧ ⟦c replied⟧: ⟦q:s3 “We stopped the motorway extension in 2011. Don't write us off.”⟧

The ⟦m:s4 Regional Airlines Association⟧ welcomed the decision. In a statement, ⟦m:s4 it⟧ ⟦c said⟧ ⟦x:s4 a second runway would “end years of delays and cancellations at a chronically congested airport”⟧.

One Ostfeld resident, speaking at a protest outside the airport's offices on Wednesday, ⟦c said⟧: ⟦q “They'll have a runway built before they've fixed the potholes on my road.”⟧

⟦m:s1 Vogelsang⟧ ⟦c said⟧ ⟦x:s1 construction would be subject to “strict” noise limits⟧. ⟦q:s1 “Nobody will be forced out of their home without fair compensation. That is a promise,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 15030 Invercraig Press (employment tribunal, Scotland): indirect complaint in the lead before the speaker is named, "Her former head chef, NAME," role NP + name, cross-examination reply ("Mr NAME replied:"), org "argued that" with nested claimant name, judge's finding with the claimant's subject pronouns inside it, "the judge wrote", two women, solicitor role NP + name, org via unnamed spokesperson
({"s1": ("Eilidh MacRae", "MacRae", "Ms MacRae", "Eilidh"),
  "s2": ("Glenavon Hotels",),
  "s3": ("Morag Strachan", "Strachan"),
  "s4": ("Ross Buchanan", "Buchanan", "Mr Buchanan"),
  "s5": ("Hamish Dunbar-Okoye", "Dunbar-Okoye")},
"""
Hotel chef unfairly sacked after heat complaints

A chef sacked days after ⟦c complaining⟧ that ⟦i:s1 temperatures in a hotel kitchen had reached 47C⟧ has won her claim for unfair dismissal.

⟦m:s1 Eilidh MacRae⟧, 44, had worked as a sous chef at the Glenavon Hotel in Kilbrannan for six years when ⟦m:s1 she⟧ was dismissed in August 2025 for alleged gross misconduct.

Ms ⟦m:s1 MacRae⟧ ⟦c told⟧ the tribunal in Invercraig that ⟦i:s1 ⟦m:s1 she⟧ had raised concerns about the heat repeatedly⟧. ⟦q:s1 ‘There were days the thermometer by the pass was reading 47 degrees. Two of the commis chefs fainted that summer,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘I wasn't being difficult. I was worried someone was going to get hurt.’⟧

⟦m:s4 Her former head chef⟧, ⟦m:s4 Ross Buchanan⟧, ⟦c said⟧ in evidence that ⟦i:s4 ⟦m:s4 he⟧ had passed her complaints on to management⟧. ⟦q:s4 ‘I told them more than once. I sent emails. I was told a new extraction system was in the budget for next year,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Asked by the hotel's solicitor whether Ms ⟦m:s1 MacRae⟧ had been insubordinate, Mr ⟦m:s4 Buchanan⟧ ⟦c replied⟧: ⟦q:s4 ‘She was blunt. That's not the same thing.’⟧

⟦m:s2 Glenavon Hotels⟧ ⟦c argued⟧ that ⟦i:s2 Ms ⟦m:s1 MacRae⟧ had been dismissed for walking out during a busy dinner service⟧.

In her written judgment, Employment Judge ⟦m:s3 Morag Strachan⟧ ⟦c found⟧ that ⟦i:s3 ⟦m:s1 she⟧ had left the kitchen after feeling faint and had told a colleague where ⟦m:s1 she⟧ was going⟧.

⟦q:s3 ‘The claimant was dismissed for leaving a kitchen that she had reasonably complained, on several occasions, was unsafe,’⟧ ⟦m:s3 the judge⟧ ⟦c wrote⟧. ⟦q:s3 ‘The respondent's decision to treat that as misconduct fell outside the band of reasonable responses.’⟧

Speaking outside the tribunal, Ms ⟦m:s1 MacRae⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 she⟧ hoped the ruling would ‘make other kitchens take this seriously’⟧. ⟦q:s1 ‘Everybody in the industry knows kitchens are hot. That's not the point. There's hot and there's dangerous,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s5 Her solicitor⟧, ⟦m:s5 Hamish Dunbar-Okoye⟧, ⟦c said⟧ ⟦i:s5 compensation would be decided at a later hearing⟧. ⟦q:s5 ‘Eilidh has been vindicated. Nobody should have to choose between their job and their health,’⟧ ⟦m:s5 he⟧ ⟦c said⟧.

A spokesperson for ⟦m:s2 Glenavon Hotels⟧ ⟦c said⟧: ⟦q:s2 ‘We are disappointed by the judgment and are considering it carefully. We have since installed a new ventilation system in the Kilbrannan kitchen.’⟧
"""),

]

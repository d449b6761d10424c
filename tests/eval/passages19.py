"""Development batch (DEV6): ordinary news, written without reading the engine's rules, on 2026-12-07. All people, organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py.
The annotation conventions are those of UNSEEN6 (passages13.py).
Applied in this batch as follows:
  * every occurrence of a speaker's name outside quotation marks is a mention
    (headlines included; a descriptive appositive such as "a spokesman for
    the sheriff's office" and a business named after a person are not); subject pronouns and definite descriptions ("the judge", "the
    62-year-old", "his father") standing for a speaker as the subject of a
    clause are mentions; object and possessive pronouns are not;
  * in a Q&A interview, each answer paragraph is a direct quote by the
    interviewee (without its "A:" or name label, which has no quotation
    marks); the publication's questions are not quotes; a name used as an
    answer label is a mention.
"""

DEV6 = [

# 12001 local government: two male councillors and pronoun chains, shop owner with long appositive, mayor, club statement
({"s1": ("Hamid Rezaei", "Rezaei", "Councillor Rezaei"),
  "s2": ("Tomasz Wielgosz", "Wielgosz", "Councillor Wielgosz"),
  "s3": ("Delphine Marchetti", "Marchetti", "Mrs. Marchetti"),
  "s4": ("Millbrook Falls Cycling Club", "Cycling Club"),
  "s5": ("Ingrid Solberg", "Solberg", "Mayor Solberg")},
"""
Millbrook Falls council narrowly approves Canal Street bike lane

Millbrook Falls city council voted 5–4 on Tuesday night to install a protected bike lane along Canal Street, ending eight months of argument over a half-mile stretch of road that carries more delivery vans than bicycles.

⟦m:s1 The proposal's chief sponsor⟧, Councillor ⟦m:s1 Hamid Rezaei⟧, ⟦c said⟧ ⟦i:s1 the vote was long overdue⟧. ⟦q:s1 “We have had two cyclists seriously hurt on that street since March,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “I was not prepared to sit here and wait for a third.”⟧

⟦m:s1 Rezaei⟧, who cycles to city hall most mornings, ⟦c said⟧ that ⟦i:s1 the lane would cost about $310,000 and should be finished before the first snowfall⟧.

Councillor ⟦m:s2 Tomasz Wielgosz⟧ led the opposition. ⟦q:s2 “Nobody on this side of the table is against cyclists,”⟧ ⟦m:s2 he⟧ ⟦c told⟧ the chamber. ⟦q:s2 “We are against taking forty parking spaces away from businesses that are barely hanging on as it is.”⟧

⟦m:s2 He⟧ ⟦c said⟧ that ⟦x:s2 the plan had been “rushed through committee” without a proper study of delivery traffic⟧, and ⟦c warned⟧ that ⟦i:s2 ⟦m:s2 he⟧ would bring it back for a second vote in the spring if accidents did not fall⟧.

⟦q:s3 “Forty spaces doesn't sound like much until they're the forty in front of your door,”⟧ ⟦c said⟧ ⟦m:s3 Delphine Marchetti⟧, who has run a fabric and upholstery shop on Canal Street for 22 years and was one of 31 residents who spoke during the public comment period. ⟦q:s3 “Half my customers are over seventy. They are not going to arrive on a bicycle.”⟧

Mayor ⟦m:s5 Ingrid Solberg⟧, who cast the deciding vote, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had gone back and forth on the question for weeks⟧. ⟦q:s5 “In the end I read the accident reports, and I couldn't vote against them,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

The ⟦m:s4 Millbrook Falls Cycling Club⟧ ⟦c said⟧ in a statement that ⟦x:s4 ⟦m:s4 it⟧ was “thrilled and relieved” by the result⟧. ⟦q:s4 “This is a good night for everyone who has ever been squeezed against a parked car by a passing truck,”⟧ the statement ⟦c said⟧.

⟦m:s1 Rezaei⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ would meet Canal Street business owners next week to look for replacement parking⟧. ⟦q:s1 “I heard Mrs. Marchetti tonight, and she is not wrong about the parking,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “We will find those spaces somewhere. That is a promise.”⟧
"""),

# 12002 school board: three women (board president, superintendent, parent), multi-paragraph quote, student, union president
({"s1": ("Naledi Khumalo", "Khumalo"),
  "s2": ("Rosa Villanueva", "Villanueva", "Superintendent Villanueva"),
  "s3": ("Eun-ji Park", "Park"),
  "s4": ("Deshawn Porter", "Porter"),
  "s5": ("Amara Osei", "Osei")},
"""
Brightwater school board votes to lock away phones during class

The Brightwater Unified School District board voted unanimously on Monday to require students at its four middle and high schools to lock their phones in magnetic pouches from the first bell to the last, starting in January.

⟦q:s1 “This is not about punishing kids,”⟧ ⟦c said⟧ board president ⟦m:s1 Naledi Khumalo⟧. ⟦q:s1 “It is about giving them back six hours a day.”⟧

Superintendent ⟦m:s2 Rosa Villanueva⟧ presented figures from a pilot at Harmon Middle School last spring, where discipline referrals fell by 31 percent. ⟦m:s2 She⟧ ⟦c told⟧ the board that ⟦i:s2 teachers at the school had reported calmer classrooms within two weeks⟧.

⟦q:s2 “I was skeptical myself,”⟧ ⟦m:s2 Villanueva⟧ ⟦c said⟧. ⟦q:s2 “I thought we would spend all our time policing pouches. We didn't. By the third week the kids were handing them in without being asked.⟧

⟦q:s2 “What surprised me most was lunch. The cafeteria got loud again, in the good way.”⟧

Not every parent was convinced. ⟦m:s3 Eun-ji Park⟧, whose son is a ninth grader at Brightwater High, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ supported the idea but worried about emergencies⟧. ⟦q:s3 “If there is ever a lockdown, I want my child to be able to text me,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “Nobody has answered that question tonight, not really.”⟧

⟦m:s1 Khumalo⟧ ⟦c said⟧ that ⟦i:s1 any teacher could unlock the pouches in seconds⟧ and that ⟦i:s1 the district was rewriting its emergency plan to take the change into account⟧.

⟦q:s5 “Honestly, a lot of us are tired of our phones too,”⟧ ⟦c said⟧ ⟦m:s5 Amara Osei⟧, 17, a junior who sits on the board as its non-voting student representative. ⟦q:s5 “We just don't want to be the ones who have to say it.”⟧

⟦m:s4 Deshawn Porter⟧, president of the Brightwater Teachers Association, ⟦c said⟧ ⟦i:s4 members had been asking for the policy for two years⟧. ⟦q:s4 “Our teachers have been competing with a screen in every pocket,”⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 “Tonight the board took their side.”⟧

The pouches will cost about $64,000, which will be covered by a state wellness grant.
"""),

# 12003 criminal trial (US): witness testimony, prosecutor and defence questions, judge's remark, several men, role nouns
({"s1": ("Samuel Adjei", "Adjei"),
  "s2": ("Martin Esquivel", "Esquivel"),
  "s3": ("Colm Decker", "Decker"),
  "s4": ("Harriet Oyelaran", "Oyelaran", "Judge Oyelaran")},
"""
Store clerk tells jury he knew robber by his walk

⟦m:s1 Samuel Adjei⟧, the night clerk at a Route 9 convenience store, ⟦c told⟧ a Dunmore County jury on Wednesday that ⟦i:s1 ⟦m:s1 he⟧ recognized the man who robbed him at gunpoint last year by the way he walked, even though the robber's face was covered⟧.

⟦m:s1 Adjei⟧, 41, was the first witness in the armed robbery trial of Travis Quill, 29, of Lowell Township, who has pleaded not guilty.

⟦q:s1 “He had a hitch on the left side, like his knee didn't bend all the way,”⟧ ⟦m:s1 Adjei⟧ ⟦c testified⟧. ⟦q:s1 “He used to come in for cigarettes three, four times a week. I'd know that walk anywhere.”⟧

⟦q:s2 “How long was the man standing in front of you?”⟧ Assistant District Attorney ⟦m:s2 Martin Esquivel⟧ ⟦c asked⟧.

⟦q:s1 “Maybe a minute. It felt a lot longer,”⟧ ⟦m:s1 Adjei⟧ ⟦c replied⟧.

On cross-examination, ⟦m:s3 Quill's lawyer⟧, ⟦m:s3 Colm Decker⟧, pressed ⟦m:s1 Adjei⟧ on what ⟦m:s1 he⟧ had told police on the night of the robbery. ⟦q:s3 “You told the officers you never saw his face. Isn't that right?”⟧ ⟦m:s3 Decker⟧ ⟦c asked⟧.

⟦q:s1 “I didn't need to see his face,”⟧ ⟦m:s1 the witness⟧ ⟦c answered⟧.

⟦m:s3 Decker⟧ ⟦c noted⟧ that ⟦i:s3 the store's security camera had not been working that night⟧. ⟦m:s3 He⟧ also ⟦c suggested⟧ that ⟦i:s3 any number of men in the area might walk with a limp⟧.

At one point Judge ⟦m:s4 Harriet Oyelaran⟧ stopped the questioning. ⟦q:s4 “Counsel, you can make your point without raising your voice at the witness,”⟧ ⟦m:s4 the judge⟧ ⟦c said⟧. ⟦q:s4 “The jury can hear you just fine.”⟧

Outside the courtroom, ⟦m:s2 Esquivel⟧ declined to comment on the testimony. ⟦m:s3 Decker⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 he⟧ was confident jurors would see the case for what it was: “a case built on a limp”⟧.

⟦q:s3 “My client has a bad knee. So do half the men in this county,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

The trial continues on Thursday, when the arresting officer is expected to testify.
"""),

# 12004 sentencing (British, single quotes): prosecutor, victim statement over two paragraphs, defence mitigation, judge after colon, police officer
({"s1": ("Gwendolyn Pask", "Pask", "Judge Pask"),
  "s2": ("Rupert Ashdown", "Ashdown", "Mr Ashdown"),
  "s3": ("Kwame Asante", "Asante", "Mr Asante"),
  "s4": ("Niamh Corrigan", "Niamh"),
  "s5": ("Priya Lal", "Lal", "DS Lal")},
"""
Van driver who was watching football clip when he killed pensioner is jailed

A van driver who was watching football highlights on his phone when he struck and killed an 81-year-old man on a pedestrian crossing has been jailed for six years.

Callum Brereton, 34, of Ashby Road, Hollinsford, admitted causing death by dangerous driving at an earlier hearing at Castlereach Crown Court.

Prosecuting, ⟦m:s2 Rupert Ashdown⟧ ⟦c told⟧ the court that ⟦i:s2 Brereton's phone had been clipped to the dashboard and was playing a video at the moment of the collision on the morning of 14 March⟧. ⟦q:s2 ‘He was not looking at the road. He was looking at a goal from a match that had finished the night before,’⟧ Mr ⟦m:s2 Ashdown⟧ ⟦c said⟧.

The victim, retired postman Dennis Corrigan, died at the scene. ⟦m:s4 His daughter⟧, ⟦m:s4 Niamh Corrigan⟧, ⟦c read⟧ a statement to the court on behalf of the family.

⟦q:s4 ‘Dad walked to the newsagent every morning for 40 years. He bought the same paper and the same mints, and he crossed at the same crossing, because he thought it was the safe way.⟧

⟦q:s4 ‘He was right to think that. It should have been the safe way.’⟧

⟦m:s3 Kwame Asante⟧, defending, ⟦c said⟧ that ⟦x:s3 Brereton was ‘consumed by shame’ and had not driven since the crash⟧. ⟦q:s3 ‘He will carry this for the rest of his life, and he knows that is nothing compared with what the Corrigan family carries,’⟧ Mr ⟦m:s3 Asante⟧ ⟦c said⟧.

Sentencing, Judge ⟦m:s1 Gwendolyn Pask⟧ ⟦c said⟧: ⟦q:s1 ‘You chose entertainment over the safety of everyone on that road. Mr Corrigan paid for that choice with his life.’⟧

⟦m:s1 She⟧ ⟦c added⟧: ⟦q:s1 ‘I accept that your remorse is genuine. It does not change the sentence this court must pass.’⟧

Brereton was also banned from driving for nine years.

Speaking after the hearing, Detective Sergeant ⟦m:s5 Priya Lal⟧, of Castlereach Police's collision investigation unit, ⟦c said⟧: ⟦q:s5 ‘A phone on a dashboard is not a television. I would urge every driver to think about Dennis the next time they are tempted to press play.’⟧
"""),

# 12005 police statement: rescued hiker, two brothers with the same surname, sheriff's spokesman, "according to", nested quote, Facebook post
({"s1": ("Luis Carvajal", "Carvajal", "Sgt. Carvajal"),
  "s2": ("Aarav Mehta", "Aarav"),
  "s3": ("Vikram Mehta", "Vikram", "Mehta"),
  "s4": ("Ridgeline Search and Rescue", "Ridgeline"),
  "s5": ("Carrow County Sheriff's Office", "sheriff's office")},
"""
Missing hiker found alive after four nights in Tamsin Range

A 52-year-old hiker who went missing in the Tamsin Range on Friday was found alive on Tuesday morning, dehydrated and with a broken ankle, after four nights alone in the backcountry.

⟦i:s5 ⟦m:s3 Vikram Mehta⟧, of Easton, was spotted by a helicopter crew in a ravine about two miles from the trail ⟦m:s3 he⟧ had set out on⟧, ⟦c according to⟧ the ⟦m:s5 Carrow County Sheriff's Office⟧.

⟦q:s1 “He did everything right once he got hurt,”⟧ ⟦c said⟧ Sgt. ⟦m:s1 Luis Carvajal⟧, a spokesman for the sheriff's office. ⟦q:s1 “He stayed put, he rationed his water, and he put on every layer he had when the temperature dropped.”⟧

⟦m:s1 Carvajal⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s3 Mehta⟧ had slipped on loose rock on Saturday afternoon while trying to take a shortcut back to the trailhead⟧.

⟦m:s2 Aarav Mehta⟧, the hiker's younger brother, drove up from Linwood on Saturday and spent three days at the search command post. ⟦q:s2 “Every time the helicopter came back without him, I felt a little more of the hope go,”⟧ ⟦m:s2 Aarav⟧ ⟦c said⟧ by phone from the hospital. ⟦q:s2 “And then this morning a deputy walked over with a grin on his face, and I just knew.”⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s3 Vikram⟧, an experienced hiker who has trekked in the mountains on three continents, had seemed more embarrassed than frightened when they first spoke⟧. ⟦q:s2 “The first thing he said to me was, ‘Don't tell Mum I took the shortcut,’”⟧ ⟦m:s2 Aarav⟧ ⟦c said⟧, laughing.

In a short statement released through the hospital, ⟦m:s3 Vikram Mehta⟧ thanked the searchers. ⟦q:s3 “I owe my life to a lot of people whose names I don't know yet,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “I intend to learn every one of them.”⟧

⟦m:s4 Ridgeline Search and Rescue⟧, the volunteer group that coordinated the ground search, ⟦c wrote⟧ on Facebook: ⟦q:s4 “FOUND ALIVE. Thank you to the 140 volunteers who walked these hills for four days. Now go home and sleep.”⟧

⟦m:s1 Carvajal⟧ urged hikers to tell someone their route before setting out. ⟦q:s1 “The shortcut is almost never shorter,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),

# 12006 fire (straight quotes): fire chief, owner ("the 71-year-old"), neighbour with a cue-less follow-up paragraph, police statement, three men
({"s1": ("Oluwaseun Bakare", "Bakare", "Chief Bakare"),
  "s2": ("Gregor Lindqvist", "Lindqvist"),
  "s3": ("Patrice Dumont", "Dumont"),
  "s4": ("Aldenmoor Police Department", "police department")},
"""
Fire destroys furniture warehouse in Aldenmoor; no one hurt

A four-alarm fire destroyed a furniture warehouse on Aldenmoor's east side early Sunday, sending a column of black smoke over the river that could be seen from three towns away.

⟦i:s1 More than 80 firefighters fought the blaze at the Lindqvist Home Furnishings warehouse on Foundry Road after it was reported just after 3 a.m.⟧, ⟦c said⟧ Fire Chief ⟦m:s1 Oluwaseun Bakare⟧.

⟦q:s1 "When the first crews arrived, the roof was already fully involved,"⟧ ⟦m:s1 Bakare⟧ ⟦c said⟧ at a news conference. ⟦q:s1 "At that point you are not saving the building. You are protecting the buildings around it."⟧

⟦m:s1 He⟧ ⟦c said⟧ ⟦i:s1 no one had been inside and no firefighters were seriously hurt, although two were treated at the scene for heat exhaustion⟧.

⟦m:s2 Gregor Lindqvist⟧, whose grandfather opened the business in 1958, watched from across the road as an excavator pulled down what was left of the front wall. ⟦q:s2 "Sixty-six years, and it's gone in a morning,"⟧ ⟦m:s2 the 71-year-old⟧ ⟦c said⟧. ⟦q:s2 "My grandfather built half those shelves with his own hands."⟧

⟦m:s2 Lindqvist⟧ ⟦c said⟧ ⟦i:s2 the building was insured and ⟦m:s2 he⟧ intended to rebuild⟧.

⟦m:s3 Patrice Dumont⟧, who lives in a row house directly behind the warehouse, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ woke to the sound of windows bursting⟧. ⟦q:s3 "I looked out and the whole sky was orange,"⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 "I grabbed the cat, my wife grabbed the passports, and we were out in two minutes."⟧

⟦q:s3 "The firefighters were unbelievable. They had a hose on our roof before we'd even got our shoes on."⟧

⟦m:s1 Bakare⟧ ⟦c said⟧ ⟦i:s1 the cause was under investigation⟧ and declined to speculate on whether the fire had been set deliberately. The ⟦m:s4 Aldenmoor Police Department⟧ ⟦c said⟧ in a statement that ⟦x:s4 its detectives were assisting fire investigators "as a matter of routine"⟧.

⟦q:s1 "We will be out here for another day at least, putting out hot spots,"⟧ ⟦m:s1 Bakare⟧ ⟦c said⟧. ⟦q:s1 "I'd ask people to stay away from Foundry Road and let us work."⟧
"""),

# 12007 business: earnings call, company statement, CEO and CFO, analyst's question, sceptical analyst with long appositive
({"s1": ("Margarethe Vollstedt", "Vollstedt"),
  "s2": ("Kenji Arakawa", "Arakawa"),
  "s3": ("Felipe Cardoso", "Cardoso"),
  "s4": ("Corvane Systems", "Corvane"),
  "s5": ("Adaeze Nwosu", "Nwosu")},
"""
⟦m:s4 Corvane⟧ shares slide as chip designer warns of slower quarter

Shares in ⟦m:s4 Corvane Systems⟧ fell 14 per cent on Thursday after the chip designer cut its revenue forecast for the first quarter, blaming a slowdown in orders from makers of industrial robots.

In a statement released before the market opened, ⟦m:s4 Corvane⟧ ⟦c said⟧ ⟦i:s4 revenue for the three months to March would be between $1.1 billion and $1.2 billion, down from an earlier forecast of $1.35 billion⟧.

⟦q:s1 “We are not going to pretend this is a good quarter,”⟧ chief executive ⟦m:s1 Margarethe Vollstedt⟧ ⟦c told⟧ analysts on a conference call. ⟦q:s1 “It is a pause. Our customers have not gone anywhere; they are working through the inventory they built up last year.”⟧

Chief financial officer ⟦m:s2 Kenji Arakawa⟧ ⟦c said⟧ that ⟦i:s2 the company would slow hiring but had no plans to cut jobs⟧. ⟦q:s2 “We have the balance sheet to ride this out, and we intend to,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s3 “How confident are you that this is a pause and not a trend?”⟧ ⟦c asked⟧ ⟦m:s3 Felipe Cardoso⟧, an analyst at Halvorsen Securities.

⟦m:s1 Vollstedt⟧ ⟦c replied⟧ that ⟦i:s1 order cancellations had stopped in January⟧. ⟦q:s1 “Cancellations are what keep me up at night, and we are not seeing them,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Not everyone was reassured. ⟦q:s5 “Management has called the bottom twice in eighteen months, and they were wrong both times,”⟧ ⟦c said⟧ ⟦m:s5 Adaeze Nwosu⟧, who covers semiconductor companies for Pelham Ridge Capital and has rated the stock a sell since the summer. ⟦q:s5 “I'd want to see two clean quarters before I believed it a third time.”⟧

⟦m:s5 Nwosu⟧ ⟦c said⟧ that ⟦x:s5 ⟦m:s4 Corvane⟧'s gross margin, which fell to 48 per cent from 53 per cent a year earlier, was “the number that actually matters,” and that ⟦m:s5 she⟧ expected it to fall further⟧.

⟦m:s2 Arakawa⟧ ⟦c said⟧ ⟦i:s2 margins would recover in the second half of the year as a new packaging plant in Keldmoor came into full production⟧. ⟦q:s2 “The plant is running at sixty per cent today. By September it will be at ninety,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.
"""),

# 12008 union strike: organiser, company through an unnamed spokeswoman, two drivers on the picket line ("the grandfather of five"), commuter by first name
({"s1": ("Siobhán Kearney", "Kearney"),
  "s2": ("Northway Buses", "Northway"),
  "s3": ("Mehmet Yıldız", "Yıldız"),
  "s4": ("Gary Pennock", "Pennock"),
  "s5": ("Lakshmi",)},
"""
Carrickmore bus drivers walk out over split shifts

Bus drivers across Carrickmore walked out at 4am on Monday in the first of six planned strike days, leaving thousands of commuters to find other ways to get to work.

⟦q:s1 “Our members are being asked to work a 13-hour day with a three-hour unpaid gap in the middle of it,”⟧ ⟦c said⟧ ⟦m:s1 Siobhán Kearney⟧, regional organiser for the Transport and Allied Workers' Union, which represents about 900 drivers at the company. ⟦q:s1 “That is not a shift. That is a hostage situation with a timetable.”⟧

A spokeswoman for ⟦m:s2 Northway Buses⟧ ⟦c said⟧: ⟦q:s2 “We have made a fair offer, including a 6 per cent pay rise over two years, and we remain ready to talk at any time.”⟧ ⟦m:s2 The company⟧ ⟦c added⟧ that ⟦i:s2 ⟦m:s2 it⟧ was running a reduced service on four routes using managers and agency drivers⟧.

On the picket line outside the Dunbeg Road depot, ⟦m:s3 Mehmet Yıldız⟧, 47, who has driven the number 12 route for 15 years, ⟦c said⟧ that ⟦x:s3 under the new rota ⟦m:s3 he⟧ would see his children “for about an hour a day”⟧.

⟦q:s3 “I leave before they wake up and I come home when they're asleep,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “In between I sit in a canteen for three hours, not getting paid.”⟧

⟦m:s4 Gary Pennock⟧, 58, standing beside him with a flask of tea, ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ had never been on strike in 31 years of driving⟧. ⟦q:s4 “I'd never even been to a union meeting before this year,”⟧ ⟦m:s4 the grandfather of five⟧ ⟦c said⟧. ⟦q:s4 “But they've pushed and pushed, and this is where we've ended up.”⟧

At the Carrickmore Cross stop, where a handful of people waited for one of the few buses still running, ⟦m:s5 Lakshmi⟧, 29, a pharmacy assistant, was sympathetic but soaked. ⟦q:s5 “I support them, I do, but I've got a 40-minute walk now and it's raining,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s1 Kearney⟧ ⟦c said⟧ ⟦i:s1 further strike dates would be announced if ⟦m:s2 Northway⟧ did not return to talks by Friday⟧. ⟦q:s1 “The ball is in their court,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “It has been for a month.”⟧
"""),

# 12009 football (British, single quotes, curly apostrophes): two managers, striker, goalkeeper; role nouns "the striker", "the Swede"
({"s1": ("Declan Fitzmaurice", "Fitzmaurice"),
  "s2": ("Rui Valadares", "Valadares"),
  "s3": ("Emeka Okonjo", "Okonjo"),
  "s4": ("Stellan Brandt", "Brandt")},
"""
⟦m:s3 Okonjo⟧ double sends Harrowby into cup quarter-finals

⟦m:s3 Emeka Okonjo⟧ scored twice in the second half as Harrowby Town came from behind to beat Castleford Rovers 2–1 and reach the quarter-finals of the Northern Cup for the first time in 19 years.

Rovers led through a Tariq Bellamy header on 23 minutes and looked comfortable until Harrowby manager ⟦m:s1 Declan Fitzmaurice⟧ sent on ⟦m:s3 Okonjo⟧ at half-time.

⟦m:s1 Fitzmaurice⟧ ⟦c said⟧: ⟦q:s1 ‘I told them at half-time that if we played like that for another 45 minutes I’d be embarrassed to get on the coach. To be fair to them, they listened.’⟧

⟦q:s1 ‘Emeka changes games for us. He’s got that bit of devil in him,’⟧ ⟦m:s1 he⟧ ⟦c added⟧. ⟦q:s1 ‘I’ve been on at him all season to shoot earlier, and tonight he did.’⟧

⟦m:s3 Okonjo⟧, 22, who joined on loan from Kelsey United in January, equalised with a low drive on 61 minutes and won it with a curling shot from the edge of the area in stoppage time.

⟦q:s3 ‘I saw the keeper was off his line a little bit and I just thought, why not?’⟧ ⟦c said⟧ ⟦m:s3 the striker⟧. ⟦q:s3 ‘The gaffer’s been telling me to have a go. Maybe I should listen to him more often.’⟧

Rovers boss ⟦m:s2 Rui Valadares⟧ ⟦c said⟧ ⟦x:s2 his side had been ‘too nice’ after the break⟧. ⟦q:s2 ‘We stopped doing the things that got us the lead. We stopped running, we stopped talking, we stopped winning second balls,’⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 ‘That’s on me as much as the players.’⟧

Harrowby goalkeeper ⟦m:s4 Stellan Brandt⟧, who made a fine double save from Bellamy with ten minutes left, ⟦c said⟧ ⟦i:s4 the dressing room had been silent at half-time⟧. ⟦q:s4 ‘Nobody was shouting. The gaffer just looked at us and we knew,’⟧ ⟦m:s4 the Swede⟧ ⟦c said⟧.

⟦m:s4 He⟧ ⟦c added⟧: ⟦q:s4 ‘Whoever we get in the next round, nobody will want to play us now.’⟧

Harrowby will find out their quarter-final opponents in Monday’s draw.
"""),

# 12010 college basketball (straight quotes): coach and two players, opposing coach; "the 19-year-old", cue-less closing quote
({"s1": ("Darnell Whitaker", "Whitaker", "Coach Whitaker"),
  "s2": ("Mateo Ruiz-Campos", "Ruiz-Campos", "Mateo"),
  "s3": ("Isaiah Okwuosa", "Okwuosa", "Isaiah"),
  "s4": ("Brent Hallorann", "Hallorann")},
"""
⟦m:s2 Ruiz-Campos⟧ hits late three as Westfield State edges Calder 71-69

⟦m:s2 Mateo Ruiz-Campos⟧ had missed his first six three-point attempts on Saturday night. ⟦m:s2 He⟧ made the seventh, and it was the only one that mattered.

The senior guard's shot from the left wing with 4.2 seconds left gave Westfield State a 71-69 win over Calder at the Pruett Center and kept the Owls a game clear at the top of the Lakeshore Conference.

⟦q:s2 "Coach drew it up for Isaiah, honestly,"⟧ ⟦m:s2 Ruiz-Campos⟧ ⟦c said⟧. ⟦q:s2 "They jumped him, the ball found me, and I wasn't going to pass it back."⟧

Westfield State coach ⟦m:s1 Darnell Whitaker⟧ ⟦c confirmed⟧ that ⟦i:s1 the final play had been designed for freshman forward ⟦m:s3 Isaiah Okwuosa⟧⟧. ⟦q:s1 "Mateo was 0-for-6. Any other night, I'd say get it to somebody else,"⟧ ⟦m:s1 Whitaker⟧ ⟦c said⟧. ⟦q:s1 "But he's a senior. Seniors take that shot."⟧

⟦m:s3 Okwuosa⟧ led all scorers with 24 points and added 11 rebounds. ⟦m:s3 The 19-year-old⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 he⟧ had seen the double-team coming "from a mile away"⟧.

⟦q:s3 "I knew Mateo was open before I even caught it,"⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 "He's going to tell you he hit the shot. I'm going to tell you I made the pass."⟧

Calder coach ⟦m:s4 Brent Hallorann⟧ was left to rue a defensive possession that went almost exactly to plan. ⟦q:s4 "We took away the guy we wanted to take away, and they still beat us,"⟧ ⟦m:s4 Hallorann⟧ ⟦c said⟧. ⟦q:s4 "Sometimes the other guy just makes a shot."⟧

⟦m:s4 He⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 he⟧ was more worried about his team's 19 turnovers than the last four seconds⟧.

Westfield State hosts Marlow Tech on Wednesday. ⟦m:s1 Whitaker⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ would give his players Sunday off⟧.

⟦q:s1 "They earned it. I'm not sure my heart did."⟧
"""),

# 12011 health study: lead author with a multi-paragraph explanation, male co-author, female independent expert, university statement
({"s1": ("Ines Albuquerque", "Albuquerque", "Dr Albuquerque"),
  "s2": ("Hyun-woo Cha", "Cha", "Professor Cha"),
  "s3": ("Margaret Ekwueme", "Ekwueme", "Dr Ekwueme"),
  "s4": ("Vestholm University",)},
"""
Ten-minute walk after dinner curbs blood sugar spikes in older adults

A brisk ten-minute walk after the evening meal lowered blood sugar spikes in people over 65 by almost a fifth in a study published on Monday in the journal Metabolic Health Reports.

Researchers at ⟦m:s4 Vestholm University⟧ followed 412 volunteers aged 65 to 84 for 12 weeks, using continuous glucose monitors to compare evenings when they walked after dinner with evenings when they stayed seated.

⟦q:s1 “What surprised us was how little it took,”⟧ ⟦c said⟧ Dr ⟦m:s1 Ines Albuquerque⟧, the study's lead author and a geriatrician at Vestholm. ⟦q:s1 “We are not talking about a gym membership. We are talking about a walk around the block before the washing-up.”⟧

⟦m:s1 Albuquerque⟧ ⟦c said⟧ ⟦i:s1 the timing of the walk mattered more than its pace⟧.

⟦q:s1 “Muscles are hungry for glucose in the hour after a meal. If you use them then, they soak it up,”⟧ ⟦m:s1 she⟧ ⟦c explained⟧. ⟦q:s1 “If you wait two hours, most of that opportunity has passed.⟧

⟦q:s1 “That is the message we want people to take away: it's not how hard, it's when.”⟧

⟦m:s2 Hyun-woo Cha⟧, a professor of exercise physiology and a co-author of the study, ⟦c said⟧ that ⟦i:s2 the effect was largest among participants who already had prediabetes⟧. ⟦q:s2 “For that group, the reduction was closer to 30 per cent,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “That is in the same range as some first-line medications, and a walk has no side effects.”⟧

Dr ⟦m:s3 Margaret Ekwueme⟧, an endocrinologist at St Aldhelm's Hospital who was not involved in the research, ⟦c said⟧ that ⟦x:s3 the findings were “encouraging but not surprising”⟧. ⟦q:s3 “Twelve weeks is a short study, and these were motivated volunteers,”⟧ ⟦m:s3 she⟧ ⟦c cautioned⟧. ⟦q:s3 “The real question is whether people keep walking after the researchers go home.”⟧

⟦m:s1 Albuquerque⟧ ⟦c said⟧ ⟦i:s1 a two-year follow-up with 1,500 participants was already under way⟧.

In a statement, ⟦m:s4 Vestholm University⟧ ⟦c said⟧ ⟦i:s4 the study had been paid for by the national Ageing Research Council and had received no commercial funding⟧.
"""),

# 12012 science: two female marine scientists, "her colleague" + name, crab fisherman, fisheries authority
({"s1": ("Kalani Akana", "Akana", "Dr Akana"),
  "s2": ("Freya Torvund", "Torvund", "Dr Torvund"),
  "s3": ("Padraig Rooney", "Rooney"),
  "s4": ("Coastal Fisheries Authority", "Fisheries Authority")},
"""
Seahorses return to Corran Bay as seagrass meadows recover

Divers have counted more than 200 seahorses in Corran Bay this autumn, the highest number since records began, in one of the clearest signs yet that a decade-long effort to replant the bay's seagrass is working.

⟦q:s1 “Ten years ago you could dive here for a week and not see one,”⟧ ⟦c said⟧ Dr ⟦m:s1 Kalani Akana⟧, a marine ecologist at the Corran Marine Station who has led the annual survey since 2016. ⟦q:s1 “This year we were seeing them on almost every dive. One morning we counted 31 before breakfast.”⟧

⟦m:s1 Akana⟧ ⟦c said⟧ ⟦i:s1 volunteers had planted about 1.4 million seagrass seeds by hand since 2015, most of them from small boats in water less than four metres deep⟧.

⟦m:s2 Her colleague⟧, Dr ⟦m:s2 Freya Torvund⟧, ⟦c said⟧ that ⟦x:s2 the seahorses were “the headline, not the story”⟧. ⟦q:s2 “Seagrass stores carbon, it shelters juvenile fish, it calms the water so the beaches don't wash away,”⟧ ⟦m:s2 Torvund⟧ ⟦c said⟧. ⟦q:s2 “The seahorses are just the most photogenic way of telling you all of that is happening.”⟧

⟦m:s2 She⟧ ⟦c said⟧ ⟦i:s2 the team hoped to extend planting to the north side of the bay next summer⟧.

Not everyone on the water shares the excitement. ⟦m:s3 Padraig Rooney⟧, who has fished for crab out of Corran harbour for 40 years, ⟦c said⟧ that ⟦i:s3 protected zones around the meadows had pushed boats further offshore⟧.

⟦q:s3 “I'm glad about the seahorses. I am. But you can't sell a seahorse,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “Every year the line moves a bit further out and the diesel bill goes a bit further up.”⟧

The ⟦m:s4 Coastal Fisheries Authority⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ would review the boundaries of the protected zones in the spring and would consult fishing crews before making any change⟧.

⟦m:s1 Akana⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ understood the frustration⟧. ⟦q:s1 “The fishermen were here first, and a healthy bay should be good for them too, eventually,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “I know ‘eventually’ is a hard word when you have a mortgage.”⟧
"""),

# 12013 human interest: three sisters and a granddaughter, all women; first names, "the eldest", "the 26-year-old", cue-less closing quote
({"s1": ("Marisol Echeverría", "Marisol", "Echeverría"),
  "s2": ("Carmen Doyle", "Carmen"),
  "s3": ("Lucía Brandt", "Lucía", "Brandt"),
  "s4": ("Isabela Doyle", "Isabela")},
"""
Three sisters separated as children meet again after 63 years

When ⟦m:s3 Lucía Brandt⟧ walked through the arrivals gate at Port Senna airport on Saturday, two women in their seventies were waiting for her with a hand-painted sign and a paper bag of the orange sweets ⟦m:s3 she⟧ had loved as a child.

The women were her sisters. The last time the three of them had been in the same room, ⟦m:s3 Lucía⟧ was eight years old.

⟦q:s3 “I recognised Marisol first, from her laugh. Sixty-three years and she still laughs like our father,”⟧ ⟦m:s3 Brandt⟧ ⟦c said⟧.

The sisters were separated in 1963, after their mother died and their father, a fisherman, found he could not care for three small girls. ⟦m:s3 Lucía⟧, the youngest, was adopted by a family who soon moved abroad.

⟦q:s1 “We were told she had gone to a good family and that we should not look for her,”⟧ ⟦c said⟧ ⟦m:s1 Marisol Echeverría⟧, 79, the eldest. ⟦q:s1 “So we didn't. For sixty years we didn't. I regret that more than anything in my life.”⟧

⟦m:s2 Carmen Doyle⟧, 75, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had never stopped setting a place for her little sister at Christmas⟧. ⟦q:s2 “My husband thought I was a little mad,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Every year, one extra plate. He stopped asking after a while.”⟧

It was ⟦m:s2 Carmen⟧'s granddaughter who finally found her. ⟦m:s4 Isabela Doyle⟧, a nurse, ⟦c said⟧ that ⟦x:s4 ⟦m:s4 she⟧ had taken a consumer DNA test last year “purely out of curiosity”⟧.

⟦q:s4 “A match came up as a great-aunt, and I thought it was a mistake. We don't have any great-aunts,”⟧ ⟦m:s4 the 26-year-old⟧ ⟦c said⟧. ⟦q:s4 “Then I read the name of the town she was born in, and I had to sit down.”⟧

⟦m:s3 Lucía⟧, now 71 and a retired music teacher, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had kept only fragments of her early life: a blue door, a dog called Pimpo, the smell of the harbour⟧. ⟦q:s3 “I thought I had made some of it up,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “Then Marisol told me the dog's name before I could say it, and I started crying in the car park.”⟧

The sisters plan to spend the next month together at ⟦m:s1 Marisol⟧'s flat above the harbour. Asked what came next, ⟦m:s1 the eldest⟧ smiled.

⟦q:s1 “Now we make up for lost time. Sixty-three years of gossip, one afternoon at a time.”⟧
"""),

# 12014 human interest (straight quotes): father and two sons in a bakery, first names, "his father", customer, cue-less quote paragraph
({"s1": ("Giorgos Papadakis", "Giorgos"),
  "s2": ("Nikos Papadakis", "Nikos"),
  "s3": ("Stavros Papadakis", "Stavros"),
  "s4": ("Harold Fincher", "Fincher")},
"""
A century of bread: Papadakis bakery marks 100 years on Mill Lane

At 3:30 every morning except Sunday, the lights come on at Papadakis Bakery on Mill Lane, and with a few interruptions for wars and floods they have done so since 1926.

This week the bakery celebrates its centenary, and the family that runs it, a father and his two sons, has no intention of slowing down.

⟦q:s1 "My grandfather came here with a sack of flour and a sourdough starter in a jam jar,"⟧ ⟦c said⟧ ⟦m:s1 Giorgos Papadakis⟧, 68, who took over the ovens from his own father in 1979. ⟦q:s1 "The starter is still alive. Some days I think it will outlive all of us."⟧

⟦m:s2 His elder son⟧, ⟦m:s2 Nikos⟧, 41, handles the accounts and a wholesale business that now supplies 30 cafés across the county. ⟦q:s2 "Dad does not trust computers,"⟧ ⟦m:s2 Nikos⟧ ⟦c said⟧. ⟦q:s2 "For years he wrote every order in a notebook. We still have 40 of them in the attic."⟧

⟦m:s3 Stavros⟧, 36, the younger son, trained as a pastry chef in Marrenbourg before coming home in 2015. ⟦m:s3 He⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 he⟧ and his father argued "every single day" about the menu⟧.

⟦q:s3 "I wanted croissants. He said croissants were a fashion,"⟧ ⟦m:s3 Stavros⟧ ⟦c said⟧. ⟦q:s3 "Now the croissants outsell the rye three to one, and he tells everyone they were his idea."⟧

⟦q:s1 "They were my idea,"⟧ ⟦m:s1 his father⟧ ⟦c said⟧, without looking up from the dough.

⟦m:s4 Harold Fincher⟧, 88, has bought a rye loaf at the counter most mornings since ⟦m:s4 he⟧ came back from national service. ⟦q:s4 "I've had bread from three generations of this family,"⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 "The bread hasn't changed. The prices have, mind you."⟧

⟦m:s2 Nikos⟧ ⟦c said⟧ ⟦i:s2 the family had turned down two offers to buy the business in the past five years⟧.

⟦q:s2 "People ask if we'll sell. Sell to who? Who else is going to get up at half past three?"⟧

The bakery will hold an open day on Saturday, with free bread for anyone who brings a photograph of the shop from before 1980.
"""),

# 12015 agriculture: drought, two farmers, co-op chair (role NP + name), minister, ministry statement
({"s1": ("Rangi Whitcombe", "Whitcombe"),
  "s2": ("Janneke Bos", "Bos"),
  "s3": ("Anselm Greaves", "Greaves"),
  "s4": ("Ministry of Primary Industries", "ministry"),
  "s5": ("Farida Qureshi", "Qureshi", "Minister Qureshi")},
"""
Kessel Valley farmers sell off stock as drought enters third month

Livestock farmers in the Kessel Valley are selling cattle at a loss and trucking in water from the coast as the driest spring in 70 years stretches into its third month.

⟦q:s1 “I've got dams that have never been dry in my lifetime, and they're dry,”⟧ ⟦c said⟧ ⟦m:s1 Rangi Whitcombe⟧, who runs 600 head of beef cattle near Oruvale with his two brothers. ⟦q:s1 “We sent 150 cows to the sale yards last week. Good cows. You don't get those back in a hurry.”⟧

⟦m:s1 Whitcombe⟧ ⟦c said⟧ ⟦i:s1 prices at the Oruvale sale had fallen by a third since August as farmers across the region tried to offload stock at the same time⟧.

⟦m:s2 Janneke Bos⟧, who milks 320 cows on the valley floor, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ was spending $4,000 a week on bought-in feed⟧. ⟦q:s2 “The milk cheque doesn't cover it. Nothing covers it,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “I'm running this farm on the overdraft and a prayer.”⟧

⟦m:s3 The chair of the Kessel Valley Farmers' Co-operative⟧, ⟦m:s3 Anselm Greaves⟧, ⟦c said⟧ that ⟦x:s3 the government's response had been “slow and small”⟧. ⟦q:s3 “We asked for a drought declaration in September. We got a working group,”⟧ ⟦m:s3 Greaves⟧ ⟦c said⟧. ⟦q:s3 “A working group doesn't fill a water trough.”⟧

Agriculture Minister ⟦m:s5 Farida Qureshi⟧, who toured the valley on Wednesday, ⟦c said⟧ ⟦i:s5 the region would be formally declared a drought zone from Monday, unlocking low-interest loans and tax deferrals for affected farms⟧. ⟦q:s5 “I have heard the farmers loud and clear,”⟧ ⟦m:s5 Qureshi⟧ ⟦c said⟧. ⟦q:s5 “This is not the end of our support. It's the start.”⟧

The ⟦m:s4 Ministry of Primary Industries⟧ later ⟦c said⟧ in a statement that ⟦i:s4 about $18 million had been set aside for the package⟧.

⟦m:s3 Greaves⟧ ⟦c said⟧ ⟦i:s3 the declaration was welcome but overdue⟧. ⟦m:s1 Whitcombe⟧ was more guarded. ⟦q:s1 “Loans are still debt,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “What we need is rain, and the minister can't announce that.”⟧
"""),

# 12016 transport (straight quotes): transit authority and its chief executive, opposition spokesman, commuters by first name and age
({"s1": ("Anneliese Marchbank", "Marchbank"),
  "s2": ("Obinna Eze", "Eze"),
  "s3": ("Priya",),
  "s4": ("Dougal",),
  "s5": ("Brennock Transit Authority", "transit authority")},
"""
Eastside tram line delayed again, opening pushed back to 2029

⟦i:s5 The Eastside light rail line will not open until mid-2029, more than two years later than promised⟧, the ⟦m:s5 Brennock Transit Authority⟧ ⟦c confirmed⟧ on Tuesday, as the projected cost of the project rose to $2.7 billion.

⟦q:s1 "I'm not going to stand here and make excuses,"⟧ ⟦m:s1 the authority's chief executive⟧, ⟦m:s1 Anneliese Marchbank⟧, ⟦c told⟧ a news conference. ⟦q:s1 "We found things under Harbour Road that nobody had mapped: old gas mains, a brick sewer, the foundations of a tram depot that closed in 1931. Every one of those cost us months."⟧

⟦m:s1 Marchbank⟧ ⟦c said⟧ that ⟦x:s1 the revised timetable included "a proper contingency" for the first time⟧.

⟦m:s2 Obinna Eze⟧, the opposition's transport spokesman, was scathing. ⟦q:s2 "This line was supposed to be the government's showpiece. It has become a three-kilometre monument to wishful thinking,"⟧ ⟦m:s2 Eze⟧ ⟦c said⟧. ⟦q:s2 "Commuters in the east have been told 'next year' four years running."⟧

⟦m:s2 He⟧ called for an independent review of the project's budget.

At the Tallis Street bus interchange, where the tram is supposed to terminate, commuters were unimpressed. ⟦q:s3 "I moved out here in 2022 because the tram was coming,"⟧ ⟦c said⟧ ⟦m:s3 Priya⟧, 34, who works at a hospital in the city centre and asked that her surname not be used. ⟦q:s3 "At this rate my son will be driving before it opens."⟧

⟦m:s4 Dougal⟧, 61, was more philosophical. ⟦q:s4 "They dug up this street to lay the old tram when my dad was a boy, and they dug it up again to take it away,"⟧ ⟦m:s4 he⟧ ⟦c said⟧. ⟦q:s4 "I reckon I'll see it finished. Just."⟧

⟦m:s1 Marchbank⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would publish a progress report every month until the line opened⟧. ⟦q:s1 "People have every right to be angry. What I can offer is honesty about where we are,"⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 12017 local election: three candidates (two men trading lines), voters quoted by first name and age
({"s1": ("Yolanda Ferreira-Stone", "Ferreira-Stone", "Yolanda"),
  "s2": ("Kwabena Osei-Tutu", "Osei-Tutu", "Kwabena"),
  "s3": ("Brendan Mulcahy", "Mulcahy", "Brendan"),
  "s4": ("Ruth",),
  "s5": ("Javier",)},
"""
Housing dominates Harlow Bay mayoral debate

The three candidates for mayor of Harlow Bay clashed over housing, buses and the future of the city's shuttered paper mill on Thursday night in the only televised debate before the Nov. 4 election.

⟦m:s2 Kwabena Osei-Tutu⟧, a two-term city councillor, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ would rezone the mill site for 1,200 homes, a third of them priced for households earning less than the city's median income⟧. ⟦q:s2 “Our teachers and our nurses cannot afford to live in the city they serve,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “That is not a housing problem. That is a Harlow Bay problem.”⟧

⟦m:s3 Brendan Mulcahy⟧, a retired police captain running as an independent, ⟦c said⟧ that ⟦x:s3 the rezoning would “pave over the last working waterfront in the county”⟧. ⟦q:s3 “Kwabena wants to build condos. I want to bring jobs back to that mill,”⟧ ⟦m:s3 Mulcahy⟧ ⟦c said⟧.

⟦m:s2 Osei-Tutu⟧ ⟦c shot back⟧: ⟦q:s2 “Brendan, that mill has been closed for eleven years. The jobs aren't coming back just because you miss them.”⟧

⟦m:s3 Mulcahy⟧ ⟦c replied⟧ that ⟦i:s3 ⟦m:s3 he⟧ had spoken with two manufacturers interested in the site⟧, though ⟦m:s3 he⟧ declined to name them.

⟦m:s1 Yolanda Ferreira-Stone⟧, who owns a bakery supply business and is the only candidate never to have held public office, largely stayed out of the exchange until her closing minutes. ⟦q:s1 “You have just watched two men argue about one building for ten minutes,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, drawing laughter from the audience. ⟦q:s1 “Meanwhile the bus to the east side still comes once an hour.”⟧

⟦m:s1 Ferreira-Stone⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would double bus frequency within two years, paying for it with a surcharge on downtown parking⟧.

In the audience at the Harlow Bay Community College auditorium, opinions were divided. ⟦q:s4 “I came in leaning toward Brendan and I'm leaving leaning toward Yolanda,”⟧ ⟦c said⟧ ⟦m:s4 Ruth⟧, 72, a retired librarian. ⟦q:s4 “Ask me again next week.”⟧

⟦m:s5 Javier⟧, 25, who works at a marina and still lives with his parents, ⟦c said⟧ ⟦i:s5 housing was the only issue that mattered to him⟧. ⟦q:s5 “I make decent money and I still can't rent a one-bedroom here,”⟧ ⟦m:s5 he⟧ ⟦c said⟧. ⟦q:s5 “Whoever actually builds something gets my vote.”⟧
"""),

# 12018 national election: two leaders, Instagram post, party spokesman (mixed), pollster, party statement, "the prime minister"
({"s1": ("Aurelio Santangelo", "Santangelo", "Prime Minister Santangelo"),
  "s2": ("Henrike Vass", "Vass", "Mrs Vass"),
  "s3": ("Mbali Dube", "Dube"),
  "s4": ("Civic Alliance",),
  "s5": ("Thierry Ndiaye", "Ndiaye")},
"""
⟦m:s2 Vass⟧ and ⟦m:s1 Santangelo⟧ trade blows over pensions as campaign enters final week

With eight days until polling day, the two main candidates for prime minister spent Sunday attacking each other's pension plans, as a new poll showed the race tightening.

At a rally in Duvenhage, opposition leader ⟦m:s2 Henrike Vass⟧ ⟦c told⟧ supporters that ⟦x:s2 the government's plan to raise the retirement age to 68 was “a betrayal of everyone who believed the last manifesto”⟧.

⟦q:s2 “They promised you at the last election that the pension age would not move. Now they want you to work an extra year and call it reform,”⟧ ⟦m:s2 Vass⟧ ⟦c said⟧. ⟦q:s2 “I call it something else.”⟧

Prime Minister ⟦m:s1 Aurelio Santangelo⟧, campaigning in the north, ⟦c said⟧ that ⟦i:s1 keeping the retirement age at 67, as the opposition proposes, would cost 14 billion florins a year by 2035⟧. ⟦q:s1 “Mrs Vass can promise you anything she likes. She won't be the one paying for it. Your children will,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ workers at a shipyard in Kestrup.

⟦q:s1 “I would rather lose an election telling the truth than win one telling fairy tales,”⟧ ⟦m:s1 the prime minister⟧ ⟦c added⟧.

Later on Sunday, ⟦m:s2 Vass⟧ ⟦c wrote⟧ on Instagram: ⟦q:s2 “The Prime Minister says my plan costs too much. His plan costs 400,000 people a year of their retirement. Pick which one you can afford.”⟧

⟦m:s5 Thierry Ndiaye⟧, a spokesman for ⟦m:s1 Santangelo⟧'s National Renewal Party, ⟦c said⟧ that ⟦x:s5 the post was “misleading from the first word to the last”⟧. ⟦q:s5 “Nobody loses a year of anything. The age rises by one month a year over twelve years, and she knows that,”⟧ ⟦m:s5 Ndiaye⟧ ⟦c said⟧.

A poll by Meridian Research published on Sunday put the ⟦m:s4 Civic Alliance⟧ on 34 per cent, two points behind the governing party and within the margin of error. ⟦q:s3 “A month ago this looked like a comfortable re-election. It isn't any more,”⟧ ⟦c said⟧ ⟦m:s3 Mbali Dube⟧, Meridian's head of political research. ⟦q:s3 “Pensions have moved older voters more than anything else in this campaign.”⟧

⟦m:s3 Dube⟧ ⟦c said⟧ ⟦i:s3 about one in five voters remained undecided⟧.

The ⟦m:s4 Civic Alliance⟧ ⟦c said⟧ in a statement that ⟦i:s4 ⟦m:s4 it⟧ had raised a record 2.1 million florins in small donations since the campaign began⟧.
"""),

# 12019 Q&A interview (Q:/A: labels): retiring nurse; answers unquoted, one answer over two paragraphs; hospital chief's quote in the intro
({"s1": ("Theodora Mensah", "Mensah", "Theo"),
  "s2": ("Rafael Quintero", "Quintero", "Dr Quintero")},
"""
Q&A: ⟦m:s1 Theodora Mensah⟧ on 41 years of nursing at St Brendan's

⟦m:s1 Theodora Mensah⟧ started at St Brendan's Hospital in Coldbrook as a 19-year-old trainee in 1985. On Friday ⟦m:s1 she⟧ retires as its chief nursing officer.

⟦q:s2 “Theo has trained half the nurses in this building and frightened the other half,”⟧ ⟦c said⟧ ⟦m:s2 the hospital's chief executive⟧, Dr ⟦m:s2 Rafael Quintero⟧. ⟦q:s2 “We will not replace her. We will just hire somebody to do her job.”⟧

We spoke to her in an office already half packed into boxes. The interview has been edited for length and clarity.

Q: What do you remember about your first day?

A: ⟦q:s1 I fainted. A man came in from the sawmill with a hand injury, the sister in charge told me to hold the bowl, and the next thing I knew I was looking up at the ceiling tiles. She made me a cup of tea and sent me straight back in.⟧

Q: How has the job changed since then?

A: ⟦q:s1 The patients are older and sicker, and they go home sooner. When I started, someone who had a hip replaced stayed with us for two weeks. Now it's two days, if that.⟧

⟦q:s1 The paperwork has changed too. I used to write a nursing note in three lines. Now there are forty boxes on a screen, and some nights it feels like the screen gets more attention than the patient.⟧

Q: St Brendan's has struggled to recruit. What would you tell a young person thinking about nursing?

A: ⟦q:s1 Do it. I mean that. The pay should be better, and I have said so to every minister who has walked through that door, but there is no other job where you get to be there on the worst day of someone's life and make it a little less bad.⟧

Q: What will you miss?

A: ⟦q:s1 Night shifts, believe it or not. At three in the morning a ward is a different place; people tell you things they would never say in daylight. What I won't miss is the car park.⟧
"""),

# 12020 Q&A interview (name labels): new police chief; mayor's quote and federation statement in the intro
({"s1": ("Tavita Leaupepe", "Leaupepe", "Chief Leaupepe"),
  "s2": ("Delia Forsythe", "Forsythe", "Mayor Forsythe"),
  "s3": ("Wexcombe Police Federation", "Police Federation", "federation")},
"""
Wexcombe's new police chief on his first 100 days

⟦m:s1 Tavita Leaupepe⟧ became Wexcombe's chief of police in August after 22 years with the force in neighbouring Dunstall. Mayor ⟦m:s2 Delia Forsythe⟧, who chose him from a field of 14 candidates, ⟦c said⟧ at the time: ⟦q:s2 “This city needs a chief who walks, not one who drives.”⟧

The ⟦m:s3 Wexcombe Police Federation⟧, which represents rank-and-file officers, has been more cautious. ⟦q:s3 “The new chief has made a good start. Good starts do not put officers on the street,”⟧ ⟦m:s3 the federation⟧ ⟦c said⟧ in a statement last month.

The Courier sat down with ⟦m:s1 Leaupepe⟧ at the Fenwick Street station. Questions and answers have been condensed.

The Courier: You've been here 100 days. What has surprised you?

⟦m:s1 Leaupepe⟧: ⟦q:s1 How many people stop me in the street to talk about speeding. I expected burglaries, drugs, the things that make the news. What people actually want is for cars to slow down outside the primary school.⟧

The Courier: Response times have been heavily criticised. Are they improving?

⟦m:s1 Leaupepe⟧: ⟦q:s1 Slowly. We were averaging 19 minutes for urgent calls when I arrived. We're at 14 now. The target is ten, and I won't pretend we're there.⟧

The Courier: Overtime spending is at a record high. Is that sustainable?

⟦m:s1 Leaupepe⟧: ⟦q:s1 No. I've met the federation twice and I'll keep meeting them, because they're right that officers are exhausted. We are 31 officers short, and you can't fill that gap with overtime forever.⟧

The Courier: What do you want people to say about the force a year from now?

⟦m:s1 Leaupepe⟧: ⟦q:s1 That they know their local officer's name. That's it. If a grandmother on the Elm estate can tell you who her beat officer is, we're doing our job. And I miss the fish and chips in Dunstall, but don't print that.⟧
"""),

# 12021 cricket (British, single quotes, curly apostrophes): captain, fast bowler, coach, opposing captain; "the 31-year-old", "the fast bowler"
({"s1": ("Farhan Siddiqui", "Siddiqui"),
  "s2": ("Jaco van der Merwe", "van der Merwe", "Van der Merwe", "Jaco"),
  "s3": ("Alistair Brodie", "Brodie"),
  "s4": ("Dilshan Ekanayake", "Ekanayake")},
"""
⟦m:s2 Van der Merwe⟧ takes six as Wrexford seal county title

⟦m:s2 Jaco van der Merwe⟧ took six for 38 as Wrexford bowled out Pendlebury for 141 on the final afternoon at Castle Meadow to win the county championship for the first time since 1998.

Wrexford needed only a draw, but captain ⟦m:s1 Farhan Siddiqui⟧ declared on the final morning, setting Pendlebury 232 to win in 62 overs.

⟦q:s1 ‘A draw would have won us the title, but it wouldn’t have felt like winning it,’⟧ ⟦m:s1 Siddiqui⟧ ⟦c said⟧. ⟦q:s1 ‘I wanted the lads to remember this one properly.’⟧

⟦m:s1 The 31-year-old⟧, who took over the captaincy in April, ⟦c admitted⟧ ⟦i:s1 ⟦m:s1 he⟧ had doubted the declaration when Pendlebury reached 90 for one at tea⟧. ⟦q:s1 ‘I had a cup of tea and a quiet word with myself,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

After the interval ⟦m:s2 van der Merwe⟧ took five wickets for 11 runs in seven overs. ⟦q:s2 ‘The ball started reversing, and when it does that at my pace it’s a different game,’⟧ ⟦c said⟧ ⟦m:s2 the fast bowler⟧. ⟦q:s2 ‘Farhan just kept throwing me the ball. I wasn’t going to give it back.’⟧

Head coach ⟦m:s3 Alistair Brodie⟧, in his final season before retirement, ⟦c said⟧ ⟦i:s3 the title belonged to the club’s academy, which had produced seven of the eleven⟧. ⟦q:s3 ‘Twenty years ago we were buying in players we couldn’t afford. This side grew up here,’⟧ ⟦m:s3 Brodie⟧ ⟦c said⟧.

⟦m:s3 He⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had not yet decided whether to stay on in an advisory role⟧. ⟦q:s3 ‘Ask me after the party.’⟧

Pendlebury captain ⟦m:s4 Dilshan Ekanayake⟧, whose 67 was the only real resistance, ⟦c said⟧: ⟦q:s4 ‘We were in a good position at tea and we let it go. Credit to Jaco, that was as good a spell as I’ve faced all year.’⟧

⟦m:s4 He⟧ ⟦c said⟧ that ⟦x:s4 Wrexford were ‘worthy champions’ and that Pendlebury would be back⟧.
"""),

# 12022 women's hockey: coach, captain, goalkeeper, opposing coach (all women), captain's Instagram post, "the captain"
({"s1": ("Bettina Hrafnsdóttir", "Hrafnsdóttir"),
  "s2": ("Maeve Costigan", "Costigan", "Maeve"),
  "s3": ("Tahlia Moana", "Moana"),
  "s4": ("Sunita Rao", "Rao")},
"""
⟦m:s2 Costigan⟧'s late strike sends Lanark Ravens to first national final

⟦m:s2 Maeve Costigan⟧ converted a penalty corner with 90 seconds left as the Lanark Ravens beat the Saltcoast Herons 3–2 in Saturday's semi-final to reach the National Women's Hockey League final for the first time.

⟦q:s2 “We've practised that routine about a thousand times this season, and it has never once gone in during a match,”⟧ ⟦m:s2 the captain⟧ ⟦c said⟧. ⟦q:s2 “Trust me, I noticed.”⟧

⟦q:s1 “I told her to stop thinking and hit it,”⟧ ⟦c said⟧ Ravens coach ⟦m:s1 Bettina Hrafnsdóttir⟧, who took charge of the club two seasons ago when it was bottom of the league. ⟦q:s1 “She thinks too much. It's her only fault, and tonight she didn't.”⟧

The Ravens would not have been in a position to win without ⟦m:s3 Tahlia Moana⟧, who saved a penalty stroke early in the fourth quarter with the scores level at 2–2. ⟦q:s3 “I guessed left. Sometimes you guess right,”⟧ ⟦m:s3 she⟧ ⟦c said⟧ with a shrug. ⟦q:s3 “Ask me about the two I let in and I'll give you a longer answer.”⟧

Herons coach ⟦m:s4 Sunita Rao⟧ ⟦c said⟧ that ⟦x:s4 her side had been “punished for one lapse in sixty minutes”⟧.

⟦m:s4 She⟧ had coached ⟦m:s3 Moana⟧ at junior level. ⟦q:s4 “I'm the one who taught her to guess left. I should have remembered that,”⟧ ⟦m:s4 Rao⟧ ⟦c said⟧.

Shortly after the final whistle, ⟦m:s2 Costigan⟧ ⟦c posted⟧ on Instagram: ⟦q:s2 “WE'RE GOING TO THE FINAL. Somebody please call my mum.”⟧

⟦m:s1 Hrafnsdóttir⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would give the squad two days off before preparing for the final against the Eastmoor Kites⟧. ⟦q:s1 “They've earned a lie-in,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 12023 civil trial: plaintiff, her lawyer, company statement, company lawyer, judge, anonymous juror
({"s1": ("Corinne Maddox", "Maddox"),
  "s2": ("Abdul-Karim Haddad", "Haddad"),
  "s3": ("Pinecrest Senior Living", "Pinecrest"),
  "s4": ("Stuart Wexley", "Wexley"),
  "s5": ("Leonard Ambrose", "Ambrose", "Judge Ambrose")},
"""
Jury awards $4.2 million to family of woman who died after care home fall

A Sorrell County jury on Friday ordered ⟦m:s3 Pinecrest Senior Living⟧ to pay $4.2 million to the family of an 86-year-old resident who died after falling from her bed at the company's Maplewood facility in 2023.

Jurors deliberated for about six hours before finding the company negligent in the death of Evelyn Hale, a retired schoolteacher who had lived at Maplewood for three years.

⟦q:s1 “Nothing in that courtroom was going to bring my mother back,”⟧ ⟦m:s1 Corinne Maddox⟧, Hale's daughter, ⟦c said⟧ on the courthouse steps, holding a framed photograph. ⟦q:s1 “What I wanted was for somebody to say out loud that what happened to her was wrong. Today twelve people said it.”⟧

⟦m:s2 Her lawyer⟧, ⟦m:s2 Abdul-Karim Haddad⟧, ⟦c said⟧ that ⟦x:s2 the verdict sent “a message to every operator that counts its staff before it counts its residents”⟧. ⟦q:s2 “The night Evelyn fell, there were two aides on duty for 58 residents,”⟧ ⟦m:s2 Haddad⟧ ⟦c said⟧. ⟦q:s2 “Pinecrest's own policy said there should have been four.”⟧

In a statement, ⟦m:s3 Pinecrest⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 it⟧ was “deeply disappointed” by the verdict and would consider an appeal⟧. ⟦q:s3 “Our thoughts remain with the Hale family. We do not believe the evidence showed that staffing levels caused Mrs. Hale's fall,”⟧ the statement ⟦c said⟧.

⟦m:s4 Stuart Wexley⟧, who represented the company at trial, had argued in his closing that ⟦i:s4 Hale had repeatedly got out of bed without help despite being warned not to⟧. ⟦q:s4 “Nobody could have watched Mrs. Hale every minute of every night. No facility in this state could,”⟧ ⟦m:s4 Wexley⟧ ⟦c told⟧ jurors on Thursday.

Before dismissing the jury, Judge ⟦m:s5 Leonard Ambrose⟧ thanked its members for three weeks of service. ⟦q:s5 “This was not an easy case, and you treated it with the seriousness it deserved,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

One juror, who asked not to be named, ⟦c said⟧ ⟦i the staffing records had been decisive⟧. ⟦q “We kept going back to the schedule. Two people for that many residents. You can't make that work,”⟧ he ⟦c said⟧.

⟦m:s1 Maddox⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ planned to use part of the award to start a scholarship at the elementary school where her mother taught for 31 years⟧.
"""),

# 12024 health (straight quotes): mother and daughter with the same surname, "her mother" inside indirect content, health board chief, nurses' union, department spokesperson
({"s1": ("Olamide Fashola", "Fashola", "Dr Fashola"),
  "s2": ("Bríd Ní Mhaoláin", "Ní Mhaoláin"),
  "s3": ("Eileen Hatherley", "Eileen"),
  "s4": ("Joanne Hatherley", "Joanne"),
  "s5": ("Department of Health",)},
"""
Patients waited up to 31 hours in Glenmara emergency department

Patients at Glenmara General Hospital's emergency department waited as long as 31 hours for a bed last month, figures published on Wednesday show, the longest waits recorded since the hospital opened in 1994.

⟦m:s3 Eileen Hatherley⟧, 83, was one of them. ⟦m:s3 She⟧ spent 29 hours on a trolley in a corridor after breaking her wrist in a fall at home.

⟦q:s4 "She was on a trolley under a fluorescent light for a day and a half. They gave her a blanket and a sandwich,"⟧ ⟦c said⟧ ⟦m:s4 her daughter⟧, ⟦m:s4 Joanne Hatherley⟧, who stayed with her throughout. ⟦q:s4 "The nurses were wonderful. There just weren't enough of them."⟧

⟦m:s3 Eileen⟧, speaking from her home in Carrowbeg, was less forgiving. ⟦q:s3 "I was a nurse myself for 38 years. I never saw it like that,"⟧ ⟦m:s3 the 83-year-old⟧ ⟦c said⟧. ⟦q:s3 "A man next to me was calling out all night and nobody had a minute to see to him. I don't blame the girls. I blame whoever is in charge."⟧

⟦m:s1 The person in charge⟧, ⟦m:s1 Olamide Fashola⟧, chief executive of the North Vale Health Board, apologised to patients on Wednesday. ⟦q:s1 "These waits are not acceptable, and I am not going to describe them as anything else,"⟧ Dr ⟦m:s1 Fashola⟧ ⟦c said⟧. ⟦q:s1 "The problem is not at the front door. It is at the back door. We have 60 patients in beds who are well enough to leave and have nowhere to go."⟧

⟦m:s1 He⟧ ⟦c said⟧ ⟦i:s1 the board would open a 24-bed transitional care unit in March⟧.

⟦m:s2 Bríd Ní Mhaoláin⟧, who represents nurses at the hospital for the Allied Nursing Union, ⟦c said⟧ that ⟦x:s2 staff were "running on fumes"⟧. ⟦q:s2 "We have nurses crying in the car park at the end of a shift,"⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 "A new unit in March is fine. What about tonight?"⟧

A spokesperson for the ⟦m:s5 Department of Health⟧ ⟦c said⟧ that ⟦i:s5 an extra 40 million had been allocated to the region this year⟧ and that ⟦x:s5 the minister would visit Glenmara "in the coming weeks"⟧.

⟦m:s4 Joanne⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s3 her mother⟧ was recovering well but dreaded going back⟧.

⟦q:s4 "She made me promise that if she falls again, I'll drive her to Dunmore instead. It's two hours away."⟧
"""),

# 12025 planning committee (British): developer, residents' association chair (also on Facebook), elderly resident, dissenting councillor, committee chair (role NP + title + name)
({"s1": ("Roland Feeney", "Feeney"),
  "s2": ("Marguerite Obi", "Obi"),
  "s3": ("Sanjay Bhattacharya", "Bhattacharya", "Councillor Bhattacharya"),
  "s4": ("Wilfred Amankwah", "Amankwah"),
  "s5": ("Heledd Rhys", "Rhys", "Councillor Rhys")},
"""
Councillors approve 340 homes on former Ashgrove golf course

Plans for 340 homes on the former Ashgrove golf course were approved by Brackenfield District Council's planning committee on Tuesday, despite more than 600 objections from residents.

The committee voted seven to four in favour of the scheme by Thornbury Living, which includes 102 affordable homes, land for a primary school and a 12-hectare public park.

⟦q:s1 “This is exactly the kind of site the district needs to build on. It is next to a railway station, it is next to a main road, and nobody has played golf on it for six years,”⟧ ⟦c said⟧ ⟦m:s1 Roland Feeney⟧, planning director at Thornbury Living.

⟦m:s1 He⟧ ⟦c told⟧ the committee that ⟦i:s1 the company had cut the number of homes from 410 after the first round of consultation⟧. ⟦q:s1 “We listened. Not everyone will think we listened enough,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 Marguerite Obi⟧, chair of the Ashgrove Residents' Association, ⟦c said⟧ that ⟦x:s2 local roads were “already at breaking point” at rush hour⟧. ⟦q:s2 “Three hundred and forty homes means six hundred more cars on Orchard Lane, and Orchard Lane has no pavement for half its length,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Somebody's child is going to get hurt.”⟧

⟦m:s4 Wilfred Amankwah⟧, 74, who has lived beside the course for 40 years, ⟦c told⟧ councillors: ⟦q:s4 “I walked my dog there when it was a golf course and I expect I'll walk him there when it's a park. I'm not against houses. I'm against being told it has all been decided.”⟧

Councillor ⟦m:s5 Heledd Rhys⟧, who voted against, ⟦c said⟧ that ⟦x:s5 the school was “a promise, not a school”⟧. ⟦q:s5 “There is no money from the county to build it. We are approving a field with a sign on it,”⟧ ⟦m:s5 she⟧ ⟦c said⟧.

⟦m:s3 The committee's chair⟧, Councillor ⟦m:s3 Sanjay Bhattacharya⟧, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ understood residents' anger but the committee had to decide the application on planning grounds alone⟧. ⟦q:s3 “We cannot refuse a scheme because it is unpopular. We can only refuse it if it breaks the rules, and this one does not,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s2 Obi⟧ later ⟦c wrote⟧ on the association's Facebook page: ⟦q:s2 “Disappointed but not defeated. We are taking legal advice and will update everyone on Thursday.”⟧
"""),

# 12026 environment: campaigner quoted from a social-media post and an interview, water company through an unnamed spokesman, regulator, angler
({"s1": ("Tamsin Roe", "Roe"),
  "s2": ("Calder Vale Water",),
  "s3": ("Hollis Mbeki", "Mbeki", "Dr Mbeki"),
  "s4": ("Geraint Pugh", "Pugh")},
"""
Thousands of fish die after sewage spill in River Lisle

Thousands of fish have died in the River Lisle after sewage poured from a treatment works upstream of Hallam Bridge for at least 14 hours on Sunday.

⟦m:s1 Tamsin Roe⟧, who founded the campaign group Clean Lisle, posted a video on Sunday evening showing dead trout drifting past the town's footbridge. ⟦q:s1 “This was a living river on Saturday. Look at it now,”⟧ ⟦m:s1 she⟧ ⟦c wrote⟧. ⟦q:s1 “Somebody from Calder Vale Water needs to come down here and explain this to my kids.”⟧

The video had been shared more than 40,000 times by Monday afternoon.

⟦m:s2 Calder Vale Water⟧ ⟦c said⟧ ⟦i:s2 a pump failure at the Hallam Bridge works had caused the spill⟧. A spokesman ⟦c said⟧: ⟦q:s2 “We are deeply sorry. Our teams worked through the night to restore the pumps, and we will pay for the clean-up in full.”⟧

⟦m:s1 Roe⟧ ⟦c said⟧ that ⟦x:s1 the apology was “not worth the press release it's printed on”⟧. ⟦q:s1 “I'm not interested in sorry. I want to know how many times this has happened when nobody was filming,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ in an interview on Monday.

⟦m:s3 Hollis Mbeki⟧, area manager at the Rivers Protection Agency, ⟦c said⟧ ⟦i:s3 officers had counted more than 3,000 dead fish along a four-mile stretch⟧. ⟦q:s3 “Brown trout, grayling, bullhead, even eels. It is the worst incident on this river in my career,”⟧ Dr ⟦m:s3 Mbeki⟧ ⟦c said⟧. ⟦q:s3 “We will be looking very carefully at why the alarm system did not alert anyone sooner.”⟧

⟦m:s3 He⟧ ⟦c said⟧ ⟦i:s3 the agency would decide within weeks whether to prosecute⟧.

⟦q:s4 “My grandfather fished this stretch. My father fished it. I was going to teach my grandson on it this spring,”⟧ ⟦c said⟧ ⟦m:s4 Geraint Pugh⟧, 66, secretary of the Lisle Valley Angling Club, standing on the bank beside a row of pale carcasses. ⟦q:s4 “Now I don't know if there'll be anything left for him to catch.”⟧
"""),

# 12027 obituary: the deceased quoted from an old interview, two sons (same gender, "their mother" inside indirect content), councillor on Facebook, pantry statement
({"s1": ("Ama Serwaa Boateng", "Ama Boateng", "Boateng", "Ama"),
  "s2": ("Kojo Boateng", "Kojo"),
  "s3": ("Yaw Boateng", "Yaw"),
  "s4": ("Lorraine Pettigrew", "Pettigrew", "Councillor Pettigrew"),
  "s5": ("Eastgate Community Pantry", "Community Pantry")},
"""
⟦m:s1 Ama Boateng⟧, who built Eastgate's food pantry from the boot of her car, dies at 77

⟦m:s1 Ama Serwaa Boateng⟧, who started the ⟦m:s5 Eastgate Community Pantry⟧ with a carload of groceries in 1998 and built it into one of the largest food banks in the county, died on Sunday at her home. ⟦m:s1 She⟧ was 77.

⟦m:s2 Her elder son⟧, ⟦m:s2 Kojo⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s1 she⟧ had died peacefully, with her grandchildren's drawings pinned to the wall beside her bed⟧.

⟦m:s1 Boateng⟧ arrived in Eastgate in 1971 as a 22-year-old nursing student. In a 2008 interview with this newspaper, ⟦m:s1 she⟧ ⟦c said⟧ ⟦i:s1 the idea for the pantry had come from a neighbour who was too proud to ask for help⟧.

⟦q:s1 “She would send her children to borrow sugar, and then rice, and then bread. One day I understood it was not borrowing,”⟧ ⟦m:s1 Boateng⟧ ⟦c said⟧ at the time. ⟦q:s1 “So I filled the boot of my car and drove around. That's all it was, at first.”⟧

⟦q:s2 “Mum never once called it charity. She called it groceries,”⟧ ⟦c said⟧ ⟦m:s2 Kojo Boateng⟧, 52. ⟦q:s2 “If you called it charity in front of her, you got a look you didn't forget.”⟧

⟦m:s3 His brother⟧, ⟦m:s3 Yaw⟧, 48, who now runs the pantry's warehouse, ⟦c said⟧ ⟦i:s3 ⟦m:s1 their mother⟧ had been working until two weeks before her death⟧. ⟦q:s3 “She was phoning suppliers from her hospital bed. The nurses confiscated her phone twice,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “The second time she talked them into giving it back.”⟧

Councillor ⟦m:s4 Lorraine Pettigrew⟧, who represents Eastgate on the county council, ⟦c wrote⟧ on Facebook: ⟦q:s4 “Ama fed this town when nobody else would. Every one of us owes her something, whether we know it or not.”⟧

⟦m:s5 The pantry⟧ ⟦c said⟧ in a statement that ⟦x:s5 ⟦m:s5 it⟧ would stay open as usual this week, “because that is exactly what Ama would have insisted on”⟧.

⟦m:s2 Kojo⟧ ⟦c said⟧ ⟦i:s2 the family had asked for donations of tinned food instead of flowers⟧. ⟦q:s2 “She'd be furious if we spent money on lilies,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.
"""),

# 12028 agriculture (straight quotes): bird flu; department, chief vet (role NP + title + name), three men, "the 58-year-old", growers' association chair
({"s1": ("Henrik Aalto", "Aalto", "Dr Aalto"),
  "s2": ("Bao Nguyen", "Nguyen", "Bao"),
  "s3": ("Dilip Chandrasekhar", "Chandrasekhar"),
  "s4": ("Department of Agriculture and Food", "department"),
  "s5": ("Ruth Okonedo", "Okonedo")},
"""
Bird flu confirmed at Tillmouth egg farm; 60,000 hens to be culled

⟦i:s4 Avian influenza has been confirmed at a commercial egg farm near Tillmouth, and all 60,000 hens on the site will be culled⟧, the ⟦m:s4 Department of Agriculture and Food⟧ ⟦c said⟧ on Thursday.

⟦m:s4 The department⟧ ⟦c said⟧ ⟦i:s4 a 10-kilometre surveillance zone had been set up around the farm and that poultry could not be moved in or out of it without a licence⟧.

⟦q:s1 "The risk to the public remains very low. The risk to other flocks in the area is not low at all,"⟧ ⟦c said⟧ ⟦m:s1 the chief veterinary officer⟧, Dr ⟦m:s1 Henrik Aalto⟧. ⟦q:s1 "Migrating wild birds are bringing the virus in, and we expect more cases before the spring."⟧

⟦m:s1 He⟧ ⟦c said⟧ that ⟦i:s1 every farmer in the region, not only those inside the zone, should keep their birds indoors⟧.

The farm belongs to ⟦m:s2 Bao Nguyen⟧, who bought it in 2011. ⟦q:s2 "I noticed on Monday that the hens in shed three were quiet. Too quiet. By Tuesday morning we had lost 400,"⟧ ⟦m:s2 Nguyen⟧ ⟦c said⟧. ⟦q:s2 "I called the vet before I'd even finished counting."⟧

⟦m:s2 He⟧ ⟦c said⟧ ⟦i:s2 compensation would cover the birds but not the months without income while the sheds were disinfected⟧.

⟦m:s3 Dilip Chandrasekhar⟧, whose free-range flock of 8,000 sits just inside the surveillance zone, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had moved his hens indoors on Wednesday night⟧. ⟦q:s3 "They hate it. They're free-range birds, and they know it,"⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 "But I'd rather have cross hens than no hens."⟧

⟦q:s3 "Bao did everything right. A lot of people would have waited a day to see if it passed,"⟧ ⟦m:s3 the 58-year-old⟧ ⟦c added⟧.

⟦m:s5 Ruth Okonedo⟧, who chairs the Poultry Growers Association, ⟦c said⟧ that ⟦x:s5 the outbreak was "every farmer's nightmare"⟧. ⟦q:s5 "Last time it took the department nine months to pay out. Nine months. Some of our members didn't survive that,"⟧ ⟦m:s5 she⟧ ⟦c said⟧.
"""),

# 12029 transport (British, single quotes): ferry operator through an unnamed spokeswoman, councillor, "the mother of three", fish farm manager, minister's statement
({"s1": ("Skerra Ferries", "Skerra"),
  "s2": ("Morag Tulloch", "Tulloch"),
  "s3": ("Eilidh MacInnes", "MacInnes"),
  "s4": ("Ruaridh Sutherland", "Sutherland"),
  "s5": ("Alasdair Greig", "Greig")},
"""
Innisfarran islanders fear for future as winter ferry sailings are cut

The only ferry link between Innisfarran and the mainland will run four days a week instead of seven from January, its operator has confirmed, prompting warnings from islanders that families and businesses will be driven away.

⟦m:s1 Skerra Ferries⟧ ⟦c said⟧ ⟦i:s1 the cut was needed because its older vessel, the MV Corrie, would be out of service for six weeks of repairs⟧. A spokeswoman for ⟦m:s1 Skerra⟧ ⟦c said⟧: ⟦q:s1 ‘We know how much islanders rely on this service, and we have not taken this decision lightly. We will restore the full timetable as soon as the Corrie returns.’⟧

Local councillor ⟦m:s2 Morag Tulloch⟧ ⟦c said⟧ ⟦x:s2 islanders had heard ‘as soon as’ before⟧. ⟦q:s2 ‘The last time the Corrie went in for repairs it was meant to be a month. It was five,’⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 ‘Four days a week sounds like a timetable. In winter, with the weather we get, it means two.’⟧

⟦m:s3 Eilidh MacInnes⟧, 44, whose three children board at the high school on the mainland during the week, ⟦c said⟧ ⟦i:s3 the cut would mean ⟦m:s3 she⟧ often could not bring them home on Fridays⟧. ⟦q:s3 ‘My youngest is twelve. He’ll be stuck in a hostel over there some weekends because there’s no boat home,’⟧ ⟦c said⟧ ⟦m:s3 the mother of three⟧. ⟦q:s3 ‘I didn’t move back here to see my children three weekends a month.’⟧

⟦m:s4 Ruaridh Sutherland⟧, who manages the salmon farm at Port Aonghais, which employs 23 islanders, ⟦c said⟧ that ⟦i:s4 fewer sailings would make it almost impossible to get fresh fish to market on time⟧. ⟦q:s4 ‘A salmon doesn’t wait for a ferry. Either it reaches the buyer within 48 hours or it’s worth half as much,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.

In a statement, Transport Minister ⟦m:s5 Alasdair Greig⟧ ⟦c said⟧: ⟦q:s5 ‘I have asked officials to look urgently at chartering a replacement vessel for the winter. Island communities must not be left cut off.’⟧

⟦m:s2 Tulloch⟧ ⟦c said⟧ ⟦x:s2 ⟦m:s2 she⟧ would believe in a replacement vessel ‘when it is tied up at the pier’⟧.
"""),

# 12030 Q&A interview (Q:/A: labels): retiring judge; public defender quoted in the intro; one answer over two paragraphs
({"s1": ("Hiroshi Tanabe", "Tanabe", "Judge Tanabe"),
  "s2": ("Alma Reyes", "Reyes")},
"""
Q&A: Judge ⟦m:s1 Hiroshi Tanabe⟧ looks back on 27 years on the bench

Judge ⟦m:s1 Hiroshi Tanabe⟧ will hear his last case at the Halloway County Courthouse on Dec. 19, closing a 27-year career in which ⟦m:s1 he⟧ presided over more than 400 jury trials.

⟦q:s2 “He was tough on everyone, lawyers included, and he was tough on everyone equally,”⟧ ⟦c said⟧ ⟦m:s2 Alma Reyes⟧, the county's chief public defender, who has appeared before him since 2001. ⟦q:s2 “That's rarer than people think.”⟧

The Ledger spoke to ⟦m:s1 Tanabe⟧ in his chambers. His answers have been edited for length.

Q: Why retire now?

A: ⟦q:s1 I'm 70. The state says I have to. If it were up to me I'd probably stay until they carried me out, which is exactly why the state doesn't leave it up to me.⟧

Q: Is there a case that stays with you?

A: ⟦q:s1 Several. The one I think about most is a young man I sentenced in 1999 to 12 years for a robbery. He wrote to me from prison every Christmas. He's a welder now, with three kids, and last year he sent me a photo of them.⟧

⟦q:s1 I don't take credit for that. He did it. But I think about how close that number was to being twenty.⟧

Q: What has changed most in the courtroom?

A: ⟦q:s1 Screens. Half the evidence I see now is a phone video, and jurors expect it. If there's no video, some of them think nothing happened.⟧

Q: What advice would you give your successor?

A: ⟦q:s1 Listen longer than feels comfortable. Everybody who walks into that room thinks nobody is listening to them. Prove them wrong.⟧
"""),
]

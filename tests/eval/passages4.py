"""Second held-out batch, passages 63-76 (written after the first held-out round; not used for tuning)."""

HELDOUT2 = [
# 63
({"s1": ("Gustav Renner", "Renner", "Mayor Gustav Renner"), "s2": ("Lotte Brandvold", "Brandvold")}, """
Tram extension approved after decade of delays

The city council of Ostermark approved a 6-kilometre extension of the tram network on Thursday, ending ten years of legal disputes.

Mayor ⟦m:s1 Gustav Renner⟧, who has championed the project since taking office, ⟦c called⟧ the vote ⟦x:s1 “a turning point for the east side”⟧.

⟦q:s1 “For too long, people in Brakke and Vellum have been told to wait,”⟧ ⟦m:s1 Renner⟧ ⟦c told⟧ councillors before the vote. ⟦q:s1 “Tonight we stop asking them to wait.”⟧

Opposition councillor ⟦m:s2 Lotte Brandvold⟧ ⟦c warned⟧ that ⟦i:s2 costs had already risen by 40 percent⟧ and ⟦c said⟧ ⟦i:s2 her group would keep pressing for an independent audit⟧.
"""),
# 64
({"s1": ("Dr. Miriam Achterberg", "Achterberg", "Miriam Achterberg"), "s2": ("study", "a study", "a study published on Wednesday")}, """
Study links long commutes to poorer sleep

⟦i:s2 People who commute more than an hour each way sleep on average 40 minutes less than those with short journeys⟧, ⟦c according to⟧ ⟦m:s2 a study⟧ published on Wednesday.

⟦q:s1 “We expected an effect, but not one this large,”⟧ ⟦c said⟧ ⟦m:s1 Dr. Miriam Achterberg⟧, who led the research at the University of Lenholm. ⟦q:s1 “Forty minutes a night adds up to more than a week of lost sleep every year.”⟧

The researchers followed 3,200 workers for two years. ⟦m:s1 Achterberg⟧ ⟦c said⟧ ⟦i:s1 employers could help by allowing flexible start times⟧.
"""),
# 65
({"s1": ("Pieter van Dalen", "van Dalen", "Van Dalen"), "s2": ("Rhodes Freight", "the company")}, """
Truck drivers block motorway in protest over fuel costs

Hundreds of truck drivers slowed traffic to a crawl on the A7 motorway on Monday in protest at rising diesel prices.

⟦q:s1 “We are not doing this for fun. Every week I drive I lose money,”⟧ ⟦c said⟧ ⟦m:s1 Pieter van Dalen⟧, 52, who has driven lorries for 30 years.

⟦m:s2 Rhodes Freight⟧, one of the country’s largest haulage firms, ⟦c said⟧ in a statement that ⟦i:s2 it supported the drivers’ concerns but not the blockade⟧.
"""),
# 66
({"s1": ("Amira Saleh", "Saleh")}, """
Refugee-run bakery becomes neighbourhood fixture

When ⟦m:s1 Amira Saleh⟧ opened her bakery on Dorne Street three years ago, she knew almost no one in the city.

Today the queue stretches around the corner on Saturday mornings. ⟦q:s1 “People come for the bread and stay for the conversation,”⟧ ⟦m:s1 she⟧ ⟦c says⟧, dusting flour from her hands.

⟦q:s1 “In the beginning I was afraid nobody would understand what I was selling. Now customers correct my pronunciation of their own words.”⟧
"""),
# 67
({"s1": ("Victor Oyelaran", "Oyelaran"), "s2": ("Grace Tennant", "Tennant")}, """
Festival organisers defend ticket prices

Organisers of the Summerfield music festival have defended a 25 percent rise in ticket prices after a backlash from fans.

⟦q:s1 “Artists’ fees, security, insurance — everything has gone up,”⟧ festival director ⟦m:s1 Victor Oyelaran⟧ ⟦c said⟧. ⟦q:s1 “We held prices for four years. We could not hold them for a fifth.”⟧

But fan ⟦m:s2 Grace Tennant⟧, who has attended every year since 2012, ⟦c said⟧: ⟦q:s2 “It has become a festival for people who don’t need to check their bank balance.”⟧
"""),
# 68
({"s1": ("Nikolai Orlov", "Orlov"), "s2": ("Kessler Motors", "the carmaker")}, """
Carmaker to shut plant, cutting 1,100 jobs

⟦i:s2 Kessler Motors will close its assembly plant in Dravik by the end of next year⟧, ⟦m:s2 the carmaker⟧ ⟦c announced⟧ on Tuesday.

⟦q:s2 “This was an extremely difficult decision,”⟧ ⟦m:s2 the company⟧ ⟦c said⟧, citing falling demand for its older models.

Union representative ⟦m:s1 Nikolai Orlov⟧ ⟦c said⟧ ⟦i:s1 workers had learned of the closure from the news⟧. ⟦q:s1 “Nobody from management had the decency to tell us first,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),
# 69
({"s1": ("Sister Agnes Moray", "Agnes Moray", "Moray")}, """
Convent opens its gardens to the public for first time in 200 years

The walled gardens of St. Brigid’s convent in Kellsworth will open to visitors next month.

⟦q:s1 “We have been keeping a secret for two centuries, and it is time to share it,”⟧ ⟦c said⟧ Sister ⟦m:s1 Agnes Moray⟧, 79, who has tended the roses for half her life.

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 entry would be free but donations would go towards repairing the chapel roof⟧.
"""),
# 70
({"s1": ("Haruto Ishida", "Ishida"), "s2": ("Selma Okonkwo", "Okonkwo")}, """
Chess prodigy, 12, beats grandmaster

⟦m:s1 Haruto Ishida⟧ needed just 31 moves to defeat a grandmaster at the Valeport open on Sunday.

⟦q:s1 “I was nervous until move ten. After that I just saw the board,”⟧ the 12-year-old ⟦c said⟧ afterwards.

His opponent, ⟦m:s2 Selma Okonkwo⟧, was gracious in defeat. ⟦q:s2 “He played like someone twice his age,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 71
({"s1": ("Brennan Hale", "Hale"), "s2": ("café owner", "one café owner"), "s3": ("engineers", "Engineers"), "s4": ("local businesses", "Local businesses")}, """
Bridge closure to last until spring, engineers say

⟦i:s3 The Old Mill bridge will remain closed until at least April after inspectors found cracks in two of its supports⟧, ⟦m:s3 engineers⟧ ⟦c said⟧ on Friday.

⟦q:s1 “Safety comes first. We will not reopen it until we are sure,”⟧ ⟦c said⟧ ⟦m:s1 Brennan Hale⟧, the county’s chief engineer.

⟦m:s4 Local businesses⟧ ⟦c say⟧ ⟦i:s4 the closure is costing them customers⟧. ⟦q:s2 “Half my trade came over that bridge,”⟧ ⟦c said⟧ ⟦m:s2 one café owner⟧, who asked not to be named.
"""),
# 72
({"s1": ("Ruth Ellery", "Ellery")}, """
Library fines abolished in bid to win back readers

Public libraries in the Ashmoor district will stop charging late fees from January.

⟦m:s1 Ruth Ellery⟧, head of library services, ⟦c said⟧ ⟦i:s1 fines had discouraged the very people libraries most wanted to reach⟧.

⟦q:s1 “A child who owes three pounds stops coming. A child who stops coming stops reading,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “That is far more expensive for all of us.”⟧
"""),
# 73
({"s1": ("Tobias Wren", "Wren"), "s2": ("Celeste Marlowe", "Marlowe")}, """
Rival bakers settle feud over ‘original’ honey cake

Two bakeries in Fallowmere that both claimed to have invented the town’s famous honey cake have agreed to share the title.

⟦q:s1 “My great-grandmother baked it first, but I am happy to share the credit,”⟧ ⟦c said⟧ ⟦m:s1 Tobias Wren⟧.

⟦m:s2 Celeste Marlowe⟧, whose shop stands across the square, ⟦c laughed⟧ when asked about the deal. ⟦q:s2 “His great-grandmother and mine were best friends. They probably baked it together,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 74
({"s1": ("Omar Faizal", "Faizal", "Minister Omar Faizal"), "s2": ("environmental groups", "Environmental groups")}, """
Government unveils plan to plant a million trees

Environment Minister ⟦m:s1 Omar Faizal⟧ on Wednesday unveiled a plan to plant a million trees across the country by 2030.

⟦m:s1 He⟧ ⟦c told⟧ reporters: ⟦q:s1 “Every school, every hospital and every new housing estate will have its own small forest.⟧

⟦q:s1 “This is not a gesture. It is infrastructure, just like roads and pipes.”⟧

⟦m:s2 Environmental groups⟧ welcomed the plan but ⟦c said⟧ ⟦i:s2 it lacked detail on funding⟧.
"""),
# 75
({"s1": ("Hollis Airport", "the airport"), "s2": ("Jenna Moss", "Moss")}, """
Airport apologises after baggage system failure

⟦m:s1 Hollis Airport⟧ ⟦c apologised⟧ on Sunday after a baggage system failure left thousands of passengers without their luggage.

⟦q:s1 “We understand how frustrating this has been and we are working around the clock to reunite passengers with their bags,”⟧ ⟦m:s1 the airport⟧ ⟦c said⟧.

⟦q:s2 “I’ve got a wedding tomorrow and my suit is somewhere in that building,”⟧ ⟦c said⟧ passenger ⟦m:s2 Jenna Moss⟧.
"""),
# 76
({"s1": ("Leopold Baumann", "Baumann"), "s2": ("Ada Fenwick", "Fenwick")}, """
Debate over statue’s future divides town

A bronze statue of a 19th-century mill owner has become the subject of a heated debate in Corbridge.

⟦m:s1 Leopold Baumann⟧, a local historian, ⟦c argued⟧ that ⟦i:s1 the statue should stay but with a plaque explaining the mill’s use of child labour⟧. ⟦q:s1 “Removing it would be easier. Explaining it is more honest,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 Ada Fenwick⟧, who started a petition for its removal, disagreed. ⟦q:s2 “We don’t put up statues to people we want to explain. We put them up to people we want to honour,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
]

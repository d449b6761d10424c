"""Third held-out batch, passages 77-90: wire-service style (US datelines, "said Tuesday", acronyms).
Written after the second held-out round; measured once before any change."""

HELDOUT3 = [
# 77
({"s1": ("Dana Whitfield", "Whitfield", "Sen. Dana Whitfield"), "s2": ("Marcus Lowe", "Lowe")}, """
Senate panel advances rail safety bill

WASHINGTON (Wire) — A Senate committee voted 14-8 on Tuesday to advance a bill that would require two-person crews on freight trains.

⟦q:s1 "This is about making sure the next derailment doesn't become the next disaster,"⟧ ⟦c said⟧ Sen. ⟦m:s1 Dana Whitfield⟧, D-Ore., the bill's chief sponsor.

Industry groups oppose the measure. ⟦m:s2 Marcus Lowe⟧, a spokesman for the Freight Carriers Association, ⟦c said⟧ Tuesday that ⟦i:s2 the requirement would add costs without improving safety⟧.
"""),
# 78
({"s1": ("Greta Lindholm", "Lindholm"), "s2": ("WHO", "World Health Organization")}, """
Measles cases climb for third straight year

GENEVA (Wire) — ⟦i:s2 Measles cases worldwide rose by 18 percent last year⟧, the ⟦m:s2 World Health Organization⟧ ⟦c said⟧ Thursday.

⟦q:s1 "Every one of these cases was preventable,"⟧ ⟦m:s1 Greta Lindholm⟧, who heads the agency's immunization program, ⟦c told⟧ reporters. ⟦q:s1 "We are going backwards."⟧
"""),
# 79
({"s1": ("Raul Menendez", "Menendez"), "s2": ("Karen Liu", "Liu")}, """
Strike ends at port after 12 days

LONG HARBOR (Wire) — Dockworkers returned to work Monday after union leaders and employers reached a tentative deal late Sunday.

Asked whether members would approve the agreement, union president ⟦m:s1 Raul Menendez⟧ ⟦c said⟧: ⟦q:s1 "I would not have signed it if I thought they wouldn't."⟧

⟦q:s2 "We're relieved,"⟧ ⟦c said⟧ ⟦m:s2 Karen Liu⟧, who owns a trucking company that relies on the port. ⟦q:s2 "Two weeks without containers nearly put us under."⟧
"""),
# 80
({"s1": ("Theo Barnett", "Barnett"), "s2": ("Northfield Police Department", "police")}, """
Man charged in string of bike thefts

NORTHFIELD (Wire) — ⟦i:s2 A 34-year-old man has been charged with stealing more than 60 bicycles from the university campus⟧, ⟦m:s2 police⟧ ⟦c said⟧.

⟦q:s1 "It felt like every week another student came in crying about a bike,"⟧ ⟦c said⟧ ⟦m:s1 Theo Barnett⟧, who runs a repair shop near campus. ⟦q:s1 "Some of them had saved for a year."⟧

The man is due in court Friday.
"""),
# 81
({"s1": ("Priya Raman", "Raman"), "s2": ("Helios Solar", "the company")}, """
Solar maker to build $400 million plant

⟦m:s2 Helios Solar⟧ ⟦c said⟧ Wednesday that ⟦i:s2 it would build a $400 million panel factory in eastern Ohario, creating about 900 jobs⟧.

⟦q:s1 "We looked at 30 sites,"⟧ chief executive ⟦m:s1 Priya Raman⟧ ⟦c said⟧ in an interview. ⟦q:s1 "This was the only one where the workforce, the power grid and the politics all lined up."⟧

⟦m:s1 Raman⟧ ⟦c said⟧ ⟦i:s1 construction would begin in the spring⟧.
"""),
# 82
({"s1": ("Elliot Crane", "Crane"), "s2": ("Fatima Idris", "Idris")}, """
Voters weigh in on school bond

Voters in Mapleton will decide next month whether to approve a $90 million bond for school repairs.

⟦q:s1 "My kids' school has buckets in the hallway when it rains,"⟧ ⟦c said⟧ ⟦m:s1 Elliot Crane⟧, a father of three. ⟦q:s1 "That's not a school, that's a shed."⟧

Not everyone agrees. ⟦q:s2 "We approved a bond eight years ago. Where did that money go?"⟧ ⟦c asked⟧ ⟦m:s2 Fatima Idris⟧, a retired accountant.
"""),
# 83
({"s1": ("Jonas Richter", "Richter"), "s2": ("authorities", "Authorities")}, """
Avalanche kills two skiers in backcountry

⟦i:s2 Two skiers died Saturday when an avalanche swept through a backcountry bowl near Pine Ridge⟧, ⟦m:s2 authorities⟧ ⟦c said⟧.

⟦q:s1 "Conditions were extremely dangerous and we had issued warnings all week,"⟧ ⟦c said⟧ ⟦m:s1 Jonas Richter⟧ of the regional avalanche center.

⟦m:s1 He⟧ ⟦c urged⟧ ⟦i:s1 skiers to stay on marked runs until the snowpack stabilized⟧.
"""),
# 84
({"s1": ("Lorraine Okafor", "Okafor", "Gov. Lorraine Okafor"), "s2": ("governor's office", "the governor's office")}, """
Governor signs budget after late-night deal

Gov. ⟦m:s1 Lorraine Okafor⟧ signed a $48 billion budget early Friday, hours after lawmakers ended a three-week standoff.

⟦q:s1 "Nobody got everything they wanted,"⟧ ⟦m:s1 Okafor⟧ ⟦c said⟧ at a signing ceremony. ⟦q:s1 "That's usually the sign of a fair deal."⟧

⟦i:s2 The budget includes raises for teachers and a freeze on college tuition⟧, ⟦c according to⟧ ⟦m:s2 the governor's office⟧.
"""),
# 85
({"s1": ("Wendell Ames", "Ames"), "s2": ("Sofia Brandt", "Brandt")}, """
Zoo welcomes rare twin snow leopards

The Riverside Zoo announced the birth of twin snow leopard cubs on Monday, a first in the zoo's 90-year history.

⟦q:s1 "We were hoping for one. When we saw two on the camera, the whole team cheered,"⟧ ⟦c said⟧ head keeper ⟦m:s1 Wendell Ames⟧.

The cubs will stay out of public view for several weeks. ⟦q:s2 "Mom is doing everything right,"⟧ ⟦c said⟧ veterinarian ⟦m:s2 Sofia Brandt⟧.
"""),
# 86
({"s1": ("Abdul Karimi", "Karimi"), "s2": ("Nora Quist", "Quist")}, """
Mosque and church team up to run food bank

Members of a mosque and a Lutheran church in Eastfield have teamed up to run the town's only food bank.

⟦q:s1 "Hunger doesn't check which door you pray behind,"⟧ ⟦c said⟧ ⟦m:s1 Abdul Karimi⟧, the mosque's imam.

Pastor ⟦m:s2 Nora Quist⟧ ⟦c agreed⟧. ⟦q:s2 "We have different books, but the same bread,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 87
({"s1": ("Hector Valdés", "Valdés"), "s2": ("Transit Authority", "the authority")}, """
Subway fares to rise 10 cents

The Metro ⟦m:s2 Transit Authority⟧ ⟦c said⟧ Friday that ⟦i:s2 fares would rise to $2.85 in March⟧, the first increase in five years.

⟦q:s1 "Ten cents sounds small until you ride twice a day, five days a week,"⟧ ⟦c said⟧ commuter ⟦m:s1 Hector Valdés⟧, 41.

⟦m:s1 Valdés⟧ ⟦c said⟧ ⟦i:s1 he would consider cycling to work instead⟧.
"""),
# 88
({"s1": ("Ingrid Castellano", "Castellano")}, """
Astronomer spots comet from backyard

An amateur astronomer in Bellwood has discovered a new comet using a telescope she built herself.

⟦q:s1 "At first I thought it was a smudge on the lens,"⟧ ⟦c said⟧ ⟦m:s1 Ingrid Castellano⟧, 67, a retired science teacher. ⟦q:s1 "Then the smudge moved."⟧

The International Astronomical Union has confirmed the discovery. The comet will carry her name.
"""),
# 89
({"s1": ("Martin Osei", "Osei"), "s2": ("Clara Beaumont", "Beaumont"), "s3": ("lawyers for the district", "Lawyers", "district")}, """
Court weighs ban on phones in classrooms

A state appeals court heard arguments Wednesday over a school district's ban on cellphones in classrooms.

⟦q:s1 "Students have a right to communicate with their parents,"⟧ attorney ⟦m:s1 Martin Osei⟧ ⟦c argued⟧ on behalf of a group of families.

⟦m:s3 Lawyers⟧ for the district ⟦c said⟧ ⟦i:s3 the ban had improved test scores and reduced bullying⟧. Judge ⟦m:s2 Clara Beaumont⟧ ⟦c asked⟧ both sides to submit further evidence.
"""),
# 90
({"s1": ("Roy Gallagher", "Gallagher")}, """
Last drive-in theater in county to close

The Starlite drive-in, the last of its kind in Harlan County, will show its final film on Sunday.

Owner ⟦m:s1 Roy Gallagher⟧, 74, ⟦c said⟧ ⟦i:s1 he could no longer afford repairs to the projector and screen⟧. ⟦q:s1 "My dad opened this place in 1962,"⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 "I always figured I'd close it, not sell it."⟧
"""),
]

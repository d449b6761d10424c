"""Unseen batch: written by a second author after the engine was frozen, and
never used to change a rule. Its figures are the honest estimate of quality
on new text. All people, organisations and places are fictional."""

UNSEEN = [
# 1: UK style, single quotes, said after name
({"s1": ("Harriet Okafor", "Okafor", "Dr Harriet Okafor"), "s2": ("Tom Baines", "Baines")}, """
Hospital waiting lists 'worst in a decade'

Waiting lists at the county's two hospitals have reached their longest since records began.

Dr ⟦m:s1 Harriet Okafor⟧, who chairs the regional health board, ⟦c said⟧: ⟦q:s1 ‘We are asking staff to do the impossible every single day.’⟧

⟦m:s2 Tom Baines⟧, a retired postman who has waited 14 months for a hip operation, ⟦c said⟧ ⟦q:s2 ‘I’ve stopped ringing them. There’s no point.’⟧

The board’s annual report is due in May.
"""),
# 2: interrupted quote, pronoun continuation
({"s1": ("Lucia Ferrante", "Ferrante"), "s2": ("Brightwater Council", "council")}, """
Seafront cafe wins fight over outdoor seating

A seafront cafe owner has won her battle to keep tables on the promenade.

⟦q:s1 “We’ve been here for thirty years,”⟧ ⟦c said⟧ ⟦m:s1 Lucia Ferrante⟧, ⟦q:s1 “and nobody complained until last summer.”⟧

⟦m:s1 She⟧ ⟦c added⟧ that ⟦i:s1 customers had signed a petition with more than 2,000 names⟧.

A spokesperson for ⟦m:s2 Brightwater Council⟧ ⟦c said⟧ ⟦q:s2 “the matter is now closed.”⟧
"""),
# 3: according to, organisation speaker, apostrophes
({"s1": ("National Weather Office", "weather office"), "s2": ("Pieter Van Loon", "Van Loon")}, """
Storm brings earliest snow in 40 years

Parts of the north woke to snow on Tuesday, the earliest fall since the 1980s, ⟦c according to⟧ the ⟦m:s1 National Weather Office⟧.

Farmers’ groups warned that late harvests could be lost. ⟦q:s2 “The barley isn’t in yet,”⟧ ⟦c said⟧ ⟦m:s2 Pieter Van Loon⟧, who farms 300 acres near the border. ⟦q:s2 “If it stays cold for a week, we lose it.”⟧

The office’s forecasters expect milder weather by Friday.
"""),
# 4: multi-paragraph quote
({"s1": ("Amara Diallo", "Diallo", "Mayor Amara Diallo")}, """
Mayor sets out plan for city centre

Mayor ⟦m:s1 Amara Diallo⟧ used her first speech of the year to set out plans for the city centre.

⟦q:s1 “For too long we have let the centre decline. Shops have closed, and people have stopped coming.⟧

⟦q:s1 “This year that changes. We will open the old market hall, and we will make parking free on Saturdays,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

Opposition councillors called the plan unaffordable.
"""),
# 5: colon-introduced, said Tuesday, title before name
({"s1": ("Rafael Quintero", "Quintero", "Finance Minister Rafael Quintero"), "s2": ("Ingrid Solberg", "Solberg")}, """
Government cuts growth forecast

Finance Minister ⟦m:s1 Rafael Quintero⟧ ⟦c said⟧ on Tuesday: ⟦q:s1 “Growth will be slower than we hoped, but it will not stop.”⟧

Economists were less optimistic. ⟦q:s2 “The numbers point to a mild recession by autumn,”⟧ ⟦c said⟧ ⟦m:s2 Ingrid Solberg⟧, chief economist at Nordvik Bank.
"""),
# 6: guillemets and French-style names
({"s1": ("Élodie Marchand", "Marchand"), "s2": ("Jean-Baptiste Roux", "Roux")}, """
Train strike halts regional lines

Regional trains stopped for a second day as drivers walked out over pay.

⟦q:s1 « Nous ne reprendrons pas le travail sans accord »⟧, ⟦c a déclaré⟧ ⟦m:s1 Élodie Marchand⟧, a union representative.

⟦m:s2 Jean-Baptiste Roux⟧, a commuter stranded at the station, ⟦c said⟧ ⟦q:s2 “I’ve missed two days of work already.”⟧
"""),
# 7: straight quotes, said + name after, apposition
({"s1": ("Kwame Mensah", "Mensah"), "s2": ("Olivia Hart", "Hart")}, """
Library reopens after flood repairs

The central library reopened on Saturday after eight months of repairs.

⟦q:s1 "The children's section is bigger than before,"⟧ ⟦c said⟧ ⟦m:s1 Kwame Mensah⟧, the head librarian. ⟦q:s1 "We used the chance to rethink the whole floor."⟧

Visitors queued before the doors opened. ⟦q:s2 "I've come every Saturday for twenty years,"⟧ ⟦c said⟧ ⟦m:s2 Olivia Hart⟧, 71. ⟦q:s2 "It was like losing a friend."⟧
"""),
# 8: scare quotes and a book title should not be attributed quotes
({"s1": ("Samuel Achterberg", "Achterberg")}, """
Author defends new novel

The novelist ⟦m:s1 Samuel Achterberg⟧ has defended his new book, “The Quiet Harbour”, against critics who called it “slow”.

⟦q:s1 “A novel is allowed to take its time,”⟧ ⟦m:s1 Achterberg⟧ ⟦c told⟧ an audience at the city’s book festival. ⟦q:s1 “Not everything has to be a thriller.”⟧
"""),
# 9: two speakers alternating with pronouns
({"s1": ("Nadia Haddad", "Haddad"), "s2": ("Victor Ames", "Ames")}, """
Candidates clash over housing in debate

The two candidates for mayor clashed over housing in a televised debate on Thursday.

⟦m:s1 Nadia Haddad⟧ ⟦c said⟧ ⟦q:s1 “we cannot build our way out of this in one term.”⟧ ⟦m:s2 Victor Ames⟧ disagreed. ⟦q:s2 “That is exactly what we must do,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s1 “Promises are cheap,”⟧ ⟦m:s1 she⟧ ⟦c replied⟧.
"""),
# 10: spokesperson for organisation, quote before with "said the company"
({"s1": ("Halvorsen Shipping", "company", "the company")}, """
Shipping firm cuts 300 jobs

Halvorsen Shipping will cut 300 jobs as demand for freight falls.

⟦q:s1 “These decisions are never easy,”⟧ ⟦c said⟧ ⟦m:s1 the company⟧ in a statement. ⟦q:s1 “We will support every colleague affected.”⟧

Unions said they had not been consulted.
"""),
# 11: quote with "asked", question mark, and CJK name in Latin script
({"s1": ("Mei Tanaka", "Tanaka"), "s2": ("Li Wei", "Li")}, """
Students protest tuition rise

Hundreds of students marched through the city on Wednesday against a planned rise in fees.

⟦q:s1 “How are we supposed to pay rent and fees?”⟧ ⟦c asked⟧ ⟦m:s1 Mei Tanaka⟧, a second-year engineering student.

⟦m:s2 Li Wei⟧, who studies law, ⟦c said⟧ ⟦q:s2 “Most of my friends already work two jobs.”⟧
"""),
# 12: unattributed quote and a headline quote
({"s1": ("Grace Whitmore", "Whitmore")}, """
⟦q:s1 ‘We had minutes to get out,’⟧ ⟦c says⟧ flood survivor

Rescue crews worked through the night after the river burst its banks.

⟦q:s1 “We had minutes to get out,”⟧ ⟦c said⟧ ⟦m:s1 Grace Whitmore⟧, whose home was flooded. ⟦q:s1 “I grabbed the dog and the photographs, nothing else.”⟧

A sign on the bridge read “Road closed”.
"""),
# 13: 'insisted', 'warned', long apposition before verb
({"s1": ("Oskar Brandt", "Brandt"), "s2": ("Fatima Zahra Idrissi", "Idrissi")}, """
Factory closure sparks anger

⟦m:s1 Oskar Brandt⟧, who has worked at the plant for 27 years and leads the workers’ council, ⟦c warned⟧ that ⟦i:s1 the town would not recover⟧.

⟦q:s1 “This factory is the town,”⟧ ⟦m:s1 he⟧ ⟦c insisted⟧.

⟦m:s2 Fatima Zahra Idrissi⟧, the regional governor, ⟦c said⟧ ⟦q:s2 “we are talking to three possible buyers.”⟧
"""),
# 14: nested quote inside a quote
({"s1": ("Daniel Osei", "Osei")}, """
Coach praises young squad

⟦q:s1 “Before the match I told them, ‘Play like nobody is watching,’ and they did,”⟧ ⟦c said⟧ ⟦m:s1 Daniel Osei⟧, the team’s coach.

The win lifts the club to fourth place.
"""),
# 15: quote continues after a paragraph of explanation; according to with name
({"s1": ("Irene Papadopoulos", "Papadopoulos"), "s2": ("Harbour Authority", "authority")}, """
Ferry timetable cut for winter

Ferries to the islands will run twice a day instead of five times from November, ⟦c according to⟧ the ⟦m:s2 Harbour Authority⟧.

Island residents said the change would cut them off. ⟦q:s1 “The doctor comes on the morning boat and leaves on the afternoon one,”⟧ ⟦c said⟧ ⟦m:s1 Irene Papadopoulos⟧, who runs the island’s only shop.

⟦q:s1 “If that boat doesn’t come, we have nothing.”⟧
"""),
# 16: 'says' present tense, name then verb then quote without comma
({"s1": ("Ruth Kaminski", "Kaminski")}, """
Beekeeper warns of hard winter

⟦m:s1 Ruth Kaminski⟧ ⟦c says⟧ ⟦q:s1 “the bees know before we do.”⟧ She has kept hives on the hill for forty years.

⟦q:s1 “When they seal the hive this early, winter will be long,”⟧ ⟦m:s1 she⟧ ⟦c says⟧.
"""),
]

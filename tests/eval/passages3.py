"""Held-out fictional passages 51-62 (written after the engine rules were frozen; see make_gold.py)."""

HELDOUT = [
# 51 headline quote, role speaker with age
({"s1": ("Tariq Bello", "Bello"), "s2": ("Mirela Dobre", "Dobre")}, """
⟦q:s1 ‘I just kept running’⟧: teenager wins city marathon at first attempt

⟦m:s1 Tariq Bello⟧ was not supposed to win. The 19-year-old entered the Harrowgate marathon as a pacemaker and simply never stopped.

⟦q:s1 “At 30 kilometres I looked behind me and there was nobody there,”⟧ ⟦m:s1 the 19-year-old⟧ ⟦c said⟧. ⟦q:s1 “I just kept running because I didn’t know what else to do.”⟧

His coach, ⟦m:s2 Mirela Dobre⟧, ⟦c said⟧ ⟦i:s2 she had cried at the finish line⟧.
"""),
# 52 anonymous official, told newspaper
({"s1": ("senior official", "official"), "s2": ("Ilse Verhoeven", "Verhoeven")}, """
Talks on fishing rights collapse after all-night session

Negotiations between the two coastal states broke down early on Thursday after 14 hours of talks.

⟦q:s1 “There was simply no trust left in the room,”⟧ ⟦m:s1 a senior official⟧, who spoke on condition of anonymity, ⟦c told⟧ the Northern Courier.

Chief negotiator ⟦m:s2 Ilse Verhoeven⟧ was more hopeful. ⟦q:s2 “We have been here before,”⟧ ⟦m:s2 she⟧ ⟦c told⟧ reporters outside the conference centre. ⟦q:s2 “Talks fail, and then talks resume.”⟧
"""),
# 53 her message was simple: colon without cue verb; interview
({"s1": ("Beatrix Olander", "Olander")}, """
New schools chief sets out priorities

⟦m:s1 Beatrix Olander⟧ took charge of the Kettering school district on Monday with a short message for staff.

Her message was simple: ⟦q:s1 “Reading first, everything else second.”⟧

In an interview, ⟦m:s1 Olander⟧ ⟦c said⟧ ⟦i:s1 she would visit every school before Christmas⟧. ⟦q:s1 “You cannot run schools from a spreadsheet,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),
# 54 French guillemets with inner spaces, possessive spokesman
({"s1": ("Julien Marchetti", "Marchetti")}, """
Ski lift operator blames warm winter for losses

⟦i:s1 The Alpenrose lift company lost money for a third straight season⟧, ⟦m:s1 its spokesman⟧ ⟦c said⟧ on Friday.

⟦q:s1 « Nous avons eu douze jours de neige »⟧, ⟦c said⟧ the company’s spokesman, ⟦m:s1 Julien Marchetti⟧, speaking in French. ⟦q:s1 « Ce n’est pas assez. »⟧

⟦m:s1 Marchetti⟧ ⟦c said⟧ ⟦i:s1 the company would invest in summer hiking trails⟧.
"""),
# 55 two alternating speakers with pronouns, ellipsis
({"s1": ("Hugo Lemaire", "Lemaire"), "s2": ("Aisha Karim", "Karim")}, """
Neighbours feud over hedge reaches court

A dispute over a three-metre hedge between two neighbours in Pellworth reached the county court on Wednesday.

⟦q:s1 “It blocks every bit of afternoon sun…”⟧ ⟦m:s1 Hugo Lemaire⟧ ⟦c told⟧ the judge. ⟦q:s1 “I have not seen my own garden in daylight since 2019.”⟧

⟦m:s2 Aisha Karim⟧, who planted the hedge, ⟦c disputed⟧ that account. ⟦q:s2 “He never once knocked on my door,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 56 wrote in a blog post, straight quotes with nested single
({"s1": ("Oliver Grant", "Grant")}, """
Bookshop owner's blog post goes viral

A post by a small-town bookseller about the future of reading has been shared more than 200,000 times.

⟦q:s1 "When a child asks me 'Is this one good?', I am not selling a product, I am starting a conversation,"⟧ ⟦m:s1 Oliver Grant⟧ ⟦c wrote⟧ in the post.

⟦m:s1 Grant⟧, 63, ⟦c said⟧ ⟦i:s1 he had been surprised by the response⟧.
"""),
# 57 statement said; the statement as speaker linked to org
({"s1": ("Halberd Energy", "the company")}, """
Energy firm denies cutting safety corners

⟦m:s1 Halberd Energy⟧ on Tuesday ⟦c denied⟧ ⟦i:s1 claims by former employees that it had cut safety inspections to save money⟧.

⟦q:s1 “These allegations are false and we will defend ourselves vigorously,”⟧ ⟦m:s1 the company⟧ ⟦c said⟧ in a statement.

The allegations were first reported by the Westland Tribune last month.
"""),
# 58 multi-paragraph with attribution in the middle of first para
({"s1": ("Edith Sommer", "Sommer"), "s2": ("emergency workers", "Emergency workers")}, """
Last resident of flooded village refuses to leave

⟦q:s1 “I was born in this house,”⟧ ⟦c said⟧ ⟦m:s1 Edith Sommer⟧, 88, standing in water up to her ankles. ⟦q:s1 “My mother was born in this house.⟧

⟦q:s1 “If the river wants it, the river will have to take me too.”⟧

⟦m:s2 Emergency workers⟧ ⟦c said⟧ ⟦i:s2 they would check on her twice a day⟧.
"""),
# 59 quote attributed via 'So said'; quote with question; asked
({"s1": ("Ferdinand Ruiz", "Ruiz"), "s2": ("Naledi Mokoena", "Mokoena")}, """
Council rejects plan for floating cinema

Councillors voted 9-4 on Monday against a proposal for a floating cinema on the Oster canal.

⟦q:s1 “Who would sit on a barge in November to watch a film?”⟧ ⟦c asked⟧ councillor ⟦m:s1 Ferdinand Ruiz⟧ during the debate.

The project’s backer, ⟦m:s2 Naledi Mokoena⟧, ⟦c said⟧ ⟦i:s2 she would try again next year⟧. ⟦q:s2 “Every good idea gets rejected once,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 60 police statement, according to, and scare quote
({"s1": ("Dunmore Police", "police"), "s2": ("Colm Reilly", "Reilly")}, """
Police appeal for witnesses after “daring” jewellery theft

⟦i:s1 Thieves used a stolen digger to break into a jewellery shop in Dunmore early on Sunday⟧, ⟦c according to⟧ ⟦m:s1 police⟧.

⟦q:s1 “We are keen to hear from anyone who saw the vehicle on the ring road between 2 a.m. and 4 a.m.,”⟧ ⟦m:s1 police⟧ ⟦c said⟧ in a statement.

The shop’s owner, ⟦m:s2 Colm Reilly⟧, ⟦c said⟧: ⟦q:s2 “They took in four minutes what took my family forty years to build.”⟧
"""),
# 61 tweet with mixed; president title; she added
({"s1": ("Ines Carvalho", "Carvalho", "President Ines Carvalho")}, """
President pardons jailed journalists

President ⟦m:s1 Ines Carvalho⟧ pardoned three jailed journalists on Friday, in what she ⟦c called⟧ ⟦x:s1 “a gesture of reconciliation”⟧.

⟦q:s1 “A free press is not a threat to this country. It is one of its foundations,”⟧ ⟦m:s1 Carvalho⟧ ⟦c wrote⟧ on social media.

⟦m:s1 She⟧ ⟦c added⟧ that ⟦i:s1 further pardons were under review⟧.
"""),
# 62 speaker named only after two quotes in same paragraph; organisation 'they'
({"s1": ("Marta Lindgren", "Lindgren"), "s2": ("Tallow Valley Growers", "the growers")}, """
Apple growers warn of poor harvest after late frost

⟦q:s1 “We lost most of the blossom in one night.”⟧ ⟦q:s1 “Some orchards will have almost nothing to pick,”⟧ ⟦c said⟧ ⟦m:s1 Marta Lindgren⟧, who farms 40 hectares near Tallow.

The ⟦m:s2 Tallow Valley Growers⟧ cooperative ⟦c said⟧ ⟦i:s2 prices in shops could rise by a fifth⟧.
"""),
]

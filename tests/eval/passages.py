"""Fictional news passages with inline gold markup (see make_gold.py). Written for this evaluation set."""

PASSAGES = [
# 1 basic quote-then-name-said, title + name
({"s1": ("Elena Varga", "Varga", "Mayor Elena Varga")}, """
Port Halden mayor promises new ferry terminal by spring

Mayor ⟦m:s1 Elena Varga⟧ on Tuesday unveiled plans for a larger ferry terminal on the city's north shore.

⟦q:s1 “This harbour has waited thirty years for a terminal that matches its ambitions,”⟧ ⟦m:s1 Varga⟧ ⟦c said⟧. ⟦q:s1 “We will not wait another thirty.”⟧

The project is expected to cost about 40 million crowns.
"""),
# 2 said-name with apposition after
({"s1": ("Tomas Brekke", "Brekke"), "s2": ("Ingrid Solheim", "Solheim")}, """
Fishermen warn of empty nets as cod stocks fall

Coastal fishermen in the Vestmark region say this season's catch is the worst in living memory.

⟦q:s1 “Some days we come back with nothing at all,”⟧ ⟦c said⟧ ⟦m:s1 Tomas Brekke⟧, a trawler captain from the village of Skarvik.

⟦q:s2 “The science has been clear for a decade,”⟧ ⟦c said⟧ ⟦m:s2 Ingrid Solheim⟧, a marine biologist at the Vestmark Institute. ⟦q:s2 “Quotas were set too high, and now the bill has arrived.”⟧
"""),
# 3 colon-introduced quote, pronoun chain
({"s1": ("Amara Okafor", "Okafor", "Finance Minister Amara Okafor")}, """
Finance minister defends tax plan before parliament

Finance Minister ⟦m:s1 Amara Okafor⟧ ⟦c told⟧ lawmakers on Wednesday: ⟦q:s1 “Nobody enjoys paying more tax, but nobody enjoys crumbling schools either.”⟧

⟦m:s1 She⟧ ⟦c added⟧ that ⟦i:s1 the levy would be reviewed after two years⟧.

⟦q:s1 “If it does not work, we will change it,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),
# 4 interrupted quote
({"s1": ("Marcus Hale", "Hale", "Coach Marcus Hale")}, """
Riverside coach rules out retirement after cup defeat

Riverside Rovers coach ⟦m:s1 Marcus Hale⟧ brushed aside questions about his future after Saturday's 3-0 loss.

⟦q:s1 “I have been in this job for nine years,”⟧ ⟦m:s1 he⟧ ⟦c said⟧, ⟦q:s1 “and one bad afternoon is not going to chase me out of it.”⟧

The club's board is due to meet next week.
"""),
# 5 multi-paragraph quote
({"s1": ("Rosa Lindqvist", "Lindqvist")}, """
Survivor recalls night the river rose

⟦m:s1 Rosa Lindqvist⟧, 71, has lived beside the Alder river her whole life. ⟦m:s1 She⟧ ⟦c described⟧ the night of the flood to reporters on Friday.

⟦q:s1 “The water came under the door first, quietly, like a cat. Then it was at my knees.⟧

⟦q:s1 “My neighbour's boy came with a rowing boat. I did not want to leave the photographs, but he said the photographs could not save me.⟧

⟦q:s1 “I am alive because of that boy.”⟧

The regional council has promised compensation to affected households.
"""),
# 6 apostrophes everywhere, possessives, ’90s
({"s1": ("Dev Malhotra", "Malhotra")}, """
Record shop that survived the ’90s closes its doors

Harbour Street's oldest record shop, Spin City, will close on Sunday after 41 years. Its owner's decision follows a rent rise that he calls unaffordable.

⟦q:s1 “We survived the ’90s, we survived streaming, but we can’t survive a landlord who doesn’t care,”⟧ ⟦c said⟧ ⟦m:s1 Dev Malhotra⟧, who took over from his father in 2003.

The shop’s customers have started a petition. It's unclear whether the landlord will respond.
"""),
# 7 according to + direct
({"s1": ("Halvard Police Department", "police", "Halvard police"), "s2": ("Nadia Petrov", "Petrov")}, """
Two arrested after warehouse fire in Halvard

⟦i:s1 Two men were arrested on Monday after a fire destroyed a furniture warehouse⟧, ⟦c according to⟧ ⟦m:s1 Halvard police⟧.

⟦q:s2 “We saw the smoke from three streets away,”⟧ ⟦c said⟧ ⟦m:s2 Nadia Petrov⟧, who runs a bakery nearby. ⟦q:s2 “Everyone was out on the pavement in their slippers.”⟧

Investigators have not said what caused the blaze.
"""),
# 8 scare quotes without cue, title of a work
({"s1": ("Leon Farrow", "Farrow"), "s2": ("critics", "Critics")}, """
Director’s “Quiet Harbour” wins festival prize

The film “Quiet Harbour” took the top award at the Norrvik film festival on Saturday, a rare win for a so-called “micro-budget” production.

⟦q:s1 “We shot it in eleven days with borrowed cameras,”⟧ director ⟦m:s1 Leon Farrow⟧ ⟦c said⟧ as he accepted the trophy.

⟦m:s2 Critics⟧ have ⟦c described⟧ the film as a ⟦x:s2 “quiet masterpiece”⟧.
"""),
# 9 organisation speaking, statement
({"s1": ("Meridian Rail", "the company"), "s2": ("Joanna Kett", "Kett")}, """
Meridian Rail cancels weekend services amid strike

⟦m:s1 Meridian Rail⟧ ⟦c said⟧ on Thursday that ⟦i:s1 all weekend services on its coastal line would be cancelled⟧.

⟦q:s1 “We apologise to passengers for the disruption and urge them to check before travelling,”⟧ ⟦m:s1 the company⟧ ⟦c said⟧ in a statement.

Union organiser ⟦m:s2 Joanna Kett⟧ ⟦c said⟧ ⟦i:s2 the strike would go ahead⟧. ⟦q:s2 “Our members have been patient for two years,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),
# 10 nested quotes
({"s1": ("Paul Adeyemi", "Adeyemi")}, """
Witness describes confrontation at council meeting

A heated council meeting in Eastbrook ended early on Tuesday after a shouting match between two members.

⟦q:s1 “He stood up and said, ‘You will regret this vote,’ and then he walked out,”⟧ ⟦c said⟧ ⟦m:s1 Paul Adeyemi⟧, a resident who attended the meeting.

The council has not commented on the incident.
"""),
# 11 straight quotes
({"s1": ("Sofia Marin", "Marin"), "s2": ("Karl Voss", "Voss")}, """
Tech startup lays off a third of staff

Brightloop, a software startup based in Calder, said on Monday it would cut 60 jobs.

⟦q:s1 "This is the hardest decision I have made as a founder,"⟧ chief executive ⟦m:s1 Sofia Marin⟧ ⟦c wrote⟧ in a memo to staff.

⟦q:s2 "We were told everything was fine two weeks ago,"⟧ ⟦c said⟧ ⟦m:s2 Karl Voss⟧, a developer who lost his job. ⟦q:s2 "Nobody saw it coming."⟧
"""),
# 12 guillemets
({"s1": ("Henri Dubreuil", "Dubreuil", "Minister Henri Dubreuil")}, """
Transport minister backs night trains

Transport Minister ⟦m:s1 Henri Dubreuil⟧ on Friday pledged to restore overnight rail links between the capital and the southern coast.

⟦q:s1 «Night trains are not nostalgia, they are the future of sustainable travel»⟧, ⟦m:s1 Dubreuil⟧ ⟦c said⟧ at a press conference.

⟦m:s1 He⟧ ⟦c added⟧: ⟦q:s1 «The first line will open before the summer.»⟧
"""),
# 13 „…“ quotes
({"s1": ("Greta Holm", "Holm")}, """
Brewery expands despite falling beer sales

The Holmbach brewery will open a second site next year even as national beer consumption declines.

⟦q:s1 „People drink less, but they drink better“⟧, ⟦c said⟧ managing director ⟦m:s1 Greta Holm⟧. ⟦q:s1 „That is where our future lies.“⟧

The new site will employ about 80 people.
"""),
# 14 unattributed quote, no speaker
({}, """
Strange signs appear across Old Town

Residents of Old Town woke on Sunday to find dozens of hand-painted signs attached to lamp posts.

⟦q “The river remembers everything. Do you?”⟧ read one of the signs, which appeared overnight.

Nobody has claimed responsibility for the campaign.
"""),
# 15 speaker after quote with apposition before verb
({"s1": ("Yusuf Demir", "Demir")}, """
Port workers approve new contract

Dockworkers at the port of Kessel voted overwhelmingly on Thursday to accept a new three-year contract.

⟦q:s1 “It is not everything we asked for, but it is a fair deal,”⟧ ⟦m:s1 Yusuf Demir⟧, the union's chief negotiator, ⟦c said⟧.

About 2,400 workers are covered by the agreement.
"""),
# 16 name said quote with comma-introduction
({"s1": ("Lucia Ferreira", "Ferreira")}, """
Teachers rally for smaller classes

Hundreds of teachers marched through central Almora on Saturday demanding smaller class sizes.

Speaking from the steps of the education ministry, ⟦m:s1 Lucia Ferreira⟧ ⟦c said⟧, ⟦q:s1 “Forty children in one room is not a class, it is a crowd.”⟧

The ministry did not respond to a request for comment.
"""),
# 17 pronoun chain across paragraphs, para-inherit
({"s1": ("Oskar Lund", "Lund")}, """
Veteran climber returns from record ascent

⟦m:s1 Oskar Lund⟧ reached the summit of Mount Teller on Wednesday, becoming the oldest person to do so at 68.

⟦q:s1 “At the top I thought about my wife, who always said I was too stubborn to stay home,”⟧ ⟦m:s1 he⟧ ⟦c said⟧ after returning to base camp.

⟦q:s1 “The last 200 metres were the hardest of my life. I stopped counting my steps and just listened to my breathing.”⟧

Lund plans to write a book about the climb.
"""),
# 18 organisation + ministry statement, according to quote
({"s1": ("Ministry of Health", "the ministry", "health ministry")}, """
Health ministry warns of early flu season

The ⟦m:s1 Ministry of Health⟧ ⟦c warned⟧ on Monday that ⟦i:s1 flu cases were rising earlier than usual⟧.

⟦q:s1 “Vaccination remains the best protection, especially for older people,”⟧ ⟦c according to⟧ a statement from ⟦m:s1 the ministry⟧.

Pharmacies report strong demand for vaccines.
"""),
# 19 multiple speakers, gender pronouns
({"s1": ("Maria Costa", "Costa"), "s2": ("Daniel Reyes", "Reyes")}, """
Candidates clash over housing in televised debate

The two leading candidates for governor of Santa Alba traded sharp words over housing policy on Tuesday night.

⟦q:s1 “My opponent has had eight years to build homes and has built excuses instead,”⟧ ⟦m:s1 Maria Costa⟧ ⟦c said⟧.

⟦m:s2 Daniel Reyes⟧ ⟦c replied⟧ that ⟦i:s2 his record spoke for itself⟧. ⟦q:s2 “We built more affordable homes than any administration before us,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s1 “Then where are they?”⟧ ⟦m:s1 she⟧ ⟦c asked⟧.
"""),
# 20 Russian-style title stripping, later surname
({"s1": ("Aleksander Morovic", "Morovic", "President Aleksander Morovic")}, """
Valdorian president vows to stabilise currency

Valdorian President ⟦m:s1 Aleksander Morovic⟧ ⟦c vowed⟧ on Thursday to defend the national currency after it fell to a record low.

⟦q:s1 “We have the reserves and the will to use them,”⟧ ⟦m:s1 Morovic⟧ ⟦c said⟧ in a televised address. ⟦q:s1 “Speculators who bet against us will lose.”⟧

Analysts were sceptical. ⟦q:s2 “Reserves have fallen by a third this year,”⟧ ⟦c said⟧ ⟦m:s2 Petra Nyman⟧, an economist at Ostbank.
"""),
]

# Passages 21+ are appended in part two.
from passages2 import MORE
PASSAGES[19] = ({"s1": ("Aleksander Morovic", "Morovic", "President Aleksander Morovic"), "s2": ("Petra Nyman", "Nyman")}, PASSAGES[19][1])
PASSAGES.extend(MORE)

# Held-out passages 51+ (not used while developing the rules).
from passages3 import HELDOUT
PASSAGES.extend(HELDOUT)

# Second held-out batch 63+ (measured once before any change, see README).
from passages4 import HELDOUT2
PASSAGES.extend(HELDOUT2)

# Third held-out batch 77+ (wire style; measured once before any change, see README).
from passages5 import HELDOUT3
PASSAGES.extend(HELDOUT3)

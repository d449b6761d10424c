"""Development batch (DEV4): ordinary news, written without reading the engine's rules, on 2026-12-07. All people, organisations and events are fictional.

The annotation conventions are those of UNSEEN6 (passages13.py).

Each entry is (speakers, marked passage); markup as in make_gold.py.
"""

DEV4 = [

# 7001 national politics: budget vote, two women (minister, opposition leader), rebel, union statement, budget office
({"s1": ("Halina Wróbel", "Wróbel"),
  "s2": ("Maren Solvik", "Solvik"),
  "s3": ("Tomasz Berezny", "Berezny"),
  "s4": ("National Federation of Labour", "the federation"),
  "s5": ("Parliamentary Budget Office",)},
"""
Budget clears first vote as government fends off rebellion

VALDRIN, Dec 7 (Meridian Wire) — The government’s 2027 budget cleared its first vote in the National Assembly on Monday by a margin of nine, after Finance Minister ⟦m:s1 Halina Wróbel⟧ offered last-minute concessions to rebels in her own party.

⟦q:s1 “This is a budget for people who get up early and pay their bills,”⟧ ⟦m:s1 Wróbel⟧ ⟦c told⟧ lawmakers before the vote. ⟦q:s1 “It is not perfect. No budget is. But it is honest.”⟧

The package raises the top rate of income tax by two points, freezes fuel duty for a third year and sets aside 1.4 billion crowns for hospital repairs. ⟦i:s5 It would leave the deficit at 3.1 per cent of economic output next year⟧, ⟦c according to⟧ the ⟦m:s5 Parliamentary Budget Office⟧.

⟦q:s2 “The minister has spent three months telling us there is no money, and then found money overnight for her own backbenchers,”⟧ ⟦c said⟧ opposition leader ⟦m:s2 Maren Solvik⟧. ⟦q:s2 “That is not a plan. That is a shopping list.”⟧

⟦m:s2 Solvik⟧, whose Civic Union leads in most opinion polls, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ would table amendments to scrap the fuel-duty freeze and spend the money on rural bus services instead⟧.

Asked at a news conference whether ⟦m:s1 she⟧ had given in to pressure, ⟦m:s1 Wróbel⟧ ⟦c said⟧ that ⟦x:s1 ⟦m:s1 she⟧ had “listened, which is what ministers are supposed to do”⟧. ⟦m:s1 She⟧ ⟦c added⟧: ⟦q:s1 “If the leader of the opposition wants to vote against hospital repairs, she is welcome to explain that to her constituents.”⟧

About 14 members of the governing Progress Party had threatened to vote against the package over cuts to rural transport. ⟦m:s3 Tomasz Berezny⟧, a former transport minister who led the group, ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had been given written assurances that bus subsidies would be protected⟧.

⟦q:s3 “I have it in writing, and I intend to hold her to it,”⟧ ⟦m:s3 he⟧ ⟦c said⟧, holding up a folded letter. ⟦q:s3 “We did not come here to bring down a government. We came here to be heard.”⟧

In a statement, the ⟦m:s4 National Federation of Labour⟧, the country’s largest union group, ⟦c said⟧ ⟦x:s4 the tax changes were “a modest step in the right direction”⟧.

But ⟦m:s4 the federation⟧ ⟦c warned⟧ that ⟦i:s4 pay offers for public-sector workers remained far too low⟧. ⟦q:s4 “Nurses and teachers will not be fooled by a hospital repair fund while their own wages fall further behind prices,”⟧ the statement ⟦c said⟧.

⟦m:s2 Solvik⟧ was unimpressed by the size of the majority. ⟦q:s2 “Nine votes is not a majority. It is a hostage situation,”⟧ ⟦m:s2 she⟧ ⟦c said⟧ on her way out of the chamber.

The bill now goes to committee, where opposition amendments will be debated, before a final vote expected in the week before Christmas.

⟦m:s1 Wróbel⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ was confident of winning that vote too⟧. ⟦q:s1 “Ask me again on the twenty-second,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 7002 local council: parking charges (straight quotes), councillor, trader, petitioner, shout from the gallery
({"s1": ("Denise Akintola", "Akintola", "Councillor Akintola"),
  "s2": ("Gareth Pryce", "Pryce"),
  "s3": ("Nadia Haddad", "Haddad")},
'''
Council votes to double parking charges in Brindle town centre

Parking charges in Brindle town centre will double from April after Harlow District Council voted 23 to 17 on Thursday night to approve the increase, despite a petition against it signed by more than 3,000 residents.

Councillor ⟦m:s1 Denise Akintola⟧, who chairs the council's transport committee, ⟦c said⟧ ⟦i:s1 the extra income of about £600,000 a year would be spent on repairing roads and keeping two rural bus routes running⟧.

⟦q:s1 "Nobody likes paying more to park, and I include myself in that,"⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 "But the alternative was cutting the 41 and 42 buses, and for a lot of older people in the villages those buses are the only way into town."⟧

⟦m:s3 Nadia Haddad⟧, who has run a florist's on Market Street for 18 years, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ feared shoppers would simply drive to the out-of-town retail park at Cotsey, where parking is free⟧.

⟦q:s3 "They'll go once, find it easy, and never come back,"⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 "The council talks about saving the high street and then it does this."⟧

⟦m:s2 Gareth Pryce⟧, a retired postman who organised the petition, spoke at the start of the meeting. ⟦m:s2 He⟧ ⟦c told⟧ councillors: ⟦q:s2 "You asked for our views. Three thousand of us gave them. You have ignored every one."⟧

As the result was read out, a man in the public gallery ⟦c shouted⟧ ⟦q "Shame on you!"⟧ and several people walked out.

The new charges, £2.40 for the first hour and £1.50 for each hour after that, will be reviewed after a year. ⟦m:s1 Akintola⟧ ⟦c said⟧ ⟦i:s1 the council would publish monthly figures on the number of people visiting the town centre⟧. ⟦q:s1 "If the numbers tell us we got this wrong, we will say so,"⟧ ⟦m:s1 she⟧ ⟦c said⟧.
'''),

# 7003 courts: pension fraud sentencing (British single quotes), judge, prosecutor, defence, victim statement, defendant
({"s1": ("Felicity Ambrose", "Ambrose", "Judge Ambrose"),
  "s2": ("Owain Talbot", "Talbot"),
  "s3": ("Priya Raman", "Raman"),
  "s4": ("Callum Dorsey", "Dorsey"),
  "s5": ("Margaret Ellery", "Ellery")},
"""
Financial adviser jailed for six years over £2.3m pension fraud

A financial adviser who stole £2.3 million from the pensions of 41 clients, many of them retired miners, was jailed for six years at Carrowby Crown Court yesterday.

⟦m:s4 Callum Dorsey⟧, 52, of Linthorpe, had admitted fraud by abuse of position at an earlier hearing.

Sentencing him, Judge ⟦m:s1 Felicity Ambrose⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s4 he⟧ had treated his clients’ savings ‘as a personal bank account’⟧.

⟦q:s1 ‘These were people who had worked underground for thirty and forty years,’⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 ‘They trusted you with the only security they had, and you spent it on a house in Portugal, two cars and a gambling habit you hid from everyone.’⟧

⟦m:s2 Owain Talbot⟧, prosecuting, ⟦c told⟧ the court that ⟦i:s2 ⟦m:s4 Dorsey⟧ had forged his clients’ signatures on transfer forms more than 200 times between 2016 and 2022⟧.

⟦q:s2 ‘This was not a moment of weakness. It was a business model,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

In a statement read to the court, ⟦m:s5 Margaret Ellery⟧, 78, ⟦c said⟧ ⟦i:s5 ⟦m:s5 she⟧ had been forced to sell her home of 40 years⟧. ⟦q:s5 ‘My husband Ken put that money away a few pounds a week. I used to tell him he was daft for not spending it. I can’t tell him anything now,’⟧ ⟦m:s5 she⟧ ⟦c wrote⟧.

⟦m:s3 Priya Raman⟧, for ⟦m:s4 Dorsey⟧, ⟦c said⟧ ⟦i:s3 her client was deeply ashamed and had co-operated fully with investigators⟧. ⟦q:s3 ‘He does not ask for sympathy. He knows he is not entitled to it,’⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s1 The judge⟧ ⟦c said⟧ ⟦i:s1 a hearing to recover the money would be held in March⟧. As ⟦m:s4 he⟧ was led to the cells, ⟦m:s4 Dorsey⟧ turned to the public gallery and ⟦c said⟧: ⟦q:s4 ‘I am sorry.’⟧ ⟦q ‘Not good enough,’⟧ a woman ⟦c replied⟧.
"""),

# 7004 crime: jeweller's raid, detective, shop owner, anonymous witness, police
({"s1": ("Kwame Asante", "Asante", "Detective Inspector Asante"),
  "s2": ("Irena Kovač", "Kovač"),
  "s3": ("Norvale Police", "police", "Police")},
"""
⟦m:s3 Police⟧ appeal for witnesses after armed raid on jeweller’s

⟦m:s3 Norvale Police⟧ have appealed for witnesses after three men armed with hammers raided a jeweller’s shop on Quayside on Saturday afternoon and escaped with watches worth an estimated €180,000.

⟦i:s3 No one was seriously hurt, but a 61-year-old member of staff was treated for shock⟧, ⟦m:s3 police⟧ ⟦c said⟧.

Detective Inspector ⟦m:s1 Kwame Asante⟧ ⟦c said⟧ ⟦i:s1 the raid had lasted less than two minutes⟧. ⟦q:s1 “This was fast, violent and planned,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “Somebody in this city knows who these men are. I would urge them to do the right thing.”⟧

⟦m:s2 The shop’s owner⟧, ⟦m:s2 Irena Kovač⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had been in the back office when the men came in⟧. ⟦q:s2 “I heard glass, then shouting, then nothing. It was the nothing that frightened me,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

One witness, a waiter at a café across the street who asked not to be named, ⟦c said⟧: ⟦q “They ran past our terrace laughing, like it was a game.”⟧

⟦m:s3 Police⟧ ⟦c said⟧ ⟦i:s3 the men had left in a dark grey hatchback heading towards the ring road⟧. Anyone with information is asked to call the incident room.
"""),

# 7005 business: retailer half-year results, CEO, finance chief, analyst, company guidance
({"s1": ("Sofia Lindqvist", "Lindqvist"),
  "s2": ("Mehmet Yıldız", "Yıldız"),
  "s3": ("Jonas Brekke", "Brekke"),
  "s4": ("Halberd & Finch", "the company", "the group")},
"""
⟦m:s4 Halberd & Finch⟧ profit falls as shoppers cut back on homeware

LONDON, Dec 7 (Meridian Wire) — Home and fashion retailer ⟦m:s4 Halberd & Finch⟧ reported a 14 per cent fall in half-year profit on Monday and cut its full-year forecast, blaming weak demand for furniture and a costly warehouse move.

⟦i:s4 Pre-tax profit fell to £61.2 million in the six months to Oct. 31 from £71.3 million a year earlier⟧, ⟦m:s4 the company⟧ ⟦c said⟧. Sales rose 2 per cent to £1.04 billion.

Chief Executive ⟦m:s1 Sofia Lindqvist⟧ ⟦c said⟧ ⟦x:s1 trading had been “tougher than we expected” in September and October⟧. ⟦m:s1 She⟧ ⟦c said⟧: ⟦q:s1 “Customers are still buying clothes, but a new sofa is a decision a lot of households are putting off until they feel more certain about their mortgage.”⟧

⟦q:s1 “We are not going to chase sales by cutting prices to the bone. That is how retailers get into trouble,”⟧ ⟦m:s1 Lindqvist⟧ ⟦c told⟧ reporters on a conference call.

Finance chief ⟦m:s2 Mehmet Yıldız⟧ ⟦c said⟧ ⟦i:s2 the move to a new distribution centre in Daventry had cost £9 million more than planned⟧. ⟦q:s2 “Most of that is one-off. By the spring it should be behind us,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦i:s4 ⟦m:s4 The group⟧ now expects full-year pre-tax profit of between £150 million and £160 million, down from a previous forecast of about £175 million⟧, ⟦c according to⟧ ⟦m:s4 the company⟧.

Shares fell 8.2 per cent to 412 pence by midday, their lowest level since March 2023.

⟦q:s3 “The clothing side is holding up well, but homeware has gone from being the growth engine to being the problem child,”⟧ ⟦c said⟧ ⟦m:s3 Jonas Brekke⟧, an analyst at Nordhavn Securities. ⟦q:s3 “The guidance cut was smaller than some feared, which is about the best you can say.”⟧

⟦m:s3 Brekke⟧ ⟦c said⟧ ⟦i:s3 the warehouse costs should ease next year⟧, but ⟦c warned⟧ that ⟦i:s3 competition from online-only rivals would keep margins under pressure⟧.

⟦m:s4 Halberd & Finch⟧ held its interim dividend at 6.1 pence a share. ⟦m:s1 Lindqvist⟧ ⟦c said⟧ ⟦x:s1 the board was “completely confident” in the strength of the balance sheet⟧.
"""),

# 7006 technology: translation earbuds privacy, founder, researcher blog, regulator spokesman, campaign group
({"s1": ("Thandiwe Mokoena", "Mokoena"),
  "s2": ("Lars Øvergaard", "Øvergaard"),
  "s3": ("Open Rights Collective",),
  "s4": ("Kestrel Labs", "Kestrel"),
  "s5": ("Inés Castaño", "Castaño")},
"""
Translation earbuds start-up faces privacy questions days after launch

⟦m:s4 Kestrel Labs⟧, the Cape Town start-up whose real-time translation earbuds went on sale in 14 countries last week, ⟦c said⟧ on Monday ⟦i:s4 ⟦m:s4 it⟧ would change the way ⟦m:s4 it⟧ stores users’ recordings after questions from European regulators⟧.

The earbuds, sold under the name Lumen, translate conversations between 38 languages almost instantly. But in a blog post on Thursday, the security researcher ⟦m:s5 Inés Castaño⟧ ⟦c wrote⟧ that ⟦i:s5 short audio clips were being kept on servers in the United States for up to 30 days⟧.

⟦q:s5 “The marketing says your conversations vanish. The code says otherwise,”⟧ ⟦m:s5 she⟧ ⟦c wrote⟧.

⟦m:s1 Thandiwe Mokoena⟧, the company’s co-founder and chief executive, ⟦c said⟧ ⟦i:s1 the clips had been kept to improve the translation software and had never been linked to customers’ names⟧.

⟦q:s1 “We made a mistake in how we explained this, and I own that,”⟧ ⟦m:s1 Mokoena⟧ ⟦c said⟧ in an interview. ⟦q:s1 “From today, nothing is kept unless a customer switches it on. Full stop.”⟧

On Sunday evening ⟦m:s1 she⟧ had ⟦c written⟧ on social media: ⟦q:s1 “Thank you to everyone who bought Lumen in our first week. We hear you on privacy and we’ll have more to say tomorrow.”⟧

⟦m:s2 Lars Øvergaard⟧, a spokesman for the Nordic Data Protection Authority, ⟦c said⟧ ⟦i:s2 the authority had written to the company asking where recordings were stored and for how long⟧. ⟦q:s2 “We welcome the change, but we still want answers about what happened before it,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The ⟦m:s3 Open Rights Collective⟧, a campaign group, ⟦c said⟧ in a statement that ⟦x:s3 the episode showed consumer gadgets were being “rushed to market with privacy as an afterthought”⟧.
"""),

# 7007 health/science: napping study, lead author, co-author, independent expert (two women)
({"s1": ("Anneliese Vogt", "Vogt", "Professor Vogt"),
  "s2": ("Babajide Ogunleye", "Ogunleye"),
  "s3": ("Siobhán Mac Giolla", "Mac Giolla")},
"""
Short afternoon naps linked to sharper memory in over-65s, study finds

Older adults who take a short nap after lunch do better on memory tests than those who do not, but naps of more than an hour appear to have the opposite effect, a study published on Wednesday has found.

Researchers at the University of Eastmoor followed 2,140 people aged between 65 and 84 for six years, testing their memory every 12 months. The results were published in the Journal of Sleep and Ageing.

⟦q:s1 “The sweet spot seems to be somewhere between 20 and 40 minutes,”⟧ ⟦c said⟧ Professor ⟦m:s1 Anneliese Vogt⟧, who led the study. ⟦q:s1 “Beyond an hour, people were actually doing worse, although we think that may be because long naps are often a sign of poor sleep at night or of an illness that hasn’t been diagnosed yet.”⟧

⟦m:s1 Vogt⟧ ⟦c stressed⟧ that ⟦i:s1 the study showed an association, not proof that napping improved memory⟧.

Co-author ⟦m:s2 Babajide Ogunleye⟧ ⟦c said⟧ ⟦i:s2 the team now planned a trial in which volunteers would be randomly assigned to nap or to stay awake⟧. ⟦q:s2 “That is the only way to know whether the nap is doing the work,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Siobhán Mac Giolla⟧, a sleep researcher at the Carrick Institute who was not involved in the study, ⟦c said⟧ ⟦x:s3 the findings were “interesting and plausible”⟧.

⟦q:s3 “I would not tell anyone to start napping on the strength of this alone,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “But if you already have a short doze after lunch, there is certainly nothing here to suggest you should stop.”⟧

⟦m:s1 Vogt⟧, 61, ⟦c admitted⟧ ⟦i:s1 ⟦m:s1 she⟧ napped most days herself⟧. ⟦q:s1 “Twenty-five minutes, alarm on,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “I am following my own data.”⟧
"""),

# 7008 sport: football match report, two managers, scorer, away captain
({"s1": ("Tomás Ferreira", "Ferreira"),
  "s2": ("Declan Moorcroft", "Moorcroft"),
  "s3": ("Kenji Arakawa", "Arakawa"),
  "s4": ("Lukas Nowicki", "Nowicki")},
"""
⟦m:s3 Arakawa⟧ double sends Ashby Rovers top as Wexmoor pay for missed penalty

⟦m:s3 Kenji Arakawa⟧ scored twice in the second half as Ashby Rovers came from behind to beat Wexmoor Athletic 2-1 at Millbrook Park on Saturday and go top of the table for the first time in 11 years.

Wexmoor led at the break through a header from captain ⟦m:s4 Lukas Nowicki⟧ and should have been further ahead, but Ola Bergström’s penalty was saved by the Rovers goalkeeper, Sam Adeyemi, on the stroke of half-time.

⟦q:s1 “At half-time I told them: we are not playing badly, we are playing scared,”⟧ ⟦c said⟧ Rovers manager ⟦m:s1 Tomás Ferreira⟧. ⟦q:s1 “The second half was the team I know. Brave, quick, nasty in the right way.”⟧

⟦m:s3 Arakawa⟧ equalised in the 58th minute with a shot from 25 yards that went in off the crossbar, and ⟦m:s3 he⟧ won it with 10 minutes left when his curling ball from the left wing drifted over everyone and into the far corner.

⟦q:s3 “The first one I just hit and hoped,”⟧ ⟦m:s3 Arakawa⟧ ⟦c said⟧. ⟦q:s3 “The second one, honestly, I was trying to cross it.”⟧

⟦m:s1 Ferreira⟧ laughed when ⟦m:s1 he⟧ was told. ⟦q:s1 “He says that now. In training he does it every day,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Wexmoor manager ⟦m:s2 Declan Moorcroft⟧ ⟦c said⟧ ⟦i:s2 the penalty miss had changed the game⟧, but refused to blame his striker. ⟦q:s2 “Ola has scored 11 from 11 for us. He’s allowed one,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦q:s2 “What I’m not happy about is the second goal. We had three chances to clear it and we didn’t. That’s not bad luck, that’s concentration.”⟧

⟦m:s2 Moorcroft⟧ also ⟦c suggested⟧ that ⟦i:s2 Rovers had been fortunate not to have a man sent off in the first half, when Tom Kearney caught ⟦m:s4 Nowicki⟧ late on the halfway line⟧. Asked about that, ⟦m:s1 Ferreira⟧ shrugged. ⟦q:s1 “Declan is a good man, and I understand. If I lose, I also look at the referee,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s4 Nowicki⟧, whose header was his fourth goal of the season, ⟦c said⟧ ⟦x:s4 the dressing room was “hurting”⟧. ⟦q:s4 “We were the better side for an hour. Football doesn’t care,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Rovers lead the table by a point and travel to Hollins Bay next Saturday. Wexmoor, now fourth, are at home to Penmarric.
"""),

# 7009 sport: tennis final (straight quotes), winner and runner-up, both women
({"s1": ("Valentina Ruiz-Oyarzún", "Ruiz-Oyarzún"),
  "s2": ("Kateřina Dvořáková", "Dvořáková")},
'''
⟦m:s1 Ruiz-Oyarzún⟧ saves match points to win Hallam Indoor title

⟦m:s1 Valentina Ruiz-Oyarzún⟧ saved two match points before beating ⟦m:s2 Kateřina Dvořáková⟧ 4-6, 7-6 (8), 6-2 to win the Hallam Indoor Open on Sunday, her first title in almost two years.

⟦q:s1 "I honestly thought I was going home,"⟧ ⟦m:s1 Ruiz-Oyarzún⟧ ⟦c said⟧. ⟦q:s1 "At 5-4 down in the second set, with her serving, you do the maths."⟧

⟦m:s1 The Chilean⟧, 27, has struggled with a wrist injury for most of the season, and ⟦m:s1 she⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had thought about skipping the tournament⟧. ⟦q:s1 "My physio told me to come and just enjoy it. So I did,"⟧ ⟦m:s1 she⟧ ⟦c added⟧.

⟦m:s2 Dvořáková⟧, the second seed, ⟦c said⟧ ⟦x:s2 ⟦m:s2 she⟧ had "got tight" on the match points⟧. ⟦q:s2 "She played the big points better than me. That's the whole story,"⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s1 Ruiz-Oyarzún⟧ will climb to 19th in the world rankings on Monday.
'''),

# 7010 culture/film: festival premiere, director, actor, critic's review, festival director
({"s1": ("Aurélie Chastain", "Chastain"),
  "s2": ("Rafael Domínguez", "Domínguez"),
  "s3": ("Ingrid Halvorsen", "Halvorsen"),
  "s4": ("Wendell Okoro", "Okoro")},
"""
“The Salt Orchard” draws eight-minute ovation at Lisvane film festival

The French director ⟦m:s1 Aurélie Chastain⟧ received an eight-minute standing ovation on Saturday night after the premiere of “The Salt Orchard”, her first film in six years, at the Lisvane International Film Festival.

The film follows a widowed fruit farmer, played by ⟦m:s2 Rafael Domínguez⟧, who refuses to sell his orchard to a developer during a summer of drought.

⟦q:s1 “I wrote it during the year my father was dying, and I did not know I was writing about him until the second draft,”⟧ ⟦m:s1 Chastain⟧ ⟦c told⟧ reporters the next morning. ⟦q:s1 “Then I could not stop seeing him in every scene.”⟧

⟦m:s2 Domínguez⟧, 58, ⟦c said⟧ ⟦i:s2 ⟦m:s2 he⟧ had learned to prune trees for the role⟧. ⟦q:s2 “Aurélie sent me to a farm in Murcia for two months. I came back with terrible hands and a great respect for farmers,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Reviews were largely warm. Writing in the Harbour Gazette, the critic ⟦m:s4 Wendell Okoro⟧ ⟦c said⟧ ⟦x:s4 the film was “a quiet masterpiece about grief and weather”⟧. ⟦m:s4 He⟧ ⟦c added⟧: ⟦q:s4 “Its final half-hour tests the patience, but the patience is rewarded.”⟧

Festival director ⟦m:s3 Ingrid Halvorsen⟧ ⟦c said⟧ ⟦i:s3 the film had been the most requested ticket of the festival⟧. ⟦q:s3 “We added two extra screenings yesterday and they sold out in an hour,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

“The Salt Orchard” opens in French cinemas in March. ⟦m:s1 Chastain⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ had no plans yet for her next film⟧. ⟦q:s1 “Six years, maybe. Maybe less. I am slow, I know,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, laughing.
"""),

# 7011 culture/music: band returns, singer and drummer, short dialogue turns
({"s1": ("Ruairí Quinlan", "Quinlan"),
  "s2": ("Mariko Sato", "Sato", "Mariko")},
"""
Velvet Ordnance return with first album in five years and a sold-out tour

The Dublin four-piece Velvet Ordnance will release “Low Country”, their first album since 2021, on Friday, and have added three dates to a tour that sold out in under an hour.

Singer ⟦m:s1 Ruairí Quinlan⟧ ⟦c said⟧ ⟦i:s1 the band had nearly split up during the pandemic⟧. ⟦q:s1 “We stopped talking for about a year. Not a fight, just silence, which is worse,”⟧ ⟦m:s1 he⟧ ⟦c said⟧ backstage at the Corran Ballroom on Thursday.

⟦q:s1 “Then Mariko sent us a drum loop at two in the morning with no message. Just the file. And that was the album starting.”⟧

Drummer ⟦m:s2 Mariko Sato⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ had no memory of sending it⟧. ⟦q:s2 “I’m told I did. I believe them. I was not sleeping much that year,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

The record’s eleven songs were made in a converted chapel in Connemara over three weeks last winter. The first single, “Brass Weather”, has been streamed more than four million times.

Asked whether the band would make another record, ⟦m:s1 Quinlan⟧ and ⟦m:s2 Sato⟧ looked at each other.

⟦q:s2 “Ask us in five years,”⟧ ⟦m:s2 Sato⟧ ⟦c said⟧.

⟦q:s1 “Four,”⟧ ⟦c said⟧ ⟦m:s1 Quinlan⟧.
"""),

# 7012 culture/books: literary prize (British single quotes), winner, chair of judges, publisher post
({"s1": ("Halima Dembélé", "Dembélé"),
  "s2": ("Edmund Thackery", "Thackery", "Professor Thackery"),
  "s3": ("Blackwater Press",)},
"""
Debut novel about a Marseille ferry wins £50,000 Aldous Fenn prize

A debut novel set aboard an overnight ferry between Marseille and Algiers has won the £50,000 Aldous Fenn prize for fiction, one of the richest literary awards in Britain.

⟦m:s1 Halima Dembélé⟧, 34, a maths teacher from Leicester, was named the winner at a ceremony in London last night for The Crossing Hours, which ⟦m:s1 she⟧ wrote in the mornings before school.

⟦q:s1 ‘I wrote most of it between five and seven in the morning, with a cup of tea going cold next to me,’⟧ ⟦m:s1 she⟧ ⟦c said⟧ in her acceptance speech. ⟦q:s1 ‘If there are any teachers listening, I promise you, the marking can wait.’⟧

⟦m:s2 The chair of the judges⟧, Professor ⟦m:s2 Edmund Thackery⟧, ⟦c said⟧ ⟦x:s2 the panel had reached a unanimous decision ‘in about eleven minutes’⟧.

⟦q:s2 ‘It is funny, furious and enormously generous to its characters. We kept reaching for comparisons and then giving up, because it doesn’t sound like anyone else,’⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Blackwater Press⟧, a small independent publisher in Hull, ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ had ordered a reprint of 40,000 copies⟧. In a post on social media, ⟦m:s3 the publisher⟧ ⟦c wrote⟧: ⟦q:s3 ‘We are a team of four people and we are all crying in the office.’⟧

⟦m:s1 Dembélé⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would use part of the prize money to take a year off teaching and finish her second novel⟧. ⟦q:s1 ‘The kids have already asked if I’m buying them pizza. I am,’⟧ ⟦m:s1 she⟧ ⟦c said⟧.
"""),

# 7013 weather/disaster: river floods, fire service, residents, minister, river authority, forecaster
({"s1": ("Dariusz Kamiński", "Kamiński"),
  "s2": ("Bronwen Hughes", "Hughes"),
  "s3": ("National Weather Bureau", "the bureau"),
  "s4": ("Olusegun Bankole", "Bankole"),
  "s5": ("Ahmet Demir", "Demir"),
  "s6": ("Orrin Valley Fire and Rescue Service", "the fire service"),
  "s7": ("Priyanka Nair", "Nair"),
  "s8": ("Orrin River Authority",)},
"""
Hundreds evacuated as River Orrin bursts its banks after record rain

⟦i:s6 More than 600 people were evacuated from their homes in Eskdale Bridge and Hartsop overnight after the River Orrin burst its banks following the heaviest December rainfall on record⟧, the ⟦m:s6 Orrin Valley Fire and Rescue Service⟧ ⟦c said⟧ on Sunday.

⟦i:s3 Some 142mm of rain fell at Hartsop in 24 hours, almost double the previous December record set in 1979⟧, ⟦c according to⟧ the ⟦m:s3 National Weather Bureau⟧.

⟦q:s1 “We have had crews working through the night, in boats in some streets, going door to door,”⟧ ⟦c said⟧ ⟦m:s1 Dariusz Kamiński⟧, an area manager with the fire service. ⟦q:s1 “Most people listened to the warnings and left early. Some didn’t, and that made the job harder.”⟧

⟦m:s1 He⟧ ⟦c said⟧ ⟦i:s1 about 40 people had been lifted from upstairs windows, including a family with a three-week-old baby⟧.

⟦m:s2 Bronwen Hughes⟧, 71, spent the night at a rest centre in the hall of Hartsop primary school. ⟦q:s2 “The water came under the door at about eleven o’clock, and by midnight it was up to the sofa cushions,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “I’ve lived in that house since 1974. It’s flooded twice. Never like this.”⟧

⟦m:s5 Ahmet Demir⟧, who runs a barber’s shop on Bridge Street, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had moved his equipment upstairs on Saturday afternoon after watching the river rise⟧. ⟦q:s5 “Everything downstairs is gone. The chairs were my uncle’s. But we are all safe, and that’s what matters,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

Environment Minister ⟦m:s4 Olusegun Bankole⟧ visited Eskdale Bridge on Sunday afternoon and ⟦c promised⟧ that ⟦i:s4 emergency grants of up to £2,500 per household would be paid within days⟧.

⟦q:s4 “People here have lost a great deal, and they need help now, not after a six-month application process,”⟧ ⟦m:s4 the minister⟧ ⟦c said⟧.

⟦m:s5 Demir⟧, who spoke to the minister during the visit, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ had asked why flood defences promised for the town in 2019 had never been built⟧. ⟦q:s5 “He said he would look into it. They always say that,”⟧ ⟦m:s5 Demir⟧ ⟦c said⟧.

In a statement, the ⟦m:s8 Orrin River Authority⟧ ⟦c said⟧ ⟦x:s8 the Eskdale Bridge scheme had been delayed by “complex land negotiations” and would begin next summer⟧.

⟦m:s7 Priyanka Nair⟧, a forecaster at the ⟦m:s3 National Weather Bureau⟧, ⟦c said⟧ ⟦i:s7 more rain was expected on Tuesday, though not as heavy⟧. ⟦q:s7 “The ground is saturated, so even moderate rain will run straight off into the rivers,”⟧ ⟦m:s7 she⟧ ⟦c said⟧. ⟦q:s7 “We are asking people not to move back in too quickly.”⟧

⟦m:s6 The fire service⟧ ⟦c said⟧ ⟦i:s6 no one had been reported missing⟧. Three rest centres will stay open until at least Wednesday.
"""),

# 7014 international: truce talks, UN envoy, two foreign ministers (men), anonymous diplomat, host minister
({"s1": ("Amara Diallo", "Diallo"),
  "s2": ("Ilir Berisha", "Berisha"),
  "s3": ("Goran Vuković", "Vuković"),
  "s4": ("Sigrid Aasland", "Aasland")},
"""
Kavaria and Ostrelia extend truce as talks in Sølvhavn drag on

SØLVHAVN, Dec 7 (Meridian Wire) — Kavaria and Ostrelia agreed on Monday to extend a fragile truce along their disputed border by 30 days, but talks on a permanent settlement ended a third week without agreement on the future of the Drava valley.

⟦q:s1 “Thirty days is not peace. But it is thirty days in which people in the valley can sleep,”⟧ ⟦c said⟧ ⟦m:s1 Amara Diallo⟧, the United Nations envoy who has chaired the talks since October.

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 both sides had agreed to let aid convoys into three villages cut off since September⟧, and that ⟦i:s1 a joint commission would meet weekly to investigate violations of the truce⟧.

⟦m:s2 Kavaria’s foreign minister⟧, ⟦m:s2 Ilir Berisha⟧, ⟦c told⟧ reporters that ⟦i:s2 his government would not accept any deal that left Ostrelian troops on the valley’s eastern ridge⟧.

⟦q:s2 “We have been patient. We will go on being patient. But patience is not the same thing as surrender,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

Speaking an hour later at the Ostrelian embassy, ⟦m:s3 Goran Vuković⟧, Ostrelia’s foreign minister, ⟦c said⟧ that ⟦x:s3 the positions on the ridge were “purely defensive” and would be given up once Kavaria disarmed local militias⟧.

⟦q:s3 “My colleague says he wants peace. I believe him. But he also has to control the men with rifles on his side of the line,”⟧ ⟦m:s3 Vuković⟧ ⟦c said⟧.

⟦m:s2 Berisha⟧ dismissed the remark within minutes. ⟦m:s2 He⟧ ⟦c wrote⟧ on social media: ⟦q:s2 “The only armed men in the Drava valley who answer to nobody are the ones wearing Ostrelian uniforms without badges.”⟧

A Western diplomat following the talks, who spoke on condition of anonymity, ⟦c said⟧: ⟦q “Everyone in that room knows roughly what the final map looks like. Nobody wants to be the one who signs it.”⟧

⟦m:s4 Sigrid Aasland⟧, the foreign minister of Sølvhavn, which is hosting the talks, ⟦c said⟧ ⟦i:s4 negotiations would resume on Jan. 5⟧. ⟦q:s4 “The door stays open. The coffee stays hot,”⟧ ⟦m:s4 she⟧ ⟦c said⟧.
"""),

# 7015 education: exam reform (straight quotes), minister, union leader, head teacher, regulator, pupil
({"s1": ("Beatrix Hallström", "Hallström"),
  "s2": ("Kofi Mensah-Boateng", "Mensah-Boateng"),
  "s3": ("Eilidh MacLeod", "MacLeod"),
  "s4": ("Zara Qureshi", "Zara"),
  "s5": ("Qualifications Board", "the board")},
'''
Coursework to count for a third of final grades under exam overhaul

Coursework will make up a third of final grades in most secondary school subjects from 2029 under plans announced on Tuesday by Education Minister ⟦m:s1 Beatrix Hallström⟧, the biggest change to the exam system in two decades.

⟦q:s1 "For too long, a student's whole future has come down to three weeks in a sports hall in June,"⟧ ⟦m:s1 Hallström⟧ ⟦c said⟧ in a speech at a school in Wendover Heath. ⟦q:s1 "That is not how anyone is judged in the rest of their life, and it should not be how we judge them at sixteen."⟧

⟦m:s1 The minister⟧ ⟦c said⟧ ⟦i:s1 written exams would remain the main form of assessment⟧, and that ⟦i:s1 coursework would be marked by teachers and checked by external moderators⟧.

⟦m:s2 Kofi Mensah-Boateng⟧, general secretary of the National Union of Teachers and Lecturers, ⟦c said⟧ ⟦x:s2 the change was "long overdue"⟧, but ⟦c warned⟧ that ⟦i:s2 teachers' workloads would rise sharply without extra funding⟧.

⟦q:s2 "Every hour a teacher spends moderating coursework is an hour they are not teaching. Somebody has to pay for that hour,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Eilidh MacLeod⟧, head teacher of Garth Hill Academy in Dunmore, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ welcomed the plans but was worried about pupils using artificial intelligence to write their coursework⟧. ⟦q:s3 "We will need to see a lot of the work being done in the classroom, in front of us. Otherwise, frankly, how would we know?"⟧ ⟦m:s3 she⟧ ⟦c said⟧.

The ⟦m:s5 Qualifications Board⟧, which regulates exams, ⟦c said⟧ in a statement that ⟦i:s5 ⟦m:s5 it⟧ would publish detailed rules on the use of AI tools by next September⟧.

⟦m:s4 Zara Qureshi⟧, 12, a pupil at the school where ⟦m:s1 the minister⟧ spoke, will be among the first to sit the new exams. ⟦q:s4 "I get really nervous in exams, so for me this is good news,"⟧ ⟦m:s4 she⟧ ⟦c said⟧. ⟦q:s4 "My brother says it's just more homework, though."⟧
'''),

# 7016 transport: rail strike, union leader over two paragraphs, operator via spokeswoman and statement, minister, commuters
({"s1": ("Dominic Achebe", "Achebe"),
  "s2": ("Northline", "the company"),
  "s3": ("Camille Beaumont-Ruiz", "Beaumont-Ruiz"),
  "s4": ("Lena Hoffmann", "Hoffmann"),
  "s5": ("Samir El-Amrani", "El-Amrani")},
"""
⟦m:s2 Northline⟧ rail strike to go ahead on Thursday after talks collapse

Train drivers and guards at ⟦m:s2 Northline⟧ will strike for 24 hours on Thursday after last-ditch talks over pay and working hours broke down on Monday evening, leaving about 300,000 commuters facing disruption.

⟦m:s2 Northline⟧ ⟦c said⟧ ⟦i:s2 only about one in five of its usual services would run, mostly on the main line between Harrowgate and Selmouth⟧. There will be no trains after 7 p.m.

⟦m:s1 Dominic Achebe⟧, general secretary of the Rail and Transit Workers’ Union, ⟦c said⟧ ⟦i:s1 ⟦m:s2 the company⟧ had offered a 3.5 per cent pay rise, but only if staff accepted longer shifts⟧. ⟦q:s1 “They want to give with one hand and take with the other, and our members have seen that trick before,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦q:s1 “Nobody wants to strike a week before Christmas. Our members have families too, and they use the trains too. But we have been talking since June and we are getting nowhere.”⟧

A spokeswoman for ⟦m:s2 Northline⟧ ⟦c said⟧ ⟦x:s2 the offer was “fair and affordable”⟧, and that ⟦i:s2 the longer shifts would be voluntary⟧. ⟦q:s2 “We remain available for talks at any time, day or night, and we urge the union to call off this damaging action,”⟧ ⟦m:s2 the company⟧ ⟦c said⟧ in a statement.

Transport Secretary ⟦m:s3 Camille Beaumont-Ruiz⟧ ⟦c said⟧ ⟦x:s3 ⟦m:s3 she⟧ was “deeply disappointed” that the talks had failed⟧. ⟦q:s3 “Passengers are fed up with being caught in the middle,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

At Harrowgate station on Monday evening, commuters were resigned. ⟦q:s4 “I’ll take a day’s holiday, I suppose. My boss won’t love it,”⟧ ⟦c said⟧ ⟦m:s4 Lena Hoffmann⟧, 29, a dental nurse.

⟦m:s5 Samir El-Amrani⟧, who travels in from Selmouth to a warehouse job, ⟦c said⟧ ⟦i:s5 ⟦m:s5 he⟧ supported the strikers⟧. ⟦q:s5 “They’re asking for what everybody’s asking for. Wages haven’t kept up with anything,”⟧ ⟦m:s5 he⟧ ⟦c said⟧.

⟦m:s1 Achebe⟧ ⟦c said⟧ ⟦i:s1 further strikes in January had not been ruled out⟧.
"""),

# 7017 obituary: sculptor, daughter's statement, old newspaper interview, gallery director, former assistant
({"s1": ("Tadeusz “Tadek” Wierzbicki", "Wierzbicki", "Tadek"),
  "s2": ("Ewa Wierzbicka", "Wierzbicka"),
  "s3": ("Marguerite Oyelaran", "Oyelaran"),
  "s4": ("Nils Haugland", "Haugland")},
"""
⟦m:s1 Tadeusz Wierzbicki⟧, sculptor who carved the Harbour Gate figures, dies at 88

⟦m:s1 Tadeusz “Tadek” Wierzbicki⟧, the sculptor whose granite figures line the approach to the Harbour Gate in Kelmouth and whose work is held in museums on four continents, has died at his home in Penhallow. ⟦m:s1 He⟧ was 88.

⟦m:s2 His daughter⟧, ⟦m:s2 Ewa Wierzbicka⟧, ⟦c said⟧ ⟦i:s2 ⟦m:s1 he⟧ had died peacefully on Friday evening after a short illness⟧.

⟦q:s2 “He worked until the week before. He was still complaining that the stone wasn’t doing what he told it,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “We would like to thank the nurses of the Penhallow hospice, who were kind to him and patient with his jokes.”⟧

Born in Łódź in 1938, ⟦m:s1 Wierzbicki⟧ came to Britain with his mother in 1947. ⟦m:s1 He⟧ trained as a stonemason in Aberdeen before studying sculpture at the Royal Northern College of Art.

His best-known work, the eleven figures of fishermen’s wives at the Harbour Gate, was commissioned in 1974. The figures were unpopular at first with some local councillors but have become the town’s best-known landmark.

⟦q:s1 “People think granite is hard. It is, but it is also honest. It shows you every mistake for a thousand years,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ the Kelmouth Courier in 2009. ⟦q:s1 “That keeps you humble, or it should.”⟧

In the same interview ⟦m:s1 he⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 he⟧ had no interest in carving “men on horses” and preferred to make ordinary working people⟧.

⟦m:s3 Marguerite Oyelaran⟧, director of the Kelmouth Art Gallery, which holds 30 of his works, ⟦c said⟧: ⟦q:s3 “Tadek made public art that the public actually loved. That is much rarer than it sounds.”⟧

The sculptor ⟦m:s4 Nils Haugland⟧, who was his assistant in the 1990s, ⟦c said⟧ ⟦i:s4 ⟦m:s1 Wierzbicki⟧ had been a demanding but generous teacher⟧. ⟦q:s4 “He would make you redo a hand six times. Then he would take you to the pub and pay for everything,”⟧ ⟦m:s4 Haugland⟧ ⟦c said⟧.

⟦m:s1 He⟧ is survived by his daughter and two grandchildren. His wife, the painter Rosa Ellingham, died in 2015.
"""),

# 7018 feature/profile: baker's free breakfasts, multi-paragraph quote, husband and wife with same surname, volunteer, regular
({"s1": ("Yusuf Doğan", "Doğan", "Yusuf"),
  "s2": ("Aylin Doğan", "Aylin"),
  "s3": ("Chloé Marchetti", "Marchetti"),
  "s4": ("Terrence Obi", "Obi")},
"""
The baker who opens his doors at 5 a.m. so nobody in Fernley goes hungry

At ten to five on a Tuesday morning, the only lit window on Calder Street belongs to the Erciyes Bakery. Inside, ⟦m:s1 Yusuf Doğan⟧ is already on his second batch of simit, and the kettle for the first visitors of the day is nearly boiling.

For nine years, ⟦m:s1 Doğan⟧, 63, has given away whatever bread is left from the day before, along with soup and tea, to anyone who knocks before the shop opens at seven. ⟦m:s1 He⟧ ⟦c says⟧ ⟦i:s1 as many as 40 people come on a busy morning⟧.

⟦q:s1 “It started with one man. He was sleeping in the doorway of the launderette across the road, and every morning I was throwing away bread,”⟧ ⟦m:s1 he⟧ ⟦c says⟧, pressing sesame seeds into the dough. ⟦q:s1 “So one morning I stopped throwing it away. That is the whole idea. There is no more idea than that.”⟧

⟦m:s1 Doğan⟧ came to Britain from Kayseri in 1989. ⟦m:s1 He⟧ worked in a kebab shop, a mattress factory and a hospital kitchen before opening the bakery with his wife, ⟦m:s2 Aylin⟧, in 2006.

⟦q:s1 “We had no customers for six months,”⟧ ⟦m:s1 he⟧ ⟦c says⟧. ⟦q:s1 “Aylin cried every night and I pretended I didn’t hear. We owed the bank more money than I had ever seen written down on one piece of paper.⟧

⟦q:s1 “Then one day a lady from the flats came in and bought twelve loaves for a funeral, and the next week her whole family came, and the week after that their friends. That is how it works here. Nobody reads advertisements. They ask their cousin.”⟧

⟦m:s2 Aylin Doğan⟧, who does the accounts and, by her own reckoning, most of the worrying, ⟦c says⟧ ⟦i:s2 the free breakfasts cost the business about £80 a week⟧. ⟦q:s2 “He thinks it costs nothing because the bread is left over. The bread is left over. The soup is not. The tea is not. The gas is not,”⟧ ⟦m:s2 she⟧ ⟦c says⟧. ⟦q:s2 “But I would not stop it. I would divorce him first.”⟧

Since 2022 a small team of volunteers has helped out. ⟦m:s3 Chloé Marchetti⟧, a retired primary school teacher, arrives at half past five three days a week to serve soup. ⟦q:s3 “I came once to drop off some jam and never managed to leave,”⟧ ⟦m:s3 she⟧ ⟦c says⟧.

⟦m:s4 Terrence Obi⟧, 47, has been coming since last winter, when ⟦m:s4 he⟧ lost his job at a distribution depot and, for a few weeks, his flat. ⟦m:s4 He⟧ now works nights at a supermarket and calls in on his way home.

⟦q:s4 “The first time, I stood outside for ten minutes because I was embarrassed. Yusuf came out and said, ‘Are you coming in or are you guarding the door?’ Nobody asks you anything in there. Nobody makes you feel like a charity case,”⟧ ⟦m:s4 he⟧ ⟦c says⟧.

Last month Fernley Borough Council gave the bakery its community award. ⟦m:s1 Doğan⟧ ⟦c says⟧ ⟦i:s1 ⟦m:s1 he⟧ spent the £500 prize on a second soup pot⟧.

Asked how long ⟦m:s1 he⟧ plans to keep going, ⟦m:s1 he⟧ shrugs. ⟦q:s1 “Until my knees say no. Then Aylin will do it, and she will complain, and she will do it better than me,”⟧ ⟦m:s1 he⟧ ⟦c says⟧.
"""),

# 7019 interview: radio Q&A turns between presenter and housing minister, opposition statement
({"s1": ("Jonah Whitcombe", "Whitcombe"),
  "s2": ("Adaeze Nwosu", "Nwosu"),
  "s3": ("Piotr Zieliński", "Zieliński")},
"""
⟦m:s2 Housing minister⟧ concedes new-homes target will be hard to meet

Housing Minister ⟦m:s2 Adaeze Nwosu⟧ ⟦c conceded⟧ on Tuesday that ⟦x:s2 the government’s target of 50,000 new social homes by 2028 would be “very tight”⟧, in a combative radio interview in which ⟦m:s2 she⟧ was repeatedly pressed on planning delays.

On the National Broadcasting Network’s “Morning Hour” programme, ⟦m:s1 the presenter⟧, ⟦m:s1 Jonah Whitcombe⟧, first ⟦c asked⟧ ⟦m:s2 Nwosu⟧ ⟦i:s1 how many of the homes had actually been started⟧.

⟦q:s2 “About 11,000 are under construction, and another 9,000 have planning permission,”⟧ ⟦m:s2 she⟧ ⟦c replied⟧.

⟦q:s1 “So fewer than half, with two years to go,”⟧ ⟦m:s1 Whitcombe⟧ ⟦c said⟧.

⟦q:s2 “Fewer than half started. Housing doesn’t come in a straight line, Jonah. The first year is always the slowest.”⟧

⟦q:s1 “Is the target still achievable?”⟧

⟦q:s2 “It is achievable. It will be very tight. I’m not going to sit here and pretend otherwise.”⟧

Pressed on whether ⟦m:s2 she⟧ would resign if the target was missed, ⟦m:s2 the minister⟧ ⟦c said⟧: ⟦q:s2 “That is a question for 2028, and I intend to be here in 2028 answering it.”⟧

⟦m:s2 Nwosu⟧ ⟦c said⟧ ⟦i:s2 the main obstacle was a shortage of planning officers in local councils⟧, and that ⟦i:s2 the government would spend £40 million training 600 more⟧.

⟦m:s3 Piotr Zieliński⟧, the opposition’s housing spokesman, ⟦c said⟧ in a statement that ⟦x:s3 the interview had been “a slow-motion admission of failure”⟧. ⟦q:s3 “Ministers promised 50,000 homes. Families on waiting lists can’t live in planning permissions,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.
"""),

# 7020 press conference: warehouse fire, mayor, fire chief, police commander, health director, company statement, reporter
({"s1": ("Lucía Fernández-Ortiz", "Fernández-Ortiz", "Mayor Fernández-Ortiz"),
  "s2": ("Marcus Oyelowo", "Oyelowo", "Chief Oyelowo"),
  "s3": ("Helen Strand", "Strand", "Commander Strand"),
  "s4": ("Rajesh Iyer", "Iyer", "Dr Iyer"),
  "s5": ("Tolland Logistics", "Tolland")},
"""
Brackwater warehouse fire: residents told to keep windows shut as smoke lingers

BRACKWATER — Residents in the east of the city were told on Sunday to keep their windows and doors closed for a second day as smoke from a huge fire at a logistics warehouse continued to drift across the area.

The blaze at the ⟦m:s5 Tolland Logistics⟧ depot on Furnace Road broke out shortly after 2 a.m. on Saturday. ⟦i:s2 More than 120 firefighters were still at the scene on Sunday afternoon⟧, Fire Chief ⟦m:s2 Marcus Oyelowo⟧ ⟦c told⟧ a news conference at City Hall.

⟦q:s2 “The fire is contained but it is not out. There are thousands of tonnes of material inside that building, a lot of it plastic packaging, and it will keep burning for days,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s2 Oyelowo⟧ ⟦c said⟧ ⟦i:s2 two firefighters had been treated for heat exhaustion⟧, but that ⟦i:s2 no one else had been hurt⟧. The building was empty when the fire started.

Mayor ⟦m:s1 Lucía Fernández-Ortiz⟧, who opened the news conference, ⟦c said⟧ ⟦i:s1 about 1,800 homes were covered by the advice to stay indoors⟧, and that ⟦i:s1 three schools in the area would stay closed on Monday⟧.

⟦q:s1 “I know people are frightened, and I know people are angry. I would be too,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “We will give you information as soon as we have it, and we will not give you information until we are sure it is right.”⟧

Dr ⟦m:s4 Rajesh Iyer⟧, the county’s director of public health, ⟦c said⟧ ⟦i:s4 air-quality monitors had recorded high levels of fine particles but so far no toxic chemicals⟧. ⟦q:s4 “If you have asthma or a heart or lung condition, please take this seriously. Stay in, keep your medication close, and call us if you are worried,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

Police Commander ⟦m:s3 Helen Strand⟧ ⟦c said⟧ ⟦i:s3 detectives were working with fire investigators to establish the cause⟧. Asked whether the fire could have been started deliberately, ⟦m:s3 she⟧ ⟦c said⟧: ⟦q:s3 “We are not ruling anything in or out. It is far too early.”⟧

One reporter ⟦c asked⟧: ⟦q “Why did it take four hours to tell people to close their windows?”⟧

⟦m:s1 Fernández-Ortiz⟧ ⟦c said⟧ ⟦i:s1 the first alert had gone out by text message at 4.10 a.m.⟧, but ⟦c acknowledged⟧ that ⟦i:s1 many older residents did not receive such messages⟧. ⟦q:s1 “That is a fair criticism and we will look at it,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s5 Tolland Logistics⟧ ⟦c said⟧ in a statement that ⟦x:s5 ⟦m:s5 it⟧ was “co-operating fully” with the investigation⟧. ⟦q:s5 “Our thoughts are with our neighbours on Furnace Road, who have had a frightening weekend,”⟧ the statement ⟦c said⟧.
"""),

# 7021 business: building society merger, two chief executives, competition regulator
({"s1": ("Ifeoma Chukwu", "Chukwu"),
  "s2": ("Henrik Sjöberg", "Sjöberg"),
  "s3": ("Competition and Markets Commission", "the commission")},
"""
Marlow Mutual and Tarnbrook Savings agree to merge

Two of northern England’s largest building societies, Marlow Mutual and Tarnbrook Savings, agreed on Thursday to merge, creating a lender with 2.3 million members and 140 branches.

⟦q:s1 “Together we can invest in technology that neither of us could afford alone, without losing what makes a mutual different,”⟧ ⟦c said⟧ ⟦m:s1 Ifeoma Chukwu⟧, Marlow’s chief executive, who will lead the combined group.

⟦m:s2 Henrik Sjöberg⟧, chief executive of Tarnbrook, ⟦c said⟧ ⟦i:s2 no branches would close for at least three years⟧. ⟦q:s2 “Our members were very clear with us: keep the branches. We heard them,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The deal needs the approval of members of both societies and of the competition regulator. The ⟦m:s3 Competition and Markets Commission⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ would decide by the end of February whether to open a full investigation⟧.

The combined society will be called Marlow Tarnbrook and will have its headquarters in Tarnbrook.
"""),

# 7022 local: cycle lane, councillor, café owner, campaigner (two men told apart), council
({"s1": ("Hamish Dunbar", "Dunbar", "Councillor Dunbar"),
  "s2": ("Agnieszka Wójcik", "Wójcik"),
  "s3": ("Tobias Reinholt", "Reinholt"),
  "s4": ("Lowmoor Borough Council", "the council")},
"""
New Eastgate cycle lane divides traders and cyclists

A two-way cycle lane on Eastgate, Lowmoor’s busiest shopping street, opened on Monday after eight months of roadworks, with 40 parking spaces removed to make room for it.

⟦q:s1 “This is about making it safe for a twelve-year-old to cycle to school,”⟧ ⟦c said⟧ Councillor ⟦m:s1 Hamish Dunbar⟧, the council’s cabinet member for transport. ⟦q:s1 “Three years ago a boy was knocked off his bike on this street. We are not waiting for the next one.”⟧

⟦m:s2 Agnieszka Wójcik⟧, who owns the Kettle & Crumb café, ⟦c said⟧ ⟦i:s2 her takings had fallen by a third during the roadworks⟧. ⟦q:s2 “Cyclists are lovely, but they buy one coffee and sit for two hours,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “The people who used to park outside bought lunch for the whole office.”⟧

⟦m:s3 Tobias Reinholt⟧, of the Lowmoor Cycle Alliance, ⟦c said⟧ that ⟦x:s3 studies in other towns showed cycle lanes brought “more customers, not fewer”⟧. ⟦q:s3 “Give it a year and then judge it,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s1 Dunbar⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s4 the council⟧ would count the number of people using Eastgate every month⟧. ⟦m:s1 He⟧ ⟦c added⟧: ⟦q:s1 “If Mrs Wójcik’s figures don’t recover, I want to know about it, and so will she.”⟧

⟦i:s4 A further 12 short-stay parking spaces will be created on nearby Tanner’s Row in the spring⟧, ⟦m:s4 the council⟧ ⟦c said⟧.
"""),

# 7023 science: asteroid probe, agency post, lead scientist, project manager
({"s1": ("Oyinkansola Adeleke", "Adeleke", "Dr Adeleke"),
  "s2": ("Graham Pettigrew", "Pettigrew"),
  "s3": ("Continental Space Agency", "the agency")},
"""
Halcyon probe sends back first close-up images of asteroid Ardent

The Halcyon spacecraft has sent back the first close-up photographs of the asteroid Ardent, showing a surface pocked with craters and scattered with boulders the size of houses, at the end of a seven-year journey.

The ⟦m:s3 Continental Space Agency⟧ ⟦c posted⟧ the first image on social media on Thursday evening with the message: ⟦q:s3 “Hello, Ardent. We’ve come a long way to meet you.”⟧

⟦q:s1 “It is much rougher than we expected. We thought we would see a smooth rubble pile, and instead we are seeing sharp ridges and what look like fractures,”⟧ ⟦c said⟧ Dr ⟦m:s1 Oyinkansola Adeleke⟧, the mission’s lead scientist. ⟦q:s1 “That tells us something violent happened to this rock, possibly quite recently in geological terms.”⟧

⟦m:s1 She⟧ ⟦c said⟧ ⟦i:s1 the team would spend the next four months mapping the asteroid before choosing a site from which to collect a sample⟧.

Project manager ⟦m:s2 Graham Pettigrew⟧ ⟦c said⟧ ⟦x:s2 the spacecraft was in “excellent health”⟧. ⟦q:s2 “We had a small scare with one of the reaction wheels in August, but it has behaved perfectly since. Touch wood,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The sample is due to return to Earth in 2031.
"""),

# 7024 courts: water company pollution trial (straight quotes), prosecutor, defence, fisherman witness, company statement, judge
({"s1": ("Isabella Conti", "Conti", "Ms Conti"),
  "s2": ("Ruaridh Fraser", "Fraser", "Mr Fraser"),
  "s3": ("Alwyn Price", "Price"),
  "s4": ("Harriet Blessington", "Blessington", "Judge Blessington"),
  "s5": ("Calder Vale Water", "the company")},
'''
Trial of water company over River Marle pollution opens

The trial of ⟦m:s5 Calder Vale Water⟧, accused of allowing raw sewage to pour into the River Marle for at least three years, opened at Ashworth Crown Court on Monday.

Opening the case for the prosecution, ⟦m:s1 Isabella Conti⟧ ⟦c told⟧ the jury that ⟦i:s1 the company's own monitoring equipment had recorded more than 900 spills from its Harlton treatment works between 2020 and 2023⟧.

⟦q:s1 "The company knew. Its engineers knew. And month after month, it told the Environment Agency that all was well,"⟧ Ms ⟦m:s1 Conti⟧ ⟦c said⟧.

⟦m:s5 Calder Vale Water⟧ denies 14 charges under environmental permitting law. ⟦m:s2 Ruaridh Fraser⟧, for the company, ⟦c said⟧ ⟦i:s2 the monitors had been faulty and the spills had been far fewer than had been claimed⟧. ⟦q:s2 "You will hear that these machines were unreliable. The company's mistake was trusting them,"⟧ ⟦m:s2 he⟧ ⟦c said⟧.

The jury heard from ⟦m:s3 Alwyn Price⟧, who has fished the Marle for 50 years. ⟦m:s3 He⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 he⟧ had first noticed grey water and dead fish below the works in the summer of 2020⟧. ⟦q:s3 "You could smell it from the road. I rang them four times. Nobody ever rang back,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Under cross-examination by Mr ⟦m:s2 Fraser⟧, ⟦m:s3 Price⟧ ⟦c agreed⟧ that ⟦i:s3 ⟦m:s3 he⟧ had never reported the smell to the Environment Agency⟧. ⟦q:s3 "I didn't know you were supposed to,"⟧ ⟦m:s3 he⟧ ⟦c said⟧.

In a statement issued before the trial, ⟦m:s5 Calder Vale Water⟧ ⟦c said⟧ ⟦i:s5 ⟦m:s5 it⟧ had invested £40 million in the Harlton works since 2023⟧. ⟦q:s5 "We take our environmental responsibilities extremely seriously,"⟧ the statement ⟦c said⟧.

Judge ⟦m:s4 Harriet Blessington⟧ ⟦c told⟧ jurors ⟦i:s4 the trial was expected to last six weeks⟧. ⟦q:s4 "You must decide this case on the evidence you hear in this room, and nothing else,"⟧ ⟦m:s4 she⟧ ⟦c said⟧.
'''),

# 7025 sport: marathon, winner and runner-up (two women), coach referred to by role
({"s1": ("Almaz Tesfaye", "Tesfaye"),
  "s2": ("Freya Lindahl", "Lindahl"),
  "s3": ("Dawit Girma", "Girma")},
"""
⟦m:s1 Tesfaye⟧ breaks course record to win Valmont Marathon

VALMONT — ⟦m:s1 Almaz Tesfaye⟧ broke the course record by 41 seconds to win the Valmont Marathon on Sunday, pulling away from ⟦m:s2 Freya Lindahl⟧ over the final three kilometres along the seafront.

⟦m:s1 Tesfaye⟧, 24, crossed the line in 2 hours 18 minutes 6 seconds. ⟦m:s2 Lindahl⟧, the Swedish record holder, was second in 2:18:51, her best time by more than a minute.

⟦q:s1 “At 39 kilometres I looked at her and she was breathing very hard, and I thought, now,”⟧ ⟦m:s1 Tesfaye⟧ ⟦c said⟧ through an interpreter. ⟦q:s1 “But she is a fighter. I did not feel safe until the last corner.”⟧

⟦m:s2 Lindahl⟧ ⟦c said⟧ ⟦x:s2 ⟦m:s2 she⟧ had been “running on empty” for the last five kilometres⟧. ⟦q:s2 “Second to Almaz on a day like this is nothing to be ashamed of,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “Next time I want to be the one looking at her.”⟧

⟦m:s3 Dawit Girma⟧, who has coached ⟦m:s1 Tesfaye⟧ since ⟦m:s1 she⟧ was 16, ⟦c said⟧ ⟦i:s3 the plan had been to sit in the leading group until 35 kilometres⟧.

⟦q:s3 “She went a little early, but when you are that strong you can break the plan,”⟧ ⟦m:s3 the coach⟧ ⟦c said⟧. ⟦q:s3 “Next is the world championships. We will not run another marathon before then.”⟧

⟦m:s1 Tesfaye⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 she⟧ would send part of her €40,000 prize money to her home village of Adi Mekonen⟧. ⟦q:s1 “My mother still does not believe that people pay you to run,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

The men’s race was won by Joseph Kiprotich Rono in 2:07:12.
"""),

# 7026 health: emergency waiting times, statistics office, health secretary, nurses' union, hospital chief, patient's daughter's post
({"s1": ("Conor Fitzgerald", "Fitzgerald"),
  "s2": ("Ngozi Eke", "Eke"),
  "s3": ("Mairéad Ní Bhriain", "Ní Bhriain"),
  "s4": ("Joanne Pike", "Pike"),
  "s5": ("Health Statistics Office",)},
"""
Emergency department waits hit worst November on record

⟦i:s5 More than 48,000 patients waited longer than 12 hours in emergency departments last month, the highest November figure since records began in 2011⟧, ⟦c according to⟧ figures published on Thursday by the ⟦m:s5 Health Statistics Office⟧.

Health Secretary ⟦m:s1 Conor Fitzgerald⟧ ⟦c said⟧ ⟦x:s1 the figures were “not acceptable”⟧, and blamed an early and severe flu season. ⟦q:s1 “We have more than twice as many flu patients in hospital as we did this time last year. That has a knock-on effect on every bed in every ward,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 Ngozi Eke⟧, general secretary of the Nursing and Midwifery Union, ⟦c said⟧ ⟦i:s2 flu was being used as an excuse⟧. ⟦q:s2 “Every winter there is a reason. The real reason is that there are not enough nurses, and the ones we have are exhausted,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

At Kingsmere General Hospital, one of the worst affected, chief executive ⟦m:s3 Mairéad Ní Bhriain⟧ ⟦c said⟧ ⟦i:s3 patients had been treated in corridors on 26 of the 30 days in November⟧. ⟦q:s3 “My staff are doing everything they can. I am not going to pretend that corridor care is safe or dignified, because it isn’t,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

The father of ⟦m:s4 Joanne Pike⟧ waited 31 hours on a trolley at Kingsmere last week after a fall. ⟦m:s4 She⟧ ⟦c wrote⟧ on social media: ⟦q:s4 “Dad spent his 84th birthday in a corridor under a strip light. The nurses were angels. The system is broken.”⟧

⟦m:s1 Fitzgerald⟧ ⟦c said⟧ ⟦i:s1 2,000 extra beds would be opened by the middle of January⟧.

⟦m:s2 Eke⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 she⟧ would believe it when ⟦m:s2 she⟧ saw it⟧.
"""),

# 7027 international: presidential run-off (straight quotes), winner, conceding incumbent, supporter, observer, analyst, commission
({"s1": ("Ana-Maria Călinescu", "Călinescu"),
  "s2": ("Radu Petrescu", "Petrescu", "President Petrescu"),
  "s3": ("Central Election Commission", "the commission"),
  "s4": ("Karin Holmqvist", "Holmqvist"),
  "s5": ("Viorel",),
  "s6": ("Mihail Dobrescu", "Dobrescu")},
'''
⟦m:s1 Călinescu⟧ wins Marvena presidential run-off as incumbent concedes

CETINA, Marvena, Dec 7 (Meridian Wire) - ⟦i:s3 ⟦m:s1 Ana-Maria Călinescu⟧, a former central bank governor, won Marvena's presidential run-off on Sunday with 54.2 percent of the vote⟧, ⟦c according to⟧ preliminary results from the ⟦m:s3 Central Election Commission⟧.

President ⟦m:s2 Radu Petrescu⟧, who had led after the first round, conceded defeat in a televised address shortly before midnight. ⟦q:s2 "The people have spoken, and in a democracy that is the end of the argument,"⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 "I congratulate Mrs. Călinescu and I wish her success, because her success is Marvena's success."⟧

Addressing cheering supporters in Unification Square, ⟦m:s1 Călinescu⟧ ⟦c said⟧ ⟦i:s1 her first priority would be bringing down inflation, which reached 11 percent this year⟧. ⟦q:s1 "I will be the president of those who voted for me and of those who did not,"⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 "Tomorrow we start work. Tonight, you can celebrate a little."⟧

⟦q:s5 "Finally, someone who understands money,"⟧ ⟦c said⟧ one supporter, a retired engineer who gave only his first name, ⟦m:s5 Viorel⟧.

⟦m:s4 Karin Holmqvist⟧, head of a 400-strong international observer mission, ⟦c said⟧ ⟦x:s4 the vote had been "competitive and generally well run"⟧, though ⟦m:s4 she⟧ ⟦c said⟧ ⟦i:s4 observers had received credible reports of vote-buying in two northern provinces⟧.

⟦q:s4 "These reports must be investigated, whoever benefited,"⟧ ⟦m:s4 Holmqvist⟧ ⟦c told⟧ reporters.

⟦q:s6 "Petrescu lost the cities by a landslide. That was the election,"⟧ ⟦c said⟧ ⟦m:s6 Mihail Dobrescu⟧, a political scientist at Cetina University. ⟦q:s6 "He also underestimated how much people were hurting from prices,"⟧ ⟦m:s6 Dobrescu⟧ ⟦c added⟧.

The ⟦m:s3 Central Election Commission⟧ ⟦c said⟧ ⟦i:s3 turnout was 63 percent, up from 58 percent in the first round⟧, and that ⟦i:s3 final results would be certified within 10 days⟧.

⟦m:s1 Călinescu⟧ will be sworn in on Jan. 15.
'''),

# 7028 technology: bank outage, bank statement, chief executive's post, customer, regulator spokesperson
({"s1": ("Corvid Bank", "Corvid", "the bank"),
  "s2": ("Jarosław Nowak", "Nowak"),
  "s3": ("Fatima Zahra Bennani", "Bennani"),
  "s4": ("Financial Conduct Board", "the regulator")},
"""
⟦m:s1 Corvid Bank⟧ apologises after payday outage locks out millions

Millions of ⟦m:s1 Corvid Bank⟧ customers were unable to log in to their accounts, make payments or use their cards for almost nine hours on Friday, the last working day before many people are paid.

⟦m:s1 The bank⟧ ⟦c said⟧ ⟦i:s1 the problem had been caused by a faulty software update to its payments system and was not the result of a cyber attack⟧. ⟦i:s1 All services had been restored by 6.40 p.m.⟧, ⟦m:s1 it⟧ ⟦c said⟧.

Chief executive ⟦m:s2 Jarosław Nowak⟧ ⟦c wrote⟧ on LinkedIn on Saturday: ⟦q:s2 “Yesterday we let our customers down on the one day they most needed us. I am sorry. Anyone who was charged a fee or lost money because of this will be refunded in full, and we will not make you jump through hoops to get it.”⟧

⟦m:s3 Fatima Zahra Bennani⟧, a hairdresser in Ravensholme, ⟦c said⟧ ⟦i:s3 ⟦m:s3 she⟧ had been unable to pay the rent on her salon⟧. ⟦q:s3 “My landlord was very understanding. My suppliers were not,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “An apology on LinkedIn is nice. I want to know it won’t happen again.”⟧

The ⟦m:s4 Financial Conduct Board⟧ ⟦c said⟧ ⟦x:s4 ⟦m:s4 it⟧ was “in close contact” with ⟦m:s1 Corvid⟧⟧. ⟦q:s4 “Outages of this length are not acceptable, and we will be asking the bank to explain what went wrong and how it will stop it happening again,”⟧ a spokesperson for the regulator ⟦c said⟧.

It was the third significant outage at ⟦m:s1 Corvid⟧ this year.
"""),

# 7029 culture: museum returns canoe prow, director, minister, elder, collectors' group
({"s1": ("Philippa Sørensen", "Sørensen", "Dr Sørensen"),
  "s2": ("Semisi Faleolo", "Faleolo"),
  "s3": ("Mele Tupou", "Tupou"),
  "s4": ("Heritage Collections Alliance",)},
"""
Museum returns carved canoe prow to Tavuni after 130 years

A carved wooden canoe prow taken from the Pacific island of Tavuni by a British naval officer in 1894 was handed back on Wednesday at a ceremony at the Harwick Museum of World Cultures.

⟦q:s1 “This object was taken without consent. There is no version of its history in which it belongs here,”⟧ ⟦c said⟧ ⟦m:s1 the museum’s director⟧, Dr ⟦m:s1 Philippa Sørensen⟧.

⟦m:s2 Tavuni’s minister for culture⟧, ⟦m:s2 Semisi Faleolo⟧, ⟦c said⟧ ⟦i:s2 the prow would go on display in a new cultural centre in the capital, Vaileka⟧. ⟦q:s2 “Our grandparents told us about this prow. Our grandchildren will be able to touch it,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s3 Mele Tupou⟧, 86, a descendant of the chief from whose canoe the prow was taken, sang a lament as it was lifted into its travelling crate. Afterwards ⟦m:s3 she⟧ ⟦c said⟧ simply: ⟦q:s3 “He is going home.”⟧

⟦m:s1 Sørensen⟧ ⟦c said⟧ ⟦i:s1 the museum was reviewing the origins of about 2,000 other objects in its collection⟧. ⟦q:s1 “Some of those conversations will be difficult. We should have started them decades ago,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

The ⟦m:s4 Heritage Collections Alliance⟧, which represents private collectors, ⟦c said⟧ that ⟦x:s4 the return set “a dangerous precedent”⟧.
"""),

# 7030 weather: cold snap warnings, forecaster, highways agency
({"s1": ("Ewan Lochhead", "Lochhead"),
  "s2": ("Highways Directorate", "the directorate")},
"""
Snow and ice warnings issued as cold snap tightens its grip

Forecasters have issued amber warnings for snow and ice across northern and upland areas, with up to 25cm of snow expected on high ground on Wednesday night and temperatures falling as low as minus 12C.

⟦q:s1 “This is the coldest spell we have seen this early in the winter for about fifteen years,”⟧ ⟦c said⟧ ⟦m:s1 Ewan Lochhead⟧, a meteorologist at the Weather Bureau. ⟦q:s1 “If you don’t need to travel on Wednesday night, don’t.”⟧

The ⟦m:s2 Highways Directorate⟧ ⟦c said⟧ ⟦i:s2 ⟦m:s2 it⟧ had 1,200 gritting lorries ready and more than 600,000 tonnes of salt in stock⟧.

Schools in some upland areas may close on Thursday, and rail operators have warned of cancellations.
"""),

]

"""Fifth unseen batch (UNSEEN5): written without reading the engine's rules,
frozen on 2026-12-07; never to be edited to suit the engine. All people,
organisations and events are fictional.

Each entry is (speakers, marked passage); markup as in make_gold.py. The
annotation conventions are those of UNSEEN2 (passages7.py), UNSEEN3
(passages9.py) and UNSEEN4 (passages11.py):
  * direct quotes include their quotation marks; an interrupted quote is two
    spans; each paragraph of a multi-paragraph quote is its own span (a
    non-final paragraph's span runs to the end of the paragraph);
  * the content clause of an "according to" attribution is an indirect quote;
    indirect and mixed spans start after a complementiser "that";
  * a role noun phrase heading a subject with a name in apposition is a
    mention, as is the name; a title glued to a name ("Mayor X", "Dr X",
    "the poet X") is left outside the name mention; a descriptive appositive
    after a name is not a mention; possessive pronouns are not marked;
  * speakers referred to inside someone's direct quote are not marked (they
    are marked inside indirect and mixed content, outside the quotation marks);
  * scare quotes, nicknames, titles of works and quoted headlines are not
    quotes; a quote nested inside a quote is part of the outer quote.
  * a quotation after a speech verb that is a whole sentence of the speaker's
    words is a direct quote even when it starts in lower case ("She says
    “the plan is dead.”"); a quoted fragment woven into the writer's own
    sentence is a mixed quote (⟦x:…⟧ spanning the reported clause).
Made explicit for this batch:
  * an organisation speaking through an unnamed spokesperson or a statement
    is the speaker; the subject noun phrase ("a spokeswoman for the trust",
    "the ministry", "it") is its mention; "the statement" / "the judgment"
    themselves are not mentions;
  * subject pronouns (he, she, it) that refer to a speaker are mentions
    wherever they stand outside direct quotes, also when the verb is not a
    speech verb ("She shrugged."); object pronouns are not marked;
  * words on signs, placards, slogans and banners are not quotes; a spoken
    quotation whose speaker cannot be identified is ⟦q …⟧ with no speaker;
  * a firm, pub or shop name that contains a speaker's surname is not a
    mention of that speaker.
"""

UNSEEN5 = [

# 5001 local politics: role before name, verbless quotes after a sentence about the speaker, nicknames, quoted headline, mixed
({"s1": ("Declan Farrow", "Farrow", "the council’s head of infrastructure"),
  "s2": ("Ada Brook", "Brook", "Councillor Brook"),
  "s3": ("Hettie Crane", "Crane", "the opposition leader")},
"""
Millrace Lane flood barrier delayed again after contractor collapses

⟦i:s1 Work on the long-promised flood barrier along Millrace Lane in Corrow will not begin until next spring⟧, ⟦m:s1 the council’s head of infrastructure⟧, ⟦m:s1 Declan Farrow⟧, ⟦c told⟧ a scrutiny committee on Monday, blaming a contractor that went into administration in August.

⟦q:s1 “We had a signed programme, a crew and the steel on order,”⟧ ⟦m:s1 Farrow⟧ ⟦c said⟧. ⟦q:s1 “Then the firm folded and we were back to square one.”⟧

Councillor ⟦m:s2 Ada Brook⟧, whose Millrace ward has flooded in five of the last six winters, was less patient. ⟦q:s2 “Square one is where my residents have been living since 2020,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “They keep sandbags in the hall where other people keep their coats.”⟧

⟦m:s2 Brook⟧ walked the length of the lane on Tuesday morning, stepping around a bank of silt left by last week’s storm. ⟦q:s2 “This is what ‘next spring’ looks like from down here. Nobody from the council has come to see it.”⟧

Residents have taken to calling the low stretch by the post office “the Moat”, and a hand-painted sign reading “Welcome to Little Venice” has hung from a lamp post there since January. The Corrow Gazette ran the story on Thursday under the headline “Barrier Sinks Without Trace”.

Asked whether the council would try to recover its deposit from the failed firm, ⟦m:s1 Farrow⟧ shrugged. ⟦q:s1 “You can’t get blood from a stone. We will join the queue of creditors like everybody else.”⟧

⟦m:s3 The opposition leader⟧, ⟦m:s3 Hettie Crane⟧, ⟦c said⟧ that ⟦x:s3 the delay was “a scandal that ought to cost somebody their job”⟧, though ⟦m:s3 she⟧ declined to say whose.
"""),

# 5002 courts: indirect lead, according to + direct, interrupted quote, company spokesperson, long appositive after inverted cue
({"s1": ("Miriam Okonjo", "Okonjo", "Judge Okonjo", "the judge"),
  "s2": ("Pellham Care", "the company", "a spokesperson for Pellham Care"),
  "s3": ("Elspeth Vane", "Vane", "Ms Vane"),
  "s4": ("Tomás Quiroga", "Quiroga", "her lawyer")},
"""
Judge rules Halvern care home operator breached duty over resident’s fatal fall

⟦i:s1 A care home operator in Halvern breached its duty to keep residents safe by leaving a 91-year-old woman alone at the top of a staircase she had been assessed as unable to use⟧, ⟦m:s1 a judge⟧ ⟦c ruled⟧ on Wednesday.

⟦c According to⟧ the written judgment of Judge ⟦m:s1 Miriam Okonjo⟧, ⟦i:s1 staff at Birchfield House had known for at least three weeks that Margery Vane could no longer manage stairs unaided⟧. ⟦q:s1 “This was not a failure of knowledge but a failure of attention,”⟧ ⟦m:s1 the judge⟧ ⟦c wrote⟧.

⟦q:s1 “The risk was written down,”⟧ ⟦m:s1 she⟧ ⟦c added⟧, ⟦q:s1 “and then it was filed away.”⟧

⟦q:s2 “We accept the court’s findings and apologise unreservedly to Mrs Vane’s family,”⟧ ⟦c said⟧ ⟦m:s2 a spokesperson for Pellham Care⟧, which runs 14 homes across the Fenmoor region. ⟦m:s2 The company⟧ ⟦c said⟧ ⟦i:s2 night staffing at Birchfield House had since been doubled⟧.

⟦q:s3 “No amount of money brings my mother back, but today somebody finally said out loud that this should never have happened,”⟧ ⟦c said⟧ ⟦m:s3 Elspeth Vane⟧, 63, a retired midwife from Orlestone who sat through all nine days of the hearing with a photograph of her mother in her lap.

⟦m:s4 Her lawyer⟧, ⟦m:s4 Tomás Quiroga⟧, ⟦c said⟧ ⟦i:s4 the family would now bring a civil claim for damages⟧. ⟦q:s4 “Families are told these places are safe. This judgment says that safe has to mean something,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

A further hearing to assess damages is expected in the new year.
"""),

# 5003 health: multi-paragraph quote, pronoun after another woman is mentioned, trust spokeswoman, verbless quote
({"s1": ("Nadia Kowalczyk", "Kowalczyk", "Dr Kowalczyk"),
  "s2": ("Lowfield Hospitals Trust", "the trust", "a spokeswoman for the trust"),
  "s3": ("Brenda Osei", "Osei")},
"""
A&E waits at St Aldric’s hit record as winter virus season starts early

Patients at St Aldric’s Hospital in Lowfield waited an average of nine hours and twelve minutes to be admitted from the emergency department last week, the longest since records began, according to figures published on Friday.

Dr ⟦m:s1 Nadia Kowalczyk⟧, who has worked in the department for eleven years and now leads its winter planning, ⟦c said⟧ ⟦i:s1 the early arrival of respiratory viruses had caught staff off guard⟧.

⟦q:s1 “We normally see this surge in the second week of December,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “This year it arrived before Bonfire Night. We opened our escalation ward a month early and it filled in a day.⟧

⟦q:s1 “I have colleagues sleeping in their cars between shifts because it isn’t worth driving home. That is not a sustainable way to run an emergency department, and everyone in this building knows it.”⟧

The trust’s chief nurse, Philippa Drayton, visited the department on Thursday and has since approved extra agency shifts for December. ⟦q:s1 “It helps, I’ll give her that,”⟧ ⟦m:s1 she⟧ ⟦c said⟧. ⟦q:s1 “But agency nurses don’t know where anything is kept.”⟧

⟦m:s2 A spokeswoman for the trust⟧ ⟦c said⟧ ⟦x:s2 ⟦m:s2 it⟧ was “working closely with community partners” to discharge patients who were well enough to go home⟧. ⟦q:s2 “We would ask people to think about whether the emergency department is the right place for them before they travel,”⟧ ⟦m:s2 she⟧ ⟦c added⟧.

⟦m:s3 Brenda Osei⟧ spent fourteen hours on a trolley in a corridor with her son, who has severe asthma, on Tuesday night. ⟦q:s3 “The nurses were angels. The building was a disgrace.”⟧
"""),

# 5004 sport (British quotes): nickname, fully quoted paragraph continuing the manager, new person introduced so the next quoted paragraph is his
({"s1": ("Gareth Pryce-Owen", "Pryce-Owen", "the Rovers manager"),
  "s2": ("Femi Adeyemi", "Adeyemi"),
  "s3": ("Lorcan Doyle", "Doyle")},
"""
Kestle Rovers boss hails ‘the Wall’ after cup shock at Brennan Park

Kestle Rovers manager ⟦m:s1 Gareth Pryce-Owen⟧ ⟦c said⟧ ⟦x:s1 his side had ‘earned every blade of grass’ in their 1–0 Marrowdale Cup win away at Brennan Athletic on Saturday⟧.

The fourth-tier club held on for 83 minutes after Tyrese Mallon’s early header, with goalkeeper ⟦m:s2 Femi Adeyemi⟧ — known to the travelling fans simply as ‘the Wall’ — making eleven saves.

⟦q:s1 ‘I’ve never seen a keeper play like that at this level,’⟧ ⟦m:s1 Pryce-Owen⟧ ⟦c said⟧. ⟦q:s1 ‘Every time they got through, there he was. I thought about taking him off just to give their strikers a chance.’⟧

⟦q:s1 ‘We’ll go to the bar tonight and the lads won’t be paying. Tomorrow we go back to worrying about Tuesday.’⟧

⟦m:s2 Adeyemi⟧, 34, spent six years working night shifts at a bakery in Kestle while playing part-time, and only signed his first full-time contract in the summer.

⟦q:s2 ‘My mum still thinks I work at the bakery. I suppose I’ll have to tell her now, won’t I?’⟧

Brennan manager ⟦m:s3 Lorcan Doyle⟧ was gracious in defeat. ⟦q:s3 ‘Their keeper has had the game of his life. We had thirty shots — thirty — and I’ll be watching them again tonight wondering how none of them went in,’⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Kestle will learn their next opponents when the draw is made on Monday evening.
"""),

# 5005 business: org lead in indirect, long appositive before the name, en dashes, company spokesperson, long appositive after inverted cue
({"s1": ("Ingrid Solberg", "Solberg", "chief executive"),
  "s2": ("Tamsworth Foods", "the company", "a spokesperson for the company"),
  "s3": ("Ravi Menon", "Menon"),
  "s4": ("Colm Breslin", "Breslin")},
"""
Tamsworth Foods to close Ardley plant with loss of 240 jobs

⟦i:s2 ⟦m:s2 Tamsworth Foods⟧, the maker of Golden Crust pies and the Hearthside ready-meal range, will close its packing plant in Ardley and cut 240 jobs after annual profits fell 38% to £41m⟧, ⟦m:s2 the company⟧ ⟦c said⟧ on Thursday.

A former finance director who took over the business from its founding family in 2022, ⟦m:s1 Ingrid Solberg⟧ ⟦c said⟧ ⟦x:s1 the closure was “the hardest call I have made in this job”⟧.

⟦q:s1 “Energy costs for the Ardley site have tripled in three years – tripled – and the building was designed for products we no longer make,”⟧ ⟦m:s1 she⟧ ⟦c told⟧ analysts on a conference call. ⟦q:s1 “Keeping it open would have put the other four sites at risk.”⟧

⟦m:s2 A spokesperson for the company⟧ ⟦c said⟧ ⟦i:s2 staff would be offered roles at its Wexley plant, 30 miles away, wherever possible⟧. ⟦q:s2 “We will support every affected colleague through the consultation period, which runs from 4–29 March,”⟧ ⟦m:s2 the spokesperson⟧ ⟦c said⟧.

⟦q:s3 “Thirty miles is not an offer, it’s an insult to people on the minimum wage who don’t own a car,”⟧ ⟦c said⟧ ⟦m:s3 Ravi Menon⟧, regional organiser for the Food and Allied Workers’ Union, which represents about 180 of the Ardley staff and has called an emergency meeting for Saturday.

Shares in Tamsworth fell 6% in early trading. ⟦m:s4 Colm Breslin⟧, an analyst at the broker Haverly Grant, ⟦c said⟧ ⟦i:s4 investors had expected cuts but not a full closure⟧. ⟦q:s4 “The market was braced for a trim. It got an amputation.”⟧
"""),

# 5006 science: diacritics, nickname, journal title, according to + direct, role NP with name, quoted headline, statement
({"s1": ("Zoë Ferreira-Lindqvist", "Ferreira-Lindqvist", "Dr Ferreira-Lindqvist"),
  "s2": ("Björn Åkesson", "Åkesson"),
  "s3": ("Veldra National Park Authority", "the park authority", "the authority")},
"""
Tiny cave snail found in Veldra uplands is new to science

A snail smaller than a grain of rice, found clinging to the walls of a flooded cave in the Veldra uplands, has been confirmed as a species never before described.

The animal, formally named Zospeum veldrense, is described in a paper published on Tuesday in the Journal of Subterranean Fauna. Its discoverers have nicknamed it “the ghost”, because it has no eyes and almost no pigment.

⟦q:s1 “We went down looking for beetles and came up with this,”⟧ ⟦c said⟧ the biologist ⟦m:s1 Zoë Ferreira-Lindqvist⟧ of the University of Marlow, who led the survey. ⟦q:s1 “For the first day I honestly thought it was a speck of limestone.”⟧

⟦c According to⟧ ⟦m:s1 Ferreira-Lindqvist⟧, ⟦i:s1 the snail probably feeds on films of bacteria on the cave wall and may live for more than a decade⟧. ⟦q:s1 “Everything about it is slow. Slow growth, slow movement, slow reproduction. It is the opposite of a pest.”⟧

⟦m:s2 Her co-author⟧, ⟦m:s2 Björn Åkesson⟧, a cave diver and amateur shell collector from Ystrand who first spotted the empty shells in 2023, was more worried about its prospects. ⟦q:s2 “A species that lives in one cave is one diesel spill away from extinction,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

A local newspaper greeted the discovery with the headline “Blind Snail Puts Veldra on the Map”. A framed copy now hangs in the diver’s kitchen.

⟦m:s3 The Veldra National Park Authority⟧ ⟦c said⟧ in a statement that ⟦i:s3 access to the cave would be restricted to licensed researchers while a protection plan was drawn up⟧. ⟦q:s3 “We are delighted and, frankly, a little nervous,”⟧ ⟦m:s3 it⟧ ⟦c added⟧.
"""),

# 5007 weather: statement, according to + pronoun cue, emoji in a post, two indirect clauses, unattributable quote, scare quotes
({"s1": ("Harrowdale Met Service", "the met service", "the forecaster"),
  "s2": ("Kwame Asante", "Asante"),
  "s3": ("Lindy Marsh", "Marsh"),
  "s4": ("Northvale Power", "the company", "a spokesman for Northvale Power")},
"""
Ice storm leaves 30,000 homes without power across Harrowdale valley

Freezing rain brought down power lines and trees across the Harrowdale valley overnight, leaving about 30,000 homes without electricity and closing the Ravensgill pass for the second time this month.

⟦m:s1 The Harrowdale Met Service⟧ ⟦c said⟧ in a statement that ⟦i:s1 up to 25mm of ice had built up on exposed surfaces above 300 metres⟧. ⟦q:s1 “This is a rare and dangerous event. Do not travel unless your journey is essential,”⟧ the statement ⟦c said⟧.

⟦c According to⟧ ⟦m:s2 Kwame Asante⟧, the duty forecaster at the met service, ⟦i:s2 the ice was caused by a layer of mild air sliding over ground that had been frozen for nine days⟧. ⟦q:s2 “Rain falls through the warm layer, lands on the frozen ground and turns to glass,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “Everything it touches gets a coat of ice.”⟧

In Ravensgill, café owner ⟦m:s3 Lindy Marsh⟧ posted a photograph of icicles hanging from her shop sign. ⟦q:s3 “Open for tea, candles and gossip ☕🕯️ — just don’t slip on the step,”⟧ ⟦m:s3 she⟧ ⟦c wrote⟧.

⟦m:s4 A spokesman for Northvale Power⟧ ⟦c said⟧ ⟦i:s4 engineers had restored supplies to about 9,000 homes by mid-morning⟧, but ⟦c warned⟧ that ⟦i:s4 some rural customers could be without power until the weekend⟧. ⟦q:s4 “Our crews cannot safely climb poles while ice is still falling,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

The council’s much-trumpeted “gritting guarantee”, launched after last winter’s chaos, came under fresh criticism as buses slid into verges on the Upper Thwaite road.

⟦q “Stay in, stay warm, check on your neighbours.”⟧ The advice was passed from door to door in Upper Thwaite on Tuesday night, where a fallen ash tree had blocked the only road out of the village.
"""),

# 5008 culture: CJK name, book title, role NP + name with mixed, multi-paragraph quote with no cue after a sentence about the speaker, verbless answer
({"s1": ("Lin Jiayi", "Lin", "林嘉怡"),
  "s2": ("Oona Fairbairn", "Fairbairn", "the chair of the judges"),
  "s3": ("Harwick Literary Trust", "the trust")},
"""
Debut novelist Lin Jiayi wins Harwick Prize for fiction

⟦m:s1 Lin Jiayi⟧ (⟦m:s1 林嘉怡⟧), a former hospital interpreter from Carrick, has won the £30,000 Harwick Prize for fiction with her first novel, “The Salt Ledger”, the story of three generations of a family running a fish stall.

⟦m:s2 The chair of the judges⟧, ⟦m:s2 Oona Fairbairn⟧, ⟦c said⟧ that ⟦x:s2 the panel had chosen “a quiet earthquake of a book” after less than an hour of discussion⟧.

⟦q:s2 “We argued about everything else on the shortlist,”⟧ ⟦m:s2 Fairbairn⟧ ⟦c said⟧ at the ceremony in Harwick’s Corn Exchange. ⟦q:s2 “We did not argue about this.”⟧

Accepting the award, ⟦m:s1 Lin⟧ spoke for several minutes about her grandmother, who ran a stall at Carrick’s harbour market until she was 88.

⟦q:s1 “She could not read English, and she could not read the Chinese on the forms the council sent her either, because it was not her dialect. So I read them for her. I was eight.⟧

⟦q:s1 “Everything in this book started at that kitchen table, with a pile of letters and a grandmother saying 慢慢来 — take your time. I took eleven years. I hope she would say it was worth it.”⟧

The novel, published by the small Carrick press Tidewrack Books, had sold fewer than 2,000 copies before the shortlist was announced. ⟦m:s3 The Harwick Literary Trust⟧ ⟦c said⟧ ⟦i:s3 the publisher had ordered a reprint of 20,000 copies on Friday morning⟧.

Asked what ⟦m:s1 she⟧ would do with the prize money, ⟦m:s1 Lin⟧ laughed. ⟦q:s1 “Pay my sister back for the laptop.”⟧
"""),


# 5009 crime: police indirect lead, glued title, role NP + name, unattributable shout from an audience, pronoun after it, spokeswoman
({"s1": ("Marcus Hollins", "Hollins", "Detective Inspector Hollins"),
  "s2": ("Saltby Police", "police", "a police spokeswoman"),
  "s3": ("Yusuf Kaya", "Kaya"),
  "s4": ("Gwen Tarrant", "Tarrant")},
"""
Jewellery worth £200,000 taken in three-minute Saltby ram raid

⟦i:s2 Thieves used a stolen pick-up truck to ram the front of a jeweller’s in Saltby town centre early on Sunday, escaping with watches and rings worth an estimated £200,000⟧, ⟦m:s2 police⟧ ⟦c said⟧.

Detective Inspector ⟦m:s1 Marcus Hollins⟧, who is leading the investigation, ⟦c said⟧ ⟦i:s1 the raid had taken less than three minutes⟧. ⟦q:s1 “This was planned down to the second. They knew exactly which cabinets to hit and they knew how long they had,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s3 The shop’s owner⟧, ⟦m:s3 Yusuf Kaya⟧, whose father opened Kaya & Sons in 1979, arrived at 5.40am to find the steel shutter folded in half. ⟦q:s3 “Forty-five years, and nobody ever so much as cracked a window,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “My father would have stood in front of that truck.”⟧

⟦m:s4 Gwen Tarrant⟧, 68, who lives in a flat above the bakery opposite, was woken by the crash. ⟦q:s4 “I thought a plane had come down. By the time I found my glasses they were gone.”⟧

At a packed residents’ meeting in the town hall that evening, ⟦m:s1 Hollins⟧ faced angry questions about the closure of Saltby’s police station last year. ⟦q “And where were you?”⟧ came a shout from the back of the hall.

⟦m:s1 He⟧ did not answer directly. ⟦q:s1 “I understand the frustration. What I can promise is that this investigation has every resource it needs.”⟧

⟦m:s2 A police spokeswoman⟧ ⟦c said⟧ ⟦i:s2 the truck had later been found burnt out in a lay-by near Fenby⟧. ⟦q:s2 “Anyone who saw a dark pick-up on the coast road between 3am and 4am should contact us,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 5010 education: ministry indirect lead and mixed statement, role NP + name, interrupted quote, slogan, male pronoun after another man is mentioned
({"s1": ("Rhiannon Beddoe", "Beddoe", "the headteacher"),
  "s2": ("Ministry of Education", "the ministry"),
  "s3": ("Cai Morgan", "Morgan"),
  "s4": ("Dafydd Price", "Price", "the county’s cabinet member for education")},
"""
Llanfeth village school saved after parents’ two-year campaign

⟦i:s2 Ysgol Llanfeth, a primary school with 31 pupils in the hills above Cwm Arran, will stay open for at least another five years⟧, ⟦m:s2 the Ministry of Education⟧ ⟦c said⟧ on Wednesday, reversing a closure order ⟦m:s2 it⟧ issued in 2024.

⟦m:s2 The ministry⟧ ⟦c said⟧ in a statement that ⟦x:s2 the school would receive £400,000 for a new classroom and that “small rural schools remain at the heart of our plans”⟧.

⟦m:s1 The headteacher⟧, ⟦m:s1 Rhiannon Beddoe⟧, heard the news during morning assembly. ⟦q:s1 “I read the email twice, then I read it out loud,”⟧ ⟦m:s1 she⟧ ⟦c said⟧, ⟦q:s1 “and then thirty-one children started screaming, which I have decided to count as a choir performance.”⟧

The campaign, fought under the slogan “Achub Ein Hysgol – Save Our School”, was led by parents including ⟦m:s3 Cai Morgan⟧, a sheep farmer whose three children all attend the school and whose petition gathered 8,000 signatures, more than forty times the population of the village.

⟦q:s3 “People said we were wasting our time. You don’t beat a ministry, they told us,”⟧ ⟦m:s3 Morgan⟧ ⟦c said⟧. ⟦q:s3 “Well, we didn’t beat it. We just wore it down.”⟧

⟦m:s4 The county’s cabinet member for education⟧, ⟦m:s4 Dafydd Price⟧, who backed the closure on cost grounds and was heckled by ⟦m:s3 Morgan⟧ at a public meeting in March, ⟦c said⟧ ⟦i:s4 the council would now work with the school on its budget⟧.

⟦q:s4 “I was never against Llanfeth. I was against a deficit,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

For ⟦m:s1 Beddoe⟧, the next job is a practical one. ⟦q:s1 “We are going to need a bigger kettle.”⟧
"""),

# 5011 transport (British quotes): spokesman, verbless quote after a sentence about the speaker, continuing quoted paragraph with nested quote, role NP + name with interrupted quote, mixed
({"s1": ("Westmarch Railways", "the operator", "a spokesman for Westmarch Railways"),
  "s2": ("Priti Chauhan", "Chauhan"),
  "s3": ("Alasdair Gunn", "Gunn", "the transport minister"),
  "s4": ("Hamish Rennie", "Rennie")},
"""
Westmarch commuters at breaking point as 400 trains are cancelled in a week

More than 400 trains were cancelled on the Westmarch network last week, the worst figure since ⟦m:s1 the operator⟧ took over the line in 2019, according to data published on Monday.

⟦m:s1 A spokesman for Westmarch Railways⟧ ⟦c said⟧ ⟦i:s1 the cancellations were caused by a shortage of qualified drivers and a signalling fault at Dunmore junction⟧. ⟦q:s1 ‘We are sorry. We know this is not good enough,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦m:s2 Priti Chauhan⟧, a physiotherapist who travels from Kelby Bridge to Westmarch Central every weekday, has started keeping a spreadsheet. ⟦q:s2 ‘Eleven of my last twenty trains have been cancelled or more than half an hour late. I have had to take annual leave to cover it.’⟧

⟦q:s2 ‘My manager has been very understanding, but there are only so many times you can ring in and say “the 7.42 has vanished again”.’⟧

⟦m:s3 The transport minister⟧, ⟦m:s3 Alasdair Gunn⟧, ⟦c told⟧ the Assembly on Tuesday that ⟦i:s3 ⟦m:s1 the operator⟧ had been issued with a formal warning⟧. ⟦q:s3 ‘If there is no clear improvement by the spring, every option is on the table,’⟧ ⟦m:s3 he⟧ ⟦c said⟧, ⟦q:s3 ‘including bringing the line back into public hands.’⟧

⟦m:s4 Hamish Rennie⟧ of the Associated Train Crews union ⟦c said⟧ ⟦x:s4 the shortage was ‘entirely of the company’s own making’⟧. ⟦q:s4 ‘They stopped training drivers to save money and now they are surprised there aren’t any,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.
"""),

# 5012 farming: verbless quotes after sentences about the speaker, "Asked …, X laughed.", role NP + name, mixed department line, nickname
({"s1": ("Owain Tudge", "Tudge"),
  "s2": ("Marguerite Delacroix-Hay", "Delacroix-Hay", "the president of the Eastmoor Farmers’ Union"),
  "s3": ("Department for Rural Affairs", "the department", "a spokesperson for the Department for Rural Affairs")},
"""
Drought forces Eastmoor dairy farmers to sell cattle early

Dairy farmers across Eastmoor are selling cattle months ahead of schedule after the driest summer in sixty years left grazing land scorched and pushed the price of winter feed up by almost 90%.

⟦m:s1 Owain Tudge⟧ has milked cows at Hendre Farm near Plasby for 41 years. Last Thursday ⟦m:s1 he⟧ loaded 40 of his herd of 160 on to a lorry bound for the market. ⟦q:s1 “I knew every one of them by name. You don’t sell cows like that because you want to. You sell them because the grass has gone.”⟧

Asked how long ⟦m:s1 he⟧ could keep going at current feed prices, ⟦m:s1 Tudge⟧ laughed. ⟦q:s1 “Ask me in March. If I’m still here, I’ll tell you.”⟧

⟦m:s2 The president of the Eastmoor Farmers’ Union⟧, ⟦m:s2 Marguerite Delacroix-Hay⟧, ⟦c said⟧ ⟦i:s2 the union had taken more than 300 calls on its hardship line since July⟧. ⟦q:s2 “These are not people who ring helplines,”⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 “When a dairy farmer picks up the phone, things are very bad indeed.”⟧

⟦m:s3 A spokesperson for the Department for Rural Affairs⟧ ⟦c said⟧ ⟦x:s3 ministers were “monitoring the situation closely” and would set out support measures “in the coming weeks”⟧.

That phrase drew a dry response at Plasby mart on Saturday, where farmers have taken to calling the department “the Ministry of Weeks”. ⟦m:s1 Tudge⟧ was among the crowd at the auction ring. ⟦q:s1 “The coming weeks. I’ve seen rain dances with better timetables.”⟧
"""),

# 5013 courts: victim statement read by a prosecutor (multi-paragraph), mixed defence line, judge with pronoun inside indirect, pronoun subject of non-speech verb
({"s1": ("Alan Featherstone", "Featherstone", "Recorder Featherstone", "the judge"),
  "s2": ("Kerry-Ann Lowe", "Lowe", "Callum’s mother"),
  "s3": ("Imogen Sallis", "Sallis")},
"""
Van driver jailed for six years over Dunhallow bypass crash that killed cyclist

A van driver who was looking at his phone when he struck and killed a 19-year-old cyclist on the Dunhallow bypass has been jailed for six years.

Neil Harker, 44, of Grangeton, admitted causing death by dangerous driving. Leyburn Crown Court heard that he had opened a messaging app eleven seconds before his van hit Callum Lowe from behind on the evening of 3 March.

In a statement read to the court by the prosecutor, ⟦m:s2 Callum’s mother⟧, ⟦m:s2 Kerry-Ann Lowe⟧, described the night police came to her door.

⟦q:s2 “I knew before they said a word. You always know. I had his tea keeping warm in the oven and I left it there for two days, because taking it out would have meant it was true.⟧

⟦q:s2 “People ask me whether I can forgive him. I don’t know yet. I know I can’t forgive an eleven-second message. What could possibly have been so important?”⟧

⟦m:s3 Imogen Sallis⟧, defending, ⟦c said⟧ ⟦x:s3 Harker was “consumed by shame” and had not driven since the crash⟧. ⟦q:s3 “He asked me to tell the family that he thinks about Callum every single day,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Sentencing, Recorder ⟦m:s1 Alan Featherstone⟧ ⟦c said⟧ ⟦i:s1 the case was among the clearest examples of phone-related dangerous driving ⟦m:s1 he⟧ had seen in thirty years on the bench⟧.

⟦q:s1 “You chose to look at a screen instead of the road. Callum Lowe paid for that choice with his life,”⟧ ⟦m:s1 he⟧ ⟦c told⟧ Harker. ⟦m:s1 He⟧ also banned Harker from driving for nine years.
"""),

# 5014 health: according to (org) lead, statement with pronoun cue, Arabic-script name, "because, she said, …", verbless quote after indirect
({"s1": ("Yasmin Haddad", "Haddad", "Dr Haddad", "ياسمين حداد"),
  "s2": ("Eastgate Public Health", "the agency"),
  "s3": ("Tomasz Wróbel", "Wróbel"),
  "s4": ("Samira Benali", "Benali")},
"""
Pop-up clinics double measles vaccinations in Eastgate

⟦i:s2 The number of children in Eastgate receiving a first measles jab has doubled since pop-up clinics opened in mosques, markets and school halls in September⟧, ⟦c according to⟧ ⟦m:s2 Eastgate Public Health⟧.

⟦m:s2 The agency⟧ ⟦c said⟧ ⟦i:s2 1,140 children had been vaccinated at the clinics, compared with 560 at family doctors’ surgeries over the same period last year⟧. ⟦q:s2 “These figures show what happens when we take the vaccine to families instead of waiting for families to come to us,”⟧ ⟦m:s2 it⟧ ⟦c said⟧ in a statement.

Dr ⟦m:s1 Yasmin Haddad⟧, a paediatrician who runs the Saturday clinic at the Al-Noor Community Centre, has had the leaflets printed in six languages. Her name is painted on the clinic door in Arabic — ⟦m:s1 ياسمين حداد⟧ — because, ⟦m:s1 she⟧ ⟦c said⟧, ⟦i:s1 grandmothers trust a name they can read⟧.

⟦q:s1 “Half of my job is vaccines and half of it is tea,”⟧ ⟦m:s1 Haddad⟧ ⟦c said⟧. ⟦q:s1 “People want to ask questions without feeling stupid. Nobody here is stupid. They have just been lied to online.”⟧

⟦m:s3 Tomasz Wróbel⟧ brought his twin daughters on Saturday after months of putting it off. ⟦q:s3 “A friend at work showed me a video and it scared me. Dr Haddad showed me the actual numbers, and they scared me more — the other way,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

⟦m:s4 Samira Benali⟧, a community health worker who knocks on doors on the Brindley estate three evenings a week, ⟦c said⟧ ⟦i:s4 the hardest families to reach were not the sceptical ones but the busy ones⟧. ⟦q:s4 “If you work two jobs, a clinic that shuts at five might as well be on the moon.”⟧
"""),

# 5015 sport: combining diacritics, nickname, role NP + name, according to with mixed, interrupted quote with "she" after two women, em dashes
({"s1": ("Títílayọ̀ Adébáyọ̀", "Adébáyọ̀", "Titi"),
  "s2": ("Rafael Ibáñez", "Ibáñez", "her coach"),
  "s3": ("Celeste Ibarra", "Ibarra")},
"""
Adébáyọ̀ breaks 31-year-old national 400m record in Valmont

⟦m:s1 Títílayọ̀ Adébáyọ̀⟧ broke the oldest record in the national athletics books on Saturday, running 49.61 seconds in the 400 metres at the Valmont Grand Prix to erase a mark that had stood since 1993.

⟦q:s1 “I saw the clock and I thought it was broken,”⟧ ⟦c said⟧ ⟦m:s1 Adébáyọ̀⟧, 23, who was working as a teaching assistant until last year. ⟦q:s1 “Then everyone started screaming, so I thought, OK — maybe not.”⟧

⟦m:s2 Her coach⟧, ⟦m:s2 Rafael Ibáñez⟧, has called her “the quiet assassin” since ⟦m:s1 she⟧ was 15. ⟦q:s2 “She has never once asked me what time she is going to run,”⟧ ⟦m:s2 Ibáñez⟧ ⟦c said⟧. ⟦q:s2 “She asks what she did wrong. Even tonight.”⟧

The previous record belonged to ⟦m:s3 Celeste Ibarra⟧, now 56 and a television commentator, who was in the stadium. ⟦c According to⟧ ⟦m:s3 Ibarra⟧, ⟦x:s3 the record was “always there to be taken” by a runner with a stride like that⟧. ⟦q:s3 “Thirty-one years is long enough for anybody to hold anything,”⟧ ⟦m:s3 she⟧ ⟦c said⟧, ⟦q:s3 “and I can’t think of anyone I would rather give it to.”⟧

⟦m:s1 Adébáyọ̀⟧ — “Titi” to everyone in the Valmont Harriers clubhouse — now turns to the indoor season. ⟦m:s1 She⟧ ⟦c said⟧ ⟦x:s1 ⟦m:s1 she⟧ would celebrate with “a very large plate of jollof”⟧.
"""),

# 5016 local politics: glued title, verbless quote, interrupted quote, mixed, pointed out + "he said" after another man is named, Green candidate
({"s1": ("Gideon Ashdown", "Ashdown", "Mayor Ashdown", "the mayor"),
  "s2": ("Kofi Mensah-Boateng", "Mensah-Boateng"),
  "s3": ("Rosa Villanueva", "Villanueva")},
"""
Tempers flare at Brackwater mayoral hustings over rural bus cuts

The three candidates to be Brackwater’s next mayor clashed over bus cuts, parking charges and the future of the Corn Street market at a hustings in St Anselm’s church hall on Thursday night.

Mayor ⟦m:s1 Gideon Ashdown⟧, who is seeking a third term, defended his decision to withdraw subsidies from four rural bus routes. ⟦q:s1 “Those buses were running with an average of three passengers. I am not going to apologise for refusing to spend £900,000 a year moving fresh air around the county.”⟧

⟦m:s2 Kofi Mensah-Boateng⟧, standing for the Brackwater Independents, was on his feet before ⟦m:s1 the mayor⟧ had finished. ⟦q:s2 “Three passengers,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, ⟦q:s2 “one of whom was my aunt, who now can’t get to her dialysis appointments.”⟧

⟦m:s1 Ashdown⟧ ⟦c said⟧ ⟦i:s1 a volunteer-run community transport scheme would fill the gap⟧, but ⟦m:s2 Mensah-Boateng⟧ ⟦c said⟧ ⟦x:s2 the scheme amounted to “a minibus and a prayer”⟧.

⟦m:s1 Ashdown⟧, 67, then ⟦c pointed out⟧ that ⟦i:s1 his challenger’s campaign manager, Derek Fane, had voted for the same cuts as a councillor in 2021⟧. ⟦q:s1 “He sat on the committee. He put his hand up. It is in the minutes,”⟧ ⟦m:s1 he⟧ ⟦c said⟧.

Fane, who was sitting in the front row, shook his head but did not respond.

⟦m:s3 Rosa Villanueva⟧, of the Green Brackwater group, whose campaign has been built almost entirely around the market, tried to steer the debate back to Corn Street. ⟦q:s3 “While these two argue about who cut what in 2021, the market roof is being held up by scaffolding and goodwill,”⟧ ⟦m:s3 she⟧ ⟦c said⟧. ⟦q:s3 “I would like to talk about the next four years.”⟧

A second hustings, organised by the Brackwater Chamber of Commerce, will be held on 14 April. Voting takes place on 2 May.
"""),

# 5017 business: statement with mixed, role NP + name, mixed with two fragments, multi-paragraph quote with no cue, "Told of …, X laughed."
({"s1": ("Caldmouth Port Holdings", "the company"),
  "s2": ("Siobhán Ní Bhriain", "Ní Bhriain", "the union’s convenor"),
  "s3": ("Erik Vasquez-Holm", "Vasquez-Holm", "the port’s chief executive")},
"""
Caldmouth dockers vote to strike over automated cranes

Dock workers at the Port of Caldmouth have voted by 91% to strike over plans to bring in automated cranes, according to the result of a ballot announced on Friday.

⟦m:s1 Caldmouth Port Holdings⟧ ⟦c said⟧ in a statement that ⟦x:s1 the new cranes were “essential to the port’s survival” and that no compulsory redundancies were planned⟧. ⟦q:s1 “Ports that fail to modernise do not stay open. We want Caldmouth to still be here in fifty years,”⟧ ⟦m:s1 the company⟧ ⟦c said⟧.

⟦m:s2 The union’s convenor at the port⟧, ⟦m:s2 Siobhán Ní Bhriain⟧, has worked on the quayside for 26 years, first as a lasher and now as a crane driver. ⟦m:s2 She⟧ ⟦c said⟧ ⟦x:s2 “no compulsory redundancies” was “the oldest line in the book”⟧.

⟦q:s2 “Every time they bring in a new machine, they promise nobody loses their job. And nobody does, on the day. Then people retire and aren’t replaced, and the agency lads quietly stop getting calls, and five years later there are half as many of us.⟧

⟦q:s2 “I’m not against machines. I drive one. I’m against being told a fairy tale.”⟧

⟦m:s3 The port’s chief executive⟧, ⟦m:s3 Erik Vasquez-Holm⟧, ⟦c told⟧ Caldmouth Sound radio that ⟦x:s3 ⟦m:s3 he⟧ was “disappointed but not surprised” by the vote⟧. ⟦q:s3 “My door is open. It has always been open,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Told of his comments, ⟦m:s2 Ní Bhriain⟧ laughed. ⟦q:s2 “His door is open. His car park has a barrier and a guard.”⟧

The first 48-hour stoppage is due to begin on 9 June.
"""),

# 5018 science: according to (org) + direct, press-release title, verbless quote after indirect, nickname, pronoun inside indirect
({"s1": ("Harold Nkemelu", "Nkemelu"),
  "s2": ("Ines Castellanos", "Castellanos", "Dr Castellanos"),
  "s3": ("Mount Orrin Observatory", "the observatory")},
"""
Retired postman spots exploding star from his Fellbrook back garden

A supernova has been discovered from a back garden in Fellbrook by a retired postman using a telescope ⟦m:s1 he⟧ bought second-hand for £300.

⟦m:s1 Harold Nkemelu⟧, 71, was photographing a faint galaxy at 2am on Sunday when ⟦m:s1 he⟧ noticed a bright dot that had not been there the week before.

⟦q:s1 “My first thought was that I had a smudge on the lens,”⟧ ⟦m:s1 he⟧ ⟦c said⟧. ⟦q:s1 “My second thought was that I had a smudge on my glasses. My third thought was: hang on.”⟧

⟦c According to⟧ ⟦m:s3 the Mount Orrin Observatory⟧, which confirmed the discovery on Tuesday, ⟦i:s3 the object is a type Ia supernova about 120 million light years away⟧. ⟦q:s3 “Supernovae like this are among the most useful objects in astronomy, because they let us measure distances across the universe,”⟧ ⟦m:s3 the observatory⟧ ⟦c said⟧ in a press release titled “Fellbrook Pensioner Catches a Dying Star”.

Dr ⟦m:s2 Ines Castellanos⟧, who leads the observatory’s programme on short-lived objects, ⟦c said⟧ ⟦i:s2 amateurs still made a real contribution⟧. ⟦q:s2 “We have big survey telescopes, but they cannot look everywhere at once. Harold was looking in the right place at the right time and, crucially, he knew what he was seeing.”⟧

The supernova will be catalogued as SN 2026xq, though his grandchildren have already named it “Grandad’s Star”.

⟦m:s1 Nkemelu⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 he⟧ had no plans to stop⟧. ⟦q:s1 “There are a lot of galaxies out there. Somebody has to keep an eye on them.”⟧
"""),

# 5019 weather (British quotes): long appositive after name, inverted cue with spokeswoman, verbless quote, council spokesman, quoted headline, mixed
({"s1": ("Kessingham Borough Council", "the council", "a spokesman for Kessingham Borough Council"),
  "s2": ("Anglemere Water", "the company", "a spokeswoman for the company"),
  "s3": ("Fiona Ruthven", "Ruthven", "Dr Ruthven"),
  "s4": ("Bert Sallow", "Sallow")},
"""
Kessingham records its hottest day as water firm urges restraint

Temperatures reached 36.4C at Kessingham airfield on Wednesday afternoon, the highest ever recorded in the county, according to provisional figures from the National Weather Bureau.

Dr ⟦m:s3 Fiona Ruthven⟧, a climate scientist at the University of Kessingham who has studied the county’s temperature records going back to 1880, ⟦c said⟧ ⟦i:s3 the previous record had been beaten by almost a full degree⟧. ⟦q:s3 ‘That is not a nudge. That is a shove,’⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦m:s2 Anglemere Water⟧ ⟦c said⟧ ⟦i:s2 demand had risen by 40% in three days⟧. ⟦q:s2 ‘We are not at the point of a hosepipe ban, but we are asking everyone to think about every drop,’⟧ ⟦c said⟧ ⟦m:s2 a spokeswoman for the company⟧.

At the Elm Road allotments, ⟦m:s4 Bert Sallow⟧, 82, was watering his runner beans with a can at 6am to beat the heat. ⟦q:s4 ‘I’ve been doing this since 1971. Hosepipe bans come and go. Beans are forever.’⟧

⟦m:s1 A spokesman for Kessingham Borough Council⟧ ⟦c said⟧ ⟦i:s1 two libraries would open as cooling centres until Saturday⟧. ⟦q:s1 ‘Please check on older neighbours, especially anyone who lives alone,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

The heat also buckled a section of track near Orlbury, and the Kessingham Echo’s front page on Thursday carried a picture of melted tarmac under the headline ‘Meltdown Wednesday’.

⟦m:s3 Ruthven⟧ ⟦c said⟧ ⟦x:s3 days like this would become ‘a normal part of a Kessingham summer’ within twenty years⟧. ⟦q:s3 ‘My children will think 36 degrees is a warm day. That should frighten all of us,’⟧ ⟦m:s3 she⟧ ⟦c added⟧.
"""),

# 5020 culture: titles of shows and plays, continuing quoted paragraph, new person introduced so the next fully quoted paragraph is his, quoted headline, verbless quote
({"s1": ("Delphine Okafor-Reyes", "Okafor-Reyes"),
  "s2": ("Teodor Vukasović", "Vukasović", "the director"),
  "s3": ("Orlwick Playhouse", "the theatre")},
"""
“Night Shift” star returns to the Orlwick stage after fifteen years

⟦m:s1 Delphine Okafor-Reyes⟧, best known to television audiences as the ward sister in the long-running hospital drama “Night Shift”, is returning to the stage for the first time in fifteen years, in a new production of “The Lighthouse Keeper’s Wife” at the Orlwick Playhouse.

⟦q:s1 “I have been terrified for about six weeks,”⟧ ⟦m:s1 she⟧ ⟦c said⟧ in a rehearsal room in the theatre’s basement on Monday. ⟦q:s1 “Television is forgiving. You can do it again. In a theatre, if you fall over, eight hundred people watch you fall over.”⟧

⟦q:s1 “But I think you should be terrified at least once a year. It keeps you honest.”⟧

The production is directed by ⟦m:s2 Teodor Vukasović⟧, the Serbian-born director whose staging of “Ice Harbour” won four awards last year and who spent most of the past decade trying to lure her back.

⟦q:s2 “I wrote to her every year for seven years. Every year she said no, very politely. In the eighth year she said maybe, which from Delphine means yes.”⟧

When a tabloid ran the headline “Soap Queen Treads the Boards” last month, ⟦m:s1 Okafor-Reyes⟧ pinned it to her dressing-room mirror. ⟦q:s1 “It’s a hospital drama, not a soap. But I’ll take ‘queen’.”⟧

⟦m:s3 The theatre⟧ ⟦c said⟧ ⟦i:s3 the three-week run had almost sold out and a fourth week had been added⟧.
"""),

# 5021 crime: police indirect lead, nickname, according to + "she said", continuing quoted paragraph, "she" after another woman is named
({"s1": ("Hatherby Police", "police", "the force"),
  "s2": ("Priya Raman", "Raman", "Sergeant Raman"),
  "s3": ("Neville Oduya", "Oduya"),
  "s4": ("Margaret Kilbride", "Kilbride")},
"""
Police link string of Hatherby Heights burglaries to one gang

⟦i:s1 Eleven burglaries on the Hatherby Heights estate since October were probably carried out by the same group⟧, ⟦m:s1 police⟧ ⟦c said⟧ on Monday. Residents have nicknamed the thieves “the Teatime Burglars”.

⟦c According to⟧ Sergeant ⟦m:s2 Priya Raman⟧ of the Hatherby neighbourhood policing team, ⟦i:s2 all of the break-ins happened between 4pm and 7pm, when many homes were empty and dark⟧. ⟦q:s2 “They are relying on the fact that in winter it’s pitch black by half past four and half the street is still at work,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Neville Oduya⟧ came home from a shift at the bus depot on 12 November to find his back door forced and his late wife’s rings gone. ⟦q:s3 “They took the only things I couldn’t replace and left the television,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “Professionals, apparently.”⟧

⟦m:s4 Margaret Kilbride⟧, who has run the estate’s neighbourhood watch for 22 years and logs every unfamiliar vehicle in a spiral notebook, ⟦c said⟧ ⟦i:s4 ⟦m:s4 she⟧ had passed six registration numbers to police⟧.

⟦q:s4 “Whether anyone has looked at them is another matter. I’ve had one phone call, and that was to ask me to stop phoning.”⟧

⟦m:s2 Raman⟧ ⟦c said⟧ ⟦i:s2 every lead was being followed up⟧ and that ⟦i:s2 the notebook kept by ⟦m:s4 Kilbride⟧ had already helped identify one vehicle⟧. ⟦q:s2 “Margaret has been brilliant. If she has felt ignored, I will go round and apologise myself,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s1 The force⟧ ⟦c said⟧ ⟦i:s1 ⟦m:s1 it⟧ would step up early-evening patrols on the estate until the end of January⟧.
"""),

# 5022 education (British quotes): mixed, statement with mixed, role NP + name, "he wrote:" with colon, placards, indirect tail
({"s1": ("Alistair McBride", "McBride", "the vice-chancellor"),
  "s2": ("Noor Siddiqui", "Siddiqui", "the students’ union president"),
  "s3": ("Kwabena Ofori", "Ofori", "Dr Ofori"),
  "s4": ("Wyndham University", "the university", "a university spokeswoman")},
"""
Lecturers at Wyndham University walk out over pay and workloads

Lecturers at Wyndham University began a five-day strike on Monday, cancelling an estimated 3,000 teaching sessions in the last weeks of the autumn term.

Dr ⟦m:s3 Kwabena Ofori⟧, branch secretary of the Academic Staff Union, ⟦c said⟧ ⟦x:s3 workloads had risen to the point where colleagues were ‘marking essays at two in the morning’⟧. ⟦q:s3 ‘Nobody goes into this job for the money, but you do expect to be able to sleep,’⟧ ⟦m:s3 he⟧ ⟦c said⟧ on the picket line outside the Grainger Library. ⟦q:s3 ‘We have tried everything else.’⟧

⟦m:s4 The university⟧ ⟦c said⟧ in a statement that ⟦x:s4 ⟦m:s4 it⟧ had made ‘a fair and affordable offer’⟧. ⟦q:s4 ‘We regret any disruption to students and are doing everything we can to minimise it,’⟧ ⟦m:s4 a university spokeswoman⟧ ⟦c added⟧.

⟦m:s1 The vice-chancellor⟧, ⟦m:s1 Alistair McBride⟧, whose £340,000 salary has been printed on placards around the campus, declined to be interviewed. In an email to all staff on Sunday, ⟦m:s1 he⟧ ⟦c wrote⟧: ⟦q:s1 ‘I understand the strength of feeling. I do not believe a strike is the answer to it.’⟧

⟦m:s2 The students’ union president⟧, ⟦m:s2 Noor Siddiqui⟧, ⟦c said⟧ ⟦i:s2 the union supported the staff but wanted students compensated for lost teaching⟧. ⟦q:s2 ‘We are paying £9,250 a year. If a shop sold you a coat with one sleeve missing, you’d want some money back,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.

Placards on the picket line read ‘Marking at 2am is not a career’ and ‘Pay the people who teach’.

⟦i:s4 Talks between the two sides will resume at the end of next week⟧, ⟦m:s4 the university⟧ ⟦c said⟧.
"""),

# 5023 transport: spokesperson for the airport + relative "which says", very long appositive after name, multi-paragraph quote after indirect, role NP + name with mixed, nickname
({"s1": ("Sellinge Airport", "the airport", "a spokesperson for the airport"),
  "s2": ("Amara Nwosu", "Nwosu"),
  "s3": ("Ravinder Gill", "Gill", "the council leader")},
"""
Sellinge airport wins approval for second runway despite years of protest

A second runway at Sellinge Airport has been approved by the national planning inspectorate, ending a seven-year battle and clearing the way for passenger numbers to almost double by 2040.

⟦q:s1 “This is a great day for the whole region,”⟧ ⟦c said⟧ ⟦m:s1 a spokesperson for the airport⟧, which ⟦c says⟧ ⟦i:s1 the expansion will create 4,500 jobs⟧.

⟦q:s2 “We are devastated, but we are not finished,”⟧ ⟦c said⟧ ⟦m:s2 Amara Nwosu⟧, a retired geography teacher who founded the Sellinge Sky Campaign in her living room in 2019 and has since become the most recognisable face of opposition to the scheme, attending every one of the inquiry’s 61 sitting days with a flask of soup and a ring binder.

⟦m:s2 Nwosu⟧ ⟦c said⟧ ⟦i:s2 the campaign would seek a judicial review⟧. ⟦q:s2 “The inspector accepted every number the airport gave him and questioned none of ours. The noise maps were drawn by the airport’s own consultants. The carbon figures assume aircraft that haven’t been invented yet.⟧

⟦q:s2 “If that is how planning works now, then every village under a flight path should be very worried indeed.”⟧

⟦m:s3 The council leader⟧, ⟦m:s3 Ravinder Gill⟧, who supported the application, ⟦c said⟧ ⟦x:s3 the limits on night flights were “the toughest of any airport in the country”⟧. ⟦q:s3 “Nobody who lives here wants a free-for-all. What they have got is a cap, a curfew and a fund for insulation,”⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Opponents have already nicknamed the project “Runway Regret”. Construction is due to begin in 2028.
"""),

# 5024 farming: ministry indirect lead, "its statement said", Irish diacritics with glued "Dr", quoted headline, "she said" after another woman (her daughter) is introduced
({"s1": ("Ministry of Agriculture", "the ministry"),
  "s2": ("Agnieszka Wiśniewska", "Wiśniewska"),
  "s3": ("Colm Ó Súilleabháin", "Ó Súilleabháin", "Dr Ó Súilleabháin", "the chief veterinary officer")},
"""
Bird flu confirmed at Hollin Vale egg farm as 60,000 hens face cull

⟦i:s1 Avian influenza has been confirmed at a free-range egg farm in Hollin Vale, and all 60,000 birds on the site will be culled⟧, ⟦m:s1 the Ministry of Agriculture⟧ ⟦c said⟧ on Saturday.

⟦m:s1 The ministry⟧ ⟦c said⟧ ⟦i:s1 a 3km protection zone had been placed around the farm⟧. ⟦q:s1 “The risk to public health remains very low. Properly cooked poultry and eggs are safe to eat,”⟧ its statement ⟦c said⟧.

⟦m:s2 Agnieszka Wiśniewska⟧ runs the farm with her husband, Piotr. ⟦q:s2 “We did everything right. Footbaths, netting, the birds kept in since October,”⟧ ⟦m:s2 she⟧ ⟦c said⟧, standing at the farm gate. ⟦q:s2 “It still found a way in.”⟧

⟦m:s3 The chief veterinary officer⟧, Dr ⟦m:s3 Colm Ó Súilleabháin⟧, ⟦c said⟧ ⟦i:s3 wild birds migrating along the Hollin estuary were the most likely source⟧. ⟦q:s3 “We are seeing infected gulls and geese all along this coast,”⟧ ⟦m:s3 he⟧ ⟦c said⟧. ⟦q:s3 “Good biosecurity reduces the risk. It cannot remove it.”⟧

The Hollin Vale Courier ran a photograph of the empty sheds under the headline “Egg Farm Heartbreak”.

The couple’s daughter, Zofia, 16, has set up an online fundraiser for the farm’s eleven staff, which had raised more than £14,000 by Sunday evening.

⟦q:s2 “My daughter is braver than I am. She told me we will have hens again by the spring, and I believe her,”⟧ ⟦m:s2 she⟧ ⟦c said⟧.
"""),

# 5025 courts: tribunal as speaker of the lead, according to the judgment + direct, mixed, interrupted quote, long appositive after inverted cue, firm name containing a surname
({"s1": ("Sunita Varma", "Varma", "Employment Judge Varma", "the tribunal"),
  "s2": ("Mihai Popescu", "Popescu"),
  "s3": ("Ottoline Greaves", "Greaves"),
  "s4": ("Zipster", "the company", "a spokesman for the company")},
"""
Tribunal rules Bramwell delivery rider was an employee, not self-employed

⟦i:s1 A delivery rider who was sacked after complaining about unpaid waiting time was an employee of the app-based courier firm ⟦m:s4 Zipster⟧, not self-employed⟧, ⟦m:s1 an employment tribunal in Bramwell⟧ has ⟦c ruled⟧.

⟦c According to⟧ the judgment, ⟦i:s1 ⟦m:s4 Zipster⟧ controlled almost every aspect of the work done by ⟦m:s2 Mihai Popescu⟧, from the routes ⟦m:s2 he⟧ rode to the bag ⟦m:s2 he⟧ carried⟧. ⟦q:s1 “The claimant could not choose his price, his customers or, in practice, his hours. That is not a business. That is a job,”⟧ Employment Judge ⟦m:s1 Sunita Varma⟧ ⟦c wrote⟧.

⟦m:s2 Popescu⟧, 29, who moved to Bramwell in 2019, ⟦c said⟧ ⟦x:s2 ⟦m:s2 he⟧ had brought the case “for every rider who is too scared to”⟧. ⟦q:s2 “They told me I was my own boss,”⟧ ⟦m:s2 he⟧ ⟦c said⟧, ⟦q:s2 “but my boss was a phone, and the phone could sack me.”⟧

⟦q:s3 “This judgment will be read very carefully in a lot of boardrooms,”⟧ ⟦c said⟧ ⟦m:s3 Ottoline Greaves⟧, a partner at the employment law firm Greaves Adebayo, which took the case without charge after three other firms turned it down, and a lawyer who has spent the best part of a decade arguing that app couriers are workers in all but name.

⟦m:s4 Zipster⟧ ⟦c said⟧ ⟦i:s4 ⟦m:s4 it⟧ would appeal⟧. ⟦q:s4 “Riders tell us again and again that they value flexibility. This ruling puts that flexibility at risk,”⟧ ⟦c said⟧ ⟦m:s4 a spokesman for the company⟧.

A hearing to decide compensation will take place in the spring.
"""),

# 5026 health (British quotes): according to a report, report title, role NP + name with mixed, new person then fully quoted paragraph with nested double quotes, "he said" after his father is mentioned
({"s1": ("Harbour Light", "the charity"),
  "s2": ("Joanna Pike", "Pike", "the charity’s chief executive"),
  "s3": ("Ellis Barnard", "Ellis", "Barnard"),
  "s4": ("Luca Benedetti", "Benedetti", "Dr Benedetti")},
"""
One in three young carers ‘has nobody to talk to’, charity finds

⟦i:s1 One in three young carers in the Marlowe region say they have nobody to talk to about how they are feeling⟧, ⟦c according to⟧ a report by the charity ⟦m:s1 Harbour Light⟧.

The report, titled ‘Invisible at Home’, surveyed 1,200 people aged 11 to 18 who look after a parent or a sibling.

⟦m:s2 The charity’s chief executive⟧, ⟦m:s2 Joanna Pike⟧, ⟦c said⟧ ⟦x:s2 the findings should ‘shame every agency that is supposed to be looking out for these children’⟧. ⟦q:s2 ‘They are getting up at six to give their mum her tablets, going to school, coming home and cooking tea. And then we are surprised when their homework is late,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s3 Ellis Barnard⟧, 17, has looked after his father, who has multiple sclerosis, since ⟦m:s3 he⟧ was twelve.

⟦q:s3 ‘Most of my friends don’t know. It’s not a secret, exactly, it just never comes up. What am I supposed to say — “sorry, can’t come out, I’m doing Dad’s catheter”?’⟧

⟦m:s3 He⟧ ⟦c said⟧ ⟦i:s3 a teacher had noticed ⟦m:s3 he⟧ was falling asleep in lessons and put him in touch with the charity⟧. ⟦q:s3 ‘She was the first adult who asked me how I was, rather than how he was,’⟧ ⟦m:s3 he⟧ ⟦c said⟧.

Dr ⟦m:s4 Luca Benedetti⟧, a consultant child psychiatrist at Marlowe General Hospital, ⟦c said⟧ ⟦i:s4 young carers were twice as likely as their classmates to be referred for anxiety⟧. ⟦q:s4 ‘Caring isn’t the problem. Caring alone is,’⟧ ⟦m:s4 he⟧ ⟦c said⟧.
"""),

# 5027 sport (British quotes): three women, role NP + name, continuing quoted paragraph, "Asked whether she …, X smiled.", pub nickname with a speaker's name, quoted headline
({"s1": ("Sana Qureshi", "Qureshi", "the Saltmarsh captain"),
  "s2": ("Beth Rowntree", "Rowntree", "Beth"),
  "s3": ("Harriet Vyne", "Vyne", "Orlestone’s captain")},
"""
Saltmarsh win first county title off the final ball

Saltmarsh Cricket Club won the Fenshire women’s county championship for the first time on Sunday, with ⟦m:s2 Beth Rowntree⟧ hitting a four off the final ball to beat Orlestone by two wickets.

⟦m:s2 Rowntree⟧, a 19-year-old veterinary student who was only picked because two teammates had flu, walked off to a guard of honour. ⟦q:s2 ‘I closed my eyes and swung. I’m not proud of it, but it worked,’⟧ ⟦m:s2 she⟧ ⟦c said⟧.

⟦m:s1 The Saltmarsh captain⟧, ⟦m:s1 Sana Qureshi⟧, who has played for the club since ⟦m:s1 she⟧ was nine, could barely speak. ⟦q:s1 ‘Twenty-three years,’⟧ ⟦m:s1 she⟧ ⟦c said⟧ eventually. ⟦q:s1 ‘Twenty-three years I’ve been waiting for this, and a teenager finishes it with her eyes shut.’⟧

⟦q:s1 ‘I’m going to be insufferable about this until at least Christmas.’⟧

⟦m:s3 Orlestone’s captain⟧, ⟦m:s3 Harriet Vyne⟧, had looked set to win the match almost single-handed, scoring 88 and taking three wickets. Asked whether ⟦m:s3 she⟧ would change anything about the final over, ⟦m:s3 Vyne⟧ smiled. ⟦q:s3 ‘Only the result. Beth deserved it, even with her eyes shut.’⟧

Celebrations at the clubhouse, where the bar was renamed ‘the Rowntree Arms’ for the night, went on into the early hours. The Fenshire Gazette’s back page on Monday was headlined ‘Eyes Wide Shut’.
"""),

# 5028 local politics: role NP + name with mixed, slogan, verbless quote after a sentence about the speaker, "he said" after two men in one paragraph, statement
({"s1": ("Dunmere District Council", "the council", "the authority"),
  "s2": ("Tobias Wren", "Wren", "the council’s cabinet member for culture"),
  "s3": ("Ngaio Whitcombe", "Whitcombe"),
  "s4": ("Fergus Aird", "Aird")},
"""
Dunmere to close four libraries despite 12,000-name petition

⟦m:s1 Dunmere District Council⟧ will close four of its eleven libraries next year after its cabinet voted 6–2 on Tuesday to approve the cuts, despite a petition signed by more than 12,000 people.

⟦m:s2 The council’s cabinet member for culture⟧, ⟦m:s2 Tobias Wren⟧, ⟦c said⟧ ⟦x:s2 ⟦m:s1 the authority⟧ faced a £14m gap in its budget and had “no good options left”⟧. ⟦q:s2 “I love libraries. I met my wife in one,”⟧ ⟦m:s2 he⟧ ⟦c said⟧. ⟦q:s2 “But I cannot keep a building open while the money for adult social care is running out.”⟧

The petition was launched in the spring under the slogan “Shelve the Cuts, Not the Books” by ⟦m:s3 Ngaio Whitcombe⟧, a retired librarian from Kirkby Moss.

⟦m:s3 Whitcombe⟧ delivered it to the town hall in a wheelbarrow last month. ⟦q:s3 “Twelve thousand people. That is more than voted for half the councillors in that room,”⟧ ⟦m:s3 she⟧ ⟦c said⟧ after the vote.

At Kirkby Moss library, one of the four to close, volunteer ⟦m:s4 Fergus Aird⟧ runs a weekly job club. ⟦q:s4 “Half the people who come in don’t have the internet at home. Where are they supposed to apply for jobs? The bus shelter?”⟧

⟦m:s2 Wren⟧ ⟦c said⟧ ⟦i:s2 community groups would be offered the buildings on peppercorn leases⟧. ⟦m:s4 Aird⟧, who has volunteered at the library since 2009, was unimpressed. ⟦q:s4 “So we get the keys and the heating bill. Very generous,”⟧ ⟦m:s4 he⟧ ⟦c said⟧.

⟦m:s1 The council⟧ ⟦c said⟧ in a statement that ⟦i:s1 mobile library visits to all four areas would be doubled⟧.
"""),

# 5029 business: org lead in indirect, role NP + name, emoji in a post with comma outside the quote, according to + spokesperson, nickname, verbless quote after indirect
({"s1": ("Ayaan Kapoor", "Kapoor", "the company’s founder"),
  "s2": ("Ledgerly", "the company", "a Ledgerly spokesperson"),
  "s3": ("Chidinma Eze", "Eze"),
  "s4": ("Gustav Lindahl", "Lindahl")},
"""
Ledgerly founder apologises after outage leaves small firms unable to pay staff

⟦i:s2 Thousands of small businesses were unable to run their payroll for almost two days this week after an outage at ⟦m:s2 Ledgerly⟧, the accounting app used by about 40,000 firms⟧, ⟦m:s2 the company⟧ ⟦c said⟧ on Thursday.

⟦m:s1 The company’s founder and chief executive⟧, ⟦m:s1 Ayaan Kapoor⟧, apologised in a post on social media late on Wednesday. ⟦q:s1 “We let you down. No excuses. Every affected customer gets three months free, and I will personally answer every email 🙏”⟧, ⟦m:s1 he⟧ ⟦c wrote⟧.

⟦c According to⟧ ⟦m:s2 the company⟧, ⟦i:s2 the outage was caused by a faulty database update⟧. ⟦q:s2 “No customer data was lost or accessed,”⟧ ⟦m:s2 a Ledgerly spokesperson⟧ ⟦c said⟧.

⟦m:s3 Chidinma Eze⟧, who runs two cafés in Harnley, had to borrow £6,000 from her brother to pay her eleven staff on time. ⟦q:s3 “Three months free is nice. My brother would prefer his money back,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

Users online have dubbed the episode “Payrollgeddon”.

⟦m:s4 Gustav Lindahl⟧, who covers financial software at the research firm Brightwater Analytics, ⟦c said⟧ ⟦i:s4 the outage came at a bad moment for ⟦m:s2 Ledgerly⟧, which is preparing to raise new funding⟧. ⟦q:s4 “Trust is the whole product when you are handling people’s wages. You can fix a database in a day. Fixing trust takes a lot longer.”⟧

⟦m:s1 Kapoor⟧, 31, ⟦c said⟧ ⟦i:s1 an independent review of the outage would be published within a month⟧.
"""),

# 5030 science (British quotes): continuing quoted paragraph, long appositive before the name, museum statement with pronoun, nickname
({"s1": ("Trevor Haskins", "Haskins"),
  "s2": ("Aoife Brennan-Kuti", "Brennan-Kuti", "Dr Brennan-Kuti"),
  "s3": ("Windle Museum", "the museum")},
"""
Detectorist finds Bronze Age hoard after fourteen years of searching

A hoard of 46 Bronze Age axe heads, spearheads and bracelets has been found in a field near Windle Cross by a metal detectorist who had searched the same land, without success, for fourteen years.

⟦m:s1 Trevor Haskins⟧, 58, a lorry driver from Cotterby, got the first signal on Saturday afternoon. ⟦q:s1 ‘I’d walked over that exact spot a hundred times. The farmer ploughed it deeper this year, that’s the only difference,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.

⟦q:s1 ‘When the second axe came up I had to sit down in the mud for a minute.’⟧

An expert in Bronze Age metalwork who has catalogued more than 300 hoards, ⟦m:s2 Aoife Brennan-Kuti⟧ of ⟦m:s3 the Windle Museum⟧ ⟦c said⟧ ⟦i:s2 the objects were probably buried around 1000BC⟧. ⟦q:s2 ‘Hoards like this were not lost. They were put in the ground on purpose, perhaps as an offering, perhaps as a bank,’⟧ ⟦m:s2 she⟧ ⟦c said⟧. ⟦q:s2 ‘We may never know which.’⟧

The find has been reported to the coroner, who will decide whether it counts as treasure. ⟦m:s3 The museum⟧ ⟦c said⟧ ⟦i:s3 ⟦m:s3 it⟧ hoped to acquire the hoard and put it on display next year⟧.

⟦m:s1 Haskins⟧, whose fellow club members have long called him ‘Trev the Terrible’ because of his talent for finding ring-pulls, was enjoying the attention. ⟦q:s1 ‘They can call me what they like now,’⟧ ⟦m:s1 he⟧ ⟦c said⟧.
"""),

# 5031 culture: long appositive after inverted cue, CJK name and Japanese words in a quote, album and song titles, "she" pronoun chain, interrupted quote
({"s1": ("Marisol Etxeberria", "Etxeberria", "the festival director"),
  "s2": ("Kenji Aoyama", "Aoyama", "青山健二"),
  "s3": ("Tamsin Crowe", "Crowe")},
"""
Rain fails to dampen Brookhollow folk festival’s 50th birthday

About 18,000 people pulled on their wellies for the 50th Brookhollow Folk Festival at the weekend, as two days of heavy rain turned the lower fields into a swamp.

⟦q:s1 “Fifty years, and it has rained at forty-one of them. Frankly, it would have felt wrong without it,”⟧ ⟦c said⟧ ⟦m:s1 Marisol Etxeberria⟧, the festival’s director since 2011 and, before that, a stallholder who sold hand-knitted jumpers from the back of a campervan in the lower field.

Saturday’s main stage was closed by the Japanese fiddle player ⟦m:s2 Kenji Aoyama⟧ (⟦m:s2 青山健二⟧), whose album “Northern Tide” topped the folk charts in the spring, with a version of the festival’s unofficial anthem, “Down by the Brook”, sung partly in Japanese.

⟦q:s2 “I first heard that song on a cassette at my uncle’s house when I was fourteen,”⟧ ⟦m:s2 he⟧ ⟦c said⟧ backstage. ⟦q:s2 “I didn’t understand a single word. I learned it phonetically. Tonight 18,000 people sang it back to me in my own language. 泣きそう — I nearly cried.”⟧

⟦m:s3 Tamsin Crowe⟧, 67, has not missed a festival since the first; ⟦m:s3 she⟧ was 17 and came with her mother. ⟦q:s3 “The music has changed, the toilets have improved enormously, and the mud is exactly the same,”⟧ ⟦m:s3 she⟧ ⟦c said⟧.

⟦q:s1 “People keep asking whether we will make it to a hundred,”⟧ ⟦m:s1 Etxeberria⟧ ⟦c said⟧, ⟦q:s1 “and I tell them: ask me again in another fifty.”⟧
"""),

# 5032 transport/crime: quote with nested quote, continuing quoted paragraph, union rep appositive, spokeswoman mixed, police indirect, notice (not a quote), unattributable quote
({"s1": ("Thornbury Buses", "the operator", "a spokeswoman for Thornbury Buses"),
  "s2": ("Desmond Achterberg", "Achterberg"),
  "s3": ("Lee Calloway", "Calloway"),
  "s4": ("Thornbury Police", "police")},
"""
Bus drivers refuse late shifts on Ashgrove routes after assault

Drivers at Thornbury’s main bus depot are refusing to work routes through the Ashgrove estate after 9pm, following an attack on a colleague last Friday.

⟦m:s3 Lee Calloway⟧, 52, suffered a broken cheekbone when a passenger punched him after being asked to pay his fare. ⟦q:s3 “He got on, I said ‘ticket, please’, and the next thing I knew I was on the floor of my own cab,”⟧ ⟦m:s3 Calloway⟧ ⟦c said⟧ from his home in Ellerby.

⟦q:s3 “Twenty-six years I’ve been driving. I’ve been spat at, sworn at, had a milkshake thrown at me. But never this.”⟧

⟦m:s2 Desmond Achterberg⟧, the drivers’ representative at the depot for the Transport Workers’ Guild, ⟦c said⟧ ⟦i:s2 members would not go back on the late routes until screens were fitted to every cab⟧. ⟦q:s2 “We are not asking for the moon. We are asking for a sheet of plastic,”⟧ ⟦m:s2 he⟧ ⟦c said⟧.

⟦m:s1 A spokeswoman for Thornbury Buses⟧ ⟦c said⟧ ⟦x:s1 protective screens were being installed “as quickly as suppliers allow”⟧. ⟦q:s1 “Violence against our drivers is completely unacceptable,”⟧ ⟦m:s1 she⟧ ⟦c said⟧.

⟦m:s4 Police⟧ ⟦c said⟧ ⟦i:s4 a 23-year-old man had been arrested and released on bail⟧.

A notice taped to the canteen door on Monday read “No screens, no night buses”. ⟦q “It could have been any of us.”⟧ The words were repeated again and again at the depot gates as the early shift clocked on.
"""),

]

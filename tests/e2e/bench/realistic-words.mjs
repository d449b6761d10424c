// Word lists for the realistic benchmark article (realistic-article.mjs):
// names, places and one vocabulary per news topic. Every phrase here was
// written for the benchmark; places, organisations and people are made up.
// Slots in braces ({np}, {org}, {place}...) are filled by the generator.

/** First names with the pronoun the article uses for them. */
export const FIRST_NAMES = [
  ...['Jane', 'Maria', 'Aisha', 'Élodie', 'Zoe\u0308', 'Priya', 'Hannah', 'Fatima', 'Mei', 'Ingrid', 'Sofia', 'Grace',
    'Amara', 'Chloe', 'Nadia', 'Olivia', 'Rosa', 'Yuki', 'Ayşe', 'Siobhán', 'Małgorzata', 'Leila', 'Beatriz',
    'Rene\u0301e', 'Tamar', 'Kateryna', 'Ana', 'Hye-jin', 'Freya', 'Imani'].map((name) => ({ name, pron: 'she' })),
  ...['John', 'David', 'Łukasz', 'José', 'Omar', 'Wei', 'Samuel', 'Kwame', 'Mateo', 'Luca', 'Arjun', 'Tomás',
    'Ibrahim', 'Henrik', 'Daniel', 'Kenji', 'Pavel', 'Marcus', 'Ethan', 'Rafael', 'Søren', 'François', 'Noah',
    'Diego', 'Yusuf', 'Olusegun', 'Andrés', 'Björn', 'Malik', 'Theo'].map((name) => ({ name, pron: 'he' })),
  ...['Alex', 'Sam', 'Robin', 'Jordan', 'Quinn', 'Taylor'].map((name) => ({ name, pron: 'they' })),
];

export const LAST_NAMES = [
  'Roe', 'Okafor', 'Nguyễn', 'Kowalczyk', 'García', 'Haddad', 'Lindqvist', 'Moreau', 'Patel', 'Schneider',
  'O’Brien', 'Tanaka', 'Mensah', 'Rossi', 'Novak', 'Dvořák', 'Núñez', 'Öztürk', 'Ødegaard', 'Mäkinen',
  'Fischer', 'Kim', 'Chen', 'Silva', 'Cohen', 'Abara', 'Brennan', 'Castillo', 'Delacroix', 'Eriksen',
  'Fontaine', 'Gallagher', 'Hughes', 'Iyer', 'Jovanović', 'Kaplan', 'Laurent', 'MacLeod', 'Nakamura', 'Osei',
  'Petrov', 'Quintero', 'Ramírez', 'Sato', 'Thornton', 'Umarov', 'Varga', 'Whitfield', 'Xu', 'Yilmaz',
  'Achterberg', 'Bianchi', 'Carvalho', 'Dimitriou', 'Engström', 'Farouk', 'Grünewald', 'Holloway', 'Ikeda',
  'Jabłoński', 'Kruger', 'Lemaire', 'Mbatha', 'Nakashima', 'Oyelaran', 'Pereira', 'Reyes', 'Szabó', 'Tremblay',
  'Vásquez', 'Wójcik', 'Yamamoto',
];

/** Whole names that do not split into first × last, with the short form used later. */
export const SPECIAL_NAMES = [
  { full: '山田花子', short: '山田', pron: 'she' },
  { full: '李伟', short: '李', pron: 'he' },
  { full: '김민준', short: '김', pron: 'he' },
  { full: 'דנה כהן', short: 'כהן', pron: 'she' },
  { full: 'Nguyễn Thị Mai', short: 'Mai', pron: 'she' },
  { full: 'José María Núñez-Ortega', short: 'Núñez-Ortega', pron: 'he' },
  { full: 'Zoe\u0308 Ødegaard-Lindqvist', short: 'Ødegaard-Lindqvist', pron: 'she' },
  { full: 'Ma Jun', short: 'Ma', pron: 'he' },
];

export const PLACES = [
  'Riverside', 'North Hollow', 'Eastbrook', 'Marlow Heights', 'the Old Harbour district', 'Ferncliff', 'Kessler Park',
  'Linden Bay', 'Ashgrove', 'South Quay', 'Millbrook', 'Port Ellery', 'Cedar Flats', 'Westmoor', 'Greyfield',
  'Brampton Vale', 'Holloway Cross', 'Sandhurst Point', 'the valley towns', 'Upper Weir',
];

export const STREETS = ['Canal Street', 'Mercer Road', 'Station Parade', 'Orchard Lane', 'Quayside Avenue', 'Tanner’s Row'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WHEN = ['on Monday', 'late on Tuesday', 'on Wednesday morning', 'after the meeting', 'outside the building',
  'on Thursday', 'before the vote', 'in an interview', 'on Friday evening', 'at a news conference'];

/** People nobody named: a quote from them stays unattributed. */
export const ANONYMOUS = ['one resident', 'a senior official who asked not to be named', 'a neighbour', 'one volunteer',
  'a person familiar with the talks', 'a shop owner nearby', 'one parent', 'a man waiting at the bus stop'];

/** Direct quote bodies any topic can use. */
export const LINES = [
  'We are not going to {vp} while {group} are still waiting',
  'This is about {group}, not about politics',
  'Nobody should have to choose between {np} and {np2}',
  'I have worked here for {small} years and I have never seen anything like this',
  'The numbers speak for themselves',
  'It is a good day for {group}',
  'We will keep pushing until {np} is fixed',
  'Our job is to {vp}, and that is what we will do',
  'There is no plan B',
  'People are tired, and they have every right to be',
  'If we do nothing, {group} will pay the price',
  'We were told to wait, and we waited',
  'Nobody asked {group} what they needed',
  'It is too early to say whether {np} will work',
  'We owe it to {group} to get this right',
  'Let me be clear: we will {vp}',
  'That is simply not true',
  'We have the money, we have the people, and now we have a plan',
  'What happened in {place} should never happen again',
  'Everyone in {place} knows {np} is not working',
  'I would rather be honest than popular',
  'We did it 🎉 and nobody can take that away',
  'My kids ask me every night when things will go back to normal',
  'Give us a date and we will be there',
  'The question is not whether to {vp} but when',
];

/** Questions for "…?” asked X." */
export const QUESTIONS = [
  'Who is going to pay for {np}', 'Why did nobody tell {group}', 'What are we supposed to do now',
  'How many more winters do we have to wait', 'Where was {org} when we needed it', 'Is anyone listening',
];

/** Reported clauses for indirect speech ("X said that …"), past tense. */
export const CLAUSES = [
  '{np} would be ready before {month}', '{group} had been left out of the talks', '{org} planned to {vp}',
  'the change could cost as much as {money}', '{np} was not working', '{group} deserved a straight answer',
  'there was no money left to {vp}', 'officials had known about the problem since {year}',
  'the decision would be reviewed in {month}', 'nobody had yet decided whether to {vp}',
  '{np} had been delayed by {small} weeks', 'more than {num} people had signed the petition',
  'the figures published on {day} were out of date', '{org} would not {vp} without a vote',
];

/** Short quoted fragments for mixed quotes. */
export const FRAGMENTS = [
  'a gift to landlords', 'long overdue', 'a step in the right direction', 'deeply irresponsible', 'a historic moment',
  'simply unworkable', 'a slap in the face', 'the right call', 'a wake-up call', 'not worth the paper it is written on',
  'reckless and short-sighted', 'a promise kept', 'a mess of its own making', 'nothing short of a scandal',
  'exactly what this town needed', 'too little, too late',
];

export const CUES_SAID = ['said', 'added', 'argued', 'warned', 'insisted', 'explained', 'noted', 'recalled', 'conceded'];
export const CUES_THAT = ['said', 'argued', 'warned', 'insisted', 'claimed', 'acknowledged', 'suggested', 'predicted'];

/** Clauses for "X, who …, said". */
export const BIOS = [
  'has lived in {place} for {small} years', 'was first elected in {year}', 'grew up two streets from {street}',
  'ran for the same seat in {year} and lost by {small} votes', 'has campaigned on the issue since {year}',
  'spent {small} years at {org} before leaving last spring',
];

/** Sentences in several scripts: emoji sequences, CJK, Hebrew (with and without points). */
export const MULTISCRIPT = [
  'At the street fair in {place}, a family 👩‍👩‍👧 held a banner reading “みんなの町” next to another that said “שלום לכולם”.',
  'The menu at the new café on {street} lists 拉面, 寿司 and shakshuka (שקשוקה) side by side.',
  'Fans waved flags 🇺🇦 🇵🇱 and posted thumbs-up emoji 👍🏽 long after the final whistle.',
  'Signs at the station are now printed in English, 中文, 한국어 and עברית.',
  'One post, shared more than {num} times, simply read “ありがとう 🎉”.',
  'The choir closed with a verse in Hebrew, הִנֵּה מַה טּוֹב, and a lullaby from 東京.',
  'A hand-painted sign 🏠❤️ in the window of a flat on {street} said “We stay” in six languages, among them 日本語 and עברית.',
];

/** Lines in other scripts a speaker may say. */
export const FOREIGN_LINES = [
  { text: 'ありがとう、みんな', lang: 'Japanese' },
  { text: 'שלום לכולם', lang: 'Hebrew' },
  { text: '大家好', lang: 'Mandarin' },
  { text: '감사합니다', lang: 'Korean' },
];

/** Headline and subhead frames (title-cased by the generator). */
export const SUBHEADS = [
  'what {np} means for {group}', 'inside the fight over {np}', '{place} braces for a long winter',
  '{org} under pressure', 'a long night in {place}', 'the week {group} stopped waiting',
  'questions remain over {np}', 'why {group} are angry', 'five things to know about {np}',
];

/**
 * One vocabulary per topic: noun phrases, groups of people, organisations,
 * verb phrases, roles for appositives, and facts (sentences with no quote).
 */
export const TOPICS = {
  politics: {
    np: ['the rent cap', 'the housing budget', 'the new zoning plan', 'the council’s spending review', 'the tax on empty homes', 'the parking levy'],
    group: ['tenants', 'landlords', 'councillors', 'voters', 'small businesses', 'young families'],
    org: ['the City Council', 'the Fair Rent Project', 'the Residents’ Alliance', 'the Housing Authority', 'the Green Party group', 'the Chamber of Commerce'],
    vp: ['raise the rent cap', 'delay the vote', 'publish the full budget', 'freeze council tax', 'build 400 homes', 'scrap the parking levy'],
    roles: ['a city councillor for {place}', 'the mayor of {place}', 'chair of the finance committee', 'policy director at {org}',
      'a spokesperson for {org}', 'leader of the opposition group on the council', 'a campaigner with {org}'],
    facts: ['The council meets again on {day} to vote on {np}.', 'The motion passed by {votes}.',
      '{Org} has about {num} members across {place} and {place2}.', 'Turnout in {place} was {pct}, up from {pct2} four years ago.',
      'The budget runs to {small}00 pages and was published at midnight.'],
  },
  courts: {
    np: ['the eviction case', 'the appeal', 'the new sentencing rules', 'the tenants’ lawsuit', 'the inquiry’s final report', 'the plea deal'],
    group: ['defendants', 'jurors', 'tenants', 'witnesses', 'the families', 'public defenders'],
    org: ['the Court of Appeal', 'the prosecutor’s office', 'the Legal Aid Society', 'the Bar Council', 'the Justice Ministry', 'the Tenants’ Law Centre'],
    vp: ['appeal the ruling', 'reopen the case', 'hire more judges', 'publish the evidence', 'settle out of court', 'clear the backlog'],
    roles: ['a lawyer for the tenants', 'a professor of law at {uni}', 'the presiding judge', 'a spokesperson for {org}',
      'counsel for {org}', 'a retired appeals court judge'],
    facts: ['The case returns to court in {month}.', 'The judge reserved judgment after a {small}-day hearing.',
      'The backlog of cases stood at {num} at the end of {month}.', 'Neither side has said whether it will appeal.',
      'The jury deliberated for {small} hours.'],
  },
  health: {
    np: ['the new clinic', 'the vaccination drive', 'the waiting list', 'the hospital’s emergency wing', 'the nurses’ pay deal', 'the mental health service'],
    group: ['nurses', 'patients', 'junior doctors', 'carers', 'older residents', 'pharmacists'],
    org: ['St. Brigid’s Hospital', 'the Public Health Board', 'the Nurses’ Union', 'the Riverside Health Trust', 'the Patients’ Forum'],
    vp: ['reopen the clinic', 'cut waiting times', 'hire 200 nurses', 'extend opening hours', 'fund the new ward', 'publish the inspection report'],
    roles: ['chief nurse at {org}', 'an epidemiologist at {uni}', 'director of public health for {place}',
      'a general practitioner in {place}', 'a spokesperson for {org}', 'a paramedic who has worked in {place} for {small} years'],
    facts: ['Waiting times at St. Brigid’s Hospital rose to {small}0 minutes in {month}.', 'Vaccination rates in {place} stand at {pct}.',
      'The ward has {small}0 beds and was full on {day}.', 'The inspection found {small} breaches of the rules.',
      'Flu cases doubled over the past fortnight.'],
  },
  sports: {
    np: ['the new stadium', 'the transfer window', 'the relegation fight', 'the ticket price rise', 'the youth academy', 'the derby'],
    group: ['fans', 'players', 'season-ticket holders', 'the young players', 'the coaching staff', 'referees'],
    org: ['Riverside Rovers', 'Eastbrook Athletic', 'the Harbour Hawks', 'the regional league', 'the Supporters’ Trust'],
    vp: ['sign a new striker', 'cut ticket prices', 'stay in the division', 'rebuild the north stand', 'keep the coach', 'win the derby'],
    roles: ['head coach of {org}', 'captain of {org}', 'a midfielder for {org}', 'the league’s commissioner',
      'a season-ticket holder from {place}', 'chair of {org}'],
    facts: ['{Team} beat {team2} {score} on {day} night.', 'The match drew a crowd of {num}.',
      'The second half was delayed by {small} minutes after a floodlight failed.', '{Team} are {small} points clear at the top.',
      'The ground holds about {num} people.'],
  },
  weather: {
    np: ['the flood barrier', 'the storm warning', 'the drought plan', 'the evacuation order', 'the river forecast', 'the heat alert'],
    group: ['farmers', 'residents', 'firefighters', 'volunteers', 'commuters', 'families on the riverbank'],
    org: ['the Met Service', 'the River Authority', 'the county fire service', 'the Red Cross branch', 'the emergency management office'],
    vp: ['open the shelters', 'lift the evacuation order', 'clear the storm drains', 'build a higher barrier', 'ration water', 'close the coast road'],
    roles: ['a forecaster at {org}', 'a volunteer firefighter in {place}', 'the emergency manager for {place}',
      'a farmer outside {place}', 'a hydrologist at {uni}'],
    facts: ['Forecasters expect up to {small}0 millimetres of rain by {day}.', 'Temperatures in {place} reached {small}5 degrees on {day}.',
      'The river peaked just after {small} a.m.', 'About {num} homes lost power overnight.',
      'Winds gusted to {small}0 kilometres an hour along the coast.'],
  },
  business: {
    np: ['the merger', 'the quarterly results', 'the price rise', 'the new factory', 'the pension scheme', 'the interest rate decision'],
    group: ['shareholders', 'workers', 'shoppers', 'small suppliers', 'savers', 'bakers'],
    org: ['Harbourline Foods', 'the Ellery Building Society', 'Northgate Logistics', 'Cobalt & Vane', 'the Central Bank', 'the Retail Workers’ Union'],
    vp: ['cut interest rates', 'close the plant', 'raise wages', 'hire 300 workers', 'pay a dividend', 'move production abroad'],
    roles: ['chief executive of {org}', 'an analyst at {org}', 'a baker who runs a shop in {place}', 'chief economist at {org}',
      'a union representative at {org}'],
    facts: ['Shares of {Org} rose {pct} in early trading.', '{Org} reported revenue of {money} for the quarter.',
      '{Org} employs about {num} people in {place}.', 'Inflation fell to {pct} in {month}.',
      'The deal is expected to close by {month}.'],
  },
  education: {
    np: ['the school merger', 'the exam timetable', 'the free lunch scheme', 'the new curriculum', 'the teachers’ strike', 'the tuition rise'],
    group: ['teachers', 'parents', 'students', 'school governors', 'teaching assistants', 'pupils'],
    org: ['Ferncliff Academy', 'the Teachers’ Federation', 'the University of Port Ellery', 'the Education Department', 'Millbrook Primary'],
    vp: ['keep the school open', 'cap class sizes', 'delay the exams', 'fund the lunches', 'hire more teachers', 'scrap the tuition rise'],
    roles: ['principal of {org}', 'a maths teacher at {org}', 'president of the parents’ association', 'a student at {org}',
      'dean of admissions at {org}'],
    facts: ['Enrolment at {org} has fallen by {pct} since {year}.', 'Exams start on the first {day} of {month}.',
      'About {num} pupils receive free lunches.', 'The school was built in {year}.'],
  },
  transport: {
    np: ['the tram extension', 'the bus timetable', 'the new cycle lanes', 'the fare rise', 'the bridge repairs', 'the night service'],
    group: ['commuters', 'cyclists', 'bus drivers', 'taxi drivers', 'shift workers', 'students'],
    org: ['the Transit Authority', 'the Cyclists’ Union', 'the Port Ellery Tramway', 'the Roads Department', 'the Drivers’ Guild'],
    vp: ['restore the night buses', 'freeze fares', 'finish the bridge', 'add more trams', 'close the road to cars', 'extend the line'],
    roles: ['a bus driver on the number {small} route', 'director of {org}', 'a cyclist who commutes from {place}',
      'a traffic engineer at {org}'],
    facts: ['The line carries about {num} passengers a day.', 'The bridge has been closed since {month}.',
      'Fares rise by {pct} from {month}.', 'The extension will add {small} stops.'],
  },
  culture: {
    np: ['the festival', 'the museum’s new wing', 'the library closures', 'the arts funding cut', 'the film programme', 'the concert hall'],
    group: ['artists', 'musicians', 'librarians', 'audiences', 'young writers', 'volunteers'],
    org: ['the Harbour Festival', 'the Ellery Museum', 'the City Orchestra', 'the Arts Council', 'the Linden Bay Library'],
    vp: ['keep the libraries open', 'restore the funding', 'extend the festival', 'cut ticket prices', 'open on Sundays', 'commission new work'],
    roles: ['curator at {org}', 'a violinist with {org}', 'director of {org}', 'a novelist from {place}', 'a librarian in {place}'],
    facts: ['Tickets for {org} sold out in {small}0 minutes.', 'The exhibition runs until {month}.',
      'The library lends about {num} books a year.', 'The hall seats {num}.'],
  },
  environment: {
    np: ['the clean air zone', 'the river clean-up', 'the tree planting plan', 'the plastic ban', 'the wind farm', 'the recycling scheme'],
    group: ['beekeepers', 'anglers', 'residents', 'scientists', 'farmers', 'schoolchildren'],
    org: ['the Wildlife Trust', 'the Environment Agency', 'the Clean River Campaign', 'the University of Port Ellery', 'Greenbelt Watch'],
    vp: ['ban diesel buses', 'plant 10,000 trees', 'clean up the river', 'build the wind farm', 'protect the wetlands', 'publish the air data'],
    roles: ['a marine biologist at {org}', 'lead author of the study', 'a spokesperson for {org}', 'a beekeeper in {place}',
      'an ecologist at {org}'],
    facts: ['The study followed {num} households over {small} years.', 'Air pollution fell by {pct} last year.',
      'Volunteers collected {small} tonnes of rubbish from the riverbank.', 'The wetlands cover about {small}00 hectares.'],
  },
};

/** Facts that fit any topic. */
export const GENERIC_FACTS = [
  '{Org} did not respond to a request for comment.', 'Officials said the figures would be updated on {day}.',
  'The meeting lasted {small} hours.', 'Will {np} survive the winter?', '({Org} has since corrected the figure.)',
  'A decision is expected in {month}.', 'The full report runs to {num} words.', 'Nobody was hurt.',
];

//! Word lists: reporting (cue) verbs, pronouns, titles, roles and other closed-class words used by attribution.

use super::text::lowercase;

/// Whether `word` is one of the listed words. The list becomes a hash set on first use:
/// `matches!` over a long list of strings compares against each in turn.
macro_rules! one_of {
    ($word:expr, $($w:literal)|+ $(,)?) => {{
        static SET: std::sync::OnceLock<super::fast_hash::FastSet<&'static str>> =
            std::sync::OnceLock::new();
        SET.get_or_init(|| [$($w),+].into_iter().collect())
            .contains($word)
    }};
}

/// Strength of a cue word: how strongly it signals reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// say/tell/add: the canonical speech verbs.
    Say,
    /// Other verbs of communication (warned, insisted, tweeted …).
    Other,
}

const SAY: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding",
];

const OTHER: &[&str] = &[
    "claim",
    "claims",
    "claimed",
    "claiming",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "describe",
    "describes",
    "described",
    "describing",
    "state",
    "states",
    "stated",
    "note",
    "notes",
    "noted",
    "noting",
    "warn",
    "warns",
    "warned",
    "warning",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "explain",
    "explains",
    "explained",
    "explaining",
    "ask",
    "asks",
    "asked",
    "asking",
    "reply",
    "replies",
    "replied",
    "replying",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "post",
    "posted",
    "announce",
    "announces",
    "announced",
    "announcing",
    "declare",
    "declares",
    "declared",
    "declaring",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "urge",
    "urges",
    "urged",
    "urging",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "continue",
    "continues",
    "continued",
    "conclude",
    "concludes",
    "concluded",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "emphasise",
    "emphasises",
    "emphasised",
    "emphasising",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "maintain",
    "maintains",
    "maintained",
    "complain",
    "complains",
    "complained",
    "complaining",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "promise",
    "promises",
    "promised",
    "promising",
    "deny",
    "denies",
    "denied",
    "denying",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "respond",
    "responds",
    "responded",
    "answer",
    "answers",
    "answered",
    "remark",
    "remarks",
    "remarked",
    "observe",
    "observes",
    "observed",
    "comment",
    "comments",
    "commented",
    "assert",
    "asserts",
    "asserted",
    "contend",
    "contends",
    "contended",
    "allege",
    "alleges",
    "alleged",
    "report",
    "reports",
    "reported",
    "recount",
    "recounts",
    "recounted",
    "reiterate",
    "reiterates",
    "reiterated",
    "caution",
    "cautions",
    "cautioned",
    "pledge",
    "pledges",
    "pledged",
    "boast",
    "boasts",
    "boasted",
    "joke",
    "jokes",
    "joked",
    "shout",
    "shouts",
    "shouted",
    "whisper",
    "whispered",
    "exclaim",
    "exclaimed",
    "mutter",
    "muttered",
    "tell",
    "testify",
    "testified",
    "testifies",
    "counter",
    "countered",
    "counters",
    "quip",
    "quipped",
    "quips",
    "blame",
    "blames",
    "blamed",
    "accuse",
    "accuses",
    "accused",
    "charge",
    "charged",
    "agree",
    "agrees",
    "agreed",
    "concede",
    "concedes",
    "conceded",
    "added",
    "announce",
    "wonder",
    "wondered",
    "wonders",
    "estimate",
    "estimated",
    "estimates",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hopes",
    "hoped",
    "insist",
    "demand",
    "demanded",
    "demands",
    "told",
];

/// Verbs of saying that typically introduce an indirect (reported) clause.
const INTRODUCES_CLAUSE: &[&str] = &[
    "say",
    "says",
    "said",
    "told",
    "tells",
    "claimed",
    "claims",
    "warned",
    "warns",
    "argued",
    "argues",
    "insisted",
    "insists",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "states",
    "announces",
    "confirmed",
    "confirms",
    "acknowledged",
    "admitted",
    "admits",
    "predicted",
    "predicts",
    "stressed",
    "explained",
    "suggested",
    "suggests",
    "maintained",
    "maintains",
    "alleged",
    "reported",
    "wrote",
    "writes",
    "believes",
    "believed",
    "thinks",
    "denied",
    "asserted",
    "contended",
    "contends",
    "conceded",
    "concedes",
    "emphasised",
    "emphasized",
    "reiterated",
    "replied",
    "replies",
    "responded",
    "countered",
    "concluded",
    "observed",
    "recalled",
    "recalls",
    "told.",
    "denies",
    "disputed",
    "rejected",
    "feared",
    "fears",
    "estimated",
];

/// Which of the word lists asked of every token a lower-cased word is in
/// (cue class, [`introduces_clause`]), found with one lookup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Lex(u8);

impl Lex {
    const SAY: u8 = 1;
    const OTHER: u8 = 2;
    const CLAUSE: u8 = 4;

    pub fn of(lower: &str) -> Lex {
        /// The lists, and for each first byte the lengths of their words
        /// that start with it: most words of a text are in no list, and
        /// this tells so without hashing them.
        struct Lists {
            words: super::fast_hash::FastMap<&'static str, u8>,
            lengths: [u64; 256],
        }
        static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
        let lists = LISTS.get_or_init(|| {
            let mut words = super::fast_hash::FastMap::default();
            let mut lengths = [0u64; 256];
            for (list, bit) in [
                (SAY, Lex::SAY),
                (OTHER, Lex::OTHER),
                (INTRODUCES_CLAUSE, Lex::CLAUSE),
            ] {
                for &w in list {
                    *words.entry(w).or_insert(0) |= bit;
                    lengths[usize::from(w.as_bytes()[0])] |= 1 << w.len().min(63);
                }
            }
            Lists { words, lengths }
        });
        let Some(&first) = lower.as_bytes().first() else {
            return Lex(0);
        };
        if lists.lengths[usize::from(first)] & (1 << lower.len().min(63)) == 0 {
            return Lex(0);
        }
        Lex(lists.words.get(lower).copied().unwrap_or(0))
    }

    /// The cue class ("told" is in both cue lists: a Say cue).
    pub fn cue(self) -> Option<Cue> {
        if self.0 & Lex::SAY != 0 {
            Some(Cue::Say)
        } else if self.0 & Lex::OTHER != 0 {
            Some(Cue::Other)
        } else {
            None
        }
    }

    pub fn introduces_clause(self) -> bool {
        self.0 & Lex::CLAUSE != 0
    }
}

/// Returns the cue class of a lower-cased word.
pub(super) fn cue(lower: &str) -> Option<Cue> {
    Lex::of(lower).cue()
}

/// Verbs of saying that typically introduce an indirect (reported) clause.
pub(super) fn introduces_clause(lower: &str) -> bool {
    Lex::of(lower).introduces_clause()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pronoun {
    He,
    She,
    They,
    It,
    /// A definite description of a person ("the 19-year-old", "the veteran").
    Person,
}

/// Heads of definite descriptions that refer back to a person ("the 19-year-old said").
pub(super) fn is_person_anaphor(lower: &str) -> bool {
    lower.ends_with("-year-old")
        || one_of!(
            lower,
            "veteran"
                | "champion"
                | "politician"
                | "actor"
                | "actress"
                | "singer"
                | "player"
                | "star"
                | "striker"
                | "midfielder"
                | "defender"
                | "goalkeeper"
                | "winger"
                | "forward"
                | "captain"
                | "novelist"
                | "author"
                | "writer"
                | "musician"
                | "rapper"
                | "comedian"
                | "billionaire"
                | "entrepreneur"
                | "businessman"
                | "businesswoman"
                | "lawmaker"
                | "congressman"
                | "congresswoman"
                | "senator"
                | "candidate"
                | "incumbent"
                | "challenger"
                | "filmmaker"
                | "director"
                | "coach"
                | "manager"
                | "frenchman"
                | "frenchwoman"
                | "englishman"
                | "englishwoman"
                | "irishman"
                | "irishwoman"
                | "scotsman"
                | "scotswoman"
                | "welshman"
                | "welshwoman"
                | "dutchman"
                | "dutchwoman"
                | "spaniard"
                | "skipper"
                | "hooker"
                | "driver"
                | "rider"
                | "swimmer"
                | "runner"
                | "boxer"
                | "mother"
                | "father"
                | "grandmother"
                | "grandfather"
                | "teenager"
                | "pensioner"
                | "widow"
                | "widower"
                | "retiree"
                | "artist"
                | "designer"
                | "chef"
                | "witness"
                | "man"
                | "woman"
                | "brother"
                | "sister"
                | "barrister"
                | "solicitor"
                | "bowler"
                | "batsman"
                | "batter"
                | "keeper"
                | "fly-half"
                | "scrum-half"
                | "full-back"
                | "centre-back"
                | "quarterback"
                | "pitcher"
                | "golfer"
                | "cyclist"
                | "sprinter"
                | "gymnast"
                | "skier"
                | "climber"
                // "the Swede said": people by nationality.
                | "swede"
                | "dane"
                | "finn"
                | "norwegian"
                | "icelander"
                | "scot"
                | "briton"
                | "german"
                | "austrian"
                | "italian"
                | "portuguese"
                | "belgian"
                | "pole"
                | "czech"
                | "slovak"
                | "hungarian"
                | "romanian"
                | "croat"
                | "serb"
                | "greek"
                | "turk"
                | "russian"
                | "ukrainian"
                | "american"
                | "canadian"
                | "mexican"
                | "brazilian"
                | "argentine"
                | "argentinian"
                | "colombian"
                | "chilean"
                | "australian"
                | "aussie"
                | "kiwi"
                | "kenyan"
                | "nigerian"
                | "ghanaian"
                | "ethiopian"
                | "moroccan"
                | "egyptian"
                | "jamaican"
                | "indian"
                | "pakistani"
                | "african"
                | "zealander"
                | "lankan"
                | "korean"
                | "rican"
                | "arabian"
                | "filipino"
                | "fijian"
                | "samoan"
                | "tongan"
                | "youngster"
                | "rookie"
                | "debutant"
                | "newcomer"
        )
}

pub(super) fn pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        _ => None,
    }
}

/// Titles and roles that precede a personal name ("President", "Sen.", "Chief Executive").
pub(super) fn is_title(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    one_of!(
        &*lowercase(w),
        "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "senator"
            | "sen"
            | "rep"
            | "representative"
            | "governor"
            | "gov"
            | "mayor"
            | "chancellor"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "lt"
            | "lieutenant"
            | "sgt"
            | "sergeant"
            | "captain"
            | "capt"
            | "major"
            | "maj"
            | "admiral"
            | "adm"
            | "commander"
            | "chief"
            | "executive"
            | "ceo"
            | "cfo"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chairperson"
            | "director"
            | "judge"
            | "justice"
            | "ambassador"
            | "envoy"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "dr"
            | "doctor"
            | "prof"
            | "professor"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "rev"
            | "reverend"
            | "father"
            | "bishop"
            | "archbishop"
            | "cardinal"
            | "rabbi"
            | "imam"
            | "sheikh"
            | "coach"
            | "manager"
            | "officer"
            | "inspector"
            | "detective"
            | "superintendent"
            | "commissioner"
            | "deputy"
            | "premier"
            | "councillor"
            | "councilor"
            | "councilman"
            | "councilwoman"
            | "speaker"
            | "leader"
            | "founder"
            | "head"
            | "editor"
            | "economist"
            | "analyst"
            | "attorney"
            | "lawyer"
            | "counsel"
            | "sheriff"
            | "marshal"
            | "emir"
            | "sultan"
            | "ayatollah"
            | "foreign"
            | "defence"
            | "defense"
            | "finance"
            | "interior"
            | "health"
            | "state"
            | "former"
            | "acting"
            | "interim"
            | "senior"
            | "opposition"
            | "party"
            | "labour"
            | "labor"
            | "union"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "author"
            | "activist"
            | "singer"
            | "actor"
            | "actress"
            | "star"
            | "candidate"
            | "hon"
            | "pres"
            | "supt"
            | "insp"
            | "det"
            | "cllr"
            | "cmdr"
            | "sgt."
            | "artist"
            | "owner"
            | "chef"
            | "poet"
            | "farmer"
            | "driver"
            | "cyclist"
            | "resident"
            | "teacher"
            | "student"
            | "nurse"
            | "engineer"
            | "designer"
            | "developer"
            | "photographer"
            | "writer"
            | "novelist"
            | "musician"
            | "conductor"
            | "composer"
            | "historian"
            | "scientist"
            | "researcher"
            | "organiser"
            | "organizer"
            | "campaigner"
            | "volunteer"
            | "pilot"
            | "skipper"
            | "fisherman"
            | "butcher"
            | "baker"
            | "florist"
            | "shopkeeper"
            | "lawmaker"
            | "legislator"
            | "congressman"
            | "congresswoman"
            | "mp"
            | "mep"
            | "prosecutor"
            | "investigator"
            | "official"
            | "managing"
            | "museum"
            | "chief-executive"
            | "co-founder"
            | "cofounder"
            | "veteran"
            | "rapper"
            | "comedian"
            | "presenter"
            | "broadcaster"
            | "entrepreneur"
            | "businessman"
            | "businesswoman"
            | "billionaire"
            | "diplomat"
            | "spokesperson."
            | "player"
            | "forward"
            | "striker."
            | "comrade"
            | "alhaji"
            | "alhaja"
            | "mallam"
            | "corporator"
            | "co-star"
            | "film-maker"
            | "daughter"
            | "granddaughter"
            | "grandson"
            | "great-grandson"
            | "great-granddaughter"
            | "grandmother"
            | "grandfather"
            | "widow"
            | "widower"
            | "boss"
            | "drummer"
            | "guitarist"
            | "bassist"
            | "vocalist"
            | "pianist"
            | "violinist"
            | "co-author"
            | "coauthor"
            | "winger"
            | "full-back"
            | "centre-back"
            | "jockey"
            | "trainer"
            | "referee"
            | "producer"
            | "filmmaker"
            | "dancer"
            | "architect"
            | "surgeon"
            | "psychologist"
            | "sculptor"
            | "painter"
            | "headteacher"
            | "lecturer"
            | "vicar"
            | "umpire"
            | "principal"
            | "dean"
            | "provost"
            | "physician"
            | "economist."
            | "strategist"
            | "pollster"
            | "consultant"
            | "adviser"
            | "advisor"
            | "aide"
            | "negotiator"
            | "backer"
            | "investor"
            | "curator"
            | "fly-half"
            | "scrum-half"
            | "flanker"
            | "batsman"
            | "batter"
            | "bowler"
            | "all-rounder"
            | "sprinter"
    )
}

/// Honorifics that also reveal grammatical gender.
pub(super) fn honorific_gender(word: &str) -> Option<Pronoun> {
    match &*lowercase(word.trim_end_matches('.')) {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "chairman" | "spokesman"
        | "councilman" => Some(Pronoun::He),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "chairwoman"
        | "spokeswoman" | "councilwoman" | "actress" => Some(Pronoun::She),
        _ => None,
    }
}

/// Words marking an organisation name.
pub(super) fn is_org_word(word: &str) -> bool {
    one_of!(
        &*lowercase(word),
        "ministry"
            | "department"
            | "office"
            | "agency"
            | "council"
            | "committee"
            | "commission"
            | "party"
            | "union"
            | "association"
            | "company"
            | "corp"
            | "corp."
            | "corporation"
            | "inc"
            | "inc."
            | "ltd"
            | "ltd."
            | "group"
            | "bank"
            | "university"
            | "institute"
            | "foundation"
            | "board"
            | "authority"
            | "police"
            | "court"
            | "government"
            | "parliament"
            | "kremlin"
            | "pentagon"
            | "organization"
            | "organisation"
            | "federation"
            | "league"
            | "club"
            | "fund"
            | "service"
            | "services"
            | "bureau"
            | "administration"
            | "assembly"
            | "congress"
            | "senate"
            | "army"
            | "navy"
            | "force"
            | "forces"
            | "command"
            | "trust"
            | "society"
            | "alliance"
            | "coalition"
            | "network"
            | "times"
            | "post"
            | "news"
            | "press"
            | "hospital"
            | "school"
            | "college"
            | "airlines"
            | "airways"
            | "motors"
            | "industries"
            | "holdings"
            | "partners"
            | "secretariat"
            | "cabinet"
            | "network's"
            | "team"
            | "fc"
            | "nations"
            | "council's"
            | "unit"
            | "centre"
            | "center"
            | "lab"
            | "labs"
            | "laboratory"
            | "co"
            | "co."
            | "railway"
            | "railways"
            | "brigade"
            | "guard"
            | "directorate"
            | "cooperative"
            | "energy"
            | "transit"
            | "transport"
            | "rail"
            | "buses"
            | "homes"
            | "estates"
            | "retail"
            | "mutual"
            | "insurance"
            | "logistics"
            // Trades a firm is named after (not surnames such as Mills or Banks).
            | "dairies"
            | "foods"
            | "farms"
            | "brewery"
            | "breweries"
            | "bakery"
            | "media"
            | "studios"
            | "records"
            | "pharmaceuticals"
            | "technologies"
            | "systems"
            | "solutions"
            | "investments"
            | "ventures"
            | "properties"
            | "supermarkets"
            | "stores"
            | "airport"
            | "academy"
            | "museum"
            | "theatre"
            | "theater"
            | "orchestra"
            | "gallery"
            | "library"
    )
}

/// Whether a capitalised name is a place by its own words ("River Sallow",
/// "Mount Kelby", "Fenwick Street"), given its first and last words in
/// lower case: it never speaks, so it never takes a "he" or a "she".
pub(super) fn names_a_place(first: &str, last: &str) -> bool {
    matches!(first, "river" | "lake" | "loch" | "mount" | "cape")
        || matches!(
            last,
            "river"
                | "street"
                | "road"
                | "avenue"
                | "square"
                | "valley"
                | "island"
                | "islands"
                | "harbour"
                | "harbor"
                | "beach"
                | "estuary"
                | "plateau"
                | "coast"
                | "peninsula"
                | "desert"
                | "plains"
                | "highlands"
                | "lowlands"
                | "mountains"
                | "motorway"
        )
}

/// Prepositions a name after which is more likely a place than a person
/// ("in North Wales", "near Fenby").
pub(super) fn is_place_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "from"
            | "to"
            | "near"
            | "into"
            | "across"
            | "outside"
            | "inside"
            | "around"
            | "through"
            | "via"
            | "towards"
            | "toward"
    )
}

/// Someone whose words are an organisation's ("a spokesperson for …").
pub(super) fn is_spokesperson(lower: &str) -> bool {
    matches!(lower, "spokesperson" | "spokesman" | "spokeswoman")
}

/// Common nouns that can head an unnamed source ("the ministry", "officials", "a spokesperson").
pub(super) fn is_source_noun(lower: &str) -> bool {
    one_of!(
        lower,
        "engineers"
            | "inspectors"
            | "businesses"
            | "groups"
            | "campaigners"
            | "unions"
            | "firms"
            | "companies"
            | "charities"
            | "airport"
            | "hospital"
            | "museum"
            | "school"
            | "university"
            | "carmaker"
            | "retailer"
            | "insurer"
            | "manufacturer"
            | "maker"
            | "operators"
            | "owners"
            | "shopkeepers"
            | "traders"
            | "fans"
            | "passengers"
            | "commuters"
            | "drivers"
            | "locals"
            | "neighbours"
            | "neighbors"
            | "councillors"
            | "ministers"
            | "judges"
            | "observers"
            | "monitors"
            | "medics"
            | "paramedics"
            | "firefighters"
            | "rescuers"
            | "engineer"
            | "inspector"
            | "trader"
            | "fan"
            | "passenger"
            | "pilot"
            | "crew"
            | "coastguard"
            | "ministry’s"
            | "spokespeople"
            | "economists’"
            | "scientist"
            | "industry"
            | "sector"
            | "organisers’"
            | "library"
            | "festival"
            | "club"
            | "airline’s"
            | "prosecution"
            | "defence"
            | "defense"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "official"
            | "officials"
            | "police"
            | "authorities"
            | "ministry"
            | "government"
            | "company"
            | "statement"
            | "report"
            | "analysts"
            | "analyst"
            | "experts"
            | "expert"
            | "residents"
            | "resident"
            | "witnesses"
            | "witness"
            | "critics"
            | "protesters"
            | "protestors"
            | "lawmakers"
            | "investigators"
            | "prosecutors"
            | "organisers"
            | "organizers"
            | "president"
            | "minister"
            | "mayor"
            | "governor"
            | "chief"
            | "executive"
            | "director"
            | "source"
            | "sources"
            | "agency"
            | "council"
            | "committee"
            | "group"
            | "union"
            | "firm"
            | "country"
            | "court"
            | "judge"
            | "army"
            | "military"
            | "kremlin"
            | "white"
            | "department"
            | "office"
            | "board"
            | "campaign"
            | "party"
            | "leader"
            | "leaders"
            | "doctors"
            | "doctor"
            | "teacher"
            | "teachers"
            | "parents"
            | "family"
            | "lawyer"
            | "lawyers"
            | "researchers"
            | "scientists"
            | "study"
            | "team"
            | "coach"
            | "manager"
            | "economist"
            | "economists"
            | "officer"
            | "officers"
            | "mother"
            | "father"
            | "woman"
            | "man"
            | "people"
            | "workers"
            | "employees"
            | "members"
            | "member"
            | "chairman"
            | "chairwoman"
            | "founder"
            | "owner"
            | "farmer"
            | "farmers"
            | "bank"
            | "regulator"
            | "watchdog"
            | "airline"
            | "operator"
            | "city"
            | "state"
            | "administration"
            | "embassy"
            | "senator"
            | "diplomat"
            | "diplomats"
            | "aide"
            | "aides"
            | "ceo"
            | "historian"
            | "professor"
            | "researcher"
            | "student"
            | "students"
            | "activist"
            | "activists"
            | "nurse"
            | "nurses"
            | "survivor"
            | "survivors"
            | "villagers"
            | "shopkeeper"
            | "driver"
            | "volunteer"
            | "volunteers"
            | "worker"
            | "prosecutor"
            | "defendant"
            | "barrister"
            | "solicitor"
            | "attorney"
            | "juror"
            | "jurors"
            | "magistrate"
            | "coroner"
            | "sheriff"
            | "deputy"
            | "marshal"
            | "warden"
            | "wardens"
            | "ranger"
            | "rangers"
            | "curator"
            | "archivist"
            | "librarian"
            | "principal"
            | "headteacher"
            | "headmaster"
            | "headmistress"
            | "superintendent"
            | "commissioner"
            | "councillor"
            | "councilman"
            | "councilwoman"
            | "alderman"
            | "trustee"
            | "trustees"
            | "chair"
            | "chairperson"
            | "secretary"
            | "treasurer"
            | "ambassador"
            | "consul"
            | "legislator"
            | "congressman"
            | "congresswoman"
            | "candidate"
            | "campaigner"
            | "organiser"
            | "organizer"
            | "landlord"
            | "landlords"
            | "tenant"
            | "tenants"
            | "homeowner"
            | "homeowners"
            | "shopper"
            | "shoppers"
            | "customer"
            | "customers"
            | "visitor"
            | "visitors"
            | "tourist"
            | "tourists"
            | "fisherman"
            | "fishermen"
            | "miner"
            | "miners"
            | "builder"
            | "plumber"
            | "electrician"
            | "mechanic"
            | "employee"
            | "neighbour"
            | "neighbor"
            | "husband"
            | "wife"
            | "daughter"
            | "brother"
            | "sister"
            | "grandmother"
            | "grandfather"
            | "colleague"
            | "colleagues"
            | "pupil"
            | "pupils"
            | "graduate"
            | "scholar"
            | "statistician"
            | "meteorologist"
            | "forecaster"
            | "hydrologist"
            | "biologist"
            | "ecologist"
            | "astronomer"
            | "physicist"
            | "chemist"
            | "epidemiologist"
            | "virologist"
            | "psychologist"
            | "sociologist"
            | "consultant"
            | "adviser"
            | "advisor"
            | "strategist"
            | "pollster"
            | "auditor"
            | "accountant"
            | "banker"
            | "investor"
            | "investors"
            | "entrepreneur"
            | "surgeon"
            | "physician"
            | "pharmacist"
            | "midwife"
            | "paramedic"
            | "firefighter"
            | "detective"
            | "constable"
            | "sergeant"
            | "lieutenant"
            | "captain"
            | "skipper"
            | "referee"
            | "umpire"
            | "player"
            | "players"
            | "striker"
            | "goalkeeper"
            | "winger"
            | "midfielder"
            | "defender"
            | "jockey"
            | "trainer"
            | "athlete"
            | "runner"
            | "cyclist"
            | "swimmer"
            | "boxer"
            | "champion"
            | "author"
            | "novelist"
            | "poet"
            | "editor"
            | "producer"
            | "designer"
            | "architect"
            | "artist"
            | "musician"
            | "actor"
            | "actress"
            | "chef"
            | "vicar"
            | "priest"
            | "pastor"
            | "rabbi"
            | "imam"
            | "provost"
            | "lecturer"
            | "tutor"
    )
}

pub(super) fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "one"
            | "another"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "other"
            | "our"
    )
}

/// Cue forms that are also common nouns ("the former Soviet state", "his comments").
pub(super) fn is_ambiguous_cue(lower: &str) -> bool {
    one_of!(
        lower,
        "state"
            | "states"
            | "note"
            | "notes"
            | "report"
            | "reports"
            | "comment"
            | "comments"
            | "remark"
            | "remarks"
            | "claim"
            | "claims"
            | "promise"
            | "promises"
            | "answer"
            | "answers"
            | "hope"
            | "hopes"
            | "charge"
            | "demand"
            | "demands"
            | "estimate"
            | "estimates"
            | "post"
            | "posts"
            | "tweet"
            | "tweets"
            | "recall"
            | "recalls"
            | "stress"
            | "vow"
            | "vows"
            | "pledge"
            | "pledges"
            | "joke"
            | "jokes"
            | "counter"
            | "counters"
            | "shout"
            | "shouts"
            | "caution"
            | "cautions"
            | "reply"
            | "replies"
            | "quip"
            | "quips"
            | "continue"
            | "continues"
            | "conclude"
            | "concludes"
            | "ask"
            | "asks"
            | "urge"
            | "urges"
            | "admit"
            | "admits"
            | "write"
            | "writes"
            | "add"
            | "adds"
            | "say"
            | "tell"
            | "thought"
            | "blame"
            | "blames"
            | "accuse"
            | "agree"
            | "respond"
            | "responds"
            | "observe"
            | "comment."
            | "believe"
            | "think"
            | "predict"
            | "warn"
            | "deny"
            | "confirm"
            | "insist"
            | "argue"
            | "explain"
            | "announce"
            | "declare"
            | "suggest"
            | "promised"
            | "hoped"
            | "thinks"
            | "believes"
    )
}

/// Verbs that report speech only with an explicit "that" clause ("vowed that …").
pub(super) fn needs_that(lower: &str) -> bool {
    matches!(
        lower,
        "vowed"
            | "vows"
            | "pledged"
            | "pledges"
            | "promised"
            | "promises"
            | "hoped"
            | "hopes"
            | "feared"
            | "fears"
            | "agreed"
            | "agrees"
            | "demanded"
            | "demands"
            | "described"
            | "announced"
            | "announces"
    )
}

/// The noun an abbreviated title stands for ("gov." → "governor"), so that
/// "Gov. Emmett Vanderpool" is who "the governor" means later.
pub(super) fn title_noun(lower: &str) -> &str {
    match lower.trim_end_matches('.') {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "maj" => "major",
        "adm" => "admiral",
        "cmdr" => "commander",
        "sgt" => "sergeant",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "cllr" => "councillor",
        "prof" => "professor",
        "pres" => "president",
        other => other,
    }
}

/// Letters written after a name ("Nathaniel Crewe KC", "Ann Lee MP"), as written.
pub(super) fn is_post_nominal(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "KC" | "QC" | "SC" | "MP" | "MSP" | "MLA" | "MEP" | "MBE" | "OBE" | "CBE" | "JP" | "PhD"
    )
}

/// Capitalised words that never start or belong to a speaker name.
pub(super) fn is_cap_stopword(word: &str) -> bool {
    one_of!(
        &*lowercase(word.trim_end_matches('.')),
        "the"
            | "a"
            | "an"
            | "on"
            | "in"
            | "at"
            | "by"
            | "for"
            | "from"
            | "to"
            | "with"
            | "as"
            | "after"
            | "before"
            | "when"
            | "while"
            | "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "if"
            | "then"
            | "since"
            | "during"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "last"
            | "this"
            | "that"
            | "these"
            | "those"
            | "earlier"
            | "later"
            | "speaking"
            | "asked"
            | "meanwhile"
            | "however"
            | "still"
            | "also"
            | "now"
            | "today"
            | "yesterday"
            | "here"
            | "there"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "writing"
            | "according"
            | "following"
            | "despite"
            | "although"
            | "though"
            | "because"
            | "once"
            | "under"
            | "over"
            | "about"
            | "of"
            | "instead"
            | "even"
            | "indeed"
            | "yes"
            | "no"
            | "not"
            | "what"
            | "who"
            | "why"
            | "how"
            | "where"
            | "nobody"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "anyone"
            | "nothing"
            | "both"
            | "neither"
            | "either"
            | "each"
            | "all"
            | "most"
            | "some"
            | "many"
            | "few"
            | "several"
            | "another"
            | "other"
            | "others"
            | "every"
            | "any"
            | "such"
            | "one"
            | "two"
            | "three"
            | "review"
            | "analysis"
            | "opinion"
            | "comment"
            | "editorial"
            | "update"
            | "watch"
            | "live"
            | "breaking"
            | "exclusive"
            | "read"
            | "photos"
            | "video"
    )
}

/// Lower-case particles allowed inside a name ("Ministry of Defence", "Ludwig van Beethoven").
pub(super) fn is_name_connector(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "for"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "das"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "du"
            | "y"
            | "and"
            | "&"
    )
}

/// Abbreviations that keep their trailing full stop inside the word token.
pub(super) fn is_abbrev(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Prof"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Capt"
            | "Maj"
            | "Adm"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Det"
            | "Cllr"
            | "Cmdr"
            | "No"
            | "Mt"
            | "Ft"
            | "vs"
            | "etc"
            | "Jan"
            | "Feb"
            | "Aug"
            | "Sept"
            | "Sep"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Gens"
    )
}

/// A day of the week, lowercased: "said on Monday" is a time adjunct.
pub(super) fn is_weekday(lower: &str) -> bool {
    matches!(
        lower,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Prepositions that may follow a cue verb without ending the attribution ("said on Monday").
pub(super) fn is_adjunct_start(lower: &str) -> bool {
    is_weekday(lower)
        || one_of!(
            lower,
            "late"
                | "early"
                | "tonight"
                | "overnight"
                | "on"
                | "in"
                | "at"
                | "during"
                | "after"
                | "before"
                | "to"
                | "from"
                | "via"
                | "by"
                | "when"
                | "while"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
                | "recently"
                | "afterwards"
                | "afterward"
                | "then"
                | "also"
                | "again"
                | "simply"
                | "flatly"
                | "bluntly"
                | "quietly"
                | "angrily"
                | "firmly"
                | "with"
                | "over"
                | "as"
                | "into"
                | "outside"
                | "inside"
                | "near"
                | "against"
                | "of"
                | "about"
                | "for"
                | "up"
                | "out"
                | "off"
                | "down"
                | "back"
                | "goodbye"
                | "hello"
                | "so"
                | "yes"
                | "no"
                | "nothing"
                | "little"
                | "much"
                | "more"
                | "something"
                | "anything"
                | "publicly"
        )
}

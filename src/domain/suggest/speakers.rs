//! Speaker registry: merges name variants ("Vladimir Putin" / "Putin"), tracks gender and recency for pronouns.

use super::fast_hash::{FastMap as HashMap, FastSet as HashSet};
use super::first_names;
use super::lexicon::Pronoun;

#[derive(Clone, Debug)]
pub(super) struct Entity {
    pub name: String,
    pub aliases: Vec<String>,
    /// The same aliases, to ask whether one is known without reading them all.
    alias_set: HashSet<String>,
    pub is_org: bool,
    pub plural: bool,
    pub gender: Option<Pronoun>,
    /// Byte position of the latest mention.
    pub last: usize,
    /// For an organisation, the gender of the spokesperson it last spoke
    /// through ("a spokeswoman for the trust said …", then "she added").
    pub voice: Option<Pronoun>,
}

impl Entity {
    /// Known only by a description ("spokesman", "transport chief"), not a
    /// name: the text never said who. Such a speaker is a guess.
    pub fn is_unnamed(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_lowercase)
    }
}

/// A named subject seen in the text that is not (yet) a speaker; pronouns may refer to it.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    pub pos: usize,
    pub name: String,
    pub surface: String,
    pub is_org: bool,
    pub gender: Option<Pronoun>,
    /// Named in passing, in apposition to someone else's role ("Her
    /// opponent, Yelena Brask,") or to an object ("beat the champion,
    /// Grigor Haszard,"): not who the next "she" or "he" means.
    pub secondary: bool,
}

/// How many names seen in passing under one word a lookup reads back
/// (the latest are the ones meant; the scan stays short on long texts).
const SEEN_LOOKBACK: usize = 32;

/// A name of two words or more seen in passing (where it is not a
/// subject), or a subject with a role title glued to it:
/// "at Sellinge Airport", so that "the airport" later is that one, or
/// "goalkeeper Femi Adeyemi —", so that "Adeyemi" opening a sentence
/// later is a person already named.
#[derive(Clone, Debug)]
pub(super) struct NameSeen {
    pub pos: usize,
    /// The name's last word, lower-cased ("airport", "adeyemi").
    pub last: String,
    /// A role title glued before it, lower-cased ("judge" of "Judge
    /// Miriam Okonjo"), so that "the judge" later is her.
    pub title: Option<String>,
    pub name: String,
    pub surface: String,
    pub is_org: bool,
}

#[derive(Default, Debug)]
pub(super) struct Registry {
    /// Sorted by position.
    names_seen: Vec<NameSeen>,
    /// `last` of `names_seen` → their indices (ascending position).
    names_seen_by_last: HashMap<String, Vec<usize>>,
    /// `title` of `names_seen` → their indices (ascending position).
    names_seen_by_title: HashMap<String, Vec<usize>>,
    /// Lower-cased names that spoke of themselves as "it": organisations.
    said_it: HashSet<String>,
    /// Spokespeople named after they spoke, sorted by position.
    spokespeople: Vec<SpokespersonNamed>,
    pub entities: Vec<Entity>,
    /// Sorted by position.
    pub candidates: Vec<Candidate>,
    /// Lower-cased name word → candidate indices (ascending position).
    cand_words: HashMap<String, Vec<usize>>,
    /// Indices of organisation candidates (ascending position).
    org_cands: Vec<usize>,
    /// Indices of person candidates (ascending position): all, and those "he" resp. "she"
    /// may refer to (gender unknown or that one).
    person_cands: Vec<usize>,
    he_cands: Vec<usize>,
    she_cands: Vec<usize>,
    /// Lower-cased full name or alias → entity ids.
    keys: HashMap<String, Vec<usize>>,
    /// Lower-cased last word of a person's name → entity ids.
    lasts: HashMap<String, Vec<usize>>,
    /// Lower-cased word of any name or alias → entity ids.
    words: HashMap<String, Vec<usize>>,
    /// (last mention, entity) in update order; newest last. Stale entries are skipped.
    log: Vec<(usize, usize)>,
}

/// The names the quotes a pronoun attributes write: capitalised words that
/// do not open one of their sentences ("May", "Will" and "Young" open
/// sentences too). Whom a quote names is, as a rule, not who speaks it
/// ("Everyone knows Nico will be gutted," he said: not Nico).
#[derive(Default)]
pub(super) struct NamedInside<'a> {
    words: Vec<&'a str>,
}

impl<'a> NamedInside<'a> {
    /// The names written by `quotes` (both parts of "‘…,’ he said, ‘…’"),
    /// but for those in words the speaker quotes from someone else ("He
    /// said, ‘Move it tonight, Claire’" is Claire's own testimony).
    pub fn new(quotes: impl IntoIterator<Item = &'a str>) -> NamedInside<'a> {
        let mut words = Vec::new();
        for quote in quotes {
            let inner: &[char] = match quote.chars().next() {
                Some('‘' | '\'') => &['“', '"'],
                _ => &['‘', '\''],
            };
            let parts: Vec<&str> = quote.split(char::is_whitespace).collect();
            // A word that ends an inner quotation ("email,'"), the quote's
            // own closing mark aside; and the last such word.
            let closes: Vec<bool> = parts
                .iter()
                .enumerate()
                .map(|(k, w)| {
                    let w = if k + 1 == parts.len() {
                        w.strip_suffix(['”', '’', '"', '\'', '»']).unwrap_or(w)
                    } else {
                        w
                    };
                    let bare = w.trim_end_matches([',', '.', '!', '?', ';', ':']);
                    bare.trim_end_matches(['”', '’', '"', '\'', ',', '.', '!', '?', ';', ':'])
                        .len()
                        < bare.len()
                })
                .collect();
            let last_close = closes.iter().rposition(|&c| c);
            let mut opens_sentence = true;
            let mut nested = false;
            for (k, &word) in parts.iter().enumerate() {
                // The outer mark opens the first word; an inner one opens a
                // word before a letter ("'Move", not "'90s" or "don't"), and
                // only when a later word closes it ("'til" alone does not).
                let lead = if k == 0 {
                    &word[word.chars().next().map_or(0, char::len_utf8)..]
                } else {
                    word
                };
                let opens = lead
                    .strip_prefix(inner)
                    .is_some_and(|rest| rest.chars().next().is_some_and(char::is_alphabetic))
                    && last_close.is_some_and(|j| j >= k);
                if opens {
                    nested = true;
                }
                let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
                let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
                if capitalised && !opens_sentence && !nested && bare.chars().count() >= 3 {
                    words.push(bare);
                }
                if nested && closes[k] {
                    nested = false;
                }
                if !word.is_empty() {
                    opens_sentence = word
                        .trim_end_matches(['”', '’', '"', '\'', ')'])
                        .ends_with(['.', '!', '?', ':', '…']);
                }
            }
        }
        NamedInside { words }
    }

    /// Whether the quote writes a word of `name` (a first name, a surname).
    pub fn names(&self, name: &str) -> bool {
        !self.words.is_empty()
            && name
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .any(|w| self.words.contains(&w))
    }
}

/// How far back pronoun and generic-organisation lookups search the recency log.
const LOG_WINDOW: usize = 400;

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or(s)
}

/// What a first read of the whole text found, before any quote is
/// attributed: what pronouns, roles and surnames may refer to.
#[derive(Default)]
pub(super) struct TextNames {
    /// Named subjects, sorted by position.
    pub candidates: Vec<Candidate>,
    /// Names seen in passing, sorted by position.
    pub names_seen: Vec<NameSeen>,
    /// Lower-cased names that spoke of themselves as "it".
    pub said_it: HashSet<String>,
    /// Spokespeople named after they spoke, sorted by position.
    pub spokespeople: Vec<SpokespersonNamed>,
}

/// "The spokesman, Neil Osgood, later said …": the spokesperson an
/// earlier "a spokesman for Halbrook Buses" was.
#[derive(Clone, Debug)]
pub(super) struct SpokespersonNamed {
    /// Byte position of the phrase ("The spokesman, …").
    pub pos: usize,
    /// The spokesperson noun, lower-cased ("spokesman").
    pub head: String,
    pub name: String,
    pub surface: String,
}

/// Whether a name names two people ("Quinlan and Sato"), so that neither
/// word of it alone stands for it.
pub(super) fn names_two_people(name: &str) -> bool {
    name.contains(" and ") || name.contains(" & ")
}

/// How far (bytes) after a spokesperson spoke their name is looked for.
const SPOKESPERSON_NAMED_WITHIN: usize = 2_000;

impl Registry {
    /// A registry whose pronoun/role fallback uses what a first read found.
    pub fn new(names: TextNames) -> Registry {
        let TextNames {
            candidates,
            names_seen,
            said_it,
            spokespeople,
        } = names;
        let mut cand_words: HashMap<String, Vec<usize>> = HashMap::default();
        let mut org_cands = Vec::new();
        let mut person_cands = Vec::new();
        let mut he_cands = Vec::new();
        let mut she_cands = Vec::new();
        for (i, c) in candidates.iter().enumerate() {
            for w in c.name.split(' ') {
                cand_words.entry(w.to_lowercase()).or_default().push(i);
            }
            if c.is_org {
                org_cands.push(i);
            } else {
                person_cands.push(i);
                if c.gender.is_none_or(|g| g == Pronoun::He) {
                    he_cands.push(i);
                }
                if c.gender.is_none_or(|g| g == Pronoun::She) {
                    she_cands.push(i);
                }
            }
        }
        let mut names_seen_by_last: HashMap<String, Vec<usize>> = HashMap::default();
        let mut names_seen_by_title: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, o) in names_seen.iter().enumerate() {
            names_seen_by_last
                .entry(o.last.clone())
                .or_default()
                .push(i);
            if let Some(t) = &o.title {
                names_seen_by_title.entry(t.clone()).or_default().push(i);
            }
        }
        Registry {
            spokespeople,
            said_it,
            names_seen,
            names_seen_by_last,
            names_seen_by_title,
            candidates,
            cand_words,
            org_cands,
            person_cands,
            he_cands,
            she_cands,
            ..Registry::default()
        }
    }

    fn index(&mut self, i: usize, s: &str) {
        let l = s.to_lowercase();
        for w in l.split(' ') {
            let v = self.words.entry(w.to_string()).or_default();
            if v.last() != Some(&i) {
                v.push(i);
            }
        }
        self.keys.entry(l).or_default().push(i);
    }

    fn touch(&mut self, i: usize, pos: usize) {
        let e = &mut self.entities[i];
        e.last = e.last.max(pos);
        self.log.push((e.last, i));
    }

    pub fn add_alias(&mut self, i: usize, a: &str) {
        let e = &mut self.entities[i];
        if !a.eq_ignore_ascii_case(&e.name) && !e.alias_set.contains(a) {
            e.alias_set.insert(a.to_string());
            e.aliases.push(a.to_string());
            self.index(i, a);
        }
    }

    /// Latest candidate among `ids` (ascending) that starts before `pos`
    /// and is `allowed`.
    fn latest_before(
        &self,
        ids: &[usize],
        pos: usize,
        allowed: impl Fn(&Candidate) -> bool,
    ) -> Option<Candidate> {
        let k = ids.partition_point(|&ci| self.candidates[ci].pos < pos);
        ids[..k]
            .iter()
            .rev()
            // A bounded look back: text made of one name over and over
            // must stay linear.
            .take(16)
            .map(|&ci| &self.candidates[ci])
            .find(|c| allowed(c))
            .cloned()
    }

    /// Finds or creates the entity for a named mention.
    pub fn named(
        &mut self,
        name: &str,
        surface: &str,
        is_org: bool,
        gender: Option<Pronoun>,
        pos: usize,
    ) -> usize {
        let is_org =
            is_org || !self.said_it.is_empty() && self.said_it.contains(&name.to_lowercase());
        let idx = match self.find(name, is_org) {
            Some(i) => i,
            None => {
                let words = name.split(' ').count();
                let plural = !is_org && words == 1 && name.ends_with('s');
                self.entities.push(Entity {
                    name: name.to_string(),
                    aliases: Vec::new(),
                    alias_set: HashSet::default(),
                    is_org,
                    plural,
                    gender: None,
                    last: pos,
                    voice: None,
                });
                let i = self.entities.len() - 1;
                self.index(i, name);
                // "Sato" alone is not "Quinlan and Sato".
                if !is_org && !names_two_people(name) {
                    self.lasts
                        .entry(last_word(name).to_lowercase())
                        .or_default()
                        .push(i);
                    if words > 1 {
                        self.add_alias(i, last_word(name));
                    }
                }
                i
            }
        };
        let e = &mut self.entities[idx];
        // "Northline said …", then "a spokeswoman for Northline": a name
        // no pronoun or given name made a person is an organisation.
        // Only a one-word name: "a spokesman for Kerr" is not "Jim Kerr" made a firm.
        if is_org && !e.is_org && e.gender.is_none() && !e.name.contains(' ') {
            e.is_org = true;
        }
        // Upgrade a surname-only entity to the full name.
        if !e.is_org && name.contains(' ') && !e.name.contains(' ') {
            let old = std::mem::replace(&mut e.name, name.to_string());
            if !e.alias_set.contains(&old) {
                e.alias_set.insert(old.clone());
                e.aliases.push(old);
            }
            self.index(idx, name);
        }
        self.add_alias(idx, name);
        self.add_alias(idx, surface);
        let e = &mut self.entities[idx];
        // "Ibáñez said", known as "Rafael Ibáñez": the given name tells.
        let gender = gender.or_else(|| {
            (e.gender.is_none() && !e.is_org)
                .then(|| first_names::gender_of_name(&e.name))
                .flatten()
        });
        if gender.is_some() && e.gender.is_none() {
            e.gender = gender;
        }
        // Named itself, an organisation no longer speaks through the
        // spokesperson it had.
        e.voice = None;
        self.touch(idx, pos);
        idx
    }

    pub fn find(&self, name: &str, is_org: bool) -> Option<usize> {
        let lname = name.to_lowercase();
        if let Some(&i) = self.keys.get(&lname).and_then(|v| v.iter().max()) {
            return Some(i);
        }
        if is_org {
            return None;
        }
        let ids = self.lasts.get(last_word(&lname))?;
        for &i in ids.iter().rev() {
            let e = &self.entities[i];
            if e.is_org || last_word(&e.name).chars().count() < 2 {
                continue;
            }
            let single = !name.contains(' ') || !e.name.contains(' ');
            let same_first = first_word(&e.name).eq_ignore_ascii_case(first_word(name))
                || first_word(&e.name).chars().next() == first_word(name).chars().next();
            if single || same_first {
                return Some(i);
            }
        }
        None
    }

    /// The full name of the person a surname alone means at byte `pos`,
    /// if one was named before: a speaker, a name seen as the subject of
    /// a sentence, or a name seen in passing (not after "in", "at" …).
    pub fn person_known_as(&self, surname: &str, pos: usize) -> Option<String> {
        if let Some(i) = self.find(surname, false) {
            let e = &self.entities[i];
            return (!e.is_org).then(|| e.name.clone());
        }
        let lname = surname.to_lowercase();
        let cand = self.cand_words.get(&lname).and_then(|ids| {
            self.latest_before(ids, pos, |c| !c.is_org)
                .map(|c| (c.pos, c.name))
        });
        let seen = self
            .seen_before(&lname, pos, false)
            .map(|o| (o.pos, o.name.clone()));
        match (cand, seen) {
            (Some(c), Some(o)) => Some(if c.0 > o.0 { c.1 } else { o.1 }),
            (c, o) => c.or(o).map(|(_, name)| name),
        }
    }

    /// Most recent entity (last mention ≤ `pos`) satisfying `ok`, from the recency log.
    fn recent(&self, pos: usize, ok: impl Fn(&Entity) -> bool) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for &(last, i) in self.log.iter().rev().take(LOG_WINDOW) {
            let e = &self.entities[i];
            if e.last != last || last > pos || !ok(e) {
                continue;
            }
            if best.is_none_or(|(_, l)| last > l) {
                best = Some((i, last));
            }
        }
        best
    }

    /// Resolves a pronoun used at byte `pos` (in the paragraph starting at
    /// `para_start`) to the most recent compatible entity that the quote
    /// it attributes does not name.
    pub fn resolve(
        &mut self,
        p: Pronoun,
        pos: usize,
        para_start: usize,
        inside: &NamedInside,
    ) -> Option<usize> {
        let mut best = self.recent(pos, |e| {
            match p {
                Pronoun::He | Pronoun::She if e.is_org => e.voice == Some(p),
                Pronoun::He | Pronoun::She => {
                    !e.plural && e.gender.is_none_or(|g| g == p) && !inside.names(&e.name)
                }
                // An organisation names itself in its statements ("Ryanair
                // will not pay," it said).
                Pronoun::They => true,
                Pronoun::It => e.is_org,
                Pronoun::Person => !e.is_org && !e.plural && !inside.names(&e.name),
            }
        });
        let best_last = best.map(|(_, l)| l);
        // The latest candidate before `pos` the pronoun may refer to, if later than `best`.
        let fitting = match p {
            Pronoun::He => &self.he_cands,
            Pronoun::She => &self.she_cands,
            Pronoun::Person => &self.person_cands,
            Pronoun::They | Pronoun::It => &self.org_cands,
        };
        // Someone named in passing does not take the pronoun from the
        // person last spoken of, unless they are named in the pronoun's own
        // paragraph and that person was last spoken of before it ("His
        // opponent, Selma Okonkwo, was gracious. “…,” she said").
        // … nor when the paragraph's own subject, before them, may be
        // meant ("Solvik now meets the top seed, Ilse Vandermeer, who …
        // “…,” she said" is Solvik).
        let subject_before = |c: &Candidate| {
            let before = fitting.partition_point(|&k| self.candidates[k].pos < c.pos);
            fitting[..before]
                .iter()
                .rev()
                // Bounded, like every look back: a paragraph of names stays linear.
                .take(16)
                .map(|&k| &self.candidates[k])
                .take_while(|o| o.pos >= para_start)
                .any(|o| !o.secondary && !o.is_org && !inside.names(&o.name))
        };
        let cand = self
            .latest_before(fitting, pos, |c| {
                let named_inside = !c.is_org && inside.names(&c.name);
                let passing = c.secondary
                    && (!best_last.is_none_or(|l| c.pos >= para_start && l < para_start)
                        || subject_before(c));
                !named_inside && !passing
            })
            .filter(|c| best_last.is_none_or(|l| c.pos > l));
        if let Some(c) = cand {
            let existing = self.find(&c.name, c.is_org);
            let compatible = existing.is_none_or(|i| {
                let e = &self.entities[i];
                !matches!(p, Pronoun::He | Pronoun::She) || e.gender.is_none_or(|g| g == p)
            });
            if compatible {
                let i = self.named(&c.name, &c.surface, c.is_org, c.gender, c.pos);
                best = Some((i, c.pos));
            }
        }
        let (i, _) = best?;
        let e = &mut self.entities[i];
        if matches!(p, Pronoun::He | Pronoun::She) && e.gender.is_none() {
            e.gender = Some(p);
        }
        self.touch(i, pos);
        Some(i)
    }

    /// Resolves an unnamed source ("the company", "the ministry") at byte `pos`: an entity or
    /// earlier named subject whose name contains the head word, else (for generic organisation
    /// nouns) the most recent organisation, else a new speaker named after the phrase.
    #[allow(clippy::too_many_arguments)]
    pub fn role(
        &mut self,
        head: &str,
        is_org: bool,
        plural: bool,
        generic: bool,
        name: &str,
        surface: &str,
        pos: usize,
    ) -> usize {
        let (ent, cand) = self.with_role(head, pos);
        let pick = match (ent, cand) {
            (Some((_, last)), Some(c)) if c.pos > last => Err(c),
            (Some((i, _)), _) => Ok(i),
            (None, Some(c)) => Err(c),
            (None, None) => {
                let seen = self
                    .seen_with_role(head, pos)
                    .map(|o| (o.name.clone(), o.surface.clone(), o.pos, o.is_org));
                match seen {
                    Some((full, full_surface, at, org)) => {
                        Ok(self.named(&full, &full_surface, org, None, at))
                    }
                    None if generic => match self.latest_org(pos) {
                        Some(idx) => {
                            self.add_alias(idx, surface);
                            return idx;
                        }
                        None => return self.new_role(name, surface, is_org, plural, pos),
                    },
                    None => return self.new_role(name, surface, is_org, plural, pos),
                }
            }
        };
        let idx = match pick {
            Ok(i) => i,
            Err(c) => self.named(&c.name, &c.surface, c.is_org, c.gender, c.pos),
        };
        self.touch(idx, pos);
        self.add_alias(idx, surface);
        idx
    }

    /// Whether [`Registry::role`] would find someone for the role `head`
    /// at `pos`: a speaker or a subject with that word in their name or
    /// aliases, or a name seen with it before.
    pub fn knows_role(&self, head: &str, pos: usize) -> bool {
        let (ent, cand) = self.with_role(head, pos);
        ent.is_some() || cand.is_some() || self.seen_with_role(head, pos).is_some()
    }

    /// Who carries the word `head` by `pos`: the speaker last mentioned
    /// with it in their name or aliases (and when), and the latest
    /// subject with it in their name.
    fn with_role(&self, head: &str, pos: usize) -> (Option<(usize, usize)>, Option<Candidate>) {
        let ent = self.words.get(head).and_then(|ids| {
            ids.iter()
                .map(|&i| (i, self.entities[i].last))
                .max_by_key(|&(_, l)| l)
        });
        let cand = self
            .cand_words
            .get(head)
            .and_then(|ids| self.latest_before(ids, pos, |_| true));
        (ent, cand)
    }

    /// The latest name seen in passing before `pos` that `head` stands
    /// for: an organisation ending in it, or a person with it as a title.
    fn seen_with_role(&self, head: &str, pos: usize) -> Option<&NameSeen> {
        self.seen_before(head, pos, true)
            .or_else(|| self.titled_before(head, pos))
    }

    /// The latest name seen before `pos` ending in `last` (lower case),
    /// of an organisation or of a person.
    fn seen_before(&self, last: &str, pos: usize, is_org: bool) -> Option<&NameSeen> {
        let ids = self.names_seen_by_last.get(last)?;
        self.seen_latest(ids, pos, |o| o.is_org == is_org)
    }

    /// The latest person seen before `pos` with the title `title`.
    fn titled_before(&self, title: &str, pos: usize) -> Option<&NameSeen> {
        let ids = self.names_seen_by_title.get(title)?;
        self.seen_latest(ids, pos, |o| !o.is_org)
    }

    /// The latest of `ids` (ascending) seen before `pos` that is `ok`,
    /// among the last [`SEEN_LOOKBACK`] before it.
    fn seen_latest(
        &self,
        ids: &[usize],
        pos: usize,
        ok: impl Fn(&NameSeen) -> bool,
    ) -> Option<&NameSeen> {
        let before = ids.partition_point(|&i| self.names_seen[i].pos < pos);
        ids[..before]
            .iter()
            .rev()
            .take(SEEN_LOOKBACK)
            .map(|&i| &self.names_seen[i])
            .find(|o| ok(o))
    }

    /// The person a spokesperson (`head`, "spokesman") speaking at byte
    /// `pos` is named as shortly after ("The spokesman, Neil Osgood, …").
    pub fn spokesperson_named_after(&mut self, head: &str, pos: usize) -> Option<usize> {
        let from = self.spokespeople.partition_point(|s| s.pos <= pos);
        let named = self.spokespeople[from..]
            .iter()
            .take_while(|s| s.pos - pos <= SPOKESPERSON_NAMED_WITHIN)
            .find(|s| s.head == head)?;
        let (name, surface) = (named.name.clone(), named.surface.clone());
        let gender = super::lexicon::honorific_gender(head);
        Some(self.named(&name, &surface, false, gender, pos))
    }

    /// Records that organisation `i` spoke through a spokesperson of
    /// `gender` (none: "spokesperson"), whom "he" or "she" may mean next.
    pub fn speaks_through(&mut self, i: usize, gender: Option<Pronoun>) {
        let e = &mut self.entities[i];
        if e.is_org {
            e.voice = gender;
        }
    }

    /// The organisation spoken of last (the latest organisation speaker,
    /// or a later organisation named as a subject before byte `pos`), as a
    /// speaker mentioned at `pos`.
    pub fn latest_org(&mut self, pos: usize) -> Option<usize> {
        let ent = self.recent(usize::MAX, |e| e.is_org);
        let cand = self.latest_before(&self.org_cands, pos, |_| true);
        let idx = match (ent, cand) {
            (Some((_, last)), Some(c)) if c.pos > last => {
                self.named(&c.name, &c.surface, c.is_org, c.gender, c.pos)
            }
            (Some((i, _)), _) => i,
            (None, Some(c)) => self.named(&c.name, &c.surface, c.is_org, c.gender, c.pos),
            (None, None) => return None,
        };
        self.touch(idx, pos);
        Some(idx)
    }

    fn new_role(
        &mut self,
        name: &str,
        surface: &str,
        is_org: bool,
        plural: bool,
        pos: usize,
    ) -> usize {
        let idx = self.named(name, surface, is_org, None, pos);
        self.entities[idx].plural = plural;
        idx
    }
}

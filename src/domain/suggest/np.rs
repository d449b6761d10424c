//! Speaker noun phrases: names with titles stripped, pronouns and unnamed sources ("the ministry") around cue verbs.

use super::first_names;
use super::lexicon::{self, Pronoun};
use super::text::{Text, Tok};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum NpKind {
    Pronoun(Pronoun),
    Named {
        name: String,
        surface: String,
        is_org: bool,
        gender: Option<Pronoun>,
    },
    /// An unnamed source such as "the ministry" or "officials"; `head` is its last noun.
    Role {
        head: String,
        is_org: bool,
        plural: bool,
    },
}

/// A speaker phrase: `range` is the mention (bytes), `toks` the token span it covers.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Np {
    pub range: Range<usize>,
    pub toks: Range<usize>,
    pub kind: NpKind,
}

/// Longest run of capitalised tokens read as one name (real names have fewer than ten);
/// a longer run (a line in capitals, a list of names) is cut there.
const MAX_CHAIN: usize = 24;

/// How many prepositional phrases a source may be followed by ("a lawyer for the head of …").
const MAX_PP: usize = 8;

pub(super) fn word_ok_in_chain(t: &Tok, text: &Text) -> bool {
    t.is_cap() && !t.is_cap_stopword(text) && !is_cue_word(t)
}

/// A nickname quoted inside a name ("Tadeusz “Tadek” Wierzbicki"): a
/// quote of one capitalised word, read as part of the name around it.
fn is_nickname(t: &Tok, text: &Text) -> bool {
    t.quote().is_some() && t.end - t.start <= 24 && {
        let s = &text[t.start..t.end];
        let inner = s
            .trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '‘' | '’' | '\''))
            .trim();
        !inner.is_empty()
            && !inner.contains(' ')
            && inner.chars().next().is_some_and(char::is_uppercase)
            && inner
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
    }
}

fn is_cue_word(t: &Tok) -> bool {
    t.is_word() && !t.is_cap() && t.cue().is_some()
}

pub(super) fn strip_possessive(s: &str) -> &str {
    for suf in ["’s", "'s"] {
        if let Some(x) = s.strip_suffix(suf) {
            return x;
        }
    }
    s
}

/// Builds a named phrase from a run of capitalised tokens `toks[s..e]`.
pub(super) fn named_from(toks: &[Tok], text: &Text, s: usize, e: usize) -> Option<Np> {
    let mut s = s;
    while s < e && toks[s].is_cap_stopword(text) {
        s += 1;
    }
    if s >= e {
        return None;
    }
    // "Nathaniel Crewe KC": letters after a name are not part of it (the
    // phrase still covers them, for what follows it).
    let phrase_end = e;
    let mut e = e;
    while e - s > 1 && lexicon::is_post_nominal(toks[e - 1].text(text)) {
        e -= 1;
    }
    if e - s == 1 && lexicon::is_source_noun(&toks[s].lower(text)) {
        return Some(role(toks, text, s, s, e));
    }
    // Cut after the last title or possessive before the final token.
    let mut cut = s;
    let mut gender = None;
    for (k, t) in toks.iter().enumerate().take(e - 1).skip(s) {
        // Lowered once for the word lists, which would each lower it again.
        let w = &*t.lower(text);
        if lexicon::is_title(w) || t.is_possessive(text) {
            cut = k + 1;
        }
        if let Some(g) = lexicon::honorific_gender(w) {
            gender = Some(g);
        }
    }
    let all_titles = (s..e).all(|k| lexicon::is_title(&toks[k].lower(text)));
    let rem_org = (cut..e).any(|k| lexicon::is_org_word(&toks[k].lower(text)));
    let last_lower = toks[e - 1].lower(text);
    if all_titles {
        return Some(Np {
            range: toks[s].start..toks[e - 1].end,
            toks: s..e,
            kind: NpKind::Role {
                head: last_lower.trim_end_matches('.').to_string(),
                is_org: false,
                plural: false,
            },
        });
    }
    let (ns, is_org) = if rem_org {
        // Keep the whole organisation name ("Foreign Ministry"), minus possessor.
        let mut ns = s;
        for (k, t) in toks.iter().enumerate().take(e - 1).skip(s) {
            if t.is_possessive(text) {
                ns = k + 1;
            }
        }
        (ns, true)
    } else {
        (cut, false)
    };
    // "Rafael Ibáñez": a given name first tells the gender no honorific
    // told (asked of the token, whose lower case is at hand).
    if gender.is_none() && !is_org {
        gender = first_names::gender_of_given_name(&toks[ns].lower(text), e - ns > 1);
    }
    let mut name = String::new();
    for (k, t) in toks[ns..e].iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.push_str(t.text(text));
    }
    let kept = strip_possessive(&name).len();
    name.truncate(kept);
    if !name.chars().any(char::is_alphabetic) {
        return None;
    }
    let surface = strip_possessive(&text[toks[s].start..toks[e - 1].end]).to_string();
    let mut end = toks[e - 1].end;
    let last = toks[e - 1].text(text);
    if strip_possessive(last).len() != last.len() {
        end -= last.len() - strip_possessive(last).len();
    }
    Some(Np {
        range: toks[ns].start..end,
        toks: s..phrase_end,
        kind: NpKind::Named {
            name,
            surface,
            is_org,
            gender,
        },
    })
}

fn role(toks: &[Tok], text: &Text, s: usize, head: usize, e: usize) -> Np {
    let h = toks[head].lower(text);
    let is_org = lexicon::is_org_word(&h)
        || matches!(
            &*h,
            "company"
                | "firm"
                | "country"
                | "military"
                | "campaign"
                | "statement"
                | "report"
                | "study"
                | "regulator"
                | "watchdog"
                | "airline"
                | "operator"
                | "city"
                | "state"
                | "embassy"
        );
    let plural = (h.ends_with('s') && !h.ends_with("ss")) || h == "police" || h == "people";
    Np {
        range: toks[s].start..toks[e - 1].end,
        toks: s..e,
        kind: NpKind::Role {
            is_org: is_org && h != "police",
            head: h.into_owned(),
            plural,
        },
    }
}

/// The organisation (or person) a spokesperson phrase speaks for: "a
/// spokesperson for the operator" gives "the operator", "a police
/// spokeswoman" "police", "a Ledgerly spokesperson" "Ledgerly"; `None`
/// when the phrase names nobody ("a spokeswoman", "the company’s
/// spokesman").
pub(super) fn spoken_for(toks: &[Tok], text: &Text, np: &Np) -> Option<Np> {
    let NpKind::Role { head, .. } = &np.kind else {
        return None;
    };
    if !lexicon::is_spokesperson(head) {
        return None;
    }
    let r = np.toks.clone();
    let h = r
        .clone()
        .find(|&k| toks[k].is_word() && toks[k].lower(text) == **head)?;
    if let Some(f) = (h + 1..r.end).find(|&k| toks[k].is_word() && toks[k].lower(text) == "for") {
        return after(toks, text, f + 1, r.end).map(organisation_unless_gendered);
    }
    let s = r.start + usize::from(lexicon::is_determiner(&toks[r.start].lower(text)));
    if s >= h || toks[h - 1].is_possessive(text) {
        return None;
    }
    // "a Ledgerly spokesperson": a name of capitals only, an organisation.
    if (s..h).all(|k| word_ok_in_chain(&toks[k], text)) {
        return named_from(toks, text, s, h).map(as_organisation);
    }
    // "a police spokeswoman": one noun of a source ("a senior spokeswoman"
    // is nobody's).
    let noun = toks[s].lower(text);
    (h == s + 1 && toks[s].is_word() && lexicon::is_source_noun(&noun))
        .then(|| role(toks, text, s, s, h))
}

/// A name read as an organisation's.
fn as_organisation(np: Np) -> Np {
    match np.kind {
        NpKind::Named {
            name,
            surface,
            gender,
            ..
        } => Np {
            kind: NpKind::Named {
                name,
                surface,
                is_org: true,
                gender,
            },
            ..np
        },
        _ => np,
    }
}

/// Whether a name a spokesperson speaks for ("a spokeswoman for
/// Northline") is an organisation's: unless a title or given name shows a
/// person ("a spokesman for Ms Kerr").
pub(super) fn spoken_for_is_organisation(np: &Np) -> bool {
    matches!(np.kind, NpKind::Named { gender: None, .. })
}

/// [`spoken_for_is_organisation`], applied.
fn organisation_unless_gendered(np: Np) -> Np {
    if spoken_for_is_organisation(&np) {
        as_organisation(np)
    } else {
        np
    }
}

/// "the Frenchman" at token `the`: a capitalised description pointing
/// back to a person, not a name.
fn capitalised_description(toks: &[Tok], text: &Text, the: usize) -> Option<Np> {
    // "the South African", "the New Zealander": a place's first word before.
    let place_word = |k: usize| {
        toks.get(k).is_some_and(|w| {
            w.is_cap()
                && is_place_first_word(&w.lower(text))
                && toks.get(k + 1).is_some_and(Tok::is_cap)
        })
    };
    let last = the + 1 + usize::from(place_word(the + 1));
    let t = toks.get(last)?;
    // "the Frenchman said", not "the Director of Public Prosecutions".
    let next_word = toks
        .get(last + 1)
        .is_some_and(|n| n.is_word() && !is_cue_word(n));
    // Asked of words only: the lower case of a quote token is its whole text's.
    (toks[the].is_word()
        && t.is_cap()
        && &*toks[the].lower(text) == "the"
        && !next_word
        && lexicon::is_person_anaphor(&t.lower(text)))
    .then(|| Np {
        range: toks[the].start..t.end,
        toks: the..last + 1,
        kind: NpKind::Pronoun(Pronoun::Person),
    })
}

/// The first word of a two-word country whose people are named after it
/// ("South African", "New Zealander", "Sri Lankan").
fn is_place_first_word(lower: &str) -> bool {
    matches!(
        lower,
        "south" | "north" | "new" | "sri" | "costa" | "puerto" | "saudi"
    )
}

/// The speaker phrase ending right before token `end` (not reaching below `floor`).
pub(super) fn before(toks: &[Tok], text: &Text, end: usize, floor: usize) -> Option<Np> {
    before_in(toks, text, end, floor, 0)
}

/// [`before`] inside `depth` prepositional phrases.
fn before_in(toks: &[Tok], text: &Text, end: usize, floor: usize, depth: usize) -> Option<Np> {
    if end <= floor {
        return None;
    }
    let t = &toks[end - 1];
    if !t.is_word() {
        return None;
    }
    let lower = t.lower(text);
    if let Some(p) = lexicon::pronoun(&lower) {
        return Some(Np {
            range: t.start..t.end,
            toks: end - 1..end,
            kind: NpKind::Pronoun(p),
        });
    }
    // "the Frenchman said", "the South African said".
    for back in [2, 3] {
        if end >= floor + back {
            if let Some(np) =
                capitalised_description(toks, text, end - back).filter(|np| np.toks.end == end)
            {
                return Some(np);
            }
        }
    }
    if word_ok_in_chain(t, text) || (t.is_cap() && lexicon::is_title(&t.lower(text))) {
        let mut s = end - 1;
        while s > floor && end - s < MAX_CHAIN {
            let p = &toks[s - 1];
            if word_ok_in_chain(p, text) {
                s -= 1;
            } else if (p.is_word() && lexicon::is_name_connector(&p.lower(text))
                || is_nickname(p, text))
                && s - 1 > floor
                && word_ok_in_chain(&toks[s - 2], text)
            {
                s -= 2;
            } else {
                break;
            }
        }
        // "The Ministry of Defence": keep a leading determiner out of the name.
        return named_from(toks, text, s, end);
    }
    // "Lawyers for the district said", "a spokesperson at the ministry said": source + PP.
    if !lexicon::is_source_noun(&lower) && !t.is_cap() && depth < MAX_PP {
        let lo = floor.max(end.saturating_sub(6));
        if let Some(p) = (lo..end - 1).rev().find(|&k| {
            toks[k].is_word() && matches!(&*toks[k].lower(text), "for" | "of" | "at" | "from")
        }) {
            if p > floor && (p + 1..end).all(|k| toks[k].is_word()) {
                if let Some(head) = before_in(toks, text, p, floor, depth + 1) {
                    if let NpKind::Role {
                        head: h,
                        is_org,
                        plural,
                    } = head.kind
                    {
                        let s = head.toks.start;
                        return Some(Np {
                            range: toks[s].start..t.end,
                            toks: s..end,
                            kind: NpKind::Role {
                                head: h,
                                is_org,
                                plural,
                            },
                        });
                    }
                }
            }
        }
    }
    // "the 19-year-old said": a definite description pointing back to a person.
    if lexicon::is_person_anaphor(&lower) && end >= floor + 2 && toks[end - 2].is_word() {
        let d = toks[end - 2].lower(text);
        if d == "the" {
            return Some(Np {
                range: toks[end - 2].start..t.end,
                toks: end - 2..end,
                kind: NpKind::Pronoun(Pronoun::Person),
            });
        }
    }
    // "the Tallow Valley Growers cooperative said": organisation name plus a common noun.
    if !lexicon::is_source_noun(&lower)
        && end >= floor + 2
        && word_ok_in_chain(&toks[end - 2], text)
        && !toks[end - 2].is_possessive(text)
    {
        let mut s = end - 2;
        while s > floor && end - s < MAX_CHAIN && word_ok_in_chain(&toks[s - 1], text) {
            s -= 1;
        }
        if let Some(Np {
            kind: NpKind::Named { name, gender, .. },
            ..
        }) = named_from(toks, text, s, end - 1)
        {
            let org_noun = lexicon::is_org_word(&lower)
                || matches!(
                    &*lower,
                    "cooperative"
                        | "co-op"
                        | "consortium"
                        | "collective"
                        | "movement"
                        | "charity"
                        | "firm"
                        | "chain"
                        | "brand"
                        | "label"
                        | "startup"
                        | "start-up"
                        | "outlet"
                        | "newspaper"
                        | "broadcaster"
                        | "channel"
                        | "band"
                        | "family"
                        | "campaign"
                        | "company"
                        | "group"
                        | "coalition"
                        | "alliance"
                        | "federation"
                );
            if org_noun {
                return Some(Np {
                    range: toks[s].start..toks[end - 2].end,
                    toks: s..end,
                    kind: NpKind::Named {
                        name: format!("{name} {}", t.text(text)),
                        surface: name,
                        is_org: true,
                        gender,
                    },
                });
            }
        }
    }
    if lexicon::is_source_noun(&lower) {
        let mut s = end - 1;
        let mut steps = 0;
        while s > floor && steps < 4 {
            let p = &toks[s - 1];
            if !p.is_word() || is_cue_word(p) {
                break;
            }
            let pl = p.lower(text);
            if lexicon::is_determiner(&pl) || p.is_possessive(text) {
                s -= 1;
                break;
            }
            if lexicon::pronoun(&pl).is_some() || pl == "that" || pl == "and" || pl == "said" {
                break;
            }
            s -= 1;
            steps += 1;
        }
        return Some(role(toks, text, s, end - 1, end));
    }
    None
}

/// End (exclusive) of the capitalised name chain starting at `start` (connectors allowed inside).
pub(super) fn chain_forward(toks: &[Tok], text: &Text, start: usize, ceil: usize) -> usize {
    let connector =
        |k: usize| toks[k].is_word() && lexicon::is_name_connector(&toks[k].lower(text));
    let mut e = start + 1;
    while e < ceil && e - start < MAX_CHAIN && !toks[e - 1].is_possessive(text) {
        if word_ok_in_chain(&toks[e], text) {
            e += 1;
        } else if e + 1 < ceil
            && (connector(e) || is_nickname(&toks[e], text))
            && word_ok_in_chain(&toks[e + 1], text)
        {
            e += 2;
        } else if e + 2 < ceil
            // "Anneliese van der Berg", "María de la Cruz".
            && connector(e)
            && connector(e + 1)
            && word_ok_in_chain(&toks[e + 2], text)
        {
            e += 3;
        } else {
            break;
        }
    }
    e
}

/// The speaker phrase starting at token `start` ("said Jane Doe", "said the spokesperson").
pub(super) fn after(toks: &[Tok], text: &Text, start: usize, ceil: usize) -> Option<Np> {
    if start >= ceil {
        return None;
    }
    let t = &toks[start];
    if !t.is_word() {
        return None;
    }
    let lower = t.lower(text);
    if let Some(p) = lexicon::pronoun(&lower) {
        return Some(Np {
            range: t.start..t.end,
            toks: start..start + 1,
            kind: NpKind::Pronoun(p),
        });
    }
    if t.is_cap() && !t.is_cap_stopword(text) || lexicon::is_title(&t.lower(text)) && t.is_cap() {
        let e = chain_forward(toks, text, start, ceil);
        // "Halvard police", "Acme officials": a place or organisation plus a source noun.
        if e < ceil
            && toks[e].is_word()
            && !toks[e].is_cap()
            && lexicon::is_source_noun(&toks[e].lower(text))
        {
            // "said Rovers manager Tomás Ferreira": the name after the role.
            if e + 1 < ceil && toks[e + 1].is_cap() && word_ok_in_chain(&toks[e + 1], text) {
                let k = chain_forward(toks, text, e + 1, ceil);
                // Not "Rovers manager Smith’s deputy".
                let owner = toks[k - 1].is_possessive(text);
                if let Some(np) = (!owner).then(|| named_from(toks, text, e + 1, k)).flatten() {
                    return Some(np);
                }
            }
            return Some(role(toks, text, start, e, e + 1));
        }
        return named_from(toks, text, start, e);
    }
    if let Some(np) = capitalised_description(toks, text, start).filter(|np| np.toks.end <= ceil) {
        return Some(np);
    }
    // "said museum director Olga Sorensen": skip lower-case role words before a name.
    let mut k = start;
    while k < ceil && k < start + 4 {
        let w = &toks[k];
        let wl = w.lower(text);
        if !w.is_word()
            || w.is_cap()
            || lexicon::is_adjunct_start(&wl)
            || wl == "that"
            || lexicon::pronoun(&wl).is_some()
            || is_cue_word(w)
        {
            break;
        }
        k += 1;
    }
    if k > start && k < ceil && word_ok_in_chain(&toks[k], text) {
        let e = chain_forward(toks, text, k, ceil);
        if let Some(np) = named_from(toks, text, k, e) {
            return Some(np);
        }
    }
    if lexicon::is_determiner(&lower) || lexicon::is_source_noun(&lower) {
        let mut e = start + usize::from(lexicon::is_determiner(&lower));
        let mut head = None;
        let mut anaphor = None;
        while e < ceil && e < start + 6 {
            let n = &toks[e];
            if !n.is_word() || is_cue_word(n) {
                break;
            }
            let nl = n.lower(text);
            if matches!(
                &*nl,
                "for" | "of" | "at" | "with" | "in" | "on" | "who" | "that"
            ) {
                break;
            }
            if n.is_cap() {
                // "the Foreign Ministry": named organisation.
                if word_ok_in_chain(n, text) {
                    let k = chain_forward(toks, text, e, ceil);
                    return named_from(toks, text, e, k);
                }
            }
            if lexicon::is_source_noun(&nl) {
                head = Some(e);
            } else if !n.is_cap() && lexicon::is_person_anaphor(&nl) {
                anaphor = Some(e);
            }
            e += 1;
        }
        // "said the 20-year-old": as [`before_in`] reads "the 20-year-old said".
        if let (None, Some(a), "the") = (head, anaphor, &*lower) {
            return Some(Np {
                range: t.start..toks[a].end,
                toks: start..a + 1,
                kind: NpKind::Pronoun(Pronoun::Person),
            });
        }
        let h = head?;
        return Some(role(toks, text, start, h, h + 1));
    }
    None
}

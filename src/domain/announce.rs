//! An edit in words: the sentence a screen reader announces after each
//! edit, undo or redo ("Quote added, attributed to Vladimir Putin";
//! "Undone: quote removed"). Derived from the edit's primitive changes, so
//! every way of editing (keys, buttons, suggestions, undo) is described by
//! the same rule.

use super::annotations::{QuoteKind, Speaker, SpeakerId};
use super::edit::Change;

/// The sentence for an applied edit's changes. `speakers` is the registry
/// after the edit; a speaker no longer in it is named from the changes.
pub fn describe(changes: &[Change], speakers: &[Speaker]) -> String {
    let name_of = |id: SpeakerId| -> String {
        speakers
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .or_else(|| {
                changes.iter().find_map(|c| match c {
                    Change::Speaker {
                        before: Some((_, s)),
                        ..
                    }
                    | Change::Speaker {
                        after: Some((_, s)),
                        ..
                    } if s.id == id => Some(s.name.clone()),
                    _ => None,
                })
            })
            .unwrap_or_else(|| "a removed speaker".to_owned())
    };
    let mut phrases: Vec<String> = Vec::new();
    let mut push = |p: String| {
        if !phrases.contains(&p) {
            phrases.push(p);
        }
    };
    let counts = Counts::of(changes);
    if counts.is_bulk() {
        return counts.summary();
    }
    for change in changes {
        match change {
            Change::Quote {
                before: None,
                after: Some(q),
            } => push(match q.speaker {
                Some(s) => format!("quote added, attributed to {}", name_of(s)),
                None => "quote added, not attributed".to_owned(),
            }),
            Change::Quote {
                before: Some(_),
                after: None,
            } => push("quote removed".to_owned()),
            Change::Quote {
                before: Some(b),
                after: Some(a),
            } => {
                if b.speaker != a.speaker {
                    push(match a.speaker {
                        Some(s) => format!("quote attributed to {}", name_of(s)),
                        None => "quote no longer attributed".to_owned(),
                    });
                }
                if b.kind != a.kind {
                    push(format!("quote marked {}", kind_word(a.kind)));
                }
                match (&b.cue, &a.cue) {
                    (None, Some(_)) => push("cue added".to_owned()),
                    (Some(_), None) => push("cue removed".to_owned()),
                    (Some(x), Some(y)) if x != y => push("cue moved".to_owned()),
                    _ => {}
                }
                if b.range != a.range {
                    push("quote resized".to_owned());
                }
            }
            Change::Mention {
                before: None,
                after: Some(m),
            } => push(format!("speaker mention added: {}", name_of(m.speaker))),
            Change::Mention {
                before: Some(_),
                after: None,
            } => push("speaker mention removed".to_owned()),
            Change::Mention {
                before: Some(b),
                after: Some(a),
            } => {
                if b.speaker != a.speaker {
                    push(format!("mention linked to {}", name_of(a.speaker)));
                }
                if b.range != a.range {
                    push("mention resized".to_owned());
                }
            }
            Change::Speaker {
                before: None,
                after: Some((_, s)),
            } => push(format!("speaker {} added", s.name)),
            Change::Speaker {
                before: Some((_, s)),
                after: None,
            } => push(format!("speaker {} removed", s.name)),
            Change::Speaker {
                before: Some((_, b)),
                after: Some((_, a)),
            } => {
                if b.name != a.name {
                    push(format!("speaker {} renamed {}", b.name, a.name));
                } else if b.aliases != a.aliases {
                    push(format!("aliases of {} changed", a.name));
                }
            }
            Change::Rejection { rejected: true, .. } => push("suggestion rejected".to_owned()),
            Change::Rejection {
                rejected: false, ..
            } => push("suggestion restored".to_owned()),
            Change::Quote { .. } | Change::Mention { .. } | Change::Speaker { .. } => {}
        }
    }
    capitalise(&phrases.join("; "))
}

/// The sentence after an undo: the inverse of the undone changes.
pub fn describe_undo(undone: &[Change], speakers: &[Speaker]) -> String {
    let inverse: Vec<Change> = undone.iter().rev().map(Change::inverse).collect();
    format!("Undone: {}", lower_first(&describe(&inverse, speakers)))
}

/// The sentence after a redo.
pub fn describe_redo(redone: &[Change], speakers: &[Speaker]) -> String {
    format!("Redone: {}", lower_first(&describe(redone, speakers)))
}

fn kind_word(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
    }
}

/// Items added and removed by kind: an edit touching many items (accept
/// all, merge) is counted rather than listed.
#[derive(Default)]
struct Counts {
    quotes_added: usize,
    quotes_removed: usize,
    quotes_changed: usize,
    mentions_added: usize,
    mentions_removed: usize,
    other: usize,
}

impl Counts {
    fn of(changes: &[Change]) -> Counts {
        let mut c = Counts::default();
        for change in changes {
            match change {
                Change::Quote { before: None, .. } => c.quotes_added += 1,
                Change::Quote { after: None, .. } => c.quotes_removed += 1,
                Change::Quote { .. } => c.quotes_changed += 1,
                Change::Mention { before: None, .. } => c.mentions_added += 1,
                Change::Mention { after: None, .. } => c.mentions_removed += 1,
                _ => c.other += 1,
            }
        }
        c
    }

    /// More than three quotes or mentions: a list would be too long to hear.
    fn is_bulk(&self) -> bool {
        self.quotes_added + self.quotes_removed + self.quotes_changed > 3
            || self.mentions_added + self.mentions_removed > 3
    }

    fn summary(&self) -> String {
        let plural = |n: usize, what: &str, done: &str| {
            (n > 0).then(|| format!("{n} {what}{} {done}", if n == 1 { "" } else { "s" }))
        };
        let parts: Vec<String> = [
            plural(self.quotes_added, "quote", "added"),
            plural(self.quotes_removed, "quote", "removed"),
            plural(self.quotes_changed, "quote", "changed"),
            plural(self.mentions_added, "speaker mention", "added"),
            plural(self.mentions_removed, "speaker mention", "removed"),
        ]
        .into_iter()
        .flatten()
        .collect();
        capitalise(&parts.join("; "))
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Nothing changed".to_owned(),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::annotations::{Mention, MentionId, Quote, QuoteId};

    fn speaker(id: u32, name: &str) -> Speaker {
        Speaker {
            id: SpeakerId(id),
            name: name.into(),
            aliases: vec![],
            color: 0,
        }
    }

    fn quote(id: u32, speaker: Option<u32>) -> Quote {
        Quote {
            id: QuoteId(id),
            range: 0..5,
            kind: QuoteKind::Direct,
            speaker: speaker.map(SpeakerId),
            cue: None,
        }
    }

    #[test]
    fn an_added_quote_names_its_speaker_or_says_it_has_none() {
        let putin = speaker(1, "Vladimir Putin");
        let added = Change::Quote {
            before: None,
            after: Some(quote(1, Some(1))),
        };
        assert_eq!(
            describe(std::slice::from_ref(&added), std::slice::from_ref(&putin)),
            "Quote added, attributed to Vladimir Putin"
        );
        let bare = Change::Quote {
            before: None,
            after: Some(quote(2, None)),
        };
        assert_eq!(describe(&[bare], &[]), "Quote added, not attributed");
    }

    #[test]
    fn undoing_an_addition_is_announced_as_a_removal() {
        let added = Change::Quote {
            before: None,
            after: Some(quote(1, None)),
        };
        assert_eq!(describe_undo(&[added], &[]), "Undone: quote removed");
    }

    #[test]
    fn attribution_kind_and_cue_changes_are_each_named() {
        let b = quote(1, None);
        let mut a = quote(1, Some(3));
        a.kind = QuoteKind::Indirect;
        a.cue = Some(6..10);
        let change = Change::Quote {
            before: Some(b),
            after: Some(a),
        };
        assert_eq!(
            describe(&[change], &[speaker(3, "Jane Roe")]),
            "Quote attributed to Jane Roe; quote marked indirect; cue added"
        );
    }

    #[test]
    fn a_mention_of_a_new_speaker_names_them_even_once_removed() {
        let s = speaker(4, "Kenji Sato");
        let changes = [
            Change::Speaker {
                before: None,
                after: Some((0, s.clone())),
            },
            Change::Mention {
                before: None,
                after: Some(Mention {
                    id: MentionId(1),
                    range: 0..4,
                    speaker: SpeakerId(4),
                }),
            },
        ];
        // Undo: the registry no longer holds the speaker.
        assert_eq!(
            describe_undo(&changes, &[]),
            "Undone: speaker mention removed; speaker Kenji Sato removed"
        );
        assert_eq!(
            describe(&changes, &[s]),
            "Speaker Kenji Sato added; speaker mention added: Kenji Sato"
        );
    }

    #[test]
    fn many_quotes_at_once_are_counted() {
        let changes: Vec<Change> = (0..12)
            .map(|i| Change::Quote {
                before: None,
                after: Some(quote(i, None)),
            })
            .collect();
        assert_eq!(describe(&changes, &[]), "12 quotes added");
        assert_eq!(describe_redo(&changes, &[]), "Redone: 12 quotes added");
    }
}

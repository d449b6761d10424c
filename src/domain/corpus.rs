//! A corpus: many documents, each with its annotations. This is what the
//! dataset formats read and write, what the workspace holds, and what the
//! command-line companion converts.

use super::annotations::{name_key, Annotations, QuoteId};
use super::document::Document;

/// One document of a corpus with its annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub document: Document,
    pub annotations: Annotations,
    /// Whose annotations these are: an annotator's name, [`GOLD`] for a
    /// curated version, None when the file does not say.
    ///
    /// [`GOLD`]: super::layers::GOLD
    pub annotator: Option<String>,
}

/// Counts over a corpus, for `stats` and the workspace summary.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stats {
    pub documents: usize,
    pub quotes: usize,
    pub mentions: usize,
    pub unattributed: usize,
    /// Speakers merged across documents by name and alias (case-insensitive),
    /// with their quote counts, most quoted first.
    pub quotes_per_speaker: Vec<(String, usize)>,
}

/// One speaker across documents: merged by name and alias
/// (case-insensitive), with every quote attributed to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The name the speaker was first seen under.
    pub name: String,
    /// Every name and alias seen for them, lowercased.
    pub names: Vec<String>,
    /// (document index, quote id), in document and reading order.
    pub quotes: Vec<(usize, QuoteId)>,
}

/// Quotes per speaker across documents, most quoted first.
pub fn tally<'a>(documents: impl Iterator<Item = &'a Annotations>) -> Vec<Tally> {
    let mut tallies: Vec<Tally> = Vec::new();
    for (doc, ann) in documents.enumerate() {
        for q in &ann.quotes {
            let Some(speaker) = q.speaker.and_then(|s| ann.speaker(s)) else {
                continue;
            };
            let names: Vec<String> = std::iter::once(&speaker.name)
                .chain(&speaker.aliases)
                .map(|n| name_key(n))
                .collect();
            match tallies
                .iter_mut()
                .find(|t| names.iter().any(|n| t.names.contains(n)))
            {
                Some(t) => {
                    t.quotes.push((doc, q.id));
                    for n in names {
                        if !t.names.contains(&n) {
                            t.names.push(n);
                        }
                    }
                }
                None => tallies.push(Tally {
                    name: speaker.name.clone(),
                    names,
                    quotes: vec![(doc, q.id)],
                }),
            }
        }
    }
    tallies.sort_by(|a, b| {
        b.quotes
            .len()
            .cmp(&a.quotes.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    tallies
}

impl Stats {
    pub fn of(records: &[Record]) -> Stats {
        let anns = || records.iter().map(|r| &r.annotations);
        Stats {
            documents: records.len(),
            quotes: anns().map(|a| a.quotes.len()).sum(),
            mentions: anns().map(|a| a.mentions.len()).sum(),
            unattributed: anns()
                .map(|a| a.quotes.iter().filter(|q| q.speaker.is_none()).count())
                .sum(),
            quotes_per_speaker: tally(anns())
                .into_iter()
                .map(|t| (t.name, t.quotes.len()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::annotations::{Quote, QuoteKind, Speaker, SpeakerId};

    fn doc(speakers: &[(&str, &[&str])], quotes: &[Option<usize>]) -> Annotations {
        let mut a = Annotations::default();
        for (i, (name, aliases)) in speakers.iter().enumerate() {
            let aliases = aliases.iter().map(|s| s.to_string()).collect();
            a.speakers.push(Speaker {
                id: SpeakerId(i as u32 + 1),
                name: name.to_string(),
                aliases,
                color: 0,
            });
        }
        for (i, s) in quotes.iter().enumerate() {
            let speaker = s.map(|s| SpeakerId(s as u32 + 1));
            a.put_quote(Quote {
                id: QuoteId(100 + i as u32),
                range: i * 10..i * 10 + 5,
                kind: QuoteKind::Direct,
                speaker,
                cue: None,
            });
        }
        a
    }

    #[test]
    fn speakers_merge_across_documents_by_name_and_alias() {
        let one = doc(
            &[("Vladimir Putin", &["Putin"]), ("Tokayev", &[])],
            &[Some(0), Some(1), None],
        );
        let two = doc(
            &[("putin", &[]), ("Kassym-Jomart Tokayev", &["Tokayev"])],
            &[Some(0), Some(0), Some(1)],
        );
        let t = tally([&one, &two].into_iter());
        let got: Vec<(&str, usize)> = t
            .iter()
            .map(|t| (t.name.as_str(), t.quotes.len()))
            .collect();
        assert_eq!(got, vec![("Vladimir Putin", 3), ("Tokayev", 2)]);
        assert_eq!(t[0].quotes[1], (1, QuoteId(100)));
    }
}

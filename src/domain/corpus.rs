//! A corpus: many documents, each with its annotations. This is what the
//! dataset formats read and write, what the workspace holds, and what the
//! command-line companion converts.

use super::annotations::Annotations;
use super::document::Document;

/// One document of a corpus with its annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub document: Document,
    pub annotations: Annotations,
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

impl Stats {
    pub fn of(records: &[Record]) -> Stats {
        let mut stats = Stats {
            documents: records.len(),
            ..Stats::default()
        };
        // Canonical name of each merged speaker, and every name that maps to it.
        let mut canonical: Vec<(String, Vec<String>, usize)> = Vec::new();
        for r in records {
            let ann = &r.annotations;
            stats.quotes += ann.quotes.len();
            stats.mentions += ann.mentions.len();
            for q in &ann.quotes {
                let Some(speaker) = q.speaker.and_then(|s| ann.speaker(s)) else {
                    stats.unattributed += 1;
                    continue;
                };
                let names: Vec<String> = std::iter::once(&speaker.name)
                    .chain(&speaker.aliases)
                    .map(|n| n.trim().to_lowercase())
                    .collect();
                match canonical
                    .iter_mut()
                    .find(|(_, known, _)| names.iter().any(|n| known.contains(n)))
                {
                    Some((_, known, count)) => {
                        *count += 1;
                        for n in names {
                            if !known.contains(&n) {
                                known.push(n);
                            }
                        }
                    }
                    None => canonical.push((speaker.name.clone(), names, 1)),
                }
            }
        }
        canonical.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        stats.quotes_per_speaker = canonical.into_iter().map(|(n, _, c)| (n, c)).collect();
        stats
    }
}

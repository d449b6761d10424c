//! Quote-attribution suggestion engine: finds direct/mixed/indirect quotes in a news article and suggests speakers.
//!
//! Entry point: [`suggest`]. All ranges are byte offsets into the input text, on char boundaries.

mod attribution;
use super::fast_hash;
mod first_names;
mod interview;
mod lexicon;
mod np;
#[cfg(test)]
mod pathological_tests;
mod quotes;
mod speakers;
#[cfg(test)]
mod tests;
mod text;

use std::ops::Range;

/// Everything the engine suggests for one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Suggestions {
    pub speakers: Vec<SuggestedSpeaker>,
    pub mentions: Vec<SuggestedMention>,
    /// In reading order.
    pub quotes: Vec<SuggestedQuote>,
}

/// A speaker: canonical name (titles stripped) and other surface forms.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedSpeaker {
    pub name: String,
    pub aliases: Vec<String>,
}

/// A span naming (or pronominally referring to) a speaker as the source of a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedMention {
    /// Byte offsets into the text.
    pub range: Range<usize>,
    /// Index into [`Suggestions::speakers`].
    pub speaker: usize,
    pub rule: &'static str,
    pub confidence: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

/// A quote span (including its quotation marks for direct quotes).
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedQuote {
    /// Byte offsets into the text.
    pub range: Range<usize>,
    pub kind: QuoteKind,
    /// Index into [`Suggestions::speakers`].
    pub speaker: Option<usize>,
    /// The cue word(s) ("said", "according to"), byte offsets.
    pub cue: Option<Range<usize>>,
    pub rule: &'static str,
    pub confidence: f32,
}

/// Suggests quotes, speakers and mentions for an article (first line = headline, paragraphs split by blank lines).
pub fn suggest(text: &str) -> Suggestions {
    let paras = text::paragraphs(text);
    let mut raws = Vec::new();
    let mut tokens = text::Tokens::with_capacity(text.len(), paras.len());
    let mut spans = Vec::new();
    let mut words = text::Text::new(text);
    let interview = interview::read(text, &paras);
    for (p, answer) in paras.iter().zip(&interview.answers) {
        // An interview's answer is one quote, whatever marks it holds.
        let found = match answer {
            Some(r) => vec![quotes::RawQuote {
                start: r.start,
                end: r.end,
                closed: true,
            }],
            None => quotes::scan_paragraph(&text[p.start..p.end], p.start),
        };
        spans.clear();
        spans.extend(
            found
                .iter()
                .enumerate()
                .map(|(i, q)| (q.start, q.end, raws.len() + i)),
        );
        text::tokenize(&mut words, *p, &spans, &mut tokens);
        raws.extend(found);
    }
    attribution::run(&words, &paras, &raws, &tokens, &interview)
}

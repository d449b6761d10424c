//! What the article view draws, derived from the session: for each block,
//! its highlight marks; for each text segment, the marks covering it. Pure
//! functions of the core's state, so that they are tested natively and the
//! components only render.

use std::ops::Range;
use std::rc::Rc;

use crate::domain::annotations::{QuoteKind, SpanRef, SpeakerId};
use crate::domain::document::BlockKind;
use crate::domain::review::{CandidateKind, Candidates};
use crate::domain::session::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Quote {
        kind: QuoteKind,
        color: Option<u8>,
    },
    Mention {
        color: u8,
    },
    /// The cue of a quote; clicking it activates the quote.
    Cue,
    /// A suggestion awaiting a decision.
    Suggested {
        quote: bool,
    },
}

/// What a click on a mark makes active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Span(SpanRef),
    /// Index into the document's candidates.
    Suggestion(usize),
}

/// A span's or suggestion's label in `data-spans` (q12, m3, g7).
pub fn label(target: Target) -> String {
    match target {
        Target::Span(SpanRef::Quote(id)) => id.label(),
        Target::Span(SpanRef::Mention(id)) => id.label(),
        Target::Suggestion(i) => format!("g{i}"),
    }
}

/// One highlight inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub span: Target,
    pub range: Range<usize>,
    pub look: Look,
    pub active: bool,
    /// Outlined as belonging to the active span's speaker: their mentions
    /// when a quote or mention is active, their quotes when a mention is.
    pub related: bool,
    /// The speaker of a quote or mention: their number (1-based, as the
    /// digit keys count) and name.
    pub who: Option<(usize, Rc<str>)>,
}

/// A block and its marks: what the article draws of one paragraph. Equal
/// values mean the paragraph need not be rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockView {
    pub index: usize,
    pub kind: BlockKind,
    pub range: Range<usize>,
    pub marks: Rc<[Mark]>,
}

/// Suggestions to draw: the candidates and which of them are pending.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub candidates: &'a Candidates,
    pub pending: &'a [usize],
}

/// Every block's view, in one pass over the spans.
pub fn block_views(
    session: &Session,
    active: Option<Target>,
    suggestions: Option<Shown>,
) -> Vec<BlockView> {
    block_views_reusing(session, active, suggestions, &[])
}

/// Every block's view, reusing `previous` views whose marks did not
/// change: an edit allocates only the blocks it touches, and the article's
/// components compare the rest by pointer.
pub fn block_views_reusing(
    session: &Session,
    active: Option<Target>,
    suggestions: Option<Shown>,
    previous: &[BlockView],
) -> Vec<BlockView> {
    let ann = &session.annotations;
    // Looked up once per span: a linear search made every derive cost
    // quotes × speakers.
    let speakers: std::collections::HashMap<_, (u8, usize, Rc<str>)> = ann
        .speakers
        .iter()
        .enumerate()
        .map(|(n, s)| (s.id, (s.color, n + 1, Rc::from(s.name.as_str()))))
        .collect();
    let who = |id: SpeakerId| speakers.get(&id).map(|(_, n, name)| (*n, name.clone()));
    // Whose spans the active one relates to, and whether it is a mention.
    let active_speaker = match active {
        Some(Target::Span(SpanRef::Quote(id))) => {
            ann.quote(id).and_then(|q| q.speaker).map(|s| (s, false))
        }
        Some(Target::Span(SpanRef::Mention(id))) => ann.mention(id).map(|m| (m.speaker, true)),
        _ => None,
    };
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); session.blocks.len()];
    let mut add = |mark: Mark| {
        if let Some(i) = session.block_at(mark.range.start) {
            marks[i].push(mark);
        }
    };
    for q in &ann.quotes {
        let span = Target::Span(SpanRef::Quote(q.id));
        let color = q.speaker.and_then(|s| speakers.get(&s).map(|(c, _, _)| *c));
        let active = active == Some(span);
        let related = !active && matches!(active_speaker, Some((s, true)) if q.speaker == Some(s));
        add(Mark {
            span,
            range: q.range.clone(),
            look: Look::Quote {
                kind: q.kind,
                color,
            },
            active,
            related,
            who: q.speaker.and_then(who),
        });
        if let Some(cue) = &q.cue {
            add(Mark {
                span,
                range: cue.clone(),
                look: Look::Cue,
                active,
                related,
                who: None,
            });
        }
    }
    for m in &ann.mentions {
        let span = Target::Span(SpanRef::Mention(m.id));
        let color = speakers.get(&m.speaker).map_or(0, |(c, _, _)| *c);
        let active = active == Some(span);
        add(Mark {
            span,
            range: m.range.clone(),
            look: Look::Mention { color },
            active,
            related: !active && matches!(active_speaker, Some((s, _)) if s == m.speaker),
            who: who(m.speaker),
        });
    }
    if let Some(Shown {
        candidates: c,
        pending,
    }) = suggestions
    {
        for &i in pending {
            let span = Target::Suggestion(i);
            let quote = matches!(c.items[i].kind, CandidateKind::Quote { .. });
            add(Mark {
                span,
                range: c.items[i].range.clone(),
                look: Look::Suggested { quote },
                active: active == Some(span),
                related: false,
                who: None,
            });
        }
    }
    session
        .blocks
        .iter()
        .zip(marks)
        .enumerate()
        .map(|(index, (b, marks))| match previous.get(index) {
            Some(was)
                if was.index == index
                    && was.kind == b.kind
                    && was.range == b.range
                    && *was.marks == marks[..] =>
            {
                was.clone()
            }
            _ => BlockView {
                index,
                kind: b.kind,
                range: b.range.clone(),
                marks: marks.into(),
            },
        })
        .collect()
}

/// A run of text covered by the same marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    /// Indexes into the block's marks, shortest mark first: a click picks
    /// the innermost span, so nested spans stay clickable.
    pub marks: Vec<usize>,
}

/// Cuts a block into segments at every mark boundary, in one sweep: marks
/// enter the covering set in order of start and leave it once they end,
/// so a paragraph with 100,000 marks costs O(n log n + n × depth), not
/// the O(segments × marks) of testing every mark against every segment.
pub fn segments(range: Range<usize>, marks: &[Mark]) -> Vec<Segment> {
    let clamp = |x: usize| x.clamp(range.start, range.end);
    let mut by_start: Vec<usize> = (0..marks.len()).collect();
    by_start.sort_by_key(|&i| clamp(marks[i].range.start));
    let mut next = 0;
    let mut open: Vec<usize> = Vec::new();
    cuts(&range, marks)
        .windows(2)
        .map(|w| {
            while next < by_start.len() && clamp(marks[by_start[next]].range.start) <= w[0] {
                open.push(by_start[next]);
                next += 1;
            }
            open.retain(|&i| clamp(marks[i].range.end) > w[0]);
            let covering = open
                .iter()
                .copied()
                .filter(|&i| w[1] <= clamp(marks[i].range.end))
                .collect();
            segment(w[0]..w[1], marks, covering)
        })
        .collect()
}

/// Every mark boundary inside the block, and the block's own ends.
fn cuts(range: &Range<usize>, marks: &[Mark]) -> Vec<usize> {
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    for m in marks {
        cuts.push(m.range.start.clamp(range.start, range.end));
        cuts.push(m.range.end.clamp(range.start, range.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// A segment with its covering marks, innermost (shortest) first, a
/// mention before a quote of the same length.
fn segment(range: Range<usize>, marks: &[Mark], mut covering: Vec<usize>) -> Segment {
    covering.sort_by_key(|&i| {
        (
            marks[i].range.len(),
            !matches!(marks[i].look, Look::Mention { .. }),
            i,
        )
    });
    Segment {
        range,
        marks: covering,
    }
}

/// The CSS classes of a segment.
pub fn segment_classes(marks: &[Mark], covering: &[usize]) -> String {
    let mut classes: Vec<String> = Vec::new();
    let quotes: Vec<&Mark> = covering
        .iter()
        .map(|&i| &marks[i])
        .filter(|m| matches!(m.look, Look::Quote { .. }))
        .collect();
    if let Some(Mark {
        look: Look::Quote { kind, color },
        ..
    }) = quotes.first()
    {
        classes.push("hl-quote".into());
        classes.push(match color {
            Some(c) => format!("qc-{c}"),
            None => "q-unattributed".into(),
        });
        if *kind != QuoteKind::Direct {
            classes.push(format!("k-{}", kind.as_str()));
        }
        if quotes.len() > 1 {
            classes.push("q-nested".into());
        }
    }
    for &i in covering {
        match marks[i].look {
            Look::Mention { color } => {
                classes.push("hl-mention".into());
                classes.push(format!("mc-{color}"));
            }
            Look::Cue => classes.push("hl-cue".into()),
            Look::Suggested { quote: true } => classes.push("sg-quote".into()),
            Look::Suggested { quote: false } => classes.push("sg-mention".into()),
            Look::Quote { .. } => {}
        }
    }
    if covering.iter().any(|&i| marks[i].active) {
        classes.push("active".into());
    } else if covering.iter().any(|&i| marks[i].related) {
        classes.push("related".into());
    }
    classes.dedup();
    classes.join(" ")
}

/// The badge drawn where a quote starts: its speaker's number, or "?" for
/// an unattributed quote. Colour is never the only sign of who said it.
pub fn segment_badge(marks: &[Mark], covering: &[usize], start: usize) -> Option<String> {
    covering
        .iter()
        .rev()
        .map(|&i| &marks[i])
        .find(|m| matches!(m.look, Look::Quote { .. }) && m.range.start == start)
        .map(|m| {
            m.who
                .as_ref()
                .map_or("?".to_owned(), |(n, _)| n.to_string())
        })
}

/// What a segment is, in words, for assistive technology and as a
/// tooltip: "quote, direct, said by Vladimir Putin (speaker 2); cue".
pub fn segment_title(marks: &[Mark], covering: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for &i in covering {
        let m = &marks[i];
        let part = match (&m.look, &m.who) {
            (Look::Quote { kind, .. }, Some((n, name))) => {
                format!("quote, {}, said by {name} (speaker {n})", kind.as_str())
            }
            (Look::Quote { kind, .. }, None) => format!("quote, {}, not attributed", kind.as_str()),
            (Look::Mention { .. }, Some((n, name))) => {
                format!("speaker mention: {name} (speaker {n})")
            }
            (Look::Mention { .. }, None) => "speaker mention".to_owned(),
            (Look::Cue, _) => "cue".to_owned(),
            (Look::Suggested { quote: true }, _) => "suggested quote".to_owned(),
            (Look::Suggested { quote: false }, _) => "suggested speaker mention".to_owned(),
        };
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.join("; ")
}

/// Segments per run: a paragraph with thousands of highlights is drawn in
/// runs, each in its own element, so that an edit inside it rewrites one
/// run, and Chromium's cost of inserting a child, which grows with the
/// parent's children (`dir="auto"` among the causes), stays small: a
/// paragraph of 100,000 highlights took minutes as one flat list.
pub const RUN: usize = 256;

/// One segment as drawn: its byte range, classes and span labels.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentView {
    pub range: Range<usize>,
    pub classes: String,
    pub labels: String,
    /// The speaker's number where a quote starts ("?" when unattributed).
    pub badge: Option<String>,
    /// The segment's spans in words, for assistive technology.
    pub title: String,
}

/// A block's segments as drawn.
pub fn segment_views(block: &BlockView) -> Vec<SegmentView> {
    let marks = &block.marks;
    segments(block.range.clone(), marks)
        .into_iter()
        .map(|s| SegmentView {
            classes: segment_classes(marks, &s.marks),
            labels: span_labels(marks, &s.marks),
            badge: segment_badge(marks, &s.marks, s.range.start),
            title: segment_title(marks, &s.marks),
            range: s.range,
        })
        .collect()
}

/// A block's element as HTML, up to its content: the headline, or a
/// paragraph with the height it takes until it is first laid out
/// (`content-visibility`): about 80 bytes a line, so that scrolling
/// through a long article barely moves the text.
pub fn block_open_tag(block: &BlockView) -> String {
    match block.kind {
        BlockKind::Headline => {
            r#"<h1 class="headline" data-testid="headline" dir="auto">"#.to_owned()
        }
        BlockKind::Paragraph => format!(
            r#"<p class="paragraph" data-testid="paragraph" dir="auto" style="contain-intrinsic-block-size:auto {:.1}em">"#,
            block_lines(block) as f32 * 1.7
        ),
    }
}

/// Closes what `block_open_tag` opened.
pub fn block_close_tag(block: &BlockView) -> &'static str {
    match block.kind {
        BlockKind::Headline => "</h1>",
        BlockKind::Paragraph => "</p>",
    }
}

/// The lines a block takes, about: for the height of what is not drawn yet.
pub fn block_lines(block: &BlockView) -> usize {
    block.range.len().div_ceil(80).max(1)
}

/// A block's content as HTML, in runs of `RUN` segments, each in a
/// `<span class="run">` when there are several; None when the text holds
/// a NUL, which only nodes built one by one can carry.
pub fn block_runs(text: &str, segments: &[SegmentView]) -> Option<Vec<String>> {
    let wrap = segments.len() > RUN;
    segments
        .chunks(RUN.max(1))
        .map(|run| {
            let mut raw = String::new();
            if wrap {
                raw.push_str(r#"<span class="run">"#);
            }
            for s in run {
                let look = (!s.labels.is_empty()).then_some((
                    s.classes.as_str(),
                    s.title.as_str(),
                    s.badge.as_deref(),
                    s.labels.as_str(),
                ));
                segment_html(&mut raw, text, &s.range, look)?;
            }
            if wrap {
                raw.push_str("</span>");
            }
            Some(raw)
        })
        .collect()
}

/// One drawn segment as the article's HTML: a `<span>` with its byte range
/// for plain text, a `<mark>` with classes, title, badge and span labels for
/// a highlight, its text escaped. Written as text because the browser's
/// parser builds a paragraph's nodes far faster than one call per node.
/// None when the text holds a NUL, which HTML cannot carry as is.
pub fn segment_html(
    out: &mut String,
    text: &str,
    range: &Range<usize>,
    look: Option<(&str, &str, Option<&str>, &str)>,
) -> Option<()> {
    let content = &text[range.clone()];
    if content.contains('\0') {
        return None;
    }
    let (start, end) = (range.start, range.end);
    match look {
        None => {
            out.push_str(&format!("<span data-start=\"{start}\" data-end=\"{end}\">"));
            escape_html(out, content);
            out.push_str("</span>");
        }
        Some((classes, title, badge, labels)) => {
            out.push_str("<mark class=\"");
            escape_html(out, classes);
            out.push_str("\" title=\"");
            escape_html(out, title);
            out.push('"');
            if let Some(badge) = badge {
                out.push_str(" data-badge=\"");
                escape_html(out, badge);
                out.push('"');
            }
            out.push_str(&format!(
                " data-start=\"{start}\" data-end=\"{end}\" data-spans=\""
            ));
            escape_html(out, labels);
            out.push_str("\">");
            escape_html(out, content);
            out.push_str("</mark>");
        }
    }
    Some(())
}

/// Escapes text for HTML content and double-quoted attributes.
fn escape_html(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The `data-spans` attribute: labels, innermost first.
pub fn span_labels(marks: &[Mark], covering: &[usize]) -> String {
    let mut labels: Vec<String> = Vec::new();
    for &i in covering {
        let l = label(marks[i].span);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    labels.join(" ")
}

/// Reads a label of `data-spans` back.
pub fn parse_label(l: &str) -> Option<Target> {
    use crate::domain::annotations::{MentionId, QuoteId};
    if let Some(i) = l.strip_prefix('g') {
        return i.parse().ok().map(Target::Suggestion);
    }
    QuoteId::parse(l)
        .map(SpanRef::Quote)
        .or_else(|| MentionId::parse(l).map(SpanRef::Mention))
        .map(Target::Span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::annotations::QuoteId;
    use proptest::prelude::*;

    fn mark(i: u32, range: Range<usize>, mention: bool) -> Mark {
        Mark {
            span: Target::Span(SpanRef::Quote(QuoteId(i))),
            range,
            look: if mention {
                Look::Mention { color: 0 }
            } else {
                Look::Quote {
                    kind: QuoteKind::Direct,
                    color: None,
                }
            },
            active: false,
            related: false,
            who: None,
        }
    }

    /// The definition the sweep must agree with: every mark tested
    /// against every segment.
    fn naive(range: Range<usize>, marks: &[Mark]) -> Vec<Segment> {
        cuts(&range, marks)
            .windows(2)
            .map(|w| {
                let covering = (0..marks.len())
                    .filter(|&i| marks[i].range.start <= w[0] && w[1] <= marks[i].range.end)
                    .collect();
                segment(w[0]..w[1], marks, covering)
            })
            .collect()
    }

    proptest! {
        #[test]
        fn the_sweep_agrees_with_testing_every_mark(
            spans in proptest::collection::vec((0usize..60, 1usize..20, any::<bool>()), 0..40)
        ) {
            let marks: Vec<Mark> = spans
                .iter()
                .enumerate()
                .map(|(i, &(s, len, mention))| mark(i as u32, 10 + s..(10 + s + len).min(80), mention))
                .collect();
            prop_assert_eq!(segments(10..80, &marks), naive(10..80, &marks));
        }
    }

    /// A session where Jane Roe is quoted and mentioned twice, and a second
    /// quote has no speaker.
    fn attributed() -> (Session, crate::domain::annotations::QuoteId) {
        use crate::domain::annotations::Annotations;
        use crate::domain::document::Document;
        use crate::domain::edit::Edit;
        let text =
            "Headline\n\n“We will win,” said Jane Roe. Later Jane Roe left. “No,” a man said.";
        let mut s = Session::new(Document::from_text(text), Annotations::default());
        let at = |s: &Session, needle: &str, nth: usize| {
            let t = &s.document.text;
            let start = t.match_indices(needle).nth(nth).unwrap().0;
            start..start + needle.len()
        };
        let win = at(&s, "We will win", 0);
        let quote = s
            .apply(Edit::AddQuote {
                range: win,
                kind: QuoteKind::Direct,
            })
            .unwrap()
            .focus;
        let Some(SpanRef::Quote(q)) = quote else {
            panic!("no quote")
        };
        let first = at(&s, "Jane Roe", 0);
        s.apply(Edit::AddMention {
            range: first,
            speaker: None,
        })
        .unwrap();
        let second = at(&s, "Jane Roe", 1);
        s.apply(Edit::AddMention {
            range: second,
            speaker: None,
        })
        .unwrap();
        let jane = s.annotations.speakers[0].id;
        s.apply(Edit::Attribute {
            quote: q,
            speaker: Some(jane),
        })
        .unwrap();
        let no = at(&s, "No", 0);
        s.apply(Edit::AddQuote {
            range: no,
            kind: QuoteKind::Direct,
        })
        .unwrap();
        (s, q)
    }

    fn drawn(s: &Session, active: Option<Target>) -> Vec<(String, String, Option<String>, String)> {
        block_views(s, active, None)
            .iter()
            .flat_map(|b| {
                segments(b.range.clone(), &b.marks)
                    .into_iter()
                    .filter(|seg| !seg.marks.is_empty())
                    .map(|seg| {
                        (
                            s.document.text[seg.range.clone()].to_owned(),
                            segment_classes(&b.marks, &seg.marks),
                            segment_badge(&b.marks, &seg.marks, seg.range.start),
                            segment_title(&b.marks, &seg.marks),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn a_quote_shows_its_speaker_by_number_and_in_words_not_by_colour_alone() {
        let (s, _) = attributed();
        let segs = drawn(&s, None);
        let win = segs.iter().find(|x| x.0 == "We will win").unwrap();
        assert_eq!(win.2.as_deref(), Some("1"));
        assert_eq!(win.3, "quote, direct, said by Jane Roe (speaker 1)");
        let no = segs.iter().find(|x| x.0 == "No").unwrap();
        assert_eq!(
            no.2.as_deref(),
            Some("?"),
            "an unattributed quote is marked"
        );
        assert!(no.1.contains("q-unattributed"));
        let mention = segs.iter().find(|x| x.0 == "Jane Roe").unwrap();
        assert_eq!(mention.2, None, "mentions carry no badge");
        assert_eq!(mention.3, "speaker mention: Jane Roe (speaker 1)");
    }

    #[test]
    fn an_active_quote_outlines_its_speakers_mentions_and_a_mention_its_quotes() {
        let (s, q) = attributed();
        let none = drawn(&s, None);
        assert!(none.iter().all(|x| !x.1.contains("related")));
        let with_quote = drawn(&s, Some(Target::Span(SpanRef::Quote(q))));
        let related: Vec<&str> = with_quote
            .iter()
            .filter(|x| x.1.contains("related"))
            .map(|x| x.0.as_str())
            .collect();
        assert_eq!(related, ["Jane Roe", "Jane Roe"]);
        let m = s.annotations.mentions[1].id;
        let with_mention = drawn(&s, Some(Target::Span(SpanRef::Mention(m))));
        let related: Vec<&str> = with_mention
            .iter()
            .filter(|x| x.1.contains("related"))
            .map(|x| x.0.as_str())
            .collect();
        assert_eq!(
            related,
            ["We will win", "Jane Roe"],
            "its quote and the other mention"
        );
    }

    #[test]
    fn segments_are_written_as_escaped_html_and_a_nul_is_refused() {
        let text = "a <b> & \"c\" 👩‍👩‍👧\nd\0";
        let mut out = String::new();
        segment_html(&mut out, text, &(0..2), None).unwrap();
        segment_html(
            &mut out,
            text,
            &(2..5),
            Some((
                "hl-quote qc-1",
                "quote, direct, said by A \"B\" <C>",
                Some("1"),
                "q1 m2",
            )),
        )
        .unwrap();
        let emoji = text.find('👩').unwrap();
        segment_html(&mut out, text, &(emoji..text.len() - 1), None).unwrap();
        assert_eq!(
            out,
            format!(
                "<span data-start=\"0\" data-end=\"2\">a </span>\
                 <mark class=\"hl-quote qc-1\" title=\"quote, direct, said by A &quot;B&quot; &lt;C&gt;\" data-badge=\"1\" data-start=\"2\" data-end=\"5\" data-spans=\"q1 m2\">&lt;b&gt;</mark>\
                 <span data-start=\"{emoji}\" data-end=\"{}\">👩‍👩‍👧\nd</span>",
                text.len() - 1
            )
        );
        assert_eq!(segment_html(&mut out, text, &(0..text.len()), None), None);
    }

    #[test]
    fn after_an_edit_only_the_touched_block_gets_new_marks() {
        use crate::domain::annotations::Annotations;
        use crate::domain::document::Document;
        use crate::domain::edit::Edit;
        let text = "Head\n\n“One,” said Ana.\n\n“Two,” said Bo.\n\n“Three,” said Cy.";
        let mut s = Session::new(Document::from_text(text), Annotations::default());
        let before = block_views(&s, None, None);
        let at = s.document.text.find("Two").unwrap();
        s.apply(Edit::AddQuote {
            range: at..at + 3,
            kind: QuoteKind::Direct,
        })
        .unwrap();
        let after = block_views_reusing(&s, None, None, &before);
        let renewed: Vec<usize> = after
            .iter()
            .zip(&before)
            .filter(|(a, b)| !Rc::ptr_eq(&a.marks, &b.marks))
            .map(|(a, _)| a.index)
            .collect();
        assert_eq!(renewed, [2], "only the paragraph with the new quote");
        assert_eq!(
            after,
            block_views(&s, None, None),
            "the same views as from scratch"
        );
    }

    #[test]
    fn a_hundred_thousand_marks_in_one_block_are_cut_in_one_pass() {
        let n = 100_000;
        let marks: Vec<Mark> = (0..n)
            .map(|i| mark(i as u32, 3 * i..3 * i + 2, i % 2 == 0))
            .collect();
        let segs = segments(0..3 * n, &marks);
        assert_eq!(segs.len(), 2 * n);
        assert!(segs.iter().step_by(2).all(|s| s.marks.len() == 1));
    }

    #[test]
    fn a_block_is_written_whole_in_runs_of_segments_and_a_nul_needs_nodes() {
        let text = "x".repeat(3 * (RUN + 10));
        let marks: Vec<Mark> = (0..RUN + 10)
            .map(|i| mark(i as u32, 3 * i..3 * i + 2, false))
            .collect();
        let block = BlockView {
            index: 1,
            kind: BlockKind::Paragraph,
            range: 0..text.len(),
            marks: marks.into(),
        };
        assert_eq!(
            block_open_tag(&block),
            r#"<p class="paragraph" data-testid="paragraph" dir="auto" style="contain-intrinsic-block-size:auto 17.0em">"#,
            "798 bytes: 10 lines of 80"
        );
        let segs = segment_views(&block);
        assert_eq!(segs.len(), 2 * (RUN + 10));
        let runs = block_runs(&text, &segs).unwrap();
        assert_eq!(runs.len(), 3, "{} segments in runs of {RUN}", segs.len());
        assert!(runs
            .iter()
            .all(|r| r.starts_with(r#"<span class="run">"#) && r.ends_with("</span>")));
        assert_eq!(runs.concat().matches("<mark ").count(), RUN + 10);
        let short = BlockView {
            range: 0..6,
            ..block.clone()
        };
        let one = block_runs(&text, &segment_views(&short)).unwrap();
        assert_eq!(one.len(), 1);
        assert!(
            one[0].starts_with("<mark "),
            "a single run is not wrapped: {}",
            one[0]
        );
        let nul = "ab\0cd";
        let plain = BlockView {
            range: 0..nul.len(),
            marks: Rc::from([]),
            ..block
        };
        assert_eq!(block_runs(nul, &segment_views(&plain)), None);
    }
}

//! Printed interviews: which paragraphs are the interviewer's questions
//! ("Q: …") and which carry the answers ("A: …", and the paragraphs that
//! carry an answer on until the next question), and transcripts whose
//! turns are labelled with names ("The Courier: …?" then "Leaupepe: …").
//! An answer is the interviewee's words although it has no quotation
//! marks.

use std::ops::Range;

use super::fast_hash::FastMap;
use super::text::Para;

/// What a paragraph's label says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Question,
    Answer,
}

/// A paragraph's question or answer label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Labelled {
    pub label: Label,
    /// The bytes the label and the space after it take.
    pub len: usize,
    /// The mark after the word (':' or '.'): an interview writes all its
    /// labels alike, so "A. J. Brooks said" after "Q:" is no answer.
    mark: char,
}

/// What a text's printed interview is, read once for the engine: each
/// paragraph's label, the answer each carries, and whether the text says
/// it is an interview.
pub(super) struct Reading {
    pub labels: Vec<Option<Labelled>>,
    /// Unlabelled questions ([`bare_questions`]): two at least, when the
    /// headline or the paragraphs just before the first say it is an
    /// interview.
    bare_questions: Vec<bool>,
    pub answers: Vec<Option<Range<usize>>>,
    /// Whether the text before its first question says it is an interview
    /// ([`says_interview`]); false with no question.
    pub says_interview: bool,
}

impl Reading {
    /// Whether paragraph `p` is an interviewer's question.
    pub fn is_question(&self, p: usize) -> bool {
        self.labels[p].is_some_and(|l| l.label == Label::Question) || self.bare_questions[p]
    }
}

/// The paragraphs that are an interviewer's questions printed without a
/// label ("Fares go up in March. Is that fair?" then "‘It's the cap set
/// for us …’"): no quotation marks, ending in a question mark, and
/// answered by a paragraph that opens with a quotation mark; two of them
/// at least, in a text that says it is an interview near the first.
fn bare_questions(text: &str, paras: &[Para], labels: &[Option<Labelled>]) -> Vec<bool> {
    let opens_quoted = |p: &Para| text[p.start..p.end].starts_with(['“', '‘', '"', '«']);
    let mut out: Vec<bool> = (0..paras.len())
        .map(|i| {
            let para = &text[paras[i].start..paras[i].end];
            i > 0
                && labels[i].is_none()
                && para.trim_end().ends_with('?')
                && paras.get(i + 1).is_some_and(opens_quoted)
                && !para.contains(['“', '”', '‘', '"', '«'])
        })
        .collect();
    // Said in the headline or just before the first question: a passing
    // "in an interview" far above makes no later question an interviewer's
    // (and a 1 MB text is not searched from its start).
    // Two questions at least: one is as likely a reporter's own ("Who
    // started it?") in a story whose headline says "interview".
    let asked = out.iter().filter(|&&q| q).count() >= 2;
    let says = asked
        && out.iter().position(|&q| q).is_some_and(|q| {
            let near = paras[q.saturating_sub(3).max(1)].start..paras[q].start;
            says_interview(&text[paras[0].start..paras[0].end]) || says_interview(&text[near])
        });
    if !says {
        out.fill(false);
    }
    out
}

/// The label opening a paragraph ("Q:", "Q.", "Question:", "A:", "A.",
/// "Answer:").
fn labelled(para: &str) -> Option<Labelled> {
    const LABELS: [(&str, Label); 4] = [
        ("Question", Label::Question),
        ("Answer", Label::Answer),
        ("Q", Label::Question),
        ("A", Label::Answer),
    ];
    LABELS.iter().find_map(|&(word, label)| {
        let rest = para.strip_prefix(word)?;
        let mark = rest.chars().next().filter(|&c| c == ':' || c == '.')?;
        let after = &rest[1..];
        let words = after.trim_start();
        // A space, then the question or answer ("A.J. Styles" is neither).
        (words.len() < after.len() && !words.is_empty()).then(|| Labelled {
            label,
            len: para.len() - words.len(),
            mark,
        })
    })
}

/// A transcript's speaker label ("Leaupepe: …", "The Courier: …"): one
/// to four capitalised words before ": ", with the bytes it and the space
/// after it take.
fn speaker_label(para: &str) -> Option<(&str, usize)> {
    // A label is short: only the paragraph's first bytes are searched.
    let head = &para.as_bytes()[..para.len().min(48)];
    let colon = head.windows(2).position(|w| w == b": ")?;
    let (label, rest) = (&para[..colon], &para[colon + 2..]);
    let words = label.split(' ');
    let named = label.len() <= 40
        && (1..=4).contains(&words.clone().count())
        && words.into_iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        });
    let body = rest.trim_start();
    (named && !body.is_empty()).then(|| (label, para.len() - body.len()))
}

/// A transcript's answers: where one speaker label asks only questions
/// (each of its turns ends in "?") and another answers, at least twice
/// each, the answering turns without quotation marks of their own.
fn transcript_answers(
    text: &str,
    paras: &[Para],
    qa_labels: &[Option<Labelled>],
    out: &mut [Option<Range<usize>>],
) {
    let labels: Vec<Option<(&str, usize)>> = paras
        .iter()
        .zip(qa_labels)
        .map(|(p, qa)| {
            qa.is_none()
                .then(|| speaker_label(&text[p.start..p.end]))
                .flatten()
        })
        .collect();
    // Label → (turns, turns that end in a question mark).
    let mut turns: FastMap<&str, (usize, usize)> = FastMap::default();
    for (p, l) in paras.iter().zip(&labels) {
        let Some((name, _)) = l else { continue };
        let asks = text[p.start..p.end]
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with('?');
        let t = turns.entry(name).or_default();
        t.0 += 1;
        t.1 += usize::from(asks);
    }
    let interviewer = |name: &str| {
        turns
            .get(name)
            .is_some_and(|&(n, asks)| n >= 2 && asks == n)
    };
    if !turns.keys().any(|name| interviewer(name)) {
        return;
    }
    for (i, (p, l)) in paras.iter().zip(&labels).enumerate() {
        let Some((name, n)) = l else { continue };
        let answers = turns.get(name).is_some_and(|&(n, _)| n >= 2) && !interviewer(name);
        let quoted = text[p.start + n..].starts_with(['“', '"', '‘', '\'', '«']);
        if answers && !quoted && out[i].is_none() {
            out[i] = Some(p.start + n..p.end);
        }
    }
}

/// Whether the text before an interview's first question says it is one
/// ("spoke to", "sat down with", "Q&A", "Excerpts" …): a newspaper's
/// "Q: When do the changes start? A: On 1 April." explainer is no one's
/// words.
fn says_interview(before_first_question: &str) -> bool {
    const WORDING: [&str; 8] = [
        "spoke to",
        "spoke with",
        "talked to",
        "talked with",
        "sat down with",
        "interview",
        "q&a",
        "excerpts",
    ];
    let bytes = before_first_question.as_bytes();
    WORDING.iter().any(|w| {
        bytes
            .windows(w.len())
            .any(|window| window.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Reads a text's paragraphs for a printed interview. The answer each
/// carries, if any: an "A:" paragraph after a question (without its
/// label), and each unlabelled paragraph between an answer and the next
/// question (whole), once the text has said it is an interview; and a
/// transcript's answering turns. Paragraphs after the last answer are not
/// counted: the interview may have ended.
pub(super) fn read(text: &str, paras: &[Para]) -> Reading {
    let labels: Vec<Option<Labelled>> = paras
        .iter()
        .map(|p| labelled(&text[p.start..p.end]))
        .collect();
    let says = labels
        .iter()
        .zip(paras)
        .find(|(l, _)| l.is_some_and(|l| l.label == Label::Question))
        .is_some_and(|(_, p)| says_interview(&text[..p.start]));
    let mut out = vec![None; paras.len()];
    // The mark the questions' labels use, once one was asked.
    let mut asked: Option<char> = None;
    let mut answering = false;
    let mut pending: Vec<usize> = Vec::new();
    for (i, (p, l)) in paras.iter().zip(&labels).enumerate() {
        match l {
            Some(Labelled {
                label: Label::Question,
                mark,
                ..
            }) => {
                // An explainer's questions are the paper's own: no answers.
                if !says {
                    break;
                }
                for k in pending.drain(..) {
                    out[k] = Some(paras[k].start..paras[k].end);
                }
                asked = Some(*mark);
                answering = false;
            }
            Some(Labelled {
                label: Label::Answer,
                len,
                mark,
            }) if asked == Some(*mark) => {
                for k in pending.drain(..) {
                    out[k] = Some(paras[k].start..paras[k].end);
                }
                out[i] = Some(p.start + len..p.end);
                answering = true;
            }
            _ if answering => pending.push(i),
            _ => {}
        }
    }
    transcript_answers(text, paras, &labels, &mut out);
    let bare_questions = bare_questions(text, paras, &labels);
    let says_bare = bare_questions.contains(&true);
    Reading {
        labels,
        bare_questions,
        answers: out,
        says_interview: says || says_bare,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label and its length, as the tests write them.
    fn label(para: &str) -> Option<(Label, usize)> {
        labelled(para).map(|l| (l.label, l.len))
    }

    fn paras(text: &str) -> Vec<Para> {
        super::super::text::paragraphs(text)
    }

    fn answered(text: &str) -> Vec<&str> {
        let ps = paras(text);
        read(text, &ps)
            .answers
            .into_iter()
            .flatten()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn labels() {
        assert_eq!(label("Q: Why now?"), Some((Label::Question, 3)));
        assert_eq!(label("Q. Why now?"), Some((Label::Question, 3)));
        assert_eq!(label("Question: Why now?"), Some((Label::Question, 10)));
        assert_eq!(label("A: Because."), Some((Label::Answer, 3)));
        assert_eq!(label("Answer:  Because."), Some((Label::Answer, 9)));
        for not in [
            "A.J. Styles won.",
            "Q&A: a nurse",
            "Questions have been condensed.",
            "A:",
            "Alice: hi",
        ] {
            assert_eq!(label(not), None, "{not}");
        }
    }

    #[test]
    fn answers_and_their_continuations_until_the_next_question() {
        let text = "Q&A: a nurse retires\n\nShe started in 1985.\n\nA. Smith said so.\n\nQ: What do you remember?\n\nA: I fainted.\n\nThe paperwork changed too.\n\nQ: What will you miss?\n\nA: Night shifts.\n\nShe retires on Friday.";
        assert_eq!(
            answered(text),
            ["I fainted.", "The paperwork changed too.", "Night shifts."]
        );
    }

    #[test]
    fn a_transcripts_answering_turns() {
        let text = "The new chief\n\nThe Courier sat down with Tavita Leaupepe.\n\nThe Courier: What has surprised you?\n\nLeaupepe: How many people talk about speeding.\n\nThe Courier: Are response times improving?\n\nLeaupepe: Slowly.\n\nLeaupepe: “Already quoted.”";
        assert_eq!(
            answered(text),
            ["How many people talk about speeding.", "Slowly."]
        );
        // Labels that ask nothing are no interview.
        let notes = "Storm\n\nUpdate: the road is shut.\n\nUpdate: it has reopened.\n\nPhoto: the bridge.\n\nPhoto: the river.";
        assert!(answered(notes).is_empty());
    }

    #[test]
    fn initials_are_no_answer_after_colon_questions() {
        let text =
            "Cup Q&A\n\nQ: Who will start?\n\nA: Brooks, probably.\n\nA. J. Brooks said: “I am ready.”";
        assert_eq!(answered(text), ["Brooks, probably."]);
    }

    #[test]
    fn an_explainers_answers_are_no_quotes() {
        let text = "Bins\n\nThe council changes collections.\n\nQ: When?\n\nA: On 1 April.";
        assert!(answered(text).is_empty());
    }

    #[test]
    fn no_question_no_answer() {
        assert!(answered("Title\n\nA: not an interview.\n\nMore text.").is_empty());
    }
}

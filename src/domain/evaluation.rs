//! Evaluation of engine suggestions against gold annotations (article-annotator JSONL, version 1).

use crate::domain::suggest::{QuoteKind, Suggestions};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct GoldSpeaker {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldMention {
    pub speaker: String,
    /// Code-point offsets.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    /// Code-point offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub speakers: Vec<GoldSpeaker>,
    pub mentions: Vec<GoldMention>,
    pub quotes: Vec<GoldQuote>,
}

fn s(v: &Value, k: &str) -> String {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn n(v: &Value, k: &str) -> Result<usize, String> {
    v.get(k)
        .and_then(Value::as_u64)
        .map(|x| x as usize)
        .ok_or_else(|| format!("missing number {k}"))
}

/// Parses one native-format document.
pub fn parse_doc(v: &Value) -> Result<GoldDoc, String> {
    let doc = v.get("document").ok_or("missing document")?;
    let arr = |k: &str| {
        v.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let speakers = arr("speakers")
        .iter()
        .map(|x| GoldSpeaker {
            id: s(x, "id"),
            name: s(x, "name"),
            aliases: x
                .get("aliases")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|y| y.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let mentions = arr("mentions")
        .iter()
        .map(|x| {
            Ok(GoldMention {
                speaker: s(x, "speaker"),
                start: n(x, "start")?,
                end: n(x, "end")?,
            })
        })
        .collect::<Result<_, String>>()?;
    let quotes = arr("quotes")
        .iter()
        .map(|x| {
            Ok(GoldQuote {
                start: n(x, "start")?,
                end: n(x, "end")?,
                kind: s(x, "kind"),
                speaker: x.get("speaker").and_then(Value::as_str).map(String::from),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(GoldDoc {
        id: s(doc, "id"),
        text: s(doc, "text"),
        speakers,
        mentions,
        quotes,
    })
}

/// Parses a JSONL file of native documents.
pub fn load_jsonl(src: &str) -> Result<Vec<GoldDoc>, String> {
    src.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            let v: Value = serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1))?;
            parse_doc(&v).map_err(|e| format!("line {}: {e}", i + 1))
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    pub matched: usize,
    pub predicted: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(matched: usize, predicted: usize, gold: usize) -> Prf {
        let p = if predicted == 0 {
            0.0
        } else {
            matched as f64 / predicted as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            matched as f64 / gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            matched,
            predicted,
            gold,
            precision: p,
            recall: r,
            f1: f,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metrics {
    pub exact: Prf,
    pub overlap80: Prf,
    pub overlap30: Prf,
    /// Of ≥0.3-matched quotes with a gold speaker: share with a matching predicted speaker.
    pub speaker_accuracy: f64,
    pub speaker_judged: usize,
    /// Of all gold quotes with a speaker: share found (≥0.3) with the right speaker.
    pub attribution_recall: f64,
    pub attributed_gold: usize,
}

/// Which quote kinds take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Direct,
    All,
}

/// How much of the reference span `g` the other span `p` covers: the length
/// of their intersection over the length of `g` (0 for an empty `g`). Both
/// are half-open `(start, end)` in one unit; `eval` and
/// [`crate::domain::agreement`] use code points. Not symmetric: the
/// reference's length is the denominator.
pub fn overlap(g: (usize, usize), p: (usize, usize)) -> f64 {
    let inter = g.1.min(p.1).saturating_sub(g.0.max(p.0));
    if g.1 <= g.0 {
        return 0.0;
    }
    inter as f64 / (g.1 - g.0) as f64
}

/// The one span matching of `eval` and of annotator agreement: one-to-one
/// and greedy, largest [`overlap`] first (ties by reference index, then by
/// other index). With `Some(t)` a pair may match when the other span covers
/// at least `t` of the reference span (and more than nothing); with `None`
/// only identical spans match. Returns (reference index, other index) pairs.
pub fn matching(
    gold: &[(usize, usize)],
    pred: &[(usize, usize)],
    t: Option<f64>,
) -> Vec<(usize, usize)> {
    let mut cand = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = overlap(*g, *p);
            let ok = match t {
                None => g == p,
                Some(t) => o >= t && o > 0.0,
            };
            if ok {
                cand.push((o, gi, pi));
            }
        }
    }
    cand.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, gi, pi) in cand {
        if !gu[gi] && !pu[pi] {
            gu[gi] = true;
            pu[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

fn byte_to_cp(text: &str) -> Vec<usize> {
    let mut map = vec![0; text.len() + 1];
    let mut cp = 0;
    for (b, c) in text.char_indices() {
        for k in 0..c.len_utf8() {
            map[b + k] = cp;
        }
        cp += 1;
    }
    map[text.len()] = cp;
    map
}

/// Evaluates direct quotes (the primary target).
pub fn evaluate(gold: &[GoldDoc], predicted: &[Suggestions]) -> Metrics {
    evaluate_scope(gold, predicted, Scope::Direct)
}

/// Evaluates quotes of the given scope; `predicted[i]` belongs to `gold[i]`.
pub fn evaluate_scope(gold: &[GoldDoc], predicted: &[Suggestions], scope: Scope) -> Metrics {
    let (mut m_ex, mut m_80, mut m_30, mut n_pred, mut n_gold) = (0, 0, 0, 0, 0);
    let (mut judged, mut correct, mut attributed, mut found) = (0, 0, 0, 0);
    for (doc, sug) in gold.iter().zip(predicted) {
        let map = byte_to_cp(&doc.text);
        let gq: Vec<&GoldQuote> = doc
            .quotes
            .iter()
            .filter(|q| scope == Scope::All || q.kind == "direct")
            .collect();
        let pq: Vec<_> = sug
            .quotes
            .iter()
            .filter(|q| scope == Scope::All || q.kind == QuoteKind::Direct)
            .collect();
        let g: Vec<(usize, usize)> = gq.iter().map(|q| (q.start, q.end)).collect();
        let p: Vec<(usize, usize)> = pq
            .iter()
            .map(|q| (map[q.range.start], map[q.range.end]))
            .collect();
        n_gold += g.len();
        n_pred += p.len();
        m_ex += matching(&g, &p, None).len();
        m_80 += matching(&g, &p, Some(0.8)).len();
        let pairs = matching(&g, &p, Some(0.3));
        m_30 += pairs.len();
        attributed += gq.iter().filter(|q| q.speaker.is_some()).count();
        for (gi, pi) in pairs {
            let Some(gs) = gq[gi].speaker.as_ref() else {
                continue;
            };
            judged += 1;
            let Some(gsp) = doc.speakers.iter().find(|s| &s.id == gs) else {
                continue;
            };
            let gold_names: Vec<String> = std::iter::once(&gsp.name)
                .chain(gsp.aliases.iter())
                .map(|x| x.to_lowercase())
                .collect();
            let ok = pq[pi].speaker.is_some_and(|si| {
                let sp = &sug.speakers[si];
                let mut names: Vec<String> = std::iter::once(&sp.name)
                    .chain(sp.aliases.iter())
                    .map(|x| x.to_lowercase())
                    .collect();
                names.extend(
                    sug.mentions
                        .iter()
                        .filter(|m| m.speaker == si)
                        .map(|m| doc.text[m.range.clone()].to_lowercase()),
                );
                names.iter().any(|n| gold_names.contains(n))
            });
            if ok {
                correct += 1;
                found += 1;
            }
        }
    }
    Metrics {
        exact: Prf::new(m_ex, n_pred, n_gold),
        overlap80: Prf::new(m_80, n_pred, n_gold),
        overlap30: Prf::new(m_30, n_pred, n_gold),
        speaker_accuracy: if judged == 0 {
            0.0
        } else {
            correct as f64 / judged as f64
        },
        speaker_judged: judged,
        attribution_recall: if attributed == 0 {
            0.0
        } else {
            found as f64 / attributed as f64
        },
        attributed_gold: attributed,
    }
}

impl std::fmt::Display for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (name, p) in [
            ("exact", self.exact),
            ("overlap>=0.8", self.overlap80),
            ("overlap>=0.3", self.overlap30),
        ] {
            writeln!(
                f,
                "  {name:<13} P={:.3} R={:.3} F1={:.3}  (matched {} / predicted {} / gold {})",
                p.precision, p.recall, p.f1, p.matched, p.predicted, p.gold
            )?;
        }
        writeln!(
            f,
            "  speaker accuracy   {:.3}  (of {} matched quotes with gold speaker)",
            self.speaker_accuracy, self.speaker_judged
        )?;
        write!(
            f,
            "  attribution recall {:.3}  (of {} gold quotes with speaker)",
            self.attribution_recall, self.attributed_gold
        )
    }
}

/// The thresholds `eval` reports, from everything to the surest only.
pub const THRESHOLDS: [f32; 6] = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9];

/// Direct-quote figures at each threshold of [`THRESHOLDS`], a row each,
/// so that a user can trade recall for precision knowingly. Suggestions
/// below a threshold are dropped by the same rule the panel and
/// `suggest --min-confidence` use ([`crate::domain::review::above`]).
pub fn threshold_table(gold: &[GoldDoc], predicted: &[Suggestions]) -> String {
    let mut out = String::from(
        "  min conf  predicted  P(>=0.8)  R(>=0.8)  F1(>=0.8)  F1 exact  speaker acc  attribution recall\n",
    );
    for t in THRESHOLDS {
        let kept: Vec<Suggestions> = predicted
            .iter()
            .map(|s| crate::domain::review::above(s.clone(), t))
            .collect();
        let m = evaluate(gold, &kept);
        out.push_str(&format!(
            "  {t:>8.2}  {:>9}  {:>8.3}  {:>8.3}  {:>9.3}  {:>8.3}  {:>11.3}  {:>18.3}\n",
            m.overlap80.predicted,
            m.overlap80.precision,
            m.overlap80.recall,
            m.overlap80.f1,
            m.exact.f1,
            m.speaker_accuracy,
            m.attribution_recall
        ));
    }
    out.trim_end().to_owned()
}

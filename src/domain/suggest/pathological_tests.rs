//! The engine on texts of pathological shape: long runs of quote marks or braces, one huge
//! paragraph, cue words and capitalised words by the thousand. Each of these once took time
//! quadratic in the text (minutes for the sizes below); the test suite's timeout is the guard
//! against that coming back, and the assertions check that what comes out is still sound.

use super::{suggest, Suggestions};

/// A headline, then one paragraph repeating `unit` to at least `bytes` bytes.
fn article(unit: &str, bytes: usize) -> String {
    let mut text = String::from("Pathological input\n\n");
    while text.len() < bytes {
        text.push_str(unit);
    }
    text
}

/// Every range is a non-empty byte range of `text` on char boundaries, every speaker index
/// names a speaker, and quotes and mentions come in reading order.
#[track_caller]
fn check_sound(text: &str, s: &Suggestions) {
    let ok = |r: &std::ops::Range<usize>| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    for q in &s.quotes {
        assert!(ok(&q.range), "quote {:?}", q.range);
        assert!(q.cue.as_ref().is_none_or(ok), "cue {:?}", q.cue);
        assert!(q.speaker.is_none_or(|i| i < s.speakers.len()));
    }
    for m in &s.mentions {
        assert!(ok(&m.range), "mention {:?}", m.range);
        assert!(m.speaker < s.speakers.len());
    }
    assert!(s.quotes.is_sorted_by_key(|q| (q.range.start, q.range.end)));
    assert!(s
        .mentions
        .is_sorted_by_key(|m| (m.range.start, m.range.end)));
}

#[test]
fn runs_of_quote_marks_and_braces_suggest_nothing() {
    // 200 KB of `"` took minutes; `‘‘’` and `'x 'y 'z w'` are nested single quotes, each
    // opener of which searched 1,500 characters for its close.
    for (unit, bytes) in [
        ("\"", 200_000),
        ("“", 200_000),
        ("“”", 200_000),
        ("”", 100_000),
        ("'", 200_000),
        ("‘", 100_000),
        ("‘‘’", 100_000),
        ("'x 'y 'z w' ", 100_000),
        ("«", 100_000),
        ("„", 100_000),
        ("{", 200_000),
        ("{\"a\":", 200_000),
    ] {
        let text = article(unit, bytes);
        let s = suggest(&text);
        check_sound(&text, &s);
        assert!(s.quotes.is_empty(), "{unit:?}: {:?}", &s.quotes[..1]);
        assert!(s.speakers.is_empty() && s.mentions.is_empty(), "{unit:?}");
    }
}

#[test]
fn runs_of_cue_words_and_capitalised_words() {
    // Cue words with no subject, subjects that are chains of capitals, coordinated cues.
    for (unit, bytes) in [
        ("said ", 200_000),
        ("Word ", 200_000),
        ("Word, ", 100_000),
        ("Word and said ", 100_000),
        ("lawyers for the district of ", 100_000),
    ] {
        let text = article(unit, bytes);
        let s = suggest(&text);
        check_sound(&text, &s);
        assert!(s.quotes.is_empty(), "{unit:?}: {:?}", &s.quotes[..1]);
    }
    // A name and a cue after every comma, no stop anywhere: one sentence of
    // 100 KB whose subject is read once per cue (in a bounded window).
    let text = article("Word, said ", 100_000);
    check_sound(&text, &suggest(&text));
    // Participle cues after commas, no stop, a quote at the end: each cue's
    // sentence subject is looked for in a bounded window.
    let mut text = article(", , , adding", 100_000);
    text.push_str(": “Yes.”");
    check_sound(&text, &suggest(&text));
    // A million capitalised words (less here: the test runs unoptimised) name nobody.
    let text = article("Word ", 500_000);
    let s = suggest(&text);
    assert!(s.speakers.is_empty() && s.quotes.is_empty());
    // Quotes, each after a cue: every one is suggested.
    for (unit, per_unit) in [("“Yes,” said ", 1), ("Ann Lee said “x” ", 1)] {
        let text = article(unit, 100_000);
        let s = suggest(&text);
        check_sound(&text, &s);
        let units = text.matches(unit).count();
        assert_eq!(s.quotes.len(), units * per_unit, "{unit:?}");
    }
}

#[test]
fn a_long_paragraph_suggests_for_each_sentence_what_one_sentence_gets() {
    // One 150 KB paragraph (no line break) of the same sentence: a quote and a reported
    // clause each, at the same offsets in every sentence as in a paragraph of one.
    let sentence =
        "Speaker said “the council’s budget will rise today” and critics argued otherwise at length. ";
    let one = suggest(&format!("Pathological input\n\n{sentence}"));
    assert_eq!(one.quotes.len(), 2);
    let text = article(sentence, 150_000);
    let many = suggest(&text);
    check_sound(&text, &many);
    let n = text.matches(sentence).count();
    assert_eq!(many.quotes.len(), n * one.quotes.len());
    for (i, q) in many.quotes.iter().enumerate() {
        let (k, like) = (i / one.quotes.len(), &one.quotes[i % one.quotes.len()]);
        let shift = k * sentence.len();
        assert_eq!(q.range, like.range.start + shift..like.range.end + shift);
        assert_eq!((q.kind, q.rule), (like.kind, like.rule));
        let name = |s: &Suggestions, i: Option<usize>| i.map(|i| s.speakers[i].name.clone());
        assert_eq!(name(&many, q.speaker), name(&one, like.speaker));
    }
}

#[test]
fn a_long_paragraph_of_pronoun_attributions_stays_linear() {
    // Each "he" is resolved with the names its own quote writes: once
    // every quote of the paragraph counted, this was quadratic.
    let text = article(
        "“Yes, Ada Lee is right,” he said. Tom Ward nodded. ",
        300_000,
    );
    let s = suggest(&text);
    check_sound(&text, &s);
    assert!(s.quotes.len() > 5_000, "{} quotes", s.quotes.len());
}

#[test]
fn junk_after_an_article_leaves_its_quotes_alone() {
    let news = "Council backs harbour plan\n\n\
        “We will build it by spring,” Mayor Elena Varga said on Tuesday.\n\n\
        She added that the budget was “tight but honest”.\n\n\
        According to the harbour board, the work starts in March.";
    let alone = suggest(news);
    assert!(!alone.quotes.is_empty());
    for junk in ["\"", "“”", "‘‘’", "{\"a\":", "said ", "Word and said "] {
        let text = format!("{news}\n\n{}", junk.repeat(20_000));
        let s = suggest(&text);
        check_sound(&text, &s);
        let name = |s: &Suggestions, i: Option<usize>| i.map(|i| s.speakers[i].name.clone());
        for (q, a) in s.quotes.iter().zip(&alone.quotes) {
            assert_eq!((&q.range, q.kind, q.rule), (&a.range, a.kind, a.rule));
            assert_eq!(name(&s, q.speaker), name(&alone, a.speaker));
        }
        assert!(s.quotes.len() >= alone.quotes.len(), "{junk:?}");
    }
}

#[test]
fn spokespeople_by_the_thousand_in_one_paragraph() {
    let text = article("“It is fine,” a spokesman said. ", 400_000);
    check_sound(&text, &suggest(&text));
}

#[test]
fn transcript_labels_by_the_thousand() {
    // Each paragraph its own speaker label, after an interviewer's two questions.
    let mut text = String::from("Title\n\nReporter: Why?\n\nReporter: How?\n\n");
    let mut n = 0u32;
    while text.len() < 300_000 {
        let label: String = (0..8)
            .map(|k| char::from(b'A' + ((n >> (k * 3)) % 26) as u8))
            .collect();
        text.push_str(&format!(
            "{}{}: x.\n\n",
            &label[..1],
            label[1..].to_lowercase()
        ));
        n += 7919;
    }
    check_sound(&text, &suggest(&text));
}

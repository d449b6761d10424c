//! How native JSON files are laid out: the file's top two levels indented,
//! and everything deeper (one speaker, mention or quote) on one line.
//!
//! A long article's export holds tens of thousands of spans; fully indented,
//! half its bytes were spaces and writing them cost a fifth of
//! `annotator suggest`. One span per line is still read and diffed line by
//! line, and `grep` finds a quote with all its fields.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io;

/// Containers nested deeper than this are written on one line …
const INDENTED_LEVELS: usize = 2;
/// … but in the top level's `layers`, whose spans sit two levels deeper.
const INDENTED_LEVELS_IN_LAYERS: usize = 4;

/// [`serde_json`]'s pretty layout down to [`INDENTED_LEVELS`], compact below.
#[derive(Debug)]
struct SpanPerLine {
    /// How many containers are open.
    depth: usize,
    /// Whether the innermost open container has had an entry.
    has_value: bool,
    /// How deep containers are indented in the current top-level value.
    levels: usize,
    /// The top-level key being written, while it is.
    key: Option<String>,
}

impl Default for SpanPerLine {
    fn default() -> Self {
        SpanPerLine {
            depth: 0,
            has_value: false,
            levels: INDENTED_LEVELS,
            key: None,
        }
    }
}

impl SpanPerLine {
    fn indented(&self) -> bool {
        self.depth <= self.levels
    }

    fn open<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        let indented = self.indented();
        self.depth -= 1;
        if indented && self.has_value {
            writer.write_all(b"\n")?;
            indent(writer, self.depth)?;
        }
        writer.write_all(bracket)
    }

    fn entry<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.indented() {
            writer.write_all(b"\n")?;
            indent(writer, self.depth)?;
        }
        Ok(())
    }
}

fn indent<W: ?Sized + io::Write>(writer: &mut W, levels: usize) -> io::Result<()> {
    for _ in 0..levels {
        writer.write_all(b"  ")?;
    }
    Ok(())
}

impl Formatter for SpanPerLine {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.entry(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if self.depth == 1 {
            self.key = Some(String::new());
        }
        self.entry(writer, first)
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if let Some(key) = &mut self.key {
            key.push_str(fragment);
        }
        writer.write_all(fragment.as_bytes())
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        if let Some(key) = self.key.take() {
            self.levels = if key == "layers" {
                INDENTED_LEVELS_IN_LAYERS
            } else {
                INDENTED_LEVELS
            };
        }
        Ok(())
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(if self.indented() { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` in the native files' layout.
pub fn to_writer<W: io::Write, T: ?Sized + Serialize>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(writer, SpanPerLine::default());
    value.serialize(&mut serializer)
}

/// `value` in the native files' layout.
pub fn to_string<T: ?Sized + Serialize>(value: &T) -> String {
    let mut bytes = Vec::with_capacity(1 << 12);
    to_writer(&mut bytes, value).expect("boundary types always serialise");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn top_two_levels_are_indented_and_each_span_is_one_line() {
        let file = json!({
            "format": "article-annotator",
            "document": {"id": "d", "text": "a\nb"},
            "quotes": [
                {"id": "q1", "start": 0, "utf16": {"start": 0, "end": 1}},
                {"id": "q2", "aliases": []}
            ],
            "mentions": [],
            "layers": {}
        });
        let expected = "{\n  \"document\": {\n    \"id\": \"d\",\n    \"text\": \"a\\nb\"\n  },\n  \"format\": \"article-annotator\",\n  \"layers\": {},\n  \"mentions\": [],\n  \"quotes\": [\n    {\"id\":\"q1\",\"start\":0,\"utf16\":{\"end\":1,\"start\":0}},\n    {\"aliases\":[],\"id\":\"q2\"}\n  ]\n}";
        assert_eq!(to_string(&file), expected);
    }

    #[test]
    fn each_span_of_each_layer_is_one_line_too() {
        let file = json!({
            "quotes": [{"id": "q1"}],
            "layers": [{"annotator": "Ben", "quotes": [{"id": "q1", "utf16": {"start": 0}}]}]
        });
        let expected = "{\n  \"layers\": [\n    {\n      \"annotator\": \"Ben\",\n      \"quotes\": [\n        {\"id\":\"q1\",\"utf16\":{\"start\":0}}\n      ]\n    }\n  ],\n  \"quotes\": [\n    {\"id\":\"q1\"}\n  ]\n}";
        assert_eq!(to_string(&file), expected);
    }

    #[test]
    fn reads_back_as_the_same_value() {
        let value = json!({"a": [[1, [2, {"b": "😀 \"x\""}]], {}], "c": {"d": [{"e": null}]}});
        let text = to_string(&value);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            value
        );
    }

    #[test]
    fn scalars_and_empty_top_level_containers() {
        assert_eq!(to_string(&json!(3)), "3");
        assert_eq!(to_string(&json!([])), "[]");
        assert_eq!(to_string(&json!({})), "{}");
        assert_eq!(to_string(&json!([1, 2])), "[\n  1,\n  2\n]");
    }
}

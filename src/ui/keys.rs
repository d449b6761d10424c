//! The keyboard contract: which key does what. Pure, so it is tested
//! natively; `app.rs` reads the selection and dispatches the action.
//!
//! q quote · s speaker mention · c cue · r resize to selection · a speaker
//! picker · 1–9 attribute to the N-th speaker · d/i/m kind direct, indirect,
//! mixed · Delete/Backspace delete · Escape clear · Ctrl+Z undo ·
//! Ctrl+Shift+Z and Ctrl+Y redo · ? help · j/k next/previous suggestion ·
//! y or Enter accept it · n reject it · v caret mode, in which the arrows
//! move a caret through the article and Shift extends the selection.
//! While curating gold: j/k next/previous disagreement, 1–9 take that
//! annotator's version, 0 take none.

use crate::domain::annotations::QuoteKind;

/// A key press, as far as the keymap cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPress {
    pub key: String,
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    MarkQuote,
    MarkMention,
    MarkCue,
    Resize,
    OpenPicker,
    AttributeTo(usize),
    SetKind(QuoteKind),
    Delete,
    Escape,
    Undo,
    Redo,
    Help,
    AcceptSuggestion,
    RejectSuggestion,
    NextSuggestion,
    PreviousSuggestion,
    ToggleCaret,
    NextDisagreement,
    PreviousDisagreement,
    TakeVersion(usize),
    TakeNone,
}

/// How far a caret key moves, in the browser's `Selection.modify` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Character,
    Word,
    Sentence,
    Line,
    Paragraph,
    LineBoundary,
    DocumentBoundary,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Character => "character",
            Unit::Word => "word",
            Unit::Sentence => "sentence",
            Unit::Line => "line",
            Unit::Paragraph => "paragraph",
            Unit::LineBoundary => "lineboundary",
            Unit::DocumentBoundary => "documentboundary",
        }
    }
}

/// A caret key in caret mode: move (or, with Shift, extend) by a unit.
/// Left and right are visual, so that a right-to-left paragraph moves the
/// way its arrows point; the rest follow reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaretMotion {
    pub extend: bool,
    /// "left", "right", "forward" or "backward".
    pub direction: &'static str,
    pub unit: Unit,
}

impl CaretMotion {
    pub fn alter(self) -> &'static str {
        if self.extend {
            "extend"
        } else {
            "move"
        }
    }
}

/// The caret motion of a key press in caret mode, if it is one.
pub fn caret_motion(k: &KeyPress) -> Option<CaretMotion> {
    let (direction, unit) = match (k.key.as_str(), k.ctrl, k.alt) {
        ("ArrowLeft", false, false) => ("left", Unit::Character),
        ("ArrowRight", false, false) => ("right", Unit::Character),
        ("ArrowLeft", true, false) => ("left", Unit::Word),
        ("ArrowRight", true, false) => ("right", Unit::Word),
        ("ArrowLeft", false, true) => ("backward", Unit::Sentence),
        ("ArrowRight", false, true) => ("forward", Unit::Sentence),
        ("ArrowUp", false, false) => ("backward", Unit::Line),
        ("ArrowDown", false, false) => ("forward", Unit::Line),
        ("ArrowUp", true, false) => ("backward", Unit::Paragraph),
        ("ArrowDown", true, false) => ("forward", Unit::Paragraph),
        ("Home", false, false) => ("backward", Unit::LineBoundary),
        ("End", false, false) => ("forward", Unit::LineBoundary),
        ("Home", true, false) => ("backward", Unit::DocumentBoundary),
        ("End", true, false) => ("forward", Unit::DocumentBoundary),
        _ => return None,
    };
    Some(CaretMotion {
        extend: k.shift,
        direction,
        unit,
    })
}

/// The command for a key press, if it is one of ours.
pub fn command_for(k: &KeyPress) -> Option<Command> {
    if k.alt {
        return None;
    }
    let key = k.key.as_str();
    if k.ctrl {
        return match key.to_lowercase().as_str() {
            "z" if k.shift => Some(Command::Redo),
            "z" => Some(Command::Undo),
            "y" => Some(Command::Redo),
            _ => None,
        };
    }
    Some(match key {
        "q" => Command::MarkQuote,
        "s" => Command::MarkMention,
        "c" => Command::MarkCue,
        "r" => Command::Resize,
        "a" => Command::OpenPicker,
        "d" => Command::SetKind(QuoteKind::Direct),
        "i" => Command::SetKind(QuoteKind::Indirect),
        "m" => Command::SetKind(QuoteKind::Mixed),
        "Delete" | "Backspace" => Command::Delete,
        "Escape" => Command::Escape,
        "?" => Command::Help,
        "y" | "Enter" => Command::AcceptSuggestion,
        "n" => Command::RejectSuggestion,
        "j" => Command::NextSuggestion,
        "k" => Command::PreviousSuggestion,
        "v" => Command::ToggleCaret,
        d if d.len() == 1 && ('1'..='9').contains(&d.chars().next()?) => {
            Command::AttributeTo(d.parse::<usize>().ok()? - 1)
        }
        _ => return None,
    })
}

/// The command for a key press while curating gold: the curation keys
/// first, then the usual ones.
pub fn curation_command_for(k: &KeyPress) -> Option<Command> {
    if !k.ctrl && !k.alt {
        match k.key.as_str() {
            "j" => return Some(Command::NextDisagreement),
            "k" => return Some(Command::PreviousDisagreement),
            "0" => return Some(Command::TakeNone),
            d if d.len() == 1 && ('1'..='9').contains(&d.chars().next()?) => {
                return Some(Command::TakeVersion(d.parse::<usize>().ok()? - 1))
            }
            _ => {}
        }
    }
    command_for(k)
}

/// Rows of the help overlay: keys and what they do.
pub const HELP: &[(&str, &str)] = &[
    ("q", "mark the selected text as a quote"),
    ("s", "mark the selected text as a speaker mention"),
    ("c", "mark the selected text as the active quote's cue"),
    ("r", "move the active span's boundaries to the selection"),
    ("a", "pick the active quote's speaker (type, then Enter)"),
    ("1–9", "attribute the active quote to speaker 1–9"),
    ("d / i / m", "the active quote is direct / indirect / mixed"),
    ("Delete, Backspace", "delete the active span"),
    (
        "Escape",
        "close a dialog, clear the active span, or leave caret mode",
    ),
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z, Ctrl+Y", "redo"),
    ("j / k", "go to the next / previous suggestion"),
    ("y, Enter / n", "accept / reject the suggestion"),
    ("v", "caret mode on or off: select text with the keyboard"),
    (
        "← → (caret mode)",
        "move by character; with Ctrl by word, with Alt by sentence",
    ),
    ("↑ ↓ (caret mode)", "move by line; with Ctrl by paragraph"),
    (
        "Home, End (caret mode)",
        "start or end of the line; with Ctrl of the article",
    ),
    ("Shift + a move", "extend the selection, then q, s, c or r"),
    (
        "j / k (curating gold)",
        "go to the next / previous disagreement",
    ),
    (
        "1–9 / 0 (curating gold)",
        "take that annotator's version / take none",
    ),
    ("?", "this help"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, ctrl: bool, shift: bool) -> Option<Command> {
        command_for(&KeyPress {
            key: key.into(),
            ctrl,
            shift,
            alt: false,
        })
    }

    #[test]
    fn curation_keys_take_versions_and_walk_disagreements() {
        let press = |key: &str| {
            curation_command_for(&KeyPress {
                key: key.into(),
                ctrl: false,
                shift: false,
                alt: false,
            })
        };
        assert_eq!(press("2"), Some(Command::TakeVersion(1)));
        assert_eq!(press("0"), Some(Command::TakeNone));
        assert_eq!(press("j"), Some(Command::NextDisagreement));
        assert_eq!(press("k"), Some(Command::PreviousDisagreement));
        assert_eq!(press("q"), Some(Command::MarkQuote));
    }

    #[test]
    fn the_contract_keys_map_to_their_commands() {
        assert_eq!(press("q", false, false), Some(Command::MarkQuote));
        assert_eq!(press("s", false, false), Some(Command::MarkMention));
        assert_eq!(press("a", false, false), Some(Command::OpenPicker));
        assert_eq!(press("1", false, false), Some(Command::AttributeTo(0)));
        assert_eq!(press("9", false, false), Some(Command::AttributeTo(8)));
        assert_eq!(press("0", false, false), None);
        assert_eq!(press("Delete", false, false), Some(Command::Delete));
        assert_eq!(press("Backspace", false, false), Some(Command::Delete));
        assert_eq!(press("Escape", false, false), Some(Command::Escape));
        assert_eq!(press("z", true, false), Some(Command::Undo));
        assert_eq!(press("Z", true, true), Some(Command::Redo));
        assert_eq!(press("y", true, false), Some(Command::Redo));
        assert_eq!(press("?", false, true), Some(Command::Help));
        assert_eq!(press("q", true, false), None, "Ctrl+Q is the browser's");
        assert_eq!(press("x", false, false), None);
        assert_eq!(
            press("Enter", false, false),
            Some(Command::AcceptSuggestion)
        );
        assert_eq!(press("y", false, false), Some(Command::AcceptSuggestion));
        assert_eq!(press("n", false, false), Some(Command::RejectSuggestion));
        assert_eq!(press("j", false, false), Some(Command::NextSuggestion));
        assert_eq!(press("k", false, false), Some(Command::PreviousSuggestion));
        assert_eq!(press("v", false, false), Some(Command::ToggleCaret));
    }

    fn caret(key: &str, ctrl: bool, shift: bool, alt: bool) -> Option<(bool, &'static str, Unit)> {
        caret_motion(&KeyPress {
            key: key.into(),
            ctrl,
            shift,
            alt,
        })
        .map(|m| (m.extend, m.direction, m.unit))
    }

    #[test]
    fn caret_keys_move_by_each_unit_and_shift_extends() {
        assert_eq!(
            caret("ArrowRight", false, false, false),
            Some((false, "right", Unit::Character))
        );
        assert_eq!(
            caret("ArrowRight", true, true, false),
            Some((true, "right", Unit::Word))
        );
        assert_eq!(
            caret("ArrowLeft", false, true, true),
            Some((true, "backward", Unit::Sentence))
        );
        assert_eq!(
            caret("ArrowDown", true, false, false),
            Some((false, "forward", Unit::Paragraph))
        );
        assert_eq!(
            caret("ArrowUp", false, false, false),
            Some((false, "backward", Unit::Line))
        );
        assert_eq!(
            caret("End", true, true, false),
            Some((true, "forward", Unit::DocumentBoundary))
        );
        assert_eq!(
            caret("q", false, false, false),
            None,
            "marking keys stay commands"
        );
        assert_eq!(caret("ArrowDown", true, false, true), None);
    }
}

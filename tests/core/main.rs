//! Native tests of the domain core, one module per area:
//! - `agreement`: agreement between annotators (spans, α_u, attribution, kinds), against hand-computed and reference values;
//! - `boundary`: `src/domain` names no browser crate;
//! - `fixtures`: the `⟦span⟧` fixture parser every other module uses;
//! - `edits`: marking, linking speakers, merging, deleting, undo and redo;
//! - `native_format`: export, import, and every refusal of a bad file;
//! - `formats`: the dataset formats (JSONL, Label Studio, doccano, brat, W3C, CSV, rows);
//! - `fuzz`: every importer fed arbitrary bytes and mutated golden files (`make fuzz` runs it long);
//! - `limits`: one bound per input at every door, exports that never panic, one unpack budget per import;
//! - `nothing_lost`: one span rule at every door, storage read back without loss, the journal;
//! - `properties`: random texts and edit sequences keep every invariant;
//! - `curation`: several annotators: curation items, taking versions into gold, layers in the workspace, the native file and storage;
//! - `cli`: the command-line companion run as a process.

mod agreement;
mod boundary;
mod cli;
mod curation;
mod edits;
mod fixtures;
mod formats;
mod fuzz;
mod limits;
mod native_format;
mod nothing_lost;
mod properties;
mod workspace;

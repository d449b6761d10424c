// Checks on exported files: the JSON Schema (ajv) and Python's own code
// point slicing of every span.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './app.mjs';

const schema = JSON.parse(readFileSync(join(ROOT, 'src/domain/formats/article-annotator-v2.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Throws with ajv's errors unless `json` is a valid export. */
export function assertValidExport(json) {
  if (!validate(json)) throw new Error('export does not match the schema: ' + JSON.stringify(validate.errors, null, 1));
}

const PYTHON_CHECK = `
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
text = doc["document"]["text"]
units = text.encode("utf-16-le")
spans = doc["quotes"] + doc["mentions"] + [q["cue"] for q in doc["quotes"] if q["cue"]]
for s in spans:
    assert text[s["start"]:s["end"]] == s["text"], (s, text[s["start"]:s["end"]])
    u = units[2 * s["utf16"]["start"]:2 * s["utf16"]["end"]].decode("utf-16-le")
    assert u == s["text"], (s, u)
print(len(spans))
`;

/** Slices every span with Python's text[start:end]; returns how many were checked. */
export function pythonSliceCheck(path) {
  return Number(execFileSync('python3', ['-c', PYTHON_CHECK, path], { encoding: 'utf8' }).trim());
}

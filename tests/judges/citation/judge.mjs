// Reads BibTeX (biblatex), RIS or CSL-JSON on stdin and writes what citation-js makes of it, as a
// CSL-JSON array, on stdout. An independent judge of Roots' exporters: Roots.Publish.Tests feed it
// their output and assert the fields that come back.
//
//   node judge.mjs bibtex|ris|csl-json < input
//
// Exit 0: stdout holds the CSL-JSON array (at least one record); each warning citation-js logged
// while parsing is one "warning: ..." line on stderr (the tests assert there are none).
// Exit 1: the input could not be parsed, or held no record: one line on stderr saying why.
// Exit 2: usage error.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { plugins, logger } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

// The format is named, never guessed: a guess could hand RIS to another parser and pass.
const inputTypes = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
  'csl-json': '@csl/list+object',
};

function fail(code, message) {
  process.stderr.write('judge: ' + String(message).replace(/\s+/g, ' ').trim() + '\n');
  process.exit(code);
}

const format = process.argv[2];
if (process.argv.length !== 3 || !(format in inputTypes)) {
  fail(2, 'usage: node judge.mjs bibtex|ris|csl-json < input');
}

// citation-js logs what it could not read (an unbalanced brace, an unknown field) instead of
// throwing; collect those so the caller sees them.
const warnings = [];
logger._console = { log: (scope, ...msg) => warnings.push([scope, ...msg].join(' ')) };
logger.level = 'warn';

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}
const text = Buffer.concat(chunks).toString('utf8');
if (text.trim().length === 0) {
  fail(1, 'empty input: no ' + format + ' record to read');
}

let data;
try {
  let input = text;
  if (format === 'csl-json') {
    input = JSON.parse(text);
    if (!Array.isArray(input)) {
      fail(1, 'CSL-JSON input is not an array of items');
    }
  }
  data = plugins.input.chain(input, { forceType: inputTypes[format], generateGraph: false });
} catch (error) {
  fail(1, 'cannot parse ' + format + ': ' + (error && error.message ? error.message : error));
}

if (!Array.isArray(data) || data.length === 0) {
  fail(1, 'no ' + format + ' record found in the input');
}

// citation-js's own CSL check, without best-guess conversions: a field whose value is not what
// CSL 1.0.2 allows there (a number for a title, a name list that is not one) is dropped from the
// output and reported as a warning, so a malformed export cannot pass by being passed through.
const checked = plugins.input.util.clean(data, false);
checked.forEach((entry, index) => {
  for (const field of Object.keys(data[index])) {
    if (!(field in entry) && !field.startsWith('_')) {
      warnings.push('[csl] record ' + (index + 1) + ': field "' + field + '" is not valid CSL and was dropped');
    }
  }
});
data = checked;

for (const warning of warnings) {
  process.stderr.write('warning: ' + warning.replace(/\s+/g, ' ').trim() + '\n');
}
process.stdout.write(JSON.stringify(data) + '\n');

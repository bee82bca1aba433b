// Writes the reference token counts that tests/Roots.Tokens.Tests compares against, so that
// `dotnet test` needs no node: npm tiktoken for the OpenAI encodings, @lenml/tokenizers (a port of
// transformers.js) for the Hugging Face tokenizer.json models. Counts are of the text alone
// (no BOS/EOS a template would add). Run: bash install.sh && node references.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { get_encoding } from 'tiktoken';
import { TokenizerLoader } from '@lenml/tokenizers';
import { generate } from './strings.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const fixtures = path.join(repo, 'tests/Roots.Tokens.Tests/Fixtures');

const tiktokens = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'];
const hf = { qwen3: 'tokenizer-qwen3', deepseek_v3: 'tokenizer-deepseek_v3', llama3_1: 'tokenizer-llama3_1' };

const counters = {};
for (const name of tiktokens) {
  const enc = get_encoding(name);
  counters[name] = (text) => enc.encode_ordinary(text).length;
}
for (const [name, pkg] of Object.entries(hf)) {
  const dir = path.join(here, 'node_modules/@lenml', pkg, 'models');
  const tokenizer = TokenizerLoader.fromPreTrained({
    tokenizerJSON: JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8')),
    tokenizerConfig: JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer_config.json'), 'utf8')),
  });
  counters[name] = (text) => tokenizer.encode(text, { add_special_tokens: false }).length;
}

const countAll = (text) => Object.fromEntries(Object.entries(counters).map(([n, f]) => [n, f(text)]));

const lines = generate().map((text) => JSON.stringify({ text, counts: countAll(text) }));
fs.writeFileSync(path.join(fixtures, 'strings.jsonl'), lines.join('\n') + '\n');

// The seeds are read from ../shared/seeds beside the repository; only their counts are committed.
const seedsDir = path.resolve(repo, '../shared/seeds');
const seeds = {};
for (const file of fs.readdirSync(seedsDir).sort()) {
  seeds[file] = countAll(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
}
fs.writeFileSync(path.join(fixtures, 'seeds.json'), JSON.stringify(seeds, null, 2) + '\n');
console.log(`${lines.length} strings, ${Object.keys(seeds).length} seeds, tokenizers: ${Object.keys(counters).join(', ')}`);

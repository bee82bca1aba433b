// Times npm tiktoken (o200k_base, cl100k_base; WebAssembly build of OpenAI's Rust core) counting the
// same mixed zh/en text as TokenCountBenchmarks: the two seed essays concatenated in name order.
// Prints MB/s on one core. Run: bash install.sh && node speed.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { get_encoding } from 'tiktoken';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = path.resolve(here, '../../../shared/seeds');
const text = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')).join('');
const bytes = Buffer.byteLength(text, 'utf8');

for (const name of ['o200k_base', 'cl100k_base']) {
  const enc = get_encoding(name);
  let tokens = 0;
  for (let i = 0; i < 5; i++) tokens = enc.encode_ordinary(text).length; // warm up
  const runs = [];
  const until = performance.now() + 5000;
  while (performance.now() < until) {
    const start = performance.now();
    tokens = enc.encode_ordinary(text).length;
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  console.log(`${name}: ${tokens} tokens, ${bytes} bytes, median ${median.toFixed(2)} ms over ${runs.length} runs = ${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s`);
  enc.free();
}

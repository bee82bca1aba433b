#!/usr/bin/env bash
# Installs citation-js (@citation-js/core with its BibTeX, RIS and CSL plugins, versions pinned in
# package-lock.json) into tests/judges/citation/node_modules: the independent parser that
# Roots.Publish.Tests hand our BibTeX, RIS and CSL-JSON exports to. Idempotent and quiet: does
# nothing when they are already there. Without them (or without node) those tests are skipped,
# saying so.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f node_modules/@citation-js/core/package.json ] \
  && [ -f node_modules/@citation-js/plugin-bibtex/package.json ] \
  && [ -f node_modules/@citation-js/plugin-ris/package.json ] \
  && [ -f node_modules/@citation-js/plugin-csl/package.json ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "tests/judges/citation: npm not found; the citation-js judge tests will be skipped" >&2
  exit 1
fi
# plugin-ris 0.8.2 (the newest) declares a peer of core ^0.8.0; package.json's "overrides" lets it
# use core 0.9.0, whose plugin API it uses unchanged.
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
else
  npm install --no-audit --no-fund --loglevel=error >/dev/null
fi

#!/usr/bin/env bash
# `npm test`: system packages, static checks, the web build, then every suite in one vitest run
# (unit, system, API on PGlite and on a throwaway PostgreSQL cluster, Chromium e2e).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh

echo "== typecheck" && npm run --silent typecheck
echo "== lint" && npm run --silent lint
echo "== web build" && npm run --silent build:web

echo "== tests"
mkdir -p .tmp
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-report.json
status=$?
set -e
# One plain closing line, whatever the reporter printed above.
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/vitest-report.json", "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit "$status"

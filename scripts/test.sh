#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, lints (code and OpenAPI specs), checks that
# the generated SDK types match schemas/, and runs every package's suite (unit tests, then
# integration tests against real servers: the controller on SQLite and PostgreSQL, QEMU
# guests under TCG, python-openstackclient). Suites run one package at a time: 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-guest-image --optional   # cached: a no-op when its inputs did not change
rm -rf .cache/test-results && mkdir -p .cache/test-results
npx turbo run build --output-logs=errors-only
npm run --silent lint:specs
npx turbo run lint --output-logs=errors-only
status=0
npx turbo run test --concurrency=1 --output-logs=full || status=$?
node scripts/test-summary.mjs .cache/test-results || status=$?
exit "$status"

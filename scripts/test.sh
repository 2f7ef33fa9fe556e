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
# Where qemu and the guest image exist the QEMU suites must run: a skip there is a failure.
if command -v qemu-system-x86_64 >/dev/null && command -v qemu-img >/dev/null && command -v genisoimage >/dev/null &&
  [[ -f "${OSCLOUD_GUEST_DIR:-.cache/guest}/manifest.json" ]]; then
  export OSCLOUD_REQUIRE_QEMU=1
fi
# --continue: one failing package does not hide the results of the others.
npx turbo run test --concurrency=1 --continue --output-logs=full || status=$?
# The guest image on its own (~15 s): BIOS boot without a config drive, hand-written
# meta_data.json, hot-plug and ACPI power-off, outside the agent.
if [[ ${OSCLOUD_REQUIRE_QEMU:-} == 1 ]]; then
  bash scripts/guest/test-guest-image.sh || status=$?
else
  bash scripts/guest/test-guest-image.sh --optional || status=$?
fi
node scripts/test-summary.mjs .cache/test-results || status=$?
exit "$status"

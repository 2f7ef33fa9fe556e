#!/usr/bin/env node
// `npm run bench`: runs every benchmark under bench/ one after another; each prints its
// figures next to a baseline measured in the same run and writes bench/results/<name>.json.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = ['cli-startup.mjs', 'control-plane.mjs', 'boot.mjs', 'network.mjs', 'guest-network.mjs', 'ports.mjs', 'object.mjs', 'migration.mjs', 'vxlan.mjs'];
for (const b of benches) execFileSync(process.execPath, [join(here, b), ...process.argv.slice(2)], { stdio: 'inherit' });

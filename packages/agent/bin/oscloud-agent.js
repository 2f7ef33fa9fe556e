#!/usr/bin/env node
import { main } from '../dist/main.js';

// Once main() resolves the agent is done: a connection or timer still open (a request to a
// controller that went away) must not keep the process alive. Guests are separate processes.
const exitSoon = (code) => {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
};
main(process.argv.slice(2)).then(
  (code) => exitSoon(typeof code === 'number' ? code : 0),
  (err) => { process.stderr.write(`oscloud-agent: ${err?.message ?? err}\n`); exitSoon(1); },
);

#!/usr/bin/env node
// Start-up fast path (see src/fast/dispatch.ts): `--version` and help pages are answered
// from files the build wrote, and a command runs from one pre-built bundle with its V8 code
// cache, without oclif's Config, plugins or module resolution. Anything the index does not
// know (a typo, `autocomplete`) goes to oclif, with the same global-option reordering.
const argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === '--version') {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.name}/${pkg.version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const { helpText, loadBundle, loadIndex, route } = await import('../dist/fast/dispatch.js');
  const index = loadIndex();
  const to = route(argv, index);
  if (to.kind === 'help') {
    process.stdout.write(helpText(index, to.subject));
  } else if (to.kind === 'command') {
    process.exitCode = await loadBundle(index).run(to.id, to.argv);
  } else {
    const { execute } = await import('@oclif/core');
    await execute({ dir: import.meta.url, args: to.argv });
  }
}

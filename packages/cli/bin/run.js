#!/usr/bin/env node
// `oscloud --version` is answered without loading oclif (the same text oclif prints), so the
// most common scripted call is as fast as Node itself; everything else goes through oclif.
const argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === '--version') {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.name}/${pkg.version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const [{ execute }, { reorderGlobalOptions }] = await Promise.all([import('@oclif/core'), import('../dist/argv.js')]);
  await execute({ dir: import.meta.url, args: reorderGlobalOptions(argv) });
}

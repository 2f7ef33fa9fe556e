/**
 * python-openstackclient takes global options before the command
 * (`openstack --os-cloud x server list`); oclif reads the command id first. This moves
 * leading options behind the command words so both orders work. Pure (no flag
 * definitions are imported) so that bin/run.js can use it before loading anything else:
 * the boolean spellings come from the build's command index.
 */

/** The spellings of a flag definition that take no value: `--x`, `--no-x` (allowNo), `-c`. */
export function booleanSpellings(flags: Record<string, { type: string; allowNo?: boolean; char?: string }>): Set<string> {
  const out = new Set<string>();
  for (const [name, def] of Object.entries(flags)) {
    if (def.type !== 'boolean') continue;
    out.add(`--${name}`);
    if (def.allowNo) out.add(`--no-${name}`);
    if (def.char) out.add(`-${def.char}`);
  }
  return out;
}

/**
 * Reorders `[--opt value]... command words... rest` to `command words... [--opt value]... rest`;
 * `booleans` are the options that take no value.
 */
export function reorderGlobalOptions(argv: string[], booleans: ReadonlySet<string>): string[] {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-') && argv[i] !== '--') {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h' || arg === '--version') return argv;
    leading.push(arg);
    i += 1;
    if (!arg.includes('=') && !booleans.has(arg) && i < argv.length) {
      leading.push(argv[i] as string);
      i += 1;
    }
  }
  if (leading.length === 0) return argv;
  const rest = argv.slice(i);
  let words = 0;
  while (words < rest.length && !(rest[words] as string).startsWith('-')) words += 1;
  if (rest.length === 0) return argv;
  return [...rest.slice(0, words), ...leading, ...rest.slice(words)];
}

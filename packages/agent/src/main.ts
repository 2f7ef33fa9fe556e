/** Entry point of `oscloud-agent` (its drivers arrive with the agent issue). */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version') return 0;
  throw new Error('oscloud-agent: no subcommands yet');
}

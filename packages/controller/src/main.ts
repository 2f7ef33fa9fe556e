/** Entry point of `oscloud-controller` (its services arrive with the controller issues). */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version') return 0;
  throw new Error('oscloud-controller: no subcommands yet');
}

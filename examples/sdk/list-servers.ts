// Lists the servers of the project with their status and addresses.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/list-servers.js [--all-projects] [--limit N]
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const maxItems = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const cloud = await Cloud.connect({ tokenCache: true });
  const rows: string[][] = [['ID', 'Name', 'Status', 'Networks']];
  for await (const server of cloud.compute.servers.list({ limit: 100, maxItems, all_tenants: args.includes('--all-projects') ? 1 : undefined })) {
    const networks = Object.entries(server.addresses ?? {})
      .map(([net, addrs]) => `${net}=${addrs.map((a) => a.addr).join(', ')}`)
      .join('; ');
    rows.push([server.id, server.name, server.status, networks]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});

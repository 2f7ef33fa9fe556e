// Issues a token like `openstack token issue`; with OSCLOUD_DEBUG=1 it prints the redacted
// curl-like request log (tokens appear only as {SHA256} hashes, passwords and secrets as ***).
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/token-issue.js
import { Cloud, formatLogEvent, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const debug = process.env.OSCLOUD_DEBUG === '1';
  const cloud = await Cloud.connect({ logger: debug ? (e) => process.stderr.write(`${formatLogEvent(e)}\n`) : undefined });
  const info = await cloud.tokenInfo();
  for (const [k, v] of Object.entries({ expires: info.expires, id: info.id, project_id: info.project_id, user_id: info.user_id })) {
    process.stdout.write(`${k.padEnd(10)} ${v ?? ''}\n`);
  }
  const services = cloud.catalog.entries.map((e) => e.type).join(', ');
  process.stderr.write(`catalog: ${services}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});

// Opens a port in a security group (ingress by default), like
// `openstack security group rule create --protocol tcp --dst-port 22 default`.
// Usage: OS_CLOUD=<cloud> node examples/sdk/dist/add-security-rule.js GROUP --protocol tcp --port 22
//          [--remote-ip 0.0.0.0/0] [--egress]
import { parseArgs } from 'node:util';
import { Cloud, SdkError } from '@oscloud/sdk';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { protocol: { type: 'string' }, port: { type: 'string' }, 'remote-ip': { type: 'string' }, egress: { type: 'boolean' } },
  });
  const [groupName] = positionals;
  const { protocol, port } = values;
  if (!groupName || !protocol) {
    throw new Error('usage: add-security-rule GROUP --protocol tcp|udp|icmp [--port N] [--remote-ip CIDR] [--egress]');
  }
  const cloud = await Cloud.connect({ tokenCache: true });
  // a group is found by name or id; `default` exists in every project
  const group = await cloud.network.securityGroups.find(groupName);
  const rule = await cloud.network.securityGroupRules.create({
    security_group_id: group.id,
    direction: values.egress ? 'egress' : 'ingress',
    ethertype: 'IPv4',
    protocol,
    ...(port ? { port_range_min: Number(port), port_range_max: Number(port) } : {}),
    remote_ip_prefix: values['remote-ip'] ?? '0.0.0.0/0',
  });
  const ports = rule.port_range_min === null ? 'any' : `${rule.port_range_min}-${rule.port_range_max}`;
  process.stdout.write(`${rule.id} ${group.name} ${rule.direction} ${rule.protocol} ${ports} ${rule.remote_ip_prefix}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof SdkError ? err.message : String(err)}\n`);
  process.exit(1);
});

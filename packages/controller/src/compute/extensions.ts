/**
 * Nova's extension documents (`/extensions`, `/extensions/{alias}`): kept for old clients; one
 * entry per v2.1 API family that this compute API serves, in Nova's shape
 * (nova/api/openstack/compute/extension_info.py: fake_xml namespace, the v2.1 date, no links).
 * @see https://docs.openstack.org/api-ref/compute/#extensions-extensions-deprecated
 */
import type { FastifyInstance } from 'fastify';
import type { components } from '@oscloud/sdk/generated/compute';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';

type Extension = components['schemas']['Extension'];

/** alias -> [name, description] of the API families served here (Nova's names and wording). */
const SERVED: Readonly<Record<string, readonly [string, string]>> = {
  'OS-DCF': ['DiskConfig', 'Disk Management Extension.'],
  'OS-EXT-AZ': ['ExtendedAvailabilityZone', 'Extended Availability Zone support.'],
  'OS-EXT-IMG-SIZE': ['ImageSize', 'Adds image size to image listings.'],
  'OS-EXT-IPS': ['ExtendedIps', 'Adds type parameter to the ip list.'],
  'OS-EXT-IPS-MAC': ['ExtendedIpsMac', 'Adds mac address parameter to the ip list.'],
  'OS-EXT-SRV-ATTR': ['ExtendedServerAttributes', 'Extended Server Attributes support.'],
  'OS-EXT-STS': ['ExtendedStatus', 'Extended Status support.'],
  'OS-FLV-EXT-DATA': ['FlavorExtraData', 'Provide additional data for flavors.'],
  'OS-SRV-USG': ['ServerUsage', 'Adds launched_at and terminated_at on Servers.'],
  'os-access-ips': ['AccessIPs', 'Access IPs support.'],
  'os-admin-actions': ['AdminActions', 'Enable admin-only server actions.'],
  'os-admin-password': ['AdminPassword', 'Admin password management support.'],
  'os-aggregates': ['Aggregates', 'Admin-only aggregate administration.'],
  'os-attach-interfaces': ['AttachInterfaces', 'Attach interface support.'],
  'os-availability-zone': ['AvailabilityZone', '1. Add availability_zone to the Create Server API.\n2. Add availability zones describing.\n'],
  'os-block-device-mapping': ['BlockDeviceMapping', 'Block device mapping boot support.'],
  'os-config-drive': ['ConfigDrive', 'Config Drive Extension.'],
  'os-console-output': ['ConsoleOutput', 'Console log output support, with tailing ability.'],
  'os-consoles': ['Consoles', 'Interactive Console support.'],
  'os-create-backup': ['CreateBackup', 'Create a backup of a server.'],
  'os-deferred-delete': ['DeferredDelete', 'Instance deferred delete.'],
  'os-evacuate': ['Evacuate', 'Enables server evacuation.'],
  'os-flavor-access': ['FlavorAccess', 'Flavor access support.'],
  'os-flavor-extra-specs': ['FlavorExtraSpecs', 'Flavors extra specs support.'],
  'os-flavor-manage': ['FlavorManage', 'Flavor create/delete API support.'],
  'os-floating-ip-pools': ['FloatingIpPools', 'Floating IPs support.'],
  'os-floating-ips': ['FloatingIps', 'Floating IPs support.'],
  'os-hosts': ['Hosts', 'Admin-only host administration.'],
  'os-hypervisors': ['Hypervisors', 'Admin-only hypervisor administration.'],
  'os-instance-actions': ['InstanceActions', 'View a log of actions and events taken on an instance.'],
  'os-keypairs': ['Keypairs', 'Keypair Support.'],
  'os-lock-server': ['LockServer', 'Enable lock/unlock server actions.'],
  'os-migrate-server': ['MigrateServer', 'Enable migrate and live-migrate server actions.'],
  'os-migrations': ['Migrations', 'Provide data on migrations.'],
  'os-multiple-create': ['MultipleCreate', 'Allow multiple create in the Create Server v2.1 API.'],
  'os-pause-server': ['PauseServer', 'Enable pause/unpause server actions.'],
  'os-quota-class-sets': ['QuotaClasses', 'Quota classes management support.'],
  'os-quota-sets': ['Quotas', 'Quotas management support.'],
  'os-rescue': ['Rescue', 'Instance rescue mode.'],
  'os-security-groups': ['SecurityGroups', 'Security group support.'],
  'os-server-diagnostics': ['ServerDiagnostics', 'Allow Admins to view server diagnostics through server id.'],
  'os-server-external-events': ['ServerExternalEvents', 'Server External Event Triggers.'],
  'os-server-groups': ['ServerGroups', 'Server group support.'],
  'os-server-password': ['ServerPassword', 'Server password support.'],
  'os-server-start-stop': ['ServerStartStop', 'Start/Stop instance compute API support.'],
  'os-services': ['Services', 'Services support.'],
  'os-shelve': ['Shelve', 'Instance shelve mode.'],
  'os-simple-tenant-usage': ['SimpleTenantUsage', 'Simple tenant usage extension.'],
  'os-suspend-server': ['SuspendServer', 'Enable suspend/resume server actions.'],
  'os-used-limits': ['UsedLimits', 'Provide data on limited resources that are being used.'],
  'os-user-data': ['UserData', 'Add user_data to the Create Server API.'],
  'os-volumes': ['Volumes', 'Volumes support.'],
};

/** An extension document in Nova's shape. */
function extension(alias: string, [name, description]: readonly [string, string]): Extension {
  return { alias, name, description, namespace: 'http://docs.openstack.org/compute/ext/fake_xml', updated: '2014-12-03T00:00:00Z', links: [] };
}

/** Registers GET /extensions and GET /extensions/{alias}. */
export function registerExtensionRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeExtensions' }, async () => ({ extensions: Object.entries(SERVED).map(([alias, v]) => extension(alias, v)) }));
  defineRoute<{ Params: { alias: string } }>(app, ctx, { service: 'compute', op: 'showComputeExtension' }, async (req) => {
    const found = SERVED[req.params.alias];
    if (!found || !Object.hasOwn(SERVED, req.params.alias)) throw notFound('The resource could not be found.');
    return { extension: extension(req.params.alias, found) };
  });
}

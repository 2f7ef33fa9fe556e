import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand, UsageError } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { extraProperties, extraPropertyFlags, fixedIps, routes, setTagFlags, updateTags } from '../../views/neutron.js';

const many = { multiple: true, multipleNonGreedy: true } as const;

/** `oscloud router set`: `--route` adds to the router's routes unless `--no-route` clears them first, as upstream. */
export default class RouterSet extends OsCommand<typeof RouterSet> {
  static override description = 'Set router properties';
  static override args = { router: Args.string({ required: true, description: 'Router to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set router name' }),
    description: Flags.string({ description: 'Set router description' }),
    enable: Flags.boolean({ description: 'Enable router', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable router' }),
    distributed: Flags.boolean({ description: 'Set router to distributed mode (disabled router only)', exclusive: ['centralized'] }),
    centralized: Flags.boolean({ description: 'Set router to centralized mode (disabled router only)' }),
    route: Flags.string({ ...many, description: 'Add routes to the router: destination=<subnet>,gateway=<ip-address> (repeatable)' }),
    'no-route': Flags.boolean({ description: 'Clear routes associated with the router. Specify both --route and --no-route to overwrite current value of routes' }),
    ha: Flags.boolean({ description: 'Set the router as highly available (disabled router only)', exclusive: ['no-ha'] }),
    'no-ha': Flags.boolean({ description: 'Clear high availability attribute of the router (disabled router only)' }),
    'external-gateway': Flags.string({ description: "External Network used as router's gateway (name or ID)" }),
    'fixed-ip': Flags.string({ ...many, description: 'Desired IP and/or subnet on external gateway: subnet=<subnet>,ip-address=<ip-address> (repeatable)' }),
    'enable-snat': Flags.boolean({ description: 'Enable Source NAT on external gateway', exclusive: ['disable-snat'] }),
    'disable-snat': Flags.boolean({ description: 'Disable Source NAT on external gateway' }),
    ...setTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const f = this.flags;
    if ((f['fixed-ip']?.length || f['enable-snat'] || f['disable-snat']) && !f['external-gateway']) {
      throw new UsageError("You must specify '--external-gateway' in order to specify SNAT or a fixed-ip");
    }
    const added = routes('route', f.route);
    const cloud = await this.cloud();
    const router = await cloud.network.routers.find(this.args.router);
    const body: Record<string, unknown> = {};
    if (f.name !== undefined) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.enable) body.admin_state_up = true;
    if (f.disable) body.admin_state_up = false;
    if (f.distributed) body.distributed = true;
    if (f.centralized) body.distributed = false;
    if (f.ha) body.ha = true;
    if (f['no-ha']) body.ha = false;
    if (f['no-route'] || added.length) body.routes = [...(f['no-route'] ? [] : (router.routes ?? [])), ...added];
    if (f['external-gateway']) {
      const network = await cloud.network.networks.find(f['external-gateway']);
      const gateway: Record<string, unknown> = { network_id: String(network.id) };
      if (f['enable-snat']) gateway.enable_snat = true;
      if (f['disable-snat']) gateway.enable_snat = false;
      if (f['fixed-ip']?.length) gateway.external_fixed_ips = await fixedIps(cloud, f['fixed-ip']);
      body.external_gateway_info = gateway;
    }
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.routers.update(String(router.id), body as never);
    await updateTags(cloud, 'routers', router, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}

import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import { type CommandResult, pyStr } from '../../output/format.js';
import { extraProperties, extraPropertyFlags, routes, unsetTagFlags, updateTags, without } from '../../views/neutron.js';

/** `oscloud router unset` */
export default class RouterUnset extends OsCommand<typeof RouterUnset> {
  static override description = 'Unset router properties';
  static override args = { router: Args.string({ required: true, description: 'Router to modify (name or ID)' }) };
  static override flags = {
    route: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Routes to be removed from the router: destination=<subnet>,gateway=<ip-address> (repeatable)' }),
    'external-gateway': Flags.boolean({ description: 'Remove external gateway information from the router' }),
    ...unsetTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property'], true);
    const f = this.flags;
    const removed = routes('route', f.route);
    const cloud = await this.cloud();
    const router = await cloud.network.routers.find(this.args.router);
    const body: Record<string, unknown> = {};
    if (removed.length) body.routes = without(router.routes, removed, (r) => `Router does not contain route ${pyStr(r)}`);
    if (f['external-gateway']) body.external_gateway_info = {};
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.routers.update(String(router.id), body as never);
    await updateTags(cloud, 'routers', router, { remove: f.tag, clear: f['all-tag'] });
    return { kind: 'none' };
  }
}

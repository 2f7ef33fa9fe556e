/**
 * Nova's os-hosts (admin; gone from 2.43): the compute hosts with their zone, a host's
 * resources (total, used, per project), enabling/disabling it (its service's status), and the
 * power actions, which Nova's libvirt driver does not implement (501)
 * (nova/api/openstack/compute/hosts.py).
 * @see https://docs.openstack.org/api-ref/compute/#hosts-os-hosts-deprecated
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listHosts, setHostDisabled, type Host } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { badRequest, notFound, notImplemented } from '../errors.js';
import { defineRoute } from '../route.js';
import { mvAtLeast } from './common.js';

type Body = Record<string, unknown>;

/** os-hosts is gone from 2.43 (Nova's `max_version='2.42'`): 404 as for an unknown URL. */
function beforeV243(req: FastifyRequest): void {
  if (mvAtLeast(req, 43)) throw notFound('The resource could not be found.');
}

/** The compute host by name, or Nova's 404. */
async function hostNamed(ctx: AppContext, name: string): Promise<Host> {
  const h = (await listHosts(ctx.db)).find((x) => x.name === name);
  if (!h) throw notFound(`Compute host ${name} could not be found.`);
  return h;
}

/** Nova's `_check_enum`: enable/disable in any case, else 400. */
function enableDisable(v: unknown, what: string): boolean | undefined {
  if (v === undefined) return undefined;
  const s = typeof v === 'string' ? v.toLowerCase() : '';
  if (s !== 'enable' && s !== 'disable') throw badRequest(`Invalid input for field/attribute ${what}. Value: ${String(v)}. '${String(v)}' is not one of ['enable', 'disable', 'Enable', 'Disable', 'ENABLE', 'DISABLE']`);
  return s === 'enable';
}

/** Registers os-hosts. */
export function registerComputeHostRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeHosts' }, async (req) => {
    beforeV243(req);
    const zone = (req.query as Record<string, unknown> | undefined)?.zone;
    let hosts = await listHosts(ctx.db);
    if (typeof zone === 'string' && zone !== '') hosts = hosts.filter((h) => h.availability_zone === zone);
    return { hosts: hosts.map((h) => ({ host_name: h.name, service: 'compute', zone: h.availability_zone })) };
  });

  defineRoute<{ Params: { host_name: string } }>(app, ctx, { service: 'compute', op: 'showComputeHost' }, async (req) => {
    beforeV243(req);
    const h = await hostNamed(ctx, req.params.host_name);
    const rows = await ctx.db.selectFrom('instances').select(['project_id', 'vcpus', 'memory_mb', 'root_gb', 'ephemeral_gb']).where('host_id', '=', h.id).where('deleted', '=', 0).execute();
    const resource = (project: string, cpu: number, memory_mb: number, disk_gb: number): Body => ({ resource: { host: h.name, project, cpu, memory_mb, disk_gb } });
    const sum = (list: typeof rows) => list.reduce((a, r) => ({ cpu: a.cpu + r.vcpus, mem: a.mem + r.memory_mb, disk: a.disk + r.root_gb + r.ephemeral_gb }), { cpu: 0, mem: 0, disk: 0 });
    const used = sum(rows);
    const projects = [...new Set(rows.map((r) => r.project_id))].sort();
    return {
      host: [
        resource('(total)', h.vcpus, h.memory_mb, h.local_gb),
        // What the instances on it use; Nova's used_now also counts the host's reserved memory (none here).
        resource('(used_now)', used.cpu, used.mem, used.disk),
        resource('(used_max)', used.cpu, used.mem, used.disk),
        ...projects.map((p) => {
          const u = sum(rows.filter((r) => r.project_id === p));
          return resource(p, u.cpu, u.mem, u.disk);
        }),
      ],
    };
  });

  defineRoute<{ Params: { host_name: string }; Body: Body }>(app, ctx, { service: 'compute', op: 'updateComputeHost' }, async (req) => {
    beforeV243(req);
    const body = (req.body ?? {}) as Body;
    const extra = Object.keys(body).find((k) => k !== 'status' && k !== 'maintenance_mode');
    if (extra) throw badRequest(`Additional properties are not allowed ('${extra}' was unexpected)`);
    const enable = enableDisable(body.status, 'status');
    const maintenance = enableDisable(body.maintenance_mode, 'maintenance_mode');
    if (enable === undefined && maintenance === undefined) throw badRequest("Invalid input for field/attribute host. Value: {}. {} is not valid under any of the given schemas");
    const h = await hostNamed(ctx, req.params.host_name);
    // Nova asks the virt driver; libvirt has no host maintenance mode.
    if (maintenance !== undefined) throw notImplemented('Virt driver does not implement host maintenance mode.');
    await setHostDisabled(ctx.db, h.id, !enable, enable ? null : 'Disabled through os-hosts');
    return { host: h.name, status: enable ? 'enabled' : 'disabled' };
  });

  for (const action of ['reboot', 'shutdown', 'startup'] as const) {
    defineRoute<{ Params: { host_name: string } }>(app, ctx, { service: 'compute', op: `${action}ComputeHost` }, async (req) => {
      beforeV243(req);
      await hostNamed(ctx, req.params.host_name);
      // Nova's libvirt driver: host_power_action raises NotImplementedError (501).
      throw notImplemented('Virt driver does not implement host power management.');
    });
  }
}

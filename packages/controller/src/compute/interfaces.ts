/**
 * os-interface: a server's ports as Nova shows them, attach (an existing port, or a new one on a
 * network) and detach, through the agent's attach_interface / detach_interface tasks. Attach
 * answers once the host plugged the port, as Nova's synchronous attach does; detach is
 * asynchronous (202). A port is DOWN until its host reports it plugged, then ACTIVE.
 * @see https://docs.openstack.org/api-ref/compute/#port-interfaces-servers-os-interface
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { awaitTaskResult, enqueueTask, registerTaskHandler, TaskFailedError, TaskTimeoutError, type AgentPayload, type TaskOutcome, type TaskRecord } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import { ApiError, badRequest, conflict, isApiError, notFound } from '../errors.js';
import { agentNetworkInfo } from '../network/dataplane.js';
import { allocatePortForServer, releasePort, setPortsStatus } from '../network/internal.js';
import { defineRoute } from '../route.js';
import { finishEvent, recordFault, startAction, startEvent } from './actions.js';
import { j, mvAtLeast } from './common.js';
import { assertUnlocked, availableNetworks, loadServer, NETWORK_AMBIGUOUS } from './servers.js';
import { GUARDS, guardViolation, invalidStateMessage, portStatusForPower } from './states.js';
import type { InstanceRow } from './views.js';

/** The create body after validation against compute.yaml. */
interface CreateBody {
  interfaceAttachment?: { net_id?: string; port_id?: string; fixed_ips?: { ip_address: string }[]; tag?: string };
}

/** Nova's InterfaceAttachFailed message. */
const attachFailed = (serverId: string): ApiError => new ApiError(500, `Failed to attach network adapter device to ${serverId}`, { type: 'computeFault' });

/** One port as Nova's interfaceAttachment (`tag` from 2.70). */
async function interfaceViews(db: Db | Trx, req: FastifyRequest, serverId: string, portId?: string): Promise<Record<string, unknown>[]> {
  let q = db
    .selectFrom('net_ports')
    .leftJoin('instance_interfaces as i', (jn) => jn.onRef('i.port_id', '=', 'net_ports.id').on('i.instance_id', '=', serverId))
    .select(['net_ports.id', 'net_ports.network_id', 'net_ports.mac_address', 'net_ports.status', 'i.tag'])
    .where('net_ports.device_id', '=', serverId)
    .where('net_ports.device_owner', 'like', 'compute:%')
    .orderBy('net_ports.created_at')
    .orderBy('net_ports.id');
  if (portId) q = q.where('net_ports.id', '=', portId);
  const ports = await q.execute();
  if (ports.length === 0) return [];
  const ips = await db
    .selectFrom('net_ip_allocations')
    .select(['port_id', 'ip_address', 'subnet_id'])
    .where('port_id', 'in', ports.map((p) => p.id))
    .orderBy('ip_address')
    .execute();
  return ports.map((p) => ({
    fixed_ips: ips.filter((a) => a.port_id === p.id).map((a) => ({ ip_address: a.ip_address, subnet_id: a.subnet_id })),
    mac_addr: p.mac_address,
    net_id: p.network_id,
    port_id: p.id,
    port_state: p.status,
    ...(mvAtLeast(req, 70) ? { tag: p.tag ?? null } : {}),
  }));
}

/**
 * The network service's errors as Nova's attach reports them: quota -> 403 PortLimitExceeded,
 * no address left -> 400 NoMoreFixedIps, a port in use -> 409; not found stays 404.
 * @see https://docs.openstack.org/api-ref/compute/#create-interface
 */
function fromNetwork(e: unknown, networkId: string | undefined): never {
  if (!isApiError(e)) throw e;
  switch (e.options.type) {
    case 'OverQuota':
      throw new ApiError(403, 'Maximum number of ports exceeded');
    case 'IpAddressGenerationFailure':
      throw badRequest(`No fixed IP addresses available for network: ${networkId}`);
    case 'PortInUse':
    case 'IpAddressAlreadyAllocated':
    case 'IpAddressInUse':
      throw conflict(e.message);
  }
  throw new ApiError(e.status === 409 ? 409 : e.status === 404 ? 404 : 400, e.message);
}

/** What the attach decided inside its transaction. */
interface Attached {
  portId: string;
  /** The agent task to wait for; absent when the server has no host (nothing to plug). */
  taskId?: string;
}

/** Validates, allocates or adopts the port, and queues the plug on the server's host. */
async function attach(ctx: AppContext, req: FastifyRequest, serverId: string, body: CreateBody): Promise<Attached> {
  const auth = req.auth!;
  const a = body.interfaceAttachment ?? {};
  if (a.tag !== undefined && !mvAtLeast(req, 49)) throw badRequest("Invalid input for field/attribute interfaceAttachment. Value: {'tag'}. Additional properties are not allowed ('tag' was unexpected)");
  const fixedIp = a.fixed_ips?.[0]?.ip_address;
  if (a.net_id && a.port_id) throw badRequest('Must not input both network_id and port_id');
  if (fixedIp && !a.net_id) throw badRequest('Must input network_id when request IP address');
  return withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, auth, serverId);
    assertUnlocked(row, auth);
    const v = guardViolation(GUARDS.attach_interface!, row.vm_state, row.task_state);
    if (v) throw conflict(invalidStateMessage('attach_interface', row.id, v));
    let networkId = a.net_id;
    if (a.port_id) {
      const existing = await trx.selectFrom('net_ports').select(['device_id', 'project_id']).where('id', '=', a.port_id).executeTakeFirst();
      // Another project's port is as good as absent (Neutron hides it).
      if (!existing || (!auth.isAdmin && existing.project_id !== row.project_id)) throw notFound(`Port ${a.port_id} could not be found.`);
      if (existing.device_id) throw conflict(`Port ${a.port_id} is still in use.`);
    } else if (networkId) {
      const net = await trx.selectFrom('net_networks').select(['id', 'project_id', 'shared']).where('id', '=', networkId).executeTakeFirst();
      if (!net || (!auth.isAdmin && net.project_id !== row.project_id && !net.shared)) throw notFound(`Network ${networkId} could not be found.`);
    } else {
      const nets = await availableNetworks(trx, row.project_id);
      if (nets.length > 1) throw badRequest(NETWORK_AMBIGUOUS);
      if (nets.length === 0) throw badRequest(`No specific network was requested and none are available for project '${row.project_id}'.`);
      networkId = nets[0]!;
    }
    if (networkId && !(await trx.selectFrom('net_subnets').select('id').where('network_id', '=', networkId).executeTakeFirst())) {
      throw badRequest(`Network ${networkId} requires a subnet in order to boot instances on.`);
    }
    let portId: string;
    try {
      const port = await allocatePortForServer(trx, {
        projectId: row.project_id,
        networkId: a.port_id ? undefined : networkId,
        portId: a.port_id,
        fixedIp,
        // A new port gets the server's security groups, as Nova makes it.
        securityGroups: a.port_id ? undefined : j<string[]>(row.security_groups, ['default']),
        deviceId: row.id,
        hostId: row.host_id ?? undefined,
        isAdmin: auth.isAdmin,
        now: ctx.now(),
      });
      portId = port.port_id;
    } catch (e) {
      fromNetwork(e, networkId);
    }
    const now = nowIso(ctx);
    await trx.deleteFrom('instance_interfaces').where('instance_id', '=', row.id).where('port_id', '=', portId).execute();
    await trx.insertInto('instance_interfaces').values({ instance_id: row.id, port_id: portId, tag: a.tag ?? null, status: row.host_id ? 'attaching' : 'attached', created_at: now }).execute();
    await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'attach_interface', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
    await startEvent(trx, row.id, 'attach_interface', 'compute_attach_interface', now, row.host_name);
    if (!row.host_id) {
      // Nothing runs it (shelved offloaded): the port waits, bound to no host, for the next spawn.
      await finishEvent(trx, row.id, 'attach_interface', 'compute_attach_interface', true, now);
      return { portId };
    }
    const payload: AgentPayload<'AttachInterfacePayload'> = {
      instance: { uuid: row.id, name: row.name },
      port: (await agentNetworkInfo(trx, portId)) as AgentPayload<'AttachInterfacePayload'>['port'],
      ...(a.tag ? { tag: a.tag } : {}),
    };
    const taskId = await enqueueTask(trx, { hostId: row.host_id, type: 'attach_interface', instanceId: row.id, payload: { ...payload } });
    return { portId, taskId };
  });
}

/** Marks the detach and queues the unplug (or releases the port at once when no host runs the server). */
async function detach(ctx: AppContext, req: FastifyRequest, serverId: string, portId: string): Promise<void> {
  const auth = req.auth!;
  await withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, auth, serverId);
    assertUnlocked(row, auth);
    const v = guardViolation(GUARDS.detach_interface!, row.vm_state, row.task_state);
    if (v) throw conflict(invalidStateMessage('detach_interface', row.id, v));
    const port = await trx.selectFrom('net_ports').select('id').where('id', '=', portId).where('device_id', '=', row.id).where('device_owner', 'like', 'compute:%').executeTakeFirst();
    if (!port) throw notFound(`Port ${portId} is not attached`);
    const iface = await trx.selectFrom('instance_interfaces').selectAll().where('instance_id', '=', row.id).where('port_id', '=', portId).executeTakeFirst();
    if (iface?.status === 'attaching') throw conflict(`Port ${portId} is still being attached to instance ${row.id}`);
    if (iface?.status === 'detaching') return; // already on its way out
    const now = nowIso(ctx);
    if (iface) await trx.updateTable('instance_interfaces').set({ status: 'detaching' }).where('instance_id', '=', row.id).where('port_id', '=', portId).execute();
    else await trx.insertInto('instance_interfaces').values({ instance_id: row.id, port_id: portId, tag: null, status: 'detaching', created_at: now }).execute();
    await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'detach_interface', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
    await startEvent(trx, row.id, 'detach_interface', 'compute_detach_interface', now, row.host_name);
    if (!row.host_id) {
      await finishDetach(trx, row, portId, now);
      return;
    }
    const payload: AgentPayload<'DetachInterfacePayload'> = { instance: { uuid: row.id, name: row.name }, port_id: portId };
    await enqueueTask(trx, { hostId: row.host_id, type: 'detach_interface', instanceId: row.id, payload: { ...payload } });
  });
}

/** The port leaves the server: deleted when the server made it, else unbound and kept. */
async function finishDetach(trx: Trx, row: Pick<InstanceRow, 'id'>, portId: string, now: string): Promise<void> {
  await releasePort(trx, portId, row.id);
  await trx.deleteFrom('instance_interfaces').where('instance_id', '=', row.id).where('port_id', '=', portId).execute();
  await finishEvent(trx, row.id, 'detach_interface', 'compute_detach_interface', true, now);
}

/** Loads the live instance a task acts on. */
async function taskInstance(trx: Trx, task: TaskRecord): Promise<InstanceRow | undefined> {
  if (!task.instanceId) return undefined;
  return trx.selectFrom('instances').selectAll().where('id', '=', task.instanceId).where('deleted', '=', 0).executeTakeFirst();
}

/** attach_interface result: the port goes ACTIVE, or the attach is undone (port deleted or unbound). */
async function onAttachResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const portId = (task.payload as Partial<AgentPayload<'AttachInterfacePayload'>>).port?.port_id;
  const row = await taskInstance(trx, task);
  if (!row || !portId) return;
  const iface = await trx.selectFrom('instance_interfaces').select('status').where('instance_id', '=', row.id).where('port_id', '=', portId).executeTakeFirst();
  if (iface?.status !== 'attaching') return; // superseded (server deleted, interface detached)
  const now = nowIso(ctx);
  if (outcome.status === 'succeeded') {
    await trx.updateTable('instance_interfaces').set({ status: 'attached' }).where('instance_id', '=', row.id).where('port_id', '=', portId).execute();
    // Attached to a stopped server, the port waits DOWN for the guest to start.
    await setPortsStatus(trx, row.id, portStatusForPower(row.power_state), [portId]);
  } else {
    await releasePort(trx, portId, row.id);
    await trx.deleteFrom('instance_interfaces').where('instance_id', '=', row.id).where('port_id', '=', portId).execute();
    await recordFault(trx, row.id, { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? 'attach_interface failed', details: outcome.fault?.details }, now, row.host_name);
  }
  await finishEvent(trx, row.id, 'attach_interface', 'compute_attach_interface', outcome.status === 'succeeded', now, outcome.fault ?? null);
}

/** detach_interface result: the port is released, or the interface stays attached. */
async function onDetachResult(trx: Trx, task: TaskRecord, outcome: TaskOutcome, ctx?: AppContext): Promise<void> {
  const portId = (task.payload as Partial<AgentPayload<'DetachInterfacePayload'>>).port_id;
  const row = await taskInstance(trx, task);
  if (!row || !portId) return;
  const iface = await trx.selectFrom('instance_interfaces').select('status').where('instance_id', '=', row.id).where('port_id', '=', portId).executeTakeFirst();
  if (iface?.status !== 'detaching') return;
  const now = nowIso(ctx);
  // 404: the host never had it (a guest rebuilt meanwhile): gone all the same.
  if (outcome.status === 'succeeded' || outcome.fault?.code === 404) {
    await finishDetach(trx, row, portId, now);
    return;
  }
  await trx.updateTable('instance_interfaces').set({ status: 'attached' }).where('instance_id', '=', row.id).where('port_id', '=', portId).execute();
  await recordFault(trx, row.id, { code: outcome.fault?.code ?? 500, message: outcome.fault?.message ?? 'detach_interface failed', details: outcome.fault?.details }, now, row.host_name);
  await finishEvent(trx, row.id, 'detach_interface', 'compute_detach_interface', false, now, outcome.fault ?? null);
}

/** Registers the attach_interface / detach_interface task handlers (idempotent). */
export function registerInterfaceTaskHandlers(ctx: AppContext): void {
  registerTaskHandler(ctx, 'attach_interface', { onResult: onAttachResult });
  registerTaskHandler(ctx, 'detach_interface', { onResult: onDetachResult });
}

/**
 * A server's ports follow its guest's power (portStatusForPower): called where a host's report
 * changes the power state (an action's result, a heartbeat). Ports still being attached wait
 * for their own result.
 */
export async function portsFollowPower(trx: Trx, instanceId: string, power: number): Promise<void> {
  const attaching = await trx.selectFrom('instance_interfaces').select('port_id').where('instance_id', '=', instanceId).where('status', '=', 'attaching').execute();
  if (attaching.length === 0) return setPortsStatus(trx, instanceId, portStatusForPower(power));
  const skip = new Set(attaching.map((a) => a.port_id));
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', instanceId).where('device_owner', 'like', 'compute:%').execute();
  await setPortsStatus(trx, instanceId, portStatusForPower(power), ports.map((p) => p.id).filter((id) => !skip.has(id)));
}

/** Removes a deleted server's interface records (its ports are released with the server's). */
export async function deleteServerInterfaces(trx: Trx, instanceId: string): Promise<void> {
  await trx.deleteFrom('instance_interfaces').where('instance_id', '=', instanceId).execute();
}

/** Registers os-interface. */
export function registerInterfaceRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listServerInterfaces' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    return { interfaceAttachments: await interfaceViews(ctx.db, req, row.id) };
  });

  defineRoute<{ Params: { server_id: string; port_id: string } }>(app, ctx, { service: 'compute', op: 'showServerInterface' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const [view] = await interfaceViews(ctx.db, req, row.id, req.params.port_id);
    if (!view) throw notFound(`Instance ${row.id} does not have a port with id ${req.params.port_id}`);
    return { interfaceAttachment: view };
  });

  defineRoute<{ Params: { server_id: string }; Body: CreateBody | undefined }>(app, ctx, { service: 'compute', op: 'createServerInterface' }, async (req) => {
    const { portId, taskId } = await attach(ctx, req, req.params.server_id, req.body ?? {});
    if (taskId) {
      const timeoutMs = Number(ctx.config.services.compute?.interfaceAttachTimeoutMs ?? 60_000);
      try {
        await awaitTaskResult(ctx, taskId, timeoutMs);
      } catch (e) {
        if (e instanceof TaskFailedError) throw attachFailed(req.params.server_id);
        // Still under way: the interface is shown as it is (DOWN) and finishes or rolls back later.
        if (!(e instanceof TaskTimeoutError)) throw e;
      }
    }
    const [view] = await interfaceViews(ctx.db, req, req.params.server_id, portId);
    if (!view) throw attachFailed(req.params.server_id);
    return { interfaceAttachment: view };
  });

  defineRoute<{ Params: { server_id: string; port_id: string } }>(app, ctx, { service: 'compute', op: 'deleteServerInterface' }, async (req, reply) => {
    await detach(ctx, req, req.params.server_id, req.params.port_id);
    return reply.code(202).send();
  });
}

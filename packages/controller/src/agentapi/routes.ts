/**
 * The agent API (schemas/agent.yaml, docs/agent-protocol.md), mounted at /agent. Agents
 * authenticate with their per-host bearer credential, not Keystone tokens: the operations are
 * `public` in the policy table and the credential is checked here, in an onRequest hook scoped to
 * this plugin (so 401/403 come before body validation).
 */
import { setMaxListeners } from 'node:events';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { conflict, forbidden, notFound, unauthorized } from '../errors.js';
import { defineRoute } from '../route.js';
import { agentSettings, type AgentSettings } from './config.js';
import { bearerToken, secretMatches } from './credentials.js';
import { forgetHostCredentials, hostIdByCredential, recordHeartbeat, registerHost, type Heartbeat, type Registration } from './hosts.js';
import { registerBackupDataRoutes } from './backups.js';
import { registerImageRoutes, registerImageUploadRoute } from './images.js';
import { registerInstanceRoutes } from './instances.js';
import { HostMonitor } from './monitor.js';
import { waitForHost } from './notifier.js';
import { claimTasks, recordProgress, recordResult, toWireTask, type ReportRefusal } from './tasks.js';
import type { TaskOutcome, TaskProgress } from './types.js';
import { TaskWatcher } from './watcher.js';

/** Per-app state of the agent API, kept in `ctx.services` under `agent`. */
export interface AgentService {
  settings: AgentSettings;
  monitor: HostMonitor;
  watcher: TaskWatcher;
}

/** The host that authenticated a request (set by the credential hook). */
const requestHosts = new WeakMap<FastifyRequest, { id: string }>();

/** The authenticated host of a request; throws 401 when the hook did not run (never for our routes). */
export function requestHost(req: FastifyRequest): { id: string } {
  const h = requestHosts.get(req);
  if (!h) throw unauthorized('Missing host credential.');
  return h;
}

/** Where a request came from (the agent's address as this controller sees it). */
const clientIp = (req: FastifyRequest): string | null => req.ip ?? null;

const refusal = (r: ReportRefusal, taskId: string): Error =>
  r === 'not_found' ? notFound(`Task ${taskId} could not be found.`) : conflict(`Task ${taskId} belongs to another host.`);

/** Agent API plugin. */
export default async function agentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const settings = agentSettings(ctx);
  const monitor = new HostMonitor(ctx.db, settings.heartbeatInterval, () => ctx.now(), ctx.logger);
  const watcher = new TaskWatcher(ctx.db, settings.pollIntervalMs, () => ctx.now(), ctx.logger);
  const service: AgentService = { settings, monitor, watcher };
  ctx.services.set('agent', service);
  ctx.agentHub.resultPollMs = settings.pollIntervalMs;
  if (!settings.bootstrapToken) {
    ctx.logger.warn('agent API: no bootstrap token (services.agent.bootstrap_token or OSCLOUD_AGENT_BOOTSTRAP_TOKEN): hosts cannot register');
  }
  // Ends waiting long polls when the controller shuts down, so close() does not wait up to 60 s.
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per waiting long poll
  monitor.start();
  app.addHook('preClose', async () => closing.abort());
  app.addHook('onClose', async () => {
    closing.abort();
    watcher.stop();
    await monitor.stop();
  });

  // Host credential check for every route but registration.
  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    if (!url || url.endsWith('/v1/hosts/register')) return;
    const token = bearerToken(req.headers.authorization);
    if (!token) throw unauthorized('This call requires the host credential (Authorization: Bearer).');
    const id = await hostIdByCredential(ctx, token);
    if (!id) throw unauthorized('The host credential is not valid.');
    const hostId = (req.params as Record<string, string> | undefined)?.host_id;
    if (hostId !== undefined && hostId !== id) throw forbidden('A host may only act on its own host id.');
    requestHosts.set(req, { id });
  });

  defineRoute<{ Body: Registration & { bootstrap_token: string } }>(app, ctx, { service: 'agent', op: 'registerHost' }, async (req, reply) => {
    const { bootstrap_token: token, ...reg } = req.body;
    if (!settings.bootstrapToken || !secretMatches(token, settings.bootstrapToken)) {
      throw unauthorized('The bootstrap token is not valid.');
    }
    const { host, credential } = await registerHost(ctx.db, reg, {
      defaultAvailabilityZone: settings.defaultAvailabilityZone,
      hostIp: clientIp(req),
      now: ctx.now(),
    });
    forgetHostCredentials(ctx); // the host's previous credential must stop working here now
    ctx.logger.info('host registered', { reqId: req.id, hostId: host.id, hostname: host.name });
    reply.code(201);
    return { host: { id: host.id, name: host.name, status: host.status }, credential, heartbeat_interval: settings.heartbeatInterval };
  });

  defineRoute<{ Params: { host_id: string }; Body: Heartbeat }>(app, ctx, { service: 'agent', op: 'reportHostHeartbeat' }, async (req) => {
    const host = requestHost(req as FastifyRequest);
    const r = await recordHeartbeat(ctx.db, host.id, req.body, { hostIp: clientIp(req), now: ctx.now(), hub: ctx.agentHub });
    if (!r) throw notFound(`Host ${host.id} could not be found.`);
    return {
      heartbeat_interval: settings.heartbeatInterval,
      host: { status: r.host.status, disabled: r.host.disabled },
      deleted_instances: r.deletedInstances,
    };
  });

  defineRoute<{ Params: { host_id: string }; Querystring: { wait?: number; max?: number } }>(
    app,
    ctx,
    { service: 'agent', op: 'listHostTasks' },
    async (req, reply) => {
      const host = requestHost(req as FastifyRequest);
      const waitMs = Math.min(60, Math.max(0, Number(req.query.wait ?? 0))) * 1000;
      const max = Math.min(100, Math.max(1, Number(req.query.max ?? 10)));
      const deadline = Date.now() + waitMs;
      const stop = new AbortController();
      const onGone = (): void => stop.abort();
      reply.raw.once('close', onGone);
      closing.signal.addEventListener('abort', onGone, { once: true });
      try {
        const claim = (): ReturnType<typeof claimTasks> =>
          claimTasks(ctx.db, host.id, max, { dialect: ctx.dialect, leaseMs: settings.leaseMs, maxAttempts: settings.maxAttempts, now: ctx.now(), hub: ctx.agentHub });
        let tasks = await claim();
        while (tasks.length === 0 && !stop.signal.aborted && Date.now() < deadline) {
          watcher.add(host.id);
          try {
            await waitForHost(host.id, deadline - Date.now(), stop.signal);
          } finally {
            watcher.remove(host.id);
          }
          // A poll whose client went away claims nothing (the tasks would sit leased to nobody).
          if (stop.signal.aborted) break;
          tasks = await claim();
        }
        return { tasks: tasks.map(toWireTask) };
      } finally {
        reply.raw.off('close', onGone);
        closing.signal.removeEventListener('abort', onGone);
      }
    },
  );

  defineRoute<{ Params: { host_id: string; task_id: string }; Body: TaskProgress }>(
    app,
    ctx,
    { service: 'agent', op: 'reportTaskProgress' },
    async (req, reply) => {
      const host = requestHost(req as FastifyRequest);
      const r = await recordProgress(ctx.db, host.id, req.params.task_id, req.body ?? {}, {
        dialect: ctx.dialect,
        leaseMs: settings.leaseMs,
        now: ctx.now(),
        hub: ctx.agentHub,
      });
      if (r === 'not_found' || r === 'other_host') throw refusal(r, req.params.task_id);
      return reply.code(204).send();
    },
  );

  defineRoute<{ Params: { host_id: string; task_id: string }; Body: { status: 'succeeded' | 'failed'; result?: Record<string, unknown>; fault?: TaskOutcome['fault'] } }>(
    app,
    ctx,
    { service: 'agent', op: 'reportTaskResult' },
    async (req, reply) => {
      const host = requestHost(req as FastifyRequest);
      const b = req.body;
      const outcome: TaskOutcome = { status: b.status, result: b.result ?? null, fault: b.status === 'failed' ? (b.fault ?? null) : null };
      const r = await recordResult(ctx.db, host.id, req.params.task_id, outcome, { dialect: ctx.dialect, now: ctx.now(), hub: ctx.agentHub, ctx });
      if (r === 'not_found' || r === 'other_host') throw refusal(r, req.params.task_id);
      if (r === 'recorded') ctx.logger.info('task finished', { reqId: req.id, taskId: req.params.task_id, hostId: host.id, status: b.status });
      return reply.code(204).send();
    },
  );

  registerImageRoutes(app, ctx);
  // snapshot, shelve, rebuild
  registerImageUploadRoute(app, ctx, requestHost);
  registerInstanceRoutes(app, ctx, requestHost);
  registerBackupDataRoutes(app, ctx, requestHost);
}

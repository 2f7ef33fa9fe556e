/**
 * Neutron's agents resource (`network agent list`), from the hosts the agent API knows: each
 * host runs one L2 agent ('Linux bridge agent', or 'Noop agent' where it has no dataplane) and,
 * with linuxbridge, a 'DHCP agent'. Ids are derived from the host id and the agent type, so they
 * stay the same across re-registrations; `alive` follows the host's heartbeat.
 * @see https://docs.openstack.org/api-ref/network/v2/#agents
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { defineRoute } from '../route.js';
import { type Query, listResponse, nErr, pickFields, qAll, tx } from './common.js';

/** The agent types a host's network driver runs, with their Neutron topic and what they do. */
const AGENTS: Record<string, { type: string; topic: string; config: Record<string, unknown> }[]> = {
  linuxbridge: [
    { type: 'Linux bridge agent', topic: 'N/A', config: { driver: 'linuxbridge', bridge_mappings: {}, interface_mappings: {}, l2_population: false, devices: 0 } },
    { type: 'DHCP agent', topic: 'dhcp_agent', config: { dhcp_driver: 'dnsmasq', dhcp_lease_duration: -1, isolated_metadata_route: true } },
  ],
  noop: [
    { type: 'Noop agent', topic: 'N/A', config: { driver: 'noop', note: 'no dataplane on this host: guests get a QEMU user-mode NIC; no bridges, DHCP or security groups' } },
  ],
};

/** A stable uuid for (host, agent type). */
function agentId(hostId: string, type: string): string {
  const h = createHash('sha256').update(`${hostId}\0${type}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Neutron writes agent times as `2026-12-06 10:00:00` (UTC, no zone, no fraction). */
function agentTime(iso: string): string {
  return iso.replace(/(\.\d+)?Z$/, '').replace('T', ' ');
}

async function allAgents(ctx: AppContext): Promise<Record<string, unknown>[]> {
  const hosts = await tx(ctx, (trx) =>
    trx.selectFrom('hosts').select(['id', 'name', 'status', 'availability_zone', 'network_driver', 'created_at', 'updated_at', 'last_heartbeat_at']).execute(),
  );
  return hosts.flatMap((h) =>
    (AGENTS[h.network_driver] ?? AGENTS.noop!).map((a) => ({
      id: agentId(h.id, a.type),
      agent_type: a.type,
      binary: 'oscloud-agent',
      host: h.name,
      topic: a.topic,
      admin_state_up: true,
      alive: h.status === 'up',
      availability_zone: a.type === 'DHCP agent' ? h.availability_zone : null,
      configurations: a.config,
      description: null,
      created_at: agentTime(h.created_at),
      started_at: agentTime(h.updated_at),
      heartbeat_timestamp: h.last_heartbeat_at ? agentTime(h.last_heartbeat_at) : null,
      resources_synced: null,
      resource_versions: {},
    })),
  );
}

/** Registers GET /v2.0/agents and /v2.0/agents/{agent_id}. */
export function registerAgentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const base = `${ctx.config.publicUrl}/network`;
  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listNetworkAgents' }, async (req) => {
    // Boolean filters (`alive=True` from Python clients) compare case-insensitively.
    // Neutron's policy filters each agent out for non-admins: 200 with an empty list, not 403.
    const agents = req.auth?.isAdmin ? await allAgents(ctx) : [];
    return listResponse(agents, req.query, { collection: 'agents', url: `${base}/v2.0/agents` });
  });
  defineRoute<{ Params: { agent_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showNetworkAgent' }, async (req) => {
    const agent = (await allAgents(ctx)).find((a) => a.id === req.params.agent_id);
    if (!agent) throw nErr(404, 'AgentNotFound', `Agent ${req.params.agent_id} could not be found.`);
    return { agent: pickFields(agent, qAll(req.query, 'fields')) };
  });
}

/**
 * Walks the policy table against a live controller: for every routed operation, each persona
 * {admin, member, reader, other project's member, no token} gets the status its rule implies.
 * Allowed personas must get past policy (not 401/403) and never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRule } from '../src/auth.js';
import { POLICY, type Rule } from '../src/policy/table.js';
import { routedOperations } from '../src/route.js';
import { SPEC_FILES, sharedSpecs, type ServiceName, type SpecOperation } from '../src/spec.js';
import { api, backends, startTestController, type TestController } from './helpers.js';
import { seedProject, type SeededIds } from './seed.js';
import { validBody } from './valid-body.js';

type Persona = 'admin' | 'member' | 'reader' | 'other' | 'none';
const PERSONAS: Persona[] = ['none', 'reader', 'other', 'member', 'admin'];
const PREFIX: Record<ServiceName, string> = { identity: '/identity', compute: '/compute', image: '/image', volume: '/volume', network: '/network', agent: '/agent', 'object-store': '/object-store' };

/**
 * What the rule says for a persona: 'allow' (past policy), 401 or 403, or 'narrowed' (any 4xx but
 * 401: `authenticated` operations whose handler narrows access, e.g. Keystone's show project).
 * owner ops target the member's user id.
 */
function expected(rule: Rule, persona: Persona): 'allow' | 'narrowed' | 401 | 403 {
  if (rule === 'public') return 'allow';
  if (persona === 'none') return 401;
  switch (rule) {
    case 'authenticated':
      return persona === 'admin' ? 'allow' : 'narrowed';
    case 'admin':
      return persona === 'admin' ? 'allow' : 403;
    case 'member':
      return persona === 'reader' ? 403 : 'allow';
    case 'reader':
      return 'allow';
    case 'owner':
      return persona === 'admin' || persona === 'member' ? 'allow' : 403;
  }
}

describe('policy table', () => {
  const specs = sharedSpecs();
  const services = Object.keys(SPEC_FILES) as ServiceName[];

  it('has only rows for operations that exist in a spec', () => {
    const known = new Set(services.flatMap((s) => specs.get(s)?.operations().map((o) => o.operationId) ?? []));
    expect(Object.keys(POLICY).filter((id) => !known.has(id))).toEqual([]);
  });

  it.each(services)('covers every operation of the %s spec', (service) => {
    const ops = specs.get(service)?.operations() ?? [];
    expect(ops.filter((o) => !POLICY[o.operationId]).map((o) => o.operationId)).toEqual([]);
  });

  it('evaluates rules as documented', () => {
    const base = { userId: 'u', projectId: 'p', roles: [], isAdmin: false } as const;
    const mk = (roles: string[], isAdmin = false) => ({ ...base, roleNames: new Set(roles), isAdmin }) as unknown as Parameters<typeof checkRule>[1];
    expect(checkRule('member', mk(['reader']))?.status).toBe(403);
    expect(checkRule('member', mk(['member', 'reader']))).toBeNull();
    expect(checkRule('admin', mk(['member']))?.status).toBe(403);
    expect(checkRule('admin', mk(['admin'], true))).toBeNull();
    expect(checkRule('owner', mk(['member']), { user_id: 'u' })).toBeNull();
    expect(checkRule('owner', mk(['member']), { user_id: 'x' })?.status).toBe(403);
    expect(checkRule('reader', null)?.status).toBe(401);
    expect(checkRule('public', null)).toBeNull();
  });
});

/** Path values that go with the seeded ids (not ids themselves). */
function seededPathValue(name: string, seeded: SeededIds, otherProject: string): string | undefined {
  if (name === 'resource_type') return 'networks';
  if (name === 'resource_id') return seeded.network_id;
  if (name === 'member_id') return otherProject;
  if (name === 'key' || name === 'tag') return 'k';
  if (name === 'request_id') return 'req-00000000-0000-4000-8000-000000000000';
  return seeded[name];
}

describe.each(backends())('policy walk over every routed operation (%s)', (backend) => {
  let c: TestController;
  let tokens: Record<Persona, string | undefined>;
  let memberUser: string;
  let projects: Record<Persona, string>;
  let seeded: SeededIds;
  let ops: SpecOperation[];
  const failures: string[] = [];
  const exact404: string[] = [];

  beforeAll(async () => {
    c = await startTestController({ backend });
    const member = await c.createProjectUser('member');
    const reader = await c.createProjectUser('reader', { projectId: member.projectId });
    const other = await c.createProjectUser('member');
    memberUser = member.userId;
    projects = { admin: c.adminProjectId, member: member.projectId, reader: member.projectId, other: other.projectId, none: member.projectId };
    tokens = { admin: c.adminToken, member: member.token, reader: reader.token, other: other.token, none: undefined };
    // The member's project owns one real resource of every kind: another project's member must
    // get exactly 404 on each of them (existence is not leaked, and 403 would leak it).
    seeded = await seedProject(c, member);
    ops = routedOperations(c.ctx);
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('routes operations', () => {
    expect(ops.length).toBeGreaterThan(50);
  });

  it('gives each persona the status of the rule; another project gets exactly 404 on real resources', async () => {
    const cases = ops.flatMap((op) => PERSONAS.map((persona) => ({ op, persona })));
    const run = async ({ op, persona }: (typeof cases)[number]): Promise<void> => {
      const rule = POLICY[op.operationId]!;
      const exp = expected(rule, persona);
      // Path ids: the member's user for owner rules, the persona's own project outside identity
      // (identity's project routes are admin operations on other projects); for the other
      // project's member the member's real resources; else nonexistent ids.
      let real = false;
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        if (name === 'user_id' && rule === 'owner') return memberUser;
        // Domain configuration groups and options are a fixed set (any other is Keystone's 403 "invalid").
        if (name === 'group') return 'identity';
        if (name === 'option') return 'driver';
        if (name === 'project_id' && op.service !== 'identity') return projects[persona];
        // (Identity and agent ids are not project resources: the agent's image_id is a host's download.)
        const value = persona === 'other' && op.service !== 'identity' && op.service !== 'agent' ? seededPathValue(name, seeded, projects.other) : undefined;
        if (value === undefined) return `policy-walk-${name}`;
        if (name in seeded || name === 'resource_id') real = true;
        return encodeURIComponent(value);
      });
      const headers: Record<string, string> = { accept: 'application/json' };
      const token = tokens[persona];
      if (token) headers['x-auth-token'] = token;
      let body: string | undefined;
      if (['POST', 'PUT', 'PATCH'].includes(op.method)) {
        // A valid body where the answer must be 404 (an invalid one may rightly be 400 first).
        const valid = real ? validBody(c.ctx.specs.require(op.service), op) : null;
        body = valid?.text ?? '{}';
        headers['content-type'] = valid?.contentType ?? 'application/json';
        if (op.service === 'volume') headers['openstack-api-version'] = 'volume 3.64';
      }
      const res = await fetch(`${c.url}${PREFIX[op.service]}${path}`, { method: op.method, headers, body });
      await res.arrayBuffer();
      const got = res.status;
      // Agent operations are `public` for Keystone and check the host credential themselves (401).
      const ok =
        real && exp !== 401 && exp !== 403
          ? got === 404
          : exp === 'allow'
            ? got !== 403 && got < 500 && (got !== 401 || op.service === 'agent')
            : exp === 'narrowed'
              ? got !== 401 && got < 500
              : got === exp;
      if (real && exp !== 401 && exp !== 403) exact404.push(op.operationId);
      if (!ok) failures.push(`${op.operationId} (${rule}) as ${persona}${real ? ' on a real resource' : ''}: expected ${real && exp !== 401 && exp !== 403 ? 404 : exp}, got ${got}`);
    };
    // 8 requests in flight: the walk is ~1500 requests.
    let next = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < cases.length) await run(cases[next++]!);
    }));
    expect(failures.sort()).toEqual([]);
    // Every by-id route of a project resource was tried on a real one (servers, volumes,
    // snapshots, attachments, images, networks, subnets, ports, routers, floating IPs,
    // security groups and rules, key pairs, server groups, tags).
    expect(exact404.length).toBeGreaterThan(70);
    for (const op of ['showServer', 'deleteServer', 'serverAction', 'updateVolume', 'deleteSnapshot', 'showAttachment', 'updateImage', 'updateNetwork', 'deletePort', 'addRouterInterface', 'updateFloatingIP', 'deleteSecurityGroupRule', 'deleteKeypair', 'showServerGroup']) {
      expect(exact404, op).toContain(op);
    }
  }, 180_000);

  it("left the member's resources in place", async () => {
    expect((await api(c, 'GET', `/compute/v2.1/servers/${seeded.server_id}`, { token: tokens.member })).status).toBe(200);
    expect((await api(c, 'GET', `/volume/v3/${projects.member}/volumes/${seeded.volume_id}`, { token: tokens.member })).status).toBe(200);
    expect((await api(c, 'GET', `/network/v2.0/routers/${seeded.router_id}`, { token: tokens.member })).status).toBe(200);
    expect((await api(c, 'GET', `/image/v2/images/${seeded.image_id}`, { token: tokens.member })).status).toBe(200);
  });
});

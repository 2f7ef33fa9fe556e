// The raw typed escape hatch: keys, parameters, bodies and responses come from the generated
// `paths`. These assertions are checked by `tsc -p test` (and run as plain tests by vitest).
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { Cloud, type RouteKey, type ResponseOf } from '../src/index.js';
import type { components as Compute } from '../src/generated/compute.js';
import type { components as Network } from '../src/generated/network.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('typed request()', () => {
  it('infers route keys and response bodies from the specs', () => {
    expectTypeOf<'GET /v2.1/servers/{server_id}'>().toExtend<RouteKey<'compute'>>();
    expectTypeOf<'POST /v3/auth/tokens'>().toExtend<RouteKey<'identity'>>();
    expectTypeOf<'PUT /v2/images/{image_id}/file'>().toExtend<RouteKey<'image'>>();
    expectTypeOf<'GET /v3/{project_id}/volumes/detail'>().toExtend<RouteKey<'volume'>>();
    expectTypeOf<'POST /v1/hosts/{host_id}/heartbeat'>().toExtend<RouteKey<'agent'>>();
    expectTypeOf<'GET /v2.1/nope'>().not.toExtend<RouteKey<'compute'>>();
    expectTypeOf<ResponseOf<'compute', 'GET /v2.1/servers/{server_id}'>>().toEqualTypeOf<Compute['schemas']['ServerShow']>();
    expectTypeOf<ResponseOf<'network', 'GET /v2.0/networks'>['networks'][number]>().toEqualTypeOf<Network['schemas']['Network']>();
  });

  it('sends the typed request and answers the typed body', async () => {
    const cloud = new Cloud({ endpoints: { network: 'http://n:9696' }, auth: { type: 'token', token: 't' }, retries: 0 });
    const scope = nock('http://n:9696')
      .post('/v2.0/networks', { network: { name: 'private' } })
      .reply(201, { network: { id: 'n1', name: 'private', status: 'ACTIVE' } });
    const res = await cloud.request('network', 'POST /v2.0/networks', { body: { network: { name: 'private' } } });
    // the spec answers one network or, for a bulk create, several: narrow first
    if (!('network' in res)) throw new Error('expected a single network');
    expectTypeOf(res.network.id).toEqualTypeOf<string>();
    expect(res.network.id).toBe('n1');
    scope.done();
  });

  it('rejects wrong parameters at compile time', () => {
    const cloud = new Cloud({ auth: { type: 'none' } });
    const never = () => {
      // @ts-expect-error server_id is required
      void cloud.request('compute', 'GET /v2.1/servers/{server_id}');
      // @ts-expect-error not a route of the compute spec
      void cloud.request('compute', 'GET /v2.1/nope');
      // @ts-expect-error a body of the wrong shape
      void cloud.request('network', 'POST /v2.0/networks', { body: { network: { name: 5 } } });
      // Cinder's leading {project_id} may be omitted: it comes from the token
      void cloud.request('volume', 'GET /v3/{project_id}/volumes/{volume_id}', { path: { volume_id: 'v' } });
      // @ts-expect-error any other project_id names someone else's project: Keystone's
      void cloud.request('identity', 'GET /v3/projects/{project_id}', { path: {} });
      // @ts-expect-error Neutron's quotas of a project
      void cloud.request('network', 'GET /v2.0/quotas/{project_id}', {});
      // @ts-expect-error the target project of Cinder's os-quota-sets
      void cloud.request('volume', 'GET /v3/{admin_project_id}/os-quota-sets/{project_id}', { path: { admin_project_id: 'a' } });
    };
    expect(typeof never).toBe('function');
  });
});

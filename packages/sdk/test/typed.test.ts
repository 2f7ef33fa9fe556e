// The raw typed escape hatch: keys, parameters, bodies and responses come from the generated
// `paths`. The type assertions (expectTypeOf, @ts-expect-error) are checked by `npm run typecheck`
// (tsc -p test), which the package's `npm test` runs before vitest.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { BadRequestError, Cloud, NotFoundError, type ResponseOf, type RouteKey } from '../src/index.js';
import { BASE, IDS, PROJECT_ID, connected, mockVersions, network, volume } from './helpers.js';
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
      .reply(201, { network: network({ id: 'n1' }) });
    const res = await cloud.request('network', 'POST /v2.0/networks', { body: { network: { name: 'private' } } });
    // the spec answers one network or, for a bulk create, several: narrow first
    if (!('network' in res)) throw new Error('expected a single network');
    expectTypeOf(res.network.id).toEqualTypeOf<string>();
    expect(res.network.id).toBe('n1');
    scope.done();
  });

  // Each call below is refused twice: by the compiler (`npm run typecheck`, which `npm test` runs
  // first, fails if a line under @ts-expect-error compiles) and by the SDK or the cloud at run time.
  it('rejects wrong parameters at compile time and at run time', async () => {
    const cloud = new Cloud({
      endpoints: { compute: 'http://c:8774', network: 'http://n:9696', identity: 'http://k:5000' },
      auth: { type: 'token', token: 't' },
      retries: 0,
    });
    // @ts-expect-error server_id is required
    await expect(cloud.request('compute', 'GET /v2.1/servers/{server_id}')).rejects.toThrow(/missing path parameter 'server_id'/);
    const nova = nock('http://c:8774').get('/v2.1/nope').reply(404, { itemNotFound: { code: 404, message: 'The resource could not be found.' } });
    // @ts-expect-error not a route of the compute spec
    await expect(cloud.request('compute', 'GET /v2.1/nope', { microversion: '2.1' })).rejects.toBeInstanceOf(NotFoundError);
    nova.done();
    const neutron = nock('http://n:9696')
      .post('/v2.0/networks', { network: { name: 5 } })
      .reply(400, { NeutronError: { type: 'HTTPBadRequest', message: "Invalid input for name. Reason: '5' is not a valid string.", detail: '' } });
    // @ts-expect-error a body of the wrong shape
    await expect(cloud.request('network', 'POST /v2.0/networks', { body: { network: { name: 5 } } })).rejects.toBeInstanceOf(BadRequestError);
    neutron.done();
    // @ts-expect-error any project_id but Cinder's leading one names someone else's project: Keystone's
    await expect(cloud.request('identity', 'GET /v3/projects/{project_id}', { path: {} })).rejects.toThrow(/missing path parameter 'project_id'/);
    // @ts-expect-error Neutron's quotas of a project
    await expect(cloud.request('network', 'GET /v2.0/quotas/{project_id}', {})).rejects.toThrow(/missing path parameter 'project_id'/);
  });

  it('request bodies keep the fields the spec requires (flavorRef, name, volume_uuid)', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79', volume: '3.70' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers', { server: { name: 'web1', imageRef: IDS.image } })
      .reply(400, { badRequest: { code: 400, message: "Invalid input for field/attribute server. Value: {'name': 'web1'}. 'flavorRef' is a required property" } })
      .post('/compute/v2.1/servers', { server: { imageRef: IDS.image, flavorRef: '1' } })
      .reply(400, { badRequest: { code: 400, message: "Invalid input for field/attribute server. 'name' is a required property" } })
      .post(`/volume/v3/${PROJECT_ID}/attachments`, { attachment: { instance_uuid: IDS.server } })
      .reply(400, { badRequest: { code: 400, message: 'Invalid input received: volume_uuid is required.' } });
    // @ts-expect-error flavorRef is required
    await expect(cloud.compute.servers.create({ name: 'web1', imageRef: IDS.image })).rejects.toThrow(/'flavorRef' is a required property/);
    // @ts-expect-error name is required (also through the typed request)
    await expect(cloud.request('compute', 'POST /v2.1/servers', { body: { server: { imageRef: IDS.image, flavorRef: '1' } } })).rejects.toBeInstanceOf(BadRequestError);
    // @ts-expect-error volume_uuid is required
    await expect(cloud.volume.attachments.create({ instance_uuid: IDS.server })).rejects.toThrow(/volume_uuid is required/);
    scope.done();
    // fields with a server-side default stay optional
    expectTypeOf<{ name: string }>().toExtend<Network['schemas']['NetworkCreateRequest']>();
  });

  it("Cinder's leading {project_id} may be omitted (the token's project); its os-quota-sets target may not", async () => {
    const cloud = await connected();
    const versions = mockVersions({ volume: '3.70' });
    const scope = nock(BASE)
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .reply(200, { volume: volume({ id: 'v1' }) });
    const res = await cloud.request('volume', 'GET /v3/{project_id}/volumes/{volume_id}', { path: { volume_id: 'v1' } });
    expect(res.volume.id).toBe('v1');
    versions.done();
    scope.done();
    await expect(
      // @ts-expect-error the target project of os-quota-sets is someone else's
      cloud.request('volume', 'GET /v3/{admin_project_id}/os-quota-sets/{project_id}', { path: { admin_project_id: PROJECT_ID } }),
    ).rejects.toThrow(/missing path parameter 'project_id'/);
  });
});

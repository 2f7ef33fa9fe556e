import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

describe.each(backends())('Cinder QoS specs on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };

  const adm = (m: string, p: string, body?: unknown) => api(c, m, `/volume/v3/${c.adminProjectId}${p}`, { token: c.adminToken, body });
  function ok(op: string, res: { status: number; body: unknown }, status: number): void {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(checkResponse('volume', op, res.status, res.body)).toBeNull();
  }

  beforeAll(async () => {
    c = await startTestController({ backend });
    member = await c.createProjectUser('member');
  });
  afterAll(() => c?.close());

  it('creates, lists, shows, sets and unsets keys (admin only)', async () => {
    ok('createQosSpecs', await api(c, 'POST', `/volume/v3/${member.projectId}/qos-specs`, { token: member.token, body: { qos_specs: { name: 'x' } } }), 403);
    ok('listQosSpecs', await api(c, 'GET', `/volume/v3/${member.projectId}/qos-specs`, { token: member.token }), 403);
    const created = await adm('POST', '/qos-specs', { qos_specs: { name: 'gold', consumer: 'front-end', read_iops_sec: '2000' } });
    ok('createQosSpecs', created, 200);
    const id = created.body.qos_specs.id as string;
    expect(created.body.qos_specs).toEqual({ id, name: 'gold', consumer: 'front-end', specs: { read_iops_sec: '2000' } });
    expect(created.body.links.map((l: { rel: string; href: string }) => l.rel)).toEqual(['self', 'bookmark']);
    expect(created.body.links[0].href).toContain(`/qos-specs/${id}`);
    // Default consumer, duplicate name, bad consumer, empty name.
    const silver = await adm('POST', '/qos-specs', { qos_specs: { name: 'silver' } });
    ok('createQosSpecs', silver, 200);
    expect(silver.body.qos_specs).toMatchObject({ consumer: 'back-end', specs: {} });
    const dup = await adm('POST', '/qos-specs', { qos_specs: { name: 'gold' } });
    ok('createQosSpecs', dup, 409);
    expect(dup.body.conflictingRequest.message).toBe('QoS Specs gold already exists.');
    const badConsumer = await adm('POST', '/qos-specs', { qos_specs: { name: 'bronze', consumer: 'middle' } });
    ok('createQosSpecs', badConsumer, 400);
    expect(badConsumer.body.badRequest.message).toContain('Valid consumer of QoS specs are');
    ok('createQosSpecs', await adm('POST', '/qos-specs', { qos_specs: { name: '  ' } }), 400);
    ok('createQosSpecs', await adm('POST', '/qos-specs', { qos_specs: { consumer: 'both' } }), 400);

    const list = await adm('GET', '/qos-specs?sort=name:asc');
    ok('listQosSpecs', list, 200);
    expect(list.body.qos_specs.map((q: { name: string }) => q.name)).toEqual(['gold', 'silver']);
    ok('showQosSpecs', await adm('GET', `/qos-specs/${id}`), 200);
    const missing = await adm('GET', '/qos-specs/nope');
    ok('showQosSpecs', missing, 404);
    expect(missing.body.itemNotFound.message).toBe('No such QoS spec nope.');
    // Projectless URL too.
    ok('showQosSpecs', await api(c, 'GET', `/volume/v3/qos-specs/${id}`, { token: c.adminToken }), 200);

    const set = await adm('PUT', `/qos-specs/${id}`, { qos_specs: { write_iops_sec: '1000', consumer: 'both' } });
    ok('updateQosSpecs', set, 200);
    expect(set.body).toEqual({ qos_specs: { write_iops_sec: '1000', consumer: 'both' } });
    ok('updateQosSpecs', await adm('PUT', `/qos-specs/${id}`, { qos_specs: { consumer: 'sideways' } }), 400);
    ok('updateQosSpecs', await adm('PUT', '/qos-specs/nope', { qos_specs: { a: 'b' } }), 404);
    const shown = await adm('GET', `/qos-specs/${id}`);
    expect(shown.body.qos_specs).toMatchObject({ consumer: 'both', specs: { read_iops_sec: '2000', write_iops_sec: '1000' } });

    ok('deleteQosSpecsKeys', await adm('PUT', `/qos-specs/${id}/delete_keys`, { keys: ['read_iops_sec'] }), 202);
    const noKey = await adm('PUT', `/qos-specs/${id}/delete_keys`, { keys: ['read_iops_sec'] });
    ok('deleteQosSpecsKeys', noKey, 404);
    expect(noKey.body.itemNotFound.message).toBe(`QoS spec ${id} has no spec with key read_iops_sec.`);
    expect((await adm('GET', `/qos-specs/${id}`)).body.qos_specs.specs).toEqual({ write_iops_sec: '1000' });
  });

  it('associates with volume types, refuses to delete an associated spec without force', async () => {
    const q = (await adm('POST', '/qos-specs', { qos_specs: { name: 'assoc-a' } })).body.qos_specs.id as string;
    const q2 = (await adm('POST', '/qos-specs', { qos_specs: { name: 'assoc-b' } })).body.qos_specs.id as string;
    const t1 = (await adm('POST', '/types', { volume_type: { name: 'qos-t1' } })).body.volume_type.id as string;
    const t2 = (await adm('POST', '/types', { volume_type: { name: 'qos-t2' } })).body.volume_type.id as string;

    const none = await adm('GET', `/qos-specs/${q}/associate`);
    ok('associateQosSpecs', none, 400);
    expect(none.body.badRequest.message).toBe('Volume Type id must not be None.');
    ok('associateQosSpecs', await adm('GET', `/qos-specs/${q}/associate?vol_type_id=nope`), 404);
    ok('associateQosSpecs', await adm('GET', `/qos-specs/nope/associate?vol_type_id=${t1}`), 404);
    ok('associateQosSpecs', await adm('GET', `/qos-specs/${q}/associate?vol_type_id=${t1}`), 202);
    ok('associateQosSpecs', await adm('GET', `/qos-specs/${q}/associate?vol_type_id=${t1}`), 202); // again: no-op
    ok('associateQosSpecs', await adm('GET', `/qos-specs/${q}/associate?vol_type_id=${t2}`), 202);
    const other = await adm('GET', `/qos-specs/${q2}/associate?vol_type_id=${t1}`);
    ok('associateQosSpecs', other, 400);
    expect(other.body.badRequest.message).toContain('already associated with another qos specs');

    const assoc = await adm('GET', `/qos-specs/${q}/associations`);
    ok('listQosSpecsAssociations', assoc, 200);
    expect(assoc.body.qos_associations).toEqual([
      { association_type: 'volume_type', name: 'qos-t1', id: t1 },
      { association_type: 'volume_type', name: 'qos-t2', id: t2 },
    ]);
    ok('listQosSpecsAssociations', await adm('GET', '/qos-specs/nope/associations'), 404);
    const type = await adm('GET', `/types/${t1}`);
    expect(type.body.volume_type.qos_specs_id).toBe(q);

    ok('disassociateQosSpecs', await adm('GET', `/qos-specs/${q}/disassociate`), 400);
    ok('disassociateQosSpecs', await adm('GET', `/qos-specs/${q}/disassociate?vol_type_id=nope`), 404);
    ok('disassociateQosSpecs', await adm('GET', `/qos-specs/${q}/disassociate?vol_type_id=${t1}`), 202);
    expect((await adm('GET', `/qos-specs/${q}/associations`)).body.qos_associations.map((a: { id: string }) => a.id)).toEqual([t2]);
    expect((await adm('GET', `/types/${t1}`)).body.volume_type.qos_specs_id).toBeNull();

    const inUse = await adm('DELETE', `/qos-specs/${q}`);
    ok('deleteQosSpecs', inUse, 400);
    expect(inUse.body.badRequest.message).toBe(`QoS Specs ${q} is still associated with entities.`);
    ok('deleteQosSpecs', await adm('DELETE', `/qos-specs/${q}?force=False`), 400);
    ok('disassociateAllQosSpecs', await adm('GET', `/qos-specs/${q}/disassociate_all`), 202);
    expect((await adm('GET', `/qos-specs/${q}/associations`)).body.qos_associations).toEqual([]);
    ok('disassociateAllQosSpecs', await adm('GET', '/qos-specs/nope/disassociate_all'), 404);
    ok('deleteQosSpecs', await adm('DELETE', `/qos-specs/${q}`), 202);
    ok('deleteQosSpecs', await adm('DELETE', `/qos-specs/${q}`), 404);

    // force deletes an associated spec and clears the type's qos_specs_id.
    ok('associateQosSpecs', await adm('GET', `/qos-specs/${q2}/associate?vol_type_id=${t1}`), 202);
    ok('deleteQosSpecs', await adm('DELETE', `/qos-specs/${q2}?force=True`), 202);
    expect((await adm('GET', `/types/${t1}`)).body.volume_type.qos_specs_id).toBeNull();
    // A type associated with a spec can still be deleted.
    const q3 = (await adm('POST', '/qos-specs', { qos_specs: { name: 'assoc-c' } })).body.qos_specs.id as string;
    ok('associateQosSpecs', await adm('GET', `/qos-specs/${q3}/associate?vol_type_id=${t2}`), 202);
    ok('deleteVolumeType', await adm('DELETE', `/types/${t2}`), 202);
    expect((await adm('GET', `/qos-specs/${q3}/associations`)).body.qos_associations).toEqual([]);
  });
});

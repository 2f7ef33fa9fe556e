/** The metadata service's paths: OpenStack's tree and the EC2 view, from one instance's data. */
import { describe, expect, it } from 'vitest';
import { metadataResponse } from '../src/network/metadata.js';

const DATA = {
  metaData: { uuid: 'u-1', hostname: 'web1', name: 'web1', availability_zone: 'nova', public_keys: { k1: 'ssh-ed25519 AAAA k1' }, launch_index: 0 },
  networkData: { links: [], networks: [], services: [] },
  userData: '#!/bin/sh\necho hi\n',
};

describe('metadataResponse', () => {
  it('serves the OpenStack tree', () => {
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/meta_data.json')).toEqual({ type: 'application/json', body: JSON.stringify(DATA.metaData) });
    expect(JSON.parse(metadataResponse(DATA, '10.0.0.5', '/openstack/2018-08-27/network_data.json')!.body)).toEqual(DATA.networkData);
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/user_data')!.body).toBe(DATA.userData);
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/')!.body).toContain('meta_data.json\nnetwork_data.json');
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/nope')).toBeUndefined();
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/1999-01-01/meta_data.json')).toBeUndefined();
    expect(metadataResponse({ ...DATA, userData: undefined }, '10.0.0.5', '/openstack/latest/user_data')).toBeUndefined();
  });

  it('serves the EC2 paths cloud-init reads', () => {
    const get = (p: string) => metadataResponse(DATA, '10.0.0.5', p)?.body;
    expect(get('/latest/meta-data/instance-id')).toBe('u-1');
    expect(get('/latest/meta-data/local-ipv4')).toBe('10.0.0.5');
    expect(get('/latest/meta-data/public-keys/')).toBe('0=k1\n');
    expect(get('/latest/meta-data/public-keys/0/openssh-key')).toBe('ssh-ed25519 AAAA k1');
    expect(get('/latest/meta-data/placement/')).toBe('availability-zone\n');
    expect(get('/latest/meta-data/')).toContain('instance-id\n');
    expect(get('/latest/user-data')).toBe(DATA.userData);
  });
});

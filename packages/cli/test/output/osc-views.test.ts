/** The views that give `show` commands python-openstackclient's fields (checked against OSC itself in tests/compat/test/osc-differential.test.ts). */
import { describe, expect, it } from 'vitest';
import { imageShowData } from '../../src/views/image.js';
import { neutronShowData } from '../../src/views/neutron-show.js';
import type { Image } from '@oscloud/sdk';

describe('neutronShowData', () => {
  it('shows every openstacksdk field (absent ones null), renamed, without tenant_id or fields openstacksdk does not know', () => {
    const shown = neutronShowData('network', { id: 'n1', name: 'net', tenant_id: 'p1', project_id: 'p1', l2_adjacency: true, vlan_transparent: false, subnets: ['s1'] });
    expect(shown).toMatchObject({ id: 'n1', name: 'net', project_id: 'p1', is_vlan_transparent: false, subnets: ['s1'], 'provider:network_type': null, segments: null });
    expect(shown).not.toHaveProperty('tenant_id');
    expect(shown).not.toHaveProperty('l2_adjacency');
    const port = neutronShowData('port', { id: 'p', 'binding:vnic_type': 'normal', security_groups: ['sg'] });
    expect(port).toMatchObject({ binding_vnic_type: 'normal', security_group_ids: ['sg'], trunk_details: null });
    expect(port).not.toHaveProperty('security_groups');
    expect(neutronShowData('securityGroup', { id: 'g', tenant_id: 'p1', security_group_rules: [] })).toMatchObject({ project_id: 'p1', rules: [] });
  });
});

describe('imageShowData', () => {
  it("keeps upstream's core fields and tags at the top and folds the rest (os_hidden, os_hash_*, custom) into properties", () => {
    const image = { id: 'i', name: 'tiny', status: 'active', checksum: null, tags: [], hw_disk_bus: 'virtio', custom: 'x', os_hidden: false, os_hash_algo: 'sha512', self: '/v2/images/i', kernel_id: null };
    const shown = imageShowData(image as unknown as Image);
    // openstacksdk's to_dict(ignore_none=True): null attributes (checksum, kernel_id) left out, as is Glance's self link
    expect(Object.keys(shown).sort()).toEqual(['id', 'name', 'properties', 'status', 'tags']);
    expect(shown.properties).toEqual({ os_hidden: false, os_hash_algo: 'sha512', hw_disk_bus: 'virtio', custom: 'x' });
    // in openstacksdk's attribute order, custom properties where it keeps them (after name), as python-openstackclient prints them
    expect(Object.keys(shown.properties as object)).toEqual(['os_hidden', 'os_hash_algo', 'custom', 'hw_disk_bus']);
    expect(imageShowData({ id: 'i', tags: ['a'] } as unknown as Image)).toEqual({ id: 'i', tags: ['a'] });
  });
});

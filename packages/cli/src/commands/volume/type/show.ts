import { showCommand } from '../../../views/factory.js';
import { listColumn } from '../../../views/columns.js';
import { volumeTypeView } from '../../../views/volume.js';

/** `oscloud volume type show` */
export default showCommand({
  description: 'Display volume type details',
  what: 'volume type',
  collection: (cloud) => cloud.volume.types,
  // as python-openstackclient: a private type's projects (None for a public type)
  view: async (type, cloud) => {
    let access: unknown = null;
    if (type.is_public === false || type['os-volume-type-access:is_public'] === false) {
      const body = (await cloud.call('volume', 'GET /v3/{project_id}/types/{volume_type_id}/os-volume-type-access', { path: { volume_type_id: type.id } })) as { volume_type_access: Array<{ project_id: string }> };
      access = listColumn(body.volume_type_access.map((a) => a.project_id));
    }
    return { ...volumeTypeView(type), access_project_ids: access };
  },
});

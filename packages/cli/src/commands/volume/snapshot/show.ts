import { showCommand } from '../../../views/factory.js';
import { dictColumn } from '../../../views/columns.js';

/** `oscloud volume snapshot show`: metadata shown as `properties`, as upstream. */
export default showCommand({
  description: 'Display volume snapshot details',
  what: 'volume snapshot',
  collection: (cloud) => cloud.volume.snapshots,
  view: (snapshot) => {
    const { metadata, links: _links, ...rest } = snapshot as Record<string, unknown>;
    return { ...rest, properties: dictColumn((metadata ?? {}) as Record<string, unknown>) };
  },
});

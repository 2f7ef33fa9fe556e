import type { QosSpec } from '@oscloud/sdk';
import { dictColumn, listColumn } from '../../../views/columns.js';
import { listCommand } from '../../../views/factory.js';

/** `oscloud volume qos list`: each specification with the names of its volume types (one request each, as upstream). */
export default listCommand<QosSpec & { associations?: string[] | null }>({
  description: 'List QoS specifications',
  collection: (cloud) => ({
    async *list(opts) {
      for await (const spec of cloud.volume.qosSpecs.list(opts)) {
        const names = (await cloud.volume.qosSpecs.associations(spec.id)).map((a) => a.name);
        yield { ...spec, associations: names.length ? names : undefined };
      }
    },
    find: (ref) => cloud.volume.qosSpecs.find(ref),
    delete: (id) => cloud.volume.qosSpecs.delete(id),
  }),
  columns: [
    ['ID', (q) => q.id],
    ['Name', (q) => q.name],
    ['Consumer', (q) => q.consumer],
    ['Associations', (q) => (q.associations ? listColumn(q.associations) : null)],
    ['Properties', (q) => dictColumn(q.specs ?? {})],
  ],
});

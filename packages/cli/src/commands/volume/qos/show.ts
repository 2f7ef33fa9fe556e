import { showCommand } from '../../../views/factory.js';
import { qosSpecData } from '../../../views/volume-qos.js';

/** `oscloud volume qos show <qos-spec>`: with the associated volume types. */
export default showCommand({
  description: 'Display QoS specification details',
  what: 'QoS specification',
  collection: (cloud) => cloud.volume.qosSpecs,
  view: (spec, cloud) => qosSpecData(cloud, spec),
});

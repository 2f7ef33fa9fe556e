import { showCommand } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud network qos policy show` */
export default showCommand({
  description: 'Display QoS policy details',
  what: 'QoS policy',
  collection: (cloud) => cloud.network.qosPolicies,
  view: (policy) => neutronShowData('qosPolicy', policy),
});

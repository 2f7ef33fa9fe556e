import { showCommand } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud network meter rule show <meter-rule-id>` */
export default showCommand({
  description: 'Display meter rules details',
  what: 'meter rule',
  collection: (cloud) => cloud.network.meteringLabelRules,
  view: (r) => neutronShowData('meterRule', r),
});

import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud network meter rule delete <meter-rule-id>...` */
export default deleteCommand({
  description: 'Delete meter rule(s)',
  what: 'meter rule',
  collection: (cloud) => cloud.network.meteringLabelRules,
});

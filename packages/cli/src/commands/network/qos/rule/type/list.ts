import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../../../views/factory.js';

/** `oscloud network qos rule type list [--all-supported|--all-rules]` */
export default listCommand<NeutronItem>({
  description: 'List QoS rule types',
  collection: (cloud) => cloud.network.qosRuleTypes,
  flags: {
    'all-supported': Flags.boolean({ description: 'List all the QoS rule types supported by any loaded mechanism drivers', exclusive: ['all-rules'] }),
    'all-rules': Flags.boolean({ description: 'List all QoS rule types implemented in Neutron QoS driver', exclusive: ['all-supported'] }),
  },
  query: (f) => ({ all_supported: f['all-supported'] ? true : undefined, all_rules: f['all-rules'] ? true : undefined }),
  columns: [['Type', (t) => t.type]],
});

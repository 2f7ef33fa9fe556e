import { showCommand } from '../../../../../views/factory.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';

/** `oscloud default security group rule show <rule>`: no prefix shows the whole address family, as upstream. */
export default showCommand({
  description:
    'Show a security group rule used for new default security groups.\n\nThis shows a rule that will be added to any new default security groups created. This rule may not be present on existing default security groups.',
  what: 'default security group rule',
  collection: (cloud) => cloud.network.defaultSecurityGroupRules,
  view: (r) => {
    const data = neutronShowData('defaultSecurityGroupRule', r);
    data.remote_ip_prefix ||= data.ether_type === 'IPv4' ? '0.0.0.0/0' : data.ether_type === 'IPv6' ? '::/0' : data.remote_ip_prefix;
    return data;
  },
});

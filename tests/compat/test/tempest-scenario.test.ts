/**
 * Tempest's scenario tests on real guests: an all-in-one with the qemu driver and the
 * linuxbridge dataplane, Tempest inside its external namespace with run_validation = true
 * (it pings and SSHes into the guests through their floating IPs, as a user would), against
 * tests/compat/tempest/baseline-scenario.txt.
 *
 * A representative set, not all of them: each boots TCG guests (~30-60 s a test on 2 cores),
 * and `npm test` has a 40-minute budget. SCENARIOS below names them; the rest of
 * tempest.scenario is either switched off in tempest.conf.in (features oscloud lacks) or
 * runs by hand: `node tests/compat/tempest/run-tempest.mjs --services scenario --netns <external_netns> ...`
 * (docs/compat.md).
 */
import { qemuUsable } from './aio.js';
import { tempestSuite } from './tempest-suite.js';

const SCENARIOS = [
  'test_server_basic_ops\\.TestServerBasicOps\\.test_server_basic_ops',
  'test_network_basic_ops\\.TestNetworkBasicOps\\.test_(network_basic_ops|hotplug_nic|update_router_admin_state)',
  'test_security_groups_basic_ops\\.TestSecurityGroupsBasicOps\\.test_in_tenant_traffic',
  'test_network_advanced_server_ops\\.TestNetworkAdvancedServerOps\\.test_server_connectivity_(reboot|pause_unpause)',
  // no guest: logs in through the dashboard's server-rendered form and expects its Overview
  'test_dashboard_basic_ops\\.TestDashboardBasicOps\\.test_basic_scenario',
];

tempestSuite({
  title: 'Tempest scenarios on real guests',
  skip: process.getuid?.() !== 0 ? 'needs root (network namespaces)' : !qemuUsable() ? 'needs qemu and the guest image (scripts/build-guest-image)' : undefined,
  driver: 'qemu',
  baseline: 'baseline-scenario.txt',
  baselineWhat: 'Tempest scenario tests that pass on real guests (qemu driver, linuxbridge); tests/compat/test/tempest-scenario.test.ts',
  services: 'scenario',
  regex: `tempest\\.scenario\\.(${SCENARIOS.join('|')})`,
  // ~5 min on an idle machine (TCG guests); the rest is margin for a loaded one.
  budget: Number(process.env.OSCLOUD_TEMPEST_SCENARIO_BUDGET ?? 900),
  buildTimeout: 180,
  validation: true,
});

import { packageTestConfig } from '../../vitest.shared.js';

// One all-in-one per file; files run one after another (2 cores, real VMs).
export default packageTestConfig('compat', { testTimeout: 300_000 });

import { packageTestConfig } from '../../vitest.shared.js';

// Real controller/agent processes per file. Files run one after another: db-restart.test.ts stops
// PostgreSQL, which would break controller-kill.test.ts's PostgreSQL run if they overlapped.
const config = packageTestConfig('faults', { testTimeout: 300_000 });
config.test = { ...config.test, fileParallelism: false };
export default config;

// What a benchmark needs from the machine, checked before it starts (a bench that cannot run
// says so and exits 0 instead of failing half-way).
import { execFileSync } from 'node:child_process';

/** The commands of `names` that are not on PATH. */
export function missingCommands(names) {
  return names.filter((c) => {
    try {
      execFileSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

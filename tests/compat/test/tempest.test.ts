/**
 * Tempest's API tests of identity, image, compute, volume, network and object storage against an all-in-one
 * with the fake virt driver (no guests boot: the API is what is checked), against
 * tests/compat/tempest/baseline.txt.
 */
import { tempestSuite } from './tempest-suite.js';

tempestSuite({
  title: 'Tempest against the all-in-one',
  driver: 'fake',
  baseline: 'baseline.txt',
  baselineWhat: 'Tempest API tests that pass against the all-in-one (fake driver); tests/compat/test/tempest.test.ts',
  // ~750 s with one worker in the last idle-machine CI run; two workers (Tempest's classes run
  // in parallel, each in its own dynamic-credentials project) take ~0.6-0.8 of that, measured
  // service by service on a loaded machine. The rest of the budget is margin for a loaded one.
  budget: Number(process.env.OSCLOUD_TEMPEST_BUDGET ?? 1050),
  concurrency: Number(process.env.OSCLOUD_TEMPEST_CONCURRENCY ?? 2),
});

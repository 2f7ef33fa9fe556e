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
  // ~420 s on an idle machine (+ ~60 s of object storage); the rest is margin for a loaded one.
  budget: Number(process.env.OSCLOUD_TEMPEST_BUDGET ?? 1050),
});

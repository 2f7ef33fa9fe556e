/** Global setup of the controller's test files: a run starts with no recorded responses. */
import { clearRecords } from './response-coverage.js';

/** Clears the response records of an earlier run. */
export default function setup(): void {
  clearRecords();
}

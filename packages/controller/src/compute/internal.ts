/** Compute's interface for the other controller services (agent API heartbeats). */
export { reconcilePowerStates, existingInstances, finalizeDelete } from './lifecycle.js';
export { deriveStatus, VmState, TaskState, PowerState } from './states.js';
export { instanceMetadata, type InstanceMetadata } from './instance-metadata.js';
export { MAX_PASSWORD_BYTES, postServerPassword } from './server-password.js';
export { recordVolumeExtended } from './volume-events.js';

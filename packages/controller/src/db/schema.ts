/** The typed Database interface, composed from each service's table file. */
import type { IdentityTables } from './tables/identity.js';
import type { ComputeTables } from './tables/compute.js';
import type { ImageTables } from './tables/image.js';
import type { VolumeTables } from './tables/volume.js';
import type { NetworkTables } from './tables/network.js';
import type { AgentTables } from './tables/agent.js';
import type { ObjectTables } from './tables/object.js';

/** Every table of the controller. */
export interface Database extends IdentityTables, ComputeTables, ImageTables, VolumeTables, NetworkTables, AgentTables, ObjectTables {}

import { ServerVolumeSet } from './set.js';

/** `oscloud server volume update`: upstream's deprecated name of `server volume set`. */
export default class ServerVolumeUpdate extends ServerVolumeSet {
  static override description = "DEPRECATED: Use 'server volume set' instead.";
}

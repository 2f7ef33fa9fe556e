import { consistencyGroupVolumesCommand } from '../../../../views/volume-group.js';

/** `oscloud consistency group add volume <consistency-group> <volume>...` */
export default consistencyGroupVolumesCommand('add');

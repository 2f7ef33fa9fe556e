import { consistencyGroupVolumesCommand } from '../../../../views/volume-group.js';

/** `oscloud consistency group remove volume <consistency-group> <volume>...` */
export default consistencyGroupVolumesCommand('remove');

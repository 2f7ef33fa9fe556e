import { membershipCommand } from '../../../views/identity.js';

/** `oscloud group remove user <group> <user>...` */
export default membershipCommand('remove');

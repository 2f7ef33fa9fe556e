import { membershipCommand } from '../../../views/identity.js';

/** `oscloud group add user <group> <user>...` */
export default membershipCommand('add');

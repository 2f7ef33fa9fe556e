import { grantCommand } from '../../views/identity.js';

/** `oscloud role remove` */
export default grantCommand('remove');

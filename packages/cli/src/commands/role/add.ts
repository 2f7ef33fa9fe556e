import { grantCommand } from '../../views/identity.js';

/** `oscloud role add` */
export default grantCommand('add');

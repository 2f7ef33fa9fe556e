import { manageableCommand } from '../../../../../views/block-storage.js';

/** `oscloud block storage volume manageable list [<host>] [--cluster C] ...` (3.8+). */
export default manageableCommand('volume');

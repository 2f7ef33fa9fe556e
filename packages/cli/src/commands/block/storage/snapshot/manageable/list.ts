import { manageableCommand } from '../../../../../views/block-storage.js';

/** `oscloud block storage snapshot manageable list [<host>] [--cluster C] ...` (3.8+). */
export default manageableCommand('snapshot');

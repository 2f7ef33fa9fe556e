import { endpointProjectCommand } from '../../../views/identity-ext.js';

/** `oscloud endpoint remove project <endpoint> <project> [--project-domain D]` (OS-EP-FILTER). */
export default endpointProjectCommand('remove', false);

import { endpointProjectCommand } from '../../../views/identity-ext.js';

/** `oscloud endpoint add project <endpoint> <project> [--project-domain D]` (OS-EP-FILTER). */
export default endpointProjectCommand('add', false);

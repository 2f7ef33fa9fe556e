import { endpointProjectCommand } from '../../../../views/identity-ext.js';

/** `oscloud endpoint group add project <endpoint-group> <project> [--project-domain D]` (OS-EP-FILTER). */
export default endpointProjectCommand('add', true);

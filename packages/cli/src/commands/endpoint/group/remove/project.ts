import { endpointProjectCommand } from '../../../../views/identity-ext.js';

/** `oscloud endpoint group remove project <endpoint-group> <project> [--project-domain D]` (OS-EP-FILTER). */
export default endpointProjectCommand('remove', true);

import * as Flags from '@oclif/core/flags';
import { deleteByIdCommand } from '../../../views/identity-ext.js';

/** `oscloud federation protocol delete <protocol>... --identity-provider IDP` */
export default deleteByIdCommand({
  description: 'Delete federation protocol(s)',
  what: 'federation protocol',
  arg: 'federation-protocol',
  argDescription: 'Federation protocol(s) to delete (name or ID)',
  flags: { 'identity-provider': Flags.string({ required: true, description: 'Identity provider that supports <federation-protocol> (name or ID) (required)' }) },
  remove: (cloud, id, flags) => cloud.identity.federation.protocols.delete(id, { path: { idp_id: flags['identity-provider'] as string } }),
});

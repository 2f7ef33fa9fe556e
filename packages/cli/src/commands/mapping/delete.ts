import { deleteByIdCommand } from '../../views/identity-ext.js';

/** `oscloud mapping delete <mapping>...` (by ID, as upstream). */
export default deleteByIdCommand({
  description: 'Delete mapping(s)',
  what: 'mapping',
  arg: 'mapping',
  argDescription: 'Mapping(s) to delete',
  remove: (cloud, id) => cloud.identity.federation.mappings.delete(id),
});

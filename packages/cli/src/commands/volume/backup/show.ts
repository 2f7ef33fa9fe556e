import { showCommand } from '../../../views/factory.js';

/** `oscloud volume backup show`: the backup as Cinder returns it, without links (as upstream). */
export default showCommand({
  description: 'Display volume backup details',
  what: 'backup',
  collection: (cloud) => cloud.volume.backups,
  view: (backup) => {
    const { links: _links, ...rest } = backup;
    return rest;
  },
});

import { showCommand } from '../../views/factory.js';
import { volumeShowData } from '../../views/volume.js';

/** `oscloud volume show` */
export default showCommand({
  description: 'Display volume details',
  what: 'volume',
  collection: (cloud) => cloud.volume.volumes,
  view: (volume) => volumeShowData(volume),
});

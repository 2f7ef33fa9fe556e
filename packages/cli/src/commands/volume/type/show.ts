import { showCommand } from '../../../views/factory.js';
import { volumeTypeView } from '../../../views/volume.js';

/** `oscloud volume type show` */
export default showCommand({
  description: 'Display volume type details',
  what: 'volume type',
  collection: (cloud) => cloud.volume.types,
  view: volumeTypeView,
});

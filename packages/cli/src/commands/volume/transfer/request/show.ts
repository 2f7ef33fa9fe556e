import { showCommand } from '../../../../views/factory.js';

/** `oscloud volume transfer request show`: the transfer as Cinder returns it, without links. */
export default showCommand({
  description: 'Show volume transfer request details.',
  what: 'transfer request',
  collection: (cloud) => cloud.volume.transfers,
  view: (transfer) => {
    const { links: _links, ...rest } = transfer;
    return rest;
  },
});

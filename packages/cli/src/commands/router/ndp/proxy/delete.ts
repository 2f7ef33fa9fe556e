import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud router ndp proxy delete <ndp-proxy>...` */
export default deleteCommand({
  description: 'Delete NDP proxy',
  what: 'NDP proxy',
  collection: (cloud) => cloud.network.ndpProxies,
});

import * as Flags from '@oclif/core/flags';
import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server rescue`: boots the server from a rescue image with its own disk attached second. */
export default serverActionCommand({
  description: 'Put server(s) in rescue mode',
  verb: 'rescue',
  target: 'RESCUE',
  flags: {
    image: Flags.string({ description: 'Image (name or ID) to use for the rescue mode (defaults to the currently used one)' }),
    password: Flags.string({ description: 'Set the password on the rescued instance' }),
  },
  act: async (cloud, id, flags) => {
    const image = typeof flags.image === 'string' ? String((await cloud.image.images.find(flags.image)).id) : undefined;
    await cloud.compute.servers.rescue(id, { ...(image ? { rescueImageRef: image } : {}), ...(typeof flags.password === 'string' ? { adminPass: flags.password } : {}) });
  },
});

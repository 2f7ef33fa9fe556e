import * as Flags from '@oclif/core/flags';
import type { CinderItem } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../views/factory.js';

/** `oscloud volume message list [--project P] [--marker ID] [--limit N]` (volume 3.3+). */
export default listCommand<CinderItem>({
  description: 'List volume failure messages',
  collection: (cloud) => cloud.volume.messages,
  flags: {
    project: Flags.string({ description: 'Filter results by project (name or ID) (admin only)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    marker: Flags.string({ description: 'The last message ID of the previous page' }),
  },
  query: async (f, cloud) => ({
    project_id: f.project ? await projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
    marker: f.marker,
  }),
  columns: [
    ['ID', (m) => m.id],
    ['Event ID', (m) => m.event_id],
    ['Resource Type', (m) => m.resource_type],
    ['Resource UUID', (m) => m.resource_uuid],
    ['Message Level', (m) => m.message_level],
    ['User Message', (m) => m.user_message],
    ['Request ID', (m) => m.request_id],
    ['Created At', (m) => m.created_at],
    ['Guaranteed Until', (m) => m.guaranteed_until],
  ],
});

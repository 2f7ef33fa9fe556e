/** Cinder attachments (3.27+) as python-openstackclient's volume attachment commands show and build them. */
import * as Flags from '@oclif/core/flags';
import type { Attachment } from '@oscloud/sdk';
import { dictColumn } from './columns.js';

/** Field/Value data of `volume attachment show|create|set` (upstream's _format_attachment). */
export function attachmentView(attachment: Attachment): Record<string, unknown> {
  const a = attachment as Record<string, unknown>;
  return {
    ID: a.id,
    'Volume ID': a.volume_id ?? null,
    'Instance ID': a.instance ?? null,
    Status: a.status ?? null,
    'Attach Mode': a.attach_mode ?? null,
    'Attached At': a.attached_at ?? null,
    'Detached At': a.detached_at ?? null,
    Properties: dictColumn((a.connection_info ?? {}) as Record<string, unknown>),
  };
}

/** The host connector options of `volume attachment create|set`. */
export const connectorFlags = {
  initiator: Flags.string({ description: 'IQN of the initiator attaching to' }),
  ip: Flags.string({ description: 'IP of the system attaching to' }),
  host: Flags.string({ description: 'Name of the host attaching to' }),
  platform: Flags.string({ description: 'Platform type' }),
  'os-type': Flags.string({ description: 'OS type' }),
  multipath: Flags.boolean({ allowNo: true, description: 'Use multipath' }),
  mountpoint: Flags.string({ description: 'Mountpoint volume will be attached at' }),
};

/** The connector upstream sends: every option, unset ones null, multipath false by default. */
export function connectorFrom(f: { initiator?: string; ip?: string; host?: string; platform?: string; 'os-type'?: string; multipath?: boolean; mountpoint?: string }): Record<string, unknown> {
  return {
    initiator: f.initiator ?? null,
    ip: f.ip ?? null,
    platform: f.platform ?? null,
    host: f.host ?? null,
    os_type: f['os-type'] ?? null,
    multipath: f.multipath ?? false,
    mountpoint: f.mountpoint ?? null,
  };
}

/** The options `network qos policy create|set` share (python-openstackclient's _get_attrs). */
import * as Flags from '@oclif/core/flags';
import type { QosPolicyBody } from '@oscloud/sdk';

/** --description, --share/--no-share, --default/--no-default. */
export const qosPolicyFlags = {
  description: Flags.string({ description: 'Description of the QoS policy' }),
  share: Flags.boolean({ description: 'Make the QoS policy accessible by other projects', exclusive: ['no-share'] }),
  'no-share': Flags.boolean({ description: 'Make the QoS policy not accessible by other projects', exclusive: ['share'] }),
  default: Flags.boolean({ description: 'Set this as a default network QoS policy', exclusive: ['no-default'] }),
  'no-default': Flags.boolean({ description: 'Set this as a non-default network QoS policy', exclusive: ['default'] }),
};

/** The attributes those options set. */
export function qosPolicyAttrs(f: { description?: string; share?: boolean; 'no-share'?: boolean; default?: boolean; 'no-default'?: boolean }): QosPolicyBody {
  const attrs: QosPolicyBody = {};
  if (f.description !== undefined) attrs.description = f.description;
  if (f.share) attrs.shared = true;
  if (f['no-share']) attrs.shared = false;
  if (f.default) attrs.is_default = true;
  if (f['no-default']) attrs.is_default = false;
  return attrs;
}

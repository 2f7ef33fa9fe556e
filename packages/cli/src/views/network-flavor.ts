/** The options `network flavor create|set` and `network flavor profile create|set` share (python-openstackclient's _get_attrs). */
import * as Flags from '@oclif/core/flags';

/** --description, --enable/--disable. */
export const enableFlags = (what: string) => ({
  description: Flags.string({ description: `Description for the ${what}` }),
  enable: Flags.boolean({ description: `Enable the ${what}`, exclusive: ['disable'] }),
  disable: Flags.boolean({ description: `Disable the ${what}`, exclusive: ['enable'] }),
});

/** --driver, --metainfo (flavor profiles). */
export const profileFlags = {
  driver: Flags.string({ description: 'Python module path to driver. This becomes required if --metainfo is missing and vice versa' }),
  metainfo: Flags.string({ description: 'Metainfo for the flavor profile. This becomes required if --driver is missing and vice versa' }),
};

/** The attributes those options set. */
export function enableAttrs(f: { description?: string | undefined; enable?: boolean; disable?: boolean; driver?: string | undefined; metainfo?: string | undefined }): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  if (f.description !== undefined) attrs.description = f.description;
  if (f.driver !== undefined) attrs.driver = f.driver;
  if (f.metainfo !== undefined) attrs.metainfo = f.metainfo;
  if (f.enable) attrs.enabled = true;
  if (f.disable) attrs.enabled = false;
  return attrs;
}

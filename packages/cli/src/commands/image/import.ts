import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { ImageImport as ImageImportBody } from '@oscloud/sdk';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';
import { imageShowData } from '../../views/image.js';

/** What each method needs, in python-openstackclient's order of checks (its messages). */
function checkMethod(f: { method: string; uri?: string | undefined; 'remote-image'?: string | undefined; 'remote-region'?: string | undefined; 'remote-service-interface'?: string | undefined; store?: string[] | undefined; 'all-stores'?: boolean }): void {
  if (f.method === 'web-download') {
    if (!f.uri) throw new Error("The '--uri' option is required when using '--method=web-download'");
  } else if (f.uri) {
    throw new Error("The '--uri' option is only supported when using '--method=web-download'");
  }
  if (f.method === 'glance-download') {
    if (!(f['remote-region'] && f['remote-image'])) throw new Error("The '--remote-region' and '--remote-image' options are required when using '--method=web-download'");
  } else {
    if (f['remote-region']) throw new Error("The '--remote-region' option is only supported when using '--method=glance-download'");
    if (f['remote-image']) throw new Error("The '--remote-image' option is only supported when using '--method=glance-download'");
    if (f['remote-service-interface']) throw new Error("The '--remote-service-interface' option is only supported when using '--method=glance-download'");
  }
  if (f.method === 'copy-image' && !(f.store?.length || f['all-stores'])) throw new Error("The '--stores' or '--all-stores' options are required when using '--method=copy-image'");
}

/** The image status each method starts from. */
const START_STATUS: Record<string, string> = { 'glance-direct': 'uploading', 'web-download': 'queued', 'copy-image': 'active' };

/** `oscloud image import <image> [--method M] [--uri U] [--store S]... [--all-stores] [--wait]`: an interoperable import; prints the image as it was before the import. */
export default class ImageImport extends ShowCommand<typeof ImageImport> {
  static override description = 'Initiate the image import process. This requires support for the interoperable image import process, which was first introduced in Image API version 2.6 (Glance 16.0.0 (Queens))';
  static override args = { image: Args.string({ required: true, description: 'Image to initiate import process for (name or ID)' }) };
  static override flags = {
    method: Flags.string({ default: 'glance-direct', options: ['glance-direct', 'web-download', 'glance-download', 'copy-image'], description: 'Import method used for image import process. Not all deployments will support all methods.' }),
    uri: Flags.string({ description: "URI to download the external image (only valid with the 'web-download' import method)" }),
    'remote-image': Flags.string({ description: "The image of remote glance (ID only) to be imported (only valid with the 'glance-download' import method)" }),
    'remote-region': Flags.string({ description: "The remote Glance region to download the image from (only valid with the 'glance-download' import method)" }),
    'remote-service-interface': Flags.string({ description: "The remote Glance service interface to use when importing images (only valid with the 'glance-download' import method)" }),
    store: Flags.string({ multiple: true, exclusive: ['all-stores'], description: "Backend store to upload image to (specify multiple times to upload to multiple stores) (either '--store' or '--all-stores' required with the 'copy-image' import method)" }),
    'all-stores': Flags.boolean({ exclusive: ['store'], description: "Make image available to all stores (either '--store' or '--all-stores' required with the 'copy-image' import method)" }),
    'allow-failure': Flags.boolean({ exclusive: ['disallow-failure'], description: 'When uploading to multiple stores, indicate that the import should be continue should any of the uploads fail. Only usable with --stores or --all-stores' }),
    'disallow-failure': Flags.boolean({ exclusive: ['allow-failure'], description: 'When uploading to multiple stores, indicate that the import should be reverted should any of the uploads fail. Only usable with --stores or --all-stores' }),
    wait: Flags.boolean({ description: 'Wait for operation to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const sdk = await this.sdk();
    let methods: string[];
    try {
      methods = await cloud.image.info.importMethods();
    } catch (err) {
      if (err instanceof sdk.NotFoundError) throw new Error('The Image Import feature is not supported by this deployment');
      throw err;
    }
    if (!methods.includes(f.method)) throw new Error(`The '${f.method}' import method is not supported by this deployment. Supported: ${methods.join(', ')}`);
    checkMethod(f);
    const image = await cloud.image.images.find(this.args.image);
    if (!image.container_format && !image.disk_format) throw new Error("The 'container_format' and 'disk_format' properties must be set on an image before it can be imported");
    const from = START_STATUS[f.method];
    if (from !== undefined && image.status !== from) {
      throw new Error(`The '${f.method}' import method can only be used with an image in status '${from}'`);
    }
    const body: ImageImportBody = { method: { name: f.method } };
    if (f.uri) body.method.uri = f.uri;
    if (f['remote-image']) body.method.glance_image_id = f['remote-image'];
    if (f['remote-region']) body.method.glance_region = f['remote-region'];
    if (f['remote-service-interface']) body.method.glance_service_interface = f['remote-service-interface'];
    if (f.store?.length) body.stores = f.store;
    if (f['all-stores']) body.all_stores = true;
    if (f.store?.length || f['all-stores']) body.all_stores_must_succeed = Boolean(f['disallow-failure']);
    await cloud.image.images.import(String(image.id), body);
    if (f.wait) {
      await withStatusProgress(`image ${String(image.name ?? image.id)}`, (update) => cloud.image.images.waitForStatus(String(image.id), 'active', { onProgress: (_s, i) => update(String(i.status)) }));
    }
    return show(imageShowData(image));
  }
}

import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud aggregate cache image <aggregate> <image>...`: POST /os-aggregates/{id}/images (compute API 2.81+). */
export default class AggregateCacheImage extends OsCommand<typeof AggregateCacheImage> {
  static override description = 'Request image caching for aggregate';
  static override strict = false;
  static override args = {
    aggregate: Args.string({ required: true, description: 'Aggregate (name or ID)' }),
    image: Args.string({ required: true, description: 'Image ID to request caching for aggregate (name or ID). May be specified multiple times.' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('compute', '2.81', 'aggregate cache image');
    const cloud = await this.cloud();
    const [aggregateRef, ...imageRefs] = this.positionals;
    const aggregate = await cloud.compute.aggregates.find(String(aggregateRef));
    const images = await Promise.all(imageRefs.map((ref) => cloud.image.images.find(ref)));
    await cloud.call('compute', 'POST /v2.1/os-aggregates/{aggregate_id}/images', {
      path: { aggregate_id: String(aggregate.id) },
      body: { cache: images.map((i) => ({ id: i.id })) },
    });
    return { kind: 'none' };
  }
}

import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** Seconds since the epoch as Python's `datetime.utcfromtimestamp(t).isoformat()` prints them. */
function isoUtc(seconds: unknown): string {
  if (typeof seconds !== 'number') return String(seconds);
  const whole = Math.floor(seconds);
  const base = new Date(whole * 1000).toISOString().slice(0, 19);
  const micro = Math.round((seconds - whole) * 1e6);
  return micro ? `${base}.${String(micro).padStart(6, '0')}` : base;
}

/** `oscloud cached image list`: Glance's cache (image API 2.14, admin), cached images then queued ones. */
export default class CachedImageList extends ListCommand<typeof CachedImageList> {
  static override description = 'Get Cache State';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const state = await cloud.image.cache.state();
    const rows = [
      ...state.cached_images.map((i) => ({ ...i, state: 'cached', last_accessed: isoUtc(i.last_accessed), last_modified: isoUtc(i.last_modified) })),
      ...state.queued_images.map((id) => ({ image_id: id, state: 'queued', last_accessed: 'N/A', last_modified: 'N/A', size: 'N/A', hits: 'N/A' })),
    ] as Array<Record<string, unknown>>;
    return list(rows, [
      ['ID', (r) => r.image_id],
      ['State', (r) => r.state],
      ['Last Accessed (UTC)', (r) => r.last_accessed],
      ['Last Modified (UTC)', (r) => r.last_modified],
      ['Size', (r) => r.size],
      ['Hits', (r) => r.hits],
    ]);
  }
}

/**
 * Per-controller image service state (the image store and quota settings), kept in
 * `ctx.services` so several controllers can run in one process.
 */
import { isAbsolute, join } from 'node:path';
import type { AppContext } from '../context.js';
import { LocalDirectoryStore, type ImageStore } from './store.js';

/** Image service settings, from `services.image` in the controller config. */
export interface ImageSettings {
  /** Directory of the local store (default `<data-dir>/images`). */
  storeDir: string;
  /** Maximum images per project (Glance unified limit image_count_total). */
  imageCountTotal: number;
  /** Maximum total image data per project, bytes (Glance image_size_total, configured in MiB). */
  imageSizeTotal: number;
  /** Maximum size of one image, bytes (Glance image_size_cap). */
  imageSizeCap: number;
  /**
   * Hosts `web-download` may fetch from (`web_download_allowed_hosts`: host names or IP
   * literals, compared exactly); empty (the default) turns the method off.
   */
  webDownloadAllowedHosts: string[];
}

/** What the image plugin keeps in ctx.services. */
export interface ImageService {
  store: ImageStore;
  settings: ImageSettings;
  /** web-download imports in flight, by image id (tests await them). */
  imports: Map<string, Promise<void>>;
}

const KEY = 'image';
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);

/** Reads the settings from `ctx.config.services.image`. */
export function imageSettings(ctx: AppContext): ImageSettings {
  const s = ctx.config.services.image ?? {};
  const dir = typeof s.store_dir === 'string' ? s.store_dir : 'images';
  return {
    storeDir: isAbsolute(dir) ? dir : join(ctx.config.dataDir, dir),
    imageCountTotal: num(s.image_count_total, 1000),
    imageSizeTotal: num(s.image_size_total, 1024 * 1024) * 1024 * 1024,
    imageSizeCap: num(s.image_size_cap, 1024 ** 4),
    webDownloadAllowedHosts: Array.isArray(s.web_download_allowed_hosts)
      ? s.web_download_allowed_hosts.filter((h: unknown): h is string => typeof h === 'string' && h !== '').map((h: string) => h.toLowerCase())
      : [],
  };
}

/** The image service of this controller (created on first use). */
export function imageService(ctx: AppContext): ImageService {
  let svc = ctx.services.get(KEY) as ImageService | undefined;
  if (!svc) {
    const settings = imageSettings(ctx);
    svc = { store: new LocalDirectoryStore(settings.storeDir), settings, imports: new Map() };
    ctx.services.set(KEY, svc);
  }
  return svc;
}

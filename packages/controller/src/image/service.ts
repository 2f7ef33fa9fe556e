/**
 * Per-controller image service state (the image stores and quota settings), kept in
 * `ctx.services` so several controllers can run in one process.
 *
 * Stores (Glance's multi-store): `file` (a local directory, src/image/store.ts) and `swift`
 * (the object service, src/image/swift-store.ts). `services.image.enabled_backends` lists the
 * enabled ones and `default_backend` names where uploads go; with only `file` enabled (the
 * default) the site has no multi-store (`/v2/info/stores` is 404, as Glance without
 * `enabled_backends`). An image row's `stores` says where its data is.
 */
import { isAbsolute, join } from 'node:path';
import type { AppContext } from '../context.js';
import { badRequest } from '../errors.js';
import { ImageCache } from './cache.js';
import { LocalDirectoryStore, type ImageStore } from './store.js';
import { SwiftImageStore } from './swift-store.js';

/** The store backends this controller has. */
export const STORE_IDS = ['file', 'swift'] as const;
/** Descriptions shown by `/v2/info/stores`. */
const STORE_DESCRIPTIONS: Record<string, string> = {
  file: 'Local directory of the controller',
  swift: 'Object storage (this cloud\'s object-store service)',
};

/** Image service settings, from `services.image` in the controller config. */
export interface ImageSettings {
  /** Directory of the local store (default `<data-dir>/images`). */
  storeDir: string;
  /** Directory of this controller's image cache (`image_cache_dir`, default `<data-dir>/image-cache`). */
  cacheDir: string;
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
  /** Enabled stores (`enabled_backends`), in the configured order; the default store first when not listed. */
  enabledStores: string[];
  /** Where new data goes (`default_backend`). */
  defaultStore: string;
  /** The `swift` store's account id (`AUTH_<id>`) and container. */
  swiftAccount: string;
  swiftContainer: string;
}

/** What the image plugin keeps in ctx.services. */
export interface ImageService {
  /** The default store. */
  store: ImageStore;
  /** Every enabled store by id. */
  stores: Map<string, ImageStore>;
  settings: ImageSettings;
  /** web-download imports in flight, by image id (tests await them). */
  imports: Map<string, Promise<void>>;
  /** This controller's local cache of image data (src/image/cache.ts). */
  cache: ImageCache;
}

const KEY = 'image';
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);

/** Reads the settings from `ctx.config.services.image`. */
export function imageSettings(ctx: AppContext): ImageSettings {
  const s = ctx.config.services.image ?? {};
  const dir = typeof s.store_dir === 'string' ? s.store_dir : 'images';
  const cacheDir = typeof s.image_cache_dir === 'string' ? s.image_cache_dir : 'image-cache';
  return {
    storeDir: isAbsolute(dir) ? dir : join(ctx.config.dataDir, dir),
    cacheDir: isAbsolute(cacheDir) ? cacheDir : join(ctx.config.dataDir, cacheDir),
    imageCountTotal: num(s.image_count_total, 1000),
    imageSizeTotal: num(s.image_size_total, 1024 * 1024) * 1024 * 1024,
    imageSizeCap: num(s.image_size_cap, 1024 ** 4),
    webDownloadAllowedHosts: Array.isArray(s.web_download_allowed_hosts)
      ? s.web_download_allowed_hosts.filter((h: unknown): h is string => typeof h === 'string' && h !== '').map((h: string) => h.toLowerCase())
      : [],
    ...storeSettings(s),
  };
}

/** The store part of the settings; an unknown store name in the config is an error at startup. */
function storeSettings(s: Record<string, unknown>): Pick<ImageSettings, 'enabledStores' | 'defaultStore' | 'swiftAccount' | 'swiftContainer'> {
  const known = (v: unknown): v is string => typeof v === 'string' && (STORE_IDS as readonly string[]).includes(v);
  const listed = Array.isArray(s.enabled_backends) ? s.enabled_backends : ['file'];
  for (const b of [...listed, ...(s.default_backend === undefined ? [] : [s.default_backend])]) {
    if (!known(b)) throw new Error(`services.image: unknown store ${JSON.stringify(b)} (known: ${STORE_IDS.join(', ')})`);
  }
  const enabled = [...new Set(listed as string[])];
  const defaultStore = (s.default_backend as string | undefined) ?? enabled[0] ?? 'file';
  if (!enabled.includes(defaultStore)) enabled.unshift(defaultStore);
  const name = (v: unknown, d: string): string => (typeof v === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(v) ? v : d);
  return { enabledStores: enabled, defaultStore, swiftAccount: name(s.swift_store_account, 'glance'), swiftContainer: name(s.swift_store_container, 'glance') };
}

/** True when the site offers several stores (Glance's multi-store: stores list, `stores` attribute). */
export function multiStore(ctx: AppContext): boolean {
  return imageService(ctx).settings.enabledStores.length > 1;
}

/** The enabled store `id`; 400 (Glance's message) when there is none by that name. */
export function storeById(ctx: AppContext, id: string): ImageStore {
  const store = imageService(ctx).stores.get(id);
  if (!store) throw badRequest(`Store for identifier ${id} not found`);
  return store;
}

/** `/v2/info/stores` entries (the default store marked). */
export function storeList(ctx: AppContext): Array<{ id: string; description: string; default?: true }> {
  const { settings } = imageService(ctx);
  return settings.enabledStores.map((id) => ({ id, description: STORE_DESCRIPTIONS[id] ?? id, ...(id === settings.defaultStore ? { default: true as const } : {}) }));
}

/** The stores of an image row (`stores` column, comma-separated). */
export function storesOf(row: { stores?: string | null }): string[] {
  return (row.stores ?? '').split(',').filter((x) => x !== '');
}

/** The `stores` column for a set of store ids (sorted, as shown). */
export function storesColumn(ids: Iterable<string>): string {
  return [...new Set(ids)].sort().join(',');
}

/** The image service of this controller (created on first use). */
export function imageService(ctx: AppContext): ImageService {
  let svc = ctx.services.get(KEY) as ImageService | undefined;
  if (!svc) {
    const settings = imageSettings(ctx);
    const stores = new Map<string, ImageStore>();
    for (const id of settings.enabledStores) {
      stores.set(id, id === 'swift' ? new SwiftImageStore(ctx, settings.swiftAccount, settings.swiftContainer) : new LocalDirectoryStore(settings.storeDir));
    }
    const cache = new ImageCache(settings.cacheDir, ctx.db, stores, ctx.logger, () => ctx.now());
    svc = { store: stores.get(settings.defaultStore)!, stores, settings, imports: new Map(), cache };
    ctx.services.set(KEY, svc);
  }
  return svc;
}

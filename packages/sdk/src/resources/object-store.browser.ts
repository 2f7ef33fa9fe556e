// The object store in the browser build (package.json "browser" swaps it in for
// object-store.js): its uploads, downloads, large objects and temp URL signing stream with Node's
// APIs (node:stream, node:crypto), so in a browser every use says so instead of failing on a
// missing module. The rest of the SDK works there.
import { SdkError } from '../errors.js';

/** `cloud.objectStore` in a browser: any method throws an SdkError naming what is missing. */
export class ObjectStoreApi {
  constructor(_cloud: unknown) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        // Not a thenable, and inspectable without throwing.
        if (typeof prop === 'symbol' || prop === 'then' || prop === 'constructor') return Reflect.get(target, prop, receiver);
        throw new SdkError(`cloud.objectStore.${prop}: object storage is not available in the browser build of @oscloud/sdk yet (it streams with Node's APIs)`);
      },
    });
  }
}

// The SDK's version in a browser bundle (no package.json to read there); test/browser.test.ts
// fails when it drifts from package.json's.

/** The version of @oscloud/sdk. */
export const SDK_VERSION: string = '0.1.0';

/** @oscloud/sdk: a typed OpenStack SDK. Types generated from schemas/ live in ./generated. */
export const SDK_VERSION = '0.1.0';

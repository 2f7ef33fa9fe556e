/**
 * @oscloud/image-format: the one disk image format inspector of oscloud. The controller runs
 * it on image uploads (Glance), the agent on every image before qemu-img or QEMU touches it.
 */
export { detectFormat, FormatError, HEADER_BYTES, inspect, type DiskFormat, type InspectOptions, type Inspection } from './inspect.js';
export { inspectFile, StreamInspector } from './stream.js';

// SHA-256 of a text, for hashing tokens in logs; sha256.browser.ts is the same without node:crypto.
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

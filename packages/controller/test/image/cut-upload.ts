/** An image upload the client cuts mid-stream, and the wait for the image to be queued again. */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { api, type TestController } from '../helpers.js';

/** Announces 10 MB, sends `bytes`, then drops the connection; resolves with the image's status once queued again (or after 2.5 s). */
export async function cutUpload(c: TestController, token: string, imageId: string, bytes: number): Promise<string> {
  await new Promise<void>((resolve) => {
    const req = request(`${c.url}/image/v2/images/${imageId}/file`, {
      method: 'PUT',
      headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream', 'content-length': String(10_000_000) },
    });
    req.on('error', () => resolve());
    req.write(randomBytes(bytes), () => setTimeout(() => {
      req.destroy();
      resolve();
    }, 200));
  });
  let status = '';
  for (let i = 0; i < 50 && status !== 'queued'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    status = String((await api(c, 'GET', `/image/v2/images/${imageId}`, { token })).body.status);
  }
  return status;
}

/** The network API tests' call: asserts the status and that the body matches the spec for the operation. */
import { expect } from 'vitest';
import { api, checkResponse, type ApiResponse, type TestController } from '../helpers.js';

/** Calls the network API, asserts the status and that the body matches the spec for the operation. */
export async function call(c: TestController, token: string, method: string, path: string, op: string, status: number, body?: unknown): Promise<ApiResponse> {
  const res = await api(c, method, `/network${path}`, { token, body });
  expect(res.status, `${method} ${path}: ${res.text}`).toBe(status);
  expect(checkResponse('network', op, res.status, res.body ?? undefined)).toBeNull();
  if (status >= 400) expect(Object.keys(res.body ?? {})).toEqual(['NeutronError']);
  return res;
}

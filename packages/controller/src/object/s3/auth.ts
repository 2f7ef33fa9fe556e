/**
 * Who signed an S3 request: the access key is a Keystone EC2 credential (identity's
 * `credentials` of type `ec2`, id = SHA-256 of the access key, blob `{access, secret}`); the
 * caller is its user on its project, with that user's current roles there (a disabled user or
 * project, or no role left, is AccessDenied). The secret is used to derive the signing key only.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../../auth.js';
import type { AppContext } from '../../context.js';
import { checkPayloadMode, checkTime, parseSigned, signingKey, verifySignature, type RawRequest, type SignedRequest } from './sigv4.js';
import { S3Error } from './xml.js';

/** An authenticated S3 request. */
export interface S3Caller {
  auth: AuthContext;
  projectId: string;
  signed: SignedRequest;
  /** The request's signing key (aws-chunked bodies verify their chunk signatures with it). */
  signingKey: Buffer;
}

/** The raw request SigV4 covers. */
export function rawRequest(req: FastifyRequest): RawRequest {
  return { method: req.method, url: req.raw.url ?? '/', headers: req.headers };
}

/** Authenticates a request by its SigV4 signature (header or presigned URL). */
export async function authenticate(ctx: AppContext, req: FastifyRequest): Promise<S3Caller> {
  const raw = rawRequest(req);
  const signed = parseSigned(raw);
  if (!signed) throw new S3Error(403, 'AccessDenied', 'Anonymous access is not allowed; sign the request with an EC2 credential (AWS Signature Version 4).');
  checkPayloadMode(signed);
  checkTime(signed, ctx.now().getTime());
  const id = createHash('sha256').update(signed.accessKey).digest('hex');
  const row = await ctx.db.selectFrom('credentials').select(['user_id', 'project_id', 'blob']).where('id', '=', id).where('type', '=', 'ec2').executeTakeFirst();
  let secret: unknown;
  try {
    secret = row ? (JSON.parse(row.blob) as { secret?: unknown }).secret : undefined;
  } catch {
    secret = undefined;
  }
  if (!row || !row.project_id || typeof secret !== 'string' || secret === '') {
    throw new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  const key = signingKey(secret, signed.scopeDate, signed.region);
  verifySignature(raw, signed, key);
  const now = ctx.now().getTime();
  const auth = await ctx.tokens.context({ u: row.user_id, m: ['ec2credential'], p: row.project_id, iat: now, exp: now + 60_000, a: [id.slice(0, 22)] }, { fresh: true });
  if (!auth || !auth.projectId) throw new S3Error(403, 'AccessDenied', 'The credential\'s user has no role on its project (or either is disabled).');
  return { auth, projectId: auth.projectId, signed, signingKey: key };
}

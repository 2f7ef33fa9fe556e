/**
 * Who signed an S3 request: the access key is a Keystone EC2 credential (identity's
 * `credentials` of type `ec2`, id = SHA-256 of the access key, blob `{access, secret}`); the
 * caller is its user on its project, with that user's current roles there (a disabled user or
 * project, or no role left, is AccessDenied). The secret only derives the signing key (or, for
 * a Signature Version 2 presigned URL, boto3's default, computes its HMAC-SHA1).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../../auth.js';
import type { AppContext } from '../../context.js';
import { checkPayloadMode, checkTime, parsePresignedV2, parseSigned, signingKey, verifyPresignedV2, verifySignature, type RawRequest, type SignedRequest } from './sigv4.js';
import { S3Error } from './xml.js';

/** Where the S3 face is mounted on the controller (the object service's `/s3`). */
export const S3_MOUNT = '/object-store/s3';

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
  const v2 = signed ? null : parsePresignedV2(raw);
  if (!signed && !v2) throw new S3Error(403, 'AccessDenied', 'Anonymous access is not allowed; sign the request with an EC2 credential (AWS Signature Version 4).');
  if (signed) {
    checkPayloadMode(signed);
    checkTime(signed, ctx.now().getTime());
  }
  const id = createHash('sha256').update(signed?.accessKey ?? v2!.accessKey).digest('hex');
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
  let key: Buffer;
  let effective: SignedRequest;
  if (signed) {
    key = signingKey(secret, signed.scopeDate, signed.region);
    verifySignature(raw, signed, key);
    effective = signed;
  } else {
    // A V2 presigned URL: its body (a presigned PUT) is not signed, as with V4 presigned URLs.
    verifyPresignedV2(raw, v2!, secret, ctx.now().getTime(), S3_MOUNT);
    key = Buffer.alloc(0);
    effective = { accessKey: v2!.accessKey, scope: '', scopeDate: '', region: '', amzDate: '', signedHeaders: [], signature: '', payloadHash: 'UNSIGNED-PAYLOAD', presigned: true };
  }
  const now = ctx.now().getTime();
  const auth = await ctx.tokens.context({ u: row.user_id, m: ['ec2credential'], p: row.project_id, iat: now, exp: now + 60_000, a: [id.slice(0, 22)] }, { fresh: true });
  if (!auth || !auth.projectId) throw new S3Error(403, 'AccessDenied', 'The credential\'s user has no role on its project (or either is disabled).');
  return { auth, projectId: auth.projectId, signed: effective, signingKey: key };
}

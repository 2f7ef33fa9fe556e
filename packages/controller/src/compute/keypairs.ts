/**
 * SSH key pairs: generation (RSA like Nova, or ed25519 in the OpenSSH private key format),
 * validation of imported public keys, and Nova's fingerprint (colon-separated MD5 of the key blob).
 * @see nova/crypto.py generate_fingerprint / generate_key_pair
 */
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { badRequest } from '../errors.js';

/** A generated key pair. */
export interface GeneratedKeyPair {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
}

/** SSH wire `string`: uint32 length + bytes. */
function sshString(b: Buffer | string): Buffer {
  const data = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
}

/** SSH wire `mpint` from unsigned big-endian bytes. */
function sshMpint(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  let v = b.subarray(i);
  if (v[0]! & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
  return sshString(v);
}

/** Nova's fingerprint of an OpenSSH public key line: MD5 of the base64-decoded blob, hex pairs joined by ':'. */
export function fingerprint(publicKey: string): string {
  const blob = parsePublicKey(publicKey).blob;
  return createHash('md5').update(blob).digest('hex').match(/../g)!.join(':');
}

const KNOWN_TYPES = new Set([
  'ssh-rsa', 'ssh-dss', 'ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com',
]);

/** Parses and checks an OpenSSH public key line (`type base64 [comment]`); throws 400 like Nova's InvalidKeypair. */
export function parsePublicKey(line: string): { type: string; blob: Buffer; comment: string } {
  const invalid = badRequest('Keypair data is invalid: failed to generate fingerprint');
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) throw invalid;
  const [type, b64] = parts as [string, string];
  if (!KNOWN_TYPES.has(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw invalid;
  const blob = Buffer.from(b64, 'base64');
  if (blob.length < 4) throw invalid;
  const n = blob.readUInt32BE(0);
  if (n + 4 > blob.length || blob.subarray(4, 4 + n).toString('latin1') !== type) throw invalid;
  return { type, blob, comment: parts.slice(2).join(' ') };
}

function jwkBytes(v: string | undefined): Buffer {
  return Buffer.from(v ?? '', 'base64url');
}

/** The OpenSSH public key line of an RSA or ed25519 KeyObject. */
export function openSshPublicKey(key: KeyObject, comment: string): string {
  const jwk = key.export({ format: 'jwk' });
  let blob: Buffer;
  if (jwk.kty === 'RSA') blob = Buffer.concat([sshString('ssh-rsa'), sshMpint(jwkBytes(jwk.e)), sshMpint(jwkBytes(jwk.n))]);
  else if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') blob = Buffer.concat([sshString('ssh-ed25519'), sshString(jwkBytes(jwk.x))]);
  else throw new Error(`unsupported key type ${jwk.kty}`);
  const type = jwk.kty === 'RSA' ? 'ssh-rsa' : 'ssh-ed25519';
  return `${type} ${blob.toString('base64')}${comment ? ` ${comment}` : ''}`;
}

/** Generates an RSA key pair like Nova: PKCS#1 PEM private key, `ssh-rsa ... Generated-by-Nova` public key. */
export function generateRsaKeyPair(bits = 2048): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 65537 });
  const pub = openSshPublicKey(publicKey, 'Generated-by-Nova');
  return { publicKey: pub, privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), fingerprint: fingerprint(pub) };
}

/** Generates an ed25519 key pair with the private key in the OpenSSH (`openssh-key-v1`) format. */
export function generateEd25519KeyPair(comment = 'Generated-by-oscloud'): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pubJwk = publicKey.export({ format: 'jwk' });
  const privJwk = privateKey.export({ format: 'jwk' });
  const pub32 = jwkBytes(pubJwk.x);
  const seed = jwkBytes(privJwk.d);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub32)]);
  const check = randomBytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub32), sshString(Buffer.concat([seed, pub32])), sshString(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(pubBlob),
    sshString(priv),
  ]);
  const b64 = body.toString('base64').match(/.{1,70}/g)!.join('\n');
  const pubLine = `ssh-ed25519 ${pubBlob.toString('base64')} ${comment}`;
  return { publicKey: pubLine, privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\n`, fingerprint: fingerprint(pubLine) };
}

/** True if an RSA/ed25519 public key line round-trips through node:crypto (used in tests). */
export function publicKeyMatches(line: string, key: KeyObject): boolean {
  return openSshPublicKey(key, '').split(' ')[1] === line.split(' ')[1];
}

/** Nova's key pair name rule: printable, 1-255 characters of letters, digits, space, `_`, `-`, `.`, `@`. */
export function validKeypairName(name: string): boolean {
  return /^[a-zA-Z0-9 _.@-]{1,255}$/.test(name) && name.trim() === name;
}

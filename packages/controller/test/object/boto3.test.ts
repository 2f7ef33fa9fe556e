/**
 * boto3 (an S3 client nobody here wrote; Debian python3-boto3) against the S3 face of an
 * in-process controller: the EC2 credential comes from identity's OS-EC2 API and the endpoint
 * from the catalog's `s3` entry; then create bucket, put, list, ranged get, a low-level
 * multipart upload of two 5 MiB parts, a managed (s3transfer) multipart upload and download,
 * copy, delete and presigned GETs (boto3's default Signature V2 and V4) fetched with urllib. The upload is also read through Swift.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

const HAVE_BOTO3 = await new Promise<boolean>((resolve) => execFile('python3', ['-c', 'import boto3'], (err) => resolve(!err)));

const SCRIPT = String.raw`
import hashlib, io, json, os, sys, urllib.error, urllib.request
import boto3
from botocore.config import Config
from boto3.s3.transfer import TransferConfig

s3 = boto3.client('s3', endpoint_url=os.environ['S3_URL'], aws_access_key_id=os.environ['S3_ACCESS'],
                  aws_secret_access_key=os.environ['S3_SECRET'], region_name='us-east-1',
                  config=Config(s3={'addressing_style': 'path'}, retries={'max_attempts': 1}))
out = {}
def fetch(url):
    try:
        return urllib.request.urlopen(url).read().decode()
    except urllib.error.HTTPError as e:
        return 'HTTP %d %s' % (e.code, e.read().decode())
s3.create_bucket(Bucket='boto')
s3.put_object(Bucket='boto', Key='dir/hello.txt', Body=b'hello world', Metadata={'who': 'boto3'})
out['buckets'] = [b['Name'] for b in s3.list_buckets()['Buckets']]
page = s3.list_objects_v2(Bucket='boto', Prefix='dir/')
out['keys'] = [o['Key'] for o in page['Contents']]
out['range'] = s3.get_object(Bucket='boto', Key='dir/hello.txt', Range='bytes=6-10')['Body'].read().decode()
out['meta'] = s3.head_object(Bucket='boto', Key='dir/hello.txt')['Metadata']

part1 = bytes(range(256)) * (5 * 1024 * 4)   # 5 MiB
part2 = os.urandom(5 * 1024 * 1024)
mp = s3.create_multipart_upload(Bucket='boto', Key='big.bin', ContentType='application/x-big')
p1 = s3.upload_part(Bucket='boto', Key='big.bin', UploadId=mp['UploadId'], PartNumber=1, Body=part1)
p2 = s3.upload_part(Bucket='boto', Key='big.bin', UploadId=mp['UploadId'], PartNumber=2, Body=part2)
out['parts'] = [p['PartNumber'] for p in s3.list_parts(Bucket='boto', Key='big.bin', UploadId=mp['UploadId'])['Parts']]
done = s3.complete_multipart_upload(Bucket='boto', Key='big.bin', UploadId=mp['UploadId'],
    MultipartUpload={'Parts': [{'PartNumber': 1, 'ETag': p1['ETag']}, {'PartNumber': 2, 'ETag': p2['ETag']}]})
out['mp_etag'] = done['ETag']
body = s3.get_object(Bucket='boto', Key='big.bin')['Body'].read()
out['mp_same'] = body == part1 + part2
out['mp_sha256'] = hashlib.sha256(part1 + part2).hexdigest()

# s3transfer: a managed multipart upload (threaded parts) and a ranged, threaded download.
cfg = TransferConfig(multipart_threshold=5 * 1024 * 1024, multipart_chunksize=5 * 1024 * 1024, max_concurrency=2)
data = os.urandom(11 * 1024 * 1024)
s3.upload_fileobj(io.BytesIO(data), 'boto', 'managed.bin', Config=cfg)
got = io.BytesIO()
s3.download_fileobj('boto', 'managed.bin', got, Config=cfg)
out['managed_same'] = got.getvalue() == data
out['managed_etag'] = s3.head_object(Bucket='boto', Key='managed.bin')['ETag']

s3.copy_object(Bucket='boto', Key='copy.txt', CopySource={'Bucket': 'boto', 'Key': 'dir/hello.txt'})
out['copy'] = s3.get_object(Bucket='boto', Key='copy.txt')['Body'].read().decode()
url = s3.generate_presigned_url('get_object', Params={'Bucket': 'boto', 'Key': 'copy.txt'}, ExpiresIn=60)
out['presigned'] = fetch(url)
v4 = boto3.client('s3', endpoint_url=os.environ['S3_URL'], aws_access_key_id=os.environ['S3_ACCESS'],
                  aws_secret_access_key=os.environ['S3_SECRET'], region_name='us-east-1',
                  config=Config(signature_version='s3v4', s3={'addressing_style': 'path'}))
url = v4.generate_presigned_url('get_object', Params={'Bucket': 'boto', 'Key': 'copy.txt'}, ExpiresIn=60)
out['presigned_v4'] = fetch(url) if 'X-Amz-Signature=' in url else 'not v4'
try:
    s3.delete_bucket(Bucket='boto')
except s3.exceptions.ClientError as e:
    out['delete_full'] = e.response['Error']['Code']
res = s3.delete_objects(Bucket='boto', Delete={'Objects': [{'Key': 'copy.txt'}, {'Key': 'managed.bin'}]})
out['deleted'] = sorted(d['Key'] for d in res['Deleted'])
s3.delete_object(Bucket='boto', Key='dir/hello.txt')
try:
    s3.get_object(Bucket='boto', Key='dir/hello.txt')
except s3.exceptions.NoSuchKey:
    out['gone'] = True
json.dump(out, sys.stdout)
`;

// One backend: the S3 code is the same on both (test/object/s3-api.test.ts runs on each); this is about the client.
describe.runIf(HAVE_BOTO3).each(backends().slice(0, 1))('boto3 against the S3 face on %s', (backend) => {
  let c: TestController;
  let env: Record<string, string>;
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    c = await startTestController({ backend });
    const m = await c.createProjectUser('member');
    token = m.token;
    projectId = m.projectId;
    const res = await fetch(`${c.url}/identity/v3/users/${m.userId}/credentials/OS-EC2`, { method: 'POST', headers: { 'x-auth-token': m.token, 'content-type': 'application/json' }, body: JSON.stringify({ tenant_id: m.projectId }) });
    const cred = ((await res.json()) as { credential: { access: string; secret: string } }).credential;
    // The endpoint as a client finds it: the catalog's `s3` entry.
    const cat = (await (await fetch(`${c.url}/identity/v3/auth/catalog`, { headers: { 'x-auth-token': m.token } })).json()) as { catalog: { type: string; endpoints: { interface: string; url: string }[] }[] };
    const url = cat.catalog.find((e) => e.type === 's3')!.endpoints.find((e) => e.interface === 'public')!.url;
    env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', S3_URL: url, S3_ACCESS: cred.access, S3_SECRET: cred.secret };
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('creates, puts, lists, gets ranges, uploads in parts, copies, presigns and deletes', async () => {
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('python3', ['-c', SCRIPT], { env, timeout: 120_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }));
    });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      buckets: ['boto'], keys: ['dir/hello.txt'], range: 'world', meta: { who: 'boto3' }, parts: [1, 2], mp_same: true,
      managed_same: true, copy: 'hello world', presigned: 'hello world', presigned_v4: 'hello world', delete_full: 'BucketNotEmpty', deleted: ['copy.txt', 'managed.bin'], gone: true,
    });
    expect(out.mp_etag).toMatch(/^"[0-9a-f]{32}-2"$/);
    expect(out.managed_etag).toMatch(/^"[0-9a-f]{32}-3"$/);
    // Swift reads boto3's multipart upload as a static large object of the same bytes.
    const sw = await fetch(`${c.url}/object-store/v1/AUTH_${projectId}/boto/big.bin`, { headers: { 'x-auth-token': token } });
    expect([sw.status, sw.headers.get('x-static-large-object'), sw.headers.get('content-type')]).toEqual([200, 'True', 'application/x-big']);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(Buffer.from(await sw.arrayBuffer())).digest('hex')).toBe(out.mp_sha256);
  });
});

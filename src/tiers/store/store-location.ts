import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';

/** Where a store lives: `s3://<bucket>/<prefix>`, and the server to ask when it is not AWS. */
export interface StoreLocation {
  /** As the user wrote it, normalised: `s3://bucket/prefix`. */
  url: string;
  bucket: string;
  /** Key prefix without leading or trailing slash; '' for the bucket's root. */
  prefix: string;
  /** A non-AWS server (MinIO, R2, Ceph, HF Storage Buckets): addressed path-style. */
  endpoint?: string;
}

// S3's rules for bucket names (3–63 of lower-case letters, digits, dots, hyphens; starts and ends alphanumeric).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Check `--store` / `--store-endpoint` before anything runs. The endpoint falls back to AWS_ENDPOINT_URL_S3, then
 * AWS_ENDPOINT_URL, as the AWS CLI reads them. Undefined when no store was asked for.
 */
export function parseStoreLocation(params: {
  store?: string;
  endpoint?: string;
  env: Record<string, string | undefined>;
  names: { store: string; endpoint: string };
}): StoreLocation | undefined {
  const { names, env } = params;
  const text = (params.store ?? '').trim();
  if (text === '') return undefined;
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/.exec(text);
  if (!match) throw new InputError(`${names.store} "${printable(text)}" is not a store URL: write s3://<bucket>/<prefix>, e.g. s3://ml-cache/model-experiments`);
  const [, scheme, bucket, rest = ''] = match;
  if (scheme.toLowerCase() !== 's3') {
    throw new InputError(`${names.store} "${printable(text)}" uses ${printable(scheme)}://, which is not supported: write s3://<bucket>/<prefix> (any S3-compatible server, with ${names.endpoint} for non-AWS ones)`);
  }
  if (!BUCKET.test(bucket)) {
    throw new InputError(`${names.store} "${printable(text)}": "${printable(bucket)}" is not a bucket name (3–63 lower-case letters, digits, "." and "-"): write s3://<bucket>/<prefix>`);
  }
  const prefix = rest.replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '.' || part === '..') || /\/\/|[\\\u0000-\u001f]/.test(prefix)) {
    throw new InputError(`${names.store} "${printable(text)}": the prefix "${printable(prefix)}" must be plain path segments, e.g. s3://${bucket}/model-experiments`);
  }
  const endpointText = (params.endpoint ?? '').trim() || (env.AWS_ENDPOINT_URL_S3 ?? '').trim() || (env.AWS_ENDPOINT_URL ?? '').trim();
  let endpoint: string | undefined;
  if (endpointText !== '') {
    const from = (params.endpoint ?? '').trim() ? names.endpoint : (env.AWS_ENDPOINT_URL_S3 ?? '').trim() ? 'AWS_ENDPOINT_URL_S3' : 'AWS_ENDPOINT_URL';
    let parsed: URL;
    try {
      parsed = new URL(endpointText);
    } catch {
      throw new InputError(`${from} "${printable(endpointText)}" is not a URL: write e.g. http://localhost:9000 or https://<account>.r2.cloudflarestorage.com`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(`${from} "${printable(endpointText)}" must be an http:// or https:// URL`);
    if (parsed.username || parsed.password) throw new InputError(`${from} must not hold credentials: give them as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY`);
    endpoint = parsed.toString().replace(/\/$/, '');
  }
  return { url: `s3://${bucket}${prefix ? `/${prefix}` : ''}`, bucket, prefix, endpoint };
}

import type { S3Client } from '@aws-sdk/client-s3';
import type { StoreLocation } from './store-location.js';

/** The SDK modules, loaded on first use: a run without --store never parses them (~1 MB of code). */
export type S3Modules = typeof import('@aws-sdk/client-s3');
export type StorageModules = typeof import('@aws-sdk/lib-storage');

let modules: Promise<S3Modules> | undefined;
let storage: Promise<StorageModules> | undefined;

export function loadS3(): Promise<S3Modules> {
  // The SDK warns on Node 20 that its releases after January 2027 need Node 22: about its future, not this run.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING ??= '1';
  return (modules ??= import('@aws-sdk/client-s3'));
}

export function loadStorage(): Promise<StorageModules> {
  return (storage ??= import('@aws-sdk/lib-storage'));
}

/**
 * A client for the store. Credentials come from the standard chain; keys given in `env` (the CLI's environment,
 * which tests and embedders pass explicitly) win over what the chain would find in the process. With an endpoint
 * (MinIO, R2, Ceph, Hugging Face Storage Buckets) addressing is path-style and the region defaults to us-east-1.
 * The SDK's standard retry strategy retries 429, 500–504, SlowDown and dropped connections with backoff.
 */
export async function createS3Client(params: { location: StoreLocation; env: Record<string, string | undefined> }): Promise<S3Client> {
  const { location, env } = params;
  const { S3Client } = await loadS3();
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || (location.endpoint ? 'us-east-1' : undefined);
  const attempts = Number.parseInt(env.AWS_MAX_ATTEMPTS ?? '', 10);
  return new S3Client({
    ...(region ? { region } : {}),
    ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: true } : {}),
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) } }
      : {}),
    maxAttempts: Number.isSafeInteger(attempts) && attempts > 0 ? attempts : 5,
    retryMode: 'standard',
    // Checksums on every request would cost a second pass over multi-GB bodies; we verify sha256 ourselves.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Does this SDK error mean "no such object"? (HeadObject answers a bare 404 named NotFound.) */
export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || (e?.$metadata?.httpStatusCode === 404 && e?.name !== 'NoSuchBucket');
}

/**
 * One line for a store that cannot be used, naming the bucket, the endpoint and what to do. Never includes the
 * request's signature or credentials (the SDK's messages hold neither).
 */
export function describeStoreError(params: { error: unknown; location: StoreLocation; env: Record<string, string | undefined> }): string {
  const { error, location, env } = params;
  const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number }; cause?: { code?: string } } | undefined;
  const status = e?.$metadata?.httpStatusCode;
  const name = e?.name ?? '';
  const code = e?.code ?? e?.cause?.code ?? '';
  const where = `bucket ${location.bucket} at ${location.endpoint ?? `AWS S3${env.AWS_REGION || env.AWS_DEFAULT_REGION ? ` (${env.AWS_REGION || env.AWS_DEFAULT_REGION})` : ''}`}`;
  const said = (e?.message ?? String(error)).split('\n')[0].slice(0, 200);
  if (name === 'NoSuchBucket' || (status === 404 && /bucket/i.test(said))) {
    return `${where} does not exist: create it, or fix the bucket name in --store / store`;
  }
  if (['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'InvalidToken', 'TokenRefreshRequired'].includes(name) || name === 'CredentialsProviderError') {
    return `${where} rejected the credentials (${name}): check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or AWS_SESSION_TOKEN, the profile, or the OIDC role)`;
  }
  if (name === 'AccessDenied' || status === 403) {
    return `${where} denied access (403 ${name || 'Forbidden'}): give these credentials s3:GetObject, s3:PutObject, s3:ListBucket (and s3:DeleteObject for prune) on the bucket`;
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'].includes(code) || /ECONNREFUSED|ENOTFOUND|getaddrinfo/.test(said)) {
    return `${where} could not be reached (${code || said}): check --store-endpoint / AWS_ENDPOINT_URL_S3 and that the server is up`;
  }
  if (/region/i.test(said) && !location.endpoint) return `${where}: ${said}: set AWS_REGION, or --store-endpoint for a non-AWS server`;
  return `${where} failed: ${name && !said.includes(name) ? `${name}: ` : ''}${said}${status ? ` (HTTP ${status})` : ''}`;
}

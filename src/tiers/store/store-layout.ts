import { sha256Hex } from '../../core/canonical-json.js';

/**
 * Object names in the store. Changing any of them orphans every stored entry, so they are versioned by what they
 * hold, never by our release:
 *   <prefix>/blobs/sha256/<2 hex>/<sha256>        one file's bytes, named by their hash (shared by every entry)
 *   <prefix>/entries/<step>/<key>.json            one result's manifest, written last: the commit point
 *   <prefix>/pointers/<step>/<lineage hash>.json  the newest key of a lineage (a model repo + patterns)
 *   <prefix>/uses/<step>/<key>                    empty; its LastModified is the entry's last use
 *   <prefix>/records/<name>.json                  a small record (a branch's latest result of a step, a key's metrics)
 */
export function storeKeys(prefix: string) {
  const base = prefix ? `${prefix}/` : '';
  return {
    blob: (sha256: string) => `${base}blobs/sha256/${sha256.slice(0, 2)}/${sha256}`,
    blobs: `${base}blobs/sha256/`,
    manifest: (step: string, key: string) => `${base}entries/${step}/${key}.json`,
    manifests: `${base}entries/`,
    pointer: (step: string, lineage: string) => `${base}pointers/${step}/${sha256Hex(lineage)}.json`,
    pointers: `${base}pointers/`,
    use: (step: string, key: string) => `${base}uses/${step}/${key}`,
    uses: `${base}uses/`,
    record: (name: string) => `${base}records/${name}.json`,
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;

/** `<prefix>/entries/<step>/<key>.json` → { step, key }, or undefined for anything else under entries/. */
export function parseManifestKey(keys: StoreKeys, objectKey: string): { step: string; key: string } | undefined {
  if (!objectKey.startsWith(keys.manifests)) return undefined;
  const match = /^([a-z0-9-]+)\/([0-9a-f]{16,128})\.json$/.exec(objectKey.slice(keys.manifests.length));
  return match ? { step: match[1], key: match[2] } : undefined;
}

/** `<prefix>/blobs/sha256/xx/<sha256>` → the sha256, or undefined. */
export function parseBlobKey(keys: StoreKeys, objectKey: string): string | undefined {
  if (!objectKey.startsWith(keys.blobs)) return undefined;
  const match = /^([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(objectKey.slice(keys.blobs.length));
  return match && match[2].startsWith(match[1]) ? match[2] : undefined;
}

import { RestoreFailure, type ActionsCacheBackend } from './actions-cache-backend.js';
import { ENTRY_PATHS } from './actions-cache-toolkit.js';
import { cacheEntryVersion, withoutQuery, type CacheServiceV2 } from './cache-service-v2.js';
import { ArchiveTooLargeError, ArchiveUnpackError, downloadDirArchive, uploadDirArchive } from './stream-cache-archive.js';

/** A failure of the blob transfer in one line: the HTTP status when there was one, never the signed URL. */
function transferReason(what: string, error: unknown): string {
  const status = (error as { statusCode?: number }).statusCode;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = withoutQuery(message.split('\n')[0].trim());
  return `${what}${status ? ` (${status})` : ''}: ${firstLine}`;
}

/**
 * The v2 cache service through our own client, streaming: the archive is uploaded while tar and zstd make it and
 * unpacked while it downloads, so a save or restore costs about what tar and zstd alone cost, instead of that plus
 * a full write and read of an archive file on each side. Entries are @actions/cache's format and version ("." with
 * zstd-without-long), so either client restores what the other saved.
 */
export function streamingCacheBackend(params: { service: CacheServiceV2 }): ActionsCacheBackend {
  const { service } = params;
  const version = cacheEntryVersion({ paths: ENTRY_PATHS, compression: 'zstd-without-long' });
  const lookup = async (key: string) => (await service.downloadUrl({ key, version })) !== undefined;

  return {
    lookup: ({ key }) => lookup(key),
    async restore({ key, dir, onBytes }) {
      let url: string | undefined;
      try {
        url = await service.downloadUrl({ key, version });
      } catch (error) {
        throw new RestoreFailure(error instanceof Error ? error.message : String(error), false);
      }
      if (!url) return 'missing';
      try {
        await downloadDirArchive({ dir, downloadUrl: url, retry: service.retry, onBytes });
      } catch (error) {
        if (error instanceof ArchiveUnpackError) throw new RestoreFailure(`the archive does not unpack: ${error.message}`, true);
        throw new RestoreFailure(transferReason('download failed', error), false);
      }
      return 'restored';
    },
    async restoreNewest({ prefix, dir, onBytes }) {
      const found = await service.newestDownloadUrl({ prefix, version });
      if (!found) return undefined;
      try {
        await downloadDirArchive({ dir, downloadUrl: found.url, retry: service.retry, onBytes });
      } catch (error) {
        throw new Error(error instanceof ArchiveUnpackError ? `the archive of ${found.key} does not unpack: ${error.message}` : transferReason('download failed', error));
      }
      return found.key;
    },
    async save({ key, dir, limitBytes, onBytes }) {
      const reserved = await service.create({ key, version });
      // Reserved already: finalized (another run saved it first), or an upload that has not finished.
      if (reserved.kind === 'exists') return (await lookup(key)) ? { kind: 'exists' } : { kind: 'busy' };
      let archiveBytes: number;
      try {
        archiveBytes = await uploadDirArchive({ dir, uploadUrl: reserved.uploadUrl, retry: service.retry, limitBytes, onBytes });
      } catch (error) {
        if (error instanceof ArchiveTooLargeError) return { kind: 'too-large' };
        throw new Error(transferReason('upload failed', error));
      }
      await service.finalize({ key, version, sizeBytes: archiveBytes });
      return { kind: 'saved', archiveBytes };
    },
  };
}

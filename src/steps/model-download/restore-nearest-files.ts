import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { siblingPath } from '../../core/replace-directory.js';
import type { Reporter } from '../../core/reporter.js';
import type { NearestEntry, Tier } from '../../core/tier.js';
import { localFileMatches } from '../../hub/download-verified-file.js';
import type { RepoFile } from '../../hub/list-repo-files.js';
import { MODEL_METADATA_FILE, readModelMetadata } from './model-metadata.js';

export interface NearestRestore {
  /** Files now in the output dir, verified against the new revision's listing. */
  restored: RepoFile[];
  /** The tier they came from and the commit of the entry they came from. */
  source: Tier['source'];
  revision: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How a report names a tier. */
export const tierLabel = (source: string) => (source === 's3' ? 'the store' : source === 'actions-cache' ? 'the Actions cache' : source);

/**
 * A branch that moved upstream changes a few files of a model; the rest are in the newest saved entry of the same
 * repo and patterns (the lineage). Take that entry from the first tier that has one and put into `outputDir` every
 * file of `wanted` whose content it holds: an LFS file by its sha256, a small file by its git blob id and size in the
 * entry's own model_metadata.json (and checked against that id once restored). What is not there stays for the Hub.
 * Any failure only means more from the Hub: the caller fetches every file not returned.
 */
export async function restoreNearestFiles(params: {
  tiers: readonly Tier[];
  step: string;
  lineage: string;
  name: string;
  outputDir: string;
  wanted: readonly RepoFile[];
  reporter: Reporter;
}): Promise<NearestRestore | undefined> {
  const { tiers, step, lineage, name, outputDir, wanted, reporter } = params;
  if (wanted.length === 0) return undefined;
  for (const tier of tiers) {
    if (!tier.nearest) continue;
    const entry = await tier.nearest({ step, lineage, scratchDir: siblingPath(outputDir, `nearest-${tier.source}`) }).catch((error: unknown) => {
      reporter.info(`${tierLabel(tier.source)} could not offer an earlier revision: ${messageOf(error)}`);
      return undefined;
    });
    if (!entry) continue;
    try {
      return await takeFiles({ entry, source: tier.source, name, outputDir, wanted, reporter });
    } finally {
      await entry.dispose?.();
    }
  }
  return undefined;
}

async function takeFiles(params: { entry: NearestEntry; source: Tier['source']; name: string; outputDir: string; wanted: readonly RepoFile[]; reporter: Reporter }): Promise<NearestRestore | undefined> {
  const { entry, source, name, outputDir, wanted, reporter } = params;
  const metadataFile = entry.files.find((file) => file.path === MODEL_METADATA_FILE);
  if (!metadataFile) return undefined;
  const scratch = siblingPath(outputDir, 'nearest-metadata');
  let plan: { file: RepoFile; sha256: string; checkOid: boolean }[];
  let revision: string;
  try {
    await entry.restoreFiles({ files: [metadataFile], dir: scratch });
    const read = await readModelMetadata(join(scratch, MODEL_METADATA_FILE));
    if (read.kind !== 'ok' || read.metadata.name !== name) return undefined;
    revision = read.metadata.resolvedRevision;
    const bySha = new Map(entry.files.map((file) => [`${file.sha256}:${file.size}`, file.sha256]));
    const byPath = new Map(entry.files.map((file) => [file.path, file]));
    const byOid = new Map(read.metadata.files.filter((file) => file.oid).map((file) => [`${file.oid}:${file.size}`, file.path]));
    plan = [];
    for (const file of wanted) {
      const lfs = file.lfsSha256 ? bySha.get(`${file.lfsSha256}:${file.size}`) : undefined;
      if (lfs) {
        plan.push({ file, sha256: lfs, checkOid: false });
        continue;
      }
      // The git blob id of an LFS file is its pointer's, which names the content's sha256 and size: equal ids mean
      // equal content for LFS and small files alike.
      const earlier = file.oid ? byPath.get(byOid.get(`${file.oid}:${file.size}`) ?? '') : undefined;
      if (earlier && earlier.size === file.size) plan.push({ file, sha256: earlier.sha256, checkOid: !file.lfsSha256 });
    }
  } catch (error) {
    reporter.info(`The newest entry of ${name} in ${tierLabel(source)} could not be read (${messageOf(error)}); fetching every file from the Hub`);
    return undefined;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (plan.length === 0) return { restored: [], source, revision };
  try {
    await entry.restoreFiles({ files: plan.map(({ file, sha256 }) => ({ path: file.path, size: file.size, sha256 })), dir: outputDir });
  } catch (error) {
    reporter.warning(`Restoring files of ${name}@${revision.slice(0, 7)} from ${tierLabel(source)} failed (${messageOf(error)}); fetching them from the Hub`);
    return { restored: [], source, revision };
  }
  const restored: RepoFile[] = [];
  for (const { file, checkOid } of plan) {
    if (!checkOid || (await localFileMatches({ path: join(outputDir, file.path), file }))) restored.push(file);
    else await rm(join(outputDir, file.path), { force: true });
  }
  return { restored, source, revision };
}

/** "config.json", "a.json and b.json", "a, b, c and 4 more". */
export function listNames(paths: readonly string[]): string {
  if (paths.length <= 3) return paths.length <= 1 ? (paths[0] ?? '') : `${paths.slice(0, -1).join(', ')} and ${paths.at(-1)}`;
  return `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`;
}

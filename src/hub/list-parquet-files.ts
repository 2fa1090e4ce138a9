import { datasetInfo, HubApiError } from '@huggingface/hub';
import { StepError } from '../core/errors.js';
import { isCommitSha } from '../core/validate-input.js';
import { explainHubError } from './hub-errors.js';
import type { HubConnection } from './hub-connection.js';
import { listRepoFiles, type RepoFile } from './list-repo-files.js';
import { describeRepo, type RepoRef } from './repo-ref.js';

/** The branch where the Hub keeps its parquet conversion of a dataset's default branch. */
export const PARQUET_CONVERSION_REF = 'refs/convert/parquet';

export interface ParquetSplitFiles {
  /** Shards in row order (0000.parquet, 0001.parquet, …). */
  files: RepoFile[];
  /** The Hub converted only the first part of a split over 5 GB (stored under partial-<split>/). */
  partial: boolean;
}

export interface ParquetConversion {
  /** Commit of refs/convert/parquet the files were listed at. */
  sha: string;
  /** config → split → shards, configs and splits in listing order. */
  configs: Map<string, Map<string, ParquetSplitFiles>>;
}

/**
 * The Hub's parquet conversion of a dataset: `{config}/{split}/NNNN.parquet` on refs/convert/parquet.
 * A dataset without one (never converted, or conversion failed) is a normal answer: null.
 */
export async function listParquetFiles(params: { connection: HubConnection; repo: RepoRef }): Promise<ParquetConversion | null> {
  const { connection, repo } = params;
  let sha: unknown;
  try {
    sha = (await datasetInfo({
      name: repo.name,
      revision: PARQUET_CONVERSION_REF,
      hubUrl: connection.hubUrl,
      accessToken: connection.accessToken,
      fetch: connection.fetch,
      additionalFields: ['sha'],
    })).sha;
  } catch (error) {
    if (error instanceof HubApiError && error.statusCode === 404) return null;
    throw explainHubError({ error, what: describeRepo(repo, PARQUET_CONVERSION_REF) });
  }
  if (typeof sha !== 'string' || !isCommitSha(sha)) throw new StepError(`The Hub did not give a commit sha for ${describeRepo(repo, PARQUET_CONVERSION_REF)}`);
  const files = await listRepoFiles({ connection, repo, revision: sha });
  return { sha, configs: groupParquetFiles(files) };
}

/** Group conversion files by config and split; anything not shaped `{config}/{split}/{n}.parquet` is not data. */
export function groupParquetFiles(files: readonly RepoFile[]): Map<string, Map<string, ParquetSplitFiles>> {
  const configs = new Map<string, Map<string, ParquetSplitFiles>>();
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.length !== 3 || !parts[2].endsWith('.parquet')) continue;
    const [config, splitDir] = parts;
    const partial = splitDir.startsWith('partial-');
    const split = partial ? splitDir.slice('partial-'.length) : splitDir;
    let splits = configs.get(config);
    if (!splits) configs.set(config, (splits = new Map()));
    let entry = splits.get(split);
    if (!entry) splits.set(split, (entry = { files: [], partial }));
    entry.files.push(file);
  }
  for (const splits of configs.values()) {
    for (const entry of splits.values()) entry.files.sort((a, b) => shardOrder(a.path, b.path));
  }
  return configs;
}

/** 0000.parquet < 0001.parquet < … < 10000.parquet: numeric where the names are numbers. */
function shardOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

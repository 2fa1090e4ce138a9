import { InputError, StepError } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import { printable } from '../../core/validate-input.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { listParquetFiles, type ParquetConversion } from '../../hub/list-parquet-files.js';
import { listRepoFiles, type RepoFile } from '../../hub/list-repo-files.js';
import { resolveRevision } from '../../hub/resolve-revision.js';
import { isSafeSplitName, type DatasetOrigin } from './dataset-metadata.js';
import { inferDataSplits, orderSplits, type DataFormat } from './infer-data-splits.js';

export interface SplitSource {
  name: string;
  files: RepoFile[];
  format: DataFormat;
  partial: boolean;
}

/** Where each split's rows come from: the files, the commit they are read at, and the config they belong to. */
export interface DatasetSources {
  origin: DatasetOrigin;
  config: string;
  /** Commit the files are read at. */
  revision: string;
  splits: SplitSource[];
}

/** The only config a repo read from its own files has (README-defined configs are not read). */
const DEFAULT_CONFIG = 'default';

/**
 * Decide where rows come from. The Hub's parquet conversion first: it is made from the default branch (main), so
 * it is used when the requested revision is main's current commit. Otherwise, or when there is no conversion,
 * the repo's own data files at the requested commit, with splits inferred from their names.
 */
export async function planDatasetSources(params: {
  connection: HubConnection;
  name: string;
  revision: string;
  resolvedRevision: string;
  config?: string;
  splits: string[];
  reporter: Reporter;
}): Promise<DatasetSources> {
  const { connection, name, revision, resolvedRevision, reporter } = params;
  const repo = { type: 'dataset' as const, name };
  const conversion = await listParquetFiles({ connection, repo });
  if (conversion && conversion.configs.size > 0) {
    const ofMain = revision === 'main' || resolvedRevision === (await resolveRevision({ connection, repo, revision: 'main' }));
    if (ofMain) return fromConversion({ conversion, name, config: params.config, splits: params.splits });
    reporter.info(`The Hub's parquet conversion of ${name} is made from main; ${revision} is another commit, so rows come from the repo's own data files`);
  }
  const files = await listRepoFiles({ connection, repo, revision: resolvedRevision });
  const inferred = inferDataSplits(files.map((file) => file.path));
  if (!inferred) {
    const hint = conversion ? ` (the Hub's parquet conversion covers only main: use --revision main)` : '';
    throw new InputError(`Dataset ${name}@${revision} has no parquet conversion to read and no data files (.parquet, .jsonl, .json, .csv)${hint}`);
  }
  if (params.config !== undefined && params.config !== DEFAULT_CONFIG) {
    throw new InputError(`--config "${printable(params.config)}" is not a config of ${name}@${revision}: read from its data files it has only "${DEFAULT_CONFIG}"; omit --config`);
  }
  if (inferred.skipped.length > 0) {
    reporter.warning(`${name} mixes data formats: reading its ${inferred.format} files, skipping ${inferred.skipped.length} other(s) (${inferred.skipped.slice(0, 3).join(', ')}${inferred.skipped.length > 3 ? ', …' : ''})`);
  }
  const byPath = new Map(files.map((file) => [file.path, file]));
  const chosen = chooseSplits({ available: [...inferred.splits.keys()], requested: params.splits, where: `${name}@${revision}` });
  return {
    origin: 'repo-files',
    config: DEFAULT_CONFIG,
    revision: resolvedRevision,
    splits: chosen.map((split) => ({ name: split, files: inferred.splits.get(split)!.map((path) => byPath.get(path)!), format: inferred.format, partial: false })),
  };
}

function fromConversion(params: { conversion: ParquetConversion; name: string; config?: string; splits: string[] }): DatasetSources {
  const { conversion, name } = params;
  const configs = [...conversion.configs.keys()];
  let config: string;
  if (params.config !== undefined) {
    if (!conversion.configs.has(params.config)) {
      throw new InputError(`--config "${printable(params.config)}" is not a config of ${name}: choose one of ${configs.join(', ')}`);
    }
    config = params.config;
  } else if (conversion.configs.has(DEFAULT_CONFIG)) config = DEFAULT_CONFIG;
  else if (configs.length === 1) config = configs[0];
  else throw new InputError(`${name} has ${configs.length} configs (${configs.join(', ')}): choose one with --config`);
  const splitFiles = conversion.configs.get(config)!;
  const chosen = chooseSplits({ available: [...splitFiles.keys()], requested: params.splits, where: `${name} (config ${config})` });
  return {
    origin: 'parquet-conversion',
    config,
    revision: conversion.sha,
    splits: chosen.map((split) => ({ name: split, files: splitFiles.get(split)!.files, format: 'parquet', partial: splitFiles.get(split)!.partial })),
  };
}

/** The requested splits (each must exist), or all of them; in the dataset's split order. */
function chooseSplits(params: { available: string[]; requested: string[]; where: string }): string[] {
  const { available, requested, where } = params;
  const ordered = orderSplits(available);
  for (const split of requested) {
    if (!available.includes(split)) throw new InputError(`--split "${printable(split)}" is not a split of ${where}: choose from ${ordered.join(', ')}`);
  }
  const chosen = requested.length > 0 ? ordered.filter((split) => requested.includes(split)) : ordered;
  for (const split of chosen) {
    if (!isSafeSplitName(split)) throw new StepError(`Split "${printable(split)}" of ${where} cannot be a directory name here: choose other splits with --split`);
  }
  return chosen;
}

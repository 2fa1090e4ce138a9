import { InputError, StepError } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import { printable } from '../../core/validate-input.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { listParquetFiles, type ParquetConversion } from '../../hub/list-parquet-files.js';
import { listRepoFiles, type RepoFile } from '../../hub/list-repo-files.js';
import { resolveRevision } from '../../hub/resolve-revision.js';
import { isSafeSplitName, type DatasetOrigin } from './dataset-metadata.js';
import { readRepoText } from '../../hub/read-repo-text.js';
import { dataFormatOf, dominantFormat, inferDataSplits, orderSplits, type DataFormat } from './infer-data-splits.js';
import { matchDataFiles, readCardConfigs, type DeclaredConfig } from './readme-configs.js';

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

/** The config a repo read from its own files has when its card declares none. */
const DEFAULT_CONFIG = 'default';

/**
 * Decide where rows come from. The Hub's parquet conversion first: it is made from the default branch (main), so
 * it is used when the requested revision is main's current commit. Otherwise, or when there is no conversion,
 * the repo's own data files at the requested commit: as the configs of its dataset card (README.md's YAML header)
 * say, or, when it declares none, with splits inferred from their names.
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
  const card = files.some((file) => file.path === 'README.md')
    ? readCardConfigs((await readRepoText({ connection, repo, revision: resolvedRevision, path: 'README.md' })) ?? '')
    : ({ kind: 'none' } as const);
  if (card.kind === 'unreadable') reporter.warning(`${name}'s README.md: ${card.reason}; its splits are inferred from file names instead`);
  if (card.kind === 'declared') return fromCard({ configs: card.configs, files, where: `${name}@${revision}`, resolvedRevision, config: params.config, splits: params.splits, reporter });
  const inferred = inferDataSplits(files.map((file) => file.path));
  if (!inferred) {
    const hint = conversion ? ` (the Hub's parquet conversion covers only main: use --revision main)` : '';
    throw new InputError(`Dataset ${name}@${revision} has no parquet conversion to read and no data files (.parquet, .jsonl, .json, .csv)${hint}`);
  }
  if (params.config !== undefined && params.config !== DEFAULT_CONFIG) {
    throw new InputError(`--config "${printable(params.config)}" is not a config of ${name}@${revision}: read from its data files it has only "${DEFAULT_CONFIG}"; omit --config`);
  }
  if (inferred.skipped.length > 0) reporter.warning(mixedFormats({ what: name, format: inferred.format, skipped: inferred.skipped }));
  return repoFileSources({ files, splitPaths: inferred.splits, format: inferred.format, config: DEFAULT_CONFIG, revision: resolvedRevision, requested: params.splits, where: `${name}@${revision}` });
}

function mixedFormats(params: { what: string; format: DataFormat; skipped: string[] }): string {
  const { what, format, skipped } = params;
  return `${what} mixes data formats: reading its ${format} files, skipping ${skipped.length} other(s) (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''})`;
}

/** The requested splits of a repo's own files (all when none is asked for), each split's files of `format` only. */
function repoFileSources(params: {
  files: RepoFile[];
  splitPaths: Map<string, string[]>;
  format: DataFormat;
  config: string;
  revision: string;
  requested: string[];
  where: string;
}): DatasetSources {
  const { files, splitPaths, format } = params;
  const byPath = new Map(files.map((file) => [file.path, file]));
  const chosen = chooseSplits({ available: [...splitPaths.keys()], requested: params.requested, where: params.where });
  return {
    origin: 'repo-files',
    config: params.config,
    revision: params.revision,
    splits: chosen.map((split) => ({ name: split, files: splitPaths.get(split)!.filter((path) => dataFormatOf(path) === format).map((path) => byPath.get(path)!), format, partial: false })),
  };
}

/** The repo's own files, as the config its card declares (chosen as `datasets` chooses) says. */
function fromCard(params: {
  configs: DeclaredConfig[];
  files: RepoFile[];
  where: string;
  resolvedRevision: string;
  config?: string;
  splits: string[];
  reporter: Reporter;
}): DatasetSources {
  const { configs, files, where } = params;
  const names = configs.map((config) => config.name).join(', ');
  let config: DeclaredConfig | undefined;
  if (params.config !== undefined) {
    config = configs.find((candidate) => candidate.name === params.config);
    if (!config) throw new InputError(`--config "${printable(params.config)}" is not a config of ${where}: its README.md declares ${names}`);
  } else {
    config = configs.find((candidate) => candidate.isDefault) ?? configs.find((candidate) => candidate.name === DEFAULT_CONFIG) ?? (configs.length === 1 ? configs[0] : undefined);
    if (!config) throw new InputError(`${where} declares ${configs.length} configs in its README.md (${names}): choose one with --config`);
  }
  const paths = files.map((file) => file.path);
  const what = `config ${config.name} of ${where}`;
  let splitPaths: Map<string, string[]>;
  if (config.splits) {
    splitPaths = new Map([...config.splits].map(([split, patterns]) => [split, matchDataFiles({ patterns, dataDir: config.dataDir, paths })]));
  } else {
    const inferred = inferDataSplits(paths.filter((path) => path.startsWith(`${config.dataDir}/`)));
    if (!inferred) throw new StepError(`${what}: no data files (.parquet, .jsonl, .json, .csv) under ${config.dataDir}/`);
    splitPaths = inferred.splits;
  }
  const format = dominantFormat([...splitPaths.values()].flat());
  if (!format) throw new StepError(`${what}: its data_files match no file this tool reads (.parquet, .jsonl, .json, .csv)`);
  const skipped = [...splitPaths.values()].flat().filter((path) => dataFormatOf(path) !== format);
  if (skipped.length > 0) params.reporter.warning(mixedFormats({ what, format, skipped }));
  for (const [split, matched] of splitPaths) {
    if (!matched.some((path) => dataFormatOf(path) === format)) throw new StepError(`${what}: split "${printable(split)}" matches no ${format} file; check its data_files in README.md`);
  }
  return repoFileSources({ files, splitPaths, format, config: config.name, revision: params.resolvedRevision, requested: params.splits, where: what });
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

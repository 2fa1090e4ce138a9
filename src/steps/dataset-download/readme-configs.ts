import picomatch from 'picomatch';
import { parse } from 'yaml';

/**
 * The configs a dataset card declares in its YAML header, as the `datasets` library reads them (`configs:` with
 * `config_name`, `data_files` and `data_dir`, `default: true`), for repos the Hub has no parquet conversion of:
 *
 *     configs:
 *     - config_name: en
 *       default: true
 *       data_files:
 *       - split: train
 *         path: en/train-*.jsonl
 *       - split: test
 *         path: [en/test.jsonl]
 *     - config_name: fr
 *       data_files: fr/*.jsonl        # one pattern (or a list): the train split
 *
 * Patterns are globs relative to the repo root (`*` stays within a directory, `**` crosses them).
 */
export interface DeclaredConfig {
  name: string;
  isDefault: boolean;
  /** Split → glob patterns; or undefined when the config names only a directory (its splits are inferred there). */
  splits?: Map<string, string[]>;
  dataDir?: string;
}

export type CardConfigs = { kind: 'none' } | { kind: 'declared'; configs: DeclaredConfig[] } | { kind: 'unreadable'; reason: string };

export function readCardConfigs(card: string): CardConfigs {
  const header = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(card.replace(/^\uFEFF/, ''));
  if (!header) return { kind: 'none' };
  let yaml: unknown;
  try {
    yaml = parse(header[1]);
  } catch (error) {
    return { kind: 'unreadable', reason: `its YAML header does not parse (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  const declared = (yaml as { configs?: unknown } | null)?.configs;
  if (declared === undefined || declared === null) return { kind: 'none' };
  if (!Array.isArray(declared)) return { kind: 'unreadable', reason: '`configs` in its YAML header is not a list' };
  const configs: DeclaredConfig[] = [];
  for (const [index, entry] of declared.entries()) {
    const where = `configs[${index}]`;
    if (typeof entry !== 'object' || entry === null) return { kind: 'unreadable', reason: `${where} is not a mapping` };
    const { config_name: name = 'default', data_files: dataFiles, data_dir: dataDir, default: isDefault } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') return { kind: 'unreadable', reason: `${where}.config_name is not a name` };
    if (dataDir !== undefined && typeof dataDir !== 'string') return { kind: 'unreadable', reason: `${where}.data_dir is not a path` };
    const splits = dataFiles === undefined ? undefined : splitPatterns(dataFiles);
    if (splits === null) return { kind: 'unreadable', reason: `${where}.data_files is neither a pattern, a list of them, nor a list of {split, path}` };
    if (!splits && dataDir === undefined) return { kind: 'unreadable', reason: `${where} (${name}) has neither data_files nor data_dir` };
    configs.push({ name, isDefault: isDefault === true, splits, dataDir: typeof dataDir === 'string' ? dataDir.replace(/^\.?\/+|\/+$/g, '') : undefined });
  }
  return configs.length > 0 ? { kind: 'declared', configs } : { kind: 'none' };
}

/** data_files in its three shapes: "pattern", ["pattern", …] (the train split), or [{split, path}, …]; null if none. */
function splitPatterns(value: unknown): Map<string, string[]> | null {
  const patterns = (item: unknown): string[] | null =>
    typeof item === 'string' ? [item] : Array.isArray(item) && item.every((p) => typeof p === 'string') ? (item as string[]) : null;
  const plain = patterns(value);
  if (plain) return new Map([['train', plain]]);
  if (!Array.isArray(value)) return null;
  const splits = new Map<string, string[]>();
  for (const item of value) {
    const { split = 'train', path } = (item ?? {}) as { split?: unknown; path?: unknown };
    const paths = patterns(path);
    if (typeof split !== 'string' || !paths) return null;
    splits.set(split, [...(splits.get(split) ?? []), ...paths]);
  }
  return splits;
}

/** The repo's files a split's patterns name, in a stable order (numbers in names compared as numbers). */
export function matchDataFiles(params: { patterns: string[]; dataDir?: string; paths: readonly string[] }): string[] {
  const prefix = params.dataDir ? `${params.dataDir}/` : '';
  const matchers = params.patterns.map((pattern) => picomatch(`${prefix}${pattern.replace(/^\.?\/+/, '')}`, { dot: false }));
  return params.paths.filter((path) => matchers.some((matches) => matches(path))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

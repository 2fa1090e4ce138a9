import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';
import { formatBytes } from '../../steps/format.js';
import { listStoreEntries, pruneStore, type StoreEntry } from '../../tiers/store/store-admin.js';
import { parseStoreLocation, type StoreLocation } from '../../tiers/store/store-location.js';
import { parseCommandArgs } from '../args.js';
import type { CliCommand, CliContext } from '../cli-context.js';

const storeOptions = {
  store: { type: 'string' },
  'store-endpoint': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const STORE_HELP = `  --store s3://<bucket>/<prefix>
                          the store (default: ME_STORE); credentials from the AWS chain
  --store-endpoint <url>  its server when it is not AWS S3 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL)
  --json                  print one JSON object on stdout`;

function locationOf(values: { store?: string; 'store-endpoint'?: string }, env: CliContext['env'], usage: string): StoreLocation {
  const location = parseStoreLocation({
    store: (values.store ?? '').trim() || env.ME_STORE,
    endpoint: values['store-endpoint'],
    env,
    names: { store: (values.store ?? '').trim() ? '--store' : 'ME_STORE', endpoint: '--store-endpoint' },
  });
  if (!location) throw new InputError(`${usage} needs a store: give --store s3://<bucket>/<prefix> (or set ME_STORE)`);
  return location;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "30d", "12h", "90m", "0s" → milliseconds. */
export function parseDuration(text: string | undefined, flag: string): number {
  const match = /^(\d+)([smhdw])$/.exec((text ?? '').trim());
  if (!match) throw new InputError(`${flag} "${printable(text ?? '')}" is not a duration: write a whole number and a unit, e.g. 30d, 12h, 90m (s, m, h, d, w)`);
  return Number(match[1]) * UNITS[match[2]];
}

const entryJson = ({ blobs: _blobs, ...entry }: StoreEntry) => entry;
const day = (iso: string) => iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');

export const storeLsCommand: CliCommand = {
  help: `Usage: model-experiments store ls --store s3://<bucket>/<prefix> [options]

List the store's entries: step, key, size, when created and when last used (restored or saved).

${STORE_HELP}`,
  async run({ argv, env, stdout }) {
    const usage = 'model-experiments store ls';
    const values = parseCommandArgs({ argv, usage, options: storeOptions });
    const location = locationOf(values, env, usage);
    const entries = await listStoreEntries({ location, env });
    const wantsJson = values.json === true;
    if (!wantsJson) {
      const rows = entries.map((entry) => [entry.step, entry.key.slice(0, 16), entry.broken ? 'broken' : formatBytes(entry.bytes), day(entry.createdAt), day(entry.lastUsedAt)]);
      const header = ['STEP', 'KEY', 'SIZE', 'CREATED', 'LAST USED'];
      const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
      const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
      const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
      stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} in ${location.url} (${formatBytes(total)} of files, blobs shared between entries counted in each)\n`);
    }
    return { json: { store: location.url, entries: entries.map(entryJson) }, wantsJson };
  },
};

export const storePruneCommand: CliCommand = {
  help: `Usage: model-experiments store prune --store s3://<bucket>/<prefix> --older-than <duration> [options]

Remove the entries not used (restored or saved) within the duration, then every blob that no remaining entry
needs. Unused blobs written recently are kept, so a save running meanwhile is never broken.

  --older-than <duration> remove entries last used longer ago than this: 30d, 12h, 90m (s, m, h, d, w)
  --keep-last <n>         keep the n most recently used entries of each step however old (default 0)
  --keep-recent-blobs <duration>
                          keep unneeded blobs written within this (default 1h)
  --dry-run               say what would be removed; remove nothing
${STORE_HELP}`,
  async run({ argv, env, stdout, reporter }) {
    const usage = 'model-experiments store prune';
    const values = parseCommandArgs({
      argv,
      usage,
      options: { ...storeOptions, 'older-than': { type: 'string' }, 'keep-last': { type: 'string' }, 'keep-recent-blobs': { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
    if (values['older-than'] === undefined) throw new InputError(`${usage} needs --older-than <duration>, e.g. --older-than 30d`);
    const olderThanMs = parseDuration(values['older-than'], '--older-than');
    const keepText = (values['keep-last'] ?? '0').trim();
    if (!/^\d+$/.test(keepText)) throw new InputError(`--keep-last "${printable(keepText)}" is not a whole number: give e.g. --keep-last 3`);
    const blobGraceMs = parseDuration(values['keep-recent-blobs'] ?? '1h', '--keep-recent-blobs');
    const location = locationOf(values, env, usage);
    const dryRun = values['dry-run'] === true;
    const report = await pruneStore({ location, env, olderThanMs, keepLast: Number(keepText), blobGraceMs, dryRun });
    const verb = dryRun ? 'Would remove' : 'Removed';
    for (const entry of report.removedEntries) reporter.info(`${verb} ${entry.step} ${entry.key.slice(0, 16)} (${entry.broken ? `broken: ${entry.broken}` : `last used ${day(entry.lastUsedAt)}`})`);
    const summary =
      `${verb} ${report.removedEntries.length} entr${report.removedEntries.length === 1 ? 'y' : 'ies'} and ${report.removedBlobs} blob(s) (${formatBytes(report.removedBlobBytes)}) from ${location.url}; ` +
      `kept ${report.keptEntries} entr${report.keptEntries === 1 ? 'y' : 'ies'} and ${report.keptBlobs} blob(s)${report.recentBlobs > 0 ? `, ${report.recentBlobs} of them unneeded but written within --keep-recent-blobs` : ''}`;
    const wantsJson = values.json === true;
    if (wantsJson) reporter.success(summary);
    else stdout.write(`${summary}\n`);
    return {
      json: {
        store: location.url,
        dryRun,
        removedEntries: report.removedEntries.map(entryJson),
        keptEntries: report.keptEntries,
        removedBlobs: report.removedBlobs,
        removedBlobBytes: report.removedBlobBytes,
        keptBlobs: report.keptBlobs,
        recentBlobs: report.recentBlobs,
      },
      wantsJson,
    };
  },
};

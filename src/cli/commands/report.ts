import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { readJsonObject } from '../../core/read-json.js';
import { printable } from '../../core/validate-input.js';
import { metricsOfResult, reportRowFromResult, stepIdOf, type BaseComparison } from '../../report/report-row.js';
import { reportJson, reportMarkdown } from '../../report/render-report.js';
import { resolve } from 'node:path';
import type { CliCommand } from '../cli-context.js';

const usage = 'model-experiments report';
const FORMATS = ['markdown', 'json'] as const;

async function readResult(path: string, cwd: string, what: string): Promise<Record<string, unknown>> {
  const read = await readJsonObject(resolve(cwd, path));
  if (read.kind === 'missing') throw new InputError(`${what} ${printable(path)} does not exist: give a file written by a step's --json`);
  if (read.kind === 'corrupted') throw new InputError(`${what} ${printable(path)} ${read.reason}: give a file written by a step's --json`);
  if (typeof read.value.command !== 'string') {
    throw new InputError(`${what} ${printable(path)} is not a step result (it names no command): give a file written by a step's --json`);
  }
  return read.value;
}

const lastSegment = (path: unknown) => (typeof path === 'string' ? path.split(/[\\/]/).filter(Boolean).pop() ?? '' : '');

export const reportCommand: CliCommand = {
  help: `Usage: ${usage} [--format markdown|json] [--base <file>]... <result.json>...

Prints the PR report's table (one row per step: decision, reasons, time saved, key, metrics) from the --json results
of earlier steps, for CI systems other than GitHub Actions, e.g.
  model-experiments train ... --json > results/train.json
  model-experiments report results/*.json >> report.md

  --format <f>     markdown (default) or json
  --base <file>    a --json result of the same step on the base branch: the row shows how it differs (train: field
                   by field) and the metric deltas against it (matched by command and output dir); repeatable
  --base-branch <name>  what to call the base in the table (default: base)

Paths outside the working directory are shown by their last part only; HF_TOKEN is masked.`,
  async run({ argv, env, cwd, stdout, secrets }) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: { format: { type: 'string' }, base: { type: 'string', multiple: true }, 'base-branch': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals: true,
      });
    } catch (error) {
      throw new InputError(`${(error instanceof Error ? error.message : String(error)).split('\n')[0]}: see ${usage} --help`);
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'markdown';
    if (!(FORMATS as readonly string[]).includes(format)) throw new InputError(`--format "${printable(format)}" is not one of ${FORMATS.join(', ')}`);
    if (positionals.length === 0) throw new InputError(`Give the --json result files of earlier steps, e.g. ${usage} results/*.json`);
    const token = env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
    if (token?.trim()) secrets.push(token.trim());
    const safe = { workspace: cwd, secrets };
    const branch = values['base-branch'] ?? 'base';
    const bases = await Promise.all((values.base ?? []).map((path) => readResult(path, cwd, '--base')));
    const results = await Promise.all(positionals.map((path) => readResult(path, cwd, 'Result')));
    const rows = results.map((result) => {
      let base: BaseComparison | undefined;
      if (values.base) {
        const id = stepIdOf(result, cwd);
        // The same step: by its identity, else by command and the output dir's last part (another checkout's paths).
        const match =
          bases.find((candidate) => stepIdOf(candidate, cwd) === id) ??
          bases.find((candidate) => candidate.command === result.command && lastSegment(candidate.outputDir ?? candidate.modelDir) === lastSegment(result.outputDir ?? result.modelDir));
        const components = match?.keyComponents && typeof match.keyComponents === 'object' ? { components: match.keyComponents as Record<string, unknown> } : {};
        base = match ? { branch, found: true, key: typeof match.key === 'string' ? match.key : undefined, metrics: metricsOfResult(match), ...components } : { branch, found: false };
      }
      return reportRowFromResult({ result, safe, base });
    });
    const document = { rows, sweeps: [] };
    stdout.write(format === 'json' ? `${JSON.stringify(reportJson(document))}\n` : reportMarkdown({ document }));
    return { json: {}, wantsJson: false };
  },
};

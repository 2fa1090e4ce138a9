import { lookUpSweep } from '../../steps/sweep/look-up-sweep.js';
import { parseSweepGrid } from '../../steps/sweep/sweep-grid.js';
import { DEFAULT_SWEEP_METRIC, parseMetricName } from '../../steps/sweep/sweep-metric.js';
import { sweepTableMarkdown } from '../../report/sweep-table.js';
import { parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';
import { TRAIN_OPTIONS, trainInputsFromValues, trainRuntimeFromValues } from '../train-setup.js';

const usage = 'model-experiments sweep-report';
const flagName = (name: string) => `--${name}`;

export const sweepReportCommand: CliCommand = {
  help: `Usage: ${usage} --grid <parameter>=<v1>,<v2>... [--grid ...] [--metric <name>] [--json] <train flags>

After the matrix of a sweep: finds each cell's result and its metrics through lookups (the output dir, then the
caches' records; no trained model is downloaded), prints one table of cells × parameters × metrics with the best
cell and a mermaid chart of the metric.

  --grid <axis>      the sweep's axes, as given to sweep
  --metric <name>    the metric that ranks the cells (default ${DEFAULT_SWEEP_METRIC}, the highest wins; a *loss*,
                     *error* or perplexity metric is minimized, e.g. eval_loss)
  --json             print {cells, metric, best, bestKey, bestParams, bestMetrics} instead of markdown
  and the train flags the matrix's train step uses (--model-name, --train-data, --val-data, --output-dir, --run,
  cache flags...), without the grid's axes: the cells' keys are computed from them.`,
  async run({ argv, env, cwd, stdout, reporter, secrets }) {
    const values = parseCommandArgs({ argv, usage, options: { ...TRAIN_OPTIONS, grid: { type: 'string', multiple: true }, metric: { type: 'string' } } });
    const axes = parseSweepGrid({ axes: values.grid ?? [], flag: '--grid' });
    const metric = parseMetricName({ value: values.metric, flag: '--metric' });
    const { trainer, options, connection } = await trainRuntimeFromValues({ values, env, cwd, reporter, secrets });
    const table = await lookUpSweep({ axes, inputs: trainInputsFromValues(values, cwd), trainer, connection, options, flagName, metric });
    const best = table.best === undefined ? undefined : table.cells[table.best];
    if (!best) reporter.warning(`No cell of the sweep has ${metric} recorded: train the cells first, or choose another --metric`);
    if (values.json === true) {
      return { json: { ...table, bestKey: best?.key ?? null, bestParams: best?.params ?? null, bestMetrics: best?.metrics ?? null }, wantsJson: true };
    }
    stdout.write(`${sweepTableMarkdown(table)}\n`);
    return { json: {}, wantsJson: false };
  },
};

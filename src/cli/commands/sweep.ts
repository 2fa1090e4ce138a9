import { planSweepCells } from '../../steps/sweep/look-up-sweep.js';
import { cellLabel, expandSweepGrid, MAX_SWEEP_CELLS, parseSweepGrid, sweepMatrix } from '../../steps/sweep/sweep-grid.js';
import { parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';
import { TRAIN_OPTIONS, trainInputsFromValues, trainRuntimeFromValues } from '../train-setup.js';

const usage = 'model-experiments sweep';
const flagName = (name: string) => `--${name}`;

export const sweepCommand: CliCommand = {
  help: `Usage: ${usage} --grid <parameter>=<v1>,<v2>... [--grid ...] [--json] [--plan <train flags>]

Expands a grid of training parameters into a job matrix: every combination is one cell, and each cell is an
ordinary train step (an unchanged cell is a cache hit on any runner; a new value trains only the new cells).

  --grid <axis>      one axis: a train parameter and its values, e.g. learning-rate=1e-3,2e-3 (repeatable);
                     at most ${MAX_SWEEP_CELLS} cells in all (GitHub's limit for one matrix)
  --json             print the matrix for strategy.matrix: {"include": [{"learning-rate": "1e-3", "epochs": "3",
                     "flags": "--learning-rate 1e-3 --epochs 3"}, ...]}
  --plan             also say which cells still have to train (and so need a GPU runner): give the train flags
                     the matrix's train step uses (--model-name, --train-data, --val-data, --output-dir, --run,
                     cache flags...). Only lookups: nothing is trained or restored. Adds "key" and "needs-run"
                     to each matrix entry

e.g. echo "matrix=$(${usage} --grid learning-rate=1e-3,2e-3 --grid epochs=3,5 --json)" >> "$GITHUB_OUTPUT"`,
  async run({ argv, env, cwd, stdout, reporter, secrets }) {
    const values = parseCommandArgs({ argv, usage, options: { ...TRAIN_OPTIONS, grid: { type: 'string', multiple: true } } });
    const axes = parseSweepGrid({ axes: values.grid ?? [], flag: '--grid' });
    const cells = expandSweepGrid(axes);
    let planned: Awaited<ReturnType<typeof planSweepCells>> | undefined;
    if (values.plan === true) {
      const { trainer, options, connection } = await trainRuntimeFromValues({ values, env, cwd, reporter, secrets });
      planned = await planSweepCells({ axes, inputs: trainInputsFromValues(values, cwd), trainer, connection, options, flagName });
    }
    const matrix = sweepMatrix({ cells, planned });
    if (values.json === true) return { json: matrix, wantsJson: true };
    const toTrain = planned?.filter((cell) => cell.needsRun).length;
    const lines = [`${cells.length} cell${cells.length === 1 ? '' : 's'} (${axes.map((axis) => `${axis.values.length} ${axis.name}`).join(' × ')})${toTrain === undefined ? '' : `, ${toTrain} to train`}:`];
    cells.forEach((cell, index) => {
      const plan = planned?.[index];
      const status = plan ? (plan.needsRun ? '  needs training' : `  cached (${plan.source})`) : '';
      lines.push(`  ${String(index + 1).padStart(3)}  ${cellLabel(cell).padEnd(40)}${status}`);
    });
    stdout.write(`${lines.join('\n')}\n`);
    return { json: matrix, wantsJson: false };
  },
};

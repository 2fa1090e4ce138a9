import * as core from '@actions/core';
import { planSweepCells } from '../../steps/sweep/look-up-sweep.js';
import { cellLabel, expandSweepGrid, parseSweepGrid, sweepMatrix } from '../../steps/sweep/sweep-grid.js';
import { booleanInput, lineInput } from '../action-inputs.js';
import type { ActionContext } from '../action-context.js';
import { Inputs, Outputs } from '../constants.js';
import { writeSummaryMarkdown } from '../job-summary.js';
import { trainInputsFromInputs, trainRuntimeFromInputs } from '../train-inputs.js';

const flagName = (name: string) => `Input ${name}`;

/**
 * `command: sweep`: the `grid` input (one axis a line) as a job matrix, output `matrix` for
 * `strategy.matrix: ${{ fromJSON(...) }}`. With `lookup-only: true` and the train inputs, each cell also says
 * whether it still has to train (`needs-run`) and its key, found by lookups only.
 */
export async function sweepAction({ reporter }: ActionContext): Promise<void> {
  const axes = parseSweepGrid({ axes: lineInput(Inputs.Grid), flag: flagName(Inputs.Grid) });
  const cells = expandSweepGrid(axes);
  let planned: Awaited<ReturnType<typeof planSweepCells>> | undefined;
  if (booleanInput(Inputs.LookupOnly)) {
    const cwd = process.cwd();
    const { trainer, options, connection } = await trainRuntimeFromInputs({ reporter, cwd, flagName });
    planned = await planSweepCells({ axes, inputs: trainInputsFromInputs(cwd), trainer, connection, options, flagName });
  }
  const matrix = sweepMatrix({ cells, planned });
  core.setOutput(Outputs.Matrix, JSON.stringify(matrix));
  core.setOutput(Outputs.Cells, String(cells.length));
  const toTrain = planned?.filter((cell) => cell.needsRun).length;
  reporter.success(`Sweep: ${cells.length} cell${cells.length === 1 ? '' : 's'} (${axes.map((axis) => `${axis.values.length} ${axis.name}`).join(' × ')})${toTrain === undefined ? '' : `, ${toTrain} to train`}`);
  const lines = [
    `### model-experiments: sweep (${cells.length} cells${toTrain === undefined ? '' : `, ${toTrain} to train`})`,
    '',
    planned ? '| # | Cell | Needs training | Found in |' : '| # | Cell |',
    planned ? '|---|---|---|---|' : '|---|---|',
    ...cells.map((cell, index) => {
      const plan = planned?.[index];
      return plan ? `| ${index + 1} | ${cellLabel(cell)} | ${plan.needsRun ? 'yes' : 'no'} | ${plan.needsRun ? '—' : plan.source} |` : `| ${index + 1} | ${cellLabel(cell)} |`;
    }),
  ];
  for (const line of lines.slice(2)) core.info(line);
  await writeSummaryMarkdown(`${lines.join('\n')}\n`);
}

import * as core from '@actions/core';
import { lookUpSweep } from '../../steps/sweep/look-up-sweep.js';
import { parseMetricName } from '../../steps/sweep/sweep-metric.js';
import { parseSweepGrid } from '../../steps/sweep/sweep-grid.js';
import { sweepTableMarkdown } from '../../report/sweep-table.js';
import { lineInput, optionalInput } from '../action-inputs.js';
import type { ActionContext } from '../action-context.js';
import { Inputs, Outputs } from '../constants.js';
import { writeSummaryMarkdown } from '../job-summary.js';
import { reportSweep, type PrCommentMode } from '../pr-report.js';
import { trainInputsFromInputs, trainRuntimeFromInputs } from '../train-inputs.js';

const flagName = (name: string) => `Input ${name}`;

/**
 * `command: sweep-report`, in a job after the matrix: each cell's result and metrics found through lookups (no
 * trained model is downloaded), one table of cells × parameters × metrics with the best cell and a chart, into the
 * job summary and the PR report. Outputs best-key, best-params (JSON), best-metrics (JSON).
 */
export async function sweepReportAction({ reporter, prComment }: ActionContext & { prComment: PrCommentMode }): Promise<void> {
  const axes = parseSweepGrid({ axes: lineInput(Inputs.Grid), flag: flagName(Inputs.Grid) });
  const metric = parseMetricName({ value: optionalInput(Inputs.Metric), flag: flagName(Inputs.Metric) });
  const cwd = process.cwd();
  const { trainer, options, connection } = await trainRuntimeFromInputs({ reporter, cwd, flagName });
  const table = await lookUpSweep({ axes, inputs: trainInputsFromInputs(cwd), trainer, connection, options: { ...options, plan: true }, flagName, metric });
  const best = table.best === undefined ? undefined : table.cells[table.best];
  core.setOutput(Outputs.BestKey, best?.key ?? '');
  core.setOutput(Outputs.BestParams, best ? JSON.stringify(best.params) : '');
  core.setOutput(Outputs.BestMetrics, best ? JSON.stringify(best.metrics) : '');
  const markdown = sweepTableMarkdown(table);
  for (const line of markdown.split('\n')) core.info(line);
  if (!best) reporter.warning(`No cell of the sweep has ${metric} recorded: train the cells first (a matrix of train steps), or choose another metric`);
  await writeSummaryMarkdown(`### model-experiments: sweep report\n\n${markdown}\n`);
  await reportSweep({ table, mode: prComment, reporter });
}

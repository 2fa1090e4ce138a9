import type { RunOptions } from '../../core/cached-step.js';
import { InputError } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { numericMetrics } from '../../report/metric-delta.js';
import { readResultMetrics } from '../../report/step-records.js';
import { makeSweepTable, type SweepCell, type SweepTable } from '../../report/sweep-table.js';
import type { Trainer } from '../../trainers/trainer.js';
import { fetchBaseModelIfNeeded } from '../train/fetch-base-model.js';
import { runTrain } from '../train/train.js';
import { parseTrainRequest, type TrainInputs, type TrainRequest } from '../train/train-request.js';
import type { RawTrainingParameters } from '../train/train-parameters.js';
import { expandSweepGrid, type SweepAxis, type SweepCellParams } from './sweep-grid.js';

/** The train step's inputs every cell shares (the grid's axes fill in the rest). */
export type SweepTrainInputs = TrainInputs;

export interface PlannedCell {
  params: SweepCellParams;
  key: string;
  needsRun: boolean;
  /** Where its result is (disk or a tier), or none. */
  source: string;
  /** Metrics of a result found on disk (plan mode reads the dir's metadata). */
  diskMetrics?: Record<string, number>;
}

/** Plan lines ("Plan: train needs to run") are per cell routine here: info, not warnings. */
function quietPlanReporter(reporter: Reporter): Reporter {
  return { ...reporter, warning: (message) => (message.startsWith('Plan: ') ? reporter.info(message) : reporter.warning(message)), notice: (message) => reporter.info(message) };
}

/**
 * Each cell's train key and whether its result exists, through the train step's plan mode: the output dir is checked,
 * the tiers are asked (lookups only), nothing is trained, restored or downloaded, except the built-in trainer's base
 * model when only its name is given.
 */
export async function planSweepCells(params: {
  axes: readonly SweepAxis[];
  inputs: SweepTrainInputs;
  trainer: Trainer;
  connection: HubConnection;
  options: RunOptions;
  flagName: (name: string) => string;
}): Promise<PlannedCell[]> {
  const { axes, inputs, trainer, options, flagName } = params;
  for (const axis of axes) {
    if (inputs.parameters[axis.name as keyof RawTrainingParameters] !== undefined && !(axis.name === 'fp16' && inputs.parameters.fp16 === false)) {
      throw new InputError(`${flagName(axis.name)} is also an axis of the grid: give it one way, on the grid or on its own`);
    }
  }
  const reporter = quietPlanReporter(options.reporter);
  const planOptions: RunOptions = { ...options, reporter, plan: true, force: false };
  const planned: PlannedCell[] = [];
  let baseModel: TrainRequest['modelPath'];
  for (const cell of expandSweepGrid(axes)) {
    const parameters = { ...inputs.parameters } as RawTrainingParameters & Record<string, unknown>;
    for (const [name, value] of Object.entries(cell)) parameters[name] = name === 'fp16' ? value === 'true' : value;
    const request = parseTrainRequest({ ...inputs, parameters, flagName });
    // The base model's revision is part of every cell's key: it is fetched (a model download, cached as ever) when
    // only its name is given (once: every cell trains from the same one). Trained results are only looked up.
    const ready = baseModel
      ? { ...request, modelPath: baseModel }
      : await fetchBaseModelIfNeeded({ request, trainer, connection: params.connection, options: { ...options, reporter, plan: false, force: false }, flagName });
    baseModel = ready.modelPath;
    const result = await runTrain({ request: ready, trainer, options: planOptions, flagName });
    planned.push({
      params: cell,
      key: result.key,
      needsRun: result.needsRun,
      source: result.source,
      ...(result.source === 'disk' ? { diskMetrics: numericMetrics(result.details.metrics) } : {}),
    });
  }
  return planned;
}

/** The sweep report: every cell's result and metrics found by lookups and records, the best cell by `metric`. */
export async function lookUpSweep(params: Parameters<typeof planSweepCells>[0] & { metric: string }): Promise<SweepTable> {
  const planned = await planSweepCells(params);
  const tiers = params.options.tiers ?? [];
  const cells: SweepCell[] = [];
  for (const cell of planned) {
    if (cell.needsRun) {
      cells.push({ params: cell.params, key: cell.key, status: 'missing', metrics: {} });
      continue;
    }
    const metrics = cell.diskMetrics ?? (await readResultMetrics({ tiers, command: 'train', key: cell.key }));
    cells.push({ params: cell.params, key: cell.key, status: metrics ? 'found' : 'unrecorded', source: cell.source, metrics: metrics ?? {} });
  }
  return makeSweepTable({ axes: params.axes.map((axis) => axis.name), cells, metric: params.metric });
}

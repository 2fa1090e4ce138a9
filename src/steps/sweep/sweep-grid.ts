import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';
import { PARAMETER_NAMES, parseTrainingParameters, type ParameterName, type RawTrainingParameters } from '../train/train-parameters.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_SWEEP_CELLS = 256;

export interface SweepAxis {
  name: ParameterName;
  /** The values as the user wrote them (the matrix carries them as given; the key uses the parsed numbers). */
  values: string[];
}

/** One cell: a value for every axis, as written. */
export type SweepCellParams = Record<string, string>;

const AXIS_NAMES = Object.values(PARAMETER_NAMES) as ParameterName[];

/** One `--grid` value (or one line of the `grid` input): `learning-rate=1e-3,2e-3`. */
function parseAxis(text: string, flag: string): SweepAxis {
  const at = text.indexOf('=');
  const name = (at < 0 ? text : text.slice(0, at)).trim();
  if (at < 0 || name === '') throw new InputError(`${flag} "${printable(text)}" is not <parameter>=<value>,<value>…, e.g. learning-rate=1e-3,2e-3`);
  if (!(AXIS_NAMES as string[]).includes(name)) throw new InputError(`${flag} "${printable(name)}" is not a training parameter: use one of ${AXIS_NAMES.join(', ')}`);
  const values = text
    .slice(at + 1)
    .split(',')
    .map((value) => value.trim());
  if (values.some((value) => value === '')) throw new InputError(`${flag} ${name} has an empty value in "${printable(text)}": give values separated by commas, e.g. ${name}=1,2`);
  return { name: name as ParameterName, values };
}

/** Is one value valid for its parameter? The train step's own checks, named as the grid names them. Returns it parsed. */
function checkValue(axis: ParameterName, value: string, flag: string): unknown {
  const field = (Object.keys(PARAMETER_NAMES) as (keyof typeof PARAMETER_NAMES)[]).find((key) => PARAMETER_NAMES[key] === axis)!;
  if (axis === 'fp16') {
    if (value !== 'true' && value !== 'false') throw new InputError(`${flag} fp16 "${printable(value)}" is not true or false`);
    return value === 'true';
  }
  const raw: RawTrainingParameters = { [axis]: value };
  return parseTrainingParameters({ raw, flagName: (name) => `${flag} ${name}` })[field];
}

/**
 * The grid from its axes (`--grid` flags, or the `grid` input's lines), every value checked as the train step would
 * check it, before any job starts. Bounded: past MAX_SWEEP_CELLS cells it is an error that says how many there were.
 */
export function parseSweepGrid(params: { axes: string[]; flag: string }): SweepAxis[] {
  const { flag } = params;
  const lines = params.axes.map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) throw new InputError(`${flag} is required: give one axis per ${flag === '--grid' ? 'flag' : 'line'}, e.g. learning-rate=1e-3,2e-3`);
  const axes = lines.map((line) => parseAxis(line, flag));
  const seen = new Set<string>();
  for (const axis of axes) {
    if (seen.has(axis.name)) throw new InputError(`${flag} names ${axis.name} twice: give all its values in one axis, e.g. ${axis.name}=${axis.values.join(',')}`);
    seen.add(axis.name);
    const parsed = new Map<string, string>();
    for (const value of axis.values) {
      const canonical = JSON.stringify(checkValue(axis.name, value, flag));
      const earlier = parsed.get(canonical);
      if (earlier !== undefined) throw new InputError(`${flag} ${axis.name} lists the same value twice (${printable(earlier)} and ${printable(value)}): drop one`);
      parsed.set(canonical, value);
    }
  }
  const cells = axes.reduce((product, axis) => product * axis.values.length, 1);
  if (cells > MAX_SWEEP_CELLS) {
    throw new InputError(
      `The grid has ${cells} cells (${axes.map((axis) => `${axis.values.length} ${axis.name}`).join(' × ')}), more than the ${MAX_SWEEP_CELLS} jobs a matrix may hold: drop values or split the sweep`,
    );
  }
  return axes;
}

/** Every cell of the grid, the first axis varying slowest. */
export function expandSweepGrid(axes: readonly SweepAxis[]): SweepCellParams[] {
  return axes.reduce<SweepCellParams[]>((cells, axis) => cells.flatMap((cell) => axis.values.map((value) => ({ ...cell, [axis.name]: value }))), [{}]);
}

/** A cell as CLI flags: `--learning-rate 1e-3 --epochs 3` (fp16 as the switch it is). */
export function cellFlags(cell: SweepCellParams): string {
  return Object.entries(cell)
    .flatMap(([name, value]) => (name === 'fp16' ? (value === 'true' ? ['--fp16'] : []) : [`--${name}`, value]))
    .join(' ');
}

/**
 * The job matrix: `{"include": [{"learning-rate": "1e-3", "epochs": "3", "flags": "--learning-rate 1e-3 --epochs 3"}, …]}`.
 * A plan adds each cell's train key and whether it still has to train (`needs-run`), so a workflow can send only
 * those cells to a GPU runner.
 */
export function sweepMatrix(params: { cells: SweepCellParams[]; planned?: readonly { key: string; needsRun: boolean }[] }): { include: Record<string, string | boolean>[] } {
  return {
    include: params.cells.map((cell, index) => {
      const plan = params.planned?.[index];
      return { ...cell, flags: cellFlags(cell), ...(plan ? { key: plan.key, 'needs-run': plan.needsRun } : {}) };
    }),
  };
}

/** A cell as people read it: `learning-rate=1e-3 epochs=3`. */
export function cellLabel(cell: SweepCellParams): string {
  return Object.entries(cell)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}

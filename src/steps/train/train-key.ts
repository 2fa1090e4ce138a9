import { diffComponents, formatValue, type KeyComponents } from '../../core/fingerprint.js';
import type { TrainingParameters } from '../../trainers/trainer.js';
import type { TrainerIdentity } from './training-metadata.js';
import { PARAMETER_NAMES } from './train-parameters.js';
import { codeFilesComponent, explainCodeFilesChange, type CodeFileRecord } from './code-files.js';
import { explainKeyEnvChange } from './key-env.js';

/** Everything that decides a trained model, whether read from a request or from recorded metadata. */
export interface TrainKeyInput {
  modelName: string;
  modelRevision?: string;
  modelPath?: string;
  datasets: { train: { path: string; sha256: string }; val: { path: string; sha256: string } };
  parameters: TrainingParameters;
  trainer: TrainerIdentity;
  /** Files the `--run` command names and `--key-files` matches, by key path and content hash. */
  codeFiles?: readonly Pick<CodeFileRecord, 'path' | 'role' | 'sha256'>[];
  /** `--key-env` variables: name → sha256 of the value (null when unset). */
  keyEnv?: Record<string, string | null>;
}

/**
 * The train key's components, named as the user names them so a diff reads "epochs: 3 → 5". Datasets enter by
 * path and content hash (never mtime: a fresh checkout must still hit). The base model enters by its resolved
 * revision when its dir says which; a bare --model-path by its path.
 */
export function trainKeyComponents(input: TrainKeyInput): KeyComponents {
  const model: KeyComponents = input.modelRevision ? { 'model-revision': input.modelRevision } : input.modelPath ? { 'model-path': input.modelPath } : {};
  const parameters = Object.fromEntries(
    (Object.keys(PARAMETER_NAMES) as (keyof TrainingParameters)[]).map((field) => [PARAMETER_NAMES[field], input.parameters[field]]),
  );
  return {
    'model-name': input.modelName,
    ...model,
    'train-data': { path: input.datasets.train.path, sha256: input.datasets.train.sha256 },
    'val-data': { path: input.datasets.val.path, sha256: input.datasets.val.sha256 },
    ...parameters,
    trainer: input.trainer,
    // Present only when there is something in them, so a key without code files reads as it always did.
    ...optional('trainer-files', codeFilesComponent(input.codeFiles, 'trainer')),
    ...optional('key-files', codeFilesComponent(input.codeFiles, 'key-file')),
    ...optional('key-env', input.keyEnv && Object.keys(input.keyEnv).length > 0 ? input.keyEnv : undefined),
  };
}

const optional = (field: string, value: unknown): KeyComponents => (value === undefined ? {} : { [field]: value });

/** A trainer as a person names it: `--run "python train.py"`, or `builtin version=1 text-column=text`. */
export function formatTrainer(identity: unknown): string {
  if (identity === null || typeof identity !== 'object') return formatValue(identity);
  const { kind, command, ...rest } = identity as Record<string, unknown>;
  if (kind === 'command' && typeof command === 'string') return `--run ${JSON.stringify(command)}`;
  const fields = Object.entries({ ...(command === undefined ? {} : { command }), ...rest })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, value]) => `${field}=${formatValue(value)}`);
  return [String(kind ?? 'trainer'), ...fields].join(' ');
}

/** One reason per changed component: `epochs: 3 → 5`, `train-data ./data/train.jsonl: content changed`. */
export function explainKeyChange(previous: KeyComponents, current: KeyComponents): string[] {
  return diffComponents({
    previous,
    current,
    describe: (field, before, after) => {
      if (field === 'train-data' || field === 'val-data') {
        const was = before as { path?: string } | undefined;
        const now = after as { path?: string } | undefined;
        if (was?.path && now?.path && was.path === now.path) return `${field} ${now.path}: content changed`;
        return `${field}: ${was?.path ?? '(none)'} → ${now?.path ?? '(none)'}`;
      }
      if (field === 'trainer-files') return explainCodeFilesChange({ label: 'trainer file', before, after });
      if (field === 'key-files') return explainCodeFilesChange({ label: 'key file', before, after });
      if (field === 'key-env') return explainKeyEnvChange({ before, after });
      if (field === 'trainer') return explainTrainerChange(before, after);
      return undefined;
    },
  });
}

/**
 * One reason per thing that changed in a trainer of the same kind, named the way a person knows it:
 * `trainer: transformers 5.18.0 → 5.19.0`, `trainer: train_transformers.py changed (sha256 1a2b3c4d… → 5e6f7a8b…)`.
 * A change of kind (or anything else) reads as the whole trainer before and after.
 */
function explainTrainerChange(before: unknown, after: unknown): string | string[] {
  const was = before as Record<string, unknown> | undefined;
  const now = after as Record<string, unknown> | undefined;
  if (was?.kind !== 'transformers' || now?.kind !== 'transformers') return `trainer: ${formatTrainer(before)} → ${formatTrainer(after)}`;
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((field) => formatValue(was[field]) !== formatValue(now[field]));
  return fields.map((field) => {
    if (field === 'script') return `trainer: train_transformers.py changed (sha256 ${String(was[field]).slice(0, 8)}… → ${String(now[field]).slice(0, 8)}…)`;
    return `trainer: ${field} ${formatValue(was[field])} → ${formatValue(now[field])}`;
  });
}

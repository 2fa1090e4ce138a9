/**
 * The steps of a documented workflow (docs/workflows/*.yml) as a runner would run them: the Action's steps with
 * their `with:` inputs, `${{ … }}` expressions filled in from the run's context, and action.yml's defaults for the
 * inputs a step leaves out (the runner passes those too, e.g. github-token: ${{ github.token }}).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-cli.js';

export interface WorkflowStep {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
export interface WorkflowJob {
  needs?: string | string[];
  strategy?: { matrix?: unknown };
  outputs?: Record<string, string>;
  steps: WorkflowStep[];
}
export interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

/** A step that runs this Action: `uses: ./` here, or `uses: <owner>/model-experiments@<ref>` as the docs show it. */
export const isActionStep = (step: WorkflowStep) => step.uses === './' || /^[\w.-]+\/model-experiments@[\w.-]+$/.test(step.uses ?? '');

export const readWorkflow = (path: string) => parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Workflow;

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };

/** What `${{ … }}` can read: matrix.*, steps.<id>.outputs.*, needs.<job>.outputs.*, secrets.*, github.*. */
export interface ExpressionContext {
  matrix?: Record<string, unknown>;
  steps?: Record<string, { outputs: Record<string, string> }>;
  needs?: Record<string, { outputs: Record<string, string> }>;
  secrets?: Record<string, string>;
  github?: Record<string, string>;
}

/** Fill in `${{ a.b.c }}` (dotted names only; anything else is a test error, not a silent empty string). */
export function evaluate(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expression)) throw new Error(`the test's workflow runner does not evaluate "${expression}"`);
    let value: unknown = context;
    for (const part of expression.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    // GitHub reads a missing secret or property as an empty string.
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The inputs a runner gives the Action for this step: its `with:` evaluated, then action.yml's defaults. */
export function stepInputs(step: WorkflowStep, context: ExpressionContext, overrides: Record<string, string> = {}): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = evaluate(String(value), context);
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (!(name in inputs) && spec.default !== undefined) inputs[name] = evaluate(String(spec.default), context);
  }
  return { ...inputs, ...overrides };
}

// What a workflow may ask of the Action and of package.json, shared by the project's own workflows'
// test (workflows.test.ts) and the docs' test (docs-code-blocks.test.ts): a step of the Action that passes an
// input action.yml does not have, or reads an output it never sets, is silently empty on GitHub; a `npm run` of a
// missing script fails only when someone runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-cli.js';

export interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  [key: string]: unknown;
}

export const readRepoFile = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
export const ACTION = parse(readRepoFile('action.yml')) as { description: string; branding?: { icon?: string; color?: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> };
export const SCRIPTS = Object.keys(JSON.parse(readRepoFile('package.json')).scripts);
/** The values `command:` takes. */
export const ACTION_COMMANDS = ['model-download', 'dataset-download', 'train', 'evaluate', 'sweep', 'sweep-report'];

/** `uses: ./` (this repo) or `uses: <owner>/model-experiments@<ref>` (as the docs write it). */
export const usesThisAction = (uses: unknown) => uses === './' || (typeof uses === 'string' && /^[\w.-]+\/model-experiments@[\w.-]+$/.test(uses));

/** Every `steps.<id>.outputs.<name>` in the text of a step (its if, env, with and run). */
export const outputRefs = (value: unknown) => [...JSON.stringify(value).matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)].map((m) => ({ id: m[1], output: m[2] }));

/** What is wrong with a step of this Action: inputs action.yml does not have, a command it does not run. */
export function actionStepProblems(step: Step): string[] {
  const problems: string[] = [];
  for (const input of Object.keys(step.with ?? {})) if (!(input in ACTION.inputs)) problems.push(`input ${input}`);
  if (!ACTION_COMMANDS.includes(String(step.with?.command))) problems.push(`command ${step.with?.command}`);
  return problems;
}

/** What is wrong with the `steps.<id>.outputs.<name>` references of a list of steps, in order. */
export function outputRefProblems(steps: Step[]): { problems: string[]; refs: number } {
  const problems: string[] = [];
  let refs = 0;
  steps.forEach((step, index) => {
    for (const ref of outputRefs(step)) {
      refs += 1;
      const target = steps.slice(0, index).find((s) => s.id === ref.id);
      if (!target) problems.push(`steps.${ref.id} is not an earlier step`);
      else if (usesThisAction(target.uses) && !(ref.output in ACTION.outputs)) problems.push(`${ref.id} has no output ${ref.output}`);
    }
  });
  return { problems, refs };
}

/** The scripts a shell text runs with `npm run <script>`. */
export const npmRunScripts = (text: string) => [...text.matchAll(/npm run ([A-Za-z0-9:_-]+)/g)].map((m) => m[1]);

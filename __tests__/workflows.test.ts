// The project's own workflows against action.yml and package.json: a `uses: ./` step that passes an input the Action
// does not have, or reads an output it never sets, is silently empty on GitHub (a test that asserts nothing); a
// `npm run` of a missing script fails only in CI. Parsed with the yaml package, as GitHub reads them.
import { describe, expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/run-cli.js';
import { ACTION, ACTION_COMMANDS as COMMANDS, actionStepProblems, npmRunScripts, outputRefProblems, outputRefs, readRepoFile as read, SCRIPTS as scripts, type Step, usesThisAction } from './helpers/workflow-checks.js';

interface Workflow {
  on: unknown;
  jobs: Record<string, { steps: Step[]; [key: string]: unknown }>;
}

const dir = '.github/workflows';
const workflows = readdirSync(join(REPO_ROOT, dir)).filter((name) => /\.ya?ml$/.test(name)).map((name) => ({ name, workflow: parse(read(join(dir, name))) as Workflow }));

describe('the workflows use the Action and the scripts that exist', () => {
  test('test.yml and release.yml are there and parse', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(expect.arrayContaining(['release.yml', 'test.yml']));
    for (const { workflow } of workflows) expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
  });

  test('every `with:` input of a `uses: ./` step is an input of action.yml, and its command is one the Action runs', () => {
    const wrong: string[] = [];
    let steps = 0;
    for (const { name, workflow } of workflows) {
      for (const [job, { steps: list }] of Object.entries(workflow.jobs)) {
        for (const step of list.filter((s) => s.uses === './')) {
          steps += 1;
          for (const problem of actionStepProblems(step)) wrong.push(`${name} ${job} ${step.id ?? '?'}: ${problem}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(steps).toBeGreaterThanOrEqual(5);
  });

  test('every steps.<id>.outputs.<name> names an earlier step of its job, and for a `uses: ./` step an output of action.yml', () => {
    const wrong: string[] = [];
    let refs = 0;
    for (const { name, workflow } of workflows) {
      for (const [job, { steps }] of Object.entries(workflow.jobs)) {
        const checked = outputRefProblems(steps);
        refs += checked.refs;
        wrong.push(...checked.problems.map((problem) => `${name} ${job}: ${problem}`));
      }
    }
    expect(wrong).toEqual([]);
    expect(refs).toBeGreaterThanOrEqual(10);
  });

  test('every `npm run <script>` in a run step is a script of package.json', () => {
    const runs = workflows.flatMap(({ workflow }) => Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? '')));
    const named = runs.flatMap(npmRunScripts);
    expect(named.filter((script) => !scripts.includes(script))).toEqual([]);
    expect(named).toEqual(expect.arrayContaining(['typecheck', 'check-dist', 'bench', 'demo']));
  });
});

describe('what CI promises', () => {
  const test_ = workflows.find((w) => w.name === 'test.yml')!.workflow;
  const runsOf = (workflow: Workflow, job: string) => workflow.jobs[job].steps.map((s) => s.run ?? '').join('\n');

  test('the test job runs npm test, the root-only tests under sudo and the bench smoke, then checks no tracked file changed', () => {
    const runs = runsOf(test_, 'test');
    const sudo = runs.split('\n').filter((line) => line.trim().startsWith('sudo '));
    expect(runs).toMatch(/^npm test$/m);
    expect(sudo.some((line) => line.includes('__tests__/reliability/disk-faults.test.ts'))).toBe(true);
    expect(sudo.some((line) => line.includes('__tests__/non-root.test.ts'))).toBe(true);
    expect(runs).toContain('npm run bench -- --smoke');
    expect(runs).toContain('git diff --exit-code');
  });

  test('the action job runs every command, and a second identical model-download whose outputs it checks for a disk hit', () => {
    const steps = test_.jobs.action.steps;
    const own = steps.filter((s) => s.uses === './');
    expect(new Set(own.map((s) => s.with?.command))).toEqual(new Set(COMMANDS));
    const downloads = own.filter((s) => s.with?.command === 'model-download');
    expect(downloads.length).toBeGreaterThanOrEqual(2);
    expect(downloads[1].with).toEqual(downloads[0].with);
    const checks = steps.filter((s) => outputRefs(s).some((ref) => ref.id === downloads[1].id && ref.output === 'source'));
    expect(checks.map((s) => s.run).join('\n')).toContain('true/disk');
    // Every `uses: ./` step's outputs are read by a later step that can fail (a run with a test in it).
    for (const step of own) expect({ step: step.id, checked: steps.some((s) => s.run && outputRefs(s).some((ref) => ref.id === step.id)) }).toEqual({ step: step.id, checked: true });
  });

  test('release.yml checks dist/ and the tests before it tags vX.Y.Z and force-moves the major tag', () => {
    const release = workflows.find((w) => w.name === 'release.yml')!.workflow;
    const steps = Object.values(release.jobs).flatMap((job) => job.steps);
    const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? ''));
    const tag = at(/git tag -a "v\$VERSION"/);
    expect({ checkDist: at(/npm run check-dist/) >= 0, test: at(/^npm test$/m) >= 0, tag: tag >= 0 }).toEqual({ checkDist: true, test: true, tag: true });
    expect(at(/npm run check-dist/)).toBeLessThan(tag);
    expect(at(/^npm test$/m)).toBeLessThan(tag);
    const tagging = steps[tag].run ?? '';
    expect(tagging).toContain('MAJOR="v${VERSION%%.*}"');
    expect(tagging).toContain('git tag -fa "$MAJOR"');
    expect(tagging).toContain('git push --force origin "$MAJOR"');
    expect(JSON.stringify(release.on)).toContain('workflow_dispatch');
  });
});

// The workflows the docs show users (docs/PR-REPORT.md): the Action's steps there are written
// `uses: org/model-experiments@v1`; __tests__/pr-report-action.test.ts and sweep.test.ts run them step by step.
describe('the documented workflows (docs/workflows) use only what action.yml has', () => {
  const docs = 'docs/workflows';
  const documented = readdirSync(join(REPO_ROOT, docs)).filter((name) => /\.ya?ml$/.test(name)).map((name) => ({ name, workflow: parse(read(join(docs, name))) as Workflow }));
  const isAction = (step: Step) => usesThisAction(step.uses);

  test('docs/PR-REPORT.md shows each of them whole, as the file is', () => {
    const page = read('docs/PR-REPORT.md');
    const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
    for (const { name } of documented) expect({ name, shown: blocks.includes(read(join(docs, name))) }).toEqual({ name, shown: true });
  });

  test('the PR check and the sweep are there, each job with steps of the Action', () => {
    expect(documented.map((w) => w.name).sort()).toEqual(['pr-check-with-report.yml', 'sweep.yml']);
    for (const { workflow } of documented) for (const job of Object.values(workflow.jobs)) expect(job.steps.some(isAction)).toBe(true);
  });

  test("every input of the Action's steps is in action.yml, every command one it runs, every output read one it sets", () => {
    const wrong: string[] = [];
    for (const { name, workflow } of documented) {
      const jobOutputs = new Map<string, string[]>();
      for (const [job, spec] of Object.entries(workflow.jobs)) {
        const { steps } = spec;
        steps.forEach((step, index) => {
          if (isAction(step)) for (const problem of actionStepProblems(step)) wrong.push(`${name} ${job} ${step.id}: ${problem}`);
          for (const ref of outputRefs(step)) {
            const target = steps.slice(0, index).find((s) => s.id === ref.id);
            if (!target) wrong.push(`${name} ${job}: steps.${ref.id} is not an earlier step`);
            else if (isAction(target) && !(ref.output in ACTION.outputs)) wrong.push(`${name} ${job}: ${ref.id} has no output ${ref.output}`);
          }
        });
        for (const ref of outputRefs(spec.outputs ?? {})) {
          const target = steps.find((s) => s.id === ref.id);
          if (!target || (isAction(target) && !(ref.output in ACTION.outputs))) wrong.push(`${name} ${job}: job output from ${ref.id}.${ref.output}`);
        }
        jobOutputs.set(job, Object.keys((spec.outputs as Record<string, string> | undefined) ?? {}));
      }
      // needs.<job>.outputs.<name> reads a job output that job declares.
      for (const [job, spec] of Object.entries(workflow.jobs)) {
        for (const match of JSON.stringify(spec).matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (!jobOutputs.get(match[1])?.includes(match[2])) wrong.push(`${name} ${job}: needs.${match[1]}.outputs.${match[2]}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the sweep matrix comes from the plan job, and its train step reads every axis of the grid from matrix', () => {
    const sweep = documented.find((w) => w.name === 'sweep.yml')!.workflow;
    expect(sweep.jobs.train.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    const grid = String(sweep.jobs.plan.steps.find(isAction)!.with!.grid);
    const axes = grid.trim().split('\n').map((line) => line.split('=')[0]);
    const train = sweep.jobs.train.steps.find(isAction)!;
    for (const axis of axes) expect(train.with![axis]).toBe(`\${{ matrix.${axis} }}`);
    const report = sweep.jobs.report.steps.find(isAction)!;
    expect(String(report.with!.grid)).toBe(grid);
    for (const axis of axes) expect(report.with).not.toHaveProperty(axis);
  });
});

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parse a GITHUB_OUTPUT file as the runner does: `name<<DELIM\nvalue\nDELIM` blocks (and plain name=value lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/**
 * Run the Action exactly as a runner does: `node dist/action/index.js` with INPUT_* variables and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; `actionDir` lets a test run a copy of dist/ without node_modules.
 */
export async function runAction(params: { inputs: Record<string, string>; env?: Record<string, string | undefined>; actionEntry?: string; cwd?: string; /** The node binary (default this one's). */ node?: string }): Promise<ActionRun> {
  const work = await mkdtemp(join(tmpdir(), 'me-action-'));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...params.env,
  };
  for (const [name, value] of Object.entries(params.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const entry = params.actionEntry ?? join(REPO_ROOT, 'dist', 'action', 'index.js');
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(params.node ?? process.execPath, [entry], { env: env as NodeJS.ProcessEnv, cwd: params.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode ?? -1, stdout, stderr }));
    });
    return { code, stdout, stderr, outputs: parseOutputFile(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

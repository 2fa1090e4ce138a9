// `npm ci` must stay offline and quiet on a fresh clone: onnxruntime-node's install script downloads GPU libraries
// from outside the npm registry, and npm 11 warns about every dependency install script package.json's
// allowScripts does not cover (and about any unknown key in a project .npmrc). package-lock.json records which
// packages have install scripts, so a new one fails here with what to do instead of warning every newcomer.
import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './helpers/run-cli.js';
import { readRepoFile } from './helpers/workflow-checks.js';

test('allowScripts covers every dependency with an install script, and denies onnxruntime-node', () => {
  const allow = JSON.parse(readRepoFile('package.json')).allowScripts as Record<string, boolean>;
  const lock = JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, { hasInstallScript?: boolean }> };
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  expect(withScripts).toContain('onnxruntime-node');
  const uncovered = [...new Set(withScripts)].filter((name) => !(name in allow));
  // Fix: npm approve-scripts <pkg> --allow-scripts-pin=false, or npm deny-scripts <pkg> (see docs/development.md).
  expect(uncovered).toEqual([]);
  expect(allow['onnxruntime-node']).toBe(false);
});

test('npm reads the project config without a warning (npm 11 warns on every command about a key it does not know)', () => {
  // The project's config only: npm_config_* variables of the npm that started this test are not the project's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const run = spawnSync('npm', ['config', 'get', 'registry'], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  expect({ status: run.status, warnings: run.stderr.split('\n').filter((line) => /warn/i.test(line)) }).toEqual({ status: 0, warnings: [] });
});

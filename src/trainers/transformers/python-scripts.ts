import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StepError } from '../../core/errors.js';

/** The Python files shipped with the package: the trainer of `--trainer transformers` and evaluate's PyTorch runner. */
export type PythonScript = 'train_transformers.py' | 'eval_transformers.py';

/** Where this module's own file is: dist/<bundle>/ once bundled, src/trainers/transformers/ when run from source. */
const here = () => dirname(fileURLToPath(import.meta.url));

/**
 * The shipped script's path. scripts/build.mjs copies the scripts to dist/<bundle>/python/ next to each bundle
 * (the Action and the CLI); run from source they sit beside this file.
 */
export async function pythonScriptPath(name: PythonScript): Promise<string> {
  const candidates = [join(here(), 'python', name), join(here(), name)];
  for (const path of candidates) {
    if ((await stat(path).catch(() => undefined))?.isFile()) return path;
  }
  throw new StepError(`${name} is missing from this installation (looked in ${candidates.join(', ')}): reinstall model-experiments`);
}

/** The script's path and the sha256 of its bytes (the trainer's identity in the train key). */
export async function identifyPythonScript(name: PythonScript): Promise<{ path: string; sha256: string }> {
  const path = await pythonScriptPath(name);
  return { path, sha256: createHash('sha256').update(await readFile(path)).digest('hex') };
}

import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, parse, relative, sep } from 'node:path';
import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';
import { TRAINING_METADATA_FILE } from './training-metadata.js';
import type { TrainRequest } from './train-request.js';

const isWithin = (child: string, parent: string) => {
  const path = relative(parent, child);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
};

/**
 * A successful training replaces the whole output dir, so refuse any output dir whose replacement would lose
 * something that is not a previous training: the working directory or one of its parents, a dir holding the
 * datasets or the base model, or an existing dir of other files (no training_metadata.json in it).
 */
export async function checkOutputDirIsSafe(params: { request: TrainRequest; flagName: (name: string) => string }): Promise<void> {
  const { request, flagName } = params;
  const { outputDir, cwd } = request;
  const flag = `${flagName('output-dir')} ${printable(request.displayOutputDir)}`;
  if (outputDir === parse(outputDir).root || isWithin(cwd, outputDir)) {
    throw new InputError(`${flag} is the working directory or one of its parents, which training would replace: give a dedicated directory such as ./models/fine-tuned`);
  }
  const inputs: [string, string | undefined][] = [
    ['train-data', request.trainData.absolute],
    ['val-data', request.valData.absolute],
    ['model-path', request.modelPath?.absolute],
  ];
  for (const [name, path] of inputs) {
    if (path && isWithin(path, outputDir)) {
      throw new InputError(`${flag} contains ${flagName(name)}, which training would replace: put the trained model in a directory of its own`);
    }
  }
  const info = await stat(outputDir).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new InputError(`${flag} is a file: give a directory for the trained model`);
  const entries = await readdir(outputDir);
  if (entries.length > 0 && !entries.includes(TRAINING_METADATA_FILE)) {
    throw new InputError(`${flag} already holds files but no ${TRAINING_METADATA_FILE} (it was not written by train), and training would replace it: give an empty or new directory; nothing was changed`);
  }
}

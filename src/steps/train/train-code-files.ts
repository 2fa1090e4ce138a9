import type { Trainer } from '../../trainers/trainer.js';
import { findCodeFiles, type CodeFileRecord } from './code-files.js';
import type { TrainRequest } from './train-request.js';

/**
 * The code files a training's key holds: files its `--run` command names, and `--key-files` matches. Called before
 * a base model is fetched too, so a glob that matches nothing is said before anything is downloaded.
 */
export async function codeFilesOf(params: { request: TrainRequest; trainer: Trainer; flagName: (name: string) => string }): Promise<{ absolute: string; role: CodeFileRecord['role'] }[]> {
  const { request, trainer } = params;
  const command = trainer.identity.kind === 'command' && typeof trainer.identity.command === 'string' ? trainer.identity.command : undefined;
  return findCodeFiles({
    command,
    keyFiles: request.keyFiles,
    cwd: request.cwd,
    exclude: [request.outputDir, request.trainData.absolute, request.valData.absolute, ...(request.modelPath ? [request.modelPath.absolute] : [])],
    flag: params.flagName('key-files'),
  });
}

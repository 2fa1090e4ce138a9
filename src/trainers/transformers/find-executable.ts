import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/**
 * What `command` runs, as a shell finds it: a name without "/" is looked up on PATH, a path is taken relative to
 * `cwd`. Undefined when there is no executable file there. No process is started.
 */
export async function findExecutable(params: { command: string; cwd: string; path: string | undefined }): Promise<string | undefined> {
  const { command, cwd } = params;
  const candidates = command.includes('/')
    ? [isAbsolute(command) ? command : resolve(cwd, command)]
    : (params.path ?? '').split(delimiter).map((dir) => join(resolve(cwd, dir || '.'), command));
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

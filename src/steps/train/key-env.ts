import { createHash } from 'node:crypto';
import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Check `--key-env` names: environment variable names, each once. */
export function parseKeyEnvNames(params: { names: readonly string[]; flag: string }): string[] {
  const names = new Set<string>();
  for (const raw of params.names) {
    const name = raw.trim();
    if (!NAME.test(name)) {
      throw new InputError(`${params.flag} ${JSON.stringify(printable(name))} is not an environment variable name: give a name such as CUDA_VISIBLE_DEVICES (letters, digits, _; not starting with a digit)`);
    }
    names.add(name);
  }
  return [...names].sort();
}

/**
 * The key's view of `--key-env` variables: each name with a sha256 of its value (null when unset). The value
 * itself is never recorded or printed: it may be a switch as much as something private.
 */
export function keyEnvComponent(params: { names: readonly string[]; env: Record<string, string | undefined> }): Record<string, string | null> | undefined {
  if (params.names.length === 0) return undefined;
  return Object.fromEntries(
    params.names.map((name) => {
      const value = params.env[name];
      return [name, value === undefined ? null : createHash('sha256').update(`model-experiments key-env\0${name}\0${value}`).digest('hex')];
    }),
  );
}

/** One reason per variable whose value changed, without the value: `key-env CUDA_VISIBLE_DEVICES: value changed`. */
export function explainKeyEnvChange(params: { before: unknown; after: unknown }): string[] {
  const before = (params.before ?? {}) as Record<string, string | null>;
  const after = (params.after ?? {}) as Record<string, string | null>;
  const reasons: string[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[name];
    const now = after[name];
    if (was === now) continue;
    if (!(name in before)) reasons.push(`key-env ${name}: added to the key`);
    else if (!(name in after)) reasons.push(`key-env ${name}: no longer in the key`);
    else if (was === null) reasons.push(`key-env ${name}: now set (was unset)`);
    else if (now === null) reasons.push(`key-env ${name}: now unset`);
    else reasons.push(`key-env ${name}: value changed`);
  }
  return reasons;
}

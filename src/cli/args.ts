import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { printable } from '../core/validate-input.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors turned into one-line input errors that say what to do. */
export function parseCommandArgs<O extends Options>(params: { argv: string[]; options: O; usage: string }) {
  try {
    return parseArgs({ args: params.argv, options: params.options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new InputError(`Unknown option ${printable(unknown[1])}: see ${params.usage} --help`);
    // `--epochs -3`: parseArgs will not take a value that starts with a dash unless written --epochs=-3.
    const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      const flag = ambiguous[1];
      const value = params.argv[params.argv.indexOf(flag) + 1] ?? '';
      throw new InputError(`${printable(flag)} "${printable(value)}": a value starting with "-" must be written ${printable(flag)}=${printable(value)}; see ${params.usage} --help`);
    }
    const positional = /Unexpected argument '([^']+)'/.exec(message);
    if (positional) throw new InputError(`Unexpected argument "${printable(positional[1])}": options take the form --name value; see ${params.usage} --help`);
    throw new InputError(`${message.split('\n')[0].replace(/\. To specify.*$/, '')}: see ${params.usage} --help`);
  }
}

/** Options every Hub command shares. */
export const hubOptions = {
  'hub-url': { type: 'string' },
  token: { type: 'string' },
  offline: { type: 'boolean' },
  force: { type: 'boolean' },
  plan: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** HF_HUB_OFFLINE follows huggingface_hub: 1/true/yes/on mean offline. */
export function envFlag(value: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes((value ?? '').trim().toLowerCase());
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { printable } from '../core/validate-input.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors turned into one-line input errors that say what to do. */
export function parseCommandArgs<O extends Options>(params: { argv: string[]; options: O; usage: string }) {
  const argv = joinNegativeNumbers(params.argv, params.options);
  try {
    return parseArgs({ args: argv, options: params.options, strict: true, allowPositionals: false }).values;
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
    const withValue = /Option '--([^']+)' does not take an argument/.exec(message);
    if (withValue) throw new InputError(takesNoValue(withValue[1], params.usage));
    const positional = /Unexpected argument '([^']+)'/.exec(message);
    // `--fp16 true`: the value of a switch reads as a stray argument.
    const previous = positional ? /^--([^=]+)$/.exec(argv[argv.indexOf(positional[1]) - 1] ?? '') : null;
    if (previous && params.options[previous[1]]?.type === 'boolean') throw new InputError(takesNoValue(previous[1], params.usage));
    if (positional) throw new InputError(`Unexpected argument "${printable(positional[1])}": options take the form --name value; see ${params.usage} --help`);
    throw new InputError(`${message.split('\n')[0].replace(/\. To specify.*$/, '')}: see ${params.usage} --help`);
  }
}

const takesNoValue = (name: string, usage: string) =>
  `--${printable(name)} takes no value: give --${printable(name)} alone to turn it on, or leave it out for off; see ${usage} --help`;

/**
 * `--epochs -1`: parseArgs refuses a value starting with a dash (it might be a forgotten value before the next
 * option), but a negative number is never an option here, so it is passed on as --epochs=-1 and the flag's own
 * check says what range it takes.
 */
function joinNegativeNumbers(argv: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const name = /^--([^=]+)$/.exec(argv[index])?.[1];
    const next = argv[index + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      joined.push(`${argv[index]}=${next}`);
      index++;
    } else joined.push(argv[index]);
  }
  return joined;
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

import * as core from '@actions/core';
import { InputError } from '../core/errors.js';
import { parseBoolean, printable } from '../core/validate-input.js';

/** An optional string input; undefined when empty. */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function requiredInput(name: string, hint: string): string {
  const value = core.getInput(name);
  if (value === '') throw new InputError(`Input ${name} is required: ${hint}`);
  return value;
}

/** Strictly true/false (the toolkit's getBooleanInput also accepts True/TRUE; anything else is an error here too). */
export function booleanInput(name: string, fallback = false): boolean {
  return parseBoolean({ flag: `Input ${name}`, value: core.getInput(name), fallback });
}

/** A list input: one item per line or comma-separated; blank items dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list input of one item per line (for items that may hold commas, such as globs); blank lines dropped. */
export function lineInput(name: string): string[] {
  return core
    .getInput(name)
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input ${name} "${printable(value)}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

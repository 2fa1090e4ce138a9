import { InputError } from './errors.js';

const REPO_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/**
 * A Hub repo id: "name" or "namespace/name", letters, digits, '-', '_', '.', at most 96 characters,
 * no "..", no leading or trailing separators (the Hub's own rules).
 */
export function validateRepoId(value: string | undefined, flag = '--name'): string {
  const id = (value ?? '').trim();
  if (id === '') throw new InputError(`${flag} is required: give a Hub repo id such as "bert-base-uncased" or "org/name"`);
  const problem =
    id.length > 96
      ? `is ${id.length} characters long (the Hub allows at most 96)`
      : id.includes('..')
        ? 'contains ".."'
        : id.split('/').length > 2
          ? 'has more than one "/"'
          : !id.split('/').every((part) => REPO_PART.test(part))
            ? 'may only hold letters, digits, "-", "_" and "." (with "/" between namespace and name), and must not start or end with a separator'
            : undefined;
  if (problem) throw new InputError(`${flag} "${printable(id)}" is not a valid Hub repo id: it ${problem}`);
  return id;
}

/** A git revision: a branch, tag or commit sha. Rejects what could escape a URL path. */
export function validateRevision(value: string | undefined, flag = '--revision'): string {
  const revision = (value ?? '').trim();
  if (revision === '') throw new InputError(`${flag} must not be empty: give a branch, tag or commit sha (default: main)`);
  if (revision.length > 256 || /[\s\\~^:?*[\x00-\x1f]/.test(revision) || revision.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new InputError(`${flag} "${printable(revision)}" is not a valid git revision: give a branch, tag or commit sha`);
  }
  return revision;
}

export function isCommitSha(revision: string): boolean {
  return /^[0-9a-f]{40}$/.test(revision);
}

/** Parse an integer flag with bounds; the message names the flag, the value and what is allowed. */
export function parseInteger(params: { flag: string; value: string | undefined; min: number; max: number; fallback?: number }): number {
  const { flag, value, min, max, fallback } = params;
  if (value === undefined || value === '') {
    if (fallback !== undefined) return fallback;
    throw new InputError(`${flag} is required: give a whole number from ${min} to ${max}`);
  }
  const trimmed = value.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) throw new InputError(`${flag} "${printable(value)}" is not a whole number: give one from ${min} to ${max}`);
  const parsed = Number(trimmed);
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new InputError(`${flag} ${printable(trimmed)} is out of range: give a whole number from ${min} to ${max}`);
  }
  return parsed;
}

/** Parse a decimal flag (plain or exponent notation) with exclusive lower and inclusive upper bounds. */
export function parseDecimal(params: { flag: string; value: string | undefined; greaterThan: number; max: number; fallback?: number }): number {
  const { flag, value, greaterThan, max, fallback } = params;
  if (value === undefined || value === '') {
    if (fallback !== undefined) return fallback;
    throw new InputError(`${flag} is required: give a number greater than ${greaterThan} and at most ${max}`);
  }
  const trimmed = value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) {
    throw new InputError(`${flag} "${printable(value)}" is not a number: give one greater than ${greaterThan} and at most ${max}, e.g. 5e-5`);
  }
  const parsed = Number(trimmed);
  if (!Number.isFinite(parsed) || parsed <= greaterThan || parsed > max) {
    throw new InputError(`${flag} ${printable(trimmed)} is out of range: give a number greater than ${greaterThan} and at most ${max}`);
  }
  return parsed;
}

/** Strict booleans: "true"/"false" (any case) and nothing else, so a typo is an error rather than false. */
export function parseBoolean(params: { flag: string; value: string | undefined; fallback: boolean }): boolean {
  const { flag, value, fallback } = params;
  if (value === undefined || value.trim() === '') return fallback;
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  throw new InputError(`${flag} "${printable(value)}" is not a boolean: give true or false`);
}

/** Quote user input safely in one-line messages: control characters escaped, long values cut. */
export function printable(value: string): string {
  const escaped = JSON.stringify(value).slice(1, -1);
  return escaped.length > 120 ? `${escaped.slice(0, 117)}...` : escaped;
}

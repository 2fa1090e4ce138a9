import { InputError } from '../core/errors.js';
import { printable } from '../core/validate-input.js';

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** GitHub's Actions cache holds 10 GB per repository: an entry larger than that could never be kept. */
export const DEFAULT_CACHE_SIZE_LIMIT = '10GB';

/** "10GB", "500 MiB", "1073741824" → bytes. Decimal units are powers of 1000, binary ones (KiB…) of 1024. */
export function parseCacheSize(params: { flag: string; value: string | undefined }): number {
  const { flag } = params;
  const text = (params.value ?? '').trim() || DEFAULT_CACHE_SIZE_LIMIT;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text);
  const unit = match ? (match[2] === '' ? 1 : UNITS[match[2].toLowerCase()]) : undefined;
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new InputError(`${flag} "${printable(params.value ?? '')}" is not a size: give bytes or a number with a unit, e.g. 10GB or 500MiB`);
  }
  return bytes;
}

/** "12.4 GiB (13314398618 bytes)": readable, and exact for anyone comparing with du. */
export function describeSize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

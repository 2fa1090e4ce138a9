import { canonicalJson, sha256Hex } from './canonical-json.js';

/** The plain data that decides a step's result. Keys are the user-facing names used in reasons. */
export type KeyComponents = Record<string, unknown>;

/** sha256 of the canonical JSON of the components: the step's cache key. */
export function fingerprint(components: KeyComponents): string {
  return sha256Hex(canonicalJson(components));
}

/**
 * One reason per component that differs, "field: old → new". Components whose values are long
 * (hash lists, file tables) are described by `describe` when given (one line, or one line per entry).
 */
export function diffComponents(params: {
  previous: KeyComponents;
  current: KeyComponents;
  describe?: (field: string, previous: unknown, current: unknown) => string | readonly string[] | undefined;
}): string[] {
  const { previous, current, describe } = params;
  const reasons: string[] = [];
  const fields = [...new Set([...Object.keys(current), ...Object.keys(previous)])];
  for (const field of fields) {
    const before = previous[field];
    const after = current[field];
    if (canonicalJson(before) === canonicalJson(after)) continue;
    const described = describe?.(field, before, after);
    if (Array.isArray(described) && described.length > 0) reasons.push(...described);
    else reasons.push(typeof described === 'string' ? described : `${field}: ${formatValue(before)} → ${formatValue(after)}`);
  }
  return reasons;
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map(formatValue).join(', ');
  if (typeof value === 'object') return canonicalJson(value);
  return String(value);
}

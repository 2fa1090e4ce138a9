import { sha256Hex } from '../core/canonical-json.js';
import type { Reporter } from '../core/reporter.js';
import type { Tier } from '../core/tier.js';
import { numericMetrics } from './metric-delta.js';
import { metricsOfResult, stepIdOf, type BaseComparison } from './report-row.js';

export const STEP_RECORD_SCHEMA = 'model-experiments/record@1';

/** What a tier records about a step's result: enough to compare with it and rank it, never the result itself. */
export interface StepRecord {
  schema: typeof STEP_RECORD_SCHEMA;
  command: string;
  stepId: string;
  key: string;
  metrics: Record<string, number>;
  /** The key's components (train), so a report can say field by field how another result differs. */
  components?: Record<string, unknown>;
  /** The branch whose run recorded it (latest records). */
  branch?: string;
  recordedAt: string;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The record of a branch's latest result of one step. Branch names hold anything: they enter hashed. */
export function latestRecordName(params: { command: string; branch: string; stepId: string }): string {
  return `latest-${slug(params.command)}-${sha256Hex(JSON.stringify([params.branch, params.stepId])).slice(0, 32)}`;
}

/** The record of what one key's result measured (the sweep report reads it per cell). */
export function resultRecordName(params: { command: string; key: string }): string {
  return `result-${slug(params.command)}-${params.key.slice(0, 48)}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function parseRecord(value: Record<string, unknown> | undefined): StepRecord | undefined {
  if (!value || value.schema !== STEP_RECORD_SCHEMA || typeof value.key !== 'string') return undefined;
  return {
    schema: STEP_RECORD_SCHEMA,
    command: String(value.command ?? ''),
    stepId: String(value.stepId ?? ''),
    key: value.key,
    metrics: numericMetrics(value.metrics),
    ...(isObject(value.components) ? { components: value.components } : {}),
    ...(typeof value.branch === 'string' ? { branch: value.branch } : {}),
    recordedAt: String(value.recordedAt ?? ''),
  };
}

/** The newest record under `name` in the first tier that has one (tiers in the loop's order: nearest first). */
async function readFirst(tiers: readonly Tier[], name: string): Promise<StepRecord | undefined> {
  for (const tier of tiers) {
    const record = parseRecord(await tier.records?.read({ name }));
    if (record) return record;
  }
  return undefined;
}

const sameMetrics = (a: Record<string, number>, b: Record<string, number>) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * After a step on a branch whose run may save: record the result's metrics under its key, and point the branch's
 * `latest` record of this step at it, in every tier that keeps records. Unchanged records are not written again
 * (an Actions cache entry per run would crowd out real entries). A failed write is a warning.
 */
export async function recordStepResult(params: {
  tiers: readonly Tier[];
  command: string;
  stepId: string;
  key: string;
  metrics: Record<string, number>;
  components?: Record<string, unknown>;
  /** The step produced this result (trained, downloaded) rather than finding it. */
  produced: boolean;
  branch?: string;
  reporter: Reporter;
}): Promise<void> {
  const { command, stepId, key, metrics, branch, reporter } = params;
  const record: StepRecord = { schema: STEP_RECORD_SCHEMA, command, stepId, key, metrics, ...(params.components ? { components: params.components } : {}), recordedAt: new Date().toISOString() };
  for (const tier of params.tiers) {
    const records = tier.records;
    if (!records) continue;
    const writes: { name: string; record: StepRecord }[] = [];
    // A key's metrics are recorded by the run that produced it; a hit's were recorded then.
    if (key !== '' && params.produced) {
      const name = resultRecordName({ command, key });
      const existing = parseRecord(await records.read({ name }));
      if (!existing || !sameMetrics(existing.metrics, metrics)) writes.push({ name, record });
    }
    if (branch) {
      const name = latestRecordName({ command, branch, stepId });
      const existing = parseRecord(await records.read({ name }));
      if (!existing || existing.key !== key || !sameMetrics(existing.metrics, metrics)) writes.push({ name, record: { ...record, branch } });
    }
    for (const write of writes) {
      const outcome = await records.write({ name: write.name, record: { ...write.record } }).catch((error: unknown) => ({ kind: 'failed' as const, reason: String(error) }));
      if (outcome.kind === 'failed') reporter.warning(`Recording the result in ${tier.source} failed: ${outcome.reason}`);
      else if (outcome.kind === 'skipped') reporter.info(`Result not recorded in ${tier.source}: ${outcome.reason}`);
    }
  }
}

/** The base branch's latest result of this step, from the records: never the result itself. */
export async function readBaseResult(params: { tiers: readonly Tier[]; command: string; stepId: string; branch: string }): Promise<BaseComparison> {
  const record = await readFirst(params.tiers, latestRecordName(params));
  return record ? { branch: params.branch, found: true, key: record.key, metrics: record.metrics, ...(record.components ? { components: record.components } : {}) } : { branch: params.branch, found: false };
}

/** The metrics recorded for a key, if a tier holds them. */
export async function readResultMetrics(params: { tiers: readonly Tier[]; command: string; key: string }): Promise<Record<string, number> | undefined> {
  return (await readFirst(params.tiers, resultRecordName(params)))?.metrics;
}

/** The branch a run is on, as records name it: a pull request's head branch, else the pushed branch or tag. */
export function branchOf(env: Record<string, string | undefined>): string | undefined {
  return env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined;
}

/**
 * Record a step's `--json` result, if it is one worth recording: a result that exists (not a plan, not a failed
 * lookup), or an evaluation. Its metrics go under its key, and the branch's `latest` record of the step points at it.
 */
export async function recordStepResultOf(params: { result: Record<string, unknown>; tiers: readonly Tier[]; branch?: string; workspace: string; reporter: Reporter }): Promise<void> {
  const { result } = params;
  const command = String(result.command);
  const exists = result.plan !== true && result.needsRun !== true && (result.source !== 'none' || command === 'evaluate');
  if (!exists || !params.tiers.some((tier) => tier.records)) return;
  await recordStepResult({
    tiers: params.tiers,
    command,
    stepId: stepIdOf(result, params.workspace),
    key: typeof result.key === 'string' ? result.key : '',
    metrics: metricsOfResult(result),
    ...(isObject(result.keyComponents) ? { components: result.keyComponents } : {}),
    produced: result.cacheHit !== true && (result.source === 'trained' || result.source === 'hub'),
    branch: params.branch,
    reporter: params.reporter,
  });
}

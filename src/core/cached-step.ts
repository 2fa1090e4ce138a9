import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { explainDiskError } from './disk-errors.js';
import { withOutputLock } from './output-lock.js';
import { recoverDirectory, removeAbandonedSiblings, replaceDirectory, siblingPath } from './replace-directory.js';
import { isDamageReason, type Reporter } from './reporter.js';
import type { ResultSource, StepCommand, StepResult } from './step-result.js';
import type { Tier } from './tier.js';

export type Validation = { ok: true } | { ok: false; reasons: string[] };

/** What a step tells the loop: its key, how to check a dir, how to make the result, what to say. */
export interface CachedStep {
  command: StepCommand;
  /** Short name used in tier keys: "model", "dataset", "train". */
  tierName: string;
  key: string;
  /** Results that can stand in for one another in part (a model repo + patterns at any revision), for tiers that keep a newest-per-lineage pointer. */
  lineage?: string;
  outputDir: string;
  /** Does `dir` hold a valid result for this key? Reasons name each thing that is wrong. */
  validate(dir: string): Promise<Validation>;
  /**
   * Make the result in `outputDir` (atomically, metadata last); returns the details for the report.
   * `forced` means the user asked to redo everything: reuse nothing of a previous result.
   */
  produce(params: { reasons: string[]; forced: boolean }): Promise<Record<string, unknown>>;
  /** Details of a valid result in `outputDir` (files, rows, metrics…) for the report. */
  describe(): Promise<Record<string, unknown>>;
  /** Source to report when `produce` ran. */
  producedSource: ResultSource;
  messages: {
    force: string;
    /** Lines printed on a hit; the first is a notice (ℹ). */
    hit(source: ResultSource): string[];
    /** Printed before the reasons of a miss, or undefined to print the reasons alone as warnings. */
    missHeader?: string;
  };
}

export interface RunOptions {
  reporter: Reporter;
  force?: boolean;
  /** Plan mode: decide only; never produce. */
  plan?: boolean;
  tiers?: readonly Tier[];
  /** Save to tiers after producing (false for read-only cache mode). */
  saveToTiers?: boolean;
  /** A failed tier save fails the step instead of warning. */
  failOnCacheError?: boolean;
  /** How errors name the output dir when the user did not give it (a dir derived from their flag). */
  outputDirLabel?: string;
}

/** The loop every step shares: disk → tiers → produce → save, each decision explained. */
export async function runCachedStep(step: CachedStep, options: RunOptions): Promise<StepResult> {
  const started = Date.now();
  const { reporter } = options;
  const tiers = options.tiers ?? [];
  const result = (source: ResultSource, cacheHit: boolean, reasons: string[], details: Record<string, unknown>, needsRun = false): StepResult => ({
    command: step.command,
    cacheHit,
    source,
    outputDir: step.outputDir,
    key: step.key,
    reasons,
    needsRun,
    durationMs: Date.now() - started,
    details: { ...details, ...Object.assign({}, ...tiers.map((tier) => tier.runDetails?.() ?? {})) },
  });

  await recoverDirectory(step.outputDir);
  await removeAbandonedSiblings({ dir: step.outputDir, lockHeld: false });

  // Disk reasons are what the user needs to read (warnings); tier misses are routine (info lines); a tier entry
  // that failed is warned about when it happens. All of them are the step's reasons in --json and outputs.
  type Miss = { reasons: string[]; tierReasons: string[] };
  type Found = { source: ResultSource; nearer?: readonly Tier[] };
  const findExisting = async (): Promise<Found | Miss> => {
    const disk = await step.validate(step.outputDir);
    if (disk.ok) return { source: 'disk' };
    const reasons = [...disk.reasons];
    const tierReasons: string[] = [];
    for (const tier of tiers) {
      if (options.plan) {
        if (await tier.lookup({ step: step.tierName, key: step.key, lineage: step.lineage })) return { source: tier.source };
        tierReasons.push(`${tier.source}: no entry for this key`);
        continue;
      }
      const staging = siblingPath(step.outputDir, `restore-${tier.source}`);
      try {
        await mkdir(dirname(staging), { recursive: true });
        const restoredEntry = await tier.restore({ step: step.tierName, key: step.key, dir: staging, lineage: step.lineage });
        if (restoredEntry !== true) {
          if (restoredEntry === false) tierReasons.push(`${tier.source}: no entry for this key`);
          else {
            reporter.warning(`${tier.source} entry could not be restored: ${restoredEntry.failed}`);
            tierReasons.push(`${tier.source} entry could not be restored: ${restoredEntry.failed}`);
          }
          continue;
        }
        const restored = await step.validate(staging);
        if (!restored.ok) {
          reporter.warning(`${tier.source} entry failed validation: ${restored.reasons.join('; ')}`);
          tierReasons.push(`${tier.source} entry failed validation: ${restored.reasons.join('; ')}`);
          continue;
        }
        await replaceDirectory({ staging, dir: step.outputDir });
        return { source: tier.source, nearer: tiers.slice(0, tiers.indexOf(tier)) };
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    }
    return { reasons, tierReasons };
  };

  const reportHit = async ({ source, nearer }: Found) => {
    const [first, ...rest] = step.messages.hit(source);
    if (first) reporter.notice(first);
    for (const line of rest) reporter.info(line);
    const hit = result(source, true, [], await step.describe());
    // A runner that found the result in a farther tier keeps it in the nearer ones (its own tool cache after an
    // Actions-cache hit), so its next job needs no download. A failure here only warns: the hit stands.
    if (nearer?.length && options.saveToTiers !== false) await saveToTiers(step, nearer, { ...options, failOnCacheError: false });
    return hit;
  };

  if (!options.force) {
    // The cheap check first, without the lock: a valid output dir is the common case and needs nothing else.
    const disk = await step.validate(step.outputDir);
    if (disk.ok) return reportHit({ source: 'disk' });
    if (options.plan) {
      // Plan mode asks the tiers whether they hold the key; it restores and locks nothing.
      const found = await findExisting();
      if ('source' in found) {
        if (found.source === 'disk') return reportHit(found);
        reporter.notice(`Plan: ${step.command} would restore from ${found.source}`);
        return result(found.source, true, [], { plan: true });
      }
      const reasons = [...found.reasons, ...found.tierReasons];
      reporter.miss(`Plan: ${step.command} needs to run`);
      for (const reason of reasons) reporter.info(`  - ${reason}`);
      return result('none', false, reasons, { plan: true }, true);
    }
  } else if (options.plan) {
    return result('none', false, ['--force'], { plan: true }, true);
  }

  // A full or read-only disk (taking the lock, writing, or killing the trainer) is said as such.
  return withOutputLock({ outputDir: step.outputDir, reporter, work: produceUnderLock }).catch(async (error: unknown) => {
    throw await explainDiskError({ error, outputDir: step.outputDir, label: options.outputDirLabel });
  });

  async function produceUnderLock(): Promise<StepResult> {
    await removeAbandonedSiblings({ dir: step.outputDir, lockHeld: true });
    let reasons: string[];
    if (options.force) {
      reporter.info(step.messages.force);
      reasons = ['forced (--force)'];
    } else {
      // Under the lock: another run may have produced the result while we waited, and a restored tier entry
      // must not be swapped in while another run writes the dir.
      const found = await findExisting();
      if ('source' in found) return reportHit(found);
      const miss = found;
      // A damaged result is worth a warning (an annotation in the Action), naming the damage; a result that is
      // absent or made for other inputs is an ordinary miss, a plain log line.
      if (step.messages.missHeader) {
        reporter.miss(step.messages.missHeader);
        for (const reason of miss.reasons) (isDamageReason(reason) ? reporter.warning(reason) : reporter.info(`  - ${reason}`));
      } else {
        for (const reason of miss.reasons) (isDamageReason(reason) ? reporter.warning(reason) : reporter.miss(reason));
      }
      for (const reason of miss.tierReasons) reporter.info(`  - ${reason}`);
      reasons = [...miss.reasons, ...miss.tierReasons];
    }
    const details = await step.produce({ reasons, forced: options.force === true });
    if (options.saveToTiers !== false) await saveToTiers(step, tiers, options);
    return result(step.producedSource, false, reasons, details);
  }
}

async function saveToTiers(step: CachedStep, tiers: readonly Tier[], options: RunOptions): Promise<void> {
  for (const tier of tiers) {
    const outcome = await tier.save({ step: step.tierName, key: step.key, dir: step.outputDir, lineage: step.lineage }).catch(
      (error: unknown) => ({ kind: 'failed' as const, reason: error instanceof Error ? error.message : String(error) }),
    );
    if (outcome.kind === 'saved') options.reporter.info(`Saved to ${tier.source}`);
    else if (outcome.kind === 'exists' && outcome.unfinished) {
      options.reporter.info(`${tier.source} already holds this key, its upload unfinished (another run is saving it, or one was killed mid-upload); not saved again`);
    } else if (outcome.kind === 'exists') options.reporter.info(`${tier.source} already holds this key (another run saved it first)`);
    else if (outcome.kind === 'skipped') options.reporter.warning(`Not saved to ${tier.source}: ${outcome.reason}`);
    else {
      const message = `Saving to ${tier.source} failed: ${outcome.reason}`;
      if (options.failOnCacheError) throw new Error(message);
      options.reporter.warning(message);
    }
  }
}

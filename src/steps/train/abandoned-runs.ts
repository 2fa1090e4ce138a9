import { removeAbandonedSiblings, siblingPath } from '../../core/replace-directory.js';

/** A fresh staging dir for a training of `outputDir`, beside it (same filesystem, so it can be renamed in). */
export function trainingRunDir(outputDir: string): string {
  return siblingPath(outputDir, 'train');
}

/** Remove the staging dirs of trainings (and restores) whose process is gone; see removeAbandonedSiblings. */
export async function removeAbandonedRuns(params: { outputDir: string; lockHeld: boolean }): Promise<void> {
  await removeAbandonedSiblings({ dir: params.outputDir, lockHeld: params.lockHeld });
}

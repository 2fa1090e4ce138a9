/**
 * transformers' get_linear_schedule_with_warmup: the rate rises linearly from 0 over `warmupSteps`, then falls
 * linearly to 0 at `totalSteps`. `step` counts optimizer steps already taken (the first update uses step 0).
 */
export function linearWarmupDecay(params: { step: number; baseRate: number; warmupSteps: number; totalSteps: number }): number {
  const { step, baseRate, warmupSteps, totalSteps } = params;
  if (step < warmupSteps) return (baseRate * step) / Math.max(1, warmupSteps);
  return baseRate * Math.max(0, (totalSteps - step) / Math.max(1, totalSteps - warmupSteps));
}

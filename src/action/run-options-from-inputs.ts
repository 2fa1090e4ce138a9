import * as core from '@actions/core';
import type { RunOptions } from '../core/cached-step.js';
import type { Reporter } from '../core/reporter.js';
import { parseBoolean } from '../core/validate-input.js';
import { parseCacheSettings } from '../tiers/cache-settings.js';
import { selectTiers } from '../tiers/select-tiers.js';
import { booleanInput, optionalInput } from './action-inputs.js';
import { Inputs } from './constants.js';

/**
 * The cache-loop options every Action command shares: force, plan mode (`lookup-only`), and the cache tiers
 * chosen from the inputs and the runner's environment. Throws InputError for a bad input before anything runs.
 */
export function runOptionsFromInputs(reporter: Reporter): RunOptions {
  const toolCache = optionalInput(Inputs.ToolCache);
  const settings = parseCacheSettings({
    mode: optionalInput(Inputs.Cache),
    // Empty means "decide from the runner": on for self-hosted runners, whose tool cache outlives the job.
    toolCache: toolCache === undefined ? undefined : parseBoolean({ flag: `Input ${Inputs.ToolCache}`, value: toolCache, fallback: true }),
    keyPrefix: optionalInput(Inputs.CacheKeyPrefix),
    failOnCacheError: booleanInput(Inputs.FailOnCacheError),
    sizeLimit: optionalInput(Inputs.CacheSizeLimit),
    store: optionalInput(Inputs.Store),
    storeEndpoint: optionalInput(Inputs.StoreEndpoint),
    env: process.env,
    names: {
      mode: `Input ${Inputs.Cache}`,
      keyPrefix: `Input ${Inputs.CacheKeyPrefix}`,
      sizeLimit: `Input ${Inputs.CacheSizeLimit}`,
      store: `Input ${Inputs.Store}`,
      storeEndpoint: `Input ${Inputs.StoreEndpoint}`,
    },
  });
  // The store's credentials come from the environment: mask them in the log whatever prints them.
  if (settings.store) for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) if (process.env[name]) core.setSecret(process.env[name]!);
  const plan = booleanInput(Inputs.LookupOnly);
  const force = booleanInput(Inputs.Force);
  return {
    reporter,
    force,
    plan,
    // The toolkit's own lines ("Cache hit for: …", tar's output) belong in the job log as usual.
    tiers: selectTiers({ settings, env: process.env, reporter, output: 'passthrough' }),
    saveToTiers: settings.mode !== 'read-only',
    failOnCacheError: settings.failOnCacheError,
  };
}

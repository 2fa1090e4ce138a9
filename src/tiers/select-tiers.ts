import type { Reporter } from '../core/reporter.js';
import type { Tier } from '../core/tier.js';
import { createActionsCacheTier } from './actions-cache-tier.js';
import type { CacheSettings } from './cache-settings.js';
import type { ToolkitOutput } from './toolkit-call.js';
import { createToolCacheTier } from './tool-cache-tier.js';
import { createStoreTier } from './store/store-tier.js';

/**
 * Is the GitHub Actions cache service reachable from this process? The runner hands ACTIONS_RUNTIME_TOKEN and
 * the service URLs to JavaScript actions, not to `run:` steps, so a CLI in a plain `run:` step usually has none.
 * Mirrors @actions/cache's own choice of protocol without importing it (that import costs ~170 ms).
 */
export function actionsCacheAvailable(env: Record<string, string | undefined>): boolean {
  if (!env.ACTIONS_RUNTIME_TOKEN) return false;
  let host = 'github.com';
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  } catch {
    // An unparsable server URL: @actions/cache would fail the same way; treat it as GHES.
    host = '';
  }
  const isGhes = !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
  const v2 = !isGhes && !!env.ACTIONS_CACHE_SERVICE_V2;
  return v2 ? !!env.ACTIONS_RESULTS_URL : !!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

/**
 * The tiers a run uses, in the order the loop tries them: the runner tool cache (local, fast) before the
 * GitHub Actions cache (a download). Saving happens in the same order, so the local copy exists even when the
 * upload fails.
 */
export function selectTiers(params: {
  settings: CacheSettings;
  env: Record<string, string | undefined>;
  reporter: Reporter;
  output: ToolkitOutput;
}): Tier[] {
  const { settings, env, reporter, output } = params;
  const tiers: Tier[] = [];
  const toolCacheSet = !!env.RUNNER_TOOL_CACHE;
  // A GitHub-hosted runner's tool cache dies with the job: copying a model there only costs time and disk.
  const wantToolCache = settings.toolCache ?? env.RUNNER_ENVIRONMENT !== 'github-hosted';
  if (wantToolCache && toolCacheSet) tiers.push(createToolCacheTier({ env, keyPrefix: settings.keyPrefix, reporter, output }));
  else if (settings.toolCache === true) reporter.notice('RUNNER_TOOL_CACHE is not set, so the runner tool cache is not used');
  // The shared S3-compatible store, after the local tool cache and before the Actions cache: it outlives both.
  if (settings.store) {
    tiers.push(createStoreTier({ location: settings.store, env, reporter, readOnly: settings.mode === 'read-only', failOnCacheError: settings.failOnCacheError }));
  }

  if (settings.mode !== 'off') {
    if (actionsCacheAvailable(env)) {
      tiers.push(
        createActionsCacheTier({
          env,
          keyPrefix: settings.keyPrefix,
          sizeLimitBytes: settings.sizeLimitBytes,
          sizeLimitText: settings.sizeLimitText,
          reporter,
          output,
        }),
      );
    } else if (settings.modeGiven) {
      reporter.notice('The GitHub Actions cache is not available here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set), so it is not used');
    }
  }
  return tiers;
}

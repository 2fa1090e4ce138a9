/** Every input and output name of action.yml, in one place. */
export const Inputs = {
  Command: 'command',
  Name: 'name',
  OutputDir: 'output-dir',
  Revision: 'revision',
  Include: 'include',
  Exclude: 'exclude',
  Force: 'force',
  Offline: 'offline',
  HfToken: 'hf-token',
  HubUrl: 'hub-url',
} as const;

export const Outputs = {
  CacheHit: 'cache-hit',
  Source: 'source',
  CacheKey: 'cache-key',
  Revision: 'revision',
  OutputDir: 'output-dir',
  Reasons: 'reasons',
  NeedsRun: 'needs-run',
} as const;

export const ACTION_COMMANDS = ['model-download'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

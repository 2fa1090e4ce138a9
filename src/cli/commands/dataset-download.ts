import { resultToJson } from '../../core/step-result.js';
import { parseDatasetDownloadRequest, runDatasetDownload } from '../../steps/dataset-download/dataset-download.js';
import { hubOptions, parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';
import { hubConnectionFromArgs } from '../hub-from-args.js';
import { CACHE_OPTIONS_HELP, cacheOptions, runOptionsFromArgs } from '../run-options.js';

const usage = 'model-experiments dataset download';

export const datasetDownloadCommand: CliCommand = {
  help: `Usage: ${usage} --name <repo-id> --output-dir <dir> [options]

  --name <repo-id>        Hub dataset repo, e.g. imdb or org/name
  --output-dir <dir>      where metadata.json and <split>/data.jsonl go
  --config <name>         dataset config (default: "default", else the only one)
  --split <name>          download only this split (repeatable; default: all)
  --max-samples <N>       only the first N rows of every split (reads only the row groups that hold them)
  --revision <rev>        branch, tag or commit sha (default: main)
  --force                 download again even when the cache is valid
  --offline               never use the network (also HF_HUB_OFFLINE=1)
  --token <hf_...>        Hub token (default: HF_TOKEN)
  --hub-url <url>         Hub base URL (default: HF_ENDPOINT or https://huggingface.co)
  --json                  print one JSON object with the result on stdout
${CACHE_OPTIONS_HELP}`,
  async run({ argv, env, reporter, secrets }) {
    const values = parseCommandArgs({
      argv,
      usage,
      options: {
        ...hubOptions,
        ...cacheOptions,
        name: { type: 'string' },
        'output-dir': { type: 'string' },
        config: { type: 'string' },
        split: { type: 'string', multiple: true },
        'max-samples': { type: 'string' },
        revision: { type: 'string' },
      },
    });
    const request = parseDatasetDownloadRequest({
      name: values.name,
      outputDir: values['output-dir'],
      config: values.config,
      splits: values.split,
      maxSamples: values['max-samples'],
      revision: values.revision,
    });
    const connection = hubConnectionFromArgs({ values, env, reporter, secrets });
    const result = await runDatasetDownload({ request, connection, options: runOptionsFromArgs({ values, env, reporter }) });
    return { json: resultToJson(result), wantsJson: values.json === true };
  },
};

import { resultToJson } from '../../core/step-result.js';
import { parseModelDownloadRequest, runModelDownload } from '../../steps/model-download/model-download.js';
import { hubOptions, parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';
import { hubConnectionFromArgs } from '../hub-from-args.js';
import { CACHE_OPTIONS_HELP, cacheOptions, runOptionsFromArgs } from '../run-options.js';

const usage = 'model-experiments model download';

export const modelDownloadCommand: CliCommand = {
  help: `Usage: ${usage} --name <repo-id> --output-dir <dir> [options]

  --name <repo-id>        Hub model repo, e.g. bert-base-uncased or org/name
  --output-dir <dir>      where the files and model_metadata.json go
  --revision <rev>        branch, tag or commit sha (default: main)
  --include <glob>        download only matching files (repeatable)
  --exclude <glob>        skip matching files (repeatable)
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
        revision: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
      },
    });
    const request = parseModelDownloadRequest({
      name: values.name,
      outputDir: values['output-dir'],
      revision: values.revision,
      include: values.include,
      exclude: values.exclude,
    });
    const connection = hubConnectionFromArgs({ values, env, reporter, secrets });
    const result = await runModelDownload({ request, connection, options: runOptionsFromArgs({ values, env, reporter }) });
    return { json: resultToJson(result), wantsJson: values.json === true };
  },
};

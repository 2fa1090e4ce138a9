import * as core from '@actions/core';
import { redact } from '../cli/redact.js';
import { describeError, exitCodeOf, InputError } from '../core/errors.js';
import { readProxySettings } from '../http/proxy.js';
import type { StepResult } from '../core/step-result.js';
import { setCommonOutputs } from './action-outputs.js';
import { createActionReporter } from './action-reporter.js';
import type { ActionContext } from './action-context.js';
import { oneOf, requiredInput } from './action-inputs.js';
import { datasetDownloadAction } from './commands/dataset-download.js';
import { evaluateAction } from './commands/evaluate.js';
import { modelDownloadAction } from './commands/model-download.js';
import { trainAction } from './commands/train.js';
import { ACTION_COMMANDS, Inputs, Outputs, type ActionCommand, type SweepCommand } from './constants.js';
import { sweepAction } from './commands/sweep.js';
import { sweepReportAction } from './commands/sweep-report.js';
import { failureMarkdown, writeJobSummary, writeSummaryMarkdown } from './job-summary.js';
import { prCommentMode, reportStep } from './pr-report.js';
import { resultToJson } from '../core/step-result.js';

const HANDLERS: Record<Exclude<ActionCommand, SweepCommand>, (context: ActionContext) => Promise<StepResult>> = {
  'model-download': modelDownloadAction,
  'dataset-download': datasetDownloadAction,
  train: trainAction,
  evaluate: evaluateAction,
};

/** The Action: read inputs, run one step, set outputs and the job summary. Returns the exit code. */
export async function runAction(): Promise<number> {
  // Mask the token before anything can print it, whatever the command and whether or not its inputs are valid.
  const proxies = readProxySettings(process.env);
  const secrets = [core.getInput(Inputs.HfToken), core.getInput(Inputs.GithubToken), process.env.HF_TOKEN, process.env.HUGGING_FACE_HUB_TOKEN, ...proxies.passwords, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN]
    .map((token) => token?.trim() ?? '')
    .filter((token) => token !== '');
  for (const token of secrets) core.setSecret(token);
  const reporter = createActionReporter({ secrets });
  try {
    if (proxies.problem) throw new InputError(proxies.problem);
    const command = oneOf(Inputs.Command, requiredInput(Inputs.Command, `one of ${ACTION_COMMANDS.join(', ')}`), ACTION_COMMANDS);
    const prComment = prCommentMode();
    if (command === 'sweep') {
      await sweepAction({ reporter });
      return 0;
    }
    if (command === 'sweep-report') {
      await sweepReportAction({ reporter, prComment });
      return 0;
    }
    const result = await HANDLERS[command]({ reporter });
    // evaluate caches nothing: cache-hit, source and cache-key would mean nothing for it.
    if (command !== 'evaluate') setCommonOutputs(result);
    await writeJobSummary(result);
    await reportStep({ result: resultToJson(result), mode: prComment, reporter, secrets });
    return 0;
  } catch (error) {
    const message = redact(describeError(error).split('\n')[0], secrets);
    core.setFailed(message);
    // A failed step still says what failed, in the job summary and the `error` output (for continue-on-error jobs).
    core.setOutput(Outputs.Error, message);
    core.setOutput(Outputs.CacheHit, 'false');
    await writeSummaryMarkdown(failureMarkdown({ command: core.getInput(Inputs.Command), message, inputError: exitCodeOf(error) === 2 })).catch(() => undefined);
    return exitCodeOf(error);
  }
}

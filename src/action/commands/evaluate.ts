import * as core from '@actions/core';
import type { StepResult } from '../../core/step-result.js';
import { evaluateModel, parseEvaluateRequest } from '../../steps/evaluate/evaluate-model.js';
import { evaluationToJson, formatEvaluation } from '../../steps/evaluate/format-evaluation.js';
import { optionalInput, requiredInput } from '../action-inputs.js';
import type { ActionContext } from '../action-context.js';
import { Inputs, Outputs } from '../constants.js';

/** `command: evaluate`: metrics of a trained dir on a JSONL file, as outputs and in the log. Nothing is cached. */
export async function evaluateAction({ reporter }: ActionContext): Promise<StepResult> {
  const request = parseEvaluateRequest({
    modelDir: requiredInput(Inputs.ModelDir, 'the directory written by the train command'),
    data: requiredInput(Inputs.Data, 'a JSONL file with text and label columns'),
    textColumn: optionalInput(Inputs.TextColumn),
    labelColumn: optionalInput(Inputs.LabelColumn),
    python: optionalInput(Inputs.Python),
  });
  const evaluation = await evaluateModel({ request, reporter, env: process.env, cwd: process.cwd(), pythonFlag: `Input ${Inputs.Python}` });
  for (const line of formatEvaluation(evaluation).split('\n')) core.info(line);
  core.setOutput(Outputs.Accuracy, String(evaluation.accuracy));
  core.setOutput(Outputs.Loss, String(evaluation.loss));
  core.setOutput(Outputs.Metrics, JSON.stringify(evaluationToJson(evaluation)));
  return {
    command: 'evaluate',
    cacheHit: false,
    source: 'none',
    outputDir: evaluation.modelDir,
    key: '',
    reasons: [],
    needsRun: false,
    durationMs: evaluation.durationMs,
    details: { data: evaluation.data, examples: evaluation.examples, accuracy: evaluation.accuracy, loss: evaluation.loss, labels: evaluation.perLabel },
  };
}

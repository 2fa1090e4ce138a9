import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import type { TrainerOutcome, TrainerRunParams, TrainingLogEntry } from '../trainer.js';
import { labelVocabulary, readLabeledExamples, type LabeledExamples } from './labeled-examples.js';
import { locateEncoder } from './locate-encoder.js';
import { openPooledEncoder } from './pooled-encoder.js';
import { openEventsFile } from './tfevents-writer.js';
import { plannedSteps, trainHead, type FeatureSet } from './train-head.js';
import { headSafetensors, writeTrainedModel } from './write-trained-model.js';

/**
 * One run of the built-in trainer (see builtin-trainer.ts): its own module, loaded only when a run trains, so that
 * a cache hit loads none of onnxruntime, the tokenizers or the ONNX writer.
 */
const round = (value: number, digits = 4) => Number(value.toFixed(digits));

export async function trainBuiltin(params: TrainerRunParams & { textColumn: string; labelColumn: string }): Promise<TrainerOutcome> {
  const { parameters, reporter, signal, stagingDir, textColumn, labelColumn } = params;
  const started = Date.now();
  if (!params.modelPath) throw new InputError('The built-in trainer needs the base model on disk: give --model-path, or --model-name so it is downloaded first');
  const encoderFile = await locateEncoder({ modelDir: params.modelPath, fp16: parameters.fp16 });

  const read = (path: string, flag: string) => readLabeledExamples({ path, textColumn, labelColumn, flag });
  const [trainSet, validationSet] = [await read(params.trainData, '--train-data'), await read(params.valData, '--val-data')];
  const labelNames = labelVocabulary(trainSet);
  if (labelNames.length < 2) throw new InputError(`--train-data has only one label (${labelNames[0]}): a classifier needs examples of at least two labels`);
  const labelIds = new Map(labelNames.map((name, id) => [name, id]));
  const unseen = [...new Set(validationSet.labels.filter((label) => !labelIds.has(label)))];
  if (unseen.length > 0) throw new InputError(`--val-data has labels the training data lacks (${unseen.slice(0, 5).join(', ')}): add examples of them to --train-data`);

  const encoder = await openPooledEncoder({ modelDir: params.modelPath, encoderPath: encoderFile.path, encoderFile: encoderFile.file, maxLength: parameters.maxLength });
  try {
    const featurize = async (set: LabeledExamples, label: string): Promise<FeatureSet & { hiddenSize: number }> => {
      const { features, hiddenSize } = await encoder.embed({
        texts: set.texts,
        signal,
        onProgress: (done, total) => reporter.progress({ label, done, total, unit: 'rows' }),
      });
      return { features, hiddenSize, targets: Int32Array.from(set.labels, (name) => labelIds.get(name)!) };
    };
    const steps = plannedSteps({ examples: trainSet.texts.length, batchSize: parameters.batchSize, gradientAccumulationSteps: Math.max(1, parameters.gradientAccumulationSteps), epochs: parameters.epochs });
    reporter.info(
      `Built-in trainer: ${encoderFile.file} frozen, linear head over ${labelNames.length} labels (${labelNames.slice(0, 6).join(', ')}${labelNames.length > 6 ? ', …' : ''}); ` +
        `${trainSet.texts.length} training / ${validationSet.texts.length} validation examples, ${steps.total} optimizer steps`,
    );
    // The encoder is frozen, so each text goes through it once; epochs then reuse the pooled vectors.
    const train = await featurize(trainSet, 'encode train');
    const validation = await featurize(validationSet, 'encode validation');

    const events = await openEventsFile({ logDir: join(stagingDir, 'logs') });
    const history = new Map<number, TrainingLogEntry>();
    const entry = (step: number, epoch: number) => {
      const existing = history.get(step) ?? { step, epoch: round(epoch) };
      history.set(step, existing);
      return existing;
    };
    let outcome: Awaited<ReturnType<typeof trainHead>>;
    try {
      outcome = await trainHead({
        train,
        validation,
        labelNames,
        hiddenSize: train.hiddenSize,
        parameters,
        signal,
        callbacks: {
          onLog: async ({ step, epoch, loss, learningRate }) => {
            Object.assign(entry(step, epoch), { loss, learningRate });
            await events.addScalars(step, { 'train/loss': loss, 'train/learning_rate': learningRate, 'train/epoch': epoch });
            reporter.progress({ label: 'train', done: step, total: steps.total, unit: 'steps', detail: `epoch ${epoch.toFixed(2)}  loss ${loss.toFixed(4)}  lr ${learningRate.toExponential(2)}` });
          },
          onEval: async ({ step, epoch, metrics }) => {
            Object.assign(entry(step, epoch), { evalLoss: metrics.loss, evalAccuracy: metrics.accuracy });
            await events.addScalars(step, { 'eval/loss': metrics.loss, 'eval/accuracy': metrics.accuracy });
            reporter.info(`eval at step ${step}: loss ${metrics.loss.toFixed(4)}, accuracy ${metrics.accuracy.toFixed(4)}`);
          },
          onSave: async ({ step, epoch, head }) => {
            const dir = join(stagingDir, `checkpoint-${step}`);
            await mkdir(dir, { recursive: true });
            await writeFile(join(dir, 'model.safetensors'), headSafetensors(head));
            await writeFile(join(dir, 'trainer_state.json'), JSON.stringify({ global_step: step, epoch, log_history: [...history.values()] }, null, 2) + '\n');
          },
        },
      });
    } finally {
      await events.close();
    }

    const runtime = (Date.now() - started) / 1000;
    const evalResults = {
      epoch: outcome.epoch,
      eval_loss: outcome.finalEval.loss,
      eval_accuracy: outcome.finalEval.accuracy,
      eval_samples: validationSet.texts.length,
    };
    const trainResults = { epoch: outcome.epoch, train_loss: outcome.trainLoss, train_runtime: runtime, train_samples: trainSet.texts.length, global_step: outcome.steps };
    await writeTrainedModel({
      dir: stagingDir,
      baseDir: params.modelPath,
      baseName: params.modelName,
      encoder: encoder.encoderBytes,
      encoderFile: encoderFile.file,
      head: outcome.head,
      labelNames,
      tokenizerConfig: encoder.tokenizer.config,
      maxLength: encoder.tokenizer.maxLength,
      textColumn,
      labelColumn,
      evalResults,
      trainResults,
    });
    reportDone(reporter, outcome.finalEval.accuracy, outcome.finalEval.loss, runtime);
    return {
      metrics: { train_loss: outcome.trainLoss, eval_loss: outcome.finalEval.loss, eval_accuracy: outcome.finalEval.accuracy, epoch: outcome.epoch, global_step: outcome.steps, train_runtime: runtime, train_samples: trainSet.texts.length, eval_samples: validationSet.texts.length },
      history: [...history.values()],
    };
  } finally {
    await encoder.release();
  }
}

function reportDone(reporter: Reporter, accuracy: number, loss: number, seconds: number): void {
  reporter.success(`Trained the classifier head in ${seconds.toFixed(1)} s: validation accuracy ${accuracy.toFixed(4)}, loss ${loss.toFixed(4)}`);
}

import type { Trainer, TrainingParameters } from '../../trainers/trainer.js';
import type { TrainRequest } from './train-request.js';

/**
 * The request with the trainer's own defaults in the parameters the user left unset (the built-in trainer's
 * learning rate), so the key, the messages and training_metadata.json all carry the value that is trained with.
 */
export function applyTrainerDefaults(params: { request: TrainRequest; trainer: Trainer }): TrainRequest {
  const { request, trainer } = params;
  const defaults = trainer.parameterDefaults ?? {};
  const unset = new Set(request.unsetParameters ?? []);
  const applied = (Object.keys(defaults) as (keyof TrainingParameters)[]).filter((field) => unset.has(field) && defaults[field] !== undefined);
  if (applied.length === 0) return request;
  return { ...request, parameters: { ...request.parameters, ...Object.fromEntries(applied.map((field) => [field, defaults[field]])) } };
}

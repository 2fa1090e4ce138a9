/**
 * Classification tasks built in code for checking that the built-in trainer converges: each is a train and a
 * validation set of short texts over the tiny encoder's vocabulary (tinyEncoderFiles with PROBE_TASK_EXTRA_WORDS
 * filler words), made so that mean pooling dilutes the signal the way long real texts do.
 *
 * - diluted sentiment: one or two sentiment words among 10–30 filler words, labels 0/1
 * - three labels: negative / neutral (no sentiment word) / positive as 0/1/2, diluted the same way
 * - string labels: four topics named by strings ("acting", "music", "story", "visuals"), each cued by its own
 *   words among 10–30 filler words
 * - unbalanced: diluted sentiment with 15% positive examples, labels "negative"/"positive"
 */
import { NEGATIVE_WORDS, POSITIVE_WORDS, type SentimentExample } from './tiny-encoder.js';
import { pseudoRandom } from './tiny-model.js';

/** Filler words w0…w39 the tasks draw from: give tinyEncoderFiles({ extraWords: PROBE_TASK_EXTRA_WORDS }). */
export const PROBE_TASK_EXTRA_WORDS = 40;

export type ProbeTaskKind = 'diluted sentiment' | 'three labels' | 'string labels' | 'unbalanced';
export const PROBE_TASK_KINDS: readonly ProbeTaskKind[] = ['diluted sentiment', 'three labels', 'string labels', 'unbalanced'];

export interface ProbeTask {
  kind: ProbeTaskKind;
  train: SentimentExample[];
  validation: SentimentExample[];
}

const FILLER = Array.from({ length: PROBE_TASK_EXTRA_WORDS }, (_, index) => `w${index}`);
const TOPIC_WORDS: Record<string, string[]> = {
  acting: ['acting', 'cast'],
  music: ['music', 'scenes'],
  story: ['story', 'plot', 'ending'],
  visuals: ['film', 'movie'],
};

interface Draw {
  next(): number;
  pick<T>(items: readonly T[]): T;
  between(min: number, max: number): number;
}

function draws(seed: number): Draw {
  let random = pseudoRandom(4096, seed);
  let cursor = 0;
  let block = 0;
  const next = () => {
    if (cursor === random.length) {
      random = pseudoRandom(4096, seed + 7919 * ++block);
      cursor = 0;
    }
    return random[cursor++] + 0.5;
  };
  return {
    next,
    pick: (items) => items[Math.min(items.length - 1, Math.floor(next() * items.length))],
    between: (min, max) => min + Math.min(max - min, Math.floor(next() * (max - min + 1))),
  };
}

/** 10–30 filler words with `cues` put in at random places. */
function dilutedText(draw: Draw, cues: readonly string[]): string {
  const words = Array.from({ length: draw.between(10, 30) }, () => draw.pick(FILLER));
  for (const cue of cues) words.splice(draw.between(0, words.length), 0, cue);
  return words.join(' ');
}

function sentimentCues(draw: Draw, words: readonly string[]): string[] {
  return Array.from({ length: draw.between(1, 2) }, () => draw.pick(words));
}

function examples(kind: ProbeTaskKind, count: number, seed: number): SentimentExample[] {
  const draw = draws(seed);
  return Array.from({ length: count }, () => {
    switch (kind) {
      case 'diluted sentiment': {
        const positive = draw.next() < 0.5;
        return { text: dilutedText(draw, sentimentCues(draw, positive ? POSITIVE_WORDS : NEGATIVE_WORDS)), label: positive ? 1 : 0 };
      }
      case 'three labels': {
        const label = draw.between(0, 2);
        const cues = label === 1 ? [] : sentimentCues(draw, label === 2 ? POSITIVE_WORDS : NEGATIVE_WORDS);
        return { text: dilutedText(draw, cues), label };
      }
      case 'string labels': {
        const topic = draw.pick(Object.keys(TOPIC_WORDS));
        return { text: dilutedText(draw, sentimentCues(draw, TOPIC_WORDS[topic])), label: topic };
      }
      case 'unbalanced': {
        const positive = draw.next() < 0.15;
        return { text: dilutedText(draw, sentimentCues(draw, positive ? POSITIVE_WORDS : NEGATIVE_WORDS)), label: positive ? 'positive' : 'negative' };
      }
    }
  });
}

export function probeTask(params: { kind: ProbeTaskKind; trainCount?: number; validationCount?: number; seed?: number }): ProbeTask {
  const seed = (params.seed ?? 1) * 1000 + PROBE_TASK_KINDS.indexOf(params.kind) * 10;
  return {
    kind: params.kind,
    train: examples(params.kind, params.trainCount ?? 400, seed + 1),
    validation: examples(params.kind, params.validationCount ?? 200, seed + 2),
  };
}

export const examplesJsonl = (rows: readonly SentimentExample[]): string => rows.map((row) => JSON.stringify({ text: row.text, label: row.label })).join('\n') + '\n';

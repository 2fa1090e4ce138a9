import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The trainer's only source of randomness: one seeded stream, so a seed fixes initialisation and every shuffle. */
export interface SeededRandom {
  /** Uniform in [from, to). */
  uniform(from: number, to: number): number;
  /** Fisher–Yates shuffle in place. */
  shuffle<T>(items: T[]): T[];
}

export function seededRandom(seed: number): SeededRandom {
  const rng = xoroshiro128plus(seed);
  return {
    uniform: (from, to) => from + (to - from) * uniformFloat64(rng),
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}

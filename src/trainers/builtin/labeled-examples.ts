import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';

export interface LabeledExamples {
  texts: string[];
  /** Each label as text ("positive", "1"): the key of label2id. */
  labels: string[];
  /** True when every label was a JSON integer (they are then ordered numerically). */
  integerLabels: boolean;
}

/**
 * Read a JSONL file of {text, label} objects (column names configurable). Labels may be integers or strings.
 * Every problem names the file, the line and what to change.
 */
export async function readLabeledExamples(params: { path: string; textColumn: string; labelColumn: string; flag: string }): Promise<LabeledExamples> {
  const { path, textColumn, labelColumn, flag } = params;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new InputError(`${flag} ${printable(path)} is not a file: give a JSONL file with one {"${textColumn}": ..., "${labelColumn}": ...} object per line`);
  const texts: string[] = [];
  const labels: string[] = [];
  let integerLabels = true;
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const where = `${path}:${lineNumber}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new InputError(`${where} is not valid JSON: give one JSON object per line`);
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new InputError(`${where} is not a JSON object: give one {"${textColumn}": ..., "${labelColumn}": ...} object per line`);
    const record = row as Record<string, unknown>;
    const columns = Object.keys(record).join(', ') || '(none)';
    const text = record[textColumn];
    if (typeof text !== 'string') {
      throw new InputError(
        text === undefined
          ? `${where} has no "${textColumn}" column (columns: ${columns}): set --text-column to the column holding the text`
          : `${where}: "${textColumn}" is not a string: the text column must hold text`,
      );
    }
    const label = record[labelColumn];
    if (label === undefined) throw new InputError(`${where} has no "${labelColumn}" column (columns: ${columns}): set --label-column to the column holding the label`);
    if (typeof label === 'number' && Number.isInteger(label)) labels.push(String(label));
    else if (typeof label === 'string' && label !== '') {
      labels.push(label);
      integerLabels = false;
    } else {
      throw new InputError(`${where}: label ${printable(JSON.stringify(label) ?? String(label))} is neither an integer nor a non-empty string: fix the data or choose another --label-column`);
    }
    texts.push(text);
  }
  if (texts.length === 0) throw new InputError(`${flag} ${printable(path)} holds no examples: give a JSONL file with at least one line`);
  return { texts, labels, integerLabels };
}

/** The label vocabulary in a fixed order (numeric for integer labels, else by code point), so ids never depend on row order. */
export function labelVocabulary(examples: LabeledExamples): string[] {
  const distinct = [...new Set(examples.labels)];
  return examples.integerLabels ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct.sort();
}

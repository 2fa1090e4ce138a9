// `npm run docs:action`: rewrite the input and output tables of docs/action.md from action.yml, between the
// ACTION-INPUTS and ACTION-OUTPUTS markers. __tests__/docs-code-blocks.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** The two tables, as markdown, from the text of action.yml. */
export function actionTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, input]) => `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return {
    inputs: ['| input | required | default | description |', '|---|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n'),
  };
}

/** `markdown` with the text between each pair of markers replaced by the tables made from `actionYml`. */
export function renderActionDoc(markdown, actionYml) {
  const tables = actionTables(actionYml);
  let text = markdown;
  for (const [marker, table] of [['ACTION-INPUTS', tables.inputs], ['ACTION-OUTPUTS', tables.outputs]]) {
    const start = `<!-- ${marker}:START -->`;
    const end = `<!-- ${marker}:END -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/action.md has no ${start} … ${end} pair`);
    text = `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const path = join(root, 'docs', 'action.md');
  const before = readFileSync(path, 'utf8');
  const after = renderActionDoc(before, readFileSync(join(root, 'action.yml'), 'utf8'));
  writeFileSync(path, after);
  console.log(after === before ? 'docs/action.md is up to date' : 'rewrote the tables of docs/action.md from action.yml');
}

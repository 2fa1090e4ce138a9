// Every command and workflow the docs show is one that works: a reader copies them. YAML blocks parse, and every
// step of this Action passes only inputs action.yml has, a command it runs, and reads only outputs it sets (the
// checks of the project's own workflows, helpers/workflow-checks.ts). Every `model-experiments …` command line names
// a real command and only flags that command's --help lists, switches without a value and value flags with one, as
// the CLI's strict parser takes them. `npm run` names a script. Relative links and their #anchors resolve. The
// tables of docs/action.md are the ones `npm run docs:action` makes from action.yml.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parse as parseShell } from 'shell-quote';
import { parseAllDocuments } from 'yaml';
import { COMMANDS, runCli } from '../src/cli/main.js';
// @ts-expect-error: a plain ESM script, no types
import { renderActionDoc } from '../scripts/docs-action.mjs';
import { REPO_ROOT } from './helpers/run-cli.js';
import { ACTION, actionStepProblems, npmRunScripts, outputRefProblems, readRepoFile, SCRIPTS, usesThisAction, type Step } from './helpers/workflow-checks.js';

/** Pages other branches add; linked from the README before they land. A pending page that exists is checked as any other. */
const PENDING_PAGES: string[] = [];

const PAGES = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

interface Block {
  page: string;
  line: number;
  lang: string;
  text: string;
}

/** Fenced code blocks, and the command lines of indented ones (four spaces, then the CLI). */
function codeBlocks(page: string): Block[] {
  const lines = readRepoFile(page).split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = /^(\s*)(```+|~~~+)\s*([\w-]*)/.exec(lines[index]);
    if (fence) {
      const start = index;
      const body: string[] = [];
      while (++index < lines.length && !lines[index].trimStart().startsWith(fence[2])) body.push(lines[index].slice(fence[1].length));
      blocks.push({ page, line: start + 1, lang: fence[3].toLowerCase(), text: body.join('\n') });
    } else if (/^ {4,}(npx )?model-experiments /.test(lines[index])) {
      const start = index;
      const body = [lines[index]];
      while (lines[index].trimEnd().endsWith('\\') && index + 1 < lines.length) body.push(lines[++index]);
      blocks.push({ page, line: start + 1, lang: 'sh', text: body.join('\n') });
    }
  }
  return blocks;
}

const BLOCKS = PAGES.flatMap(codeBlocks);
const at = (block: Block) => `${block.page}:${block.line}`;
const SHELL = ['bash', 'sh', 'shell', 'console', ''];

/** Every mapping in a parsed YAML document that is a step of this Action, with the step list it is in. */
function actionSteps(value: unknown, found: { step: Step; list: Step[] }[] = [], list: Step[] = []): { step: Step; list: Step[] }[] {
  if (Array.isArray(value)) for (const item of value) actionSteps(item, found, value as Step[]);
  else if (value && typeof value === 'object') {
    if (usesThisAction((value as Step).uses)) found.push({ step: value as Step, list });
    for (const child of Object.values(value)) actionSteps(child, found, list);
  }
  return found;
}

/** The `run:` texts of every step in a parsed YAML document. */
function runTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(runTexts);
  if (value && typeof value === 'object') return [...(typeof (value as Step).run === 'string' ? [(value as Step).run as string] : []), ...Object.values(value).flatMap(runTexts)];
  return [];
}

/** Shell text → simple commands as word lists: continuations joined, comments dropped, split at ;, &&, ||, |. */
function shellCommands(text: string): string[][] {
  const commands: string[][] = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    if (/^\s*#/.test(line)) continue;
    let words: string[] = [];
    // Variables stay as written ($HF_TOKEN), as a reader's shell would leave them for the program to see.
    for (const token of parseShell(line, (name) => `$${name}`)) {
      if (typeof token === 'string') words.push(token);
      else if ('comment' in token) break;
      else if ('op' in token && token.op !== 'glob') {
        if (words.length) commands.push(words);
        words = [];
      } else if ('pattern' in token) words.push(token.pattern);
    }
    if (words.length) commands.push(words);
  }
  return commands;
}

/** The CLI's own account of a command's flags: its --help, read for `--name` and whether a value follows it. */
const helpFlags = new Map<string, Promise<Map<string, 'value' | 'switch'>>>();
function flagsOf(words: string[]): Promise<Map<string, 'value' | 'switch'>> {
  const name = words.join(' ');
  if (!helpFlags.has(name)) {
    helpFlags.set(
      name,
      (async () => {
        let help = '';
        const code = await runCli({ argv: [...words, '--help'], env: {}, stdout: { write: (text) => void (help += text) }, stderr: { write: () => undefined } });
        if (code !== 0) throw new Error(`model-experiments ${name} --help exited ${code}`);
        const flags = new Map<string, 'value' | 'switch'>([['--help', 'switch'], ['-h', 'switch']]);
        for (const match of help.matchAll(/(?<![\w-])(--[a-z0-9][a-z0-9-]*)( [<"][^ ]*| s3:\/\/\S*)?/g)) {
          const kind = match[2] ? 'value' : 'switch';
          if (flags.get(match[1]) !== 'value') flags.set(match[1], kind);
        }
        // A usage line ending in `<file>...` takes arguments besides its flags (report's result files).
        if (/^Usage: [^\n]*\s<[\w.-]+>\.{3}[ \t]*$/m.test(help)) flags.set(POSITIONALS, 'switch');
        return flags;
      })(),
    );
  }
  return helpFlags.get(name)!;
}

const POSITIONALS = '<arguments>';

/** What is wrong with one command line that runs the CLI (empty when it is fine). */
async function cliProblems(words: string[]): Promise<string[]> {
  const rest = words.slice(words[0] === 'npx' ? 2 : words[0] === 'node' ? 2 : 1);
  if (rest.length === 1 && ['--help', '-h', '--version', '-v', 'help'].includes(rest[0])) return [];
  const entry = COMMANDS.find((command) => command.words.every((word, index) => rest[index] === word));
  if (!entry) return [`"${rest.slice(0, 2).join(' ')}" is not a command`];
  const flags = await flagsOf(entry.words);
  const args = rest.slice(entry.words.length).filter((word) => word !== '...' && word !== '…');
  const problems: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const [flag, inline] = args[index].startsWith('--') ? args[index].split(/=(.*)/s) : [args[index], undefined];
    const kind = flags.get(flag);
    if (!kind && !args[index].startsWith('-') && flags.has(POSITIONALS)) continue;
    if (!kind) problems.push(args[index].startsWith('-') ? `${entry.words.join(' ')}: ${flag} is not a flag its --help lists` : `${entry.words.join(' ')}: stray argument "${args[index]}"`);
    else if (kind === 'switch' && inline !== undefined) problems.push(`${flag} is a switch: it takes no value`);
    else if (kind === 'switch' && args[index + 1] !== undefined && !args[index + 1].startsWith('-')) problems.push(`${flag} is a switch: "${args[++index]}" after it is a stray argument`);
    else if (kind === 'value' && inline === undefined) {
      const value = args[index + 1];
      if (value === undefined || (value.startsWith('--') && !/^-\.?\d/.test(value))) problems.push(`${flag} needs a value`);
      else index++;
    }
  }
  return problems;
}

const runsCli = (words: string[]) =>
  words[0] === 'model-experiments' || (words[0] === 'npx' && words[1] === 'model-experiments') || (words[0] === 'node' && /(^|\/)dist\/cli\/index\.js$/.test(words[1] ?? ''));

describe('the code blocks of README.md and docs/*.md', () => {
  test('every YAML block parses, and every step of this Action passes inputs action.yml has, a command it runs, and reads outputs it sets', () => {
    const wrong: string[] = [];
    let steps = 0;
    for (const block of BLOCKS.filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
      for (const document of parseAllDocuments(block.text)) {
        if (document.errors.length) wrong.push(`${at(block)}: does not parse: ${document.errors[0].message.split('\n')[0]}`);
        const value = document.toJS();
        const found = actionSteps(value);
        steps += found.length;
        for (const { step } of found) for (const problem of actionStepProblems(step)) wrong.push(`${at(block)} ${step.id ?? step.with?.command}: ${problem}`);
        for (const list of new Set(found.map((f) => f.list))) wrong.push(...outputRefProblems(list).problems.map((problem) => `${at(block)}: ${problem}`));
      }
    }
    expect(wrong).toEqual([]);
    expect(steps).toBeGreaterThanOrEqual(20);
  });

  test('every model-experiments command line names a real command and only the flags it takes; every npm run names a script', async () => {
    const wrong: string[] = [];
    let lines = 0;
    const yamlRuns = BLOCKS.filter((b) => b.lang === 'yaml' || b.lang === 'yml').flatMap((block) =>
      parseAllDocuments(block.text).flatMap((document) => runTexts(document.toJS()).map((text) => ({ ...block, text }))),
    );
    for (const block of [...BLOCKS.filter((b) => SHELL.includes(b.lang)), ...yamlRuns]) {
      for (const words of shellCommands(block.text)) {
        if (runsCli(words)) {
          lines += 1;
          wrong.push(...(await cliProblems(words)).map((problem) => `${at(block)}: ${problem}`));
        }
      }
      for (const script of npmRunScripts(block.text)) if (!SCRIPTS.includes(script)) wrong.push(`${at(block)}: npm run ${script} is not a script of package.json`);
    }
    expect(wrong).toEqual([]);
    expect(lines).toBeGreaterThanOrEqual(15);
  });

  test('the checks catch what they are for: a wrong input, a wrong command, an unknown flag, a value after a switch', async () => {
    expect(actionStepProblems({ uses: 'org/model-experiments@v1', with: { command: 'model-downlaod', 'output-dirs': 'x' } })).toEqual(['input output-dirs', 'command model-downlaod']);
    expect(await cliProblems(['model-experiments', 'model', 'download', '--name', 'a/b', '--outputdir', 'x'])).toEqual(['model download: --outputdir is not a flag its --help lists', 'model download: stray argument "x"']);
    expect(await cliProblems(['npx', 'model-experiments', 'train', '--fp16', 'true'])).toEqual(['--fp16 is a switch: "true" after it is a stray argument']);
    expect(await cliProblems(['model-experiments', 'dataset', 'fetch'])).toEqual(['"dataset fetch" is not a command']);
    expect(await cliProblems(['model-experiments', 'train', '--seed', '-1', '--run', 'python train.py'])).toEqual([]);
  });
});

describe('the pages link to what exists', () => {
  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
  const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
  const anchorsOf = (page: string) => {
    const text = readRepoFile(page).replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
    return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
  };

  test('every relative link names a file of the repo (or a page another branch adds), and every #anchor a heading of it', () => {
    const wrong: string[] = [];
    let links = 0;
    for (const page of PAGES) {
      const text = readRepoFile(page).replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1];
        if (/^[a-z]+:/.test(target)) continue;
        links += 1;
        const [path, anchor] = target.split('#');
        const file = path ? normalize(join(dirname(page), path)) : page;
        if (!existsSync(join(REPO_ROOT, file))) {
          if (!PENDING_PAGES.includes(file)) wrong.push(`${page}: ${target}: no such file`);
          continue;
        }
        if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor)) wrong.push(`${page}: ${target}: no heading #${anchor} in ${file}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThanOrEqual(30);
  });
});

describe('the Action as the Marketplace shows it', () => {
  test('docs/action.md has the input and output tables npm run docs:action makes from action.yml', () => {
    const page = readRepoFile('docs/action.md');
    expect(renderActionDoc(page, readRepoFile('action.yml')) === page ? 'up to date' : 'stale: run npm run docs:action').toBe('up to date');
  });

  test('action.yml has a description the Marketplace takes (under 125 characters) and branding with a valid color', () => {
    expect(ACTION.description.length).toBeLessThan(125);
    expect(ACTION.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(ACTION.branding?.color);
  });
});

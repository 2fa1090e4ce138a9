import { describeError, exitCodeOf, InputError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { printable } from '../core/validate-input.js';
import type { CliCommand, CliContext } from './cli-context.js';
import { createConsoleReporter, type TextSink } from './console-reporter.js';
import { redact } from './redact.js';

/** A command as the CLI knows it before loading it: the words that select it and its one-line summary. */
export interface CommandEntry {
  words: string[];
  summary: string;
  /**
   * The command's module, loaded only when it is the one asked for: importing all four at start (the dataset
   * readers, the tokenizers, the trainers) cost every run 30–40 ms of parsing (measured on `model download`).
   */
  load(): Promise<CliCommand>;
}

export const COMMANDS: CommandEntry[] = [
  {
    words: ['model', 'download'],
    summary: 'Download a model repo from the Hub into a directory, skipping it when the directory already holds it',
    load: async () => (await import('./commands/model-download.js')).modelDownloadCommand,
  },
  {
    words: ['dataset', 'download'],
    summary: 'Download a Hub dataset as <split>/data.jsonl files, skipping it when the directory already holds it',
    load: async () => (await import('./commands/dataset-download.js')).datasetDownloadCommand,
  },
  {
    words: ['train'],
    summary: 'Train a model (built-in CPU trainer, Hugging Face’s Trainer with --trainer transformers, or your --run command), skipping it when the output dir already holds this exact training',
    load: async () => (await import('./commands/train.js')).trainCommand,
  },
  {
    words: ['evaluate'],
    summary: 'Score a trained model dir on labeled JSONL: accuracy, loss, per-label precision/recall',
    load: async () => (await import('./commands/evaluate.js')).evaluateCommand,
  },
  {
    words: ['report'],
    summary: 'Print the PR report table (decisions, reasons, time saved, metric deltas) from the --json results of earlier steps',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  {
    words: ['sweep'],
    summary: 'Expand a grid of training parameters into a job matrix (--plan: which cells still have to train)',
    load: async () => (await import('./commands/sweep.js')).sweepCommand,
  },
  {
    words: ['sweep-report'],
    summary: 'After a sweep: every cell\'s metrics through lookups (no trained model downloaded), the best cell, a chart',
    load: async () => (await import('./commands/sweep-report.js')).sweepReportCommand,
  },
  {
    words: ['store', 'ls'],
    summary: 'List the entries of an S3-compatible store (--store): step, key, size, created, last used',
    load: async () => (await import('./commands/store.js')).storeLsCommand,
  },
  {
    words: ['store', 'prune'],
    summary: 'Remove store entries unused for --older-than, and the blobs no remaining entry needs',
    load: async () => (await import('./commands/store.js')).storePruneCommand,
  },
];

function overview(): string {
  const lines = COMMANDS.map((command) => `  ${command.words.join(' ').padEnd(18)} ${command.summary}`);
  return `Usage: model-experiments <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun model-experiments <command> --help for a command's options.`;
}

/** The whole CLI as a function: argv in, exit code out. Only the entry file touches process. */
export async function runCli(params: {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd?: string;
  stdout: TextSink;
  stderr: TextSink;
}): Promise<number> {
  const secrets: string[] = [];
  // The store's credentials (AWS chain) must never be echoed, whatever message would carry them.
  for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) if (params.env[name]) secrets.push(params.env[name]!);
  const masked = (sink: TextSink): TextSink => ({ isTTY: sink.isTTY, write: (text) => sink.write(redact(text, secrets)) });
  const stdout = masked(params.stdout);
  const stderr = masked(params.stderr);
  const reporter = createConsoleReporter({ sink: stderr });
  const argv = params.argv;

  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? stderr : stdout).write(`${overview()}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === '-V') {
    stdout.write(`${process.env.npm_package_version ?? VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((candidate) => candidate.words.every((word, index) => argv[index] === word));
  try {
    if (!entry) {
      const all = COMMANDS.map((c) => c.words.join(' ')).join(', ');
      // `model` or `dataset` alone (or with --help, or a subcommand that does not exist): its subcommands.
      const group = COMMANDS.filter((c) => c.words.length > 1 && c.words[0] === argv[0]);
      if (group.length > 0) {
        if (argv.includes('--help') || argv.includes('-h')) {
          stdout.write(`Commands:\n${group.map((c) => `  ${c.words.join(' ').padEnd(18)} ${c.summary}`).join('\n')}\n\nRun model-experiments <command> --help for a command's options.\n`);
          return 0;
        }
        throw new InputError(`"${printable(argv.slice(0, 2).join(' '))}" is not a command: use ${group.map((c) => c.words.join(' ')).join(', ')}`);
      }
      if (argv[0].startsWith('-')) throw new InputError(`"${printable(argv[0])}" before a command is not an option: put the command first, one of ${all} (or --help, --version)`);
      const given = argv.slice(0, 2).filter((word) => !word.startsWith('-')).join(' ');
      throw new InputError(`Unknown command "${printable(given)}": use one of ${all}`);
    }
    const command = await entry.load();
    const rest = argv.slice(entry.words.length);
    if (rest.includes('--help') || rest.includes('-h')) {
      stdout.write(`${command.help}\n`);
      return 0;
    }
    const context: CliContext = { argv: rest, env: params.env, cwd: params.cwd ?? process.cwd(), stdout, reporter, secrets };
    const { json, wantsJson } = await command.run(context);
    reporter.finishProgress();
    if (wantsJson) stdout.write(`${JSON.stringify(json)}\n`);
    return 0;
  } catch (error) {
    reporter.finishProgress();
    const code = exitCodeOf(error);
    stderr.write(`✗ ${describeError(error).split('\n')[0]}\n`);
    if (params.env.ME_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
    return code;
  }
}


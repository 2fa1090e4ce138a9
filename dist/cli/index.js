#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1040);

const exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr });
process.exitCode = exitCode;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(83323);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __nccwpck_require__(20044);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __nccwpck_require__(84600);
;// CONCATENATED MODULE: ./src/cli/console-reporter.ts

/**
 * The CLI's reporter: the seed's ℹ/⚠ lines on stderr (stdout is kept for --json), a redrawn progress bar
 * on a terminal, and on a pipe one progress line per 10% (or per update for step counts) so logs stay short.
 */
function createConsoleReporter(params) {
    const { sink } = params;
    let barShown = false;
    const lastDecile = new Map();
    const clearBar = () => {
        if (barShown) {
            sink.write('\r\x1b[K');
            barShown = false;
        }
    };
    const line = (text) => {
        clearBar();
        sink.write(`${text}\n`);
    };
    return {
        info: (message) => line(message),
        notice: (message) => line(`ℹ ${message}`),
        warning: (message) => line(`⚠ ${message}`),
        miss: (message) => line(`⚠ ${message}`),
        success: (message) => line(`✓ ${message}`),
        progress: (update) => {
            const text = formatProgress(update);
            if (sink.isTTY) {
                sink.write(`\r\x1b[K${text}`);
                barShown = true;
                if (update.total !== undefined && update.done >= update.total)
                    line('');
                return;
            }
            if (update.unit === 'bytes' || update.unit === 'rows') {
                const decile = update.total ? Math.floor((update.done / update.total) * 10) : Math.floor(Math.log2(update.done + 1));
                if (lastDecile.get(update.label) === decile)
                    return;
                lastDecile.set(update.label, decile);
            }
            line(text);
        },
        finishProgress: clearBar,
    };
}
function formatProgress(update) {
    const amount = (value) => (update.unit === 'bytes' ? (0,format/* formatBytes */.z)(value) : String(value));
    const total = update.total;
    const fraction = total ? Math.min(1, update.done / total) : undefined;
    const width = 24;
    const bar = fraction !== undefined ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${Math.floor(fraction * 100)}% ` : '';
    const counts = total !== undefined ? `${amount(update.done)}/${amount(total)}` : amount(update.done);
    const unit = update.unit === 'bytes' ? '' : ` ${update.unit}`;
    return `${update.label} ${bar}${counts}${unit}${update.detail ? `  ${update.detail}` : ''}`;
}

;// CONCATENATED MODULE: ./src/cli/redact.ts
/** Replace every occurrence of each secret with *** (secrets shorter than 4 characters are not worth masking). */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret && secret.length >= 4)
            out = out.split(secret).join('***');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/main.ts





const COMMANDS = [
    {
        words: ['model', 'download'],
        summary: 'Download a model repo from the Hub into a directory, skipping it when the directory already holds it',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(553)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59553))).modelDownloadCommand,
    },
    {
        words: ['dataset', 'download'],
        summary: 'Download a Hub dataset as <split>/data.jsonl files, skipping it when the directory already holds it',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(470), __nccwpck_require__.e(787), __nccwpck_require__.e(29), __nccwpck_require__.e(402), __nccwpck_require__.e(889)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60889))).datasetDownloadCommand,
    },
    {
        words: ['train'],
        summary: 'Train a model (built-in CPU trainer, Hugging Face’s Trainer with --trainer transformers, or your --run command), skipping it when the output dir already holds this exact training',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(360), __nccwpck_require__.e(938), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26315))).trainCommand,
    },
    {
        words: ['evaluate'],
        summary: 'Score a trained model dir on labeled JSONL: accuracy, loss, per-label precision/recall',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(554), __nccwpck_require__.e(91), __nccwpck_require__.e(693)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14693))).evaluateCommand,
    },
    {
        words: ['report'],
        summary: 'Print the PR report table (decisions, reasons, time saved, metric deltas) from the --json results of earlier steps',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(360), __nccwpck_require__.e(290)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83528))).reportCommand,
    },
    {
        words: ['sweep'],
        summary: 'Expand a grid of training parameters into a job matrix (--plan: which cells still have to train)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(360), __nccwpck_require__.e(938), __nccwpck_require__.e(609)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19609))).sweepCommand,
    },
    {
        words: ['sweep-report'],
        summary: 'After a sweep: every cell\'s metrics through lookups (no trained model downloaded), the best cell, a chart',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(360), __nccwpck_require__.e(938), __nccwpck_require__.e(743)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84743))).sweepReportCommand,
    },
    {
        words: ['store', 'ls'],
        summary: 'List the entries of an S3-compatible store (--store): step, key, size, created, last used',
        load: async () => (await __nccwpck_require__.e(/* import() */ 493).then(__nccwpck_require__.bind(__nccwpck_require__, 98493))).storeLsCommand,
    },
    {
        words: ['store', 'prune'],
        summary: 'Remove store entries unused for --older-than, and the blobs no remaining entry needs',
        load: async () => (await __nccwpck_require__.e(/* import() */ 493).then(__nccwpck_require__.bind(__nccwpck_require__, 98493))).storePruneCommand,
    },
];
function overview() {
    const lines = COMMANDS.map((command) => `  ${command.words.join(' ').padEnd(18)} ${command.summary}`);
    return `Usage: model-experiments <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun model-experiments <command> --help for a command's options.`;
}
/** The whole CLI as a function: argv in, exit code out. Only the entry file touches process. */
async function runCli(params) {
    const secrets = [];
    // The store's credentials (AWS chain) must never be echoed, whatever message would carry them.
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
        if (params.env[name])
            secrets.push(params.env[name]);
    const masked = (sink) => ({ isTTY: sink.isTTY, write: (text) => sink.write(redact(text, secrets)) });
    const stdout = masked(params.stdout);
    const stderr = masked(params.stderr);
    const reporter = createConsoleReporter({ sink: stderr });
    const argv = params.argv;
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
        (argv.length === 0 ? stderr : stdout).write(`${overview()}\n`);
        return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === '-V') {
        stdout.write(`${process.env.npm_package_version ?? version/* VERSION */.x}\n`);
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
                throw new errors/* InputError */.dz(`"${(0,validate_input/* printable */.g$)(argv.slice(0, 2).join(' '))}" is not a command: use ${group.map((c) => c.words.join(' ')).join(', ')}`);
            }
            if (argv[0].startsWith('-'))
                throw new errors/* InputError */.dz(`"${(0,validate_input/* printable */.g$)(argv[0])}" before a command is not an option: put the command first, one of ${all} (or --help, --version)`);
            const given = argv.slice(0, 2).filter((word) => !word.startsWith('-')).join(' ');
            throw new errors/* InputError */.dz(`Unknown command "${(0,validate_input/* printable */.g$)(given)}": use one of ${all}`);
        }
        const command = await entry.load();
        const rest = argv.slice(entry.words.length);
        if (rest.includes('--help') || rest.includes('-h')) {
            stdout.write(`${command.help}\n`);
            return 0;
        }
        const context = { argv: rest, env: params.env, cwd: params.cwd ?? process.cwd(), stdout, reporter, secrets };
        const { json, wantsJson } = await command.run(context);
        reporter.finishProgress();
        if (wantsJson)
            stdout.write(`${JSON.stringify(json)}\n`);
        return 0;
    }
    catch (error) {
        reporter.finishProgress();
        const code = (0,errors/* exitCodeOf */.FO)(error);
        stderr.write(`✗ ${(0,errors/* describeError */.Uc)(error).split('\n')[0]}\n`);
        if (params.env.ME_DEBUG && error instanceof Error && error.stack)
            stderr.write(`${error.stack}\n`);
        return code;
    }
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yg: () => (/* binding */ ContentError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/**
 * Errors a user can act on. Front ends map them to exit codes:
 * InputError → 2 (the invocation is wrong), everything else → 1.
 */
class InputError extends Error {
    name = 'InputError';
    exitCode = 2;
}
/** A step could not finish: the Hub failed, a file did not verify, a trainer exited non-zero… */
class StepError extends Error {
    name = 'StepError';
    exitCode = 1;
    constructor(message, options) {
        super(message, options);
    }
}
/** Bytes that arrived but do not decode (or do not match their hash): worth reading once more before blaming the file. */
class ContentError extends StepError {
}
function exitCodeOf(error) {
    return error instanceof InputError ? 2 : 1;
}
/** One line for a person: the message without a stack, with the cause appended when it adds something. */
function describeError(error) {
    if (error instanceof InputError || error instanceof StepError)
        return error.message;
    if (error instanceof Error)
        return error.message || error.name;
    return String(error);
}


/***/ }),

/***/ 20044:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ parseDecimal),
/* harmony export */   S1: () => (/* binding */ validateRepoId),
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   ml: () => (/* binding */ validateRevision)
/* harmony export */ });
/* unused harmony export parseBoolean */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

const REPO_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/**
 * A Hub repo id: "name" or "namespace/name", letters, digits, '-', '_', '.', at most 96 characters,
 * no "..", no leading or trailing separators (the Hub's own rules).
 */
function validateRepoId(value, flag = '--name') {
    const id = (value ?? '').trim();
    if (id === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} is required: give a Hub repo id such as "bert-base-uncased" or "org/name"`);
    const problem = id.length > 96
        ? `is ${id.length} characters long (the Hub allows at most 96)`
        : id.includes('..')
            ? 'contains ".."'
            : id.split('/').length > 2
                ? 'has more than one "/"'
                : !id.split('/').every((part) => REPO_PART.test(part))
                    ? 'may only hold letters, digits, "-", "_" and "." (with "/" between namespace and name), and must not start or end with a separator'
                    : undefined;
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} "${printable(id)}" is not a valid Hub repo id: it ${problem}`);
    return id;
}
/** A git revision: a branch, tag or commit sha. Rejects what could escape a URL path. */
function validateRevision(value, flag = '--revision') {
    const revision = (value ?? '').trim();
    if (revision === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} must not be empty: give a branch, tag or commit sha (default: main)`);
    if (revision.length > 256 || /[\s\\~^:?*[\x00-\x1f]/.test(revision) || revision.split('/').some((part) => part === '..' || part === '.' || part === '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} "${printable(revision)}" is not a valid git revision: give a branch, tag or commit sha`);
    }
    return revision;
}
function isCommitSha(revision) {
    return /^[0-9a-f]{40}$/.test(revision);
}
/** Parse an integer flag with bounds; the message names the flag, the value and what is allowed. */
function parseInteger(params) {
    const { flag, value, min, max, fallback } = params;
    if (value === undefined || value === '') {
        if (fallback !== undefined)
            return fallback;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} is required: give a whole number from ${min} to ${max}`);
    }
    const trimmed = value.trim();
    if (!/^[+-]?\d+$/.test(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} "${printable(value)}" is not a whole number: give one from ${min} to ${max}`);
    const parsed = Number(trimmed);
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} ${printable(trimmed)} is out of range: give a whole number from ${min} to ${max}`);
    }
    return parsed;
}
/** Parse a decimal flag (plain or exponent notation) with exclusive lower and inclusive upper bounds. */
function parseDecimal(params) {
    const { flag, value, greaterThan, max, fallback } = params;
    if (value === undefined || value === '') {
        if (fallback !== undefined)
            return fallback;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} is required: give a number greater than ${greaterThan} and at most ${max}`);
    }
    const trimmed = value.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} "${printable(value)}" is not a number: give one greater than ${greaterThan} and at most ${max}, e.g. 5e-5`);
    }
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed) || parsed <= greaterThan || parsed > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} ${printable(trimmed)} is out of range: give a number greater than ${greaterThan} and at most ${max}`);
    }
    return parsed;
}
/** Strict booleans: "true"/"false" (any case) and nothing else, so a typo is an error rather than false. */
function parseBoolean(params) {
    const { flag, value, fallback } = params;
    if (value === undefined || value.trim() === '')
        return fallback;
    const normalized = value.trim().toLowerCase();
    if (normalized === 'true')
        return true;
    if (normalized === 'false')
        return false;
    throw new InputError(`${flag} "${printable(value)}" is not a boolean: give true or false`);
}
/** Quote user input safely in one-line messages: control characters escaped, long values cut. */
function printable(value) {
    const escaped = JSON.stringify(value).slice(1, -1);
    return escaped.length > 120 ? `${escaped.slice(0, 117)}...` : escaped;
}


/***/ }),

/***/ 83323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** This tool's version (package.json's; a test keeps them equal), for --version and the User-Agent it sends. */
const VERSION = '0.1.0';
const USER_AGENT = `model-experiments/${VERSION} (node ${process.version})`;


/***/ }),

/***/ 84600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 49786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

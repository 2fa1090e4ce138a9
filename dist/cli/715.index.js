export const id = 715;
export const ids = [715];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ hubOptions),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   qF: () => (/* binding */ envFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20044);



/** node:util parseArgs, strict, with its errors turned into one-line input errors that say what to do. */
function parseCommandArgs(params) {
    const argv = joinNegativeNumbers(params.argv, params.options);
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: params.options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const unknown = /Unknown option '([^']+)'/.exec(message);
        if (unknown)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Unknown option ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(unknown[1])}: see ${params.usage} --help`);
        // `--epochs -3`: parseArgs will not take a value that starts with a dash unless written --epochs=-3.
        const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(message);
        if (ambiguous) {
            const flag = ambiguous[1];
            const value = params.argv[params.argv.indexOf(flag) + 1] ?? '';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(flag)} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(value)}": a value starting with "-" must be written ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(flag)}=${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(value)}; see ${params.usage} --help`);
        }
        const withValue = /Option '--([^']+)' does not take an argument/.exec(message);
        if (withValue)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(takesNoValue(withValue[1], params.usage));
        const positional = /Unexpected argument '([^']+)'/.exec(message);
        // `--fp16 true`: the value of a switch reads as a stray argument.
        const previous = positional ? /^--([^=]+)$/.exec(argv[argv.indexOf(positional[1]) - 1] ?? '') : null;
        if (previous && params.options[previous[1]]?.type === 'boolean')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(takesNoValue(previous[1], params.usage));
        if (positional)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Unexpected argument "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(positional[1])}": options take the form --name value; see ${params.usage} --help`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${message.split('\n')[0].replace(/\. To specify.*$/, '')}: see ${params.usage} --help`);
    }
}
const takesNoValue = (name, usage) => `--${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(name)} takes no value: give --${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(name)} alone to turn it on, or leave it out for off; see ${usage} --help`;
/**
 * `--epochs -1`: parseArgs refuses a value starting with a dash (it might be a forgotten value before the next
 * option), but a negative number is never an option here, so it is passed on as --epochs=-1 and the flag's own
 * check says what range it takes.
 */
function joinNegativeNumbers(argv, options) {
    const joined = [];
    for (let index = 0; index < argv.length; index++) {
        const name = /^--([^=]+)$/.exec(argv[index])?.[1];
        const next = argv[index + 1];
        if (name && options[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
            joined.push(`${argv[index]}=${next}`);
            index++;
        }
        else
            joined.push(argv[index]);
    }
    return joined;
}
/** Options every Hub command shares. */
const hubOptions = {
    'hub-url': { type: 'string' },
    token: { type: 'string' },
    offline: { type: 'boolean' },
    force: { type: 'boolean' },
    plan: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** HF_HUB_OFFLINE follows huggingface_hub: 1/true/yes/on mean offline. */
function envFlag(value) {
    return ['1', 'true', 'yes', 'on'].includes((value ?? '').trim().toLowerCase());
}


/***/ }),

/***/ 98707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ hubConnectionFromArgs)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts + 1 modules
var fetch_with_retry = __webpack_require__(13484);
;// CONCATENATED MODULE: ./src/hub/hub-connection.ts


const DEFAULT_HUB_URL = 'https://huggingface.co';
function createHubConnection(params) {
    const hubUrl = (params.hubUrl?.trim() || DEFAULT_HUB_URL).replace(/\/+$/, '');
    let parsed;
    try {
        parsed = new URL(hubUrl);
    }
    catch {
        parsed = undefined;
    }
    // Never echoed when it may hold a password (user:password@host): the URL is shown only without one.
    const named = hubUrl.includes('@') ? 'The Hub URL' : `Hub URL "${hubUrl}"`;
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
        throw new errors/* InputError */.dz(`${named} is not an http(s) URL: set HF_ENDPOINT (or --hub-url) to e.g. ${DEFAULT_HUB_URL}`);
    }
    if (parsed.username || parsed.password) {
        throw new errors/* InputError */.dz('The Hub URL holds a user or password (user:password@host), which requests cannot carry: give the bare URL in HF_ENDPOINT (or --hub-url) and the token in HF_TOKEN (the URL is not shown)');
    }
    const token = params.token?.trim() || undefined;
    // @huggingface/hub refuses tokens without the hf_ prefix; say so without echoing the token.
    if (token && !token.startsWith('hf_')) {
        throw new errors/* InputError */.dz('The Hugging Face token does not start with "hf_": check HF_TOKEN (or --token / hf-token); the token itself is not shown');
    }
    return {
        hubUrl,
        accessToken: token,
        offline: params.offline ?? false,
        fetch: (0,fetch_with_retry/* createRetryingFetch */.NE)({ policy: params.retry ?? fetch_with_retry/* defaultRetryPolicy */.ur, onRetry: params.onRetry }),
        concurrency: params.concurrency ?? 8,
        retry: params.retry ?? fetch_with_retry/* defaultRetryPolicy */.ur,
        onRetry: params.onRetry,
    };
}

// EXTERNAL MODULE: ./src/http/proxy.ts
var proxy = __webpack_require__(57856);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/hub-from-args.ts





/** The Hub connection from flags, then the environment huggingface_hub users already set. */
function hubConnectionFromArgs(params) {
    const { values, env, reporter, secrets } = params;
    const token = values.token ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
    if (token)
        secrets.push(token.trim());
    const proxies = (0,proxy/* readProxySettings */.uv)(env);
    secrets.push(...proxies.passwords);
    if (proxies.problem)
        throw new errors/* InputError */.dz(proxies.problem);
    return createHubConnection({
        hubUrl: values['hub-url'] ?? env.HF_ENDPOINT,
        token,
        offline: values.offline === true || (0,args/* envFlag */.qF)(env.HF_HUB_OFFLINE),
        retry: (0,fetch_with_retry/* retryPolicyFromEnv */.ed)(env),
        onRetry: (message) => reporter.warning(message),
    });
}


/***/ }),

/***/ 94587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AA: () => (/* binding */ CACHE_OPTIONS_HELP),
  rT: () => (/* binding */ cacheOptions),
  Tb: () => (/* binding */ runOptionsFromArgs)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
;// CONCATENATED MODULE: ./src/tiers/cache-size.ts


const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
/** GitHub's Actions cache holds 10 GB per repository: an entry larger than that could never be kept. */
const DEFAULT_CACHE_SIZE_LIMIT = '10GB';
/** "10GB", "500 MiB", "1073741824" → bytes. Decimal units are powers of 1000, binary ones (KiB…) of 1024. */
function parseCacheSize(params) {
    const { flag } = params;
    const text = (params.value ?? '').trim() || DEFAULT_CACHE_SIZE_LIMIT;
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text);
    const unit = match ? (match[2] === '' ? 1 : UNITS[match[2].toLowerCase()]) : undefined;
    const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes <= 0) {
        throw new errors/* InputError */.dz(`${flag} "${(0,validate_input/* printable */.g$)(params.value ?? '')}" is not a size: give bytes or a number with a unit, e.g. 10GB or 500MiB`);
    }
    return bytes;
}
/** "12.4 GiB (13314398618 bytes)": readable, and exact for anyone comparing with du. */
function describeSize(bytes) {
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    if (bytes < 1024)
        return `${bytes} bytes`;
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

// EXTERNAL MODULE: ./src/tiers/store/store-location.ts
var store_location = __webpack_require__(7420);
;// CONCATENATED MODULE: ./src/tiers/cache-settings.ts




const CACHE_MODES = ['read-write', 'read-only', 'off'];
const PREFIX = /^[A-Za-z0-9._-]*$/;
function parseCacheSettings(params) {
    const { names } = params;
    const modeText = (params.mode ?? '').trim();
    if (modeText !== '' && !CACHE_MODES.includes(modeText)) {
        throw new errors/* InputError */.dz(`${names.mode} "${(0,validate_input/* printable */.g$)(modeText)}" is not one of ${CACHE_MODES.join(', ')} (use read-only for pull_request workflows)`);
    }
    const keyPrefix = (params.keyPrefix ?? '').trim();
    // The prefix ends up in a cache key (no commas, at most 512 characters) and in a tool-cache directory name.
    if (keyPrefix.length > 100 || !PREFIX.test(keyPrefix)) {
        throw new errors/* InputError */.dz(`${names.keyPrefix} "${(0,validate_input/* printable */.g$)(keyPrefix)}" may only hold letters, digits, ".", "_" and "-" (at most 100), e.g. "v2-"`);
    }
    const sizeLimitText = (params.sizeLimit ?? '').trim() || DEFAULT_CACHE_SIZE_LIMIT;
    return {
        mode: modeText === '' ? 'read-write' : modeText,
        modeGiven: modeText !== '',
        toolCache: params.toolCache,
        keyPrefix,
        failOnCacheError: params.failOnCacheError === true,
        sizeLimitBytes: parseCacheSize({ flag: names.sizeLimit, value: params.sizeLimit }),
        sizeLimitText,
        store: (0,store_location/* parseStoreLocation */.s)({
            store: (params.store ?? '').trim() || params.env?.ME_STORE,
            endpoint: params.storeEndpoint,
            env: params.env ?? {},
            names: { store: (params.store ?? '').trim() ? (names.store ?? '--store') : 'ME_STORE', endpoint: names.storeEndpoint ?? '--store-endpoint' },
        }),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var core_concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/core/hash-file.ts
var hash_file = __webpack_require__(34754);
;// CONCATENATED MODULE: ./src/tiers/actions-cache-backend.ts
/** A restore that failed; `entryFound` when the entry exists and is what failed (so retrying it is pointless). */
class RestoreFailure extends Error {
    entryFound;
    constructor(message, entryFound) {
        super(message);
        this.entryFound = entryFound;
    }
}

;// CONCATENATED MODULE: ./src/tiers/workflow-command.ts
/** The toolkit escapes %, CR and LF in command messages; undo it so messages read as written. */
function unescapeData(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function parseToolkitLine(raw) {
    const match = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
    if (!match)
        return { command: 'text', message: raw, raw };
    return { command: match[1], message: unescapeData(match[2]), raw };
}

;// CONCATENATED MODULE: ./src/tiers/toolkit-call.ts


/**
 * The variables @actions/cache and @actions/tool-cache read from process.env when called. A tier carries its
 * own copy (the CLI's env may not be process.env) and lays it over process.env for the length of one call.
 */
const TOOLKIT_ENV = [
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_MODE',
    'GITHUB_SERVER_URL',
    'GITHUB_WORKSPACE',
    'RUNNER_TEMP',
    'RUNNER_TOOL_CACHE',
];
let queue = Promise.resolve();
/**
 * Call into @actions/cache or @actions/tool-cache with this tier's environment and working directory, and with
 * their stdout/stderr lines captured. process.env, the cwd and the standard streams are process-wide, so calls
 * are serialized and every change is undone afterwards, whatever happens.
 */
function callToolkit(params) {
    const run = queue.then(() => callNow(params));
    queue = run.catch(() => undefined);
    return run;
}
async function callNow(params) {
    const log = { problems: [], debug: [], text: [] };
    const savedEnv = new Map(TOOLKIT_ENV.map((name) => [name, process.env[name]]));
    const savedCwd = process.cwd();
    const stdoutWrite = process.stdout.write;
    const stderrWrite = process.stderr.write;
    let bypass = false;
    const pending = { stdout: '', stderr: '' };
    const handle = (raw) => {
        const line = parseToolkitLine(raw);
        if (line.command === 'warning' || line.command === 'error')
            log.problems.push(line.message);
        else if (line.command === 'debug')
            log.debug.push(line.message);
        else if (line.command === 'text' && raw.trim() !== '')
            log.text.push(raw);
        bypass = true;
        try {
            if (params.output === 'passthrough') {
                const shown = line.command === 'warning' || line.command === 'error' ? line.message : raw;
                stdoutWrite.call(process.stdout, `${shown}\n`);
            }
            params.onLine?.(line);
        }
        finally {
            bypass = false;
        }
    };
    const capture = (stream, original) => function (chunk, ...rest) {
        if (bypass)
            return original.call(this, chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const lines = (pending[stream] + text).split(/\r?\n/);
        pending[stream] = lines.pop() ?? '';
        for (const line of lines)
            handle(line);
        const callback = rest.find((item) => typeof item === 'function');
        if (callback)
            queueMicrotask(callback);
        return true;
    };
    try {
        for (const name of TOOLKIT_ENV) {
            const value = params.env[name];
            if (value === undefined || value === '')
                delete process.env[name];
            else
                process.env[name] = value;
        }
        // @actions/cache falls back to /home/actions/temp without RUNNER_TEMP, which is rarely writable off a runner.
        process.env.RUNNER_TEMP ||= (0,external_node_os_.tmpdir)();
        if (params.cwd)
            process.chdir(params.cwd);
        process.stdout.write = capture('stdout', stdoutWrite);
        process.stderr.write = capture('stderr', stderrWrite);
        const value = await params.work();
        return { value, log };
    }
    finally {
        process.stdout.write = stdoutWrite;
        process.stderr.write = stderrWrite;
        for (const stream of ['stdout', 'stderr'])
            if (pending[stream] !== '')
                handle(pending[stream]);
        if (params.cwd)
            process.chdir(savedCwd);
        for (const [name, value] of savedEnv) {
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
        }
    }
}
/** The lines of tar / zstd that say why an archive could not be made or read, e.g. "zstd: /*stdin*\: unsupported format". */
function archiverComplaints(log) {
    return log.text
        .map((line) => line.trim())
        .filter((line) => /^(\S*\/)?(tar|zstd|unzstd|zstdmt|gzip): /.test(line) && !/Child returned status|Error is not recoverable/.test(line));
}

;// CONCATENATED MODULE: ./src/tiers/actions-cache-toolkit.ts


/**
 * @actions/cache's entry version is a hash of the literal path strings it is given, and its archive holds
 * paths relative to GITHUB_WORKSPACE. Passing "." with GITHUB_WORKSPACE set to the dir being saved or restored
 * gives one version on every runner, whatever its directory layout (a self-hosted GPU runner and ubuntu-latest
 * differ), and an archive that unpacks into whichever dir the loop asks for.
 */
const ENTRY_PATHS = ['.'];
/** The toolkit logs failures instead of throwing: turn what it said into one reason, root cause first. */
function failureReason(log, fallback) {
    const said = log.problems.map((problem) => 
    // The first line says what failed; the toolkit's follow-up lines are generic advice.
    problem
        .split('\n')[0]
        .replace(/^Failed to (restore|save): /, '')
        .replace(/^uploadCacheArchiveSDK: internal error uploading cache archive: /, 'upload failed: ')
        .replace(/^"?\S*?([^/"\s]+)"? failed with error: The process '[^']*' failed with exit code (\d+)$/, '$1 exited with code $2'));
    const reservation = log.debug.find((line) => line.startsWith('Failed to reserve cache: '))?.replace(/^Failed to reserve cache: (Error: )?/, '');
    const parts = [...new Set([...archiverComplaints(log), ...said, ...(reservation ? [reservation] : [])])];
    // The library often says one thing twice, once wrapped: keep the wrapped form.
    const distinct = parts.filter((part) => !parts.some((other) => other !== part && other.includes(part)));
    return distinct.length > 0 ? distinct.join('; ') : fallback;
}
/**
 * The Actions cache through @actions/cache itself: for the services our streaming client does not speak (the v1
 * service of GitHub Enterprise Server) and for runners without zstd (the library falls back to gzip). It archives
 * to a file before uploading and downloads to a file before extracting.
 */
function toolkitCacheBackend(params) {
    const { env, output } = params;
    const cacheModule = () => Promise.all(/* import() */[__webpack_require__.e(790), __webpack_require__.e(507), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
    const lookup = async (key) => {
        const { value, log } = await callToolkit({
            env,
            output,
            work: async () => (await cacheModule()).restoreCache(ENTRY_PATHS.slice(), key, [], { lookupOnly: true }),
        });
        return { found: value === key, log };
    };
    return {
        async lookup({ key }) {
            const { found, log } = await lookup(key);
            if (!found && log.problems.length > 0)
                throw new Error(failureReason(log, 'no reason given'));
            return found;
        },
        async restore({ key, dir }) {
            const { value, log } = await callToolkit({
                env: { ...env, GITHUB_WORKSPACE: dir },
                output,
                work: async () => (await cacheModule()).restoreCache(ENTRY_PATHS.slice(), key),
            });
            if (value === key)
                return 'restored';
            // Another key that merely starts with ours was unpacked (the service also matches key prefixes): not ours.
            if (value !== undefined || log.problems.length === 0)
                return 'missing';
            // Only an entry that was found and then failed to download or unpack is broken; a failed lookup says nothing.
            const entryFound = log.text.some((line) => line.startsWith('Cache hit for'));
            throw new RestoreFailure(failureReason(log, 'the entry could not be restored'), entryFound);
        },
        async restoreNewest({ prefix, dir }) {
            const { value, log } = await callToolkit({
                env: { ...env, GITHUB_WORKSPACE: dir },
                output,
                work: async () => (await cacheModule()).restoreCache(ENTRY_PATHS.slice(), prefix, [prefix]),
            });
            if (value !== undefined && value.toLowerCase().startsWith(prefix.toLowerCase()))
                return value;
            if (log.problems.length > 0)
                throw new Error(failureReason(log, 'the entry could not be restored'));
            return undefined;
        },
        async save({ key, dir, onBytes }) {
            const { value, log } = await callToolkit({
                env: { ...env, GITHUB_WORKSPACE: dir },
                cwd: dir,
                output,
                onLine: (line) => {
                    const sent = output === 'quiet' && line.command === 'text' ? /^Sent (\d+) of (\d+) /.exec(line.message) : null;
                    if (sent)
                        onBytes(Number(sent[1]));
                },
                work: async () => (await cacheModule()).saveCache(ENTRY_PATHS.slice(), key),
            });
            if (value !== -1)
                return { kind: 'saved' };
            if (log.debug.some((line) => /\(409\)|already_exists/.test(line)))
                return { kind: 'exists' };
            if ((await lookup(key)).found)
                return { kind: 'exists' };
            throw new Error(failureReason(log, 'the cache service did not accept the entry'));
        },
    };
}

// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts + 1 modules
var fetch_with_retry = __webpack_require__(13484);
;// CONCATENATED MODULE: ./src/tiers/cache-service-v2.ts


/**
 * The GitHub Actions cache service, v2: the three twirp calls of github.actions.results.api.v1.CacheService that
 * @actions/cache 6 makes on github.com, as JSON with snake_case fields (shared/PROTOCOLS.md). Written here because
 * @actions/cache offers only whole-file saves and restores (archive to a file, then upload; download to a file,
 * then extract); streaming the archive needs the calls themselves. Entries stay interchangeable with the library's:
 * same keys, same version hash, same archive format (see cacheEntryVersion).
 */
const SERVICE = 'github.actions.results.api.v1.CacheService';
/** @actions/cache's version salt: part of every entry's version. */
const VERSION_SALT = '1.0';
/**
 * An entry's version as @actions/cache computes it (getCacheVersion): the sha256 of the literal path strings, the
 * compression method and the salt, joined by `|`. Entries are found by key and version, so this must match the
 * library's to the byte; a test checks it against the real library.
 */
function cacheEntryVersion(params) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([...params.paths, params.compression, VERSION_SALT].join('|'))
        .digest('hex');
}
/** Does @actions/cache speak v2 with these variables? Exactly when it would: not on GHES, and when the runner says so. */
function usesCacheServiceV2(env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    }
    catch {
        return false;
    }
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return !ghes && Boolean(env.ACTIONS_CACHE_SERVICE_V2) && Boolean(env.ACTIONS_RESULTS_URL);
}
/** A call the service answered with an error status: `status` and twirp `code` say which. */
class CacheServiceError extends Error {
    method;
    status;
    code;
    constructor(method, status, code, message) {
        super(`${method} failed: (${status}) ${code}${message ? `: ${message}` : ''}`);
        this.method = method;
        this.status = status;
        this.code = code;
    }
}
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH']);
function cacheServiceV2(params) {
    const { env } = params;
    const retry = (0,fetch_with_retry/* retryPolicyFromEnv */.ed)(env);
    // 429, 5xx and dropped connections are retried with backoff; a header timeout bounds a hung service. A service
    // that is not there at all is not waited for: the cache only saves time, and the step goes on without it.
    const fetchWithRetry = (0,fetch_with_retry/* createRetryingFetch */.NE)({ policy: retry, isPermanent: (error) => UNREACHABLE.has(error?.cause?.code ?? '') });
    const base = env.ACTIONS_RESULTS_URL ?? '';
    const call = async (method, body) => {
        const url = new URL(`/twirp/${SERVICE}/${method}`, base).href;
        let response;
        try {
            response = await fetchWithRetry(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN ?? ''}` },
                body: JSON.stringify(body),
            });
        }
        catch (error) {
            throw new Error(`${method} failed: ${(0,fetch_with_retry/* describeCause */.V$)(error)}`);
        }
        const text = await response.text();
        let json = {};
        try {
            json = JSON.parse(text);
        }
        catch {
            if (response.ok)
                throw new Error(`${method} failed: the service answered ${response.status} with a body that is not JSON`);
        }
        if (!response.ok)
            throw new CacheServiceError(method, response.status, String(json.code ?? 'unknown'), String(json.msg ?? json.message ?? '').split('\n')[0]);
        return json;
    };
    return {
        retry,
        async create({ key, version }) {
            try {
                const answer = await call('CreateCacheEntry', { key, version });
                if (answer.ok !== true || typeof answer.signed_upload_url !== 'string')
                    throw new Error(`CreateCacheEntry failed: ${String(answer.message ?? 'the service did not reserve the entry')}`);
                return { kind: 'created', uploadUrl: answer.signed_upload_url };
            }
            catch (error) {
                if (error instanceof CacheServiceError && (error.status === 409 || error.code === 'already_exists'))
                    return { kind: 'exists' };
                throw error;
            }
        },
        async finalize({ key, version, sizeBytes }) {
            const answer = await call('FinalizeCacheEntryUpload', { key, version, size_bytes: String(sizeBytes) });
            if (answer.ok !== true)
                throw new Error(`FinalizeCacheEntryUpload failed: ${String(answer.message ?? 'the service did not accept the entry')}`);
        },
        async downloadUrl({ key, version }) {
            const answer = await call('GetCacheEntryDownloadURL', { key, restore_keys: [], version });
            if (answer.ok !== true || answer.matched_key !== key || typeof answer.signed_download_url !== 'string')
                return undefined;
            return answer.signed_download_url;
        },
        async newestDownloadUrl({ prefix, version }) {
            const answer = await call('GetCacheEntryDownloadURL', { key: prefix, restore_keys: [prefix], version });
            const key = answer.matched_key;
            if (answer.ok !== true || typeof key !== 'string' || !key.toLowerCase().startsWith(prefix.toLowerCase()) || typeof answer.signed_download_url !== 'string')
                return undefined;
            return { url: answer.signed_download_url, key };
        },
    };
}
/** Signed URLs carry their credential in the query (`sig=`): reasons and logs name the blob without it. */
function withoutQuery(text) {
    return text.replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/g, '$1?…');
}

// EXTERNAL MODULE: ./src/http/get-body.ts
var get_body = __webpack_require__(84585);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/tiers/output-blocks.ts




/**
 * A child process's output read straight into large buffers. Node reads a pipe 64 KiB at a time into a new Buffer
 * each time; for a gigabyte archive those 16,000 short-lived buffers drove V8 into ~40 full garbage collections
 * per GiB (external memory pressure), more CPU than the reading itself (measured: 1.5–2.1 CPU-s vs 0.6–0.8 s per
 * GiB uploaded). Here the child writes into a unix socket whose other end we read with net's `onread`, which lets
 * the kernel copy straight into the block being filled: no per-read allocation and no copy in JavaScript.
 *
 * `childEnd` goes to spawn() as the child's stdout (the caller then destroys its own handle on it). Blocks come out
 * `blockBytes` long (the last one shorter); at most `maxBlocks` buffers exist, and reading pauses (the child then
 * blocks on write) until the consumer releases one. There is no library for this: it is net's own `onread`.
 */
async function outputBlocks(params) {
    const { blockBytes, maxBlocks } = params;
    if (maxBlocks < 2)
        throw new Error('outputBlocks needs at least two buffers');
    // A socket file in a directory only this user can enter, removed as soon as the one connection is made.
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'me-archive-'));
    const server = (0,external_node_net_.createServer)();
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen((0,external_node_path_.join)(dir, 's'), resolve);
        });
        const accepted = new Promise((resolve) => server.once('connection', resolve));
        const free = [];
        let allocated = 1;
        let current = Buffer.allocUnsafe(blockBytes);
        let filled = 0;
        let paused = false;
        const ready = [];
        let ended = false;
        let failure;
        let wake;
        const notify = () => {
            wake?.();
            wake = undefined;
        };
        const take = () => free.pop() ?? (allocated < maxBlocks ? (allocated++, Buffer.allocUnsafe(blockBytes)) : undefined);
        const reader = (0,external_node_net_.connect)({
            path: (0,external_node_path_.join)(dir, 's'),
            onread: {
                // Called after each read for where the next one goes: the rest of the block being filled.
                buffer: () => current.subarray(filled),
                callback: (bytes) => {
                    filled += bytes;
                    if (filled < blockBytes)
                        return true;
                    ready.push(current);
                    notify();
                    // The next buffer must be in place before this returns (node asks for it right away), so reading stops
                    // while one is still left rather than when none is.
                    current = take();
                    filled = 0;
                    if (free.length > 0 || allocated < maxBlocks)
                        return true;
                    paused = true;
                    return false;
                },
            },
        });
        reader.once('end', () => {
            if (filled > 0)
                ready.push(current.subarray(0, filled));
            ended = true;
            notify();
        });
        reader.once('error', (error) => {
            failure = error;
            notify();
        });
        const childEnd = await accepted;
        const release = (buffer) => {
            free.push(Buffer.from(buffer.buffer, buffer.byteOffset, blockBytes));
            if (paused) {
                paused = false;
                reader.resume();
            }
        };
        async function* blocks() {
            for (;;) {
                const bytes = ready.shift();
                if (bytes) {
                    yield { bytes, release: () => release(bytes) };
                    continue;
                }
                if (failure)
                    throw failure;
                if (ended)
                    return;
                await new Promise((resolve) => (wake = resolve));
            }
        }
        return {
            childEnd,
            blocks: blocks(),
            destroy: () => {
                reader.destroy();
                childEnd.destroy();
            },
        };
    }
    finally {
        server.close();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/tiers/tar-zstd.ts


/**
 * The archive format of @actions/cache on Linux with zstd present ("zstd-without-long"): a POSIX tar of the paths
 * relative to the saved dir ("./config.json", …), compressed by multi-threaded zstd. Here tar and zstd are joined
 * by a pipe between the two processes (no byte passes through node), and the compressed stream is handed to the
 * caller instead of being written to a file, so it can be uploaded while it is being made.
 */
/** What a process said on stderr, kept short: the last lines are the ones that name the problem. */
function collectStderr(child) {
    let text = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        text = (text + chunk).slice(-4096);
    });
    return () => text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/Child returned status|Error is not recoverable|Exiting with failure status/.test(line))
        .slice(-3)
        .join('; ');
}
/** Resolves when the process ended well; rejects with its own words when it did not (or could not start). */
function exited(params) {
    const { child, name, stderr } = params;
    return new Promise((resolve, reject) => {
        child.once('error', (error) => {
            reject(new Error(error.code === 'ENOENT' ? `${name} is not installed (install it, e.g. apt-get install -y ${name})` : `${name}: ${error.message}`));
        });
        child.once('close', (code, signal) => {
            if (code === 0)
                return resolve();
            const said = stderr();
            // tar names itself ("tar: …"); zstd does not ("/*stdin*\ : Decoding error (36) : …"): say who complained.
            reject(new Error(!said ? `${name} exited with ${signal ?? `code ${code}`}` : said.startsWith(`${name}:`) ? said : `${name}: ${said}`));
        });
    });
}
/**
 * tar moves 1 MiB records through its pipe instead of its default 10 KiB: a hundredth of the reads and writes,
 * about 0.2 CPU-s less per GiB on each side (measured here with incompressible data). The archive is only padded to
 * a 1 MiB multiple, which zstd compresses away, and GNU tar reads either record size from a pipe, so archives
 * @actions/cache writes restore here and ours restore there.
 */
const RECORD_SIZE = ['-b', '2048'];
/**
 * tar writes the archive of `dir` to stdout; zstd compresses it into `blocks` of `blockBytes` (see outputBlocks:
 * read without a Buffer per 64 KiB, at most `maxBlocks` held; zstd waits while the consumer holds them all).
 */
async function createArchiveBlocks(params) {
    const output = await outputBlocks({ blockBytes: params.blockBytes, maxBlocks: params.maxBlocks });
    const tar = (0,external_node_child_process_.spawn)('tar', ['--posix', ...RECORD_SIZE, '-cf', '-', '-C', params.dir, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const zstd = (0,external_node_child_process_.spawn)('zstd', ['-T0', '-c', '-q'], { stdio: [tar.stdout, output.childEnd, 'pipe'] });
    const done = Promise.all([
        exited({ child: tar, name: 'tar', stderr: collectStderr(tar) }),
        exited({ child: zstd, name: 'zstd', stderr: collectStderr(zstd) }),
    ]).then(() => undefined);
    // The caller may stop listening (it gave up on the archive and killed both): a late failure is no crash.
    done.catch(() => undefined);
    // Node holds the read end of tar's stdout, and our end of zstd's output socket, only to hand them to the
    // children: let go, so tar sees EPIPE if zstd dies and our reader sees the end when zstd exits.
    tar.stdout.destroy();
    output.childEnd.destroy();
    return {
        blocks: output.blocks,
        done,
        kill: () => {
            tar.kill('SIGKILL');
            zstd.kill('SIGKILL');
            output.destroy();
        },
    };
}
/**
 * zstd decompresses what is written to `input`; tar unpacks it into `dir` (which must exist). Paths stay inside
 * `dir` (no -P: tar refuses absolute names and `..`), and files are owned by whoever restores them.
 */
function extractArchiveStream(params) {
    const zstd = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const tar = (0,external_node_child_process_.spawn)('tar', [...RECORD_SIZE, '-xf', '-', '-C', params.dir, '--no-same-owner'], { stdio: [zstd.stdout, 'ignore', 'pipe'] });
    zstd.stdout.destroy();
    const zstdDone = exited({ child: zstd, name: 'zstd', stderr: collectStderr(zstd) });
    const tarDone = exited({ child: tar, name: 'tar', stderr: collectStderr(tar) });
    // Awaited below, possibly only after it settled: mark it handled now.
    tarDone.catch(() => undefined);
    // zstd's complaint ("Data corruption detected") is the cause; tar's ("Unexpected EOF") only follows from it.
    const done = zstdDone.then(() => tarDone, async (error) => {
        await tarDone.catch(() => undefined);
        throw error;
    });
    done.catch(() => undefined);
    // A write into a pipe whose reader died is reported through `done`, not as an unhandled stream error.
    zstd.stdin.on('error', () => undefined);
    return {
        input: zstd.stdin,
        done,
        kill: () => {
            zstd.kill('SIGKILL');
            tar.kill('SIGKILL');
        },
    };
}
let zstdCheck;
/** Is zstd on PATH? Asked once per process (it decides the archive format, and so the entries' version). */
function zstdAvailable() {
    zstdCheck ??= new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('zstd', ['--version'], { stdio: 'ignore' });
        child.once('error', () => resolve(false));
        child.once('close', (code) => resolve(code === 0));
    });
    return zstdCheck;
}

;// CONCATENATED MODULE: ./src/tiers/stream-cache-archive.ts



/**
 * Moving an output dir to and from the signed blob URLs the cache service hands out, without an archive file on
 * either side: tar | zstd is uploaded in blocks while it is being made, and the download is unpacked while it
 * arrives. Block staging, commits and their retries are @azure/storage-blob's (the client @actions/cache itself
 * uploads with); the signed URLs are Azure Blob Storage SAS URLs on github.com. The download is one GET (blob-get.ts).
 */
/** Blocks of this size go up this many at a time: ~100 MiB buffered at most, and a retried block costs little. */
const BLOCK_BYTES = 16 * 1024 * 1024;
const BLOCKS_IN_FLIGHT = 4;
/** The archive grew past what the caller allows; nothing was committed. */
class ArchiveTooLargeError extends Error {
    limitBytes;
    constructor(limitBytes) {
        super(`the compressed archive grew past ${limitBytes} bytes`);
        this.limitBytes = limitBytes;
    }
}
/** A client for one signed blob URL. The SDK is loaded here, on the first upload: it costs every CLI start ~50 ms. */
async function blockBlobClient(params) {
    const { AnonymousCredential, BlockBlobClient, newPipeline } = await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 29790));
    const { retry } = params;
    const pipeline = newPipeline(new AnonymousCredential(), {
        retryOptions: { maxTries: retry.attempts, retryDelayInMs: retry.baseDelayMs, maxRetryDelayInMs: retry.maxDelayMs },
    });
    return new BlockBlobClient(params.url, pipeline);
}
/** Azure wants every block id of a blob to have the same length: the block's index, zero-padded, in base64. */
const blockId = (index) => Buffer.from(String(index).padStart(8, '0')).toString('base64');
/**
 * Stage the archive's blocks, BLOCKS_IN_FLIGHT at a time, and return their ids in order. Each block is one Buffer
 * handed to stageBlock, which the SDK sends in one write and can resend on a retry (its uploadStream does the same
 * job but re-chunks every block into small writes: 4-5x the CPU per byte, measured on loopback); the buffer goes
 * back to the archive reader once its block is staged.
 */
async function stageBlocks(params) {
    const { client, signal } = params;
    const ids = [];
    const inFlight = new Set();
    let failure;
    let total = 0;
    const stage = (block) => {
        const id = blockId(ids.length);
        ids.push(id);
        const staged = client.stageBlock(id, block.bytes, block.bytes.length, { abortSignal: signal }).then(() => block.release(), (error) => void (failure ??= error));
        inFlight.add(staged);
        void staged.finally(() => inFlight.delete(staged));
    };
    for await (const block of params.blocks) {
        total += block.bytes.length;
        if (total > params.limitBytes)
            throw new ArchiveTooLargeError(params.limitBytes);
        while (inFlight.size >= BLOCKS_IN_FLIGHT && failure === undefined)
            await Promise.race(inFlight);
        if (failure !== undefined)
            throw failure;
        stage(block);
        params.onBytes(total);
    }
    // An empty archive (zstd always writes a frame, but still) is one empty block: Azure wants at least one.
    if (ids.length === 0)
        stage({ bytes: Buffer.alloc(0), release: () => undefined });
    await Promise.all(inFlight);
    if (failure !== undefined)
        throw failure;
    return { ids, total };
}
/**
 * Archive `dir` and upload it to `uploadUrl` as it is made. Resolves with the archive's size once every block is
 * committed and tar and zstd both ended well; a failure of either, of the upload or of the size limit rejects,
 * and nothing that rejected may be finalized.
 */
async function uploadDirArchive(params) {
    // One block filling, one ready, the rest in flight: ~100 MiB at most.
    const archive = await createArchiveBlocks({ dir: params.dir, blockBytes: BLOCK_BYTES, maxBlocks: BLOCKS_IN_FLIGHT + 2 });
    const abort = new AbortController();
    try {
        const client = await blockBlobClient({ url: params.uploadUrl, retry: params.retry });
        const { ids, total } = await stageBlocks({
            blocks: archive.blocks,
            client,
            limitBytes: params.limitBytes,
            signal: abort.signal,
            onBytes: params.onBytes ?? (() => undefined),
        });
        // The archive is complete only when both processes ended well: a truncated one must never be committed.
        await archive.done;
        await client.commitBlockList(ids, { abortSignal: abort.signal });
        return total;
    }
    catch (error) {
        abort.abort();
        archive.kill();
        // What tar or zstd said beats the broken pipe it caused; the size limit and upload failures speak for themselves.
        if (error instanceof ArchiveTooLargeError)
            throw error;
        const archiverError = await archive.done.then(() => undefined, (failure) => failure);
        throw archiverError !== undefined && !isKilled(archiverError) ? archiverError : error;
    }
}
/** Our own kill, as tar or zstd report it: not a cause worth naming. */
const isKilled = (error) => error instanceof Error && /SIGKILL/.test(error.message);
/** A download that sent nothing for this long is abandoned (and resumed, while attempts last). */
const IDLE_MS = 60_000;
/**
 * Download the archive at `downloadUrl` into `dir` (which must exist), unpacking while it arrives: the body goes
 * straight from the socket into zstd in 1 MiB writes (blob-get.ts; node's http client cost twice the CPU per byte in
 * garbage collection). A connection that drops mid-body is resumed where it broke with a Range request (Azure
 * honours them; @azure/storage-blob's own resume gives up on a reset connection under Node 20). The archive's zstd
 * checksum and tar's own checks reject damaged bytes, and the caller validates what was unpacked before it counts.
 */
async function downloadDirArchive(params) {
    const { downloadUrl, retry } = params;
    const extract = extractArchiveStream({ dir: params.dir });
    // Ended early (it failed, or stopped reading): nothing more can be written to it.
    const extractEnded = extract.done.then(() => new Error('zstd stopped reading before the archive ended'), (error) => error);
    let received = 0;
    let size;
    try {
        for (let attempt = 1;; attempt++) {
            try {
                // The retry loop every HTTP request here has (429/5xx, connection failures, a header timeout); this loop
                // only resumes a body that broke off.
                const headers = received > 0 ? { 'x-ms-range': `bytes=${received}-`, Range: `bytes=${received}-` } : {};
                const response = await (0,get_body/* getBodyWithRetries */.jg)({ url: downloadUrl, headers, policy: retry }).catch((error) => {
                    // Already retried as often as the policy allows: not retried again here.
                    throw new RequestFailedError((0,fetch_with_retry/* describeCause */.V$)(error), { cause: error });
                });
                const { status } = response;
                if (status < 200 || status >= 300 || (received > 0 && status !== 206)) {
                    response.discard();
                    const what = status < 300 ? 'ignored the Range request of a resume' : `answered ${status}`;
                    throw Object.assign(new Error(`GET ${(0,fetch_with_retry/* describeUrl */.Ng)(downloadUrl)} ${what}`), { statusCode: status });
                }
                size ??= Number(response.headers['content-length'] ?? NaN);
                await response.pipeTo({
                    sink: extract.input,
                    idleMs: IDLE_MS,
                    stop: extractEnded,
                    onBytes: (bytes) => {
                        received += bytes;
                        params.onBytes?.(received);
                    },
                });
                if (Number.isFinite(size) && received < size)
                    throw new Error(`the download ended after ${received} of ${size} bytes`);
                break;
            }
            catch (error) {
                // A request or status the retry loop gave up on and unpacking that failed are final; a body that broke off is
                // resumed.
                const final = error instanceof RequestFailedError || typeof error.statusCode === 'number' || (await settledWithin(extractEnded, 0)) !== undefined;
                if (final || attempt >= retry.attempts)
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, (0,fetch_with_retry/* backoffMs */.jo)(retry, attempt)));
            }
        }
        extract.input.end();
        await extract.done;
    }
    catch (error) {
        // Unpacking that had already failed on its own is the cause (damaged bytes), not the broken pipe it left the
        // download with; a download that failed first is a transfer problem, whatever zstd says once its input is cut.
        const unpackError = await settledWithin(extractEnded, 0);
        extract.input.destroy();
        extract.kill();
        if (unpackError instanceof Error && !/stopped reading/.test(unpackError.message))
            throw new ArchiveUnpackError(unpackError.message);
        throw error;
    }
}
/** The archive arrived but tar or zstd rejected it: the stored entry itself is bad (another try would fail alike). */
class ArchiveUnpackError extends Error {
}
/** A request the shared retry loop gave up on. */
class RequestFailedError extends Error {
}
/** What `promise` settled with, if it does within `ms`. */
function settledWithin(promise, ms) {
    return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

;// CONCATENATED MODULE: ./src/tiers/actions-cache-streaming.ts




/** A failure of the blob transfer in one line: the HTTP status when there was one, never the signed URL. */
function transferReason(what, error) {
    const status = error.statusCode;
    const message = error instanceof Error ? error.message : String(error);
    const firstLine = withoutQuery(message.split('\n')[0].trim());
    return `${what}${status ? ` (${status})` : ''}: ${firstLine}`;
}
/**
 * The v2 cache service through our own client, streaming: the archive is uploaded while tar and zstd make it and
 * unpacked while it downloads, so a save or restore costs about what tar and zstd alone cost, instead of that plus
 * a full write and read of an archive file on each side. Entries are @actions/cache's format and version ("." with
 * zstd-without-long), so either client restores what the other saved.
 */
function streamingCacheBackend(params) {
    const { service } = params;
    const version = cacheEntryVersion({ paths: ENTRY_PATHS, compression: 'zstd-without-long' });
    const lookup = async (key) => (await service.downloadUrl({ key, version })) !== undefined;
    return {
        lookup: ({ key }) => lookup(key),
        async restore({ key, dir, onBytes }) {
            let url;
            try {
                url = await service.downloadUrl({ key, version });
            }
            catch (error) {
                throw new RestoreFailure(error instanceof Error ? error.message : String(error), false);
            }
            if (!url)
                return 'missing';
            try {
                await downloadDirArchive({ dir, downloadUrl: url, retry: service.retry, onBytes });
            }
            catch (error) {
                if (error instanceof ArchiveUnpackError)
                    throw new RestoreFailure(`the archive does not unpack: ${error.message}`, true);
                throw new RestoreFailure(transferReason('download failed', error), false);
            }
            return 'restored';
        },
        async restoreNewest({ prefix, dir, onBytes }) {
            const found = await service.newestDownloadUrl({ prefix, version });
            if (!found)
                return undefined;
            try {
                await downloadDirArchive({ dir, downloadUrl: found.url, retry: service.retry, onBytes });
            }
            catch (error) {
                throw new Error(error instanceof ArchiveUnpackError ? `the archive of ${found.key} does not unpack: ${error.message}` : transferReason('download failed', error));
            }
            return found.key;
        },
        async save({ key, dir, limitBytes, onBytes }) {
            const reserved = await service.create({ key, version });
            // Reserved already: finalized (another run saved it first), or an upload that has not finished.
            if (reserved.kind === 'exists')
                return (await lookup(key)) ? { kind: 'exists' } : { kind: 'busy' };
            let archiveBytes;
            try {
                archiveBytes = await uploadDirArchive({ dir, uploadUrl: reserved.uploadUrl, retry: service.retry, limitBytes, onBytes });
            }
            catch (error) {
                if (error instanceof ArchiveTooLargeError)
                    return { kind: 'too-large' };
                throw new Error(transferReason('upload failed', error));
            }
            await service.finalize({ key, version, sizeBytes: archiveBytes });
            return { kind: 'saved', archiveBytes };
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/tiers/copy-tree.ts



/**
 * Copy a directory tree. Files are cloned where the filesystem can (btrfs, xfs, APFS: no bytes copied, which
 * matters for multi-GB models) and copied otherwise; symlinks stay symlinks.
 */
async function copyTree(params) {
    const { from, to } = params;
    await (0,promises_.mkdir)(to, { recursive: true });
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const source = (0,external_node_path_.join)(from, entry.name);
        const target = (0,external_node_path_.join)(to, entry.name);
        if (entry.isDirectory())
            await copyTree({ from: source, to: target });
        else if (entry.isSymbolicLink())
            await (0,promises_.symlink)(await (0,promises_.readlink)(source), target);
        else
            await (0,promises_.copyFile)(source, target, external_node_fs_.constants.COPYFILE_FICLONE);
    }
}
/** Total bytes of the regular files under `dir`. */
async function treeSize(dir) {
    let total = 0;
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            total += await treeSize(path);
        else if (entry.isFile())
            total += (await (0,promises_.lstat)(path)).size;
    }
    return total;
}

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
;// CONCATENATED MODULE: ./src/tiers/tier-names.ts
/**
 * How entries are named in each tier. Changing any of these orphans every stored entry, so they are versioned
 * by what they contain (the step's key), never by our release.
 */

/**
 * GitHub Actions cache key: `<prefix>model-experiments-<step>-<key>`, or `…-<step>-<lineage tag>-<key>` for a step
 * with a lineage (a model repo + patterns), so the newest entry of the lineage is found by key prefix
 * (`actionsCacheLineagePrefix`, the service's restore keys) when the exact key is a miss.
 */
function actionsCacheKey(params) {
    return `${params.prefix}model-experiments-${params.step}-${params.lineage ? `${lineageTag(params.lineage)}-` : ''}${params.key}`;
}
function actionsCacheLineagePrefix(params) {
    return `${params.prefix}model-experiments-${params.step}-${lineageTag(params.lineage)}-`;
}
/** 64 bits of the lineage's hash: enough to keep the repos of one cache apart, short enough for a readable key. */
const lineageTag = (lineage) => `l${(0,canonical_json/* sha256Hex */.f)(lineage).slice(0, 16)}`;
/** Tool name in the runner tool cache: one tool per step, so entries of different steps never mix. */
function toolCacheTool(params) {
    return `${params.prefix}model-experiments-${params.step}`;
}
/**
 * Tool-cache version for a key. `find` only finds semver versions, and a prerelease made only of digits must not
 * start with 0, so the key goes behind a `g` (as `git describe` does). 32 hex digits (128 bits) keep paths short;
 * a restored entry is validated against the full key's inputs anyway.
 */
function toolCacheVersion(key) {
    return `0.0.0-g${key.slice(0, 32)}`;
}
/** Tool-cache folder of the small records (latest pointers, result summaries): `<prefix>model-experiments-records`. */
function toolCacheRecordsDir(prefix) {
    return `${prefix}model-experiments-records`;
}
/**
 * Actions cache key prefix of a record: every write adds a new entry `<prefix>model-experiments-record-<name>-<stamp>`
 * (entries are immutable) and a read restores the newest entry under this prefix.
 */
function actionsCacheRecordPrefix(params) {
    return `${params.prefix}model-experiments-record-${params.name}-`;
}

;// CONCATENATED MODULE: ./src/tiers/actions-cache-tier.ts














const messageOf = (error) => (error instanceof Error ? error.message : String(error));
/** The runner's ACTIONS_CACHE_MODE (set when a run's token may only read or only write), as @actions/cache reads it. */
function runnerCacheMode(env) {
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const known = ['none', 'read', 'write', 'write-only'].includes(mode);
    return { mode, writable: !known || mode === 'write' || mode === 'write-only' };
}
/**
 * Which client talks to the service: our streaming one where it can (the v2 service of github.com, with zstd on
 * the runner), @actions/cache elsewhere. Both read and write the same entries.
 */
async function chooseBackend(params) {
    if (usesCacheServiceV2(params.env) && (await zstdAvailable()))
        return streamingCacheBackend({ service: cacheServiceV2({ env: params.env }) });
    return toolkitCacheBackend(params);
}
/**
 * The GitHub Actions cache: shared by every runner of the repository, so a PR check on a hosted runner finds what
 * the nightly job on a self-hosted runner produced. Keys are immutable there: a key another job saved first is
 * "exists", and an entry that fails to restore cannot be replaced (only deleted).
 */
function createActionsCacheTier(params) {
    const { env, keyPrefix, sizeLimitBytes, sizeLimitText, reporter, output } = params;
    /** Keys whose stored entry this run could not restore, with why. */
    const unusable = new Map();
    let backend;
    const client = () => (backend ??= chooseBackend({ env, output }));
    const progress = (label) => (bytes) => reporter.progress({ label, done: bytes, unit: 'bytes' });
    const recordFile = 'record.json';
    /** A scratch dir for one record's archive, removed afterwards. */
    const withScratch = async (work) => {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'me-record-'));
        try {
            return await work(dir);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    };
    return {
        source: 'actions-cache',
        records: {
            async read({ name }) {
                try {
                    return await withScratch(async (dir) => {
                        const key = await (await client()).restoreNewest({ prefix: actionsCacheRecordPrefix({ prefix: keyPrefix, name }), dir, onBytes: () => undefined });
                        if (key === undefined)
                            return undefined;
                        const value = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, recordFile), 'utf8'));
                        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
                    });
                }
                catch (error) {
                    reporter.warning(`GitHub Actions cache record lookup failed (${messageOf(error)}); going on without it`);
                    return undefined;
                }
            },
            async write({ name, record }) {
                const runner = runnerCacheMode(env);
                if (!runner.writable)
                    return { kind: 'skipped', reason: `this run's cache access is "${runner.mode}" (ACTIONS_CACHE_MODE), which does not permit saving` };
                // Entries are immutable: each write is a new entry, and reads take the newest under the name.
                const stamp = `${Date.now().toString(36).padStart(9, '0')}${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
                const key = `${actionsCacheRecordPrefix({ prefix: keyPrefix, name })}${stamp}`;
                try {
                    return await withScratch(async (dir) => {
                        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, recordFile), `${JSON.stringify(record)}\n`);
                        const outcome = await (await client()).save({ key, dir, limitBytes: sizeLimitBytes, onBytes: () => undefined });
                        return outcome.kind === 'saved' ? { kind: 'saved' } : { kind: 'exists' };
                    });
                }
                catch (error) {
                    return { kind: 'failed', reason: messageOf(error) };
                }
            },
        },
        async lookup({ step, key, lineage }) {
            try {
                return await (await client()).lookup({ key: actionsCacheKey({ prefix: keyPrefix, step, key, lineage }) });
            }
            catch (error) {
                reporter.warning(`GitHub Actions cache lookup failed (${messageOf(error)}); counting it as a miss`);
                return false;
            }
        },
        async restore({ step, key, dir, lineage }) {
            const fullKey = actionsCacheKey({ prefix: keyPrefix, step, key, lineage });
            // Downloading an entry again that failed a moment ago would fail the same way.
            const known = unusable.get(fullKey);
            if (known)
                return { failed: known };
            try {
                await (0,promises_.mkdir)(dir, { recursive: true });
                return (await (await client()).restore({ key: fullKey, dir, onBytes: progress('GitHub Actions cache download') })) === 'restored';
            }
            catch (error) {
                if (error instanceof RestoreFailure && error.entryFound)
                    unusable.set(fullKey, error.message);
                return { failed: messageOf(error) };
            }
        },
        async save({ step, key, dir, lineage }) {
            const fullKey = actionsCacheKey({ prefix: keyPrefix, step, key, lineage });
            const runner = runnerCacheMode(env);
            if (!runner.writable)
                return { kind: 'skipped', reason: `this run's cache access is "${runner.mode}" (ACTIONS_CACHE_MODE), which does not permit saving` };
            const bytes = await treeSize(dir);
            if (bytes > sizeLimitBytes) {
                return { kind: 'skipped', reason: `the output is ${describeSize(bytes)}, over the cache-size-limit of ${sizeLimitText}; raise cache-size-limit or rely on the runner tool cache` };
            }
            if (unusable.has(fullKey)) {
                return {
                    kind: 'skipped',
                    reason: `the stored entry ${fullKey} could not be restored and Actions cache entries cannot be replaced: delete it (gh cache delete ${fullKey}) or change cache-key-prefix`,
                };
            }
            try {
                const cache = await client();
                // Archiving a multi-GB dir only to hear "already exists" is minutes lost: ask first.
                if (await cache.lookup({ key: fullKey }))
                    return { kind: 'exists' };
                const outcome = await cache.save({ key: fullKey, dir, limitBytes: sizeLimitBytes, onBytes: progress('GitHub Actions cache upload') });
                if (outcome.kind === 'saved')
                    return { kind: 'saved', bytes };
                if (outcome.kind === 'exists')
                    return { kind: 'exists' };
                if (outcome.kind === 'too-large') {
                    return {
                        kind: 'skipped',
                        reason: `the archive grew past the cache-size-limit of ${sizeLimitText} while uploading (the output is ${describeSize(bytes)}), so it was not committed; raise cache-size-limit or rely on the runner tool cache`,
                    };
                }
                return { kind: 'exists', unfinished: true };
            }
            catch (error) {
                return { kind: 'failed', reason: messageOf(error) };
            }
        },
        async nearest({ step, lineage, scratchDir }) {
            // The newest entry of the lineage, found by key prefix (restore keys), is unpacked whole: an Actions cache
            // entry is one archive. Its files are then hashed so the step can take the ones it can use.
            const prefix = actionsCacheLineagePrefix({ prefix: keyPrefix, step, lineage });
            try {
                await (0,promises_.mkdir)(scratchDir, { recursive: true });
                const matched = await (await client()).restoreNewest({ prefix, dir: scratchDir, onBytes: progress('GitHub Actions cache download') });
                if (!matched) {
                    await (0,promises_.rm)(scratchDir, { recursive: true, force: true });
                    return undefined;
                }
                return await unpackedEntry({ key: matched.slice(prefix.length), dir: scratchDir });
            }
            catch (error) {
                await (0,promises_.rm)(scratchDir, { recursive: true, force: true });
                reporter.info(`The Actions cache's newest entry of this lineage could not be restored: ${messageOf(error)}`);
                return undefined;
            }
        },
    };
}
/** An unpacked entry offered file by file: each file hashed, moved (or copied, when wanted twice) into place. */
async function unpackedEntry(params) {
    const { key, dir } = params;
    const found = await listTreeFiles(dir);
    const files = await (0,core_concurrency/* mapWithConcurrency */.W)({ items: found, limit: 2, worker: async (file) => ({ ...file, sha256: await (0,hash_file/* sha256File */.Q)((0,external_node_path_.join)(dir, ...file.path.split('/'))) }) });
    const placed = new Map();
    return {
        key,
        createdAt: '',
        files,
        async restoreFiles({ files: wanted, dir: target }) {
            for (const file of wanted) {
                const destination = (0,external_node_path_.join)(target, ...file.path.split('/'));
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
                const earlier = placed.get(file.sha256);
                if (earlier) {
                    await (0,promises_.copyFile)(earlier, destination);
                    continue;
                }
                const source = files.find((candidate) => candidate.sha256 === file.sha256 && candidate.size === file.size);
                if (!source)
                    throw new Error(`${file.path}: no file of the Actions cache entry ${key} has sha256 ${file.sha256.slice(0, 12)}…`);
                await (0,promises_.rename)((0,external_node_path_.join)(dir, ...source.path.split('/')), destination);
                placed.set(file.sha256, destination);
            }
        },
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}
/** Regular files under `dir`, by path relative to it with `/` separators. */
async function listTreeFiles(dir) {
    const files = [];
    for (const entry of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile())
            continue;
        const absolute = (0,external_node_path_.join)(entry.parentPath, entry.name);
        files.push({ path: (0,external_node_path_.relative)(dir, absolute).split(external_node_path_.sep).join('/'), size: (await (0,promises_.lstat)(absolute)).size });
    }
    return files;
}

// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
;// CONCATENATED MODULE: ./src/tiers/tool-cache-tier.ts







const tool_cache_tier_messageOf = (error) => (error instanceof Error ? error.message : String(error));
/**
 * The runner tool cache (RUNNER_TOOL_CACHE) through @actions/tool-cache: on a self-hosted runner it outlives the
 * job, so the next job finds the result without any upload or download. Entries are copies, never links: a
 * job that edits its output dir must not change what the next job restores.
 */
function createToolCacheTier(params) {
    const { env, keyPrefix, reporter, output } = params;
    /** Keys this run restored: if the loop saves one of them, its entry failed validation and must be replaced. */
    const restored = new Set();
    const find = async (step, key) => {
        const { value } = await callToolkit({
            env,
            output,
            work: async () => (await Promise.all(/* import() */[__webpack_require__.e(507), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).find(toolCacheTool({ prefix: keyPrefix, step }), toolCacheVersion(key)),
        });
        return value;
    };
    // Records are plain JSON files beside the tools (the toolkit's find is for versioned dirs, not for them).
    const recordPath = (name) => (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, toolCacheRecordsDir(keyPrefix), `${name}.json`);
    return {
        source: 'tool-cache',
        records: {
            async read({ name }) {
                const read = await (0,read_json/* readJsonObject */.o)(recordPath(name));
                if (read.kind === 'corrupted')
                    reporter.warning(`Runner tool cache record ${recordPath(name)} ${read.reason}; ignoring it`);
                return read.kind === 'ok' ? read.value : undefined;
            },
            async write({ name, record }) {
                try {
                    await (0,promises_.mkdir)((0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, toolCacheRecordsDir(keyPrefix)), { recursive: true });
                    await (0,atomic_write/* writeJsonAtomic */.ZJ)(recordPath(name), record);
                    return { kind: 'saved' };
                }
                catch (error) {
                    return { kind: 'failed', reason: tool_cache_tier_messageOf(error) };
                }
            },
        },
        async lookup({ step, key }) {
            try {
                return (await find(step, key)) !== '';
            }
            catch (error) {
                reporter.warning(`Runner tool cache lookup failed (${tool_cache_tier_messageOf(error)}); counting it as a miss`);
                return false;
            }
        },
        async restore({ step, key, dir }) {
            let path = '';
            try {
                path = await find(step, key);
                if (path === '')
                    return false;
                restored.add(`${step}/${key}`);
                await copyTree({ from: path, to: dir });
                return true;
            }
            catch (error) {
                return { failed: path ? `could not copy ${path}: ${tool_cache_tier_messageOf(error)}` : `lookup failed: ${tool_cache_tier_messageOf(error)}` };
            }
        },
        async save({ step, key, dir }) {
            const tool = toolCacheTool({ prefix: keyPrefix, step });
            const version = toolCacheVersion(key);
            if (!restored.has(`${step}/${key}`) && (await find(step, key)) !== '')
                return { kind: 'exists' };
            const bytes = await treeSize(dir);
            await (0,promises_.mkdir)(env.RUNNER_TOOL_CACHE, { recursive: true });
            try {
                await callToolkit({ env, output, work: async () => (await Promise.all(/* import() */[__webpack_require__.e(507), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).cacheDir(dir, tool, version) });
            }
            catch (error) {
                // Another job on this machine saving the same key at the same moment removes what we copy: theirs stands.
                if ((await find(step, key).catch(() => '')) !== '')
                    return { kind: 'exists' };
                throw error;
            }
            return { kind: 'saved', bytes };
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/tiers/store/s3-client.ts
var s3_client = __webpack_require__(12461);
;// CONCATENATED MODULE: ./src/tiers/store/store-blobs.ts








/** Files up to this size go up in one PUT; larger ones in parts (the issue's and S3's usual threshold). */
const MULTIPART_THRESHOLD = 64 * 1024 * 1024;
const PART_SIZE = 16 * 1024 * 1024;
/** Parts of one file in flight: with PART_SIZE, at most 64 MiB of a file is buffered. */
const PART_QUEUE = 4;
/** A blob whose bytes are not the ones its name promises: the entry is a miss, and the next save replaces it. */
class BlobMismatchError extends Error {
    sha256;
    constructor(message, sha256) {
        super(message);
        this.sha256 = sha256;
    }
}
/** Is the blob there with this size? (A blob of another size is a broken upload: replace it.) */
async function blobPresent(params) {
    const { HeadObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
    try {
        const head = await params.client.send(new HeadObjectCommand({ Bucket: params.bucket, Key: params.objectKey }));
        return head.ContentLength === params.size;
    }
    catch (error) {
        if ((0,s3_client/* isNotFound */.c4)(error))
            return false;
        throw error;
    }
}
/**
 * Upload one file as a blob, streamed from disk: one PUT up to MULTIPART_THRESHOLD, parts of PART_SIZE above it
 * (lib-storage buffers each part, so a part, not the file, is what a retry sends again). A killed upload leaves
 * at most an incomplete multipart upload, which is no object: never a blob that half exists.
 */
async function uploadBlob(params) {
    const { Upload } = await (0,s3_client/* loadStorage */.cg)();
    const upload = new Upload({
        client: params.client,
        params: { Bucket: params.bucket, Key: params.objectKey, Body: (0,external_node_fs_.createReadStream)(params.path, { highWaterMark: 1024 * 1024 }), ContentType: 'application/octet-stream' },
        partSize: params.size > MULTIPART_THRESHOLD ? PART_SIZE : MULTIPART_THRESHOLD + 1,
        queueSize: PART_QUEUE,
        leavePartsOnError: false,
    });
    let reported = 0;
    upload.on('httpUploadProgress', (progress) => {
        const loaded = progress.loaded ?? 0;
        if (loaded > reported) {
            params.onBytes?.(loaded - reported);
            reported = loaded;
        }
    });
    await upload.done();
}
/**
 * Download one blob into `destination`: streamed to a temp file beside it while hashing, renamed into place only
 * when the bytes are exactly `size` bytes of `sha256`. A dropped body is fetched again (the SDK retries requests,
 * not bodies that break halfway). On failure nothing is left at `destination`.
 */
async function downloadBlob(params) {
    const { GetObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
    const { client, bucket, objectKey, sha256, size, destination } = params;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const attempts = params.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        const temp = (0,atomic_write/* tempPathFor */.FD)(destination);
        let received = 0;
        try {
            const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const counter = new external_node_stream_.Transform({
                transform(chunk, _encoding, callback) {
                    hash.update(chunk);
                    received += chunk.length;
                    params.onBytes?.(chunk.length);
                    callback(null, chunk);
                },
            });
            await (0,external_node_stream_promises_.pipeline)(response.Body, counter, (0,external_node_fs_.createWriteStream)(temp, { mode: 0o644 }));
            const actual = hash.digest('hex');
            if (received !== size || actual !== sha256) {
                throw new BlobMismatchError(`blob ${sha256.slice(0, 12)}… holds ${received} bytes of sha256 ${actual.slice(0, 12)}…, not the ${size} bytes its name promises (tampered with, or a broken upload)`, sha256);
            }
            if (params.mode !== undefined)
                await (0,promises_.chmod)(temp, params.mode);
            await (0,promises_.rename)(temp, destination);
            return;
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            params.onBytes?.(-received);
            const retryable = !(error instanceof BlobMismatchError) && !(0,s3_client/* isNotFound */.c4)(error) && error.$metadata === undefined;
            if (!retryable || attempt >= attempts)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
        }
    }
}

// EXTERNAL MODULE: ./src/tiers/store/store-layout.ts
var store_layout = __webpack_require__(49001);
// EXTERNAL MODULE: ./src/tiers/store/store-manifest.ts
var store_manifest = __webpack_require__(16862);
;// CONCATENATED MODULE: ./src/tiers/store/store-tier.ts








const store_tier_messageOf = (error) => (error instanceof Error ? error.message : String(error));
/** A read that could not be done because of the store (bucket, access, network), not because of an entry. */
class StoreUnusable extends Error {
}
/**
 * The S3-compatible store: content-addressed blobs shared by every entry, one manifest per key written last (the
 * commit point: a killed save leaves no manifest, so it is never a hit). Restores verify every byte's sha256,
 * then the loop runs the step's own validation. A store that cannot be reached, or denies us, is a warning and a
 * miss for the rest of the run (with fail-on-cache-error, the step fails instead).
 */
function createStoreTier(params) {
    const { location, env, reporter, readOnly, failOnCacheError } = params;
    const concurrency = params.concurrency ?? 4;
    const keys = (0,store_layout/* storeKeys */.G5)(location.prefix);
    const bucket = location.bucket;
    const transfer = { url: location.url, bytesUp: 0, bytesDown: 0, blobsUploaded: 0, blobsSkipped: 0, blobsDownloaded: 0 };
    /** Blobs found with wrong bytes: a save uploads them again even though HeadObject finds them. */
    const badBlobs = new Set();
    let client;
    const s3 = () => (client ??= (0,s3_client/* createS3Client */.qo)({ location, env }));
    /** Set once the store failed for a reason that is not one entry's: every later call is a miss without asking. */
    let unusable;
    /**
     * Turn a store fault into a miss with its reason (the loop warns with it), or into a failed step with
     * fail-on-cache-error. The store is then left alone for the rest of the run: each call would fail the same way.
     */
    const storeFault = (error) => {
        const reason = (0,s3_client/* describeStoreError */.zL)({ error, location, env });
        if (failOnCacheError)
            throw new errors/* StepError */.zg(`The store failed: ${reason} (fail-on-cache-error is set)`);
        unusable ??= reason;
        throw new StoreUnusable(reason);
    };
    const readManifest = async (step, key) => {
        const { GetObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
        let text;
        try {
            const response = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: keys.manifest(step, key) }));
            text = (await response.Body?.transformToString('utf8')) ?? '';
        }
        catch (error) {
            if ((0,s3_client/* isNotFound */.c4)(error))
                return undefined;
            return storeFault(error);
        }
        return (0,store_manifest/* parseManifest */.Ng)({ text, step, key });
    };
    const putObject = async (objectKey, body) => {
        const { PutObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
        const bytes = Buffer.from(body, 'utf8');
        await (await s3()).send(new PutObjectCommand({ Bucket: bucket, Key: objectKey, Body: bytes, ContentLength: bytes.length, ContentType: 'application/json' }));
    };
    const restoreFiles = async (manifestFiles, dir) => {
        const client = await s3();
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,core_concurrency/* mapWithConcurrency */.W)({
            items: manifestFiles,
            limit: concurrency,
            worker: async (file) => {
                const destination = (0,external_node_path_.join)(dir, ...file.path.split('/'));
                if (!(0,store_manifest/* isBlobFile */.E5)(file)) {
                    await (0,promises_.mkdir)((0,external_node_path_.join)(destination, '..'), { recursive: true });
                    await (0,promises_.symlink)(file.symlink, destination);
                    return;
                }
                try {
                    await downloadBlob({
                        client,
                        bucket,
                        objectKey: keys.blob(file.sha256),
                        sha256: file.sha256,
                        size: file.size,
                        destination,
                        mode: file.mode,
                        onBytes: (bytes) => {
                            transfer.bytesDown += bytes;
                        },
                    });
                    transfer.blobsDownloaded++;
                }
                catch (error) {
                    if (error instanceof BlobMismatchError) {
                        badBlobs.add(error.sha256);
                        throw new Error(`${file.path}: ${error.message}`);
                    }
                    if ((0,s3_client/* isNotFound */.c4)(error)) {
                        badBlobs.add(file.sha256);
                        throw new Error(`${file.path}: its blob ${file.sha256.slice(0, 12)}… is missing from the store (pruned, or deleted by hand)`);
                    }
                    throw error;
                }
            },
        });
    };
    const recordUse = async (step, key) => {
        if (readOnly)
            return;
        // An empty object per entry: its LastModified is the last use, so no blob or manifest is rewritten.
        await putObject(keys.use(step, key), '').catch((error) => reporter.info(`Could not record the store entry's last use: ${(0,s3_client/* describeStoreError */.zL)({ error, location, env })}`));
    };
    return {
        source: 's3',
        async lookup({ step, key }) {
            if (unusable)
                return false;
            const { HeadObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
            try {
                await (await s3()).send(new HeadObjectCommand({ Bucket: bucket, Key: keys.manifest(step, key) }));
                return true;
            }
            catch (error) {
                if ((0,s3_client/* isNotFound */.c4)(error))
                    return false;
                try {
                    return storeFault(error);
                }
                catch (fault) {
                    if (!(fault instanceof StoreUnusable))
                        throw fault;
                    reporter.warning(`Store lookup failed, counting it as a miss: ${fault.message}`);
                    return false;
                }
            }
        },
        async restore({ step, key, dir }) {
            if (unusable)
                return { failed: unusable };
            try {
                const manifest = await readManifest(step, key);
                if (manifest === undefined)
                    return false;
                if (typeof manifest === 'string')
                    return { failed: manifest };
                reporter.info(`Restoring ${manifest.files.length} file(s) from the store (${location.url})`);
                await restoreFiles(manifest.files, dir);
                await recordUse(step, key);
                return true;
            }
            catch (error) {
                if (error instanceof StoreUnusable)
                    return { failed: error.message };
                if (error instanceof errors/* StepError */.zg)
                    throw error;
                if (error.$metadata !== undefined) {
                    try {
                        storeFault(error);
                    }
                    catch (fault) {
                        if (fault instanceof StoreUnusable)
                            return { failed: fault.message };
                        throw fault;
                    }
                }
                return { failed: store_tier_messageOf(error) };
            }
        },
        async save({ step, key, dir, lineage }) {
            if (readOnly)
                return { kind: 'skipped', reason: 'read-only cache mode never writes to the store' };
            if (unusable)
                return { kind: 'skipped', reason: `the store could not be used earlier in this run (${unusable})` };
            try {
                const existing = await readManifest(step, key);
                // A manifest that parses and whose blobs were all fine is another run's save: it stands.
                if (typeof existing === 'object' && !existing.files.some((file) => (0,store_manifest/* isBlobFile */.E5)(file) && badBlobs.has(file.sha256)))
                    return { kind: 'exists' };
                const client = await s3();
                let uploaded = 0;
                // Each file goes up as soon as it is hashed, while the next ones are hashed: one pass less over a big dir.
                // Files with the same bytes share one blob, uploaded once.
                const blobs = new Map();
                const putBlob = async (sha256, file) => {
                    const objectKey = keys.blob(sha256);
                    if (!badBlobs.has(sha256) && (await blobPresent({ client, bucket, objectKey, size: file.size }))) {
                        transfer.blobsSkipped++;
                        return;
                    }
                    await uploadBlob({ client, bucket, objectKey, path: file.absolute, size: file.size, onBytes: (bytes) => (transfer.bytesUp += bytes) });
                    badBlobs.delete(sha256);
                    transfer.blobsUploaded++;
                    uploaded += file.size;
                };
                const manifest = await (0,store_manifest/* buildManifest */.u1)({
                    dir,
                    step,
                    key,
                    lineage,
                    hashConcurrency: concurrency,
                    onHashed: (file) => {
                        const pending = blobs.get(file.sha256) ?? putBlob(file.sha256, file);
                        blobs.set(file.sha256, pending);
                        return pending;
                    },
                });
                // The commit point: only now can another runner find the entry.
                await putObject(keys.manifest(step, key), JSON.stringify(manifest));
                if (lineage)
                    await putObject(keys.pointer(step, lineage), JSON.stringify({ lineage, key, createdAt: manifest.createdAt }));
                await recordUse(step, key);
                return { kind: 'saved', bytes: uploaded };
            }
            catch (error) {
                if (error instanceof StoreUnusable)
                    return { kind: 'failed', reason: error.message };
                if (error instanceof errors/* StepError */.zg)
                    throw error;
                return { kind: 'failed', reason: error.$metadata !== undefined ? (0,s3_client/* describeStoreError */.zL)({ error, location, env }) : store_tier_messageOf(error) };
            }
        },
        async nearest({ step, lineage }) {
            if (unusable)
                return undefined;
            const { GetObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
            try {
                const response = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: keys.pointer(step, lineage) }));
                const pointer = JSON.parse((await response.Body?.transformToString('utf8')) ?? '');
                if (pointer.lineage !== lineage || typeof pointer.key !== 'string' || !/^[0-9a-f]{16,128}$/.test(pointer.key))
                    return undefined;
                const manifest = await readManifest(step, pointer.key);
                if (typeof manifest !== 'object')
                    return undefined;
                await recordUse(step, pointer.key);
                return {
                    key: manifest.key,
                    createdAt: manifest.createdAt,
                    files: manifest.files.filter(store_manifest/* isBlobFile */.E5),
                    restoreFiles: async ({ files, dir }) => restoreFiles(files.map((file) => ({ ...file, mode: 0o644 })), dir),
                };
            }
            catch (error) {
                if (error instanceof errors/* StepError */.zg)
                    throw error;
                if ((0,s3_client/* isNotFound */.c4)(error) || error instanceof StoreUnusable || error instanceof SyntaxError)
                    return undefined;
                reporter.info(`The store's newest entry for this lineage could not be read: ${(0,s3_client/* describeStoreError */.zL)({ error, location, env })}`);
                return undefined;
            }
        },
        // Records are one small object each, overwritten in place: the newest write wins, which is all a record needs.
        records: {
            async read({ name }) {
                if (unusable)
                    return undefined;
                const { GetObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
                try {
                    const response = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: keys.record(name) }));
                    const value = JSON.parse((await response.Body?.transformToString('utf8')) ?? '');
                    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
                }
                catch (error) {
                    if ((0,s3_client/* isNotFound */.c4)(error))
                        return undefined;
                    if (error instanceof SyntaxError)
                        reporter.warning(`Store record ${keys.record(name)} is not JSON; ignoring it`);
                    else
                        reporter.warning(`Store record lookup failed (${(0,s3_client/* describeStoreError */.zL)({ error, location, env })}); going on without it`);
                    return undefined;
                }
            },
            async write({ name, record }) {
                if (readOnly)
                    return { kind: 'skipped', reason: 'read-only cache mode never writes to the store' };
                if (unusable)
                    return { kind: 'skipped', reason: `the store could not be used earlier in this run (${unusable})` };
                try {
                    await putObject(keys.record(name), JSON.stringify(record));
                    return { kind: 'saved' };
                }
                catch (error) {
                    return { kind: 'failed', reason: (0,s3_client/* describeStoreError */.zL)({ error, location, env }) };
                }
            },
        },
        runDetails: () => ({ store: { ...transfer } }),
    };
}

;// CONCATENATED MODULE: ./src/tiers/select-tiers.ts



/**
 * Is the GitHub Actions cache service reachable from this process? The runner hands ACTIONS_RUNTIME_TOKEN and
 * the service URLs to JavaScript actions, not to `run:` steps, so a CLI in a plain `run:` step usually has none.
 * Mirrors @actions/cache's own choice of protocol without importing it (that import costs ~170 ms).
 */
function actionsCacheAvailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return false;
    let host = 'github.com';
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        // An unparsable server URL: @actions/cache would fail the same way; treat it as GHES.
        host = '';
    }
    const isGhes = !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
    const v2 = !isGhes && !!env.ACTIONS_CACHE_SERVICE_V2;
    return v2 ? !!env.ACTIONS_RESULTS_URL : !!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/**
 * The tiers a run uses, in the order the loop tries them: the runner tool cache (local, fast) before the
 * GitHub Actions cache (a download). Saving happens in the same order, so the local copy exists even when the
 * upload fails.
 */
function selectTiers(params) {
    const { settings, env, reporter, output } = params;
    const tiers = [];
    const toolCacheSet = !!env.RUNNER_TOOL_CACHE;
    // A GitHub-hosted runner's tool cache dies with the job: copying a model there only costs time and disk.
    const wantToolCache = settings.toolCache ?? env.RUNNER_ENVIRONMENT !== 'github-hosted';
    if (wantToolCache && toolCacheSet)
        tiers.push(createToolCacheTier({ env, keyPrefix: settings.keyPrefix, reporter, output }));
    else if (settings.toolCache === true)
        reporter.notice('RUNNER_TOOL_CACHE is not set, so the runner tool cache is not used');
    // The shared S3-compatible store, after the local tool cache and before the Actions cache: it outlives both.
    if (settings.store) {
        tiers.push(createStoreTier({ location: settings.store, env, reporter, readOnly: settings.mode === 'read-only', failOnCacheError: settings.failOnCacheError }));
    }
    if (settings.mode !== 'off') {
        if (actionsCacheAvailable(env)) {
            tiers.push(createActionsCacheTier({
                env,
                keyPrefix: settings.keyPrefix,
                sizeLimitBytes: settings.sizeLimitBytes,
                sizeLimitText: settings.sizeLimitText,
                reporter,
                output,
            }));
        }
        else if (settings.modeGiven) {
            reporter.notice('The GitHub Actions cache is not available here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set), so it is not used');
        }
    }
    return tiers;
}

;// CONCATENATED MODULE: ./src/cli/run-options.ts



/**
 * The cache-loop flags every step command shares. A command spreads them into its parseCommandArgs options
 * (`...cacheOptions`; `force` and `plan` are the same definitions hubOptions has) and passes the parsed values
 * to runOptionsFromArgs, then appends CACHE_OPTIONS_HELP to its --help.
 */
const cacheOptions = {
    force: { type: 'boolean' },
    plan: { type: 'boolean' },
    cache: { type: 'string' },
    'tool-cache': { type: 'boolean' },
    'no-tool-cache': { type: 'boolean' },
    'cache-key-prefix': { type: 'string' },
    'fail-on-cache-error': { type: 'boolean' },
    'cache-size-limit': { type: 'string' },
    store: { type: 'string' },
    'store-endpoint': { type: 'string' },
};
const CACHE_OPTIONS_HELP = `
Caches (after the output dir, the runner tool cache and then the GitHub Actions cache are checked; what is
produced is saved to both):
  --cache <mode>          read-write (default), read-only (restore, never save: for pull requests), or off
                          (no GitHub Actions cache). The Actions cache is used when the runner's
                          ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set
  --tool-cache, --no-tool-cache
                          use the runner tool cache (RUNNER_TOOL_CACHE) or not; default: on, except on
                          GitHub-hosted runners (RUNNER_ENVIRONMENT=github-hosted), whose tool cache dies with the job
  --cache-key-prefix <p>  prefix for cache entries (letters, digits, . _ -), e.g. v2- to start afresh
  --cache-size-limit <n>  skip saving outputs larger than this to the Actions cache (default 10GB)
  --fail-on-cache-error   fail when saving to a cache fails (default: a warning)
  --store s3://<bucket>/<prefix>
                          also use an S3-compatible store shared by every runner (default: ME_STORE), checked
                          after the tool cache and before the Actions cache; credentials from the AWS chain
  --store-endpoint <url>  the store's server when it is not AWS S3, e.g. http://minio:9000 (default:
                          AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL); addressed path-style
  --plan                  decide only: report a hit (and from where) or what would run; change nothing`;
/**
 * The cache-loop options every CLI step command shares: force, plan mode, and the cache tiers chosen from the
 * flags and the runner's environment. Throws InputError for a bad flag before anything runs.
 */
function runOptionsFromArgs(params) {
    const { values, env, reporter } = params;
    if (values['tool-cache'] && values['no-tool-cache'])
        throw new errors/* InputError */.dz('--tool-cache and --no-tool-cache contradict each other: give one');
    const settings = parseCacheSettings({
        mode: values.cache,
        toolCache: values['tool-cache'] ? true : values['no-tool-cache'] ? false : undefined,
        keyPrefix: values['cache-key-prefix'],
        failOnCacheError: values['fail-on-cache-error'],
        sizeLimit: values['cache-size-limit'],
        store: values.store,
        storeEndpoint: values['store-endpoint'],
        env,
        names: { mode: '--cache', keyPrefix: '--cache-key-prefix', sizeLimit: '--cache-size-limit', store: '--store', storeEndpoint: '--store-endpoint' },
    });
    return {
        reporter,
        force: values.force === true,
        plan: values.plan === true,
        // stdout carries --json only: the toolkit's own lines must not reach it.
        tiers: selectTiers({ settings, env, reporter, output: 'quiet' }),
        saveToTiers: settings.mode !== 'read-only',
        failOnCacheError: settings.failOnCacheError,
    };
}


/***/ }),

/***/ 63008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   aG: () => (/* binding */ removeOrphanTempFiles)
/* harmony export */ });
/* unused harmony export writeFileAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A sibling temp name: same directory (so rename is atomic), dot-prefixed, unique per call. */
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/**
 * Write a file so that readers see the old content or the whole new content, never a part:
 * write a temp file in the same directory, fsync it, rename it over the target.
 */
async function writeFileAtomic(path, data) {
    const temp = tempPathFor(path);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
/**
 * Remove temp files a killed run left behind (names made by `tempPathFor`) under `dir`. Call it only while
 * holding the dir's lock: then no live run owns them.
 */
async function removeOrphanTempFiles(dir) {
    const { readdir, rm: remove } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    let removed = 0;
    const walk = async (current) => {
        let entries;
        try {
            entries = await readdir(current, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (TEMP_NAME.test(entry.name)) {
                await remove(path, { force: true });
                removed++;
            }
        }
    };
    await walk(dir);
    return removed;
}


/***/ }),

/***/ 47733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ runCachedStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/disk-errors.ts
var disk_errors = __webpack_require__(64652);
// EXTERNAL MODULE: ./src/core/output-lock.ts
var output_lock = __webpack_require__(73584);
// EXTERNAL MODULE: ./src/core/replace-directory.ts
var replace_directory = __webpack_require__(10473);
;// CONCATENATED MODULE: ./src/core/reporter.ts
/**
 * Does a miss reason say something is damaged (rather than absent or changed)? Those are worth a warning: a
 * corrupted or hand-edited metadata file, a file missing from or truncated in a finished result, a run that
 * never finished.
 */
function isDamageReason(reason) {
    return /corrupted|edited by hand|is missing|bytes, \d+ expected|completed flag is false|failed validation|could not be restored|sha256 differs|lists no /i.test(reason);
}
/** For code paths that run without anybody watching (tests of pure pieces, nested lookups). */
const silentReporter = {
    info() { },
    notice() { },
    warning() { },
    miss() { },
    success() { },
    progress() { },
};

;// CONCATENATED MODULE: ./src/core/cached-step.ts






/** The loop every step shares: disk → tiers → produce → save, each decision explained. */
async function runCachedStep(step, options) {
    const started = Date.now();
    const { reporter } = options;
    const tiers = options.tiers ?? [];
    const result = (source, cacheHit, reasons, details, needsRun = false) => ({
        command: step.command,
        cacheHit,
        source,
        outputDir: step.outputDir,
        key: step.key,
        reasons,
        needsRun,
        durationMs: Date.now() - started,
        details: { ...details, ...Object.assign({}, ...tiers.map((tier) => tier.runDetails?.() ?? {})) },
    });
    await (0,replace_directory/* recoverDirectory */.u$)(step.outputDir);
    await (0,replace_directory/* removeAbandonedSiblings */.Q3)({ dir: step.outputDir, lockHeld: false });
    const findExisting = async () => {
        const disk = await step.validate(step.outputDir);
        if (disk.ok)
            return { source: 'disk' };
        const reasons = [...disk.reasons];
        const tierReasons = [];
        for (const tier of tiers) {
            if (options.plan) {
                if (await tier.lookup({ step: step.tierName, key: step.key, lineage: step.lineage }))
                    return { source: tier.source };
                tierReasons.push(`${tier.source}: no entry for this key`);
                continue;
            }
            const staging = (0,replace_directory/* siblingPath */.eR)(step.outputDir, `restore-${tier.source}`);
            try {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(staging), { recursive: true });
                const restoredEntry = await tier.restore({ step: step.tierName, key: step.key, dir: staging, lineage: step.lineage });
                if (restoredEntry !== true) {
                    if (restoredEntry === false)
                        tierReasons.push(`${tier.source}: no entry for this key`);
                    else {
                        reporter.warning(`${tier.source} entry could not be restored: ${restoredEntry.failed}`);
                        tierReasons.push(`${tier.source} entry could not be restored: ${restoredEntry.failed}`);
                    }
                    continue;
                }
                const restored = await step.validate(staging);
                if (!restored.ok) {
                    reporter.warning(`${tier.source} entry failed validation: ${restored.reasons.join('; ')}`);
                    tierReasons.push(`${tier.source} entry failed validation: ${restored.reasons.join('; ')}`);
                    continue;
                }
                await (0,replace_directory/* replaceDirectory */.QY)({ staging, dir: step.outputDir });
                return { source: tier.source, nearer: tiers.slice(0, tiers.indexOf(tier)) };
            }
            finally {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            }
        }
        return { reasons, tierReasons };
    };
    const reportHit = async ({ source, nearer }) => {
        const [first, ...rest] = step.messages.hit(source);
        if (first)
            reporter.notice(first);
        for (const line of rest)
            reporter.info(line);
        const hit = result(source, true, [], await step.describe());
        // A runner that found the result in a farther tier keeps it in the nearer ones (its own tool cache after an
        // Actions-cache hit), so its next job needs no download. A failure here only warns: the hit stands.
        if (nearer?.length && options.saveToTiers !== false)
            await saveToTiers(step, nearer, { ...options, failOnCacheError: false });
        return hit;
    };
    if (!options.force) {
        // The cheap check first, without the lock: a valid output dir is the common case and needs nothing else.
        const disk = await step.validate(step.outputDir);
        if (disk.ok)
            return reportHit({ source: 'disk' });
        if (options.plan) {
            // Plan mode asks the tiers whether they hold the key; it restores and locks nothing.
            const found = await findExisting();
            if ('source' in found) {
                if (found.source === 'disk')
                    return reportHit(found);
                reporter.notice(`Plan: ${step.command} would restore from ${found.source}`);
                return result(found.source, true, [], { plan: true });
            }
            const reasons = [...found.reasons, ...found.tierReasons];
            reporter.miss(`Plan: ${step.command} needs to run`);
            for (const reason of reasons)
                reporter.info(`  - ${reason}`);
            return result('none', false, reasons, { plan: true }, true);
        }
    }
    else if (options.plan) {
        return result('none', false, ['--force'], { plan: true }, true);
    }
    // A full or read-only disk (taking the lock, writing, or killing the trainer) is said as such.
    return (0,output_lock/* withOutputLock */.N)({ outputDir: step.outputDir, reporter, work: produceUnderLock }).catch(async (error) => {
        throw await (0,disk_errors/* explainDiskError */.F)({ error, outputDir: step.outputDir, label: options.outputDirLabel });
    });
    async function produceUnderLock() {
        await (0,replace_directory/* removeAbandonedSiblings */.Q3)({ dir: step.outputDir, lockHeld: true });
        let reasons;
        if (options.force) {
            reporter.info(step.messages.force);
            reasons = ['forced (--force)'];
        }
        else {
            // Under the lock: another run may have produced the result while we waited, and a restored tier entry
            // must not be swapped in while another run writes the dir.
            const found = await findExisting();
            if ('source' in found)
                return reportHit(found);
            const miss = found;
            // A damaged result is worth a warning (an annotation in the Action), naming the damage; a result that is
            // absent or made for other inputs is an ordinary miss, a plain log line.
            if (step.messages.missHeader) {
                reporter.miss(step.messages.missHeader);
                for (const reason of miss.reasons)
                    (isDamageReason(reason) ? reporter.warning(reason) : reporter.info(`  - ${reason}`));
            }
            else {
                for (const reason of miss.reasons)
                    (isDamageReason(reason) ? reporter.warning(reason) : reporter.miss(reason));
            }
            for (const reason of miss.tierReasons)
                reporter.info(`  - ${reason}`);
            reasons = [...miss.reasons, ...miss.tierReasons];
        }
        const details = await step.produce({ reasons, forced: options.force === true });
        if (options.saveToTiers !== false)
            await saveToTiers(step, tiers, options);
        return result(step.producedSource, false, reasons, details);
    }
}
async function saveToTiers(step, tiers, options) {
    for (const tier of tiers) {
        const outcome = await tier.save({ step: step.tierName, key: step.key, dir: step.outputDir, lineage: step.lineage }).catch((error) => ({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
        if (outcome.kind === 'saved')
            options.reporter.info(`Saved to ${tier.source}`);
        else if (outcome.kind === 'exists' && outcome.unfinished) {
            options.reporter.info(`${tier.source} already holds this key, its upload unfinished (another run is saving it, or one was killed mid-upload); not saved again`);
        }
        else if (outcome.kind === 'exists')
            options.reporter.info(`${tier.source} already holds this key (another run saved it first)`);
        else if (outcome.kind === 'skipped')
            options.reporter.warning(`Not saved to ${tier.source}: ${outcome.reason}`);
        else {
            const message = `Saving to ${tier.source} failed: ${outcome.reason}`;
            if (options.failOnCacheError)
                throw new Error(message);
            options.reporter.warning(message);
        }
    }
}


/***/ }),

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** JSON with object keys sorted at every depth, so equal data always gives equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            const item = value[key];
            if (item !== undefined)
                sorted[key] = sortKeys(item);
        }
        return sorted;
    }
    return value;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 89999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ checkOutputDirPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _validate_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20044);




/**
 * An output dir must be a directory or not exist yet, and nothing on its way may be a file: say so before any
 * work starts, rather than fail deep inside with ENOTDIR.
 */
async function checkOutputDirPath(params) {
    const { path, flag } = params;
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch((error) => (error.code === 'ENOTDIR' ? 'notdir' : undefined));
    if (info && info !== 'notdir') {
        if (!info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} ${(0,_validate_input_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(path)} is a file, not a directory: give a directory path`);
        return;
    }
    for (let parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path); parent !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(parent); parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(parent)) {
        const parentInfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(parent).catch(() => undefined);
        if (!parentInfo)
            continue;
        if (!parentInfo.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} ${(0,_validate_input_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(path)} is inside ${(0,_validate_input_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(parent)}, which is a file: give a directory path`);
        return;
    }
}


/***/ }),

/***/ 88904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/** Run `worker` over `items` with at most `limit` in flight; rejects with the first failure after all settle. */
async function mapWithConcurrency(params) {
    const { items, limit, worker } = params;
    const results = new Array(items.length);
    let next = 0;
    let firstError;
    const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length && !firstError) {
            const index = next++;
            try {
                results[index] = await worker(items[index], index);
            }
            catch (error) {
                firstError ??= { error };
            }
        }
    });
    await Promise.all(lanes);
    if (firstError)
        throw firstError.error;
    return results;
}


/***/ }),

/***/ 64652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ explainDiskError),
/* harmony export */   J: () => (/* binding */ diskIsFull)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);




const FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);
/**
 * Say plainly when a step failed because of the disk under its output dir: full (ENOSPC/EDQUOT, also when a
 * trainer died of it and only its exit code reached us) or not writable (a read-only mount or missing permission,
 * which is the caller's choice of directory: an input error). Anything else is returned unchanged.
 */
async function explainDiskError(params) {
    const { error, outputDir } = params;
    const flag = params.flag ?? '--output-dir';
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
        return error;
    // The filesystem error may sit under a wrapper that named the file ("downloading x: ENOSPC …").
    let root = error;
    for (let depth = 0; depth < 5 && root && !root.code && root.cause; depth++)
        root = root.cause;
    let code = root?.code ?? '';
    // Node's recursive mkdir reports ENOENT, not EROFS/EACCES, when a parent cannot be written: ask the filesystem.
    if (code === 'ENOENT' && root.syscall === 'mkdir')
        code = (await writeRefusal(root.path ?? outputDir)) ?? code;
    if (FULL.has(code) || (await diskIsFull(outputDir))) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StepError */ .zg(`The disk holding ${outputDir} is full (${FULL.has(code) ? code : 'ENOSPC'}): free space there or give another ${flag}; nothing was recorded`, { cause: error });
    }
    // Only when the refused path is the output dir, its lock or a staging dir beside it: an EPERM elsewhere is not
    // about where the user asked us to write.
    const path = root.path ?? '';
    if (NOT_WRITABLE.has(code) && path.startsWith((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(outputDir))) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${params.label ?? `${flag} ${outputDir}`} is not writable (${code}${code === 'EROFS' ? ': read-only file system' : ''}): give a writable directory; nothing was recorded`);
    }
    return error;
}
/** Why the nearest existing ancestor of `path` cannot be written into (EROFS, EACCES…), or undefined when it can. */
async function writeRefusal(path) {
    for (let candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);; candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(candidate)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            return undefined;
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                return code;
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(candidate) === candidate)
                return undefined;
        }
    }
}
/** Is the filesystem holding `path` (or its nearest existing parent) out of space? */
async function diskIsFull(path) {
    for (let candidate = path;;) {
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.statfs)(candidate);
            return info.bavail * info.bsize < 64 * 1024;
        }
        catch {
            const parent = candidate.replace(/\/[^/]*\/?$/, '') || '/';
            if (parent === candidate)
                return false;
            candidate = parent;
        }
    }
}


/***/ }),

/***/ 75527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   _X: () => (/* binding */ diffComponents)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60484);

/** sha256 of the canonical JSON of the components: the step's cache key. */
function fingerprint(components) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(components));
}
/**
 * One reason per component that differs, "field: old → new". Components whose values are long
 * (hash lists, file tables) are described by `describe` when given (one line, or one line per entry).
 */
function diffComponents(params) {
    const { previous, current, describe } = params;
    const reasons = [];
    const fields = [...new Set([...Object.keys(current), ...Object.keys(previous)])];
    for (const field of fields) {
        const before = previous[field];
        const after = current[field];
        if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(before) === (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(after))
            continue;
        const described = describe?.(field, before, after);
        if (Array.isArray(described) && described.length > 0)
            reasons.push(...described);
        else
            reasons.push(typeof described === 'string' ? described : `${field}: ${formatValue(before)} → ${formatValue(after)}`);
    }
    return reasons;
}
function formatValue(value) {
    if (value === undefined || value === null)
        return '(none)';
    if (typeof value === 'string')
        return value === '' ? '""' : value;
    if (Array.isArray(value))
        return value.length === 0 ? '[]' : value.map(formatValue).join(', ');
    if (typeof value === 'object')
        return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(value);
    return String(value);
}


/***/ }),

/***/ 34754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   l: () => (/* binding */ hashWithStatCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);



/** Streaming sha256 of a file: memory stays flat whatever its size. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The file's content hash, reusing `known.sha256` when size, mtime and inode all match the recorded stat
 * (the fast path: no byte is read). Any difference, such as a fresh checkout's new mtimes, re-hashes the content,
 * so the identity is always the bytes, never the stat.
 */
async function hashWithStatCache(path, known) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path, { bigint: false });
    const unchanged = known !== undefined &&
        typeof known.sha256 === 'string' &&
        known.size === info.size &&
        known.mtimeMs === info.mtimeMs &&
        known.ino === info.ino;
    if (unchanged)
        return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: known.sha256, rehashed: false };
    const sha256 = await sha256File(path);
    const after = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    if (after.size !== info.size || after.mtimeMs !== info.mtimeMs) {
        // Changed while we read it: hash what is there now once more rather than record a stat that lies.
        return hashWithStatCache(path);
    }
    return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256, rehashed: true };
}


/***/ }),

/***/ 73584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withOutputLock),
/* harmony export */   W: () => (/* binding */ withOutputLockIfFree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _process_alive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53642);





const OWNER_FILE = 'owner.json';
/**
 * Exclusive lock on an output dir while a step writes it, so concurrent runs on one dir do the work once:
 * the others wait, then find the result. proper-lockfile takes the lock with mkdir (atomic on network
 * filesystems too) and refreshes its mtime; a lock not refreshed for `staleMs` is taken over. On the same
 * host we also record the holder's pid inside the lock dir, so a lock left by a killed process is recovered
 * at once instead of after the stale time.
 */
function lockOptions(outputDir, reporter) {
    // A killed holder on this host is detected by pid at once; the stale time only matters across hosts
    // (network filesystems), so it can be generous. A late refresh must not crash the run: warn instead.
    return {
        realpath: false,
        lockfilePath: `${outputDir}.lock`,
        stale: 60_000,
        onCompromised: (error) => reporter?.warning(`The lock on ${outputDir} could not be refreshed in time (${error.message}); continuing`),
    };
}
/** Run `work` under the output dir's lock only when nobody holds it now; undefined (and no work) otherwise. */
async function withOutputLockIfFree(params) {
    let release;
    try {
        release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default().lock(params.outputDir, { ...lockOptions(params.outputDir), retries: 0 });
    }
    catch {
        return undefined;
    }
    try {
        return await params.work();
    }
    finally {
        await release().catch(() => undefined);
    }
}
async function withOutputLock(params) {
    const { outputDir, reporter, work } = params;
    const lockPath = `${outputDir}.lock`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(outputDir), { recursive: true });
    const options = { ...lockOptions(outputDir, reporter), ...(params.staleMs ? { stale: params.staleMs } : {}) };
    let release;
    let waiting = false;
    for (;;) {
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default().lock(outputDir, { ...options, retries: 0 });
            break;
        }
        catch (error) {
            const code = error.code;
            // ENOTEMPTY: proper-lockfile tried to take over a stale lock with rmdir, which our owner file prevents.
            // ENOENT: the lock vanished while proper-lockfile looked at it (another run released or broke it).
            if (code !== 'ELOCKED' && code !== 'ENOTEMPTY' && code !== 'ENOENT')
                throw error;
            if (code === 'ENOENT' || (await breakAbandonedLock({ lockPath, staleMs: options.stale })))
                continue;
            if (!waiting)
                reporter.notice(`Another run is writing ${outputDir}; waiting for it to finish...`);
            waiting = true;
            await new Promise((resolve) => setTimeout(resolve, 200));
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(lockPath, OWNER_FILE), JSON.stringify({ pid: process.pid, hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() })).catch(() => undefined);
    try {
        return await work();
    }
    finally {
        // proper-lockfile removes the lock with rmdir: empty it first.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(lockPath, OWNER_FILE), { force: true });
        await release().catch(() => undefined);
    }
}
async function readOwner(lockPath) {
    try {
        const owner = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(lockPath, OWNER_FILE), 'utf8'));
        return Number.isInteger(owner.pid) && typeof owner.hostname === 'string' ? owner : undefined;
    }
    catch {
        return undefined;
    }
}
/** A lock dir without an owner file this old was left by a run killed between taking the lock and writing it. */
const OWNERLESS_GRACE_MS = 10_000;
/**
 * Remove the lock when it is abandoned: its holder is a dead process on this host, it was not refreshed for the
 * stale time (a holder on another host died), or it never got an owner. Judging and removing happen under a
 * second, short lock, so two waiting runs cannot both break it — the second would remove the first one's new,
 * live lock. Returns true when the caller should try to take the lock again.
 */
async function breakAbandonedLock(params) {
    const { lockPath, staleMs } = params;
    let releaseBreak;
    try {
        releaseBreak = await proper_lockfile__WEBPACK_IMPORTED_MODULE_3___default().lock(lockPath, { realpath: false, lockfilePath: `${lockPath}.break`, stale: 10_000, retries: 0 });
    }
    catch {
        return false; // another run is judging the lock right now
    }
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(lockPath).catch(() => undefined);
        if (!info)
            return true;
        const owner = await readOwner(lockPath);
        const age = Date.now() - info.mtimeMs;
        const abandoned = owner
            ? (owner.hostname === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && owner.pid !== process.pid && !(0,_process_alive_js__WEBPACK_IMPORTED_MODULE_4__/* .isProcessAlive */ .j)(owner.pid)) || age > staleMs
            : age > OWNERLESS_GRACE_MS;
        if (!abandoned)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lockPath, { recursive: true, force: true });
        return true;
    }
    finally {
        await releaseBreak().catch(() => undefined);
    }
}


/***/ }),

/***/ 53642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ isProcessAlive)
/* harmony export */ });
/** Does a process with this pid run on this host? (EPERM: it exists but belongs to someone else.) */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 52758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readJsonObject)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Metadata larger than this is not ours: refuse to parse it rather than exhaust memory. */
const MAX_METADATA_BYTES = 64 * 1024 * 1024;
/** Read a JSON object file; "missing" and "corrupted" are answers, not exceptions. */
async function readJsonObject(path) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!info.isFile())
            return { kind: 'corrupted', reason: 'is not a regular file' };
        size = info.size;
    }
    catch {
        return { kind: 'missing' };
    }
    if (size > MAX_METADATA_BYTES)
        return { kind: 'corrupted', reason: `is ${size} bytes, too large to be metadata` };
    try {
        const value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            return { kind: 'corrupted', reason: 'does not hold a JSON object' };
        }
        return { kind: 'ok', value: value };
    }
    catch (error) {
        return { kind: 'corrupted', reason: 'is not valid JSON' };
    }
}


/***/ }),

/***/ 10473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ removeAbandonedSiblings),
/* harmony export */   QY: () => (/* binding */ replaceDirectory),
/* harmony export */   eR: () => (/* binding */ siblingPath),
/* harmony export */   u$: () => (/* binding */ recoverDirectory)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _process_alive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53642);





/** This host in a form safe inside a file name, so a staging dir says which machine's pid it carries. */
const HOST = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)().replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40) || 'host';
/**
 * A fresh sibling path of `dir` for staging work that will be renamed into place (same filesystem, so the rename
 * is atomic): `.<dir>.<purpose>~<host>~<pid>~<random>`, so a later run can tell whose it was.
 */
function siblingPath(dir, purpose) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(dir)}.${purpose}~${HOST}~${process.pid}~${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`);
}
/**
 * Remove staging siblings of `dir` (from `siblingPath`) left by runs that were killed: a SIGKILLed process cannot
 * clean up, and a staging dir can hold gigabytes of partial weights or a half-restored cache entry. One made on
 * this host is abandoned when its pid no longer runs; one made on another host (a shared filesystem) can only be
 * judged while holding the output lock (`lockHeld`): then no live run of this dir is writing one.
 */
async function removeAbandonedSiblings(params) {
    const { dir, lockHeld } = params;
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(dir)}.`;
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir)).catch(() => []);
    for (const name of entries) {
        if (!name.startsWith(prefix))
            continue;
        const match = /^[a-z0-9-]+~([^~]+)~(\d+)~[0-9a-f]+$/.exec(name.slice(prefix.length));
        if (!match)
            continue;
        const [, host, pidText] = match;
        const pid = Number(pidText);
        const abandoned = host === HOST ? pid !== process.pid && !(0,_process_alive_js__WEBPACK_IMPORTED_MODULE_4__/* .isProcessAlive */ .j)(pid) : lockHeld;
        if (abandoned)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir), name), { recursive: true, force: true });
    }
}
function backupPrefix(dir) {
    return `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(dir)}.previous-`;
}
/**
 * Put `staging` where `dir` is, as close to atomically as POSIX allows for directories:
 * the old dir is renamed aside, the staging dir renamed in, the old one removed. A crash between the
 * two renames leaves the old dir under a backup name, which `recoverDirectory` puts back.
 */
async function replaceDirectory(params) {
    const { staging, dir } = params;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir), { recursive: true });
    const backup = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir), `${backupPrefix(dir)}${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`);
    let hadOld = true;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(dir, backup);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        hadOld = false;
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, dir);
    }
    catch (error) {
        if (hadOld)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(backup, dir);
        throw error;
    }
    if (hadOld)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(backup, { recursive: true, force: true });
}
/** If a run died between the two renames of `replaceDirectory`, put the previous dir back. */
async function recoverDirectory(dir) {
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).then(() => true, () => false);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir));
    }
    catch {
        return;
    }
    const backups = entries.filter((name) => name.startsWith(backupPrefix(dir)));
    for (const [index, name] of backups.entries()) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir), name);
        if (!exists && index === 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(path, dir).catch(() => undefined);
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 58761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeFully),
/* harmony export */   m: () => (/* binding */ writevFully)
/* harmony export */ });
/**
 * Write all of `bytes` (at `position`, or at the file's current offset when null): a write may store fewer bytes
 * than asked when the disk fills, and a file that silently lost its tail must never be renamed into place.
 */
async function writeFully(params) {
    const { handle, bytes, position } = params;
    let offset = 0;
    while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position === null ? null : position + offset);
        if (bytesWritten <= 0)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        offset += bytesWritten;
    }
}
/**
 * writeFully for several buffers at once, one writev per call: a batch of network chunks reaches the file without
 * first being copied into one buffer. A short write continues with the bytes not yet written.
 */
async function writevFully(params) {
    const { handle } = params;
    let chunks = params.chunks.filter((chunk) => chunk.length > 0);
    let position = params.position;
    while (chunks.length > 0) {
        // At most IOV_MAX (1024 on Linux) buffers per call; the rest go in the next turn of the loop.
        const { bytesWritten } = await handle.writev(chunks.slice(0, 1024), position);
        if (bytesWritten <= 0)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        position += bytesWritten;
        chunks = skipBytes(chunks, bytesWritten);
    }
}
/** The buffers after the first `count` bytes of them. */
function skipBytes(chunks, count) {
    let left = count;
    let index = 0;
    while (index < chunks.length && left >= chunks[index].length)
        left -= chunks[index++].length;
    const rest = chunks.slice(index);
    if (left > 0)
        rest[0] = rest[0].subarray(left);
    return rest;
}


/***/ }),

/***/ 13484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jo: () => (/* binding */ backoffMs),
  NE: () => (/* binding */ createRetryingFetch),
  ur: () => (/* binding */ defaultRetryPolicy),
  V$: () => (/* binding */ describeCause),
  Ng: () => (/* binding */ describeUrl),
  ed: () => (/* binding */ retryPolicyFromEnv),
  LH: () => (/* binding */ withRetries)
});

// UNUSED EXPORTS: retryAfterMs

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/http/proxy.ts
var http_proxy = __webpack_require__(57856);
;// CONCATENATED MODULE: ./src/http/proxied-fetch.ts



/**
 * fetch, through the proxy the environment names for the URL (see proxyFor); without one, node's own fetch.
 * Node 20's fetch ignores HTTPS_PROXY, so proxied requests go through undici (the library node's fetch is built
 * from), loaded only when a proxy is set: an https URL through a CONNECT tunnel opened by openTunnel (the one
 * get-body uses, so both clients report a refusal the same way), an http URL asked of the proxy by its absolute
 * URL, as curl does (many proxies allow CONNECT only to port 443).
 */
async function proxiedFetch(input, init) {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const proxy = (0,http_proxy/* proxyFor */.iJ)(url);
    if (!proxy)
        return fetch(input, init);
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const secure = url.protocol === 'https:';
    const cacheKey = `${secure ? 'tunnel' : 'forward'} ${proxy.href}`;
    let agent = agents.get(cacheKey);
    if (!agent) {
        agent = secure ? new undici.Agent({ connect: tunnelConnector(proxy) }) : new undici.ProxyAgent({ uri: withoutCredentials(proxy), token: (0,http_proxy/* proxyAuthorization */.YB)(proxy), proxyTunnel: false });
        agents.set(cacheKey, agent);
    }
    try {
        return (await undici.fetch(input, { ...init, dispatcher: agent }));
    }
    catch (error) {
        // undici's forwarding agent turns the proxy's 407 into "Proxy Authentication Required (407)" (an
        // InvalidArgumentError under fetch's "fetch failed"); a refused tunnel arrives as openTunnel's own error.
        if (/Proxy Authentication Required \(407\)/.test(String(error?.cause?.message))) {
            throw new http_proxy/* ProxyRefusedError */.Ne(`the proxy ${(0,http_proxy/* describeProxy */.GK)(proxy)} answered 407 Proxy Authentication Required for ${url.host}: check the user and password in the proxy setting (http_proxy / HTTP_PROXY)`, 407);
        }
        // Forwarding, the only connection is to the proxy: a connection failure is the proxy's, not the server's.
        const cause = error?.cause;
        if (!secure && typeof cause?.code === 'string' && CONNECT_FAILURES.has(cause.code)) {
            throw new Error(`cannot reach the proxy ${(0,http_proxy/* describeProxy */.GK)(proxy)}`, { cause });
        }
        throw error;
    }
}
const agents = new Map();
const CONNECT_TIMEOUT_MS = 30_000;
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);
function withoutCredentials(proxy) {
    const bare = new URL(proxy.href);
    bare.username = '';
    bare.password = '';
    return bare.href;
}
/** undici's `connect` option: TLS to the host inside a CONNECT tunnel through `proxy`. */
function tunnelConnector(proxy) {
    return (options, callback) => {
        const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
        // A custom connector has no connect timeout of undici's: a proxy that never answers is given up on here.
        (0,http_proxy/* openTunnel */.X)({ proxy, host, port: Number(options.port || 443), signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) }).then((tunnel) => {
            const servername = options.servername || ((0,external_node_net_.isIP)(host) ? undefined : host);
            const socket = (0,external_node_tls_.connect)({ socket: tunnel, servername, ALPNProtocols: ['http/1.1'] });
            const onError = (error) => callback(error, null);
            socket.once('error', onError);
            socket.once('secureConnect', () => {
                socket.off('error', onError);
                callback(null, socket);
            });
        }, (error) => callback(error, null));
    };
}

;// CONCATENATED MODULE: ./src/http/fetch-with-retry.ts
/**
 * A `fetch` for every Hub call: bounded retries with exponential backoff on 429 (honouring Retry-After),
 * 500/502/503/504 and connection failures, and a timeout on waiting for the response headers.
 * Passed to @huggingface/hub as its `fetch`, so the library's own requests get the same treatment.
 * (Body stalls are caught where bodies are read: see download-verified-file.ts.)
 */



const defaultRetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 30_000 };
/**
 * The policy, tunable through ME_HTTP_ATTEMPTS, ME_HTTP_BACKOFF_MS and ME_HTTP_TIMEOUT_MS (milliseconds) for
 * slow networks, and for tests that must not wait 30 s for a stalled emulator. A value that is set but is not a
 * whole number in range is bad input (InputError), not silently the default.
 */
function retryPolicyFromEnv(env) {
    const int = (name, fallback, range, what) => {
        const text = env[name]?.trim();
        if (!text)
            return fallback;
        const value = Number(text);
        if (!/^\d+$/.test(text) || value < range[0] || value > range[1]) {
            throw new errors/* InputError */.dz(`${name}=${JSON.stringify(text.slice(0, 40))} is not ${what}: give a whole number from ${range[0]} to ${range[1]} (default ${fallback}), or unset it`);
        }
        return value;
    };
    return {
        attempts: int('ME_HTTP_ATTEMPTS', defaultRetryPolicy.attempts, [1, 100], 'a number of attempts'),
        baseDelayMs: int('ME_HTTP_BACKOFF_MS', defaultRetryPolicy.baseDelayMs, [0, 600_000], 'a backoff in milliseconds'),
        maxDelayMs: defaultRetryPolicy.maxDelayMs,
        timeoutMs: int('ME_HTTP_TIMEOUT_MS', defaultRetryPolicy.timeoutMs, [1, 3_600_000], 'a timeout in milliseconds'),
    };
}
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
function retryAfterMs(header, fallback) {
    if (!header)
        return fallback;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? fallback : Math.max(0, date - Date.now());
}
function backoffMs(policy, attempt) {
    const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
    return Math.min(policy.maxDelayMs, exponential * (0.75 + Math.random() * 0.5));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function createRetryingFetch(params = {}) {
    const policy = params.policy ?? defaultRetryPolicy;
    const baseFetch = params.baseFetch ?? proxiedFetch;
    return ((input, init) => withRetries({
        policy,
        onRetry: params.onRetry,
        isPermanent: params.isPermanent,
        input,
        signal: init?.signal ?? undefined,
        attempt: (signal) => baseFetch(input, { ...init, signal }),
        answer: (response) => ({
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            discard: () => response.body?.cancel(),
        }),
    }));
}
/**
 * The retry loop of every Hub request, whatever client makes it (fetch, or node's http client for file contents):
 * `attempt` makes one request with the signal it is given, which aborts when the headers take longer than the
 * policy's timeout or when `signal` aborts; `answer` tells the loop the response's status. Resolves with the
 * first response that is not retried; throws after the last attempt's connection failure.
 */
async function withRetries(params) {
    const { policy, input, signal } = params;
    // A proxy that refuses us, or a proxy setting that is not a URL, answers the same way every time.
    const isPermanent = (error) => params.isPermanent?.(error) || proxyProblem(error) !== undefined || isBlockedPort(error);
    let lastError;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        const controller = new AbortController();
        const onAbort = () => controller.abort(signal?.reason);
        signal?.addEventListener('abort', onAbort);
        const timer = setTimeout(() => controller.abort(new Error(`no response within ${policy.timeoutMs} ms`)), policy.timeoutMs);
        try {
            const result = await params.attempt(controller.signal);
            const answer = params.answer(result);
            if (!RETRY_STATUSES.has(answer.status) || attempt === policy.attempts)
                return result;
            const wait = Math.min(policy.maxDelayMs, retryAfterMs(answer.retryAfter, backoffMs(policy, attempt)));
            await Promise.resolve()
                .then(() => answer.discard())
                .catch(() => undefined);
            params.onRetry?.(`HTTP ${answer.status} from ${describeUrl(input)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
            await sleep(wait);
        }
        catch (error) {
            if (signal?.aborted)
                throw error;
            lastError = controller.signal.aborted ? controller.signal.reason : error;
            if (attempt === policy.attempts || isPermanent(lastError) || isCertificateError(lastError))
                break;
            const wait = backoffMs(policy, attempt);
            params.onRetry?.(`${describeCause(lastError)} from ${describeUrl(input)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
            await sleep(wait);
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    }
    if (isCertificateError(lastError)) {
        throw new Error(`${describeCause(lastError)} from ${describeUrl(input)}: its TLS certificate is not trusted here; if your network uses its own certificate authority, point NODE_EXTRA_CA_CERTS at it`, { cause: lastError });
    }
    // Its message names the proxy and what to change; fetch's wrapper around it ("fetch failed") adds nothing.
    const problem = proxyProblem(lastError);
    if (problem)
        throw problem;
    if (isBlockedPort(lastError)) {
        throw new Error(`${describeUrl(input)}: fetch refuses to connect to port ${portOf(input)} (one of the ports browsers block); serve it on another port`);
    }
    const tries = isPermanent(lastError) ? '' : ` (after ${policy.attempts} attempt${policy.attempts === 1 ? '' : 's'})`;
    throw new Error(`${describeCause(lastError)}${tries} from ${describeUrl(input)}`, { cause: lastError });
}
/** fetch refuses the ports browsers block (e.g. 9, 25, 6000) with "bad port": no attempt can succeed. */
function isBlockedPort(error) {
    return error?.cause?.message === 'bad port';
}
function portOf(input) {
    try {
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        return url.port || (url.protocol === 'https:' ? '443' : '80');
    }
    catch {
        return '?';
    }
}
/** A refusal by the proxy or an unusable proxy setting, thrown as is or as fetch's cause. */
function proxyProblem(error) {
    for (const candidate of [error, error?.cause]) {
        if (candidate instanceof http_proxy/* ProxyRefusedError */.Ne || candidate instanceof http_proxy/* ProxySettingError */.Tl)
            return candidate;
    }
    return undefined;
}
/** OpenSSL's verdicts on a certificate chain (and node's on its names): asking again gets the same answer. */
const CERTIFICATE_CODES = /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_\w+)$/;
function isCertificateError(error) {
    const codes = [error?.code, error?.cause?.code];
    return codes.some((code) => typeof code === 'string' && CERTIFICATE_CODES.test(code));
}
/** The URL without query string (signed URLs carry credentials there). */
function describeUrl(input) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url.split('?')[0];
    }
}
function describeCause(error) {
    // Duck-typed: fetch's errors may come from another realm (a vm context), where instanceof Error is false.
    if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
        const { message, cause } = error;
        // The cause's code or message, unless the message already says it (a wrapped error repeats its cause).
        if (cause?.code && !message.includes(cause.code))
            return `${message} (${cause.code})`;
        if (!cause?.code && cause?.message && !message.includes(cause.message))
            return `${message} (${cause.message})`;
        return message;
    }
    return String(error);
}


/***/ }),

/***/ 84585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jg: () => (/* binding */ getBodyWithRetries)
/* harmony export */ });
/* unused harmony exports UnsupportedResponseError, getBody */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83323);
/* harmony import */ var _fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13484);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57856);





/**
 * A GET whose body goes to a Writable in ~1 MiB writes, read with net's `onread` into a few large buffers. Node's
 * http client reads a socket 64 KiB at a time into a new Buffer each time; for a gigabyte those buffers cost more
 * CPU in garbage collection than the transfer itself (measured on the 1 GiB Actions cache restore benchmark: our
 * process 1.8–2.3 CPU-s through http, 0.7–0.9 s this way). No library reads an HTTP body into caller-chosen
 * buffers, so this is a deliberately small HTTP/1.1 client, written here: one request per connection
 * (Connection: close), identity encoding, a Content-Length or close-delimited body, redirects followed as fetch
 * follows them (Authorization dropped once a hop leaves the origin it was given for), through the proxy the
 * environment names (proxy.ts: CONNECT for https, the absolute URL for http). A chunked body or a
 * response head over 64 KiB is refused (UnsupportedResponseError). For small requests use fetch.
 */
const SLOT_BYTES = 1024 * 1024;
const SLOTS = 8;
/** A read is never offered less room than this (a slot with less left is written out first). */
const MIN_READ = 64 * 1024;
const MAX_HEAD = 64 * 1024;
/** A response this client does not read; not worth another attempt. */
class UnsupportedResponseError extends Error {
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** fetch's limit. */
const MAX_REDIRECTS = 20;
/**
 * GET `url`, following redirects; resolves once the final response's head is in (its body not yet read).
 * `keepBuffers`: the sink keeps the buffers it is written (each write is a fresh one); otherwise a buffer is
 * reused once its write called back.
 */
async function getBody(params) {
    let url = new URL(params.url);
    let headers = params.headers;
    for (let redirects = 0;; redirects++) {
        const response = await getOnce({ url, headers, signal: params.signal, keepBuffers: params.keepBuffers ?? false });
        const location = response.headers.location;
        if (!REDIRECTS.has(response.status) || !location)
            return response;
        response.discard();
        if (redirects >= MAX_REDIRECTS)
            throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw new Error(`a redirect to a ${next.protocol} URL`);
        if (next.origin !== url.origin)
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
        url = next;
    }
}
/**
 * getBody inside the retry loop every request here has (429/5xx, connection failures, a head that is late); a
 * response this client does not read is not asked for again. Resolves with the last answer, whatever its status.
 */
function getBodyWithRetries(params) {
    const { url, headers, keepBuffers } = params;
    return (0,_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)({
        policy: params.policy,
        onRetry: params.onRetry,
        input: url,
        isPermanent: (error) => error instanceof UnsupportedResponseError,
        attempt: (signal) => getBody({ url, headers, signal, keepBuffers }),
        answer: (response) => ({ status: response.status, retryAfter: response.headers['retry-after'] ?? null, discard: () => response.discard() }),
    });
}
function getOnce(params) {
    const { url, keepBuffers } = params;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return Promise.reject(new Error(`cannot GET a ${url.protocol} URL`));
    let proxy;
    try {
        proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .iJ)(url);
    }
    catch (error) {
        return Promise.reject(error);
    }
    const secure = url.protocol === 'https:';
    const port = Number(url.port || (secure ? 443 : 80));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const free = [];
    /** Buffers written to the sink whose writes have not called back: with the one being filled, at most SLOTS. */
    let outstanding = 0;
    let current = Buffer.allocUnsafe(SLOT_BYTES);
    let filled = 0;
    let phase = 'head';
    let paused = false;
    let bodyLength;
    let bodyLeft = Infinity;
    let sink;
    let onBytes = () => undefined;
    let failure;
    let settle;
    const answered = new Promise((resolve, reject) => (settle = { resolve, reject }));
    let settleBody;
    /** Hand what the current buffer holds to the sink (its buffer comes back once written, unless kept). */
    const flush = () => {
        if (filled === 0 || !sink)
            return;
        const slot = current;
        const bytes = filled;
        outstanding++;
        sink.write(slot.subarray(0, bytes), () => {
            outstanding--;
            if (!keepBuffers)
                free.push(slot);
            if (paused && phase === 'body') {
                paused = false;
                resumeReading();
            }
        });
        onBytes(bytes);
        current = free.pop() ?? Buffer.allocUnsafe(SLOT_BYTES);
        filled = 0;
    };
    const finishBody = () => {
        flush();
        phase = 'done';
        socket.destroy();
        settleBody?.resolve();
    };
    const fail = (error) => {
        if (phase === 'done')
            return;
        if (phase === 'body')
            flush();
        phase = 'done';
        failure = error;
        socket.destroy();
        settle.reject(error);
        settleBody?.reject(error);
    };
    const onHead = () => {
        const end = current.subarray(0, filled).indexOf('\r\n\r\n');
        if (end < 0 ? filled > MAX_HEAD : end > MAX_HEAD) {
            fail(new UnsupportedResponseError(`the response head is over ${MAX_HEAD} bytes`));
            return false;
        }
        if (end < 0)
            return true;
        const [statusLine, ...lines] = current.subarray(0, end).toString('latin1').split('\r\n');
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
        if (!status) {
            fail(new Error(`not an HTTP/1.1 response: ${JSON.stringify(statusLine.slice(0, 40))}`));
            return false;
        }
        const headers = {};
        for (const line of lines) {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const name = line.slice(0, colon).trim().toLowerCase();
            const value = line.slice(colon + 1).trim();
            headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
        }
        if ((headers['transfer-encoding'] ?? 'identity').toLowerCase() !== 'identity') {
            fail(new UnsupportedResponseError(`the server sent a ${headers['transfer-encoding']} body, which this client does not read`));
            return false;
        }
        if (headers['content-length'] !== undefined) {
            bodyLength = Number(headers['content-length']);
            if (!Number.isSafeInteger(bodyLength) || bodyLength < 0) {
                fail(new Error(`a bad Content-Length: ${headers['content-length']}`));
                return false;
            }
            bodyLeft = bodyLength;
        }
        // What came after the head is the body's start.
        current.copyWithin(0, end + 4, filled);
        filled -= end + 4;
        phase = 'waiting';
        settle.resolve({
            status: Number(status[1]),
            headers,
            pipeTo: (body) => {
                if (phase !== 'waiting')
                    return Promise.reject(failure ?? new Error('the body was already read or discarded'));
                sink = body.sink;
                onBytes = body.onBytes;
                phase = 'body';
                socket.setTimeout(body.idleMs, () => fail(new Error(`no data for ${body.idleMs} ms`)));
                const done = new Promise((resolve, reject) => (settleBody = { resolve, reject }));
                void body.stop.then((reason) => fail(reason instanceof Error ? reason : new Error(String(reason))));
                if (filled > bodyLeft)
                    filled = bodyLeft;
                bodyLeft -= filled;
                if (bodyLeft === 0)
                    finishBody();
                else
                    resumeReading();
                return done;
            },
            discard: () => {
                phase = 'done';
                socket.destroy();
            },
        });
        // Nothing more is read until the caller asks for the body.
        return false;
    };
    const onRead = (bytes) => {
        if (phase === 'head') {
            filled += bytes;
            return onHead();
        }
        if (phase !== 'body')
            return false;
        const useful = Math.min(bytes, bodyLeft);
        filled += useful;
        bodyLeft -= useful;
        if (bodyLeft === 0) {
            finishBody();
            return false;
        }
        if (SLOT_BYTES - filled >= MIN_READ)
            return true;
        flush();
        // The next buffer is in place (node asks for it right after this returns); reading stops while the sink holds
        // all the others.
        if (outstanding + 1 < SLOTS)
            return true;
        paused = true;
        return false;
    };
    const onread = { buffer: () => current.subarray(filled), callback: onRead };
    /**
     * TLS over a socket that already exists (the proxy's tunnel) ignores `onread` and emits 'data' instead: those
     * chunks are copied into the same buffers and fed to onRead, and what it did not take waits in `pending`.
     */
    let dataEvents = false;
    let pending;
    /** The connection ended while `pending` still held bytes: its end counts once they are read. */
    let endAfterPending = false;
    const feed = () => {
        while (pending && pending.length > 0 && phase !== 'done') {
            const bytes = Math.min(current.length - filled, pending.length);
            pending.copy(current, filled, 0, bytes);
            pending = pending.subarray(bytes);
            if (!onRead(bytes)) {
                socket.pause();
                return;
            }
        }
        pending = undefined;
        if (endAfterPending) {
            endAfterPending = false;
            onEnd();
        }
    };
    const resumeReading = () => {
        socket.resume();
        if (dataEvents)
            feed();
    };
    const connectSocket = async () => {
        if (proxy && secure) {
            // Through the proxy's CONNECT tunnel, then TLS with the host itself (the proxy sees only ciphertext).
            const tunnel = await (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .openTunnel */ .X)({ proxy, host, port, signal: params.signal });
            dataEvents = true;
            return (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ socket: tunnel, servername: (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) ? undefined : host });
        }
        // A plain http URL through a proxy is asked of the proxy itself, by its absolute URL.
        const to = proxy ? { host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)), secure: proxy.protocol === 'https:' } : { host, port, secure };
        return to.secure
            ? // tls.connect takes `onread` as net.connect does (documented; @types/node leaves it out).
                (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ host: to.host, port: to.port, servername: (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(to.host) ? undefined : to.host, ...{ onread } })
            : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: to.host, port: to.port, onread });
    };
    const authorization = proxy && !secure ? (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyAuthorization */ .YB)(proxy) : undefined;
    const target = proxy && !secure ? `${url.origin}${url.pathname}${url.search}` : `${url.pathname}${url.search}`;
    const lines = [
        `GET ${target} HTTP/1.1`,
        `Host: ${url.host}`,
        'Accept-Encoding: identity',
        'Connection: close',
        ...(Object.keys(params.headers).some((name) => name.toLowerCase() === 'user-agent') ? [] : [`User-Agent: ${_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._}`]),
        ...(authorization ? [`Proxy-Authorization: ${authorization}`] : []),
        ...Object.entries(params.headers).map(([name, value]) => `${name}: ${value}`),
    ];
    const onEnd = () => {
        if (phase === 'head')
            return fail(new Error('the connection closed before the response head'));
        if (phase !== 'body')
            return;
        // Close-delimited bodies end here; a Content-Length one that ends here broke off.
        if (bodyLength === undefined)
            return finishBody();
        fail(new Error('the connection closed before the body ended'));
    };
    let socket;
    const start = async () => {
        socket = await connectSocket();
        if (dataEvents) {
            socket.on('data', (chunk) => {
                pending = pending?.length ? Buffer.concat([pending, chunk]) : chunk;
                feed();
            });
        }
        socket.write(`${lines.join('\r\n')}\r\n\r\n`);
        socket.on('error', (error) => {
            // Forwarding through a proxy, a connection that never got an answer failed at the proxy.
            if (proxy && !secure && phase === 'head' && (error.syscall === 'connect' || error.syscall === 'getaddrinfo')) {
                return fail(Object.assign(new Error(`cannot reach the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .describeProxy */ .GK)(proxy)} (${error.code ?? error.message})`, { cause: error }), { code: error.code }));
            }
            fail(error);
        });
        socket.on('end', () => {
            if (pending?.length)
                endAfterPending = true;
            else
                onEnd();
        });
        const onAbort = () => fail(params.signal.reason instanceof Error ? params.signal.reason : new Error('aborted'));
        if (params.signal.aborted)
            onAbort();
        params.signal.addEventListener('abort', onAbort, { once: true });
        socket.once('close', () => params.signal.removeEventListener('abort', onAbort));
    };
    // No socket yet (the proxy refused the tunnel, or could not be reached): nothing to close.
    start().catch((error) => settle.reject(error));
    return answered;
}


/***/ }),

/***/ 57856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ describeProxy),
/* harmony export */   Ne: () => (/* binding */ ProxyRefusedError),
/* harmony export */   Tl: () => (/* binding */ ProxySettingError),
/* harmony export */   X: () => (/* binding */ openTunnel),
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   uv: () => (/* binding */ readProxySettings)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var proxy_from_env__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98182);



/**
 * The proxy a request goes through, read from the environment as curl reads it (proxy-from-env: `https_proxy`,
 * `http_proxy` or `all_proxy`, lower case first, then upper case; `no_proxy` lists hosts, `.domain` suffixes,
 * `host:port`, or `*`). Self-hosted runners behind a mandatory proxy set these for the runner and every action.
 */
function proxyFor(url) {
    const scheme = url.protocol.slice(0, -1);
    // The setting proxy-from-env reads for this URL, as it reads it (lower case first); blank is no proxy.
    const setting = [`${scheme}_proxy`, 'all_proxy'].map((name) => process.env[name] || process.env[name.toUpperCase()]).find(Boolean)?.trim();
    if (!setting || !(0,proxy_from_env__WEBPACK_IMPORTED_MODULE_2__/* .getProxyForUrl */ .T)(url.href))
        return undefined;
    const parsed = parseProxySetting(setting);
    if ('problem' in parsed)
        throw new ProxySettingError(`the proxy setting for ${scheme} URLs ${parsed.problem}`);
    return parsed.url;
}
/**
 * A proxy setting as a URL. One without a scheme (proxy.internal:3128) is an http proxy, as curl takes it
 * (proxy-from-env would give it the request's scheme, and so speak TLS to a plain proxy for every https URL).
 */
function parseProxySetting(setting) {
    let url;
    try {
        url = new URL(setting.includes('://') ? setting : `http://${setting}`);
    }
    catch {
        return { problem: 'is not a proxy URL: give it as http://host:port (or http://user:password@host:port), or unset it' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { problem: `names a ${url.protocol}// proxy; only http:// and https:// proxies are supported: give an http proxy, or unset it` };
    }
    return { url };
}
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];
/**
 * Check the proxy variables once, up front: what is wrong with the first that is not a URL (named, not quoted:
 * its value may hold a password), and the passwords they carry, for the front ends to mask.
 */
function readProxySettings(env) {
    const passwords = [];
    for (const name of PROXY_VARIABLES) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        const parsed = parseProxySetting(value);
        if ('problem' in parsed)
            return { problem: `${name} ${parsed.problem}`, passwords };
        const { url } = parsed;
        if (url.password)
            passwords.push(url.password, decodeURIComponent(url.password));
    }
    return { passwords: [...new Set(passwords)] };
}
/** The proxy setting is unusable: asking again will not help. */
class ProxySettingError extends Error {
}
/** The proxy refused the request itself (not the server behind it): 407 and 403 are not worth another attempt. */
class ProxyRefusedError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The proxy's origin, for messages: never its credentials. */
function describeProxy(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** `Proxy-Authorization` for a proxy URL that carries credentials (percent-decoded, as curl takes them). */
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return undefined;
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return `Basic ${Buffer.from(credentials).toString('base64')}`;
}
const MAX_CONNECT_HEAD = 16 * 1024;
/**
 * A connection to host:port through `proxy` (HTTP CONNECT): resolves with the proxy's socket once the proxy said
 * 200, ready for TLS to the host. A refusal (407, 403) rejects with ProxyRefusedError; other statuses with an
 * Error carrying the status (a 502 or 503 from the proxy may pass).
 */
function openTunnel(params) {
    const { proxy, host, port } = params;
    const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
    const proxyHost = proxy.hostname.replace(/^\[(.*)\]$/, '$1');
    return new Promise((resolve, reject) => {
        const socket = proxy.protocol === 'https:' ? (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ host: proxyHost, port: proxyPort, servername: proxyHost }) : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: proxyHost, port: proxyPort });
        let head = Buffer.alloc(0);
        const done = (error) => {
            socket.off('data', onData);
            socket.off('error', onError);
            socket.off('end', onEnd);
            params.signal.removeEventListener('abort', onAbort);
            if (error) {
                socket.destroy();
                reject(error);
            }
            else {
                resolve(socket);
            }
        };
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > MAX_CONNECT_HEAD)
                    done(new Error(`the proxy ${describeProxy(proxy)} sent an over-long answer to CONNECT`));
                return;
            }
            socket.pause();
            const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
            const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
            if (status === 200) {
                // TLS to the host speaks first; a proxy that sends more before it is not a tunnel we can use.
                if (end + 4 !== head.length)
                    return done(new Error(`the proxy ${describeProxy(proxy)} sent data before the tunnel to ${authority} was used`));
                return done();
            }
            const reason = statusLine.replace(/^HTTP\/1\.[01] /, '').slice(0, 80);
            const what = `the proxy ${describeProxy(proxy)} answered CONNECT ${authority} with ${Number.isNaN(status) ? JSON.stringify(reason) : reason}`;
            if (status === 407)
                return done(new ProxyRefusedError(`${what}: check the user and password in the proxy setting (https_proxy / HTTPS_PROXY)`, status));
            if (status === 403)
                return done(new ProxyRefusedError(`${what}: the proxy does not allow ${authority}; ask its administrator, or list the host in NO_PROXY if it is reachable directly`, status));
            done(Object.assign(new Error(what), { status }));
        };
        const onError = (error) => done(new Error(`cannot reach the proxy ${describeProxy(proxy)}: ${error.message}`, { cause: error }));
        const onEnd = () => done(new Error(`the proxy ${describeProxy(proxy)} closed the connection before answering CONNECT ${authority}`));
        const onAbort = () => done(params.signal.reason instanceof Error ? params.signal.reason : new Error('aborted'));
        socket.on('data', onData);
        socket.on('error', onError);
        socket.on('end', onEnd);
        if (params.signal.aborted)
            return onAbort();
        params.signal.addEventListener('abort', onAbort, { once: true });
        const authorization = proxyAuthorization(proxy);
        socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${authorization ? `Proxy-Authorization: ${authorization}\r\n` : ''}\r\n`);
    });
}


/***/ }),

/***/ 93129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P6: () => (/* binding */ downloadVerifiedFile),
  Hk: () => (/* binding */ localFileMatches),
  O2: () => (/* binding */ resolveUrl)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@huggingface/hub/dist/index.mjs + 15 modules
var dist = __webpack_require__(75009);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/core/hash-worker.ts

/**
 * Hashing on a worker thread, so that the sha256 of a large download (~0.5 s per GiB here) runs beside receiving
 * and writing it rather than in series with them on the main thread.
 *
 * The worker reads back what was written, from the file (the page cache) through the writer's own descriptor:
 * the main thread neither copies the bytes nor hands them over, and what is verified is what the file holds.
 *
 * One worker, started on first use, serves every hash of the process (each is a job with its own hash state).
 * It holds the event loop open only while an answer is awaited: an idle worker never keeps the process alive,
 * and a caller awaiting a digest is never left hanging by an exiting process. Its code is a string evaluated as
 * CommonJS, so it needs no file of its own next to the bundle.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readSync } = require('node:fs');
const jobs = new Map();
let buffer;
parentPort.on('message', (message) => {
  const { job, type } = message;
  const state = jobs.get(job);
  if (type === 'start') {
    const hash = createHash(message.algorithm);
    if (message.prefix) hash.update(message.prefix);
    jobs.set(job, { hash, fd: message.fd, error: undefined });
  } else if (type === 'range') {
    if (!state || state.error !== undefined) return;
    try {
      buffer ??= Buffer.allocUnsafe(1024 * 1024);
      for (let position = message.start; position < message.end; ) {
        const read = readSync(state.fd, buffer, 0, Math.min(buffer.length, message.end - position), position);
        if (read === 0) throw new Error('the file ends at byte ' + position + ', before ' + message.end);
        state.hash.update(buffer.subarray(0, read));
        position += read;
      }
    } catch (error) {
      state.error = String((error && error.message) || error);
    }
  } else if (type === 'digest') {
    jobs.delete(job);
    if (!state) parentPort.postMessage({ job, error: 'unknown hash job' });
    else if (state.error !== undefined) parentPort.postMessage({ job, error: state.error });
    else parentPort.postMessage({ job, hex: state.hash.digest('hex') });
  } else if (type === 'drop') {
    jobs.delete(job);
    parentPort.postMessage({ job });
  }
});
`;
/** The one worker and the answers awaited from it, per job in the order asked (the worker answers in order). */
class HashWorkerHost {
    worker;
    waiting = new Map();
    outstanding = 0;
    nextJob = 1;
    dead;
    constructor() {
        this.worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        this.worker.unref();
        this.worker.on('message', (answer) => this.answer(answer));
        this.worker.on('error', (error) => this.fail(error));
        this.worker.on('exit', (code) => this.fail(new Error(`the hashing worker exited with code ${code}`)));
    }
    start(params) {
        if (this.dead)
            throw this.dead;
        const job = this.nextJob++;
        this.waiting.set(job, []);
        this.worker.postMessage({ job, type: 'start', ...params });
        return job;
    }
    /** A message that is not answered: a failure is kept by the job and reported by its digest. */
    tell(job, message) {
        if (!this.dead)
            this.worker.postMessage({ job, ...message });
    }
    ask(job, message) {
        if (this.dead)
            return Promise.reject(this.dead);
        const queue = this.waiting.get(job);
        if (!queue)
            return Promise.reject(new Error(`hash job ${job} is over`));
        return new Promise((resolve, reject) => {
            queue.push({ resolve, reject });
            if (this.outstanding++ === 0)
                this.worker.ref();
            this.worker.postMessage({ job, ...message });
        });
    }
    forget(job) {
        this.waiting.delete(job);
    }
    answer(answer) {
        if (--this.outstanding === 0)
            this.worker.unref();
        const waiter = this.waiting.get(answer.job)?.shift();
        if (!waiter)
            return;
        if (answer.error !== undefined)
            waiter.reject(new Error(`hashing failed: ${answer.error}`));
        else
            waiter.resolve(answer.hex);
    }
    /** A dead worker fails every pending answer; the next job starts a new worker. */
    fail(error) {
        if (this.dead)
            return;
        this.dead = error;
        if (host === this)
            host = undefined;
        this.outstanding = 0;
        for (const queue of this.waiting.values())
            for (const waiter of queue.splice(0))
                waiter.reject(error);
        void this.worker.terminate().catch(() => undefined);
    }
}
let host;
/**
 * The hash of what is written to the file open as `fd`, computed on the shared hashing worker (started now if it is
 * not running): each range is read back and hashed once written() says it is in the file. The worker reads `fd`
 * until digest() or dispose() resolved: close it only after.
 */
function workerFileContentHash(params) {
    host ??= new HashWorkerHost();
    const owner = host;
    const job = owner.start(params);
    let hashedUpTo = 0;
    let over = false;
    const end = async (type) => {
        over = true;
        try {
            return await owner.ask(job, { type });
        }
        finally {
            owner.forget(job);
        }
    };
    return {
        receive: () => undefined,
        written: (upTo) => {
            if (over || upTo <= hashedUpTo)
                return;
            owner.tell(job, { type: 'range', start: hashedUpTo, end: upTo });
            hashedUpTo = upTo;
        },
        digest: async () => (await end('digest')),
        dispose: async () => {
            if (over)
                return;
            // A dead worker reads nothing any more: nothing to wait for.
            await end('drop').catch(() => undefined);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/content-hash.ts


/**
 * Contents this large are hashed on the worker thread. Below it the worker is not worth its start (~30 ms of a
 * core) or its messages: a 32 MiB sha256 takes ~15 ms here, and many small files must not pay for a thread.
 */
const WORKER_HASH_MIN_BYTES = 32 * 1024 * 1024;
/**
 * The hash of a `size`-byte content being written to the file open as `fd`: read back and hashed on the shared
 * worker for large contents, hashed from memory on this thread otherwise. `prefix` is hashed first (git's blob
 * header).
 */
function createFileContentHash(params) {
    const { algorithm, prefix, size, fd } = params;
    return size >= WORKER_HASH_MIN_BYTES ? workerFileContentHash({ algorithm, prefix, fd }) : inlineContentHash({ algorithm, prefix });
}
/** A FileContentHash of the bytes as they are received, on this thread. */
function inlineContentHash(params) {
    const hash = (0,external_node_crypto_.createHash)(params.algorithm);
    if (params.prefix)
        hash.update(params.prefix);
    return {
        receive: (bytes) => void hash.update(bytes),
        written: () => undefined,
        digest: async () => hash.digest('hex'),
        dispose: async () => undefined,
    };
}

// EXTERNAL MODULE: ./src/core/write-fully.ts
var write_fully = __webpack_require__(58761);
;// CONCATENATED MODULE: ./src/core/hashing-file-writer.ts

/**
 * Streams chunks into a file from offset 0 while hashing them, without waiting for each write before taking the
 * next chunk. On a 2-core runner, receiving (main thread), writing (libuv's threadpool) and, for large files,
 * hashing (a worker thread, see content-hash.ts) then run side by side instead of one after the other.
 *
 * Chunks are batched by reference, not copied: one writev per `batchBytes` (writevFully: short writes, ENOSPC),
 * up to `maxInFlight` of them at once. Every `syncEveryBytes` written, a datasync runs in the background, so the
 * kernel writes back while the download goes on and the caller's final fsync finds little left to do.
 *
 * A failed write or background sync is kept and thrown by the next push() or drain(): the writer is then `failed`
 * and what it wrote counts for nothing.
 */
class HashingFileWriter {
    handle;
    hash;
    batchBytes;
    maxInFlight;
    syncEveryBytes;
    pending = [];
    pendingBytes = 0;
    received = 0;
    committed = 0;
    inFlight = [];
    /** The file holds every byte before this offset. */
    writtenUpTo = 0;
    syncedUpTo = 0;
    syncing;
    failure;
    hasFailed = false;
    constructor(params) {
        this.handle = params.handle;
        this.hash = params.hash;
        this.batchBytes = params.batchBytes ?? DEFAULT_BATCH_BYTES;
        this.maxInFlight = params.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
        this.syncEveryBytes = params.syncEveryBytes ?? DEFAULT_SYNC_EVERY_BYTES;
    }
    /** Bytes pushed so far. Once drain() resolved, all of them are in the file and in the hash. */
    get bytes() {
        return this.received;
    }
    /** A write or sync failed: the file and the hash may disagree, and nothing may resume from here. */
    get failed() {
        return this.hasFailed;
    }
    /**
     * Take `chunk`, which must not be modified afterwards (it is written as it is). Returns undefined when the
     * caller may push again at once, else a promise to await first: `maxInFlight` writes are running.
     */
    push(chunk) {
        this.throwIfFailed();
        this.hash.receive(chunk);
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        this.received += chunk.length;
        if (this.pendingBytes >= this.batchBytes || this.pending.length >= MAX_CHUNKS_PER_BATCH)
            this.commit();
        return this.inFlight.length >= this.maxInFlight ? this.inFlight[0].settled : undefined;
    }
    /** Write what is pending and wait for every write and sync: then `bytes` are all in the file and in the hash. */
    async drain() {
        if (!this.hasFailed && this.pendingBytes > 0)
            this.commit();
        await Promise.all(this.inFlight.map((batch) => batch.settled));
        await this.syncing;
        this.throwIfFailed();
    }
    /** The hex digest of every byte pushed; drain() first. */
    digest() {
        return this.hash.digest();
    }
    /** Give up the hash; resolves once nothing reads the file for it (close the file after). */
    dispose() {
        return this.hash.dispose();
    }
    commit() {
        const chunks = this.pending;
        const position = this.committed;
        this.committed += this.pendingBytes;
        this.pending = [];
        this.pendingBytes = 0;
        const batch = { end: this.committed, done: false, settled: Promise.resolve() };
        batch.settled = (0,write_fully/* writevFully */.m)({ handle: this.handle, chunks, position }).then(() => this.finished(batch), (error) => {
            this.fail(error);
            this.finished(batch);
        });
        this.inFlight.push(batch);
    }
    /** Writes end in any order; the hash learns of the written prefix in file order. */
    finished(batch) {
        batch.done = true;
        while (this.inFlight.length > 0 && this.inFlight[0].done)
            this.writtenUpTo = this.inFlight.shift().end;
        if (this.hasFailed)
            return;
        this.hash.written(this.writtenUpTo);
        if (!this.syncing && this.writtenUpTo - this.syncedUpTo >= this.syncEveryBytes) {
            this.syncedUpTo = this.writtenUpTo;
            this.syncing = this.handle.datasync().then(() => {
                this.syncing = undefined;
            }, (error) => {
                this.fail(error);
                this.syncing = undefined;
            });
        }
    }
    fail(error) {
        if (this.hasFailed)
            return;
        this.hasFailed = true;
        this.failure = error;
    }
    throwIfFailed() {
        if (this.hasFailed)
            throw this.failure;
    }
}
/**
 * 1 MiB per writev, 4 at once: 4 MiB of chunks held. Measured on the 512 MiB bench: 4 MiB batches cost far more
 * CPU, one write at a time was slower, and 2 or 8 at once no faster.
 */
const DEFAULT_BATCH_BYTES = 1024 * 1024;
const DEFAULT_MAX_IN_FLIGHT = 4;
/** writev takes at most IOV_MAX (1024) buffers; tiny chunks make a batch before 1 MiB does. */
const MAX_CHUNKS_PER_BATCH = 256;
/**
 * Start writeback every 32 MiB written. Without it the kernel keeps the whole file dirty (its background
 * writeback waits for 10% of RAM or 30 s) and the final fsync writes it all after the last byte arrived:
 * up to ~0.45 s for 512 MiB, in series with everything else; with it that fsync takes ~10 ms. (8, 16 and 64 MiB
 * measured the same as 32.)
 */
const DEFAULT_SYNC_EVERY_BYTES = 32 * 1024 * 1024;

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts + 1 modules
var fetch_with_retry = __webpack_require__(13484);
// EXTERNAL MODULE: ./src/hub/hub-errors.ts
var hub_errors = __webpack_require__(96210);
// EXTERNAL MODULE: ./src/http/get-body.ts
var get_body = __webpack_require__(84585);
;// CONCATENATED MODULE: ./src/hub/download-verified-file.ts













/** The URL the Hub serves a file's content at (the same one @huggingface/hub's fileDownloadInfo builds). */
function resolveUrl(params) {
    const { connection, repo, revision, path } = params;
    const prefix = repo.type === 'dataset' ? 'datasets/' : '';
    const encodedPath = path.split('/').map(encodeURIComponent).join('/');
    return `${connection.hubUrl}/${prefix}${repo.name}/resolve/${encodeURIComponent(revision)}/${encodedPath}`;
}
/** git's object id of a blob: sha1("blob <size>\0" + content). */
function gitBlobHasher(size) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${size}\0`);
}
class VerificationError extends Error {
}
/** Does the file at `path` hold exactly the listed content (LFS sha256, else git blob sha1)? */
async function localFileMatches(params) {
    const { path, file } = params;
    const hash = file.lfsSha256 ? (0,external_node_crypto_.createHash)('sha256') : gitBlobHasher(file.size);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
            hash.update(chunk);
    }
    catch {
        return false;
    }
    return hash.digest('hex') === (file.lfsSha256 ?? file.oid);
}
/**
 * Download one file to `destination`, verified: streamed to a temp file beside it while hashing, resumed
 * with a Range request after a reset, retried from scratch on wrong bytes, and renamed into place only when
 * its size and hash (LFS sha256, else git blob sha1) match the listing. A stalled body is abandoned after
 * the policy's timeout. On failure nothing is left at `destination` that was not there before.
 */
async function downloadVerifiedFile(params) {
    const { connection, repo, revision, file, destination } = params;
    const policy = connection.retry;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const temp = (0,atomic_write/* tempPathFor */.FD)(destination);
    let lastError;
    // Bytes of this file reported so far in this attempt: an attempt that starts over takes them back, so progress
    // never counts a byte twice (and never shows more than the total).
    let reported = 0;
    const onBytes = (bytes) => {
        reported += bytes;
        params.onBytes?.(bytes);
    };
    try {
        for (let attempt = 1; attempt <= policy.attempts; attempt++) {
            if (reported > 0) {
                params.onBytes?.(-reported);
                reported = 0;
            }
            try {
                await downloadOnce({ connection, repo, revision, file, temp, onBytes, idleTimeoutMs: policy.timeoutMs });
                await (0,promises_.rename)(temp, destination);
                return;
            }
            catch (error) {
                lastError = error;
                if (!isRetryable(error) || attempt === policy.attempts)
                    break;
                const wait = (0,fetch_with_retry/* backoffMs */.jo)(policy, attempt);
                params.onRetry?.(`${file.path}: ${(0,fetch_with_retry/* describeCause */.V$)(error)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
                await new Promise((resolve) => setTimeout(resolve, wait));
            }
        }
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
    if (lastError instanceof VerificationError)
        throw new errors/* StepError */.zg(`${file.path}: ${lastError.message}`);
    throw (0,hub_errors/* explainHubError */.d)({ error: lastError, what: `downloading ${file.path}` });
}
/** Local filesystem failures: retrying the download cannot help, so they end the run at once. */
const LOCAL_FS_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOTDIR', 'EISDIR']);
/**
 * Network hiccups and bad bytes are worth another attempt. An HTTP status is not: the retrying fetch already
 * retried 429 and 5xx with backoff, and a 4xx will not change.
 */
function isRetryable(error) {
    if (typeof error.statusCode === 'number')
        return false;
    return !LOCAL_FS_ERRORS.has(error.code ?? '');
}
async function downloadOnce(params) {
    const { connection, repo, revision, file, temp } = params;
    const url = resolveUrl({ connection, repo, revision, path: file.path });
    // Our own GET rather than @huggingface/hub's WebBlob.stream(): that one aborts the stream with the error's
    // message alone, so the HTTP status (and whether to retry) is lost. get-body.ts rather than fetch or node's http
    // (the body is read into 1 MiB buffers: a fraction of the CPU), with the retry loop every Hub request has: 429/5xx
    // and connection failures are retried.
    const open_ = async (from) => {
        const headers = {};
        if (connection.accessToken)
            headers.Authorization = `Bearer ${connection.accessToken}`;
        if (from > 0)
            headers.Range = `bytes=${from}-`;
        // The writer keeps what it is given until its batch is written.
        const response = await (0,get_body/* getBodyWithRetries */.jg)({ url, headers, policy: connection.retry, onRetry: connection.onRetry, keepBuffers: true });
        const { status } = response;
        if (status < 200 || status >= 300) {
            response.discard();
            throw new dist/* HubApiError */.yL(url, status, response.headers['x-request-id'], `GET ${(0,fetch_with_retry/* describeUrl */.Ng)(url)}`);
        }
        if (from > 0 && status !== 206) {
            response.discard();
            throw new Error('the server ignored the Range request of a resume');
        }
        return response;
    };
    // Open for reading too: a large file is hashed on a worker thread, which reads back each range once written.
    const handle = await (0,promises_.open)(temp, 'w+', 0o644);
    let writer;
    let actual;
    try {
        // LFS files are identified by the sha256 of their content, others by their git blob sha1: hash only what is checked.
        const hash = createFileContentHash({
            ...(file.lfsSha256 ? { algorithm: 'sha256' } : { algorithm: 'sha1', prefix: `blob ${file.size}\0` }),
            size: file.size,
            fd: handle.fd,
        });
        writer = new HashingFileWriter({ handle, hash });
        // Resume after a dropped connection from where we are, with a Range request.
        for (let resumes = 0;; resumes++) {
            const body = await open_(writer.bytes);
            try {
                await pump({ body, writer, expected: file.size, idleTimeoutMs: params.idleTimeoutMs, onBytes: params.onBytes });
                break;
            }
            catch (error) {
                // Only a connection that dropped after delivering bytes is resumed, and only while the file and the hash
                // hold the same bytes; anything else starts over.
                if (error instanceof VerificationError || writer.failed || writer.bytes === 0 || resumes >= 3)
                    throw error;
            }
        }
        // Durable before it counts: the data is on disk before the caller renames the file into place.
        [actual] = await Promise.all([writer.digest(), handle.sync()]);
    }
    finally {
        // The hashing worker reads through this handle: it lets go before the handle closes.
        await writer?.dispose();
        await handle.close();
    }
    const written = writer.bytes;
    if (written !== file.size)
        throw new VerificationError(`got ${written} bytes, the Hub listing says ${file.size}`);
    if (file.lfsSha256) {
        if (actual !== file.lfsSha256)
            throw new VerificationError(`sha256 mismatch (got ${actual.slice(0, 12)}…, expected ${file.lfsSha256.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
    }
    else if (file.oid) {
        if (actual !== file.oid)
            throw new VerificationError(`git oid mismatch (got ${actual.slice(0, 12)}…, expected ${file.oid.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
    }
}
/**
 * Feed one response body to the writer, refusing bytes beyond the listed size. However it ends, the writer is
 * drained first, so the bytes received are all in the file and in the hash, and a resume continues from there.
 */
async function pump(params) {
    const { body, writer, expected, idleTimeoutMs, onBytes } = params;
    let refuse = () => undefined;
    const refused = new Promise((resolve) => (refuse = resolve));
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            try {
                if (writer.bytes + chunk.length > expected)
                    throw new VerificationError(`served more than the ${expected} bytes the Hub lists`);
                // Awaited only while the writer has its most writes running.
                const full = writer.push(chunk);
                if (full)
                    full.then(() => callback(), () => callback());
                else
                    callback();
            }
            catch (error) {
                refuse(error);
                callback();
            }
        },
    });
    try {
        await body.pipeTo({ sink, idleMs: idleTimeoutMs, stop: refused, onBytes: (bytes) => onBytes?.(bytes) });
        // Once the sink has taken every write, the writer has every byte.
        await new Promise((resolve) => sink.end(resolve));
        await writer.drain();
    }
    catch (error) {
        // A failed write is the error to report (a full disk is not worth a retry), not what followed it.
        await new Promise((resolve) => sink.end(resolve));
        await writer.drain();
        throw error;
    }
}


/***/ }),

/***/ 96210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ explainHubError)
/* harmony export */ });
/* harmony import */ var _huggingface_hub__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75009);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13484);



/**
 * Turn a Hub failure into a message a person can act on. A missing repo or revision is the user's
 * input (exit 2); everything else is a failure of the run (exit 1). Never includes the token.
 */
function explainHubError(params) {
    const { error, what } = params;
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg)
        return error;
    if (error instanceof _huggingface_hub__WEBPACK_IMPORTED_MODULE_0__/* .HubApiError */ .yL) {
        const code = error.data && error.message;
        if (error.statusCode === 404) {
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} was not found on the Hub (${firstSentence(code ?? '')}): check the name and revision`);
        }
        if (error.statusCode === 401 || error.statusCode === 403) {
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`${what}: access denied (HTTP ${error.statusCode}); the repo may be private or gated: give a token with access (HF_TOKEN, --token or the hf-token input)`);
        }
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`${what}: the Hub answered HTTP ${error.statusCode} (${firstSentence(error.message)})`);
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`${what}: ${(0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCause */ .V$)(error)}`, { cause: error });
}
function firstSentence(message) {
    const cut = message.split('. URL:')[0];
    return cut.length > 200 ? `${cut.slice(0, 197)}...` : cut;
}


/***/ }),

/***/ 89386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listRepoFiles)
/* harmony export */ });
/* unused harmony export assertSafeRepoPath */
/* harmony import */ var _huggingface_hub__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75009);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20044);
/* harmony import */ var _hub_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96210);
/* harmony import */ var _repo_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27775);





/**
 * Every file of the repo at `revision` (recursive, all pages). Paths are checked before anything is
 * written: a listing that names "../x", an absolute path or a backslash path is refused, not followed.
 */
async function listRepoFiles(params) {
    const { connection, repo, revision } = params;
    const files = [];
    try {
        for await (const entry of (0,_huggingface_hub__WEBPACK_IMPORTED_MODULE_0__/* .listFiles */ .CS)({
            repo: (0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoDesignation */ .P)(repo),
            revision,
            path: params.path,
            recursive: true,
            hubUrl: connection.hubUrl,
            accessToken: connection.accessToken,
            fetch: connection.fetch,
        })) {
            if (entry.type !== 'file')
                continue;
            assertSafeRepoPath(entry.path, repo);
            if (!Number.isSafeInteger(entry.size) || entry.size < 0) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The Hub listing of ${(0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo)} gives "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(entry.path)}" an invalid size; refusing to download it`);
            }
            files.push({ path: entry.path, size: entry.size, oid: entry.oid ?? '', lfsSha256: entry.lfs?.oid });
        }
    }
    catch (error) {
        throw (0,_hub_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainHubError */ .d)({ error, what: (0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo, revision) });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function assertSafeRepoPath(path, repo) {
    const parts = path.split('/');
    const unsafe = path === '' ||
        path.startsWith('/') ||
        path.includes('\\') ||
        /[\x00-\x1f]/.test(path) ||
        /^[A-Za-z]:/.test(path) ||
        parts.some((part) => part === '..' || part === '.' || part === '');
    if (unsafe) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The Hub listing of ${(0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo)} holds an unsafe path "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(path)}"; refusing to write outside the output dir`);
    }
}


/***/ }),

/***/ 27775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ toRepoDesignation),
/* harmony export */   _: () => (/* binding */ describeRepo)
/* harmony export */ });
function toRepoDesignation(repo) {
    return { type: repo.type, name: repo.name };
}
function describeRepo(repo, revision) {
    const kind = repo.type === 'dataset' ? 'dataset ' : 'model ';
    return `${kind}${repo.name}${revision ? `@${revision}` : ''}`;
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ resolveRevision)
/* harmony export */ });
/* harmony import */ var _huggingface_hub__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75009);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20044);
/* harmony import */ var _hub_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96210);
/* harmony import */ var _repo_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27775);





/** The commit sha a branch, tag or sha points at now: one API call (none for a full sha). */
async function resolveRevision(params) {
    const { connection, repo, revision } = params;
    if ((0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._$)(revision))
        return revision;
    const common = {
        name: repo.name,
        revision,
        hubUrl: connection.hubUrl,
        accessToken: connection.accessToken,
        fetch: connection.fetch,
        additionalFields: ['sha'],
    };
    let sha;
    try {
        sha = repo.type === 'model' ? (await (0,_huggingface_hub__WEBPACK_IMPORTED_MODULE_0__/* .modelInfo */ .gi)(common)).sha : (await (0,_huggingface_hub__WEBPACK_IMPORTED_MODULE_0__/* .datasetInfo */ .XU)(common)).sha;
    }
    catch (error) {
        throw (0,_hub_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainHubError */ .d)({ error, what: (0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo, revision) });
    }
    if (typeof sha !== 'string' || !(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._$)(sha)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`The Hub did not give a commit sha for ${(0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo, revision)}`);
    }
    return sha;
}


/***/ }),

/***/ 11178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ revisionForKey)
/* harmony export */ });
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20044);
/* harmony import */ var _resolve_revision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1569);


/**
 * The commit sha a step's key is built on. A full sha needs no network; offline, the sha the cached metadata
 * recorded for this same name and revision (undefined when there is none: the step then cannot hit); otherwise
 * one API call resolves the branch or tag, so a moved branch is noticed.
 */
async function revisionForKey(params) {
    const { connection, repo, revision, cached } = params;
    if ((0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_0__/* .isCommitSha */ ._$)(revision))
        return revision;
    if (connection.offline)
        return cached && cached.name === repo.name && cached.revision === revision ? cached.resolvedRevision : undefined;
    return (0,_resolve_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRevision */ .e)({ connection, repo, revision });
}


/***/ }),

/***/ 12461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ loadS3),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   cg: () => (/* binding */ loadStorage),
/* harmony export */   qo: () => (/* binding */ createS3Client),
/* harmony export */   zL: () => (/* binding */ describeStoreError)
/* harmony export */ });
let modules;
let storage;
function loadS3() {
    // The SDK warns on Node 20 that its releases after January 2027 need Node 22: about its future, not this run.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    process.env.AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING ??= '1';
    return (modules ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19)));
}
function loadStorage() {
    return (storage ??= Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 22358, 19)));
}
/**
 * A client for the store. Credentials come from the standard chain; keys given in `env` (the CLI's environment,
 * which tests and embedders pass explicitly) win over what the chain would find in the process. With an endpoint
 * (MinIO, R2, Ceph, Hugging Face Storage Buckets) addressing is path-style and the region defaults to us-east-1.
 * The SDK's standard retry strategy retries 429, 500–504, SlowDown and dropped connections with backoff.
 */
async function createS3Client(params) {
    const { location, env } = params;
    const { S3Client } = await loadS3();
    const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || (location.endpoint ? 'us-east-1' : undefined);
    const attempts = Number.parseInt(env.AWS_MAX_ATTEMPTS ?? '', 10);
    return new S3Client({
        ...(region ? { region } : {}),
        ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: true } : {}),
        ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
            ? { credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) } }
            : {}),
        maxAttempts: Number.isSafeInteger(attempts) && attempts > 0 ? attempts : 5,
        retryMode: 'standard',
        // Checksums on every request would cost a second pass over multi-GB bodies; we verify sha256 ourselves.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
    });
}
/** Does this SDK error mean "no such object"? (HeadObject answers a bare 404 named NotFound.) */
function isNotFound(error) {
    const e = error;
    return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || (e?.$metadata?.httpStatusCode === 404 && e?.name !== 'NoSuchBucket');
}
/**
 * One line for a store that cannot be used, naming the bucket, the endpoint and what to do. Never includes the
 * request's signature or credentials (the SDK's messages hold neither).
 */
function describeStoreError(params) {
    const { error, location, env } = params;
    const e = error;
    const status = e?.$metadata?.httpStatusCode;
    const name = e?.name ?? '';
    const code = e?.code ?? e?.cause?.code ?? '';
    const where = `bucket ${location.bucket} at ${location.endpoint ?? `AWS S3${env.AWS_REGION || env.AWS_DEFAULT_REGION ? ` (${env.AWS_REGION || env.AWS_DEFAULT_REGION})` : ''}`}`;
    const said = (e?.message ?? String(error)).split('\n')[0].slice(0, 200);
    if (name === 'NoSuchBucket' || (status === 404 && /bucket/i.test(said))) {
        return `${where} does not exist: create it, or fix the bucket name in --store / store`;
    }
    if (['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'InvalidToken', 'TokenRefreshRequired'].includes(name) || name === 'CredentialsProviderError') {
        return `${where} rejected the credentials (${name}): check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or AWS_SESSION_TOKEN, the profile, or the OIDC role)`;
    }
    if (name === 'AccessDenied' || status === 403) {
        return `${where} denied access (403 ${name || 'Forbidden'}): give these credentials s3:GetObject, s3:PutObject, s3:ListBucket (and s3:DeleteObject for prune) on the bucket`;
    }
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'].includes(code) || /ECONNREFUSED|ENOTFOUND|getaddrinfo/.test(said)) {
        return `${where} could not be reached (${code || said}): check --store-endpoint / AWS_ENDPOINT_URL_S3 and that the server is up`;
    }
    if (/region/i.test(said) && !location.endpoint)
        return `${where}: ${said}: set AWS_REGION, or --store-endpoint for a non-AWS server`;
    return `${where} failed: ${name && !said.includes(name) ? `${name}: ` : ''}${said}${status ? ` (HTTP ${status})` : ''}`;
}


/***/ }),

/***/ 49001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ storeKeys),
/* harmony export */   Kk: () => (/* binding */ parseManifestKey),
/* harmony export */   QK: () => (/* binding */ parseBlobKey)
/* harmony export */ });
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60484);

/**
 * Object names in the store. Changing any of them orphans every stored entry, so they are versioned by what they
 * hold, never by our release:
 *   <prefix>/blobs/sha256/<2 hex>/<sha256>        one file's bytes, named by their hash (shared by every entry)
 *   <prefix>/entries/<step>/<key>.json            one result's manifest, written last: the commit point
 *   <prefix>/pointers/<step>/<lineage hash>.json  the newest key of a lineage (a model repo + patterns)
 *   <prefix>/uses/<step>/<key>                    empty; its LastModified is the entry's last use
 *   <prefix>/records/<name>.json                  a small record (a branch's latest result of a step, a key's metrics)
 */
function storeKeys(prefix) {
    const base = prefix ? `${prefix}/` : '';
    return {
        blob: (sha256) => `${base}blobs/sha256/${sha256.slice(0, 2)}/${sha256}`,
        blobs: `${base}blobs/sha256/`,
        manifest: (step, key) => `${base}entries/${step}/${key}.json`,
        manifests: `${base}entries/`,
        pointer: (step, lineage) => `${base}pointers/${step}/${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(lineage)}.json`,
        pointers: `${base}pointers/`,
        use: (step, key) => `${base}uses/${step}/${key}`,
        uses: `${base}uses/`,
        record: (name) => `${base}records/${name}.json`,
    };
}
/** `<prefix>/entries/<step>/<key>.json` → { step, key }, or undefined for anything else under entries/. */
function parseManifestKey(keys, objectKey) {
    if (!objectKey.startsWith(keys.manifests))
        return undefined;
    const match = /^([a-z0-9-]+)\/([0-9a-f]{16,128})\.json$/.exec(objectKey.slice(keys.manifests.length));
    return match ? { step: match[1], key: match[2] } : undefined;
}
/** `<prefix>/blobs/sha256/xx/<sha256>` → the sha256, or undefined. */
function parseBlobKey(keys, objectKey) {
    if (!objectKey.startsWith(keys.blobs))
        return undefined;
    const match = /^([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(objectKey.slice(keys.blobs.length));
    return match && match[2].startsWith(match[1]) ? match[2] : undefined;
}


/***/ }),

/***/ 7420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseStoreLocation)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20044);


// S3's rules for bucket names (3–63 of lower-case letters, digits, dots, hyphens; starts and ends alphanumeric).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/**
 * Check `--store` / `--store-endpoint` before anything runs. The endpoint falls back to AWS_ENDPOINT_URL_S3, then
 * AWS_ENDPOINT_URL, as the AWS CLI reads them. Undefined when no store was asked for.
 */
function parseStoreLocation(params) {
    const { names, env } = params;
    const text = (params.store ?? '').trim();
    if (text === '')
        return undefined;
    const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/.exec(text);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.store} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)}" is not a store URL: write s3://<bucket>/<prefix>, e.g. s3://ml-cache/model-experiments`);
    const [, scheme, bucket, rest = ''] = match;
    if (scheme.toLowerCase() !== 's3') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.store} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)}" uses ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(scheme)}://, which is not supported: write s3://<bucket>/<prefix> (any S3-compatible server, with ${names.endpoint} for non-AWS ones)`);
    }
    if (!BUCKET.test(bucket)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.store} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)}": "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(bucket)}" is not a bucket name (3–63 lower-case letters, digits, "." and "-"): write s3://<bucket>/<prefix>`);
    }
    const prefix = rest.replace(/^\/+|\/+$/g, '');
    if (prefix.split('/').some((part) => part === '.' || part === '..') || /\/\/|[\\\u0000-\u001f]/.test(prefix)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.store} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)}": the prefix "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(prefix)}" must be plain path segments, e.g. s3://${bucket}/model-experiments`);
    }
    const endpointText = (params.endpoint ?? '').trim() || (env.AWS_ENDPOINT_URL_S3 ?? '').trim() || (env.AWS_ENDPOINT_URL ?? '').trim();
    let endpoint;
    if (endpointText !== '') {
        const from = (params.endpoint ?? '').trim() ? names.endpoint : (env.AWS_ENDPOINT_URL_S3 ?? '').trim() ? 'AWS_ENDPOINT_URL_S3' : 'AWS_ENDPOINT_URL';
        let parsed;
        try {
            parsed = new URL(endpointText);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${from} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(endpointText)}" is not a URL: write e.g. http://localhost:9000 or https://<account>.r2.cloudflarestorage.com`);
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${from} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(endpointText)}" must be an http:// or https:// URL`);
        if (parsed.username || parsed.password)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${from} must not hold credentials: give them as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY`);
        endpoint = parsed.toString().replace(/\/$/, '');
    }
    return { url: `s3://${bucket}${prefix ? `/${prefix}` : ''}`, bucket, prefix, endpoint };
}


/***/ }),

/***/ 16862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ isBlobFile),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony export STORE_MANIFEST_SCHEMA */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88904);
/* harmony import */ var _core_hash_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34754);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83323);





const STORE_MANIFEST_SCHEMA = 'model-experiments/store-entry@1';
const isBlobFile = (file) => 'sha256' in file;
/** List and hash every file of `dir` (regular files and symlinks; directories are implied by paths). */
async function buildManifest(params) {
    const found = [];
    const walk = async (dir, relative) => {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const path = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(absolute, path);
            else if (entry.isSymbolicLink())
                found.push({ path, absolute, size: 0, mode: 0, symlink: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(absolute) });
            else if (entry.isFile()) {
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute);
                found.push({ path, absolute, size: info.size, mode: info.mode & 0o777 });
            }
        }
    };
    await walk(params.dir, '');
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const files = await (0,_core_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapWithConcurrency */ .W)({
        items: found,
        limit: params.hashConcurrency ?? 2,
        worker: async (file) => {
            if (file.symlink !== undefined)
                return { path: file.path, symlink: file.symlink };
            const sha256 = await (0,_core_hash_file_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(file.absolute);
            await params.onHashed?.({ path: file.path, absolute: file.absolute, size: file.size, sha256 });
            return { path: file.path, size: file.size, sha256, mode: file.mode };
        },
    });
    return {
        schema: STORE_MANIFEST_SCHEMA,
        step: params.step,
        key: params.key,
        ...(params.lineage ? { lineage: params.lineage } : {}),
        toolVersion: _core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x,
        createdAt: new Date().toISOString(),
        bytes: files.reduce((sum, file) => sum + (isBlobFile(file) ? file.size : 0), 0),
        files,
    };
}
const safePath = (path) => typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '' || part === '.' || part === '..') && !path.includes('\\') && !path.includes('\0');
/** Parse a manifest's bytes; a string says what is wrong with it (then the entry is a miss with that reason). */
function parseManifest(params) {
    let value;
    try {
        value = JSON.parse(params.text);
    }
    catch (error) {
        return `the manifest is not JSON (${error instanceof Error ? error.message : String(error)})`;
    }
    if (!value || typeof value !== 'object' || value.schema !== STORE_MANIFEST_SCHEMA)
        return `the manifest is not a ${STORE_MANIFEST_SCHEMA}`;
    if (value.step !== params.step || value.key !== params.key)
        return `the manifest is for ${String(value.step)}/${String(value.key)}, not ${params.step}/${params.key}`;
    if (!Array.isArray(value.files))
        return 'the manifest lists no files';
    for (const file of value.files) {
        if (!file || !safePath(file.path))
            return `the manifest names an unsafe path ${JSON.stringify(file?.path)}`;
        if (typeof file.symlink === 'string')
            continue;
        if (!Number.isSafeInteger(file.size) || file.size < 0 || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256) || !Number.isInteger(file.mode)) {
            return `the manifest's entry for ${file.path} has no size, sha256 and mode`;
        }
    }
    return value;
}


/***/ })

};

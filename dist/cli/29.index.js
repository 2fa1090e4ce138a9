export const id = 29;
export const ids = [29];
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
// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts
var fetch_with_retry = __webpack_require__(47226);
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

/***/ 7997:
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
// EXTERNAL MODULE: ./src/tiers/actions-cache-backend.ts
var actions_cache_backend = __webpack_require__(26056);
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
 * a Linux or macOS runner), @actions/cache elsewhere. Both read and write the same entries. On Windows always
 * @actions/cache: it knows which tar a Windows runner has (Git's GNU tar or the system's bsdtar) and how to pass
 * it paths, and our streaming client hands zstd a unix socket, which Windows does not have. Loaded at the first
 * lookup: a run whose output dir already holds the result never loads the archive code (tar, zstd, the client).
 */
async function chooseBackend(params) {
    const [{ cacheServiceV2, usesCacheServiceV2 }, { zstdAvailable }] = await Promise.all([__webpack_require__.e(/* import() */ 834).then(__webpack_require__.bind(__webpack_require__, 13834)), __webpack_require__.e(/* import() */ 104).then(__webpack_require__.bind(__webpack_require__, 104))]);
    if (process.platform !== 'win32' && usesCacheServiceV2(params.env) && (await zstdAvailable())) {
        const { streamingCacheBackend } = await __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 15276));
        return streamingCacheBackend({ service: cacheServiceV2({ env: params.env }) });
    }
    return (await __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 19478))).toolkitCacheBackend(params);
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
                if (error instanceof actions_cache_backend/* RestoreFailure */.$ && error.entryFound)
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
// EXTERNAL MODULE: ./src/tiers/toolkit-call.ts + 1 modules
var toolkit_call = __webpack_require__(99919);
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
        const { value } = await (0,toolkit_call/* callToolkit */.L)({
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
                await (0,toolkit_call/* callToolkit */.L)({ env, output, work: async () => (await Promise.all(/* import() */[__webpack_require__.e(507), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).cacheDir(dir, tool, version) });
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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
        const outcome = await tier.save({ step: step.tierName, key: step.key, dir: step.outputDir, lineage: step.lineage }).catch((error) => {
            // A tier that fails the step itself (fail-on-cache-error) has already said what failed.
            if (error instanceof errors/* StepError */.zg)
                throw error;
            return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
        });
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
/* harmony import */ var _process_alive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53642);




const OWNER_FILE = 'owner.json';
let lockfileModule;
const lockfile = {
    lock: async (...args) => {
        lockfileModule ??= __webpack_require__.e(/* import() */ 648).then(__webpack_require__.t.bind(__webpack_require__, 83648, 23)).then((loaded) => (loaded.default ?? loaded));
        return (await lockfileModule).lock(...args);
    },
};
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
/**
 * Run `work` under the output dir's lock only when nobody holds it now; undefined (and no work) otherwise. For
 * short bookkeeping on a hit (new stamps, a revision's spelling), so it takes the lock the way proper-lockfile does,
 * with one mkdir of the same lock dir, without loading proper-lockfile (~20 ms of a hit's CPU): a held lock, fresh
 * or stale, means no work. Held for milliseconds, far below the stale time, so there is no mtime to refresh. A run
 * killed while holding it leaves an ownerless lock dir, which withOutputLock breaks after OWNERLESS_GRACE_MS.
 */
async function withOutputLockIfFree(params) {
    const lockPath = `${params.outputDir}.lock`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(lockPath);
    }
    catch {
        return undefined;
    }
    try {
        return await params.work();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(lockPath).catch(() => undefined);
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
            release = await lockfile.lock(outputDir, { ...options, retries: 0 });
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
        releaseBreak = await lockfile.lock(lockPath, { realpath: false, lockfilePath: `${lockPath}.break`, stale: 10_000, retries: 0 });
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
            ? (owner.hostname === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && owner.pid !== process.pid && !(0,_process_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .isProcessAlive */ .j)(owner.pid)) || age > staleMs
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

/***/ 47226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   NE: () => (/* binding */ createRetryingFetch),
/* harmony export */   Ng: () => (/* binding */ describeUrl),
/* harmony export */   V$: () => (/* binding */ describeCause),
/* harmony export */   ed: () => (/* binding */ retryPolicyFromEnv),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57856);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}=${JSON.stringify(text.slice(0, 40))} is not ${what}: give a whole number from ${range[0]} to ${range[1]} (default ${fallback}), or unset it`);
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
/**
 * The HTTP client (node:http, node:net, the proxy tunnel), loaded at the first request: a step that decides from
 * disk (a train hit) holds a connection it never uses, and need not pay for loading one.
 */
let proxiedFetchModule;
const lazyProxiedFetch = async (input, init) => {
    proxiedFetchModule ??= __webpack_require__.e(/* import() */ 388).then(__webpack_require__.bind(__webpack_require__, 61388));
    return (await proxiedFetchModule).proxiedFetch(input, init);
};
function createRetryingFetch(params = {}) {
    const policy = params.policy ?? defaultRetryPolicy;
    const baseFetch = params.baseFetch ?? lazyProxiedFetch;
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
        if (candidate instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .ProxyRefusedError */ .Ne || candidate instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .ProxySettingError */ .Tl)
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

/***/ 57856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ describeProxy),
/* harmony export */   Ne: () => (/* binding */ ProxyRefusedError),
/* harmony export */   Tl: () => (/* binding */ ProxySettingError),
/* harmony export */   X: () => (/* binding */ openTunnel),
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   i: () => (/* binding */ parseProxySetting),
/* harmony export */   uv: () => (/* binding */ readProxySettings)
/* harmony export */ });
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
async function openTunnel(params) {
    const { proxy, host, port } = params;
    const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
    const proxyHost = proxy.hostname.replace(/^\[(.*)\]$/, '$1');
    // node:tls only for an https proxy, node:net only when a tunnel is opened: a run that makes no request (a train
    // hit reads the proxy settings, to check them) loads neither.
    const tls = proxy.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 41692, 23)) : undefined;
    const net = tls ? undefined : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77030, 23));
    return new Promise((resolve, reject) => {
        const socket = tls ? tls.connect({ host: proxyHost, port: proxyPort, servername: proxyHost }) : net.connect({ host: proxyHost, port: proxyPort });
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

/***/ 26056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ RestoreFailure)
/* harmony export */ });
/** A restore that failed; `entryFound` when the entry exists and is what failed (so retrying it is pointless). */
class RestoreFailure extends Error {
    entryFound;
    constructor(message, entryFound) {
        super(message);
        this.entryFound = entryFound;
    }
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


/***/ }),

/***/ 99919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ archiverComplaints),
  L: () => (/* binding */ callToolkit)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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


/***/ })

};

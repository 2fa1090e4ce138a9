export const id = 16;
export const ids = [16];
export const modules = {

/***/ 21016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENTRY_PATHS: () => (/* binding */ ENTRY_PATHS),
  toolkitCacheBackend: () => (/* binding */ toolkitCacheBackend)
});

// EXTERNAL MODULE: ./src/tiers/actions-cache-backend.ts
var actions_cache_backend = __webpack_require__(26056);
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
    const cacheModule = () => Promise.all(/* import() */[__webpack_require__.e(790), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 5931));
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
            throw new actions_cache_backend/* RestoreFailure */.$(failureReason(log, 'the entry could not be restored'), entryFound);
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


/***/ })

};

export const id = 478;
export const ids = [478];
export const modules = {

/***/ 19478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENTRY_PATHS: () => (/* binding */ ENTRY_PATHS),
/* harmony export */   toolkitCacheBackend: () => (/* binding */ toolkitCacheBackend)
/* harmony export */ });
/* harmony import */ var _actions_cache_backend_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26056);
/* harmony import */ var _toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99919);


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
    const parts = [...new Set([...(0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .archiverComplaints */ .t)(log), ...said, ...(reservation ? [reservation] : [])])];
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
        const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
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
            const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
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
            throw new _actions_cache_backend_js__WEBPACK_IMPORTED_MODULE_0__/* .RestoreFailure */ .$(failureReason(log, 'the entry could not be restored'), entryFound);
        },
        async restoreNewest({ prefix, dir }) {
            const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
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
            const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
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

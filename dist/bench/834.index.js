export const id = 834;
export const ids = [834];
export const modules = {

/***/ 13834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheServiceError: () => (/* binding */ CacheServiceError),
/* harmony export */   cacheEntryVersion: () => (/* binding */ cacheEntryVersion),
/* harmony export */   cacheServiceV2: () => (/* binding */ cacheServiceV2),
/* harmony export */   usesCacheServiceV2: () => (/* binding */ usesCacheServiceV2),
/* harmony export */   withoutQuery: () => (/* binding */ withoutQuery)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47226);


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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
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
    const retry = (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicyFromEnv */ .ed)(env);
    // 429, 5xx and dropped connections are retried with backoff; a header timeout bounds a hung service. A service
    // that is not there at all is not waited for: the cache only saves time, and the step goes on without it.
    const fetchWithRetry = (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .createRetryingFetch */ .NE)({ policy: retry, isPermanent: (error) => UNREACHABLE.has(error?.cause?.code ?? '') });
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
            throw new Error(`${method} failed: ${(0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCause */ .V$)(error)}`);
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


/***/ })

};

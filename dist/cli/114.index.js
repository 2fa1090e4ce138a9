export const id = 114;
export const ids = [114];
export const modules = {

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

/***/ 96210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ hubApiError),
/* harmony export */   dr: () => (/* binding */ explainHubError)
/* harmony export */ });
/* unused harmony export isHubApiError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47226);


/**
 * An HTTP status the Hub answered with: @huggingface/hub's HubApiError, or the same shape made by hubApiError
 * (for the calls made without the library). Duck-typed, so that this file does not load the library: a cache hit
 * must not pay for parsing it (see resolve-revision.ts).
 */
function isHubApiError(error) {
    return error instanceof Error && typeof error.statusCode === 'number' && typeof error.url === 'string';
}
/**
 * The error @huggingface/hub throws for a response that is not ok (its createApiError, message for message): the
 * Hub's own `error` (or `message`) from a JSON answer, then the URL and request id.
 */
async function hubApiError(response) {
    const requestId = response.headers.get('X-Request-Id') ?? undefined;
    let message = `Api error with status ${response.status}`;
    let data;
    try {
        if (response.headers.get('Content-Type')?.startsWith('application/json')) {
            const json = (await response.json());
            message = json.error || json.message || message;
            if (json.error_description)
                message = message ? `${message}: ${json.error_description}` : json.error_description;
            data = json;
        }
        else
            data = { message: await response.text() };
    }
    catch {
        // An unreadable body: the status says enough.
    }
    const trailer = [`URL: ${response.url}`, requestId ? `Request ID: ${requestId}` : undefined].filter(Boolean).join('. ');
    return Object.assign(new Error(`${message}. ${trailer}`), { statusCode: response.status, url: response.url, requestId, data });
}
/**
 * Turn a Hub failure into a message a person can act on. A missing repo or revision is the user's
 * input (exit 2); everything else is a failure of the run (exit 1). Never includes the token.
 */
function explainHubError(params) {
    const { error, what } = params;
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg)
        return error;
    if (isHubApiError(error)) {
        const code = error.data && error.message;
        if (error.statusCode === 404) {
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} was not found on the Hub (${firstSentence(code ?? '')}): check the name and revision`);
        }
        if (error.statusCode === 401 || error.statusCode === 403) {
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`${what}: access denied (HTTP ${error.statusCode}); the repo may be private or gated: give a token with access (HF_TOKEN, --token or the hf-token input)`);
        }
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`${what}: the Hub answered HTTP ${error.statusCode} (${firstSentence(error.message)})`);
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`${what}: ${(0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCause */ .V$)(error)}`, { cause: error });
}
function firstSentence(message) {
    const cut = message.split('. URL:')[0];
    return cut.length > 200 ? `${cut.slice(0, 197)}...` : cut;
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20044);
/* harmony import */ var _hub_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96210);
/* harmony import */ var _repo_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27775);




/**
 * The commit sha a branch, tag or sha points at now: one API call (none for a full sha).
 *
 * The call @huggingface/hub's modelInfo / datasetInfo make (`/api/{models|datasets}/<name>/revision/<rev>`), asked
 * for the sha alone and made here with the connection's fetch: this is the only request of a cache hit on a branch,
 * and loading the library (one 500 KB bundle) cost a hit more CPU than everything else it does after node starts.
 */
async function resolveRevision(params) {
    const { connection, repo, revision } = params;
    if ((0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitSha */ ._$)(revision))
        return revision;
    const url = `${connection.hubUrl}/api/${repo.type === 'model' ? 'models' : 'datasets'}/${repo.name}/revision/${encodeURIComponent(revision)}?expand=sha`;
    let sha;
    try {
        const response = await connection.fetch(url, { headers: connection.accessToken ? { Authorization: `Bearer ${connection.accessToken}` } : {} });
        if (!response.ok)
            throw await (0,_hub_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hubApiError */ .MW)(response);
        sha = (await response.json()).sha;
    }
    catch (error) {
        throw (0,_hub_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainHubError */ .dr)({ error, what: (0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRepo */ ._)(repo, revision) });
    }
    if (typeof sha !== 'string' || !(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitSha */ ._$)(sha)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`The Hub did not give a commit sha for ${(0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRepo */ ._)(repo, revision)}`);
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

/***/ 33114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseModelDownloadRequest: () => (/* binding */ parseModelDownloadRequest),
/* harmony export */   runModelDownload: () => (/* binding */ runModelDownload)
/* harmony export */ });
/* unused harmony exports modelLineage, modelKeyComponents, validateModelDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63008);
/* harmony import */ var _core_check_output_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89999);
/* harmony import */ var _core_cached_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47733);
/* harmony import */ var _core_output_lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73584);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60484);
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75527);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20044);
/* harmony import */ var _hub_revision_for_key_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11178);
/* harmony import */ var _essential_files_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(58274);
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(39443);













/** Check the request before anything touches the network or the disk. */
function parseModelDownloadRequest(params) {
    const name = (0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_9__/* .validateRepoId */ .S1)(params.name);
    if (!params.outputDir?.trim())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('--output-dir is required: give the directory to download the model into');
    const checkGlobs = (flag, globs = []) => globs.map((glob) => {
        const trimmed = glob.trim();
        if (trimmed === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${flag} must not be empty: give a glob such as "*.json"`);
        return trimmed;
    });
    return {
        name,
        outputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(params.outputDir),
        revision: (0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_9__/* .validateRevision */ .ml)(params.revision ?? 'main'),
        include: checkGlobs('--include', params.include),
        exclude: checkGlobs('--exclude', params.exclude),
    };
}
/**
 * Downloads of one repo with the same patterns, at any revision: a moved branch's new download can take the files
 * that did not change from the newest saved one (tiers keep a pointer per lineage).
 */
function modelLineage(request) {
    return (0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .d)({ step: 'model download', name: request.name, include: request.include, exclude: request.exclude });
}
function modelKeyComponents(request, resolvedRevision) {
    return { name: request.name, revision: resolvedRevision, include: request.include, exclude: request.exclude };
}
/** Validate a dir against the request: metadata, name, revision, patterns, every recorded file's size. */
async function validateModelDir(params) {
    const { dir, request, resolvedRevision, keyRevision } = params;
    const read = await (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .readModelMetadata */ .Vv)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_FILE */ .t0));
    if (read.kind === 'missing')
        return { ok: false, reasons: [`no ${_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_FILE */ .t0} in ${dir} (not downloaded yet)`] };
    if (read.kind === 'corrupted')
        return { ok: false, reasons: [`${_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_FILE */ .t0} is corrupted (${read.reason})`] };
    const metadata = read.metadata;
    const reasons = [];
    if (metadata.name !== request.name)
        reasons.push(`cached model is ${metadata.name}, asked for ${request.name}`);
    else {
        const sameCommit = keyRevision !== undefined && metadata.resolvedRevision === keyRevision;
        if (metadata.revision !== request.revision && !sameCommit)
            reasons.push(`revision: ${metadata.revision} → ${request.revision}`);
        else if (resolvedRevision && metadata.resolvedRevision !== resolvedRevision) {
            reasons.push(`revision ${request.revision} moved upstream: ${metadata.resolvedRevision.slice(0, 7)} → ${resolvedRevision.slice(0, 7)}`);
        }
        if (metadata.include.join('\n') !== request.include.join('\n'))
            reasons.push(`include: ${metadata.include.join(', ') || '(none)'} → ${request.include.join(', ') || '(none)'}`);
        if (metadata.exclude.join('\n') !== request.exclude.join('\n'))
            reasons.push(`exclude: ${metadata.exclude.join(', ') || '(none)'} → ${request.exclude.join(', ') || '(none)'}`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons, metadata };
    const essentials = (0,_essential_files_js__WEBPACK_IMPORTED_MODULE_11__/* .essentialFiles */ .Q)(metadata.files.map((file) => file.path));
    const ordered = [...new Set([essentials.config, ...essentials.weights, ...essentials.tokenizer].filter((path) => !!path))];
    const byPath = new Map(metadata.files.map((file) => [file.path, file]));
    for (const path of [...ordered, ...byPath.keys()]) {
        const file = byPath.get(path);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path)).catch(() => undefined);
        if (!info?.isFile()) {
            reasons.push(`${path} is missing`);
            break;
        }
        if (info.size !== file.size) {
            reasons.push(`${path} has ${info.size} bytes, ${file.size} expected`);
            break;
        }
    }
    return reasons.length > 0 ? { ok: false, reasons, metadata } : { ok: true, metadata };
}
/** model download: the cached step over the Hub. */
async function runModelDownload(params) {
    const { request, connection, options } = params;
    const { reporter } = options;
    const repo = { type: 'model', name: request.name };
    const metadataPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_FILE */ .t0);
    await (0,_core_check_output_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .checkOutputDirPath */ .c)({ path: request.outputDir, flag: '--output-dir' });
    // The key needs the commit sha. Offline, or when a cached full sha is asked for, no network is used.
    const cached = await (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .readModelMetadata */ .Vv)(metadataPath);
    const resolvedRevision = await (0,_hub_revision_for_key_js__WEBPACK_IMPORTED_MODULE_10__/* .revisionForKey */ .M)({ connection, repo, revision: request.revision, cached: cached.kind === 'ok' ? cached.metadata : undefined });
    const key = (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_8__/* .fingerprint */ .Rj)(modelKeyComponents(request, resolvedRevision ?? `unresolved:${request.revision}`));
    const lineage = modelLineage(request);
    const step = {
        command: 'model download',
        tierName: 'model',
        key,
        lineage,
        outputDir: request.outputDir,
        producedSource: 'hub',
        validate: async (dir) => validateModelDir({ dir, request, resolvedRevision: connection.offline ? undefined : resolvedRevision, keyRevision: resolvedRevision }),
        describe: async () => {
            const read = await (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .readModelMetadata */ .Vv)(metadataPath);
            const metadata = read.kind === 'ok' ? read.metadata : undefined;
            return {
                revision: metadata?.resolvedRevision ?? resolvedRevision,
                files: metadata?.files.length ?? 0,
                bytes: metadata?.bytes ?? 0,
                productionMs: typeof metadata?.downloadMs === 'number' ? metadata.downloadMs : undefined,
            };
        },
        messages: {
            force: 'Force flag set, re-downloading even if cache exists...',
            hit: (source) => source === 'disk'
                ? ['Model already downloaded and cached', `Using cached model from ${request.outputDir}`]
                : [`Model restored from ${source}`, `Using cached model from ${request.outputDir}`],
        },
        produce: async ({ forced }) => {
            if (connection.offline || !resolvedRevision) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .StepError */ .zg(`Offline, and ${request.name}@${request.revision} is not in ${request.outputDir}: run once without --offline / HF_HUB_OFFLINE to download it`);
            }
            const { downloadModel } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(470), __webpack_require__.e(402), __webpack_require__.e(368)]).then(__webpack_require__.bind(__webpack_require__, 41368));
            return downloadModel({
                request,
                connection,
                resolvedRevision,
                key,
                previous: cached.kind === 'ok' ? cached.metadata : undefined,
                forced,
                reporter,
                nearest: forced ? undefined : { tiers: options.tiers ?? [], lineage },
            });
        },
    };
    const result = await (0,_core_cached_step_js__WEBPACK_IMPORTED_MODULE_4__/* .runCachedStep */ .K)(step, options);
    if (result.cacheHit && !options.plan && options.saveToTiers !== false)
        await recordRevisionSpelling({ outputDir: request.outputDir, revision: request.revision, resolvedRevision });
    return result;
}
/**
 * A hit on the same commit under another spelling (a sha, then the branch at it) records the spelling asked for, so
 * the metadata says what the last run asked for and an offline run with that spelling finds its commit. Only while
 * nobody else writes the dir (the output lock, taken only if free).
 */
async function recordRevisionSpelling(params) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(params.outputDir, _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_FILE */ .t0);
    // Most hits ask with the spelling recorded: then there is nothing to write, and no lock to take.
    const recorded = await (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .readModelMetadata */ .Vv)(path);
    if (recorded.kind !== 'ok' || recorded.metadata.revision === params.revision || recorded.metadata.resolvedRevision !== params.resolvedRevision)
        return;
    await (0,_core_output_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .withOutputLockIfFree */ .W)({
        outputDir: params.outputDir,
        work: async () => {
            const read = await (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .readModelMetadata */ .Vv)(path);
            if (read.kind !== 'ok' || read.metadata.revision === params.revision || read.metadata.resolvedRevision !== params.resolvedRevision)
                return;
            await (0,_core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonAtomic */ .ZJ)(path, { ...read.metadata, revision: params.revision });
        },
    });
}


/***/ })

};

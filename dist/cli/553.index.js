export const id = 553;
export const ids = [553];
export const modules = {

/***/ 59553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   modelDownloadCommand: () => (/* binding */ modelDownloadCommand)
/* harmony export */ });
/* harmony import */ var _core_step_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3779);
/* harmony import */ var _steps_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33114);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/* harmony import */ var _hub_from_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98707);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50383);





const usage = 'model-experiments model download';
const modelDownloadCommand = {
    help: `Usage: ${usage} --name <repo-id> --output-dir <dir> [options]

  --name <repo-id>        Hub model repo, e.g. bert-base-uncased or org/name
  --output-dir <dir>      where the files and model_metadata.json go
  --revision <rev>        branch, tag or commit sha (default: main)
  --include <glob>        download only matching files (repeatable)
  --exclude <glob>        skip matching files (repeatable)
  --force                 download again even when the cache is valid
  --offline               never use the network (also HF_HUB_OFFLINE=1)
  --token <hf_...>        Hub token (default: HF_TOKEN)
  --hub-url <url>         Hub base URL (default: HF_ENDPOINT or https://huggingface.co)
  --json                  print one JSON object with the result on stdout
${_run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .CACHE_OPTIONS_HELP */ .AA}`,
    async run({ argv, env, reporter, secrets }) {
        const values = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)({
            argv,
            usage,
            options: {
                ..._args_js__WEBPACK_IMPORTED_MODULE_1__/* .hubOptions */ .I2,
                ..._run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheOptions */ .rT,
                name: { type: 'string' },
                'output-dir': { type: 'string' },
                revision: { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
            },
        });
        const request = (0,_steps_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelDownloadRequest */ .SN)({
            name: values.name,
            outputDir: values['output-dir'],
            revision: values.revision,
            include: values.include,
            exclude: values.exclude,
        });
        const connection = (0,_hub_from_args_js__WEBPACK_IMPORTED_MODULE_2__/* .hubConnectionFromArgs */ .r)({ values, env, reporter, secrets });
        const result = await (0,_steps_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_0__/* .runModelDownload */ .DQ)({ request, connection, options: (0,_run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .runOptionsFromArgs */ .Tb)({ values, env, reporter }) });
        return { json: (0,_core_step_result_js__WEBPACK_IMPORTED_MODULE_4__/* .resultToJson */ .h)(result), wantsJson: values.json === true };
    },
};


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ resultToJson)
/* harmony export */ });
/** The one JSON object `--json` prints: the common fields, then the step's details. */
function resultToJson(result) {
    return {
        command: result.command,
        cacheHit: result.cacheHit,
        source: result.source,
        outputDir: result.outputDir,
        key: result.key,
        reasons: result.reasons,
        needsRun: result.needsRun,
        durationMs: result.durationMs,
        ...result.details,
    };
}


/***/ }),

/***/ 33114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ runModelDownload),
/* harmony export */   SN: () => (/* binding */ parseModelDownloadRequest)
/* harmony export */ });
/* unused harmony exports modelKeyComponents, validateModelDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63008);
/* harmony import */ var _core_check_output_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89999);
/* harmony import */ var _core_cached_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47733);
/* harmony import */ var _core_concurrency_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(88904);
/* harmony import */ var _core_output_lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73584);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75527);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20044);
/* harmony import */ var _hub_download_verified_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(93129);
/* harmony import */ var _hub_list_repo_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89386);
/* harmony import */ var _hub_revision_for_key_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(11178);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(84600);
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(39443);
/* harmony import */ var _select_model_files_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(96056);
















/** Check the request before anything touches the network or the disk. */
function parseModelDownloadRequest(params) {
    const name = (0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_8__/* .validateRepoId */ .S1)(params.name);
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
        revision: (0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_8__/* .validateRevision */ .ml)(params.revision ?? 'main'),
        include: checkGlobs('--include', params.include),
        exclude: checkGlobs('--exclude', params.exclude),
    };
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
    const essentials = (0,_select_model_files_js__WEBPACK_IMPORTED_MODULE_13__/* .essentialFiles */ .Q)(metadata.files.map((file) => file.path));
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
    const resolvedRevision = await (0,_hub_revision_for_key_js__WEBPACK_IMPORTED_MODULE_11__/* .revisionForKey */ .M)({ connection, repo, revision: request.revision, cached: cached.kind === 'ok' ? cached.metadata : undefined });
    const key = (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_7__/* .fingerprint */ .Rj)(modelKeyComponents(request, resolvedRevision ?? `unresolved:${request.revision}`));
    const step = {
        command: 'model download',
        tierName: 'model',
        key,
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
            return downloadModel({ request, connection, resolvedRevision, key, previous: cached.kind === 'ok' ? cached.metadata : undefined, forced, reporter });
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
async function downloadModel(params) {
    const { request, connection, resolvedRevision, key, previous, forced, reporter } = params;
    const started = Date.now();
    const repo = { type: 'model', name: request.name };
    const listing = await (0,_hub_list_repo_files_js__WEBPACK_IMPORTED_MODULE_10__/* .listRepoFiles */ .c)({ connection, repo, revision: resolvedRevision });
    const selected = (0,_select_model_files_js__WEBPACK_IMPORTED_MODULE_13__/* .selectModelFiles */ .L)({ files: listing, include: request.include, exclude: request.exclude });
    if (selected.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`No files of ${request.name}@${request.revision} match the include/exclude patterns: check --include/--exclude`);
    }
    const essentials = (0,_select_model_files_js__WEBPACK_IMPORTED_MODULE_13__/* .essentialFiles */ .Q)(selected.map((file) => file.path));
    if (!essentials.config && request.include.length === 0)
        reporter.warning(`${request.name} has no config.json; downloading what it has`);
    // Invalidate first: from here until the new metadata is written, the dir must not validate.
    const metadataPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_FILE */ .t0);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(metadataPath, { force: true });
    await (0,_core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .removeOrphanTempFiles */ .aG)(request.outputDir);
    // Keep files whose content is already right: unchanged since the previous download by its record (a moved
    // branch refetches only what changed), or, without a record (a run that failed or was killed), by hashing them.
    const previousByPath = new Map((previous?.files ?? []).map((file) => [file.path, file]));
    const toFetch = [];
    for (const file of selected) {
        if (forced || !(await holdsFile({ dir: request.outputDir, file, recorded: previousByPath.get(file.path) })))
            toFetch.push(file);
    }
    const totalBytes = toFetch.reduce((sum, file) => sum + file.size, 0);
    const kept = selected.length - toFetch.length;
    reporter.info(`Downloading ${request.name}@${resolvedRevision.slice(0, 7)}: ${toFetch.length} file(s), ${(0,_format_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(totalBytes)}${kept > 0 ? ` (${kept} unchanged file(s) kept)` : ''}`);
    let doneBytes = 0;
    let lastReport = 0;
    await (0,_core_concurrency_js__WEBPACK_IMPORTED_MODULE_15__/* .mapWithConcurrency */ .W)({
        items: toFetch,
        limit: connection.concurrency,
        worker: async (file) => {
            await (0,_hub_download_verified_file_js__WEBPACK_IMPORTED_MODULE_9__/* .downloadVerifiedFile */ .P6)({
                connection,
                repo,
                revision: resolvedRevision,
                file,
                destination: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, file.path),
                onRetry: (message) => reporter.warning(message),
                onBytes: (bytes) => {
                    doneBytes += bytes;
                    const now = Date.now();
                    if (now - lastReport > 250 || doneBytes === totalBytes) {
                        lastReport = now;
                        reporter.progress({ label: request.name, done: doneBytes, total: totalBytes, unit: 'bytes' });
                    }
                },
            });
        },
    });
    // Files of the previous download that the new selection no longer has.
    const selectedPaths = new Set(selected.map((file) => file.path));
    for (const path of previousByPath.keys()) {
        if (!selectedPaths.has(path))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, path), { force: true });
    }
    const files = selected.map((file) => ({ path: file.path, size: file.size, oid: file.oid, ...(file.lfsSha256 ? { sha256: file.lfsSha256 } : {}) }));
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const metadata = {
        schema: _model_metadata_js__WEBPACK_IMPORTED_MODULE_12__/* .MODEL_METADATA_SCHEMA */ .uE,
        name: request.name,
        revision: request.revision,
        resolvedRevision,
        include: request.include,
        exclude: request.exclude,
        key,
        hubUrl: connection.hubUrl,
        files,
        bytes,
        downloadedAt: new Date().toISOString(),
        downloadMs: Date.now() - started,
    };
    await (0,_core_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonAtomic */ .ZJ)(metadataPath, metadata);
    reporter.success(`Downloaded ${request.name} to ${request.outputDir} (${files.length} files, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(bytes)}; fetched ${toFetch.length})`);
    return { revision: resolvedRevision, files: files.length, bytes, fetchedFiles: toFetch.length, fetchedBytes: totalBytes };
}
/** Does `dir` already hold this exact file? Trust a matching record plus size; otherwise verify the bytes. */
async function holdsFile(params) {
    const { dir, file, recorded } = params;
    const onDisk = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file.path)).catch(() => undefined);
    if (!onDisk?.isFile() || onDisk.size !== file.size)
        return false;
    if (recorded && recorded.size === file.size && recorded.oid === file.oid && recorded.sha256 === file.lfsSha256)
        return true;
    return (0,_hub_download_verified_file_js__WEBPACK_IMPORTED_MODULE_9__/* .localFileMatches */ .Hk)({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file.path), file });
}


/***/ }),

/***/ 39443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ readModelMetadata),
/* harmony export */   t0: () => (/* binding */ MODEL_METADATA_FILE),
/* harmony export */   uE: () => (/* binding */ MODEL_METADATA_SCHEMA)
/* harmony export */ });
/* harmony import */ var _core_read_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52758);

const MODEL_METADATA_FILE = 'model_metadata.json';
const MODEL_METADATA_SCHEMA = 'model-experiments/model-download@1';
const isStringArray = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** Read and type-check model_metadata.json. Anything that is not exactly ours is "corrupted", with why. */
async function readModelMetadata(path) {
    const read = await (0,_core_read_json_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonObject */ .o)(path);
    if (read.kind !== 'ok')
        return read;
    const value = read.value;
    if (value.schema !== MODEL_METADATA_SCHEMA) {
        return { kind: 'corrupted', reason: typeof value.schema === 'string' ? `holds ${value.schema}, not model download metadata` : 'has no model-experiments schema' };
    }
    const problems = [];
    for (const field of ['name', 'revision', 'resolvedRevision', 'key', 'downloadedAt']) {
        if (typeof value[field] !== 'string')
            problems.push(`${field} is not a string`);
    }
    if (!isStringArray(value.include))
        problems.push('include is not a list of strings');
    if (!isStringArray(value.exclude))
        problems.push('exclude is not a list of strings');
    const files = value.files;
    if (!Array.isArray(files))
        problems.push('files is not a list');
    else {
        for (const file of files) {
            const entry = file;
            if (!entry || typeof entry.path !== 'string' || typeof entry.oid !== 'string' || !Number.isSafeInteger(entry.size) || (entry.sha256 !== undefined && typeof entry.sha256 !== 'string')) {
                problems.push('files holds an entry without path, size and oid');
                break;
            }
            if (entry.path.split('/').some((part) => part === '..' || part === '') || entry.path.startsWith('/')) {
                problems.push(`files names an unsafe path ${JSON.stringify(entry.path)}`);
                break;
            }
        }
    }
    if (problems.length > 0)
        return { kind: 'corrupted', reason: problems.join('; ') };
    return { kind: 'ok', metadata: value };
}


/***/ }),

/***/ 96056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ selectModelFiles),
/* harmony export */   Q: () => (/* binding */ essentialFiles)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Formats a repo ships besides the weights we use. When safetensors weights exist these are skipped by
 * default, as huggingface_hub users do with ignore_patterns; `--include` brings any of them back.
 */
const REDUNDANT_WITH_SAFETENSORS = [
    '*.h5', '**/*.h5', '*.msgpack', '**/*.msgpack', '*.ot', '**/*.ot', '*.onnx', '**/*.onnx', '*.onnx_data', '**/*.onnx_data',
    '*.tflite', '**/*.tflite', '*.mlmodel', '**/*.mlmodel', 'coreml/**', 'openvino/**', 'onnx/**', '*.pt', 'pytorch_model*.bin',
    '*.gguf', '**/*.gguf',
];
const matcher = (patterns) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()(patterns, { dot: true });
/** Which files to download: include/exclude globs first, then the default skip of redundant formats. */
function selectModelFiles(params) {
    const { files, include, exclude } = params;
    const included = include.length > 0 ? matcher(include) : undefined;
    const excluded = exclude.length > 0 ? matcher(exclude) : undefined;
    const hasSafetensors = files.some((file) => file.path.endsWith('.safetensors') || file.path.endsWith('.safetensors.index.json'));
    const redundant = matcher(REDUNDANT_WITH_SAFETENSORS);
    return files.filter((file) => {
        if (file.path === '.gitattributes')
            return false;
        if (excluded?.(file.path))
            return false;
        if (included)
            return included(file.path);
        return !(hasSafetensors && redundant(file.path));
    });
}
const WEIGHT_PATTERNS = matcher([
    'model.safetensors', 'model.safetensors.index.json', 'pytorch_model.bin', 'pytorch_model.bin.index.json',
    '*.safetensors', 'onnx/*.onnx', '*.onnx', 'tf_model.h5', 'flax_model.msgpack', '*.gguf',
]);
const TOKENIZER_FILES = ['tokenizer.json', 'vocab.txt', 'tokenizer.model', 'spiece.model', 'vocab.json', 'merges.txt', 'sentencepiece.bpe.model'];
/** The files a usable model needs, among those selected: config.json, the weights, the tokenizer files the repo has. */
function essentialFiles(paths) {
    const config = paths.includes('config.json') ? 'config.json' : undefined;
    const weights = paths.filter((path) => WEIGHT_PATTERNS(path));
    const tokenizer = paths.filter((path) => TOKENIZER_FILES.includes(path));
    return { config, weights, tokenizer };
}


/***/ })

};

export const id = 156;
export const ids = [156];
export const modules = {

/***/ 32156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SN: () => (/* binding */ parseModelDownloadRequest),
  DQ: () => (/* binding */ runModelDownload)
});

// UNUSED EXPORTS: modelKeyComponents, modelLineage, validateModelDir

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/check-output-dir.ts
var check_output_dir = __webpack_require__(89999);
// EXTERNAL MODULE: ./src/core/cached-step.ts + 1 modules
var cached_step = __webpack_require__(47733);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/core/output-lock.ts
var output_lock = __webpack_require__(73584);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(75527);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: ./src/hub/download-verified-file.ts + 3 modules
var download_verified_file = __webpack_require__(93129);
// EXTERNAL MODULE: ./src/hub/list-repo-files.ts
var list_repo_files = __webpack_require__(89386);
// EXTERNAL MODULE: ./src/hub/revision-for-key.ts
var revision_for_key = __webpack_require__(11178);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __webpack_require__(84600);
// EXTERNAL MODULE: ./src/steps/model-download/model-metadata.ts
var model_metadata = __webpack_require__(39443);
// EXTERNAL MODULE: ./src/steps/model-download/select-model-files.ts
var select_model_files = __webpack_require__(96056);
// EXTERNAL MODULE: ./src/core/replace-directory.ts
var replace_directory = __webpack_require__(10473);
;// CONCATENATED MODULE: ./src/steps/model-download/restore-nearest-files.ts





const messageOf = (error) => (error instanceof Error ? error.message : String(error));
/** How a report names a tier. */
const tierLabel = (source) => (source === 's3' ? 'the store' : source === 'actions-cache' ? 'the Actions cache' : source);
/**
 * A branch that moved upstream changes a few files of a model; the rest are in the newest saved entry of the same
 * repo and patterns (the lineage). Take that entry from the first tier that has one and put into `outputDir` every
 * file of `wanted` whose content it holds: an LFS file by its sha256, a small file by its git blob id and size in the
 * entry's own model_metadata.json (and checked against that id once restored). What is not there stays for the Hub.
 * Any failure only means more from the Hub: the caller fetches every file not returned.
 */
async function restoreNearestFiles(params) {
    const { tiers, step, lineage, name, outputDir, wanted, reporter } = params;
    if (wanted.length === 0)
        return undefined;
    for (const tier of tiers) {
        if (!tier.nearest)
            continue;
        const entry = await tier.nearest({ step, lineage, scratchDir: (0,replace_directory/* siblingPath */.eR)(outputDir, `nearest-${tier.source}`) }).catch((error) => {
            reporter.info(`${tierLabel(tier.source)} could not offer an earlier revision: ${messageOf(error)}`);
            return undefined;
        });
        if (!entry)
            continue;
        try {
            return await takeFiles({ entry, source: tier.source, name, outputDir, wanted, reporter });
        }
        finally {
            await entry.dispose?.();
        }
    }
    return undefined;
}
async function takeFiles(params) {
    const { entry, source, name, outputDir, wanted, reporter } = params;
    const metadataFile = entry.files.find((file) => file.path === model_metadata/* MODEL_METADATA_FILE */.t0);
    if (!metadataFile)
        return undefined;
    const scratch = (0,replace_directory/* siblingPath */.eR)(outputDir, 'nearest-metadata');
    let plan;
    let revision;
    try {
        await entry.restoreFiles({ files: [metadataFile], dir: scratch });
        const read = await (0,model_metadata/* readModelMetadata */.Vv)((0,external_node_path_.join)(scratch, model_metadata/* MODEL_METADATA_FILE */.t0));
        if (read.kind !== 'ok' || read.metadata.name !== name)
            return undefined;
        revision = read.metadata.resolvedRevision;
        const bySha = new Map(entry.files.map((file) => [`${file.sha256}:${file.size}`, file.sha256]));
        const byPath = new Map(entry.files.map((file) => [file.path, file]));
        const byOid = new Map(read.metadata.files.filter((file) => file.oid).map((file) => [`${file.oid}:${file.size}`, file.path]));
        plan = [];
        for (const file of wanted) {
            const lfs = file.lfsSha256 ? bySha.get(`${file.lfsSha256}:${file.size}`) : undefined;
            if (lfs) {
                plan.push({ file, sha256: lfs, checkOid: false });
                continue;
            }
            // The git blob id of an LFS file is its pointer's, which names the content's sha256 and size: equal ids mean
            // equal content for LFS and small files alike.
            const earlier = file.oid ? byPath.get(byOid.get(`${file.oid}:${file.size}`) ?? '') : undefined;
            if (earlier && earlier.size === file.size)
                plan.push({ file, sha256: earlier.sha256, checkOid: !file.lfsSha256 });
        }
    }
    catch (error) {
        reporter.info(`The newest entry of ${name} in ${tierLabel(source)} could not be read (${messageOf(error)}); fetching every file from the Hub`);
        return undefined;
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    if (plan.length === 0)
        return { restored: [], source, revision };
    try {
        await entry.restoreFiles({ files: plan.map(({ file, sha256 }) => ({ path: file.path, size: file.size, sha256 })), dir: outputDir });
    }
    catch (error) {
        reporter.warning(`Restoring files of ${name}@${revision.slice(0, 7)} from ${tierLabel(source)} failed (${messageOf(error)}); fetching them from the Hub`);
        return { restored: [], source, revision };
    }
    const restored = [];
    for (const { file, checkOid } of plan) {
        if (!checkOid || (await (0,download_verified_file/* localFileMatches */.Hk)({ path: (0,external_node_path_.join)(outputDir, file.path), file })))
            restored.push(file);
        else
            await (0,promises_.rm)((0,external_node_path_.join)(outputDir, file.path), { force: true });
    }
    return { restored, source, revision };
}
/** "config.json", "a.json and b.json", "a, b, c and 4 more". */
function listNames(paths) {
    if (paths.length <= 3)
        return paths.length <= 1 ? (paths[0] ?? '') : `${paths.slice(0, -1).join(', ')} and ${paths.at(-1)}`;
    return `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`;
}

;// CONCATENATED MODULE: ./src/steps/model-download/model-download.ts


















/** Check the request before anything touches the network or the disk. */
function parseModelDownloadRequest(params) {
    const name = (0,validate_input/* validateRepoId */.S1)(params.name);
    if (!params.outputDir?.trim())
        throw new errors/* InputError */.dz('--output-dir is required: give the directory to download the model into');
    const checkGlobs = (flag, globs = []) => globs.map((glob) => {
        const trimmed = glob.trim();
        if (trimmed === '')
            throw new errors/* InputError */.dz(`${flag} must not be empty: give a glob such as "*.json"`);
        return trimmed;
    });
    return {
        name,
        outputDir: (0,external_node_path_.resolve)(params.outputDir),
        revision: (0,validate_input/* validateRevision */.ml)(params.revision ?? 'main'),
        include: checkGlobs('--include', params.include),
        exclude: checkGlobs('--exclude', params.exclude),
    };
}
/**
 * Downloads of one repo with the same patterns, at any revision: a moved branch's new download can take the files
 * that did not change from the newest saved one (tiers keep a pointer per lineage).
 */
function modelLineage(request) {
    return (0,canonical_json/* canonicalJson */.d)({ step: 'model download', name: request.name, include: request.include, exclude: request.exclude });
}
function modelKeyComponents(request, resolvedRevision) {
    return { name: request.name, revision: resolvedRevision, include: request.include, exclude: request.exclude };
}
/** Validate a dir against the request: metadata, name, revision, patterns, every recorded file's size. */
async function validateModelDir(params) {
    const { dir, request, resolvedRevision, keyRevision } = params;
    const read = await (0,model_metadata/* readModelMetadata */.Vv)((0,external_node_path_.join)(dir, model_metadata/* MODEL_METADATA_FILE */.t0));
    if (read.kind === 'missing')
        return { ok: false, reasons: [`no ${model_metadata/* MODEL_METADATA_FILE */.t0} in ${dir} (not downloaded yet)`] };
    if (read.kind === 'corrupted')
        return { ok: false, reasons: [`${model_metadata/* MODEL_METADATA_FILE */.t0} is corrupted (${read.reason})`] };
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
    const essentials = (0,select_model_files/* essentialFiles */.Q)(metadata.files.map((file) => file.path));
    const ordered = [...new Set([essentials.config, ...essentials.weights, ...essentials.tokenizer].filter((path) => !!path))];
    const byPath = new Map(metadata.files.map((file) => [file.path, file]));
    for (const path of [...ordered, ...byPath.keys()]) {
        const file = byPath.get(path);
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, path)).catch(() => undefined);
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
    const metadataPath = (0,external_node_path_.join)(request.outputDir, model_metadata/* MODEL_METADATA_FILE */.t0);
    await (0,check_output_dir/* checkOutputDirPath */.c)({ path: request.outputDir, flag: '--output-dir' });
    // The key needs the commit sha. Offline, or when a cached full sha is asked for, no network is used.
    const cached = await (0,model_metadata/* readModelMetadata */.Vv)(metadataPath);
    const resolvedRevision = await (0,revision_for_key/* revisionForKey */.M)({ connection, repo, revision: request.revision, cached: cached.kind === 'ok' ? cached.metadata : undefined });
    const key = (0,fingerprint/* fingerprint */.Rj)(modelKeyComponents(request, resolvedRevision ?? `unresolved:${request.revision}`));
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
            const read = await (0,model_metadata/* readModelMetadata */.Vv)(metadataPath);
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
                throw new errors/* StepError */.zg(`Offline, and ${request.name}@${request.revision} is not in ${request.outputDir}: run once without --offline / HF_HUB_OFFLINE to download it`);
            }
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
    const result = await (0,cached_step/* runCachedStep */.K)(step, options);
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
    const path = (0,external_node_path_.join)(params.outputDir, model_metadata/* MODEL_METADATA_FILE */.t0);
    await (0,output_lock/* withOutputLockIfFree */.W)({
        outputDir: params.outputDir,
        work: async () => {
            const read = await (0,model_metadata/* readModelMetadata */.Vv)(path);
            if (read.kind !== 'ok' || read.metadata.revision === params.revision || read.metadata.resolvedRevision !== params.resolvedRevision)
                return;
            await (0,atomic_write/* writeJsonAtomic */.ZJ)(path, { ...read.metadata, revision: params.revision });
        },
    });
}
async function downloadModel(params) {
    const { request, connection, resolvedRevision, key, previous, forced, reporter } = params;
    const started = Date.now();
    const repo = { type: 'model', name: request.name };
    const listing = await (0,list_repo_files/* listRepoFiles */.c)({ connection, repo, revision: resolvedRevision });
    const selected = (0,select_model_files/* selectModelFiles */.L)({ files: listing, include: request.include, exclude: request.exclude });
    if (selected.length === 0) {
        throw new errors/* InputError */.dz(`No files of ${request.name}@${request.revision} match the include/exclude patterns: check --include/--exclude`);
    }
    const essentials = (0,select_model_files/* essentialFiles */.Q)(selected.map((file) => file.path));
    if (!essentials.config && request.include.length === 0)
        reporter.warning(`${request.name} has no config.json; downloading what it has`);
    // Invalidate first: from here until the new metadata is written, the dir must not validate.
    const metadataPath = (0,external_node_path_.join)(request.outputDir, model_metadata/* MODEL_METADATA_FILE */.t0);
    await (0,promises_.rm)(metadataPath, { force: true });
    await (0,atomic_write/* removeOrphanTempFiles */.aG)(request.outputDir);
    // Keep files whose content is already right: unchanged since the previous download by its record (a moved
    // branch refetches only what changed), or, without a record (a run that failed or was killed), by hashing them.
    const previousByPath = new Map((previous?.files ?? []).map((file) => [file.path, file]));
    let toFetch = [];
    for (const file of selected) {
        if (forced || !(await holdsFile({ dir: request.outputDir, file, recorded: previousByPath.get(file.path) })))
            toFetch.push(file);
    }
    // What is still missing may be in the newest saved entry of an earlier revision (a fresh runner after the branch moved).
    const fromTier = params.nearest
        ? await restoreNearestFiles({ ...params.nearest, step: 'model', name: request.name, outputDir: request.outputDir, wanted: toFetch, reporter })
        : undefined;
    if (fromTier) {
        const restored = new Set(fromTier.restored.map((file) => file.path));
        toFetch = toFetch.filter((file) => !restored.has(file.path));
    }
    const totalBytes = toFetch.reduce((sum, file) => sum + file.size, 0);
    const kept = selected.length - toFetch.length;
    reporter.info(`Downloading ${request.name}@${resolvedRevision.slice(0, 7)}: ${toFetch.length} file(s), ${(0,format/* formatBytes */.z)(totalBytes)}${kept > 0 ? ` (${kept} unchanged file(s) kept)` : ''}`);
    let doneBytes = 0;
    let lastReport = 0;
    await (0,concurrency/* mapWithConcurrency */.W)({
        items: toFetch,
        limit: connection.concurrency,
        worker: async (file) => {
            await (0,download_verified_file/* downloadVerifiedFile */.P6)({
                connection,
                repo,
                revision: resolvedRevision,
                file,
                destination: (0,external_node_path_.join)(request.outputDir, file.path),
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
            await (0,promises_.rm)((0,external_node_path_.join)(request.outputDir, path), { force: true });
    }
    const files = selected.map((file) => ({ path: file.path, size: file.size, oid: file.oid, ...(file.lfsSha256 ? { sha256: file.lfsSha256 } : {}) }));
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const metadata = {
        schema: model_metadata/* MODEL_METADATA_SCHEMA */.uE,
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
    await (0,atomic_write/* writeJsonAtomic */.ZJ)(metadataPath, metadata);
    if (fromTier && fromTier.restored.length > 0) {
        const fetched = toFetch.length > 0 ? `fetched ${listNames(toFetch.map((file) => file.path))} from the Hub` : 'fetched nothing from the Hub';
        reporter.info(`Restored ${fromTier.restored.length} of ${files.length} files from ${tierLabel(fromTier.source)} (revision ${fromTier.revision.slice(0, 7)}), ${fetched}`);
    }
    reporter.success(`Downloaded ${request.name} to ${request.outputDir} (${files.length} files, ${(0,format/* formatBytes */.z)(bytes)}; fetched ${toFetch.length})`);
    return {
        revision: resolvedRevision,
        files: files.length,
        bytes,
        fetchedFiles: toFetch.length,
        fetchedBytes: totalBytes,
        ...(fromTier && fromTier.restored.length > 0
            ? { nearest: { source: fromTier.source, revision: fromTier.revision, files: fromTier.restored.length, bytes: fromTier.restored.reduce((sum, file) => sum + file.size, 0) } }
            : {}),
    };
}
/** Does `dir` already hold this exact file? Trust a matching record plus size; otherwise verify the bytes. */
async function holdsFile(params) {
    const { dir, file, recorded } = params;
    const onDisk = await (0,promises_.stat)((0,external_node_path_.join)(dir, file.path)).catch(() => undefined);
    if (!onDisk?.isFile() || onDisk.size !== file.size)
        return false;
    if (recorded && recorded.size === file.size && recorded.oid === file.oid && recorded.sha256 === file.lfsSha256)
        return true;
    return (0,download_verified_file/* localFileMatches */.Hk)({ path: (0,external_node_path_.join)(dir, file.path), file });
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

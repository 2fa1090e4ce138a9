export const id = 368;
export const ids = [368];
export const modules = {

/***/ 41368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadModel: () => (/* binding */ downloadModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/hub/download-verified-file.ts + 3 modules
var download_verified_file = __webpack_require__(93129);
// EXTERNAL MODULE: ./src/hub/list-repo-files.ts
var list_repo_files = __webpack_require__(89386);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __webpack_require__(84600);
// EXTERNAL MODULE: ./src/steps/model-download/essential-files.ts
var essential_files = __webpack_require__(58274);
// EXTERNAL MODULE: ./src/steps/model-download/model-metadata.ts
var model_metadata = __webpack_require__(39443);
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/steps/model-download/select-model-files.ts

/**
 * Formats a repo ships besides the weights we use. When safetensors weights exist these are skipped by
 * default, as huggingface_hub users do with ignore_patterns; `--include` brings any of them back.
 */
const REDUNDANT_WITH_SAFETENSORS = [
    '*.h5', '**/*.h5', '*.msgpack', '**/*.msgpack', '*.ot', '**/*.ot', '*.onnx', '**/*.onnx', '*.onnx_data', '**/*.onnx_data',
    '*.tflite', '**/*.tflite', '*.mlmodel', '**/*.mlmodel', 'coreml/**', 'openvino/**', 'onnx/**', '*.pt', 'pytorch_model*.bin',
    '*.gguf', '**/*.gguf',
];
const matcher = (patterns) => picomatch_default()(patterns, { dot: true });
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

;// CONCATENATED MODULE: ./src/steps/model-download/download-model.ts












/**
 * The download of a model step that missed: list the repo, keep what is already right (or take it from the tiers'
 * nearest entry), fetch the rest verified, write the metadata last. Its own module, loaded only on a miss: a hit
 * needs none of the listing, glob matching, download, hashing or worker code (model-download.ts imports it lazily).
 */
async function downloadModel(params) {
    const { request, connection, resolvedRevision, key, previous, forced, reporter } = params;
    const started = Date.now();
    const repo = { type: 'model', name: request.name };
    const listing = await (0,list_repo_files/* listRepoFiles */.c)({ connection, repo, revision: resolvedRevision });
    const selected = selectModelFiles({ files: listing, include: request.include, exclude: request.exclude });
    if (selected.length === 0) {
        throw new errors/* InputError */.dz(`No files of ${request.name}@${request.revision} match the include/exclude patterns: check --include/--exclude`);
    }
    const essentials = (0,essential_files/* essentialFiles */.Q)(selected.map((file) => file.path));
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


/***/ })

};

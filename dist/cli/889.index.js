export const id = 889;
export const ids = [889];
export const modules = {

/***/ 60889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  datasetDownloadCommand: () => (/* binding */ datasetDownloadCommand)
});

// EXTERNAL MODULE: ./src/core/step-result.ts
var step_result = __webpack_require__(3779);
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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(75527);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: ./src/hub/revision-for-key.ts
var revision_for_key = __webpack_require__(11178);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __webpack_require__(84600);
// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
;// CONCATENATED MODULE: ./src/steps/dataset-download/dataset-metadata.ts

const DATASET_METADATA_FILE = 'metadata.json';
const DATASET_METADATA_SCHEMA = 'model-experiments/dataset-download@1';
const SPLIT_DATA_FILE = 'data.jsonl';
/** @2: DECIMAL columns exact (@1 wrote them as rounded floats); a download made with @1 is made again. */
const JSONL_ENCODING = 'model-experiments/jsonl@2';
const SAFE_SPLIT = /^\w+(?:[.-]\w+)*$/;
/** A split name that is safe as a directory name under the output dir. */
function isSafeSplitName(name) {
    return SAFE_SPLIT.test(name) && name !== DATASET_METADATA_FILE && name.length <= 128;
}
const isStringArray = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value) => Number.isSafeInteger(value) && value >= 0;
/** Read and type-check metadata.json. Anything that is not exactly ours is "corrupted", with why. */
async function readDatasetMetadata(path) {
    const read = await (0,read_json/* readJsonObject */.o)(path);
    if (read.kind !== 'ok')
        return read;
    const value = read.value;
    if (value.schema !== DATASET_METADATA_SCHEMA) {
        return { kind: 'corrupted', reason: typeof value.schema === 'string' ? `holds ${value.schema}, not dataset download metadata` : 'has no model-experiments schema' };
    }
    const problems = [];
    for (const field of ['name', 'config', 'revision', 'resolvedRevision', 'sourceRevision', 'key', 'downloadedAt']) {
        if (typeof value[field] !== 'string')
            problems.push(`${field} is not a string`);
    }
    if (value.requestedConfig !== null && typeof value.requestedConfig !== 'string')
        problems.push('requestedConfig is not a string or null');
    if (!isStringArray(value.requestedSplits))
        problems.push('requestedSplits is not a list of strings');
    if (value.max_samples !== null && !(isCount(value.max_samples) && value.max_samples > 0))
        problems.push('max_samples is not a positive whole number or null');
    if (value.origin !== 'parquet-conversion' && value.origin !== 'repo-files')
        problems.push('origin is not parquet-conversion or repo-files');
    if (!isCount(value.total_samples) || !isCount(value.bytes))
        problems.push('total_samples or bytes is not a count');
    const splits = value.splits;
    if (!Array.isArray(splits) || splits.length === 0)
        problems.push('splits is not a non-empty list');
    else {
        for (const split of splits) {
            const entry = split;
            const valid = entry &&
                typeof entry.name === 'string' &&
                isCount(entry.rows) &&
                isCount(entry.bytes) &&
                typeof entry.sha256 === 'string' &&
                typeof entry.mtimeMs === 'number' &&
                typeof entry.ino === 'number' &&
                isStringArray(entry.sourceFiles);
            if (!valid) {
                problems.push('splits holds an entry without name, rows, bytes and sha256');
                break;
            }
            if (!isSafeSplitName(entry.name)) {
                problems.push(`splits names an unsafe split ${JSON.stringify(entry.name)}`);
                break;
            }
        }
    }
    if (problems.length > 0)
        return { kind: 'corrupted', reason: problems.join('; ') };
    return { kind: 'ok', metadata: value };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/write-fully.ts
var write_fully = __webpack_require__(58761);
;// CONCATENATED MODULE: ./src/steps/dataset-download/jsonl-split-writer.ts





const BUFFER_BYTES = 1 << 20;
/**
 * A split's data.jsonl written under a temp name beside it, hashed as it is written, and renamed over the real
 * name only when complete: a killed run leaves a temp file (cleaned up by the next run), never a short data.jsonl.
 * Lines are encoded straight into one reused buffer (cheaper than joining strings first).
 */
async function openJsonlSplitWriter(path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = (0,atomic_write/* tempPathFor */.FD)(path);
    const handle = await (0,promises_.open)(temp, 'w', 0o644);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    let rows = 0;
    let flushed = 0;
    let closed = false;
    const write = async (bytes) => {
        hash.update(bytes);
        await (0,write_fully/* writeFully */.K)({ handle, bytes, position: null });
        flushed += bytes.length;
    };
    const flush = async () => {
        if (used === 0)
            return;
        await write(buffer.subarray(0, used));
        used = 0;
    };
    return {
        get rows() {
            return rows;
        },
        get bytes() {
            return flushed + used;
        },
        async writeLines(lines) {
            for (const line of lines) {
                // A UTF-16 code unit takes at most 3 bytes in UTF-8: reserve that, plus the newline.
                const worstCase = line.length * 3 + 1;
                if (used + worstCase > BUFFER_BYTES)
                    await flush();
                if (worstCase > BUFFER_BYTES) {
                    await write(Buffer.from(`${line}\n`, 'utf8'));
                    continue;
                }
                used += buffer.write(line, used, 'utf8');
                buffer[used++] = 0x0a;
            }
            rows += lines.length;
        },
        async commit() {
            await flush();
            await handle.sync();
            await handle.close();
            closed = true;
            await (0,promises_.rename)(temp, path);
            const info = await (0,promises_.stat)(path);
            return { rows, bytes: flushed, sha256: hash.digest('hex'), mtimeMs: info.mtimeMs, ino: info.ino };
        },
        async abort() {
            if (!closed)
                await handle.close().catch(() => undefined);
            closed = true;
            await (0,promises_.rm)(temp, { force: true });
        },
    };
}
/** Temp files a killed run left beside `path` (same naming as tempPathFor). */
async function removeStaleTempFiles(path) {
    const prefix = `.${(0,external_node_path_.basename)(path)}.`;
    const entries = await (0,promises_.readdir)((0,external_node_path_.dirname)(path)).catch(() => []);
    for (const name of entries) {
        if (name.startsWith(prefix) && name.endsWith('.tmp'))
            await (0,promises_.rm)((0,external_node_path_.join)((0,external_node_path_.dirname)(path), name), { force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/@huggingface/hub/dist/index.mjs + 15 modules
var dist = __webpack_require__(75009);
// EXTERNAL MODULE: ./src/hub/hub-errors.ts
var hub_errors = __webpack_require__(96210);
// EXTERNAL MODULE: ./src/hub/list-repo-files.ts
var list_repo_files = __webpack_require__(89386);
// EXTERNAL MODULE: ./src/hub/repo-ref.ts
var repo_ref = __webpack_require__(27775);
;// CONCATENATED MODULE: ./src/hub/list-parquet-files.ts






/** The branch where the Hub keeps its parquet conversion of a dataset's default branch. */
const PARQUET_CONVERSION_REF = 'refs/convert/parquet';
/**
 * The Hub's parquet conversion of a dataset: `{config}/{split}/NNNN.parquet` on refs/convert/parquet.
 * A dataset without one (never converted, or conversion failed) is a normal answer: null.
 */
async function listParquetFiles(params) {
    const { connection, repo } = params;
    let sha;
    try {
        sha = (await (0,dist/* datasetInfo */.XU)({
            name: repo.name,
            revision: PARQUET_CONVERSION_REF,
            hubUrl: connection.hubUrl,
            accessToken: connection.accessToken,
            fetch: connection.fetch,
            additionalFields: ['sha'],
        })).sha;
    }
    catch (error) {
        if (error instanceof dist/* HubApiError */.yL && error.statusCode === 404)
            return null;
        throw (0,hub_errors/* explainHubError */.dr)({ error, what: (0,repo_ref/* describeRepo */._)(repo, PARQUET_CONVERSION_REF) });
    }
    if (typeof sha !== 'string' || !(0,validate_input/* isCommitSha */._$)(sha))
        throw new errors/* StepError */.zg(`The Hub did not give a commit sha for ${(0,repo_ref/* describeRepo */._)(repo, PARQUET_CONVERSION_REF)}`);
    const files = await (0,list_repo_files/* listRepoFiles */.c)({ connection, repo, revision: sha });
    return { sha, configs: groupParquetFiles(files) };
}
/** Group conversion files by config and split; anything not shaped `{config}/{split}/{n}.parquet` is not data. */
function groupParquetFiles(files) {
    const configs = new Map();
    for (const file of files) {
        const parts = file.path.split('/');
        if (parts.length !== 3 || !parts[2].endsWith('.parquet'))
            continue;
        const [config, splitDir] = parts;
        const partial = splitDir.startsWith('partial-');
        const split = partial ? splitDir.slice('partial-'.length) : splitDir;
        let splits = configs.get(config);
        if (!splits)
            configs.set(config, (splits = new Map()));
        let entry = splits.get(split);
        if (!entry)
            splits.set(split, (entry = { files: [], partial }));
        entry.files.push(file);
    }
    for (const splits of configs.values()) {
        for (const entry of splits.values())
            entry.files.sort((a, b) => shardOrder(a.path, b.path));
    }
    return configs;
}
/** 0000.parquet < 0001.parquet < … < 10000.parquet: numeric where the names are numbers. */
function shardOrder(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}

// EXTERNAL MODULE: ./src/hub/resolve-revision.ts
var resolve_revision = __webpack_require__(1569);
;// CONCATENATED MODULE: ./src/hub/read-repo-text.ts



/** A small text file of a repo at a commit (a dataset card, say), through @huggingface/hub; undefined when absent. */
async function readRepoText(params) {
    const { connection, repo, revision, path } = params;
    try {
        const blob = await (0,dist/* downloadFile */.PE)({
            repo: { type: repo.type, name: repo.name },
            path,
            revision,
            hubUrl: connection.hubUrl,
            accessToken: connection.accessToken,
            fetch: connection.fetch,
            xet: false,
        });
        return blob ? await blob.text() : undefined;
    }
    catch (error) {
        throw (0,hub_errors/* explainHubError */.dr)({ error, what: `${path} of ${(0,repo_ref/* describeRepo */._)(repo, revision)}` });
    }
}

;// CONCATENATED MODULE: ./src/steps/dataset-download/infer-data-splits.ts
const FORMATS = { '.parquet': 'parquet', '.jsonl': 'jsonl', '.json': 'json', '.csv': 'csv' };
const SPLIT_KEYWORDS = [
    ['train', ['train', 'training']],
    ['validation', ['validation', 'valid', 'dev', 'val']],
    ['test', ['test', 'testing', 'eval', 'evaluation']],
];
const DEFAULT_SPLIT_ORDER = SPLIT_KEYWORDS.map(([split]) => split);
const SEP = '[-._ 0-9]';
const SHARDED = /^data\/([^/]+)-\d{5}-of-\d{5}[^/]*\.[^/]+$/;
/** Per-directory metadata tables of image/audio folders, not rows (datasets' METADATA_PATTERNS). */
const METADATA_FILES = new Set(['metadata.csv', 'metadata.jsonl']);
const keywordIn = (keyword, kind) => kind === 'dir' ? new RegExp(`^(?:.*${SEP})?${keyword}(?:${SEP}.*)?$`) : new RegExp(`^(?:.*${SEP})?${keyword}${SEP}.*$`);
const DIR_MATCHERS = SPLIT_KEYWORDS.map(([split, words]) => [split, words.map((word) => keywordIn(word, 'dir'))]);
const FILE_MATCHERS = SPLIT_KEYWORDS.map(([split, words]) => [split, words.map((word) => keywordIn(word, 'file'))]);
function dataFormatOf(path) {
    const dot = path.lastIndexOf('.');
    return dot < 0 ? undefined : FORMATS[path.slice(dot).toLowerCase()];
}
/** train, validation, test first (in that order), then the others alphabetically: the order `datasets` lists splits in. */
function orderSplits(splits) {
    const all = [...new Set(splits)];
    const known = DEFAULT_SPLIT_ORDER.filter((split) => all.includes(split));
    const others = all.filter((split) => !DEFAULT_SPLIT_ORDER.includes(split)).sort();
    return [...known, ...others];
}
/** The format most of these data files have (a tie goes to the one that keeps types best); undefined if none has one. */
function dominantFormat(paths) {
    const counts = new Map();
    for (const path of paths) {
        const format = dataFormatOf(path);
        if (format)
            counts.set(format, (counts.get(format) ?? 0) + 1);
    }
    const preference = ['parquet', 'jsonl', 'json', 'csv'];
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || preference.indexOf(a[0]) - preference.indexOf(b[0]))[0]?.[0];
}
function inferDataSplits(paths) {
    const candidates = paths.filter((path) => {
        const parts = path.split('/');
        return dataFormatOf(path) !== undefined && !parts.some((part) => part.startsWith('.')) && !METADATA_FILES.has(parts[parts.length - 1]);
    });
    if (candidates.length === 0)
        return undefined;
    const format = dominantFormat(candidates);
    const files = candidates.filter((path) => dataFormatOf(path) === format).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const skipped = candidates.filter((path) => dataFormatOf(path) !== format);
    const grouped = new Map();
    const add = (split, path) => {
        if (!grouped.has(split))
            grouped.set(split, []);
        grouped.get(split).push(path);
    };
    const sharded = files.filter((path) => SHARDED.test(path));
    if (sharded.length > 0) {
        for (const path of sharded)
            add(SHARDED.exec(path)[1], path);
    }
    else {
        const splitOf = (names, matchers) => matchers.find(([, patterns]) => names.some((name) => patterns.some((pattern) => pattern.test(name))))?.[0];
        const byDir = files.map((path) => [path, splitOf(path.split('/').slice(0, -1), DIR_MATCHERS)]);
        const byFile = files.map((path) => [path, splitOf([path.split('/').pop()], FILE_MATCHERS)]);
        const chosen = byDir.some(([, split]) => split) ? byDir : byFile.some(([, split]) => split) ? byFile : files.map((path) => [path, 'train']);
        for (const [path, split] of chosen)
            if (split)
                add(split, path);
    }
    const splits = new Map(orderSplits(grouped.keys()).map((split) => [split, grouped.get(split)]));
    return { format, splits, skipped };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/steps/dataset-download/readme-configs.ts


function readCardConfigs(card) {
    const header = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(card.replace(/^\uFEFF/, ''));
    if (!header)
        return { kind: 'none' };
    let yaml;
    try {
        yaml = (0,yaml_dist/* parse */.qg)(header[1]);
    }
    catch (error) {
        return { kind: 'unreadable', reason: `its YAML header does not parse (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
    }
    const declared = yaml?.configs;
    if (declared === undefined || declared === null)
        return { kind: 'none' };
    if (!Array.isArray(declared))
        return { kind: 'unreadable', reason: '`configs` in its YAML header is not a list' };
    const configs = [];
    for (const [index, entry] of declared.entries()) {
        const where = `configs[${index}]`;
        if (typeof entry !== 'object' || entry === null)
            return { kind: 'unreadable', reason: `${where} is not a mapping` };
        const { config_name: name = 'default', data_files: dataFiles, data_dir: dataDir, default: isDefault } = entry;
        if (typeof name !== 'string' || name === '')
            return { kind: 'unreadable', reason: `${where}.config_name is not a name` };
        if (dataDir !== undefined && typeof dataDir !== 'string')
            return { kind: 'unreadable', reason: `${where}.data_dir is not a path` };
        const splits = dataFiles === undefined ? undefined : splitPatterns(dataFiles);
        if (splits === null)
            return { kind: 'unreadable', reason: `${where}.data_files is neither a pattern, a list of them, nor a list of {split, path}` };
        if (!splits && dataDir === undefined)
            return { kind: 'unreadable', reason: `${where} (${name}) has neither data_files nor data_dir` };
        configs.push({ name, isDefault: isDefault === true, splits, dataDir: typeof dataDir === 'string' ? dataDir.replace(/^\.?\/+|\/+$/g, '') : undefined });
    }
    return configs.length > 0 ? { kind: 'declared', configs } : { kind: 'none' };
}
/** data_files in its three shapes: "pattern", ["pattern", …] (the train split), or [{split, path}, …]; null if none. */
function splitPatterns(value) {
    const patterns = (item) => typeof item === 'string' ? [item] : Array.isArray(item) && item.every((p) => typeof p === 'string') ? item : null;
    const plain = patterns(value);
    if (plain)
        return new Map([['train', plain]]);
    if (!Array.isArray(value))
        return null;
    const splits = new Map();
    for (const item of value) {
        const { split = 'train', path } = (item ?? {});
        const paths = patterns(path);
        if (typeof split !== 'string' || !paths)
            return null;
        splits.set(split, [...(splits.get(split) ?? []), ...paths]);
    }
    return splits;
}
/** The repo's files a split's patterns name, in a stable order (numbers in names compared as numbers). */
function matchDataFiles(params) {
    const prefix = params.dataDir ? `${params.dataDir}/` : '';
    const matchers = params.patterns.map((pattern) => picomatch_default()(`${prefix}${pattern.replace(/^\.?\/+/, '')}`, { dot: false }));
    return params.paths.filter((path) => matchers.some((matches) => matches(path))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

;// CONCATENATED MODULE: ./src/steps/dataset-download/plan-dataset-sources.ts









/** The config a repo read from its own files has when its card declares none. */
const DEFAULT_CONFIG = 'default';
/**
 * Decide where rows come from. The Hub's parquet conversion first: it is made from the default branch (main), so
 * it is used when the requested revision is main's current commit. Otherwise, or when there is no conversion,
 * the repo's own data files at the requested commit: as the configs of its dataset card (README.md's YAML header)
 * say, or, when it declares none, with splits inferred from their names.
 */
async function planDatasetSources(params) {
    const { connection, name, revision, resolvedRevision, reporter } = params;
    const repo = { type: 'dataset', name };
    const conversion = await listParquetFiles({ connection, repo });
    if (conversion && conversion.configs.size > 0) {
        const ofMain = revision === 'main' || resolvedRevision === (await (0,resolve_revision/* resolveRevision */.e)({ connection, repo, revision: 'main' }));
        if (ofMain)
            return fromConversion({ conversion, name, config: params.config, splits: params.splits });
        reporter.info(`The Hub's parquet conversion of ${name} is made from main; ${revision} is another commit, so rows come from the repo's own data files`);
    }
    const files = await (0,list_repo_files/* listRepoFiles */.c)({ connection, repo, revision: resolvedRevision });
    const card = files.some((file) => file.path === 'README.md')
        ? readCardConfigs((await readRepoText({ connection, repo, revision: resolvedRevision, path: 'README.md' })) ?? '')
        : { kind: 'none' };
    if (card.kind === 'unreadable')
        reporter.warning(`${name}'s README.md: ${card.reason}; its splits are inferred from file names instead`);
    if (card.kind === 'declared')
        return fromCard({ configs: card.configs, files, where: `${name}@${revision}`, resolvedRevision, config: params.config, splits: params.splits, reporter });
    const inferred = inferDataSplits(files.map((file) => file.path));
    if (!inferred) {
        const hint = conversion ? ` (the Hub's parquet conversion covers only main: use --revision main)` : '';
        throw new errors/* InputError */.dz(`Dataset ${name}@${revision} has no parquet conversion to read and no data files (.parquet, .jsonl, .json, .csv)${hint}`);
    }
    if (params.config !== undefined && params.config !== DEFAULT_CONFIG) {
        throw new errors/* InputError */.dz(`--config "${(0,validate_input/* printable */.g$)(params.config)}" is not a config of ${name}@${revision}: read from its data files it has only "${DEFAULT_CONFIG}"; omit --config`);
    }
    if (inferred.skipped.length > 0)
        reporter.warning(mixedFormats({ what: name, format: inferred.format, skipped: inferred.skipped }));
    return repoFileSources({ files, splitPaths: inferred.splits, format: inferred.format, config: DEFAULT_CONFIG, revision: resolvedRevision, requested: params.splits, where: `${name}@${revision}` });
}
function mixedFormats(params) {
    const { what, format, skipped } = params;
    return `${what} mixes data formats: reading its ${format} files, skipping ${skipped.length} other(s) (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''})`;
}
/** The requested splits of a repo's own files (all when none is asked for), each split's files of `format` only. */
function repoFileSources(params) {
    const { files, splitPaths, format } = params;
    const byPath = new Map(files.map((file) => [file.path, file]));
    const chosen = chooseSplits({ available: [...splitPaths.keys()], requested: params.requested, where: params.where });
    return {
        origin: 'repo-files',
        config: params.config,
        revision: params.revision,
        splits: chosen.map((split) => ({ name: split, files: splitPaths.get(split).filter((path) => dataFormatOf(path) === format).map((path) => byPath.get(path)), format, partial: false })),
    };
}
/** The repo's own files, as the config its card declares (chosen as `datasets` chooses) says. */
function fromCard(params) {
    const { configs, files, where } = params;
    const names = configs.map((config) => config.name).join(', ');
    let config;
    if (params.config !== undefined) {
        config = configs.find((candidate) => candidate.name === params.config);
        if (!config)
            throw new errors/* InputError */.dz(`--config "${(0,validate_input/* printable */.g$)(params.config)}" is not a config of ${where}: its README.md declares ${names}`);
    }
    else {
        config = configs.find((candidate) => candidate.isDefault) ?? configs.find((candidate) => candidate.name === DEFAULT_CONFIG) ?? (configs.length === 1 ? configs[0] : undefined);
        if (!config)
            throw new errors/* InputError */.dz(`${where} declares ${configs.length} configs in its README.md (${names}): choose one with --config`);
    }
    const paths = files.map((file) => file.path);
    const what = `config ${config.name} of ${where}`;
    let splitPaths;
    if (config.splits) {
        splitPaths = new Map([...config.splits].map(([split, patterns]) => [split, matchDataFiles({ patterns, dataDir: config.dataDir, paths })]));
    }
    else {
        const inferred = inferDataSplits(paths.filter((path) => path.startsWith(`${config.dataDir}/`)));
        if (!inferred)
            throw new errors/* StepError */.zg(`${what}: no data files (.parquet, .jsonl, .json, .csv) under ${config.dataDir}/`);
        splitPaths = inferred.splits;
    }
    const format = dominantFormat([...splitPaths.values()].flat());
    if (!format)
        throw new errors/* StepError */.zg(`${what}: its data_files match no file this tool reads (.parquet, .jsonl, .json, .csv)`);
    const skipped = [...splitPaths.values()].flat().filter((path) => dataFormatOf(path) !== format);
    if (skipped.length > 0)
        params.reporter.warning(mixedFormats({ what, format, skipped }));
    for (const [split, matched] of splitPaths) {
        if (!matched.some((path) => dataFormatOf(path) === format))
            throw new errors/* StepError */.zg(`${what}: split "${(0,validate_input/* printable */.g$)(split)}" matches no ${format} file; check its data_files in README.md`);
    }
    return repoFileSources({ files, splitPaths, format, config: config.name, revision: params.resolvedRevision, requested: params.splits, where: what });
}
function fromConversion(params) {
    const { conversion, name } = params;
    const configs = [...conversion.configs.keys()];
    let config;
    if (params.config !== undefined) {
        if (!conversion.configs.has(params.config)) {
            throw new errors/* InputError */.dz(`--config "${(0,validate_input/* printable */.g$)(params.config)}" is not a config of ${name}: choose one of ${configs.join(', ')}`);
        }
        config = params.config;
    }
    else if (conversion.configs.has(DEFAULT_CONFIG))
        config = DEFAULT_CONFIG;
    else if (configs.length === 1)
        config = configs[0];
    else
        throw new errors/* InputError */.dz(`${name} has ${configs.length} configs (${configs.join(', ')}): choose one with --config`);
    const splitFiles = conversion.configs.get(config);
    const chosen = chooseSplits({ available: [...splitFiles.keys()], requested: params.splits, where: `${name} (config ${config})` });
    return {
        origin: 'parquet-conversion',
        config,
        revision: conversion.sha,
        splits: chosen.map((split) => ({ name: split, files: splitFiles.get(split).files, format: 'parquet', partial: splitFiles.get(split).partial })),
    };
}
/** The requested splits (each must exist), or all of them; in the dataset's split order. */
function chooseSplits(params) {
    const { available, requested, where } = params;
    const ordered = orderSplits(available);
    for (const split of requested) {
        if (!available.includes(split))
            throw new errors/* InputError */.dz(`--split "${(0,validate_input/* printable */.g$)(split)}" is not a split of ${where}: choose from ${ordered.join(', ')}`);
    }
    const chosen = requested.length > 0 ? ordered.filter((split) => requested.includes(split)) : ordered;
    for (const split of chosen) {
        if (!isSafeSplitName(split))
            throw new errors/* StepError */.zg(`Split "${(0,validate_input/* printable */.g$)(split)}" of ${where} cannot be a directory name here: choose other splits with --split`);
    }
    return chosen;
}

// EXTERNAL MODULE: ./src/core/hash-file.ts
var hash_file = __webpack_require__(34754);
;// CONCATENATED MODULE: ./src/steps/dataset-download/validate-dataset-dir.ts




const AGAIN = ', re-downloading...';
const show = (value, none) => value === null || (Array.isArray(value) && value.length === 0) ? none : Array.isArray(value) ? value.join(', ') : String(value);
/**
 * Does `dir` hold this request's rows? metadata.json parses and matches the name, revision, config, splits and
 * max_samples, and every split's data.jsonl is there with its recorded size and sha256 (re-hashed only when its
 * stat changed since it was written). Each mismatch is one reason, worded as the seed words them.
 */
async function validateDatasetDir(params) {
    const { dir, request, resolvedRevision } = params;
    const read = await readDatasetMetadata((0,external_node_path_.join)(dir, DATASET_METADATA_FILE));
    if (read.kind === 'missing')
        return { ok: false, reasons: [`no ${DATASET_METADATA_FILE} in ${dir} (not downloaded yet)`] };
    if (read.kind === 'corrupted')
        return { ok: false, reasons: [`${DATASET_METADATA_FILE} is corrupted (${read.reason})${AGAIN}`] };
    const metadata = read.metadata;
    const reasons = [];
    if (metadata.name !== request.name) {
        return { ok: false, reasons: [`Cache has a different dataset (${metadata.name} vs ${request.name})${AGAIN}`], metadata };
    }
    if (metadata.revision !== request.revision)
        reasons.push(`Cache has a different revision (${metadata.revision} vs ${request.revision})${AGAIN}`);
    else if (resolvedRevision && metadata.resolvedRevision !== resolvedRevision) {
        reasons.push(`Revision ${request.revision} moved upstream (${metadata.resolvedRevision.slice(0, 7)} → ${resolvedRevision.slice(0, 7)})${AGAIN}`);
    }
    if (metadata.requestedConfig !== (request.config ?? null)) {
        reasons.push(`Cache has a different config (${show(metadata.requestedConfig, 'default')} vs ${show(request.config ?? null, 'default')})${AGAIN}`);
    }
    if (metadata.requestedSplits.join('\n') !== request.splits.join('\n')) {
        reasons.push(`Cache has different splits (${show(metadata.requestedSplits, 'all')} vs ${show(request.splits, 'all')})${AGAIN}`);
    }
    if (metadata.max_samples !== (request.maxSamples ?? null)) {
        reasons.push(`Cache has different max_samples (${show(metadata.max_samples, 'all')} vs ${show(request.maxSamples ?? null, 'all')})${AGAIN}`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons, metadata };
    for (const split of metadata.splits) {
        const relative = `${split.name}/${SPLIT_DATA_FILE}`;
        const path = (0,external_node_path_.join)(dir, split.name, SPLIT_DATA_FILE);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info?.isFile())
            return { ok: false, reasons: [`${relative} is missing${AGAIN}`], metadata };
        if (info.size !== split.bytes)
            return { ok: false, reasons: [`${relative} has ${info.size} bytes, ${split.bytes} expected (truncated or changed)${AGAIN}`], metadata };
        const stamp = await (0,hash_file/* hashWithStatCache */.l)(path, { size: split.bytes, mtimeMs: split.mtimeMs, ino: split.ino, sha256: split.sha256 });
        if (stamp.sha256 !== split.sha256)
            return { ok: false, reasons: [`${relative} changed since it was downloaded (sha256 differs)${AGAIN}`], metadata };
    }
    return { ok: true, metadata };
}

// EXTERNAL MODULE: ./src/hub/download-verified-file.ts + 3 modules
var download_verified_file = __webpack_require__(93129);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(42123);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
;// CONCATENATED MODULE: ./src/hub/parquet-decimals.ts

/**
 * A DECIMAL value as its exact decimal text ("-1234.5600"): hyparquet turns DECIMAL into a float64, which keeps
 * only 15–17 significant digits, and parquet allows 38 (and more in byte arrays). The JSON Lines writer emits the
 * text as a JSON number, digit for digit.
 */
class DecimalText {
    text;
    constructor(text) {
        this.text = text;
    }
}
const isDecimal = (element) => element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL';
/**
 * The top-level DECIMAL columns of a file (name → scale), and a copy of its metadata in which they are plain
 * physical columns, so hyparquet hands over the unscaled integers (INT32, INT64 or big-endian two's complement
 * bytes) instead of a rounded float. DECIMALs nested in lists or structs are left to hyparquet (as floats).
 */
function exactDecimalColumns(metadata) {
    const scales = new Map();
    const plain = new Set();
    for (const child of (0,src_metadata/* parquetSchema */.YR)(metadata).children) {
        const element = child.element;
        if (child.children.length > 0 || !isDecimal(element))
            continue;
        const logical = element.logical_type?.type === 'DECIMAL' ? element.logical_type : undefined;
        scales.set(element.name, Number(logical?.scale ?? element.scale ?? 0));
        plain.add(element);
    }
    if (scales.size === 0)
        return { scales, metadata };
    const schema = metadata.schema.map((element) => (plain.has(element) ? { ...element, converted_type: undefined, logical_type: undefined } : element));
    return { scales, metadata: { ...metadata, schema } };
}
/** An unscaled DECIMAL as hyparquet reads the physical column, with its scale, as exact text (null stays null). */
function decimalText(raw, scale) {
    if (raw === null || raw === undefined)
        return raw;
    const unscaled = raw instanceof Uint8Array ? fromTwosComplement(raw) : BigInt(raw);
    const negative = unscaled < 0n;
    let digits = (negative ? -unscaled : unscaled).toString();
    if (scale > 0) {
        digits = digits.padStart(scale + 1, '0');
        digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    }
    else if (scale < 0 && unscaled !== 0n) {
        digits += '0'.repeat(-scale);
    }
    return new DecimalText(negative ? `-${digits}` : digits);
}
function fromTwosComplement(bytes) {
    let value = 0n;
    for (const byte of bytes)
        value = (value << 8n) | BigInt(byte);
    if (bytes.length > 0 && bytes[0] & 0x80)
        value -= 1n << BigInt(bytes.length * 8);
    return value;
}

;// CONCATENATED MODULE: ./src/hub/parquet-rows.ts




/**
 * The footer read asks for this many bytes from the end. hyparquet's default, 512 KiB, would be most of what a
 * small sample costs; 32 KiB holds the metadata of a typical file (a 2-column file of 50 row groups has ~9 KiB),
 * and a larger footer costs one more request, not a failure.
 */
const FOOTER_FETCH_BYTES = 32 * 1024;
/**
 * hyparquet's AsyncBuffer over a RangeReader. The footer is fetched once and kept, so the metadata parse and
 * later reads that fall inside it (page indexes sit just before the metadata) cost no further request.
 */
function footerCachingBuffer(reader) {
    let footer;
    const footerStart = Math.max(0, reader.size - FOOTER_FETCH_BYTES);
    return {
        byteLength: reader.size,
        async slice(start, end = reader.size) {
            if (footer && start >= footer.start && end <= footer.start + footer.bytes.length) {
                return toArrayBuffer(footer.bytes.subarray(start - footer.start, end - footer.start));
            }
            // The last row group usually runs into the footer: fetch only the part before it.
            if (footer && start < footer.start && end > footer.start && end <= footer.start + footer.bytes.length) {
                const head = await reader.read(start, footer.start);
                const joined = new Uint8Array(end - start);
                joined.set(head);
                joined.set(footer.bytes.subarray(0, end - footer.start), head.length);
                return joined.buffer;
            }
            const bytes = await reader.read(start, end);
            if (start === footerStart && end === reader.size)
                footer = { start, bytes };
            return toArrayBuffer(bytes);
        },
    };
}
function toArrayBuffer(bytes) {
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength)
        return bytes.buffer;
    return bytes.slice().buffer;
}
/** Read a parquet file's footer (one Range request for typical files). */
async function openParquet(params) {
    const { reader, what } = params;
    const buffer = footerCachingBuffer(reader);
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer, { initialFetchSize: Math.min(FOOTER_FETCH_BYTES, reader.size), parsers: params.parsers });
    }
    catch (error) {
        if (error instanceof errors/* StepError */.zg)
            throw error;
        throw new errors/* ContentError */.yg(`${what} is not a readable parquet file (${error instanceof Error ? error.message : String(error)})`);
    }
    const rowGroups = [];
    let start = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        rowGroups.push({ start, rows });
        start += rows;
    }
    const columns = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((child) => child.element.name);
    const exact = exactDecimalColumns(metadata);
    return { what, metadata, rows: start, columns, rowGroups, buffer, decimals: exact.scales, readMetadata: exact.metadata };
}
/**
 * Row groups read together, up to this many compressed bytes: hyparquet fetches a read's column chunks in
 * parallel, so batching small groups saves round trips, while the bound keeps memory flat for any split size.
 */
const BATCH_BYTES = 16 * 1024 * 1024;
/**
 * The first `limit` rows (all when undefined) as objects, in order, a batch of row groups at a time: only the
 * row groups that hold them are fetched, and only one batch's rows are in memory at once. Within a partly needed
 * group the offset index, when the file has one, narrows the read to the pages that hold the rows.
 */
async function readParquetRows(params) {
    const { file, parsers, onRows } = params;
    const wanted = Math.min(params.limit ?? Infinity, file.rows);
    let delivered = 0;
    let next = 0;
    while (delivered < wanted) {
        // The next batch: at least one group, more while they are small and still needed.
        const first = next;
        const rowStart = file.rowGroups[next].start;
        let bytes = 0;
        let end = next;
        while (end < file.rowGroups.length && file.rowGroups[end].start < wanted) {
            const groupBytes = compressedSize(file.metadata, end);
            if (end > next && bytes + groupBytes > BATCH_BYTES)
                break;
            bytes += groupBytes;
            end++;
        }
        const last = file.rowGroups[end - 1];
        const rowEnd = Math.min(last.start + last.rows, wanted);
        next = end;
        if (rowEnd <= rowStart)
            continue;
        let rows = [];
        try {
            await (0,read/* parquetRead */.bA)({
                file: await batchBuffer({ file, first, end, whole: rowEnd === last.start + last.rows }),
                metadata: file.readMetadata,
                rowStart,
                rowEnd,
                rowFormat: 'object',
                // Binary columns stay bytes; columns annotated as strings are decoded all the same.
                utf8: false,
                parsers,
                compressors: src/* compressors */.Vm,
                useOffsetIndex: true,
                onComplete: (result) => {
                    rows = result;
                },
            });
        }
        catch (error) {
            if (error instanceof errors/* StepError */.zg)
                throw error;
            throw new errors/* ContentError */.yg(`${file.what}: rows ${rowStart}-${rowEnd - 1} could not be decoded (${error instanceof Error ? error.message : String(error)})`);
        }
        if (rows.length !== rowEnd - rowStart) {
            throw new errors/* ContentError */.yg(`${file.what}: expected ${rowEnd - rowStart} rows from row ${rowStart}, decoded ${rows.length}`);
        }
        for (const [name, scale] of file.decimals) {
            for (const row of rows)
                row[name] = decimalText(row[name], scale);
        }
        delivered += rows.length;
        await onRows(rows);
    }
    return delivered;
}
/**
 * What a batch reads from: when it takes its row groups whole (all of a split), their bytes fetched in one Range
 * request and served from memory (≤ BATCH_BYTES). hyparquet asks for each column chunk on its own, and each request
 * is a round trip, two through the Hub's redirect to its CDN: a 50-group split was 100 requests, now 2. A batch
 * that ends inside a group (a sample) reads only the pages it needs, as before.
 */
async function batchBuffer(params) {
    const { file, first, end, whole } = params;
    if (!whole)
        return file.buffer;
    let start = Infinity;
    let stop = 0;
    for (let group = first; group < end; group++) {
        for (const chunk of file.metadata.row_groups[group].columns) {
            const meta = chunk.meta_data;
            if (!meta)
                return file.buffer;
            const chunkStart = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
            start = Math.min(start, chunkStart);
            stop = Math.max(stop, chunkStart + Number(meta.total_compressed_size));
        }
    }
    if (!(stop > start) || stop - start > BATCH_BYTES * 2 || stop > file.buffer.byteLength)
        return file.buffer;
    const span = new Uint8Array(await file.buffer.slice(start, stop));
    return {
        byteLength: file.buffer.byteLength,
        slice: (from, to = file.buffer.byteLength) => from >= start && to <= stop ? span.slice(from - start, to - start).buffer : file.buffer.slice(from, to),
    };
}
function compressedSize(metadata, group) {
    return metadata.row_groups[group].columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0), 0);
}

// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts
var fetch_with_retry = __webpack_require__(47226);
;// CONCATENATED MODULE: ./src/hub/range-reader.ts


/** A failure worth another attempt: a dropped or short body, a stall. */
class RetryableRangeError extends Error {
}
/**
 * A RangeReader over `connection.fetch` (which already retries 429/5xx and connection failures before headers).
 * Here the body is checked too: a 206 whose Content-Range is not the one asked for, or whose total is not the
 * size the listing gave, means the file is not the one we planned for (an error, not retried); a body that
 * drops, stalls or comes short is fetched again with backoff.
 */
function createRangeReader(params) {
    const { connection, url, size, what } = params;
    const policy = params.policy ?? fetch_with_retry/* defaultRetryPolicy */.ur;
    let fetched = 0;
    const readOnce = async (start, end) => {
        const headers = { Range: `bytes=${start}-${end - 1}` };
        if (connection.accessToken)
            headers.Authorization = `Bearer ${connection.accessToken}`;
        const controller = new AbortController();
        let response;
        try {
            response = await connection.fetch(url, { headers, signal: controller.signal });
        }
        catch (error) {
            // connection.fetch has already retried connection failures: give up with its reason.
            throw new errors/* StepError */.zg(`Reading ${what} failed: ${(0,fetch_with_retry/* describeCause */.V$)(error)}`, { cause: error });
        }
        if (response.status === 401 || response.status === 403) {
            await response.body?.cancel().catch(() => undefined);
            throw new errors/* StepError */.zg(`${what}: access denied (HTTP ${response.status}); the dataset may be private or gated: set HF_TOKEN to a token with access`);
        }
        if (response.status !== 206 && response.status !== 200) {
            await response.body?.cancel().catch(() => undefined);
            // 429 and 5xx arrive here only after connection.fetch ran out of retries.
            throw new errors/* StepError */.zg(`${what}: the Hub answered HTTP ${response.status} for ${(0,fetch_with_retry/* describeUrl */.Ng)(url)}`);
        }
        let skip = 0;
        if (response.status === 206) {
            const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
            if (!range) {
                await response.body?.cancel().catch(() => undefined);
                throw new RetryableRangeError(`${what}: a partial answer without a valid Content-Range`);
            }
            if (range[3] !== '*' && Number(range[3]) !== size) {
                await response.body?.cancel().catch(() => undefined);
                throw new errors/* StepError */.zg(`${what} is ${range[3]} bytes on the Hub, the listing said ${size}: it changed while being read; run again`);
            }
            if (Number(range[1]) !== start || Number(range[2]) !== end - 1) {
                await response.body?.cancel().catch(() => undefined);
                throw new RetryableRangeError(`${what}: asked for bytes ${start}-${end - 1}, got ${range[1]}-${range[2]}`);
            }
        }
        else {
            // A server that ignores Range sends the whole file: correct, only wasteful. Keep the part asked for.
            skip = start;
        }
        const out = new Uint8Array(end - start);
        let position = -skip;
        const reader = response.body.getReader();
        try {
            for (;;) {
                let timer;
                const stalled = new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new RetryableRangeError(`${what}: no data for ${policy.timeoutMs} ms`)), policy.timeoutMs);
                });
                let chunk;
                try {
                    chunk = await Promise.race([reader.read(), stalled]);
                }
                catch (error) {
                    if (error instanceof RetryableRangeError)
                        throw error;
                    throw new RetryableRangeError(`${what}: ${(0,fetch_with_retry/* describeCause */.V$)(error)}`);
                }
                finally {
                    clearTimeout(timer);
                }
                if (chunk.done)
                    break;
                const bytes = chunk.value;
                fetched += bytes.length;
                const from = Math.max(0, -position);
                const to = Math.min(bytes.length, out.length - position);
                if (to > from)
                    out.set(bytes.subarray(from, to), position + from);
                position += bytes.length;
                if (position > out.length && skip === 0)
                    throw new errors/* StepError */.zg(`${what}: the Hub sent more than the ${out.length} bytes asked for`);
                if (position >= out.length && skip > 0)
                    break;
            }
        }
        catch (error) {
            controller.abort();
            await reader.cancel().catch(() => undefined);
            throw error;
        }
        finally {
            reader.releaseLock();
        }
        if (position < out.length)
            throw new RetryableRangeError(`${what}: the body ended after ${Math.max(0, position)} of ${out.length} bytes`);
        if (skip > 0)
            controller.abort();
        return out;
    };
    return {
        url,
        size,
        bytesFetched: () => fetched,
        async read(start, end) {
            if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end <= size && start <= end)) {
                throw new errors/* StepError */.zg(`${what}: a read of bytes ${start}-${end} falls outside its ${size} bytes (the file is damaged)`);
            }
            if (start === end)
                return new Uint8Array(0);
            let lastError;
            for (let attempt = 1; attempt <= policy.attempts; attempt++) {
                try {
                    return await readOnce(start, end);
                }
                catch (error) {
                    lastError = error;
                    if (error instanceof errors/* StepError */.zg)
                        throw error;
                    if (attempt === policy.attempts)
                        break;
                    const wait = (0,fetch_with_retry/* backoffMs */.jo)(policy, attempt);
                    params.onRetry?.(`${(0,fetch_with_retry/* describeCause */.V$)(error)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
                    await new Promise((resolve) => setTimeout(resolve, wait));
                }
            }
            throw new errors/* StepError */.zg(`Reading ${what} failed after ${policy.attempts} attempts: ${(0,fetch_with_retry/* describeCause */.V$)(lastError)}`, { cause: lastError });
        },
    };
}

;// CONCATENATED MODULE: ./src/steps/dataset-download/json-row-encoding.ts

/**
 * How dataset values become JSON Lines, losslessly (documented in docs/datasets.md, "Values JSON cannot hold"):
 * - 64-bit integers are written as plain JSON numbers with all their digits (9007199254740993, never rounded);
 *   JSON allows any number of digits; Python's json reads them exactly, JavaScript needs a big-number aware parser.
 * - DECIMAL columns are JSON numbers with exactly their digits and declared scale (12345678901234567890.12,
 *   1.50); Python reads them exactly with json.loads(..., parse_float=decimal.Decimal).
 * - bytes (binary columns) are `{"$base64": "<standard base64>"}`, so they can never be mistaken for text.
 * - dates are "YYYY-MM-DD"; timestamps are ISO 8601 UTC strings with the column's own precision
 *   (3, 6 or 9 fractional digits for milli-, micro- and nanoseconds).
 * - NaN, Infinity and -Infinity, which JSON has no numbers for, are the strings "NaN", "Infinity", "-Infinity";
 *   -0 stays -0.
 *
 * Written by hand because JSON.stringify cannot emit a bigint as a number (JSON.rawJSON arrives after Node 20)
 * and has no hook for the other cases; the output is otherwise exactly JSON.stringify's.
 */
/** hyparquet parsers that keep dates and timestamps exact, as the strings above (its defaults make lossy Dates). */
const LOSSLESS_PARQUET_PARSERS = {
    dateFromDays: (days) => isoDate(Number(days)),
    timestampFromMilliseconds: (value) => isoTimestamp(BigInt(value), 3),
    timestampFromMicroseconds: (value) => isoTimestamp(BigInt(value), 6),
    timestampFromNanoseconds: (value) => isoTimestamp(BigInt(value), 9),
};
const DAY_MS = 86_400_000;
function isoDate(days) {
    const date = new Date(days * DAY_MS);
    return Number.isNaN(date.getTime()) ? String(days) : date.toISOString().split('T')[0];
}
function isoTimestamp(value, digits) {
    const unit = 10n ** BigInt(digits);
    let seconds = value / unit;
    let fraction = value % unit;
    if (fraction < 0n) {
        fraction += unit;
        seconds -= 1n;
    }
    const date = new Date(Number(seconds) * 1000);
    // Beyond what a JS Date can show (±275,760 years): keep the raw count rather than lose it.
    if (Number.isNaN(date.getTime()))
        return value;
    return `${date.toISOString().slice(0, -5)}.${fraction.toString().padStart(digits, '0')}Z`;
}
/** One value as JSON text, by the rules above. */
function encodeJsonValue(value) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            if (Number.isFinite(value))
                return Object.is(value, -0) ? '-0' : String(value);
            return Number.isNaN(value) ? '"NaN"' : value > 0 ? '"Infinity"' : '"-Infinity"';
        case 'bigint':
            return value.toString();
        case 'boolean':
            return value ? 'true' : 'false';
        case 'undefined':
            return 'null';
        case 'object': {
            if (value === null)
                return 'null';
            if (value instanceof DecimalText)
                return value.text;
            if (value instanceof Uint8Array)
                return `{"$base64":"${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}"}`;
            if (Array.isArray(value) || ArrayBuffer.isView(value)) {
                const items = value;
                let out = '[';
                for (let i = 0; i < items.length; i++)
                    out += (i > 0 ? ',' : '') + encodeJsonValue(items[i]);
                return `${out}]`;
            }
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? 'null' : JSON.stringify(value.toISOString());
            if (value instanceof Map)
                return encodeJsonObject(Object.fromEntries(value));
            return encodeJsonObject(value);
        }
        default:
            return 'null';
    }
}
/** Column names repeat on every row: quote each once. */
const quotedKeys = new Map();
function quotedKey(key) {
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
        quoted = `${JSON.stringify(key)}:`;
        if (quotedKeys.size < 10_000)
            quotedKeys.set(key, quoted);
    }
    return quoted;
}
/** An object (a row, a struct) with its keys in their own order. */
function encodeJsonObject(row) {
    const keys = Object.keys(row);
    let out = '{';
    for (let i = 0; i < keys.length; i++)
        out += (i > 0 ? ',' : '') + quotedKey(keys[i]) + encodeJsonValue(row[keys[i]]);
    return `${out}}`;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(56070);
;// CONCATENATED MODULE: ./src/steps/dataset-download/read-text-rows.ts





/** Rows of one data file go out in batches of this many lines. */
const BATCH_ROWS = 1000;
/**
 * The file's bytes in order, fetched in growing Range reads (64 KiB first, so a small sample fetches little; up to
 * 8 MiB for throughput), the next read in flight while the current chunk is parsed. When the whole file has been
 * read, its hash is checked against the listing (LFS sha256, else git blob sha1).
 */
async function* fileChunks(reader, file) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const gitOid = (0,external_node_crypto_.createHash)('sha1').update(`blob ${reader.size}\0`);
    let offset = 0;
    let chunkSize = 64 * 1024;
    const next = () => {
        const end = Math.min(reader.size, offset + chunkSize);
        const read = reader.read(offset, end);
        offset = end;
        chunkSize = Math.min(chunkSize * 2, 8 * 1024 * 1024);
        // Read-ahead: a rejection is observed when awaited below; keep it from being reported as unhandled meanwhile.
        read.catch(() => undefined);
        return read;
    };
    let pending = offset < reader.size ? next() : undefined;
    for (let index = 0; pending; index++) {
        const chunk = await pending;
        // Read ahead from the second chunk on: a small sample that the first chunk satisfies fetches nothing more.
        pending = index > 0 && offset < reader.size ? next() : undefined;
        sha256.update(chunk);
        gitOid.update(chunk);
        yield chunk;
        if (index === 0 && offset < reader.size)
            pending = next();
    }
    const expected = file.lfsSha256 ? { kind: 'sha256', value: file.lfsSha256, actual: sha256.digest('hex') } : file.oid ? { kind: 'git oid', value: file.oid, actual: gitOid.digest('hex') } : undefined;
    if (expected && expected.actual !== expected.value) {
        throw new errors/* ContentError */.yg(`${file.path}: ${expected.kind} mismatch (got ${expected.actual.slice(0, 12)}…, expected ${expected.value.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
    }
}
/**
 * Before a file is blamed for content that does not decode, fetch it whole and check its hash: when the bytes are
 * not the file the Hub lists, say that. Either way the error stays a ContentError, so the split is read once more
 * (the first bytes may have been the wrong ones); a file that fails twice is reported with the decode error.
 */
async function blameBytesOrFile(params) {
    const { reader, file, error } = params;
    if (!(error instanceof errors/* ContentError */.yg) || / mismatch /.test(error.message))
        return error;
    try {
        for await (const chunk of fileChunks(reader, file))
            void chunk;
    }
    catch (verification) {
        return verification;
    }
    return error;
}
/** JSON Lines: each non-blank line must be a JSON object; it is written as it is (no number is re-encoded, so none is rounded). */
async function readJsonLinesRows(params) {
    const { reader, file, onLines } = params;
    const limit = params.limit ?? Infinity;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let carry = '';
    let lineNumber = 0;
    let rows = 0;
    let batch = [];
    const take = (line) => {
        lineNumber++;
        const text = line.trim();
        if (text === '')
            return false;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            throw new errors/* ContentError */.yg(`${file.path} line ${lineNumber} is not valid JSON: fix the file upstream or pin a --revision where it is valid`);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* ContentError */.yg(`${file.path} line ${lineNumber} is not a JSON object (one row per line is expected)`);
        }
        batch.push(text);
        rows++;
        return rows >= limit;
    };
    const flush = async () => {
        if (batch.length > 0)
            await onLines(batch);
        batch = [];
    };
    try {
        for await (const chunk of fileChunks(reader, file)) {
            const lines = (carry + decoder.decode(chunk, { stream: true })).split('\n');
            carry = lines.pop();
            for (const line of lines) {
                if (take(line)) {
                    await flush();
                    return rows;
                }
            }
            if (batch.length >= BATCH_ROWS)
                await flush();
        }
        carry += decoder.decode();
        if (carry.trim() !== '')
            take(carry);
    }
    catch (error) {
        const decoded = error instanceof TypeError && /encoded data was not valid/i.test(error.message) ? new errors/* ContentError */.yg(`${file.path} is not UTF-8 text`) : error;
        throw await blameBytesOrFile({ reader, file, error: decoded });
    }
    await flush();
    return rows;
}
/**
 * CSV with a header row. Values are typed the way pandas reads them (what `datasets` uses): integers and decimals
 * become numbers (integers beyond 2^53 keep every digit), True/False booleans, empty cells null, the rest text.
 */
async function readCsvRows(params) {
    const { reader, file, onLines } = params;
    const limit = params.limit ?? Infinity;
    const source = external_node_stream_.Readable.from(fileChunks(reader, file), { objectMode: false });
    const parser = source.pipe((0,lib/* parse */.qg)({ columns: true, bom: true, skip_empty_lines: true, cast: castCsvValue }));
    source.on('error', (error) => parser.destroy(error));
    let rows = 0;
    let batch = [];
    try {
        for await (const record of parser) {
            batch.push(encodeJsonObject(record));
            rows++;
            if (rows >= limit)
                break;
            if (batch.length >= BATCH_ROWS) {
                await onLines(batch);
                batch = [];
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* StepError */.zg && !(error instanceof errors/* ContentError */.yg))
            throw error;
        const decoded = error instanceof errors/* ContentError */.yg ? error : new errors/* ContentError */.yg(`${file.path} is not readable CSV (${error instanceof Error ? error.message : String(error)})`);
        throw await blameBytesOrFile({ reader, file, error: decoded });
    }
    finally {
        source.destroy();
    }
    if (batch.length > 0)
        await onLines(batch);
    return rows;
}
/** pandas' default na_values: read_csv makes these missing (NaN), which `datasets` stores as null. */
const CSV_MISSING = new Set(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']);
function castCsvValue(value, context) {
    if (context.header)
        return value;
    if (CSV_MISSING.has(value))
        return null;
    if (/^[+-]?\d+$/.test(value)) {
        const number = Number(value);
        return Number.isSafeInteger(number) ? number : BigInt(value);
    }
    if (/^[+-]?(\d+\.\d*|\.\d+|\d+)(e[+-]?\d+)?$/i.test(value))
        return Number(value);
    if (value === 'True' || value === 'true' || value === 'TRUE')
        return true;
    if (value === 'False' || value === 'false' || value === 'FALSE')
        return false;
    return value;
}
/**
 * A JSON file: an array of row objects, or an object of equal-length column arrays. JSON.parse needs the whole
 * text, so the whole file is fetched even for a sample, and integers beyond 2^53 in it are rounded by JSON.parse
 * (JSON Lines and parquet files keep them exact).
 */
async function readJsonRows(params) {
    const { reader, file, onLines } = params;
    const limit = params.limit ?? Infinity;
    const parts = [];
    for await (const chunk of fileChunks(reader, file))
        parts.push(chunk);
    let value;
    try {
        value = JSON.parse(Buffer.concat(parts).toString('utf8'));
    }
    catch {
        // The whole file was read and its hash checked by fileChunks: these bytes are the file, and it is broken.
        throw new errors/* StepError */.zg(`${file.path} is not valid JSON: fix the file upstream or pin a --revision where it is valid`);
    }
    const rows = jsonRowsOf(value);
    if (!rows)
        throw new errors/* StepError */.zg(`${file.path} holds neither a list of row objects nor an object of column lists`);
    const wanted = Math.min(limit, rows.length);
    for (let start = 0; start < wanted; start += BATCH_ROWS) {
        await onLines(rows.slice(start, Math.min(wanted, start + BATCH_ROWS)).map((row) => encodeJsonObject(row)));
    }
    return wanted;
}
function jsonRowsOf(value) {
    const isRow = (item) => item !== null && typeof item === 'object' && !Array.isArray(item);
    if (Array.isArray(value))
        return value.every(isRow) ? value : undefined;
    if (!isRow(value))
        return undefined;
    const columns = Object.entries(value);
    if (columns.length === 1 && Array.isArray(columns[0][1]) && columns[0][1].every(isRow))
        return columns[0][1];
    if (columns.length === 0 || !columns.every(([, column]) => Array.isArray(column)))
        return undefined;
    const length = columns[0][1].length;
    if (!columns.every(([, column]) => column.length === length))
        return undefined;
    return Array.from({ length }, (_, i) => Object.fromEntries(columns.map(([name, column]) => [name, column[i]])));
}

;// CONCATENATED MODULE: ./src/steps/dataset-download/write-split-rows.ts





/**
 * Write the first `limit` rows (all when undefined) of a split, file after file, into `writer`. Parquet files are
 * read row group by row group with Range requests, so a sample fetches only the footer and the groups that hold it.
 */
async function writeSplitRows(params) {
    const { connection, repo, split, revision, writer, reporter } = params;
    const limit = params.limit ?? Infinity;
    const readers = [];
    const readerFor = (index) => {
        const file = split.files[index];
        const reader = createRangeReader({
            connection,
            policy: connection.retry,
            url: (0,download_verified_file/* resolveUrl */.O2)({ connection, repo, revision, path: file.path }),
            size: file.size,
            what: file.path,
            onRetry: (message) => reporter.warning(message),
        });
        readers.push(reader);
        return reader;
    };
    const sourceFiles = [];
    const sourceBytes = split.files.reduce((sum, file) => sum + file.size, 0);
    // Knowing every shard's row count up front gives the progress a total; a sample needs no more than its limit.
    let opened;
    if (split.format === 'parquet' && limit === Infinity) {
        opened = [];
        for (const [index, file] of split.files.entries())
            opened.push(await openParquet({ reader: readerFor(index), what: file.path, parsers: LOSSLESS_PARQUET_PARSERS }));
    }
    const total = opened ? opened.reduce((sum, file) => sum + file.rows, 0) : limit === Infinity ? undefined : limit;
    const progress = () => reporter.progress({ label: split.name, done: writer.rows, total, unit: 'rows' });
    const onLines = async (lines) => {
        await writer.writeLines(lines);
        progress();
    };
    for (const [index, file] of split.files.entries()) {
        const remaining = limit - writer.rows;
        if (remaining <= 0)
            break;
        sourceFiles.push(file.path);
        const rowLimit = remaining === Infinity ? undefined : remaining;
        if (split.format === 'parquet') {
            const parquet = opened?.[index] ?? (await openParquet({ reader: readerFor(index), what: file.path, parsers: LOSSLESS_PARQUET_PARSERS }));
            await readParquetRows({
                file: parquet,
                limit: rowLimit,
                parsers: LOSSLESS_PARQUET_PARSERS,
                onRows: (rows) => onLines(rows.map((row) => encodeJsonObject(row))),
            });
            continue;
        }
        const read = split.format === 'jsonl' ? readJsonLinesRows : split.format === 'csv' ? readCsvRows : readJsonRows;
        await read({ reader: readerFor(index), file, limit: rowLimit, onLines });
    }
    if (writer.rows === 0)
        progress();
    return { rows: writer.rows, sourceFiles, fetchedBytes: readers.reduce((sum, reader) => sum + reader.bytesFetched(), 0), sourceBytes };
}

;// CONCATENATED MODULE: ./src/steps/dataset-download/dataset-download.ts















const CONFIG_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;
/** Check the request before anything touches the network or the disk. */
function parseDatasetDownloadRequest(params) {
    const flagName = params.flagName ?? ((name) => `--${name}`);
    const name = (0,validate_input/* validateRepoId */.S1)(params.name);
    if (!params.outputDir?.trim())
        throw new errors/* InputError */.dz(`${flagName('output-dir')} is required: give the directory to write metadata.json and <split>/data.jsonl into`);
    let config;
    if (params.config !== undefined) {
        config = params.config.trim();
        if (!CONFIG_NAME.test(config) || config.includes('..') || config.length > 128) {
            throw new errors/* InputError */.dz(`${flagName('config')} "${(0,validate_input/* printable */.g$)(params.config)}" is not a config name: use letters, digits, "_", "-", "." (e.g. plain_text); omit it for the default`);
        }
    }
    const splits = [...new Set((params.splits ?? []).map((split) => split.trim()))].sort();
    for (const split of splits) {
        if (!isSafeSplitName(split))
            throw new errors/* InputError */.dz(`${flagName('split')} "${(0,validate_input/* printable */.g$)(split)}" is not a split name: use letters, digits and "_" (e.g. train, test, validation)`);
    }
    const maxSamples = params.maxSamples === undefined || params.maxSamples.trim() === ''
        ? undefined
        : (0,validate_input/* parseInteger */.cG)({ flag: flagName('max-samples'), value: params.maxSamples, min: 1, max: Number.MAX_SAFE_INTEGER });
    return { name, outputDir: (0,external_node_path_.resolve)(params.outputDir), revision: (0,validate_input/* validateRevision */.ml)(params.revision ?? 'main'), config, splits, maxSamples };
}
/** What decides the rows: the dataset at a commit, which config and splits, how many rows of each. */
function datasetKeyComponents(request, resolvedRevision) {
    return {
        name: request.name,
        revision: resolvedRevision,
        config: request.config ?? null,
        splits: request.splits,
        max_samples: request.maxSamples ?? null,
        encoding: JSONL_ENCODING,
    };
}
/** dataset download: the cached step over the Hub's parquet conversion (or the repo's data files). */
async function runDatasetDownload(params) {
    const { request, connection, options } = params;
    const { reporter } = options;
    const repo = { type: 'dataset', name: request.name };
    const metadataPath = (0,external_node_path_.join)(request.outputDir, DATASET_METADATA_FILE);
    await (0,check_output_dir/* checkOutputDirPath */.c)({ path: request.outputDir, flag: '--output-dir' });
    // The key needs the commit sha. Offline, or when a full sha is asked for, no network is used.
    const cached = await readDatasetMetadata(metadataPath);
    const resolvedRevision = await (0,revision_for_key/* revisionForKey */.M)({ connection, repo, revision: request.revision, cached: cached.kind === 'ok' ? cached.metadata : undefined });
    const key = (0,fingerprint/* fingerprint */.Rj)(datasetKeyComponents(request, resolvedRevision ?? `unresolved:${request.revision}`));
    // What the last successful validation read, for the hit lines (they are built synchronously).
    let validated;
    const step = {
        command: 'dataset download',
        tierName: 'dataset',
        key,
        outputDir: request.outputDir,
        producedSource: 'hub',
        validate: async (dir) => {
            const outcome = await validateDatasetDir({ dir, request, resolvedRevision: connection.offline ? undefined : resolvedRevision });
            if (outcome.ok)
                validated = outcome.metadata;
            return outcome;
        },
        describe: async () => {
            const read = await readDatasetMetadata(metadataPath);
            return read.kind === 'ok' ? describeMetadata(read.metadata) : { revision: resolvedRevision };
        },
        messages: {
            force: 'Force flag set, re-downloading even if cache exists...',
            hit: (source) => [
                source === 'disk' ? 'Dataset already downloaded and cached' : `Dataset restored from ${source}`,
                `Using cached dataset from ${request.outputDir}`,
                `Splits: ${validated?.splits.map((split) => split.name).join(', ') ?? '?'}`,
                `Total samples: ${validated?.total_samples ?? '?'}`,
            ],
        },
        produce: async () => {
            if (connection.offline || !resolvedRevision) {
                throw new errors/* StepError */.zg(`Offline, and dataset ${request.name}@${request.revision} is not in ${request.outputDir} with these options: run once without --offline / HF_HUB_OFFLINE to download it`);
            }
            return downloadDataset({ request, connection, resolvedRevision, key, previous: cached.kind === 'ok' ? cached.metadata : undefined, reporter });
        },
    };
    return (0,cached_step/* runCachedStep */.K)(step, options);
}
function describeMetadata(metadata) {
    return {
        revision: metadata.resolvedRevision,
        config: metadata.config,
        origin: metadata.origin,
        maxSamples: metadata.max_samples,
        splits: Object.fromEntries(metadata.splits.map((split) => [split.name, split.rows])),
        samples: metadata.total_samples,
        bytes: metadata.bytes,
        // How long producing took, so a hit can say what it saved.
        productionMs: typeof metadata.downloadMs === 'number' ? metadata.downloadMs : undefined,
    };
}
async function downloadDataset(params) {
    const { request, connection, resolvedRevision, key, previous, reporter } = params;
    const started = Date.now();
    const repo = { type: 'dataset', name: request.name };
    const sources = await planDatasetSources({
        connection,
        name: request.name,
        revision: request.revision,
        resolvedRevision,
        config: request.config,
        splits: request.splits,
        reporter,
    });
    const from = sources.origin === 'parquet-conversion' ? "the Hub's parquet conversion" : `its ${sources.splits[0]?.format ?? ''} files`;
    reporter.info(`Downloading ${request.name}@${resolvedRevision.slice(0, 7)} (config ${sources.config}) from ${from}: ${sources.splits.map((split) => split.name).join(', ')}` +
        (request.maxSamples !== undefined ? `, first ${request.maxSamples} rows of each` : ''));
    // Invalidate first: from here until the new metadata is written, the dir must not validate.
    const metadataPath = (0,external_node_path_.join)(request.outputDir, DATASET_METADATA_FILE);
    await (0,promises_.rm)(metadataPath, { force: true });
    const records = [];
    let fetchedBytes = 0;
    let sourceBytes = 0;
    for (const split of sources.splits) {
        if (split.partial)
            reporter.warning(`${split.name} is only partly converted by the Hub (splits over 5 GB): its rows are the first part of the split`);
        const path = (0,external_node_path_.join)(request.outputDir, split.name, SPLIT_DATA_FILE);
        await removeStaleTempFiles(path);
        // Bytes that do not decode are read once more from the start before the file is blamed: a proxy or CDN may
        // have served wrong bytes once (ranged reads cannot be checked against the file's hash as they arrive).
        for (let attempt = 1;; attempt++) {
            const writer = await openJsonlSplitWriter(path);
            try {
                const stats = await writeSplitRows({ connection, repo, split, revision: sources.revision, limit: request.maxSamples, writer, reporter });
                const written = await writer.commit();
                fetchedBytes += stats.fetchedBytes;
                sourceBytes += stats.sourceBytes;
                records.push({ name: split.name, ...written, sourceFiles: stats.sourceFiles, ...(split.partial ? { partial: true } : {}) });
                break;
            }
            catch (error) {
                await writer.abort();
                if (!(error instanceof errors/* ContentError */.yg))
                    throw error;
                if (attempt >= 2)
                    throw error;
                reporter.warning(`${error.message}; reading ${split.name} again from the start`);
            }
        }
    }
    // Splits of the previous download that this one does not have: remove only what we wrote there.
    const kept = new Set(records.map((record) => record.name));
    for (const old of previous?.splits ?? []) {
        if (kept.has(old.name) || !isSafeSplitName(old.name))
            continue;
        await (0,promises_.rm)((0,external_node_path_.join)(request.outputDir, old.name, SPLIT_DATA_FILE), { force: true });
        await (0,promises_.rmdir)((0,external_node_path_.join)(request.outputDir, old.name)).catch(() => undefined);
    }
    const totalSamples = records.reduce((sum, record) => sum + record.rows, 0);
    const bytes = records.reduce((sum, record) => sum + record.bytes, 0);
    const metadata = {
        schema: DATASET_METADATA_SCHEMA,
        name: request.name,
        config: sources.config,
        requestedConfig: request.config ?? null,
        requestedSplits: request.splits,
        max_samples: request.maxSamples ?? null,
        revision: request.revision,
        resolvedRevision,
        origin: sources.origin,
        sourceRevision: sources.revision,
        key,
        hubUrl: connection.hubUrl,
        splits: records,
        total_samples: totalSamples,
        bytes,
        encoding: JSONL_ENCODING,
        downloadedAt: new Date().toISOString(),
        downloadMs: Date.now() - started,
    };
    await (0,atomic_write/* writeJsonAtomic */.ZJ)(metadataPath, metadata);
    reporter.success(`Downloaded ${request.name} to ${request.outputDir}: ${records.map((record) => `${record.name} ${record.rows}`).join(', ')} rows ` +
        `(${(0,format/* formatBytes */.z)(bytes)} of JSON Lines; fetched ${(0,format/* formatBytes */.z)(fetchedBytes)} of ${(0,format/* formatBytes */.z)(sourceBytes)} source files)`);
    return { ...describeMetadata(metadata), fetchedBytes, sourceBytes };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/hub-from-args.ts + 1 modules
var hub_from_args = __webpack_require__(98707);
// EXTERNAL MODULE: ./src/cli/run-options.ts + 9 modules
var run_options = __webpack_require__(7997);
;// CONCATENATED MODULE: ./src/cli/commands/dataset-download.ts





const usage = 'model-experiments dataset download';
const datasetDownloadCommand = {
    help: `Usage: ${usage} --name <repo-id> --output-dir <dir> [options]

  --name <repo-id>        Hub dataset repo, e.g. imdb or org/name
  --output-dir <dir>      where metadata.json and <split>/data.jsonl go
  --config <name>         dataset config (default: "default", else the only one)
  --split <name>          download only this split (repeatable; default: all)
  --max-samples <N>       only the first N rows of every split (reads only the row groups that hold them)
  --revision <rev>        branch, tag or commit sha (default: main)
  --force                 download again even when the cache is valid
  --offline               never use the network (also HF_HUB_OFFLINE=1)
  --token <hf_...>        Hub token (default: HF_TOKEN)
  --hub-url <url>         Hub base URL (default: HF_ENDPOINT or https://huggingface.co)
  --json                  print one JSON object with the result on stdout
${run_options/* CACHE_OPTIONS_HELP */.AA}`,
    async run({ argv, env, reporter, secrets }) {
        const values = (0,args/* parseCommandArgs */.Qx)({
            argv,
            usage,
            options: {
                ...args/* hubOptions */.I2,
                ...run_options/* cacheOptions */.rT,
                name: { type: 'string' },
                'output-dir': { type: 'string' },
                config: { type: 'string' },
                split: { type: 'string', multiple: true },
                'max-samples': { type: 'string' },
                revision: { type: 'string' },
            },
        });
        const request = parseDatasetDownloadRequest({
            name: values.name,
            outputDir: values['output-dir'],
            config: values.config,
            splits: values.split,
            maxSamples: values['max-samples'],
            revision: values.revision,
        });
        const connection = (0,hub_from_args/* hubConnectionFromArgs */.r)({ values, env, reporter, secrets });
        const result = await runDatasetDownload({ request, connection, options: (0,run_options/* runOptionsFromArgs */.Tb)({ values, env, reporter }) });
        return { json: (0,step_result/* resultToJson */.h)(result), wantsJson: values.json === true };
    },
};


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


/***/ })

};

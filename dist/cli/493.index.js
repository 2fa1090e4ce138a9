export const id = 493;
export const ids = [493];
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

/***/ 98493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseDuration: () => (/* binding */ parseDuration),
  storeLsCommand: () => (/* binding */ storeLsCommand),
  storePruneCommand: () => (/* binding */ storePruneCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __webpack_require__(84600);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/tiers/store/store-layout.ts
var store_layout = __webpack_require__(49001);
// EXTERNAL MODULE: ./src/tiers/store/store-manifest.ts
var store_manifest = __webpack_require__(16862);
// EXTERNAL MODULE: ./src/tiers/store/s3-client.ts
var s3_client = __webpack_require__(12461);
;// CONCATENATED MODULE: ./src/tiers/store/store-admin.ts





const READS_AT_ONCE = 8;
async function listObjects(client, bucket, prefix) {
    const { ListObjectsV2Command } = await (0,s3_client/* loadS3 */.T8)();
    const objects = [];
    let token;
    do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const item of page.Contents ?? [])
            if (item.Key)
                objects.push({ key: item.Key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects;
}
/** Every entry of the store with its size and last use: one listing of entries/ and uses/, one read per manifest. */
async function readEntries(client, location, keys) {
    const { GetObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
    const [manifests, uses] = await Promise.all([listObjects(client, location.bucket, keys.manifests), listObjects(client, location.bucket, keys.uses)]);
    const lastUse = new Map(uses.map((use) => [use.key, use.lastModified]));
    const found = manifests.flatMap((object) => {
        const parsed = (0,store_layout/* parseManifestKey */.Kk)(keys, object.key);
        return parsed ? [{ ...parsed, object }] : [];
    });
    const entries = await (0,concurrency/* mapWithConcurrency */.W)({
        items: found,
        limit: READS_AT_ONCE,
        worker: async ({ step, key, object }) => {
            let manifest;
            try {
                const response = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: object.key }));
                manifest = (0,store_manifest/* parseManifest */.Ng)({ text: (await response.Body?.transformToString('utf8')) ?? '', step, key });
            }
            catch (error) {
                // Deleted between the listing and the read (another prune): not there any more.
                if ((0,s3_client/* isNotFound */.c4)(error))
                    manifest = 'the manifest was deleted while listing';
                else
                    throw error;
            }
            const used = lastUse.get(keys.use(step, key));
            const lastUsed = used && used > object.lastModified ? used : object.lastModified;
            if (typeof manifest === 'string') {
                return { step, key, bytes: 0, files: 0, createdAt: object.lastModified.toISOString(), lastUsedAt: lastUsed.toISOString(), broken: manifest, blobs: [] };
            }
            return {
                step,
                key,
                bytes: manifest.bytes,
                files: manifest.files.length,
                createdAt: manifest.createdAt,
                lastUsedAt: lastUsed.toISOString(),
                blobs: manifest.files.filter(store_manifest/* isBlobFile */.E5).map((file) => file.sha256),
            };
        },
    });
    // Most recently used first within a step; object stores keep whole seconds, so the creation time breaks ties.
    return entries.sort((a, b) => a.step.localeCompare(b.step) || b.lastUsedAt.localeCompare(a.lastUsedAt) || b.createdAt.localeCompare(a.createdAt));
}
/** The store's failures as one line naming the bucket, the endpoint and the fix (exit 1). */
async function withStore(params, work) {
    const client = await (0,s3_client/* createS3Client */.qo)(params);
    try {
        return await work(client);
    }
    catch (error) {
        if (error instanceof errors/* StepError */.zg)
            throw error;
        throw new errors/* StepError */.zg(`The store could not be read: ${(0,s3_client/* describeStoreError */.zL)({ error, ...params })}`);
    }
    finally {
        client.destroy();
    }
}
async function listStoreEntries(params) {
    return withStore(params, (client) => readEntries(client, params.location, (0,store_layout/* storeKeys */.G5)(params.location.prefix)));
}
/**
 * Remove the entries not used within `olderThanMs` (except the `keepLast` most recently used of each step), their
 * use markers and lineage pointers, then every blob that no remaining manifest names and that is older than
 * `blobGraceMs`. Manifests go first: an entry is either whole or absent, never a manifest whose blobs are gone.
 * Blobs are judged on a fresh listing of the manifests taken after the deletions, so a save that committed in the
 * meantime keeps its blobs; a save still uploading is protected by the grace period.
 */
async function pruneStore(params) {
    const { location, olderThanMs, keepLast, blobGraceMs, dryRun } = params;
    const now = (params.now ?? new Date()).getTime();
    const keys = (0,store_layout/* storeKeys */.G5)(location.prefix);
    const bucket = location.bucket;
    return withStore(params, async (client) => {
        const { DeleteObjectCommand, GetObjectCommand } = await (0,s3_client/* loadS3 */.T8)();
        const remove = async (objectKey) => {
            if (!dryRun)
                await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey }));
        };
        const entries = await readEntries(client, location, keys);
        const rankInStep = new Map();
        const removed = [];
        const kept = [];
        for (const entry of entries) {
            const rank = rankInStep.get(entry.step) ?? 0;
            rankInStep.set(entry.step, rank + 1);
            const old = now - Date.parse(entry.lastUsedAt) > olderThanMs;
            if ((old && rank >= keepLast) || entry.broken)
                removed.push(entry);
            else
                kept.push(entry);
        }
        const removedKeys = new Set(removed.map((entry) => `${entry.step}/${entry.key}`));
        await (0,concurrency/* mapWithConcurrency */.W)({
            items: removed,
            limit: READS_AT_ONCE,
            worker: async (entry) => {
                await remove(keys.manifest(entry.step, entry.key));
                await remove(keys.use(entry.step, entry.key));
            },
        });
        // A lineage pointer to a removed entry would only send the next run looking for it.
        const pointers = await listObjects(client, bucket, keys.pointers);
        await (0,concurrency/* mapWithConcurrency */.W)({
            items: pointers,
            limit: READS_AT_ONCE,
            worker: async (pointer) => {
                const step = pointer.key.slice(keys.pointers.length).split('/')[0];
                const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: pointer.key })).catch((error) => ((0,s3_client/* isNotFound */.c4)(error) ? undefined : Promise.reject(error)));
                let target = {};
                try {
                    target = JSON.parse((await response?.Body?.transformToString('utf8')) ?? '{}');
                }
                catch {
                    // An unreadable pointer names nothing: remove it.
                }
                if (typeof target.key !== 'string' || removedKeys.has(`${step}/${target.key}`))
                    await remove(pointer.key);
            },
        });
        const referenced = new Set();
        const remaining = dryRun ? kept : await readEntries(client, location, keys);
        for (const entry of remaining)
            for (const sha256 of entry.blobs)
                referenced.add(sha256);
        const blobs = await listObjects(client, bucket, keys.blobs);
        let removedBlobs = 0;
        let removedBlobBytes = 0;
        let recentBlobs = 0;
        const doomed = blobs.filter((blob) => {
            const sha256 = (0,store_layout/* parseBlobKey */.QK)(keys, blob.key);
            if (sha256 !== undefined && referenced.has(sha256))
                return false;
            if (now - blob.lastModified.getTime() < blobGraceMs) {
                recentBlobs++;
                return false;
            }
            return true;
        });
        await (0,concurrency/* mapWithConcurrency */.W)({
            items: doomed,
            limit: READS_AT_ONCE,
            worker: async (blob) => {
                await remove(blob.key);
                removedBlobs++;
                removedBlobBytes += blob.size;
            },
        });
        return { dryRun, removedEntries: removed, keptEntries: kept.length, removedBlobs, removedBlobBytes, keptBlobs: blobs.length - doomed.length, recentBlobs };
    });
}

// EXTERNAL MODULE: ./src/tiers/store/store-location.ts
var store_location = __webpack_require__(7420);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands/store.ts






const storeOptions = {
    store: { type: 'string' },
    'store-endpoint': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const STORE_HELP = `  --store s3://<bucket>/<prefix>
                          the store (default: ME_STORE); credentials from the AWS chain
  --store-endpoint <url>  its server when it is not AWS S3 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL)
  --json                  print one JSON object on stdout`;
function locationOf(values, env, usage) {
    const location = (0,store_location/* parseStoreLocation */.s)({
        store: (values.store ?? '').trim() || env.ME_STORE,
        endpoint: values['store-endpoint'],
        env,
        names: { store: (values.store ?? '').trim() ? '--store' : 'ME_STORE', endpoint: '--store-endpoint' },
    });
    if (!location)
        throw new errors/* InputError */.dz(`${usage} needs a store: give --store s3://<bucket>/<prefix> (or set ME_STORE)`);
    return location;
}
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** "30d", "12h", "90m", "0s" → milliseconds. */
function parseDuration(text, flag) {
    const match = /^(\d+)([smhdw])$/.exec((text ?? '').trim());
    if (!match)
        throw new errors/* InputError */.dz(`${flag} "${(0,validate_input/* printable */.g$)(text ?? '')}" is not a duration: write a whole number and a unit, e.g. 30d, 12h, 90m (s, m, h, d, w)`);
    return Number(match[1]) * UNITS[match[2]];
}
const entryJson = ({ blobs: _blobs, ...entry }) => entry;
const day = (iso) => iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');
const storeLsCommand = {
    help: `Usage: model-experiments store ls --store s3://<bucket>/<prefix> [options]

List the store's entries: step, key, size, when created and when last used (restored or saved).

${STORE_HELP}`,
    async run({ argv, env, stdout }) {
        const usage = 'model-experiments store ls';
        const values = (0,args/* parseCommandArgs */.Qx)({ argv, usage, options: storeOptions });
        const location = locationOf(values, env, usage);
        const entries = await listStoreEntries({ location, env });
        const wantsJson = values.json === true;
        if (!wantsJson) {
            const rows = entries.map((entry) => [entry.step, entry.key.slice(0, 16), entry.broken ? 'broken' : (0,format/* formatBytes */.z)(entry.bytes), day(entry.createdAt), day(entry.lastUsedAt)]);
            const header = ['STEP', 'KEY', 'SIZE', 'CREATED', 'LAST USED'];
            const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
            const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
            const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
            stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} in ${location.url} (${(0,format/* formatBytes */.z)(total)} of files, blobs shared between entries counted in each)\n`);
        }
        return { json: { store: location.url, entries: entries.map(entryJson) }, wantsJson };
    },
};
const storePruneCommand = {
    help: `Usage: model-experiments store prune --store s3://<bucket>/<prefix> --older-than <duration> [options]

Remove the entries not used (restored or saved) within the duration, then every blob that no remaining entry
needs. Unused blobs written recently are kept, so a save running meanwhile is never broken.

  --older-than <duration> remove entries last used longer ago than this: 30d, 12h, 90m (s, m, h, d, w)
  --keep-last <n>         keep the n most recently used entries of each step however old (default 0)
  --keep-recent-blobs <duration>
                          keep unneeded blobs written within this (default 1h)
  --dry-run               say what would be removed; remove nothing
${STORE_HELP}`,
    async run({ argv, env, stdout, reporter }) {
        const usage = 'model-experiments store prune';
        const values = (0,args/* parseCommandArgs */.Qx)({
            argv,
            usage,
            options: { ...storeOptions, 'older-than': { type: 'string' }, 'keep-last': { type: 'string' }, 'keep-recent-blobs': { type: 'string' }, 'dry-run': { type: 'boolean' } },
        });
        if (values['older-than'] === undefined)
            throw new errors/* InputError */.dz(`${usage} needs --older-than <duration>, e.g. --older-than 30d`);
        const olderThanMs = parseDuration(values['older-than'], '--older-than');
        const keepText = (values['keep-last'] ?? '0').trim();
        if (!/^\d+$/.test(keepText))
            throw new errors/* InputError */.dz(`--keep-last "${(0,validate_input/* printable */.g$)(keepText)}" is not a whole number: give e.g. --keep-last 3`);
        const blobGraceMs = parseDuration(values['keep-recent-blobs'] ?? '1h', '--keep-recent-blobs');
        const location = locationOf(values, env, usage);
        const dryRun = values['dry-run'] === true;
        const report = await pruneStore({ location, env, olderThanMs, keepLast: Number(keepText), blobGraceMs, dryRun });
        const verb = dryRun ? 'Would remove' : 'Removed';
        for (const entry of report.removedEntries)
            reporter.info(`${verb} ${entry.step} ${entry.key.slice(0, 16)} (${entry.broken ? `broken: ${entry.broken}` : `last used ${day(entry.lastUsedAt)}`})`);
        const summary = `${verb} ${report.removedEntries.length} entr${report.removedEntries.length === 1 ? 'y' : 'ies'} and ${report.removedBlobs} blob(s) (${(0,format/* formatBytes */.z)(report.removedBlobBytes)}) from ${location.url}; ` +
            `kept ${report.keptEntries} entr${report.keptEntries === 1 ? 'y' : 'ies'} and ${report.keptBlobs} blob(s)${report.recentBlobs > 0 ? `, ${report.recentBlobs} of them unneeded but written within --keep-recent-blobs` : ''}`;
        const wantsJson = values.json === true;
        if (wantsJson)
            reporter.success(summary);
        else
            stdout.write(`${summary}\n`);
        return {
            json: {
                store: location.url,
                dryRun,
                removedEntries: report.removedEntries.map(entryJson),
                keptEntries: report.keptEntries,
                removedBlobs: report.removedBlobs,
                removedBlobBytes: report.removedBlobBytes,
                keptBlobs: report.keptBlobs,
                recentBlobs: report.recentBlobs,
            },
            wantsJson,
        };
    },
};


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

export const id = 290;
export const ids = [290];
export const modules = {

/***/ 83528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: ./src/report/report-row.ts + 1 modules
var report_row = __webpack_require__(43360);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __webpack_require__(84600);
// EXTERNAL MODULE: ./src/report/metric-delta.ts
var metric_delta = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/report/sweep-table.ts
var sweep_table = __webpack_require__(47287);
;// CONCATENATED MODULE: ./src/report/training-chart.ts
/** xychart draws every point as a category: beyond this many the chart is thinned (the last point always kept). */
const MAX_POINTS = 60;
function thin(points) {
    if (points.length <= MAX_POINTS)
        return points;
    const every = Math.ceil(points.length / MAX_POINTS);
    return points.filter((_, index) => index % every === 0 || index === points.length - 1);
}
const number = (value) => (Number.isFinite(value) ? Number(value.toPrecision(4)) : 0);
function chart(params) {
    const points = thin(params.points);
    const values = points.flatMap((entry) => params.lines.map((line) => number(line.value(entry))));
    const top = Math.max(1, ...values);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${params.title}"`,
        `  x-axis "step" [${points.map((entry) => entry.step).join(', ')}]`,
        `  y-axis "${params.lines.map((line) => line.label).join(' / ')}" 0 --> ${number(top)}`,
        ...params.lines.map((line) => `  line [${points.map((entry) => number(line.value(entry))).join(', ')}]`),
        '```',
    ].join('\n');
}
/**
 * Mermaid charts of a training's history for the job summary (GitHub renders mermaid there): train loss over the
 * logging steps, and validation loss and accuracy over the evaluation steps. Empty when there is nothing to draw.
 */
function trainingChartMarkdown(history) {
    const logged = history.filter((entry) => typeof entry.loss === 'number');
    const evaluated = history.filter((entry) => typeof entry.evalLoss === 'number' && typeof entry.evalAccuracy === 'number');
    const parts = [];
    if (logged.length > 0)
        parts.push(chart({ title: 'Train loss', points: logged, lines: [{ label: 'loss', value: (entry) => entry.loss }] }));
    if (evaluated.length > 0) {
        parts.push(chart({
            title: 'Validation loss and accuracy (line 1: loss, line 2: accuracy)',
            points: evaluated,
            lines: [
                { label: 'loss', value: (entry) => entry.evalLoss },
                { label: 'accuracy', value: (entry) => entry.evalAccuracy },
            ],
        }));
    }
    return parts.length > 0 ? `\n${parts.join('\n\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/report/render-report.ts




const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The "vs base" cell: metric deltas, or whether the result is the base's, or that the base has none. */
function describeAgainstBase(row) {
    const metrics = Object.entries(row.metrics).filter(([metric]) => !(0,metric_delta/* isBookkeepingMetric */.ng)(metric));
    const base = row.base;
    if (!base)
        return metrics.map(([metric, value]) => (0,metric_delta/* describeMetricChange */.ik)({ metric, current: value }));
    if (!base.found)
        return [`no result on ${base.branch}`, ...metrics.map(([metric, value]) => (0,metric_delta/* describeMetricChange */.ik)({ metric, current: value }))];
    if (metrics.length === 0)
        return [row.key !== '' && base.key === row.key ? `same result as ${base.branch}` : `differs from ${base.branch}${base.key ? ` (\`${base.key.slice(0, 12)}\`)` : ''}`];
    return metrics.map(([metric, value]) => (0,metric_delta/* describeMetricChange */.ik)({ metric, current: value, base: base.metrics?.[metric] }));
}
/** The table of rows, one per step. */
function rowsTableMarkdown(rows) {
    const baseBranch = rows.find((row) => row.base)?.base?.branch;
    const lines = [
        `| Step | Decision | Why | Time saved | Key | ${baseBranch ? `Metrics vs ${escapeCell(baseBranch)}` : 'Metrics'} |`,
        '|---|---|---|---|---|---|',
    ];
    for (const row of rows) {
        const decision = row.runUrl ? `${row.decision} ([run](${row.runUrl}))` : row.decision;
        const against = row.base?.branch ?? 'base';
        const reasons = [...row.reasons, ...(row.baseReasons ?? []).map((reason) => `vs ${against}: ${reason}`)];
        const why = reasons.length > 0 ? reasons.map(escapeCell).join('<br>') : '—';
        const saved = row.timeSavedMs !== undefined ? `≈ ${(0,format/* formatDuration */.a)(row.timeSavedMs)}` : '—';
        const key = row.key ? `\`${row.key.slice(0, 12)}\`` : '—';
        const metrics = describeAgainstBase(row);
        lines.push(`| ${escapeCell(row.id)} | ${escapeCell(decision)} | ${why} | ${saved} | ${key} | ${metrics.length > 0 ? metrics.map(escapeCell).join('<br>') : '—'} |`);
    }
    return lines.join('\n');
}
/** The whole report in markdown: the steps' table, the training curves of steps that trained, the sweep tables. */
function reportMarkdown(params) {
    const { document } = params;
    const parts = [`### ${params.title ?? 'model-experiments report'}`];
    if (document.rows.length > 0)
        parts.push(rowsTableMarkdown(document.rows));
    if (params.charts !== false) {
        for (const row of document.rows) {
            if (row.source !== 'trained' || !row.history?.length)
                continue;
            const chart = trainingChartMarkdown(row.history).trim();
            if (chart)
                parts.push(`<details><summary>Training curves: ${escapeCell(`${row.command} ${row.outputDir}`)}</summary>\n\n${chart}\n\n</details>`);
        }
    }
    for (const sweep of document.sweeps)
        parts.push((0,sweep_table/* sweepTableMarkdown */.Il)(sweep));
    return `${parts.join('\n\n')}\n`;
}
/** The report as JSON (`report --format json`): the rows with their against-base text, and the sweeps. */
function reportJson(document) {
    return {
        rows: document.rows.map((row) => ({ ...row, againstBase: describeAgainstBase(row) })),
        sweeps: document.sweeps,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts







const usage = 'model-experiments report';
const FORMATS = ['markdown', 'json'];
async function readResult(path, cwd, what) {
    const read = await (0,read_json/* readJsonObject */.o)((0,external_node_path_.resolve)(cwd, path));
    if (read.kind === 'missing')
        throw new errors/* InputError */.dz(`${what} ${(0,validate_input/* printable */.g$)(path)} does not exist: give a file written by a step's --json`);
    if (read.kind === 'corrupted')
        throw new errors/* InputError */.dz(`${what} ${(0,validate_input/* printable */.g$)(path)} ${read.reason}: give a file written by a step's --json`);
    if (typeof read.value.command !== 'string') {
        throw new errors/* InputError */.dz(`${what} ${(0,validate_input/* printable */.g$)(path)} is not a step result (it names no command): give a file written by a step's --json`);
    }
    return read.value;
}
const lastSegment = (path) => (typeof path === 'string' ? path.split(/[\\/]/).filter(Boolean).pop() ?? '' : '');
const reportCommand = {
    help: `Usage: ${usage} [--format markdown|json] [--base <file>]... <result.json>...

Prints the PR report's table (one row per step: decision, reasons, time saved, key, metrics) from the --json results
of earlier steps, for CI systems other than GitHub Actions, e.g.
  model-experiments train ... --json > results/train.json
  model-experiments report results/*.json >> report.md

  --format <f>     markdown (default) or json
  --base <file>    a --json result of the same step on the base branch: the row shows how it differs (train: field
                   by field) and the metric deltas against it (matched by command and output dir); repeatable
  --base-branch <name>  what to call the base in the table (default: base)

Paths outside the working directory are shown by their last part only; HF_TOKEN is masked.`,
    async run({ argv, env, cwd, stdout, secrets }) {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({
                args: argv,
                options: { format: { type: 'string' }, base: { type: 'string', multiple: true }, 'base-branch': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
                strict: true,
                allowPositionals: true,
            });
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${(error instanceof Error ? error.message : String(error)).split('\n')[0]}: see ${usage} --help`);
        }
        const { values, positionals } = parsed;
        const format = values.format ?? 'markdown';
        if (!FORMATS.includes(format))
            throw new errors/* InputError */.dz(`--format "${(0,validate_input/* printable */.g$)(format)}" is not one of ${FORMATS.join(', ')}`);
        if (positionals.length === 0)
            throw new errors/* InputError */.dz(`Give the --json result files of earlier steps, e.g. ${usage} results/*.json`);
        const token = env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
        if (token?.trim())
            secrets.push(token.trim());
        const safe = { workspace: cwd, secrets };
        const branch = values['base-branch'] ?? 'base';
        const bases = await Promise.all((values.base ?? []).map((path) => readResult(path, cwd, '--base')));
        const results = await Promise.all(positionals.map((path) => readResult(path, cwd, 'Result')));
        const rows = results.map((result) => {
            let base;
            if (values.base) {
                const id = (0,report_row/* stepIdOf */.Jz)(result, cwd);
                // The same step: by its identity, else by command and the output dir's last part (another checkout's paths).
                const match = bases.find((candidate) => (0,report_row/* stepIdOf */.Jz)(candidate, cwd) === id) ??
                    bases.find((candidate) => candidate.command === result.command && lastSegment(candidate.outputDir ?? candidate.modelDir) === lastSegment(result.outputDir ?? result.modelDir));
                const components = match?.keyComponents && typeof match.keyComponents === 'object' ? { components: match.keyComponents } : {};
                base = match ? { branch, found: true, key: typeof match.key === 'string' ? match.key : undefined, metrics: (0,report_row/* metricsOfResult */.su)(match), ...components } : { branch, found: false };
            }
            return (0,report_row/* reportRowFromResult */.Ij)({ result, safe, base });
        });
        const document = { rows, sweeps: [] };
        stdout.write(format === 'json' ? `${JSON.stringify(reportJson(document))}\n` : reportMarkdown({ document }));
        return { json: {}, wantsJson: false };
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

/***/ 47287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ sweepTableMarkdown),
/* harmony export */   bm: () => (/* binding */ makeSweepTable)
/* harmony export */ });
/* unused harmony export bestCell */
/* harmony import */ var _metric_delta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1035);

/** The best cell by a metric (smallest for losses, largest otherwise); undefined when no cell has the metric. */
function bestCell(params) {
    const lower = (0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerIsBetter */ .cv)(params.metric);
    let best;
    params.cells.forEach((cell, index) => {
        const value = cell.metrics[params.metric];
        if (typeof value !== 'number' || !Number.isFinite(value))
            return;
        const current = best === undefined ? undefined : params.cells[best].metrics[params.metric];
        if (current === undefined || (lower ? value < current : value > current))
            best = index;
    });
    return best;
}
function makeSweepTable(params) {
    return {
        id: `sweep ${params.axes.join(' × ')}`,
        metric: params.metric,
        lowerIsBetter: (0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerIsBetter */ .cv)(params.metric),
        axes: params.axes,
        cells: params.cells,
        best: bestCell(params),
    };
}
const cellLabel = (cell, axes) => axes.map((axis) => `${axis}=${cell.params[axis]}`).join(' ');
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The sweep as markdown: cells × parameters × metrics, the best cell marked and named, and a bar chart of the metric. */
function sweepTableMarkdown(table) {
    const metricNames = [...new Set(table.cells.flatMap((cell) => Object.keys(cell.metrics)))].filter((name) => name === table.metric || !(0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .isBookkeepingMetric */ .ng)(name)).sort((a, b) => (a === table.metric ? -1 : b === table.metric ? 1 : a.localeCompare(b)));
    const header = ['', ...table.axes, ...metricNames, 'result'];
    const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
    table.cells.forEach((cell, index) => {
        const result = cell.status === 'missing' ? 'not trained' : cell.status === 'unrecorded' ? `found (${cell.source ?? 'stored'}), metrics not recorded` : `\`${cell.key.slice(0, 12)}\``;
        const values = [index === table.best ? '★' : String(index + 1), ...table.axes.map((axis) => cell.params[axis] ?? ''), ...metricNames.map((name) => (name in cell.metrics ? (0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(cell.metrics[name]) : '—')), result];
        lines.push(`| ${values.map(escapeCell).join(' | ')} |`);
    });
    const trained = table.cells.filter((cell) => cell.status !== 'missing').length;
    const best = table.best === undefined ? undefined : table.cells[table.best];
    const verdict = best
        ? `Best by ${table.metric} (${table.lowerIsBetter ? 'lowest' : 'highest'}): **${escapeCell(cellLabel(best, table.axes))}**, ${table.metric} ${(0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(best.metrics[table.metric])}.`
        : `No cell has recorded ${table.metric} yet.`;
    const parts = [`**Sweep** (${table.cells.length} cells, ${trained} with a result). ${verdict}`, '', ...lines];
    const charted = table.cells.filter((cell) => typeof cell.metrics[table.metric] === 'number');
    if (charted.length > 0) {
        const values = charted.map((cell) => Number((0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(cell.metrics[table.metric])));
        parts.push('', '```mermaid', 'xychart-beta', `  title "${table.metric} per cell"`, `  x-axis [${charted.map((cell) => `"${cellLabel(cell, table.axes).replace(/"/g, "'")}"`).join(', ')}]`, `  y-axis "${table.metric}" ${Math.min(0, ...values)} --> ${Math.max(1, ...values)}`, `  bar [${values.join(', ')}]`, '```');
    }
    return parts.join('\n');
}


/***/ })

};

export const id = 743;
export const ids = [743];
export const modules = {

/***/ 84743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sweepReportCommand: () => (/* binding */ sweepReportCommand)
});

// EXTERNAL MODULE: ./src/steps/sweep/look-up-sweep.ts
var look_up_sweep = __webpack_require__(23490);
// EXTERNAL MODULE: ./src/steps/sweep/sweep-grid.ts
var sweep_grid = __webpack_require__(42225);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
;// CONCATENATED MODULE: ./src/steps/sweep/sweep-metric.ts


const DEFAULT_SWEEP_METRIC = 'eval_accuracy';
/** The metric the best cell is chosen by: a metric name as trainers write them (losses are minimized). */
function parseMetricName(params) {
    const value = params.value?.trim() ?? '';
    if (value === '')
        return DEFAULT_SWEEP_METRIC;
    if (!/^[A-Za-z][A-Za-z0-9_./-]{0,99}$/.test(value))
        throw new errors/* InputError */.dz(`${params.flag} "${(0,validate_input/* printable */.g$)(value)}" is not a metric name: give one the trainer reports, e.g. eval_accuracy or eval_loss`);
    return value;
}

// EXTERNAL MODULE: ./src/report/sweep-table.ts
var sweep_table = __webpack_require__(47287);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/train-setup.ts + 4 modules
var train_setup = __webpack_require__(990);
;// CONCATENATED MODULE: ./src/cli/commands/sweep-report.ts






const usage = 'model-experiments sweep-report';
const flagName = (name) => `--${name}`;
const sweepReportCommand = {
    help: `Usage: ${usage} --grid <parameter>=<v1>,<v2>... [--grid ...] [--metric <name>] [--json] <train flags>

After the matrix of a sweep: finds each cell's result and its metrics through lookups (the output dir, then the
caches' records; no trained model is downloaded), prints one table of cells × parameters × metrics with the best
cell and a mermaid chart of the metric.

  --grid <axis>      the sweep's axes, as given to sweep
  --metric <name>    the metric that ranks the cells (default ${DEFAULT_SWEEP_METRIC}, the highest wins; a *loss*,
                     *error* or perplexity metric is minimized, e.g. eval_loss)
  --json             print {cells, metric, best, bestKey, bestParams, bestMetrics} instead of markdown
  and the train flags the matrix's train step uses (--model-name, --train-data, --val-data, --output-dir, --run,
  cache flags...), without the grid's axes: the cells' keys are computed from them.`,
    async run({ argv, env, cwd, stdout, reporter, secrets }) {
        const values = (0,args/* parseCommandArgs */.Qx)({ argv, usage, options: { ...train_setup/* TRAIN_OPTIONS */.SS, grid: { type: 'string', multiple: true }, metric: { type: 'string' } } });
        const axes = (0,sweep_grid/* parseSweepGrid */.wj)({ axes: values.grid ?? [], flag: '--grid' });
        const metric = parseMetricName({ value: values.metric, flag: '--metric' });
        const { trainer, options, connection } = await (0,train_setup/* trainRuntimeFromValues */.fb)({ values, env, cwd, reporter, secrets });
        const table = await (0,look_up_sweep/* lookUpSweep */.H)({ axes, inputs: (0,train_setup/* trainInputsFromValues */.SN)(values, cwd), trainer, connection, options, flagName, metric });
        const best = table.best === undefined ? undefined : table.cells[table.best];
        if (!best)
            reporter.warning(`No cell of the sweep has ${metric} recorded: train the cells first, or choose another --metric`);
        if (values.json === true) {
            return { json: { ...table, bestKey: best?.key ?? null, bestParams: best?.params ?? null, bestMetrics: best?.metrics ?? null }, wantsJson: true };
        }
        stdout.write(`${(0,sweep_table/* sweepTableMarkdown */.Il)(table)}\n`);
        return { json: {}, wantsJson: false };
    },
};


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


/***/ }),

/***/ 23490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ lookUpSweep),
/* harmony export */   v: () => (/* binding */ planSweepCells)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _report_metric_delta_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1035);
/* harmony import */ var _report_step_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62401);
/* harmony import */ var _report_sweep_table_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47287);
/* harmony import */ var _train_fetch_base_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96618);
/* harmony import */ var _train_train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53604);
/* harmony import */ var _train_train_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94708);
/* harmony import */ var _sweep_grid_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42225);








/** Plan lines ("Plan: train needs to run") are per cell routine here: info, not warnings. */
function quietPlanReporter(reporter) {
    return { ...reporter, warning: (message) => (message.startsWith('Plan: ') ? reporter.info(message) : reporter.warning(message)), notice: (message) => reporter.info(message) };
}
/**
 * Each cell's train key and whether its result exists, through the train step's plan mode: the output dir is checked,
 * the tiers are asked (lookups only), nothing is trained, restored or downloaded, except the built-in trainer's base
 * model when only its name is given.
 */
async function planSweepCells(params) {
    const { axes, inputs, trainer, options, flagName } = params;
    for (const axis of axes) {
        if (inputs.parameters[axis.name] !== undefined && !(axis.name === 'fp16' && inputs.parameters.fp16 === false)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flagName(axis.name)} is also an axis of the grid: give it one way, on the grid or on its own`);
        }
    }
    const reporter = quietPlanReporter(options.reporter);
    const planOptions = { ...options, reporter, plan: true, force: false };
    const planned = [];
    let baseModel;
    for (const cell of (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_5__/* .expandSweepGrid */ .LM)(axes)) {
        const parameters = { ...inputs.parameters };
        for (const [name, value] of Object.entries(cell))
            parameters[name] = name === 'fp16' ? value === 'true' : value;
        const request = (0,_train_train_request_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTrainRequest */ .T)({ ...inputs, parameters, flagName });
        // The base model's revision is part of every cell's key: it is fetched (a model download, cached as ever) when
        // only its name is given (once: every cell trains from the same one). Trained results are only looked up.
        const ready = baseModel
            ? { ...request, modelPath: baseModel }
            : await (0,_train_fetch_base_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchBaseModelIfNeeded */ .PP)({ request, trainer, connection: params.connection, options: { ...options, reporter, plan: false, force: false }, flagName });
        baseModel = ready.modelPath;
        const result = await (0,_train_train_js__WEBPACK_IMPORTED_MODULE_3__/* .runTrain */ .M)({ request: ready, trainer, options: planOptions, flagName });
        planned.push({
            params: cell,
            key: result.key,
            needsRun: result.needsRun,
            source: result.source,
            ...(result.source === 'disk' ? { diskMetrics: (0,_report_metric_delta_js__WEBPACK_IMPORTED_MODULE_6__/* .numericMetrics */ .pu)(result.details.metrics) } : {}),
        });
    }
    return planned;
}
/** The sweep report: every cell's result and metrics found by lookups and records, the best cell by `metric`. */
async function lookUpSweep(params) {
    const planned = await planSweepCells(params);
    const tiers = params.options.tiers ?? [];
    const cells = [];
    for (const cell of planned) {
        if (cell.needsRun) {
            cells.push({ params: cell.params, key: cell.key, status: 'missing', metrics: {} });
            continue;
        }
        const metrics = cell.diskMetrics ?? (await (0,_report_step_records_js__WEBPACK_IMPORTED_MODULE_1__/* .readResultMetrics */ .Dn)({ tiers, command: 'train', key: cell.key }));
        cells.push({ params: cell.params, key: cell.key, status: metrics ? 'found' : 'unrecorded', source: cell.source, metrics: metrics ?? {} });
    }
    return (0,_report_sweep_table_js__WEBPACK_IMPORTED_MODULE_7__/* .makeSweepTable */ .bm)({ axes: params.axes.map((axis) => axis.name), cells, metric: params.metric });
}


/***/ }),

/***/ 42225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ cellLabel),
/* harmony export */   LM: () => (/* binding */ expandSweepGrid),
/* harmony export */   eD: () => (/* binding */ sweepMatrix),
/* harmony export */   kR: () => (/* binding */ MAX_SWEEP_CELLS),
/* harmony export */   wj: () => (/* binding */ parseSweepGrid)
/* harmony export */ });
/* unused harmony export cellFlags */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20044);
/* harmony import */ var _train_train_parameters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77549);



/** GitHub runs at most 256 jobs from one matrix. */
const MAX_SWEEP_CELLS = 256;
const AXIS_NAMES = Object.values(_train_train_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .PARAMETER_NAMES */ .pX);
/** One `--grid` value (or one line of the `grid` input): `learning-rate=1e-3,2e-3`. */
function parseAxis(text, flag) {
    const at = text.indexOf('=');
    const name = (at < 0 ? text : text.slice(0, at)).trim();
    if (at < 0 || name === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)}" is not <parameter>=<value>,<value>…, e.g. learning-rate=1e-3,2e-3`);
    if (!AXIS_NAMES.includes(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(name)}" is not a training parameter: use one of ${AXIS_NAMES.join(', ')}`);
    const values = text
        .slice(at + 1)
        .split(',')
        .map((value) => value.trim());
    if (values.some((value) => value === ''))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} ${name} has an empty value in "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(text)}": give values separated by commas, e.g. ${name}=1,2`);
    return { name: name, values };
}
/** Is one value valid for its parameter? The train step's own checks, named as the grid names them. Returns it parsed. */
function checkValue(axis, value, flag) {
    const field = Object.keys(_train_train_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .PARAMETER_NAMES */ .pX).find((key) => _train_train_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .PARAMETER_NAMES */ .pX[key] === axis);
    if (axis === 'fp16') {
        if (value !== 'true' && value !== 'false')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} fp16 "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(value)}" is not true or false`);
        return value === 'true';
    }
    const raw = { [axis]: value };
    return (0,_train_train_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrainingParameters */ .Gn)({ raw, flagName: (name) => `${flag} ${name}` })[field];
}
/**
 * The grid from its axes (`--grid` flags, or the `grid` input's lines), every value checked as the train step would
 * check it, before any job starts. Bounded: past MAX_SWEEP_CELLS cells it is an error that says how many there were.
 */
function parseSweepGrid(params) {
    const { flag } = params;
    const lines = params.axes.map((line) => line.trim()).filter((line) => line !== '');
    if (lines.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} is required: give one axis per ${flag === '--grid' ? 'flag' : 'line'}, e.g. learning-rate=1e-3,2e-3`);
    const axes = lines.map((line) => parseAxis(line, flag));
    const seen = new Set();
    for (const axis of axes) {
        if (seen.has(axis.name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} names ${axis.name} twice: give all its values in one axis, e.g. ${axis.name}=${axis.values.join(',')}`);
        seen.add(axis.name);
        const parsed = new Map();
        for (const value of axis.values) {
            const canonical = JSON.stringify(checkValue(axis.name, value, flag));
            const earlier = parsed.get(canonical);
            if (earlier !== undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} ${axis.name} lists the same value twice (${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(earlier)} and ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(value)}): drop one`);
            parsed.set(canonical, value);
        }
    }
    const cells = axes.reduce((product, axis) => product * axis.values.length, 1);
    if (cells > MAX_SWEEP_CELLS) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The grid has ${cells} cells (${axes.map((axis) => `${axis.values.length} ${axis.name}`).join(' × ')}), more than the ${MAX_SWEEP_CELLS} jobs a matrix may hold: drop values or split the sweep`);
    }
    return axes;
}
/** Every cell of the grid, the first axis varying slowest. */
function expandSweepGrid(axes) {
    return axes.reduce((cells, axis) => cells.flatMap((cell) => axis.values.map((value) => ({ ...cell, [axis.name]: value }))), [{}]);
}
/** A cell as CLI flags: `--learning-rate 1e-3 --epochs 3` (fp16 as the switch it is). */
function cellFlags(cell) {
    return Object.entries(cell)
        .flatMap(([name, value]) => (name === 'fp16' ? (value === 'true' ? ['--fp16'] : []) : [`--${name}`, value]))
        .join(' ');
}
/**
 * The job matrix: `{"include": [{"learning-rate": "1e-3", "epochs": "3", "flags": "--learning-rate 1e-3 --epochs 3"}, …]}`.
 * A plan adds each cell's train key and whether it still has to train (`needs-run`), so a workflow can send only
 * those cells to a GPU runner.
 */
function sweepMatrix(params) {
    return {
        include: params.cells.map((cell, index) => {
            const plan = params.planned?.[index];
            return { ...cell, flags: cellFlags(cell), ...(plan ? { key: plan.key, 'needs-run': plan.needsRun } : {}) };
        }),
    };
}
/** A cell as people read it: `learning-rate=1e-3 epochs=3`. */
function cellLabel(cell) {
    return Object.entries(cell)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ');
}


/***/ })

};

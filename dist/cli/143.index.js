export const id = 143;
export const ids = [143];
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

/***/ 44143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateCommand: () => (/* binding */ evaluateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/trainers/builtin/load-onnxruntime.ts
var load_onnxruntime = __webpack_require__(71880);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
// EXTERNAL MODULE: ./src/trainers/builtin/classification-metrics.ts
var classification_metrics = __webpack_require__(3324);
// EXTERNAL MODULE: ./src/trainers/builtin/labeled-examples.ts
var labeled_examples = __webpack_require__(91405);
// EXTERNAL MODULE: ./src/trainers/builtin/onnx/compose-classifier.ts + 1 modules
var compose_classifier = __webpack_require__(15194);
// EXTERNAL MODULE: ./src/trainers/builtin/run-text-model.ts
var run_text_model = __webpack_require__(71003);
// EXTERNAL MODULE: ./src/trainers/builtin/text-tokenizer.ts
var text_tokenizer = __webpack_require__(89123);
;// CONCATENATED MODULE: ./src/steps/evaluate/evaluate-model.ts










function parseEvaluateRequest(params) {
    if (!params.modelDir?.trim())
        throw new errors/* InputError */.dz('--model-dir is required: give a directory written by model-experiments train');
    if (!params.data?.trim())
        throw new errors/* InputError */.dz('--data is required: give a JSONL file with text and label columns');
    for (const [flag, value] of [['--text-column', params.textColumn], ['--label-column', params.labelColumn]]) {
        if (value !== undefined && value.trim() === '')
            throw new errors/* InputError */.dz(`${flag} must not be empty: give the JSONL column name`);
    }
    return { modelDir: (0,external_node_path_.resolve)(params.modelDir), data: (0,external_node_path_.resolve)(params.data), textColumn: params.textColumn, labelColumn: params.labelColumn };
}
/** Run a trained dir's onnx/model.onnx over labeled JSONL: accuracy, loss and per-label precision/recall. No cache: it is cheap and read-only. */
async function evaluateModel(params) {
    const { request, reporter } = params;
    const started = Date.now();
    const { modelDir } = request;
    const config = await (0,read_json/* readJsonObject */.o)((0,external_node_path_.join)(modelDir, 'config.json'));
    const notTrained = `${modelDir} is not a trained classifier dir`;
    if (config.kind !== 'ok')
        throw new errors/* InputError */.dz(`${notTrained}: config.json is ${config.kind}; give the --output-dir of model-experiments train`);
    const id2label = config.value.id2label;
    if (!id2label || typeof id2label !== 'object')
        throw new errors/* InputError */.dz(`${notTrained}: its config.json has no id2label; give the --output-dir of model-experiments train`);
    const labels = Object.entries(id2label)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, name]) => String(name));
    const modelPath = (0,external_node_path_.join)(modelDir, 'onnx', 'model.onnx');
    if (!(await (0,promises_.stat)(modelPath).catch(() => undefined))?.isFile())
        throw new errors/* InputError */.dz(`${notTrained}: onnx/model.onnx is missing; train it again`);
    const trainedOn = (config.value.model_experiments ?? {});
    const textColumn = request.textColumn ?? (typeof trainedOn.text_column === 'string' ? trainedOn.text_column : 'text');
    const labelColumn = request.labelColumn ?? (typeof trainedOn.label_column === 'string' ? trainedOn.label_column : 'label');
    const examples = await (0,labeled_examples/* readLabeledExamples */.Z)({ path: request.data, textColumn, labelColumn, flag: '--data' });
    const labelIds = new Map(labels.map((name, id) => [name, id]));
    const unknown = [...new Set(examples.labels.filter((label) => !labelIds.has(label)))];
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`--data has labels the model does not know (${unknown.slice(0, 5).join(', ')}); it knows ${labels.join(', ')}: check --label-column or the data`);
    }
    const tokenizer = await (0,text_tokenizer/* loadTextTokenizer */.$)({ dir: modelDir });
    let session;
    try {
        session = await (await (0,load_onnxruntime/* loadOnnxRuntime */.a)()).InferenceSession.create(modelPath);
    }
    catch (error) {
        throw new errors/* StepError */.zg(`onnxruntime could not load ${modelPath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    try {
        (0,run_text_model/* checkTextInputs */.dQ)({ inputNames: session.inputNames, source: modelPath });
        if (!session.outputNames.includes(compose_classifier/* LOGITS_OUTPUT */.dB))
            throw new errors/* InputError */.dz(`${modelPath} has no "logits" output (it has ${session.outputNames.join(', ')}): give a classifier trained by model-experiments train`);
        const { data, width } = await (0,run_text_model/* runTextModel */.sG)({
            session,
            sequences: examples.texts.map((text) => tokenizer.encode(text)),
            padId: tokenizer.padId,
            outputName: compose_classifier/* LOGITS_OUTPUT */.dB,
            signal: params.signal,
            onBatch: (done, total) => reporter.progress({ label: 'evaluate', done, total, unit: 'rows' }),
        });
        if (width !== labels.length)
            throw new errors/* StepError */.zg(`${modelPath} gives ${width} logits per text but config.json names ${labels.length} labels: train the model again`);
        const metrics = (0,classification_metrics/* classificationMetrics */.q)({ logits: data, targets: examples.labels.map((label) => labelIds.get(label)), labelNames: labels });
        return { ...metrics, modelDir, data: request.data, textColumn, labelColumn, labels, durationMs: Date.now() - started };
    }
    finally {
        await session.release();
    }
}

;// CONCATENATED MODULE: ./src/steps/evaluate/format-evaluation.ts
/** The report a person reads: the headline numbers, then one row per label. */
function formatEvaluation(evaluation) {
    const nameWidth = Math.max(5, ...evaluation.labels.map((label) => label.length));
    const number = (value) => value.toFixed(4).padStart(9);
    const lines = [
        `Evaluated ${evaluation.modelDir} on ${evaluation.data} (${evaluation.examples} examples)`,
        `accuracy ${evaluation.accuracy.toFixed(4)}`,
        `loss     ${evaluation.loss.toFixed(4)}`,
        '',
        `${'label'.padEnd(nameWidth)} precision    recall        f1   support`,
        ...evaluation.labels.map((label) => {
            const metrics = evaluation.perLabel[label];
            return `${label.padEnd(nameWidth)} ${number(metrics.precision)} ${number(metrics.recall)} ${number(metrics.f1)} ${String(metrics.support).padStart(9)}`;
        }),
    ];
    return lines.join('\n');
}
/** The one JSON object `--json` prints and the Action's `metrics` output holds. */
function evaluationToJson(evaluation) {
    return {
        command: 'evaluate',
        modelDir: evaluation.modelDir,
        data: evaluation.data,
        textColumn: evaluation.textColumn,
        labelColumn: evaluation.labelColumn,
        examples: evaluation.examples,
        accuracy: evaluation.accuracy,
        loss: evaluation.loss,
        labels: evaluation.perLabel,
        durationMs: evaluation.durationMs,
    };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands/evaluate.ts



const usage = 'model-experiments evaluate';
const evaluateCommand = {
    help: `Usage: ${usage} --model-dir <dir> --data <file.jsonl> [options]

  --model-dir <dir>       a directory written by model-experiments train (config.json, onnx/model.onnx, tokenizer)
  --data <file.jsonl>     one {"text": ..., "label": ...} object per line
  --text-column <name>    column holding the text (default: the one the model was trained on, else text)
  --label-column <name>   column holding the label (default: the one the model was trained on, else label)
  --json                  print one JSON object with the metrics on stdout`,
    async run({ argv, reporter, stdout }) {
        const values = (0,args/* parseCommandArgs */.Qx)({
            argv,
            usage,
            options: {
                'model-dir': { type: 'string' },
                data: { type: 'string' },
                'text-column': { type: 'string' },
                'label-column': { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        const request = parseEvaluateRequest({ modelDir: values['model-dir'], data: values.data, textColumn: values['text-column'], labelColumn: values['label-column'] });
        const evaluation = await evaluateModel({ request, reporter });
        const wantsJson = values.json === true;
        if (!wantsJson)
            stdout.write(`${formatEvaluation(evaluation)}\n`);
        return { json: evaluationToJson(evaluation), wantsJson };
    },
};


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


/***/ })

};

export const id = 140;
export const ids = [140];
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

/***/ 14693:
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
// EXTERNAL MODULE: ./src/trainers/builtin/onnx/compose-classifier.ts
var compose_classifier = __webpack_require__(25632);
// EXTERNAL MODULE: ./src/trainers/builtin/run-text-model.ts
var run_text_model = __webpack_require__(71003);
// EXTERNAL MODULE: ./src/trainers/builtin/text-tokenizer.ts
var text_tokenizer = __webpack_require__(89123);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./src/trainers/command/run-supervised.ts + 2 modules
var run_supervised = __webpack_require__(49109);
// EXTERNAL MODULE: ./src/trainers/transformers/python-scripts.ts
var python_scripts = __webpack_require__(52248);
// EXTERNAL MODULE: ./src/trainers/transformers/python-probe.ts + 1 modules
var python_probe = __webpack_require__(4978);
;// CONCATENATED MODULE: ./src/steps/evaluate/pytorch-logits.ts








/**
 * The logits of a dir trained by `--trainer transformers` (PyTorch weights, no ONNX export) over `texts`, computed by
 * the shipped eval_transformers.py in `python`: rows of `width` float32 values, one per label.
 */
async function pytorchLogits(params) {
    const { texts, reporter } = params;
    const python = await (0,python_probe/* probePython */.fc)({ command: params.python, flag: params.pythonFlag, cwd: params.cwd, env: params.env, required: ['torch', 'transformers'] });
    const script = await (0,python_scripts/* pythonScriptPath */.D)('eval_transformers.py');
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-experiments-evaluate-'));
    try {
        const textsFile = (0,external_node_path_.join)(scratch, 'texts.json');
        const logitsFile = (0,external_node_path_.join)(scratch, 'logits.f32');
        await (0,promises_.writeFile)(textsFile, JSON.stringify(texts));
        const command = `exec ${(0,shell_quote.quote)([python.interpreter, script, '--model-dir', params.modelDir, '--texts-file', textsFile, '--logits-file', logitsFile, '--max-length', String(params.maxLength)])}`;
        const lines = [];
        const exit = await (0,run_supervised/* runSupervised */._)({
            command,
            env: { ...params.env, PYTHONUNBUFFERED: '1' },
            cwd: params.cwd,
            onLine: (line) => {
                lines.push(line);
                reporter.info(line);
            },
            signal: params.signal,
        });
        if (exit.stopped && params.signal?.reason instanceof Error)
            throw params.signal.reason;
        if (exit.signal || exit.code !== 0) {
            const last = lines.filter((line) => line.trim() !== '').pop() ?? '';
            throw new errors/* StepError */.zg(`${script} ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`} running ${params.modelDir}${last ? `: ${last}` : ''}`);
        }
        const bytes = await (0,promises_.readFile)(logitsFile);
        const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        const width = texts.length > 0 ? data.length / texts.length : 0;
        if (!Number.isInteger(width) || width < 1)
            throw new errors/* StepError */.zg(`${script} wrote ${data.length} logits for ${texts.length} texts: train the model again`);
        return { data, width };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

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
    if (params.python !== undefined && params.python.trim() === '')
        throw new errors/* InputError */.dz('--python must not be empty: give a Python interpreter, e.g. .venv/bin/python');
    return { modelDir: (0,external_node_path_.resolve)(params.modelDir), data: (0,external_node_path_.resolve)(params.data), textColumn: params.textColumn, labelColumn: params.labelColumn, python: params.python };
}
/**
 * Run a trained dir's onnx/model.onnx over labeled JSONL: accuracy, loss and per-label precision/recall. A dir
 * with PyTorch weights and no ONNX export (--trainer transformers) runs through Python instead, with the same
 * metrics. No cache: it is cheap and read-only.
 */
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
    const isFile = async (path) => (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() === true;
    const hasOnnx = await isFile(modelPath);
    const hasPytorch = !hasOnnx && ((await isFile((0,external_node_path_.join)(modelDir, 'model.safetensors'))) || (await isFile((0,external_node_path_.join)(modelDir, 'pytorch_model.bin'))));
    if (!hasOnnx && !hasPytorch)
        throw new errors/* InputError */.dz(`${notTrained}: it has neither onnx/model.onnx nor model.safetensors; train it again`);
    const trainedOn = (config.value.model_experiments ?? {});
    const textColumn = request.textColumn ?? (typeof trainedOn.text_column === 'string' ? trainedOn.text_column : 'text');
    const labelColumn = request.labelColumn ?? (typeof trainedOn.label_column === 'string' ? trainedOn.label_column : 'label');
    const examples = await (0,labeled_examples/* readLabeledExamples */.Z)({ path: request.data, textColumn, labelColumn, flag: '--data' });
    const labelIds = new Map(labels.map((name, id) => [name, id]));
    const unknown = [...new Set(examples.labels.filter((label) => !labelIds.has(label)))];
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`--data has labels the model does not know (${unknown.slice(0, 5).join(', ')}); it knows ${labels.join(', ')}: check --label-column or the data`);
    }
    const targets = examples.labels.map((label) => labelIds.get(label));
    const finish = (logits, width, source) => {
        if (width !== labels.length)
            throw new errors/* StepError */.zg(`${source} gives ${width} logits per text but config.json names ${labels.length} labels: train the model again`);
        const metrics = (0,classification_metrics/* classificationMetrics */.q)({ logits, targets, labelNames: labels });
        return { ...metrics, modelDir, data: request.data, textColumn, labelColumn, labels, durationMs: Date.now() - started };
    };
    if (hasPytorch) {
        const maxLength = typeof trainedOn.max_length === 'number' ? trainedOn.max_length : 512;
        const { data, width } = await pytorchLogits({
            modelDir,
            texts: examples.texts,
            maxLength,
            python: request.python ?? 'python3',
            pythonFlag: params.pythonFlag ?? '--python',
            cwd: params.cwd ?? process.cwd(),
            env: params.env ?? process.env,
            reporter,
            signal: params.signal,
        });
        return finish(data, width, (0,external_node_path_.join)(modelDir, 'model.safetensors'));
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
        return finish(data, width, modelPath);
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

  --model-dir <dir>       a directory written by model-experiments train (config.json, onnx/model.onnx or
                          model.safetensors, tokenizer)
  --data <file.jsonl>     one {"text": ..., "label": ...} object per line
  --text-column <name>    column holding the text (default: the one the model was trained on, else text)
  --label-column <name>   column holding the label (default: the one the model was trained on, else label)
  --python <interpreter>  a dir trained by --trainer transformers (PyTorch weights, no onnx/) runs in this Python
                          (default python3), e.g. .venv/bin/python
  --json                  print one JSON object with the metrics on stdout`,
    async run({ argv, env, cwd, reporter, stdout }) {
        const values = (0,args/* parseCommandArgs */.Qx)({
            argv,
            usage,
            options: {
                'model-dir': { type: 'string' },
                data: { type: 'string' },
                'text-column': { type: 'string' },
                'label-column': { type: 'string' },
                python: { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        const request = parseEvaluateRequest({ modelDir: values['model-dir'], data: values.data, textColumn: values['text-column'], labelColumn: values['label-column'], python: values.python });
        const evaluation = await evaluateModel({ request, reporter, env, cwd, pythonFlag: '--python' });
        const wantsJson = values.json === true;
        if (!wantsJson)
            stdout.write(`${formatEvaluation(evaluation)}\n`);
        return { json: evaluationToJson(evaluation), wantsJson };
    },
};


/***/ }),

/***/ 63008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   aG: () => (/* binding */ removeOrphanTempFiles)
/* harmony export */ });
/* unused harmony export writeFileAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A sibling temp name: same directory (so rename is atomic), dot-prefixed, unique per call. */
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/**
 * Write a file so that readers see the old content or the whole new content, never a part:
 * write a temp file in the same directory, fsync it, rename it over the target.
 */
async function writeFileAtomic(path, data) {
    const temp = tempPathFor(path);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
/**
 * Remove temp files a killed run left behind (names made by `tempPathFor`) under `dir`. Call it only while
 * holding the dir's lock: then no live run owns them.
 */
async function removeOrphanTempFiles(dir) {
    const { readdir, rm: remove } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    let removed = 0;
    const walk = async (current) => {
        let entries;
        try {
            entries = await readdir(current, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (TEMP_NAME.test(entry.name)) {
                await remove(path, { force: true });
                removed++;
            }
        }
    };
    await walk(dir);
    return removed;
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


/***/ })

};

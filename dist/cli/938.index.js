export const id = 938;
export const ids = [938];
export const modules = {

/***/ 990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SS: () => (/* binding */ TRAIN_OPTIONS),
  SN: () => (/* binding */ trainInputsFromValues),
  fb: () => (/* binding */ trainRuntimeFromValues)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
;// CONCATENATED MODULE: ./src/trainers/builtin/builtin-trainer.ts

/**
 * Bump when a change makes the same inputs train a different model: it is part of the train key.
 * 2: the head trains on whitened, width-scaled features from a zero start; an unset --learning-rate is 1e-2.
 * 3: AdamW starts from the linear discriminant of the whitened features (discriminant-start.ts), not from zero.
 */
const BUILTIN_TRAINER_VERSION = '3';
/**
 * The learning rate when --learning-rate is not given. The shared default, 5e-5, is a rate for fine-tuning a whole
 * transformer; AdamW moves each head weight by at most about the rate per step, so at 5e-5 the head barely leaves
 * zero in a few epochs.
 */
const BUILTIN_DEFAULT_LEARNING_RATE = 1e-2;
/** The built-in CPU trainer: a linear head on whitened mean-pooled states of the base model's frozen ONNX encoder. */
function createBuiltinTrainer(options = {}) {
    const textColumn = checkColumn('--text-column', options.textColumn ?? 'text');
    const labelColumn = checkColumn('--label-column', options.labelColumn ?? 'label');
    if (textColumn === labelColumn)
        throw new errors/* InputError */.dz(`--text-column and --label-column are both "${textColumn}": give two different columns`);
    return {
        identity: { kind: 'builtin', version: BUILTIN_TRAINER_VERSION, 'text-column': textColumn, 'label-column': labelColumn },
        parameterDefaults: { learningRate: BUILTIN_DEFAULT_LEARNING_RATE },
        train: async (params) => (await Promise.all(/* import() */[__webpack_require__.e(554), __webpack_require__.e(91), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 28231))).trainBuiltin({ ...params, textColumn, labelColumn }),
    };
}
function checkColumn(flag, value) {
    if (value.trim() === '')
        throw new errors/* InputError */.dz(`${flag} must not be empty: give the JSONL column name`);
    return value;
}

;// CONCATENATED MODULE: ./src/trainers/command-trainer.ts
/**
 * A trainer that is any shell command (`--run`): parameters in ME_* variables and ME_CONFIG, the model written to
 * ME_OUTPUT_DIR, metrics to ME_METRICS_FILE, its output streamed line by line into the log.
 */
function createCommandTrainer(params) {
    const { command, env, cwd } = params;
    return {
        identity: { kind: 'command', command },
        environment: env,
        train: async (run) => (await __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 6798))).trainWithCommand({ command, env, cwd, killGraceMs: params.killGraceMs, run }),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./src/trainers/transformers/python-scripts.ts
var python_scripts = __webpack_require__(52248);
// EXTERNAL MODULE: ./src/trainers/transformers/python-probe.ts + 1 modules
var python_probe = __webpack_require__(4978);
;// CONCATENATED MODULE: ./src/trainers/transformers/transformers-trainer.ts







/**
 * `--trainer transformers`: the seed's fine-tuning (Hugging Face Trainer) run by the shipped train_transformers.py
 * through the `--run` contract (its own process group, the supervisor, the staging dir, ME_CONFIG, ME_METRICS_FILE).
 * Its identity in the key is the script's sha256 and the torch and transformers versions it runs with, read from
 * package metadata before anything is fetched (and cached, so a hit starts no Python).
 */
async function createTransformersTrainer(params) {
    const { env, cwd, textColumn, labelColumn } = params;
    const python = await (0,python_probe/* probePython */.fc)({ command: params.python, flag: params.pythonFlag, cwd, env, cachePath: params.probeCachePath });
    const script = await (0,python_scripts/* identifyPythonScript */.y)('train_transformers.py');
    const { torch, transformers } = python.versions;
    if (params.fp16)
        await checkCudaPossible({ torch, env, flag: params.fp16Flag });
    return {
        identity: { kind: 'transformers', script: script.sha256, torch, transformers, 'text-column': textColumn, 'label-column': labelColumn },
        environment: env,
        async train(run) {
            // Beside the staging dir, in the run dir the train step removes: never part of the cached result.
            const runDir = (0,external_node_path_.dirname)(run.stagingDir);
            const files = { checkpoints: (0,external_node_path_.join)(runDir, 'checkpoints'), history: (0,external_node_path_.join)(runDir, 'history.json'), failure: (0,external_node_path_.join)(runDir, 'failure.json') };
            const command = `exec ${(0,shell_quote.quote)([
                python.interpreter, script.path,
                '--text-column', textColumn, '--label-column', labelColumn,
                '--checkpoint-dir', files.checkpoints, '--history-file', files.history, '--failure-file', files.failure,
                '--expect-torch', torch, '--expect-transformers', transformers,
            ])}`;
            // Unbuffered, so its lines reach the log as they are printed, not when a buffer fills.
            const trainer = createCommandTrainer({ command, env: { ...env, PYTHONUNBUFFERED: '1' }, cwd, killGraceMs: params.killGraceMs });
            let outcome;
            try {
                outcome = await trainer.train(run);
            }
            catch (error) {
                const failure = await readFailure(files.failure);
                if (failure?.kind === 'input')
                    throw new errors/* InputError */.dz(failure.message);
                if (failure?.kind === 'versions') {
                    await (0,python_probe/* forgetProbe */.YC)({ interpreter: python.interpreter, env, cachePath: params.probeCachePath });
                    throw new errors/* StepError */.zg(`${failure.message}: the packages of ${python.interpreter} changed while the key was computed; run again`);
                }
                throw error;
            }
            return { metrics: outcome.metrics, history: await readHistory(files.history) };
        },
    };
}
/**
 * `--fp16` where CUDA cannot be: a CPU-only torch build, every GPU hidden, or (Linux, non-ROCm build) no NVIDIA GPU
 * the driver lists and no GPU device node. Said without starting Python; the script checks torch.cuda.is_available() before training too.
 */
async function checkCudaPossible(params) {
    if (/\+cpu$/.test(params.torch)) {
        throw new errors/* InputError */.dz(`${params.flag} needs a CUDA GPU, but torch ${params.torch} is a CPU-only build: drop ${params.flag}, or install a CUDA build of torch on a GPU runner`);
    }
    const visible = params.env.CUDA_VISIBLE_DEVICES;
    if (visible !== undefined && (visible.trim() === '' || visible.trim() === '-1')) {
        throw new errors/* InputError */.dz(`${params.flag} needs a CUDA GPU, but CUDA_VISIBLE_DEVICES="${visible}" hides every GPU: drop ${params.flag}, or unset CUDA_VISIBLE_DEVICES`);
    }
    if (process.platform === 'linux' && !/\+rocm/.test(params.torch)) {
        // The driver lists its GPUs in /proc; a container may only have the device nodes, WSL2 has /dev/dxg instead.
        const gpus = await (0,promises_.readdir)('/proc/driver/nvidia/gpus').catch(() => []);
        const devices = await Promise.all(['/dev/nvidia0', '/dev/dxg'].map((path) => (0,promises_.stat)(path).then(() => true, () => false)));
        if (gpus.length === 0 && !devices.includes(true)) {
            throw new errors/* InputError */.dz(`${params.flag} needs a CUDA GPU, and this machine has none (no /proc/driver/nvidia/gpus, /dev/nvidia0 or /dev/dxg): drop ${params.flag}, or run on a GPU runner`);
        }
    }
}
async function readFailure(path) {
    try {
        const value = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return typeof value?.kind === 'string' && typeof value?.message === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Trainer.state.log_history (one entry per logging or evaluation step) as the job summary's history. */
async function readHistory(path) {
    let log;
    try {
        log = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return [];
    }
    if (!Array.isArray(log))
        return [];
    const byStep = new Map();
    const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
    for (const item of log) {
        const step = number(item?.step);
        // The last entry sums up the run (train_runtime, …); it is in the metrics already.
        if (step === undefined || item.train_runtime !== undefined)
            continue;
        const entry = byStep.get(step) ?? { step };
        const fields = {
            epoch: number(item.epoch),
            loss: number(item.loss),
            learningRate: number(item.learning_rate),
            evalLoss: number(item.eval_loss),
            evalAccuracy: number(item.eval_accuracy),
        };
        for (const [name, value] of Object.entries(fields))
            if (value !== undefined)
                entry[name] = value;
        byStep.set(step, entry);
    }
    return [...byStep.values()].sort((a, b) => a.step - b.step);
}

;// CONCATENATED MODULE: ./src/steps/train/select-trainer.ts





/** The trainers `--trainer` names; without it, `--run` selects the command trainer and its absence the built-in one. */
const TRAINER_KINDS = ['builtin', 'transformers'];
/**
 * Which trainer a train run uses: the `--run` command, `--trainer transformers` (the shipped Hugging Face
 * trainer, whose interpreter is probed here, before anything is fetched), or the built-in CPU trainer (whose
 * text/label column options join its identity, and so the key).
 */
async function selectTrainer(params) {
    const { runFlag } = params;
    const flag = (name) => runFlag.replace(/run$/, name);
    const kind = params.trainer?.trim();
    if (kind !== undefined && !TRAINER_KINDS.includes(kind)) {
        throw new errors/* InputError */.dz(`${flag('trainer')} "${(0,validate_input/* printable */.g$)(kind)}" is not a trainer: use ${TRAINER_KINDS.join(' or ')}, or leave it out and give ${runFlag} "<command>"`);
    }
    if (kind !== undefined && params.run !== undefined) {
        throw new errors/* InputError */.dz(`${flag('trainer')} ${kind} and ${runFlag} both choose the trainer: give one of them`);
    }
    if (params.python !== undefined && kind !== 'transformers') {
        throw new errors/* InputError */.dz(`${flag('python')} is the interpreter of ${flag('trainer')} transformers: add ${flag('trainer')} transformers, or drop ${flag('python')}`);
    }
    if (kind === 'transformers') {
        const textColumn = select_trainer_checkColumn(flag('text-column'), params.textColumn ?? 'text');
        const labelColumn = select_trainer_checkColumn(flag('label-column'), params.labelColumn ?? 'label');
        if (textColumn === labelColumn)
            throw new errors/* InputError */.dz(`${flag('text-column')} and ${flag('label-column')} are both "${textColumn}": give two different columns`);
        return createTransformersTrainer({
            python: params.python ?? 'python3',
            pythonFlag: flag('python'),
            fp16: params.fp16 === true,
            fp16Flag: flag('fp16'),
            env: params.env,
            cwd: params.cwd,
            killGraceMs: params.killGraceMs,
            textColumn,
            labelColumn,
            probeCachePath: params.probeCachePath,
        });
    }
    if (params.run === undefined)
        return createBuiltinTrainer({ textColumn: params.textColumn, labelColumn: params.labelColumn });
    if (params.textColumn !== undefined || params.labelColumn !== undefined) {
        const flags = [params.textColumn !== undefined ? 'text-column' : '', params.labelColumn !== undefined ? 'label-column' : ''].filter(Boolean);
        throw new errors/* InputError */.dz(`${flags.map((name) => flag(name)).join(' and ')} configure the built-in trainer; a ${runFlag} command reads its own columns: drop ${flags.length > 1 ? 'them' : 'it'}`);
    }
    const command = params.run.trim();
    if (command === '')
        throw new errors/* InputError */.dz(`${runFlag} must not be empty: give the command that trains, e.g. python train.py`);
    if ((params.secrets ?? []).some((secret) => secret.length >= 8 && command.includes(secret))) {
        throw new errors/* InputError */.dz(`${runFlag} contains a token literally: reference it as $HF_TOKEN instead, so it stays out of training_metadata.json and the logs`);
    }
    return createCommandTrainer({ command, env: params.env, cwd: params.cwd, killGraceMs: params.killGraceMs });
}
function select_trainer_checkColumn(flag, value) {
    if (value.trim() === '')
        throw new errors/* InputError */.dz(`${flag} must not be empty: give the JSONL column name`);
    return value;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/hub-from-args.ts + 1 modules
var hub_from_args = __webpack_require__(98707);
// EXTERNAL MODULE: ./src/cli/run-options.ts + 9 modules
var run_options = __webpack_require__(7997);
;// CONCATENATED MODULE: ./src/cli/train-setup.ts




/** The flags of `train`, which `sweep --plan` and `sweep-report` take too (every cell is one train step). */
const TRAIN_OPTIONS = {
    ...args/* hubOptions */.I2,
    ...run_options/* cacheOptions */.rT,
    'model-name': { type: 'string' },
    'model-path': { type: 'string' },
    'train-data': { type: 'string' },
    'val-data': { type: 'string' },
    'output-dir': { type: 'string' },
    epochs: { type: 'string' },
    'batch-size': { type: 'string' },
    'learning-rate': { type: 'string' },
    'warmup-steps': { type: 'string' },
    'save-steps': { type: 'string' },
    'logging-steps': { type: 'string' },
    'eval-steps': { type: 'string' },
    'max-length': { type: 'string' },
    'gradient-accumulation-steps': { type: 'string' },
    fp16: { type: 'boolean' },
    seed: { type: 'string' },
    run: { type: 'string' },
    'key-files': { type: 'string', multiple: true },
    'key-env': { type: 'string', multiple: true },
    'text-column': { type: 'string' },
    'label-column': { type: 'string' },
    trainer: { type: 'string' },
    python: { type: 'string' },
};
const train_setup_text = (value) => (typeof value === 'string' ? value : undefined);
const list = (value) => (Array.isArray(value) ? value : undefined);
/** The train step's inputs from parsed `train` flags (unchecked: parseTrainRequest checks them). */
function trainInputsFromValues(values, cwd) {
    return {
        modelName: train_setup_text(values['model-name']),
        modelPath: train_setup_text(values['model-path']),
        trainData: train_setup_text(values['train-data']),
        valData: train_setup_text(values['val-data']),
        outputDir: train_setup_text(values['output-dir']),
        parameters: {
            epochs: train_setup_text(values.epochs),
            'batch-size': train_setup_text(values['batch-size']),
            'learning-rate': train_setup_text(values['learning-rate']),
            'warmup-steps': train_setup_text(values['warmup-steps']),
            'save-steps': train_setup_text(values['save-steps']),
            'logging-steps': train_setup_text(values['logging-steps']),
            'eval-steps': train_setup_text(values['eval-steps']),
            'max-length': train_setup_text(values['max-length']),
            'gradient-accumulation-steps': train_setup_text(values['gradient-accumulation-steps']),
            fp16: values.fp16 === true ? true : undefined,
            seed: train_setup_text(values.seed),
        },
        keyFiles: list(values['key-files']),
        keyEnv: list(values['key-env']),
        cwd,
    };
}
/** The trainer, cache options and Hub connection a train step (or a sweep's cells) runs with, from the flags. */
async function trainRuntimeFromValues(params) {
    const { values, env, cwd, reporter, secrets } = params;
    // The trainer gets the Hub settings the download commands use, so it can fetch a base model the same way.
    const token = train_setup_text(values.token) ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
    if (token?.trim())
        secrets.push(token.trim());
    const trainerBaseEnv = {
        ...env,
        ...(token ? { HF_TOKEN: token } : {}),
        ...(values['hub-url'] ? { HF_ENDPOINT: train_setup_text(values['hub-url']) } : {}),
        ...(values.offline === true || (0,args/* envFlag */.qF)(env.HF_HUB_OFFLINE) ? { HF_HUB_OFFLINE: '1' } : {}),
    };
    const trainer = await selectTrainer({ run: train_setup_text(values.run), runFlag: '--run', trainer: train_setup_text(values.trainer), python: train_setup_text(values.python), fp16: values.fp16 === true, env: trainerBaseEnv, cwd, secrets, textColumn: train_setup_text(values['text-column']), labelColumn: train_setup_text(values['label-column']) });
    const options = (0,run_options/* runOptionsFromArgs */.Tb)({ values: values, env, reporter });
    const connection = (0,hub_from_args/* hubConnectionFromArgs */.r)({ values: values, env, reporter, secrets });
    return { trainer, options, connection };
}


/***/ }),

/***/ 62401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ readResultMetrics),
/* harmony export */   Ei: () => (/* binding */ recordStepResultOf),
/* harmony export */   W0: () => (/* binding */ branchOf)
/* harmony export */ });
/* unused harmony exports STEP_RECORD_SCHEMA, latestRecordName, resultRecordName, recordStepResult, readBaseResult */
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60484);
/* harmony import */ var _metric_delta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1035);
/* harmony import */ var _report_row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43360);



const STEP_RECORD_SCHEMA = 'model-experiments/record@1';
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** The record of a branch's latest result of one step. Branch names hold anything: they enter hashed. */
function latestRecordName(params) {
    return `latest-${slug(params.command)}-${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(JSON.stringify([params.branch, params.stepId])).slice(0, 32)}`;
}
/** The record of what one key's result measured (the sweep report reads it per cell). */
function resultRecordName(params) {
    return `result-${slug(params.command)}-${params.key.slice(0, 48)}`;
}
const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value);
function parseRecord(value) {
    if (!value || value.schema !== STEP_RECORD_SCHEMA || typeof value.key !== 'string')
        return undefined;
    return {
        schema: STEP_RECORD_SCHEMA,
        command: String(value.command ?? ''),
        stepId: String(value.stepId ?? ''),
        key: value.key,
        metrics: (0,_metric_delta_js__WEBPACK_IMPORTED_MODULE_2__/* .numericMetrics */ .pu)(value.metrics),
        ...(isObject(value.components) ? { components: value.components } : {}),
        ...(typeof value.branch === 'string' ? { branch: value.branch } : {}),
        recordedAt: String(value.recordedAt ?? ''),
    };
}
/** The newest record under `name` in the first tier that has one (tiers in the loop's order: nearest first). */
async function readFirst(tiers, name) {
    for (const tier of tiers) {
        const record = parseRecord(await tier.records?.read({ name }));
        if (record)
            return record;
    }
    return undefined;
}
const sameMetrics = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
/**
 * After a step on a branch whose run may save: record the result's metrics under its key, and point the branch's
 * `latest` record of this step at it, in every tier that keeps records. Unchanged records are not written again
 * (an Actions cache entry per run would crowd out real entries). A failed write is a warning.
 */
async function recordStepResult(params) {
    const { command, stepId, key, metrics, branch, reporter } = params;
    const record = { schema: STEP_RECORD_SCHEMA, command, stepId, key, metrics, ...(params.components ? { components: params.components } : {}), recordedAt: new Date().toISOString() };
    for (const tier of params.tiers) {
        const records = tier.records;
        if (!records)
            continue;
        const writes = [];
        // A key's metrics are recorded by the run that produced it; a hit's were recorded then.
        if (key !== '' && params.produced) {
            const name = resultRecordName({ command, key });
            const existing = parseRecord(await records.read({ name }));
            if (!existing || !sameMetrics(existing.metrics, metrics))
                writes.push({ name, record });
        }
        if (branch) {
            const name = latestRecordName({ command, branch, stepId });
            const existing = parseRecord(await records.read({ name }));
            if (!existing || existing.key !== key || !sameMetrics(existing.metrics, metrics))
                writes.push({ name, record: { ...record, branch } });
        }
        for (const write of writes) {
            const outcome = await records.write({ name: write.name, record: { ...write.record } }).catch((error) => ({ kind: 'failed', reason: String(error) }));
            if (outcome.kind === 'failed')
                reporter.warning(`Recording the result in ${tier.source} failed: ${outcome.reason}`);
            else if (outcome.kind === 'skipped')
                reporter.info(`Result not recorded in ${tier.source}: ${outcome.reason}`);
        }
    }
}
/** The base branch's latest result of this step, from the records: never the result itself. */
async function readBaseResult(params) {
    const record = await readFirst(params.tiers, latestRecordName(params));
    return record ? { branch: params.branch, found: true, key: record.key, metrics: record.metrics, ...(record.components ? { components: record.components } : {}) } : { branch: params.branch, found: false };
}
/** The metrics recorded for a key, if a tier holds them. */
async function readResultMetrics(params) {
    return (await readFirst(params.tiers, resultRecordName(params)))?.metrics;
}
/** The branch a run is on, as records name it: a pull request's head branch, else the pushed branch or tag. */
function branchOf(env) {
    return env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined;
}
/**
 * Record a step's `--json` result, if it is one worth recording: a result that exists (not a plan, not a failed
 * lookup), or an evaluation. Its metrics go under its key, and the branch's `latest` record of the step points at it.
 */
async function recordStepResultOf(params) {
    const { result } = params;
    const command = String(result.command);
    const exists = result.plan !== true && result.needsRun !== true && (result.source !== 'none' || command === 'evaluate');
    if (!exists || !params.tiers.some((tier) => tier.records))
        return;
    await recordStepResult({
        tiers: params.tiers,
        command,
        stepId: (0,_report_row_js__WEBPACK_IMPORTED_MODULE_1__/* .stepIdOf */ .Jz)(result, params.workspace),
        key: typeof result.key === 'string' ? result.key : '',
        metrics: (0,_report_row_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsOfResult */ .su)(result),
        ...(isObject(result.keyComponents) ? { components: result.keyComponents } : {}),
        produced: result.cacheHit !== true && (result.source === 'trained' || result.source === 'hub'),
        branch: params.branch,
        reporter: params.reporter,
    });
}


/***/ }),

/***/ 58274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ essentialFiles)
/* harmony export */ });
/* unused harmony export isWeightFile */
/**
 * Weight files by name, as the globs 'model.safetensors', 'model.safetensors.index.json', 'pytorch_model.bin',
 * 'pytorch_model.bin.index.json', '*.safetensors', 'onnx/*.onnx', '*.onnx', 'tf_model.h5', 'flax_model.msgpack',
 * '*.gguf' match them (a `*` never crosses a `/`). Written out rather than matched with picomatch: every cache hit
 * validates with this, and a hit loads no glob library (a unit test holds it to picomatch's answers).
 */
const WEIGHT_NAMES = new Set(['model.safetensors.index.json', 'pytorch_model.bin', 'pytorch_model.bin.index.json', 'tf_model.h5', 'flax_model.msgpack']);
const WEIGHT_EXTENSIONS = ['.safetensors', '.onnx', '.gguf'];
function isWeightFile(path) {
    if (path.startsWith('onnx/') && !path.slice('onnx/'.length).includes('/'))
        return path.endsWith('.onnx');
    if (path.includes('/'))
        return false;
    return WEIGHT_NAMES.has(path) || WEIGHT_EXTENSIONS.some((extension) => path.endsWith(extension));
}
const TOKENIZER_FILES = ['tokenizer.json', 'vocab.txt', 'tokenizer.model', 'spiece.model', 'vocab.json', 'merges.txt', 'sentencepiece.bpe.model'];
/** The files a usable model needs, among those selected: config.json, the weights, the tokenizer files the repo has. */
function essentialFiles(paths) {
    const config = paths.includes('config.json') ? 'config.json' : undefined;
    const weights = paths.filter(isWeightFile);
    const tokenizer = paths.filter((path) => TOKENIZER_FILES.includes(path));
    return { config, weights, tokenizer };
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

/***/ 53409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ identifyDatasetFile),
  t: () => (/* binding */ statDatasetFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: ./src/steps/train/interrupt-signal.ts
var interrupt_signal = __webpack_require__(86654);
;// CONCATENATED MODULE: ./src/steps/train/jsonl-scanner.ts
/**
 * Counts the rows of a JSONL file and checks its shape while the bytes stream past (the same pass that hashes
 * them), so a 1 GiB file is read once. Hand-written: a streaming JSON parser for every line would cost several
 * times the hash (measured: parsing every line of 256 MiB took longer than sha256sum of it), so every line is
 * checked structurally (first and last non-blank bytes are `{` and `}`) and the lines in the first MiB are parsed
 * in full, which catches CSV, JSON arrays, pretty-printed JSON and most hand edits.
 */
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const NEWLINE = 0x0a;
const FULLY_PARSED_BYTES = 1024 * 1024;
const isBlank = (byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d;
class JsonlScanner {
    /** Non-blank lines seen so far. */
    rows = 0;
    problem;
    line = 1;
    offset = 0;
    first = -1;
    last = -1;
    lineStart = 0;
    startsInChunk = true;
    /** Feed the next chunk; stops looking once a problem is found (the caller stops reading). */
    push(chunk) {
        if (this.problem)
            return;
        let start = 0;
        // A UTF-8 byte order mark is not part of the first line's text.
        if (this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
            start = this.lineStart = 3;
        while (start <= chunk.length) {
            const newline = chunk.indexOf(NEWLINE, start);
            const end = newline === -1 ? chunk.length : newline;
            this.see(chunk, start, end);
            if (newline === -1)
                break;
            this.endLine(chunk, end);
            if (this.problem)
                return;
            start = newline + 1;
            this.lineStart = this.offset + start;
            this.startsInChunk = true;
        }
        this.startsInChunk = false;
        this.offset += chunk.length;
    }
    /** The file ended: its last line may lack a newline. */
    finish() {
        if (this.problem)
            return;
        this.endLine(undefined, 0);
    }
    see(chunk, start, end) {
        if (this.first === -1) {
            for (let i = start; i < end; i++) {
                if (!isBlank(chunk[i])) {
                    this.first = chunk[i];
                    break;
                }
            }
        }
        for (let i = end - 1; i >= start; i--) {
            if (!isBlank(chunk[i])) {
                this.last = chunk[i];
                break;
            }
        }
    }
    endLine(chunk, end) {
        if (this.first !== -1) {
            this.rows++;
            if (this.first !== OPEN_BRACE || this.last !== CLOSE_BRACE) {
                this.problem = { line: this.line, why: 'is not a JSON object' };
            }
            else if (chunk && this.startsInChunk && this.lineStart < FULLY_PARSED_BYTES) {
                const text = chunk.toString('utf8', this.lineStart - this.offset, end);
                try {
                    JSON.parse(text);
                }
                catch (error) {
                    this.problem = { line: this.line, why: `is not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
                }
            }
        }
        this.line++;
        this.first = -1;
        this.last = -1;
    }
}

;// CONCATENATED MODULE: ./src/steps/train/dataset-file.ts







const JSONL_HINT = 'give a JSONL file with one JSON object per line, e.g. {"text": "great film", "label": 1}';
/** The dataset file exists and is a regular file (its stat), or an InputError saying what it is instead. */
async function statDatasetFile(params) {
    const named = `${params.flag} ${(0,validate_input/* printable */.g$)(params.keyPath)}`;
    const info = await (0,promises_.stat)(params.absolutePath).catch((error) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            throw new errors/* InputError */.dz(`${named} does not exist: ${JSONL_HINT}`);
        throw new errors/* InputError */.dz(`${named} cannot be read (${error.code ?? error.message}): check the path and its permissions`);
    });
    if (info.isDirectory())
        throw new errors/* InputError */.dz(`${named} is a directory: give the JSONL file itself, e.g. ${(0,validate_input/* printable */.g$)(params.keyPath.replace(/\/$/, ''))}/data.jsonl`);
    if (!info.isFile())
        throw new errors/* InputError */.dz(`${named} is not a regular file: ${JSONL_HINT}`);
    return info;
}
/**
 * The content identity of a dataset file. Same semantics as core's hashWithStatCache (size + mtime + inode equal
 * to the recorded stat → the recorded sha256 is reused and no byte is read; anything else → the bytes are hashed),
 * done here rather than through it because the same single read must also count rows and check the JSONL shape.
 */
async function identifyDatasetFile(params) {
    const { flag, absolutePath, keyPath, known } = params;
    const named = `${flag} ${(0,validate_input/* printable */.g$)(keyPath)}`;
    const info = await statDatasetFile({ flag, absolutePath, keyPath });
    const unchanged = known !== undefined &&
        known.path === keyPath &&
        typeof known.sha256 === 'string' &&
        Number.isSafeInteger(known.rows) &&
        known.size === info.size &&
        known.mtimeMs === info.mtimeMs &&
        known.ino === info.ino;
    if (unchanged)
        return { path: keyPath, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: known.sha256, rows: known.rows, rehashed: false };
    const readFailed = (error) => {
        if (error instanceof errors/* InputError */.dz || error instanceof errors/* StepError */.zg)
            throw error;
        throw new errors/* InputError */.dz(`${named} cannot be read (${error.code ?? error.message}): check the path and its permissions`);
    };
    // A fresh checkout: same size, new stat. Hash alone first; the same bytes as recorded were scanned when they
    // were recorded, so their row count stands and the scan is skipped. Other bytes are read again, scanned (from
    // the page cache, on a run that trains anyway).
    const sameSize = known !== undefined && known.path === keyPath && typeof known.sha256 === 'string' && Number.isSafeInteger(known.rows) && known.size === info.size;
    if (sameSize) {
        const sha256 = await scanAndHash({ absolutePath, size: info.size, signal: params.signal, onProgress: params.onProgress }).catch(readFailed);
        const after = await (0,promises_.stat)(absolutePath);
        if (sha256 === known.sha256 && after.size === info.size && after.mtimeMs === info.mtimeMs && after.ino === info.ino) {
            return { path: keyPath, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256, rows: known.rows, rehashed: true };
        }
    }
    const scanner = new JsonlScanner();
    const sha256 = await scanAndHash({ absolutePath, size: info.size, scanner, signal: params.signal, onProgress: params.onProgress }).catch(readFailed);
    scanner.finish();
    if (scanner.problem)
        throw new errors/* InputError */.dz(`${named} line ${scanner.problem.line} ${scanner.problem.why}: ${JSONL_HINT}`);
    if (scanner.rows === 0)
        throw new errors/* InputError */.dz(`${named} has no rows: ${JSONL_HINT}`);
    const after = await (0,promises_.stat)(absolutePath);
    if (after.size !== info.size || after.mtimeMs !== info.mtimeMs || after.ino !== info.ino) {
        // Written to while we read it: identify what is there now rather than record a stat that lies.
        return identifyDatasetFile({ ...params, known: undefined });
    }
    return { path: keyPath, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256, rows: scanner.rows, rehashed: true };
}
/** Read in 1 MiB reads into one buffer, reused: node's streams allocate one per read, and their garbage cost ~0.3 s per GiB. */
const READ_BYTES = 1024 * 1024;
/** Reads between two turns of the event loop (progress, Ctrl-C): 32 MiB, a few tens of milliseconds. */
const READS_PER_TURN = 32;
/**
 * One read of the file feeds the hash and the row scanner, on this thread, with synchronous reads in runs of
 * READS_PER_TURN between turns of the event loop. Measured on a 512 MiB train file (2 shared cores): async reads
 * through the threadpool left the thread waiting ~30% of the time; hashing on the worker thread in parallel with the
 * scan was slower still (1.14 s against 0.95 s: the two threads compete for the same cores, and the worker's start
 * and messages cost more than the scan it overlaps). Stops early, without the hash, when the scanner finds a problem.
 * Without a scanner it only hashes.
 */
async function scanAndHash(params) {
    const { size, scanner } = params;
    const handle = await (0,promises_.open)(params.absolutePath, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        let done = 0;
        for (;;) {
            (0,interrupt_signal/* throwIfInterrupted */.sK)(params.signal);
            for (let reads = 0; reads < READS_PER_TURN; reads++) {
                const bytesRead = (0,external_node_fs_.readSync)(handle.fd, buffer, 0, READ_BYTES, null);
                if (bytesRead === 0)
                    return hash.digest('hex');
                const chunk = buffer.subarray(0, bytesRead);
                hash.update(chunk);
                if (scanner) {
                    scanner.push(chunk);
                    if (scanner.problem)
                        return '';
                }
                done += bytesRead;
            }
            params.onProgress?.(done, size);
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 96618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ fetchBaseModelIfNeeded)
/* harmony export */ });
/* unused harmony exports defaultBaseModelDir, builtinBaseModelFiles */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dataset_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53409);
/* harmony import */ var _train_code_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76218);
/* harmony import */ var _output_dir_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51103);
/* harmony import */ var _train_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94708);





/** Where the built-in trainer keeps a base model it fetched itself: beside the output dir, one folder per repo. */
function defaultBaseModelDir(params) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(params.outputDir), '.base-models', params.modelName.replace('/', '--') + (params.suffix ?? ''));
}
/**
 * What the built-in trainer reads of a base model: config and tokenizer files, and its ONNX exports. The model
 * download step skips onnx/ by default when safetensors exist, so the exports are asked for by name. Both the fp32
 * and the fp16 export are fetched (whichever the repo has), whatever --fp16 says: one shared dir with one key, so
 * toggling --fp16 never replaces the base model with a smaller file set (nor downloads it again).
 */
function builtinBaseModelFiles() {
    return ['*.json', '*.txt', '*.model', 'onnx/model.onnx', 'onnx/model_fp16.onnx'];
}
/**
 * The built-in trainer needs the base model on disk. When only --model-name is given, fetch it through the model
 * download step (cached like any download: a warm dir costs one revision lookup, none offline) and train from there.
 * Its recorded commit sha then joins the train key. The transformers trainer's base model is fetched the same way,
 * with the default file selection (PyTorch weights, config, tokenizer), into a dir of its own. Trainers given with
 * --run fetch what they need themselves.
 */
async function fetchBaseModelIfNeeded(params) {
    const { request, trainer, connection, options, flagName } = params;
    const kind = trainer.identity.kind;
    if (request.modelPath || (kind !== 'builtin' && kind !== 'transformers'))
        return request;
    // Bad input is said before a byte is fetched (and before the base model lands beside the output dir).
    await (0,_output_dir_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .checkOutputDirIsSafe */ .k)({ request, flagName });
    await (0,_dataset_file_js__WEBPACK_IMPORTED_MODULE_1__/* .statDatasetFile */ .t)({ flag: flagName('train-data'), absolutePath: request.trainData.absolute, keyPath: request.trainData.keyPath });
    await (0,_dataset_file_js__WEBPACK_IMPORTED_MODULE_1__/* .statDatasetFile */ .t)({ flag: flagName('val-data'), absolutePath: request.valData.absolute, keyPath: request.valData.keyPath });
    await (0,_train_code_files_js__WEBPACK_IMPORTED_MODULE_2__/* .codeFilesOf */ .s)({ request, trainer, flagName });
    const dir = defaultBaseModelDir({ outputDir: request.outputDir, modelName: request.modelName, suffix: kind === 'transformers' ? '--pytorch' : '' });
    options.reporter.info(`Base model ${request.modelName}: using ${dir} (give --model-path to train from a local copy)`);
    // Loaded only here: a train step with a local base model (every hit on it) needs none of the download code.
    const { parseModelDownloadRequest, runModelDownload } = await __webpack_require__.e(/* import() */ 114).then(__webpack_require__.bind(__webpack_require__, 33114));
    const download = parseModelDownloadRequest({ name: request.modelName, outputDir: dir, include: kind === 'builtin' ? builtinBaseModelFiles() : undefined });
    // --force retrains; it does not mean fetching the base model again.
    // A failure there names the user's own --output-dir first, then the dir derived from it that failed.
    const outputDirLabel = `${flagName('output-dir')} ${request.displayOutputDir}: its base model dir ${dir}`;
    const result = await runModelDownload({ request: download, connection, options: { ...options, force: false, outputDirLabel } });
    if (result.needsRun)
        return request; // plan mode: the base model is not there yet, so training would run
    return { ...request, modelPath: (0,_train_request_js__WEBPACK_IMPORTED_MODULE_4__/* .requestPath */ .Z)(dir, request.cwd) };
}


/***/ }),

/***/ 86654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p4: () => (/* binding */ InterruptedError),
/* harmony export */   qy: () => (/* binding */ withInterruptSignal),
/* harmony export */   sK: () => (/* binding */ throwIfInterrupted)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Why a run stopped early: the signal the CLI or Action received (Ctrl-C, a cancelled job). */
class InterruptedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    signalName;
    constructor(signalName) {
        super(`Interrupted by ${signalName}`);
        this.signalName = signalName;
    }
}
/**
 * Run `work` with an AbortSignal that fires on SIGINT/SIGTERM/SIGHUP, so a trainer running in its own process
 * group (out of reach of the terminal's Ctrl-C and of a job cancellation) is stopped by us instead of orphaned.
 * The handlers exist only while `work` runs; outside it the process keeps Node's default behaviour.
 */
async function withInterruptSignal(work) {
    const controller = new AbortController();
    const handlers = FORWARDED.map((name) => {
        const handler = () => {
            if (!controller.signal.aborted)
                controller.abort(new InterruptedError(name));
        };
        process.on(name, handler);
        return () => process.off(name, handler);
    });
    try {
        return await work(controller.signal);
    }
    finally {
        for (const remove of handlers)
            remove();
    }
}
/** Stop between units of work (file chunks, before starting a trainer) once interrupted. */
function throwIfInterrupted(signal) {
    if (!signal?.aborted)
        return;
    throw signal.reason instanceof Error ? signal.reason : new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg('Interrupted');
}


/***/ }),

/***/ 51103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ checkOutputDirIsSafe)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20044);
/* harmony import */ var _training_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64490);





const isWithin = (child, parent) => {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return path === '' || (path !== '..' && !path.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path));
};
/**
 * A successful training replaces the whole output dir, so refuse any output dir whose replacement would lose
 * something that is not a previous training: the working directory or one of its parents, a dir holding the
 * datasets or the base model, or an existing dir of other files (no training_metadata.json in it).
 */
async function checkOutputDirIsSafe(params) {
    const { request, flagName } = params;
    const { outputDir, cwd } = request;
    const flag = `${flagName('output-dir')} ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(request.displayOutputDir)}`;
    if (outputDir === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.parse)(outputDir).root || isWithin(cwd, outputDir)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} is the working directory or one of its parents, which training would replace: give a dedicated directory such as ./models/fine-tuned`);
    }
    const inputs = [
        ['train-data', request.trainData.absolute],
        ['val-data', request.valData.absolute],
        ['model-path', request.modelPath?.absolute],
    ];
    for (const [name, path] of inputs) {
        if (path && isWithin(path, outputDir)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} contains ${flagName(name)}, which training would replace: put the trained model in a directory of its own`);
        }
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(outputDir).catch(() => undefined);
    if (!info)
        return;
    if (!info.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} is a file: give a directory for the trained model`);
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(outputDir);
    if (entries.length > 0 && !entries.includes(_training_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAINING_METADATA_FILE */ .W4)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} already holds files but no ${_training_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAINING_METADATA_FILE */ .W4} (it was not written by train), and training would replace it: give an empty or new directory; nothing was changed`);
    }
}


/***/ }),

/***/ 76218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ codeFilesOf)
/* harmony export */ });
/* harmony import */ var _code_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69987);

/**
 * The code files a training's key holds: files its `--run` command names, and `--key-files` matches. Called before
 * a base model is fetched too, so a glob that matches nothing is said before anything is downloaded.
 */
async function codeFilesOf(params) {
    const { request, trainer } = params;
    const command = trainer.identity.kind === 'command' && typeof trainer.identity.command === 'string' ? trainer.identity.command : undefined;
    return (0,_code_files_js__WEBPACK_IMPORTED_MODULE_0__/* .findCodeFiles */ .a3)({
        command,
        keyFiles: request.keyFiles,
        cwd: request.cwd,
        exclude: [request.outputDir, request.trainData.absolute, request.valData.absolute, ...(request.modelPath ? [request.modelPath.absolute] : [])],
        flag: params.flagName('key-files'),
    });
}


/***/ }),

/***/ 53604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ runTrain)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/cached-step.ts + 1 modules
var cached_step = __webpack_require__(47733);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(75527);
// EXTERNAL MODULE: ./src/core/replace-directory.ts
var replace_directory = __webpack_require__(10473);
// EXTERNAL MODULE: ./src/steps/format.ts
var format = __webpack_require__(84600);
;// CONCATENATED MODULE: ./src/steps/train/abandoned-runs.ts

/** A fresh staging dir for a training of `outputDir`, beside it (same filesystem, so it can be renamed in). */
function trainingRunDir(outputDir) {
    return (0,replace_directory/* siblingPath */.eR)(outputDir, 'train');
}
/** Remove the staging dirs of trainings (and restores) whose process is gone; see removeAbandonedSiblings. */
async function removeAbandonedRuns(params) {
    await (0,replace_directory/* removeAbandonedSiblings */.Q3)({ dir: params.outputDir, lockHeld: params.lockHeld });
}

// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: ./src/steps/model-download/model-metadata.ts
var model_metadata = __webpack_require__(39443);
;// CONCATENATED MODULE: ./src/steps/train/base-model.ts





/**
 * What the key knows of the base model beyond its name: the commit sha `model download` recorded in --model-path,
 * or, for a dir without that metadata, the path itself.
 */
async function describeBaseModel(params) {
    const { request, flagName } = params;
    const modelPath = request.modelPath;
    if (!modelPath)
        return {};
    const named = `${flagName('model-path')} ${(0,validate_input/* printable */.g$)(modelPath.keyPath)}`;
    const info = await (0,promises_.stat)(modelPath.absolute).catch(() => undefined);
    if (!info)
        throw new errors/* InputError */.dz(`${named} does not exist: give the directory model download wrote the base model into, or leave ${flagName('model-path')} out`);
    if (!info.isDirectory())
        throw new errors/* InputError */.dz(`${named} is not a directory: give the base model's directory (the one holding config.json)`);
    const read = await (0,model_metadata/* readModelMetadata */.Vv)((0,external_node_path_.join)(modelPath.absolute, model_metadata/* MODEL_METADATA_FILE */.t0));
    if (read.kind === 'missing')
        return { modelPath: modelPath.keyPath };
    if (read.kind === 'corrupted') {
        throw new errors/* InputError */.dz(`${named}: ${model_metadata/* MODEL_METADATA_FILE */.t0} is corrupted (${read.reason}): run model download into it again`);
    }
    if (read.metadata.name !== request.modelName) {
        throw new errors/* InputError */.dz(`${named} holds ${read.metadata.name} (${model_metadata/* MODEL_METADATA_FILE */.t0}), but ${flagName('model-name')} is ${request.modelName}: give matching values`);
    }
    return { modelRevision: read.metadata.resolvedRevision };
}

// EXTERNAL MODULE: ./src/steps/train/code-files.ts
var code_files = __webpack_require__(69987);
// EXTERNAL MODULE: ./src/steps/train/train-code-files.ts
var train_code_files = __webpack_require__(76218);
// EXTERNAL MODULE: ./src/steps/train/dataset-file.ts + 1 modules
var dataset_file = __webpack_require__(53409);
// EXTERNAL MODULE: ./src/steps/train/key-env.ts
var key_env = __webpack_require__(15495);
// EXTERNAL MODULE: ./src/steps/train/interrupt-signal.ts
var interrupt_signal = __webpack_require__(86654);
// EXTERNAL MODULE: ./src/steps/train/output-dir-guard.ts
var output_dir_guard = __webpack_require__(51103);
// EXTERNAL MODULE: ./src/core/output-lock.ts
var output_lock = __webpack_require__(73584);
// EXTERNAL MODULE: ./src/steps/train/training-metadata.ts
var training_metadata = __webpack_require__(64490);
;// CONCATENATED MODULE: ./src/steps/train/refresh-dataset-stamps.ts




/**
 * After a hit that had to re-hash a dataset or code file (same bytes, new stat: a fresh checkout, a `touch`), record the new
 * stat so the next run takes the fast path instead of hashing again. Only while nobody else writes the dir (the
 * same lock as the step's output lock, taken only if free, never waited for), and only when the metadata still
 * describes this key.
 */
async function refreshDatasetStamps(params) {
    const { outputDir, key, datasets, codeFiles } = params;
    await (0,output_lock/* withOutputLockIfFree */.W)({
        outputDir,
        work: async () => {
            const path = (0,external_node_path_.join)(outputDir, training_metadata/* TRAINING_METADATA_FILE */.W4);
            const read = await (0,training_metadata/* readTrainingMetadata */.aL)(path);
            // The key holds every file's content hash: metadata of this key records the same bytes, only older stats.
            if (read.kind !== 'ok' || read.metadata.configHash !== key || !read.metadata.completed)
                return;
            const { train, val } = read.metadata.datasets;
            if (train.sha256 !== datasets.train.sha256 || val.sha256 !== datasets.val.sha256)
                return;
            await (0,atomic_write/* writeJsonAtomic */.ZJ)(path, {
                ...read.metadata,
                datasets: { train: { ...datasets.train }, val: { ...datasets.val } },
                ...(codeFiles && codeFiles.length > 0 ? { codeFiles: codeFiles.map((file) => ({ ...file })) } : {}),
            });
        },
    });
}

// EXTERNAL MODULE: ./src/steps/train/train-key.ts
var train_key = __webpack_require__(24954);
;// CONCATENATED MODULE: ./src/steps/train/trainer-defaults.ts
/**
 * The request with the trainer's own defaults in the parameters the user left unset (the built-in trainer's
 * learning rate), so the key, the messages and training_metadata.json all carry the value that is trained with.
 */
function applyTrainerDefaults(params) {
    const { request, trainer } = params;
    const defaults = trainer.parameterDefaults ?? {};
    const unset = new Set(request.unsetParameters ?? []);
    const applied = Object.keys(defaults).filter((field) => unset.has(field) && defaults[field] !== undefined);
    if (applied.length === 0)
        return request;
    return { ...request, parameters: { ...request.parameters, ...Object.fromEntries(applied.map((field) => [field, defaults[field]])) } };
}

// EXTERNAL MODULE: ./src/steps/model-download/essential-files.ts
var essential_files = __webpack_require__(58274);
;// CONCATENATED MODULE: ./src/steps/train/trained-files.ts




/** Every regular file under `dir` (paths with "/"), except our own metadata. */
async function listTrainedFiles(dir) {
    const names = await (0,promises_.readdir)(dir, { recursive: true });
    const files = [];
    for (const name of names.sort()) {
        const path = name.split(external_node_path_.sep).join('/');
        if (path === training_metadata/* TRAINING_METADATA_FILE */.W4)
            continue;
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, name)).catch(() => undefined);
        if (info?.isFile())
            files.push({ path, size: info.size });
    }
    return files;
}
/**
 * What a usable trained model is missing among `paths`: config.json, weights, tokenizer files (the seed's
 * essential files). Empty when it has all three.
 */
function missingEssentials(paths) {
    const found = (0,essential_files/* essentialFiles */.Q)(paths);
    const missing = [];
    if (!found.config)
        missing.push('config.json');
    if (found.weights.length === 0)
        missing.push('model weights (model.safetensors, pytorch_model.bin or onnx/model.onnx)');
    if (found.tokenizer.length === 0)
        missing.push('tokenizer files (tokenizer.json or vocab.txt)');
    return missing;
}
/** The essential files among `paths`, config first: the ones checked on every run. */
function essentialPaths(paths) {
    const found = (0,essential_files/* essentialFiles */.Q)(paths);
    return [...new Set([found.config, ...found.weights, ...found.tokenizer].filter((path) => !!path))];
}

;// CONCATENATED MODULE: ./src/steps/train/validate-trained-dir.ts






/**
 * Does `dir` hold a finished training for this key? The seed's checks, each failure one reason: metadata readable,
 * completed flag, every key component (model, datasets by content, each parameter, the trainer), the config hash,
 * then the essential files with their recorded sizes.
 */
async function validateTrainedDir(params) {
    const { dir, displayDir, components } = params;
    const read = await (0,training_metadata/* readTrainingMetadata */.aL)((0,external_node_path_.join)(dir, training_metadata/* TRAINING_METADATA_FILE */.W4));
    if (read.kind === 'missing')
        return { ok: false, reasons: [`no ${training_metadata/* TRAINING_METADATA_FILE */.W4} in ${displayDir} (not trained yet)`] };
    if (read.kind === 'corrupted')
        return { ok: false, reasons: [`${training_metadata/* TRAINING_METADATA_FILE */.W4} is corrupted (${read.reason})`] };
    const metadata = read.metadata;
    const reasons = [];
    if (metadata.completed !== true)
        reasons.push('completed flag is false (previous training did not finish)');
    const recorded = (0,train_key/* trainKeyComponents */.Yx)(metadata);
    reasons.push(...(0,train_key/* explainKeyChange */.fS)(recorded, components));
    if ((0,fingerprint/* fingerprint */.Rj)(recorded) !== metadata.configHash) {
        reasons.push(`configHash in ${training_metadata/* TRAINING_METADATA_FILE */.W4} does not match the configuration it records (edited by hand?)`);
    }
    if (reasons.length > 0)
        return { ok: false, reasons, metadata };
    const recordedPaths = metadata.files.map((file) => file.path);
    const unlisted = missingEssentials(recordedPaths);
    if (unlisted.length > 0)
        return { ok: false, reasons: [`${training_metadata/* TRAINING_METADATA_FILE */.W4} lists no ${unlisted.join(', no ')}`], metadata };
    const sizes = new Map(metadata.files.map((file) => [file.path, file.size]));
    for (const path of essentialPaths(recordedPaths)) {
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, path)).catch(() => undefined);
        if (!info?.isFile())
            return { ok: false, reasons: [`${path} is missing`], metadata };
        if (info.size !== sizes.get(path))
            return { ok: false, reasons: [`${path} has ${info.size} bytes, ${sizes.get(path)} expected`], metadata };
    }
    return { ok: true, metadata };
}

;// CONCATENATED MODULE: ./src/steps/train/train.ts






















/** Files at least this big show hashing progress (a small file hashes before anyone could read a bar). */
const PROGRESS_FROM_BYTES = 64 * 1024 * 1024;
const record = ({ path, size, mtimeMs, ino, sha256, rows }) => ({ path, size, mtimeMs, ino, sha256, rows });
/** train: the cached step over a trainer. Skips when the output dir already holds this exact training. */
async function runTrain(params) {
    try {
        return await decideAndTrain(params);
    }
    catch (error) {
        if (error instanceof interrupt_signal/* InterruptedError */.p4)
            throw new errors/* StepError */.zg(`${error.message} before training started; nothing was changed`);
        throw error;
    }
}
async function decideAndTrain(params) {
    const { trainer, options, flagName, signal } = params;
    const request = applyTrainerDefaults({ request: params.request, trainer });
    const { reporter } = options;
    await (0,output_dir_guard/* checkOutputDirIsSafe */.k)({ request, flagName });
    const baseModel = await describeBaseModel({ request, flagName });
    // The recorded stats let unchanged dataset files skip hashing entirely.
    const existing = await (0,training_metadata/* readTrainingMetadata */.aL)((0,external_node_path_.join)(request.outputDir, training_metadata/* TRAINING_METADATA_FILE */.W4));
    const known = existing.kind === 'ok' ? existing.metadata.datasets : undefined;
    const identify = (name, path, previous) => (0,dataset_file/* identifyDatasetFile */.v)({
        flag: flagName(name),
        absolutePath: path.absolute,
        keyPath: path.keyPath,
        known: previous,
        signal,
        onProgress: (done, total) => {
            if (total >= PROGRESS_FROM_BYTES)
                reporter.progress({ label: `hashing ${path.keyPath}`, done, total, unit: 'bytes' });
        },
    });
    const trainFile = await identify('train-data', request.trainData, known?.train);
    const valFile = await identify('val-data', request.valData, known?.val);
    const datasets = { train: record(trainFile), val: record(valFile) };
    const identified = await (0,code_files/* identifyCodeFiles */.Vd)({
        files: await (0,train_code_files/* codeFilesOf */.s)({ request, trainer, flagName }),
        cwd: request.cwd,
        known: existing.kind === 'ok' ? existing.metadata.codeFiles : undefined,
    });
    const codeFiles = identified.map(({ rehashed: _, ...file }) => file);
    const keyEnv = (0,key_env/* keyEnvComponent */.yp)({ names: request.keyEnv, env: trainer.environment ?? process.env }); // the trainer's own environment
    const keyInput = {
        modelName: request.modelName,
        ...baseModel,
        datasets,
        parameters: request.parameters,
        trainer: trainer.identity,
        ...(codeFiles.length > 0 ? { codeFiles } : {}),
        ...(keyEnv ? { keyEnv } : {}),
    };
    const components = (0,train_key/* trainKeyComponents */.Yx)(keyInput);
    const key = (0,fingerprint/* fingerprint */.Rj)(components);
    const display = request.displayOutputDir;
    const metadataPath = (0,external_node_path_.join)(request.outputDir, training_metadata/* TRAINING_METADATA_FILE */.W4);
    const step = {
        command: 'train',
        tierName: 'train',
        key,
        outputDir: request.outputDir,
        producedSource: 'trained',
        validate: (dir) => validateTrainedDir({ dir, displayDir: dir === request.outputDir ? display : dir, components }),
        describe: async () => {
            // A hit is the common run: it is where staging dirs of killed runs get removed and stale stats refreshed.
            if (!options.plan) {
                await removeAbandonedRuns({ outputDir: request.outputDir, lockHeld: false });
                if (trainFile.rehashed || valFile.rehashed || identified.some((file) => file.rehashed)) {
                    await refreshDatasetStamps({ outputDir: request.outputDir, key, datasets, codeFiles });
                }
            }
            const read = await (0,training_metadata/* readTrainingMetadata */.aL)(metadataPath);
            return resultDetails({ metadata: read.kind === 'ok' ? read.metadata : undefined, datasets, request });
        },
        messages: {
            force: 'Force flag set, re-training even if cache exists...',
            hit: (source) => [
                source === 'disk' ? 'Model already trained with this configuration' : `Trained model restored from ${source}`,
                `Using cached trained model from ${display}`,
                `Training samples: ${datasets.train.rows}`,
                `Validation samples: ${datasets.val.rows}`,
                `Epochs: ${request.parameters.epochs}`,
                'Use --force to re-train',
            ],
            // A first training has nothing that "changed": its one reason (not trained yet) is shown alone.
            missHeader: existing.kind === 'missing' ? undefined : 'Training configuration changed, re-training...',
        },
        produce: () => trainIntoOutputDir({ request, trainer, reporter, signal, datasets, configHash: key, keyInput }),
    };
    const result = await (0,cached_step/* runCachedStep */.K)(step, options);
    // The key's components: a report compares them with another branch's result, field by field.
    return { ...result, details: { ...result.details, keyComponents: components } };
}
/**
 * Train into a staging dir beside the output dir, verify the essential files, write the metadata (completed:
 * true) into it, then swap it in. Until that swap the output dir is untouched, so a failed, killed or
 * incomplete training leaves the previous result exactly as it was.
 */
async function trainIntoOutputDir(params) {
    const { request, trainer, reporter, datasets, configHash, keyInput } = params;
    const display = request.displayOutputDir;
    const unchanged = `nothing was recorded as completed and ${display} was left as it was`;
    (0,interrupt_signal/* throwIfInterrupted */.sK)(params.signal);
    await removeAbandonedRuns({ outputDir: request.outputDir, lockHeld: true });
    const runDir = trainingRunDir(request.outputDir);
    const staging = (0,external_node_path_.join)(runDir, 'output');
    await (0,promises_.mkdir)(staging, { recursive: true });
    try {
        const p = request.parameters;
        reporter.info(`Training ${request.modelName} on ${datasets.train.rows} train / ${datasets.val.rows} validation rows ` +
            `(epochs ${p.epochs}, batch size ${p.batchSize}, learning rate ${p.learningRate}${p.fp16 ? ', fp16' : ''}, seed ${p.seed})`);
        const startedAt = new Date();
        let outcome;
        try {
            outcome = await trainer.train({
                modelName: request.modelName,
                modelPath: request.modelPath?.absolute,
                trainData: request.trainData.absolute,
                valData: request.valData.absolute,
                stagingDir: staging,
                parameters: request.parameters,
                reporter,
                signal: params.signal ?? new AbortController().signal,
            });
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz)
                throw error;
            throw new errors/* StepError */.zg(`${(0,errors/* describeError */.Uc)(error)}; ${unchanged}`, { cause: error });
        }
        const finishedAt = new Date();
        const files = await listTrainedFiles(staging);
        const missing = missingEssentials(files.map((file) => file.path));
        if (missing.length > 0) {
            throw new errors/* StepError */.zg(`The trainer finished but did not write ${missing.join(', ')} into ME_OUTPUT_DIR; ${unchanged}. Save the model and its tokenizer there (save_pretrained(os.environ["ME_OUTPUT_DIR"]))`);
        }
        const metadata = {
            schema: training_metadata/* TRAINING_METADATA_SCHEMA */.pw,
            completed: true,
            configHash,
            ...keyInput,
            datasets,
            startedAt: startedAt.toISOString(),
            finishedAt: finishedAt.toISOString(),
            metrics: outcome.metrics,
            history: outcome.history,
            files,
        };
        await (0,atomic_write/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(staging, training_metadata/* TRAINING_METADATA_FILE */.W4), metadata);
        await (0,replace_directory/* replaceDirectory */.QY)({ staging, dir: request.outputDir });
        const bytes = files.reduce((sum, file) => sum + file.size, 0);
        const metrics = Object.entries(outcome.metrics).map(([name, value]) => `${name} ${formatMetric(value)}`);
        reporter.success(`Trained ${request.modelName} into ${display} in ${(0,format/* formatDuration */.a)(finishedAt.getTime() - startedAt.getTime())} (${files.length} files, ${(0,format/* formatBytes */.z)(bytes)})` +
            (metrics.length > 0 ? `; ${metrics.join(', ')}` : ''));
        return resultDetails({ metadata, datasets, request });
    }
    finally {
        await (0,promises_.rm)(runDir, { recursive: true, force: true });
    }
}
function formatMetric(value) {
    return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}
/** The step's own fields of the result (--json, Action outputs, job summary). */
function resultDetails(params) {
    const { metadata, datasets, request } = params;
    return {
        modelName: request.modelName,
        trainSamples: datasets.train.rows,
        valSamples: datasets.val.rows,
        epochs: request.parameters.epochs,
        metrics: metadata?.metrics ?? {},
        // The job summary charts it; a --run trainer that reports no history leaves it empty.
        history: metadata?.history ?? [],
        // What a hit saved (the job summary shows it).
        productionMs: metadata ? Date.parse(metadata.finishedAt) - Date.parse(metadata.startedAt) : undefined,
        files: metadata?.files.length ?? 0,
        bytes: metadata?.files.reduce((sum, file) => sum + file.size, 0) ?? 0,
    };
}


/***/ }),

/***/ 64490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W4: () => (/* binding */ TRAINING_METADATA_FILE),
/* harmony export */   aL: () => (/* binding */ readTrainingMetadata),
/* harmony export */   pw: () => (/* binding */ TRAINING_METADATA_SCHEMA)
/* harmony export */ });
/* harmony import */ var _core_read_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52758);
/* harmony import */ var _train_parameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77549);


const TRAINING_METADATA_FILE = 'training_metadata.json';
const TRAINING_METADATA_SCHEMA = 'model-experiments/train@1';
const isPrimitive = (value) => ['string', 'number', 'boolean'].includes(typeof value);
const isSafePath = (path) => path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
function datasetProblem(value) {
    const entry = value;
    if (!entry || typeof entry !== 'object')
        return 'is missing';
    if (typeof entry.path !== 'string' || typeof entry.sha256 !== 'string')
        return 'has no path or sha256';
    if (![entry.size, entry.ino, entry.rows].every((number) => Number.isSafeInteger(number)) || typeof entry.mtimeMs !== 'number') {
        return 'has no size, mtimeMs, ino or rows';
    }
    return undefined;
}
/**
 * Read and type-check training_metadata.json. A file that is not exactly ours is "corrupted", with why; a
 * well-formed file with completed: false is returned as it is (the caller explains that miss).
 */
async function readTrainingMetadata(path) {
    const read = await (0,_core_read_json_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonObject */ .o)(path);
    if (read.kind !== 'ok')
        return read;
    const value = read.value;
    if (value.schema !== TRAINING_METADATA_SCHEMA) {
        return { kind: 'corrupted', reason: typeof value.schema === 'string' ? `holds ${value.schema}, not training metadata` : 'has no model-experiments schema' };
    }
    const problems = [];
    if (typeof value.completed !== 'boolean')
        problems.push('completed is not true or false');
    for (const field of ['configHash', 'modelName', 'startedAt', 'finishedAt']) {
        if (typeof value[field] !== 'string')
            problems.push(`${field} is not a string`);
    }
    for (const field of ['modelRevision', 'modelPath']) {
        if (value[field] !== undefined && typeof value[field] !== 'string')
            problems.push(`${field} is not a string`);
    }
    const datasets = value.datasets;
    for (const split of ['train', 'val']) {
        const problem = datasetProblem(datasets?.[split]);
        if (problem)
            problems.push(`datasets.${split} ${problem}`);
    }
    if (!(0,_train_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrainingParameters */ .xb)(value.parameters))
        problems.push('parameters does not hold all eleven training parameters');
    const trainer = value.trainer;
    if (!trainer || typeof trainer !== 'object' || Array.isArray(trainer) || !Object.values(trainer).every(isPrimitive))
        problems.push('trainer is not an identity object');
    if (value.codeFiles !== undefined) {
        const files = value.codeFiles;
        const wellFormed = Array.isArray(files) &&
            files.every((file) => {
                const entry = file;
                return !!entry && typeof entry.path === 'string' && typeof entry.sha256 === 'string' && (entry.role === 'trainer' || entry.role === 'key-file') &&
                    Number.isSafeInteger(entry.size) && Number.isSafeInteger(entry.ino) && typeof entry.mtimeMs === 'number';
            });
        if (!wellFormed)
            problems.push('codeFiles is not a list of files with path, role, size, mtimeMs, ino and sha256');
    }
    if (value.keyEnv !== undefined) {
        const env = value.keyEnv;
        if (!env || typeof env !== 'object' || Array.isArray(env) || !Object.values(env).every((hash) => hash === null || typeof hash === 'string')) {
            problems.push('keyEnv is not an object of hashes');
        }
    }
    const metrics = value.metrics;
    if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics) || !Object.values(metrics).every((metric) => typeof metric === 'number')) {
        problems.push('metrics is not an object of numbers');
    }
    if (!Array.isArray(value.history))
        problems.push('history is not a list');
    if (!Array.isArray(value.files))
        problems.push('files is not a list');
    else {
        for (const file of value.files) {
            const entry = file;
            if (!entry || typeof entry.path !== 'string' || !Number.isSafeInteger(entry.size)) {
                problems.push('files holds an entry without path and size');
                break;
            }
            if (!isSafePath(entry.path)) {
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

/***/ 4978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YC: () => (/* binding */ forgetProbe),
  fc: () => (/* binding */ probePython)
});

// UNUSED EXPORTS: INSTALL_HINT, REQUIRED_PACKAGES, probeCachePath

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/trainers/transformers/find-executable.ts



/**
 * What `command` runs, as a shell finds it: a name without "/" is looked up on PATH, a path is taken relative to
 * `cwd`. Undefined when there is no executable file there. No process is started.
 */
async function findExecutable(params) {
    const { command, cwd } = params;
    const candidates = command.includes('/')
        ? [(0,external_node_path_.isAbsolute)(command) ? command : (0,external_node_path_.resolve)(cwd, command)]
        : (params.path ?? '').split(external_node_path_.delimiter).map((dir) => (0,external_node_path_.join)((0,external_node_path_.resolve)(cwd, dir || '.'), command));
    for (const candidate of candidates) {
        const info = await (0,promises_.stat)(candidate).catch(() => undefined);
        if (!info?.isFile())
            continue;
        if (await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/trainers/transformers/python-probe.ts









/** The packages the transformers trainer needs: torch and transformers identify it; Trainer needs accelerate, its logs tensorboard. */
const REQUIRED_PACKAGES = ['torch', 'transformers', 'accelerate', 'tensorboard'];
/**
 * Reads versions from package metadata only: importing transformers costs seconds, its metadata milliseconds.
 * The paths it lists are where packages are found (sys.path dirs and the user site dir); their stat stamps let
 * the next run trust this answer without starting Python.
 */
const PROBE_SOURCE = `
import json, os, site, sys
from importlib import metadata
versions = {}
for name in ${JSON.stringify(REQUIRED_PACKAGES)}:
    try:
        versions[name] = metadata.version(name)
    except metadata.PackageNotFoundError:
        versions[name] = None
paths = [p for p in sys.path if p and os.path.isdir(p)]
if site.ENABLE_USER_SITE:
    paths.append(site.getusersitepackages())
print(json.dumps({"executable": sys.executable, "python": "%d.%d.%d" % sys.version_info[:3], "versions": versions, "paths": paths}))
`;
/** Variables that change where Python finds packages: part of the probe cache's key. */
const PYTHON_ENV = ['PYTHONPATH', 'PYTHONHOME', 'PYTHONNOUSERSITE', 'PYTHONUSERBASE', 'PYTHONSAFEPATH'];
const PROBE_CACHE_SCHEMA = 'model-experiments/python-probes@1';
const MAX_CACHED = 32;
const PROBE_TIMEOUT_MS = 60_000;
const INSTALL_HINT = 'python3 -m venv .venv && .venv/bin/pip install torch transformers accelerate tensorboard';
/** Where probe answers are kept: the user's cache dir (XDG_CACHE_HOME, else ~/.cache), shared by every project. */
function probeCachePath(env) {
    const base = env.XDG_CACHE_HOME?.trim() || (0,external_node_path_.join)(env.HOME?.trim() || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'model-experiments', 'python-probes.json');
}
async function stampOf(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info ? { ino: info.ino, mtimeMs: info.mtimeMs, size: info.isDirectory() ? 0 : info.size } : null;
}
async function stampsOf(paths) {
    return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await stampOf(path)])));
}
const envOf = (env) => Object.fromEntries(PYTHON_ENV.map((name) => [name, env[name] ?? null]));
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
async function readEntries(path) {
    const read = await (0,read_json/* readJsonObject */.o)(path);
    if (read.kind !== 'ok' || read.value.schema !== PROBE_CACHE_SCHEMA || !Array.isArray(read.value.entries))
        return [];
    return read.value.entries.filter((entry) => entry && typeof entry.interpreter === 'string' && entry.stamps && entry.versions);
}
/** A cached answer still holds when the interpreter, every dir packages come from and the Python variables are as they were. */
async function stillValid(entry, env) {
    if (!sameJson(entry.env, envOf(env)))
        return false;
    const now = await stampsOf(Object.keys(entry.stamps));
    return Object.entries(entry.stamps).every(([path, stamp]) => sameJson(stamp, now[path]));
}
function runProbe(params) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(params.interpreter, ['-c', PROBE_SOURCE], { cwd: params.cwd, env: params.env, timeout: PROBE_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? (error.code) : null) : 0;
            resolve({ code, stdout: String(stdout), stderr: String(stderr), error: error ?? undefined });
        });
    });
}
/**
 * The interpreter `--python` names, with the versions of the packages the trainer needs. Bad input (no such
 * interpreter, not Python, a package missing) is one InputError that says what to install and how. An answer is
 * cached under the interpreter's path, trusted while the interpreter, the package dirs and the Python variables
 * keep their stat stamps: a cache hit of the train step then starts no Python at all.
 */
async function probePython(params) {
    const { command, flag, cwd, env } = params;
    const named = `${flag} ${(0,validate_input/* printable */.g$)(command)}`;
    if (command.trim() === '')
        throw new errors/* InputError */.dz(`${flag} must not be empty: give a Python interpreter, e.g. python3 or .venv/bin/python`);
    const interpreter = await findExecutable({ command, cwd, path: env.PATH });
    if (!interpreter) {
        const where = command.includes('/') ? 'is not an executable file' : 'is not on PATH';
        throw new errors/* InputError */.dz(`${named} ${where}: install Python 3 with the trainer's packages (${INSTALL_HINT}) and give ${flag} .venv/bin/python`);
    }
    const cachePath = params.cachePath ?? probeCachePath(env);
    const entries = await readEntries(cachePath);
    const known = entries.find((entry) => entry.interpreter === interpreter);
    let entry = known && (await stillValid(known, env)) ? known : undefined;
    const cached = entry !== undefined;
    if (!entry) {
        const probe = await runProbe({ interpreter, cwd, env });
        let answer;
        try {
            answer = probe.code === 0 ? JSON.parse(probe.stdout.trim().split('\n').pop() ?? '') : undefined;
        }
        catch {
            answer = undefined;
        }
        if (!answer || typeof answer.python !== 'string' || !answer.versions || !Array.isArray(answer.paths)) {
            const detail = probe.stderr.trim().split('\n').pop() || probe.error?.message.split('\n')[0] || `exit ${probe.code}`;
            throw new errors/* InputError */.dz(`${named} (${interpreter}) did not run as Python 3 (${(0,validate_input/* printable */.g$)(detail)}): give a Python 3 interpreter, e.g. .venv/bin/python`);
        }
        const watched = [interpreter, await (0,promises_.realpath)(interpreter).catch(() => interpreter), ...answer.paths];
        if (typeof answer.executable === 'string' && answer.executable !== '')
            watched.push(answer.executable, await (0,promises_.realpath)(answer.executable).catch(() => answer.executable));
        entry = { interpreter, stamps: await stampsOf([...new Set(watched)]), env: envOf(env), python: answer.python, versions: answer.versions };
    }
    const missing = (params.required ?? REQUIRED_PACKAGES).filter((name) => typeof entry.versions[name] !== 'string');
    // Only a complete answer is kept: after a missing package the user is about to install it.
    if (!cached && REQUIRED_PACKAGES.every((name) => typeof entry.versions[name] === 'string'))
        await saveEntry(cachePath, entry, entries);
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(`${named} (Python ${entry.python}) has no ${missing.join(', ')}: install with ${interpreter} -m pip install ${missing.join(' ')}`);
    }
    return { interpreter, python: entry.python, versions: entry.versions, cached };
}
async function saveEntry(path, entry, entries) {
    const kept = [entry, ...entries.filter((other) => other.interpreter !== entry.interpreter)].slice(0, MAX_CACHED);
    // The cache only saves time: a read-only home must not fail a training.
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true })
        .then(() => (0,atomic_write/* writeJsonAtomic */.ZJ)(path, { schema: PROBE_CACHE_SCHEMA, entries: kept }))
        .catch(() => undefined);
}
/** Forget what the cache says of `interpreter` (the trainer found other versions than the probe). */
async function forgetProbe(params) {
    const path = params.cachePath ?? probeCachePath(params.env);
    const entries = await readEntries(path);
    if (!entries.some((entry) => entry.interpreter === params.interpreter))
        return;
    await (0,atomic_write/* writeJsonAtomic */.ZJ)(path, { schema: PROBE_CACHE_SCHEMA, entries: entries.filter((entry) => entry.interpreter !== params.interpreter) }).catch(() => undefined);
}


/***/ }),

/***/ 52248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ pythonScriptPath),
/* harmony export */   y: () => (/* binding */ identifyPythonScript)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





/** Where this module's own file is: dist/<bundle>/ once bundled, src/trainers/transformers/ when run from source. */
const here = () => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
/**
 * The shipped script's path. scripts/build.mjs copies the scripts to dist/<bundle>/python/ next to each bundle
 * (the Action and the CLI); run from source they sit beside this file.
 */
async function pythonScriptPath(name) {
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here(), 'python', name), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here(), name)];
    for (const path of candidates) {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined))?.isFile())
            return path;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StepError */ .zg(`${name} is missing from this installation (looked in ${candidates.join(', ')}): reinstall model-experiments`);
}
/** The script's path and the sha256 of its bytes (the trainer's identity in the train key). */
async function identifyPythonScript(name) {
    const path = await pythonScriptPath(name);
    return { path, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path)).digest('hex') };
}


/***/ })

};

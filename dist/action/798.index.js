export const id = 798;
export const ids = [798];
export const modules = {

/***/ 6798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainWithCommand: () => (/* binding */ trainWithCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/disk-errors.ts
var disk_errors = __webpack_require__(64652);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
;// CONCATENATED MODULE: ./src/trainers/command/read-metrics.ts

/**
 * The metrics a trainer left in ME_METRICS_FILE: a JSON object whose number values are kept. The file is optional,
 * and a bad one costs the metrics, not the training (the model is there and verified), so problems are warnings.
 */
async function readMetrics(params) {
    const read = await (0,read_json/* readJsonObject */.o)(params.path);
    if (read.kind === 'missing')
        return {};
    if (read.kind === 'corrupted') {
        params.reporter.warning(`ME_METRICS_FILE ${read.reason}: no metrics recorded (write a JSON object such as {"eval_loss": 0.41})`);
        return {};
    }
    const metrics = {};
    const ignored = [];
    for (const [name, value] of Object.entries(read.value)) {
        if (typeof value === 'number' && Number.isFinite(value))
            metrics[name] = value;
        else
            ignored.push(name);
    }
    if (ignored.length > 0)
        params.reporter.info(`ME_METRICS_FILE: ignored ${ignored.join(', ')} (only finite numbers are recorded as metrics)`);
    return metrics;
}

// EXTERNAL MODULE: ./src/trainers/command/run-supervised.ts + 3 modules
var run_supervised = __webpack_require__(99539);
;// CONCATENATED MODULE: ./src/trainers/command/trainer-env.ts
/** The `--run` contract: what ME_CONFIG holds (snake_case, as Python trainers name things). */
function trainerConfig(params) {
    const { run, metricsFile } = params;
    const p = run.parameters;
    return {
        model_name: run.modelName,
        model_path: run.modelPath ?? null,
        train_data: run.trainData,
        val_data: run.valData,
        output_dir: run.stagingDir,
        metrics_file: metricsFile,
        epochs: p.epochs,
        batch_size: p.batchSize,
        learning_rate: p.learningRate,
        warmup_steps: p.warmupSteps,
        save_steps: p.saveSteps,
        logging_steps: p.loggingSteps,
        eval_steps: p.evalSteps,
        max_length: p.maxLength,
        gradient_accumulation_steps: p.gradientAccumulationSteps,
        fp16: p.fp16,
        seed: p.seed,
    };
}
/**
 * The trainer's environment: ours, minus any ME_* variables inherited from outside (so a stale one cannot
 * masquerade as a parameter), plus every parameter as ME_<NAME> and the paths of ME_CONFIG and ME_METRICS_FILE.
 */
function trainerEnv(params) {
    const env = {};
    for (const [name, value] of Object.entries(params.base)) {
        if (value !== undefined && !name.startsWith('ME_'))
            env[name] = value;
    }
    const { config } = params;
    Object.assign(env, {
        ME_MODEL_NAME: config.model_name,
        ME_MODEL_PATH: config.model_path ?? '',
        ME_TRAIN_DATA: config.train_data,
        ME_VAL_DATA: config.val_data,
        ME_OUTPUT_DIR: config.output_dir,
        ME_EPOCHS: String(config.epochs),
        ME_BATCH_SIZE: String(config.batch_size),
        ME_LEARNING_RATE: String(config.learning_rate),
        ME_WARMUP_STEPS: String(config.warmup_steps),
        ME_SAVE_STEPS: String(config.save_steps),
        ME_LOGGING_STEPS: String(config.logging_steps),
        ME_EVAL_STEPS: String(config.eval_steps),
        ME_MAX_LENGTH: String(config.max_length),
        ME_GRADIENT_ACCUMULATION_STEPS: String(config.gradient_accumulation_steps),
        ME_FP16: String(config.fp16),
        ME_SEED: String(config.seed),
        ME_CONFIG: params.configFile,
        ME_METRICS_FILE: config.metrics_file,
    });
    return env;
}

;// CONCATENATED MODULE: ./src/trainers/command/train-with-command.ts









/** Why a shell exit code usually happens, to put next to it. */
function exitHint(code) {
    if (code === 127)
        return ' (command not found: check the --run command and PATH)';
    if (code === 126)
        return ' (command not executable: check its permissions)';
    if (code > 128) {
        const name = Object.entries(external_node_os_.constants.signals).find(([, number]) => number === code - 128)?.[0];
        if (name)
            return ` (128+${code - 128}: killed by ${name})`;
    }
    return '';
}
/**
 * One run of a `--run` command (see command-trainer.ts): its own module, loaded only when a run trains, so that
 * a cache hit loads none of the process supervision.
 */
async function trainWithCommand(params) {
    const { command, env, cwd, run } = params;
    // Config and metrics live beside the staging dir (in the same run dir) so the staging dir holds only what
    // the trainer made, and a killed run's leftovers are swept with its run dir instead of piling up in TMPDIR.
    const scratch = (0,external_node_path_.join)((0,external_node_path_.dirname)(run.stagingDir), 'trainer');
    await (0,promises_.mkdir)(scratch, { recursive: true });
    try {
        const metricsFile = (0,external_node_path_.join)(scratch, 'metrics.json');
        const configFile = (0,external_node_path_.join)(scratch, 'config.json');
        const config = trainerConfig({ run, metricsFile });
        await (0,atomic_write/* writeJsonAtomic */.ZJ)(configFile, config);
        run.reporter.info(`Running trainer: ${command}`);
        const exit = await (0,run_supervised/* runSupervised */._)({
            command,
            env: trainerEnv({ base: env, config, configFile }),
            cwd,
            onLine: (line) => run.reporter.info(line),
            signal: run.signal,
            graceMs: params.killGraceMs,
        });
        if (exit.stopped && run.signal.reason instanceof Error)
            throw run.signal.reason;
        // Look before the staging dir is cleaned up: afterwards the space is free again and the cause invisible.
        if ((exit.signal || exit.code !== 0) && (await (0,disk_errors/* diskIsFull */.J)(run.stagingDir))) {
            throw Object.assign(new errors/* StepError */.zg(`Trainer command failed with the disk full (ENOSPC)`), { code: 'ENOSPC' });
        }
        if (exit.signal)
            throw new errors/* StepError */.zg(`Trainer command was killed by ${exit.signal}`);
        if (exit.code !== 0)
            throw new errors/* StepError */.zg(`Trainer command exited with code ${exit.code}${exitHint(exit.code ?? 0)}; see its output above`);
        return { metrics: await readMetrics({ path: metricsFile, reporter: run.reporter }), history: [] };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ })

};

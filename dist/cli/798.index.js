export const id = 798;
export const ids = [798];
export const modules = {

/***/ 49109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ runSupervised)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/trainers/command/output-lines.ts
/** Longest partial line kept before it is shown anyway (a trainer printing without newlines must not grow memory). */
const MAX_PENDING = 64 * 1024;
/**
 * Turns a trainer's output stream into whole lines for the log. Progress bars (tqdm and friends) redraw with
 * "\r" and no newline when not on a terminal: only the newest redraw is kept, and `flushProgress` shows it,
 * so a log gets a periodic progress line instead of nothing until the epoch ends, or every redraw.
 */
function createLineSplitter(onLine) {
    let pending = '';
    let shownProgress = '';
    const emit = (line) => {
        const text = line.replace(/\s+$/, '');
        if (text !== '')
            onLine(text);
    };
    const latestRedraw = (text) => {
        const trimmed = text.replace(/\r+$/, '');
        return trimmed.slice(trimmed.lastIndexOf('\r') + 1);
    };
    return {
        push(chunk) {
            pending += chunk;
            let newline;
            while ((newline = pending.indexOf('\n')) !== -1) {
                emit(latestRedraw(pending.slice(0, newline)));
                pending = pending.slice(newline + 1);
                shownProgress = '';
            }
            if (pending.includes('\r'))
                pending = `\r${latestRedraw(pending)}`;
            if (pending.length > MAX_PENDING) {
                emit(pending);
                pending = '';
            }
        },
        /** Show the newest progress redraw, if it changed since last shown. */
        flushProgress() {
            const current = latestRedraw(pending);
            if (pending.includes('\r') && current !== shownProgress) {
                shownProgress = current;
                emit(current);
            }
        },
        /** The stream ended: show what is left. */
        end() {
            emit(latestRedraw(pending));
            pending = '';
        },
    };
}

;// CONCATENATED MODULE: ./src/trainers/command/wrapper-source.ts
/**
 * The supervisor that sits between us and a `--run` trainer, run as `node -e WRAPPER_SOURCE <command> <graceMs>`
 * in a session of its own. Plain JavaScript in a string so it needs no file next to the bundle.
 *
 * Why it exists: a trainer must never outlive the CLI/Action that started it, even when that process is killed
 * with SIGKILL (which it cannot handle). Linux offers no portable parent-death signal for a shell pipeline, but a
 * pipe does the job: the wrapper's stdin is a pipe whose only writer is the parent, so the parent's death (any
 * signal, OOM, crash) is an EOF here. On EOF, on "stop" from the parent, or on SIGINT/SIGTERM/SIGHUP, the wrapper
 * sends SIGTERM to the trainer's whole process group and SIGKILL after the grace period.
 *
 * The trainer runs through /bin/sh in its own process group, so one kill reaches the shell, the interpreter and
 * any workers it forked. When the shell exits, whatever it left in its group is killed too (when stopping, once
 * the grace period is over), so nothing keeps writing into the staging dir after we move it into place. The
 * wrapper then exits with the shell's exit code, or dies by the same signal, so the parent sees what happened.
 *
 * The wrapper itself starts without the user's NODE_OPTIONS (a --require hook or --inspect meant for a Node trainer
 * must not run in it); it hands them back to the trainer from MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS.
 *
 * On Windows there are no process groups and no SIGTERM: the command runs through `sh` from PATH (Git for
 * Windows', which GitHub's Windows runners have, so `$ME_OUTPUT_DIR` means the same), and stopping ends the shell's
 * whole process tree at once with `taskkill /T /F` (no grace period: a Windows console process cannot be asked to
 * stop). What the trainer leaves running after its shell exited on its own is out of reach there (taskkill finds a
 * tree through a parent that is still alive).
 */
const WRAPPER_SOURCE = String.raw `'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { constants } = require('node:os');
const command = process.argv[1];
const graceMs = Number(process.argv[2]) || 5000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const env = { ...process.env };
if ('MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS' in env) env.NODE_OPTIONS = env.MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS;
delete env.MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS;
const windows = process.platform === 'win32';
const shell = windows ? 'sh' : '/bin/sh';
const child = spawn(shell, ['-c', command], { stdio: ['ignore', 'inherit', 'inherit'], detached: !windows, windowsHide: true, env });
const killTree = () => {
  try { spawnSync('taskkill', ['/PID', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }); } catch {}
};
const signalGroup = (name) => {
  if (windows) return;
  try { process.kill(-child.pid, name); } catch {}
};
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  if (windows) return killTree();
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), graceMs).unref();
};
process.stdin.on('data', (data) => { if (String(data).includes('stop')) stop(); });
process.stdin.on('end', stop);
process.stdin.on('error', stop);
for (const name of STOP_SIGNALS) process.on(name, stop);
child.on('error', (error) => {
  const hint = windows ? ' (on Windows, --run runs through sh: put the bin directory of Git for Windows on PATH)' : '';
  process.stderr.write('cannot start ' + shell + ': ' + error.message + hint + '\n');
  process.exit(127);
});
const groupAlive = () => {
  if (windows) return false;
  try { process.kill(-child.pid, 0); return true; } catch { return false; }
};
child.on('exit', (code, signal) => {
  const finish = () => {
    signalGroup('SIGKILL');
    if (signal) {
      for (const name of STOP_SIGNALS) process.removeAllListeners(name);
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(128 + (constants.signals[signal] || 0)), 1000);
      return;
    }
    process.exit(code === null ? 1 : code);
  };
  if (!stopping) return finish();
  // Stopping: the shell died of SIGTERM at once, but the trainer under it may still be running its handler
  // (saving a checkpoint, writing a log): let the group finish within the grace period before killing it.
  const deadline = Date.now() + graceMs + 1000;
  const poll = setInterval(() => {
    if (groupAlive() && Date.now() < deadline) return;
    clearInterval(poll);
    finish();
  }, 50);
});
`;

;// CONCATENATED MODULE: ./src/trainers/command/run-supervised.ts




/** How often a pending progress redraw is shown in the log. */
const PROGRESS_EVERY_MS = 10_000;
/** After the trainer exits, how long its output pipes may stay open (held by a process that escaped its group). */
const DRAIN_MS = 5_000;
/** The wrapper runs without the user's NODE_OPTIONS, which it hands back to the trainer (see wrapper-source.ts). */
function wrapperEnv(env) {
    const { NODE_OPTIONS, ...rest } = env;
    return NODE_OPTIONS === undefined ? rest : { ...rest, MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS: NODE_OPTIONS };
}
/**
 * Run a shell command under the wrapper (see wrapper-source.ts): in its own process group, its output as lines,
 * stopped on `signal`, and never outliving this process.
 */
function runSupervised(params) {
    const { command, env, cwd, onLine, signal } = params;
    return new Promise((resolve, reject) => {
        const wrapper = (0,external_node_child_process_.spawn)(process.execPath, ['-e', WRAPPER_SOURCE, command, String(params.graceMs ?? 5000)], {
            cwd,
            env: wrapperEnv(env),
            stdio: ['pipe', 'pipe', 'pipe'],
            // Its own session: a signal sent to our process group (a terminal's Ctrl-C, `kill -9 -pgid`) does not take
            // the wrapper down with us before it has stopped the trainer. (On Windows `detached` means a console of its
            // own instead: the wrapper shares ours, and its Ctrl-C handler ends the trainer's tree.)
            detached: process.platform !== 'win32',
            windowsHide: true,
        });
        // One splitter per stream: a progress redraw on stderr must not glue onto a line printed on stdout.
        const splitters = [wrapper.stdout, wrapper.stderr].map((stream) => {
            const splitter = createLineSplitter(onLine);
            const decoder = new external_node_string_decoder_.StringDecoder('utf8');
            stream.on('data', (chunk) => splitter.push(decoder.write(chunk)));
            return splitter;
        });
        const progressTimer = setInterval(() => splitters.forEach((splitter) => splitter.flushProgress()), PROGRESS_EVERY_MS);
        let stopped = false;
        const stop = () => {
            stopped = true;
            wrapper.stdin.write('stop\n');
        };
        wrapper.stdin.on('error', () => undefined);
        if (signal?.aborted)
            stop();
        else
            signal?.addEventListener('abort', stop, { once: true });
        let exit;
        let drainTimer;
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            clearInterval(progressTimer);
            clearTimeout(drainTimer);
            signal?.removeEventListener('abort', stop);
            splitters.forEach((splitter) => splitter.end());
            wrapper.stdin.destroy();
            resolve({ code: exit?.code ?? null, signal: exit?.signal ?? null, stopped });
        };
        wrapper.on('error', (error) => {
            clearInterval(progressTimer);
            signal?.removeEventListener('abort', stop);
            reject(error);
        });
        wrapper.on('exit', (code, exitSignal) => {
            exit = { code, signal: exitSignal };
            drainTimer = setTimeout(() => {
                wrapper.stdout.destroy();
                wrapper.stderr.destroy();
                finish();
            }, DRAIN_MS);
        });
        wrapper.on('close', (code, closeSignal) => {
            exit ??= { code, signal: closeSignal };
            finish();
        });
    });
}


/***/ }),

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

// EXTERNAL MODULE: ./src/trainers/command/run-supervised.ts + 2 modules
var run_supervised = __webpack_require__(49109);
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

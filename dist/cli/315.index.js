export const id = 315;
export const ids = [315];
export const modules = {

/***/ 26315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainCommand: () => (/* binding */ trainCommand)
/* harmony export */ });
/* harmony import */ var _core_step_result_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3779);
/* harmony import */ var _steps_train_interrupt_signal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86654);
/* harmony import */ var _steps_train_fetch_base_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96618);
/* harmony import */ var _steps_train_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53604);
/* harmony import */ var _steps_train_train_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94708);
/* harmony import */ var _report_step_records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62401);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7997);
/* harmony import */ var _train_setup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(990);









const usage = 'model-experiments train';
const flagName = (name) => `--${name}`;
const trainCommand = {
    help: `Usage: ${usage} --model-name <name> --train-data <file> --val-data <file> --output-dir <dir> [--run "<command>" | --trainer transformers] [options]

  --model-name <name>     base model (Hub repo id), e.g. distilbert-base-uncased
  --model-path <dir>      the base model's local dir (from model download; its revision joins the key)
  --train-data <file>     training JSONL, one JSON object per line
  --val-data <file>       validation JSONL
  --output-dir <dir>      where the trained model and training_metadata.json go (replaced only on success)
  --epochs <n>            default 3
  --batch-size <n>        default 16
  --learning-rate <x>     default 5e-5 (the built-in trainer: 1e-2)
  --warmup-steps <n>      default 0
  --save-steps <n>        default 500
  --logging-steps <n>     default 50
  --eval-steps <n>        default 500
  --max-length <n>        default 128
  --gradient-accumulation-steps <n>  default 1
  --fp16                  mixed precision (default off)
  --seed <n>              default 42
  --run "<command>"       the trainer, run through /bin/sh (sh on Windows) with ME_* variables (see docs/training.md, the --run contract).
                          Without it the built-in CPU trainer fits a linear head on the base model's frozen ONNX
                          export (onnx/model.onnx), on whitened features; its own default --learning-rate is 1e-2
                          (docs/BUILTIN-TRAINER.md)
  --trainer <name>        builtin (the default without --run) or transformers: fine-tune the whole model with
                          Hugging Face's Trainer (torch + transformers in --python), as the seed did; a cache hit
                          starts no Python (docs/TRANSFORMERS-TRAINER.md). Fine-tuning a small model wants a larger
                          --learning-rate than 5e-5, e.g. 1e-3
  --python <interpreter>  transformers trainer: the Python to run it with (default python3), e.g. .venv/bin/python
  --key-files <glob>      more files whose content joins the key, relative to the working directory (repeatable),
                          e.g. 'src/**/*.py', requirements.txt; a glob that matches nothing is an error
  --key-env <NAME>        an environment variable whose value joins the key, hashed, never printed (repeatable)
  --text-column <name>    built-in and transformers trainers: the JSONL column holding the text (default text)
  --label-column <name>   built-in and transformers trainers: the JSONL column holding the label, integer or string
                          (default label)
  --force                 train again even when the cache is valid
  --token <hf_...>        passed to the trainer as HF_TOKEN (default: HF_TOKEN); masked in all output
  --hub-url <url>         passed to the trainer as HF_ENDPOINT
  --offline               passed to the trainer as HF_HUB_OFFLINE=1
  --json                  print one JSON object with the result on stdout

The dataset files, the files the --run command names (e.g. train.py) and --key-files are identified by content:
a fresh checkout (new mtimes, same bytes) is still a cache hit; an edited train.py is a miss that names it.
${_run_options_js__WEBPACK_IMPORTED_MODULE_6__/* .CACHE_OPTIONS_HELP */ .AA}`,
    async run({ argv, env, cwd, reporter, secrets }) {
        const values = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)({ argv, usage, options: _train_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .TRAIN_OPTIONS */ .SS });
        const request = (0,_steps_train_train_request_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTrainRequest */ .T)({ ...(0,_train_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .trainInputsFromValues */ .SN)(values, cwd), flagName });
        const { trainer, options, connection } = await (0,_train_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .trainRuntimeFromValues */ .fb)({ values, env, cwd, reporter, secrets });
        const result = await (0,_steps_train_interrupt_signal_js__WEBPACK_IMPORTED_MODULE_0__/* .withInterruptSignal */ .qy)(async (signal) => {
            const ready = await (0,_steps_train_fetch_base_model_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchBaseModelIfNeeded */ .PP)({ request, trainer, connection, options, flagName });
            return (0,_steps_train_train_js__WEBPACK_IMPORTED_MODULE_2__/* .runTrain */ .M)({ request: ready, trainer, options, flagName, signal });
        });
        const json = (0,_core_step_result_js__WEBPACK_IMPORTED_MODULE_8__/* .resultToJson */ .h)(result);
        // What a training measured, under its key (a sweep report ranks cells by it), and the branch's latest result,
        // where the run saves. Only a training records: a hit's result was recorded by the run that trained it.
        if (options.saveToTiers !== false && result.source === 'trained')
            await (0,_report_step_records_js__WEBPACK_IMPORTED_MODULE_4__/* .recordStepResultOf */ .Ei)({ result: json, tiers: options.tiers ?? [], branch: (0,_report_step_records_js__WEBPACK_IMPORTED_MODULE_4__/* .branchOf */ .W0)(env), workspace: cwd, reporter });
        return { json, wantsJson: values.json === true };
    },
};


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


/***/ })

};

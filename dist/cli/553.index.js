export const id = 553;
export const ids = [553];
export const modules = {

/***/ 59553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   modelDownloadCommand: () => (/* binding */ modelDownloadCommand)
/* harmony export */ });
/* harmony import */ var _core_step_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3779);
/* harmony import */ var _steps_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32156);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/* harmony import */ var _hub_from_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98707);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94587);





const usage = 'model-experiments model download';
const modelDownloadCommand = {
    help: `Usage: ${usage} --name <repo-id> --output-dir <dir> [options]

  --name <repo-id>        Hub model repo, e.g. bert-base-uncased or org/name
  --output-dir <dir>      where the files and model_metadata.json go
  --revision <rev>        branch, tag or commit sha (default: main)
  --include <glob>        download only matching files (repeatable)
  --exclude <glob>        skip matching files (repeatable)
  --force                 download again even when the cache is valid
  --offline               never use the network (also HF_HUB_OFFLINE=1)
  --token <hf_...>        Hub token (default: HF_TOKEN)
  --hub-url <url>         Hub base URL (default: HF_ENDPOINT or https://huggingface.co)
  --json                  print one JSON object with the result on stdout
${_run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .CACHE_OPTIONS_HELP */ .AA}`,
    async run({ argv, env, reporter, secrets }) {
        const values = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)({
            argv,
            usage,
            options: {
                ..._args_js__WEBPACK_IMPORTED_MODULE_1__/* .hubOptions */ .I2,
                ..._run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheOptions */ .rT,
                name: { type: 'string' },
                'output-dir': { type: 'string' },
                revision: { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
            },
        });
        const request = (0,_steps_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelDownloadRequest */ .SN)({
            name: values.name,
            outputDir: values['output-dir'],
            revision: values.revision,
            include: values.include,
            exclude: values.exclude,
        });
        const connection = (0,_hub_from_args_js__WEBPACK_IMPORTED_MODULE_2__/* .hubConnectionFromArgs */ .r)({ values, env, reporter, secrets });
        const result = await (0,_steps_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_0__/* .runModelDownload */ .DQ)({ request, connection, options: (0,_run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .runOptionsFromArgs */ .Tb)({ values, env, reporter }) });
        return { json: (0,_core_step_result_js__WEBPACK_IMPORTED_MODULE_4__/* .resultToJson */ .h)(result), wantsJson: values.json === true };
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

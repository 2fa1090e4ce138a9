export const id = 91;
export const ids = [91];
export const modules = {

/***/ 3324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ classificationMetrics)
/* harmony export */ });
/** Metrics of logits rows [n, labels] against target ids; `labelNames[i]` names label id i. */
function classificationMetrics(params) {
    const { logits, targets, labelNames } = params;
    const numLabels = labelNames.length;
    const examples = targets.length;
    const truePositive = new Array(numLabels).fill(0);
    const predicted = new Array(numLabels).fill(0);
    const actual = new Array(numLabels).fill(0);
    let correct = 0;
    let loss = 0;
    for (let row = 0; row < examples; row++) {
        const offset = row * numLabels;
        let best = 0;
        let max = -Infinity;
        for (let label = 0; label < numLabels; label++) {
            if (logits[offset + label] > max) {
                max = logits[offset + label];
                best = label;
            }
        }
        let total = 0;
        for (let label = 0; label < numLabels; label++)
            total += Math.exp(logits[offset + label] - max);
        const target = targets[row];
        loss += Math.log(total) - (logits[offset + target] - max);
        predicted[best]++;
        actual[target]++;
        if (best === target) {
            correct++;
            truePositive[best]++;
        }
    }
    const perLabel = {};
    labelNames.forEach((name, label) => {
        const precision = predicted[label] > 0 ? truePositive[label] / predicted[label] : 0;
        const recall = actual[label] > 0 ? truePositive[label] / actual[label] : 0;
        perLabel[name] = { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, support: actual[label] };
    });
    return { examples, accuracy: examples > 0 ? correct / examples : 0, loss: examples > 0 ? loss / examples : 0, perLabel };
}


/***/ }),

/***/ 91405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ labelVocabulary),
/* harmony export */   Z: () => (/* binding */ readLabeledExamples)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20044);





/**
 * Read a JSONL file of {text, label} objects (column names configurable). Labels may be integers or strings.
 * Every problem names the file, the line and what to change.
 */
async function readLabeledExamples(params) {
    const { path, textColumn, labelColumn, flag } = params;
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${flag} ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(path)} is not a file: give a JSONL file with one {"${textColumn}": ..., "${labelColumn}": ...} object per line`);
    const texts = [];
    const labels = [];
    let integerLabels = true;
    let lineNumber = 0;
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
        lineNumber++;
        if (line.trim() === '')
            continue;
        const where = `${path}:${lineNumber}`;
        let row;
        try {
            row = JSON.parse(line);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} is not valid JSON: give one JSON object per line`);
        }
        if (row === null || typeof row !== 'object' || Array.isArray(row))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} is not a JSON object: give one {"${textColumn}": ..., "${labelColumn}": ...} object per line`);
        const record = row;
        const columns = Object.keys(record).join(', ') || '(none)';
        const text = record[textColumn];
        if (typeof text !== 'string') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(text === undefined
                ? `${where} has no "${textColumn}" column (columns: ${columns}): set --text-column to the column holding the text`
                : `${where}: "${textColumn}" is not a string: the text column must hold text`);
        }
        const label = record[labelColumn];
        if (label === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} has no "${labelColumn}" column (columns: ${columns}): set --label-column to the column holding the label`);
        if (typeof label === 'number' && Number.isInteger(label))
            labels.push(String(label));
        else if (typeof label === 'string' && label !== '') {
            labels.push(label);
            integerLabels = false;
        }
        else {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: label ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(JSON.stringify(label) ?? String(label))} is neither an integer nor a non-empty string: fix the data or choose another --label-column`);
        }
        texts.push(text);
    }
    if (texts.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${flag} ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(path)} holds no examples: give a JSONL file with at least one line`);
    return { texts, labels, integerLabels };
}
/** The label vocabulary in a fixed order (numeric for integer labels, else by code point), so ids never depend on row order. */
function labelVocabulary(examples) {
    const distinct = [...new Set(examples.labels)];
    return examples.integerLabels ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct.sort();
}


/***/ }),

/***/ 16072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ loadOnnxRuntime)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/trainers/builtin/onnxruntime-platforms.ts

/**
 * The platforms dist/ ships onnxruntime-node's CPU binding for (scripts/build.mjs copies exactly these), as
 * `${process.platform}/${process.arch}`: the directory under dist/bin/napi-v6/ the bundle loads it from.
 * linux/arm64 covers Graviton and most self-hosted aarch64 GPU machines; darwin/arm64 the macos-14+ runners.
 */
const ONNXRUNTIME_PLATFORMS = ['linux/x64', 'linux/arm64', 'darwin/arm64'];
/**
 * Refuse, with what to do instead, a platform dist/ has no onnxruntime for, before the bundle's
 * require('../bin/napi-v6/<platform>/<arch>/onnxruntime_binding.node') fails with "Cannot find module".
 */
function checkOnnxRuntimePlatform(params) {
    const here = `${params.platform}/${params.arch}`;
    if (ONNXRUNTIME_PLATFORMS.includes(here))
        return;
    const instead = params.platform === 'win32'
        ? 'train with --run (your own trainer command; the run input in the Action), or run this step on a Linux or macOS runner'
        : 'train with --run (your own trainer command; the run input in the Action), or use a linux/x64, linux/arm64 or macOS arm64 machine';
    throw new errors/* StepError */.zg(`The built-in trainer and evaluate need onnxruntime, which is shipped for ${ONNXRUNTIME_PLATFORMS.join(', ')}, not for ${here}: ${instead}`);
}

;// CONCATENATED MODULE: ./src/trainers/builtin/load-onnxruntime.ts


let loading;
/**
 * onnxruntime-node, loaded on first use: its native library costs ~100 ms at start-up, which every cache hit
 * of every step would otherwise pay, and a process that loaded it without using it can crash on exit.
 *
 * Since 1.29 the Linux/macOS library starts Microsoft's 1DS telemetry with its first session, which tries an upload
 * and leaves an empty /tmp/mat-debug-<pid>.log behind (the SDK's debug log; dozens pile up on a self-hosted runner).
 * ORT_DISABLE_TELEMETRY=1, read once when that happens, creates none of it; a value the user set is kept.
 */
function loadOnnxRuntime() {
    process.env.ORT_DISABLE_TELEMETRY ??= '1';
    loading ??= (async () => {
        // The binding is picked by process.platform/arch (onnxruntime-node's own require, kept by the bundle).
        checkOnnxRuntimePlatform({ platform: process.platform, arch: process.arch });
        let module;
        try {
            module = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.t.bind(__webpack_require__, 30701, 23));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            throw new errors/* StepError */.zg(`onnxruntime for ${process.platform}/${process.arch} could not be loaded (${reason}): reinstall the Action or CLI (its dist/bin/ must be complete)`, { cause: error });
        }
        const namespace = module;
        return typeof namespace.InferenceSession === 'function' ? namespace : namespace.default;
    })();
    return loading;
}


/***/ }),

/***/ 25632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ax: () => (/* binding */ composeClassifier),
/* harmony export */   dB: () => (/* binding */ LOGITS_OUTPUT),
/* harmony export */   sk: () => (/* binding */ POOLED_OUTPUT)
/* harmony export */ });
/* unused harmony export readEncoderInfo */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70474);
/* harmony import */ var _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63935);



const POOLED_OUTPUT = 'pooled_embedding';
const LOGITS_OUTPUT = 'logits';
const HIDDEN_OUTPUT = 'last_hidden_state';
const PREFIX = 'model_experiments/';
function parseEncoder(model, source) {
    let modelFields;
    let graphFields;
    try {
        modelFields = (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(model);
        const graph = modelFields.find((field) => field.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelField */ .CD.Graph && field.bytes);
        if (!graph?.bytes)
            throw new Error('no graph');
        graphFields = (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(graph.bytes);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} is not a readable ONNX model (${error instanceof Error ? error.message : String(error)}): give a valid ONNX export`);
    }
    const names = (field) => graphFields.filter((entry) => entry.field === field && entry.bytes).map((entry) => (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)((0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(entry.bytes).find((f) => f.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueInfoField */ .Cb.Name)) ?? '');
    const inputs = names(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Input);
    const outputs = names(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Output);
    let opset = 0;
    for (const entry of modelFields.filter((field) => field.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelField */ .CD.OpsetImport && field.bytes)) {
        const fields = (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(entry.bytes);
        const domain = (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)(fields.find((f) => f.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .OpsetField */ .gw.Domain)) ?? '';
        if (domain === '' || domain === 'ai.onnx')
            opset = Number(fields.find((f) => f.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .OpsetField */ .gw.Version)?.varint ?? 0n);
    }
    if (opset < 8)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} uses ONNX opset ${opset || '(none)'}; the built-in trainer needs opset 8 or newer: re-export the model with a recent exporter`);
    if (!inputs.includes('input_ids') || !inputs.includes('attention_mask')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} has inputs ${inputs.join(', ') || '(none)'}; the built-in trainer needs an encoder with input_ids and attention_mask`);
    }
    const hiddenOutput = outputs.includes(HIDDEN_OUTPUT) ? HIDDEN_OUTPUT : outputs[0];
    if (!hiddenOutput)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} declares no outputs: give an encoder export whose output is last_hidden_state`);
    return { modelFields, graphFields, info: { inputs, outputs, hiddenOutput, hiddenSize: hiddenSizeOf(graphFields, hiddenOutput), opset } };
}
/** The last dim of the hidden output, when it is a number (exports usually declare it). */
function hiddenSizeOf(graphFields, output) {
    for (const entry of graphFields.filter((field) => field.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Output && field.bytes)) {
        const valueInfo = (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(entry.bytes);
        if ((0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOf */ .Je)(valueInfo.find((f) => f.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueInfoField */ .Cb.Name)) !== output)
            continue;
        const type = valueInfo.find((f) => f.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueInfoField */ .Cb.Type)?.bytes;
        const tensorType = type && (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(type).find((f) => f.field === 1)?.bytes;
        const shape = tensorType && (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(tensorType).find((f) => f.field === 2)?.bytes;
        const dims = shape ? (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(shape).filter((f) => f.field === 1 && f.bytes) : [];
        const last = dims.at(-1)?.bytes;
        const value = last && (0,_protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .readFields */ .qU)(last).find((f) => f.field === 1)?.varint;
        return value !== undefined && dims.length === 3 ? Number(value) : undefined;
    }
    return undefined;
}
function readEncoderInfo(model, source) {
    return parseEncoder(model, source).info;
}
/**
 * The encoder graph extended with masked mean pooling of its hidden states and, when a head is given, a linear
 * layer: one self-contained model whose only output is `pooled_embedding` [batch, hidden] (no head) or
 * `logits` [batch, labels]. The encoder's own fields are copied byte for byte; only its outputs are replaced.
 */
function composeClassifier(params) {
    const { modelFields, graphFields, info } = parseEncoder(params.encoder, params.source);
    const { head } = params;
    const name = (suffix) => `${PREFIX}${suffix}`;
    const graph = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .MessageWriter */ .HK();
    for (const field of graphFields)
        if (field.field !== _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Output)
            graph.raw(field.raw);
    const node = (opType, inputs, output, attributes) => graph.message(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Node, (0,_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeMessage */ .S8)({ opType, inputs, outputs: [output], name: name(`${opType}_${output.replace(PREFIX, '')}`), attributes }));
    const initializer = (tensorName, dims, data) => graph.message(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Initializer, (0,_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .tensorMessage */ .ht)({ name: tensorName, dims, data }));
    // Everything in float32 whatever the encoder computes in (an fp16 export's hidden states are cast up first).
    node('Cast', ['attention_mask'], name('mask'), { to: { int: _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .TensorType */ .Qp.Float } });
    node('Cast', [info.hiddenOutput], name('hidden'), { to: { int: _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .TensorType */ .Qp.Float } });
    // Reshape keeps one meaning across opsets, unlike Unsqueeze whose axes moved from attribute to input in opset 13.
    initializer(name('mask_shape'), [3], BigInt64Array.from([0n, -1n, 1n]));
    node('Reshape', [name('mask'), name('mask_shape')], name('mask_3d'));
    node('Mul', [name('hidden'), name('mask_3d')], name('masked_hidden'));
    const reduceSum = (input, output, keepdims) => {
        if (info.opset >= 13)
            node('ReduceSum', [input, name('axis_1')], output, { keepdims: { int: keepdims } });
        else
            node('ReduceSum', [input], output, { axes: { ints: [1] }, keepdims: { int: keepdims } });
    };
    if (info.opset >= 13)
        initializer(name('axis_1'), [1], BigInt64Array.from([1n]));
    reduceSum(name('masked_hidden'), name('summed'), 0);
    reduceSum(name('mask'), name('token_count'), 1);
    // sentence-transformers clamps the count the same way, so an all-padding row gives zeros, not NaN.
    initializer(name('min_count'), [], Float32Array.from([1e-9]));
    node('Max', [name('token_count'), name('min_count')], name('safe_count'));
    const hiddenDim = info.hiddenSize ?? 'hidden_size';
    if (!head) {
        node('Div', [name('summed'), name('safe_count')], POOLED_OUTPUT);
        graph.message(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Output, (0,_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfoMessage */ .nT)({ name: POOLED_OUTPUT, elemType: _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .TensorType */ .Qp.Float, dims: ['batch_size', hiddenDim] }));
    }
    else {
        const hidden = head.weight.length / head.numLabels;
        node('Div', [name('summed'), name('safe_count')], name('pooled'));
        // MatMul wants [hidden, labels]: store the transpose of the torch-layout weight.
        const transposed = new Float32Array(head.weight.length);
        for (let label = 0; label < head.numLabels; label++) {
            for (let h = 0; h < hidden; h++)
                transposed[h * head.numLabels + label] = head.weight[label * hidden + h];
        }
        initializer(name('classifier_weight_t'), [hidden, head.numLabels], transposed);
        initializer(name('classifier_bias'), [head.numLabels], head.bias);
        node('MatMul', [name('pooled'), name('classifier_weight_t')], name('projected'));
        node('Add', [name('projected'), name('classifier_bias')], LOGITS_OUTPUT);
        graph.message(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphField */ .xU.Output, (0,_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfoMessage */ .nT)({ name: LOGITS_OUTPUT, elemType: _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .TensorType */ .Qp.Float, dims: ['batch_size', head.numLabels] }));
    }
    const model = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .MessageWriter */ .HK();
    for (const field of modelFields) {
        if (field.field === _onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelField */ .CD.Graph)
            model.message(_onnx_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelField */ .CD.Graph, graph);
        else
            model.raw(field.raw);
    }
    return { model: model.finish(), info };
}


/***/ }),

/***/ 70474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ ModelField),
/* harmony export */   Cb: () => (/* binding */ ValueInfoField),
/* harmony export */   Qp: () => (/* binding */ TensorType),
/* harmony export */   S8: () => (/* binding */ nodeMessage),
/* harmony export */   gw: () => (/* binding */ OpsetField),
/* harmony export */   ht: () => (/* binding */ tensorMessage),
/* harmony export */   nT: () => (/* binding */ valueInfoMessage),
/* harmony export */   xU: () => (/* binding */ GraphField)
/* harmony export */ });
/* harmony import */ var _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63935);

/** Field numbers of onnx.proto (ONNX 1.x; stable since IR version 3). */
const ModelField = { IrVersion: 1, ProducerName: 2, Graph: 7, OpsetImport: 8 };
const GraphField = { Node: 1, Name: 2, Initializer: 5, Input: 11, Output: 12, ValueInfo: 13 };
const ValueInfoField = { Name: 1, Type: 2 };
const OpsetField = { Domain: 1, Version: 2 };
const TensorType = { Float: 1, Int64: 7, Float16: 10 };
const AttributeType = { Float: 1, Int: 2, Ints: 7 };
function nodeMessage(params) {
    const node = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK();
    for (const input of params.inputs)
        node.string(1, input);
    for (const output of params.outputs)
        node.string(2, output);
    node.string(3, params.name).string(4, params.opType);
    for (const [name, value] of Object.entries(params.attributes ?? {})) {
        const attribute = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK().string(1, name);
        if ('int' in value)
            attribute.varint(20, AttributeType.Int).varint(3, value.int);
        else if ('float' in value)
            attribute.varint(20, AttributeType.Float).float(2, value.float);
        else {
            attribute.varint(20, AttributeType.Ints);
            for (const item of value.ints)
                attribute.varint(8, item);
        }
        node.message(5, attribute);
    }
    return node;
}
/** An initializer with its data as little-endian raw_data. */
function tensorMessage(params) {
    const tensor = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK();
    for (const dim of params.dims)
        tensor.varint(1, dim);
    tensor.varint(2, params.data instanceof Float32Array ? TensorType.Float : TensorType.Int64);
    tensor.string(8, params.name);
    tensor.bytes(9, new Uint8Array(params.data.buffer, params.data.byteOffset, params.data.byteLength));
    return tensor;
}
/** A graph input/output declaration: element type and dims (a number, or a symbolic name). */
function valueInfoMessage(params) {
    const shape = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK();
    for (const dim of params.dims)
        shape.message(1, typeof dim === 'number' ? new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK().varint(1, dim) : new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK().string(2, dim));
    const tensorType = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK().varint(1, params.elemType).message(2, shape);
    return new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK().string(ValueInfoField.Name, params.name).message(ValueInfoField.Type, new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_0__/* .MessageWriter */ .HK().message(1, tensorType));
}


/***/ }),

/***/ 63935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ MessageWriter),
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   qU: () => (/* binding */ readFields)
/* harmony export */ });
/* unused harmony export WireType */
/**
 * The few pieces of the protobuf wire format that ONNX graph surgery and tfevents need. Written here rather than
 * taken from protobufjs because we splice a model at the field level: an encoder's initializers (often hundreds of
 * MB) are copied as raw byte ranges and never decoded, which a message-level library cannot do.
 */
const WireType = { Varint: 0, Fixed64: 1, LengthDelimited: 2, Fixed32: 5 };
function readVarint(buffer, start) {
    let value = 0n;
    let shift = 0n;
    let offset = start;
    for (;;) {
        if (offset >= buffer.length)
            throw new Error('truncated protobuf varint');
        const byte = buffer[offset++];
        value |= BigInt(byte & 0x7f) << shift;
        if ((byte & 0x80) === 0)
            return { value, next: offset };
        shift += 7n;
        if (shift > 70n)
            throw new Error('protobuf varint is too long');
    }
}
/** Split a message into its top-level fields, in order. Payloads are views, not copies. */
function readFields(buffer) {
    const fields = [];
    let offset = 0;
    while (offset < buffer.length) {
        const start = offset;
        const tag = readVarint(buffer, offset);
        offset = tag.next;
        const field = Number(tag.value >> 3n);
        const wireType = Number(tag.value & 7n);
        const entry = { field, wireType };
        if (wireType === WireType.Varint) {
            const value = readVarint(buffer, offset);
            entry.varint = value.value;
            offset = value.next;
        }
        else if (wireType === WireType.Fixed64) {
            offset += 8;
        }
        else if (wireType === WireType.Fixed32) {
            offset += 4;
        }
        else if (wireType === WireType.LengthDelimited) {
            const length = readVarint(buffer, offset);
            const end = length.next + Number(length.value);
            if (end > buffer.length)
                throw new Error('truncated protobuf field');
            entry.bytes = buffer.subarray(length.next, end);
            offset = end;
        }
        else {
            throw new Error(`unsupported protobuf wire type ${wireType}`);
        }
        if (offset > buffer.length)
            throw new Error('truncated protobuf field');
        entry.raw = buffer.subarray(start, offset);
        fields.push(entry);
    }
    return fields;
}
function stringOf(field) {
    return field?.bytes ? new TextDecoder().decode(field.bytes) : undefined;
}
function varintBytes(value) {
    // Negative int64 values are encoded as their two's complement in ten bytes, as protobuf does.
    let remaining = BigInt.asUintN(64, BigInt(value));
    const out = [];
    do {
        let byte = Number(remaining & 0x7fn);
        remaining >>= 7n;
        if (remaining !== 0n)
            byte |= 0x80;
        out.push(byte);
    } while (remaining !== 0n);
    return Uint8Array.from(out);
}
/** Builds one message from fields in the order they are added. */
class MessageWriter {
    parts = [];
    tag(field, wireType) {
        this.parts.push(varintBytes((field << 3) | wireType));
    }
    varint(field, value) {
        this.tag(field, WireType.Varint);
        this.parts.push(varintBytes(typeof value === 'boolean' ? (value ? 1 : 0) : value));
        return this;
    }
    bytes(field, value) {
        this.tag(field, WireType.LengthDelimited);
        this.parts.push(varintBytes(value.length), value);
        return this;
    }
    string(field, value) {
        return this.bytes(field, new TextEncoder().encode(value));
    }
    message(field, value) {
        return this.bytes(field, value instanceof MessageWriter ? value.finish() : value);
    }
    double(field, value) {
        this.tag(field, WireType.Fixed64);
        const bytes = new Uint8Array(8);
        new DataView(bytes.buffer).setFloat64(0, value, true);
        this.parts.push(bytes);
        return this;
    }
    float(field, value) {
        this.tag(field, WireType.Fixed32);
        const bytes = new Uint8Array(4);
        new DataView(bytes.buffer).setFloat32(0, value, true);
        this.parts.push(bytes);
        return this;
    }
    /** Copy an already encoded field (tag included) verbatim. */
    raw(bytes) {
        this.parts.push(bytes);
        return this;
    }
    finish() {
        return Buffer.concat(this.parts);
    }
}


/***/ }),

/***/ 71003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dQ: () => (/* binding */ checkTextInputs),
/* harmony export */   sG: () => (/* binding */ runTextModel)
/* harmony export */ });
/* unused harmony export batchFeeds */
/* harmony import */ var _load_onnxruntime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16072);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const SUPPORTED_INPUTS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);
/** Fail early, with the model's own input names, when a graph wants inputs a tokenizer does not give. */
function checkTextInputs(params) {
    const unsupported = params.inputNames.filter((name) => !SUPPORTED_INPUTS.has(name));
    if (unsupported.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${params.source} needs inputs ${unsupported.join(', ')} besides the tokenizer's input_ids/attention_mask/token_type_ids: export the model with only those inputs`);
    }
}
/** The int64 tensors for one batch, padded on the right to its longest sequence. */
function batchFeeds(params) {
    const { ort, sequences, padId, inputNames } = params;
    const width = Math.max(1, ...sequences.map((ids) => ids.length));
    const ids = new BigInt64Array(sequences.length * width).fill(BigInt(padId));
    const mask = new BigInt64Array(sequences.length * width);
    sequences.forEach((sequence, row) => {
        for (let column = 0; column < sequence.length; column++) {
            ids[row * width + column] = BigInt(sequence[column]);
            mask[row * width + column] = 1n;
        }
    });
    const dims = [sequences.length, width];
    const feeds = {};
    for (const name of inputNames) {
        if (name === 'input_ids')
            feeds[name] = new ort.Tensor('int64', ids, dims);
        else if (name === 'attention_mask')
            feeds[name] = new ort.Tensor('int64', mask, dims);
        else if (name === 'token_type_ids')
            feeds[name] = new ort.Tensor('int64', new BigInt64Array(ids.length), dims);
    }
    return feeds;
}
/**
 * Run a text model over tokenized sequences in batches and gather one float row per sequence, in input order.
 * Sequences are batched by length so little time goes into padding; the order is fixed, so runs repeat exactly.
 */
async function runTextModel(params) {
    const { session, sequences, padId, outputName } = params;
    const ort = await (0,_load_onnxruntime_js__WEBPACK_IMPORTED_MODULE_0__/* .loadOnnxRuntime */ .a)();
    const batchSize = params.batchSize ?? 32;
    const order = sequences.map((_, index) => index).sort((a, b) => sequences[a].length - sequences[b].length || a - b);
    let out;
    let width = 0;
    for (let start = 0; start < order.length; start += batchSize) {
        if (params.signal?.aborted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg('Interrupted while running the encoder');
        const rows = order.slice(start, start + batchSize);
        const feeds = batchFeeds({ ort, sequences: rows.map((index) => sequences[index]), padId, inputNames: session.inputNames });
        const result = await session.run(feeds, [outputName]);
        const tensor = result[outputName];
        const data = tensor.data;
        width = Number(tensor.dims[1]);
        out ??= new Float32Array(sequences.length * width);
        rows.forEach((index, row) => out.set(data.subarray(row * width, (row + 1) * width), index * width));
        params.onBatch?.(Math.min(start + batchSize, order.length), order.length);
    }
    return { data: out ?? new Float32Array(0), width };
}


/***/ }),

/***/ 89123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ loadTextTokenizer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _huggingface_tokenizers__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87554);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_read_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52758);





const PAD_CANDIDATES = ['[PAD]', '<pad>', '<|padding|>'];
/**
 * Load tokenizer.json (+ tokenizer_config.json) from `dir` with @huggingface/tokenizers.
 * `maxLength` overrides the config's model_max_length (the trainer's --max-length).
 */
async function loadTextTokenizer(params) {
    const { dir } = params;
    const tokenizerPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'tokenizer.json');
    let tokenizerJson;
    try {
        tokenizerJson = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(tokenizerPath, 'utf8'));
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(missing
            ? `${dir} has no tokenizer.json: the built-in trainer needs the fast tokenizer file that transformers.js-ready repos ship`
            : `${tokenizerPath} is not valid JSON: download the model again`);
    }
    const read = await (0,_core_read_json_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonObject */ .o)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'tokenizer_config.json'));
    const config = read.kind === 'ok' ? read.value : {};
    let tokenizer;
    try {
        tokenizer = new _huggingface_tokenizers__WEBPACK_IMPORTED_MODULE_2__/* .Tokenizer */ ._F(tokenizerJson, config);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${tokenizerPath} could not be loaded (${error instanceof Error ? error.message : String(error)}): use a model whose tokenizer.json the Hub's tokenizers library wrote`);
    }
    const configured = typeof config.model_max_length === 'number' && config.model_max_length > 0 && config.model_max_length < 1e9 ? config.model_max_length : undefined;
    const maxLength = params.maxLength ?? configured ?? 512;
    const padToken = typeof config.pad_token === 'string' ? config.pad_token : PAD_CANDIDATES.find((token) => tokenizer.token_to_id(token) !== undefined);
    const padId = (padToken !== undefined ? tokenizer.token_to_id(padToken) : undefined) ?? 0;
    return {
        // Cut as transformers.js does (keep the first maxLength ids), so a pipeline over the trained dir sees the same tokens.
        encode: (text) => tokenizer.encode(text).ids.slice(0, maxLength),
        padId,
        maxLength,
        config: { ...config, ...(padToken !== undefined && config.pad_token === undefined ? { pad_token: padToken } : {}) },
    };
}


/***/ })

};

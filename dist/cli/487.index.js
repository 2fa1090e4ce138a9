export const id = 487;
export const ids = [487];
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

/***/ 71880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
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
    loading ??= __webpack_require__.e(/* import() */ 701).then(__webpack_require__.t.bind(__webpack_require__, 30701, 23)).then((module) => {
        const namespace = module;
        return typeof namespace.InferenceSession === 'function' ? namespace : namespace.default;
    });
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
/* harmony import */ var _load_onnxruntime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71880);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


const SUPPORTED_INPUTS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);
/** Fail early, with the model's own input names, when a graph wants inputs a tokenizer does not give. */
function checkTextInputs(params) {
    const unsupported = params.inputNames.filter((name) => !SUPPORTED_INPUTS.has(name));
    if (unsupported.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${params.source} needs inputs ${unsupported.join(', ')} besides the tokenizer's input_ids/attention_mask/token_type_ids: export the model with only those inputs`);
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
    const ort = await (0,_load_onnxruntime_js__WEBPACK_IMPORTED_MODULE_1__/* .loadOnnxRuntime */ .a)();
    const batchSize = params.batchSize ?? 32;
    const order = sequences.map((_, index) => index).sort((a, b) => sequences[a].length - sequences[b].length || a - b);
    let out;
    let width = 0;
    for (let start = 0; start < order.length; start += batchSize) {
        if (params.signal?.aborted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg('Interrupted while running the encoder');
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


/***/ }),

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
 */
const WRAPPER_SOURCE = String.raw `'use strict';
const { spawn } = require('node:child_process');
const { constants } = require('node:os');
const command = process.argv[1];
const graceMs = Number(process.argv[2]) || 5000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const env = { ...process.env };
if ('MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS' in env) env.NODE_OPTIONS = env.MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS;
delete env.MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS;
const child = spawn('/bin/sh', ['-c', command], { stdio: ['ignore', 'inherit', 'inherit'], detached: true, env });
const signalGroup = (name) => {
  try { process.kill(-child.pid, name); } catch {}
};
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), graceMs).unref();
};
process.stdin.on('data', (data) => { if (String(data).includes('stop')) stop(); });
process.stdin.on('end', stop);
process.stdin.on('error', stop);
for (const name of STOP_SIGNALS) process.on(name, stop);
child.on('error', (error) => {
  process.stderr.write('cannot start /bin/sh: ' + error.message + '\n');
  process.exit(127);
});
const groupAlive = () => {
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
            // the wrapper down with us before it has stopped the trainer.
            detached: true,
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

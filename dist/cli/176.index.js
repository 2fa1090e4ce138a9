export const id = 176;
export const ids = [176];
export const modules = {

/***/ 82782:
/***/ ((__unused_webpack_module, exports) => {

/*! crc32.js (C) 2014-present SheetJS -- http://sheetjs.com */
/* vim: set ts=2: */
/*exported CRC32C */
var CRC32C;
(function (factory) {
	/*jshint ignore:start */
	/*eslint-disable */
	if(typeof DO_NOT_EXPORT_CRC === 'undefined') {
		if(true) {
			factory(exports);
		} else {}
	} else {
		factory(CRC32C = {});
	}
	/*eslint-enable */
	/*jshint ignore:end */
}(function(CRC32C) {
CRC32C.version = '1.2.2';
/*global Int32Array */
function signed_crc_table() {
	var c = 0, table = new Array(256);

	for(var n =0; n != 256; ++n){
		c = n;
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		c = ((c&1) ? (-2097792136 ^ (c >>> 1)) : (c >>> 1));
		table[n] = c;
	}

	return typeof Int32Array !== 'undefined' ? new Int32Array(table) : table;
}

var T0 = signed_crc_table();
function slice_by_16_tables(T) {
	var c = 0, v = 0, n = 0, table = typeof Int32Array !== 'undefined' ? new Int32Array(4096) : new Array(4096) ;

	for(n = 0; n != 256; ++n) table[n] = T[n];
	for(n = 0; n != 256; ++n) {
		v = T[n];
		for(c = 256 + n; c < 4096; c += 256) v = table[c] = (v >>> 8) ^ T[v & 0xFF];
	}
	var out = [];
	for(n = 1; n != 16; ++n) out[n - 1] = typeof Int32Array !== 'undefined' ? table.subarray(n * 256, n * 256 + 256) : table.slice(n * 256, n * 256 + 256);
	return out;
}
var TT = slice_by_16_tables(T0);
var T1 = TT[0],  T2 = TT[1],  T3 = TT[2],  T4 = TT[3],  T5 = TT[4];
var T6 = TT[5],  T7 = TT[6],  T8 = TT[7],  T9 = TT[8],  Ta = TT[9];
var Tb = TT[10], Tc = TT[11], Td = TT[12], Te = TT[13], Tf = TT[14];
function crc32_bstr(bstr, seed) {
	var C = seed ^ -1;
	for(var i = 0, L = bstr.length; i < L;) C = (C>>>8) ^ T0[(C^bstr.charCodeAt(i++))&0xFF];
	return ~C;
}

function crc32_buf(B, seed) {
	var C = seed ^ -1, L = B.length - 15, i = 0;
	for(; i < L;) C =
		Tf[B[i++] ^ (C & 255)] ^
		Te[B[i++] ^ ((C >> 8) & 255)] ^
		Td[B[i++] ^ ((C >> 16) & 255)] ^
		Tc[B[i++] ^ (C >>> 24)] ^
		Tb[B[i++]] ^ Ta[B[i++]] ^ T9[B[i++]] ^ T8[B[i++]] ^
		T7[B[i++]] ^ T6[B[i++]] ^ T5[B[i++]] ^ T4[B[i++]] ^
		T3[B[i++]] ^ T2[B[i++]] ^ T1[B[i++]] ^ T0[B[i++]];
	L += 15;
	while(i < L) C = (C>>>8) ^ T0[(C^B[i++])&0xFF];
	return ~C;
}

function crc32_str(str, seed) {
	var C = seed ^ -1;
	for(var i = 0, L = str.length, c = 0, d = 0; i < L;) {
		c = str.charCodeAt(i++);
		if(c < 0x80) {
			C = (C>>>8) ^ T0[(C^c)&0xFF];
		} else if(c < 0x800) {
			C = (C>>>8) ^ T0[(C ^ (192|((c>>6)&31)))&0xFF];
			C = (C>>>8) ^ T0[(C ^ (128|(c&63)))&0xFF];
		} else if(c >= 0xD800 && c < 0xE000) {
			c = (c&1023)+64; d = str.charCodeAt(i++)&1023;
			C = (C>>>8) ^ T0[(C ^ (240|((c>>8)&7)))&0xFF];
			C = (C>>>8) ^ T0[(C ^ (128|((c>>2)&63)))&0xFF];
			C = (C>>>8) ^ T0[(C ^ (128|((d>>6)&15)|((c&3)<<4)))&0xFF];
			C = (C>>>8) ^ T0[(C ^ (128|(d&63)))&0xFF];
		} else {
			C = (C>>>8) ^ T0[(C ^ (224|((c>>12)&15)))&0xFF];
			C = (C>>>8) ^ T0[(C ^ (128|((c>>6)&63)))&0xFF];
			C = (C>>>8) ^ T0[(C ^ (128|(c&63)))&0xFF];
		}
	}
	return ~C;
}
CRC32C.table = T0;
// $FlowIgnore
CRC32C.bstr = crc32_bstr;
// $FlowIgnore
CRC32C.buf = crc32_buf;
// $FlowIgnore
CRC32C.str = crc32_str;
}));


/***/ }),

/***/ 82984:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/trainers/builtin/labeled-examples.ts
var labeled_examples = __webpack_require__(91405);
;// CONCATENATED MODULE: ./src/trainers/builtin/locate-encoder.ts



const ENCODER_FILE = 'onnx/model.onnx';
const ENCODER_FP16_FILE = 'onnx/model_fp16.onnx';
const isFile = async (path) => (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() === true;
/**
 * The base model's ONNX export the built-in trainer runs: onnx/model.onnx, or onnx/model_fp16.onnx with --fp16,
 * the layout of the Hub's transformers.js-ready repos. Anything else is an input error that names the ways out.
 */
async function locateEncoder(params) {
    const { modelDir, fp16 } = params;
    const file = fp16 ? ENCODER_FP16_FILE : ENCODER_FILE;
    const path = (0,external_node_path_.join)(modelDir, file);
    if (!(await isFile(path))) {
        const present = (await (0,promises_.readdir)((0,external_node_path_.join)(modelDir, 'onnx')).catch(() => [])).filter((name) => name.endsWith('.onnx')).map((name) => `onnx/${name}`);
        if (fp16 && present.includes(ENCODER_FILE)) {
            throw new errors/* InputError */.dz(`--fp16 asks for ${ENCODER_FP16_FILE}, which ${modelDir} does not have (it has ${present.join(', ')}): drop --fp16, or use a model with an fp16 ONNX export`);
        }
        throw new errors/* InputError */.dz(`${modelDir} has no ONNX export (${file}${present.length > 0 ? `; found ${present.join(', ')}` : ''}): the built-in trainer needs one — use a model that ships an onnx/ folder ` +
            `(as transformers.js-ready repos do), export it (optimum-cli export onnx --model <name> <dir>), or train with --run "<your trainer command>"`);
    }
    for (const suffix of ['_data', '.data']) {
        if (await isFile(`${path}${suffix}`)) {
            throw new errors/* InputError */.dz(`${file} keeps its weights in external data (${file}${suffix}), which the built-in trainer cannot load: use a smaller export with inline weights, or train with --run "<your trainer command>"`);
        }
    }
    return { path, file };
}

// EXTERNAL MODULE: ./src/trainers/builtin/load-onnxruntime.ts
var load_onnxruntime = __webpack_require__(71880);
// EXTERNAL MODULE: ./src/trainers/builtin/onnx/compose-classifier.ts
var compose_classifier = __webpack_require__(25632);
// EXTERNAL MODULE: ./src/trainers/builtin/run-text-model.ts
var run_text_model = __webpack_require__(71003);
// EXTERNAL MODULE: ./src/trainers/builtin/text-tokenizer.ts
var text_tokenizer = __webpack_require__(89123);
;// CONCATENATED MODULE: ./src/trainers/builtin/pooled-encoder.ts






async function openPooledEncoder(params) {
    const tokenizer = await (0,text_tokenizer/* loadTextTokenizer */.$)({ dir: params.modelDir, maxLength: params.maxLength });
    const encoderBytes = await (0,promises_.readFile)(params.encoderPath);
    // Pooling runs inside the graph: onnxruntime hands back [batch, hidden] instead of [batch, tokens, hidden].
    const { model, info } = (0,compose_classifier/* composeClassifier */.ax)({ encoder: encoderBytes, source: params.encoderFile });
    (0,run_text_model/* checkTextInputs */.dQ)({ inputNames: info.inputs, source: params.encoderFile });
    let session;
    try {
        session = await (await (0,load_onnxruntime/* loadOnnxRuntime */.a)()).InferenceSession.create(model);
    }
    catch (error) {
        throw new errors/* StepError */.zg(`onnxruntime could not load ${params.encoderFile}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    return {
        tokenizer,
        info,
        encoderBytes,
        async embed({ texts, signal, onProgress }) {
            const sequences = texts.map((text) => tokenizer.encode(text));
            const { data, width } = await (0,run_text_model/* runTextModel */.sG)({ session, sequences, padId: tokenizer.padId, outputName: compose_classifier/* POOLED_OUTPUT */.sk, batchSize: params.batchSize, signal, onBatch: onProgress });
            return { features: data, hiddenSize: width };
        },
        release: () => session.release(),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/crc-32/crc32c.js
var crc32c = __webpack_require__(82782);
var crc32c_default = /*#__PURE__*/__webpack_require__.n(crc32c);
// EXTERNAL MODULE: ./src/trainers/builtin/onnx/protobuf-wire.ts
var protobuf_wire = __webpack_require__(63935);
;// CONCATENATED MODULE: ./src/trainers/builtin/tfevents-writer.ts
/**
 * TensorBoard event files, written by hand: no npm package writes tfevents without fetching from outside the
 * registry at install. A file is a sequence of TFRecords (u64 length, masked CRC32C of the length, the bytes,
 * masked CRC32C of the bytes), each holding one tensorflow.Event protobuf; the first one names the file version.
 */





/** TFRecord's checksum: CRC32C rotated and offset, so a CRC of data that holds CRCs is not trivially related. */
function maskedCrc32c(data) {
    const crc = crc32c_default().buf(data) >>> 0;
    return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}
function tfRecord(data) {
    const header = Buffer.alloc(12);
    header.writeBigUInt64LE(BigInt(data.length), 0);
    header.writeUInt32LE(maskedCrc32c(header.subarray(0, 8)), 8);
    const footer = Buffer.alloc(4);
    footer.writeUInt32LE(maskedCrc32c(data), 0);
    return Buffer.concat([header, data, footer]);
}
/** tensorflow.Event: wall_time = 1 (double), step = 2 (int64), file_version = 3, summary = 5 (Summary). */
function eventMessage(params) {
    const event = new protobuf_wire/* MessageWriter */.HK().double(1, params.wallTime);
    if (params.step !== undefined)
        event.varint(2, params.step);
    if (params.fileVersion !== undefined)
        event.string(3, params.fileVersion);
    if (params.scalars) {
        // Summary.value = 1; Summary.Value: tag = 1, simple_value = 2 (float).
        const summary = new protobuf_wire/* MessageWriter */.HK();
        for (const [tag, value] of Object.entries(params.scalars))
            summary.message(1, new protobuf_wire/* MessageWriter */.HK().string(1, tag).float(2, value));
        event.message(5, summary);
    }
    return event.finish();
}
/** Create `<logDir>/events.out.tfevents.<seconds>.<host>.<pid>.0` (PyTorch's SummaryWriter naming) and write its version record. */
async function openEventsFile(params) {
    const now = params.now ?? Date.now;
    await (0,promises_.mkdir)(params.logDir, { recursive: true });
    const path = (0,external_node_path_.join)(params.logDir, `events.out.tfevents.${Math.floor(now() / 1000)}.${(0,external_node_os_.hostname)()}.${process.pid}.0`);
    const handle = await (0,promises_.open)(path, 'w');
    await handle.write(tfRecord(eventMessage({ wallTime: now() / 1000, fileVersion: 'brain.Event:2' })));
    return {
        path,
        addScalars: async (step, scalars) => {
            await handle.write(tfRecord(eventMessage({ wallTime: now() / 1000, step, scalars })));
        },
        close: async () => {
            await handle.sync();
            await handle.close();
        },
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/trainers/builtin/adamw.ts
class AdamW {
    parameters;
    decay;
    first;
    second;
    steps = 0;
    beta1;
    beta2;
    epsilon;
    weightDecay;
    /** `decay[i]` says whether parameter tensor i is decayed (weights yes, biases no, as transformers' Trainer does). */
    constructor(parameters, decay, options = {}) {
        this.parameters = parameters;
        this.decay = decay;
        this.first = parameters.map((tensor) => new Float64Array(tensor.length));
        this.second = parameters.map((tensor) => new Float64Array(tensor.length));
        this.beta1 = options.beta1 ?? 0.9;
        this.beta2 = options.beta2 ?? 0.999;
        this.epsilon = options.epsilon ?? 1e-8;
        this.weightDecay = options.weightDecay ?? 0.01;
    }
    step(gradients, learningRate) {
        this.steps++;
        const correction1 = 1 - this.beta1 ** this.steps;
        const correction2 = 1 - this.beta2 ** this.steps;
        this.parameters.forEach((parameter, index) => {
            const gradient = gradients[index];
            const m = this.first[index];
            const v = this.second[index];
            const decayFactor = this.decay[index] ? 1 - learningRate * this.weightDecay : 1;
            for (let i = 0; i < parameter.length; i++) {
                m[i] = this.beta1 * m[i] + (1 - this.beta1) * gradient[i];
                v[i] = this.beta2 * v[i] + (1 - this.beta2) * gradient[i] * gradient[i];
                const update = m[i] / correction1 / (Math.sqrt(v[i] / correction2) + this.epsilon);
                parameter[i] = parameter[i] * decayFactor - learningRate * update;
            }
        });
    }
}

// EXTERNAL MODULE: ./src/trainers/builtin/classification-metrics.ts
var classification_metrics = __webpack_require__(3324);
;// CONCATENATED MODULE: ./src/trainers/builtin/learning-rate-schedule.ts
/**
 * transformers' get_linear_schedule_with_warmup: the rate rises linearly from 0 over `warmupSteps`, then falls
 * linearly to 0 at `totalSteps`. `step` counts optimizer steps already taken (the first update uses step 0).
 */
function linearWarmupDecay(params) {
    const { step, baseRate, warmupSteps, totalSteps } = params;
    if (step < warmupSteps)
        return (baseRate * step) / Math.max(1, warmupSteps);
    return baseRate * Math.max(0, (totalSteps - step) / Math.max(1, totalSteps - warmupSteps));
}

;// CONCATENATED MODULE: ./src/trainers/builtin/feature-whitening.ts
/**
 * A floor under the covariance, relative to the mean feature variance: it caps how far a direction the training
 * data barely spans is stretched (by at most 1/sqrt(ridge) ≈ 32× the typical one), whatever the shrinkage.
 */
const WHITENING_RIDGE = 1e-3;
/** Fit the whitening on the training features and return them whitened, z = s·L⁻¹(x − μ) for every row. */
async function whitenTrainingFeatures(params) {
    const { features, hiddenSize: d, product } = params;
    const rows = features.length / d;
    const mean = new Float64Array(d);
    for (let row = 0; row < rows; row++)
        for (let h = 0; h < d; h++)
            mean[h] += features[row * d + h];
    for (let h = 0; h < d; h++)
        mean[h] /= Math.max(1, rows);
    const centered = new Float32Array(features.length);
    for (let index = 0; index < features.length; index++)
        centered[index] = features[index] - mean[index % d];
    // Covariance = Xcᵀ Xc / n: the one product of size rows × hidden² (onnxruntime's GEMM).
    const gram = await product.gram({ a: centered, rows, columns: d });
    const covariance = new Float64Array(d * d);
    // The float32 product is symmetric up to rounding: read the lower triangle only.
    for (let i = 0; i < d; i++)
        for (let j = 0; j <= i; j++)
            covariance[i * d + j] = covariance[j * d + i] = gram[i * d + j] / Math.max(1, rows);
    const shrinkage = covarianceShrinkage({ centered, covariance, rows, hiddenSize: d });
    // Constant features (trace 0) still get a positive ridge: the factor stays finite and they whiten to zero.
    const ridge = WHITENING_RIDGE * Math.max(shrinkage.meanVariance, 1e-12);
    const lower = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
        for (let j = 0; j <= i; j++) {
            let sum = (1 - shrinkage.intensity) * covariance[i * d + j] + (i === j ? shrinkage.intensity * shrinkage.meanVariance + ridge : 0);
            for (let p = 0; p < j; p++)
                sum -= lower[i * d + p] * lower[j * d + p];
            // The ridged matrix is positive definite; rounding can only bring a pivot near `ridge`, not below zero.
            lower[i * d + j] = i === j ? Math.sqrt(Math.max(sum, ridge)) : sum / lower[j * d + j];
        }
    }
    const transform = scaledLowerInverse(lower, d, params.scale);
    // Z = Xc · (s·L⁻¹)ᵀ.
    const transposed = new Float32Array(d * d);
    for (let i = 0; i < d; i++)
        for (let j = 0; j <= i; j++)
            transposed[j * d + i] = transform[i * d + j];
    const whitened = await product.multiply({ a: centered, b: transposed, rows, inner: d, columns: d });
    return { whitening: { hiddenSize: d, mean, transform }, whitened };
}
/** The same classifier over raw pooled features: W z + b = (W·s·L⁻¹) x + (b − W·s·L⁻¹·μ). */
function foldWhitening(whitening, head) {
    const { hiddenSize: d, mean, transform } = whitening;
    const weight = new Float32Array(head.weight.length);
    const bias = new Float32Array(head.numLabels);
    const folded = new Float64Array(d);
    for (let label = 0; label < head.numLabels; label++) {
        const offset = label * d;
        folded.fill(0);
        for (let i = 0; i < d; i++) {
            const w = head.weight[offset + i];
            for (let j = 0; j <= i; j++)
                folded[j] += w * transform[i * d + j];
        }
        let shift = 0;
        for (let h = 0; h < d; h++) {
            weight[offset + h] = folded[h];
            shift += folded[h] * mean[h];
        }
        bias[label] = head.bias[label] - shift;
    }
    return { weight, bias, numLabels: head.numLabels, hiddenSize: d };
}
/**
 * How far to shrink the sample covariance S towards μI (μ its mean variance): Ledoit and Wolf's intensity, as
 * scikit-learn's LedoitWolf computes it (min(1, β²/δ²) with δ² = ‖S − μI‖² and β² = (Σₖ‖xₖ‖⁴ − n‖S‖²)/n², the
 * estimated error of S), and at least hidden / rows. With many examples per feature it is near 0 and the features
 * are fully whitened; towards 1 the geometry is left as it is and only scaled.
 */
function covarianceShrinkage(params) {
    const { centered, covariance, rows, hiddenSize: d } = params;
    let trace = 0;
    for (let i = 0; i < d; i++)
        trace += covariance[i * d + i];
    const meanVariance = trace / d;
    let squaredNorm = 0;
    let distance = 0;
    for (let i = 0; i < d; i++) {
        for (let j = 0; j < d; j++) {
            const value = covariance[i * d + j];
            squaredNorm += value * value;
            const offTarget = value - (i === j ? meanVariance : 0);
            distance += offTarget * offTarget;
        }
    }
    let fourthMoments = 0;
    for (let row = 0; row < rows; row++) {
        let norm = 0;
        for (let h = 0; h < d; h++)
            norm += centered[row * d + h] * centered[row * d + h];
        fourthMoments += norm * norm;
    }
    const error = Math.min(distance, Math.max(0, (fourthMoments - rows * squaredNorm) / (rows * rows)));
    const ledoitWolf = distance > 0 ? error / distance : 1;
    // Never less than hidden / rows: a covariance from fewer examples than features is singular, and whitening by it
    // makes every training example about as far from every other, so the head would separate them along noise.
    const intensity = Math.max(ledoitWolf, Math.min(1, d / Math.max(1, rows)));
    return { intensity, meanVariance };
}
/** s·L⁻¹ of a lower-triangular L, column by column by forward substitution (L·x = s·eⱼ). */
function scaledLowerInverse(lower, d, scale) {
    const inverse = new Float64Array(d * d);
    for (let column = 0; column < d; column++) {
        inverse[column * d + column] = scale / lower[column * d + column];
        for (let i = column + 1; i < d; i++) {
            let sum = 0;
            for (let p = column; p < i; p++)
                sum -= lower[i * d + p] * inverse[p * d + column];
            inverse[i * d + column] = sum / lower[i * d + i];
        }
    }
    return inverse;
}

;// CONCATENATED MODULE: ./src/trainers/builtin/linear-head.ts
/**
 * A head at zero: every label equally likely. Logistic regression starts here; a random start (torch.nn.Linear's
 * ±1/sqrt(fan_in)) only adds noise the optimizer must undo first, and on whitened features it would leave random
 * weights in directions the training data does not span, which nothing then corrects.
 */
function zeroHead(params) {
    const { numLabels, hiddenSize } = params;
    return { weight: new Float32Array(numLabels * hiddenSize), bias: new Float32Array(numLabels), numLabels, hiddenSize };
}
/** Logits of one feature row into `out` (float64, fixed summation order). */
function headLogits(head, features, row, out) {
    const { hiddenSize, numLabels } = head;
    const offset = row * hiddenSize;
    for (let label = 0; label < numLabels; label++) {
        let sum = head.bias[label];
        const w = label * hiddenSize;
        for (let h = 0; h < hiddenSize; h++)
            sum += head.weight[w + h] * features[offset + h];
        out[label] = sum;
    }
}
/** Softmax cross-entropy of logits against `target`, computed stably; probabilities are left in `logits`. */
function softmaxCrossEntropy(logits, target) {
    let max = -Infinity;
    for (const value of logits)
        max = Math.max(max, value);
    let total = 0;
    for (let i = 0; i < logits.length; i++)
        total += Math.exp(logits[i] - max);
    const loss = Math.log(total) - (logits[target] - max);
    for (let i = 0; i < logits.length; i++)
        logits[i] = Math.exp(logits[i] - max) / total;
    return loss;
}
/**
 * Add the gradient of the summed loss over `rows` to `gradients` ([dW, db]) and return the summed loss.
 * The caller divides by the number of examples in the accumulation window.
 */
function accumulateGradients(params) {
    const { head, features, targets, rows, gradients } = params;
    const [gradWeight, gradBias] = gradients;
    const logits = new Float64Array(head.numLabels);
    let loss = 0;
    for (const row of rows) {
        headLogits(head, features, row, logits);
        loss += softmaxCrossEntropy(logits, targets[row]);
        const offset = row * head.hiddenSize;
        for (let label = 0; label < head.numLabels; label++) {
            const delta = logits[label] - (label === targets[row] ? 1 : 0);
            gradBias[label] += delta;
            const w = label * head.hiddenSize;
            for (let h = 0; h < head.hiddenSize; h++)
                gradWeight[w + h] += delta * features[offset + h];
        }
    }
    return loss;
}

// EXTERNAL MODULE: ./src/trainers/builtin/onnx/onnx-messages.ts
var onnx_messages = __webpack_require__(70474);
;// CONCATENATED MODULE: ./src/trainers/builtin/onnx/matrix-product.ts



/**
 * Large matrix products through onnxruntime's MatMul (its optimized GEMM), for the covariance and whitening of
 * pooled features: tens of times faster than loops in JavaScript at 10,000 rows × 384 features. One intra-op
 * thread, so the summation order, and so every bit of the result, is the same on every run.
 */
async function openMatrixProduct() {
    const ort = await (0,load_onnxruntime/* loadOnnxRuntime */.a)();
    const options = { intraOpNumThreads: 1, interOpNumThreads: 1 };
    const product = await ort.InferenceSession.create(productModel(), options);
    const gram = await ort.InferenceSession.create(gramModel(), options);
    return {
        async multiply({ a, b, rows, inner, columns }) {
            const feeds = { a: new ort.Tensor('float32', a, [rows, inner]), b: new ort.Tensor('float32', b, [inner, columns]) };
            return (await product.run(feeds)).c.data;
        },
        async gram({ a, rows, columns }) {
            return (await gram.run({ a: new ort.Tensor('float32', a, [rows, columns]) })).c.data;
        },
        release: async () => {
            await product.release();
            await gram.release();
        },
    };
}
const matrix = (name, dims) => (0,onnx_messages/* valueInfoMessage */.nT)({ name, elemType: onnx_messages/* TensorType */.Qp.Float, dims });
function productModel() {
    return model(new protobuf_wire/* MessageWriter */.HK()
        .message(onnx_messages/* GraphField */.xU.Node, (0,onnx_messages/* nodeMessage */.S8)({ opType: 'MatMul', inputs: ['a', 'b'], outputs: ['c'], name: 'matmul' }))
        .string(onnx_messages/* GraphField */.xU.Name, 'model_experiments_product')
        .message(onnx_messages/* GraphField */.xU.Input, matrix('a', ['rows', 'inner']))
        .message(onnx_messages/* GraphField */.xU.Input, matrix('b', ['inner', 'columns']))
        .message(onnx_messages/* GraphField */.xU.Output, matrix('c', ['rows', 'columns'])));
}
/** MatMul(Transpose(a), a): onnxruntime fuses the transpose into the GEMM, so no transposed copy is made. */
function gramModel() {
    return model(new protobuf_wire/* MessageWriter */.HK()
        .message(onnx_messages/* GraphField */.xU.Node, (0,onnx_messages/* nodeMessage */.S8)({ opType: 'Transpose', inputs: ['a'], outputs: ['a_t'], name: 'transpose', attributes: { perm: { ints: [1, 0] } } }))
        .message(onnx_messages/* GraphField */.xU.Node, (0,onnx_messages/* nodeMessage */.S8)({ opType: 'MatMul', inputs: ['a_t', 'a'], outputs: ['c'], name: 'matmul' }))
        .string(onnx_messages/* GraphField */.xU.Name, 'model_experiments_gram')
        .message(onnx_messages/* GraphField */.xU.Input, matrix('a', ['rows', 'columns']))
        .message(onnx_messages/* GraphField */.xU.Output, matrix('c', ['columns', 'columns'])));
}
function model(graph) {
    return new protobuf_wire/* MessageWriter */.HK()
        .varint(onnx_messages/* ModelField */.CD.IrVersion, 8)
        .string(onnx_messages/* ModelField */.CD.ProducerName, 'model-experiments')
        .message(onnx_messages/* ModelField */.CD.Graph, graph)
        .message(onnx_messages/* ModelField */.CD.OpsetImport, new protobuf_wire/* MessageWriter */.HK().string(onnx_messages/* OpsetField */.gw.Domain, '').varint(onnx_messages/* OpsetField */.gw.Version, 17))
        .finish();
}

;// CONCATENATED MODULE: ./node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js
//#region src/distribution/uniformFloat64.ts
const scale26 = 1.4901161193847656e-8;
const scale53 = 11102230246251565e-32;
const mask1 = 67108863;
const mask2 = 134217727;
/**
* Uniformly generate random 64-bit floating point values between 0 (included) and 1 (excluded)
*
* @remarks Generated values are multiples of 2**-53, providing 53 bits of randomness.
*
* @param rng - Instance of RandomGenerator to extract random values from
*
* @public
*/
function uniformFloat64(rng) {
	const value1 = rng.next() & mask1;
	const value2 = rng.next() & mask2;
	return value1 * scale26 + value2 * scale53;
}
//#endregion


;// CONCATENATED MODULE: ./node_modules/pure-rand/lib/esm/distribution/uniformInt.js
//#region src/distribution/internals/uniformIntInternal.ts
/**
* Uniformly generate number in range [0 ; rangeSize[
* With rangeSize <= 0x100000000
* @internal
*/
function uniformIntInternal(rng, rangeSize) {
	const MaxAllowed = rangeSize > 2 ? ~~(4294967296 / rangeSize) * rangeSize : 4294967296;
	let deltaV = rng.next() + 2147483648;
	while (deltaV >= MaxAllowed) deltaV = rng.next() + 2147483648;
	return deltaV % rangeSize;
}
//#endregion
//#region src/distribution/internals/ArrayInt64.ts
/**
* We only accept safe integers here
* @internal
*/
function fromNumberToArrayInt64(out, n) {
	if (n < 0) {
		const posN = -n;
		out.sign = -1;
		out.data[0] = ~~(posN / 4294967296);
		out.data[1] = posN >>> 0;
	} else {
		out.sign = 1;
		out.data[0] = ~~(n / 4294967296);
		out.data[1] = n >>> 0;
	}
	return out;
}
/**
* Substract two ArrayInt of 64 bits on 64 bits.
* With arrayIntA - arrayIntB >= 0
* @internal
*/
function substractArrayInt64(out, arrayIntA, arrayIntB) {
	const lowA = arrayIntA.data[1];
	const highA = arrayIntA.data[0];
	const signA = arrayIntA.sign;
	const lowB = arrayIntB.data[1];
	const highB = arrayIntB.data[0];
	const signB = arrayIntB.sign;
	out.sign = 1;
	if (signA === 1 && signB === -1) {
		const low = lowA + lowB;
		const high = highA + highB + (low > 4294967295 ? 1 : 0);
		out.data[0] = high >>> 0;
		out.data[1] = low >>> 0;
		return out;
	}
	let lowFirst = lowA;
	let highFirst = highA;
	let lowSecond = lowB;
	let highSecond = highB;
	if (signA === -1) {
		lowFirst = lowB;
		highFirst = highB;
		lowSecond = lowA;
		highSecond = highA;
	}
	let reminderLow = 0;
	let low = lowFirst - lowSecond;
	if (low < 0) {
		reminderLow = 1;
		low = low >>> 0;
	}
	out.data[0] = highFirst - highSecond - reminderLow;
	out.data[1] = low;
	return out;
}
//#endregion
//#region src/distribution/internals/uniformArrayIntInternal.ts
/**
* Uniformly generate ArrayInt64 in range [0 ; rangeSize[
*
* @remarks
* In the worst case scenario it may discard half of the randomly generated value.
* Worst case being: most significant number is 1 and remaining part evaluates to 0.
*
* @internal
*/
function uniformArrayIntInternal(rng, out, rangeSize) {
	const maxIndex0 = rangeSize[0] + 1;
	out[0] = uniformIntInternal(rng, maxIndex0);
	out[1] = uniformIntInternal(rng, 4294967296);
	while (out[0] >= rangeSize[0] && (out[0] !== rangeSize[0] || out[1] >= rangeSize[1])) {
		out[0] = uniformIntInternal(rng, maxIndex0);
		out[1] = uniformIntInternal(rng, 4294967296);
	}
	return out;
}
//#endregion
//#region src/distribution/uniformInt.ts
const safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;
const sharedA = {
	sign: 1,
	data: [0, 0]
};
const sharedB = {
	sign: 1,
	data: [0, 0]
};
const sharedC = {
	sign: 1,
	data: [0, 0]
};
const sharedData = [0, 0];
function uniformLargeIntInternal(rng, from, to, rangeSize) {
	const rangeSizeArrayIntValue = rangeSize <= safeNumberMaxSafeInteger ? fromNumberToArrayInt64(sharedC, rangeSize) : substractArrayInt64(sharedC, fromNumberToArrayInt64(sharedA, to), fromNumberToArrayInt64(sharedB, from));
	if (rangeSizeArrayIntValue.data[1] === 4294967295) {
		rangeSizeArrayIntValue.data[0] += 1;
		rangeSizeArrayIntValue.data[1] = 0;
	} else rangeSizeArrayIntValue.data[1] += 1;
	uniformArrayIntInternal(rng, sharedData, rangeSizeArrayIntValue.data);
	return sharedData[0] * 4294967296 + sharedData[1] + from;
}
/**
* Uniformly generate random integer values between `from` (included) and `to` (included)
*
* @param rng - Instance of RandomGenerator to extract random values from
* @param from - Lower bound of the range (included)
* @param to - Upper bound of the range (included)
*
* @public
*/
function uniformInt(rng, from, to) {
	const rangeSize = to - from;
	if (rangeSize <= 4294967295) return uniformIntInternal(rng, rangeSize + 1) + from;
	return uniformLargeIntInternal(rng, from, to, rangeSize);
}
//#endregion


;// CONCATENATED MODULE: ./node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
//#region src/generator/xoroshiro128plus.ts
const jumps = [
	3639956645,
	3750757012,
	1261568508,
	386426335
];
var XoroShiro128Plus = class XoroShiro128Plus {
	constructor(s01, s00, s11, s10) {
		this.s01 = s01;
		this.s00 = s00;
		this.s11 = s11;
		this.s10 = s10;
	}
	clone() {
		return new XoroShiro128Plus(this.s01, this.s00, this.s11, this.s10);
	}
	next() {
		const out = this.s00 + this.s10 | 0;
		const a0 = this.s10 ^ this.s00;
		const a1 = this.s11 ^ this.s01;
		const s00 = this.s00;
		const s01 = this.s01;
		this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
		this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
		this.s10 = a1 << 5 ^ a0 >>> 27;
		this.s11 = a0 << 5 ^ a1 >>> 27;
		return out;
	}
	jump() {
		let ns01 = 0;
		let ns00 = 0;
		let ns11 = 0;
		let ns10 = 0;
		let s01 = this.s01;
		let s00 = this.s00;
		let s11 = this.s11;
		let s10 = this.s10;
		for (let i = 0; i !== 4; ++i) {
			const ji = jumps[i];
			for (let mask = 1; mask; mask <<= 1) {
				if (ji & mask) {
					ns01 ^= s01;
					ns00 ^= s00;
					ns11 ^= s11;
					ns10 ^= s10;
				}
				const a0 = s10 ^ s00;
				const a1 = s11 ^ s01;
				const s00_ = s00;
				const s01_ = s01;
				s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
				s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
				s10 = a1 << 5 ^ a0 >>> 27;
				s11 = a0 << 5 ^ a1 >>> 27;
			}
		}
		this.s01 = ns01;
		this.s00 = ns00;
		this.s11 = ns11;
		this.s10 = ns10;
	}
	getState() {
		return [
			this.s01,
			this.s00,
			this.s11,
			this.s10
		];
	}
};
function xoroshiro128plusFromState(state) {
	if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
	return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
function xoroshiro128plus(seed) {
	return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}
//#endregion


;// CONCATENATED MODULE: ./src/trainers/builtin/seeded-random.ts



function seededRandom(seed) {
    const rng = xoroshiro128plus(seed);
    return {
        uniform: (from, to) => from + (to - from) * uniformFloat64(rng),
        shuffle: (items) => {
            for (let i = items.length - 1; i > 0; i--) {
                const j = uniformInt(rng, 0, i);
                [items[i], items[j]] = [items[j], items[i]];
            }
            return items;
        },
    };
}

;// CONCATENATED MODULE: ./src/trainers/builtin/train-head.ts









/** transformers' Trainer clips the global gradient norm to 1.0 by default; so do we. */
const MAX_GRAD_NORM = 1.0;
/**
 * The encoder width learning rates are stated for. AdamW moves every weight by about the learning rate per step,
 * so a logit, a sum over `hiddenSize` unit-variance features, moves by about rate × hiddenSize: on whitened features
 * a rate would be 12× slower on a 32-wide encoder than on a 384-wide one, and 2× faster on a 768-wide one. The
 * features are scaled by REFERENCE_WIDTH / hiddenSize so one rate trains every width alike: the rate a 384-wide
 * encoder (all-MiniLM-L6-v2, the README's example) would want on plainly whitened features.
 */
const REFERENCE_WIDTH = 384;
function evaluateHead(params) {
    const { head, data } = params;
    const rows = data.targets.length;
    const logits = new Float64Array(rows * head.numLabels);
    const row = new Float64Array(head.numLabels);
    for (let index = 0; index < rows; index++) {
        headLogits(head, data.features, index, row);
        logits.set(row, index * head.numLabels);
    }
    return (0,classification_metrics/* classificationMetrics */.q)({ logits, targets: data.targets, labelNames: params.labelNames });
}
/** Optimizer steps the run will take: every batch counts, the last partial accumulation of an epoch included. */
function plannedSteps(params) {
    const batchesPerEpoch = Math.ceil(params.examples / params.batchSize);
    const perEpoch = Math.ceil(batchesPerEpoch / params.gradientAccumulationSteps);
    return { perEpoch, total: perEpoch * params.epochs, batchesPerEpoch };
}
/**
 * Fit the linear head: AdamW on whitened, width-scaled training features (see feature-whitening.ts) from a zero
 * start, linear warmup then decay, gradient accumulation, logging/eval/save every N optimizer steps. Evaluations,
 * checkpoints and the result use the head folded back over the raw pooled features, the one the exported graph
 * runs. The seed fixes the order examples are visited in, and all arithmetic runs in one fixed order, so a seed
 * fixes the bytes.
 */
async function trainHead(params) {
    const { train, validation, labelNames, hiddenSize, parameters, signal, callbacks } = params;
    const random = seededRandom(parameters.seed);
    const product = await openMatrixProduct();
    let whitening;
    let whitened;
    try {
        ({ whitening, whitened } = await whitenTrainingFeatures({ features: train.features, hiddenSize, scale: REFERENCE_WIDTH / hiddenSize, product }));
    }
    finally {
        await product.release();
    }
    const head = zeroHead({ numLabels: labelNames.length, hiddenSize });
    const exported = () => foldWhitening(whitening, head);
    const optimizer = new AdamW([head.weight, head.bias], [true, false]);
    const gradients = [new Float64Array(head.weight.length), new Float64Array(head.bias.length)];
    const examples = train.targets.length;
    const accumulation = Math.max(1, parameters.gradientAccumulationSteps);
    const { total, batchesPerEpoch } = plannedSteps({ examples, batchSize: parameters.batchSize, gradientAccumulationSteps: accumulation, epochs: parameters.epochs });
    const every = (value) => Math.max(1, value);
    let step = 0;
    let epoch = 0;
    let lossSinceLog = 0;
    let stepsSinceLog = 0;
    let lossTotal = 0;
    let lastEvalStep = -1;
    let lastEval;
    const order = Array.from({ length: examples }, (_, index) => index);
    for (let pass = 0; pass < parameters.epochs; pass++) {
        random.shuffle(order);
        let windowLoss = 0;
        let windowExamples = 0;
        let windowBatches = 0;
        for (let batch = 0; batch < batchesPerEpoch; batch++) {
            if (signal.aborted)
                throw new errors/* StepError */.zg('Training was interrupted');
            const rows = order.slice(batch * parameters.batchSize, (batch + 1) * parameters.batchSize);
            windowLoss += accumulateGradients({ head, features: whitened, targets: train.targets, rows, gradients });
            windowExamples += rows.length;
            windowBatches++;
            if (windowBatches < accumulation && batch < batchesPerEpoch - 1)
                continue;
            const learningRate = linearWarmupDecay({ step, baseRate: parameters.learningRate, warmupSteps: parameters.warmupSteps, totalSteps: total });
            let norm = 0;
            for (const gradient of gradients) {
                for (let i = 0; i < gradient.length; i++) {
                    gradient[i] /= windowExamples;
                    norm += gradient[i] * gradient[i];
                }
            }
            norm = Math.sqrt(norm);
            if (norm > MAX_GRAD_NORM) {
                const scale = MAX_GRAD_NORM / (norm + 1e-6);
                for (const gradient of gradients)
                    for (let i = 0; i < gradient.length; i++)
                        gradient[i] *= scale;
            }
            optimizer.step(gradients, learningRate);
            for (const gradient of gradients)
                gradient.fill(0);
            step++;
            epoch = pass + (batch + 1) / batchesPerEpoch;
            const stepLoss = windowLoss / windowExamples;
            lossSinceLog += stepLoss;
            stepsSinceLog++;
            lossTotal += stepLoss;
            windowLoss = 0;
            windowExamples = 0;
            windowBatches = 0;
            if (step % every(parameters.loggingSteps) === 0) {
                await callbacks.onLog({ step, epoch, loss: lossSinceLog / stepsSinceLog, learningRate });
                lossSinceLog = 0;
                stepsSinceLog = 0;
            }
            if (step % every(parameters.evalSteps) === 0) {
                lastEval = evaluateHead({ head: exported(), data: validation, labelNames });
                lastEvalStep = step;
                await callbacks.onEval({ step, epoch, metrics: lastEval });
            }
            if (step % every(parameters.saveSteps) === 0)
                await callbacks.onSave({ step, epoch, head: exported() });
            // Let signal handlers run: an interrupted CI job must be able to stop a long run between steps.
            await (0,external_node_timers_promises_.setImmediate)();
        }
    }
    // The run always ends with an evaluation of the final head (it is what eval_results.json reports).
    if (lastEvalStep !== step || !lastEval) {
        lastEval = evaluateHead({ head: exported(), data: validation, labelNames });
        await callbacks.onEval({ step, epoch, metrics: lastEval });
    }
    return { head: exported(), trainLoss: step > 0 ? lossTotal / step : 0, steps: step, finalEval: lastEval, epoch };
}

// EXTERNAL MODULE: ./src/core/read-json.ts
var read_json = __webpack_require__(52758);
;// CONCATENATED MODULE: ./src/trainers/builtin/safetensors.ts
/**
 * The safetensors format (u64 little-endian header length, JSON header, raw little-endian tensor bytes), written
 * here because no npm package writes it. Tensors are laid out in the order given, and the header is padded to
 * 8 bytes as the reference implementation does, so equal tensors always give equal bytes.
 */
function encodeSafetensors(params) {
    const header = {};
    if (params.metadata)
        header.__metadata__ = params.metadata;
    const parts = [];
    let offset = 0;
    for (const [name, tensor] of Object.entries(params.tensors)) {
        const expected = tensor.shape.reduce((product, dim) => product * dim, 1);
        if (expected !== tensor.data.length)
            throw new Error(`safetensors: ${name} has ${tensor.data.length} values for shape [${tensor.shape.join(', ')}]`);
        const bytes = Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
        header[name] = { dtype: 'F32', shape: tensor.shape, data_offsets: [offset, offset + bytes.length] };
        parts.push(bytes);
        offset += bytes.length;
    }
    let json = JSON.stringify(header);
    json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
    return Buffer.concat([length, Buffer.from(json), ...parts]);
}

;// CONCATENATED MODULE: ./src/trainers/builtin/write-trained-model.ts





/** model_type values whose sequence-classification class in transformers.js runs a plain session and reads `logits`. */
const TRANSFORMERS_JS_TYPES = new Set(['bert', 'distilbert', 'roberta', 'xlm-roberta', 'camembert', 'deberta', 'deberta-v2', 'electra', 'albert', 'mpnet', 'mobilebert', 'squeezebert', 'modernbert']);
const TOKENIZER_FILES = ['tokenizer.json', 'vocab.txt', 'special_tokens_map.json', 'merges.txt', 'vocab.json', 'sentencepiece.bpe.model', 'spiece.model', 'tokenizer.model'];
function headSafetensors(head) {
    return encodeSafetensors({
        tensors: {
            'classifier.weight': { shape: [head.numLabels, head.hiddenSize], data: head.weight },
            'classifier.bias': { shape: [head.numLabels], data: head.bias },
        },
        metadata: { format: 'pt' },
    });
}
/**
 * The trained dir: a self-contained classifier that transformers.js' text-classification pipeline and a plain
 * onnxruntime session can run (onnx/model.onnx = encoder + mean pooling + head, output `logits`), plus the head in
 * safetensors, config.json with the labels, and the tokenizer files with model_max_length set to the training length.
 */
async function writeTrainedModel(params) {
    const { dir, baseDir, head, labelNames } = params;
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'onnx'), { recursive: true });
    const { model } = (0,compose_classifier/* composeClassifier */.ax)({ encoder: params.encoder, source: params.encoderFile, head });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'onnx', 'model.onnx'), model);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'model.safetensors'), headSafetensors(head));
    const base = await (0,read_json/* readJsonObject */.o)((0,external_node_path_.join)(baseDir, 'config.json'));
    const baseConfig = base.kind === 'ok' ? base.value : {};
    const { architectures: _architectures, ...kept } = baseConfig;
    const baseType = typeof baseConfig.model_type === 'string' ? baseConfig.model_type : undefined;
    const config = {
        ...kept,
        model_type: baseType && TRANSFORMERS_JS_TYPES.has(baseType) ? baseType : 'bert',
        id2label: Object.fromEntries(labelNames.map((name, id) => [String(id), name])),
        label2id: Object.fromEntries(labelNames.map((name, id) => [name, id])),
        problem_type: 'single_label_classification',
        // Browsers otherwise look for model_quantized.onnx; this dir only has the fp32 graph.
        'transformers.js_config': { dtype: 'fp32' },
        model_experiments: {
            head: 'masked mean pooling + linear',
            base_model: params.baseName,
            encoder: params.encoderFile,
            hidden_size: head.hiddenSize,
            max_length: params.maxLength,
            text_column: params.textColumn,
            label_column: params.labelColumn,
        },
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'tokenizer_config.json'), JSON.stringify({ ...params.tokenizerConfig, model_max_length: params.maxLength }, null, 2) + '\n');
    for (const file of TOKENIZER_FILES) {
        if ((await (0,promises_.stat)((0,external_node_path_.join)(baseDir, file)).catch(() => undefined))?.isFile())
            await (0,promises_.copyFile)((0,external_node_path_.join)(baseDir, file), (0,external_node_path_.join)(dir, file));
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'eval_results.json'), JSON.stringify(params.evalResults, null, 2) + '\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'train_results.json'), JSON.stringify(params.trainResults, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/trainers/builtin/builtin-trainer.ts









/**
 * Bump when a change makes the same inputs train a different model: it is part of the train key.
 * 2: the head trains on whitened, width-scaled features from a zero start; an unset --learning-rate is 1e-2.
 */
const BUILTIN_TRAINER_VERSION = '2';
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
        train: (params) => trainBuiltin({ ...params, textColumn, labelColumn }),
    };
}
function checkColumn(flag, value) {
    if (value.trim() === '')
        throw new errors/* InputError */.dz(`${flag} must not be empty: give the JSONL column name`);
    return value;
}
const round = (value, digits = 4) => Number(value.toFixed(digits));
async function trainBuiltin(params) {
    const { parameters, reporter, signal, stagingDir, textColumn, labelColumn } = params;
    const started = Date.now();
    if (!params.modelPath)
        throw new errors/* InputError */.dz('The built-in trainer needs the base model on disk: give --model-path, or --model-name so it is downloaded first');
    const encoderFile = await locateEncoder({ modelDir: params.modelPath, fp16: parameters.fp16 });
    const read = (path, flag) => (0,labeled_examples/* readLabeledExamples */.Z)({ path, textColumn, labelColumn, flag });
    const [trainSet, validationSet] = [await read(params.trainData, '--train-data'), await read(params.valData, '--val-data')];
    const labelNames = (0,labeled_examples/* labelVocabulary */.L)(trainSet);
    if (labelNames.length < 2)
        throw new errors/* InputError */.dz(`--train-data has only one label (${labelNames[0]}): a classifier needs examples of at least two labels`);
    const labelIds = new Map(labelNames.map((name, id) => [name, id]));
    const unseen = [...new Set(validationSet.labels.filter((label) => !labelIds.has(label)))];
    if (unseen.length > 0)
        throw new errors/* InputError */.dz(`--val-data has labels the training data lacks (${unseen.slice(0, 5).join(', ')}): add examples of them to --train-data`);
    const encoder = await openPooledEncoder({ modelDir: params.modelPath, encoderPath: encoderFile.path, encoderFile: encoderFile.file, maxLength: parameters.maxLength });
    try {
        const featurize = async (set, label) => {
            const { features, hiddenSize } = await encoder.embed({
                texts: set.texts,
                signal,
                onProgress: (done, total) => reporter.progress({ label, done, total, unit: 'rows' }),
            });
            return { features, hiddenSize, targets: Int32Array.from(set.labels, (name) => labelIds.get(name)) };
        };
        const steps = plannedSteps({ examples: trainSet.texts.length, batchSize: parameters.batchSize, gradientAccumulationSteps: Math.max(1, parameters.gradientAccumulationSteps), epochs: parameters.epochs });
        reporter.info(`Built-in trainer: ${encoderFile.file} frozen, linear head over ${labelNames.length} labels (${labelNames.slice(0, 6).join(', ')}${labelNames.length > 6 ? ', …' : ''}); ` +
            `${trainSet.texts.length} training / ${validationSet.texts.length} validation examples, ${steps.total} optimizer steps`);
        // The encoder is frozen, so each text goes through it once; epochs then reuse the pooled vectors.
        const train = await featurize(trainSet, 'encode train');
        const validation = await featurize(validationSet, 'encode validation');
        const events = await openEventsFile({ logDir: (0,external_node_path_.join)(stagingDir, 'logs') });
        const history = new Map();
        const entry = (step, epoch) => {
            const existing = history.get(step) ?? { step, epoch: round(epoch) };
            history.set(step, existing);
            return existing;
        };
        let outcome;
        try {
            outcome = await trainHead({
                train,
                validation,
                labelNames,
                hiddenSize: train.hiddenSize,
                parameters,
                signal,
                callbacks: {
                    onLog: async ({ step, epoch, loss, learningRate }) => {
                        Object.assign(entry(step, epoch), { loss, learningRate });
                        await events.addScalars(step, { 'train/loss': loss, 'train/learning_rate': learningRate, 'train/epoch': epoch });
                        reporter.progress({ label: 'train', done: step, total: steps.total, unit: 'steps', detail: `epoch ${epoch.toFixed(2)}  loss ${loss.toFixed(4)}  lr ${learningRate.toExponential(2)}` });
                    },
                    onEval: async ({ step, epoch, metrics }) => {
                        Object.assign(entry(step, epoch), { evalLoss: metrics.loss, evalAccuracy: metrics.accuracy });
                        await events.addScalars(step, { 'eval/loss': metrics.loss, 'eval/accuracy': metrics.accuracy });
                        reporter.info(`eval at step ${step}: loss ${metrics.loss.toFixed(4)}, accuracy ${metrics.accuracy.toFixed(4)}`);
                    },
                    onSave: async ({ step, epoch, head }) => {
                        const dir = (0,external_node_path_.join)(stagingDir, `checkpoint-${step}`);
                        await (0,promises_.mkdir)(dir, { recursive: true });
                        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'model.safetensors'), headSafetensors(head));
                        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'trainer_state.json'), JSON.stringify({ global_step: step, epoch, log_history: [...history.values()] }, null, 2) + '\n');
                    },
                },
            });
        }
        finally {
            await events.close();
        }
        const runtime = (Date.now() - started) / 1000;
        const evalResults = {
            epoch: outcome.epoch,
            eval_loss: outcome.finalEval.loss,
            eval_accuracy: outcome.finalEval.accuracy,
            eval_samples: validationSet.texts.length,
        };
        const trainResults = { epoch: outcome.epoch, train_loss: outcome.trainLoss, train_runtime: runtime, train_samples: trainSet.texts.length, global_step: outcome.steps };
        await writeTrainedModel({
            dir: stagingDir,
            baseDir: params.modelPath,
            baseName: params.modelName,
            encoder: encoder.encoderBytes,
            encoderFile: encoderFile.file,
            head: outcome.head,
            labelNames,
            tokenizerConfig: encoder.tokenizer.config,
            maxLength: encoder.tokenizer.maxLength,
            textColumn,
            labelColumn,
            evalResults,
            trainResults,
        });
        reportDone(reporter, outcome.finalEval.accuracy, outcome.finalEval.loss, runtime);
        return {
            metrics: { train_loss: outcome.trainLoss, eval_loss: outcome.finalEval.loss, eval_accuracy: outcome.finalEval.accuracy, epoch: outcome.epoch, global_step: outcome.steps, train_runtime: runtime, train_samples: trainSet.texts.length, eval_samples: validationSet.texts.length },
            history: [...history.values()],
        };
    }
    finally {
        await encoder.release();
    }
}
function reportDone(reporter, accuracy, loss, seconds) {
    reporter.success(`Trained the classifier head in ${seconds.toFixed(1)} s: validation accuracy ${accuracy.toFixed(4)}, loss ${loss.toFixed(4)}`);
}

// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: ./src/core/disk-errors.ts
var disk_errors = __webpack_require__(64652);
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

;// CONCATENATED MODULE: ./src/trainers/command-trainer.ts









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
 * A trainer that is any shell command (`--run`): parameters in ME_* variables and ME_CONFIG, the model written to
 * ME_OUTPUT_DIR, metrics to ME_METRICS_FILE, its output streamed line by line into the log.
 */
function createCommandTrainer(params) {
    const { command, env, cwd } = params;
    return {
        identity: { kind: 'command', command },
        environment: env,
        async train(run) {
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
        },
    };
}

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
// EXTERNAL MODULE: ./src/cli/run-options.ts + 18 modules
var run_options = __webpack_require__(94587);
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const scanner = new JsonlScanner();
    let done = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(absolutePath, { highWaterMark: 1024 * 1024 })) {
            (0,interrupt_signal/* throwIfInterrupted */.sK)(params.signal);
            hash.update(chunk);
            scanner.push(chunk);
            if (scanner.problem)
                break;
            done += chunk.length;
            params.onProgress?.(done, info.size);
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz || error instanceof errors/* StepError */.zg)
            throw error;
        throw new errors/* InputError */.dz(`${named} cannot be read (${error.code ?? error.message}): check the path and its permissions`);
    }
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
    return { path: keyPath, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: hash.digest('hex'), rows: scanner.rows, rehashed: true };
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
/* harmony import */ var _model_download_model_download_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32156);
/* harmony import */ var _dataset_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53409);
/* harmony import */ var _train_code_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76218);
/* harmony import */ var _output_dir_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51103);
/* harmony import */ var _train_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94708);






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
    await (0,_output_dir_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .checkOutputDirIsSafe */ .k)({ request, flagName });
    await (0,_dataset_file_js__WEBPACK_IMPORTED_MODULE_2__/* .statDatasetFile */ .t)({ flag: flagName('train-data'), absolutePath: request.trainData.absolute, keyPath: request.trainData.keyPath });
    await (0,_dataset_file_js__WEBPACK_IMPORTED_MODULE_2__/* .statDatasetFile */ .t)({ flag: flagName('val-data'), absolutePath: request.valData.absolute, keyPath: request.valData.keyPath });
    await (0,_train_code_files_js__WEBPACK_IMPORTED_MODULE_3__/* .codeFilesOf */ .s)({ request, trainer, flagName });
    const dir = defaultBaseModelDir({ outputDir: request.outputDir, modelName: request.modelName, suffix: kind === 'transformers' ? '--pytorch' : '' });
    options.reporter.info(`Base model ${request.modelName}: using ${dir} (give --model-path to train from a local copy)`);
    const download = (0,_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_1__/* .parseModelDownloadRequest */ .SN)({ name: request.modelName, outputDir: dir, include: kind === 'builtin' ? builtinBaseModelFiles() : undefined });
    // --force retrains; it does not mean fetching the base model again.
    // A failure there names the user's own --output-dir first, then the dir derived from it that failed.
    const outputDirLabel = `${flagName('output-dir')} ${request.displayOutputDir}: its base model dir ${dir}`;
    const result = await (0,_model_download_model_download_js__WEBPACK_IMPORTED_MODULE_1__/* .runModelDownload */ .DQ)({ request: download, connection, options: { ...options, force: false, outputDirLabel } });
    if (result.needsRun)
        return request; // plan mode: the base model is not there yet, so training would run
    return { ...request, modelPath: (0,_train_request_js__WEBPACK_IMPORTED_MODULE_5__/* .requestPath */ .Z)(dir, request.cwd) };
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

// EXTERNAL MODULE: ./src/steps/model-download/select-model-files.ts
var select_model_files = __webpack_require__(96056);
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
    const found = (0,select_model_files/* essentialFiles */.Q)(paths);
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
    const found = (0,select_model_files/* essentialFiles */.Q)(paths);
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


/***/ })

};

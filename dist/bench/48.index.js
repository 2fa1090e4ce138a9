export const id = 48;
export const ids = [48];
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

/***/ 49048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainBuiltin: () => (/* binding */ trainBuiltin)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/trainers/builtin/labeled-examples.ts + 1 modules
var labeled_examples = __webpack_require__(14117);
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

// EXTERNAL MODULE: ./src/trainers/builtin/pooled-encoder.ts + 2 modules
var pooled_encoder = __webpack_require__(44661);
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

;// CONCATENATED MODULE: ./src/trainers/builtin/classification-metrics.ts
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

;// CONCATENATED MODULE: ./src/trainers/builtin/cholesky.ts
/**
 * The lower-triangular L with L Lᵀ = A, for a symmetric [size, size] row-major A of which only the lower triangle is
 * read. Pivots are floored at `minPivot` (a positive definite A only comes near it through rounding).
 */
function choleskyLower(params) {
    const { matrix, size: d, minPivot } = params;
    const lower = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
        for (let j = 0; j <= i; j++) {
            let sum = matrix[i * d + j];
            for (let p = 0; p < j; p++)
                sum -= lower[i * d + p] * lower[j * d + p];
            lower[i * d + j] = i === j ? Math.sqrt(Math.max(sum, minPivot)) : sum / lower[j * d + j];
        }
    }
    return lower;
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
    const shrunk = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
        for (let j = 0; j <= i; j++)
            shrunk[i * d + j] = (1 - shrinkage.intensity) * covariance[i * d + j] + (i === j ? shrinkage.intensity * shrinkage.meanVariance + ridge : 0);
    }
    // The ridged matrix is positive definite; rounding can only bring a pivot near `ridge`, not below zero.
    const lower = choleskyLower({ matrix: shrunk, size: d, minPivot: ridge });
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

;// CONCATENATED MODULE: ./src/trainers/builtin/discriminant-start.ts

/** The start's training cross-entropy is kept at or above about this (see minimiseConvex). */
const START_LOSS_FLOOR = 0.02;
/** The floor under the within-label covariance, relative to its mean variance. */
const DISCRIMINANT_RIDGE = 1e-3;
/**
 * Where AdamW starts: the linear discriminant of the whitened training features, computed in closed form.
 *
 * The shared-covariance Gaussian model (linear discriminant analysis) gives label k the logit
 * c·(vₖ·z − ½ μₖ·vₖ) + log πₖ with vₖ = Σ⁻¹μₖ: μₖ is the label's mean whitened vector, πₖ its share of the training
 * rows and Σ the within-label covariance (z − μ_label)(z − μ_label)ᵀ / n plus a small ridge (with fewer rows than
 * features, where it is singular, the identity times its mean variance). Only the scale c is left: the one that
 * minimises the training cross-entropy, a convex function of c, found by golden-section search. Where the
 * discriminant already points nearly the right way, AdamW starts next to the optimum and its steps refine it, so few
 * examples (few optimizer steps) train as well as many. A label absent from the rows gets a zero weight and the bias
 * of half an example.
 */
async function discriminantStart(params) {
    const { features, targets, numLabels: k, hiddenSize: d, product } = params;
    const rows = targets.length;
    const means = new Float64Array(k * d);
    const counts = new Float64Array(k);
    for (let row = 0; row < rows; row++) {
        const label = targets[row];
        counts[label]++;
        for (let h = 0; h < d; h++)
            means[label * d + h] += features[row * d + h];
    }
    const logPrior = new Float64Array(k);
    for (let label = 0; label < k; label++) {
        if (counts[label] > 0)
            for (let h = 0; h < d; h++)
                means[label * d + h] /= counts[label];
        logPrior[label] = Math.log(Math.max(counts[label], 0.5) / Math.max(1, rows));
    }
    // Within-label covariance: the Gram matrix of the rows minus their label's mean (onnxruntime's GEMM).
    const residuals = new Float32Array(features.length);
    for (let row = 0; row < rows; row++)
        for (let h = 0; h < d; h++)
            residuals[row * d + h] = features[row * d + h] - means[targets[row] * d + h];
    const gram = await product.gram({ a: residuals, rows, columns: d });
    const covariance = new Float64Array(d * d);
    let trace = 0;
    for (let i = 0; i < d; i++)
        for (let j = 0; j <= i; j++)
            covariance[i * d + j] = covariance[j * d + i] = gram[i * d + j] / Math.max(1, rows);
    for (let i = 0; i < d; i++)
        trace += covariance[i * d + i];
    // The features were whitened by a covariance already shrunk as far as the number of rows calls for; shrinking
    // again was measured to cost accuracy (string labels, 400 rows: start 0.83 without, 0.79 with hidden / rows).
    // With fewer rows than features (rank rows − labels < hidden) the within-label covariance is singular and says
    // nothing about the missing directions: the start is then the nearest label mean, Σ a multiple of the identity.
    const meanVariance = Math.max(trace / d, 1e-12);
    const singular = rows - k < d;
    for (let i = 0; i < d; i++) {
        if (singular)
            for (let j = 0; j < d; j++)
                covariance[i * d + j] = 0;
        covariance[i * d + i] += (singular ? meanVariance : 0) + DISCRIMINANT_RIDGE * meanVariance;
    }
    const directions = solvePositiveDefinite(covariance, means, d, k);
    const halfNorm = new Float64Array(k);
    for (let label = 0; label < k; label++) {
        let dot = 0;
        for (let h = 0; h < d; h++)
            dot += means[label * d + h] * directions[label * d + h];
        halfNorm[label] = dot / 2;
    }
    // score[row, k] = vₖ·z − ½ μₖ·vₖ: the logits are c·score + log π.
    const score = new Float64Array(rows * k);
    for (let row = 0; row < rows; row++) {
        for (let label = 0; label < k; label++) {
            let dot = 0;
            for (let h = 0; h < d; h++)
                dot += directions[label * d + h] * features[row * d + h];
            score[row * k + label] = dot - halfNorm[label];
        }
    }
    const scale = minimiseConvex((c) => crossEntropy({ score, targets, logPrior, c }), spreadScale(score, rows, k));
    const weight = new Float32Array(k * d);
    const bias = new Float32Array(k);
    for (let label = 0; label < k; label++) {
        for (let h = 0; h < d; h++)
            weight[label * d + h] = scale * directions[label * d + h];
        bias[label] = logPrior[label] - scale * halfNorm[label];
    }
    return { weight, bias, numLabels: k, hiddenSize: d };
}
/** X with A X = B for a positive definite [d, d] A and the k rows of B ([k, d]), by Cholesky. */
function solvePositiveDefinite(matrix, rhs, d, k) {
    const lower = choleskyLower({ matrix, size: d, minPivot: 1e-300 });
    const solution = new Float64Array(k * d);
    const y = new Float64Array(d);
    for (let r = 0; r < k; r++) {
        for (let i = 0; i < d; i++) {
            let sum = rhs[r * d + i];
            for (let p = 0; p < i; p++)
                sum -= lower[i * d + p] * y[p];
            y[i] = sum / lower[i * d + i];
        }
        for (let i = d - 1; i >= 0; i--) {
            let sum = y[i];
            for (let p = i + 1; p < d; p++)
                sum -= lower[p * d + i] * solution[r * d + p];
            solution[r * d + i] = sum / lower[i * d + i];
        }
    }
    return solution;
}
/** Mean training cross-entropy of the logits c·score + log π. */
function crossEntropy(params) {
    const { score, targets, logPrior, c } = params;
    const k = logPrior.length;
    let loss = 0;
    for (let row = 0; row < targets.length; row++) {
        let max = -Infinity;
        for (let label = 0; label < k; label++)
            max = Math.max(max, c * score[row * k + label] + logPrior[label]);
        let total = 0;
        for (let label = 0; label < k; label++)
            total += Math.exp(c * score[row * k + label] + logPrior[label] - max);
        loss += Math.log(total) + max - (c * score[row * k + targets[row]] + logPrior[targets[row]]);
    }
    return loss / Math.max(1, targets.length);
}
/** A first scale that makes the scores' typical spread one logit: the search brackets the minimum from there. */
function spreadScale(score, rows, k) {
    let spread = 0;
    for (let row = 0; row < rows; row++) {
        let min = Infinity;
        let max = -Infinity;
        for (let label = 0; label < k; label++) {
            min = Math.min(min, score[row * k + label]);
            max = Math.max(max, score[row * k + label]);
        }
        spread += max - min;
    }
    spread /= Math.max(1, rows);
    return spread > 0 && Number.isFinite(spread) ? 1 / spread : 1;
}
/**
 * The minimiser over c ≥ 0 of a convex f: bracket by doubling from `start`, then 60 golden-section steps. The
 * doubling stops once f is below START_LOSS_FLOOR: on separable rows the loss falls forever as c grows, and a start
 * that certain leaves AdamW no gradient to follow (every seed would give the same bytes, the loss curve would read 0).
 */
function minimiseConvex(f, start) {
    let low = 0;
    let high = start;
    let value = f(high);
    for (let doubling = 0; doubling < 60 && value > START_LOSS_FLOOR; doubling++) {
        const next = f(2 * high);
        if (!(next < value))
            break;
        low = high;
        high *= 2;
        value = next;
    }
    if (value <= START_LOSS_FLOOR)
        return high;
    high *= 2;
    const ratio = (Math.sqrt(5) - 1) / 2;
    let a = low;
    let b = high;
    let x1 = b - ratio * (b - a);
    let x2 = a + ratio * (b - a);
    let f1 = f(x1);
    let f2 = f(x2);
    for (let iteration = 0; iteration < 60; iteration++) {
        if (f1 <= f2) {
            b = x2;
            x2 = x1;
            f2 = f1;
            x1 = b - ratio * (b - a);
            f1 = f(x1);
        }
        else {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + ratio * (b - a);
            f2 = f(x2);
        }
    }
    return (a + b) / 2;
}

;// CONCATENATED MODULE: ./src/trainers/builtin/linear-head.ts
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

// EXTERNAL MODULE: ./src/trainers/builtin/load-onnxruntime.ts + 1 modules
var load_onnxruntime = __webpack_require__(16072);
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
    return classificationMetrics({ logits, targets: data.targets, labelNames: params.labelNames });
}
/** Optimizer steps the run will take: every batch counts, the last partial accumulation of an epoch included. */
function plannedSteps(params) {
    const batchesPerEpoch = Math.ceil(params.examples / params.batchSize);
    const perEpoch = Math.ceil(batchesPerEpoch / params.gradientAccumulationSteps);
    return { perEpoch, total: perEpoch * params.epochs, batchesPerEpoch };
}
/**
 * Fit the linear head: AdamW on whitened, width-scaled training features (see feature-whitening.ts) from the
 * linear discriminant of those features (discriminant-start.ts), linear warmup then decay, gradient accumulation,
 * logging/eval/save every N optimizer steps. Evaluations, checkpoints and the result use the head folded back over
 * the raw pooled features, the one the exported graph runs. The seed fixes the order examples are visited in, and
 * all arithmetic runs in one fixed order, so a seed fixes the bytes.
 */
async function trainHead(params) {
    const { train, validation, labelNames, hiddenSize, parameters, signal, callbacks } = params;
    const random = seededRandom(parameters.seed);
    const product = await openMatrixProduct();
    let whitening;
    let whitened;
    let head;
    try {
        ({ whitening, whitened } = await whitenTrainingFeatures({ features: train.features, hiddenSize, scale: REFERENCE_WIDTH / hiddenSize, product }));
        head = await discriminantStart({ features: whitened, targets: train.targets, numLabels: labelNames.length, hiddenSize, product });
    }
    finally {
        await product.release();
    }
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
// EXTERNAL MODULE: ./src/trainers/builtin/onnx/compose-classifier.ts
var compose_classifier = __webpack_require__(25632);
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

;// CONCATENATED MODULE: ./src/trainers/builtin/train-builtin.ts









/**
 * One run of the built-in trainer (see builtin-trainer.ts): its own module, loaded only when a run trains, so that
 * a cache hit loads none of onnxruntime, the tokenizers or the ONNX writer.
 */
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
    const encoder = await (0,pooled_encoder/* openPooledEncoder */.M)({ modelDir: params.modelPath, encoderPath: encoderFile.path, encoderFile: encoderFile.file, maxLength: parameters.maxLength });
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


/***/ })

};

export const id = 693;
export const ids = [693];
export const modules = {

/***/ 26591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



exports.quote = __webpack_require__(5335);
exports.parse = __webpack_require__(42696);


/***/ }),

/***/ 42696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

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
// EXTERNAL MODULE: ./src/trainers/builtin/load-onnxruntime.ts + 1 modules
var load_onnxruntime = __webpack_require__(16072);
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

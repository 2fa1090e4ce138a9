export const id = 360;
export const ids = [360];
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

/***/ 1035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cv: () => (/* binding */ lowerIsBetter),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   ik: () => (/* binding */ describeMetricChange),
/* harmony export */   ng: () => (/* binding */ isBookkeepingMetric),
/* harmony export */   pu: () => (/* binding */ numericMetrics)
/* harmony export */ });
/** Metrics where smaller is better (losses, perplexity); every other metric is better when larger. */
function lowerIsBetter(metric) {
    return /loss|perplexity|error|_mae|_mse|_rmse/i.test(metric);
}
/**
 * Counters a trainer reports beside its metrics (Hugging Face Trainer's names): how long, how many steps and rows.
 * A report's metric column leaves them out; they measure the run, not the model.
 */
function isBookkeepingMetric(metric) {
    return /^(epoch|global_step|step|total_flos|learning_rate|lr)$|_runtime$|_samples$|_per_second$|_steps$/.test(metric);
}
/** A metric as reports print it: whole numbers as they are, others to 4 significant digits. */
function formatMetric(value) {
    if (!Number.isFinite(value))
        return String(value);
    return Number.isInteger(value) ? String(value) : Number(value.toPrecision(4)).toString();
}
/** `eval_accuracy 0.912 → 0.931 (+0.019, better)`; `eval_loss 0.41` when the base has no such metric. */
function describeMetricChange(params) {
    const { metric, current, base } = params;
    if (base === undefined)
        return `${metric} ${formatMetric(current)}`;
    const delta = current - base;
    if (delta === 0 || Number(delta.toPrecision(3)) === 0)
        return `${metric} ${formatMetric(current)} (unchanged)`;
    const better = lowerIsBetter(metric) ? delta < 0 : delta > 0;
    const sign = delta > 0 ? '+' : '−';
    return `${metric} ${formatMetric(base)} → ${formatMetric(current)} (${sign}${formatMetric(Math.abs(Number(delta.toPrecision(3))))}, ${better ? 'better' : 'worse'})`;
}
/** Numbers only, from an object that may hold anything (a --json result, a record read back). */
function numericMetrics(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'number'));
}


/***/ }),

/***/ 43360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  su: () => (/* binding */ metricsOfResult),
  Ij: () => (/* binding */ reportRowFromResult),
  Jz: () => (/* binding */ stepIdOf)
});

// UNUSED EXPORTS: describeDecision, stepId

// EXTERNAL MODULE: ./src/steps/train/train-key.ts
var train_key = __webpack_require__(24954);
// EXTERNAL MODULE: ./src/report/metric-delta.ts
var metric_delta = __webpack_require__(1035);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/report/safe-text.ts

/** An absolute path as the report shows it: `./rel` inside the workspace, `…/name` outside it. */
function displayPath(path, options) {
    if (!(0,external_node_path_.isAbsolute)(path))
        return path;
    const inside = (0,external_node_path_.relative)(options.workspace, path);
    if (inside === '')
        return '.';
    if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
        return `…/${path.split(external_node_path_.sep).filter(Boolean).pop() ?? ''}`;
    return `./${inside.split(external_node_path_.sep).join('/')}`;
}
/** Absolute paths in free text (reasons, messages): after a space, a quote, a bracket or "=", never inside a URL. */
const ABSOLUTE_PATH = /(^|[\s'"`(=[])(\/[^\s'"`()|,;\]]+)/g;
/**
 * Text that can go into a PR comment or a shared file: every secret masked, the workspace written as ".", and any
 * other absolute path cut to its last part (a runner's home, temp or tool-cache paths are nobody's business).
 */
function safeText(text, options) {
    let out = text;
    for (const secret of options.secrets) {
        if (secret && secret.length >= 4)
            out = out.split(secret).join('***');
    }
    return out.replace(ABSOLUTE_PATH, (_, lead, path) => `${lead}${displayPath(path.replace(/[.:]+$/, ''), options)}${path.match(/[.:]+$/)?.[0] ?? ''}`);
}

;// CONCATENATED MODULE: ./src/report/report-row.ts



/** The base as a row keeps it: its components served the comparison and stay out of the comment. */
const withoutComponents = ({ components: _components, ...base }) => base;
/** Points kept of a history: enough for a curve, small enough for a comment's hidden data. */
const HISTORY_POINTS = 30;
function thinHistory(history) {
    if (history.length <= HISTORY_POINTS)
        return history;
    const every = Math.ceil(history.length / HISTORY_POINTS);
    return history.filter((_, index) => index % every === 0 || index === history.length - 1);
}
const SOURCE_WORDS = {
    disk: 'skipped (output dir up to date)',
    'tool-cache': 'from tool cache',
    'actions-cache': 'from Actions cache',
    store: 'from store',
    s3: 'from store',
};
/** The decision in a few words: skipped, from a cache, downloaded, trained (and plan-mode answers). */
function describeDecision(result) {
    const source = String(result.source ?? 'none');
    if (result.needsRun === true)
        return 'needs to run (plan)';
    if (result.plan === true && result.cacheHit === true)
        return `would restore ${source === 'disk' ? 'from disk' : (SOURCE_WORDS[source] ?? `from ${source}`)} (plan)`;
    if (result.cacheHit === true)
        return SOURCE_WORDS[source] ?? `from ${source}`;
    if (source === 'hub')
        return 'downloaded';
    if (source === 'trained')
        return 'trained';
    if (result.command === 'evaluate')
        return 'evaluated';
    return source === 'none' ? 'ran' : source;
}
/** The metrics a result carries: train's `metrics`, evaluate's accuracy and loss. */
function metricsOfResult(result) {
    if (result.command === 'evaluate')
        return (0,metric_delta/* numericMetrics */.pu)({ accuracy: result.accuracy, loss: result.loss });
    return (0,metric_delta/* numericMetrics */.pu)(result.metrics);
}
/** The identity of a step across runs: `train ./models/fine-tuned`, `evaluate ./models/fine-tuned on ./data/test.jsonl`. */
function stepId(params) {
    const on = params.data ? ` on ${displayPath(params.data, params)}` : '';
    return `${params.command} ${displayPath(params.outputDir, params)}${on}`;
}
/** A result's output dir (an evaluation's --json names it modelDir). */
const outputDirOf = (result) => (typeof result.outputDir === 'string' ? result.outputDir : typeof result.modelDir === 'string' ? result.modelDir : '');
/** The step identity of a `--json` result. */
function stepIdOf(result, workspace) {
    const command = String(result.command ?? 'step');
    return stepId({ command, outputDir: outputDirOf(result), data: command === 'evaluate' && typeof result.data === 'string' ? result.data : undefined, workspace });
}
/**
 * A row from a step's `--json` result (the CLI's output, or the Action's result as resultToJson makes it). Text is
 * made safe here, once: rows travel into comments, their hidden data and files.
 */
function reportRowFromResult(params) {
    const { result, safe } = params;
    const command = String(result.command ?? 'step');
    const outputDir = outputDirOf(result);
    const duration = typeof result.durationMs === 'number' ? result.durationMs : 0;
    const production = typeof result.productionMs === 'number' ? result.productionMs : undefined;
    const cacheHit = result.cacheHit === true;
    const planned = result.plan === true;
    const history = Array.isArray(result.history) ? thinHistory(result.history) : [];
    const source = String(result.source ?? 'none');
    const base = params.base;
    const current = result.keyComponents;
    const baseReasons = command === 'train' && base?.found && base.components && base.key !== result.key && current && typeof current === 'object'
        ? (0,train_key/* explainKeyChange */.fS)(base.components, current).map((reason) => safeText(reason, safe))
        : [];
    return {
        id: safeText(stepIdOf(result, safe.workspace), safe),
        command,
        outputDir: displayPath(outputDir, safe),
        decision: describeDecision(result),
        source,
        cacheHit,
        reasons: (Array.isArray(result.reasons) ? result.reasons : []).map((reason) => safeText(String(reason), safe)),
        ...(cacheHit && !planned && production !== undefined && production > duration ? { timeSavedMs: production - duration } : {}),
        key: typeof result.key === 'string' ? result.key : '',
        metrics: metricsOfResult(result),
        ...(baseReasons.length > 0 ? { baseReasons } : {}),
        ...(params.base ? { base: withoutComponents(params.base) } : {}),
        ...(params.runUrl && source === 'trained' ? { runUrl: params.runUrl } : {}),
        ...(history.length > 0 ? { history } : {}),
    };
}


/***/ }),

/***/ 69987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ identifyCodeFiles),
/* harmony export */   a3: () => (/* binding */ findCodeFiles),
/* harmony export */   aF: () => (/* binding */ codeFilesComponent),
/* harmony export */   y_: () => (/* binding */ explainCodeFilesChange)
/* harmony export */ });
/* unused harmony exports isInside, commandWords, filesNamedByCommand, filesMatchingGlobs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26591);
/* harmony import */ var _core_concurrency_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88904);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34754);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20044);
/* harmony import */ var _train_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94708);








/** Is `child` strictly inside `parent`? `paths`: the platform's path module (path.win32 in tests). */
function isInside(parent, child, paths = (node_path__WEBPACK_IMPORTED_MODULE_1___default())) {
    const inside = paths.relative(parent, child);
    return inside !== '' && !inside.startsWith(`..${paths.sep}`) && inside !== '..' && !paths.isAbsolute(inside);
}
/**
 * The words of a `--run` command that name files: each shell word (quotes removed) and the value after `=` in
 * `--name=value`. Operators, globs and `$VARIABLES` are not words here; a variable stays unexpanded, so
 * `$HOME/x.py` names nothing.
 */
function commandWords(command) {
    const words = [];
    for (const token of (0,shell_quote__WEBPACK_IMPORTED_MODULE_2__.parse)(command, (name) => `$${name}`)) {
        if (typeof token !== 'string')
            continue;
        words.push(token);
        const equals = token.indexOf('=');
        if (equals > 0 && equals < token.length - 1)
            words.push(token.slice(equals + 1));
    }
    return words;
}
/**
 * Files a `--run` command names that exist as regular files inside the working directory: `train.py` in
 * `python train.py --config=cfg.yaml` (and `cfg.yaml`). Programs found on PATH, files outside the working
 * directory and directories are not taken. `exclude` holds dirs whose files never enter (the output dir: its
 * files are the result, not its cause).
 */
async function filesNamedByCommand(params) {
    const found = new Set();
    for (const word of commandWords(params.command)) {
        if (word === '' || word.startsWith('-') || word.includes('\0'))
            continue;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(params.cwd, word);
        if (!isInside(params.cwd, absolute) || (params.exclude ?? []).some((dir) => absolute === dir || isInside(dir, absolute)))
            continue;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
        if (info?.isFile())
            found.add(absolute);
    }
    return [...found];
}
/**
 * The files `--key-files` globs match, relative to the working directory (a dir alone means everything under
 * it). Dot files and dot dirs (.git, .venv) are matched only when the glob names them. A glob that matches
 * nothing is an input error: a typo would otherwise leave the code silently out of the key.
 */
async function filesMatchingGlobs(params) {
    const found = new Set();
    // Loaded here: a run without --key-files (and every cache hit of one) needs no glob walker.
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 73382));
    for (const pattern of params.globs) {
        // Blank globs were refused when the request was parsed (parseTrainRequest).
        const trimmed = pattern.trim();
        const matches = await glob(trimmed, { cwd: params.cwd, absolute: true, onlyFiles: true, expandDirectories: true, followSymbolicLinks: false });
        const kept = matches.map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)).filter((path) => !(params.exclude ?? []).some((dir) => path === dir || isInside(dir, path)));
        if (kept.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${params.flag} ${JSON.stringify((0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g$)(trimmed))} matches no file in ${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g$)(params.cwd)}: check the glob (it is relative to the working directory; dot files need a glob that names them)`);
        }
        for (const path of kept)
            found.add(path);
    }
    return [...found];
}
/**
 * Hash each code file, reusing the recorded sha256 when size, mtime and inode are unchanged (the datasets' fast
 * path). Sorted by key path, so the key does not depend on the order globs matched in.
 */
async function identifyCodeFiles(params) {
    const known = new Map((params.known ?? []).map((record) => [`${record.role}:${record.path}`, record]));
    // A glob may match thousands of files: a few at a time, so open files stay far below any ulimit.
    const records = await (0,_core_concurrency_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)({
        items: params.files,
        limit: 16,
        worker: async ({ absolute, role }) => {
            const path = (0,_train_request_js__WEBPACK_IMPORTED_MODULE_6__/* .requestPath */ .Z)(absolute, params.cwd).keyPath;
            const stamp = await (0,_core_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashWithStatCache */ .l)(absolute, known.get(`${role}:${path}`));
            return { path, role, ...stamp };
        },
    });
    return records.sort((a, b) => (a.path === b.path ? a.role.localeCompare(b.role) : a.path < b.path ? -1 : 1));
}
/** The key's view of code files: `{ "./train.py": "<sha256>" }` for one role, or undefined when there are none. */
function codeFilesComponent(records, role) {
    const entries = (records ?? []).filter((record) => record.role === role).map((record) => [record.path, record.sha256]);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
/** One reason per code file that changed, was added or was removed: `trainer file ./train.py: content changed`. */
function explainCodeFilesChange(params) {
    const before = (params.before ?? {});
    const after = (params.after ?? {});
    const reasons = [];
    for (const path of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        if (before[path] === after[path])
            continue;
        if (before[path] === undefined)
            reasons.push(`${params.label} ${path}: added`);
        else if (after[path] === undefined)
            reasons.push(`${params.label} ${path}: removed`);
        else
            reasons.push(`${params.label} ${path}: content changed`);
    }
    return reasons;
}
/**
 * Every code file of a training's key: those its `--run` command names (role trainer) and those `--key-files`
 * matches (role key-file). The output dir, the base model dir and the two dataset files (already in the key by
 * content) never count.
 */
async function findCodeFiles(params) {
    const { cwd, exclude } = params;
    const named = params.command ? await filesNamedByCommand({ command: params.command, cwd, exclude }) : [];
    const matched = params.keyFiles.length > 0 ? await filesMatchingGlobs({ globs: params.keyFiles, cwd, flag: params.flag, exclude }) : [];
    return [...named.map((absolute) => ({ absolute, role: 'trainer' })), ...matched.map((absolute) => ({ absolute, role: 'key-file' }))];
}


/***/ }),

/***/ 15495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ parseKeyEnvNames),
/* harmony export */   IQ: () => (/* binding */ explainKeyEnvChange),
/* harmony export */   yp: () => (/* binding */ keyEnvComponent)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20044);



const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Check `--key-env` names: environment variable names, each once. */
function parseKeyEnvNames(params) {
    const names = new Set();
    for (const raw of params.names) {
        const name = raw.trim();
        if (!NAME.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${params.flag} ${JSON.stringify((0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(name))} is not an environment variable name: give a name such as CUDA_VISIBLE_DEVICES (letters, digits, _; not starting with a digit)`);
        }
        names.add(name);
    }
    return [...names].sort();
}
/**
 * The key's view of `--key-env` variables: each name with a sha256 of its value (null when unset). The value
 * itself is never recorded or printed: it may be a switch as much as something private.
 */
function keyEnvComponent(params) {
    if (params.names.length === 0)
        return undefined;
    return Object.fromEntries(params.names.map((name) => {
        const value = params.env[name];
        return [name, value === undefined ? null : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`model-experiments key-env\0${name}\0${value}`).digest('hex')];
    }));
}
/** One reason per variable whose value changed, without the value: `key-env CUDA_VISIBLE_DEVICES: value changed`. */
function explainKeyEnvChange(params) {
    const before = (params.before ?? {});
    const after = (params.after ?? {});
    const reasons = [];
    for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        const was = before[name];
        const now = after[name];
        if (was === now)
            continue;
        if (!(name in before))
            reasons.push(`key-env ${name}: added to the key`);
        else if (!(name in after))
            reasons.push(`key-env ${name}: no longer in the key`);
        else if (was === null)
            reasons.push(`key-env ${name}: now set (was unset)`);
        else if (now === null)
            reasons.push(`key-env ${name}: now unset`);
        else
            reasons.push(`key-env ${name}: value changed`);
    }
    return reasons;
}


/***/ }),

/***/ 24954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yx: () => (/* binding */ trainKeyComponents),
/* harmony export */   fS: () => (/* binding */ explainKeyChange)
/* harmony export */ });
/* unused harmony export formatTrainer */
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75527);
/* harmony import */ var _train_parameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77549);
/* harmony import */ var _code_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69987);
/* harmony import */ var _key_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15495);




/**
 * The train key's components, named as the user names them so a diff reads "epochs: 3 → 5". Datasets enter by
 * path and content hash (never mtime: a fresh checkout must still hit). The base model enters by its resolved
 * revision when its dir says which; a bare --model-path by its path.
 */
function trainKeyComponents(input) {
    const model = input.modelRevision ? { 'model-revision': input.modelRevision } : input.modelPath ? { 'model-path': input.modelPath } : {};
    const parameters = Object.fromEntries(Object.keys(_train_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .PARAMETER_NAMES */ .pX).map((field) => [_train_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .PARAMETER_NAMES */ .pX[field], input.parameters[field]]));
    return {
        'model-name': input.modelName,
        ...model,
        'train-data': { path: input.datasets.train.path, sha256: input.datasets.train.sha256 },
        'val-data': { path: input.datasets.val.path, sha256: input.datasets.val.sha256 },
        ...parameters,
        trainer: input.trainer,
        // Present only when there is something in them, so a key without code files reads as it always did.
        ...optional('trainer-files', (0,_code_files_js__WEBPACK_IMPORTED_MODULE_2__/* .codeFilesComponent */ .aF)(input.codeFiles, 'trainer')),
        ...optional('key-files', (0,_code_files_js__WEBPACK_IMPORTED_MODULE_2__/* .codeFilesComponent */ .aF)(input.codeFiles, 'key-file')),
        ...optional('key-env', input.keyEnv && Object.keys(input.keyEnv).length > 0 ? input.keyEnv : undefined),
    };
}
const optional = (field, value) => (value === undefined ? {} : { [field]: value });
/** A trainer as a person names it: `--run "python train.py"`, or `builtin version=1 text-column=text`. */
function formatTrainer(identity) {
    if (identity === null || typeof identity !== 'object')
        return (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(identity);
    const { kind, command, ...rest } = identity;
    if (kind === 'command' && typeof command === 'string')
        return `--run ${JSON.stringify(command)}`;
    const fields = Object.entries({ ...(command === undefined ? {} : { command }), ...rest })
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([field, value]) => `${field}=${(0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(value)}`);
    return [String(kind ?? 'trainer'), ...fields].join(' ');
}
/** One reason per changed component: `epochs: 3 → 5`, `train-data ./data/train.jsonl: content changed`. */
function explainKeyChange(previous, current) {
    return (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .diffComponents */ ._X)({
        previous,
        current,
        describe: (field, before, after) => {
            if (field === 'train-data' || field === 'val-data') {
                const was = before;
                const now = after;
                if (was?.path && now?.path && was.path === now.path)
                    return `${field} ${now.path}: content changed`;
                return `${field}: ${was?.path ?? '(none)'} → ${now?.path ?? '(none)'}`;
            }
            if (field === 'trainer-files')
                return (0,_code_files_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCodeFilesChange */ .y_)({ label: 'trainer file', before, after });
            if (field === 'key-files')
                return (0,_code_files_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCodeFilesChange */ .y_)({ label: 'key file', before, after });
            if (field === 'key-env')
                return (0,_key_env_js__WEBPACK_IMPORTED_MODULE_3__/* .explainKeyEnvChange */ .IQ)({ before, after });
            if (field === 'trainer')
                return explainTrainerChange(before, after);
            return undefined;
        },
    });
}
/**
 * One reason per thing that changed in a trainer of the same kind, named the way a person knows it:
 * `trainer: transformers 5.18.0 → 5.19.0`, `trainer: train_transformers.py changed (sha256 1a2b3c4d… → 5e6f7a8b…)`.
 * A change of kind (or anything else) reads as the whole trainer before and after.
 */
function explainTrainerChange(before, after) {
    const was = before;
    const now = after;
    if (was?.kind !== 'transformers' || now?.kind !== 'transformers')
        return `trainer: ${formatTrainer(before)} → ${formatTrainer(after)}`;
    const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((field) => (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(was[field]) !== (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(now[field]));
    return fields.map((field) => {
        if (field === 'script')
            return `trainer: train_transformers.py changed (sha256 ${String(was[field]).slice(0, 8)}… → ${String(now[field]).slice(0, 8)}…)`;
        return `trainer: ${field} ${(0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(was[field])} → ${(0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(now[field])}`;
    });
}


/***/ }),

/***/ 77549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pX: () => (/* binding */ PARAMETER_NAMES),
  xb: () => (/* binding */ isTrainingParameters),
  Gn: () => (/* binding */ parseTrainingParameters)
});

// EXTERNAL MODULE: ./src/core/validate-input.ts
var validate_input = __webpack_require__(20044);
;// CONCATENATED MODULE: ./src/trainers/trainer.ts
const DEFAULT_TRAINING_PARAMETERS = {
    epochs: 3,
    batchSize: 16,
    learningRate: 5e-5,
    warmupSteps: 0,
    saveSteps: 500,
    loggingSteps: 50,
    evalSteps: 500,
    maxLength: 128,
    gradientAccumulationSteps: 1,
    fp16: false,
    seed: 42,
};

;// CONCATENATED MODULE: ./src/steps/train/train-parameters.ts


/** The user-facing name of each parameter: the CLI flag without "--", the Action input, the key component. */
const PARAMETER_NAMES = {
    epochs: 'epochs',
    batchSize: 'batch-size',
    learningRate: 'learning-rate',
    warmupSteps: 'warmup-steps',
    saveSteps: 'save-steps',
    loggingSteps: 'logging-steps',
    evalSteps: 'eval-steps',
    maxLength: 'max-length',
    gradientAccumulationSteps: 'gradient-accumulation-steps',
    fp16: 'fp16',
    seed: 'seed',
};
/**
 * Bounds wide enough for any real run and narrow enough to catch a typo (epochs 1e9, batch size 0) before a
 * trainer is started on it.
 */
const INTEGER_BOUNDS = {
    epochs: { min: 1, max: 10_000 },
    batchSize: { min: 1, max: 65_536 },
    warmupSteps: { min: 0, max: 100_000_000 },
    saveSteps: { min: 1, max: 100_000_000 },
    loggingSteps: { min: 1, max: 100_000_000 },
    evalSteps: { min: 1, max: 100_000_000 },
    maxLength: { min: 1, max: 1_048_576 },
    gradientAccumulationSteps: { min: 1, max: 65_536 },
    // numpy's and torch's seeding accept 32-bit unsigned values.
    seed: { min: 0, max: 4_294_967_295 },
};
const MAX_LEARNING_RATE = 1;
/** Every parameter checked, each message naming the flag (or input) the way `flagName` spells it. */
function parseTrainingParameters(params) {
    const { raw, flagName } = params;
    const integer = (field) => (0,validate_input/* parseInteger */.cG)({ flag: flagName(PARAMETER_NAMES[field]), value: raw[PARAMETER_NAMES[field]], ...INTEGER_BOUNDS[field], fallback: DEFAULT_TRAINING_PARAMETERS[field] });
    return {
        epochs: integer('epochs'),
        batchSize: integer('batchSize'),
        learningRate: (0,validate_input/* parseDecimal */.$Q)({
            flag: flagName(PARAMETER_NAMES.learningRate),
            value: raw['learning-rate'],
            greaterThan: 0,
            max: MAX_LEARNING_RATE,
            fallback: DEFAULT_TRAINING_PARAMETERS.learningRate,
        }),
        warmupSteps: integer('warmupSteps'),
        saveSteps: integer('saveSteps'),
        loggingSteps: integer('loggingSteps'),
        evalSteps: integer('evalSteps'),
        maxLength: integer('maxLength'),
        gradientAccumulationSteps: integer('gradientAccumulationSteps'),
        fp16: raw.fp16 ?? DEFAULT_TRAINING_PARAMETERS.fp16,
        seed: integer('seed'),
    };
}
/** Is `value` a complete, well-typed parameter set (as read back from metadata)? */
function isTrainingParameters(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const record = value;
    return Object.keys(PARAMETER_NAMES).every((field) => field === 'fp16' ? typeof record[field] === 'boolean' : typeof record[field] === 'number' && Number.isFinite(record[field]));
}


/***/ }),

/***/ 94708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseTrainRequest),
/* harmony export */   Z: () => (/* binding */ requestPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20044);
/* harmony import */ var _key_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15495);
/* harmony import */ var _train_parameters_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77549);





/**
 * A path the user gave, made absolute, and the form the key holds: relative to the working directory with `/`
 * separators ("./data/train.jsonl" whether it was given as data\train.jsonl on Windows or data/train.jsonl on
 * Linux, so one checkout has one key on every runner), or absolute when it is outside the working directory.
 * `paths` is the platform's path module (path.win32 / path.posix in tests).
 */
function requestPath(value, cwd, paths = (node_path__WEBPACK_IMPORTED_MODULE_0___default())) {
    const absolute = paths.resolve(cwd, value);
    const inside = paths.relative(cwd, absolute);
    const keyPath = inside === '' ? '.' : inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside) ? absolute : `./${inside.split(paths.sep).join('/')}`;
    return { absolute, keyPath };
}
/** Check the request before any file is read or any trainer started; messages name flags (or inputs) via `flagName`. */
function parseTrainRequest(params) {
    const { cwd, flagName } = params;
    const modelName = (0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRepoId */ .S1)(params.modelName, flagName('model-name'));
    const required = (value, name, what) => {
        const trimmed = value?.trim();
        if (!trimmed)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flagName(name)} is required: give ${what}`);
        return trimmed;
    };
    const trainData = required(params.trainData, 'train-data', 'the JSONL file to train on, e.g. ./data/train.jsonl');
    const valData = required(params.valData, 'val-data', 'the JSONL file to evaluate on, e.g. ./data/val.jsonl');
    const outputDir = required(params.outputDir, 'output-dir', 'the directory the trained model goes into, e.g. ./models/fine-tuned');
    const modelPath = params.modelPath?.trim();
    if (params.modelPath !== undefined && !modelPath)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flagName('model-path')} must not be empty: give the base model's directory or leave it out`);
    return {
        modelName,
        modelPath: modelPath ? requestPath(modelPath, cwd) : undefined,
        trainData: requestPath(trainData, cwd),
        valData: requestPath(valData, cwd),
        outputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, outputDir),
        displayOutputDir: outputDir,
        parameters: (0,_train_parameters_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTrainingParameters */ .Gn)({ raw: params.parameters, flagName }),
        unsetParameters: unsetParameters(params.parameters),
        cwd,
        keyFiles: (params.keyFiles ?? []).map((glob) => {
            if (glob.trim() === '')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flagName('key-files')} must not be empty: give a glob relative to the working directory, e.g. 'src/**/*.py'`);
            return glob.trim();
        }),
        keyEnv: (0,_key_env_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyEnvNames */ .Gf)({ names: params.keyEnv ?? [], flag: flagName('key-env') }),
    };
}
function unsetParameters(raw) {
    return Object.keys(_train_parameters_js__WEBPACK_IMPORTED_MODULE_4__/* .PARAMETER_NAMES */ .pX).filter((field) => (field === 'fp16' ? raw.fp16 === undefined : (raw[_train_parameters_js__WEBPACK_IMPORTED_MODULE_4__/* .PARAMETER_NAMES */ .pX[field]] ?? '') === ''));
}


/***/ })

};

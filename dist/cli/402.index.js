export const id = 402;
export const ids = [402];
export const modules = {

/***/ 58761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeFully),
/* harmony export */   m: () => (/* binding */ writevFully)
/* harmony export */ });
/**
 * Write all of `bytes` (at `position`, or at the file's current offset when null): a write may store fewer bytes
 * than asked when the disk fills, and a file that silently lost its tail must never be renamed into place.
 */
async function writeFully(params) {
    const { handle, bytes, position } = params;
    let offset = 0;
    while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position === null ? null : position + offset);
        if (bytesWritten <= 0)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        offset += bytesWritten;
    }
}
/**
 * writeFully for several buffers at once, one writev per call: a batch of network chunks reaches the file without
 * first being copied into one buffer. A short write continues with the bytes not yet written.
 */
async function writevFully(params) {
    const { handle } = params;
    let chunks = params.chunks.filter((chunk) => chunk.length > 0);
    let position = params.position;
    while (chunks.length > 0) {
        // At most IOV_MAX (1024 on Linux) buffers per call; the rest go in the next turn of the loop.
        const { bytesWritten } = await handle.writev(chunks.slice(0, 1024), position);
        if (bytesWritten <= 0)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        position += bytesWritten;
        chunks = skipBytes(chunks, bytesWritten);
    }
}
/** The buffers after the first `count` bytes of them. */
function skipBytes(chunks, count) {
    let left = count;
    let index = 0;
    while (index < chunks.length && left >= chunks[index].length)
        left -= chunks[index++].length;
    const rest = chunks.slice(index);
    if (left > 0)
        rest[0] = rest[0].subarray(left);
    return rest;
}


/***/ }),

/***/ 84585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jg: () => (/* binding */ getBodyWithRetries)
/* harmony export */ });
/* unused harmony exports UnsupportedResponseError, getBody */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83323);
/* harmony import */ var _fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47226);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57856);
/* harmony import */ var _proxy_for_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46442);






/**
 * A GET whose body goes to a Writable in ~1 MiB writes, read with net's `onread` into a few large buffers. Node's
 * http client reads a socket 64 KiB at a time into a new Buffer each time; for a gigabyte those buffers cost more
 * CPU in garbage collection than the transfer itself (measured on the 1 GiB Actions cache restore benchmark: our
 * process 1.8–2.3 CPU-s through http, 0.7–0.9 s this way). No library reads an HTTP body into caller-chosen
 * buffers, so this is a deliberately small HTTP/1.1 client, written here: one request per connection
 * (Connection: close), identity encoding, a Content-Length or close-delimited body, redirects followed as fetch
 * follows them (Authorization dropped once a hop leaves the origin it was given for), through the proxy the
 * environment names (proxy.ts: CONNECT for https, the absolute URL for http). A chunked body or a
 * response head over 64 KiB is refused (UnsupportedResponseError). For small requests use fetch.
 */
const SLOT_BYTES = 1024 * 1024;
const SLOTS = 8;
/** A read is never offered less room than this (a slot with less left is written out first). */
const MIN_READ = 64 * 1024;
const MAX_HEAD = 64 * 1024;
/** A buffer for up to `bytes` more bytes: at most a slot, never less than a read is offered. */
const slotFor = (bytes) => Buffer.allocUnsafe(Math.min(SLOT_BYTES, Math.max(MIN_READ, bytes)));
/** A response this client does not read; not worth another attempt. */
class UnsupportedResponseError extends Error {
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** fetch's limit. */
const MAX_REDIRECTS = 20;
/**
 * GET `url`, following redirects; resolves once the final response's head is in (its body not yet read).
 * `keepBuffers`: the sink keeps the buffers it is written (each write is a fresh one); otherwise a buffer is
 * reused once its write called back.
 */
async function getBody(params) {
    let url = new URL(params.url);
    let headers = params.headers;
    for (let redirects = 0;; redirects++) {
        const response = await getOnce({ url, headers, signal: params.signal, keepBuffers: params.keepBuffers ?? false, expectedBytes: params.expectedBytes });
        const location = response.headers.location;
        if (!REDIRECTS.has(response.status) || !location)
            return response;
        response.discard();
        if (redirects >= MAX_REDIRECTS)
            throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw new Error(`a redirect to a ${next.protocol} URL`);
        if (next.origin !== url.origin)
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
        url = next;
    }
}
/**
 * getBody inside the retry loop every request here has (429/5xx, connection failures, a head that is late); a
 * response this client does not read is not asked for again. Resolves with the last answer, whatever its status.
 */
function getBodyWithRetries(params) {
    const { url, headers, keepBuffers, expectedBytes } = params;
    return (0,_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)({
        policy: params.policy,
        onRetry: params.onRetry,
        input: url,
        isPermanent: (error) => error instanceof UnsupportedResponseError,
        attempt: (signal) => getBody({ url, headers, signal, keepBuffers, expectedBytes }),
        answer: (response) => ({ status: response.status, retryAfter: response.headers['retry-after'] ?? null, discard: () => response.discard() }),
    });
}
function getOnce(params) {
    const { url, keepBuffers } = params;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return Promise.reject(new Error(`cannot GET a ${url.protocol} URL`));
    let proxy;
    try {
        proxy = (0,_proxy_for_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyFor */ .i)(url);
    }
    catch (error) {
        return Promise.reject(error);
    }
    const secure = url.protocol === 'https:';
    const port = Number(url.port || (secure ? 443 : 80));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const free = [];
    /** Buffers written to the sink whose writes have not called back: with the one being filled, at most SLOTS. */
    let outstanding = 0;
    // The first buffer holds the head and the start of the body: for a small file, just enough (203 files of 4 KiB had
    // cost 203 MiB of 1 MiB buffers, and a third of the run in garbage collection).
    let current = slotFor((params.expectedBytes ?? SLOT_BYTES) + MIN_READ);
    let filled = 0;
    let phase = 'head';
    let paused = false;
    let bodyLength;
    let bodyLeft = Infinity;
    let sink;
    let onBytes = () => undefined;
    let failure;
    let settle;
    const answered = new Promise((resolve, reject) => (settle = { resolve, reject }));
    let settleBody;
    /** Hand what the current buffer holds to the sink (its buffer comes back once written, unless kept). */
    const flush = () => {
        if (filled === 0 || !sink)
            return;
        const slot = current;
        const bytes = filled;
        outstanding++;
        sink.write(slot.subarray(0, bytes), () => {
            outstanding--;
            if (!keepBuffers)
                free.push(slot);
            if (paused && phase === 'body') {
                paused = false;
                resumeReading();
            }
        });
        onBytes(bytes);
        current = free.pop() ?? slotFor(bodyLeft);
        filled = 0;
    };
    const finishBody = () => {
        flush();
        phase = 'done';
        socket.destroy();
        settleBody?.resolve();
    };
    const fail = (error) => {
        if (phase === 'done')
            return;
        if (phase === 'body')
            flush();
        phase = 'done';
        failure = error;
        socket.destroy();
        settle.reject(error);
        settleBody?.reject(error);
    };
    const onHead = () => {
        const end = current.subarray(0, filled).indexOf('\r\n\r\n');
        if (end < 0 ? filled > MAX_HEAD : end > MAX_HEAD) {
            fail(new UnsupportedResponseError(`the response head is over ${MAX_HEAD} bytes`));
            return false;
        }
        if (end < 0)
            return true;
        const [statusLine, ...lines] = current.subarray(0, end).toString('latin1').split('\r\n');
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
        if (!status) {
            fail(new Error(`not an HTTP/1.1 response: ${JSON.stringify(statusLine.slice(0, 40))}`));
            return false;
        }
        const headers = {};
        for (const line of lines) {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const name = line.slice(0, colon).trim().toLowerCase();
            const value = line.slice(colon + 1).trim();
            headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
        }
        if ((headers['transfer-encoding'] ?? 'identity').toLowerCase() !== 'identity') {
            fail(new UnsupportedResponseError(`the server sent a ${headers['transfer-encoding']} body, which this client does not read`));
            return false;
        }
        if (headers['content-length'] !== undefined) {
            bodyLength = Number(headers['content-length']);
            if (!Number.isSafeInteger(bodyLength) || bodyLength < 0) {
                fail(new Error(`a bad Content-Length: ${headers['content-length']}`));
                return false;
            }
            bodyLeft = bodyLength;
        }
        // What came after the head is the body's start.
        current.copyWithin(0, end + 4, filled);
        filled -= end + 4;
        phase = 'waiting';
        settle.resolve({
            status: Number(status[1]),
            headers,
            pipeTo: (body) => {
                if (phase !== 'waiting')
                    return Promise.reject(failure ?? new Error('the body was already read or discarded'));
                sink = body.sink;
                onBytes = body.onBytes;
                phase = 'body';
                socket.setTimeout(body.idleMs, () => fail(new Error(`no data for ${body.idleMs} ms`)));
                const done = new Promise((resolve, reject) => (settleBody = { resolve, reject }));
                void body.stop.then((reason) => fail(reason instanceof Error ? reason : new Error(String(reason))));
                if (filled > bodyLeft)
                    filled = bodyLeft;
                bodyLeft -= filled;
                if (bodyLeft === 0)
                    finishBody();
                else
                    resumeReading();
                return done;
            },
            discard: () => {
                phase = 'done';
                socket.destroy();
            },
        });
        // Nothing more is read until the caller asks for the body.
        return false;
    };
    const onRead = (bytes) => {
        if (phase === 'head') {
            filled += bytes;
            return onHead();
        }
        if (phase !== 'body')
            return false;
        const useful = Math.min(bytes, bodyLeft);
        filled += useful;
        bodyLeft -= useful;
        if (bodyLeft === 0) {
            finishBody();
            return false;
        }
        if (current.length - filled >= MIN_READ)
            return true;
        flush();
        // The next buffer is in place (node asks for it right after this returns); reading stops while the sink holds
        // all the others.
        if (outstanding + 1 < SLOTS)
            return true;
        paused = true;
        return false;
    };
    const onread = { buffer: () => current.subarray(filled), callback: onRead };
    /**
     * TLS over a socket that already exists (the proxy's tunnel) ignores `onread` and emits 'data' instead: those
     * chunks are copied into the same buffers and fed to onRead, and what it did not take waits in `pending`.
     */
    let dataEvents = false;
    let pending;
    /** The connection ended while `pending` still held bytes: its end counts once they are read. */
    let endAfterPending = false;
    const feed = () => {
        while (pending && pending.length > 0 && phase !== 'done') {
            const bytes = Math.min(current.length - filled, pending.length);
            pending.copy(current, filled, 0, bytes);
            pending = pending.subarray(bytes);
            if (!onRead(bytes)) {
                socket.pause();
                return;
            }
        }
        pending = undefined;
        if (endAfterPending) {
            endAfterPending = false;
            onEnd();
        }
    };
    const resumeReading = () => {
        socket.resume();
        if (dataEvents)
            feed();
    };
    const connectSocket = async () => {
        if (proxy && secure) {
            // Through the proxy's CONNECT tunnel, then TLS with the host itself (the proxy sees only ciphertext).
            const tunnel = await (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .openTunnel */ .X)({ proxy, host, port, signal: params.signal });
            dataEvents = true;
            return (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ socket: tunnel, servername: (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) ? undefined : host });
        }
        // A plain http URL through a proxy is asked of the proxy itself, by its absolute URL.
        const to = proxy ? { host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)), secure: proxy.protocol === 'https:' } : { host, port, secure };
        return to.secure
            ? // tls.connect takes `onread` as net.connect does (documented; @types/node leaves it out).
                (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ host: to.host, port: to.port, servername: (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(to.host) ? undefined : to.host, ...{ onread } })
            : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: to.host, port: to.port, onread });
    };
    const authorization = proxy && !secure ? (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyAuthorization */ .YB)(proxy) : undefined;
    const target = proxy && !secure ? `${url.origin}${url.pathname}${url.search}` : `${url.pathname}${url.search}`;
    const lines = [
        `GET ${target} HTTP/1.1`,
        `Host: ${url.host}`,
        'Accept-Encoding: identity',
        'Connection: close',
        ...(Object.keys(params.headers).some((name) => name.toLowerCase() === 'user-agent') ? [] : [`User-Agent: ${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .USER_AGENT */ ._}`]),
        ...(authorization ? [`Proxy-Authorization: ${authorization}`] : []),
        ...Object.entries(params.headers).map(([name, value]) => `${name}: ${value}`),
    ];
    const onEnd = () => {
        if (phase === 'head')
            return fail(new Error('the connection closed before the response head'));
        if (phase !== 'body')
            return;
        // Close-delimited bodies end here; a Content-Length one that ends here broke off.
        if (bodyLength === undefined)
            return finishBody();
        fail(new Error('the connection closed before the body ended'));
    };
    let socket;
    const start = async () => {
        socket = await connectSocket();
        if (dataEvents) {
            socket.on('data', (chunk) => {
                pending = pending?.length ? Buffer.concat([pending, chunk]) : chunk;
                feed();
            });
        }
        socket.write(`${lines.join('\r\n')}\r\n\r\n`);
        socket.on('error', (error) => {
            // Forwarding through a proxy, a connection that never got an answer failed at the proxy.
            if (proxy && !secure && phase === 'head' && (error.syscall === 'connect' || error.syscall === 'getaddrinfo')) {
                return fail(Object.assign(new Error(`cannot reach the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .describeProxy */ .GK)(proxy)} (${error.code ?? error.message})`, { cause: error }), { code: error.code }));
            }
            fail(error);
        });
        socket.on('end', () => {
            if (pending?.length)
                endAfterPending = true;
            else
                onEnd();
        });
        const onAbort = () => fail(params.signal.reason instanceof Error ? params.signal.reason : new Error('aborted'));
        if (params.signal.aborted)
            onAbort();
        params.signal.addEventListener('abort', onAbort, { once: true });
        socket.once('close', () => params.signal.removeEventListener('abort', onAbort));
    };
    // No socket yet (the proxy refused the tunnel, or could not be reached): nothing to close.
    start().catch((error) => settle.reject(error));
    return answered;
}


/***/ }),

/***/ 46442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
/* harmony import */ var proxy_from_env__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98182);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57856);


/**
 * The proxy a request goes through, read from the environment as curl reads it (proxy-from-env: `https_proxy`,
 * `http_proxy` or `all_proxy`, lower case first, then upper case; `no_proxy` lists hosts, `.domain` suffixes,
 * `host:port`, or `*`). Self-hosted runners behind a mandatory proxy set these for the runner and every action.
 */
function proxyFor(url) {
    const scheme = url.protocol.slice(0, -1);
    // The setting proxy-from-env reads for this URL, as it reads it (lower case first); blank is no proxy.
    const setting = [`${scheme}_proxy`, 'all_proxy'].map((name) => process.env[name] || process.env[name.toUpperCase()]).find(Boolean)?.trim();
    if (!setting || !(0,proxy_from_env__WEBPACK_IMPORTED_MODULE_1__/* .getProxyForUrl */ .T)(url.href))
        return undefined;
    const parsed = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProxySetting */ .i)(setting);
    if ('problem' in parsed)
        throw new _proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .ProxySettingError */ .Tl(`the proxy setting for ${scheme} URLs ${parsed.problem}`);
    return parsed.url;
}


/***/ }),

/***/ 93129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P6: () => (/* binding */ downloadVerifiedFile),
  Hk: () => (/* binding */ localFileMatches),
  O2: () => (/* binding */ resolveUrl)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@huggingface/hub/dist/index.mjs + 15 modules
var dist = __webpack_require__(75009);
// EXTERNAL MODULE: ./src/core/atomic-write.ts
var atomic_write = __webpack_require__(63008);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/core/hash-worker.ts

/**
 * Hashing on a worker thread, so that the sha256 of a large download (~0.5 s per GiB here) runs beside receiving
 * and writing it rather than in series with them on the main thread.
 *
 * The worker reads back what was written, from the file (the page cache) through the writer's own descriptor:
 * the main thread neither copies the bytes nor hands them over, and what is verified is what the file holds.
 *
 * One worker, started on first use, serves every hash of the process (each is a job with its own hash state).
 * It holds the event loop open only while an answer is awaited: an idle worker never keeps the process alive,
 * and a caller awaiting a digest is never left hanging by an exiting process. Its code is a string evaluated as
 * CommonJS, so it needs no file of its own next to the bundle.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readSync } = require('node:fs');
const jobs = new Map();
let buffer;
parentPort.on('message', (message) => {
  const { job, type } = message;
  const state = jobs.get(job);
  if (type === 'start') {
    const hash = createHash(message.algorithm);
    if (message.prefix) hash.update(message.prefix);
    jobs.set(job, { hash, fd: message.fd, error: undefined });
  } else if (type === 'range') {
    if (!state || state.error !== undefined) return;
    try {
      buffer ??= Buffer.allocUnsafe(1024 * 1024);
      for (let position = message.start; position < message.end; ) {
        const read = readSync(state.fd, buffer, 0, Math.min(buffer.length, message.end - position), position);
        if (read === 0) throw new Error('the file ends at byte ' + position + ', before ' + message.end);
        state.hash.update(buffer.subarray(0, read));
        position += read;
      }
    } catch (error) {
      state.error = String((error && error.message) || error);
    }
  } else if (type === 'digest') {
    jobs.delete(job);
    if (!state) parentPort.postMessage({ job, error: 'unknown hash job' });
    else if (state.error !== undefined) parentPort.postMessage({ job, error: state.error });
    else parentPort.postMessage({ job, hex: state.hash.digest('hex') });
  } else if (type === 'drop') {
    jobs.delete(job);
    parentPort.postMessage({ job });
  }
});
`;
/** The one worker and the answers awaited from it, per job in the order asked (the worker answers in order). */
class HashWorkerHost {
    worker;
    waiting = new Map();
    outstanding = 0;
    nextJob = 1;
    dead;
    constructor() {
        this.worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        this.worker.unref();
        this.worker.on('message', (answer) => this.answer(answer));
        this.worker.on('error', (error) => this.fail(error));
        this.worker.on('exit', (code) => this.fail(new Error(`the hashing worker exited with code ${code}`)));
    }
    start(params) {
        if (this.dead)
            throw this.dead;
        const job = this.nextJob++;
        this.waiting.set(job, []);
        this.worker.postMessage({ job, type: 'start', ...params });
        return job;
    }
    /** A message that is not answered: a failure is kept by the job and reported by its digest. */
    tell(job, message) {
        if (!this.dead)
            this.worker.postMessage({ job, ...message });
    }
    ask(job, message) {
        if (this.dead)
            return Promise.reject(this.dead);
        const queue = this.waiting.get(job);
        if (!queue)
            return Promise.reject(new Error(`hash job ${job} is over`));
        return new Promise((resolve, reject) => {
            queue.push({ resolve, reject });
            if (this.outstanding++ === 0)
                this.worker.ref();
            this.worker.postMessage({ job, ...message });
        });
    }
    forget(job) {
        this.waiting.delete(job);
    }
    answer(answer) {
        if (--this.outstanding === 0)
            this.worker.unref();
        const waiter = this.waiting.get(answer.job)?.shift();
        if (!waiter)
            return;
        if (answer.error !== undefined)
            waiter.reject(new Error(`hashing failed: ${answer.error}`));
        else
            waiter.resolve(answer.hex);
    }
    /** A dead worker fails every pending answer; the next job starts a new worker. */
    fail(error) {
        if (this.dead)
            return;
        this.dead = error;
        if (host === this)
            host = undefined;
        this.outstanding = 0;
        for (const queue of this.waiting.values())
            for (const waiter of queue.splice(0))
                waiter.reject(error);
        void this.worker.terminate().catch(() => undefined);
    }
}
let host;
/**
 * The hash of what is written to the file open as `fd`, computed on the shared hashing worker (started now if it is
 * not running): each range is read back and hashed once written() says it is in the file. The worker reads `fd`
 * until digest() or dispose() resolved: close it only after.
 */
function workerFileContentHash(params) {
    host ??= new HashWorkerHost();
    const owner = host;
    const job = owner.start(params);
    let hashedUpTo = 0;
    let over = false;
    const end = async (type) => {
        over = true;
        try {
            return await owner.ask(job, { type });
        }
        finally {
            owner.forget(job);
        }
    };
    return {
        receive: () => undefined,
        written: (upTo) => {
            if (over || upTo <= hashedUpTo)
                return;
            owner.tell(job, { type: 'range', start: hashedUpTo, end: upTo });
            hashedUpTo = upTo;
        },
        digest: async () => (await end('digest')),
        dispose: async () => {
            if (over)
                return;
            // A dead worker reads nothing any more: nothing to wait for.
            await end('drop').catch(() => undefined);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/content-hash.ts


/**
 * Contents this large are hashed on the worker thread. Below it the worker is not worth its start (~30 ms of a
 * core) or its messages: a 32 MiB sha256 takes ~15 ms here, and many small files must not pay for a thread.
 */
const WORKER_HASH_MIN_BYTES = 32 * 1024 * 1024;
/**
 * The hash of a `size`-byte content being written to the file open as `fd`: read back and hashed on the shared
 * worker for large contents, hashed from memory on this thread otherwise. `prefix` is hashed first (git's blob
 * header).
 */
function createFileContentHash(params) {
    const { algorithm, prefix, size, fd } = params;
    return size >= WORKER_HASH_MIN_BYTES ? workerFileContentHash({ algorithm, prefix, fd }) : inlineContentHash({ algorithm, prefix });
}
/** A FileContentHash of the bytes as they are received, on this thread. */
function inlineContentHash(params) {
    const hash = (0,external_node_crypto_.createHash)(params.algorithm);
    if (params.prefix)
        hash.update(params.prefix);
    return {
        receive: (bytes) => void hash.update(bytes),
        written: () => undefined,
        digest: async () => hash.digest('hex'),
        dispose: async () => undefined,
    };
}

// EXTERNAL MODULE: ./src/core/write-fully.ts
var write_fully = __webpack_require__(58761);
;// CONCATENATED MODULE: ./src/core/hashing-file-writer.ts

/**
 * Streams chunks into a file from offset 0 while hashing them, without waiting for each write before taking the
 * next chunk. On a 2-core runner, receiving (main thread), writing (libuv's threadpool) and, for large files,
 * hashing (a worker thread, see content-hash.ts) then run side by side instead of one after the other.
 *
 * Chunks are batched by reference, not copied: one writev per `batchBytes` (writevFully: short writes, ENOSPC),
 * up to `maxInFlight` of them at once. Every `syncEveryBytes` written, a datasync runs in the background, so the
 * kernel writes back while the download goes on and the caller's final fsync finds little left to do.
 *
 * A failed write or background sync is kept and thrown by the next push() or drain(): the writer is then `failed`
 * and what it wrote counts for nothing.
 */
class HashingFileWriter {
    handle;
    hash;
    batchBytes;
    maxInFlight;
    syncEveryBytes;
    pending = [];
    pendingBytes = 0;
    received = 0;
    committed = 0;
    inFlight = [];
    /** The file holds every byte before this offset. */
    writtenUpTo = 0;
    syncedUpTo = 0;
    syncing;
    failure;
    hasFailed = false;
    constructor(params) {
        this.handle = params.handle;
        this.hash = params.hash;
        this.batchBytes = params.batchBytes ?? DEFAULT_BATCH_BYTES;
        this.maxInFlight = params.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
        this.syncEveryBytes = params.syncEveryBytes ?? DEFAULT_SYNC_EVERY_BYTES;
    }
    /** Bytes pushed so far. Once drain() resolved, all of them are in the file and in the hash. */
    get bytes() {
        return this.received;
    }
    /** A write or sync failed: the file and the hash may disagree, and nothing may resume from here. */
    get failed() {
        return this.hasFailed;
    }
    /**
     * Take `chunk`, which must not be modified afterwards (it is written as it is). Returns undefined when the
     * caller may push again at once, else a promise to await first: `maxInFlight` writes are running.
     */
    push(chunk) {
        this.throwIfFailed();
        this.hash.receive(chunk);
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        this.received += chunk.length;
        if (this.pendingBytes >= this.batchBytes || this.pending.length >= MAX_CHUNKS_PER_BATCH)
            this.commit();
        return this.inFlight.length >= this.maxInFlight ? this.inFlight[0].settled : undefined;
    }
    /** Write what is pending and wait for every write and sync: then `bytes` are all in the file and in the hash. */
    async drain() {
        if (!this.hasFailed && this.pendingBytes > 0)
            this.commit();
        await Promise.all(this.inFlight.map((batch) => batch.settled));
        await this.syncing;
        this.throwIfFailed();
    }
    /** The hex digest of every byte pushed; drain() first. */
    digest() {
        return this.hash.digest();
    }
    /** Give up the hash; resolves once nothing reads the file for it (close the file after). */
    dispose() {
        return this.hash.dispose();
    }
    commit() {
        const chunks = this.pending;
        const position = this.committed;
        this.committed += this.pendingBytes;
        this.pending = [];
        this.pendingBytes = 0;
        const batch = { end: this.committed, done: false, settled: Promise.resolve() };
        batch.settled = (0,write_fully/* writevFully */.m)({ handle: this.handle, chunks, position }).then(() => this.finished(batch), (error) => {
            this.fail(error);
            this.finished(batch);
        });
        this.inFlight.push(batch);
    }
    /** Writes end in any order; the hash learns of the written prefix in file order. */
    finished(batch) {
        batch.done = true;
        while (this.inFlight.length > 0 && this.inFlight[0].done)
            this.writtenUpTo = this.inFlight.shift().end;
        if (this.hasFailed)
            return;
        this.hash.written(this.writtenUpTo);
        if (!this.syncing && this.writtenUpTo - this.syncedUpTo >= this.syncEveryBytes) {
            this.syncedUpTo = this.writtenUpTo;
            this.syncing = this.handle.datasync().then(() => {
                this.syncing = undefined;
            }, (error) => {
                this.fail(error);
                this.syncing = undefined;
            });
        }
    }
    fail(error) {
        if (this.hasFailed)
            return;
        this.hasFailed = true;
        this.failure = error;
    }
    throwIfFailed() {
        if (this.hasFailed)
            throw this.failure;
    }
}
/**
 * 1 MiB per writev, 4 at once: 4 MiB of chunks held. Measured on the 512 MiB bench: 4 MiB batches cost far more
 * CPU, one write at a time was slower, and 2 or 8 at once no faster.
 */
const DEFAULT_BATCH_BYTES = 1024 * 1024;
const DEFAULT_MAX_IN_FLIGHT = 4;
/** writev takes at most IOV_MAX (1024) buffers; tiny chunks make a batch before 1 MiB does. */
const MAX_CHUNKS_PER_BATCH = 256;
/**
 * Start writeback every 32 MiB written. Without it the kernel keeps the whole file dirty (its background
 * writeback waits for 10% of RAM or 30 s) and the final fsync writes it all after the last byte arrived:
 * up to ~0.45 s for 512 MiB, in series with everything else; with it that fsync takes ~10 ms. (8, 16 and 64 MiB
 * measured the same as 32.)
 */
const DEFAULT_SYNC_EVERY_BYTES = 32 * 1024 * 1024;

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts
var fetch_with_retry = __webpack_require__(47226);
// EXTERNAL MODULE: ./src/hub/hub-errors.ts
var hub_errors = __webpack_require__(96210);
// EXTERNAL MODULE: ./src/http/get-body.ts
var get_body = __webpack_require__(84585);
;// CONCATENATED MODULE: ./src/hub/download-verified-file.ts













/** The URL the Hub serves a file's content at (the same one @huggingface/hub's fileDownloadInfo builds). */
function resolveUrl(params) {
    const { connection, repo, revision, path } = params;
    const prefix = repo.type === 'dataset' ? 'datasets/' : '';
    const encodedPath = path.split('/').map(encodeURIComponent).join('/');
    return `${connection.hubUrl}/${prefix}${repo.name}/resolve/${encodeURIComponent(revision)}/${encodedPath}`;
}
/** git's object id of a blob: sha1("blob <size>\0" + content). */
function gitBlobHasher(size) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${size}\0`);
}
class VerificationError extends Error {
}
/** Does the file at `path` hold exactly the listed content (LFS sha256, else git blob sha1)? */
async function localFileMatches(params) {
    const { path, file } = params;
    const hash = file.lfsSha256 ? (0,external_node_crypto_.createHash)('sha256') : gitBlobHasher(file.size);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
            hash.update(chunk);
    }
    catch {
        return false;
    }
    return hash.digest('hex') === (file.lfsSha256 ?? file.oid);
}
/**
 * Download one file to `destination`, verified: streamed to a temp file beside it while hashing, resumed
 * with a Range request after a reset, retried from scratch on wrong bytes, and renamed into place only when
 * its size and hash (LFS sha256, else git blob sha1) match the listing. A stalled body is abandoned after
 * the policy's timeout. On failure nothing is left at `destination` that was not there before.
 */
async function downloadVerifiedFile(params) {
    const { connection, repo, revision, file, destination } = params;
    const policy = connection.retry;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const temp = (0,atomic_write/* tempPathFor */.FD)(destination);
    let lastError;
    // Bytes of this file reported so far in this attempt: an attempt that starts over takes them back, so progress
    // never counts a byte twice (and never shows more than the total).
    let reported = 0;
    const onBytes = (bytes) => {
        reported += bytes;
        params.onBytes?.(bytes);
    };
    let renamed = false;
    try {
        for (let attempt = 1; attempt <= policy.attempts; attempt++) {
            if (reported > 0) {
                params.onBytes?.(-reported);
                reported = 0;
            }
            try {
                await downloadOnce({ connection, repo, revision, file, temp, onBytes, idleTimeoutMs: policy.timeoutMs });
                await (0,promises_.rename)(temp, destination);
                renamed = true;
                return;
            }
            catch (error) {
                lastError = error;
                if (!isRetryable(error) || attempt === policy.attempts)
                    break;
                const wait = (0,fetch_with_retry/* backoffMs */.jo)(policy, attempt);
                params.onRetry?.(`${file.path}: ${(0,fetch_with_retry/* describeCause */.V$)(error)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
                await new Promise((resolve) => setTimeout(resolve, wait));
            }
        }
    }
    finally {
        // Once renamed there is no temp file left: no removal to wait for (one call less per file of a many-file repo).
        if (!renamed)
            await (0,promises_.rm)(temp, { force: true });
    }
    if (lastError instanceof VerificationError)
        throw new errors/* StepError */.zg(`${file.path}: ${lastError.message}`);
    throw (0,hub_errors/* explainHubError */.dr)({ error: lastError, what: `downloading ${file.path}` });
}
/** Local filesystem failures: retrying the download cannot help, so they end the run at once. */
const LOCAL_FS_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOTDIR', 'EISDIR']);
/**
 * Network hiccups and bad bytes are worth another attempt. An HTTP status is not: the retrying fetch already
 * retried 429 and 5xx with backoff, and a 4xx will not change.
 */
function isRetryable(error) {
    if (typeof error.statusCode === 'number')
        return false;
    return !LOCAL_FS_ERRORS.has(error.code ?? '');
}
async function downloadOnce(params) {
    const { connection, repo, revision, file, temp } = params;
    const url = resolveUrl({ connection, repo, revision, path: file.path });
    // Our own GET rather than @huggingface/hub's WebBlob.stream(): that one aborts the stream with the error's
    // message alone, so the HTTP status (and whether to retry) is lost. get-body.ts rather than fetch or node's http
    // (the body is read into 1 MiB buffers: a fraction of the CPU), with the retry loop every Hub request has: 429/5xx
    // and connection failures are retried.
    const open_ = async (from) => {
        const headers = {};
        if (connection.accessToken)
            headers.Authorization = `Bearer ${connection.accessToken}`;
        if (from > 0)
            headers.Range = `bytes=${from}-`;
        // The writer keeps what it is given until its batch is written.
        const response = await (0,get_body/* getBodyWithRetries */.jg)({ url, headers, policy: connection.retry, onRetry: connection.onRetry, keepBuffers: true, expectedBytes: file.size - from });
        const { status } = response;
        if (status < 200 || status >= 300) {
            response.discard();
            throw new dist/* HubApiError */.yL(url, status, response.headers['x-request-id'], `GET ${(0,fetch_with_retry/* describeUrl */.Ng)(url)}`);
        }
        if (from > 0 && status !== 206) {
            response.discard();
            throw new Error('the server ignored the Range request of a resume');
        }
        return response;
    };
    // Open for reading too: a large file is hashed on a worker thread, which reads back each range once written.
    const handle = await (0,promises_.open)(temp, 'w+', 0o644);
    let writer;
    let actual;
    try {
        // LFS files are identified by the sha256 of their content, others by their git blob sha1: hash only what is checked.
        const hash = createFileContentHash({
            ...(file.lfsSha256 ? { algorithm: 'sha256' } : { algorithm: 'sha1', prefix: `blob ${file.size}\0` }),
            size: file.size,
            fd: handle.fd,
        });
        writer = new HashingFileWriter({ handle, hash });
        // Resume after a dropped connection from where we are, with a Range request.
        for (let resumes = 0;; resumes++) {
            const body = await open_(writer.bytes);
            try {
                await pump({ body, writer, expected: file.size, idleTimeoutMs: params.idleTimeoutMs, onBytes: params.onBytes });
                break;
            }
            catch (error) {
                // Only a connection that dropped after delivering bytes is resumed, and only while the file and the hash
                // hold the same bytes; anything else starts over.
                if (error instanceof VerificationError || writer.failed || writer.bytes === 0 || resumes >= 3)
                    throw error;
            }
        }
        // Durable before it counts: the data is on disk before the caller renames the file into place.
        [actual] = await Promise.all([writer.digest(), handle.sync()]);
    }
    finally {
        // The hashing worker reads through this handle: it lets go before the handle closes.
        await writer?.dispose();
        await handle.close();
    }
    const written = writer.bytes;
    if (written !== file.size)
        throw new VerificationError(`got ${written} bytes, the Hub listing says ${file.size}`);
    if (file.lfsSha256) {
        if (actual !== file.lfsSha256)
            throw new VerificationError(`sha256 mismatch (got ${actual.slice(0, 12)}…, expected ${file.lfsSha256.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
    }
    else if (file.oid) {
        if (actual !== file.oid)
            throw new VerificationError(`git oid mismatch (got ${actual.slice(0, 12)}…, expected ${file.oid.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
    }
}
/**
 * Feed one response body to the writer, refusing bytes beyond the listed size. However it ends, the writer is
 * drained first, so the bytes received are all in the file and in the hash, and a resume continues from there.
 */
async function pump(params) {
    const { body, writer, expected, idleTimeoutMs, onBytes } = params;
    let refuse = () => undefined;
    const refused = new Promise((resolve) => (refuse = resolve));
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            try {
                if (writer.bytes + chunk.length > expected)
                    throw new VerificationError(`served more than the ${expected} bytes the Hub lists`);
                // Awaited only while the writer has its most writes running.
                const full = writer.push(chunk);
                if (full)
                    full.then(() => callback(), () => callback());
                else
                    callback();
            }
            catch (error) {
                refuse(error);
                callback();
            }
        },
    });
    try {
        await body.pipeTo({ sink, idleMs: idleTimeoutMs, stop: refused, onBytes: (bytes) => onBytes?.(bytes) });
        // Once the sink has taken every write, the writer has every byte.
        await new Promise((resolve) => sink.end(resolve));
        await writer.drain();
    }
    catch (error) {
        // A failed write is the error to report (a full disk is not worth a retry), not what followed it.
        await new Promise((resolve) => sink.end(resolve));
        await writer.drain();
        throw error;
    }
}


/***/ }),

/***/ 89386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listRepoFiles)
/* harmony export */ });
/* unused harmony export assertSafeRepoPath */
/* harmony import */ var _huggingface_hub__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75009);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20044);
/* harmony import */ var _hub_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96210);
/* harmony import */ var _repo_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27775);





/**
 * Every file of the repo at `revision` (recursive, all pages). Paths are checked before anything is
 * written: a listing that names "../x", an absolute path or a backslash path is refused, not followed.
 */
async function listRepoFiles(params) {
    const { connection, repo, revision } = params;
    const files = [];
    try {
        for await (const entry of (0,_huggingface_hub__WEBPACK_IMPORTED_MODULE_0__/* .listFiles */ .CS)({
            repo: (0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoDesignation */ .P)(repo),
            revision,
            path: params.path,
            recursive: true,
            hubUrl: connection.hubUrl,
            accessToken: connection.accessToken,
            fetch: connection.fetch,
        })) {
            if (entry.type !== 'file')
                continue;
            assertSafeRepoPath(entry.path, repo);
            if (!Number.isSafeInteger(entry.size) || entry.size < 0) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The Hub listing of ${(0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo)} gives "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(entry.path)}" an invalid size; refusing to download it`);
            }
            files.push({ path: entry.path, size: entry.size, oid: entry.oid ?? '', lfsSha256: entry.lfs?.oid });
        }
    }
    catch (error) {
        throw (0,_hub_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainHubError */ .dr)({ error, what: (0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo, revision) });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function assertSafeRepoPath(path, repo) {
    const parts = path.split('/');
    const unsafe = path === '' ||
        path.startsWith('/') ||
        path.includes('\\') ||
        /[\x00-\x1f]/.test(path) ||
        /^[A-Za-z]:/.test(path) ||
        parts.some((part) => part === '..' || part === '.' || part === '');
    if (unsafe) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The Hub listing of ${(0,_repo_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepo */ ._)(repo)} holds an unsafe path "${(0,_core_validate_input_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(path)}"; refusing to write outside the output dir`);
    }
}


/***/ })

};

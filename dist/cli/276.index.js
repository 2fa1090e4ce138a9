export const id = 276;
export const ids = [276,834,104,478];
export const modules = {

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

/***/ 15276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  streamingCacheBackend: () => (/* binding */ streamingCacheBackend)
});

// EXTERNAL MODULE: ./src/tiers/actions-cache-backend.ts
var actions_cache_backend = __webpack_require__(26056);
// EXTERNAL MODULE: ./src/tiers/actions-cache-toolkit.ts
var actions_cache_toolkit = __webpack_require__(19478);
// EXTERNAL MODULE: ./src/tiers/cache-service-v2.ts
var cache_service_v2 = __webpack_require__(13834);
// EXTERNAL MODULE: ./src/http/fetch-with-retry.ts
var fetch_with_retry = __webpack_require__(47226);
// EXTERNAL MODULE: ./src/http/get-body.ts
var get_body = __webpack_require__(84585);
// EXTERNAL MODULE: ./src/tiers/tar-zstd.ts + 1 modules
var tar_zstd = __webpack_require__(104);
;// CONCATENATED MODULE: ./src/tiers/stream-cache-archive.ts



/**
 * Moving an output dir to and from the signed blob URLs the cache service hands out, without an archive file on
 * either side: tar | zstd is uploaded in blocks while it is being made, and the download is unpacked while it
 * arrives. Block staging, commits and their retries are @azure/storage-blob's (the client @actions/cache itself
 * uploads with); the signed URLs are Azure Blob Storage SAS URLs on github.com. The download is one GET (blob-get.ts).
 */
/** Blocks of this size go up this many at a time: ~100 MiB buffered at most, and a retried block costs little. */
const BLOCK_BYTES = 16 * 1024 * 1024;
const BLOCKS_IN_FLIGHT = 4;
/** The archive grew past what the caller allows; nothing was committed. */
class ArchiveTooLargeError extends Error {
    limitBytes;
    constructor(limitBytes) {
        super(`the compressed archive grew past ${limitBytes} bytes`);
        this.limitBytes = limitBytes;
    }
}
/** A client for one signed blob URL. The SDK is loaded here, on the first upload: it costs every CLI start ~50 ms. */
async function blockBlobClient(params) {
    const { AnonymousCredential, BlockBlobClient, newPipeline } = await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 29790));
    const { retry } = params;
    const pipeline = newPipeline(new AnonymousCredential(), {
        retryOptions: { maxTries: retry.attempts, retryDelayInMs: retry.baseDelayMs, maxRetryDelayInMs: retry.maxDelayMs },
    });
    return new BlockBlobClient(params.url, pipeline);
}
/** Azure wants every block id of a blob to have the same length: the block's index, zero-padded, in base64. */
const blockId = (index) => Buffer.from(String(index).padStart(8, '0')).toString('base64');
/**
 * Stage the archive's blocks, BLOCKS_IN_FLIGHT at a time, and return their ids in order. Each block is one Buffer
 * handed to stageBlock, which the SDK sends in one write and can resend on a retry (its uploadStream does the same
 * job but re-chunks every block into small writes: 4-5x the CPU per byte, measured on loopback); the buffer goes
 * back to the archive reader once its block is staged.
 */
async function stageBlocks(params) {
    const { client, signal } = params;
    const ids = [];
    const inFlight = new Set();
    let failure;
    let total = 0;
    const stage = (block) => {
        const id = blockId(ids.length);
        ids.push(id);
        const staged = client.stageBlock(id, block.bytes, block.bytes.length, { abortSignal: signal }).then(() => block.release(), (error) => void (failure ??= error));
        inFlight.add(staged);
        void staged.finally(() => inFlight.delete(staged));
    };
    for await (const block of params.blocks) {
        total += block.bytes.length;
        if (total > params.limitBytes)
            throw new ArchiveTooLargeError(params.limitBytes);
        while (inFlight.size >= BLOCKS_IN_FLIGHT && failure === undefined)
            await Promise.race(inFlight);
        if (failure !== undefined)
            throw failure;
        stage(block);
        params.onBytes(total);
    }
    // An empty archive (zstd always writes a frame, but still) is one empty block: Azure wants at least one.
    if (ids.length === 0)
        stage({ bytes: Buffer.alloc(0), release: () => undefined });
    await Promise.all(inFlight);
    if (failure !== undefined)
        throw failure;
    return { ids, total };
}
/**
 * Archive `dir` and upload it to `uploadUrl` as it is made. Resolves with the archive's size once every block is
 * committed and tar and zstd both ended well; a failure of either, of the upload or of the size limit rejects,
 * and nothing that rejected may be finalized.
 */
async function uploadDirArchive(params) {
    // One block filling, one ready, the rest in flight: ~100 MiB at most.
    const archive = await (0,tar_zstd.createArchiveBlocks)({ dir: params.dir, blockBytes: BLOCK_BYTES, maxBlocks: BLOCKS_IN_FLIGHT + 2 });
    const abort = new AbortController();
    try {
        const client = await blockBlobClient({ url: params.uploadUrl, retry: params.retry });
        const { ids, total } = await stageBlocks({
            blocks: archive.blocks,
            client,
            limitBytes: params.limitBytes,
            signal: abort.signal,
            onBytes: params.onBytes ?? (() => undefined),
        });
        // The archive is complete only when both processes ended well: a truncated one must never be committed.
        await archive.done;
        await client.commitBlockList(ids, { abortSignal: abort.signal });
        return total;
    }
    catch (error) {
        abort.abort();
        archive.kill();
        // What tar or zstd said beats the broken pipe it caused; the size limit and upload failures speak for themselves.
        if (error instanceof ArchiveTooLargeError)
            throw error;
        const archiverError = await archive.done.then(() => undefined, (failure) => failure);
        throw archiverError !== undefined && !isKilled(archiverError) ? archiverError : error;
    }
}
/** Our own kill, as tar or zstd report it: not a cause worth naming. */
const isKilled = (error) => error instanceof Error && /SIGKILL/.test(error.message);
/** A download that sent nothing for this long is abandoned (and resumed, while attempts last). */
const IDLE_MS = 60_000;
/**
 * Download the archive at `downloadUrl` into `dir` (which must exist), unpacking while it arrives: the body goes
 * straight from the socket into zstd in 1 MiB writes (blob-get.ts; node's http client cost twice the CPU per byte in
 * garbage collection). A connection that drops mid-body is resumed where it broke with a Range request (Azure
 * honours them; @azure/storage-blob's own resume gives up on a reset connection under Node 20). The archive's zstd
 * checksum and tar's own checks reject damaged bytes, and the caller validates what was unpacked before it counts.
 */
async function downloadDirArchive(params) {
    const { downloadUrl, retry } = params;
    const extract = (0,tar_zstd.extractArchiveStream)({ dir: params.dir });
    // Ended early (it failed, or stopped reading): nothing more can be written to it.
    const extractEnded = extract.done.then(() => new Error('zstd stopped reading before the archive ended'), (error) => error);
    let received = 0;
    let size;
    try {
        for (let attempt = 1;; attempt++) {
            try {
                // The retry loop every HTTP request here has (429/5xx, connection failures, a header timeout); this loop
                // only resumes a body that broke off.
                const headers = received > 0 ? { 'x-ms-range': `bytes=${received}-`, Range: `bytes=${received}-` } : {};
                const response = await (0,get_body/* getBodyWithRetries */.jg)({ url: downloadUrl, headers, policy: retry }).catch((error) => {
                    // Already retried as often as the policy allows: not retried again here.
                    throw new RequestFailedError((0,fetch_with_retry/* describeCause */.V$)(error), { cause: error });
                });
                const { status } = response;
                if (status < 200 || status >= 300 || (received > 0 && status !== 206)) {
                    response.discard();
                    const what = status < 300 ? 'ignored the Range request of a resume' : `answered ${status}`;
                    throw Object.assign(new Error(`GET ${(0,fetch_with_retry/* describeUrl */.Ng)(downloadUrl)} ${what}`), { statusCode: status });
                }
                size ??= Number(response.headers['content-length'] ?? NaN);
                await response.pipeTo({
                    sink: extract.input,
                    idleMs: IDLE_MS,
                    stop: extractEnded,
                    onBytes: (bytes) => {
                        received += bytes;
                        params.onBytes?.(received);
                    },
                });
                if (Number.isFinite(size) && received < size)
                    throw new Error(`the download ended after ${received} of ${size} bytes`);
                break;
            }
            catch (error) {
                // A request or status the retry loop gave up on and unpacking that failed are final; a body that broke off is
                // resumed.
                const final = error instanceof RequestFailedError || typeof error.statusCode === 'number' || (await settledWithin(extractEnded, 0)) !== undefined;
                if (final || attempt >= retry.attempts)
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, (0,fetch_with_retry/* backoffMs */.jo)(retry, attempt)));
            }
        }
        extract.input.end();
        await extract.done;
    }
    catch (error) {
        // Unpacking that had already failed on its own is the cause (damaged bytes), not the broken pipe it left the
        // download with; a download that failed first is a transfer problem, whatever zstd says once its input is cut.
        const unpackError = await settledWithin(extractEnded, 0);
        extract.input.destroy();
        extract.kill();
        if (unpackError instanceof Error && !/stopped reading/.test(unpackError.message))
            throw new ArchiveUnpackError(unpackError.message);
        throw error;
    }
}
/** The archive arrived but tar or zstd rejected it: the stored entry itself is bad (another try would fail alike). */
class ArchiveUnpackError extends Error {
}
/** A request the shared retry loop gave up on. */
class RequestFailedError extends Error {
}
/** What `promise` settled with, if it does within `ms`. */
function settledWithin(promise, ms) {
    return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

;// CONCATENATED MODULE: ./src/tiers/actions-cache-streaming.ts




/** A failure of the blob transfer in one line: the HTTP status when there was one, never the signed URL. */
function transferReason(what, error) {
    const status = error.statusCode;
    const message = error instanceof Error ? error.message : String(error);
    const firstLine = (0,cache_service_v2.withoutQuery)(message.split('\n')[0].trim());
    return `${what}${status ? ` (${status})` : ''}: ${firstLine}`;
}
/**
 * The v2 cache service through our own client, streaming: the archive is uploaded while tar and zstd make it and
 * unpacked while it downloads, so a save or restore costs about what tar and zstd alone cost, instead of that plus
 * a full write and read of an archive file on each side. Entries are @actions/cache's format and version ("." with
 * zstd-without-long), so either client restores what the other saved.
 */
function streamingCacheBackend(params) {
    const { service } = params;
    const version = (0,cache_service_v2.cacheEntryVersion)({ paths: actions_cache_toolkit.ENTRY_PATHS, compression: 'zstd-without-long' });
    const lookup = async (key) => (await service.downloadUrl({ key, version })) !== undefined;
    return {
        lookup: ({ key }) => lookup(key),
        async restore({ key, dir, onBytes }) {
            let url;
            try {
                url = await service.downloadUrl({ key, version });
            }
            catch (error) {
                throw new actions_cache_backend/* RestoreFailure */.$(error instanceof Error ? error.message : String(error), false);
            }
            if (!url)
                return 'missing';
            try {
                await downloadDirArchive({ dir, downloadUrl: url, retry: service.retry, onBytes });
            }
            catch (error) {
                if (error instanceof ArchiveUnpackError)
                    throw new actions_cache_backend/* RestoreFailure */.$(`the archive does not unpack: ${error.message}`, true);
                throw new actions_cache_backend/* RestoreFailure */.$(transferReason('download failed', error), false);
            }
            return 'restored';
        },
        async restoreNewest({ prefix, dir, onBytes }) {
            const found = await service.newestDownloadUrl({ prefix, version });
            if (!found)
                return undefined;
            try {
                await downloadDirArchive({ dir, downloadUrl: found.url, retry: service.retry, onBytes });
            }
            catch (error) {
                throw new Error(error instanceof ArchiveUnpackError ? `the archive of ${found.key} does not unpack: ${error.message}` : transferReason('download failed', error));
            }
            return found.key;
        },
        async save({ key, dir, limitBytes, onBytes }) {
            const reserved = await service.create({ key, version });
            // Reserved already: finalized (another run saved it first), or an upload that has not finished.
            if (reserved.kind === 'exists')
                return (await lookup(key)) ? { kind: 'exists' } : { kind: 'busy' };
            let archiveBytes;
            try {
                archiveBytes = await uploadDirArchive({ dir, uploadUrl: reserved.uploadUrl, retry: service.retry, limitBytes, onBytes });
            }
            catch (error) {
                if (error instanceof ArchiveTooLargeError)
                    return { kind: 'too-large' };
                throw new Error(transferReason('upload failed', error));
            }
            await service.finalize({ key, version, sizeBytes: archiveBytes });
            return { kind: 'saved', archiveBytes };
        },
    };
}


/***/ }),

/***/ 19478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENTRY_PATHS: () => (/* binding */ ENTRY_PATHS),
/* harmony export */   toolkitCacheBackend: () => (/* binding */ toolkitCacheBackend)
/* harmony export */ });
/* harmony import */ var _actions_cache_backend_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26056);
/* harmony import */ var _toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99919);


/**
 * @actions/cache's entry version is a hash of the literal path strings it is given, and its archive holds
 * paths relative to GITHUB_WORKSPACE. Passing "." with GITHUB_WORKSPACE set to the dir being saved or restored
 * gives one version on every runner, whatever its directory layout (a self-hosted GPU runner and ubuntu-latest
 * differ), and an archive that unpacks into whichever dir the loop asks for.
 */
const ENTRY_PATHS = ['.'];
/** The toolkit logs failures instead of throwing: turn what it said into one reason, root cause first. */
function failureReason(log, fallback) {
    const said = log.problems.map((problem) => 
    // The first line says what failed; the toolkit's follow-up lines are generic advice.
    problem
        .split('\n')[0]
        .replace(/^Failed to (restore|save): /, '')
        .replace(/^uploadCacheArchiveSDK: internal error uploading cache archive: /, 'upload failed: ')
        .replace(/^"?\S*?([^/"\s]+)"? failed with error: The process '[^']*' failed with exit code (\d+)$/, '$1 exited with code $2'));
    const reservation = log.debug.find((line) => line.startsWith('Failed to reserve cache: '))?.replace(/^Failed to reserve cache: (Error: )?/, '');
    const parts = [...new Set([...(0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .archiverComplaints */ .t)(log), ...said, ...(reservation ? [reservation] : [])])];
    // The library often says one thing twice, once wrapped: keep the wrapped form.
    const distinct = parts.filter((part) => !parts.some((other) => other !== part && other.includes(part)));
    return distinct.length > 0 ? distinct.join('; ') : fallback;
}
/**
 * The Actions cache through @actions/cache itself: for the services our streaming client does not speak (the v1
 * service of GitHub Enterprise Server) and for runners without zstd (the library falls back to gzip). It archives
 * to a file before uploading and downloads to a file before extracting.
 */
function toolkitCacheBackend(params) {
    const { env, output } = params;
    const cacheModule = () => Promise.all(/* import() */[__webpack_require__.e(790), __webpack_require__.e(507), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
    const lookup = async (key) => {
        const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
            env,
            output,
            work: async () => (await cacheModule()).restoreCache(ENTRY_PATHS.slice(), key, [], { lookupOnly: true }),
        });
        return { found: value === key, log };
    };
    return {
        async lookup({ key }) {
            const { found, log } = await lookup(key);
            if (!found && log.problems.length > 0)
                throw new Error(failureReason(log, 'no reason given'));
            return found;
        },
        async restore({ key, dir }) {
            const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
                env: { ...env, GITHUB_WORKSPACE: dir },
                output,
                work: async () => (await cacheModule()).restoreCache(ENTRY_PATHS.slice(), key),
            });
            if (value === key)
                return 'restored';
            // Another key that merely starts with ours was unpacked (the service also matches key prefixes): not ours.
            if (value !== undefined || log.problems.length === 0)
                return 'missing';
            // Only an entry that was found and then failed to download or unpack is broken; a failed lookup says nothing.
            const entryFound = log.text.some((line) => line.startsWith('Cache hit for'));
            throw new _actions_cache_backend_js__WEBPACK_IMPORTED_MODULE_0__/* .RestoreFailure */ .$(failureReason(log, 'the entry could not be restored'), entryFound);
        },
        async restoreNewest({ prefix, dir }) {
            const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
                env: { ...env, GITHUB_WORKSPACE: dir },
                output,
                work: async () => (await cacheModule()).restoreCache(ENTRY_PATHS.slice(), prefix, [prefix]),
            });
            if (value !== undefined && value.toLowerCase().startsWith(prefix.toLowerCase()))
                return value;
            if (log.problems.length > 0)
                throw new Error(failureReason(log, 'the entry could not be restored'));
            return undefined;
        },
        async save({ key, dir, onBytes }) {
            const { value, log } = await (0,_toolkit_call_js__WEBPACK_IMPORTED_MODULE_1__/* .callToolkit */ .L)({
                env: { ...env, GITHUB_WORKSPACE: dir },
                cwd: dir,
                output,
                onLine: (line) => {
                    const sent = output === 'quiet' && line.command === 'text' ? /^Sent (\d+) of (\d+) /.exec(line.message) : null;
                    if (sent)
                        onBytes(Number(sent[1]));
                },
                work: async () => (await cacheModule()).saveCache(ENTRY_PATHS.slice(), key),
            });
            if (value !== -1)
                return { kind: 'saved' };
            if (log.debug.some((line) => /\(409\)|already_exists/.test(line)))
                return { kind: 'exists' };
            if ((await lookup(key)).found)
                return { kind: 'exists' };
            throw new Error(failureReason(log, 'the cache service did not accept the entry'));
        },
    };
}


/***/ }),

/***/ 13834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheServiceError: () => (/* binding */ CacheServiceError),
/* harmony export */   cacheEntryVersion: () => (/* binding */ cacheEntryVersion),
/* harmony export */   cacheServiceV2: () => (/* binding */ cacheServiceV2),
/* harmony export */   usesCacheServiceV2: () => (/* binding */ usesCacheServiceV2),
/* harmony export */   withoutQuery: () => (/* binding */ withoutQuery)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47226);


/**
 * The GitHub Actions cache service, v2: the three twirp calls of github.actions.results.api.v1.CacheService that
 * @actions/cache 6 makes on github.com, as JSON with snake_case fields (shared/PROTOCOLS.md). Written here because
 * @actions/cache offers only whole-file saves and restores (archive to a file, then upload; download to a file,
 * then extract); streaming the archive needs the calls themselves. Entries stay interchangeable with the library's:
 * same keys, same version hash, same archive format (see cacheEntryVersion).
 */
const SERVICE = 'github.actions.results.api.v1.CacheService';
/** @actions/cache's version salt: part of every entry's version. */
const VERSION_SALT = '1.0';
/**
 * An entry's version as @actions/cache computes it (getCacheVersion): the sha256 of the literal path strings, the
 * compression method and the salt, joined by `|`. Entries are found by key and version, so this must match the
 * library's to the byte; a test checks it against the real library.
 */
function cacheEntryVersion(params) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...params.paths, params.compression, VERSION_SALT].join('|'))
        .digest('hex');
}
/** Does @actions/cache speak v2 with these variables? Exactly when it would: not on GHES, and when the runner says so. */
function usesCacheServiceV2(env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    }
    catch {
        return false;
    }
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return !ghes && Boolean(env.ACTIONS_CACHE_SERVICE_V2) && Boolean(env.ACTIONS_RESULTS_URL);
}
/** A call the service answered with an error status: `status` and twirp `code` say which. */
class CacheServiceError extends Error {
    method;
    status;
    code;
    constructor(method, status, code, message) {
        super(`${method} failed: (${status}) ${code}${message ? `: ${message}` : ''}`);
        this.method = method;
        this.status = status;
        this.code = code;
    }
}
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH']);
function cacheServiceV2(params) {
    const { env } = params;
    const retry = (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicyFromEnv */ .ed)(env);
    // 429, 5xx and dropped connections are retried with backoff; a header timeout bounds a hung service. A service
    // that is not there at all is not waited for: the cache only saves time, and the step goes on without it.
    const fetchWithRetry = (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .createRetryingFetch */ .NE)({ policy: retry, isPermanent: (error) => UNREACHABLE.has(error?.cause?.code ?? '') });
    const base = env.ACTIONS_RESULTS_URL ?? '';
    const call = async (method, body) => {
        const url = new URL(`/twirp/${SERVICE}/${method}`, base).href;
        let response;
        try {
            response = await fetchWithRetry(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN ?? ''}` },
                body: JSON.stringify(body),
            });
        }
        catch (error) {
            throw new Error(`${method} failed: ${(0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCause */ .V$)(error)}`);
        }
        const text = await response.text();
        let json = {};
        try {
            json = JSON.parse(text);
        }
        catch {
            if (response.ok)
                throw new Error(`${method} failed: the service answered ${response.status} with a body that is not JSON`);
        }
        if (!response.ok)
            throw new CacheServiceError(method, response.status, String(json.code ?? 'unknown'), String(json.msg ?? json.message ?? '').split('\n')[0]);
        return json;
    };
    return {
        retry,
        async create({ key, version }) {
            try {
                const answer = await call('CreateCacheEntry', { key, version });
                if (answer.ok !== true || typeof answer.signed_upload_url !== 'string')
                    throw new Error(`CreateCacheEntry failed: ${String(answer.message ?? 'the service did not reserve the entry')}`);
                return { kind: 'created', uploadUrl: answer.signed_upload_url };
            }
            catch (error) {
                if (error instanceof CacheServiceError && (error.status === 409 || error.code === 'already_exists'))
                    return { kind: 'exists' };
                throw error;
            }
        },
        async finalize({ key, version, sizeBytes }) {
            const answer = await call('FinalizeCacheEntryUpload', { key, version, size_bytes: String(sizeBytes) });
            if (answer.ok !== true)
                throw new Error(`FinalizeCacheEntryUpload failed: ${String(answer.message ?? 'the service did not accept the entry')}`);
        },
        async downloadUrl({ key, version }) {
            const answer = await call('GetCacheEntryDownloadURL', { key, restore_keys: [], version });
            if (answer.ok !== true || answer.matched_key !== key || typeof answer.signed_download_url !== 'string')
                return undefined;
            return answer.signed_download_url;
        },
        async newestDownloadUrl({ prefix, version }) {
            const answer = await call('GetCacheEntryDownloadURL', { key: prefix, restore_keys: [prefix], version });
            const key = answer.matched_key;
            if (answer.ok !== true || typeof key !== 'string' || !key.toLowerCase().startsWith(prefix.toLowerCase()) || typeof answer.signed_download_url !== 'string')
                return undefined;
            return { url: answer.signed_download_url, key };
        },
    };
}
/** Signed URLs carry their credential in the query (`sig=`): reasons and logs name the blob without it. */
function withoutQuery(text) {
    return text.replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/g, '$1?…');
}


/***/ }),

/***/ 104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createArchiveBlocks: () => (/* binding */ createArchiveBlocks),
  extractArchiveStream: () => (/* binding */ extractArchiveStream),
  zstdAvailable: () => (/* binding */ zstdAvailable)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/tiers/output-blocks.ts




/**
 * A child process's output read straight into large buffers. Node reads a pipe 64 KiB at a time into a new Buffer
 * each time; for a gigabyte archive those 16,000 short-lived buffers drove V8 into ~40 full garbage collections
 * per GiB (external memory pressure), more CPU than the reading itself (measured: 1.5–2.1 CPU-s vs 0.6–0.8 s per
 * GiB uploaded). Here the child writes into a unix socket whose other end we read with net's `onread`, which lets
 * the kernel copy straight into the block being filled: no per-read allocation and no copy in JavaScript.
 *
 * `childEnd` goes to spawn() as the child's stdout (the caller then destroys its own handle on it). Blocks come out
 * `blockBytes` long (the last one shorter); at most `maxBlocks` buffers exist, and reading pauses (the child then
 * blocks on write) until the consumer releases one. There is no library for this: it is net's own `onread`.
 */
async function outputBlocks(params) {
    const { blockBytes, maxBlocks } = params;
    if (maxBlocks < 2)
        throw new Error('outputBlocks needs at least two buffers');
    // A socket file in a directory only this user can enter, removed as soon as the one connection is made.
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'me-archive-'));
    const server = (0,external_node_net_.createServer)();
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen((0,external_node_path_.join)(dir, 's'), resolve);
        });
        const accepted = new Promise((resolve) => server.once('connection', resolve));
        const free = [];
        let allocated = 1;
        let current = Buffer.allocUnsafe(blockBytes);
        let filled = 0;
        let paused = false;
        const ready = [];
        let ended = false;
        let failure;
        let wake;
        const notify = () => {
            wake?.();
            wake = undefined;
        };
        const take = () => free.pop() ?? (allocated < maxBlocks ? (allocated++, Buffer.allocUnsafe(blockBytes)) : undefined);
        const reader = (0,external_node_net_.connect)({
            path: (0,external_node_path_.join)(dir, 's'),
            onread: {
                // Called after each read for where the next one goes: the rest of the block being filled.
                buffer: () => current.subarray(filled),
                callback: (bytes) => {
                    filled += bytes;
                    if (filled < blockBytes)
                        return true;
                    ready.push(current);
                    notify();
                    // The next buffer must be in place before this returns (node asks for it right away), so reading stops
                    // while one is still left rather than when none is.
                    current = take();
                    filled = 0;
                    if (free.length > 0 || allocated < maxBlocks)
                        return true;
                    paused = true;
                    return false;
                },
            },
        });
        reader.once('end', () => {
            if (filled > 0)
                ready.push(current.subarray(0, filled));
            ended = true;
            notify();
        });
        reader.once('error', (error) => {
            failure = error;
            notify();
        });
        const childEnd = await accepted;
        const release = (buffer) => {
            free.push(Buffer.from(buffer.buffer, buffer.byteOffset, blockBytes));
            if (paused) {
                paused = false;
                reader.resume();
            }
        };
        async function* blocks() {
            for (;;) {
                const bytes = ready.shift();
                if (bytes) {
                    yield { bytes, release: () => release(bytes) };
                    continue;
                }
                if (failure)
                    throw failure;
                if (ended)
                    return;
                await new Promise((resolve) => (wake = resolve));
            }
        }
        return {
            childEnd,
            blocks: blocks(),
            destroy: () => {
                reader.destroy();
                childEnd.destroy();
            },
        };
    }
    finally {
        server.close();
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/tiers/tar-zstd.ts


/**
 * The archive format of @actions/cache on Linux with zstd present ("zstd-without-long"): a POSIX tar of the paths
 * relative to the saved dir ("./config.json", …), compressed by multi-threaded zstd. Here tar and zstd are joined
 * by a pipe between the two processes (no byte passes through node), and the compressed stream is handed to the
 * caller instead of being written to a file, so it can be uploaded while it is being made.
 */
/** What a process said on stderr, kept short: the last lines are the ones that name the problem. */
function collectStderr(child) {
    let text = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        text = (text + chunk).slice(-4096);
    });
    return () => text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/Child returned status|Error is not recoverable|Exiting with failure status/.test(line))
        .slice(-3)
        .join('; ');
}
/** Resolves when the process ended well; rejects with its own words when it did not (or could not start). */
function exited(params) {
    const { child, name, stderr } = params;
    return new Promise((resolve, reject) => {
        child.once('error', (error) => {
            reject(new Error(error.code === 'ENOENT' ? `${name} is not installed (install it, e.g. apt-get install -y ${name})` : `${name}: ${error.message}`));
        });
        child.once('close', (code, signal) => {
            if (code === 0)
                return resolve();
            const said = stderr();
            // tar names itself ("tar: …"); zstd does not ("/*stdin*\ : Decoding error (36) : …"): say who complained.
            reject(new Error(!said ? `${name} exited with ${signal ?? `code ${code}`}` : said.startsWith(`${name}:`) ? said : `${name}: ${said}`));
        });
    });
}
/**
 * tar moves 1 MiB records through its pipe instead of its default 10 KiB: a hundredth of the reads and writes,
 * about 0.2 CPU-s less per GiB on each side (measured here with incompressible data). The archive is only padded to
 * a 1 MiB multiple, which zstd compresses away, and GNU tar reads either record size from a pipe, so archives
 * @actions/cache writes restore here and ours restore there.
 */
const RECORD_SIZE = ['-b', '2048'];
/**
 * tar writes the archive of `dir` to stdout; zstd compresses it into `blocks` of `blockBytes` (see outputBlocks:
 * read without a Buffer per 64 KiB, at most `maxBlocks` held; zstd waits while the consumer holds them all).
 */
async function createArchiveBlocks(params) {
    const output = await outputBlocks({ blockBytes: params.blockBytes, maxBlocks: params.maxBlocks });
    const tar = (0,external_node_child_process_.spawn)('tar', ['--posix', ...RECORD_SIZE, '-cf', '-', '-C', params.dir, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const zstd = (0,external_node_child_process_.spawn)('zstd', ['-T0', '-c', '-q'], { stdio: [tar.stdout, output.childEnd, 'pipe'] });
    const done = Promise.all([
        exited({ child: tar, name: 'tar', stderr: collectStderr(tar) }),
        exited({ child: zstd, name: 'zstd', stderr: collectStderr(zstd) }),
    ]).then(() => undefined);
    // The caller may stop listening (it gave up on the archive and killed both): a late failure is no crash.
    done.catch(() => undefined);
    // Node holds the read end of tar's stdout, and our end of zstd's output socket, only to hand them to the
    // children: let go, so tar sees EPIPE if zstd dies and our reader sees the end when zstd exits.
    tar.stdout.destroy();
    output.childEnd.destroy();
    return {
        blocks: output.blocks,
        done,
        kill: () => {
            tar.kill('SIGKILL');
            zstd.kill('SIGKILL');
            output.destroy();
        },
    };
}
/**
 * zstd decompresses what is written to `input`; tar unpacks it into `dir` (which must exist). Paths stay inside
 * `dir` (no -P: tar refuses absolute names and `..`), and files are owned by whoever restores them.
 */
function extractArchiveStream(params) {
    const zstd = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const tar = (0,external_node_child_process_.spawn)('tar', [...RECORD_SIZE, '-xf', '-', '-C', params.dir, '--no-same-owner'], { stdio: [zstd.stdout, 'ignore', 'pipe'] });
    zstd.stdout.destroy();
    const zstdDone = exited({ child: zstd, name: 'zstd', stderr: collectStderr(zstd) });
    const tarDone = exited({ child: tar, name: 'tar', stderr: collectStderr(tar) });
    // Awaited below, possibly only after it settled: mark it handled now.
    tarDone.catch(() => undefined);
    // zstd's complaint ("Data corruption detected") is the cause; tar's ("Unexpected EOF") only follows from it.
    const done = zstdDone.then(() => tarDone, async (error) => {
        await tarDone.catch(() => undefined);
        throw error;
    });
    done.catch(() => undefined);
    // A write into a pipe whose reader died is reported through `done`, not as an unhandled stream error.
    zstd.stdin.on('error', () => undefined);
    return {
        input: zstd.stdin,
        done,
        kill: () => {
            zstd.kill('SIGKILL');
            tar.kill('SIGKILL');
        },
    };
}
let zstdCheck;
/** Is zstd on PATH? Asked once per process (it decides the archive format, and so the entries' version). */
function zstdAvailable() {
    zstdCheck ??= new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('zstd', ['--version'], { stdio: 'ignore' });
        child.once('error', () => resolve(false));
        child.once('close', (code) => resolve(code === 0));
    });
    return zstdCheck;
}


/***/ }),

/***/ 98182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ getProxyForUrl)
/* harmony export */ });


var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
};

function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}

/**
 * @param {string|object|URL} url - The URL as a string or URL instance, or a
 *   compatible object (such as the result from legacy url.parse).
 * @return {string} The URL of the proxy that should handle the request to the
 *  given URL. If no proxy is set, this will be an empty string.
 */
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === 'string' ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== 'string' || !hostname || typeof proto !== 'string') {
    return '';  // Don't proxy URLs without a valid scheme or host.
  }

  proto = proto.split(':', 1)[0];
  // Stripping ports in this way instead of using parsedUrl.hostname to make
  // sure that the brackets around IPv6 addresses are kept.
  hostname = hostname.replace(/:\d*$/, '');
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return '';  // Don't proxy URLs that match NO_PROXY.
  }

  var proxy = getEnv(proto + '_proxy') || getEnv('all_proxy');
  if (proxy && proxy.indexOf('://') === -1) {
    // Missing scheme in proxy, default to the requested URL's scheme.
    proxy = proto + '://' + proxy;
  }
  return proxy;
}

/**
 * Determines whether a given URL should be proxied.
 *
 * @param {string} hostname - The host name of the URL.
 * @param {number} port - The effective port of the URL.
 * @returns {boolean} Whether the given URL should be proxied.
 * @private
 */
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv('no_proxy').toLowerCase();
  if (!NO_PROXY) {
    return true;  // Always proxy if NO_PROXY is not set.
  }
  if (NO_PROXY === '*') {
    return false;  // Never proxy if wildcard is set.
  }

  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;  // Skip zero-length hosts.
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;  // Skip if ports don't match.
    }

    if (!/^[.*]/.test(parsedProxyHostname)) {
      // No wildcards, so stop proxying if there is an exact match.
      return hostname !== parsedProxyHostname;
    }

    if (parsedProxyHostname.charAt(0) === '*') {
      // Remove leading wildcard.
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    // Stop proxying if the hostname ends with the no_proxy host.
    return !hostname.endsWith(parsedProxyHostname);
  });
}

/**
 * Get the value for an environment variable.
 *
 * @param {string} key - The name of the environment variable.
 * @return {string} The value of the environment variable.
 * @private
 */
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || '';
}


/***/ })

};

export const id = 388;
export const ids = [388];
export const modules = {

/***/ 61388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proxiedFetch: () => (/* binding */ proxiedFetch)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/http/http-fetch.ts



/**
 * `fetch` over node's http and https clients, for the Hub's API calls (JSON answers, listings, Range reads).
 *
 * Node 20's own fetch is undici, loaded at the first call and parsing every response with llhttp compiled from
 * WebAssembly: on a cache hit (one API call) that cost more than the rest of the run together — measured on
 * `model download` of a branch: 3.5× `node -e ''` with node's fetch, 1.7× through node:http, where a curl of the
 * same call takes 1–3 ms. Node exits only once the compile of llhttp's WebAssembly, started in the background,
 * is over, so even the idle time after the last request counted.
 *
 * What it does of fetch: method, headers (a record, pairs or a Headers), a string or bytes body, the signal (an
 * abort rejects with its reason, before or during the body), redirects as fetch follows them (303 becomes a GET;
 * Authorization is dropped once a hop leaves the origin it was given for; `redirect: 'manual'` returns the 3xx),
 * gzip/deflate/br bodies (asked for only when the caller asks), keep-alive connections that never hold the process
 * open. A connection failure rejects as fetch's does: TypeError "fetch failed" with the socket's error as cause.
 * The response is a Response in all a caller reads: status, ok, headers.get/has/forEach, url, redirected, json(),
 * text(), arrayBuffer(), bytes(), blob(), and `body` as a web ReadableStream (made only when asked for).
 * Anything else (a Request object, a stream or form body) goes to node's fetch.
 */
function httpFetch(input, init = {}) {
    const simpleBody = init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array || init.body instanceof ArrayBuffer;
    if ((typeof input !== 'string' && !(input instanceof URL)) || !simpleBody)
        return fetch(input, init);
    let url;
    try {
        url = new URL(input);
    }
    catch (error) {
        return Promise.reject(new TypeError(`Failed to parse URL from ${String(input)}`, { cause: error }));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return fetch(input, init);
    const body = init.body === undefined || init.body === null ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.from(init.body);
    return send({ url, method: (init.method ?? 'GET').toUpperCase(), headers: headerRecord(init.headers), body, signal: init.signal ?? undefined, redirect: init.redirect ?? 'follow', redirects: 0 });
}
/** fetch's limit. */
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Idle sockets of a keep-alive agent are unref'd by node: they never keep the process alive.
const httpAgent = new external_node_http_.Agent({ keepAlive: true });
/** node:https (and with it node:tls), loaded for the first https URL. */
let https;
const loadHttps = () => (https ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)).then((loaded) => ({ request: loaded.request, agent: new loaded.Agent({ keepAlive: true }) })));
/** node:zlib, loaded for the first compressed body. */
let zlib;
async function send(request) {
    const { url, signal } = request;
    if (signal?.aborted)
        throw signal.reason;
    const secure = url.protocol === 'https:';
    const client = secure ? await loadHttps() : { request: external_node_http_.request, agent: httpAgent };
    if (signal?.aborted)
        throw signal.reason;
    return new Promise((resolve, reject) => {
        const headers = { ...request.headers };
        const has = (name) => Object.keys(headers).some((key) => key.toLowerCase() === name);
        if (!has('user-agent'))
            headers['user-agent'] = version/* USER_AGENT */._;
        if (!has('accept'))
            headers.accept = '*/*';
        if (request.body && !has('content-length'))
            headers['content-length'] = String(request.body.length);
        const outgoing = client.request(url, { method: request.method, headers, agent: client.agent });
        const onAbort = () => {
            outgoing.destroy(signal.reason);
            reject(signal.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        outgoing.on('error', (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
        });
        outgoing.on('response', (incoming) => {
            const status = incoming.statusCode ?? 0;
            const location = incoming.headers.location;
            if (REDIRECTS.has(status) && location && request.redirect !== 'manual') {
                incoming.resume();
                signal?.removeEventListener('abort', onAbort);
                if (request.redirect === 'error')
                    return reject(new TypeError('fetch failed', { cause: new Error(`redirected (HTTP ${status}) with redirect: "error"`) }));
                if (request.redirects >= MAX_REDIRECTS)
                    return reject(new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }));
                let next;
                try {
                    next = new URL(location, url);
                }
                catch (error) {
                    return reject(new TypeError('fetch failed', { cause: error }));
                }
                if (next.protocol !== 'http:' && next.protocol !== 'https:')
                    return reject(new TypeError('fetch failed', { cause: new Error(`a redirect to a ${next.protocol} URL`) }));
                const toGet = status === 303 ? request.method !== 'HEAD' : (status === 301 || status === 302) && request.method === 'POST';
                const keep = Object.entries(request.headers).filter(([name]) => {
                    const lower = name.toLowerCase();
                    if (lower === 'authorization' && next.origin !== url.origin)
                        return false;
                    return !(toGet && (lower === 'content-type' || lower === 'content-length'));
                });
                return resolve(send({ ...request, url: next, headers: Object.fromEntries(keep), method: toGet ? 'GET' : request.method, body: toGet ? undefined : request.body, redirects: request.redirects + 1 }));
            }
            // From here the signal aborts the body (it stays subscribed until the body ends).
            incoming.once('close', () => signal?.removeEventListener('abort', onAbort));
            const encoding = incoming.headers['content-encoding']?.trim().toLowerCase();
            const answer = (decoder) => resolve(new HttpResponse({ incoming, decoder, url: url.href, redirected: request.redirects > 0, method: request.method, signal }));
            if (!encoding || encoding === 'identity' || request.method === 'HEAD')
                return answer();
            incoming.pause();
            (zlib ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23))).then((loaded) => answer(decoderFor(loaded, encoding)), reject);
        });
        outgoing.end(request.body);
    });
}
function headerRecord(headers) {
    const record = {};
    if (!headers)
        return record;
    const add = (name, value) => {
        const key = Object.keys(record).find((existing) => existing.toLowerCase() === name.toLowerCase()) ?? name;
        record[key] = key in record ? `${record[key]}, ${value}` : String(value);
    };
    // Duck-typed: testing `instanceof Headers` would load node's fetch, which this file exists to avoid.
    if (typeof headers.forEach === 'function' && !Array.isArray(headers))
        headers.forEach((value, name) => add(name, value));
    else if (Array.isArray(headers))
        for (const [name, value] of headers)
            add(name, value);
    else
        for (const [name, value] of Object.entries(headers))
            if (value !== undefined)
                add(name, value);
    return record;
}
/** The response headers, read as fetch's Headers are (names case-insensitive, repeated values joined by ", "). */
class ResponseHeaders {
    map = new Map();
    constructor(incoming) {
        const raw = incoming.rawHeaders;
        for (let i = 0; i < raw.length; i += 2) {
            const name = raw[i].toLowerCase();
            const previous = this.map.get(name);
            this.map.set(name, previous === undefined ? raw[i + 1] : `${previous}, ${raw[i + 1]}`);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    forEach(callback) {
        for (const [name, value] of [...this.map].sort(([a], [b]) => (a < b ? -1 : 1)))
            callback(value, name, this);
    }
    *entries() {
        yield* [...this.map].sort(([a], [b]) => (a < b ? -1 : 1));
    }
    *keys() {
        for (const [name] of this.entries())
            yield name;
    }
    *values() {
        for (const [, value] of this.entries())
            yield value;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
class HttpResponse {
    status;
    statusText;
    ok;
    headers;
    url;
    redirected;
    type = 'basic';
    source;
    socket;
    stream;
    used = false;
    constructor(params) {
        const { incoming } = params;
        this.status = incoming.statusCode ?? 0;
        this.statusText = incoming.statusMessage ?? '';
        this.ok = this.status >= 200 && this.status < 300;
        this.headers = new ResponseHeaders(incoming);
        this.url = params.url;
        this.redirected = params.redirected;
        // A body nobody reads (@huggingface/hub's Range 0-0 probes read only the headers) must not hold the process
        // open until the server drops the connection: the socket counts for the event loop again only once the body is
        // asked for, until it ends (the agent then keeps it unref'd in its pool, and refs it when it is reused).
        this.socket = incoming.socket ?? undefined;
        this.socket?.unref();
        // Node's http client calls a body cut short (reset, or closed before Content-Length) "aborted": say what happened.
        // (Listening first, the message is changed before any reader of the body sees the error.)
        incoming.on('error', (error) => {
            if (error.message === 'aborted')
                error.message = 'the connection closed before the body ended';
        });
        const nullBody = params.method === 'HEAD' || this.status === 204 || this.status === 304;
        if (nullBody) {
            incoming.resume();
            this.source = undefined;
            return;
        }
        const decoder = params.decoder;
        if (decoder) {
            incoming.on('error', (error) => decoder.destroy(error));
            incoming.pipe(decoder);
            this.source = decoder;
        }
        else
            this.source = incoming;
        const signal = params.signal;
        if (signal) {
            const onAbort = () => this.source?.destroy(signal.reason);
            signal.addEventListener('abort', onAbort, { once: true });
            this.source.once('close', () => signal.removeEventListener('abort', onAbort));
        }
    }
    get bodyUsed() {
        return this.used;
    }
    get body() {
        if (this.stream === undefined) {
            if (this.source)
                this.socket?.ref();
            this.stream = this.source ? external_node_stream_.Readable.toWeb(this.source) : null;
        }
        return this.stream;
    }
    async bytes() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
        if (!this.source)
            return new Uint8Array(0);
        this.socket?.ref();
        if (this.stream) {
            const parts = [];
            for await (const part of this.stream)
                parts.push(part);
            return Buffer.concat(parts);
        }
        const parts = [];
        for await (const part of this.source)
            parts.push(part);
        return Buffer.concat(parts);
    }
    async arrayBuffer() {
        const bytes = await this.bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async text() {
        return new TextDecoder().decode(await this.bytes());
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async blob() {
        const { Blob } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4573, 23));
        return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
    }
    clone() {
        throw new TypeError('this response cannot be cloned');
    }
}
function decoderFor(zlib, encoding) {
    switch (encoding) {
        case 'gzip':
        case 'x-gzip':
            return zlib.createGunzip();
        case 'deflate':
            return zlib.createInflate();
        case 'br':
            return zlib.createBrotliDecompress();
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/http/proxy.ts
var http_proxy = __webpack_require__(57856);
// EXTERNAL MODULE: ./src/http/proxy-for.ts + 1 modules
var proxy_for = __webpack_require__(27668);
;// CONCATENATED MODULE: ./src/http/proxied-fetch.ts




/**
 * fetch, through the proxy the environment names for the URL (see proxyFor); without one, httpFetch (node's http
 * client: node's own fetch costs more to start than a whole cache hit, see http-fetch.ts). Node 20's fetch ignores HTTPS_PROXY, so proxied requests go through undici (the library node's fetch is built
 * from), loaded only when a proxy is set: an https URL through a CONNECT tunnel opened by openTunnel (the one
 * get-body uses, so both clients report a refusal the same way), an http URL asked of the proxy by its absolute
 * URL, as curl does (many proxies allow CONNECT only to port 443).
 */
async function proxiedFetch(input, init) {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const proxy = (0,proxy_for/* proxyFor */.i)(url);
    if (!proxy)
        return httpFetch(input, init);
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const secure = url.protocol === 'https:';
    const cacheKey = `${secure ? 'tunnel' : 'forward'} ${proxy.href}`;
    let agent = agents.get(cacheKey);
    if (!agent) {
        agent = secure ? new undici.Agent({ connect: tunnelConnector(proxy) }) : new undici.ProxyAgent({ uri: withoutCredentials(proxy), token: (0,http_proxy/* proxyAuthorization */.YB)(proxy), proxyTunnel: false });
        agents.set(cacheKey, agent);
    }
    try {
        return (await undici.fetch(input, { ...init, dispatcher: agent }));
    }
    catch (error) {
        // undici's forwarding agent turns the proxy's 407 into "Proxy Authentication Required (407)" (an
        // InvalidArgumentError under fetch's "fetch failed"); a refused tunnel arrives as openTunnel's own error.
        if (/Proxy Authentication Required \(407\)/.test(String(error?.cause?.message))) {
            throw new http_proxy/* ProxyRefusedError */.Ne(`the proxy ${(0,http_proxy/* describeProxy */.GK)(proxy)} answered 407 Proxy Authentication Required for ${url.host}: check the user and password in the proxy setting (http_proxy / HTTP_PROXY)`, 407);
        }
        // Forwarding, the only connection is to the proxy: a connection failure is the proxy's, not the server's.
        const cause = error?.cause;
        if (!secure && typeof cause?.code === 'string' && CONNECT_FAILURES.has(cause.code)) {
            throw new Error(`cannot reach the proxy ${(0,http_proxy/* describeProxy */.GK)(proxy)}`, { cause });
        }
        throw error;
    }
}
const agents = new Map();
const CONNECT_TIMEOUT_MS = 30_000;
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);
function withoutCredentials(proxy) {
    const bare = new URL(proxy.href);
    bare.username = '';
    bare.password = '';
    return bare.href;
}
/** undici's `connect` option: TLS to the host inside a CONNECT tunnel through `proxy`. */
function tunnelConnector(proxy) {
    return (options, callback) => {
        const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
        // A custom connector has no connect timeout of undici's: a proxy that never answers is given up on here.
        Promise.all([(0,http_proxy/* openTunnel */.X)({ proxy, host, port: Number(options.port || 443), signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) }), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 41692, 23))]).then(([tunnel, tls]) => {
            const servername = options.servername || ((0,external_node_net_.isIP)(host) ? undefined : host);
            const socket = tls.connect({ socket: tunnel, servername, ALPNProtocols: ['http/1.1'] });
            const onError = (error) => callback(error, null);
            socket.once('error', onError);
            socket.once('secureConnect', () => {
                socket.off('error', onError);
                callback(null, socket);
            });
        }, (error) => callback(error, null));
    };
}


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 946:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _hub_emulator_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(294);
/* harmony import */ var _tiny_model_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(59);
/**
 * `npm run demo`: the main job, offline, on an embedded default. Starts the loopback Hub emulator with a
 * tiny model made in code, then runs the CLI bundle twice as a user would: the first run works, the
 * second is all cache hits, with the reasons shown.
 */







const here = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
const cli = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(here, '..', 'cli', 'index.js');
/** Run the CLI as a child process; the emulator in this process keeps serving while it runs. */
function runCli(args, env) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}
const hub = await (0,_hub_emulator_js__WEBPACK_IMPORTED_MODULE_5__/* .startHubEmulator */ .H)();
const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'model-experiments-demo-'));
let failed = false;
try {
    hub.commit({ name: 'demo/tiny-bert', files: (0,_tiny_model_js__WEBPACK_IMPORTED_MODULE_6__/* .tinyModelFiles */ .BV)() });
    const env = { ...process.env, HF_ENDPOINT: hub.url, HF_TOKEN: '', HF_HUB_OFFLINE: '' };
    const steps = [['model', 'download', '--name', 'demo/tiny-bert', '--output-dir', (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'models', 'base')]];
    for (const round of [1, 2]) {
        console.log(`\n=== Run ${round} of 2 ${round === 1 ? '(empty caches: everything is produced)' : '(same inputs: every step should be a cache hit)'} ===`);
        for (const args of steps) {
            console.log(`\n$ model-experiments ${args.join(' ')}`);
            const run = await runCli([...args, '--json'], env);
            process.stdout.write(run.stderr);
            const result = JSON.parse(run.stdout || '{}');
            console.log(`→ exit ${run.status}, cacheHit=${result.cacheHit}, source=${result.source}, key=${String(result.key).slice(0, 12)}…${result.reasons?.length ? `, reasons: ${result.reasons.join('; ')}` : ''}`);
            if (run.status !== 0 || (round === 2 && result.cacheHit !== true))
                failed = true;
        }
    }
    console.log(failed ? '\nDemo FAILED: see above.' : '\nDemo OK: the second run was all cache hits.');
}
finally {
    await hub.close();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 294:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ startHubEmulator)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./emulators/hub-emulator.ts
/**
 * A loopback Hugging Face Hub: the HTTP API as @huggingface/hub (and huggingface_hub) use it, serving repos
 * made in code. Used by the tests, the demo and the benchmarks. See shared/PROTOCOLS.md for the facts it follows.
 * It emulates the protocol, not our client: revision info, paginated recursive trees (absolute Link headers),
 * resolve with ETag / X-Repo-Commit / Range, LFS files 302'd to a CDN on another loopback address, 404s with
 * X-Error-Code, and injectable faults (429 + Retry-After, 5xx, resets, truncation, wrong bytes, stalls).
 */


const LFS_EXTENSIONS = /\.(safetensors|bin|onnx|onnx_data|parquet|h5|msgpack|pt|ot|model|gguf|arrow)$/;
const sha1 = (data) => (0,external_node_crypto_namespaceObject.createHash)('sha1').update(data).digest('hex');
const sha256 = (data) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
async function startHubEmulator(params = {}) {
    const repos = new Map();
    const faults = [];
    const requests = [];
    const tokens = new Set();
    const blobs = new Map();
    let bandwidth = 0;
    let pageSize = 50;
    const sockets = new Set();
    let commitCounter = 0;
    const requestFile = new WeakMap();
    const repoKey = (type, name) => `${type}:${name}`;
    const getRepo = (type, name, isPrivate = false) => {
        let repo = repos.get(repoKey(type, name));
        if (!repo) {
            repo = { type, name, refs: new Map(), commits: new Map(), private: isPrivate, info: {} };
            repos.set(repoKey(type, name), repo);
        }
        return repo;
    };
    const storeFiles = (repo, files, base) => {
        const tree = new Map(base ?? []);
        for (const [path, data] of Object.entries(files)) {
            const content = Buffer.isBuffer(data) ? data : Buffer.from(data);
            const stored = {
                content,
                oid: sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content])),
                sha256: sha256(content),
                lfs: LFS_EXTENSIONS.test(path) || content.length > 10 * 1024 * 1024,
            };
            if (stored.lfs)
                blobs.set(stored.sha256, content);
            tree.set(path, stored);
        }
        const sha = sha1(`${repo.type}:${repo.name}:${commitCounter++}:${[...tree.entries()].map(([p, f]) => `${p}=${f.oid}`).join(',')}`);
        repo.commits.set(sha, tree);
        return sha;
    };
    const resolveRef = (repo, rev) => {
        if (repo.commits.has(rev))
            return rev;
        return repo.refs.get(rev);
    };
    const takeFault = (path, isBody) => {
        const index = faults.findIndex((fault) => fault.match.test(path) && (!(fault.bodyOnly ?? fault.kind !== 'status') || isBody));
        if (index < 0)
            return undefined;
        const fault = faults[index];
        if (--fault.times <= 0)
            faults.splice(index, 1);
        return fault;
    };
    const authorized = (req) => {
        const header = req.headers.authorization ?? '';
        return header.startsWith('Bearer ') && tokens.has(header.slice(7));
    };
    function sendJson(res, status, body, headers = {}) {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
        res.end(text);
        return Buffer.byteLength(text);
    }
    const notFound = (res, code, message) => sendJson(res, 404, { error: message }, { 'X-Error-Code': code });
    /** Splits "a/b/<marker>/rest" for 1- or 2-part repo names. */
    function splitRepo(segments, marker) {
        for (const parts of [2, 1]) {
            if (segments[parts] === marker)
                return { name: segments.slice(0, parts).join('/'), rest: segments.slice(parts + 1) };
        }
        return undefined;
    }
    /** Revisions in tree URLs are not encoded by the JS client: match known refs as prefixes. */
    function splitRevision(repo, rest) {
        const joined = rest.join('/');
        const refs = [...repo.refs.keys()].sort((a, b) => b.length - a.length);
        for (const ref of refs) {
            if (joined === ref || joined.startsWith(`${ref}/`))
                return { rev: ref, path: joined.slice(ref.length + 1).split('/').filter(Boolean) };
        }
        return { rev: rest[0] ?? '', path: rest.slice(1) };
    }
    function parseRange(header, size) {
        const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
        if (!match)
            return undefined;
        let start;
        let end;
        if (match[1] === '') {
            start = Math.max(0, size - Number(match[2]));
            end = size - 1;
        }
        else {
            start = Number(match[1]);
            end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
        }
        if (start > end || start >= size)
            return undefined;
        return { start, end };
    }
    async function sendContent(req, res, content, headers, path) {
        const range = parseRange(req.headers.range, content.length);
        const isProbe = range !== undefined && range.start === 0 && range.end === 0;
        const fault = takeFault(path, !isProbe && req.method !== 'HEAD');
        if (fault?.kind === 'status') {
            return sendJson(res, fault.status ?? 500, { error: `injected ${fault.status ?? 500}` }, fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {});
        }
        let body = range ? content.subarray(range.start, range.end + 1) : content;
        const status = range ? 206 : 200;
        const responseHeaders = { 'Accept-Ranges': 'bytes', 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length), ...headers };
        if (range)
            responseHeaders['Content-Range'] = `bytes ${range.start}-${range.end}/${content.length}`;
        res.writeHead(status, responseHeaders);
        if (req.method === 'HEAD') {
            res.end();
            return 0;
        }
        if (fault?.kind === 'wrong-bytes') {
            body = Buffer.from(body);
            for (let i = 0; i < body.length; i += 97)
                body[i] ^= 0xff;
        }
        const half = Math.floor(body.length / 2);
        if (fault?.kind === 'reset') {
            await writeThrottled(res, body.subarray(0, half));
            res.socket?.destroy();
            return half;
        }
        if (fault?.kind === 'truncate') {
            await writeThrottled(res, body.subarray(0, half));
            res.socket?.end();
            return half;
        }
        if (fault?.kind === 'stall') {
            await writeThrottled(res, body.subarray(0, half));
            return half; // never ends; the client must give up
        }
        await writeThrottled(res, body);
        res.end();
        return body.length;
    }
    async function writeThrottled(res, body) {
        if (bandwidth <= 0) {
            if (!res.write(body))
                await new Promise((resolve) => res.once('drain', resolve));
            return;
        }
        const chunk = Math.max(1024, Math.floor(bandwidth / 20));
        for (let offset = 0; offset < body.length && !res.destroyed; offset += chunk) {
            const started = Date.now();
            const piece = body.subarray(offset, offset + chunk);
            if (!res.write(piece))
                await new Promise((resolve) => res.once('drain', resolve));
            const wait = (piece.length / bandwidth) * 1000 - (Date.now() - started);
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
    let hubUrl = '';
    let cdnUrl = '';
    async function handleHub(req, res) {
        const url = new URL(req.url ?? '/', hubUrl);
        const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
        const path = segments.join('/');
        if (segments[0] === 'api' && (segments[1] === 'models' || segments[1] === 'datasets')) {
            const type = segments[1] === 'models' ? 'model' : 'dataset';
            const rest = segments.slice(2);
            const statusFault = takeFault(path, false);
            if (statusFault?.kind === 'status') {
                return sendJson(res, statusFault.status ?? 500, { error: 'injected' }, statusFault.retryAfterSeconds !== undefined ? { 'Retry-After': String(statusFault.retryAfterSeconds) } : {});
            }
            for (const marker of ['revision', 'tree']) {
                const split = splitRepo(rest, marker);
                if (!split)
                    continue;
                const repo = repos.get(repoKey(type, split.name));
                if (!repo || (repo.private && !authorized(req)))
                    return notFound(res, 'RepoNotFound', 'Repository not found');
                if (marker === 'revision') {
                    const rev = split.rest.join('/') || 'main';
                    const sha = resolveRef(repo, rev);
                    if (!sha)
                        return notFound(res, 'RevisionNotFound', `Invalid rev id: ${rev}`);
                    return sendJson(res, 200, {
                        _id: sha1(repo.name).slice(0, 24),
                        id: repo.name,
                        private: repo.private,
                        gated: false,
                        disabled: false,
                        downloads: 0,
                        likes: 0,
                        lastModified: new Date(0).toISOString(),
                        sha,
                        siblings: [...repo.commits.get(sha).keys()].map((rfilename) => ({ rfilename })),
                        tags: [],
                        ...repo.info,
                    });
                }
                const { rev, path: dirParts } = splitRevision(repo, split.rest);
                const sha = resolveRef(repo, rev);
                if (!sha)
                    return notFound(res, 'RevisionNotFound', `Invalid rev id: ${rev}`);
                const prefix = dirParts.join('/');
                const recursive = url.searchParams.get('recursive') === 'true';
                const entries = treeEntries(repo.commits.get(sha), prefix, recursive);
                if (prefix && entries.length === 0)
                    return notFound(res, 'EntryNotFound', `${prefix} does not exist`);
                const cursor = Number(url.searchParams.get('cursor') ?? 0);
                const page = entries.slice(cursor, cursor + pageSize);
                const headers = {};
                if (cursor + pageSize < entries.length) {
                    const next = new URL(url);
                    next.searchParams.set('cursor', String(cursor + pageSize));
                    headers.Link = `<${next.href}>; rel="next"`;
                }
                return sendJson(res, 200, page, headers);
            }
            return notFound(res, 'EntryNotFound', 'Unknown API route');
        }
        const isDataset = segments[0] === 'datasets';
        const repoSegments = isDataset ? segments.slice(1) : segments;
        const split = splitRepo(repoSegments, 'resolve');
        if (split) {
            const repo = repos.get(repoKey(isDataset ? 'dataset' : 'model', split.name));
            if (!repo || (repo.private && !authorized(req)))
                return notFound(res, 'RepoNotFound', 'Repository not found');
            // Resolve URLs encode the revision (refs%2Fconvert%2Fparquet): the first segment after decoding.
            const { rev, path: fileParts } = splitRevision(repo, split.rest);
            const sha = resolveRef(repo, rev);
            if (!sha)
                return notFound(res, 'RevisionNotFound', `Invalid rev id: ${rev}`);
            requestFile.set(req, fileParts.join('/'));
            const file = repo.commits.get(sha).get(fileParts.join('/'));
            if (!file)
                return notFound(res, 'EntryNotFound', `${fileParts.join('/')} does not exist at ${rev}`);
            if (file.lfs) {
                const statusFault = takeFault(path, false);
                if (statusFault?.kind === 'status')
                    return sendJson(res, statusFault.status ?? 500, { error: 'injected' }, statusFault.retryAfterSeconds !== undefined ? { 'Retry-After': String(statusFault.retryAfterSeconds) } : {});
                res.writeHead(302, {
                    Location: `${cdnUrl}/lfs/${file.sha256}?path=${encodeURIComponent(fileParts.join('/'))}&X-Amz-Signature=emulated`,
                    'X-Linked-Etag': `"${file.sha256}"`,
                    'X-Linked-Size': String(file.content.length),
                    'X-Repo-Commit': sha,
                    ETag: `"${file.sha256}"`,
                    'Content-Length': '0',
                });
                res.end();
                return 0;
            }
            return sendContent(req, res, file.content, { ETag: `"${file.oid}"`, 'X-Repo-Commit': sha }, path);
        }
        return notFound(res, 'EntryNotFound', 'Unknown route');
    }
    function treeEntries(tree, prefix, recursive) {
        const dirs = new Set();
        const out = [];
        for (const [path, file] of [...tree.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            if (prefix && !path.startsWith(`${prefix}/`))
                continue;
            const relative = prefix ? path.slice(prefix.length + 1) : path;
            const parts = relative.split('/');
            for (let depth = 1; depth < parts.length; depth++) {
                if (!recursive && depth > 1)
                    break;
                dirs.add([prefix, ...parts.slice(0, depth)].filter(Boolean).join('/'));
            }
            if (!recursive && parts.length > 1)
                continue;
            out.push({
                type: 'file',
                oid: file.oid,
                size: file.content.length,
                path,
                ...(file.lfs ? { lfs: { oid: file.sha256, size: file.content.length, pointerSize: 134 } } : {}),
            });
        }
        return [...[...dirs].sort().map((path) => ({ type: 'directory', oid: sha1(path), size: 0, path })), ...out];
    }
    async function handleCdn(req, res) {
        const url = new URL(req.url ?? '/', cdnUrl);
        const match = /^\/lfs\/([0-9a-f]{64})$/.exec(url.pathname);
        const blob = match && blobs.get(match[1]);
        requestFile.set(req, url.searchParams.get('path') ?? '');
        if (!blob) {
            res.writeHead(404).end();
            return 0;
        }
        return sendContent(req, res, blob, { ETag: `"${match[1]}"` }, url.searchParams.get('path') ?? '');
    }
    const makeServer = (host) => (0,external_node_http_namespaceObject.createServer)((req, res) => {
        // Recorded when the request arrives, so a stalled response is visible while it stalls.
        const record = {
            method: req.method ?? 'GET',
            host,
            path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
            range: req.headers.range,
            status: 0,
            bytesSent: 0,
            authorized: authorized(req),
        };
        requests.push(record);
        const handler = host === 'hub' ? handleHub : handleCdn;
        handler(req, res).then((bytesSent) => {
            record.status = res.statusCode;
            record.bytesSent = bytesSent;
            record.file = requestFile.get(req);
        }, (error) => {
            if (!res.headersSent)
                sendJson(res, 500, { error: String(error) });
            else
                res.destroy();
        });
        res.on('close', () => {
            record.status ||= res.statusCode;
            record.file ??= requestFile.get(req);
        });
    }).on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    const listen = (server, host) => new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, host, () => resolve(server.address().port));
    });
    const hubServer = makeServer('hub');
    const cdnServer = makeServer('cdn');
    const hubHost = params.host ?? '127.0.0.1';
    const cdnHost = params.cdnHost ?? '127.0.0.2';
    hubUrl = `http://${hubHost}:${await listen(hubServer, hubHost)}`;
    cdnUrl = `http://${cdnHost}:${await listen(cdnServer, cdnHost)}`;
    return {
        url: hubUrl,
        cdnUrl,
        commit({ type = 'model', name, files, branch = 'main', replace = false, private: isPrivate, info }) {
            const repo = getRepo(type, name, isPrivate);
            if (info)
                repo.info = info;
            const head = repo.refs.get(branch);
            const sha = storeFiles(repo, files, replace || !head ? undefined : repo.commits.get(head));
            repo.refs.set(branch, sha);
            return sha;
        },
        setRef({ type = 'model', name, ref, sha, files }) {
            const repo = getRepo(type, name);
            const target = sha ?? storeFiles(repo, files ?? {});
            repo.refs.set(ref, target);
            return target;
        },
        injectFault(fault) {
            faults.push({ times: 1, ...fault });
        },
        clearFaults() {
            faults.length = 0;
        },
        requests,
        fileDownloads(path) {
            return requests.filter((r) => r.file === path && r.method === 'GET' && (r.status === 200 || r.status === 206) && r.range !== 'bytes=0-0').length;
        },
        bytesServed(filter) {
            return requests.filter(filter ?? (() => true)).reduce((sum, r) => sum + r.bytesSent, 0);
        },
        acceptToken(token) {
            tokens.add(token);
        },
        setBandwidth(bytesPerSecond) {
            bandwidth = bytesPerSecond;
        },
        setPageSize(entries) {
            pageSize = entries;
        },
        async close() {
            for (const socket of sockets)
                socket.destroy();
            await Promise.all([hubServer, cdnServer].map((server) => new Promise((resolve) => server.close(resolve))));
        },
    };
}


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ tinyModelFiles)
/* harmony export */ });
/* unused harmony exports pseudoRandom, safetensors */
/**
 * A tiny BERT-shaped model repo made in code: config.json, real safetensors weights, a WordPiece tokenizer
 * (tokenizer.json + vocab.txt + tokenizer_config.json), and the redundant formats real repos also ship
 * (tf_model.h5, onnx/) so default file selection has something to skip.
 */
function tinyModelFiles(params = {}) {
    const hidden = params.hiddenSize ?? 8;
    const vocab = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'good', 'great', 'bad', 'awful', 'movie', 'film', 'the', 'a', 'was', 'is', 'not'];
    const config = {
        architectures: ['BertModel'],
        model_type: 'bert',
        hidden_size: hidden,
        num_attention_heads: 1,
        num_hidden_layers: 1,
        intermediate_size: hidden * 2,
        vocab_size: vocab.length,
        max_position_embeddings: 64,
    };
    const weights = safetensors({ 'embeddings.word_embeddings.weight': { shape: [vocab.length, hidden], data: pseudoRandom(vocab.length * hidden, params.seed ?? 1) } });
    const tokenizer = {
        version: '1.0',
        truncation: null,
        padding: null,
        added_tokens: vocab.slice(0, 5).map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
        normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
        pre_tokenizer: { type: 'BertPreTokenizer' },
        post_processor: {
            type: 'TemplateProcessing',
            single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
            pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
            special_tokens: {
                '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
                '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
            },
        },
        decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
        model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(vocab.map((token, id) => [token, id])) },
    };
    return {
        'config.json': Buffer.from(JSON.stringify(config, null, 2)),
        'model.safetensors': weights,
        'tokenizer.json': Buffer.from(JSON.stringify(tokenizer)),
        'tokenizer_config.json': Buffer.from(JSON.stringify({ do_lower_case: true, model_max_length: 64, tokenizer_class: 'BertTokenizer' })),
        'vocab.txt': Buffer.from(vocab.join('\n') + '\n'),
        'README.md': Buffer.from('# tiny-bert\nA tiny model made in code for tests.\n'),
        'tf_model.h5': Buffer.from(pseudoRandom(64, 7).buffer),
        'onnx/model.onnx': Buffer.from(pseudoRandom(64, 9).buffer),
    };
}
/** Deterministic floats in [-0.5, 0.5) (mulberry32). */
function pseudoRandom(count, seed) {
    const out = new Float32Array(count);
    let state = seed >>> 0;
    for (let i = 0; i < count; i++) {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
    }
    return out;
}
/** The safetensors format: u64 header length, JSON header, raw little-endian tensor bytes. */
function safetensors(tensors) {
    const header = {};
    const parts = [];
    let offset = 0;
    for (const [name, tensor] of Object.entries(tensors)) {
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


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(946);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

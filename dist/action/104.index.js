export const id = 104;
export const ids = [104];
export const modules = {

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


/***/ })

};

// Bundle each entry with @vercel/ncc into dist/<name>/index.js and copy onnxruntime-node's native bindings to
// dist/bin/napi-v6/<platform>/<arch>/, where the bundle's runtime require('../bin/napi-v6/...') looks (ncc leaves
// them behind). The transformers trainer's Python scripts go to dist/cli/python/ and dist/action/python/.
import { copyFile, mkdir, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const entries = {
  action: 'src/action/index.ts',
  cli: 'src/cli/index.ts',
  demo: 'emulators/demo.ts',
  emulators: 'emulators/serve-emulators.ts',
  bench: 'bench/index.ts',
};

const only = process.argv.slice(2);
const pythonScripts = (await readdir(join(root, 'src/trainers/transformers'))).filter((file) => file.endsWith('.py'));
for (const [name, entry] of Object.entries(entries)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = Date.now();
  const { code, assets } = await ncc(join(root, entry), { quiet: true, minify: false, sourceMap: false, license: 'licenses.txt', transpileOnly: true });
  const outDir = join(root, 'dist', name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    if (file.endsWith('.node') || file.includes('onnxruntime')) continue; // the shared binding is copied below
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), asset.source, { mode: asset.permissions });
  }
  if (name === 'cli') await chmod(join(outDir, 'index.js'), 0o755);
  // The transformers trainer's Python scripts, next to the bundles that run them (see src/trainers/transformers/python-scripts.ts).
  if (name === 'cli' || name === 'action') {
    await mkdir(join(outDir, 'python'), { recursive: true });
    for (const script of pythonScripts) await copyFile(join(root, 'src/trainers/transformers', script), join(outDir, 'python', script));
  }
  console.log(`dist/${name}/index.js (${(code.length / 1024).toFixed(0)} KiB, ${Date.now() - started} ms)`);
}

// onnxruntime-node's CPU binding for every platform the built-in trainer and evaluate run on (see
// src/trainers/builtin/onnxruntime-platforms.ts): the binding and the one library it loads (linux: libonnxruntime.so.1
// through $ORIGIN, macOS: @rpath/libonnxruntime.1.dylib through @loader_path; the package's second, identical copy
// libonnxruntime.1.30.0.dylib is not loaded by anything, so it is left out). Windows is not shipped: its binding
// needs onnxruntime.dll plus DirectML (~50 MB more per architecture) and the trainer is not supported there.
const ONNXRUNTIME_FILES = {
  'linux/x64': ['onnxruntime_binding.node', 'libonnxruntime.so.1'],
  'linux/arm64': ['onnxruntime_binding.node', 'libonnxruntime.so.1'],
  'darwin/arm64': ['onnxruntime_binding.node', 'libonnxruntime.1.dylib'],
};
await rm(join(root, 'dist/bin'), { recursive: true, force: true });
for (const [platform, files] of Object.entries(ONNXRUNTIME_FILES)) {
  const source = join(root, 'node_modules/onnxruntime-node/bin/napi-v6', platform);
  const target = join(root, 'dist/bin/napi-v6', platform);
  await mkdir(target, { recursive: true });
  for (const file of files) await copyFile(join(source, file), join(target, file));
}

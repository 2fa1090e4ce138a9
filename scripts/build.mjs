// Bundle each entry with @vercel/ncc into dist/<name>/index.js and copy onnxruntime-node's native binding to
// dist/bin/napi-v6/linux/x64/, where the bundle's runtime require('../bin/napi-v6/...') looks (ncc leaves it behind).
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
  console.log(`dist/${name}/index.js (${(code.length / 1024).toFixed(0)} KiB, ${Date.now() - started} ms)`);
}

const bindingSource = join(root, 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64');
const bindingTarget = join(root, 'dist/bin/napi-v6/linux/x64');
await mkdir(bindingTarget, { recursive: true });
for (const file of await readdir(bindingSource)) {
  if (file === 'onnxruntime_binding.node' || file.startsWith('libonnxruntime.so')) await copyFile(join(bindingSource, file), join(bindingTarget, file));
}

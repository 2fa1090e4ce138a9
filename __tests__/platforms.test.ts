/**
 * Every runner platform: the onnxruntime bindings dist/ ships (read from the files npm run build put there, by
 * their headers, as the loader of each OS reads them), and the refusal where there is none. Run after npm run build.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOnnxRuntimePlatform, ONNXRUNTIME_PLATFORMS } from '../src/trainers/builtin/onnxruntime-platforms.js';

const bin = join(process.cwd(), 'dist', 'bin', 'napi-v6');

const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const MH_MAGIC_64 = 0xfeedfacf;
const CPU_TYPE_ARM64 = 0x0100000c;

/** The ELF header fields a loader checks first: 64-bit, little-endian, a shared object, and for which machine. */
function elfHeader(path: string) {
  const bytes = readFileSync(path);
  return {
    magic: bytes.subarray(0, 4).toString('latin1'),
    class64: bytes[4] === 2,
    littleEndian: bytes[5] === 1,
    sharedObject: bytes.readUInt16LE(16) === 3,
    machine: bytes.readUInt16LE(18),
    bytes,
  };
}

/** The Mach-O header: magic (a thin 64-bit file, not a universal one) and CPU type. */
function machHeader(path: string) {
  const bytes = readFileSync(path);
  return { magic: bytes.readUInt32LE(0), cpuType: bytes.readInt32LE(4), bytes };
}

describe('dist/bin holds onnxruntime for each platform the built-in trainer runs on', () => {
  test('exactly linux/x64, linux/arm64 and darwin/arm64 are shipped', () => {
    const shipped = readdirSync(bin).flatMap((platform) => readdirSync(join(bin, platform)).map((arch) => `${platform}/${arch}`));
    expect(shipped.sort()).toEqual([...ONNXRUNTIME_PLATFORMS].sort());
  });

  test('linux/arm64: the binding and libonnxruntime.so.1 are aarch64 ELF shared objects, and the binding loads that library', () => {
    for (const file of ['onnxruntime_binding.node', 'libonnxruntime.so.1']) {
      const header = elfHeader(join(bin, 'linux', 'arm64', file));
      expect({ file, magic: header.magic, class64: header.class64, littleEndian: header.littleEndian, sharedObject: header.sharedObject, machine: header.machine }).toEqual({
        file,
        magic: '\x7fELF',
        class64: true,
        littleEndian: true,
        sharedObject: true,
        machine: EM_AARCH64,
      });
    }
    // DT_NEEDED names the library by its soname, found through the binding's $ORIGIN rpath.
    const binding = elfHeader(join(bin, 'linux', 'arm64', 'onnxruntime_binding.node')).bytes;
    expect(binding.includes('libonnxruntime.so.1\0')).toBe(true);
    expect(binding.includes('$ORIGIN')).toBe(true);
  });

  test('linux/x64 stays an x86-64 ELF', () => {
    for (const file of ['onnxruntime_binding.node', 'libonnxruntime.so.1']) expect(elfHeader(join(bin, 'linux', 'x64', file)).machine).toBe(EM_X86_64);
  });

  test('darwin/arm64: the binding and libonnxruntime.1.dylib are thin arm64 Mach-O files, and the binding loads that library', () => {
    for (const file of ['onnxruntime_binding.node', 'libonnxruntime.1.dylib']) {
      const header = machHeader(join(bin, 'darwin', 'arm64', file));
      expect({ file, magic: header.magic, cpuType: header.cpuType }).toEqual({ file, magic: MH_MAGIC_64, cpuType: CPU_TYPE_ARM64 });
    }
    const binding = machHeader(join(bin, 'darwin', 'arm64', 'onnxruntime_binding.node')).bytes;
    expect(binding.includes('@rpath/libonnxruntime.1.dylib\0')).toBe(true);
    expect(binding.includes('@loader_path')).toBe(true);
    // The package's second copy of the library (libonnxruntime.1.30.0.dylib) is loaded by nothing: not shipped.
    expect(existsSync(join(bin, 'darwin', 'arm64', 'libonnxruntime.1.30.0.dylib'))).toBe(false);
  });
});

describe('the onnxruntime loader picks by process.platform/arch', () => {
  test('the shipped platforms pass', () => {
    for (const name of ONNXRUNTIME_PLATFORMS) {
      const [platform, arch] = name.split('/');
      expect(() => checkOnnxRuntimePlatform({ platform, arch })).not.toThrow();
    }
  });

  test('another platform is refused in one line that names the platform and what to do instead', () => {
    expect(() => checkOnnxRuntimePlatform({ platform: 'win32', arch: 'x64' })).toThrow(
      'The built-in trainer and evaluate need onnxruntime, which is shipped for linux/x64, linux/arm64, darwin/arm64, not for win32/x64: train with --run (your own trainer command; the run input in the Action), or run this step on a Linux or macOS runner',
    );
    expect(() => checkOnnxRuntimePlatform({ platform: 'darwin', arch: 'x64' })).toThrow('not for darwin/x64: train with --run');
    expect(() => checkOnnxRuntimePlatform({ platform: 'linux', arch: 'ppc64' })).toThrow('not for linux/ppc64');
  });
});

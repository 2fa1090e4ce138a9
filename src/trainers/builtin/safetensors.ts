/**
 * The safetensors format (u64 little-endian header length, JSON header, raw little-endian tensor bytes), written
 * here because no npm package writes it. Tensors are laid out in the order given, and the header is padded to
 * 8 bytes as the reference implementation does, so equal tensors always give equal bytes.
 */
export function encodeSafetensors(params: { tensors: Record<string, { shape: number[]; data: Float32Array }>; metadata?: Record<string, string> }): Buffer {
  const header: Record<string, unknown> = {};
  if (params.metadata) header.__metadata__ = params.metadata;
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, tensor] of Object.entries(params.tensors)) {
    const expected = tensor.shape.reduce((product, dim) => product * dim, 1);
    if (expected !== tensor.data.length) throw new Error(`safetensors: ${name} has ${tensor.data.length} values for shape [${tensor.shape.join(', ')}]`);
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

import { MessageWriter } from './protobuf-wire.js';

/** Field numbers of onnx.proto (ONNX 1.x; stable since IR version 3). */
export const ModelField = { IrVersion: 1, ProducerName: 2, Graph: 7, OpsetImport: 8 } as const;
export const GraphField = { Node: 1, Name: 2, Initializer: 5, Input: 11, Output: 12, ValueInfo: 13 } as const;
export const ValueInfoField = { Name: 1, Type: 2 } as const;
export const OpsetField = { Domain: 1, Version: 2 } as const;

export const TensorType = { Float: 1, Int64: 7, Float16: 10 } as const;

const AttributeType = { Float: 1, Int: 2, Ints: 7 } as const;

export type AttributeValue = { int: number } | { ints: number[] } | { float: number };

export function nodeMessage(params: { opType: string; inputs: string[]; outputs: string[]; name: string; attributes?: Record<string, AttributeValue> }): MessageWriter {
  const node = new MessageWriter();
  for (const input of params.inputs) node.string(1, input);
  for (const output of params.outputs) node.string(2, output);
  node.string(3, params.name).string(4, params.opType);
  for (const [name, value] of Object.entries(params.attributes ?? {})) {
    const attribute = new MessageWriter().string(1, name);
    if ('int' in value) attribute.varint(20, AttributeType.Int).varint(3, value.int);
    else if ('float' in value) attribute.varint(20, AttributeType.Float).float(2, value.float);
    else {
      attribute.varint(20, AttributeType.Ints);
      for (const item of value.ints) attribute.varint(8, item);
    }
    node.message(5, attribute);
  }
  return node;
}

/** An initializer with its data as little-endian raw_data. */
export function tensorMessage(params: { name: string; dims: number[]; data: Float32Array | BigInt64Array }): MessageWriter {
  const tensor = new MessageWriter();
  for (const dim of params.dims) tensor.varint(1, dim);
  tensor.varint(2, params.data instanceof Float32Array ? TensorType.Float : TensorType.Int64);
  tensor.string(8, params.name);
  tensor.bytes(9, new Uint8Array(params.data.buffer, params.data.byteOffset, params.data.byteLength));
  return tensor;
}

/** A graph input/output declaration: element type and dims (a number, or a symbolic name). */
export function valueInfoMessage(params: { name: string; elemType: number; dims: (number | string)[] }): MessageWriter {
  const shape = new MessageWriter();
  for (const dim of params.dims) shape.message(1, typeof dim === 'number' ? new MessageWriter().varint(1, dim) : new MessageWriter().string(2, dim));
  const tensorType = new MessageWriter().varint(1, params.elemType).message(2, shape);
  return new MessageWriter().string(ValueInfoField.Name, params.name).message(ValueInfoField.Type, new MessageWriter().message(1, tensorType));
}

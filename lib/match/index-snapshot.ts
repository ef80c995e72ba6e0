/**
 * The in-memory index as bytes, so a service-worker start loads it instead of rebuilding it from
 * every stored passage: a header (JSON: section names, types, lengths), then the index's typed
 * arrays as they are, each padded to 8 bytes, cut into chunks of at most `CHUNK_BYTES` (an
 * IndexedDB value each), with a checksum over all of it. Decoding checks the checksum and every
 * length and offset before the arrays become the index (as views: no copy), so a damaged
 * snapshot is refused and the index rebuilt, never served.
 */
import { fail, ok, type Result } from '../result';
import { snapshotHeaderSchema, type SnapshotSection } from '../schema';
import { featuresEnd } from './feature-codec';
import { MemoryIndex } from './memory-index';
import { PassageTable, type TableParts } from './passage-table';
import { Postings, type Segment } from './postings';
import { TermTable } from './terms';

const MAGIC = 0x58495443; // "CTIX"
export const CHUNK_BYTES = 8 * 2 ** 20;
const SEPARATOR = '\u0000';

type Typed = Uint8Array | Int32Array | Uint32Array;

/** The index's bytes in chunks, and their checksum. */
export interface EncodedSnapshot {
  chunks: Uint8Array[];
  bytes: number;
  checksum: number;
}

/** Encodes `index` (its open postings are sealed first). */
export function encodeSnapshot(index: MemoryIndex): EncodedSnapshot {
  const { terms, passages, postings } = index.parts();
  const table = passages.parts();
  const encoder = new TextEncoder();
  const arrays: [string, Typed][] = [
    ['terms', encoder.encode(terms.names.join(SEPARATOR))],
    ['df', terms.frequencies],
    ['groups', encoder.encode(table.groups.join(SEPARATOR))],
    ['group', table.group],
    ['ordinal', table.ordinal],
    ['featureAt', table.featureAt],
    ['alive', table.alive],
    ['leader', table.leader],
    ['pool', table.pool],
    ...postings.segments.flatMap((segment, i): [string, Typed][] => [
      [`keys${i}`, segment.keys],
      [`starts${i}`, segment.starts],
      [`lists${i}`, segment.lists],
    ]),
  ];
  const sections: SnapshotSection[] = arrays.map(([name, array]) => ({ name, type: typeOf(array), length: array.length }));
  const header = encoder.encode(JSON.stringify({ format: 1, documents: terms.documents, sections }));
  const writer = new ChunkWriter();
  writer.write(new Uint8Array(new Uint32Array([MAGIC, header.length]).buffer));
  writer.write(header);
  writer.pad();
  for (const [, array] of arrays) {
    writer.write(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    writer.pad();
  }
  return writer.finish();
}

/** The index the chunks encode, or why they cannot be trusted. */
export function decodeSnapshot(chunks: readonly Uint8Array[], expected: { bytes: number; checksum: number }): Result<MemoryIndex> {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  if (total !== expected.bytes || total % 8 !== 0) return fail('corruptSnapshot', `the snapshot has ${total} bytes, not the ${expected.bytes} it was written with`);
  const buffer = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, at);
    at += chunk.length;
  }
  if (checksum(buffer) !== expected.checksum) return fail('corruptSnapshot', 'the snapshot does not match its checksum');
  try {
    return readSections(buffer);
  } catch (error) {
    return fail('corruptSnapshot', `the snapshot is not readable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readSections(buffer: Uint8Array): Result<MemoryIndex> {
  const words = new Uint32Array(buffer.buffer, 0, 2);
  if (words[0] !== MAGIC) return fail('corruptSnapshot', 'not a ClaimTrail index snapshot');
  const parsed = snapshotHeaderSchema.safeParse(JSON.parse(new TextDecoder().decode(buffer.subarray(8, 8 + words[1]!))));
  if (!parsed.success) return fail('corruptSnapshot', 'the snapshot header is not one this version reads');
  let offset = align(8 + words[1]!);
  const arrays = new Map<string, Typed>();
  for (const section of parsed.data.sections) {
    const size = section.length * (section.type === 'u8' ? 1 : 4);
    if (offset + size > buffer.length) return fail('corruptSnapshot', `section ${section.name} runs past the end`);
    const { buffer: backing, byteOffset } = buffer;
    arrays.set(
      section.name,
      section.type === 'u8' ? new Uint8Array(backing, byteOffset + offset, section.length) : section.type === 'i32' ? new Int32Array(backing, byteOffset + offset, section.length) : new Uint32Array(backing, byteOffset + offset, section.length),
    );
    offset = align(offset + size);
  }
  const get = <T extends Typed>(name: string, type: new (...args: never[]) => T): T => {
    const array = arrays.get(name);
    if (!(array instanceof type)) throw new Error(`section ${name} is missing`);
    return array;
  };
  const decoder = new TextDecoder();
  const split = (bytes: Uint8Array) => (bytes.length === 0 ? [] : decoder.decode(bytes).split(SEPARATOR));
  const names = split(get('terms', Uint8Array));
  const df = get('df', Int32Array);
  const table: TableParts = { groups: split(get('groups', Uint8Array)), group: get('group', Int32Array), ordinal: get('ordinal', Int32Array), featureAt: get('featureAt', Uint32Array), alive: get('alive', Uint8Array), leader: get('leader', Int32Array), pool: get('pool', Uint8Array) };
  const segments: Segment[] = [];
  for (let i = 0; arrays.has(`keys${i}`); i++) segments.push({ keys: get(`keys${i}`, Uint32Array), starts: get(`starts${i}`, Uint32Array), lists: get(`lists${i}`, Uint8Array) });
  const problem = inconsistency(names.length, df, table, segments);
  if (problem) return fail('corruptSnapshot', problem);
  const terms = TermTable.restore(names, df, parsed.data.documents);
  return ok(new MemoryIndex({ terms, passages: PassageTable.restore(table), postings: Postings.restore(segments) }));
}

/** What does not add up in the decoded arrays, if anything: lengths, offsets, slot numbers. */
function inconsistency(terms: number, df: Int32Array, table: TableParts, segments: readonly Segment[]): string | undefined {
  if (df.length !== terms) return 'term frequencies and terms differ in number';
  const slots = table.group.length;
  if (table.ordinal.length !== slots || table.featureAt.length !== slots || table.alive.length !== slots || table.leader.length !== slots) return 'passage arrays differ in length';
  for (let slot = 0; slot < slots; slot++) {
    const group = table.group[slot]!;
    if (group < 0 || group >= table.groups.length) return `passage ${slot} names no group`;
    const leader = table.leader[slot]!;
    if (table.alive[slot] && (leader < 0 || leader >= slots || !table.alive[leader] || table.leader[leader] !== leader)) return `passage ${slot} has a copy leader that is not there`;
    if (table.featureAt[slot]! >= table.pool.length || (slot > 0 && table.featureAt[slot]! <= table.featureAt[slot - 1]!)) return `passage ${slot} has its features out of place`;
  }
  if (slots > 0 && featuresEnd(table.pool, table.featureAt[slots - 1]!) !== table.pool.length) return 'the feature pool does not end with the last passage';
  for (const segment of segments) {
    if (segment.starts.length !== segment.keys.length + 1 || segment.starts[segment.keys.length] !== segment.lists.length) return 'a postings segment is cut short';
    for (let i = 1; i < segment.keys.length; i++) {
      if (segment.keys[i]! <= segment.keys[i - 1]!) return 'postings keys are out of order';
      if (segment.starts[i]! < segment.starts[i - 1]!) return 'postings lists are out of order';
    }
  }
  return undefined;
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;

const typeOf = (array: Typed): SnapshotSection['type'] => (array instanceof Uint8Array ? 'u8' : array instanceof Int32Array ? 'i32' : 'u32');

/** A 32-bit checksum over the buffer's 32-bit words (its length is a multiple of 8). */
export function checksum(buffer: Uint8Array, seed = 0x811c9dc5): number {
  const words = new Uint32Array(buffer.buffer, buffer.byteOffset, buffer.length >>> 2);
  let hash = seed;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 0x01000193) ^ (hash >>> 15);
  return hash >>> 0;
}

/** Writes bytes into fixed-size chunks, so a large index is never copied whole. */
class ChunkWriter {
  readonly #chunks: Uint8Array[] = [];
  #current = new Uint8Array(CHUNK_BYTES);
  #used = 0;
  #total = 0;
  #checksum = 0x811c9dc5;

  write(bytes: Uint8Array): void {
    let from = 0;
    while (from < bytes.length) {
      const count = Math.min(bytes.length - from, CHUNK_BYTES - this.#used);
      this.#current.set(bytes.subarray(from, from + count), this.#used);
      this.#used += count;
      from += count;
      if (this.#used === CHUNK_BYTES) this.#flush();
    }
    this.#total += bytes.length;
  }

  /** Zeros up to the next multiple of 8. */
  pad(): void {
    const rest = align(this.#total) - this.#total;
    if (rest > 0) this.write(new Uint8Array(rest));
  }

  finish(): EncodedSnapshot {
    if (this.#used > 0) this.#flush();
    return { chunks: this.#chunks, bytes: this.#total, checksum: this.#checksum };
  }

  #flush(): void {
    const chunk = this.#current.slice(0, this.#used);
    this.#checksum = checksum(chunk, this.#checksum);
    this.#chunks.push(chunk);
    this.#current = new Uint8Array(CHUNK_BYTES);
    this.#used = 0;
  }
}

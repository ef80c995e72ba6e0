/**
 * The passages of the in-memory index, one slot each, in typed arrays: the group (an article id,
 * interned) and ordinal that make its id, whether it is still live, which slot stands for its
 * copies, and where its features start in the shared byte pool. A million passages cost about
 * 17 bytes each here, plus their features (about 1.5 bytes a term) and one small array of slots
 * per article.
 */
import { ByteWriter } from './feature-codec';

/** An id `<group>:<ordinal>` (a corpus passage) is split; any other id is a group of its own. */
const ORDINAL_ID = /^(.*):(\d{1,9})$/;

/** The arrays a table is made of, as a snapshot stores them. */
export interface TableParts {
  groups: readonly string[];
  group: Int32Array;
  ordinal: Int32Array;
  featureAt: Uint32Array;
  alive: Uint8Array;
  leader: Int32Array;
  pool: Uint8Array;
}

export class PassageTable {
  readonly pool: ByteWriter;
  #group: Int32Array;
  #ordinal: Int32Array;
  #featureAt: Uint32Array;
  #alive: Uint8Array;
  /** The slot that stands for this one's copies (itself, unless it is a copy of another). */
  #leader: Int32Array;
  #length = 0;
  #live = 0;
  readonly #groupIds = new Map<string, number>();
  readonly #groupNames: string[] = [];
  readonly #groupSlots: number[][] = [];

  constructor(capacity = 1024, pool = new ByteWriter(capacity * 64)) {
    this.pool = pool;
    this.#group = new Int32Array(capacity);
    this.#ordinal = new Int32Array(capacity);
    this.#featureAt = new Uint32Array(capacity);
    this.#alive = new Uint8Array(capacity);
    this.#leader = new Int32Array(capacity);
  }

  /** A table restored from a snapshot's arrays (every array `length` long but the pool). */
  static restore(parts: TableParts): PassageTable {
    const pool = new ByteWriter(0);
    pool.bytes = parts.pool;
    pool.length = parts.pool.length;
    const table = new PassageTable(0, pool);
    for (const name of parts.groups) table.#groupOf(name);
    table.#group = parts.group;
    table.#ordinal = parts.ordinal;
    table.#featureAt = parts.featureAt;
    table.#alive = parts.alive;
    table.#leader = parts.leader;
    table.#length = parts.group.length;
    for (let slot = 0; slot < table.#length; slot++) {
      if (!table.#alive[slot]) continue;
      table.#live += 1;
      table.#groupSlots[table.#group[slot]!]!.push(slot);
    }
    return table;
  }

  /** Slots used so far, live or not: the next slot's number. */
  get length(): number {
    return this.#length;
  }

  /** Live passages. */
  get live(): number {
    return this.#live;
  }

  /** Takes a slot for passage `id`, whose features the caller has just written to the pool at `featureAt`. */
  push(id: string, featureAt: number): number {
    if (this.#length === this.#group.length) this.#grow();
    const slot = this.#length++;
    const match = ORDINAL_ID.exec(id);
    const group = this.#groupOf(match ? match[1]! : id);
    this.#group[slot] = group;
    this.#ordinal[slot] = match ? Number(match[2]) : -1;
    this.#featureAt[slot] = featureAt;
    this.#alive[slot] = 1;
    this.#leader[slot] = slot;
    this.#groupSlots[group]!.push(slot);
    this.#live += 1;
    return slot;
  }

  /** The live slot of passage `id`, or -1. */
  slotOf(id: string): number {
    const match = ORDINAL_ID.exec(id);
    const group = this.#groupIds.get(match ? match[1]! : id);
    if (group === undefined) return -1;
    const ordinal = match ? Number(match[2]) : -1;
    return this.#groupSlots[group]!.find((slot) => this.#ordinal[slot] === ordinal) ?? -1;
  }

  /** The live slots of a group (an article's passages). */
  slotsOfGroup(group: string): readonly number[] {
    const id = this.#groupIds.get(group);
    return id === undefined ? [] : this.#groupSlots[id]!;
  }

  /** Marks `slot` removed. */
  kill(slot: number): void {
    if (!this.#alive[slot]) return;
    this.#alive[slot] = 0;
    this.#live -= 1;
    const slots = this.#groupSlots[this.#group[slot]!]!;
    slots.splice(slots.indexOf(slot), 1);
  }

  isLive(slot: number): boolean {
    return this.#alive[slot] === 1;
  }

  leaderOf(slot: number): number {
    return this.#leader[slot]!;
  }

  setLeader(slot: number, leader: number): void {
    this.#leader[slot] = leader;
  }

  featureAt(slot: number): number {
    return this.#featureAt[slot]!;
  }

  idOf(slot: number): string {
    const group = this.groupOf(slot);
    const ordinal = this.#ordinal[slot]!;
    return ordinal < 0 ? group : `${group}:${ordinal}`;
  }

  groupOf(slot: number): string {
    return this.#groupNames[this.#group[slot]!]!;
  }

  /** The arrays a snapshot stores (views trimmed to the slots used). */
  parts(): TableParts {
    const n = this.#length;
    return {
      groups: this.#groupNames,
      group: this.#group.subarray(0, n),
      ordinal: this.#ordinal.subarray(0, n),
      featureAt: this.#featureAt.subarray(0, n),
      alive: this.#alive.subarray(0, n),
      leader: this.#leader.subarray(0, n),
      pool: this.pool.bytes.subarray(0, this.pool.length),
    };
  }

  #groupOf(name: string): number {
    let id = this.#groupIds.get(name);
    if (id === undefined) {
      id = this.#groupNames.length;
      this.#groupIds.set(name, id);
      this.#groupNames.push(name);
      this.#groupSlots.push([]);
    }
    return id;
  }

  #grow(): void {
    const size = Math.max(1024, this.#group.length * 2);
    const grow = <T extends Int32Array | Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const array = make(size);
      array.set(old);
      return array;
    };
    this.#group = grow(this.#group, (n) => new Int32Array(n));
    this.#ordinal = grow(this.#ordinal, (n) => new Int32Array(n));
    this.#featureAt = grow(this.#featureAt, (n) => new Uint32Array(n));
    this.#alive = grow(this.#alive, (n) => new Uint8Array(n));
    this.#leader = grow(this.#leader, (n) => new Int32Array(n));
  }
}

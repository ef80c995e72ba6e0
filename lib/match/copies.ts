/**
 * Copies: passages whose features are the same byte for byte (a wire story carried by fifty
 * outlets, a press release reposted). The scorer cannot tell them apart, so the first one added
 * stands for all (its slot is their leader) and candidate generation passes the others over: a
 * page sees each story once with its count, not fifty identical rows crowding out other sources.
 */
import type { PassageTable } from './passage-table';

export class Copies {
  readonly #passages: PassageTable;
  /** Per leader with copies: the copies' slots, oldest first. */
  readonly #members = new Map<number, number[]>();

  /** Copies as the table's leader array records them (after a restore or a compaction). */
  constructor(passages: PassageTable) {
    this.#passages = passages;
    for (let slot = 0; slot < passages.length; slot++) {
      const leader = passages.leaderOf(slot);
      if (leader !== slot && passages.isLive(slot)) this.#listOf(leader).push(slot);
    }
  }

  /** Records `slot` as a copy of the live leader `leader`. */
  join(slot: number, leader: number): void {
    this.#passages.setLeader(slot, leader);
    this.#listOf(leader).push(slot);
  }

  /** Takes a slot being removed out of its group: a leader hands over to its oldest copy. */
  leave(slot: number): void {
    const leader = this.#passages.leaderOf(slot);
    if (leader !== slot) {
      const members = this.#members.get(leader)!;
      members.splice(members.indexOf(slot), 1);
      if (members.length === 0) this.#members.delete(leader);
      return;
    }
    const members = this.#members.get(slot);
    if (!members) return;
    this.#members.delete(slot);
    const [heir, ...rest] = members;
    this.#passages.setLeader(heir!, heir!);
    for (const member of rest) this.#passages.setLeader(member, heir!);
    if (rest.length > 0) this.#members.set(heir!, rest);
  }

  /** The copies of a leader (not itself). */
  of(leader: number): readonly number[] {
    return this.#members.get(leader) ?? [];
  }

  #listOf(leader: number): number[] {
    let list = this.#members.get(leader);
    if (!list) this.#members.set(leader, (list = []));
    return list;
  }
}

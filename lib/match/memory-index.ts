/**
 * The in-memory inverted index candidates come from (notes/matching-experiments.md §9: per-key
 * IndexedDB lookups cost 0.2–1 ms each, far over a page's budget; a Map lookup costs microseconds).
 * Maps index keys to the passages holding them, and keeps document frequencies in step.
 */
import { featureKeys, type Features } from './features';
import { DocumentFrequencies } from './idf';

export interface IndexedPassage {
  id: string;
  features: Features;
}

/** Keys looked up per query passage: its rarest ones carry the evidence. */
const QUERY_KEYS = 64;
/** Candidates scored per query passage, the ones sharing most rare keys first. */
const MAX_CANDIDATES = 30;
/** A key in more passages than this (or than 1% of the corpus) names nothing in particular. */
const MAX_POSTINGS = 500;
const MAX_POSTINGS_SHARE = 0.01;

export class MemoryIndex {
  readonly frequencies = new DocumentFrequencies();
  readonly #passages: (IndexedPassage | undefined)[] = [];
  readonly #slotOf = new Map<string, number>();
  readonly #postings = new Map<string, number[]>();

  /** Adds (or replaces) a passage. */
  add(passage: IndexedPassage): void {
    this.remove(passage.id);
    const slot = this.#passages.length;
    this.#passages.push(passage);
    this.#slotOf.set(passage.id, slot);
    const keys = featureKeys(passage.features);
    this.frequencies.add(keys);
    for (const key of keys) {
      const list = this.#postings.get(key);
      if (list) list.push(slot);
      else this.#postings.set(key, [slot]);
    }
  }

  /** Removes a passage; its postings are dropped lazily when looked up. */
  remove(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    this.frequencies.remove(featureKeys(this.#passages[slot]!.features));
    this.#passages[slot] = undefined;
    this.#slotOf.delete(id);
  }

  /** Every passage in the index (for scoring without candidate generation, as a baseline). */
  all(): IndexedPassage[] {
    return this.#passages.filter((passage): passage is IndexedPassage => passage !== undefined);
  }

  get size(): number {
    return this.#slotOf.size;
  }

  /** Passages sharing the most of `features`' rarest keys, at most `MAX_CANDIDATES`. */
  candidates(features: Features): IndexedPassage[] {
    const postingsCap = Math.max(MAX_POSTINGS, this.frequencies.documents * MAX_POSTINGS_SHARE);
    const keys = featureKeys(features)
      .filter((key) => this.#postings.has(key) && this.frequencies.df(key) <= postingsCap)
      .sort((a, b) => this.frequencies.df(a) - this.frequencies.df(b))
      .slice(0, QUERY_KEYS);
    const shared = new Map<number, number>();
    for (const key of keys) {
      for (const slot of this.#postings.get(key)!) shared.set(slot, (shared.get(slot) ?? 0) + this.frequencies.idf(key));
    }
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([slot]) => this.#passages[slot])
      .filter((passage): passage is IndexedPassage => passage !== undefined);
  }
}

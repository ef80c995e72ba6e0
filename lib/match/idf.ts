/**
 * Document frequencies of index keys across the corpus, kept up to date as passages come and go,
 * and the inverse document frequency weights derived from them: a key most passages share says
 * little, a rare one a lot.
 */
export class DocumentFrequencies {
  readonly #df = new Map<string, number>();
  #documents = 0;
  #version = 0;

  /** Frequencies as stored in the index statistics (lib/store/index-stats.ts). */
  static fromCounts(documents: number, df: Readonly<Record<string, number>>): DocumentFrequencies {
    const frequencies = new DocumentFrequencies();
    frequencies.#documents = documents;
    for (const [key, count] of Object.entries(df)) frequencies.#df.set(key, count);
    return frequencies;
  }

  /** Changes whenever a frequency does, so weights computed earlier can be reused until then. */
  get version(): number {
    return this.#version;
  }

  /** Counts a passage's distinct keys in. */
  add(keys: readonly string[]): void {
    this.#version += 1;
    this.#documents += 1;
    for (const key of new Set(keys)) this.#df.set(key, (this.#df.get(key) ?? 0) + 1);
  }

  /** Counts a passage's distinct keys out (the passage was deleted). */
  remove(keys: readonly string[]): void {
    this.#version += 1;
    this.#documents = Math.max(0, this.#documents - 1);
    for (const key of new Set(keys)) {
      const count = (this.#df.get(key) ?? 0) - 1;
      if (count > 0) this.#df.set(key, count);
      else this.#df.delete(key);
    }
  }

  /** How many passages hold `key`. */
  df(key: string): number {
    return this.#df.get(key) ?? 0;
  }

  get documents(): number {
    return this.#documents;
  }

  /**
   * The weight of `key`: smoothed IDF, ln((N + 1) / (df + 1)) + 1, so a key the corpus has never
   * seen weighs most and none weighs nothing.
   */
  idf(key: string): number {
    return Math.log((this.#documents + 1) / (this.df(key) + 1)) + 1;
  }
}

/**
 * `rank --corpus C.jsonl --queries Q.jsonl [--top 10]`: the stable contract used by benchmarks and
 * outside evaluation. Each line is {"id", "lang"?, "text"}; one answer line per query,
 * {"query", "results": [{"id", "score", "label"}]}, best first. `label` is the engine's decision at
 * its default threshold, exactly what the extension would highlight.
 */
import { readFile } from 'node:fs/promises';
import { loadGlossTable } from '../lib/match/load-gloss';
import { indexCorpus, rankQuery, type QueryRanking } from '../lib/match/rank';
import { fail, ok, type Result } from '../lib/result';
import { rankLineSchema, type RankLine } from '../lib/schema';
import { describeZodError } from '../lib/zod-errors';

/** Reads a JSON Lines file of passages, naming the line of the first bad one. */
export async function readRankLines(path: string): Promise<Result<RankLine[]>> {
  const text = await readFile(path, 'utf8').catch((error: Error) => error);
  if (text instanceof Error) return fail('notFound', `Cannot read ${path}: ${text.message}`);
  const lines: RankLine[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      return fail('invalidJson', `${path}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    const line = rankLineSchema.safeParse(json);
    if (!line.success) return fail('invalidMessage', `${path}:${index + 1}: ${describeZodError(line.error)}`);
    lines.push(line.data);
  }
  return ok(lines);
}

export async function rankFiles(corpusPath: string, queriesPath: string, top: number): Promise<Result<QueryRanking[]>> {
  const corpus = await readRankLines(corpusPath);
  if (!corpus.ok) return corpus;
  const queries = await readRankLines(queriesPath);
  if (!queries.ok) return queries;
  const context = { gloss: loadGlossTable() };
  const index = indexCorpus(corpus.value, context);
  return ok(queries.value.map((query) => rankQuery(index, query, context, top)));
}

/**
 * ClaimTrail's command line: `npm run --silent cli -- <command> [args] [--store file]`.
 * Answers are JSON on stdout; errors are one clear message on stderr with exit code 1
 * (2 for a usage error).
 */
import { parseArgs } from 'node:util';
import { commands } from './commands';
import { openStoreFile } from './store-file';

const DEFAULT_STORE = process.env['CLAIMTRAIL_STORE'] ?? '.claimtrail/store.json';

function usage(): string {
  const lines = Object.values(commands).map((command) => `  ${command.usage}`);
  return ['usage: npm run --silent cli -- <command> [--store <file>]', '', 'commands:', ...lines, '', `The store defaults to ${DEFAULT_STORE} (or $CLAIMTRAIL_STORE).`].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { store: { type: 'string' }, url: { type: 'string' }, corpus: { type: 'string' }, queries: { type: 'string' }, top: { type: 'string' }, annotation: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    process.stderr.write(`claimtrail: ${(error as Error).message}\n${usage()}\n`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  const command = name === undefined ? undefined : commands[name];
  if (parsed.values.help || !command) {
    process.stderr.write(`${name && !command ? `claimtrail: unknown command "${name}"\n` : ''}${usage()}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const now = new Date().toISOString();
  const store = command.writes || command.readsStore ? await openStoreFile(parsed.values.store ?? DEFAULT_STORE, now) : undefined;
  if (store && !store.ok) return report(store.error.message);
  const { url, corpus, queries, top, annotation } = parsed.values;
  const result = await command.run({ args, url, corpus, queries, top, annotation, store: store?.value, now });
  if (!result.ok) return report(result.error.message);
  if (command.writes && store?.ok) await store.value.save(now);
  const lines = command.output === 'jsonl' && Array.isArray(result.value) ? result.value.map((item) => JSON.stringify(item)) : [JSON.stringify(result.value, null, 2)];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function report(message: string): number {
  process.stderr.write(`claimtrail: ${message}\n`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));

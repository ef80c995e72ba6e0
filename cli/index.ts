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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { store: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean' } } });
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
  const store = await openStoreFile(parsed.values.store ?? DEFAULT_STORE, now);
  if (!store.ok) return report(store.error.message);
  const result = await command.run({ args, url: parsed.values.url, store: store.value, now });
  if (!result.ok) return report(result.error.message);
  if (command.writes) await store.value.save(now);
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
  return 0;
}

function report(message: string): number {
  process.stderr.write(`claimtrail: ${message}\n`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));

import type { backgroundToContent, Handlers } from '../../lib/messages';
import { fail, ok, type Result } from '../../lib/result';
import type { PageReport, PageText } from '../../lib/schema';
import { isEnvelope } from '../../lib/wire';

/** The content script's handler table for messages from the background. */
export function contentScriptHandlers(report: () => PageReport, pageText: () => PageText, reveal: (ordinal: number) => boolean): Handlers<typeof backgroundToContent, undefined> {
  return { describePage: async () => report(), pageText: async () => pageText(), showPassage: async ({ ordinal }) => ({ revealed: reveal(ordinal) }) };
}

/**
 * A `runtime.onMessage` listener over a handler table. Only our own background can reach a
 * content script (through `tabs.sendMessage`), so payloads are not re-validated here and no
 * validator is shipped into every news page.
 */
export function contentScriptListener(handlers: Handlers<typeof backgroundToContent, undefined>) {
  return (message: unknown): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof typeof handlers];
    return handler(message.payload as never, undefined).then(ok, (error: unknown) => fail('handlerFailed', error instanceof Error ? error.message : String(error)));
  };
}

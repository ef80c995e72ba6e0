import type { backgroundToContent, Handlers } from '../../lib/messages';
import { fail, ok, type Result } from '../../lib/result';
import type { PageReport, PageText } from '../../lib/schema';
import { isEnvelope } from '../../lib/wire';
import type { Reader } from './reader';

/** The content script's handler table for messages from the background. */
export function contentScriptHandlers(report: () => PageReport, pageText: () => PageText, reader: Pick<Reader, 'reveal' | 'paintNotes' | 'annotateSelection' | 'editorFrameEvent'>): Handlers<typeof backgroundToContent, undefined> {
  return {
    describePage: async () => report(),
    pageText: async () => pageText(),
    showPassage: async ({ ordinal }) => ({ revealed: reader.reveal(ordinal) }),
    annotationsChanged: async () => {
      await reader.paintNotes();
      return {};
    },
    annotateSelection: async () => ({ created: await reader.annotateSelection() }),
    editorFrameEvent: async (message) => ({ handled: reader.editorFrameEvent(message) }),
  };
}

/**
 * A `runtime.onMessage` listener over a handler table. Only our own background can reach a
 * content script (through `tabs.sendMessage`), so payloads are not re-validated here and no
 * validator is shipped into every news page.
 */
export function contentScriptListener(handlers: Handlers<typeof backgroundToContent, undefined>) {
  // Answers through `sendResponse` (and `true`: the answer comes later), which both browsers'
  // native APIs honour; the content script runs without the polyfill (see wxt.config.ts).
  return (message: unknown, _sender: unknown, sendResponse: (answer: Result<unknown>) => void): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof typeof handlers];
    void handler(message.payload as never, undefined)
      .then(ok, (error: unknown) => fail('handlerFailed', error instanceof Error ? error.message : String(error)))
      .then(sendResponse);
    return true;
  };
}

/**
 * The wire form of ClaimTrail messages, free of Zod so the content script can speak it without
 * carrying a validator into every news page (the background parses what it receives anyway).
 */
import type { MessageMap, RequestOf } from './messages';

/** A message on the wire. The marker keeps other extensions' and libraries' messages apart. */
export interface Envelope {
  claimtrail: 1;
  type: string;
  payload: unknown;
}

/** Builds the wire form of message `type` of direction `M`. */
export function envelope<M extends MessageMap, K extends keyof M & string>(type: K, payload: RequestOf<M, K>): Envelope {
  return { claimtrail: 1, type, payload };
}

/** Whether a raw message is one of ours at all; foreign messages are ignored, not answered. */
export function isEnvelope(raw: unknown): raw is Envelope {
  if (typeof raw !== 'object' || raw === null) return false;
  const record = raw as Record<string, unknown>;
  return record['claimtrail'] === 1 && typeof record['type'] === 'string' && 'payload' in record;
}

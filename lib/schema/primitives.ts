/** Small shapes shared by the parts of the schema module. */
import { z } from 'zod';

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2048);
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** A passage id: its article's id and its ordinal. */
export const passageIdSchema = z.string().regex(/^a_[0-9a-f]{16}:\d+$/);

export const spanIsOrdered = (p: { start: number; end: number }) => p.end >= p.start;
export const spanMessage = { message: 'end must not be before start', path: ['end'] };

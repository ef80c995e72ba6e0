/**
 * The CouchDB team engine (notes/sync.md §2): what the background needs to run it. The modules
 * below hold the parts: http (requests, typed errors), docs (annotation ↔ document), leaves
 * (conflict bookkeeping), state (cursors in `syncState`), session (server checkpoint), pull, push,
 * backoff (when to try again), replicator (one `syncOnce`); corpus-share with corpus-docs,
 * corpus-state, corpus-pull and corpus-push: the tracked articles, when `shareCorpus` is on.
 */
export { createCouchReplicator, type CouchReplicator, type CouchReplicatorDeps, type CouchSyncStatus } from './replicator';
export { defaultBackoff, isSyncDue, nextAttemptDelay, readSchedule, resetSchedule, type BackoffOptions } from './backoff';
export type { CouchErrorKind, CouchResult, CouchSyncError } from './http';
export { annotationIdOf, docIdFor } from './docs';

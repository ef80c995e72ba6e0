/**
 * Opens the card of a highlight: when the pointer rests on it, when the reader selects text in
 * the article, or from the keyboard (its button, then Enter). The card lists the passage's
 * matches and, in an editor frame, the reader's annotations there, with an Annotate button.
 * Closes when the pointer leaves highlight and card, on Esc (in the card or its frame), or on the
 * card's button; keyboard focus returns to the highlight's button.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard } from '../../components/HoverCard';
import type { PassageRange } from '../../lib/highlight-ranges';
import type { Result } from '../../lib/result';
import type { CorpusMatch, EditorFrameMessage, PageMatchesAnswer, PageNoteSpans } from '../../lib/schema';
import { CardHost } from './card-host';
import type { Highlighter } from './highlighter';
import { KeyboardTargets } from './keyboard-targets';
import { EditorFrames, NoteFrame, type OpenEditor } from './note-frame';
import { pageScheme } from './page-scheme';

const OPEN_DELAY_MS = 180;
const CLOSE_DELAY_MS = 350;
/** A selection is read once the reader stops changing it for this long. */
const SELECTION_SETTLE_MS = 250;

/** The key of the card opened for a selection (passages and annotations have ordinals ≥ 0). */
const SELECTION_CARD = -1;

type Caret = { node: Node; offset: number };

/** What the cards ask of the reader: create annotations, and open the editor frame for them. */
export interface CardActions {
  /** Annotates `range` (the selection, or a passage), linked to a matched claim if given; answers the new annotation's id. */
  annotate(range: Range, claimPassageId?: string): Promise<Result<{ id: string }>>;
  openEditor: OpenEditor;
}

/** The text position under a point: `caretPositionFromPoint` (Firefox, new Chromium) or `caretRangeFromPoint`. */
function caretAt(x: number, y: number): Caret | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const overlaps = (a: Range, b: Range): boolean => a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;

export class PassageCards {
  readonly #ctx: ContentScriptContext;
  readonly #highlighter: Highlighter;
  readonly #actions: CardActions;
  readonly #card = new CardHost();
  readonly #keys = new KeyboardTargets();
  readonly #frames: EditorFrames;
  #matches = new Map<number, CorpusMatch[]>();
  #outletNames: PageMatchesAnswer['outletNames'] = {};
  #notes: PageNoteSpans | undefined;
  /** The highlight whose button takes focus back when the open card closes. */
  #returnTo: number | undefined;
  #openTimer: number | undefined;
  #closeTimer: number | undefined;
  #selectionTimer: number | undefined;
  #framePending = false;
  #lastPointer: PointerEvent | undefined;
  /** Opened by hover (closes when the pointer leaves), or held open by keyboard or selection. */
  #held = false;

  constructor(ctx: ContentScriptContext, highlighter: Highlighter, actions: CardActions) {
    this.#ctx = ctx;
    this.#highlighter = highlighter;
    this.#actions = actions;
    this.#frames = new EditorFrames(actions.openEditor, () => this.#card.place(), () => this.#card.hide());
    ctx.addEventListener(document, 'pointermove', (event) => this.#onPointer(event), { passive: true });
    ctx.addEventListener(document, 'selectionchange', () => {
      if (this.#selectionTimer !== undefined) clearTimeout(this.#selectionTimer);
      this.#selectionTimer = ctx.setTimeout(() => this.#onSelection(), SELECTION_SETTLE_MS);
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape') this.#card.hide();
    });
  }

  /** After each paint: the painted ranges (passages and annotations), the matches, the annotations. */
  update(ranges: readonly PassageRange[], matches: ReadonlyMap<number, CorpusMatch[]>, outletNames: PageMatchesAnswer['outletNames'], notes: PageNoteSpans | undefined): void {
    const reopen = this.#card.openFor;
    this.#matches = new Map(matches);
    this.#outletNames = outletNames;
    this.#notes = notes;
    this.#keys.set(ranges, (spot) => this.#label(spot), (spot, button) => this.#open([spot], button.getBoundingClientRect(), { focus: true, held: true, returnTo: spot.ordinal }));
    // An annotation's card stays open through its own save (rendered again in place, its editor
    // frame kept with what the reader typed), and so does a selection's; others close on a repaint.
    const again = ranges.find((spot) => spot.ordinal === reopen && spot.kind === 'note');
    if (again) this.#open([again], again.range.getBoundingClientRect(), { focus: false, held: true, ...(this.#returnTo === undefined ? {} : { returnTo: this.#returnTo }) });
    else if (reopen !== SELECTION_CARD) this.#card.hide();
  }

  /** Opens the card of the annotation `id` (just created), its note field focused; Esc returns to its highlight. */
  openNote(id: string): void {
    const spot = this.#highlighter.painted.find((range) => range.annotationId === id);
    if (spot) this.#open([spot], spot.range.getBoundingClientRect(), { focus: false, held: true, newNote: id, returnTo: spot.ordinal });
  }

  /** An event of the card's editor frame (through the background); false when no such frame is shown. */
  frameEvent(message: EditorFrameMessage): boolean {
    return this.#frames.handle(message);
  }

  clear(): void {
    this.#card.hide();
    this.#keys.clear();
    this.#matches = new Map();
    this.#notes = undefined;
  }

  destroy(): void {
    this.#card.destroy();
    this.#keys.destroy();
  }

  #label(spot: PassageRange): string {
    const quote = spot.range.toString().slice(0, 80);
    if (spot.kind === 'note') return `${browser.i18n.getMessage('noteHeading')}: ${quote}`;
    return browser.i18n.getMessage('passageButton', [String(this.#matches.get(spot.ordinal)?.length ?? 0), quote]);
  }

  /** Opens a card for the spots under the pointer or selection; `selection` offers to annotate it. */
  #open(spots: readonly PassageRange[], anchor: DOMRect, options: { focus: boolean; held: boolean; returnTo?: number; selection?: Range; newNote?: string }): void {
    const passage = spots.find((spot) => spot.kind !== 'note');
    const matches = (passage && this.#matches.get(passage.ordinal)) ?? [];
    const noteIds = new Set(spots.flatMap((spot) => (spot.annotationId ? [spot.annotationId] : [])));
    const notes = (this.#notes?.anchored ?? []).filter((note) => noteIds.has(note.id)).map((note) => note.id);
    const target = options.selection ?? passage?.range;
    if (matches.length === 0 && notes.length === 0 && !options.selection) return;
    this.#held = options.held;
    const key = options.selection ? SELECTION_CARD : (passage ?? spots[0]!).ordinal;
    const zh = browser.i18n.getUILanguage().startsWith('zh');
    const outletName = (id: string) => (zh ? this.#outletNames[id]?.zh : this.#outletNames[id]?.en) ?? id;
    const returnTo = options.returnTo;
    this.#returnTo = returnTo;
    const scheme = pageScheme();
    const annotate = async () => {
      if (!target) return;
      const created = await this.#actions.annotate(target, matches[0]?.label === 'same' ? matches[0].passageId : undefined);
      if (created.ok) this.openNote(created.value.id);
    };
    this.#card.show(
      key,
      (close) => (
        <HoverCard matches={matches} outletName={outletName} locale={browser.i18n.getUILanguage()} onClose={close} focusOnOpen={options.focus}>
          {notes.length > 0 && <NoteFrame key={notes.join(' ')} ids={notes} scheme={scheme} frames={this.#frames} {...(options.newNote && notes.includes(options.newNote) ? { focusId: options.newNote } : {})} />}
          {target && notes.length === 0 && (
            <button type="button" class="ct-annotate" data-testid="annotate" onClick={() => void annotate()}>
              {browser.i18n.getMessage('annotate')}
            </button>
          )}
        </HoverCard>
      ),
      anchor,
      {
        onClose: () => {
          this.#returnTo = undefined;
          if (returnTo !== undefined) this.#keys.focus(returnTo);
        },
      },
    );
  }

  #onPointer(event: PointerEvent): void {
    this.#lastPointer = event;
    if (this.#framePending) return;
    this.#framePending = true;
    requestAnimationFrame(() => {
      this.#framePending = false;
      const pointer = this.#lastPointer;
      if (pointer) this.#hover(pointer);
    });
  }

  #hover(event: PointerEvent): void {
    if (this.#card.contains(event.target)) {
      this.#cancel('close');
      return;
    }
    const caret = this.#highlighter.painted.length > 0 ? caretAt(event.clientX, event.clientY) : undefined;
    const spots = caret ? this.#highlighter.rangesAt(caret.node, caret.offset) : [];
    const first = spots[0];
    if (first) {
      this.#cancel('close');
      if (this.#card.openFor === first.ordinal || this.#openTimer !== undefined) return;
      this.#openTimer = this.#ctx.setTimeout(() => {
        this.#openTimer = undefined;
        const rects = [...first.range.getClientRects()];
        const line = rects.find((rect) => event.clientY >= rect.top && event.clientY <= rect.bottom) ?? first.range.getBoundingClientRect();
        this.#open(spots, line, { focus: false, held: false });
      }, OPEN_DELAY_MS);
      return;
    }
    this.#cancel('open');
    if (this.#card.openFor !== undefined && !this.#held && this.#closeTimer === undefined) {
      this.#closeTimer = this.#ctx.setTimeout(() => {
        this.#closeTimer = undefined;
        this.#card.hide();
      }, CLOSE_DELAY_MS);
    }
  }

  /** A settled selection in the article opens a card below it: the matches and notes it touches, and Annotate. */
  #onSelection(): void {
    this.#selectionTimer = undefined;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !this.#notes) return;
    const selected = selection.getRangeAt(0);
    if (this.#card.contains(selected.commonAncestorContainer)) return;
    const spots = this.#highlighter.painted.filter(({ range }) => overlaps(range, selected));
    this.#open(spots, selected.getBoundingClientRect(), { focus: false, held: true, selection: selected.cloneRange() });
  }

  #cancel(which: 'open' | 'close'): void {
    const timer = which === 'open' ? this.#openTimer : this.#closeTimer;
    if (timer !== undefined) clearTimeout(timer);
    if (which === 'open') this.#openTimer = undefined;
    else this.#closeTimer = undefined;
  }
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CorpusMatch, Lang } from '../lib/schema';
import { useT } from './i18n-context';

/** Earliest first; matches with no date after those with one, best score first among them. */
export function byDate(matches: readonly CorpusMatch[]): CorpusMatch[] {
  const time = (match: CorpusMatch) => (match.publishedAt ? Date.parse(match.publishedAt) : Number.POSITIVE_INFINITY);
  // Two undated matches differ by NaN, which falls through to the score.
  return [...matches].sort((a, b) => time(a) - time(b) || b.score - a.score);
}

interface Props {
  matches: readonly CorpusMatch[];
  /** An outlet's display name in the UI language. */
  outletName: (outletId: string) => string;
  locale: string;
  onClose: () => void;
  focusOnOpen?: boolean;
  /** What follows the matches: the reader's annotations and the Annotate button. */
  children?: ComponentChildren;
}

/**
 * The quick cross-reference card of one page passage: the tracked sentences that state its claim
 * (or back it), each in its own language with outlet, date, language and a link, earliest first.
 * Esc or the close button closes it; it takes focus when opened from the keyboard.
 */
export function HoverCard({ matches, outletName, locale, onClose, focusOnOpen = false, children }: Props) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnOpen) close.current?.focus();
  }, [focusOnOpen]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const ordered = byDate(matches);
  const severalArticles = new Set(ordered.map((match) => match.articleId)).size > 1;
  const labelText = { same: t('labelSame'), supports: t('labelSupports') };
  const langText: Record<Lang, string> = { en: t('langEn'), 'zh-Hans': t('langZhHans'), 'zh-Hant': t('langZhHant') };
  return (
    <section
      class="ct-card"
      role="dialog"
      aria-labelledby="ct-card-heading"
      data-testid="hover-card"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="ct-card-header">
        <h2 id="ct-card-heading">{ordered.length ? t('cardHeading', [ordered.length]) : t('noteHeading')}</h2>
        <button ref={close} type="button" class="ct-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {ordered.length > 0 && <ol class="ct-card-list">
        {ordered.map((match, i) => (
          <li key={match.passageId} data-testid="card-match">
            <p class="ct-quote" lang={match.lang}>
              {match.text}
            </p>
            <p class="ct-meta">
              <span class={`ct-badge ct-${match.label}`}>{labelText[match.label]}</span>
              {i === 0 && severalArticles && match.publishedAt ? <span class="ct-badge ct-origin">{t('cardEarliest')}</span> : null}
              <a href={match.url} target="_blank" rel="noopener noreferrer">
                {outletName(match.outletId)}
              </a>
              {match.publishedAt ? <time dateTime={match.publishedAt}>{date(match.publishedAt)}</time> : null}
              <span class="ct-lang">{langText[match.lang]}</span>
            </p>
          </li>
        ))}
      </ol>}
      {children}
    </section>
  );
}

import { outletById } from '../lib/outlets';
import type { CorpusMatch, PassageMatches, TabMatches } from '../lib/schema';
import { byDate } from './HoverCard';
import { useT } from './i18n-context';

type Props = { view: NonNullable<TabMatches>; locale: string; onReveal: (ordinal: number) => void };

/**
 * The side panel's account of the tab's article: the article; its matched claims in reading
 * order, each with the coverage grouped by outlet and sorted by date, the earliest marked as the
 * likely origin; and the attribution check of every sentence that credits an outlet.
 */
export function Provenance({ view, locale, onReveal }: Props) {
  const t = useT();
  const zh = locale.startsWith('zh');
  const outletName = (id: string) => (zh ? outletById(id)?.names['zh-Hans'] : outletById(id)?.names.en) ?? id;
  const date = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }) : t('dateUnknown'));
  const { page, answer } = view;
  const claims = answer.passages.filter((passage) => passage.matches.length > 0);
  const checks = answer.passages.filter((passage) => passage.attributionCheck);
  return (
    <div data-testid="provenance">
      <section aria-labelledby="ct-article-heading">
        <h2 id="ct-article-heading">{t('articleHeading')}</h2>
        <p class="ct-title">{page.title}</p>
        <p class="ct-meta">
          {outletName(page.outletId)} · {date(page.publishedAt)} · {langName(t, answer.lang)}
        </p>
      </section>
      <section aria-labelledby="ct-claims-heading">
        <h2 id="ct-claims-heading">{t('claimsHeading', [claims.length])}</h2>
        {claims.length === 0 ? <p>{t('claimsNone')}</p> : null}
        <ol class="ct-claims">
          {claims.map((passage) => (
            <li key={passage.ordinal} data-testid="claim">
              <button type="button" class="ct-link-button" onClick={() => onReveal(passage.ordinal)} lang={passage.lang}>
                {passage.text}
              </button>
              <Trail matches={passage.matches} outletName={outletName} date={date} />
            </li>
          ))}
        </ol>
      </section>
      {checks.length > 0 ? (
        <section aria-labelledby="ct-attribution-heading">
          <h2 id="ct-attribution-heading">{t('attributionHeading')}</h2>
          <ol class="ct-claims">
            {checks.map((passage) => (
              <li key={passage.ordinal} data-testid="attribution" data-verdict={passage.attributionCheck!.verdict}>
                <button type="button" class="ct-link-button" onClick={() => onReveal(passage.ordinal)} lang={passage.lang}>
                  {passage.text}
                </button>
                <Verdict check={passage.attributionCheck!} outletName={outletName} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

/** Coverage of one claim: grouped by outlet, outlets in order of their earliest article. */
function Trail({ matches, outletName, date }: { matches: readonly CorpusMatch[]; outletName: (id: string) => string; date: (iso: string | undefined) => string }) {
  const t = useT();
  const ordered = byDate(matches);
  const groups = new Map<string, CorpusMatch[]>();
  for (const match of ordered) groups.set(match.outletId, [...(groups.get(match.outletId) ?? []), match]);
  // An origin only among several articles: two sentences of one article say nothing of who was first.
  const origin = new Set(ordered.map((match) => match.articleId)).size > 1 && ordered[0]!.publishedAt ? ordered[0] : undefined;
  return (
    <ul class="ct-trail">
      {[...groups].map(([outletId, list]) => (
        <li key={outletId} data-testid="trail-outlet">
          <strong>{outletName(outletId)}</strong>
          {list.map((match) => (
            <p key={match.passageId} class="ct-meta">
              {match === origin ? <span class="ct-badge ct-origin">{t('likelyOrigin')}</span> : null}
              <a href={match.url} target="_blank" rel="noopener noreferrer">
                {date(match.publishedAt)}
              </a>{' '}
              <span lang={match.lang}>{match.text}</span>
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Verdict({ check, outletName }: { check: NonNullable<PassageMatches['attributionCheck']>; outletName: (id: string) => string }) {
  const t = useT();
  const outlet = outletName(check.outletId);
  switch (check.verdict) {
    case 'found':
      return (
        <p class="ct-verdict">
          {t('verdictFound', [outlet])}{' '}
          <a href={check.match.url} target="_blank" rel="noopener noreferrer" lang={check.match.lang}>
            {check.match.text}
          </a>
        </p>
      );
    case 'partly':
      return (
        <div class="ct-verdict">
          <p>{t('verdictPartly', [outlet])}</p>
          <p>
            <a href={check.match.url} target="_blank" rel="noopener noreferrer" lang={check.match.lang}>
              {check.match.text}
            </a>
          </p>
          {check.missing.length > 0 ? <p>{t('verdictMissing', [check.missing.join(', ')])}</p> : null}
        </div>
      );
    case 'notFound':
      return <p class="ct-verdict">{t('verdictNotFound', [outlet, check.articles])}</p>;
    case 'noArticles':
      return <p class="ct-verdict">{t('verdictNoArticles', [outlet])}</p>;
  }
}

function langName(t: (key: string) => string, lang: PassageMatches['lang']): string {
  return { en: t('langEn'), 'zh-Hans': t('langZhHans'), 'zh-Hant': t('langZhHant') }[lang];
}

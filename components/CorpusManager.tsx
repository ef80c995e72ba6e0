import { useState } from 'preact/hooks';
import { outlets } from '../lib/outlets';
import type { Result } from '../lib/result';
import type { Lang } from '../lib/schema';
import type { ArticleSummary, CorpusFilter, CorpusPage } from '../lib/store/corpus-search';
import { useT } from './i18n-context';

interface Props {
  filter: CorpusFilter;
  onFilter: (filter: CorpusFilter) => void;
  /** The matching articles; `undefined` while they load. */
  page: CorpusPage | undefined;
  onMore: () => void;
  onDelete: (article: ArticleSummary) => Promise<Result<unknown>>;
  locale: string;
}

const LANGS: readonly [Lang, string][] = [['en', 'langEn'], ['zh-Hans', 'langZhHans'], ['zh-Hant', 'langZhHant']];

/** The tracked articles: a filter (text, outlet, language, dates), the list, and deletion in two steps. */
export function CorpusManager({ filter, onFilter, page, onMore, onDelete, locale }: Props) {
  const t = useT();
  const [status, setStatus] = useState('');
  const zh = locale.startsWith('zh');
  const set = (change: Partial<CorpusFilter>) => onFilter(withoutEmpty({ ...filter, ...change }));
  const remove = async (article: ArticleSummary) => {
    const result = await onDelete(article);
    setStatus(result.ok ? t('manageDeleted', [article.title]) : t('manageDeleteFailed', [result.error.message]));
  };
  return (
    <section aria-labelledby="ct-manage-heading" data-testid="corpus-manager">
      <h2 id="ct-manage-heading">{t('manageHeading')}</h2>
      <form class="ct-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('manageSearch')}
          <input type="search" value={filter.text ?? ''} data-testid="corpus-search" onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <label>
          {t('manageOutlet')}
          <select value={filter.outletId ?? ''} data-testid="corpus-outlet" onChange={(e) => set({ outletId: e.currentTarget.value })}>
            <option value="">{t('manageAnyOutlet')}</option>
            {outlets.map((outlet) => (
              <option key={outlet.id} value={outlet.id}>{zh ? outlet.names['zh-Hans'] : outlet.names.en}</option>
            ))}
          </select>
        </label>
        <label>
          {t('manageLanguage')}
          <select value={filter.lang ?? ''} data-testid="corpus-lang" onChange={(e) => set({ lang: (e.currentTarget.value || undefined) as Lang | undefined })}>
            <option value="">{t('manageAnyLanguage')}</option>
            {LANGS.map(([lang, key]) => <option key={lang} value={lang}>{t(key)}</option>)}
          </select>
        </label>
        <label>
          {t('manageFrom')}
          <input type="date" value={filter.from ?? ''} data-testid="corpus-from" onChange={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t('manageTo')}
          <input type="date" value={filter.to ?? ''} data-testid="corpus-to" onChange={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </form>
      <p role="status" data-testid="corpus-status">{status}</p>
      <ArticleList page={page} onMore={onMore} onDelete={remove} locale={locale} />
    </section>
  );
}

function ArticleList({ page, onMore, onDelete, locale }: { page: CorpusPage | undefined; onMore: () => void; onDelete: (article: ArticleSummary) => Promise<void>; locale: string }) {
  const t = useT();
  if (!page) return <p>{t('corpusLoading')}</p>;
  if (!page.total) return <p data-testid="corpus-empty">{t('manageNone')}</p>;
  return (
    <>
      <p data-testid="corpus-count">{t('manageCount', [page.articles.length, page.total])}</p>
      <ul class="ct-articles">
        {page.articles.map((article) => <ArticleRow key={article.id} article={article} onDelete={onDelete} locale={locale} />)}
      </ul>
      {page.articles.length < page.total && <button type="button" onClick={onMore}>{t('manageMore')}</button>}
    </>
  );
}

function ArticleRow({ article, onDelete, locale }: { article: ArticleSummary; onDelete: (article: ArticleSummary) => Promise<void>; locale: string }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const outlet = outlets.find((o) => o.id === article.outletId);
  const date = article.publishedAt ? new Date(article.publishedAt).toLocaleDateString(locale) : t('dateUnknown');
  return (
    <li data-testid="corpus-article">
      <a href={article.url} target="_blank" rel="noopener noreferrer" lang={article.lang}>{article.title}</a>
      <span class="ct-meta">
        {(locale.startsWith('zh') ? outlet?.names['zh-Hans'] : outlet?.names.en) ?? article.outletId} · {date} · {t(LANGS.find(([lang]) => lang === article.lang)?.[1] ?? 'langEn')}
      </span>
      {confirming ? (
        <span class="ct-actions">
          <button type="button" class="ct-danger" data-testid="confirm-delete" onClick={() => void onDelete(article).then(() => setConfirming(false))}>{t('manageConfirm', [article.title])}</button>
          <button type="button" onClick={() => setConfirming(false)}>{t('manageCancel')}</button>
        </span>
      ) : (
        <button type="button" aria-label={t('manageDeleteLabel', [article.title])} data-testid="delete-article" onClick={() => setConfirming(true)}>{t('manageDelete')}</button>
      )}
    </li>
  );
}

function withoutEmpty(filter: CorpusFilter): CorpusFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '')) as CorpusFilter;
}

/**
 * "Show in article": the article's full text with the quote highlighted (and its place
 * and count), loaded on demand from the article's `article-texts/<k>.json`. A modal dialog:
 * Escape or the button closes it and focus returns to where it was.
 * In the deferred chunk (deferred/load-deferred.ts): App mounts it while an article is open.
 */
import { useEffect, useRef, useState } from 'react';
import { selectSelectedRow } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { QuoteText } from './QuoteText.tsx';
import { useClaimDetail } from './use-claim-detail.ts';

type Loaded = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; message: string };

export function ArticleReader({ fetchImpl }: { fetchImpl?: typeof fetch }) {
  const reading = useAppStore((state) => state.reading);
  const detail = useClaimDetail(useAppStore(selectSelectedRow));
  const feature = detail.status === 'ready' ? detail.claim : null;
  const articles = useAppStore((state) => state.articles);
  const setReading = useAppStore((state) => state.setReading);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const dialogRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const claim = reading !== null && feature?.properties.id === reading ? feature.properties : null;

  useEffect(() => {
    if (claim === null) return;
    let live = true;
    setLoaded({ status: 'loading' });
    void import('../data/validated-data.ts')
      .then(({ loadArticleText }) => loadArticleText(claim.article, fetchImpl ?? fetch))
      .then((result) => {
        if (!live) return;
        setLoaded(result.ok ? { status: 'ready', text: result.text } : { status: 'error', message: result.message });
      });
    return () => {
      live = false;
    };
  }, [claim?.article, claim, fetchImpl]);

  useEffect(() => {
    if (claim === null) return;
    const opener = document.activeElement as HTMLElement | null;
    dialogRef.current?.focus();
    return () => opener?.focus?.();
  }, [claim?.id, claim]);

  useEffect(() => {
    if (loaded.status === 'ready') markRef.current?.scrollIntoView?.({ block: 'center' });
  }, [loaded]);

  if (claim === null) return null;
  const article = articles.get(claim.article);
  const close = () => setReading(null);
  const text = loaded.status === 'ready' ? loaded.text : '';
  const quoteFits = text.slice(claim.quoteStart, claim.quoteEnd) === claim.quote;
  return (
    <div className="reader-backdrop">
      <div
        ref={dialogRef}
        className="reader"
        role="dialog"
        aria-modal="true"
        aria-label={`Article: ${article?.title ?? claim.article}`}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        <div className="details-head">
          <h2 className="panel-title">{article?.title ?? claim.article}</h2>
          <button type="button" className="close" aria-label="Close article" onClick={close}>
            ×
          </button>
        </div>
        {loaded.status === 'loading' && <p className="muted">Loading the article…</p>}
        {loaded.status === 'error' && (
          <div>
            <p role="alert">{loaded.message}</p>
            <QuoteText claim={claim} />
          </div>
        )}
        {loaded.status === 'ready' && (
          <div className="article-text">
            {quoteFits ? (
              <>
                {text.slice(0, claim.quoteStart)}
                <mark ref={markRef} className="hl-quote">
                  <QuoteText claim={claim} inline />
                </mark>
                {text.slice(claim.quoteEnd)}
              </>
            ) : (
              text
            )}
          </div>
        )}
      </div>
    </div>
  );
}

import { useState } from 'react';
import { browser } from 'wxt/browser';
import { locale, t } from '../lib/i18n/i18n';
import { FAILURES_TO_SAY, READERS, siteReport, type Reader } from '../lib/sites/site-check';
import { READER_WORDS, useSiteCheck } from './use-site-check';

const when = (at: number) =>
  new Date(at).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });

/** Each reader's state, and a report to copy into a bug report (element names and counts). */
export function SiteCheckSection() {
  const state = useSiteCheck();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const [report, setReport] = useState('');
  const copy = () => {
    const text = siteReport(state, {
      version: browser.runtime.getManifest().version,
      browser: navigator.userAgent,
    });
    setReport(text);
    void navigator.clipboard.writeText(text).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  };
  return (
    <section aria-labelledby="site-check-heading">
      <h2 id="site-check-heading">{t('siteCheckHeading')}</h2>
      <p className="hint">{t('siteCheckIntro')}</p>
      <ul className="site-check-list">
        {(Object.keys(READERS) as Reader[]).map((reader) => {
          const s = state[reader];
          const words =
            !s || (!s.lastOk && !s.lastFail)
              ? t('siteStateUnseen')
              : s.failStreak >= FAILURES_TO_SAY
                ? t('siteStateBroken', { count: s.failStreak, when: when(s.lastFail!) })
                : s.failStreak === 1
                  ? t('siteStateOnce', { when: when(s.lastFail!) })
                  : t('siteStateOk', { when: when(s.lastOk!) });
          return (
            <li key={reader}>
              <strong>{t(READER_WORDS[reader].name)}</strong>: {words}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={copy}>
        {t('siteCheckCopy')}
      </button>
      {copied && (
        <p role="status" className={copied === 'ok' ? 'ok' : 'error'}>
          {t(copied === 'ok' ? 'siteCheckCopied' : 'siteCheckCopyFailed')}
        </p>
      )}
      {copied === 'failed' && (
        <textarea readOnly aria-label={t('siteCheckReportLabel')} rows={8} value={report} />
      )}
    </section>
  );
}

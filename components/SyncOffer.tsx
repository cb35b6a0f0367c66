import { t } from '../lib/i18n/i18n';

interface Props {
  onAnswer: (on: boolean) => void;
}

/**
 * The offer to sync, once, in a browser that never answered it: the first run offers it, but
 * a plan brought by a backup file skips the first run (and a file never turns sync on).
 */
export function SyncOffer({ onAnswer }: Props) {
  return (
    <section className="sync-offer" aria-labelledby="sync-offer-text">
      <p id="sync-offer-text">{t('syncOfferText')}</p>
      <div className="inline">
        <button type="button" onClick={() => onAnswer(true)}>
          {t('syncOfferYes')}
        </button>
        <button type="button" className="link" onClick={() => onAnswer(false)}>
          {t('syncOfferNo')}
        </button>
      </div>
    </section>
  );
}

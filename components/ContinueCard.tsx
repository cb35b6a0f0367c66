import { t, type MessageKey } from '../lib/i18n/i18n';
import type { NextStep } from '../lib/plan/next-step';
import type { Pace } from '../lib/plan/pace';

interface Props {
  next: NextStep | null;
  pace: Pace | null;
  onContinue: (url: string) => void;
  /** Far behind: where a new plan can be made. */
  onReplan?: () => void;
  /** The popup focuses Continue as it opens; a page with more to read does not. */
  autoFocus?: boolean;
}

const REASONS: Record<NextStep['reason'], MessageKey> = {
  finish: 'reasonFinish',
  resume: 'reasonResume',
  'carried-over': 'reasonCarried',
  'this-week': 'reasonThisWeek',
  'next-week': 'reasonNextWeek',
};

/** The one-click answer to "what do I do now?". */
export function ContinueCard({ next, pace, onContinue, onReplan, autoFocus = true }: Props) {
  return (
    <section className="continue" aria-label={t('nextStep')}>
      {pace && (
        <div role="status">
          <p className={`pace pace-${pace.state}`}>{pace.text}</p>
          {pace.backlogText && (
            <p className="pace-backlog">
              {pace.backlogText}
              {pace.farBehind && onReplan && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={onReplan}>
                    {t('replanAgain')}
                  </button>
                </>
              )}
            </p>
          )}
        </div>
      )}
      {next ? (
        <>
          <button
            type="button"
            className="primary"
            // The popup's one main action: Enter continues as soon as it opens.
            autoFocus={autoFocus}
            aria-describedby="continue-what"
            onClick={() => onContinue(next.url)}
          >
            {t('continue')}
          </button>
          <p id="continue-what" className="continue-what">
            <span className="reason">{t('reasonLabel', { reason: t(REASONS[next.reason]) })}</span>{' '}
            {next.label}
          </p>
        </>
      ) : (
        <p className="continue-what">{t('allDone')}</p>
      )}
    </section>
  );
}

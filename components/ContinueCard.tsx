import type { NextStep } from '../lib/plan/next-step';
import type { Pace } from '../lib/plan/pace';

interface Props {
  next: NextStep | null;
  pace: Pace | null;
  onContinue: (url: string) => void;
  /** Far behind: where a new plan can be made. */
  onReplan?: () => void;
}

const REASONS: Record<NextStep['reason'], string> = {
  resume: 'Where you left off',
  'carried-over': 'Carried over from an earlier week',
  'this-week': 'This week',
  'next-week': 'This week is done: on to the next',
};

/** The one-click answer to "what do I do now?". */
export function ContinueCard({ next, pace, onContinue, onReplan }: Props) {
  return (
    <section className="continue" aria-label="Next step">
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
                    Plan the weeks ahead again
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
            autoFocus
            aria-describedby="continue-what"
            onClick={() => onContinue(next.url)}
          >
            Continue
          </button>
          <p id="continue-what" className="continue-what">
            <span className="reason">{REASONS[next.reason]}:</span> {next.label}
          </p>
        </>
      ) : (
        <p className="continue-what">Everything in the plan is done. Well done!</p>
      )}
    </section>
  );
}

import type { NextStep } from '../lib/plan/next-step';
import type { Pace } from '../lib/plan/pace';

interface Props {
  next: NextStep | null;
  pace: Pace | null;
  onContinue: (url: string) => void;
}

const REASONS: Record<NextStep['reason'], string> = {
  'carried-over': 'Carried over from an earlier week',
  'this-week': 'This week',
  'next-week': 'This week is done: on to the next',
};

/** The one-click answer to "what do I do now?". */
export function ContinueCard({ next, pace, onContinue }: Props) {
  return (
    <section className="continue" aria-label="Next step">
      {pace && (
        <p className={`pace pace-${pace.state}`} role="status">
          {pace.text}
        </p>
      )}
      {next ? (
        <>
          <button
            type="button"
            className="primary"
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

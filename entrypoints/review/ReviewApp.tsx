import { t, tn } from '../../lib/i18n/i18n';
import { titleOf } from '../../lib/i18n/roadmap-words';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb, type ReviewGrade } from '../../lib/db/database';
import { useInterfaceLanguage } from '../../components/use-language';
import { useSettings } from '../../components/use-progress';
import { reviewQueue, gradeNote } from '../../lib/notes/review-repo';
import { afterGrade, type ReviewPlan } from '../../lib/notes/spaced-review';
import { clockTime, momentLink } from '../../lib/notes/note-time';
import { isVideoNote } from '../../lib/notes/notes-export';
import { findItem } from '../../lib/plan/roadmap-index';
import { itemUrl } from '../../lib/plan/checklist';
import { spellIsoDay } from '../../lib/plan/calendar';
import { readProgress } from '../../lib/db/snapshot-repo';
import type { ProgressSnapshot } from '../../lib/progress/snapshot';
import { askBackground } from '../../lib/browser/tick-channel';
import { useStudyTime } from './use-study-time';

const GRADES: { grade: ReviewGrade; key: 'gradeRemembered' | 'gradeFuzzy' | 'gradeForgot' }[] = [
  { grade: 'remembered', key: 'gradeRemembered' },
  { grade: 'fuzzy', key: 'gradeFuzzy' },
  { grade: 'forgot', key: 'gradeForgot' },
];

/** A grade goes through the background (the page may close at once), or is written here. */
const sendGrade = (noteId: string, grade: ReviewGrade) =>
  askBackground({ type: 'ui:grade', noteId, grade }, () =>
    gradeNote(getDb(), noteId, grade, Date.now()).then((review) => review !== null),
  );

/** Keys typed into a field or on a link are the field's and the link's. */
const ownsKeys = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT|A)$/.test(target.tagName);

/**
 * The notes due today, one card at a time: where the note was taken first (recall it), then
 * the note (Space), then how well it was remembered (1, 2, 3), which schedules its return.
 */
export function ReviewApp() {
  const settings = useSettings();
  useInterfaceLanguage(settings?.uiLanguage, 'reviewPageTitle');
  useStudyTime();
  // Read once: the queue stays as it was when the page opened while the learner grades it.
  const [plan, setPlan] = useState<ReviewPlan & { snapshot: ProgressSnapshot }>();
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState(false);
  const [grades, setGrades] = useState<ReviewGrade[]>([]);
  // The earliest day a note graded here comes back (the page's own reckoning of the schedule).
  const [comesBack, setComesBack] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const noteText = useRef<HTMLQuoteElement>(null);

  useEffect(() => {
    const db = getDb();
    void readProgress(db).then(async (progress) =>
      setPlan({
        ...(await reviewQueue(db, ROADMAP, new Date(), progress)),
        snapshot: progress.snapshot,
      }),
    );
  }, []);

  const card = plan?.due[index];
  const grade = (chosen: ReviewGrade) => {
    if (!card || !shown) return;
    void sendGrade(card.note.id, chosen);
    const { dueDay } = afterGrade(
      { noteId: card.note.id, step: card.step, at: 0, log: [] },
      card.note.id,
      chosen,
      Date.now(),
    );
    if (dueDay) setComesBack((day) => (day === null || dueDay < day ? dueDay : day));
    setGrades((g) => [...g, chosen]);
    setShown(false);
    setIndex((i) => i + 1);
  };
  // The keyboard handler grades with the latest card.
  const gradeRef = useRef(grade);
  useEffect(() => {
    gradeRef.current = grade;
  });
  const reveal = () => setShown(true);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      if (e.key === ' ' && !shown) {
        e.preventDefault();
        setShown(true);
      }
      const chosen = GRADES[Number(e.key) - 1];
      if (chosen && shown) {
        e.preventDefault();
        gradeRef.current(chosen.grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown]);

  // Focus follows the card: the note once shown (not an answer: a second Space must not
  // answer for the learner), the next card's title after.
  useEffect(() => {
    if (shown) noteText.current?.focus();
    else if (index > 0) heading.current?.focus();
  }, [shown, index]);

  const head = (
    <header className="dash-header">
      <h1>{t('reviewPageTitle')}</h1>
      <a href="/dashboard.html#notes">{t('allNotes')}</a>
    </header>
  );
  if (!settings || !plan)
    return (
      <main className="dashboard review-page">
        {head}
        <p className="loading">{t('loading')}</p>
      </main>
    );
  if (settings.reviewEnabled === false)
    return (
      <main className="dashboard review-page">
        {head}
        <p>{t('reviewOff')}</p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings')}
        </button>
      </main>
    );

  if (!card) {
    const counts = GRADES.map(({ grade: g }) => grades.filter((x) => x === g).length);
    const next = [plan.next, comesBack].filter((d): d is string => d !== null).sort()[0];
    return (
      <main className="dashboard review-page">
        {head}
        <section aria-labelledby="review-end" className="review-end">
          <h2 id="review-end" tabIndex={-1} ref={heading}>
            {grades.length > 0 ? tn('reviewDone', grades.length) : t('reviewNothing')}
          </h2>
          {grades.length > 0 && (
            <p>{t('reviewDoneDetail', { r: counts[0]!, f: counts[1]!, g: counts[2]! })}</p>
          )}
          {next && <p>{t('reviewNext', { day: spellIsoDay(next) })}</p>}
          <p className="hint">{t('reviewHow')}</p>
        </section>
      </main>
    );
  }

  const { note } = card;
  const item = findItem(ROADMAP, note.itemId);
  const itemTitle = item ? titleOf(item.resource) : note.itemId;
  const title = isVideoNote(note)
    ? (plan.snapshot.videoTitles.get(note.videoId) ?? t('exportVideo', { id: note.videoId }))
    : itemTitle;
  return (
    <main className="dashboard review-page">
      {head}
      <p className="hint" aria-live="polite">
        {t('reviewCount', { n: index + 1, total: plan.due.length })}
      </p>
      <article className="review-card" aria-labelledby="card-title">
        <h2 id="card-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <p className="note-where">
          {t('noteWhere', { week: note.week, item: itemTitle })}
          {' · '}
          {isVideoNote(note) ? (
            <a href={momentLink(note.videoId, note.seconds)} target="_blank" rel="noreferrer">
              {t('reviewAgainFrom', { time: clockTime(note.seconds) })}
            </a>
          ) : (
            item && (
              <a href={itemUrl(item.resource, plan.snapshot)} target="_blank" rel="noreferrer">
                {t('reviewOpenItem')}
              </a>
            )
          )}
        </p>
        {shown ? (
          <>
            <blockquote className="note-text" tabIndex={-1} ref={noteText}>
              {note.text}
            </blockquote>
            <div role="group" aria-labelledby="grade-ask" className="grades">
              <p id="grade-ask">{t('reviewAsk')}</p>
              {GRADES.map(({ grade: g, key }, i) => (
                <button
                  key={g}
                  type="button"
                  aria-keyshortcuts={String(i + 1)}
                  onClick={() => grade(g)}
                >
                  <kbd aria-hidden="true">{i + 1}</kbd> {t(key)}
                </button>
              ))}
            </div>
          </>
        ) : (
          <button type="button" className="primary" aria-keyshortcuts="Space" onClick={reveal}>
            {t('reviewShow')}
          </button>
        )}
      </article>
      <p className="hint">{t('reviewKeys')}</p>
      <p className="hint">{t('reviewTimeCounts')}</p>
    </main>
  );
}

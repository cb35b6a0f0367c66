import { t } from '../../lib/i18n/i18n';
import { useInterfaceLanguage } from '../../components/use-language';
import { useSettings } from '../../components/use-progress';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb } from '../../lib/db/database';
import { tick } from '../../lib/db/page-actions';
import { addNote, notesOfVideo } from '../../lib/notes/notes-repo';
import { clockTime } from '../../lib/notes/note-time';
import { checklistEntry, itemUrl } from '../../lib/plan/checklist';
import { parseYouTubeUrl } from '../../lib/tracking/youtube-url';
import { playerAt } from '../../lib/browser/player-scripts';
import { filingOf } from '../../lib/service/classify-stored';
import { ChecklistItem } from '../../components/ChecklistItem';
import { NoteBody } from '../../components/NoteBody';
import { useStudyTab, type StudyTab } from './use-study-tab';
import { ItemNotes } from './ItemNotes';

/** Runs `playerAt` in the tab: the playhead there, after seeking when asked. */
async function player(tab: StudyTab, videoId: string, seekTo: number | null) {
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: playerAt,
    args: [videoId, seekTo],
  });
  return (result?.result as number | null | undefined) ?? null;
}

/** The roadmap video a tab shows, its item and this week's view of it. */
function useShownItem(tab: StudyTab | null | undefined) {
  const parsed = tab ? parseYouTubeUrl(tab.url) : null;
  const videoId = parsed?.page === 'watch' ? parsed.videoId : undefined;
  const playlistId = parsed?.playlistId;
  return useLiveQuery(async () => {
    if (!videoId) return null;
    const filing = await filingOf(
      getDb(),
      ROADMAP,
      { videoId, ...(playlistId ? { playlistId } : {}) },
      new Date(),
    );
    if (!filing) return { videoId, place: null };
    const { verdict, place, week, progress } = filing;
    const { snapshot } = progress;
    return {
      videoId,
      playlistId: verdict.playlistId,
      place,
      entry: checklistEntry(place.item, week, snapshot),
      url: itemUrl(place.item.resource, snapshot),
    };
  }, [videoId, playlistId]);
}

export function SidePanelApp() {
  useInterfaceLanguage(useSettings()?.uiLanguage, 'sideTitle');
  const tab = useStudyTab();
  const shown = useShownItem(tab);
  const videoId = shown?.videoId;
  const notes = useLiveQuery(() => (videoId ? notesOfVideo(getDb(), videoId) : []), [videoId]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  const intro = (
    <header className="panel-head">
      <h1>{t('sideTitle')}</h1>
      <a href="/dashboard.html#notes" target="_blank" rel="noreferrer">
        {t('allNotes')}
      </a>
    </header>
  );
  if (tab === undefined || shown === undefined) return <main className="side">{intro}</main>;
  if (!tab || !shown || !shown.place)
    return (
      <main className="side">
        {intro}
        <p className="hint">{t('sideNoVideo')}</p>
        <ItemNotes />
      </main>
    );

  const add = async () => {
    const seconds = await player(tab, shown.videoId, null).catch(() => null);
    if (seconds === null) return setMessage(t('sideGone'));
    const result = await addNote(
      getDb(),
      ROADMAP,
      {
        videoId: shown.videoId,
        ...(shown.playlistId ? { playlistId: shown.playlistId } : {}),
        seconds,
        text: draft,
      },
      { now: Date.now(), id: crypto.randomUUID() },
    );
    if (!result.ok) return setMessage(result.error);
    setDraft('');
    setMessage(t('sideSaved', { time: clockTime(seconds) }));
  };

  return (
    <main className="side">
      {intro}
      <ul className="checklist" aria-label={t('sideItem')}>
        <ChecklistItem
          entry={shown.entry!}
          url={shown.url!}
          onCheck={(key, done) => void tick(key, done)}
        />
      </ul>
      <h2 id="notes-heading">{t('sideNotesHeading')}</h2>
      {notes && notes.length > 0 ? (
        <ol className="notes" aria-labelledby="notes-heading">
          {notes.map((note) => (
            <li key={note.id}>
              <button
                type="button"
                className="time"
                aria-label={t('playFrom', { time: clockTime(note.seconds ?? 0) })}
                onClick={() =>
                  void player(tab, shown.videoId, note.seconds ?? 0).then(
                    (at) => at === null && setMessage(t('sideOther')),
                    () => setMessage(t('sideOther')),
                  )
                }
              >
                {clockTime(note.seconds ?? 0)}
              </button>
              <NoteBody note={note} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{t('sideNoNotes')}</p>
      )}
      <form
        className="add-note"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="side-note">{t('sideNoteLabel')}</label>
        <textarea
          id="side-note"
          rows={3}
          maxLength={2000}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          {t('sideAdd')}
        </button>
      </form>
      <p role="status" className="ok">
        {message}
      </p>
      <ItemNotes itemId={shown.place.item.resource.id} />
    </main>
  );
}

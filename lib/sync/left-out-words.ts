import { t } from '../i18n/i18n';
import { titleOf } from '../i18n/roadmap-words';
import type { Roadmap } from '../../data/roadmap-types';
import { findItem, playlistUses } from '../plan/roadmap-index';
import type { LeftOut } from './fit';

/**
 * What sync left out, in the learner's words: the item's title, never an internal id. A status
 * written by an older version (plain English text) is not repeated: it says only that a part
 * was left out.
 */
export function leftOutWords(entry: unknown, roadmap: Roadmap): string {
  const known = entry as Partial<LeftOut> | null;
  if (known?.part === 'pages' && typeof known.id === 'string') {
    const item = findItem(roadmap, known.id);
    return t('syncLeftPages', { title: item ? titleOf(item.resource) : t('syncLeftUnknown') });
  }
  if (known?.part === 'positions' && typeof known.id === 'string') {
    const use = playlistUses(roadmap).get(known.id)?.[0];
    return t('syncLeftPositions', {
      title: use ? titleOf(use.resource) : t('syncLeftUnknown'),
    });
  }
  return t('syncLeftOther');
}

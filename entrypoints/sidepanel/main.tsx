import { browser } from 'wxt/browser';
import { loadCatalogue, resolveLanguage } from '../../lib/i18n/i18n';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from './SidePanelApp';
import { watchStorage } from '../../components/StorageProblem';
import '../../components/styles.css';

const root = createRoot(document.getElementById('root')!);
// The browser's language's words before the first render (a chosen one follows, see
// components/use-language).
void loadCatalogue(resolveLanguage('auto', browser.i18n.getUILanguage())).then(() =>
  root.render(<SidePanelApp />),
);
watchStorage(root);

import { speak } from '../../lib/browser/interface-language';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from './SidePanelApp';
import { watchStorage } from '../../components/StorageProblem';
import '../../components/styles.css';

const root = createRoot(document.getElementById('root')!);
// The browser's language's words before the first render (a chosen one follows, see
// components/use-language).
void speak().then(() => root.render(<SidePanelApp />));
watchStorage(root);

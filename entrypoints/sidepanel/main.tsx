import { createRoot } from 'react-dom/client';
import { SidePanelApp } from './SidePanelApp';
import { watchStorage } from '../../components/StorageProblem';
import '../../components/styles.css';

const root = createRoot(document.getElementById('root')!);
root.render(<SidePanelApp />);
watchStorage(root);

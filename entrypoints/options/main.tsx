import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import { watchStorage } from '../../components/StorageProblem';
import '../../components/styles.css';

const root = createRoot(document.getElementById('root')!);
root.render(<OptionsApp />);
watchStorage(root);

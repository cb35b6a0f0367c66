import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);

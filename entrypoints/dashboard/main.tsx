import { createRoot } from 'react-dom/client';
import { DashboardApp } from './DashboardApp';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(<DashboardApp />);

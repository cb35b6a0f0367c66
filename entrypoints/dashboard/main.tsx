import { DashboardApp } from './DashboardApp';
import { startPage } from '../../components/start-page';
import '../../components/styles.css';

startPage((early) => <DashboardApp early={early} />);

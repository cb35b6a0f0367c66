import { PopupApp } from '../../components/PopupApp';
import { startPage } from '../../components/start-page';
import '../../components/styles.css';

startPage((early) => <PopupApp early={early} />);

import { ReviewApp } from './ReviewApp';
import { startPage } from '../../components/start-page';
import '../../components/styles.css';

startPage(() => <ReviewApp />);

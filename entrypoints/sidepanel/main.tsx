import { mountPage } from '../../platform/mount';
import { App } from './App';

mountPage(<App />);

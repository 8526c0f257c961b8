import { render } from 'preact';
import { Popup } from '../../src/popup/popup.tsx';

const app = document.getElementById('app');
if (app) render(<Popup />, app);

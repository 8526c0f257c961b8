import { render } from 'preact';
import { Popup } from '../../src/popup/popup.tsx';
import { targetFromSearch } from '../../src/popup/target.ts';
import '../../src/popup/popup.css';

const app = document.getElementById('app');
if (app) render(<Popup target={targetFromSearch(location.search)} />, app);

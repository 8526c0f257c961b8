import { render } from 'preact';
import { Options } from '../../src/options/options.tsx';
import '../../src/options/options.css';

const app = document.getElementById('app');
if (app) render(<Options />, app);

import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';
import { applyDisplay, savedDisplay } from './components/display.ts';

applyDisplay(savedDisplay()); // before the first render: no flash of the other look

render(<App />, document.getElementById('app')!);

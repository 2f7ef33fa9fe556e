// Entry point: mounts the app.
import { render } from 'preact';
import { App } from './app.js';
import './style.css';

const root = document.getElementById('app') as HTMLElement;
// the server-rendered login form (or overview) is for clients without JavaScript: the app takes over
root.replaceChildren();
render(<App />, root);

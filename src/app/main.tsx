/** Browser entry: the real maplibre adapter and the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import './app.css';
import { App } from './components/App.tsx';
import { createMaplibreAdapter } from './map/create-maplibre-adapter.ts';

// zod 4 probes `new Function` to compile parsers; the page's CSP forbids eval, so
// ask for the interpreter instead and keep the console free of CSP violations.
configureZod({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root">');
const createMapAdapter = createMaplibreAdapter();
createRoot(root).render(
  <StrictMode>
    <App createMapAdapter={createMapAdapter} />
  </StrictMode>,
);

/** Browser entry: the real maplibre adapter and the app. */
// First: schemas must be built without eval (see configure-zod.ts). src/pipeline/url-state
// still imports SIDES/EVENTS from schema.ts, which builds zod schemas in the main chunk.
import './configure-zod.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { App } from './components/App.tsx';
import { createMaplibreAdapter } from './map/create-maplibre-adapter.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root">');
const createMapAdapter = createMaplibreAdapter();
createRoot(root).render(
  <StrictMode>
    <App createMapAdapter={createMapAdapter} />
  </StrictMode>,
);

/** Browser entry: the real maplibre adapter and the app. */
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

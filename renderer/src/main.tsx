// Renderer entry: loads the styles and mounts the React app into #root.
// First, before any app code: remove WebRTC from the page (see security/remove-webrtc.ts).
import './security/remove-webrtc';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/themes.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/reader.css';
import './styles/overlays.css';
import './styles/import.css';
import './styles/library.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('Lectern: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

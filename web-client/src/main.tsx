import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/styles/main.scss';
import '@/i18n/i18n';
import { App } from '@/app/app';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

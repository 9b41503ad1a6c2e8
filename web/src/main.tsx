import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import { AuthProvider } from './platform/auth.js';
import { App } from './App.js';
import { ErrorBoundary } from './platform/ErrorBoundary.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </ErrorBoundary>
  </StrictMode>,
);

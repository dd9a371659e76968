import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { InsecureOriginBanner } from './app/insecure-origin-banner';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { registerServiceWorker } from './app/service-worker-registration';
import './app/app.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <InsecureOriginBanner />
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}
registerServiceWorker();

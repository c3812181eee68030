import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { apolloClient } from './apollo/apollo-client.ts';
import { reportError } from './app/report-error.ts';
import { createRouter } from './app/router.tsx';
import './styles/index.css';

const router = createRouter();

createRoot(document.getElementById('root')!, { onCaughtError: reportError }).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <RouterProvider router={router} onError={reportError} />
    </ApolloProvider>
  </StrictMode>,
);

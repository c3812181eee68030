import { useLoaderData } from 'react-router';

/**
 * `useLoaderData` for this client-only SPA. React Router's own typing assumes framework mode and
 * types loader data as if it went through JSON, which turns Apollo's query refs into `unknown`;
 * here loader data is handed over as is, so its type is the loader's return type.
 */
export function useRouteData<Loader extends (...args: never[]) => unknown>(): Exclude<
  Awaited<ReturnType<Loader>>,
  Response
> {
  return useLoaderData() as Exclude<Awaited<ReturnType<Loader>>, Response>;
}

import type { ComponentType } from 'react';

/**
 * A route whose page comes in its own chunk, fetched the first time someone opens it (React
 * Router's `lazy`): a carer's first page carries no staff page and no other carer journey, and
 * staff code reaches staff alone (decision 0039; scripts/check-first-load.mjs holds the budget).
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): () => Promise<{ Component: ComponentType }> {
  return async () => ({ Component: (await load())[name] });
}

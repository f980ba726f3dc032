import type { ComponentType } from 'react';
import { loadAllNamespaces } from '@/i18n/i18n';

/**
 * A route whose page comes in its own chunk, fetched the first time someone opens it (React
 * Router's `lazy`): a carer's first page carries no staff page and no other carer journey, and
 * staff code reaches staff alone (decision 0039; scripts/check-first-load.mjs holds the budget).
 * The page's words come with it: the message files of the pages' language (and English) load beside
 * the page's chunk, so a page never shows before its words.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const [module] = await Promise.all([load(), loadAllNamespaces()]);
    return { Component: module[name] };
  };
}

import { useEffect, useState, type RefObject } from 'react';
import { isSupported } from 'govuk-frontend';

type GovukComponentClass<TConfig> = new ($root: Element, config?: TConfig) => unknown;

/**
 * Initialises one govuk-frontend component for this component's own element, once.
 * govuk-frontend marks an element it has initialised (`data-<module>-init`) and throws if asked
 * again, which React's development double-invoke of effects would otherwise trigger.
 * Returns nothing: where the browser lacks support (`govuk-frontend-supported`), the
 * component is left as plain HTML, as GOV.UK Frontend intends.
 */
export function useGovukModule<TConfig>(
  ref: RefObject<HTMLElement | null>,
  Component: GovukComponentClass<TConfig>,
  moduleName: string,
  config?: TConfig,
  onUnsupported?: (element: HTMLElement) => void,
): void {
  // Initialise once per mounted element, with config and onUnsupported as they were at mount:
  // callers pass them inline, and a re-run where unsupported would focus the error summary again
  // on every render.
  const [atMount] = useState(() => ({ config, onUnsupported }));
  useEffect(() => {
    const element = ref.current;
    if (!element || element.hasAttribute(`data-${moduleName}-init`)) return;
    if (!isSupported(document.body)) {
      atMount.onUnsupported?.(element);
      return;
    }
    new Component(element, atMount.config);
  }, [ref, Component, moduleName, atMount]);
}

// govuk-frontend ships no type declarations; these cover the components this app initialises.
declare module 'govuk-frontend' {
  export class ErrorSummary {
    constructor($root: Element, config?: { disableAutoFocus?: boolean });
  }
  export class ServiceNavigation {
    constructor($root: Element);
  }
  export class SkipLink {
    constructor($root: Element);
  }
  export class NotificationBanner {
    constructor($root: Element, config?: { disableAutoFocus?: boolean });
  }
  export function isSupported($scope?: HTMLElement): boolean;
}

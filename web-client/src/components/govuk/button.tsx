import type { ReactNode } from 'react';
import { Link } from 'react-router';

type ButtonProps = {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'warning';
  onClick?: () => void;
  disabled?: boolean;
  /** Stops a second submission while the first is on its way. */
  preventDoubleClick?: boolean;
};

function variantClass(variant: ButtonProps['variant']): string {
  return variant === 'secondary' ? ' govuk-button--secondary' : variant === 'warning' ? ' govuk-button--warning' : '';
}

export function Button({ children, type = 'submit', variant = 'primary', onClick, disabled, preventDoubleClick }: ButtonProps) {
  return (
    <button
      type={type}
      className={`govuk-button${variantClass(variant)}`}
      data-module="govuk-button"
      data-prevent-double-click={preventDoubleClick ? 'true' : undefined}
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined}
    >
      {children}
    </button>
  );
}

export function ButtonLink({ to, children, variant = 'primary' }: { to: string; children: ReactNode; variant?: ButtonProps['variant'] }) {
  return (
    <Link to={to} role="button" draggable="false" className={`govuk-button${variantClass(variant)}`} data-module="govuk-button">
      {children}
    </Link>
  );
}

export function StartButton({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} role="button" draggable="false" className="govuk-button govuk-button--start" data-module="govuk-button">
      {children}
      <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}

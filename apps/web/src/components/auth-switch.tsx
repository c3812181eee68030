import type { ReactNode } from 'react';
import './auth-switch.css';

/** The line under a sign-in or sign-up form that leads to the other one. */
export function AuthSwitch({ children }: { children: ReactNode }) {
  return <p className="auth-switch">{children}</p>;
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashNotice } from './crash-notice';

interface Props { children: ReactNode }
interface State { hasError: boolean }

/** Keeps one broken screen from blanking the window; saved data lives in IndexedDB and is untouched. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The renderer has no file logger; the message still reaches main's console capture in Electron.
    reportError(Object.assign(error, { componentStack: info.componentStack }));
  }

  override render(): ReactNode {
    return this.state.hasError ? <CrashNotice /> : this.props.children;
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link ViewErrorBoundary}. */
export interface ViewErrorBoundaryProps {
  /** Which view, for the developer's warning ("ecogram", "lifeline", …). */
  view: string;
  /** Rendered instead of the children after an error; `retry` renders the children again. */
  fallback: (retry: () => void) => ReactNode;
  /** Render the children again (after an error) when this value changes, e.g. the network. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Keeps a rendering error inside a view: the host page keeps working and a readable message
 * is shown, with a retry. The view is tried again by itself when `resetKey` changes (the
 * host passes another network). The error is logged as a warning for developers. One
 * boundary for every view (Ecogram, Lifeline, summary, interview).
 * @internal
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ViewErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, failed: false };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[kring] The ${this.props.view} could not be rendered:`, error, info.componentStack);
  }

  private retry = (): void => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

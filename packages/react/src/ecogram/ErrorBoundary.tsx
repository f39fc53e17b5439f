import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link EcogramErrorBoundary}. */
export interface EcogramErrorBoundaryProps {
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
 * Keeps a rendering error inside the Ecogram: the host page keeps working and a
 * readable message is shown. The error is logged as a warning for developers.
 * @internal
 */
export class EcogramErrorBoundary extends Component<EcogramErrorBoundaryProps, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: EcogramErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, failed: false };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('[kring] The ecogram could not be rendered:', error, info.componentStack);
  }

  private retry = (): void => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

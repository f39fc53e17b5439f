/**
 * A view's `ref` handle that exists from its first render: it forwards to the handle of the
 * view's body, which mounts only once the network is read, its language has loaded and (when
 * redacted) the redaction is here. Until then `toSVG()` resolves to '', `toPNG()` rejects and
 * the rest do nothing — a host's `ref.current` is never null while the view is mounted. One
 * place for the Ecogram and the Lifeline.
 * @internal
 */
import { useImperativeHandle, useRef, type ForwardedRef, type RefObject } from 'react';
import { printPage } from '../paper/print';
import type { KringViewHandle } from './viewTypes';

/**
 * Give `ref` a handle forwarding to the returned ref (hand that to the view's body);
 * `extra` adds the view's own methods (`addPerson`, `addEvent`) over the same inner ref.
 */
export function useHandleProxy<H extends KringViewHandle>(ref: ForwardedRef<H>, extra: (inner: RefObject<H | null>) => Omit<H, keyof KringViewHandle>): RefObject<H | null> {
  const inner = useRef<H | null>(null);
  useImperativeHandle(
    ref,
    () =>
      ({
        toSVG: () => inner.current?.toSVG() ?? Promise.resolve(''),
        toPNG: (o) => inner.current?.toPNG(o) ?? Promise.reject(new Error('Nothing is drawn')),
        zoomIn: () => inner.current?.zoomIn(),
        zoomOut: () => inner.current?.zoomOut(),
        fit: () => inner.current?.fit(),
        focus: () => inner.current?.focus(),
        undo: () => inner.current?.undo(),
        redo: () => inner.current?.redo(),
        print: () => printPage(),
        ...extra(inner),
      }) as KringViewHandle as H,
    // `extra` reads the inner ref when called: the handle never needs to change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return inner;
}

/**
 * Whether this render is on a server or hydrates server HTML (`useSyncExternalStore`'s server
 * snapshot): a component that waits for a measurement in the browser's first commit must not
 * wait there, or the server's markup would lack what it waits for and hydration would not match.
 * @internal
 */
import { useSyncExternalStore } from 'react';

const subscribeNothing = (): (() => void) => () => {};
const onClient = (): boolean => false;
const onServer = (): boolean => true;

/** True on the server and while hydrating; false in every client render after that. */
export function useServerOrHydrating(): boolean {
  return useSyncExternalStore(subscribeNothing, onClient, onServer);
}

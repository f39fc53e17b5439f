export { KringLinkProvider, useKringLink } from './KringLinkProvider';
export type { KringLink, KringLinkProviderProps, KringLinkState } from './KringLinkProvider';

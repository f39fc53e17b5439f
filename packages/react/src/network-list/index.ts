/** The network as tables in words: the non-visual alternative of the ecogram. */
export { NetworkList, type NetworkListProps } from './NetworkList';
export { networkListMessages, type NetworkListMessageKey } from './messages';

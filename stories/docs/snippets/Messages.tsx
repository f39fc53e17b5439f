// Change one text, or bring a language Kring does not ship: every visible and announced text
// is a message key; a MessagesProvider sets them for a whole tree, `messages` for one view.
import type { ReactNode } from 'react';
import { Ecogram, MessagesProvider, getMessages, type KringMessages } from '@kring/react';
import type { Network } from '@kring/core';

/** One word changed for one view. */
export function OwnWords({ network }: { network: Network }) {
  return <Ecogram defaultNetwork={network} messages={{ 'ecogram.addPerson': 'Iemand toevoegen' }} />;
}

/**
 * A language Kring does not ship (here: a start on Polish). Start from the English texts so
 * every key has a value, translate what you can; dates follow `locale` (nl or en).
 */
const english = getMessages('en');
export const polish: Partial<KringMessages> = {
  ...english,
  'ecogram.addPerson': 'Dodaj osobę',
  'ecogram.undo': 'Cofnij',
};

export function InPolish({ children }: { children: ReactNode }) {
  return <MessagesProvider locale="en" messages={polish}>{children}</MessagesProvider>;
}

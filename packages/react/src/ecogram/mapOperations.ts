/**
 * The core operations the map applies itself — place a person (drag, keyboard), remove a
 * person or a tie — in a module of their own: an editable map fetches it once the browser is
 * idle after the first paint, a read-only map never (issue 16; useEcogramCommands.ts). The
 * editors' operations travel with the editors (EcogramEditors.tsx).
 * @internal
 */
export { placePerson, removePerson, removeTie } from '@kring/core';

/**
 * The texts of the Ecogram's editor layer (`EcogramEditors.tsx`, loaded when an editor first
 * opens): the Ecogram's own and the editors'. A file of its own so that the editors' texts
 * travel in the editors' chunk, not in the map's first load (issue 16).
 * @internal
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Text } from '../i18n/lookup';
import { EDITOR_BUNDLES } from '../editor/messages';
import { ECOGRAM_BUNDLES } from './messages';

export const ECOGRAM_EDITOR_BUNDLES = /* @__PURE__ */ bundles(ECOGRAM_BUNDLES, EDITOR_BUNDLES);
/** The editor layer's text lookup. */
export type EcogramEditorText = Text<BundleKey<typeof ECOGRAM_EDITOR_BUNDLES>>;

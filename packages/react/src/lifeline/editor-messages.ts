/**
 * The texts of the Lifeline's editors (`LifelineEditors.tsx` and `EventEditor.tsx`, loaded when
 * an editor first opens): the Lifeline's own and the editors' shared fields. A file of its own
 * so that the editors' texts travel in the editors' chunk, not in the first load (issue 16).
 * @internal
 */
import { bundles, type BundleKey } from '../i18n/bundles';
import type { Text } from '../i18n/lookup';
import { EDITOR_BUNDLES } from '../editor/messages';
import { LIFELINE_BUNDLES } from './messages';

export const LIFELINE_EDITOR_BUNDLES = /* @__PURE__ */ bundles(LIFELINE_BUNDLES, EDITOR_BUNDLES);
/** The Lifeline editors' text lookup. */
export type LifelineEditorText = Text<BundleKey<typeof LIFELINE_EDITOR_BUNDLES>>;

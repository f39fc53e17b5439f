/**
 * The SVG and PNG export (style inlining, the title block, key and legend drawn into the file)
 * loads on first use (issue 16): a view's `toSVG()` / `toPNG()` and its save buttons fetch it
 * when first asked, so a view that is only looked at never loads it. That is why `toSVG()`
 * returns a promise (0.3.0). A host that imports `exportSVG` itself has it at once.
 * @internal
 */
import { lazyModule } from '../utils/lazyPart';

export type ExportModule = typeof import('./index');

export const exportModule = /* @__PURE__ */ lazyModule<ExportModule>(() => import('./index'));

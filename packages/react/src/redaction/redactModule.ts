/**
 * Core's redaction (`@kring/core/redact`: name matching in every spelling, opaque ids, the
 * field policy — about a fifth of core) loads on first use: only a view with `redacted` needs
 * it, and such a view shows nothing of the network until it is here (`RedactionGate`), so no
 * name is ever drawn unredacted while it loads.
 * @internal
 */
import { lazyModule } from '../utils/lazyPart';

export type RedactModule = typeof import('@kring/core/redact');

export const redactModule = /* @__PURE__ */ lazyModule<RedactModule>(() => import('@kring/core/redact'));

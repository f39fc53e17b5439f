import type { ReactElement } from 'react';
import type { Network } from '@kring/core';
import { NetworkPlan, type PlanChange } from '@kring/react';
import { KringElement } from './base';

/**
 * `<kring-network-plan>`: the network plan as a custom element.
 *
 * Attributes (reflected as properties): `network` (JSON), `locale`, `readonly`, `theme`,
 * `label` (the title), `author` (printed in the title block), `today` (a fuzzy date; default
 * today). Events: `kring-change` (`{ network, change }`, cancelable: `preventDefault()` keeps
 * the old network), like `<kring-ecogram>`.
 *
 * @example
 * ```html
 * <kring-network-plan locale="en"></kring-network-plan>
 * <script type="module">
 *   const el = document.querySelector('kring-network-plan');
 *   el.network = await (await fetch('/network.json')).json();
 *   el.addEventListener('kring-change', (e) => save(e.detail.network));
 * </script>
 * ```
 */
export class KringNetworkPlanElement extends KringElement<PlanChange> {
  /** Attributes observed: the shared ones plus `today`. */
  static override get observedAttributes(): string[] {
    return [...KringElement.observedAttributes, 'today'];
  }

  /** The date the plan is read on (overdue, the "Gedaan" date); `null` = today. Reflects `today`. */
  get today(): string | null {
    const value = this.getAttribute('today');
    return value && value.trim() ? value.trim() : null;
  }
  set today(value: string | null) {
    if (value) this.setAttribute('today', value);
    else this.removeAttribute('today');
  }

  /** @internal */
  protected override renderContent(input: Network): ReactElement {
    return (
      <NetworkPlan
        network={input}
        onChange={this.emitChange}
        readOnly={this.readOnly}
        locale={this.locale ?? undefined}
        theme={this.theme ?? undefined}
        {...(this.today ? { today: this.today } : {})}
        {...(this.label ? { title: this.label } : {})}
        {...(this.author ? { author: this.author } : {})}
      />
    );
  }
}

import type { ReactElement } from 'react';
import type { Network } from '@kring/core';
import { Ecogram, type EcogramChange, type EcogramHandle } from '@kring/react';
import { KringElement } from './base';

/**
 * `<kring-ecogram>`: the network map as a custom element.
 *
 * Attributes (reflected as properties): `network` (JSON), `locale`, `readonly`, `redacted`
 * (`initials` | `role`), `at`, `theme`, `label`, `author`, `legend`, `time-slider`. Events:
 * `kring-change` (`{ network, change }`), `kring-select` (`{ id }`), `kring-at-change` (`{ at }`).
 *
 * @example
 * ```html
 * <kring-ecogram locale="en" legend></kring-ecogram>
 * <script type="module">
 *   const el = document.querySelector('kring-ecogram');
 *   el.network = await (await fetch('/network.json')).json();
 *   el.addEventListener('kring-change', (e) => save(e.detail.network));
 * </script>
 * ```
 */
export class KringEcogramElement extends KringElement<EcogramChange, EcogramHandle> {
  /** Attributes observed: the shared ones plus `legend` and `time-slider`. */
  static override get observedAttributes(): string[] {
    return [...KringElement.observedAttributes, 'legend', 'time-slider'];
  }

  /** Show the legend next to the map. Reflects the boolean `legend` attribute. */
  get legend(): boolean {
    return this.hasAttribute('legend');
  }
  set legend(value: boolean) {
    this.toggleAttribute('legend', Boolean(value));
  }

  /** Show the time slider under the map. Reflects the boolean `time-slider` attribute. */
  get timeSlider(): boolean {
    return this.hasAttribute('time-slider');
  }
  set timeSlider(value: boolean) {
    this.toggleAttribute('time-slider', Boolean(value));
  }

  /** @internal */
  protected override renderContent(input: Network): ReactElement {
    return (
      <Ecogram
        ref={this.handle}
        network={input}
        onChange={this.emitChange}
        onSelectionChange={this.emitSelect}
        at={this.at}
        onAtChange={this.emitAt}
        readOnly={this.readOnly}
        redacted={this.redacted}
        locale={this.locale ?? undefined}
        theme={this.theme ?? undefined}
        showLegend={this.legend}
        showTimeSlider={this.timeSlider}
        {...(this.label ? { 'aria-label': this.label } : {})}
        {...(this.author ? { author: this.author } : {})}
      />
    );
  }
}

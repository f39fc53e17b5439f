import type { ReactElement } from 'react';
import type { Network } from '@kring/core';
import { Lifeline, type LifelineChange, type LifelineHandle } from '@kring/react';
import { KringElement } from './base';

export type { LifelineChange };

/**
 * `<kring-lifeline>`: the levenslijn (life-line) of the network's client as a custom element.
 *
 * Attributes (reflected as properties): `network` (JSON), `locale`, `readonly`, `redacted`
 * (`initials` | `role`), `at` (a date marked on the time axis), `theme`, `label`, `author`. Events:
 * `kring-change` (`{ network, change }`), `kring-select` (`{ id }` of the event),
 * `kring-at-change` (`{ at }`, a date picked on the time ruler).
 */
export class KringLifelineElement extends KringElement<LifelineChange, LifelineHandle> {
  /** @internal */
  protected override renderContent(input: Network, valid: boolean): ReactElement {
    return (
      <Lifeline
        ref={this.handle}
        // `null` makes it show its "cannot be read" message (parseNetwork's issues).
        network={valid ? input : (null as unknown as Network)}
        onChange={this.emitChange}
        onSelectionChange={this.emitSelect}
        at={this.at}
        onAtChange={this.emitAt}
        readOnly={this.readOnly}
        redacted={this.redacted}
        locale={this.locale ?? undefined}
        theme={this.theme ?? undefined}
        {...(this.label ? { 'aria-label': this.label } : {})}
        {...(this.author ? { author: this.author } : {})}
      />
    );
  }
}

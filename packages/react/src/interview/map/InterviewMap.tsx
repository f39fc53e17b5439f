/**
 * The live map beside the interview: an Ecogram of the same network, growing with every name.
 * A person dragged on it is placed there (the Ecogram's own drag: sector, circle and spot);
 * at the names flow's "Plaatsen" step it is also where names are dropped (see `dropTarget`).
 */
import type { ReactElement, RefObject } from 'react';
import type { Network } from '@kring/core';
import { Ecogram } from '../../ecogram';
import type { Text } from '../../i18n';
import type { InterviewTextKey } from '../messages';
import type { InterviewChange } from '../types';

/** @internal */
export function InterviewMap({ network, onCommit, t, containerRef }: {
  network: Network;
  onCommit: (next: Network, change: InterviewChange) => void;
  t: Text<InterviewTextKey>;
  containerRef: RefObject<HTMLElement | null>;
}): ReactElement {
  return (
    <aside data-part="interview-map" aria-label={t('names.map')} ref={containerRef}>
      <Ecogram
        network={network}
        onChange={(next, change) => {
          const type = change.type === 'undo' || change.type === 'redo' ? change.type : 'map-edit';
          onCommit(next, change.id ? { type, personId: change.id, message: change.message } : { type, message: change.message });
        }}
        locale={t.locale}
        zoomBelow={0}
        hideFilter
        showLegend={false}
      />
    </aside>
  );
}

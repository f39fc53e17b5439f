/**
 * The time line view: the chart, the keyboard help under it, a note on events whose dates
 * cannot be read, and the legend.
 * @internal
 */
import type { ReactElement, RefObject } from 'react';
import { formatFuzzyDate, type LifeEvent } from '@kring/core';
import { LifelineChart } from './LifelineChart';
import { LifelineLegend } from './LifelineLegend';
import type { LifelineText } from './text';
import type { LifelineFocus } from './useLifelineFocus';
import type { LifelineKeyboard } from './useLifelineKeyboard';
import type { LifelineLabels } from './useLifelineLabels';
import type { LifelineScale } from './useLifelineScale';
import type { LifelineState } from './useLifelineState';

/**
 * The hint every event points to (`aria-describedby`) and the keyboard help line: shown under
 * the chart with `showHelp`, else for screen readers only.
 * @internal
 */
export function KeyboardHelp({ t, hintId, helpId, readOnly, showHelp }: { t: LifelineText; hintId: string; helpId: string; readOnly: boolean; showHelp: boolean }): ReactElement {
  return (
    <>
      <p id={hintId} data-part="visually-hidden">
        {readOnly ? t('lifeline.eventHintReadOnly') : t('lifeline.eventHint')}
      </p>
      <p id={helpId} data-part="help" data-state={showHelp ? 'shown' : 'visually-hidden'} data-screen-only="">
        {readOnly ? t('lifeline.plotHelp') : t('lifeline.keyboardHelp')}
      </p>
    </>
  );
}

/** Props of {@link LifelineTimeline}. @internal */
export interface LifelineTimelineProps {
  t: LifelineText;
  svgRef: RefObject<SVGSVGElement | null>;
  /** Prefix of the ids inside the drawing (unique per component). */
  idPrefix: string;
  sized: LifelineScale;
  state: Pick<LifelineState, 'readOnly' | 'selectedId' | 'select' | 'highlightPersonId' | 'markedDate' | 'markedDay' | 'pickDay'>;
  labels: LifelineLabels;
  keyboard: LifelineKeyboard;
  focus: Pick<LifelineFocus, 'tabStopId' | 'onEventFocus'>;
  events: readonly LifeEvent[];
  showHelp: boolean;
  showLegend: boolean;
}

/** @internal */
export function LifelineTimeline(props: LifelineTimelineProps): ReactElement {
  const { t, svgRef, idPrefix, sized, state, labels, keyboard, focus } = props;
  const hintId = `${idPrefix}-hint`;
  const helpId = `${idPrefix}-help`;
  const { markedDate, select } = state;
  return (
    <>
      <div data-part="canvas">
        <LifelineChart
          svgRef={svgRef}
          orientation={sized.orientation}
          width={sized.width}
          height={sized.chartHeight}
          plot={sized.plot}
          ruler={sized.ruler}
          layout={sized.layout}
          scale={sized.scale}
          ticks={sized.ticks}
          today={sized.today}
          markedDay={state.markedDay}
          markedLabel={markedDate ? formatFuzzyDate(markedDate, t.locale) : ''}
          selectedId={state.selectedId}
          tabStopId={focus.tabStopId}
          highlightPersonId={state.highlightPersonId}
          describe={labels.describeGlyph}
          hintId={hintId}
          helpId={helpId}
          plotLabel={labels.plotLabel}
          idPrefix={idPrefix}
          t={t}
          onEventClick={keyboard.onEventClick}
          onEventKeyDown={keyboard.onEventKeyDown}
          onEventFocus={focus.onEventFocus}
          onPickDay={state.pickDay}
          onBackgroundClick={() => select(null)}
          onChartKeyDown={keyboard.onChartKeyDown}
        />
      </div>
      <KeyboardHelp t={t} hintId={hintId} helpId={helpId} readOnly={state.readOnly} showHelp={props.showHelp} />
      {sized.invalidCount > 0 ? (
        <p data-part="invalid-dates">
          {t('lifeline.invalidDates', { count: sized.invalidCount })}
        </p>
      ) : null}
      <LifelineLegend t={t} events={props.events} vertical={sized.orientation === 'vertical'} showLegend={props.showLegend} />
    </>
  );
}

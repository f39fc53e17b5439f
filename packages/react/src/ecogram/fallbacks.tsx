/**
 * Small internal stand-ins for parts another engineer builds (the time slider). They keep the Ecogram usable and testable
 * until the shared parts land, and are replaced by them.
 * @internal
 */
import { useId, type ReactElement } from 'react';
import type { Text } from './text';

/** Fallback time slider: a range over the network's dates plus "now". */
export function FallbackTimeSlider({ dates, value, onChange, t, formatDate }: {
  dates: string[]; value: string | undefined; onChange: (v: string | undefined) => void; t: Text; formatDate: (d: string) => string;
}): ReactElement {
  const id = useId();
  const steps = [...dates, undefined];
  const index = value === undefined ? steps.length - 1 : Math.max(0, dates.indexOf(value));
  const current = steps[index];
  return (
    <div data-part="time-slider">
      <label htmlFor={id}>{t('ecogram.timeLabel')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        aria-valuetext={current === undefined ? t('ecogram.timeNow') : formatDate(current)}
        onChange={(e) => onChange(steps[Number(e.target.value)])}
      />
      <output htmlFor={id}>{current === undefined ? t('ecogram.timeNow') : formatDate(current)}</output>
    </div>
  );
}

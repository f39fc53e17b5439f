/**
 * Small internal stand-ins for parts another engineer builds (network list, time
 * slider). They keep the Ecogram usable and testable
 * until the shared parts land, and are replaced by them.
 * @internal
 */
import { useId, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { Text } from './text';

/** Fallback non-visual list of the network. */
export function FallbackNetworkList({ network, t }: { network: Network; t: Text }): ReactElement {
  const focus = network.people.find((p) => p.id === network.focus);
  return (
    <section data-part="list" aria-label={t('ecogram.viewList')}>
      <ul>
        {network.people.filter((p) => p.id !== network.focus).map((p) => (
          <li key={p.id}>
            {p.name}
            {p.role ? `, ${p.role}` : ''} — {t(`sector.${p.sector ?? 'other'}`)}, {t(`closeness.${p.closeness ?? 'outer'}`)}
          </li>
        ))}
      </ul>
      <p>{focus?.name}</p>
    </section>
  );
}

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

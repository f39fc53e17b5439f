import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { compareFuzzyDates, formatFuzzyDate, networkDates, parseFuzzyDate, type Network } from '@kring/core';
import { useText, type Locale } from '../i18n';
import { TIME_SLIDER_BUNDLES, type TimeSliderTextKey } from './messages';
import { useControllableState } from '../utils/useControllableState';
import { estimateWidth, thinTicks } from '../view/ticks';
import { activeElementOf } from '../utils/activeElement';
import { withLocaleGate } from '../locales';

/** Props of {@link TimeSlider}. */
export interface TimeSliderProps {
  /** The network whose dates (`networkDates`) are the stops. */
  network?: Network;
  /** The stops, when not taken from `network` (fuzzy dates; sorted and de-duplicated here). */
  dates?: readonly string[];
  /** The chosen date, or `null` for now (controlled). Leave `undefined` for uncontrolled. */
  value?: string | null;
  /**
   * Start value when uncontrolled (default `null`: now).
   * @defaultValue null
   */
  defaultValue?: string | null;
  /** Called with the chosen date, or `null` for now. */
  onChange?: (date: string | null) => void;
  /**
   * The slider's label (default "Netwerk op datum").
   * @defaultValue "Netwerk op datum"
   */
  label?: string;
  /**
   * At most this many tick labels under the slider (default 8).
   * @defaultValue 8
   */
  maxTickLabels?: number;
  locale?: Locale;
  messages?: Partial<Record<TimeSliderTextKey, string>>;
}

/** The year of a fuzzy date, or `undefined`. */
function yearOf(d: string): number | undefined {
  return parseFuzzyDate(d)?.year;
}

/** Index of the stop for `value`: the last date on or before it (`null` = now = after the last date). */
function indexFor(value: string | null, dates: readonly string[]): number {
  if (value === null) return dates.length;
  const exact = dates.indexOf(value);
  if (exact >= 0) return exact;
  let i = -1;
  for (let k = 0; k < dates.length; k++) if (compareFuzzyDates(dates[k]!, value) <= 0) i = k;
  return Math.max(0, i);
}

/**
 * Picks a moment in the network's history: a native range input whose stops are the dates the
 * network mentions, plus "Nu" (now) at the end. Year labels under it; the chosen date is said
 * in words (`aria-valuetext`, and a status line). Keys: arrows step, Page Up/Down jump a year,
 * Home goes to the first date, End to now.
 */
export const TimeSlider = /* @__PURE__ */ withLocaleGate(TimeSliderView, 'TimeSlider');

function TimeSliderView(props: TimeSliderProps): ReactElement {
  const { network, dates: givenDates, value, defaultValue = null, onChange, maxTickLabels = 8 } = props;
  const t = useText(TIME_SLIDER_BUNDLES, props.locale, props.messages);
  const { locale } = t;
  const id = useId();
  const dates = useMemo(() => {
    if (givenDates) return [...new Set(givenDates.filter((d) => parseFuzzyDate(d) !== null))].sort(compareFuzzyDates);
    return network ? networkDates(network) : [];
  }, [givenDates, network]);
  const [current, setCurrent] = useControllableState<string | null>({ value, defaultValue, onChange });
  const n = dates.length;
  const index = indexFor(current, dates);
  const text = (i: number) => (i >= n ? t('timeSlider.now') : formatFuzzyDate(dates[i]!, locale));
  const go = (i: number) => {
    const next = Math.max(0, Math.min(n, i));
    if (next !== index) setCurrent(next >= n ? null : dates[next]!);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const yearStep = (dir: 1 | -1) => {
      const y = index >= n ? Infinity : (yearOf(dates[index]!) ?? 0);
      let i = index;
      if (dir > 0) {
        while (i < n && (yearOf(dates[i]!) ?? 0) <= y) i++;
      } else {
        i = index - 1;
        const target = i >= 0 ? yearOf(dates[i]!) : undefined;
        while (i > 0 && yearOf(dates[i - 1]!) === target) i--;
      }
      return i;
    };
    const moves: Record<string, () => number> = {
      ArrowRight: () => index + 1,
      ArrowUp: () => index + 1,
      ArrowLeft: () => index - 1,
      ArrowDown: () => index - 1,
      Home: () => 0,
      End: () => n,
      PageUp: () => yearStep(1),
      PageDown: () => yearStep(-1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(move());
  };

  // The width of the tick row (without its padding) and its font size, for thinning the labels.
  const ticksRef = useRef<HTMLOListElement>(null);
  const sliderRef = useRef<HTMLInputElement>(null);
  const [track, setTrack] = useState({ width: 0, fontSize: 14 });
  useEffect(() => {
    const el = ticksRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(el);
      const width = el.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
      const fontSize = parseFloat(style.fontSize) || 14;
      setTrack((old) => (old.width === width && old.fontSize === fontSize ? old : { width, fontSize }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [n]);

  // Tick labels: the first stop of each year (thinned out to at most `maxTickLabels`), and "Nu".
  const ticks = useMemo(() => {
    const years = new Map<number, number>();
    dates.forEach((d, i) => {
      const y = yearOf(d);
      if (y !== undefined && !years.has(y)) years.set(y, i);
    });
    const oneYear = years.size <= 1;
    const entries = oneYear ? dates.map((d, i) => ({ i, text: formatFuzzyDate(d, locale) })) : [...years].map(([y, i]) => ({ i, text: String(y) }));
    const every = Math.max(1, Math.ceil(entries.length / Math.max(1, maxTickLabels - 1)));
    const capped = entries.filter((_, k) => k % every === 0);
    capped.push({ i: n, text: t('timeSlider.now') });
    // Then as many as fit the measured width: no label runs into its neighbour (first and last stay).
    const kept =
      track.width > 0
        ? thinTicks(capped.map((e) => ({ x: (e.i / Math.max(1, n)) * track.width, width: estimateWidth(e.text, track.fontSize) })))
        : capped.map((_, k) => k);
    const shown = new Map<number, string>(kept.map((k) => [capped[k]!.i, capped[k]!.text]));
    return Array.from({ length: n + 1 }, (_, i) => ({ i, text: shown.get(i) }));
  }, [dates, n, locale, maxTickLabels, t, track]);

  const label = props.label ?? t('timeSlider.label');
  if (n === 0) {
    return (
      <div data-part="time-slider" data-empty="true">
        <p data-part="time-slider-label">{label}</p>
        <p role="status">{t('timeSlider.noDates')}</p>
      </div>
    );
  }
  const status = index >= n ? t('timeSlider.showingNow') : t('timeSlider.showingDate', { date: text(index) });
  return (
    <div data-part="time-slider">
      <div data-part="time-slider-head">
        <label htmlFor={id} data-part="time-slider-label">
          {label}
        </label>
        <button
          type="button"
          data-part="button"
          onClick={(e) => {
            // The button disables itself at "now": focus moves on to the slider (which now shows
            // "now") instead of falling to the page.
            const moveFocus = e.currentTarget === activeElementOf(e.currentTarget);
            go(n);
            if (moveFocus) sliderRef.current?.focus();
          }}
          disabled={index >= n}
        >
          {t('timeSlider.toNow')}
        </button>
      </div>
      <input
        ref={sliderRef}
        id={id}
        type="range"
        min={0}
        max={n}
        step={1}
        value={index}
        aria-valuetext={text(index)}
        aria-describedby={`${id}-status`}
        onChange={(e) => go(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
      <ol ref={ticksRef} data-part="time-slider-ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <li key={tick.i} data-current={tick.i === index || undefined} data-labelled={tick.text ? true : undefined}>
            {tick.text ? <span>{tick.text}</span> : null}
          </li>
        ))}
      </ol>
      <p id={`${id}-status`} data-part="time-slider-status">
        {status}
      </p>
    </div>
  );
}

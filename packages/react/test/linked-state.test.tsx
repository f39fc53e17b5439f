/**
 * One helper for state a host may control, a KringLinkProvider may share and a view may keep
 * (utils/useControllableState): the selection and the date of the Ecogram and the Lifeline.
 */
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import { Lifeline } from '../src/lifeline';
import { KringLinkProvider, useKringLink } from '../src/linked';
import { useControllableState, type LinkedValue } from '../src/utils/useControllableState';

afterEach(() => cleanup());
vi.setConfig({ testTimeout: 60_000 });
const TODAY = '2025-06-15';

describe('useControllableState: controlled, linked or kept', () => {
  it('kept: starts at the default, changes on set, reports each change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string | null>({ value: undefined, defaultValue: 'a', onChange }));
    expect(result.current[0]).toBe('a');
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('controlled (also null): shows only the value, set only reports, the link is neither read nor written', () => {
    const set = vi.fn();
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ value, link }: { value: string | null; link: LinkedValue<string | null> }) =>
      useControllableState<string | null>({ value, defaultValue: 'a', onChange, link }), { initialProps: { value: null, link: { value: 'x', set } } });
    expect(result.current[0]).toBeNull();
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBeNull();
    expect(onChange).toHaveBeenCalledWith('b');
    expect(set).not.toHaveBeenCalled();
    rerender({ value: null, link: { value: 'y', set } });
    expect(result.current[0]).toBeNull();
  });

  it('linked: starts at the link without a default, follows it, and hands its own changes to it', () => {
    const set = vi.fn();
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ link }: { link: LinkedValue<string | null> }) =>
      useControllableState<string | null>({ value: undefined, defaultValue: null, onChange, link }), { initialProps: { link: { value: 'x', set } } });
    expect(result.current[0]).toBe('x');
    rerender({ link: { value: 'y', set } });
    expect(result.current[0]).toBe('y');
    act(() => result.current[1]('z'));
    expect(result.current[0]).toBe('z');
    expect(set).toHaveBeenCalledWith('z');
    expect(onChange).toHaveBeenCalledWith('z');
  });

  it('linked with a default: starts at the default; shares only what it shares', () => {
    const set = vi.fn();
    const shares = (v: string | null) => v === null || v.startsWith('p');
    const { result, rerender } = renderHook(({ link }: { link: LinkedValue<string | null> }) =>
      useControllableState<string | null>({ value: undefined, defaultValue: 'p-1', hasDefault: true, link }), { initialProps: { link: { value: 'p-2', set, shares } } });
    expect(result.current[0]).toBe('p-1');
    act(() => result.current[1]('t-1'));
    expect(result.current[0]).toBe('t-1');
    expect(set).not.toHaveBeenCalled();
    // A value it does not share is not followed.
    rerender({ link: { value: 'q-9', set, shares } });
    expect(result.current[0]).toBe('t-1');
    rerender({ link: { value: 'p-3', set, shares } });
    expect(result.current[0]).toBe('p-3');
  });
});

function Probe() {
  const link = useKringLink();
  return (
    <div>
      <output data-testid="link">{JSON.stringify({ p: link?.selectedPersonId ?? null, e: link?.selectedEventId ?? null, d: link?.date ?? null })}</output>
      <button type="button" onClick={() => link?.selectPerson('p-jan')}>pick Jan</button>
      <button type="button" onClick={() => link?.selectPerson('p-nobody')}>pick nobody</button>
      <button type="button" onClick={() => link?.setDate('2019')}>go to 2019</button>
      <button type="button" onClick={() => link?.setDate(null)}>now</button>
    </div>
  );
}
const linkState = () => JSON.parse(screen.getByTestId('link').textContent ?? '{}') as { p: string | null; e: string | null; d: string | null };
const node = (c: HTMLElement, id: string) => c.querySelector<SVGGElement>(`[data-part="node"][data-id="${id}"]`)!;
const tie = (c: HTMLElement, id: string) => c.querySelector<SVGGElement>(`[data-part="tie"][data-id="${id}"]`)!;

describe('linked views on the one helper', () => {
  it('the map shares a selected person, not a selected tie, and follows the link only to someone on its map', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <KringLinkProvider>
        <Probe />
        <Ecogram defaultNetwork={samirNetwork} readOnly today={TODAY} />
      </KringLinkProvider>,
    );
    await user.click(node(container, 'p-latifa'));
    expect(linkState().p).toBe('p-latifa');
    await user.click(tie(container, 't-1'));
    expect(tie(container, 't-1')).toHaveAttribute('data-selected');
    expect(linkState().p).toBe('p-latifa');
    await user.click(screen.getByRole('button', { name: 'pick Jan' }));
    expect(node(container, 'p-jan')).toHaveAttribute('data-selected');
    await user.click(screen.getByRole('button', { name: 'pick nobody' }));
    expect(node(container, 'p-jan')).toHaveAttribute('data-selected');
  });

  it('a date set anywhere moves the map and the levenslijn; a host that controls `at` keeps its date', async () => {
    const user = userEvent.setup();
    render(
      <KringLinkProvider>
        <Probe />
        <Ecogram defaultNetwork={samirNetwork} today={TODAY} />
        <Ecogram defaultNetwork={samirNetwork} at={null} today={TODAY} />
        <Lifeline defaultNetwork={samirNetwork} today={TODAY} />
      </KringLinkProvider>,
    );
    expect(screen.queryAllByText(/Zo was het netwerk in 2019/)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'go to 2019' }));
    // Only the linked map travels; the one whose host says "now" stays now.
    expect(screen.getAllByText(/Zo was het netwerk in 2019/)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'now' }));
    expect(screen.queryAllByText(/Zo was het netwerk in 2019/)).toHaveLength(0);
  });

  it('a host-controlled selection is not written into the link', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    const { container } = render(
      <KringLinkProvider>
        <Probe />
        <Ecogram defaultNetwork={samirNetwork} readOnly selectedId={null} onSelectionChange={onSelectionChange} today={TODAY} />
      </KringLinkProvider>,
    );
    await user.click(node(container, 'p-latifa'));
    expect(onSelectionChange).toHaveBeenCalledWith('p-latifa');
    expect(linkState().p).toBeNull();
    await user.click(screen.getByRole('button', { name: 'pick Jan' }));
    expect(node(container, 'p-jan')).not.toHaveAttribute('data-selected');
  });
});

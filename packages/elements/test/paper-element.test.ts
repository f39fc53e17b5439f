import { act } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';
import { defineKringElements } from '../src/index';

beforeAll(() => defineKringElements());

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

/** The title block printed and saved with the drawing, as text. */
function titleBlock(el: HTMLElement): string {
  return (el.shadowRoot?.querySelector('[data-part="title-block"]')?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('author attribute', () => {
  it('<kring-ecogram author> and <kring-lifeline author> put the author in the title block', async () => {
    for (const [tag, network] of [['kring-ecogram', samirNetwork], ['kring-lifeline', marcoNetwork]] as const) {
      const el = document.createElement(tag) as HTMLElement & { network: unknown; author: string | null };
      el.setAttribute('author', 'J. de Vries');
      el.setAttribute('locale', 'nl');
      el.network = network;
      await act(async () => document.body.append(el));
      expect(titleBlock(el), tag).toContain('Opgesteld door J. de Vries');
      await act(async () => { el.author = null; });
      expect(titleBlock(el), tag).not.toContain('Opgesteld door');
      expect(el.hasAttribute('author')).toBe(false);
    }
  });
});

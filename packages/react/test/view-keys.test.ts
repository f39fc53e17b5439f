/**
 * One keyboard model (issue 14): the keys the Ecogram and the Lifeline share mean the same in
 * both, read by one function (document/keys.ts; table in docs/KEYBOARD.md).
 */
import { describe, expect, it } from 'vitest';
import { viewKeyCommand, type ViewKeyEvent } from '../src/document/keys';

const key = (k: string, mods: Partial<ViewKeyEvent> = {}): ViewKeyEvent => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, ...mods,
});

function host(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root.querySelector('[data-target]') as Element;
}

describe('viewKeyCommand', () => {
  const button = host('<div><button data-target>x</button></div>');
  it('undo and redo with Ctrl or ⌘ (Shift+Z or Y redoes)', () => {
    expect(viewKeyCommand(key('z', { ctrlKey: true }), button)).toBe('undo');
    expect(viewKeyCommand(key('Z', { metaKey: true, shiftKey: true }), button)).toBe('redo');
    expect(viewKeyCommand(key('y', { ctrlKey: true }), button)).toBe('redo');
    expect(viewKeyCommand(key('z', { ctrlKey: true, altKey: true }), button)).toBeNull();
  });
  it('zoom and add without modifiers; Ctrl+− stays the browser zoom', () => {
    expect(viewKeyCommand(key('+'), button)).toBe('zoom-in');
    expect(viewKeyCommand(key('='), button)).toBe('zoom-in');
    expect(viewKeyCommand(key('-'), button)).toBe('zoom-out');
    expect(viewKeyCommand(key('0'), button)).toBe('fit');
    expect(viewKeyCommand(key('N'), button)).toBe('add');
    expect(viewKeyCommand(key('-', { ctrlKey: true }), button)).toBeNull();
  });
  it('leaves text fields alone, keeps undo in an editor, and skips keys a part handled', () => {
    const input = host('<label>Naam <input data-target></label>');
    expect(viewKeyCommand(key('z', { ctrlKey: true }), input)).toBeNull();
    expect(viewKeyCommand(key('n'), input)).toBeNull();
    const inEditor = host('<div data-part="editor-popover"><button data-target>Klaar</button></div>');
    expect(viewKeyCommand(key('z', { ctrlKey: true }), inEditor)).toBe('undo');
    expect(viewKeyCommand(key('+'), inEditor)).toBeNull();
    expect(viewKeyCommand(key('n', { defaultPrevented: true }), button)).toBeNull();
  });
});

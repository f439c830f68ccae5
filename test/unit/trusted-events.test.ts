// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { dropUntrustedEvents } from '../../entrypoints/panel-frame/trusted-events';

describe('the panel frame drops events a script dispatches', () => {
  dropUntrustedEvents(window);

  it('a synthetic click, key or change reaches no handler of the panel', () => {
    const button = document.createElement('button');
    const box = document.createElement('input');
    box.type = 'checkbox';
    document.body.append(button, box);
    const seen = vi.fn();
    for (const t of ['click', 'keydown', 'change', 'input']) {
      button.addEventListener(t, seen);
      box.addEventListener(t, seen);
    }
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
    button.remove();
    box.remove();
  });

  it('a download link’s click() keeps its default action', () => {
    const a = document.createElement('a');
    a.download = 'x.json';
    a.href = '#';
    document.body.append(a);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    a.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    a.remove();
  });
});

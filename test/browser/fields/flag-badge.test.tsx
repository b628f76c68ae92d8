// Issue 19, part 4, in real Chromium with the kit's stylesheet: where emoji flags are not drawn,
// CountrySelect shows the ISO code in a box that reads in light, dark, right to left and forced
// colors, is the size of a flag, and arrives after hydration without a mismatch.
//
// This Chromium has Noto Color Emoji and draws flags; a font cannot be taken from a running
// browser. So the canvas that `drawsEmojiFlags` asks answers as Windows' does: a pair of regional
// indicators measures as two letters. Everything after that question is the real platform.
import { render } from '@testing-library/react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { countryFlag, drawsEmojiFlags } from '../../../src/phone/countries/country-flag.js';
import '../../../src/theme/styles.css';

const nativeMeasureText = CanvasRenderingContext2D.prototype.measureText;
CanvasRenderingContext2D.prototype.measureText = function measureText(text: string): TextMetrics {
  if (!/^[\u{1f1e6}-\u{1f1ff}]+$/u.test(text)) return nativeMeasureText.call(this, text);
  const letter = nativeMeasureText.call(this, 'W').width;
  return { width: letter * [...text].length } as TextMetrics;
};

async function emulate(features: Record<string, string>): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}

beforeEach(async () => {
  await page.viewport(800, 600);
});
afterEach(async () => {
  await emulate({});
});

type Rgb = [number, number, number];

function rgbOf(color: string): Rgb {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(color);
  if (!match) throw new Error(`not an rgb color: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 contrast ratio of two opaque colors. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** What a system color keyword resolves to now. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The badge of the picker whose chosen country is `code`. */
const badgeOf = (code: string) =>
  document.querySelector<HTMLElement>(`[data-testid="${code}"] [data-slot="flag"]`) as HTMLElement;

/** What makes the badge legible: its text is the code, in a visible box it fits in. */
function expectLegible(badge: HTMLElement, code: string, background: string): void {
  expect(badge.textContent).toBe(code);
  expect(badge).toHaveAttribute('data-badge', '');
  const style = getComputedStyle(badge);
  expect(style.borderTopStyle).toBe('solid');
  expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
  // The box's edge stands out from the control it sits on (non-text contrast), the letters from the box.
  expect(contrast(style.borderTopColor, background)).toBeGreaterThanOrEqual(3);
  const fill = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? background : style.backgroundColor;
  expect(contrast(style.color, fill)).toBeGreaterThanOrEqual(4.5);
  expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(10);
  // The letters lie inside the box, on one line.
  const box = badge.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(badge);
  const text = range.getBoundingClientRect();
  expect(range.getClientRects()).toHaveLength(1);
  expect(text.left).toBeGreaterThanOrEqual(box.left + 1);
  expect(text.right).toBeLessThanOrEqual(box.right - 1);
  expect(text.top).toBeGreaterThanOrEqual(box.top);
  expect(text.bottom).toBeLessThanOrEqual(box.bottom);
}

function Pickers({ codes }: { codes: string[] }) {
  return (
    <>
      {codes.map((code) => (
        <div key={code} data-testid={code}>
          <CountrySelect defaultValue={code as 'GB'} />
        </div>
      ))}
      {/* The emoji, as a flag of the user's own: the size the badge stands in for. */}
      <div data-testid="emoji">
        <CountrySelect defaultValue="GB" renderFlag={(option) => option.flag} />
      </div>
    </>
  );
}

// The widest codes in this font, and a narrow one.
const CODES = ['MW', 'WF', 'GW', 'IL'];

it('is the fallback here: the canvas answers that flags are drawn as two letters', () => {
  expect(drawsEmojiFlags()).toBe(false);
});

describe.each([
  ['light', 'ltr'],
  ['dark', 'ltr'],
  ['light', 'rtl'],
  ['dark', 'rtl'],
])('the badge in %s, %s', (theme, dir) => {
  it('shows the code in a box it fits in, with contrast, the size of an emoji flag', async () => {
    render(
      <div data-bp-theme={theme} dir={dir}>
        <Pickers codes={CODES} />
      </div>,
    );
    const emoji = badgeOf('emoji');
    expect(emoji.textContent).toBe(countryFlag('GB'));
    expect(emoji).not.toHaveAttribute('data-badge');
    for (const code of CODES) {
      const badge = badgeOf(code);
      const trigger = badge.closest('button') as HTMLElement;
      expectLegible(badge, code, getComputedStyle(trigger).backgroundColor);
      const size = badge.getBoundingClientRect();
      const flag = emoji.getBoundingClientRect();
      expect(Math.abs(size.width - flag.width)).toBeLessThanOrEqual(4);
      expect(size.height).toBeLessThanOrEqual(flag.height);
      expect(size.height).toBeGreaterThanOrEqual(flag.height * 0.75);
      // The trigger keeps the emoji's height: the row does not jump.
      const emojiTrigger = emoji.closest('button') as HTMLElement;
      expect(trigger.getBoundingClientRect().height).toBe(emojiTrigger.getBoundingClientRect().height);
    }
    if (dir === 'rtl') {
      // Two Latin letters keep their order in a right-to-left page.
      const range = document.createRange();
      const text = badgeOf('MW').firstChild as Text;
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const m = range.getBoundingClientRect();
      range.setStart(text, 1);
      range.setEnd(text, 2);
      expect(m.left).toBeLessThan(range.getBoundingClientRect().left);
    }
  });
});

it('keeps a visible box and readable letters in forced colors', async () => {
  await emulate({ 'forced-colors': 'active' });
  expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  render(<Pickers codes={['MW']} />);
  const badge = badgeOf('MW');
  const trigger = badge.closest('button') as HTMLElement;
  // The system's colors, not the theme's: the browser forced them, and the box is still drawn.
  expect(getComputedStyle(badge).borderTopColor).toBe(systemColor('CanvasText'));
  expect(getComputedStyle(badge).backgroundColor).toBe(systemColor('Canvas'));
  expectLegible(badge, 'MW', getComputedStyle(trigger).backgroundColor);
});

it('shows the badge on the options of the open list too', async () => {
  render(
    <div data-testid="GB">
      <CountrySelect defaultValue="GB" />
    </div>,
  );
  await userEvent.click(page.getByRole('button', { name: /Country or region/ }));
  await expect.element(page.getByRole('listbox')).toBeVisible();
  const option = page.getByRole('option', { name: 'United Kingdom +44' }).element() as HTMLElement;
  const badge = option.querySelector<HTMLElement>('[data-slot="optionFlag"]') as HTMLElement;
  expectLegible(
    badge,
    'GB',
    getComputedStyle(option.closest('[role="dialog"]') as HTMLElement).backgroundColor,
  );
});

describe('server HTML', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
  });

  it('keeps the emoji, hydrates with 0 warnings, then shows the badge', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const picker = <CountrySelect defaultValue="JP" />;
    const html = renderToString(picker);
    expect(html).toContain(countryFlag('JP'));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container, picker, { onRecoverableError: (error) => recoverable.push(error) });
    });
    const flag = container.querySelector<HTMLElement>('[data-slot="flag"]') as HTMLElement;
    await expect.poll(() => flag.textContent).toBe('JP');
    expect(flag).toHaveAttribute('data-badge', '');
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    errors.mockRestore();
    warnings.mockRestore();
    container.remove();
  });
});

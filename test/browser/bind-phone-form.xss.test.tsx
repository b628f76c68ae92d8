import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../src/components/forms/bind-phone-form.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';
import { XSS_PAYLOADS } from '../unit/form/xss-payloads.js';

// T11 where it counts: in Chromium an <img onerror>, <svg onload> or <details ontoggle> that
// became markup WOULD run. Every payload goes through the form as the server's message; the page
// flag that each one sets must stay unset. A control first proves the flag works here.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it(
  `runs none of ${XSS_PAYLOADS.length} payloads shown as the server message`,
  { timeout: 60_000 },
  async () => {
    // Control: the same kind of payload, inserted as HTML, does run in this page.
    delete window.__bpXss;
    const control = document.createElement('div');
    control.innerHTML = '<img src="data:," onerror="window.__bpXss=1">';
    document.body.append(control);
    await expect.poll(() => window.__bpXss).toBe(1);
    control.remove();
    delete window.__bpXss;

    const mock = createGenAuthMock();
    const client = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      accessToken: MOCK_TOKENS.noPhone,
      fetch: mock.fetch,
    });
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await userEvent.click(page.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('13700137000');
    const alert = page.getByRole('alert');
    const before = document.body.querySelectorAll('*').length;
    const active = 'img, svg, iframe, script, object, embed, video, audio, a, style, link, meta, base';
    const activeBefore = document.querySelectorAll(active).length;

    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      mock.fail('send-sms', {
        type: 'envelope',
        statusCode: 400,
        message: payload,
        requestId: `req-${index}`,
      });
      (page.getByRole('button', { name: 'Send code' }).element() as HTMLButtonElement).click();
      await expect.element(alert).toHaveTextContent(new RegExp(`req-${index}$`));
      const tags = Array.from(alert.element().querySelectorAll('*'), (element) => element.localName);
      expect(tags.every((tag) => tag === 'p' || tag === 'small' || tag === 'code')).toBe(true);
    }
    // Time for any image error, SVG load or toggle event to fire.
    await wait(300);
    expect(window.__bpXss).toBeUndefined();
    expect(document.querySelectorAll(active)).toHaveLength(activeBefore);
    // The alert's own four elements (the message, "No code was sent.", the request id's two) are the
    // only ones added to the page.
    expect(document.body.querySelectorAll('*').length).toBe(before + 4);
    expect(mock.requests.filter((request) => request.route === 'send-sms')).toHaveLength(XSS_PAYLOADS.length);
  },
);

// @vitest-environment node
import type React from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// T10, server half: no window, no document; importing every entry and rendering must not throw.
describe('server rendering', () => {
  it('runs with no DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each([
    ['react-bind-phone', () => import('../../../src/index.js')],
    ['react-bind-phone/primitives', () => import('../../../src/primitives/index.js')],
    ['react-bind-phone/mock', () => import('../../../src/mock/index.js')],
    ['react-bind-phone/element', () => import('../../../src/element/index.js')],
    ['react-bind-phone/locales/zh-CN', () => import('../../../src/i18n/locales/zh-CN.js')],
  ])('imports %s without touching window', async (_name, load) => {
    const module = await load();
    expect(Object.keys(module).length).toBeGreaterThan(0);
  });

  it('defineBindPhoneElement is a no-op on the server', async () => {
    const { defineBindPhoneElement } = await import('../../../src/element/index.js');
    expect(defineBindPhoneElement()).toBeUndefined();
  });

  it('renders the form to a string in a non-default locale handed over as messages', async () => {
    const { BindPhoneForm, createGenAuthClient } = await import('../../../src/index.js');
    const { zhCN } = await import('../../../src/i18n/locales/zh-CN.js');
    const client = createGenAuthClient({
      appHost: 'https://demo.genauth.test',
      appId: 'app',
      accessToken: 't',
    });
    const html = renderToString(
      <BindPhoneForm client={client} locale="zh-CN" messages={zhCN} defaultCountry="CN" />,
    );
    expect(html).toContain('绑定手机号');
    expect(html).not.toContain('Bind your phone number');
    // HTML attribute names are case-insensitive; React writes them in their JSX casing.
    expect(html.toLowerCase()).toContain('autocomplete="one-time-code"');
    expect(html).toContain('type="tel"');
  });

  it('renders en-US for a locale whose catalog is not handed over, even once loaded here', async () => {
    const { BindPhoneForm, BindPhoneProvider, createGenAuthClient, loadMessages } =
      await import('../../../src/index.js');
    const client = createGenAuthClient({
      appHost: 'https://demo.genauth.test',
      appId: 'app',
      accessToken: 't',
    });
    const form = <BindPhoneForm client={client} locale="ja-JP" defaultCountry="JP" />;
    expect(renderToString(form)).toContain('Bind your phone number');
    // The client's first render cannot have a catalog the server loaded for an earlier request:
    // the server HTML stays en-US so hydration always agrees.
    await loadMessages('ja-JP');
    expect(renderToString(form)).toContain('Bind your phone number');
    expect(
      renderToString(
        <BindPhoneProvider client={client} locale="ja-JP">
          <BindPhoneForm defaultCountry="JP" />
        </BindPhoneProvider>,
      ),
    ).toContain('Bind your phone number');
  });

  // Every public component, with no window: no throw, and the markup a first client render needs.
  it('renders every public component to a string', async () => {
    const kit = await import('../../../src/index.js');
    const client = kit.createGenAuthClient({
      appHost: 'https://demo.genauth.test',
      appId: 'app',
      accessToken: 't',
    });
    const parts: [string, React.ReactElement, string][] = [
      ['ChangePhoneForm', <kit.ChangePhoneForm client={client} defaultCountry="CN" />, 'name="phone"'],
      ['UnbindPhoneButton', <kit.UnbindPhoneButton client={client} />, '<button'],
      ['PhoneBinding', <kit.PhoneBinding client={client} />, 'data-slot="view"'],
      ['CountrySelect', <kit.CountrySelect defaultValue="GB" />, '+44'],
      ['PhoneInput', <kit.PhoneInput defaultCountry="US" defaultValue="2015550123" />, '(201) 555-0123'],
      ['SmsCodeInput', <kit.SmsCodeInput defaultValue="12" />, 'one-time-code'],
      [
        'SendCodeButton',
        <kit.SendCodeButton
          onSend={() => undefined}
          cooldownSeconds={0}
          sending={false}
          sentBefore={false}
        />,
        '<button',
      ],
      [
        'CodeSentNotice',
        <kit.CodeSentNotice phone={{ phoneNumber: '13800138000', phoneCountryCode: '+86' }} />,
        '138',
      ],
    ];
    for (const [name, element, expected] of parts) {
      const html = renderToString(element);
      expect(html, name).toContain(expected);
    }
  });

  // What a server page.tsx can pass: strings only, no client object, no provider, no callbacks.
  it('renders every form from plain-data config props alone, with root props and no option in the markup', async () => {
    const kit = await import('../../../src/index.js');
    const config = { appHost: 'http://127.0.0.1:4010', appId: 'app-1', accessToken: 'token-1' };
    const root = { id: 'phone-area', 'data-testid': 'kit', style: { marginBlock: '2px' } };
    const forms: [string, React.ReactElement, string][] = [
      ['BindPhoneForm', <kit.BindPhoneForm {...config} {...root} defaultCountry="CN" />, 'name="phone"'],
      ['ChangePhoneForm', <kit.ChangePhoneForm {...config} {...root} defaultCountry="CN" />, 'name="phone"'],
      ['UnbindPhoneButton', <kit.UnbindPhoneButton {...config} {...root} />, '<button'],
      ['PhoneBinding', <kit.PhoneBinding {...config} {...root} timeoutMs={5000} />, 'data-slot="view"'],
    ];
    for (const [name, element, expected] of forms) {
      const html = renderToString(element);
      expect(html, name).toContain(expected);
      const rootTag = /^<[a-z]+ [^>]*>/.exec(html)?.[0] ?? '';
      for (const attribute of [
        'id="phone-area"',
        'data-testid="kit"',
        'class="bp-root"',
        'style="margin-block:2px"',
      ]) {
        expect(rootTag, `${name}: ${attribute}`).toContain(attribute);
      }
      for (const leaked of ['127.0.0.1', 'app-1', 'token-1', 'apphost', 'accesstoken', '5000']) {
        expect(html.toLowerCase(), `${name}: ${leaked}`).not.toContain(leaked);
      }
    }
  });
});

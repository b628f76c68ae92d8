import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { BindPhoneProvider } from '../../../src/components/bind-phone-provider.js';
import { SendCodeButton } from '../../../src/components/fields/send-code-button.js';
import { getMessages, loadMessages } from '../../../src/i18n/catalogs.js';
import { mergeMessages } from '../../../src/i18n/merge-messages.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';

// The root entry carries en-US only; another locale's catalog is a dynamic import, loaded once,
// unless the page hands the catalog over as `messages`. Module state is shared by the tests of
// this file, so each locale is used in one way only: zh-CN loads, zh-TW is handed over, ja-JP is
// replaced by a catalog of the page's own.

/** How often the ja-JP catalog module was evaluated, i.e. loaded. */
const evaluated = vi.hoisted(() => ({ 'ja-JP': 0 }));
vi.mock('../../../src/i18n/locales/ja-JP.js', async (importOriginal) => {
  evaluated['ja-JP'] += 1;
  return importOriginal();
});

const mock = createGenAuthMock();
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
  fetch: mock.fetch,
});

const idle = { onSend: () => undefined, cooldownSeconds: 0, sending: false, sentBefore: false };

/** Lets pending effects and dynamic imports settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('a locale given alone', () => {
  it('shows en-US at first, then switches every part once its catalog has arrived', async () => {
    expect(getMessages('zh-CN')).toBe(enUS);
    // Asked for twice (a page preloading it, and the form): one load.
    const preload = loadMessages('zh-Hans-SG');
    expect(loadMessages('zh')).toBe(preload);
    render(
      <>
        <BindPhoneForm client={client} locale="zh-CN" defaultCountry="CN" />
        <SendCodeButton locale="zh-CN" {...idle} />
      </>,
    );
    // The first render cannot wait for a network round trip: it is in en-US, complete, usable.
    expect(screen.getByRole('heading', { name: enUS.form.title })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: enUS.send.send })).toHaveLength(2);

    expect(await screen.findByRole('heading', { name: zhCN.form.title })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: zhCN.send.send })).toHaveLength(2);
    expect(screen.queryByText(enUS.form.title)).toBeNull();
  });

  it('loads each catalog once, for every tag of the locale, and renders it at once from then on', async () => {
    await expect(loadMessages('zh')).resolves.toBe(zhCN);
    expect(getMessages('zh-CN')).toBe(zhCN);
    render(<BindPhoneForm client={client} locale="zh-SG" defaultCountry="CN" />);
    expect(screen.getByRole('heading', { name: zhCN.form.title })).toBeInTheDocument();
  });

  it('resolves en-US, and any locale without a catalog, at once', async () => {
    await expect(loadMessages('en-GB')).resolves.toBe(enUS);
    await expect(loadMessages('fr-FR')).resolves.toBe(enUS);
    await expect(loadMessages(undefined)).resolves.toBe(enUS);
  });
});

describe('a catalog handed over as messages', () => {
  it('renders in its language on the first render, on the client and to a string', async () => {
    render(<BindPhoneForm client={client} locale="zh-TW" messages={zhTW} defaultCountry="TW" />);
    expect(screen.getByRole('heading', { name: zhTW.form.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: zhTW.send.send })).toBeInTheDocument();

    const html = renderToString(
      <BindPhoneProvider client={client} locale="zh-TW" messages={zhTW}>
        <BindPhoneForm defaultCountry="TW" />
      </BindPhoneProvider>,
    );
    expect(html).toContain(zhTW.form.title);
    expect(html).not.toContain(enUS.form.title);

    // Nothing was loaded for it: the kit's own zh-TW slot is still empty.
    await settle();
    expect(getMessages('zh-TW')).toBe(enUS);
  });

  it('a complete catalog of the page’s own needs no shipped one', async () => {
    const own = mergeMessages(enUS, { form: { title: 'Telefonnummer verknüpfen' } });
    render(<BindPhoneForm client={client} locale="ja-JP" messages={own} defaultCountry="JP" />);
    expect(screen.getByRole('heading', { name: 'Telefonnummer verknüpfen' })).toBeInTheDocument();
    await settle();
    expect(evaluated['ja-JP']).toBe(0);
    expect(screen.getByRole('heading', { name: 'Telefonnummer verknüpfen' })).toBeInTheDocument();
  });

  it('a partial override still waits for the locale’s catalog underneath', async () => {
    render(<SendCodeButton locale="ja-JP" messages={{ send: { resend: 'もう一度' } }} {...idle} />);
    expect(screen.getByRole('button')).toHaveAccessibleName(enUS.send.send);
    expect(await screen.findByRole('button', { name: 'コードを送信' })).toBeInTheDocument();
    expect(evaluated['ja-JP']).toBe(1);
  });
});

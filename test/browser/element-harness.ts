// Mounting the custom element in a browser test: one tag per test file, a kit mock behind its
// client, and the page left clean after each test.
import { act } from 'react';
import { afterEach, beforeAll } from 'vitest';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { defineBindPhoneElement, type BindPhoneElement } from '../../src/element/index.js';
import { MOCK_TOKENS, type GenAuthMock } from '../../src/mock/index.js';

// Tells React this is a test that wraps updates in act(), so the element's renders are flushed.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Registers `tag` for this file, and empties the page after each test. */
export function setUpElementTests(tag: string): void {
  beforeAll(() => {
    defineBindPhoneElement(tag);
  });
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.dir = 'ltr';
  });
}

/**
 * Adds a `tag` element to the page, its client on `mock` for the no-phone user, after
 * `configure` set its attributes and properties; resolves with the element and its shadow root.
 */
export async function mountElement(
  tag: string,
  mock: GenAuthMock,
  configure?: (element: BindPhoneElement) => void,
): Promise<{ element: BindPhoneElement; root: ShadowRoot }> {
  const element = document.createElement(tag) as BindPhoneElement;
  element.client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  configure?.(element);
  await act(async () => {
    document.body.append(element);
  });
  const root = element.shadowRoot;
  if (!root) throw new Error('the element has no shadow root');
  return { element, root };
}

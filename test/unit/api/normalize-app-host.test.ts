// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGenAuthClient, normalizeAppHost } from '../../../src/api/create-genauth-client.js';

describe('normalizeAppHost', () => {
  it.each([
    ['your-app.example.test', 'https://your-app.example.test'],
    ['  your-app.example.test  ', 'https://your-app.example.test'],
    ['https://your-app.example.test/', 'https://your-app.example.test'],
    ['https://your-app.example.test/some/path?x=1#y', 'https://your-app.example.test'],
    ['HTTPS://Your-App.Example.Test', 'https://your-app.example.test'],
    ['https://your-app.example.test:8443', 'https://your-app.example.test:8443'],
    ['your-app.example.test:8443/', 'https://your-app.example.test:8443'],
    ['http://localhost:4010', 'http://localhost:4010'],
    ['http://localhost', 'http://localhost'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
    ['localhost:4010', 'https://localhost:4010'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAppHost(input)).toBe(expected);
  });

  it.each([
    ['', /required/],
    ['   ', /required/],
    ['http://your-app.example.test', /plain http is only allowed for localhost/],
    ['http://192.168.1.10:4010', /plain http is only allowed for localhost/],
    ['http://localhost.example.test', /plain http is only allowed for localhost/],
    ['ftp://your-app.example.test', /must use https/],
    ['ws://localhost:4010', /must use https/],
    ['https://user:secret@your-app.example.test', /user name or password/],
    ['https://exa mple.test', /not a valid URL/],
    ['javascript:alert(1)', /not a valid URL/],
    ['https://', /not a valid URL/],
  ])('rejects %j', (input, message) => {
    expect(() => normalizeAppHost(input)).toThrow(message);
  });

  it('does not echo credentials in the error', () => {
    expect(() => normalizeAppHost('https://user:secret@your-app.example.test')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});

describe('createGenAuthClient option checks', () => {
  const base = { appHost: 'your-app.example.test', appId: 'app-1' };

  it('exposes the normalized appHost and appId', () => {
    const client = createGenAuthClient({ ...base, appHost: 'your-app.example.test/path/' });
    expect(client.appHost).toBe('https://your-app.example.test');
    expect(client.appId).toBe('app-1');
  });

  it('throws at creation for a bad appHost', () => {
    expect(() => createGenAuthClient({ ...base, appHost: 'http://your-app.example.test' })).toThrow(/https/);
  });

  it.each([
    [{ appId: '' }, /appId/],
    [{ appId: 'has space' }, /appId/],
    [{ appId: 'line\nbreak' }, /appId/],
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ timeoutMs: -5 }, /timeoutMs/],
    [{ timeoutMs: Number.NaN }, /timeoutMs/],
    [{ headerPrefix: 'x-other' as 'x-authing' }, /headerPrefix/],
    [{ authScheme: 'Basic' as 'raw' }, /authScheme/],
  ])('rejects %j', (override, message) => {
    expect(() => createGenAuthClient({ ...base, ...override })).toThrow(message);
  });

  it('accepts Infinity as "no timeout"', () => {
    expect(() => createGenAuthClient({ ...base, timeoutMs: Infinity })).not.toThrow();
  });
});

import { appUrl, withRequestOrigin } from '../src/server/shared/app-url';

const at127 = new Headers({ host: '127.0.0.1:4123' });

describe('the public address used in every link', () => {
  test('APP_URL wins, then AUTH_URL, with no trailing slash', () => {
    expect(appUrl({ APP_URL: 'https://partners.example/', AUTH_URL: 'https://auth.example', PORT: '4000' })).toBe('https://partners.example');
    expect(appUrl({ AUTH_URL: 'https://auth.example', PORT: '4000' })).toBe('https://auth.example');
  });

  test('unset, it is localhost on the port the server listens on', () => {
    expect(appUrl({ PORT: '4123', NODE_ENV: 'production' })).toBe('http://localhost:4123');
    expect(appUrl({ NODE_ENV: 'production' })).toBe('http://localhost:3000');
  });

  test('in development it follows the host of the request being handled', () => {
    const env = { NODE_ENV: 'development', PORT: '4123' };
    expect(withRequestOrigin(at127, () => appUrl(env))).toBe('http://127.0.0.1:4123');
    expect(withRequestOrigin(new Headers({ host: 'localhost:4123', 'x-forwarded-proto': 'https' }), () => appUrl(env))).toBe('https://localhost:4123');
    expect(appUrl(env)).toBe('http://localhost:4123');
  });

  test('in production a request host never makes a link (a forged Host header would reach the emails)', () => {
    expect(withRequestOrigin(new Headers({ host: 'evil.example' }), () => appUrl({ NODE_ENV: 'production', PORT: '4123' }))).toBe('http://localhost:4123');
  });
});

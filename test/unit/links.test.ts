import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, websiteLink } from '../../src-main/domain/links';

describe('links the app may open outside', () => {
  it('allows https pages, with paths, queries and fragments', () => {
    expect(isSafeExternalUrl('https://example.com')).toBe(true);
    expect(isSafeExternalUrl('https://www.nist.gov/cyberframework?tab=core#functions')).toBe(true);
    expect(isSafeExternalUrl('https://www.cisecurity.org/controls/v8')).toBe(true);
  });

  it('allows mailto addresses, also with a subject', () => {
    expect(isSafeExternalUrl('mailto:maya@harbordental.example')).toBe(true);
    expect(isSafeExternalUrl('mailto:maya@harbordental.example?subject=Q3%20budget')).toBe(true);
  });

  it('refuses a mailto link that is not an email address', () => {
    expect(isSafeExternalUrl('mailto:not-an-address')).toBe(false);
    expect(isSafeExternalUrl('mailto:')).toBe(false);
  });

  it('refuses a mailto link that hides a line break or a second header', () => {
    expect(isSafeExternalUrl('mailto:maya@harbordental.example%0Abcc:evil@example.com')).toBe(false);
  });

  it('refuses (does not crash on) a mailto link with a broken percent escape', () => {
    expect(() => isSafeExternalUrl('mailto:a%zz@example.com')).not.toThrow();
    expect(isSafeExternalUrl('mailto:a%zz@example.com')).toBe(false);
    expect(isSafeExternalUrl('mailto:%E0%A4%A@example.com')).toBe(false);
  });

  it('refuses plain http, even to a known site', () => {
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
  });

  it('refuses javascript:, file:, data:, ftp: and other schemes', () => {
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('JavaScript:alert(document.cookie)')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isSafeExternalUrl('ftp://example.com/file')).toBe(false);
    expect(isSafeExternalUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
  });

  it('refuses credentials in the address', () => {
    expect(isSafeExternalUrl('https://user:secret@example.com')).toBe(false);
    expect(isSafeExternalUrl('https://user@example.com')).toBe(false);
  });

  it('refuses control characters, spaces and backslashes anywhere', () => {
    expect(isSafeExternalUrl('https://example.com/\u0000')).toBe(false);
    expect(isSafeExternalUrl('https://example.com/a\nb')).toBe(false);
    expect(isSafeExternalUrl('https://example.com/\u007f')).toBe(false);
    expect(isSafeExternalUrl('https://exa mple.com')).toBe(false);
    expect(isSafeExternalUrl(' https://example.com')).toBe(false);
    expect(isSafeExternalUrl('https://example.com\\@evil.example')).toBe(false);
  });

  it('refuses hosts without a dot, such as localhost', () => {
    expect(isSafeExternalUrl('https://localhost')).toBe(false);
    expect(isSafeExternalUrl('https://intranet/')).toBe(false);
  });

  it('refuses an address over 2000 characters and accepts one at 2000', () => {
    const base = 'https://example.com/';
    expect(isSafeExternalUrl(base + 'a'.repeat(2000 - base.length))).toBe(true);
    expect(isSafeExternalUrl(base + 'a'.repeat(2001 - base.length))).toBe(false);
  });

  it('refuses empty text and anything that is not text', () => {
    expect(isSafeExternalUrl('')).toBe(false);
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl(null)).toBe(false);
    expect(isSafeExternalUrl(42)).toBe(false);
    expect(isSafeExternalUrl({ href: 'https://example.com' })).toBe(false);
    expect(isSafeExternalUrl(new URL('https://example.com'))).toBe(false);
    expect(isSafeExternalUrl(['https://example.com'])).toBe(false);
  });
});

describe('client website as a link', () => {
  it('adds https:// to a bare domain and trims spaces', () => {
    expect(websiteLink('harbordental.example')).toBe('https://harbordental.example');
    expect(websiteLink('  acme-logistics.example/contact  ')).toBe('https://acme-logistics.example/contact');
  });

  it('upgrades http:// to https://, whatever the case', () => {
    expect(websiteLink('http://cedarlaw.example')).toBe('https://cedarlaw.example');
    expect(websiteLink('HTTP://cedarlaw.example/team')).toBe('https://cedarlaw.example/team');
  });

  it('keeps an https address as typed', () => {
    expect(websiteLink('https://birch.example/about')).toBe('https://birch.example/about');
  });

  it('gives no link for an empty website or text that is not a site', () => {
    expect(websiteLink('')).toBeNull();
    expect(websiteLink('   ')).toBeNull();
    expect(websiteLink('not a site')).toBeNull();
    expect(websiteLink('acme')).toBeNull();
  });

  it('gives no link for a dangerous scheme typed as a website', () => {
    expect(websiteLink('javascript:alert(1)')).toBeNull();
    expect(websiteLink('file:///etc/passwd')).toBeNull();
  });

  it('gives no link for a website with credentials in it', () => {
    expect(websiteLink('user:pw@acme.example')).toBeNull();
  });
});

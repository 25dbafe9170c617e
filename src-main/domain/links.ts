/** The rule below in the consultant's words, for the message of a refused link. */
export const EXTERNAL_LINK_RULE = 'Only https web addresses and email addresses (mailto) can be opened.';

/**
 * The only links the app hands to the operating system: https pages and mailto addresses, with no
 * credentials, no control characters and a sane length.
 */
export function isSafeExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2000) return false;
  // Control characters in a link are how command-line arguments get smuggled to a browser.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s\\]/.test(candidate)) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') {
    let address: string;
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      return false; // a broken percent escape: refuse rather than throw
    }
    return /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(address);
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.includes('.') && !url.hostname.startsWith('.') && !url.hostname.endsWith('.');
}

/** A website as typed on a client profile, as an https link if it can be one. */
export function websiteLink(website: string): string | null {
  const trimmed = website.trim();
  if (trimmed === '') return null;
  const candidate = /^https?:\/\//i.test(trimmed) ? trimmed.replace(/^http:/i, 'https:') : `https://${trimmed}`;
  return isSafeExternalUrl(candidate) ? candidate : null;
}

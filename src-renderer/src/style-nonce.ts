/**
 * The nonce `<style>` elements need under the page's content security policy. The server of the
 * page (app:// in the app, the harness in tests) writes it into <meta property="csp-nonce">; it is
 * read from the element's nonce property, which the browser keeps even where it hides the attribute.
 */
export function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

/** react-remove-scroll (Mantine's modals and drawers) gives its `<style>` element this global's nonce. */
export function shareStyleNonce(nonce: string): void {
  if (nonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;
}

import { setNonce } from 'get-nonce';

/**
 * Radix's modal dialogs lock the page's scroll with a <style> tag they add at run time
 * (react-remove-scroll, through react-style-singleton, which asks get-nonce). The production
 * Content-Security-Policy admits that tag only with this page's nonce, which Next put on its own
 * scripts; the browser hides the attribute but keeps the `nonce` property. A client-side
 * navigation keeps the document, so its policy and nonce stay the same: reading it once is enough.
 */
export function adoptPageNonceForStyles(): void {
  if (typeof document === 'undefined') return;
  const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
  if (nonce) setNonce(nonce);
}

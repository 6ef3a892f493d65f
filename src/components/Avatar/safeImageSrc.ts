const DATA_IMAGE = /^data:image\//i;

/**
 * `src` as an absolute URL when it is safe to load in an `<img>`: `http:`, `https:` or a
 * `data:image/…` URI. Anything else (`javascript:`, `file:`, garbage) gives undefined.
 * Relative URLs resolve against the document, so they load on an http(s) page only.
 */
export function safeImageSrc(src: string | undefined | null): string | undefined {
  if (typeof src !== 'string' || src.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(src, typeof document === 'undefined' ? undefined : document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (url.protocol === 'data:' && DATA_IMAGE.test(url.href)) return url.href;
  return undefined;
}

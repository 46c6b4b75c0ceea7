/**
 * A response header by name, in whatever case the server sent it. Google does not say how
 * `HTTPResponse.getHeaders()` spells the names, and HTTP/2 sends them lower-case (R16): a
 * reader that asks for `Content-Type` alone would find nothing there.
 */
export function responseHeader(
  res: GoogleAppsScript.URL_Fetch.HTTPResponse,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  const headers = res.getHeaders() as Record<string, unknown>;
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === wanted)
      return Array.isArray(value) ? String(value[0]) : String(value);
  return undefined;
}

/** How the server spelt a header's name (for Periksa lingkungan), or undefined when absent. */
export function headerSpelling(
  res: GoogleAppsScript.URL_Fetch.HTTPResponse,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  return Object.keys(res.getHeaders() as Record<string, unknown>).find(
    (key) => key.toLowerCase() === wanted,
  );
}

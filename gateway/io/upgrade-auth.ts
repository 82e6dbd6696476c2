/** Pulls the phone's token out of an upgrade request: `?token=` first, then `Authorization: Bearer`. */
export function tokenFromUpgrade(query: string, authorization: string): string | null {
  if (query) {
    for (const part of query.split('&')) {
      if (part.startsWith('token=')) {
        try {
          return decodeURIComponent(part.slice(6));
        } catch {
          return part.slice(6);
        }
      }
    }
  }
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  return m ? m[1] : null;
}

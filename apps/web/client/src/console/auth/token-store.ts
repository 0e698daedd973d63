const TOKEN_KEY = 'shangliang.console.token';

/**
 * The staff token lives in sessionStorage: it goes with the tab, never into a cookie the public
 * site would send along, and is gone when the browser closes.
 */
export const tokenStore = {
  read(): string | null {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  write(token: string): void {
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage refused (private mode): the session lasts as long as the page.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Nothing stored.
    }
  },
};

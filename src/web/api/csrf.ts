/**
 * The CSRF token from the current session. Kept outside React state because the API client needs it
 * synchronously on every write, and it only changes on sign-in, sign-out and session reload.
 */
let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function getCsrfToken(): string | null {
  return token;
}

/** `path` for one job specialist; without an id the API answers for the caller. */
export function forSpecialist(path: string, specialistId: string | undefined): string {
  return specialistId ? `${path}?specialistId=${encodeURIComponent(specialistId)}` : path;
}

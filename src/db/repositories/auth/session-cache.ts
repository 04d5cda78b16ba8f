const MAX_SESSIONS = 10_000;

/**
 * Signed-in sessions as last read (rows of `sessionQuery`), each with the session epoch it was read at (migration 0019), so a
 * record read need not join the session, user, organisation, programme and teams again: its
 * statement reads the epoch beside the record, and the kept session holds only while the epoch has
 * not moved. Any change that could end or alter a session moves it, in any process, so a revocation
 * committed before the statement is seen as surely as when the session itself was read.
 */
export class SessionCache<Row> {
  private readonly rows = new Map<string, { row: Row; epoch: number }>();

  get(idHash: string) {
    return this.rows.get(idHash);
  }

  keep(idHash: string, row: Row, epoch: number) {
    if (!this.rows.has(idHash) && this.rows.size >= MAX_SESSIONS) {
      this.rows.delete(this.rows.keys().next().value as string);
    }
    this.rows.set(idHash, { row, epoch });
  }

  forget(idHash: string) {
    this.rows.delete(idHash);
  }
}

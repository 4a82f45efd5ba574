// Borrows one connection for an import, from the caller's pool or from a
// short-lived pool over a connection string (the CLI's case).
import pg from 'pg';

/** A pool the caller owns, or a PostgreSQL connection string. */
export type PoliceDatabase = pg.Pool | string;

export async function withClient<T>(db: PoliceDatabase, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const pool = typeof db === 'string' ? new pg.Pool({ connectionString: db, max: 1 }) : db;
  try {
    const client = await pool.connect();
    // A connection that breaks (the server ends it after a COPY cut off by a
    // bad file, or the server stops) reports it as an 'error' event too, even
    // after the import has failed and let it go. With no listener that event
    // is an uncaught exception that would take the whole process (the web
    // server) down; the transaction died with the connection, so there is
    // nothing left to do but ignore it.
    const ignoreBrokenConnection = () => {};
    client.on('error', ignoreBrokenConnection);
    let failure: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A connection whose import failed (perhaps mid-COPY) is closed, not
      // handed back to the pool in an unknown state.
      if (!failure) client.off('error', ignoreBrokenConnection);
      client.release(failure);
    }
  } finally {
    if (typeof db === 'string') await pool.end();
  }
}

import net from 'node:net';
import { UsageError } from '../run-cli.ts';

/** Fails with one plain line when something already listens on the port. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new UsageError(`Port ${port} is taken: stop what is using it or start with PORT=<another port>.`)
          : error,
      );
    });
    probe.once('listening', () => probe.close(() => resolve()));
    probe.listen(port);
  });
}

// Reads a new password for a command: typed at a terminal without echo (and
// asked twice), or the first line of standard input when it is piped, so
// scripts and tests can supply one without it appearing in the process list.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { UsageError } from '../run-cli.ts';

async function askHidden(question: string): Promise<string> {
  // Typed characters are echoed to this stream, which drops them.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  process.stderr.write(question);
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = await firstLineOfStdin();
    if (!password) throw new UsageError('No password on standard input: pipe one in, or run the command in a terminal to type it.');
    return password;
  }
  const password = await askHidden('Password (not shown): ');
  const again = await askHidden('Same password again: ');
  if (password !== again) throw new UsageError('The two passwords are not the same: nothing was changed.');
  return password;
}

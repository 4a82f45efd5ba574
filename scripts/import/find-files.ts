// Turns the paths given on the command line into the list of files to
// import: files as given, folders searched (with subfolders) for
// data.police.uk stop-and-search files, each file once.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../run-cli.ts';

const POLICE_FILE = /-stop-and-search\.csv$/i;

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (entry.isFile() && POLICE_FILE.test(entry.name)) found.push(full);
  }
  return found;
}

export async function findPoliceFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new UsageError(`${given}: no such file or folder.`);
    if (!info.isDirectory()) files.push(path.resolve(given));
    else {
      const inFolder = await walk(given);
      if (!inFolder.length) throw new UsageError(`${given}: the folder holds no *-stop-and-search.csv files.`);
      files.push(...inFolder.map((file) => path.resolve(file)));
    }
  }
  return [...new Set(files)];
}

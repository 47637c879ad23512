#!/usr/bin/env node
// `npm start`: bring the data up to date, then serve the viewer on 127.0.0.1:5173.
import { spawn, spawnSync } from 'node:child_process';

const prepared = spawnSync('node', ['scripts/prepare-data.mjs'], { stdio: 'inherit' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const url = 'http://127.0.0.1:5173/';
const server = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', '5173', '--strictPort'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && String(chunk).includes('127.0.0.1:5173')) {
    announced = true;
    console.log(`\nclaimmap is running: open ${url}  (Ctrl+C to stop)\n`);
  }
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));

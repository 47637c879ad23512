#!/usr/bin/env node
// The end-to-end tests drive a real Chromium. They never download a browser build:
// they use the system's. When none is found, install Debian's package if we can
// (root on Debian), otherwise stop with the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /debian/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function main() {
  const found = findChromium();
  if (found) {
    console.error(`chromium: ${found}`);
    return;
  }
  const command = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() === 0 && isDebian()) {
    console.error(`chromium: not found, installing Debian's package: ${command}`);
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (findChromium()) return;
    console.error('chromium: the install finished but /usr/bin/chromium is still missing');
    process.exit(1);
  }
  console.error(
    `chromium: not found. Install it with:\n\n  sudo ${command}\n\nor set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

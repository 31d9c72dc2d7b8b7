import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/**
 * Flags that let Debian's chromium run headless as root on a machine whose only network is the
 * loopback: without the background-networking ones it keeps trying to reach Google's hosts.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

/**
 * Starts Chromium. A missing browser is an error, never a reason to skip: a suite that silently
 * skips its browser tests reports green while testing nothing. `purpose` completes the message.
 */
export async function launchChromium(purpose = 'the browser tests need it'): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: ${purpose}. ` +
        'Install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    )
  }
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
  } catch (cause) {
    throw new Error(
      `Chromium at ${executablePath} did not start. Check that it runs: \`${executablePath} --version\`.`,
      { cause },
    )
  }
}

import { ConfigError, configFromEnv, describeSource } from './config.ts'
import { startPublisher } from './publisher.ts'

/*
 * `npm run publisher`: keeps the site in step with the content and serves it. Stops on SIGTERM or
 * SIGINT without leaving a half-written site: a running build is abandoned before its swap, or
 * allowed to finish it.
 */

let config
try {
  config = configFromEnv()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const publisher = await startPublisher(config).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code
  const why = error instanceof Error ? error.message : String(error)
  console.error(
    code === 'EADDRINUSE'
      ? `The publisher cannot listen on ${config.host}:${config.port}: another program uses that port. Stop it, or set PUBLISHER_PORT to a free port.`
      : `The publisher could not start: ${why}`,
  )
  process.exit(1)
})
console.log(
  `Publisher listening on ${publisher.url} (site: ${config.siteDir}; content: ${describeSource(config.source)}; ` +
    `status readable from ${config.studioOrigins.join(', ')}).`,
)
if (publisher.previewUrl && config.preview) {
  const opened = [
    config.source.kind === 'content-lake' ? "the Presentation tool's secrets" : undefined,
    config.preview.secret ? 'PUBLISHER_PREVIEW_SECRET' : undefined,
  ].filter(Boolean)
  console.log(
    `Preview listening on ${publisher.previewUrl} (site: ${config.preview.siteDir}; opened from the Studio with ${opened.join(' or ')}` +
      `${config.preview.release ? `; release ${config.preview.release} shown over the drafts` : ''}).`,
  )
}

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  console.log(`${signal} received: stopping.`)
  publisher.stop().then(
    () => {
      console.log('Publisher stopped; the published site is whole.')
      process.exit(0)
    },
    (error: unknown) => {
      console.error(`The publisher did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

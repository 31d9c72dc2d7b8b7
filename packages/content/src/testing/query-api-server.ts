import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'
import { overlayDrafts } from '../sources/drafts-overlay.ts'
import { isPublishedId } from '../sources/published.ts'

/** A scripted failure: the next `times` queries get this answer instead of a result. */
export interface Fault {
  status?: number
  body?: string
  headers?: Record<string, string>
  /** Wait this long before answering (to trigger the client's timeout). */
  delayMs?: number
  times?: number
}

export interface QueryApiServerOptions {
  documents: ReadonlyArray<Record<string, unknown>>
  projectId?: string
  dataset: string
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  token?: string
}

export interface QueryApiServer {
  /** `http://127.0.0.1:<port>`, for SANITY_API_HOST. */
  url: string
  /** Every request received, for assertions. */
  requests: Array<{ method: string; path: string; authorization: string | undefined; perspective: string | null }>
  inject(fault: Fault): void
  /** Replaces the dataset: later queries see these documents (an editor published a change). */
  setDocuments(documents: ReadonlyArray<Record<string, unknown>>): void
  close(): Promise<void>
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A loopback stand-in for the subset of Sanity's Query API that `@sanity/client` uses to fetch:
 * `GET|POST /v{version}/data/query/{dataset}` with `$param` query parameters or a JSON body,
 * evaluated with groq-js over the published documents. Tests point SANITY_API_HOST at it.
 */
export async function startQueryApiServer(options: QueryApiServerOptions): Promise<QueryApiServer> {
  const faults: Fault[] = []
  const requests: QueryApiServer['requests'] = []
  let all: ReadonlyArray<Record<string, unknown>> = []
  let published: Array<Record<string, unknown>> = []
  let byId = new Map<string, Record<string, unknown>>()
  // The `drafts` perspective, and `<release>,drafts`, as the Query API computes them.
  const views = new Map<
    string,
    { dataset: Array<Record<string, unknown>>; byId: Map<string, Record<string, unknown>> }
  >()
  const setDocuments = (documents: ReadonlyArray<Record<string, unknown>>) => {
    all = documents
    published = documents.filter((doc) => isPublishedId(doc._id))
    byId = new Map(published.map((doc) => [doc._id as string, doc]))
    views.clear()
  }
  setDocuments(options.documents)
  const view = (perspective: string | null) => {
    if (!perspective || perspective === 'published') return { dataset: published, byId }
    const found = views.get(perspective)
    if (found) return found
    const [release] = perspective.split(',')
    const { documents } = overlayDrafts(all, release === 'drafts' ? undefined : release)
    const made = { dataset: documents, byId: new Map(documents.map((doc) => [doc._id, doc])) }
    views.set(perspective, made)
    return made
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      authorization: req.headers.authorization,
      perspective: url.searchParams.get('perspective'),
    })
    const match = /^\/v[^/]+\/data\/query\/([^/]+)$/.exec(url.pathname)
    if (!match || (req.method !== 'GET' && req.method !== 'POST')) {
      return send(res, 404, {
        error: 'Not Found',
        message: `No route for ${req.method} ${url.pathname}`,
        statusCode: 404,
      })
    }
    const fault = faults[0]
    if (fault) {
      fault.times = (fault.times ?? 1) - 1
      if (fault.times <= 0) faults.shift()
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
      if (res.destroyed) return
      return send(res, fault.status ?? 200, fault.body ?? '', fault.headers)
    }
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return send(res, 401, { error: 'Unauthorized', message: 'Session not found', statusCode: 401 })
    }
    if (decodeURIComponent(match[1] ?? '') !== options.dataset) {
      return send(res, 404, {
        error: 'Not Found',
        message: `Dataset "${match[1]}" not found for project ID "${options.projectId ?? 'test'}"`,
        statusCode: 404,
      })
    }
    let query: string
    const params: Record<string, unknown> = {}
    if (req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { query: string; params?: Record<string, unknown> }
      query = body.query
      Object.assign(params, body.params)
    } else {
      query = url.searchParams.get('query') ?? ''
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
      }
    }
    try {
      const tree = parse(query, { params })
      const { dataset, byId: lookup } = view(url.searchParams.get('perspective'))
      const value = await evaluate(tree, {
        dataset,
        params,
        dereference: ({ _ref }) => lookup.get(_ref) ?? null,
      })
      send(res, 200, { ms: 1, query, result: await value.get() })
    } catch (error) {
      send(res, 400, { error: { description: (error as Error).message, type: 'queryParseError' } })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject: (fault) => faults.push({ times: 1, ...fault }),
    setDocuments,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

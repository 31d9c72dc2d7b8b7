import { createSourceFromConfig, type SanityClient, type Source } from 'sanity'
import config from '../../sanity.config.ts'

/**
 * The Studio's configuration resolved without a network, for tests: the real schema, templates,
 * document actions and structure context. Queries answer `true`, which is what Sanity's slug
 * uniqueness check expects for a slug that is free.
 */
export async function offlineStudioSource(): Promise<Source> {
  const clientConfig = {
    projectId: 'weshare0',
    dataset: 'production',
    apiVersion: '2025-06-01',
    url: 'https://weshare0.api.sanity.io/v2025-06-01',
  }
  const client = {
    withConfig: () => client,
    config: () => clientConfig,
    fetch: async () => true,
  } as unknown as SanityClient
  return createSourceFromConfig({
    ...config,
    currentUser: { id: 'editor', name: 'Éditrice', email: 'editor@example.org', role: 'administrator', roles: [] },
    getClient: () => client,
  })
}

import { at, defineMigration, set, unset } from 'sanity/migrate'

/**
 * Talks used to keep their tags in a field named `topics`; the field is `tags`, as the type it points
 * to. Run once on a dataset written before the rename, from studio/:
 * `npx sanity migration run rename-talk-topics-to-tags` (a dry run), then again with `--no-dry-run`.
 */
export default defineMigration({
  title: 'Talks: the "topics" field becomes "tags"',
  documentTypes: ['talk'],
  migrate: {
    document(talk) {
      if (!('topics' in talk)) return []
      return [at('tags', set(talk.topics)), at('topics', unset())]
    },
  },
})

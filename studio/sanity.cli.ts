import { defineCliConfig } from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'weshare0',
    dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  },
  typegen: {
    // Queries live in the content package, written with `defineQuery`.
    path: '../packages/content/src/**/*.ts',
    // The staleness test extracts and generates into temporary files, then compares them with
    // the committed ones: WESHARE_SCHEMA_JSON and WESHARE_TYPEGEN_OUT point typegen there.
    schema: process.env.WESHARE_SCHEMA_JSON || 'schema.json',
    generates: process.env.WESHARE_TYPEGEN_OUT || 'sanity.types.ts',
  },
})

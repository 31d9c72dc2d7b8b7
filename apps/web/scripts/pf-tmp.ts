import * as pagefind from 'pagefind'
const dir = process.argv[2]!,
  glob = process.argv[3]
const t0 = performance.now()
const { index } = await pagefind.createIndex({})
const added = await index!.addDirectory(glob ? { path: dir, glob } : { path: dir })
const t1 = performance.now()
const w = await index!.writeFiles({ outputPath: '/tmp/prof/pf-out' })
const t2 = performance.now()
console.log(glob ?? 'all', added.page_count, 'add', Math.round(t1 - t0), 'write', Math.round(t2 - t1), w.errors)
await pagefind.close()

/* What other workspaces' tests and the benchmark use: the Query API stand-in and dataset fixtures. */
export * from './query-api-server.ts'
export { sampleContentLakeDocuments } from './content-lake-documents.ts'
export { writeExportArchive, type ExportArchive, type ExportArchiveOptions } from './export-archive.ts'

export * from './chromium.ts'
export * from './static-server.ts'

export * from './chromium.ts'

// Build-time CSS text: Vite (tests, Storybook) and the tsup plugin in tsup.config.ts both
// turn `import text from 'x.css?inline'` into the bundled CSS as a string.
declare module '*.css?inline' {
  const css: string;
  export default css;
}

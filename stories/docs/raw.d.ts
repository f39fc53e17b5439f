/** Vite's `?raw` imports: the file's text (the docs pages show sources and read the theme). */
declare module '*?raw' {
  const text: string;
  export default text;
}

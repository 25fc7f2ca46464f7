/** The widget's server-rendered HTML by language, made when the Storybook is built (`.storybook/server-rendered.ts`). */
declare module 'virtual:server-rendered-signin' {
  const markup: Record<'en' | 'de' | 'ar', string>;
  export default markup;
}

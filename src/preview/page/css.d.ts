// webpack loads .css as text (asset/source, webpack.config.js): the page puts it in a <style>.
declare module "*.css" {
  const text: string;
  export default text;
}

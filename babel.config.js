/** Used by jest only (webpack uses ts-loader): TypeScript and JSX for Node 20. */
module.exports = {
  presets: [
    ["@babel/preset-env", { targets: { node: "20" } }],
    ["@babel/preset-typescript", { allowDeclareFields: true }],
    ["@babel/preset-react", { runtime: "automatic" }],
  ],
};
